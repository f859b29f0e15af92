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

/// Why a sign-in asks for credentials again when it is a re-authentication for a change in
/// My Account (the page it returns to tells): shown above the sign-in form.
pub fn reauth_reason(sign_in: &crate::authn::sign_in::SignIn) -> Option<String> {
    if sign_in.client_id.is_some() {
        return None;
    }
    let to = sign_in.return_to.as_deref()?;
    let what = [
        ("/account/devices/delete-all", "delete all your devices"),
        ("/account/devices", "add or remove a mobile device"),
        ("/account/phones", "add or remove a mobile phone number"),
        ("/account/security-keys", "add or remove a security key"),
        (
            "/account/authenticator-apps",
            "add or remove an authenticator app",
        ),
        ("/account/delete", "delete your account"),
        ("/account/sessions", "end a session"),
    ]
    .into_iter()
    .find(|(prefix, _)| to.starts_with(prefix))
    .map(|(_, what)| what)?;
    Some(format!(
        "To {what}, please confirm that it is you by signing in again. Changes to how you sign in always need a recent sign-in."
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_reauthentication_says_what_it_is_for() {
        let sign_in = |return_to: &str, client: Option<&str>| crate::authn::sign_in::SignIn {
            id: "f".into(),
            id_hash: "h".into(),
            stage: crate::authn::sign_in::Stage::Started,
            min_level: crate::authn::acr::Acr::Basic,
            client_id: client.map(str::to_owned),
            client_name: None,
            allowed_methods: None,
            return_to: Some(return_to.to_owned()),
            waiting: None,
            created_at: 0,
        };
        let reason = super::reauth_reason(&sign_in("/account/devices/add", None)).unwrap();
        assert!(reason.starts_with("To add or remove a mobile device, please confirm"));
        assert!(
            super::reauth_reason(&sign_in("/account/devices/delete-all", None))
                .unwrap()
                .starts_with("To delete all your devices")
        );
        assert_eq!(super::reauth_reason(&sign_in("/account", None)), None);
        assert_eq!(
            super::reauth_reason(&sign_in("/account/devices", Some("cpms"))),
            None
        );
    }
}
