//! The mobile app's QR payloads and OCRA. The input is `text NUL key NUL question NUL pin`:
//! `Payload::parse` and `Suite::parse` on the text, the suite and question of a sign-in
//! payload through `keys::ocra::compute`, and `keys::ocra::code` on the key, question and
//! PIN hash. No panic; every code has the suite's number of ASCII digits.
#![no_main]

use keys::ocra::{self, Input, Suite};
use libfuzzer_sys::fuzz_target;
use mobile_app::Payload;

fn digits(code: &str, n: usize) -> bool {
    code.len() == n && code.bytes().all(|b| b.is_ascii_digit())
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(4, |b| *b == 0);
    let text = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let key = parts.next().unwrap_or_default();
    let question = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let pin_hash = parts.next().unwrap_or_default();

    if let Ok(Payload::SignIn {
        suite, question, ..
    }) = Payload::parse(&text)
    {
        if let Ok(suite) = Suite::parse(&suite) {
            let input = Input {
                counter: Some(1),
                question: &question,
                password_hash: Some(pin_hash),
                session: Some(key),
                timestamp: Some(1),
            };
            if let Ok(code) = ocra::compute(&suite, key, &input) {
                assert!(digits(&code, suite.digits as usize), "{code:?}");
            }
        }
    }
    if let Ok(suite) = Suite::parse(&text) {
        assert!((4..=10).contains(&suite.digits), "{suite:?}");
    }
    if let Ok(code) = ocra::code(key, &question, pin_hash) {
        assert!(digits(&code, 8), "{code:?}");
    }
});
