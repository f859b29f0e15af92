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

/// The page without what differs by construction: the flow id, the CSRF token and the
/// address typed, which the page repeats.
fn strip(page: &Page, email: &str) -> String {
    page.body
        .lines()
        .filter(|l| {
            !l.contains("name=\"flow\"") && !l.contains("name=\"csrf\"") && !l.contains("?flow=")
        })
        .collect::<Vec<_>>()
        .join("\n")
        .replace(email, "EMAIL")
}

#[tokio::test]
async fn unknown_account_and_wrong_password_look_the_same() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let wrong = attempt(&app, "ada@example.org", "wrong password number one").await;
    let unknown = attempt(&app, "nobody@example.org", "wrong password number one").await;
    for page in [&wrong, &unknown] {
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
        assert!(page.body.contains("Invalid e-mail address or password"));
    }
    assert_eq!(
        strip(&wrong, "ada@example.org"),
        strip(&unknown, "nobody@example.org"),
        "same page whether or not the account exists"
    );
}

/// Finding 1 of the review: the delay after failures was counted for existing accounts
/// only, and a locked account answered differently in time. Now, for every failure history
/// (none, some, locked), an address with an account and one without do the same work: one
/// argon2 verification, the same computed delay, the same outcome.
#[tokio::test]
async fn every_identifier_does_the_same_work_whatever_its_state() {
    use idp::authn::attempts::{verify_password, SignInOutcome};
    use idp::secret::Secret;
    for app in backends_with(|c| {
        c.lockout.delay_step_ms = 200;
        c.lockout.delay_max_ms = 2000;
    })
    .await
    {
        let wrong = Secret::new("not the password at all, sorry");
        let mut results = Vec::new();
        for (history, state) in [(0, "fresh"), (3, "throttled"), (10, "locked")] {
            let mut pair = Vec::new();
            for exists in [true, false] {
                let email = format!("{state}-{exists}@example.org");
                if exists {
                    app.user(&email).await;
                }
                // Each identifier from its own address, so the per-IP count is the same.
                let ip = format!("10.0.{history}.{}", u8::from(exists));
                for _ in 0..history {
                    verify_password(&app.state, &email, &wrong, &ip)
                        .await
                        .unwrap();
                }
                let before = app.state.hasher.verifications();
                let attempt = verify_password(&app.state, &email, &wrong, &ip)
                    .await
                    .unwrap();
                let verifications = app.state.hasher.verifications() - before;
                let outcome = match attempt.outcome {
                    SignInOutcome::Success(_) => "success".to_owned(),
                    SignInOutcome::Failed => "failed".to_owned(),
                    SignInOutcome::Locked { retry_after_secs } => {
                        format!("locked {retry_after_secs}")
                    }
                    SignInOutcome::Throttled { retry_after_secs } => {
                        format!("throttled {retry_after_secs}")
                    }
                };
                pair.push((verifications, attempt.delay, outcome));
            }
            assert_eq!(
                pair[0], pair[1],
                "{state} on {}: account vs no account",
                app.backend
            );
            assert_eq!(pair[0].0, 1, "exactly one argon2 verification ({state})");
            results.push(pair.remove(0));
        }
        assert_eq!(results[0].2, "failed");
        assert_eq!(
            results[0].1.as_millis(),
            200,
            "one failure from this address so far"
        );
        assert_eq!(
            results[1].1.as_millis(),
            800,
            "4 failures: 4 steps of 200 ms"
        );
        assert!(results[2].2.starts_with("locked "), "{:?}", results[2]);
        // Locked means locked: the right password is refused too, after the same work.
        let before = app.state.hasher.verifications();
        let right = verify_password(
            &app.state,
            "locked-true@example.org",
            &Secret::new(PASSWORD),
            "10.0.10.1",
        )
        .await
        .unwrap();
        assert!(matches!(right.outcome, SignInOutcome::Locked { .. }));
        assert_eq!(app.state.hasher.verifications() - before, 1);
    }
}

