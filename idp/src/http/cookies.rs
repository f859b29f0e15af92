//! Cookie names and attributes: `__Host-` prefix and `Secure` under TLS, always HttpOnly,
//! SameSite=Lax, Path=/.

use axum::http::HeaderMap;

pub const SESSION: &str = "idp_session";
pub const CSRF: &str = "idp_csrf";
pub const REMEMBER: &str = "idp_remember";
/// The language picked in the selector (a code of `i18n::LOCALES`).
pub const LANGUAGE: &str = "idp_lang";

pub fn name(base: &str, tls: bool) -> String {
    if tls {
        format!("__Host-{base}")
    } else {
        base.to_owned()
    }
}

/// The value of cookie `base` (under its TLS or plain name).
pub fn get(headers: &HeaderMap, base: &str, tls: bool) -> Option<String> {
    let wanted = name(base, tls);
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == wanted)
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 512 && v.bytes().all(cookie_octet))
}

/// RFC 6265 4.1.1 `cookie-octet`: visible ASCII without `"`, `,`, `;` and `\`. Our values
/// are base64url, so anything else is not ours.
fn cookie_octet(b: u8) -> bool {
    matches!(b, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E)
}

pub fn set(base: &str, value: &str, tls: bool, max_age: Option<i64>) -> String {
    let mut cookie = format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax",
        name(base, tls)
    );
    if tls {
        cookie.push_str("; Secure");
    }
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    cookie
}

pub fn clear(base: &str, tls: bool) -> String {
    set(base, "", tls, Some(0))
}

/// The `Set-Cookie` of a new session's token.
pub fn session(token: &str, tls: bool) -> String {
    set(SESSION, token, tls, None)
}
