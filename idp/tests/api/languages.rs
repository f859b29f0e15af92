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
async fn a_page_is_only_in_a_language_it_has_a_catalogue_for() {
    let app = TestApp::sqlite().await;
    for accept in ["de-DE,de;q=0.9", "xx;q=abc, ,", "fr"] {
        let page = app
            .send(
                Request::get("/register")
                    .header(header::ACCEPT_LANGUAGE, accept)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(page.status, StatusCode::OK, "{accept}");
        assert!(page.body.contains("<html lang=\"en\">"), "{accept}");
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
