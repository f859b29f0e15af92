//! A client's JWK Set and the JWTs it sends. The input is `document NUL jwt`:
//! `Jwks::from_json` on the document, and `verify_jwt` of the JWT with that set and with a
//! set of real keys. No panic, and no JWT accepted by the real keys (the fuzzer cannot sign
//! with them).
#![no_main]

use keys::{Algorithm, Jwks, MasterKey};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const ALLOWED: [Algorithm; 3] = [Algorithm::ES256, Algorithm::RS256, Algorithm::EdDSA];

fn ours() -> &'static Jwks {
    static JWKS: OnceLock<Jwks> = OnceLock::new();
    JWKS.get_or_init(|| {
        let master = MasterKey::generate();
        let sealed: Vec<_> = [Algorithm::ES256, Algorithm::EdDSA, Algorithm::RS256]
            .into_iter()
            .map(|alg| keys::generate(alg, &master).unwrap())
            .collect();
        Jwks::from_public_jwks(sealed.iter().map(|s| s.public_jwk.as_str())).unwrap()
    })
}

fuzz_target!(|data: &[u8]| {
    let (document, jwt) = match data.iter().position(|b| *b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, data),
    };
    let (Ok(document), Ok(jwt)) = (std::str::from_utf8(document), std::str::from_utf8(jwt)) else {
        return;
    };
    if let Ok(theirs) = Jwks::from_json(document) {
        let _ = theirs.verify_jwt(jwt, &ALLOWED);
        let _ = theirs.to_json();
    }
    assert!(
        ours().verify_jwt(jwt, &ALLOWED).is_err(),
        "accepted {jwt:?}"
    );
});
