//! ES256 ID-token signing, ours (ring, decision 0056) against josekit's OpenSSL signer, the
//! same key and claims in the same run: `cargo bench -p keys`. Prints the time per
//! signature of each and their ratio; the reference is OpenSSL.

use std::hint::black_box;
use std::time::{Duration, Instant};

use josekit::jwk::Jwk;
use josekit::jws::{JwsHeader, ES256};
use josekit::jwt::{self, JwtPayload};
use keys::{generate, Algorithm, MasterKey, SigningKey};
use serde_json::{json, Map, Value};

/// Claims of an ID token as a refresh grant issues it.
fn claims() -> Map<String, Value> {
    let claims = json!({
        "iss": "https://idp.example.org", "sub": "3f0c9a5e-7b1d-4c2a-9e8f-1a2b3c4d5e6f",
        "aud": "cpms-portal", "azp": "cpms-portal", "iat": 1_800_000_000, "exp": 1_800_000_300,
        "acr": "high", "amr": ["pwd", "otp"], "auth_time": 1_799_999_000,
        "sid": "b1c2d3e4f5a6b7c8d9e0", "at_hash": "kY8x1Tq3Zl0sQe6bV4nWgA",
    });
    claims.as_object().cloned().unwrap_or_default()
}

/// Mean time of one call of `f`, over rounds of 2,000 calls until a second has passed.
fn time(mut f: impl FnMut()) -> Duration {
    for _ in 0..200 {
        f();
    }
    let (mut calls, start) = (0u32, Instant::now());
    while start.elapsed() < Duration::from_secs(1) {
        for _ in 0..2_000 {
            f();
        }
        calls += 2_000;
    }
    start.elapsed() / calls
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let master = MasterKey::generate();
    let sealed = generate(Algorithm::ES256, &master)?;
    let ours = SigningKey::unseal(&sealed, &master)?;
    let jwk = Jwk::from_bytes(master.open(&sealed.sealed_private, sealed.kid.as_bytes())?)?;
    let openssl = ES256.signer_from_jwk(&jwk)?;
    let claims = claims();

    let reference = time(|| {
        let payload = JwtPayload::from_map(claims.clone()).ok();
        let mut header = JwsHeader::new();
        header.set_token_type("JWT");
        let signed = payload.map(|p| jwt::encode_with_signer(&p, &header, &openssl));
        black_box(signed.map(|s| s.is_ok()));
    });
    let ring = time(|| {
        black_box(ours.sign_jwt(&claims, Some("JWT")).is_ok());
    });
    println!("| ES256 ID token | time per signature | against OpenSSL |");
    println!("| --- | ---: | ---: |");
    println!("| josekit with OpenSSL (reference) | {reference:?} | 1.00x |");
    let ratio = ring.as_secs_f64() / reference.as_secs_f64();
    println!("| ours, ring (decision 0056) | {ring:?} | {ratio:.2}x |");
    Ok(())
}
