//! The screens of a sign-in, in the order a user meets them: identifier and password
//! (`password`), the choice of a second factor (`second_factor`), and each factor's screen
//! (`sms`, `app` for the mobile app's PIN push and QR code, `webauthn`, `totp`).

pub mod app;
pub mod password;
pub mod second_factor;
pub mod sms;
pub mod totp;
pub mod webauthn;

use super::web::Web;
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new()
        .merge(password::routes())
        .merge(second_factor::routes())
        .merge(sms::routes())
        .merge(app::routes())
        .merge(webauthn::routes())
        .merge(totp::routes())
}

/// The page for a method the client of this sign-in does not accept.
pub fn not_accepted(method: crate::authn::factors::Method) -> axum::response::Response {
    use axum::response::IntoResponse;
    super::errors::PageError::bad_request(format!(
        "This application does not accept {}.",
        method.label()
    ))
    .into_response()
}
