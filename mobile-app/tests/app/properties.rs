//! Property tests of the QR code payloads the app reads: anyone can show the app a QR code,
//! so `Payload::parse` must never panic, must read back exactly what the provider writes, and
//! must refuse anything that is not one of the provider's two schemes.

use mobile_app::Payload;
use proptest::prelude::*;
use std::collections::HashMap;

const ENROL: &str = "eulogin-enrol:v1";
const SIGN_IN: &str = "eulogin-qr:v1";

/// A payload the way the provider builds one (idp/src/authn/devices.rs): the scheme, `?` and
/// a query written by serde_urlencoded.
fn provider_payload(scheme: &str, pairs: &[(&str, &str)]) -> String {
    format!("{scheme}?{}", serde_urlencoded::to_string(pairs).unwrap())
}

/// Any text, or text shaped like a payload (a scheme, `?`, pairs with percent escapes).
fn payload_like_text() -> impl Strategy<Value = String> {
    let scheme = prop_oneof![
        Just(ENROL.to_owned()),
        Just(SIGN_IN.to_owned()),
        Just("eulogin-enrol:v2".to_owned()),
        Just("EULOGIN-QR:V1".to_owned()),
        ".{0,20}",
    ];
    let pair = (
        prop_oneof![
            prop::sample::select(&["issuer", "token", "account", "suite", "q", "client"][..])
                .prop_map(str::to_owned),
            ".{0,8}",
        ],
        "([^&=%]|%[0-9A-Fa-f]{2}|%.{0,2}|=){0,20}",
    )
        .prop_map(|(k, v)| format!("{k}={v}"));
    let value = "([^&=%]|%[0-9A-Fa-f]{2}|%.{0,2}|=){0,20}";
    // One of the two schemes with its required members among random ones, in any order.
    let complete = (
        prop::sample::select(vec![
            (ENROL, vec!["issuer", "token"]),
            (SIGN_IN, vec!["issuer", "suite", "q"]),
        ]),
        prop::collection::vec(value, 3),
        prop::collection::vec(pair.clone(), 0..4),
    )
        .prop_flat_map(|((scheme, required), values, extra)| {
            let mut pairs: Vec<String> = required
                .iter()
                .zip(values)
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            pairs.extend(extra);
            (Just(scheme), Just(pairs).prop_shuffle())
        })
        .prop_map(|(scheme, pairs)| format!("{scheme}?{}", pairs.join("&")));
    prop_oneof![
        ".{0,200}",
        (scheme, prop::collection::vec(pair, 0..8), "[ \t\n]{0,2}")
            .prop_map(|(scheme, pairs, pad)| format!("{pad}{scheme}?{}{pad}", pairs.join("&"))),
        complete,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// `Payload::parse` never panics on any text, and accepts only the provider's two
    /// schemes, each with its required members, read as the query says them.
    #[test]
    fn parse_never_panics_and_accepts_only_the_two_schemes(text in payload_like_text()) {
        if let Ok(payload) = Payload::parse(&text) {
            let (scheme, query) = text.trim().split_once('?').unwrap();
            let query: HashMap<String, String> =
                url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
            let member = |name: &str| query.get(name).cloned();
            match payload {
                Payload::Enrol { issuer, token, account } => {
                    prop_assert_eq!(scheme, ENROL);
                    prop_assert_eq!(Some(issuer), member("issuer"));
                    prop_assert_eq!(Some(token), member("token"));
                    prop_assert_eq!(account, member("account").unwrap_or_default());
                }
                Payload::SignIn { issuer, suite, question, client } => {
                    prop_assert_eq!(scheme, SIGN_IN);
                    prop_assert_eq!(Some(issuer), member("issuer"));
                    prop_assert_eq!(Some(suite), member("suite"));
                    prop_assert_eq!(Some(question), member("q"));
                    prop_assert_eq!(client, member("client").unwrap_or_default());
                }
            }
        }
    }

    /// An enrolment payload built as the provider builds it reads back to the same issuer,
    /// token and account, whatever characters they hold.
    #[test]
    fn enrolment_payloads_round_trip(
        issuer in ".{0,60}",
        token in ".{0,60}",
        account in ".{0,40}",
    ) {
        let text = provider_payload(
            ENROL,
            &[("issuer", &issuer), ("token", &token), ("account", &account)],
        );
        prop_assert_eq!(
            Payload::parse(&text).map_err(|e| e.to_string()),
            Ok(Payload::Enrol { issuer, token, account })
        );
    }

    /// A sign-in payload built as the provider builds it (its suite, an 8-digit question)
    /// reads back to the same issuer, suite, question and client name.
    #[test]
    fn sign_in_payloads_round_trip(
        issuer in ".{0,60}",
        question in "[0-9]{8}",
        client in ".{0,40}",
    ) {
        let suite = keys::ocra::SUITE;
        let text = provider_payload(
            SIGN_IN,
            &[("issuer", &issuer), ("suite", suite), ("q", &question), ("client", &client)],
        );
        prop_assert_eq!(
            Payload::parse(&text).map_err(|e| e.to_string()),
            Ok(Payload::SignIn { issuer, suite: suite.to_owned(), question, client })
        );
    }

    /// A payload whose scheme is anything but the provider's two is refused, even with
    /// every member present.
    #[test]
    fn other_schemes_are_refused(scheme in "[^?]{0,30}", question in "[0-9]{8}") {
        prop_assume!(scheme.trim_start() != ENROL && scheme.trim_start() != SIGN_IN);
        let pairs = [
            ("issuer", "https://idp.example.eu"),
            ("token", "t"),
            ("suite", keys::ocra::SUITE),
            ("q", question.as_str()),
        ];
        let text = provider_payload(&scheme, &pairs);
        prop_assert!(Payload::parse(&text).is_err(), "accepted {text:?}");
    }
}
