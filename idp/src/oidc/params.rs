//! Protocol parameters from a query string or a form body: invalid UTF-8, control
//! characters, repeated parameters and oversized values are refused with `invalid_request`,
//! never a panic. Error texts are ours: they name a parameter only when it is one this
//! provider knows, and never repeat a value (RFC 6749 4.1.2.1 allows only printable ASCII
//! in `error_description`, and reflecting input invites header and log injection).

use crate::oidc::error::OAuthError;
use std::collections::hash_map::Entry;
use std::collections::HashMap;

#[derive(Debug, Default, Clone)]
pub struct Params(HashMap<String, String>);

/// The parameters an error text may name.
const KNOWN: [&str; 32] = [
    "client_id",
    "redirect_uri",
    "response_type",
    "response_mode",
    "scope",
    "state",
    "nonce",
    "prompt",
    "max_age",
    "acr_values",
    "claims",
    "login_hint",
    "id_token_hint",
    "ui_locales",
    "code_challenge",
    "code_challenge_method",
    "request",
    "request_uri",
    "grant_type",
    "code",
    "code_verifier",
    "refresh_token",
    "client_secret",
    "client_assertion",
    "client_assertion_type",
    "token",
    "token_type_hint",
    "post_logout_redirect_uri",
    "logout_hint",
    "access_token",
    "resource",
    "registration",
];

/// `name` when this provider knows it, else a neutral word: never an arbitrary input.
fn named(key: &str) -> &'static str {
    KNOWN
        .iter()
        .find(|k| **k == key)
        .copied()
        .unwrap_or("a parameter")
}

/// A character no protocol parameter may contain: C0 and C1 controls and DEL.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
}

impl Params {
    pub fn parse(raw: &[u8], max_value: usize) -> Result<Self, OAuthError> {
        let pairs = raw.split(|b| *b == b'&').filter(|p| !p.is_empty());
        // Room for the usual request at once; a larger one grows as a map does.
        let mut map = HashMap::with_capacity(pairs.clone().count().min(32));
        for part in pairs {
            let (key, value) = match part.iter().position(|b| *b == b'=') {
                Some(i) => (&part[..i], &part[i + 1..]),
                None => (part, &b""[..]),
            };
            let (key, value) = (decode(key)?, decode(value)?);
            if key.chars().any(is_forbidden) || value.chars().any(is_forbidden) {
                return Err(OAuthError::invalid_request(
                    "parameters must not contain control characters",
                ));
            }
            if value.len() > max_value || key.len() > 256 {
                return Err(OAuthError::described(
                    crate::oidc::error::ErrorCode::InvalidRequest,
                    format!("{} is too long", named(&key)),
                ));
            }
            if value.is_empty() {
                // RFC 6749 3.1: parameters sent without a value are treated as omitted.
                continue;
            }
            match map.entry(key) {
                Entry::Occupied(repeated) => {
                    return Err(OAuthError::described(
                        crate::oidc::error::ErrorCode::InvalidRequest,
                        format!("{} is repeated", named(repeated.key())),
                    ));
                }
                Entry::Vacant(new) => {
                    new.insert(value);
                }
            }
        }
        Ok(Self(map))
    }

    /// One form-urlencoded value on its own (the client id or secret of HTTP Basic, RFC 6749
    /// 2.3.1), held to the rules of a parameter: `None` when it is not UTF-8, holds a control
    /// character, is empty or longer than `max_value`.
    pub fn decode_value(raw: &[u8], max_value: usize) -> Option<String> {
        decode(raw)
            .ok()
            .filter(|v| !v.is_empty() && v.len() <= max_value && !v.chars().any(is_forbidden))
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    pub fn require(&self, key: &'static str) -> Result<&str, OAuthError> {
        self.get(key).ok_or_else(|| {
            OAuthError::described(
                crate::oidc::error::ErrorCode::InvalidRequest,
                format!("missing parameter {key}"),
            )
        })
    }

    pub fn insert(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    pub fn merge_missing(&mut self, other: &Params) {
        for (k, v) in &other.0 {
            self.0.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter()
    }
}

/// One parameter name or value: `+` is a space, `%XX` a byte (a `%` not followed by two hex
/// digits stays as it is), and the result must be UTF-8. One pass, one allocation.
fn decode(raw: &[u8]) -> Result<String, OAuthError> {
    let hex = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => match (
                raw.get(i + 1).copied().and_then(hex),
                raw.get(i + 2).copied().and_then(hex),
            ) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| OAuthError::invalid_request("parameters must be UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_refuses_repeats_and_bad_utf8() {
        let p = Params::parse(b"a=b%20c&d=e+f&empty=", 100).unwrap();
        assert_eq!(p.get("a"), Some("b c"));
        assert_eq!(p.get("d"), Some("e f"));
        assert_eq!(p.get("empty"), None);
        assert!(Params::parse(b"a=1&a=2", 100).is_err());
        assert!(Params::parse(b"a=%ff%fe", 100).is_err());
        assert!(Params::parse(b"a=12345", 3).is_err());
        assert_eq!(Params::parse(b"a=%4", 100).unwrap().get("a"), Some("%4"));
        assert_eq!(Params::parse(b"a=%", 100).unwrap().get("a"), Some("%"));
        assert_eq!(
            Params::parse(b"a=%zz%41", 100).unwrap().get("a"),
            Some("%zzA")
        );
        assert_eq!(
            Params::parse(b"a=%2B+%2b", 100).unwrap().get("a"),
            Some("+ +")
        );
        assert_eq!(
            Params::parse(b"a%5Fb=1", 100).unwrap().get("a_b"),
            Some("1")
        );
    }

    #[test]
    fn control_characters_are_refused_and_never_repeated_back() {
        for raw in [
            &b"response_type=tok%0d%0aX-Inj:%201"[..],
            b"state=a%0Ab",
            b"state=%7F",
            b"state=%C2%85",
            b"x%0d%0a=1",
            b"state=a\tb",
        ] {
            let err = Params::parse(raw, 100).unwrap_err();
            let text = err.description.as_deref().unwrap_or("");
            assert!(text.bytes().all(|b| (0x20..0x7f).contains(&b)), "{text:?}");
            assert!(!text.contains("X-Inj"), "{text}");
        }
        let err = Params::parse(b"evil%3Cscript%3E=1&evil%3Cscript%3E=2", 100).unwrap_err();
        assert_eq!(err.description.as_deref(), Some("a parameter is repeated"));
        let err = Params::parse(b"state=1&state=2", 100).unwrap_err();
        assert_eq!(err.description.as_deref(), Some("state is repeated"));
    }
}
