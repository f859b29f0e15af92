//! Property tests (proptest) of the inputs an attacker controls: protocol parameters, phone
//! numbers, cookies, CSRF tokens and client assertions at `/token`. Each property's doc
//! comment says its rule: no panic, and nothing accepted that the strict rule refuses. The
//! key set and JWT verification of the `keys` crate have their own in `keys/tests/`.

use crate::support::*;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use idp::authn::sms::{normalise_phone, EXAMPLE};
use idp::http::{cookies, csrf};
use idp::oidc::error::ErrorCode;
use idp::oidc::params::{is_forbidden, Params};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

// ---------------------------------------------------------------------------------------------
// Protocol parameters (`idp::oidc::params`)

/// A key or value with no control character, so the strict rule lets it through.
const PRINTABLE: &str = "[^\\p{Cc}]{0,12}";
/// Longer printable values.
const PRINTABLE_VALUE: &str = "[^\\p{Cc}]{0,40}";
/// Parameter names the error texts may name.
const PROTOCOL_NAMES: [&str; 5] = ["client_id", "state", "scope", "redirect_uri", "nonce"];

/// Bytes shaped like a query string: separators, percent escapes (of controls, of bytes
/// that are not UTF-8), `+`, and raw control bytes, among letters.
fn form_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        prop::sample::select(&["&", "=", "+", "%", "a", "b", "state", "%41"][..])
            .prop_map(|s| s.as_bytes().to_vec()),
        (any::<u8>()).prop_map(|b| format!("%{b:02X}").into_bytes()),
        (any::<u8>()).prop_map(|b| format!("%{b:02x}").into_bytes()),
        any::<u8>().prop_map(|b| vec![b]),
        "[^\\p{Cc}]{1,3}".prop_map(String::into_bytes),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// The strict rule, written independently of the parser: pairs as `url` decodes them, refused
/// when a key or value has a control character, a value is longer than `max` or a key
/// longer than 256 bytes, or a key with a value comes twice; empty values are omitted.
fn model(raw: &[u8], max: usize) -> Result<BTreeMap<String, String>, ()> {
    let mut map = BTreeMap::new();
    let mut refused = false;
    for (k, v) in url::form_urlencoded::parse(raw) {
        let forbidden = k.chars().chain(v.chars()).any(char::is_control);
        let too_long = v.len() > max || k.len() > 256;
        let repeated = !v.is_empty() && map.insert(k.into_owned(), v.into_owned()).is_some();
        refused |= forbidden || too_long || repeated;
    }
    if refused {
        Err(())
    } else {
        Ok(map)
    }
}

