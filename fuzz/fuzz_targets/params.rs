//! `Params::parse` on any bytes: no panic; what it accepts has no control character, no
//! empty or oversized value; a refusal's description is printable ASCII.
#![no_main]

use idp::oidc::params::{is_forbidden, Params};
use libfuzzer_sys::fuzz_target;

const MAX_VALUE: usize = 512;

fuzz_target!(|data: &[u8]| {
    match Params::parse(data, MAX_VALUE) {
        Ok(params) => {
            for (k, v) in params.iter() {
                assert!(!k.chars().chain(v.chars()).any(is_forbidden), "{k:?}={v:?}");
                assert!(!v.is_empty() && v.len() <= MAX_VALUE && k.len() <= 256);
            }
        }
        Err(err) => {
            let text = err.description.as_deref().unwrap_or("");
            assert!(text.bytes().all(|b| (0x20..=0x7e).contains(&b)), "{text:?}");
        }
    }
});
