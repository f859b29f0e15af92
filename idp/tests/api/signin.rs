//! Password sign-in as a user meets it: identical failures, lockout, throttling, CSRF,
//! remembered identifier, session renewal.

use crate::support::*;
use axum::http::StatusCode;

/// Starts a direct sign-in and submits the identifier; returns (flow, csrf) of the password page.
async fn to_password(app: &TestApp, email: &str, jar: &mut Jar) -> (String, String) {
    let start = app.get("/login", jar).await;
    assert_eq!(start.status, StatusCode::SEE_OTHER);
    let login = app.get(&start.location(), jar).await;
    let flow = login.input("flow").unwrap();
    let csrf = login.input("csrf").unwrap();
    let next = app
        .post_form(
            "/login/identifier",
            &[("flow", &flow), ("csrf", &csrf), ("email", email)],
            jar,
        )
        .await;
    let pw = app.get(&next.location(), jar).await;
    (flow, pw.input("csrf").unwrap())
}

async fn attempt(app: &TestApp, email: &str, password: &str) -> Page {
    let mut jar = Jar::default();
    let (flow, csrf) = to_password(app, email, &mut jar).await;
    app.post_form(
        "/login/password",
        &[
            ("flow", &flow),
            ("csrf", &csrf),
            ("password", password),
            ("method", "password"),
        ],
        &mut jar,
    )
    .await
}

