//! Property tests of the inputs an attacker controls: OCRA suites, questions and PIN hashes
//! (the mobile app's QR codes) and the JOSE inputs (a client's JWK Set, the JWTs it sends).
//! Every property says its rule in its doc comment; a failing case is shrunk by proptest and
//! kept in `proptest-regressions/`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use keys::ocra::{self, Hash, Input, Suite};
use keys::{Algorithm, Jwks, MasterKey, SigningKey};
use proptest::prelude::*;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

// ---------------------------------------------------------------------------------------------
// OCRA (RFC 6287)

/// Suite texts near the grammar: each part is either a correct spelling or a random one, so
/// most cases get past the first checks and some are entirely valid.
fn suite_text() -> impl Strategy<Value = String> {
    let hash = prop_oneof![
        Just("SHA1".to_owned()),
        Just("SHA256".to_owned()),
        Just("SHA512".to_owned()),
        ".{0,8}",
    ];
    let digits = prop_oneof![(0u32..14).prop_map(|d| d.to_string()), ".{0,4}"];
    let question = prop_oneof![
        ("Q[NAH]", 0usize..80).prop_map(|(q, n)| format!("{q}{n:02}")),
        ".{0,6}",
    ];
    let item = prop_oneof![
        prop_oneof![Just("SHA1"), Just("SHA256"), Just("SHA512"), Just("MD5")]
            .prop_map(|h| format!("P{h}")),
        (0usize..1024).prop_map(|n| format!("S{n:03}")),
        (any::<u64>(), "[SMH]").prop_map(|(n, u)| format!("T{n}{u}")),
        (0u64..100, "[SMH]").prop_map(|(n, u)| format!("T{n}{u}")),
        "[PST].{0,6}",
        ".{0,6}",
    ];
    (
        prop_oneof![9 => Just("OCRA-1".to_owned()), 1 => ".{0,8}"],
        prop_oneof![9 => Just("HOTP".to_owned()), 1 => ".{0,6}"],
        hash,
        digits,
        any::<bool>(),
        question,
        prop::collection::vec(item, 0..4),
    )
        .prop_map(|(v, hotp, hash, digits, counter, q, items)| {
            let mut data = if counter {
                vec!["C".to_owned()]
            } else {
                vec![]
            };
            data.push(q);
            data.extend(items);
            format!("{v}:{hotp}-{hash}-{digits}:{}", data.join("-"))
        })
}

fn is_digits(code: &str, n: usize) -> bool {
    code.len() == n && code.bytes().all(|b| b.is_ascii_digit())
}

