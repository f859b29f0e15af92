//! "Delete all my devices" (the FAQ's new phone) and the account recovery behind it: with a
//! second factor at hand everything goes at once; with the password alone, only after an
//! e-mail link and a waiting period the owner is told about and can cancel (finding 10 of
//! the security review: the password alone removed every second factor).

use crate::support::*;
use axum::http::StatusCode;

const DELETE_ALL: &str = "/account/devices/delete-all";

async fn devices_of(app: &TestApp, user_id: &str) -> usize {
    idp::store::devices::enrolled(&app.state.db, user_id)
        .await
        .unwrap()
        .len()
}

async fn phones_of(app: &TestApp, user_id: &str) -> usize {
    idp::store::phones::verified(&app.state.db, user_id)
        .await
        .unwrap()
        .len()
}

/// A user with a mobile device and a confirmed phone number, signed in with the password.
async fn user_with_factors(app: &TestApp) -> (String, Jar) {
    let id = app.user("ada@example.org").await;
    insert_device(app, &id, "old-phone").await;
    idp::cli::user::add_confirmed_phone(&app.state, &id, "+32470123456")
        .await
        .unwrap();
    (id, app.signed_in("ada@example.org").await)
}

async fn link_in(app: &TestApp, subject: &str) -> String {
    let mail = app
        .outbox()
        .await
        .into_iter()
        .rfind(|m| m.subject == subject)
        .unwrap_or_else(|| panic!("no mail {subject:?}"));
    let start = mail.body.find(ISSUER).expect("a link");
    let rest = &mail.body[start..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest[..end].trim_start_matches(ISSUER).to_owned()
}

const LINK_MAIL: &str = "EU Login: confirm the removal of your verification methods";
const STARTED_MAIL: &str = "EU Login: your verification methods will be removed";

/// Asks for the recovery link from "Delete all my devices" and confirms with it.
async fn start_and_confirm(app: &TestApp, jar: &mut Jar) -> Page {
    let page = app.get(DELETE_ALL, jar).await;
    let csrf = page.input("csrf").unwrap();
    let sent = app
        .post_form("/account/recovery/start", &[("csrf", &csrf)], jar)
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    assert!(sent.body.contains("Please check your e-mail"));
    let mut mailbox = Jar::default(); // the link may be opened in another browser
    let confirm = app.get(&link_in(app, LINK_MAIL).await, &mut mailbox).await;
    assert_eq!(confirm.status, StatusCode::OK, "{}", confirm.body);
    app.post_form(
        "/account/recovery/confirm",
        &[
            ("csrf", &confirm.input("csrf").unwrap()),
            ("token", &confirm.input("token").unwrap()),
        ],
        &mut mailbox,
    )
    .await
}

#[tokio::test]
async fn the_password_alone_does_not_remove_the_factors() {
    for app in backends().await {
        let (id, mut jar) = user_with_factors(&app).await;
        let page = app.get(DELETE_ALL, &mut jar).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("id=\"delete-devices-form\""),
            "{}",
            page.body
        );
        assert!(page.body.contains("id=\"recovery-start-form\""));
        assert!(page.body.contains("id=\"delete-devices-reauth\""));
        let csrf = page.input("csrf").unwrap();
        let done = app
            .post_form(DELETE_ALL, &[("csrf", &csrf), ("confirm", "yes")], &mut jar)
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        assert!(
            done.location().starts_with("/login?flow="),
            "{}",
            done.location()
        );
        assert_eq!(devices_of(&app, &id).await, 1, "{}", app.backend);
        // And the same session cannot add its own device either.
        let add = app.get("/account/devices/add", &mut jar).await;
        assert_eq!(add.status, StatusCode::SEE_OTHER);
        assert!(add.location().starts_with("/login?flow="));
    }
}

