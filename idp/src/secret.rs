//! Secrets that redact themselves and compare in constant time, and the random values and
//! hashes used for codes, tokens and links.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::Zeroize;

/// A secret string: password, code, token, PIN. `Debug` never shows it.
#[derive(Clone, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(**redacted**)")
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        constant_time_eq(self.0.as_bytes(), other.0.as_bytes())
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

/// A random URL-safe token with `bytes` bytes of entropy (at least 16 = 128 bits). It never
/// begins with `-` or `_`, so it can be passed on any command line, in any tool, without
/// being taken for an option: a draw that would is drawn again (1 in 32 draws; the entropy
/// lost is a twentieth of a bit).
pub fn random_token(bytes: usize) -> Secret {
    let mut buf = vec![0u8; bytes.max(16)];
    loop {
        rand::thread_rng().fill_bytes(&mut buf);
        let token = URL_SAFE_NO_PAD.encode(&buf);
        if token.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return Secret(token);
        }
    }
}

/// What is stored for a high-entropy token: SHA-256, hex. Tokens carry 256 bits of
/// entropy, so a fast hash is enough; passwords and PINs use argon2id instead.
pub fn token_hash(token: &str) -> String {
    // Written byte by byte: `hex::encode` collects chars one at a time, and this runs for
    // every token presented (issue 18).
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(64);
    for byte in Sha256::digest(token.as_bytes()) {
        hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
        hex.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    hex
}

pub fn sha256_b64url(value: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_hash_is_its_sha256_in_lowercase_hex() {
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(token_hash("abc"), hex::encode(Sha256::digest(b"abc")));
    }

    #[test]
    fn secrets_do_not_print() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s:?}"), "Secret(**redacted**)");
    }

    #[test]
    fn generated_credentials_begin_with_a_letter_or_digit() {
        // Client ids, client secrets, user ids and link tokens all come from here. Without
        // the rule, about 1 in 32 of these 20,000 would begin with `-` or `_`.
        for bytes in [16, 32] {
            for _ in 0..10_000 {
                let token = random_token(bytes);
                let first = token.expose().chars().next().unwrap();
                assert!(first.is_ascii_alphanumeric(), "{}", token.expose());
            }
        }
    }

    #[test]
    fn random_tokens_carry_at_least_128_bits() {
        let a = random_token(8);
        assert!(a.expose().len() >= 22);
        assert_ne!(a, random_token(8));
    }
}