fn pin_hash(pin: &str) -> Vec<u8> {
    Sha256::digest(pin.as_bytes()).to_vec()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// `Suite::parse` never panics on any text; what it accepts has 4 to 10 digits, a
    /// question of 4 to 64 characters and parses again to the same suite.
    #[test]
    fn ocra_suite_parse_never_panics_and_accepts_only_the_grammar(
        text in prop_oneof![suite_text(), ".{0,60}"],
    ) {
        if let Ok(suite) = Suite::parse(&text) {
            prop_assert!((4..=10).contains(&suite.digits), "{suite:?}");
            prop_assert!((4..=64).contains(&suite.question.1), "{suite:?}");
            prop_assert!(text.starts_with("OCRA-1:HOTP-"), "{text:?}");
            prop_assert_eq!(Suite::parse(&suite.text), Ok(suite.clone()));
        }
    }

    /// `compute` never panics on any key, question, PIN hash or session for a suite that
    /// parsed, and any code it gives has exactly the suite's number of ASCII digits.
    #[test]
    fn ocra_compute_never_panics_and_gives_the_suites_digits(
        text in suite_text(),
        key in prop::collection::vec(any::<u8>(), 0..160),
        question in prop_oneof!["[0-9]{1,70}", "[0-9A-Fa-f]{1,70}", ".{0,70}"],
        counter in any::<Option<u64>>(),
        password in prop::option::of(prop::collection::vec(any::<u8>(), 0..70)),
        session in prop::option::of(prop::collection::vec(any::<u8>(), 0..600)),
        timestamp in any::<Option<u64>>(),
    ) {
        let Ok(suite) = Suite::parse(&text) else { return Ok(()) };
        let input = Input {
            counter,
            question: &question,
            password_hash: password.as_deref(),
            session: session.as_deref(),
            timestamp,
        };
        if let Ok(code) = ocra::compute(&suite, &key, &input) {
            prop_assert!(is_digits(&code, suite.digits as usize), "{code:?} for {suite:?}");
            prop_assert_eq!(ocra::compute(&suite, &key, &input), Ok(code));
        }
    }

    /// `code` (the provider's suite) never panics on any key, question or PIN hash; it
    /// refuses a question that is not 1 to 8 decimal digits and a PIN hash that is not 32
    /// bytes, and anything it gives is exactly 8 ASCII digits.
    #[test]
    fn ocra_code_never_panics_and_refuses_what_the_suite_refuses(
        key in prop::collection::vec(any::<u8>(), 0..160),
        question in prop_oneof!["[0-9]{1,12}", ".{0,20}"],
        pin in prop::collection::vec(any::<u8>(), 0..70),
    ) {
        let result = ocra::code(&key, &question, &pin);
        let valid_question =
            (1..=8).contains(&question.len()) && question.bytes().all(|b| b.is_ascii_digit());
        prop_assert_eq!(result.is_ok(), valid_question && pin.len() == 32, "{:?}", result);
        if let Ok(code) = result {
            prop_assert!(is_digits(&code, 8), "{code:?}");
        }
    }

    /// For a valid key, 8-digit question and PIN, the code is 8 ASCII digits, the same every
    /// time, and different for the PIN 1234 and the PIN 1235 (a collision has a probability
    /// of about 1e-8 a case).
    #[test]
    fn ocra_code_is_deterministic_and_depends_on_the_pin(
        key in prop::collection::vec(any::<u8>(), 20..64),
        question in "[0-9]{8}",
    ) {
        let a = ocra::code(&key, &question, &pin_hash("1234")).map_err(|e| {
            TestCaseError::fail(e.to_string())
        })?;
        prop_assert!(is_digits(&a, 8), "{a:?}");
        prop_assert_eq!(ocra::code(&key, &question, &pin_hash("1234")), Ok(a.clone()));
        let b = ocra::code(&key, &question, &pin_hash("1235"))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_ne!(a, b);
    }
}

/// Over many random keys the PIN changes the code: at most a handful of collisions (the
/// expected number is 0.00001).
#[test]
fn ocra_codes_for_neighbouring_pins_differ_over_many_keys() {
    let (p1, p2) = (pin_hash("1234"), pin_hash("1235"));
    let suite = Suite::parse(ocra::SUITE).unwrap();
    assert_eq!(suite.password, Some(Hash::Sha256));
    let mut collisions = 0;
    for i in 0u32..1000 {
        let key = Sha256::digest(i.to_be_bytes());
        let question = format!("{:08}", i * 7919 % 100_000_000);
        if ocra::code(&key, &question, &p1).unwrap() == ocra::code(&key, &question, &p2).unwrap() {
            collisions += 1;
        }
    }
    assert!(collisions <= 3, "{collisions} collisions in 1000 keys");
}

