//! The rough edges a new user meets (issue 14), through the real router on SQLite and
//! PostgreSQL: cancelling a step-up, phone numbers that cannot receive an SMS, mistyped
//! addresses, sign-in pages opened directly, re-authentications that say why, the dev
//! outbox, and the service's name.

use crate::support::*;
use axum::http::StatusCode;

/// A page's HTML with the escapes of auto-escaped values undone (`&#x2f;` for `/`).
fn plain(body: &str) -> String {
    body.replace("&#x2f;", "/").replace("&amp;", "&")
}

/// "Cancel and return to the application" on the step-up page of a user who has a second
/// factor: the user gave up, so the client gets `access_denied`, not
/// `unmet_authentication_requirements` (CPMS would tell them to set up a factor they have).
#[tokio::test]
async fn cancelling_a_step_up_is_access_denied() {
    for app in backends().await {
        let id = app.user("ada@example.org").await;
        idp::cli::user::add_confirmed_phone(&app.state, &id, "+32470123456")
            .await
            .unwrap();
        let client = medium_client(&app).await;
        let mut jar = app.signed_in("ada@example.org").await;
        let (page, _, _) = to_step_up(&app, &client.0, &mut jar).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let cancel = page
            .body
            .split("href=\"")
            .find(|s| s.starts_with("/authorize/cancel"))
            .map(|s| s[..s.find('"').unwrap()].replace("&amp;", "&"))
            .expect("a cancel link on the step-up page");
        let back = app.get(&cancel, &mut jar).await;
        let q = redirect_query(&back.location());
        assert_eq!(q["error"], "access_denied", "{}", app.backend);
        assert_eq!(q["state"], "st-1");
    }
}

/// "+31 6 1234" is no mobile number (too short for the Dutch plan), and a Brussels fixed line
/// cannot receive a text message: both are refused with the example, and no SMS is sent.
#[tokio::test]
async fn numbers_that_cannot_receive_an_sms_are_refused_before_any_is_sent() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        for (typed, says) in [
            ("+31 6 1234", "not a valid international phone number"),
            ("+32 2 551 18 11", "not a mobile phone number"),
        ] {
            let form = app.get("/account/phones/add", &mut jar).await;
            let csrf = form.input("csrf").unwrap();
            let refused = app
                .post_form(
                    "/account/phones/add",
                    &[("csrf", &csrf), ("phone", typed)],
                    &mut jar,
                )
                .await;
            assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{typed}");
            assert!(refused.body.contains(says), "{typed}: {}", refused.body);
            assert!(refused.body.contains("+32 470 12 34 56"), "the example");
            assert!(
                refused.body.contains("id=\"phone-error\"")
                    && refused.body.contains("aria-invalid=\"true\""),
                "the message sits beside the field: {}",
                refused.body
            );
        }
        assert!(
            app.outbox().await.iter().all(|m| m.channel != "sms"),
            "no SMS was sent"
        );
    }
}

/// A mistyped address is a page in the site's layout with a way home (404); a method a
/// route does not take is a 405 page; programs calling the protocol endpoints get JSON.
#[tokio::test]
async fn unknown_addresses_and_methods_get_real_pages() {
    for app in backends().await {
        let mut jar = Jar::default();
        let missing = app.get("/acount", &mut jar).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(
            missing.body.contains("<h1>Page not found</h1>"),
            "{}",
            missing.body
        );
        assert!(plain(&missing.body).contains("href=\"/\""), "a link home");
        assert!(
            missing.body.contains("/static/style.css"),
            "the site's layout: {}",
            missing.body
        );
        let wrong_method = app.post_form("/register/none", &[], &mut jar).await;
        assert_eq!(wrong_method.status, StatusCode::NOT_FOUND);
        let not_allowed = app
            .send(
                axum::http::Request::builder()
                    .method("DELETE")
                    .uri("/login")
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(not_allowed.status, StatusCode::METHOD_NOT_ALLOWED);
        assert!(
            not_allowed
                .body
                .contains("does not take this kind of request"),
            "{}",
            not_allowed.body
        );
        let token = app.get("/token", &mut jar).await;
        assert_eq!(token.status, StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(token.json()["error"], "invalid_request");
        let api = app.get("/app/no-such-endpoint", &mut jar).await;
        assert_eq!(api.status, StatusCode::NOT_FOUND);
        assert_eq!(api.json()["error"], "not_found");
    }
}

/// `/login/password` (or any sign-in step) opened without a sign-in starts one, rather than
/// telling the user to "start again from the application" when there is none.
#[tokio::test]
async fn a_sign_in_page_opened_directly_starts_a_sign_in() {
    for app in backends().await {
        let mut jar = Jar::default();
        for path in ["/login/password", "/login/sms", "/login/step-up"] {
            let page = app.get(path, &mut jar).await;
            assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}: {}", page.body);
            assert_eq!(page.location(), "/login", "{path}");
        }
        let start = app.get("/login", &mut jar).await;
        assert_eq!(start.status, StatusCode::SEE_OTHER);
        assert!(start.location().starts_with("/login?flow="));
        let stale = app.get("/login/password?flow=gone", &mut jar).await;
        assert_eq!(stale.status, StatusCode::BAD_REQUEST);
        assert!(stale.body.contains("This sign-in page has expired"));
        assert!(stale.body.contains("home page"), "{}", stale.body);
    }
}

/// The re-authentication before adding a mobile device says why it is asked for.
#[tokio::test]
async fn a_re_authentication_says_what_it_is_for() {
    for app in backends_with(|c| c.session.reauth_max_age_secs = 60).await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        app.clock.advance(120);
        let add = app.get("/account/devices/add", &mut jar).await;
        assert_eq!(add.status, StatusCode::SEE_OTHER, "{}", add.body);
        let mut page = app.get(&add.location(), &mut jar).await;
        while page.status == StatusCode::SEE_OTHER {
            page = app.get(&page.location(), &mut jar).await;
        }
        assert!(
            page.body
                .contains("To add or remove a mobile device, please confirm that it is you"),
            "{}",
            page.body
        );
    }
}

