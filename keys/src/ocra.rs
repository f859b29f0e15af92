//! OCRA, the OATH challenge-response algorithm (RFC 6287), for the mobile app's QR codes.
//!
//! Implemented here because no maintained crate provides it (decision 0010). Supported suites:
//! `OCRA-1:HOTP-{SHA1,SHA256,SHA512}-{4..10}:[C-]Q{N,A,H}{04..64}[-P{SHA1,SHA256,SHA512}][-S{nnn}][-T{n}{S,M,H}]`.
//! The provider and the app share the one implementation; it is checked against every test
//! vector of the RFC's appendix C.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256, Sha512};

/// The suite the EU Login provider issues: 8 digits, HMAC-SHA-256, an 8-digit numeric
/// question and the SHA-256 of the PIN.
pub const SUITE: &str = "OCRA-1:HOTP-SHA256-8:QN08-PSHA256";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hash {
    Sha1,
    Sha256,
    Sha512,
}

impl Hash {
    fn parse(name: &str) -> Option<Hash> {
        match name {
            "SHA1" => Some(Hash::Sha1),
            "SHA256" => Some(Hash::Sha256),
            "SHA512" => Some(Hash::Sha512),
            _ => None,
        }
    }

    /// The digest of `data` with this hash (used for the PIN input `P`).
    pub fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha1 => sha1(data).to_vec(),
            Hash::Sha256 => Sha256::digest(data).to_vec(),
            Hash::Sha512 => Sha512::digest(data).to_vec(),
        }
    }

    fn len(self) -> usize {
        match self {
            Hash::Sha1 => 20,
            Hash::Sha256 => 32,
            Hash::Sha512 => 64,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionFormat {
    Numeric,
    Alphanumeric,
    Hex,
}

/// A parsed OCRA suite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suite {
    pub text: String,
    pub hash: Hash,
    pub digits: u32,
    pub counter: bool,
    pub question: (QuestionFormat, usize),
    pub password: Option<Hash>,
    pub session_len: Option<usize>,
    /// Time step in seconds.
    pub time_step: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OcraError {
    #[error("unsupported OCRA suite: {0}")]
    Suite(String),
    #[error("the OCRA input is missing or malformed: {0}")]
    Input(&'static str),
}

impl Suite {
    pub fn parse(text: &str) -> Result<Suite, OcraError> {
        let bad = || OcraError::Suite(text.to_owned());
        let mut parts = text.split(':');
        let (Some("OCRA-1"), Some(crypto), Some(data), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let mut c = crypto.split('-');
        let (Some("HOTP"), Some(hash), Some(digits), None) =
            (c.next(), c.next(), c.next(), c.next())
        else {
            return Err(bad());
        };
        let hash = Hash::parse(hash).ok_or_else(bad)?;
        let digits: u32 = digits.parse().map_err(|_| bad())?;
        if !(4..=10).contains(&digits) {
            return Err(bad());
        }
        let mut suite = Suite {
            text: text.to_owned(),
            hash,
            digits,
            counter: false,
            question: (QuestionFormat::Numeric, 8),
            password: None,
            session_len: None,
            time_step: None,
        };
        let mut items = data.split('-').peekable();
        if items.peek() == Some(&"C") {
            suite.counter = true;
            items.next();
        }
        let q = items.next().ok_or_else(bad)?;
        let format = match q.get(..2) {
            Some("QN") => QuestionFormat::Numeric,
            Some("QA") => QuestionFormat::Alphanumeric,
            Some("QH") => QuestionFormat::Hex,
            _ => return Err(bad()),
        };
        let len: usize = q.get(2..).and_then(|l| l.parse().ok()).ok_or_else(bad)?;
        if !(4..=64).contains(&len) {
            return Err(bad());
        }
        suite.question = (format, len);
        for item in items {
            if let Some(h) = item.strip_prefix('P') {
                suite.password = Some(Hash::parse(h).ok_or_else(bad)?);
            } else if let Some(n) = item.strip_prefix('S') {
                let n: usize = n.parse().map_err(|_| bad())?;
                if n > 512 {
                    return Err(bad());
                }
                suite.session_len = Some(n);
            } else if let Some(t) = item.strip_prefix('T') {
                // `T` then a number and one ASCII unit letter. The text comes from a QR code
                // anyone can show the app: no byte-index split inside a character, and no
                // step so long that it overflows.
                let (unit, n) = match t.as_bytes().last() {
                    Some(b'S') => (1, &t[..t.len() - 1]),
                    Some(b'M') => (60, &t[..t.len() - 1]),
                    Some(b'H') => (3600, &t[..t.len() - 1]),
                    _ => return Err(bad()),
                };
                let n: u64 = n.parse().map_err(|_| bad())?;
                suite.time_step = Some(n.checked_mul(unit).ok_or_else(bad)?);
            } else {
                return Err(bad());
            }
        }
        Ok(suite)
    }
}

/// The inputs of one OCRA computation besides the key.
#[derive(Debug, Default, Clone)]
pub struct Input<'a> {
    pub counter: Option<u64>,
    pub question: &'a str,
    /// The hash of the PIN or password (`P`), already computed with the suite's hash.
    pub password_hash: Option<&'a [u8]>,
    pub session: Option<&'a [u8]>,
    /// The number of time steps (`T`), e.g. minutes since the epoch for `T1M`.
    pub timestamp: Option<u64>,
}

/// Computes the OCRA response of `suite` under `key`.
pub fn compute(suite: &Suite, key: &[u8], input: &Input<'_>) -> Result<String, OcraError> {
    let mut msg = Vec::with_capacity(suite.text.len() + 1 + 8 + 128 + 64);
    msg.extend_from_slice(suite.text.as_bytes());
    msg.push(0);
    if suite.counter {
        let c = input.counter.ok_or(OcraError::Input("counter"))?;
        msg.extend_from_slice(&c.to_be_bytes());
    }
    msg.extend_from_slice(&question_bytes(suite, input.question)?);
    if let Some(h) = suite.password {
        let p = input.password_hash.ok_or(OcraError::Input("PIN hash"))?;
        if p.len() != h.len() {
            return Err(OcraError::Input("PIN hash length"));
        }
        msg.extend_from_slice(p);
    }
    if let Some(n) = suite.session_len {
        let s = input
            .session
            .ok_or(OcraError::Input("session information"))?;
        if s.len() != n {
            return Err(OcraError::Input("session information length"));
        }
        msg.extend_from_slice(s);
    }
    if suite.time_step.is_some() {
        let t = input.timestamp.ok_or(OcraError::Input("timestamp"))?;
        msg.extend_from_slice(&t.to_be_bytes());
    }
    let mac = match suite.hash {
        Hash::Sha1 => hmac_sha1(key, &msg),
        Hash::Sha256 => hmac_with::<Hmac<Sha256>>(key, &msg)?,
        Hash::Sha512 => hmac_with::<Hmac<Sha512>>(key, &msg)?,
    };
    Ok(truncate(&mac, suite.digits))
}

/// Convenience for the provider's suite: the code for `question` under the device secret and
/// the SHA-256 of the PIN.
pub fn code(key: &[u8], question: &str, pin_sha256: &[u8]) -> Result<String, OcraError> {
    let suite = Suite::parse(SUITE)?;
    compute(
        &suite,
        key,
        &Input {
            question,
            password_hash: Some(pin_sha256),
            ..Input::default()
        },
    )
}

/// The question, 128 bytes, as RFC 6287 section 5.1 and its reference code encode it:
/// numeric questions are converted to hexadecimal, hex strings are right-padded with zeros.
fn question_bytes(suite: &Suite, question: &str) -> Result<[u8; 128], OcraError> {
    let (format, max) = suite.question;
    if question.is_empty() || question.len() > max.max(4) || question.len() > 64 {
        return Err(OcraError::Input("question length"));
    }
    let hex = match format {
        QuestionFormat::Numeric => {
            if !question.bytes().all(|b| b.is_ascii_digit()) {
                return Err(OcraError::Input("numeric question"));
            }
            decimal_to_hex(question)
        }
        QuestionFormat::Hex => {
            if !question.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(OcraError::Input("hexadecimal question"));
            }
            question.to_ascii_uppercase()
        }
        QuestionFormat::Alphanumeric => {
            let mut out = [0u8; 128];
            out[..question.len()].copy_from_slice(question.as_bytes());
            return Ok(out);
        }
    };
    let mut out = [0u8; 128];
    for (i, c) in hex.bytes().enumerate() {
        let v = (c as char)
            .to_digit(16)
            .ok_or(OcraError::Input("question"))? as u8;
        if i / 2 >= out.len() {
            return Err(OcraError::Input("question length"));
        }
        out[i / 2] |= if i % 2 == 0 { v << 4 } else { v };
    }
    Ok(out)
}

/// A decimal string of any length as upper-case hexadecimal without leading zeros ("0" for zero).
fn decimal_to_hex(decimal: &str) -> String {
    let mut digits: Vec<u32> = decimal.bytes().map(|b| u32::from(b - b'0')).collect();
    let mut hex = Vec::new();
    while digits.iter().any(|d| *d != 0) {
        let mut rem = 0;
        let mut next = Vec::with_capacity(digits.len());
        for d in &digits {
            let cur = rem * 10 + d;
            next.push(cur / 16);
            rem = cur % 16;
        }
        hex.push(
            char::from_digit(rem, 16)
                .unwrap_or('0')
                .to_ascii_uppercase(),
        );
        digits = next;
    }
    if hex.is_empty() {
        return "0".into();
    }
    hex.iter().rev().collect()
}

fn hmac_with<M: Mac + hmac::digest::KeyInit>(key: &[u8], msg: &[u8]) -> Result<Vec<u8>, OcraError> {
    let mut mac =
        <M as hmac::digest::KeyInit>::new_from_slice(key).map_err(|_| OcraError::Input("key"))?;
    mac.update(msg);
    Ok(mac.finalize().into_bytes().to_vec())
}

/// Dynamic truncation (RFC 4226 section 5.3) to `digits` decimal digits.
fn truncate(mac: &[u8], digits: u32) -> String {
    let offset = usize::from(mac[mac.len() - 1] & 0x0f);
    let binary = (u64::from(mac[offset] & 0x7f) << 24)
        | (u64::from(mac[offset + 1]) << 16)
        | (u64::from(mac[offset + 2]) << 8)
        | u64::from(mac[offset + 3]);
    let modulus = 10u64.pow(digits);
    format!("{:0width$}", binary % modulus, width = digits as usize)
}

/// HMAC-SHA-1 (RFC 2104) over our own SHA-1: only for the RFC's SHA-1 suites and test
/// vectors; the provider's suite uses SHA-256.
fn hmac_sha1(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut k = [0u8; 64];
    if key.len() > 64 {
        k[..20].copy_from_slice(&sha1(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    inner.extend_from_slice(msg);
    let mut outer: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    outer.extend_from_slice(&sha1(&inner));
    sha1(&outer).to_vec()
}

/// SHA-1 (FIPS 180-4), compact; used only as above.
fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut padded = data.to_vec();
    padded.push(0x80);
    while padded.len() % 64 != 56 {
        padded.push(0);
    }
    padded.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for chunk in padded.chunks(64) {
        let mut w = [0u32; 80];
        for (i, word) in chunk.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, x) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6287 appendix C keys.
    const SEED: &[u8] = b"12345678901234567890";
    const SEED32: &[u8] = b"12345678901234567890123456789012";
    const SEED64: &[u8] = b"1234567890123456789012345678901234567890123456789012345678901234";

    fn pin_sha1() -> Vec<u8> {
        Hash::Sha1.digest(b"1234")
    }

    #[test]
    fn sha1_of_the_pin_matches_the_rfc() {
        assert_eq!(
            pin_sha1(),
            [
                0x71, 0x10, 0xed, 0xa4, 0xd0, 0x9e, 0x06, 0x2a, 0xa5, 0xe4, 0xa3, 0x90, 0xb0, 0xa5,
                0x72, 0xac, 0x0d, 0x2c, 0x02, 0x20
            ]
        );
    }

    #[test]
    fn one_way_sha1_qn08() {
        let suite = Suite::parse("OCRA-1:HOTP-SHA1-6:QN08").unwrap();
        let expected = [
            "237653", "243178", "653583", "740991", "608993", "388898", "816933", "224598",
            "750600", "294470",
        ];
        for (i, want) in expected.iter().enumerate() {
            let q = i.to_string().repeat(8);
            let input = Input {
                question: &q,
                ..Input::default()
            };
            assert_eq!(&compute(&suite, SEED, &input).unwrap(), want, "Q={q}");
        }
    }

    #[test]
    fn sha256_counter_question_and_pin() {
        let suite = Suite::parse("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1").unwrap();
        let expected = [
            "65347737", "86775851", "78192410", "71565254", "10104329", "65983500", "70069104",
            "91771096", "75011558", "08522129",
        ];
        let p = pin_sha1();
        for (c, want) in expected.iter().enumerate() {
            let input = Input {
                counter: Some(c as u64),
                question: "12345678",
                password_hash: Some(&p),
                ..Input::default()
            };
            assert_eq!(&compute(&suite, SEED32, &input).unwrap(), want, "C={c}");
        }
    }

    #[test]
    fn sha256_question_and_pin() {
        let suite = Suite::parse("OCRA-1:HOTP-SHA256-8:QN08-PSHA1").unwrap();
        let expected = ["83238735", "01501458", "17957585", "86776967", "86807031"];
        let p = pin_sha1();
        for (i, want) in expected.iter().enumerate() {
            let q = i.to_string().repeat(8);
            let input = Input {
                question: &q,
                password_hash: Some(&p),
                ..Input::default()
            };
            assert_eq!(&compute(&suite, SEED32, &input).unwrap(), want, "Q={q}");
        }
    }

    #[test]
    fn sha512_counter_and_question() {
        let suite = Suite::parse("OCRA-1:HOTP-SHA512-8:C-QN08").unwrap();
        let expected = [
            "07016083", "63947962", "70123924", "25341727", "33203315", "34205738", "44343969",
            "51946085", "20403879", "31409299",
        ];
        for (i, want) in expected.iter().enumerate() {
            let q = i.to_string().repeat(8);
            let input = Input {
                counter: Some(i as u64),
                question: &q,
                ..Input::default()
            };
            assert_eq!(&compute(&suite, SEED64, &input).unwrap(), want, "C={i}");
        }
    }

    #[test]
    fn sha512_question_and_time() {
        let suite = Suite::parse("OCRA-1:HOTP-SHA512-8:QN08-T1M").unwrap();
        assert_eq!(suite.time_step, Some(60));
        let expected = ["95209754", "55907591", "22048402", "24218844", "36209546"];
        for (i, want) in expected.iter().enumerate() {
            let q = i.to_string().repeat(8);
            let input = Input {
                question: &q,
                timestamp: Some(0x132d0b6),
                ..Input::default()
            };
            assert_eq!(&compute(&suite, SEED64, &input).unwrap(), want, "Q={q}");
        }
    }

    #[test]
    fn the_provider_suite_depends_on_secret_question_and_pin() {
        let pin = Sha256::digest(b"2580");
        let a = code(SEED32, "12345678", &pin).unwrap();
        assert_eq!(a.len(), 8);
        assert_eq!(a, code(SEED32, "12345678", &pin).unwrap());
        assert_ne!(a, code(SEED32, "12345679", &pin).unwrap());
        assert_ne!(
            a,
            code(SEED32, "12345678", &Sha256::digest(b"2581")).unwrap()
        );
        assert_ne!(a, code(SEED64, "12345678", &pin).unwrap());
    }

    #[test]
    fn bad_suites_and_inputs_are_errors() {
        for bad in [
            "",
            "OCRA-2:HOTP-SHA1-6:QN08",
            "OCRA-1:HOTP-MD5-6:QN08",
            "OCRA-1:HOTP-SHA1-3:QN08",
            "OCRA-1:HOTP-SHA1-6:QX08",
            "OCRA-1:HOTP-SHA1-6:QN08-PMD5",
            "OCRA-1:HOTP-SHA1-6:QN08-T1X",
            // Found by the fuzzer: a unit that is not one ASCII letter (it panicked), and a
            // time step that overflows.
            "OCRA-1:HOTP-SHA1-4:QN04-T\u{a1}",
            "OCRA-1:HOTP-SHA1-4:QN04-T5124095576030432H",
        ] {
            assert!(Suite::parse(bad).is_err(), "{bad}");
        }
        let suite = Suite::parse(SUITE).unwrap();
        let no_pin = Input {
            question: "12345678",
            ..Input::default()
        };
        assert!(compute(&suite, SEED32, &no_pin).is_err());
        let pin = Sha256::digest(b"1234");
        assert!(code(SEED32, "1234abcd", &pin).is_err());
        assert!(code(SEED32, "123456789", &pin).is_err());
        assert_eq!(decimal_to_hex("0"), "0");
        assert_eq!(decimal_to_hex("255"), "FF");
        assert_eq!(decimal_to_hex("11111111"), "A98AC7");
    }
}