// ---------------------------------------------------------------------------------------------
// JOSE: a client's JWK Set and the JWTs it sends

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Random base64url members, often of the lengths the key types expect.
fn b64_member() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 32).prop_map(|b| Value::from(b64(&b))),
        prop::collection::vec(any::<u8>(), 48).prop_map(|b| Value::from(b64(&b))),
        prop::collection::vec(any::<u8>(), 256).prop_map(|b| Value::from(b64(&b))),
        prop::collection::vec(any::<u8>(), 0..80).prop_map(|b| Value::from(b64(&b))),
        Just(Value::from("AQAB")),
        ".{0,20}".prop_map(Value::from),
    ]
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,16}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(".{0,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A JWK-shaped object: the members a JWK has, each with a plausible or a random value.
fn jwk_entry() -> impl Strategy<Value = Value> {
    let text = |options: &'static [&'static str]| {
        prop_oneof![
            4 => prop::sample::select(options).prop_map(Value::from),
            1 => json_value(),
        ]
    };
    (
        text(&["RSA", "EC", "OKP", "oct"]),
        prop::option::of(text(&["P-256", "P-384", "P-521", "Ed25519", "X25519"])),
        prop::option::of(text(&[
            "ES256", "ES384", "RS256", "PS256", "EdDSA", "RS512", "none",
        ])),
        prop::option::of(text(&["sig", "enc"])),
        prop::option::of(".{0,12}".prop_map(Value::from)),
        prop::collection::btree_map(
            prop::sample::select(&["x", "y", "n", "e", "d", "k", "key_ops"][..]),
            b64_member(),
            0..5,
        ),
    )
        .prop_map(|(kty, crv, alg, use_, kid, members)| {
            let mut jwk = Map::new();
            jwk.insert("kty".into(), kty);
            for (name, value) in [("crv", crv), ("alg", alg), ("use", use_), ("kid", kid)] {
                if let Some(value) = value {
                    jwk.insert(name.into(), value);
                }
            }
            for (name, value) in members {
                jwk.insert(name.into(), value);
            }
            Value::Object(jwk)
        })
}

/// The provider's own kind of keys, and the set of their public halves.
struct Signers {
    keys: Vec<SigningKey>,
    jwks: Jwks,
}

fn signers() -> Signers {
    let master = MasterKey::generate();
    let sealed: Vec<_> = [Algorithm::ES256, Algorithm::EdDSA, Algorithm::RS256]
        .into_iter()
        .map(|alg| keys::generate(alg, &master).unwrap())
        .collect();
    let keys = sealed
        .iter()
        .map(|s| SigningKey::unseal(s, &master).unwrap())
        .collect();
    let jwks = Jwks::from_public_jwks(sealed.iter().map(|s| s.public_jwk.as_str())).unwrap();
    Signers { keys, jwks }
}

const ALLOWED: [Algorithm; 3] = [Algorithm::ES256, Algorithm::RS256, Algorithm::EdDSA];

/// A JWT header: usually an object with an `alg` (often a real one) and sometimes a `kid`.
fn header(kids: Vec<String>) -> impl Strategy<Value = Value> {
    let alg = prop_oneof![
        4 => prop::sample::select(&["ES256", "RS256", "EdDSA", "ES384", "PS256", "HS256", "none", "NONE"][..])
            .prop_map(Value::from),
        1 => json_value(),
    ];
    let kid = prop_oneof![
        2 => prop::sample::select(kids).prop_map(Value::from),
        1 => json_value(),
    ];
    (
        alg,
        prop::option::of(kid),
        prop::collection::btree_map(".{0,8}", json_value(), 0..3),
    )
        .prop_map(|(alg, kid, extra)| {
            let mut h: Map<String, Value> = extra.into_iter().collect();
            h.insert("alg".into(), alg);
            if let Some(kid) = kid {
                h.insert("kid".into(), kid);
            }
            Value::Object(h)
        })
}

/// One flipped bit-pattern at one position of a byte string.
fn flip(mut bytes: Vec<u8>, at: prop::sample::Index, mask: u8) -> Vec<u8> {
    let i = at.index(bytes.len());
    bytes[i] ^= mask;
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// `Jwks::from_json` never panics on any text.
    #[test]
    fn jwks_from_json_never_panics_on_any_text(text in ".{0,300}") {
        let _ = Jwks::from_json(&text);
    }

    /// `Jwks::from_json` never panics on JWK-shaped documents with random members (the
    /// entries get past the JSON checks into key parsing and OpenSSL), and whatever it keeps
    /// it publishes without private members.
    #[test]
    fn jwks_from_json_never_panics_on_jwk_shaped_documents(
        entries in prop::collection::vec(jwk_entry(), 0..4),
    ) {
        let doc = serde_json::json!({ "keys": entries }).to_string();
        if let Ok(jwks) = Jwks::from_json(&doc) {
            prop_assert!(jwks.len() <= entries.len());
            let published = jwks.to_json().to_string();
            let again: Value = serde_json::from_str(&published).unwrap();
            for key in again["keys"].as_array().unwrap() {
                prop_assert!(key.get("d").is_none() && key.get("k").is_none(), "{key}");
            }
        }
    }
}

