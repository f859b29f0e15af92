//! `cookies::get` on any Cookie headers (one per line of the input): no panic; a value is
//! non-empty, at most 512 bytes, without `;` or control characters.
#![no_main]

use http::header::COOKIE;
use http::{HeaderMap, HeaderValue};
use idp::http::cookies;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut headers = HeaderMap::new();
    for line in data.split(|b| *b == b'\n') {
        if let Ok(value) = HeaderValue::from_bytes(line) {
            headers.append(COOKIE, value);
        }
    }
    for base in [cookies::SESSION, cookies::CSRF, cookies::REMEMBER] {
        for tls in [false, true] {
            if let Some(value) = cookies::get(&headers, base, tls) {
                assert!(
                    !value.is_empty() && value.len() <= 512,
                    "{} bytes",
                    value.len()
                );
                assert!(!value.contains(';'), "{value:?}");
                assert!(!value.chars().any(char::is_control), "{value:?}");
            }
        }
    }
});
