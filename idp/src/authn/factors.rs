//! Second factors as the sign-in screens see them: the verification methods, the level and
//! amr (RFC 8176) each proves, and what a user has enrolled.

use crate::audit::{self, AuditEvent, Subject};
use crate::authn::acr::Acr;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::{self, messages::Change};
use crate::state::AppState;
use crate::store;
use crate::store::users::User;

/// A verification method of the sign-in screen (J3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Password,
    Sms,
    AppPin,
    AppQr,
    Webauthn,
    Totp,
}

impl Method {
    pub const ALL: [Method; 6] = [
        Method::Password,
        Method::Sms,
        Method::AppPin,
        Method::AppQr,
        Method::Webauthn,
        Method::Totp,
    ];

    /// The form value, also the name in a client's `allowed_methods`.
    pub fn name(self) -> &'static str {
        match self {
            Method::Password => "password",
            Method::Sms => "sms",
            Method::AppPin => "app_pin",
            Method::AppQr => "app_qr",
            Method::Webauthn => "webauthn",
            Method::Totp => "totp",
        }
    }

    pub fn from_name(name: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.name() == name)
    }

    /// The method's name as a person reads it, in their language (the method list, the
    /// title of its page, the activity log); `name` is the form's and the protocol's word.
    pub fn label(self) -> Msg {
        Msg::new(match self {
            Method::Password => "login-method-password",
            Method::Sms => "login-method-sms",
            Method::AppPin => "login-method-app-pin",
            Method::AppQr => "login-method-app-qr",
            Method::Webauthn => "login-method-webauthn",
            Method::Totp => "login-method-totp",
        })
    }

    /// Where a user enrols this method in My Account.
    pub fn enrol_path(self) -> &'static str {
        match self {
            Method::Password => "/account/password",
            Method::Sms => "/account/phones",
            Method::AppPin | Method::AppQr => "/account/devices",
            Method::Webauthn => "/account/security-keys",
            Method::Totp => "/account/authenticator-apps",
        }
    }

    /// The path of this method's sign-in page (after the password).
    pub fn login_path(self) -> &'static str {
        match self {
            Method::Password => "/login/password",
            Method::Sms => "/login/sms",
            Method::AppPin => "/login/app-pin",
            Method::AppQr => "/login/app-qr",
            Method::Webauthn => "/login/webauthn",
            Method::Totp => "/login/totp",
        }
    }

    /// The highest level this method can prove (WebAuthn: high with user verification on a
    /// hardware-bound key, otherwise medium).
    pub fn max_level(self) -> Acr {
        match self {
            Method::Password => Acr::Basic,
            Method::Webauthn => Acr::High,
            _ => Acr::Medium,
        }
    }

    /// amr values (RFC 8176) of a sign-in with the password and this method.
    pub fn amr(self, level: Acr) -> Vec<String> {
        let list: &[&str] = match self {
            Method::Password => &["pwd"],
            Method::Sms => &["pwd", "sms", "mfa"],
            Method::AppPin => &["pwd", "pin", "swk", "mfa"],
            Method::AppQr => &["pwd", "otp", "swk", "mfa"],
            Method::Totp => &["pwd", "otp", "mfa"],
            Method::Webauthn if level == Acr::High => &["pwd", "hwk", "user", "mfa"],
            Method::Webauthn => &["pwd", "hwk", "mfa"],
        };
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    /// The method a session's amr came from, to apply a client's method restrictions.
    pub fn from_amr(amr: &[String]) -> Option<Method> {
        let has = |v: &str| amr.iter().any(|a| a == v);
        if has("sms") {
            Some(Method::Sms)
        } else if has("pin") {
            Some(Method::AppPin)
        } else if has("hwk") {
            Some(Method::Webauthn)
        } else if has("swk") && has("otp") {
            Some(Method::AppQr)
        } else if has("otp") {
            Some(Method::Totp)
        } else if has("pwd") {
            Some(Method::Password)
        } else {
            None
        }
    }

    /// Whether the deployment offers it at all (SMS can be switched off globally; WebAuthn
    /// needs an issuer that can be a relying party).
    pub fn enabled(self, state: &AppState) -> bool {
        match self {
            Method::Sms => state.config.sms.enabled,
            Method::Webauthn => crate::authn::webauthn::available(state),
            _ => true,
        }
    }

    /// Whether a client with these `allowed_methods` accepts it (`None` = any). The password
    /// is always accepted as the first factor.
    pub fn allowed_by(self, allowed: Option<&[Method]>) -> bool {
        self == Method::Password || allowed.is_none_or(|list| list.contains(&self))
    }
}