/// `verify_jwt` never panics on any text and never accepts it: random text is not a JWT
/// signed by one of our keys.
#[test]
fn verify_jwt_refuses_any_text() {
    let s = signers();
    proptest!(ProptestConfig::with_cases(256), |(
        text in prop_oneof![".{0,200}", "[A-Za-z0-9_.-]{0,200}"],
    )| {
        prop_assert!(s.jwks.verify_jwt(&text, &ALLOWED).is_err());
    });
}

/// Structurally valid JWTs (three base64url parts) with any header and payload JSON and a
/// garbage signature are refused, and `verify_jwt` does not panic on them.
#[test]
fn verify_jwt_refuses_garbage_signatures() {
    let s = signers();
    let kids: Vec<String> = s.keys.iter().map(|k| k.kid().to_owned()).collect();
    proptest!(ProptestConfig::with_cases(256), |(
        header in header(kids.clone()),
        payload in prop_oneof![json_value(), Just(serde_json::json!({"sub": "x"}))],
        signature in prop::collection::vec(any::<u8>(), 0..300),
        raw_header in any::<bool>(),
    )| {
        let header_part = if raw_header {
            b64(header.to_string().as_bytes())
        } else {
            b64(&serde_json::to_vec(&header).unwrap())
        };
        let jwt = format!(
            "{header_part}.{}.{}",
            b64(payload.to_string().as_bytes()),
            b64(&signature)
        );
        let result = s.jwks.verify_jwt(&jwt, &ALLOWED);
        prop_assert!(result.is_err(), "accepted {jwt}: {result:?}");
    });
}

/// A JWT signed by one of our keys verifies; flipping any bits of any byte of its payload or
/// its signature (decoded, changed, encoded again) makes `verify_jwt` refuse it, as does
/// changing any character of the compact text.
#[test]
fn verify_jwt_refuses_every_altered_byte() {
    let s = signers();
    proptest!(ProptestConfig::with_cases(192), |(
        which in 0..s.keys.len(),
        sub in ".{0,40}",
        extra in prop::collection::btree_map("[a-z]{1,8}", json_value(), 0..4),
        part in 1usize..3,
        at in any::<prop::sample::Index>(),
        mask in 1u8..=255,
        text_at in any::<prop::sample::Index>(),
        replacement in "[A-Za-z0-9_.=-]",
    )| {
        let key = &s.keys[which];
        // The registered time and identity claims have types of their own (RFC 7519 4.1):
        // a random value there is a signing error, not the case under test.
        let mut claims: Map<String, Value> = extra
            .into_iter()
            .filter(|(k, _)| !["exp", "nbf", "iat", "iss", "aud", "jti"].contains(&k.as_str()))
            .collect();
        claims.insert("sub".into(), sub.into());
        let jwt = key.sign_jwt(&claims, None).unwrap();
        let verified = s.jwks.verify_jwt(&jwt, &ALLOWED);
        prop_assert!(verified.is_ok(), "{verified:?}");

        let mut parts: Vec<String> = jwt.split('.').map(str::to_owned).collect();
        let bytes = URL_SAFE_NO_PAD.decode(&parts[part]).unwrap();
        prop_assume!(!bytes.is_empty());
        parts[part] = b64(&flip(bytes, at, mask));
        let altered = parts.join(".");
        let result = s.jwks.verify_jwt(&altered, &ALLOWED);
        prop_assert!(result.is_err(), "accepted {altered}: {result:?}");

        let i = text_at.index(jwt.len());
        prop_assume!(jwt[i..=i] != replacement);
        let mut changed = jwt.clone();
        changed.replace_range(i..=i, &replacement);
        let result = s.jwks.verify_jwt(&changed, &ALLOWED);
        prop_assert!(result.is_err(), "accepted {changed}: {result:?}");
    });
}