#[tokio::test]
async fn with_a_second_factor_every_device_goes_at_once() {
    for app in backends().await {
        let (id, mut jar) = user_with_factors(&app).await;
        let page = app.get(DELETE_ALL, &mut jar).await;
        let reauth = page
            .body
            .split("id=\"delete-devices-reauth\"")
            .next()
            .and_then(|before| before.rsplit("href=\"").next())
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .replace("&#x2f;", "/")
            .replace("&#x3d;", "=")
            .replace("&amp;", "&");
        let after_password = app
            .sign_in_with(&reauth, "ada@example.org", "sms", &mut jar)
            .await;
        assert_eq!(
            after_password.status,
            StatusCode::SEE_OTHER,
            "{}",
            after_password.body
        );
        let flow = flow_of(&after_password.location());
        let sent = send_sms(&app, &flow, &mut jar).await;
        let code_page = app.get(&sent.location(), &mut jar).await;
        let done = app
            .post_form(
                "/login/sms/code",
                &[
                    ("csrf", &code_page.input("csrf").unwrap()),
                    ("flow", &flow),
                    ("code", &last_code(&app, "+32470123456").await),
                ],
                &mut jar,
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(done.location(), DELETE_ALL);
        let page = app.get(DELETE_ALL, &mut jar).await;
        assert!(
            page.body.contains("id=\"delete-devices-form\""),
            "{}",
            page.body
        );
        let deleted = app
            .post_form(
                DELETE_ALL,
                &[("csrf", &page.input("csrf").unwrap()), ("confirm", "yes")],
                &mut jar,
            )
            .await;
        assert_eq!(deleted.status, StatusCode::SEE_OTHER);
        assert_eq!(deleted.location(), "/account?notice=devices");
        assert_eq!(devices_of(&app, &id).await, 0);
        assert_eq!(phones_of(&app, &id).await, 1, "phone numbers are kept");
        assert!(app.outbox().await.iter().any(|m| m
            .body
            .contains("All the devices of your EU Login account were deleted")));
    }
}

#[tokio::test]
async fn a_recovery_takes_an_e_mail_link_and_a_waiting_period() {
    for app in backends().await {
        let (id, mut jar) = user_with_factors(&app).await;
        let started = start_and_confirm(&app, &mut jar).await;
        assert_eq!(started.status, StatusCode::OK, "{}", started.body);
        assert!(started.body.contains("will be removed on"));
        let told = app
            .outbox()
            .await
            .into_iter()
            .rfind(|m| m.subject == STARTED_MAIL)
            .expect("the owner is told at once");
        assert!(told.body.contains("/account/recovery/cancel?token="));
        // During the waiting period nothing is removed, and the page says when it will be.
        app.clock.advance(24 * 3600 - 10);
        let mut fresh = app.signed_in("ada@example.org").await;
        let page = app.get(DELETE_ALL, &mut fresh).await;
        assert!(
            page.body.contains("id=\"recovery-pending\""),
            "{}",
            page.body
        );
        assert_eq!(devices_of(&app, &id).await, 1);
        assert_eq!(phones_of(&app, &id).await, 1);
        app.clock.advance(11);
        app.get("/account", &mut fresh).await;
        assert_eq!(devices_of(&app, &id).await, 0, "{}", app.backend);
        assert_eq!(phones_of(&app, &id).await, 0);
        assert!(app
            .outbox()
            .await
            .iter()
            .any(|m| m.subject == "EU Login: your verification methods were removed"));
        // Carried out once, whoever runs it again.
        assert_eq!(
            idp::account::recovery::complete_due(&app.state)
                .await
                .unwrap(),
            0
        );
        // Now the password session may add the new phone's app, as the FAQ says.
        let add = app.get("/account/devices/add", &mut fresh).await;
        assert_eq!(add.status, StatusCode::OK);
        let _ = jar;
    }
}

#[tokio::test]
async fn the_owner_cancels_a_recovery_with_the_link_or_in_my_account() {
    for app in backends().await {
        let (id, mut jar) = user_with_factors(&app).await;
        start_and_confirm(&app, &mut jar).await;
        let mut owner = Jar::default();
        let cancel = app
            .get(&link_in(&app, STARTED_MAIL).await, &mut owner)
            .await;
        assert_eq!(cancel.status, StatusCode::OK, "{}", cancel.body);
        let done = app
            .post_form(
                "/account/recovery/cancel",
                &[
                    ("csrf", &cancel.input("csrf").unwrap()),
                    ("token", &cancel.input("token").unwrap()),
                ],
                &mut owner,
            )
            .await;
        assert!(done.body.contains("Removal cancelled"), "{}", done.body);
        assert!(app
            .outbox()
            .await
            .iter()
            .any(|m| m.subject.contains("was cancelled")));
        app.clock.advance(24 * 3600 + 1);
        assert_eq!(
            idp::account::recovery::complete_due(&app.state)
                .await
                .unwrap(),
            0
        );
        assert_eq!(devices_of(&app, &id).await, 1);

        // Again, cancelled from "Delete all my devices" this time.
        let mut jar = app.signed_in("ada@example.org").await;
        start_and_confirm(&app, &mut jar).await;
        let page = app.get(DELETE_ALL, &mut jar).await;
        let done = app
            .post_form(
                "/account/recovery/cancel",
                &[("csrf", &page.input("csrf").unwrap())],
                &mut jar,
            )
            .await;
        assert!(done.body.contains("Removal cancelled"), "{}", done.body);
        app.clock.advance(24 * 3600 + 1);
        app.get("/account", &mut jar).await;
        assert_eq!(devices_of(&app, &id).await, 1, "{}", app.backend);
    }
}

#[tokio::test]
async fn a_recovery_link_works_once_and_a_newer_one_voids_it() {
    let app = TestApp::sqlite().await;
    let (_, mut jar) = user_with_factors(&app).await;
    let page = app.get(DELETE_ALL, &mut jar).await;
    let csrf = page.input("csrf").unwrap();
    app.post_form("/account/recovery/start", &[("csrf", &csrf)], &mut jar)
        .await;
    let first = link_in(&app, LINK_MAIL).await;
    let paced = app
        .post_form("/account/recovery/start", &[("csrf", &csrf)], &mut jar)
        .await;
    assert_eq!(
        paced.status,
        StatusCode::TOO_MANY_REQUESTS,
        "paced per address"
    );
    app.clock.advance(61);
    app.post_form("/account/recovery/start", &[("csrf", &csrf)], &mut jar)
        .await;
    let second = link_in(&app, LINK_MAIL).await;
    assert_ne!(first, second);
    let mut other = Jar::default();
    let old = app.get(&first, &mut other).await;
    assert_eq!(old.status, StatusCode::BAD_REQUEST);
    assert!(old.body.contains("no longer valid"));
    let confirm = app.get(&second, &mut other).await;
    let form = [
        ("csrf", confirm.input("csrf").unwrap()),
        ("token", confirm.input("token").unwrap()),
    ];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let ok = app
        .post_form("/account/recovery/confirm", &form, &mut other)
        .await;
    assert_eq!(ok.status, StatusCode::OK);
    let again = app
        .post_form("/account/recovery/confirm", &form, &mut other)
        .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "single use");
}
