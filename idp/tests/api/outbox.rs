//! The outbox (issue 17): e-mail and SMS are written with what caused them and delivered by
//! the worker, which tries again while the server is down, gives up a refusal for good, and
//! never sends one message twice from two nodes. Each test runs the worker's rounds itself
//! (`deliver_outbox`) at the test clock's time, so retries are deterministic.

use crate::accounts::register;
use crate::support::*;
use axum::http::StatusCode;
use e2e::SmtpServer;
use idp::mail::outbox::{self, About};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

#[tokio::test]
async fn a_registration_while_the_mail_server_is_down_gets_its_mail_once_when_it_is_back() {
    let mut smtp = SmtpServer::stopped().unwrap();
    for app in backends_with(|c| {
        c.smtp.url = Some(smtp.url());
        c.outbox.retry_base_secs = 5;
    })
    .await
    {
        smtp.stop();
        let before = smtp.messages().len();
        // The server is down: the page still says the mail is on its way, and nothing is lost.
        let page = register(&app, "francesco@example.org", &mut Jar::default()).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("is on its way"), "{}", page.body);
        assert_eq!(app.deliver_outbox().await, 1);
        let waiting = app.outbox().await;
        assert_eq!(waiting.len(), 1);
        assert_eq!(
            (waiting[0].state.as_str(), waiting[0].attempts),
            ("waiting", 1)
        );
        assert!(waiting[0].body.contains("/password/set?token="));
        let files = || {
            std::fs::read_dir(app.state.config.outbox_dir())
                .map(|d| d.count())
                .unwrap_or(0)
        };
        assert_eq!(files(), 0, "the dev copy is written on delivery");

        // Back up: not before the retry is due, then exactly once.
        smtp.start().await.unwrap();
        assert_eq!(app.deliver_outbox().await, 0, "not due yet");
        app.clock.advance(5);
        assert_eq!(app.deliver_outbox().await, 1);
        let mails = smtp.messages()[before..].to_vec();
        assert_eq!(mails.len(), 1);
        assert!(
            mails[0].contains("To: francesco@example.org"),
            "{}",
            mails[0]
        );
        app.clock.advance(3600);
        assert_eq!(app.deliver_outbox().await, 0);
        assert_eq!(smtp.messages().len(), before + 1, "delivered once");
        assert_eq!(app.outbox().await[0].state, "sent");
        assert_eq!(files(), 1);
    }
}

#[tokio::test]
async fn a_mail_the_server_refuses_for_good_is_given_up_audited_and_offered_again() {
    let smtp = SmtpServer::running().await.unwrap();
    for app in backends_with(|c| c.smtp.url = Some(smtp.url())).await {
        smtp.refuse_recipients(true);
        let before = smtp.messages().len();
        let user_id = app.user("ada@example.org").await;
        let user = idp::store::users::find(&app.state.db, &user_id)
            .await
            .unwrap()
            .unwrap();
        let message = idp::mail::messages::account_changed(
            idp::i18n::ENGLISH,
            "EU Login",
            &user,
            &idp::mail::messages::Change::PasswordChanged,
        );
        let about = About::user("account_changed", &user_id);
        outbox::email(&app.state, &app.state.db, &user.email, &message, about)
            .await
            .unwrap();
        assert_eq!(app.deliver_outbox().await, 1);
        let failed = app.outbox().await;
        assert_eq!(failed[0].state, "failed", "a 550 is not retried");
        assert!(failed[0].last_error.as_deref().unwrap().contains("550"));
        app.clock.advance(24 * 3600);
        assert_eq!(app.deliver_outbox().await, 0, "not retried forever");
        let audit = idp::store::audit::recent_for_user(&app.state.db, &user_id, 10)
            .await
            .unwrap();
        assert!(
            audit.iter().any(|e| e.event == "outbox.undelivered"),
            "audited: {audit:?}"
        );

        // The user's next visit to My Account offers to send it again.
        let mut jar = app.signed_in("ada@example.org").await;
        let hub = app.get("/account", &mut jar).await;
        assert!(hub.body.contains("id=\"undelivered\""), "{}", hub.body);
        assert!(hub.body.contains(&message.subject), "{}", hub.body);
        let activity = app.get("/account/activity", &mut jar).await;
        assert!(activity
            .body
            .contains("E-mail or text message not delivered"));
        smtp.refuse_recipients(false);
        let again = app
            .post_form(
                "/account/undelivered/send-again",
                &[
                    ("csrf", &hub.input("csrf").unwrap()),
                    ("message", &hub.input("message").unwrap()),
                ],
                &mut jar,
            )
            .await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
        assert_eq!(again.location(), "/account?notice=sent-again");
        assert_eq!(app.deliver_outbox().await, 1);
        assert_eq!(
            smtp.messages().len(),
            before + 1,
            "delivered after the user asked"
        );
        let hub = app.get("/account", &mut jar).await;
        assert!(!hub.body.contains("id=\"undelivered\""));

        // Another account's message cannot be sent again by this one.
        let other = app
            .post_form(
                "/account/undelivered/send-again",
                &[("csrf", &hub.input("csrf").unwrap()), ("message", "nope")],
                &mut jar,
            )
            .await;
        assert_eq!(other.status, StatusCode::BAD_REQUEST);
    }
}