/// What a user has enrolled, and the level each usable method reaches.
#[derive(Debug, Clone, Default)]
pub struct Enrolled {
    pub phones: usize,
    /// Enrolled mobile-app devices that are not locked.
    pub devices: usize,
    /// Devices locked by wrong PINs: no use for signing in, but still the user's factors
    /// (locking them must not turn the account into a password-only one).
    pub locked_devices: usize,
    /// WebAuthn credentials and the best level among them.
    pub webauthn: Option<Acr>,
    pub totp: usize,
}

impl Enrolled {
    pub async fn of(state: &AppState, user_id: &str) -> Result<Enrolled, AppError> {
        let phones = store::phones::verified(&state.db, user_id).await?.len();
        let all_devices = store::devices::enrolled(&state.db, user_id).await?;
        let devices = all_devices.iter().filter(|d| d.locked_at.is_none()).count();
        let locked_devices = all_devices.len() - devices;
        let webauthn = store::webauthn::for_user(&state.db, user_id)
            .await?
            .iter()
            .filter_map(|c| Acr::from_name(&c.level))
            .max();
        let totp = store::totp::confirmed(&state.db, user_id).await?.len();
        Ok(Enrolled {
            phones,
            devices,
            locked_devices,
            webauthn,
            totp,
        })
    }

    /// The level this user can reach with `method`, if enrolled.
    pub fn level(&self, method: Method) -> Option<Acr> {
        match method {
            Method::Password => Some(Acr::Basic),
            Method::Sms => (self.phones > 0).then_some(Acr::Medium),
            Method::AppPin | Method::AppQr => (self.devices > 0).then_some(Acr::Medium),
            Method::Webauthn => self.webauthn,
            Method::Totp => (self.totp > 0).then_some(Acr::Medium),
        }
    }

    /// Whether the user has any second factor, usable or locked (then changing one needs
    /// a second factor first, and removing them all without one is a recovery).
    pub fn any_second_factor(&self) -> bool {
        self.phones + self.devices + self.locked_devices + self.totp > 0 || self.webauthn.is_some()
    }

    /// The best level reachable with methods the deployment and the client accept.
    pub fn reachable(&self, state: &AppState, allowed: Option<&[Method]>) -> Acr {
        Method::ALL
            .into_iter()
            .filter(|m| m.enabled(state) && m.allowed_by(allowed))
            .filter_map(|m| self.level(m))
            .max()
            .unwrap_or(Acr::Basic)
    }
}

/// A second factor was added or removed: the audit entry and the e-mail to the owner.
pub async fn factor_changed(
    state: &AppState,
    user: &User,
    ip: &str,
    event: AuditEvent,
    change: Change,
) -> Result<(), AppError> {
    audit::log(state, event, Subject::user(Some(&user.id), ip)).await?;
    mail::notify(state, user, change).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amr_follows_the_spec_table() {
        assert_eq!(Method::Sms.amr(Acr::Medium), ["pwd", "sms", "mfa"]);
        assert_eq!(
            Method::AppPin.amr(Acr::Medium),
            ["pwd", "pin", "swk", "mfa"]
        );
        assert_eq!(Method::AppQr.amr(Acr::Medium), ["pwd", "otp", "swk", "mfa"]);
        assert_eq!(Method::Webauthn.amr(Acr::Medium), ["pwd", "hwk", "mfa"]);
        assert_eq!(
            Method::Webauthn.amr(Acr::High),
            ["pwd", "hwk", "user", "mfa"]
        );
    }

    #[test]
    fn the_method_is_recovered_from_its_amr() {
        for m in Method::ALL {
            assert_eq!(Method::from_amr(&m.amr(m.max_level())), Some(m), "{m:?}");
        }
    }

    #[test]
    fn a_client_restriction_never_removes_the_password() {
        let only_app = vec![Method::AppPin];
        assert!(Method::Password.allowed_by(Some(&only_app)));
        assert!(Method::AppPin.allowed_by(Some(&only_app)));
        assert!(!Method::Sms.allowed_by(Some(&only_app)));
        assert!(Method::Sms.allowed_by(None));
    }
}