/// The same, as the browser sees it: status and page bytes, for every state.
#[tokio::test]
async fn every_identifier_gets_the_same_answer_whatever_its_state() {
    for app in backends().await {
        for (history, state) in [(0, "fresh"), (3, "throttled"), (10, "locked")] {
            let mut pages = Vec::new();
            for exists in [true, false] {
                let email = format!("{state}-{exists}@example.org");
                if exists {
                    app.user(&email).await;
                }
                for _ in 0..history {
                    attempt(&app, &email, "not the password at all, sorry").await;
                }
                let page = attempt(&app, &email, "not the password at all, sorry").await;
                pages.push((
                    page.status,
                    strip(&page, &email),
                    page.headers.get("retry-after").cloned(),
                ));
            }
            assert_eq!(pages[0], pages[1], "{state} on {}", app.backend);
        }
    }
}

#[tokio::test]
async fn ten_failures_lock_any_identifier_alike_and_the_owner_is_told() {
    for app in backends().await {
        app.user("ada@example.org").await;
        for email in ["ada@example.org", "nobody@example.org"] {
            for _ in 0..9 {
                assert_eq!(
                    attempt(&app, email, "not the right password").await.status,
                    StatusCode::UNAUTHORIZED
                );
            }
            let tenth = attempt(&app, email, "not the right password").await;
            assert_eq!(
                tenth.status,
                StatusCode::TOO_MANY_REQUESTS,
                "{}",
                tenth.body
            );
            assert!(tenth
                .body
                .contains("Too many failed sign-in attempts with this e-mail address"));
            assert_eq!(tenth.headers["retry-after"], "900");
        }
        let refused = attempt(&app, "ada@example.org", PASSWORD).await;
        assert_eq!(
            refused.status,
            StatusCode::TOO_MANY_REQUESTS,
            "locked: even the right password is refused"
        );
        assert!(refused.body.contains("blocked until"));
        // Only the owner's mailbox learns of it, once, with the way back in.
        let mails: Vec<_> = app
            .outbox()
            .await
            .into_iter()
            .filter(|m| m.subject.contains("too many failed sign-in attempts"))
            .collect();
        assert_eq!(mails.len(), 1, "{mails:?}");
        assert_eq!(mails[0].to, "ada@example.org");
        assert!(
            mails[0]
                .body
                .contains("http://localhost:8080/password/forgot"),
            "{}",
            mails[0].body
        );
        assert_eq!(
            idp::store::audit::count_events(&app.state.db, "account.locked")
                .await
                .unwrap(),
            2,
            "the unknown address is locked too"
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
    }
}

#[tokio::test]
async fn choosing_a_new_password_by_e_mail_ends_the_lock() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    app.clock.advance(24 * 3600 + 1); // FAQ Q4: the password may change again
    for _ in 0..10 {
        attempt(&app, "ada@example.org", "not the right password").await;
    }
    assert_eq!(
        attempt(&app, "ada@example.org", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    let mut jar = Jar::default();
    app.ask_reset("ada@example.org", &mut jar).await;
    let mail = app
        .outbox()
        .await
        .into_iter()
        .rfind(|m| m.subject == "Your EU Login password")
        .unwrap();
    let link = mail
        .body
        .lines()
        .find(|l| l.contains("/password/set?token="))
        .unwrap()
        .trim()
        .to_owned();
    let path = link.trim_start_matches("http://localhost:8080").to_owned();
    let page = app.get(&path, &mut jar).await;
    let csrf = page.input("csrf").unwrap();
    let token = page.input("token").unwrap();
    let new = "a brand new and rather long passphrase";
    let done = app
        .post_form(
            "/password/set",
            &[
                ("csrf", &csrf),
                ("token", &token),
                ("password", new),
                ("password_confirm", new),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(
        attempt(&app, "ada@example.org", new).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn at_most_a_hundred_failures_per_day_per_identifier() {
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
        StatusCode::TOO_MANY_REQUESTS
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