#[tokio::test]
async fn unknown_account_wrong_password_and_locked_account_look_the_same() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    app.user("locked@example.org").await;
    for _ in 0..10 {
        attempt(&app, "locked@example.org", "wrong password number one").await;
    }
    let wrong = attempt(&app, "ada@example.org", "wrong password number one").await;
    let unknown = attempt(&app, "nobody@example.org", "wrong password number one").await;
    let locked = attempt(&app, "locked@example.org", PASSWORD).await;
    for page in [&wrong, &unknown, &locked] {
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
        assert!(page.body.contains("Invalid e-mail address or password"));
    }
    let strip = |p: &Page| {
        p.body
            .lines()
            .filter(|l| {
                !l.contains("name=\"flow\"")
                    && !l.contains("name=\"csrf\"")
                    && !l.contains("Welcome")
                    && !l.contains("?flow=")
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        strip(&wrong),
        strip(&unknown),
        "same page whether or not the account exists"
    );
    assert_eq!(
        strip(&wrong),
        strip(&locked),
        "same page whether or not the account is locked"
    );
}

#[tokio::test]
async fn ten_failures_lock_the_account_for_a_while() {
    for app in backends().await {
        app.user("ada@example.org").await;
        for _ in 0..10 {
            assert_eq!(
                attempt(&app, "ada@example.org", "not the right password")
                    .await
                    .status,
                StatusCode::UNAUTHORIZED
            );
        }
        let refused = attempt(&app, "ada@example.org", PASSWORD).await;
        assert_eq!(
            refused.status,
            StatusCode::UNAUTHORIZED,
            "locked: even the right password fails"
        );
        app.clock.advance(15 * 60 + 1);
        let ok = attempt(&app, "ada@example.org", PASSWORD).await;
        assert_eq!(
            ok.status,
            StatusCode::SEE_OTHER,
            "unlocked after lock_secs on {}: {}",
            app.backend,
            ok.body
        );
        assert_eq!(
            idp::store::audit::count_events(&app.state.db, "account.locked")
                .await
                .unwrap(),
            1
        );
    }
}

#[tokio::test]
async fn at_most_a_hundred_failures_per_day_per_account() {
    let app = TestApp::sqlite_with(|c| {
        c.lockout.max_consecutive_failures = 1000;
        c.lockout.max_failures_per_day = 5;
        c.lockout.ip_failures_per_window = 1000;
    })
    .await;
    app.user("ada@example.org").await;
    for _ in 0..5 {
        attempt(&app, "ada@example.org", "not the right password").await;
    }
    assert_eq!(
        attempt(&app, "ada@example.org", PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
    app.clock.advance(24 * 3600 + 1);
    assert_eq!(
        attempt(&app, "ada@example.org", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn many_failures_from_one_address_get_429_with_retry_after() {
    let app = TestApp::sqlite_with(|c| c.lockout.ip_failures_per_window = 5).await;
    for i in 0..5 {
        attempt(
            &app,
            &format!("user{i}@example.org"),
            "whatever password here",
        )
        .await;
    }
    let throttled = attempt(&app, "other@example.org", "whatever password here").await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: i64 = throttled.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0 && retry <= 15 * 60);
    assert!(throttled.body.contains("try again in"));
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let start = app.get("/login", &mut jar).await;
    let login = app.get(&start.location(), &mut jar).await;
    let flow = login.input("flow").unwrap();
    let forged = app
        .post_form(
            "/login/identifier",
            &[
                ("flow", &flow),
                ("csrf", "forged"),
                ("email", "ada@example.org"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let mut other_browser = Jar::default();
    let csrf = login.input("csrf").unwrap();
    let stolen = app
        .post_form(
            "/login/identifier",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("email", "ada@example.org"),
            ],
            &mut other_browser,
        )
        .await;
    assert_eq!(
        stolen.status,
        StatusCode::FORBIDDEN,
        "a token is bound to its browser"
    );
}

#[tokio::test]
async fn a_remembered_identifier_is_prefilled_and_sign_in_renews_the_session() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let start = app.get("/login", &mut jar).await;
    let login = app.get(&start.location(), &mut jar).await;
    let flow = login.input("flow").unwrap();
    let csrf = login.input("csrf").unwrap();
    let next = app
        .post_form(
            "/login/identifier",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("email", "Ada@Example.org"),
                ("remember", "1"),
            ],
            &mut jar,
        )
        .await;
    let pw = app.get(&next.location(), &mut jar).await;
    assert!(pw.body.contains("ada@example.org"));
    let csrf = pw.input("csrf").unwrap();
    let done = app
        .post_form(
            "/login/password",
            &[("flow", &flow), ("csrf", &csrf), ("password", PASSWORD)],
            &mut jar,
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let first_session = jar.get("idp_session").cloned().unwrap();
    // a new sign-in in the same browser gets a new session cookie
    let again = app.get("/login", &mut jar).await;
    let login = app.get(&again.location(), &mut jar).await;
    assert_eq!(
        login.input("email").as_deref(),
        Some("ada@example.org"),
        "remembered on this device"
    );
    let flow = login.input("flow").unwrap();
    let csrf = login.input("csrf").unwrap();
    app.post_form(
        "/login/identifier",
        &[
            ("flow", &flow),
            ("csrf", &csrf),
            ("email", "ada@example.org"),
        ],
        &mut jar,
    )
    .await;
    let done = app
        .post_form(
            "/login/password",
            &[("flow", &flow), ("csrf", &csrf), ("password", PASSWORD)],
            &mut jar,
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_ne!(
        jar.get("idp_session").unwrap(),
        &first_session,
        "session id renewed at sign-in"
    );
    assert!(jar.get("idp_remember").is_none(), "unticked: forgotten");
}

#[tokio::test]
async fn a_second_factor_not_yet_enrolled_says_where_to_add_it() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let (flow, csrf) = to_password(&app, "ada@example.org", &mut jar).await;
    let page = app
        .post_form(
            "/login/password",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("password", PASSWORD),
                ("method", "sms"),
            ],
            &mut jar,
        )
        .await;
    // The password is checked first; then the user learns the method is not added yet,
    // and where to add it.
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert!(page.location().starts_with("/login/step-up?flow="));
    let choice = app.get(&page.location(), &mut jar).await;
    assert!(
        choice
            .body
            .contains("You have not added this verification method (Mobile + SMS)"),
        "{}",
        choice.body
    );
    assert!(choice.body.contains("&#x2f;account&#x2f;phones"));
}
