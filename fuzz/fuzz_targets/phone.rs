//! `normalise_phone` on any text: no panic; an accepted number is E.164 and normalises to
//! itself; a refusal shows the example.
#![no_main]

use idp::authn::sms::{normalise_phone, EXAMPLE};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    match normalise_phone(input) {
        Ok(number) => {
            let digits = number.strip_prefix('+').unwrap_or_default();
            assert!(
                (7..=15).contains(&digits.len())
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && !digits.starts_with('0'),
                "{input:?} -> {number:?}"
            );
            assert_eq!(normalise_phone(&number), Ok(number.clone()));
        }
        Err(message) => assert!(message.contains(EXAMPLE), "{message}"),
    }
});
