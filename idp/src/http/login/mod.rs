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
use crate::authn::factors::Method;
use crate::authn::sign_in::SignIn;
use crate::i18n::Msg;
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

/// The `ui_locales` of the authorization request that waits on this sign-in (OpenID
/// Connect Core 3.1.2.1): a sign-in page puts it in its context as `ui_locales`, so the
/// page is in the language the application asked for.
pub fn ui_locales(sign_in: &SignIn) -> Option<String> {
    crate::oidc::flow::request_of(sign_in)
        .ok()
        .flatten()
        .and_then(|request| request.ui_locales)
}

/// The page for a method the client of this sign-in does not accept.
pub fn not_accepted(method: Method) -> axum::response::Response {
    use axum::response::IntoResponse;
    super::errors::PageError::bad_request(
        Msg::new("login-method-not-accepted").arg("method", method.label()),
    )
    .into_response()
}

/// Why a sign-in asks for credentials again when it is a re-authentication for a change in
/// My Account (the page it returns to tells): shown above the sign-in form, followed by
/// `login-reauth-why`.
pub fn reauth_reason(sign_in: &SignIn) -> Option<Msg> {
    if sign_in.client_id.is_some() {
        return None;
    }
    let to = sign_in.return_to.as_deref()?;
    [
        ("/account/devices/delete-all", "login-reauth-delete-devices"),
        ("/account/devices", "login-reauth-devices"),
        ("/account/phones", "login-reauth-phones"),
        ("/account/security-keys", "login-reauth-security-keys"),
        (
            "/account/authenticator-apps",
            "login-reauth-authenticator-apps",
        ),
        ("/account/delete", "login-reauth-delete-account"),
        ("/account/sessions", "login-reauth-sessions"),
    ]
    .into_iter()
    .find(|(prefix, _)| to.starts_with(prefix))
    .map(|(_, id)| Msg::new(id))
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
        let english = |m: Option<super::Msg>| m.unwrap().text(crate::i18n::ENGLISH);
        let reason = english(super::reauth_reason(&sign_in("/account/devices/add", None)));
        assert!(reason.starts_with("To add or remove a mobile device, please confirm"));
        assert!(english(super::reauth_reason(&sign_in(
            "/account/devices/delete-all",
            None
        )))
        .starts_with("To delete all your devices"));
        assert_eq!(super::reauth_reason(&sign_in("/account", None)), None);
        assert_eq!(
            super::reauth_reason(&sign_in("/account/devices", Some("cpms"))),
            None
        );
    }
}
