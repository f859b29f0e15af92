//! My Account (J4): the gear menu's pages, the password's minimum age, sessions, activity
//! and deleting the account ("Delete all my devices" is in `recovery.rs`).

use crate::support::*;
use axum::http::StatusCode;

const NEW_PASSWORD: &str = "a completely different passphrase 77";
const THIRD_PASSWORD: &str = "yet another sentence about lighthouses";

#[tokio::test]
async fn the_gear_menu_lists_every_item_of_my_account() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let hub = app.get("/account", &mut jar).await;
    assert_eq!(hub.status, StatusCode::OK);
    for item in [
        "Change password",
        "Modify my personal data",
        "Delete my account",
        "Manage my mobile devices",
        "Manage my mobile phone numbers",
        "Manage my security keys",
        "Display my sessions",
        "Delete all my devices",
        "Activity",
        "ada@example.org",
        "Logout",
    ] {
        assert!(hub.body.contains(item), "missing {item}");
    }
    let anonymous = app.get("/account", &mut Jar::default()).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.location().starts_with("/login?flow="));
}

async fn change_password(app: &TestApp, jar: &mut Jar, current: &str, new: &str) -> Page {
    let form = app.get("/account/password", jar).await;
    let csrf = form.input("csrf").unwrap();
    app.post_form(
        "/account/password",
        &[
            ("csrf", &csrf),
            ("current", current),
            ("password", new),
            ("confirm", new),
        ],
        jar,
    )
    .await
}

#[tokio::test]
async fn a_password_change_waits_for_the_minimum_age_and_says_how_long() {
    for app in backends_with(|c| c.password.min_age_secs = 3600).await {
        app.user("ada@example.org").await;
        // The first password (set at creation) is no change: it may be changed at once.
        let mut jar = app.signed_in("ada@example.org").await;
        let first = change_password(&app, &mut jar, PASSWORD, NEW_PASSWORD).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
        jar.store(&first);
        let mut other = app
            .signed_in_with_password("ada@example.org", NEW_PASSWORD)
            .await;
        // A change starts the minimum age before the next one.
        app.clock.advance(600);
        let page = app.get("/account/password", &mut jar).await;
        assert!(page.body.contains("50 minutes left"), "{}", page.body);
        let early = change_password(&app, &mut jar, NEW_PASSWORD, THIRD_PASSWORD).await;
        assert_eq!(early.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(early.body.contains("50 minutes left"));

        app.clock.advance(3000);
        let wrong =
            change_password(&app, &mut jar, "not my password at all!!", THIRD_PASSWORD).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert!(
            wrong.body.contains("id=\"current-error\""),
            "beside the current password: {}",
            wrong.body
        );
        let weak = change_password(&app, &mut jar, NEW_PASSWORD, "short").await;
        assert_eq!(weak.status, StatusCode::BAD_REQUEST);
        assert!(weak.body.contains("too short"));
        assert!(
            weak.body.contains("id=\"password-error\""),
            "beside the new password: {}",
            weak.body
        );
        let done = change_password(&app, &mut jar, NEW_PASSWORD, THIRD_PASSWORD).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        jar.store(&done);
        let hub = app.get(&done.location(), &mut jar).await;
        assert_eq!(hub.status, StatusCode::OK, "this browser stays signed in");
        assert!(hub.body.contains("Your password was changed"));
        let gone = app.get("/account", &mut other).await;
        assert_eq!(gone.status, StatusCode::SEE_OTHER, "other sessions end");
        assert!(app.outbox().await.iter().any(|m| m.to == "ada@example.org"
            && m.body
                .contains("password of your EU Login account was changed")));
        // The new password signs in.
        let _ = app
            .signed_in_with_password("ada@example.org", THIRD_PASSWORD)
            .await;
    }
}

#[tokio::test]
async fn personal_data_is_modified_and_bad_input_is_refused() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let form = app.get("/account/details", &mut jar).await;
    let csrf = form.input("csrf").unwrap();
    let bad = app
        .post_form(
            "/account/details",
            &[
                ("csrf", &csrf),
                ("first_name", ""),
                ("last_name", "Byron"),
                ("language", "xx"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("Please enter your first name"));
    let beside = bad
        .body
        .split("id=\"first_name-error\"")
        .nth(1)
        .unwrap_or_default();
    assert!(
        beside.contains("aria-invalid=\"true\""),
        "the message sits beside the first name: {}",
        bad.body
    );
    assert!(bad.body.contains("language from the list"));
    let ok = app
        .post_form(
            "/account/details",
            &[
                ("csrf", &csrf),
                ("first_name", "Augusta"),
                ("last_name", "King"),
                ("language", "fr"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let hub = app.get("/account", &mut jar).await;
    assert!(hub.body.contains("Augusta"));
    assert!(
        hub.body.contains("KING"),
        "the gear menu shows the new name"
    );
    let no_csrf = app
        .post_form(
            "/account/details",
            &[
                ("csrf", "forged"),
                ("first_name", "X"),
                ("last_name", "Y"),
                ("language", "en"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn sessions_are_listed_and_one_can_be_ended() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let mut other = app.signed_in("ada@example.org").await;
        let page = app.get("/account/sessions", &mut jar).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("This session"));
        let sids: Vec<String> = page
            .body
            .split("name=\"sid\" value=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap().to_owned())
            .collect();
        assert_eq!(sids.len(), 2, "{}", page.body);
        // End the other browser's session (the one not marked current comes second or first).
        let current_row = page.body.split("<tr class=\"current\">").nth(1).unwrap();
        let current_sid = current_row
            .split("name=\"sid\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let target = sids.iter().find(|s| *s != current_sid).unwrap();
        let csrf = page.input("csrf").unwrap();
        let ended = app
            .post_form(
                "/account/sessions/end",
                &[("csrf", &csrf), ("sid", target)],
                &mut jar,
            )
            .await;
        assert_eq!(ended.status, StatusCode::SEE_OTHER);
        assert_eq!(
            app.get("/account", &mut other).await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(app.get("/account", &mut jar).await.status, StatusCode::OK);
        let foreign = app
            .post_form(
                "/account/sessions/end",
                &[("csrf", &csrf), ("sid", "not-a-sid")],
                &mut jar,
            )
            .await;
        assert_eq!(foreign.status, StatusCode::BAD_REQUEST);
    }
}

#[tokio::test]
async fn activity_shows_recent_security_events() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let failed = app
        .sign_in_from_login("ada@example.org", "wrong password, surely", &mut jar)
        .await;
    assert_eq!(failed.status, StatusCode::UNAUTHORIZED);
    let mut jar = app.signed_in("ada@example.org").await;
    let page = app.get("/account/activity", &mut jar).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Signed in"), "{}", page.body);
    assert!(page.body.contains("Failed sign-in"));
}

#[tokio::test]
async fn deleting_the_account_needs_confirmation_and_removes_it() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let page = app.get("/account/delete", &mut jar).await;
        assert_eq!(page.status, StatusCode::OK);
        let csrf = page.input("csrf").unwrap();
        let unconfirmed = app
            .post_form("/account/delete", &[("csrf", &csrf)], &mut jar)
            .await;
        assert_eq!(unconfirmed.status, StatusCode::BAD_REQUEST);
        let done = app
            .post_form(
                "/account/delete",
                &[("csrf", &csrf), ("confirm", "yes")],
                &mut jar,
            )
            .await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        assert!(done.body.contains("Your account was deleted"));
        assert!(
            idp::store::users::find_by_email(&app.state.db, "ada@example.org")
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(
            app.get("/account", &mut jar).await.status,
            StatusCode::SEE_OTHER
        );
    }
}
