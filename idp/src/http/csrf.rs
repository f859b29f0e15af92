//! CSRF protection: signed double-submit tokens (OWASP). A random `idp_csrf` cookie is set
//! once per browser; every form carries HMAC(csrf_key, cookie). Stateless, so it works on
//! every node; the key is derived from the master key.

use super::cookies;
use super::web::Web;
use crate::secret::{constant_time_eq, random_token};
use axum::http::HeaderMap;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub struct CsrfToken {
    pub token: String,
    /// Set-Cookie to send when the browser had no CSRF cookie yet.
    pub set_cookie: Option<String>,
}

fn sign(state: &Web, cookie: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&state.csrf_key[..]) else {
        return String::new();
    };
    mac.update(b"csrf:");
    mac.update(cookie.as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// The token to embed in a form rendered for this browser.
pub fn issue(state: &Web, headers: &HeaderMap) -> CsrfToken {
    let tls = state.https();
    match cookies::get(headers, cookies::CSRF, tls) {
        Some(cookie) => CsrfToken {
            token: sign(state, &cookie),
            set_cookie: None,
        },
        None => {
            let cookie = random_token(32);
            CsrfToken {
                token: sign(state, cookie.expose()),
                set_cookie: Some(cookies::set(cookies::CSRF, cookie.expose(), tls, None)),
            }
        }
    }
}

/// Whether the submitted token matches this browser's cookie.
pub fn verify(state: &Web, headers: &HeaderMap, submitted: &str) -> bool {
    let tls = state.https();
    match cookies::get(headers, cookies::CSRF, tls) {
        Some(cookie) => constant_time_eq(sign(state, &cookie).as_bytes(), submitted.as_bytes()),
        None => false,
    }
}