/// The dev outbox says when in words and its links can be followed.
#[tokio::test]
async fn the_dev_outbox_shows_dates_and_clickable_links() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    app.ask_reset("ada@example.org", &mut jar).await;
    let outbox = app.get("/dev/outbox", &mut jar).await;
    assert_eq!(outbox.status, StatusCode::OK);
    let sent = &app.outbox().await[0];
    assert!(
        outbox
            .body
            .contains(&idp::i18n::when(sent.created_at).text(idp::i18n::ENGLISH)),
        "{}",
        outbox.body
    );
    assert!(!outbox.body.contains(&sent.created_at.to_string()));
    assert!(
        plain(&outbox.body).contains(&format!("<a href=\"{ISSUER}/password/set?token=")),
        "{}",
        outbox.body
    );
}

/// Without a configured name, pages and e-mails go by the issuer's host: never a name that
/// is not the operator's own ("EU Login" only when configured).
#[tokio::test]
async fn the_service_goes_by_its_configured_name_or_its_host() {
    let app = TestApp::sqlite_with(|c| c.ui.brand = None).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    for path in ["/", "/register", "/password/forgot", "/no-such-page"] {
        let page = app.get(path, &mut jar).await;
        assert!(!page.body.contains("EU Login"), "{path}: {}", page.body);
        assert!(page.body.contains(">localhost<"), "{path}: {}", page.body);
    }
    app.ask_reset("ada@example.org", &mut jar).await;
    let mail = &app.outbox().await[0];
    assert!(!mail.subject.contains("EU Login") && !mail.body.contains("EU Login"));
    assert!(
        mail.body.contains("Sent to you by localhost"),
        "{}",
        mail.body
    );

    let named = TestApp::sqlite_with(|c| c.ui.brand = Some("EU Login (demo)".into())).await;
    let home = named.get("/", &mut Jar::default()).await;
    assert!(home.body.contains("EU Login (demo)"), "{}", home.body);
}

/// A wrong password, an empty identifier and a wrong SMS code are said beside their field
/// (the page's `aria-invalid` field and its message), not only above the form.
#[tokio::test]
async fn sign_in_errors_sit_beside_their_field() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let wrong = app
            .sign_in_from_login("ada@example.org", "not the password at all", &mut jar)
            .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        let field = wrong
            .body
            .split("id=\"password-error\"")
            .nth(1)
            .unwrap_or_default();
        assert!(
            field.contains("aria-invalid=\"true\""),
            "the message, then the invalid password field: {}",
            wrong.body
        );
        // Announced at once (role="alert") above the form, with a link to the field.
        let summary = wrong
            .body
            .split("id=\"error-summary\"")
            .nth(1)
            .unwrap_or_default();
        assert!(
            wrong.body.contains("role=\"alert\" id=\"error-summary\"")
                && summary.contains("href=\"#password\""),
            "{}",
            wrong.body
        );

        let start = app.get("/login", &mut jar).await;
        let login = app.get(&start.location(), &mut jar).await;
        let flow = login.input("flow").unwrap();
        let csrf = login.input("csrf").unwrap();
        let empty = app
            .post_form(
                "/login/identifier",
                &[("flow", &flow), ("csrf", &csrf), ("email", " ")],
                &mut jar,
            )
            .await;
        assert_eq!(empty.status, StatusCode::BAD_REQUEST);
        assert!(
            empty.body.contains("id=\"email-error\"")
                && empty.body.contains("aria-invalid=\"true\""),
            "{}",
            empty.body
        );
    }
}
