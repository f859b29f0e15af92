//! CPMS's cookies: the session (a random id) and the language picked in the selector; both
//! HttpOnly, SameSite=Lax, Secure on https.

use axum::http::{header, HeaderMap, HeaderValue};

pub const SESSION_COOKIE: &str = "cpms_session";
/// The language picked in CPMS's selector (a code of `i18n::LOCALES`), kept for a year.
pub const LANGUAGE_COOKIE: &str = "cpms_lang";

/// The value of the cookie `name` the browser sent, if any.
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.to_string())
}

/// The session id the browser sent, if any.
pub fn session_id(headers: &HeaderMap) -> Option<String> {
    cookie(headers, SESSION_COOKIE)
}

/// The language code the browser sent, if any (checked against the languages by the caller).
pub fn language(headers: &HeaderMap) -> Option<String> {
    cookie(headers, LANGUAGE_COOKIE).filter(|v| v.len() <= 16)
}

/// `Set-Cookie` for the language picked in the selector (a code of ours, so a valid value).
pub fn set_language(code: &str, secure: bool) -> Option<HeaderValue> {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{LANGUAGE_COOKIE}={code}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}"
    ))
    .ok()
}

/// `Set-Cookie` for a session id.
pub fn set_session(id: &str, secure: bool) -> Option<HeaderValue> {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={id}; Path=/; HttpOnly; SameSite=Lax{secure}"
    ))
    .ok()
}

/// `Set-Cookie` removing the session cookie.
pub fn clear_session(secure: bool) -> Option<HeaderValue> {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"
    ))
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; cpms_session=abc; b=2"),
        );
        assert_eq!(session_id(&headers).as_deref(), Some("abc"));
        assert_eq!(session_id(&HeaderMap::new()), None);
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("cpms_lang=de; cpms_session=abc"),
        );
        assert_eq!(language(&headers).as_deref(), Some("de"));
    }

    #[test]
    fn the_cookie_is_http_only_and_lax() {
        let v = set_session("abc", false).unwrap();
        assert_eq!(
            v.to_str().unwrap(),
            "cpms_session=abc; Path=/; HttpOnly; SameSite=Lax"
        );
        assert!(set_session("abc", true)
            .unwrap()
            .to_str()
            .unwrap()
            .ends_with("; Secure"));
    }
}