/// An SMS gateway on loopback answering each request with the status in `status`, counting
/// requests.
async fn gateway(status: Arc<AtomicU16>, calls: Arc<Mutex<Vec<String>>>) -> String {
    use axum::{routing::post, Json, Router};
    let router = Router::new().route(
        "/send",
        post(move |Json(body): Json<serde_json::Value>| {
            let (status, calls) = (status.clone(), calls.clone());
            async move {
                calls
                    .lock()
                    .unwrap()
                    .push(body["text"].as_str().unwrap_or("").to_owned());
                StatusCode::from_u16(status.load(Ordering::SeqCst)).unwrap()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    format!("http://{addr}/send")
}

#[tokio::test]
async fn an_sms_the_gateway_fails_with_500_arrives_on_the_next_try() {
    let status = Arc::new(AtomicU16::new(500));
    let calls = Arc::default();
    let url = gateway(status.clone(), Arc::clone(&calls)).await;
    let app = TestApp::sqlite_with(|c| {
        c.sms.gateway_url = Some(url.clone());
        c.outbox.retry_base_secs = 5;
    })
    .await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let sent = post_phone(&app, &mut jar, "+32 470 12 34 56").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(app.deliver_outbox().await, 1);
    assert_eq!(app.outbox().await[0].state, "waiting");
    status.store(202, Ordering::SeqCst);
    app.clock.advance(5);
    assert_eq!(app.deliver_outbox().await, 1);
    assert_eq!(
        calls.lock().unwrap().len(),
        2,
        "one failed try, one delivery"
    );
    let code = code_in(&calls.lock().unwrap()[1]);
    let done = finalise_phone(&app, &mut jar, &sent, &code).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert!(app
        .get("/account/phones", &mut jar)
        .await
        .body
        .contains("+32470123456"));
}

#[tokio::test]
async fn an_sms_the_gateway_refuses_is_shown_as_not_delivered_on_the_code_page() {
    let status = Arc::new(AtomicU16::new(202));
    let calls = Arc::default();
    let url = gateway(status.clone(), calls).await;
    let app = TestApp::sqlite_with(|c| c.sms.gateway_url = Some(url.clone())).await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let sent = post_phone(&app, &mut jar, "+32 470 12 34 56").await;
    app.deliver_outbox().await;
    let code = last_code(&app, "+32470123456").await;
    let added = finalise_phone(&app, &mut jar, &sent, &code).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);

    // Now the gateway refuses the number for good (400): the sign-in's code page says so.
    status.store(400, Ordering::SeqCst);
    let (client, _) = medium_client(&app).await;
    let mut fresh = Jar::default();
    let start = app
        .get(
            &format!("/authorize?{}", auth_query(&client, "")),
            &mut fresh,
        )
        .await;
    let login = app
        .sign_in_with(&start.location(), "ada@example.org", "sms", &mut fresh)
        .await;
    let flow = flow_of(&login.location());
    let sent = send_sms(&app, &flow, &mut fresh).await;
    app.deliver_outbox().await;
    let last = app
        .outbox()
        .await
        .into_iter()
        .rfind(|m| m.channel == "sms")
        .unwrap();
    assert_eq!(last.state, "failed", "a 400 is a refusal for good");
    let page = app.get(&sent.location(), &mut fresh).await;
    assert!(
        !page.body.contains("was texted to your"),
        "not said to be on its way: {}",
        page.body
    );
    assert!(
        page.body.contains("could not be delivered to this number"),
        "{}",
        page.body
    );
    let csrf = page.input("csrf").unwrap();
    let typed = app
        .post_form(
            "/login/sms/code",
            &[("csrf", &csrf), ("flow", &flow), ("code", "AAAA-BBBB")],
            &mut fresh,
        )
        .await;
    assert_eq!(typed.status, StatusCode::BAD_REQUEST);
    assert!(typed.body.contains("could not be delivered to this number"));
}

#[tokio::test]
async fn two_nodes_deliver_each_message_exactly_once() {
    let smtp = SmtpServer::running().await.unwrap();
    for app in backends_with(|c| c.smtp.url = Some(smtp.url())).await {
        let before = smtp.messages().len();
        let other = idp::AppState::build(
            (*app.state.config).clone(),
            app.state.db.clone(),
            Arc::new(app.clock.clone()),
            keys::MasterKey::generate(),
        )
        .await
        .unwrap();
        for n in 0..12 {
            let message = idp::mail::Message {
                subject: format!("message {n}"),
                body: "text".into(),
                locale: idp::i18n::ENGLISH,
            };
            let to = format!("user{n}@example.org");
            outbox::email(
                &app.state,
                &app.state.db,
                &to,
                &message,
                About::to_address("test", None),
            )
            .await
            .unwrap();
        }
        let (a, b) = tokio::join!(
            outbox::deliver_due(&app.state, None),
            outbox::deliver_due(&other, None)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 12, "each message attempted once");
        let received = smtp.messages();
        assert_eq!(received.len() - before, 12);
        let subjects: std::collections::BTreeSet<String> = received[before..]
            .iter()
            .filter_map(|m| {
                m.lines()
                    .find(|l| l.starts_with("Subject: "))
                    .map(str::to_owned)
            })
            .collect();
        assert_eq!(subjects.len(), 12, "no message twice");
    }
}
