//! The account's language (issue 15, points 2 and 4): registration and My Account set the
//! same setting, `user.language`, offer the 24 languages by their own names, accept only
//! those, and a change in My Account is the language of the next pages at once.

use crate::support::*;
use axum::http::{header, StatusCode};

async fn register(app: &TestApp, email: &str, language: &str, jar: &mut Jar) -> Page {
    let form = app.get("/register", jar).await;
    let csrf = form.input("csrf").unwrap();
    app.post_form(
        "/register",
        &[
            ("csrf", &csrf),
            ("first_name", "Zofia"),
            ("last_name", "Nowak"),
            ("email", email),
            ("email_confirm", email),
            ("language", language),
        ],
        jar,
    )
    .await
}

async fn language_of(app: &TestApp, email: &str) -> Option<String> {
    idp::store::users::find_by_email(&app.state.db, email)
        .await
        .unwrap()
        .map(|u| u.language)
}

#[tokio::test]
async fn the_forms_list_the_24_languages_by_their_own_names() {
    let app = TestApp::sqlite().await;
    let mut jar = Jar::default();
    let form = app.get("/register", &mut jar).await;
    assert_eq!(form.status, StatusCode::OK);
    for l in idp::i18n::LOCALES {
        assert!(
            form.body
                .contains(&format!("<option value=\"{}\" ", l.code)),
            "{} is offered: {}",
            l.code,
            form.body
        );
        assert!(form.body.contains(&l.label()), "{}", l.label());
    }
    assert!(form.body.contains("Deutsch (de)"));
    // The page's language is offered first (English here: the only catalogue, or nothing
    // asked for).
    assert!(
        form.body.contains("<option value=\"en\" selected>"),
        "{}",
        form.body
    );

    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let details = app.get("/account/details", &mut jar).await;
    assert_eq!(details.status, StatusCode::OK);
    assert_eq!(
        details.body.matches("<option value=").count(),
        24,
        "{}",
        details.body
    );
    assert!(details.body.contains("ελληνικά (el)"));
}

#[tokio::test]
async fn registration_stores_the_chosen_language() {
    for app in backends().await {
        let mut jar = Jar::default();
        let done = register(&app, "zofia.nowak@example.pl", "pl", &mut jar).await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        assert_eq!(
            language_of(&app, "zofia.nowak@example.pl").await.as_deref(),
            Some("pl")
        );
    }
}

#[tokio::test]
async fn an_unknown_language_is_refused_beside_the_field() {
    let app = TestApp::sqlite().await;
    for bad in ["xx", "EN", "en-XA", "pl ", "<script>", ""] {
        let mut jar = Jar::default();
        let refused = register(&app, "zofia.nowak@example.pl", bad, &mut jar).await;
        assert_eq!(
            refused.status,
            StatusCode::BAD_REQUEST,
            "{bad:?}: {}",
            refused.body
        );
        let beside = refused
            .body
            .split("id=\"language-error\"")
            .nth(1)
            .unwrap_or_default();
        assert!(
            beside.contains("Please choose a language from the list.")
                && beside.contains("aria-describedby=\"language-error\""),
            "{bad:?}: the refusal sits beside the language field: {}",
            refused.body
        );
        assert_eq!(language_of(&app, "zofia.nowak@example.pl").await, None);
    }
}

async fn save_details(app: &TestApp, csrf: &str, language: &str, jar: &mut Jar) -> Page {
    app.post_form(
        "/account/details",
        &[
            ("csrf", csrf),
            ("first_name", "Ada"),
            ("last_name", "Lovelace"),
            ("language", language),
        ],
        jar,
    )
    .await
}

/// The `Set-Cookie` of the selector's language cookie, if the response sets it.
fn language_cookie(page: &Page) -> Option<String> {
    page.headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|c| c.to_str().ok())
        .find(|c| c.starts_with("idp_lang="))
        .map(str::to_owned)
}

#[tokio::test]
async fn my_account_changes_the_language_and_the_next_pages_follow_it() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let hub = app.get("/account", &mut jar).await;
        assert!(hub.body.contains("English (en)"), "{}", hub.body);
        let form = app.get("/account/details", &mut jar).await;
        let csrf = form.input("csrf").unwrap();

        let refused = save_details(&app, &csrf, "xx", &mut jar).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        assert!(refused.body.contains("id=\"language-error\""));
        assert_eq!(language_cookie(&refused), None);
        assert_eq!(
            language_of(&app, "ada@example.org").await.as_deref(),
            Some("en")
        );

        let saved = save_details(&app, &csrf, "pl", &mut jar).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let cookie = language_cookie(&saved).expect("the language cookie is set");
        assert!(cookie.starts_with("idp_lang=pl;"), "{cookie}");
        assert_eq!(jar.get("idp_lang").map(String::as_str), Some("pl"));
        assert_eq!(
            language_of(&app, "ada@example.org").await.as_deref(),
            Some("pl")
        );
        let hub = app.get("/account", &mut jar).await;
        assert!(hub.body.contains("polski (pl)"), "{}", hub.body);

        // Saving the personal data without changing the language leaves the selector's
        // choice alone.
        let unchanged = save_details(&app, &csrf, "pl", &mut jar).await;
        assert_eq!(unchanged.status, StatusCode::SEE_OTHER);
        assert_eq!(language_cookie(&unchanged), None);
    }
}
