//! The page language and the selector (issue 15, first steps): only languages whose
//! catalogue ships are chosen; the selector keeps the choice in a cookie and returns to the
//! page the user was on; bad values change nothing and never fail.

use crate::support::*;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};

#[tokio::test]
async fn the_selector_keeps_the_choice_and_returns_to_the_page() {
    let app = TestApp::sqlite().await;
    let mut jar = Jar::default();
    let chosen = app
        .get("/language?lang=en&back=/login%3Fflow%3Dabc", &mut jar)
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    assert_eq!(chosen.location(), "/login?flow=abc", "the same step");
    assert_eq!(jar.get("idp_lang").map(String::as_str), Some("en"));

    for bad in [
        "/language?lang=xx&back=/account",
        "/language?lang=en&back=//evil.example/",
        "/language?lang=%3Cscript%3E",
    ] {
        let mut fresh = Jar::default();
        let page = app.get(bad, &mut fresh).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{bad}");
        assert!(
            page.location().starts_with('/') && !page.location().starts_with("//"),
            "{bad}"
        );
    }

    let list = app
        .send(
            Request::get("/language")
                .header(header::REFERER, format!("{ISSUER}/register"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("English (en)"), "{}", list.body);
    assert!(list.body.contains("back=%2Fregister"), "{}", list.body);
}

#[tokio::test]
async fn the_browsers_languages_choose_by_weight_and_unknown_ones_give_english() {
    let app = TestApp::sqlite().await;
    for (accept, lang) in [
        ("de-DE,de;q=0.9", "de"),
        ("fr-CH;q=0.5, pl", "pl"),
        ("xx;q=abc, ,", "en"),
        ("tlh, ja;q=0.8", "en"),
        ("*", "en"),
    ] {
        let page = app
            .send(
                Request::get("/register")
                    .header(header::ACCEPT_LANGUAGE, accept)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(page.status, StatusCode::OK, "{accept}");
        assert!(
            page.body.contains(&format!("<html lang=\"{lang}\">")),
            "{accept}"
        );
    }
}

#[tokio::test]
async fn discovery_lists_the_languages_whose_catalogue_ships() {
    let app = TestApp::sqlite().await;
    let meta = app
        .get("/.well-known/openid-configuration", &mut Jar::default())
        .await
        .json();
    let shipped: Vec<&str> = idp::i18n::shipped().iter().map(|l| l.code).collect();
    assert_eq!(meta["ui_locales_supported"], serde_json::json!(shipped));
    assert!(shipped.contains(&"en"));
}

/// OpenID Connect Core 3.1.2.1: the sign-in pages of an authorization request are in the
/// first language of its `ui_locales` that has a catalogue, on every step of the flow; the
/// selector, used during the flow, replaces it for the rest of the flow.
#[tokio::test]
async fn the_sign_in_pages_follow_the_ui_locales_of_the_authorization_request() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let query = auth_query(&client.0, "&ui_locales=ja%20fr-CA%20de");
    let query = query.split("&_verifier=").next().unwrap();
    let first = app.get(&format!("/authorize?{query}"), &mut jar).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    assert!(first.location().starts_with("/login?flow="));

    let identifier = app.get(&first.location(), &mut jar).await;
    assert_eq!(identifier.status, StatusCode::OK);
    assert!(
        identifier.body.contains("<html lang=\"fr\">"),
        "{}",
        identifier.body
    );
    let flow = identifier.input("flow").unwrap();
    let csrf = identifier.input("csrf").unwrap();
    let next = app
        .post_form(
            "/login/identifier",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("email", "ada@example.org"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(next.status, StatusCode::SEE_OTHER, "{}", next.body);
    let password = app.get(&next.location(), &mut jar).await;
    assert_eq!(password.status, StatusCode::OK);
    assert!(
        password.body.contains("<html lang=\"fr\">"),
        "{}",
        password.body
    );

    // The selector on the password page: German from now on, on the same step.
    let back = urlencode(&next.location());
    let chosen = app
        .get(&format!("/language?lang=de&back={back}"), &mut jar)
        .await;
    assert_eq!(chosen.location(), next.location());
    let again = app.get(&next.location(), &mut jar).await;
    assert!(again.body.contains("<html lang=\"de\">"), "{}", again.body);
    let csrf = again.input("csrf").unwrap();
    let done = app
        .post_form(
            "/login/password",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("password", PASSWORD),
                ("method", "password"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(
        done.status,
        StatusCode::SEE_OTHER,
        "the flow goes on: {}",
        done.body
    );

    // A fresh browser without ui_locales: English.
    let mut fresh = Jar::default();
    let plain = auth_query(&client.0, "");
    let plain = plain.split("&_verifier=").next().unwrap();
    let other = app.get(&format!("/authorize?{plain}"), &mut fresh).await;
    let page = app.get(&other.location(), &mut fresh).await;
    assert!(page.body.contains("<html lang=\"en\">"), "{}", page.body);
}

/// Bad input never fails a page: an unknown or malformed `ui_locales`, cookie or
/// `Accept-Language` is passed over for the next rule, quietly.
#[tokio::test]
async fn malformed_language_wishes_fall_through_quietly() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let long = "x".repeat(5000);
    for ui_locales in [
        "%E2%98%83%20!!",
        "tlh%20qya",
        &long[..1500],
        "de-DE-u-co-phonebk",
    ] {
        let query = auth_query(&client.0, &format!("&ui_locales={ui_locales}"));
        let query = query.split("&_verifier=").next().unwrap();
        let mut jar = Jar::default();
        let first = app.get(&format!("/authorize?{query}"), &mut jar).await;
        assert_eq!(
            first.status,
            StatusCode::SEE_OTHER,
            "{ui_locales}: {}",
            first.body
        );
        let page = app.get(&first.location(), &mut jar).await;
        assert_eq!(page.status, StatusCode::OK, "{ui_locales}");
        let expected = if ui_locales.starts_with("de") {
            "de"
        } else {
            "en"
        };
        assert!(
            page.body.contains(&format!("<html lang=\"{expected}\">")),
            "{ui_locales}"
        );
    }
    for cookie in [
        "idp_lang=",
        "idp_lang=%F0%9F%99%82",
        "idp_lang=de;;;",
        "idp_lang=EN-xa",
    ] {
        let page = app
            .send(
                Request::get("/register")
                    .header(header::COOKIE, cookie)
                    .header(
                        header::ACCEPT_LANGUAGE,
                        header::HeaderValue::from_bytes(b"\xff\xfegarbage;q=NaN").unwrap(),
                    )
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(page.status, StatusCode::OK, "{cookie}");
        let expected = if cookie.contains("=de") { "de" } else { "en" };
        assert!(
            page.body.contains(&format!("<html lang=\"{expected}\">")),
            "{cookie}"
        );
    }
}