fn as_map(params: &Params) -> BTreeMap<String, String> {
    params.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

fn printable_ascii(text: &str) -> bool {
    text.bytes().all(|b| (0x20..=0x7e).contains(&b))
}

/// Printable pairs, sometimes with an empty value, with distinct keys.
fn printable_pairs() -> impl Strategy<Value = BTreeMap<String, String>> {
    prop::collection::btree_map(
        prop_oneof![
            prop::sample::select(&PROTOCOL_NAMES[..]).prop_map(str::to_owned),
            PRINTABLE,
        ],
        prop_oneof![1 => Just(String::new()), 6 => PRINTABLE_VALUE],
        0..8,
    )
}

/// A character the strict rule refuses: C0, DEL or C1.
fn control_char() -> impl Strategy<Value = char> {
    prop_oneof![
        proptest::char::range('\u{0}', '\u{1f}'),
        Just('\u{7f}'),
        proptest::char::range('\u{80}', '\u{9f}'),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// `Params::parse` never panics on any bytes, and agrees with the strict rule (see
    /// `model`): it accepts exactly what the rule accepts, with the same pairs, and refuses
    /// with `invalid_request` what the rule refuses. Bytes that are not UTF-8 once decoded
    /// (where `url` shows U+FFFD) are refused as well.
    #[test]
    fn params_parse_agrees_with_the_strict_rule(
        raw in prop_oneof![form_bytes(), prop::collection::vec(any::<u8>(), 0..200)],
        max in 1usize..64,
    ) {
        let parsed = Params::parse(&raw, max);
        let lossy = url::form_urlencoded::parse(&raw)
            .any(|(k, v)| k.contains('\u{fffd}') || v.contains('\u{fffd}'));
        match (&parsed, model(&raw, max)) {
            (Ok(p), Ok(expected)) => prop_assert_eq!(as_map(p), expected),
            (Err(e), Err(())) => prop_assert_eq!(e.code, ErrorCode::InvalidRequest),
            (Err(e), Ok(_)) if lossy => prop_assert_eq!(e.code, ErrorCode::InvalidRequest),
            (Ok(p), Err(())) => {
                return Err(TestCaseError::fail(format!("accepted {:?}", as_map(p))));
            }
            (Err(e), Ok(expected)) => {
                return Err(TestCaseError::fail(format!("refused {expected:?}: {e:?}")));
            }
        }
        if let Ok(p) = parsed {
            for (k, v) in p.iter() {
                prop_assert!(!k.chars().chain(v.chars()).any(is_forbidden), "{k:?}={v:?}");
                prop_assert!(!v.is_empty() && v.len() <= max && k.len() <= 256);
            }
        }
    }

    /// Printable keys and values, written by `serde_urlencoded`, parse back to the same map
    /// (empty values omitted, RFC 6749 3.1).
    #[test]
    fn params_round_trip(pairs in printable_pairs()) {
        let encoded = serde_urlencoded::to_string(&pairs).unwrap();
        let parsed = Params::parse(encoded.as_bytes(), 4096)
            .map_err(|e| TestCaseError::fail(format!("{encoded}: {e:?}")))?;
        let expected: BTreeMap<String, String> =
            pairs.into_iter().filter(|(_, v)| !v.is_empty()).collect();
        prop_assert_eq!(as_map(&parsed), expected);
    }

    /// One control character anywhere in any key or value, percent-encoded or as a raw
    /// byte, and the whole input is refused with `invalid_request`.
    #[test]
    fn params_with_a_control_character_are_refused(
        pairs in printable_pairs(),
        key in PRINTABLE,
        value in PRINTABLE_VALUE,
        c in control_char(),
        in_key in any::<bool>(),
        at in any::<prop::sample::Index>(),
        raw in any::<bool>(),
    ) {
        let target = if in_key { &key } else { &value };
        let cut = target.char_indices().map(|(i, _)| i).nth(at.index(target.chars().count() + 1))
            .unwrap_or(target.len());
        let (before, after) = target.split_at(cut);
        let mut list: Vec<(String, String)> = pairs.into_iter().filter(|(k, _)| *k != key).collect();
        let encoded = if raw && c.is_ascii() {
            // The raw byte, as a client that does not encode would send it.
            let enc = |s: &str| serde_urlencoded::to_string([("", s)]).unwrap()[1..].to_owned();
            let (k, v) = if in_key {
                (format!("{}{c}{}", enc(before), enc(after)), enc(&value))
            } else {
                (enc(&key), format!("{}{c}{}", enc(before), enc(after)))
            };
            let mut text = serde_urlencoded::to_string(&list).unwrap();
            if !text.is_empty() {
                text.push('&');
            }
            format!("{text}{k}={v}")
        } else {
            let poisoned = format!("{before}{c}{after}");
            list.push(if in_key { (poisoned, value.clone()) } else { (key.clone(), poisoned) });
            serde_urlencoded::to_string(&list).unwrap()
        };
        let err = Params::parse(encoded.as_bytes(), 4096);
        prop_assert!(err.is_err(), "accepted {encoded:?}");
        prop_assert_eq!(err.unwrap_err().code, ErrorCode::InvalidRequest);
    }

    /// A key sent twice with values is refused, and so is a value longer than the limit.
    #[test]
    fn params_repeated_or_too_long_are_refused(
        pairs in printable_pairs(),
        key in PRINTABLE,
        first in "[^\\p{Cc}]{1,20}",
        second in "[^\\p{Cc}]{1,20}",
        max in 1usize..20,
    ) {
        let mut list: Vec<(String, String)> = pairs.into_iter().filter(|(k, _)| *k != key).collect();
        list.push((key.clone(), first.clone()));
        list.push((key.clone(), second));
        let repeated = serde_urlencoded::to_string(&list).unwrap();
        prop_assert!(Params::parse(repeated.as_bytes(), 4096).is_err(), "accepted {repeated:?}");

        let long = serde_urlencoded::to_string([(key.as_str(), first.as_str())]).unwrap();
        prop_assert_eq!(Params::parse(long.as_bytes(), max).is_err(), first.len() > max);
    }

    /// A refusal's description is printable ASCII (RFC 6749 4.1.2.1) and never repeats an
    /// input: no value, and no key unless it is one of the protocol's own names. (Every
    /// generated value and unknown key holds a `~`, which the provider's texts never do, so
    /// finding one in a description is a reflection.)
    #[test]
    fn params_errors_are_printable_and_never_reflect_input(
        pairs in prop::collection::vec(
            (
                prop_oneof![
                    prop::sample::select(&PROTOCOL_NAMES[..]).prop_map(str::to_owned),
                    "[^\\p{Cc}]{0,6}~[^\\p{Cc}]{0,6}",
                ],
                "[^\\p{Cc}]{0,8}~[^\\p{Cc}]{0,80}",
            ),
            1..6,
        ),
        c in prop::option::of(control_char()),
        max in 1usize..40,
        raw in prop::collection::vec(any::<u8>(), 0..100),
    ) {
        let mut list = pairs.clone();
        if let Some(c) = c {
            list[0].1.push(c);
        }
        for input in [serde_urlencoded::to_string(&list).unwrap().into_bytes(), raw] {
            let Err(err) = Params::parse(&input, max) else { continue };
            let text = err.description.as_deref().unwrap_or("");
            prop_assert!(printable_ascii(text), "{text:?}");
            prop_assert!(!text.contains('~'), "reflected input: {text:?}");
            for (k, v) in &list {
                prop_assert!(!text.contains(v.as_str()), "{text:?}");
                if !PROTOCOL_NAMES.contains(&k.as_str()) && !k.is_empty() {
                    prop_assert!(!text.contains(k.as_str()), "{text:?}");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Phone numbers (`idp::authn::sms::normalise_phone`)

fn is_e164(number: &str) -> bool {
    number.strip_prefix('+').is_some_and(|digits| {
        (7..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0')
    })
}

/// Country codes, a prefix of their mobile numbers and how many digits follow it.
const COUNTRIES: [(&str, &str, usize); 10] = [
    ("32", "47", 7),
    ("33", "6", 8),
    ("49", "151", 8),
    ("44", "79", 8),
    ("1", "2015", 6),
    ("39", "33", 8),
    ("34", "6", 8),
    ("31", "61", 7),
    ("353", "87", 7),
    ("420", "77", 7),
];

/// `+`, a country code and a mobile number of that country (its prefix, then digits).
fn plausible_number() -> impl Strategy<Value = String> {
    prop::sample::select(&COUNTRIES[..]).prop_flat_map(|(cc, prefix, len)| {
        proptest::string::string_regex(&format!("[0-9]{{{len}}}"))
            .unwrap()
            .prop_map(move |rest| format!("+{cc}{prefix}{rest}"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// `normalise_phone` never panics; what it accepts comes out as E.164 (`+`, 7 to 15
    /// digits, the first not 0) and normalises to itself; every refusal shows the example.
    #[test]
    fn phone_numbers_normalise_to_e164_or_are_refused_with_the_example(
        input in prop_oneof![
            ".{0,50}",
            "[+0-9 .()/-]{0,30}",
            "(\\+|00)[0-9 ]{0,20}",
            plausible_number(),
        ],
    ) {
        match normalise_phone(&input) {
            Ok(number) => {
                prop_assert!(is_e164(&number), "{input:?} -> {number:?}");
                prop_assert_eq!(normalise_phone(&number), Ok(number.clone()));
            }
            Err(message) => {
                let message = message.text(idp::i18n::ENGLISH);
                prop_assert!(message.contains(EXAMPLE), "{message}")
            }
        }
    }

    /// Spaces, dots or hyphens between the digits (one between any two), and `00` for the
    /// leading `+`, do not change how a valid number normalises.
    #[test]
    fn phone_number_spellings_normalise_alike(
        number in plausible_number(),
        separators in prop::collection::vec(prop::sample::select(&["", "", " ", ".", "-"][..]), 16),
        zeros in any::<bool>(),
        outer in prop::sample::select(&["", " ", "  "][..]),
    ) {
        let canonical = normalise_phone(&number);
        prop_assume!(canonical.is_ok());
        let digits = &number[1..];
        let mut spelled = String::from(if zeros { "00" } else { "+" });
        for (i, d) in digits.chars().enumerate() {
            if i > 0 {
                spelled.push_str(separators[i]);
            }
            spelled.push(d);
        }
        let spelled = format!("{outer}{spelled}{outer}");
        prop_assert_eq!(normalise_phone(&spelled), canonical, "{:?}", spelled);
    }
}

// ---------------------------------------------------------------------------------------------
// Cookies and CSRF (`idp::http::cookies`, `idp::http::csrf`)

/// Bytes a header value may hold: visible ASCII, space, tab and, when `obs_text`, the bytes
/// 0x80 to 0xFF (which make `HeaderValue::to_str` fail, so they are kept rare).
fn header_bytes(max: usize, obs_text: bool) -> BoxedStrategy<Vec<u8>> {
    let ascii = prop_oneof![
        10 => 0x20u8..=0x7e,
        1 => Just(b'\t'),
        1 => Just(b';'),
        1 => Just(b'='),
    ];
    let byte = if obs_text {
        prop_oneof![12 => ascii, 1 => 0x80u8..=0xff].boxed()
    } else {
        ascii.boxed()
    };
    prop::collection::vec(byte, 0..max).boxed()
}

/// A Cookie header: pairs, often under our cookies' names, with random values and separators.
fn cookie_header() -> impl Strategy<Value = Vec<u8>> {
    let name = prop_oneof![
        prop::sample::select(
            &[
                "idp_session",
                "__Host-idp_session",
                "idp_csrf",
                "__Host-idp_csrf",
                "idp_remember",
                " idp_csrf",
                "idp_csrf ",
            ][..]
        )
        .prop_map(|s| s.as_bytes().to_vec()),
        header_bytes(12, false),
    ];
    let value = prop_oneof![
        header_bytes(40, false),
        header_bytes(40, true),
        header_bytes(600, false),
        "[A-Za-z0-9_-]{0,600}".prop_map(String::into_bytes),
    ];
    let separator = prop::sample::select(vec!["; ", ";", ";;", " ; ", "\t;"]);
    prop::collection::vec((name, value, separator), 0..5).prop_map(|pairs| {
        let mut out = Vec::new();
        for (name, value, separator) in pairs {
            out.extend_from_slice(&name);
            out.push(b'=');
            out.extend_from_slice(&value);
            out.extend_from_slice(separator.as_bytes());
        }
        out
    })
}

fn headers_with(cookie_headers: &[Vec<u8>]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for bytes in cookie_headers {
        if let Ok(value) = HeaderValue::from_bytes(bytes) {
            headers.append(header::COOKIE, value);
        }
    }
    headers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// `cookies::get` never panics on any Cookie headers; what it returns is non-empty, at
    /// most 512 bytes, without `;` or control characters, and was sent under that name.
    #[test]
    fn cookie_values_are_bounded_and_clean(
        sent in prop::collection::vec(prop_oneof![cookie_header(), header_bytes(200, true)], 0..3),
        base in prop::sample::select(&[cookies::SESSION, cookies::CSRF, cookies::REMEMBER][..]),
        tls in any::<bool>(),
    ) {
        let headers = headers_with(&sent);
        if let Some(value) = cookies::get(&headers, base, tls) {
            prop_assert!(!value.is_empty() && value.len() <= 512, "{} bytes", value.len());
            prop_assert!(!value.contains(';'), "{value:?}");
            prop_assert!(!value.chars().any(char::is_control), "{value:?}");
            let pair = format!("{}={value}", cookies::name(base, tls));
            prop_assert!(
                headers.get_all(header::COOKIE).iter().any(|h| h
                    .to_str()
                    .is_ok_and(|h| h.contains(&pair))),
                "{value:?} was not sent as {pair:?}"
            );
        }
    }
}

/// `csrf::verify` never panics on any submitted string and any cookie, and is true exactly
/// when the submitted string is the token `csrf::issue` gives for that browser's cookie; a
/// token issued for one cookie is refused with another.
#[tokio::test]
async fn csrf_tokens_verify_only_for_their_cookie() {
    let app = TestApp::sqlite().await;
    let state = app.web.clone();
    assert!(
        !state.config.tls_enabled(),
        "the cookie names below are the plain ones"
    );
    proptest!(ProptestConfig::with_cases(512), |(
        cookie in prop_oneof![cookie_header(), "idp_csrf=[A-Za-z0-9_-]{1,64}".prop_map(String::into_bytes)],
        other in "idp_csrf=[A-Za-z0-9_-]{1,64}",
        submitted in prop_oneof![".{0,60}", "[A-Za-z0-9_-]{43}"],
    )| {
        let headers = headers_with(&[cookie]);
        let present = cookies::get(&headers, cookies::CSRF, false).is_some();
        let issued = csrf::issue(&state, &headers);
        prop_assert_eq!(issued.set_cookie.is_none(), present);
        let verdict = csrf::verify(&state, &headers, &submitted);
        prop_assert_eq!(verdict, present && submitted == issued.token, "{:?}", submitted);
        prop_assert_eq!(csrf::verify(&state, &headers, &issued.token), present);
        prop_assert!(!csrf::verify(&state, &HeaderMap::new(), &issued.token));

        let other = headers_with(&[other.into_bytes()]);
        let theirs = csrf::issue(&state, &other).token;
        prop_assert!(csrf::verify(&state, &other, &theirs));
        if cookies::get(&headers, cookies::CSRF, false) != cookies::get(&other, cookies::CSRF, false) {
            prop_assert!(!csrf::verify(&state, &headers, &theirs));
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Client assertions (`private_key_jwt`) at /token

const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        ".{0,16}".prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(".{0,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// One of `choices` most of the time, any JSON value otherwise.
fn mostly(choices: Vec<Value>) -> impl Strategy<Value = Value> {
    prop_oneof![3 => prop::sample::select(choices), 1 => json_value()]
}

/// The asserted member names with plausible or random values, and random extra members.
fn object_with(members: Vec<(&'static str, Vec<Value>)>) -> BoxedStrategy<Value> {
    let fixed: Vec<BoxedStrategy<(&'static str, Option<Value>)>> = members
        .into_iter()
        .map(|(name, choices)| {
            prop::option::weighted(0.9, mostly(choices))
                .prop_map(move |v| (name, v))
                .boxed()
        })
        .collect();
    (
        fixed,
        prop::collection::btree_map(".{0,8}", json_value(), 0..3),
    )
        .prop_map(|(fixed, extra)| {
            let mut object: Map<String, Value> = extra.into_iter().collect();
            for (name, value) in fixed {
                if let Some(value) = value {
                    object.insert(name.into(), value);
                }
            }
            Value::Object(object)
        })
        .boxed()
}

/// A client assertion: any text, or three base64url parts whose header and payload are
/// JSON aimed at the registered client (its id, its key's kid, our audience, a live `exp`)
/// and whose signature is garbage.
fn client_assertion(client_id: String, kid: String) -> impl Strategy<Value = String> {
    let now = 1_900_000_000i64;
    let header = object_with(vec![
        (
            "alg",
            vec![
                json!("ES256"),
                json!("RS256"),
                json!("EdDSA"),
                json!("none"),
                json!("HS256"),
            ],
        ),
        ("kid", vec![json!(kid)]),
        ("typ", vec![json!("JWT")]),
    ]);
    let payload = object_with(vec![
        ("iss", vec![json!(client_id)]),
        ("sub", vec![json!(client_id)]),
        (
            "aud",
            vec![
                json!(format!("{ISSUER}/token")),
                json!(ISSUER),
                json!([ISSUER]),
            ],
        ),
        ("exp", vec![json!(now + 60), json!(now + 3599)]),
        ("iat", vec![json!(now)]),
        ("jti", vec![json!("jti-1"), json!("jti-2")]),
    ]);
    let signature = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..200).prop_map(|b| b64(&b)),
        "[A-Za-z0-9_=+/.-]{0,100}",
    ];
    prop_oneof![
        1 => ".{0,300}",
        1 => "[A-Za-z0-9_.-]{0,300}",
        4 => (header, payload, signature, any::<bool>()).prop_map(|(h, p, s, alt)| {
            let encode = |v: &Value| {
                if alt { b64(&serde_json::to_vec_pretty(v).unwrap()) } else { b64(v.to_string().as_bytes()) }
            };
            format!("{}.{}.{s}", encode(&h), encode(&p))
        }),
    ]
}

/// Any client assertion that is not validly signed, posted to `/token` for
/// `client_credentials`, gets a 400 or 401 JSON OAuth error: never a 5xx, never a token.
#[test]
fn client_assertions_without_a_valid_signature_are_refused_with_4xx() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let app = rt.block_on(TestApp::sqlite());
    let master = keys::MasterKey::generate();
    let sealed = keys::generate(keys::Algorithm::ES256, &master).unwrap();
    let jwks_path = app.dir.path().join("client-jwks.json");
    std::fs::write(&jwks_path, format!("{{\"keys\":[{}]}}", sealed.public_jwk)).unwrap();
    let (client_id, _) = rt.block_on(app.client(|c| {
        c.auth_method = ClientAuthMethod::PrivateKeyJwt;
        c.jwks = Some(jwks_path.clone());
    }));
    // The control: the same client, key, audience and lifetime with a real signature is
    // accepted, so the generated assertions are refused for their signature or content.
    let signer = keys::SigningKey::unseal(&sealed, &master).unwrap();
    let claims = json!({"iss": client_id, "sub": client_id, "aud": format!("{ISSUER}/token"),
        "exp": 1_900_000_060, "iat": 1_900_000_000, "jti": "control"});
    let signed = signer.sign_jwt(claims.as_object().unwrap(), None).unwrap();
    let form = [
        ("grant_type", "client_credentials"),
        ("client_assertion_type", JWT_BEARER),
        ("client_assertion", signed.as_str()),
    ];
    let page = rt.block_on(app.post_token("/token", &form, None));
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.json()["access_token"].is_string());

    proptest!(ProptestConfig::with_cases(64), |(
        assertion in client_assertion(client_id.clone(), sealed.kid.clone()),
        with_client_id in any::<bool>(),
    )| {
        let mut form = vec![
            ("grant_type", "client_credentials"),
            ("client_assertion_type", JWT_BEARER),
            ("client_assertion", assertion.as_str()),
        ];
        if with_client_id {
            form.push(("client_id", client_id.as_str()));
        }
        let page = rt.block_on(app.post_token("/token", &form, None));
        prop_assert!(
            page.status == StatusCode::BAD_REQUEST || page.status == StatusCode::UNAUTHORIZED,
            "{} for {assertion:?}: {}", page.status, page.body
        );
        let body = page.json();
        prop_assert!(body["error"].is_string(), "not an OAuth error: {}", page.body);
        prop_assert!(body.get("access_token").is_none(), "{}", page.body);
    });
    // The database pool closes inside the runtime.
    rt.block_on(async move { drop(app) });
}
