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
    let mut hex = String::with_capacity(64);
    push_sha256_hex(&mut hex, token);
    hex
}

/// Appends the SHA-256 of `token` to `out` in lowercase hex. Written byte by byte:
/// `hex::encode` collects chars one at a time, and this runs for every token presented
/// (issue 18).
fn push_sha256_hex(out: &mut String, token: &str) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for byte in Sha256::digest(token.as_bytes()) {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
}

/// How many lowercase hex digits of issue time, in milliseconds since 1970, begin an ordered
/// token or id (until the year 2527).
const ISSUED_DIGITS: usize = 11;
/// The length of an ordered token: the issue time and 32 random bytes in base64url.
const ORDERED_LEN: usize = ISSUED_DIGITS + 43;

/// The issue time of an ordered token or id: now, in milliseconds, as 11 hex digits. Only
/// the order of keys depends on it (a clock set back puts a few rows a little to the left),
/// never what a token means, so it is the system's clock, not the provider's.
/// `capacity` is the length of the whole token or id, so appending to it does not
/// allocate.
fn issued_prefix(capacity: usize) -> String {
    use std::fmt::Write;
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let millis = u64::try_from(millis).unwrap_or(u64::MAX) & 0xfff_ffff_ffff;
    let mut prefix = String::with_capacity(capacity);
    // Writing to a `String` cannot fail.
    let _ = write!(prefix, "{millis:0ISSUED_DIGITS$x}");
    prefix
}

/// A code, access or refresh token that is stored by [`token_key`]: its issue time (11 hex
/// digits of milliseconds) then 32 random bytes in base64url, 54 characters. Its key begins
/// with the same digits, so the rows a server writes go to the end of the key's index
/// instead of to a random page of it (decision 0059). The time is no secret: introspection
/// answers it as `iat`.
pub fn ordered_token() -> Secret {
    Secret(ordered_id(32))
}

/// An id that sorts by when it was made: the issue time, then `bytes` random bytes in
/// base64url (as [`random_token`], at least 16). For grants, so their rows and the indexes
/// of what refers to them fill in order too; [`ordered_token`] for tokens.
pub fn ordered_id(bytes: usize) -> String {
    let mut id = issued_prefix(ISSUED_DIGITS + (bytes.max(16) * 4).div_ceil(3));
    id.push_str(random_token(bytes).expose());
    id
}

/// What a code, access or refresh token is stored and looked up by: for an
/// [`ordered_token`], its issue time followed by its [`token_hash`]; for a token issued before
/// tokens were ordered (43 characters), its hash alone, so those keep working. The hash
/// covers the whole token, issue time included.
pub fn token_key(token: &str) -> String {
    let prefix = token.as_bytes().get(..ISSUED_DIGITS);
    let ordered = token.len() == ORDERED_LEN
        && prefix.is_some_and(|p| p.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')));
    if !ordered {
        return token_hash(token);
    }
    let mut key = String::with_capacity(ISSUED_DIGITS + 64);
    key.push_str(&token[..ISSUED_DIGITS]);
    push_sha256_hex(&mut key, token);
    key
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
    fn ordered_tokens_sort_by_issue_and_are_keyed_by_it_and_their_hash() {
        let tokens: Vec<Secret> = (0..2_000).map(|_| ordered_token()).collect();
        for pair in tokens.windows(2) {
            let (a, b) = (pair[0].expose(), pair[1].expose());
            assert_eq!(b.len(), ORDERED_LEN);
            assert!(a[..ISSUED_DIGITS] <= b[..ISSUED_DIGITS], "{a} then {b}");
            assert!(b[ISSUED_DIGITS..].starts_with(|c: char| c.is_ascii_alphanumeric()));
            assert_eq!(
                token_key(b),
                format!("{}{}", &b[..ISSUED_DIGITS], token_hash(b))
            );
        }
        let id = ordered_id(16);
        assert_eq!(id.len(), ISSUED_DIGITS + 22);
        assert!(id[..ISSUED_DIGITS] >= tokens[0].expose()[..ISSUED_DIGITS]);
    }

    #[test]
    fn a_token_not_of_the_ordered_kind_is_keyed_by_its_hash_alone() {
        let old = random_token(32);
        assert_eq!(token_key(old.expose()), token_hash(old.expose()));
        // 54 characters that do not begin with 11 lowercase hex digits, and shorter ones.
        let upper = format!("0123456789A{}", &old.expose()[..43]);
        for token in [upper.as_str(), "0123456789a", ""] {
            assert_eq!(token_key(token), token_hash(token), "{token}");
        }
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
