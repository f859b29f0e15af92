//! Mobile + SMS (J5, J6), step-up (SPEC section 2) and the SMS limits of section 5, through
//! the real router; SMS codes are read from the dev outbox or a local SMS gateway.

use crate::support::*;
use axum::http::StatusCode;

async fn sms_count(app: &TestApp, to: &str) -> usize {
    app.outbox()
        .await
        .iter()
        .filter(|m| m.channel == "sms" && m.to == to)
        .count()
}

/// Adds and confirms a phone number from My Account; returns the finalise response.
async fn add_phone(app: &TestApp, jar: &mut Jar, typed: &str, e164: &str) -> Page {
    let form = app.get("/account/phones/add", jar).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let csrf = form.input("csrf").unwrap();
    let sent = app
        .post_form(
            "/account/phones/add",
            &[("csrf", &csrf), ("phone", typed)],
            jar,
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let finalise = app.get(&sent.location(), jar).await;
    assert!(finalise.body.contains(e164), "{}", finalise.body);
    assert!(finalise.body.contains("It might take up to 8 minutes"));
    let phone = finalise.input("phone").unwrap();
    let csrf = finalise.input("csrf").unwrap();
    // Any case, without the hyphen.
    let code = last_code(app, e164).await.replace('-', "").to_lowercase();
    app.post_form(
        "/account/phones/finalise",
        &[("csrf", &csrf), ("phone", &phone), ("code", &code)],
        jar,
    )
    .await
}

#[tokio::test]
async fn a_phone_number_in_any_spelling_is_added_after_the_sms_challenge() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let bad = app.get("/account/phones/add", &mut jar).await;
        let csrf = bad.input("csrf").unwrap();
        let refused = app
            .post_form(
                "/account/phones/add",
                &[("csrf", &csrf), ("phone", "0470 12 34 56")],
                &mut jar,
            )
            .await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        assert!(
            refused.body.contains("+32 470 12 34 56"),
            "the error shows an example"
        );
        assert_eq!(sms_count(&app, "+32470123456").await, 0);

        let done = add_phone(&app, &mut jar, "0032 470 12 34 56", "+32470123456").await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        let list = app.get(&done.location(), &mut jar).await;
        assert!(
            list.body
                .contains("Your mobile phone number +32470123456 was added successfully."),
            "{}",
            list.body
        );
        let sms = app
            .outbox()
            .await
            .into_iter()
            .rfind(|m| m.channel == "sms")
            .unwrap();
        let code = code_in(&sms.body);
        assert!(code
            .chars()
            .all(|c| c == '-' || "ABCDEFGHJKMNPQRSTUVWXYZ23456789".contains(c)));
        // The owner is told by e-mail.
        assert!(app
            .outbox()
            .await
            .iter()
            .any(|m| m.channel == "email" && m.body.contains("+32470123456 was added")));
    }
}

#[tokio::test]
async fn a_basic_session_steps_up_with_an_sms_code_only() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let client = medium_client(&app).await;
        let mut jar = app.signed_in("ada@example.org").await;
        add_phone(&app, &mut jar, "+32 470 12 34 56", "+32470123456").await;
        app.clock.advance(30);
        // A fresh basic session from another browser, then the medium client.
        let mut jar = app.signed_in("ada@example.org").await;
        let basic_at = app.state.now();
        app.clock.advance(60);
        let (choice, verifier, flow) = to_step_up(&app, &client.0, &mut jar).await;
        assert_eq!(choice.status, StatusCode::OK, "{}", choice.body);
        assert!(choice.body.contains("Mobile + SMS"));
        assert!(choice.body.contains("/login/sms?flow="));
        assert!(
            !choice.body.contains("name=\"password\""),
            "no password again"
        );
        let q = sms_sign_in(&app, &flow, "+32470123456", &mut jar).await;
        let tokens = exchange(&app, &client, &q["code"], &verifier).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
        let id = jwt_claims(tokens.json()["id_token"].as_str().unwrap());
        assert_eq!(id["acr"], format!("{ISSUER}/loa/medium"));
        assert_eq!(id["amr"], serde_json::json!(["pwd", "sms", "mfa"]));
        assert!(
            id["auth_time"].as_i64().unwrap() > basic_at,
            "auth_time is the step-up"
        );
        let access = tokens.json()["access_token"].as_str().unwrap().to_owned();
        let info = introspect(&app, &client, &access).await;
        assert_eq!(info["acr"], id["acr"]);
        assert_eq!(info["amr"], id["amr"]);
    }
}

#[tokio::test]
async fn five_wrong_codes_void_the_challenge_and_a_new_code_replaces_the_old() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let client = medium_client(&app).await;
    let mut jar = app.signed_in("ada@example.org").await;
    add_phone(&app, &mut jar, "+32 470 12 34 56", "+32470123456").await;
    let (_, _, flow) = to_step_up(&app, &client.0, &mut jar).await;
    let send = |jar: &mut Jar| {
        let app = &app;
        let flow = flow.clone();
        let mut jar2 = std::mem::take(jar);
        async move {
            let sent = send_sms(app, &flow, &mut jar2).await;
            (sent, jar2)
        }
    };
    let (sent, j) = send(&mut jar).await;
    jar = j;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let first = last_code(&app, "+32470123456").await;
    app.clock.advance(61); // the minimum interval between two codes to one number
    let (_, j) = send(&mut jar).await;
    jar = j;
    let second = last_code(&app, "+32470123456").await;
    let page = app
        .get(&format!("/login/sms/code?flow={flow}"), &mut jar)
        .await;
    let csrf = page.input("csrf").unwrap();
    let try_code = |code: String, jar: &mut Jar| {
        let app = &app;
        let flow = flow.clone();
        let csrf = csrf.clone();
        let mut jar2 = std::mem::take(jar);
        async move {
            let p = app
                .post_form(
                    "/login/sms/code",
                    &[("csrf", &csrf), ("flow", &flow), ("code", &code)],
                    &mut jar2,
                )
                .await;
            (p, jar2)
        }
    };
    if first != second {
        let (old, j) = try_code(first, &mut jar).await;
        jar = j;
        assert_eq!(
            old.status,
            StatusCode::UNAUTHORIZED,
            "the replaced code no longer works"
        );
    }
    let mut last = None;
    for _ in 0..5 {
        let (p, j) = try_code("ZZZZ-ZZZZ".into(), &mut jar).await;
        jar = j;
        last = Some(p);
    }
    let last = last.unwrap();
    assert!(last.body.contains("no longer valid"), "{}", last.body);
    let (right, _) = try_code(second, &mut jar).await;
    assert_eq!(
        right.status,
        StatusCode::BAD_REQUEST,
        "the voided challenge stays dead"
    );
    assert!(right.body.contains("no longer valid"));
}

#[tokio::test]
async fn sms_sends_are_limited_per_number_per_hour() {
    let app = TestApp::sqlite_with(|c| c.sms.per_number_per_hour = 3).await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let mut statuses = Vec::new();
    for _ in 0..4 {
        app.clock.advance(61); // past the minimum interval: the hourly cap is what counts
        let form = app.get("/account/phones/add", &mut jar).await;
        let csrf = form.input("csrf").unwrap();
        let sent = app
            .post_form(
                "/account/phones/add",
                &[("csrf", &csrf), ("phone", "+32 470 12 34 56")],
                &mut jar,
            )
            .await;
        statuses.push(sent.status);
        if sent.status == StatusCode::TOO_MANY_REQUESTS {
            assert!(sent.headers.contains_key("retry-after"));
            assert!(sent.body.contains("minute"));
        }
    }
    assert_eq!(
        statuses,
        [
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
    assert_eq!(sms_count(&app, "+32470123456").await, 3);
    app.clock.advance(3601);
    let form = app.get("/account/phones/add", &mut jar).await;
    // The session's password is now older than the re-authentication window.
    assert_eq!(form.status, StatusCode::SEE_OTHER);
}

/// Finding 4 of the review: "Send a new code" sent 5 SMS within one second. Now a number
/// gets at most one code of a kind per minute, bursts included, and the page says when the
/// next one can be asked for.
#[tokio::test]
async fn sms_are_paced_per_number_even_in_a_burst() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let client = medium_client(&app).await;
        let mut jar = app.signed_in("ada@example.org").await;
        add_phone(&app, &mut jar, "+32 470 12 34 56", "+32470123456").await;
        let (_, _, flow) = to_step_up(&app, &client.0, &mut jar).await;
        let (csrf, phone) = sms_form(&app, &flow, &mut jar).await;
        let form = [
            ("csrf", csrf.as_str()),
            ("flow", flow.as_str()),
            ("phone", phone.as_str()),
        ];
        let cookie = jar.header();
        let burst = (0..5).map(|_| {
            let body = serde_urlencoded::to_string(form).unwrap();
            let request = axum::http::Request::post("/login/sms")
                .header("cookie", cookie.clone())
                .header("content-type", "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(body))
                .unwrap();
            app.send(request)
        });
        let pages = futures::future::join_all(burst).await;
        let sent = pages
            .iter()
            .filter(|p| p.status == StatusCode::SEE_OTHER)
            .count();
        let paced = pages
            .iter()
            .filter(|p| p.status == StatusCode::TOO_MANY_REQUESTS)
            .collect::<Vec<_>>();
        assert_eq!((sent, paced.len()), (1, 4), "{}", app.backend);
        assert_eq!(
            sms_count(&app, "+32470123456").await,
            2,
            "the enrolment code and one sign-in code"
        );
        assert!(
            paced[0]
                .body
                .contains("You can ask for a new code in 1 minute"),
            "{}",
            paced[0].body
        );
        assert_eq!(paced[0].headers["retry-after"], "60");
        // The code page says when the next code can be asked for, instead of a link.
        let location = pages
            .iter()
            .find(|p| p.status == StatusCode::SEE_OTHER)
            .unwrap()
            .location();
        let code_page = app.get(&location, &mut jar).await;
        assert!(
            code_page
                .body
                .contains("you can ask for a new one in 1 minute"),
            "{}",
            code_page.body
        );
        app.clock.advance(61);
        let code_page = app.get(&location, &mut jar).await;
        assert!(code_page.body.contains("Send a new code"));
    }
}

/// One new account per number, all from the same source address, each adding its number:
/// the status of each "send the code".
async fn add_numbers(app: &TestApp, numbers: &[&str]) -> Vec<StatusCode> {
    let mut sent = Vec::new();
    for (i, number) in numbers.iter().enumerate() {
        let email = format!("user{i}@example.org");
        app.user(&email).await;
        let mut jar = app.signed_in(&email).await;
        let form = app.get("/account/phones/add", &mut jar).await;
        let csrf = form.input("csrf").unwrap();
        let page = app
            .post_form(
                "/account/phones/add",
                &[("csrf", &csrf), ("phone", number)],
                &mut jar,
            )
            .await;
        sent.push(page.status);
    }
    sent
}

#[tokio::test]
async fn sms_are_capped_per_source_address_and_for_the_deployment() {
    let app = TestApp::sqlite_with(|c| c.pacing.sms_per_ip_per_hour = 2).await;
    let numbers = ["+32 470 12 34 81", "+32 470 12 34 82", "+32 470 12 34 83"];
    assert_eq!(
        add_numbers(&app, &numbers).await,
        [
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::TOO_MANY_REQUESTS
        ],
        "three accounts and numbers, one source address"
    );
    let app = TestApp::sqlite_with(|c| c.pacing.sms_global_per_hour = 1).await;
    assert_eq!(
        add_numbers(&app, &numbers[..2]).await,
        [StatusCode::SEE_OTHER, StatusCode::TOO_MANY_REQUESTS]
    );
}

#[tokio::test]
async fn adding_a_second_phone_requires_signing_in_with_the_first() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    add_phone(&app, &mut jar, "+32 470 12 34 56", "+32470123456").await;
    // Right after adding it, the session proves only the password.
    let again = app.get("/account/phones/add", &mut jar).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(again.location().starts_with("/login?flow="));
    let login = app.get(&again.location(), &mut jar).await;
    assert!(
        login.body.contains("ada@example.org"),
        "the identifier is pre-filled"
    );
    let done = app
        .sign_in_with(&again.location(), "ada@example.org", "sms", &mut jar)
        .await;
    assert!(
        done.location().starts_with("/login/sms?flow="),
        "{}",
        done.location()
    );
    let flow = flow_of(&done.location());
    let sent = send_sms(&app, &flow, &mut jar).await;
    let code = last_code(&app, "+32470123456").await;
    let page = app.get(&sent.location(), &mut jar).await;
    let csrf = page.input("csrf").unwrap();
    let back = app
        .post_form(
            "/login/sms/code",
            &[("csrf", &csrf), ("flow", &flow), ("code", &code)],
            &mut jar,
        )
        .await;
    assert_eq!(
        back.location(),
        "/account/phones/add",
        "back where the user was"
    );
    let form = app.get("/account/phones/add", &mut jar).await;
    assert_eq!(form.status, StatusCode::OK);
}

#[tokio::test]
async fn sms_can_be_switched_off_globally_and_per_client() {
    let off = TestApp::sqlite_with(|c| c.sms.enabled = false).await;
    off.user("ada@example.org").await;
    let mut jar = off.signed_in("ada@example.org").await;
    let add = off.get("/account/phones/add", &mut jar).await;
    assert_eq!(add.status, StatusCode::BAD_REQUEST);
    let client = medium_client(&off).await;
    let q = auth_query(&client.0, "&prompt=login");
    let q = q.split("&_verifier=").next().unwrap().to_owned();
    let first = off.get(&format!("/authorize?{q}"), &mut jar).await;
    let login = off.get(&first.location(), &mut jar).await;
    let csrf = login.input("csrf").unwrap();
    let flow = login.input("flow").unwrap();
    let pw = off
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
    let pw = off.get(&pw.location(), &mut jar).await;
    assert!(!pw.body.contains("Mobile + SMS"), "SMS is not offered");

    // Per client: a client that accepts only the app does not take an SMS step-up.
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    add_phone(&app, &mut jar, "+32 470 12 34 56", "+32470123456").await;
    let strict = app
        .client(|c| {
            c.minimum_acr = Some(Acr::Medium);
            c.allowed_methods = vec![Method::AppPin, Method::Webauthn];
        })
        .await;
    let q = auth_query(&strict.0, "");
    let q = q.split("&_verifier=").next().unwrap().to_owned();
    let first = app.get(&format!("/authorize?{q}"), &mut jar).await;
    assert!(
        !first.location().starts_with("/login/step-up"),
        "no accepted method is enrolled"
    );
    assert_eq!(first.status, StatusCode::FORBIDDEN, "{}", first.body);
}

#[tokio::test]
async fn a_medium_session_expires_sooner_than_the_password_session() {
    let app = TestApp::sqlite_with(|c| c.session.mfa_max_age_secs = 600).await;
    app.user("ada@example.org").await;
    let client = medium_client(&app).await;
    let plain = app.client(|_| {}).await;
    let mut jar = app.signed_in("ada@example.org").await;
    add_phone(&app, &mut jar, "+32 470 12 34 56", "+32470123456").await;
    let (_, verifier, flow) = to_step_up(&app, &client.0, &mut jar).await;
    let q = sms_sign_in(&app, &flow, "+32470123456", &mut jar).await;
    assert_eq!(
        exchange(&app, &client, &q["code"], &verifier).await.status,
        StatusCode::OK
    );
    app.clock.advance(601);
    // Medium has expired: the medium client asks for the second factor again...
    let (again, _, _) = to_step_up(&app, &client.0, &mut jar).await;
    assert!(again.body.contains("/login/sms?flow="));
    // ...while a basic client still gets a code from the password session, at basic.
    let (q, verifier) = code_for(&app, &plain.0, "ada@example.org", "&prompt=none", &mut jar).await;
    let tokens = exchange(&app, &plain, &q["code"], &verifier).await;
    let id = jwt_claims(tokens.json()["id_token"].as_str().unwrap());
    assert_eq!(id["acr"], format!("{ISSUER}/loa/basic"));
}

#[tokio::test]
async fn the_sms_gateway_receives_the_code_as_json_with_the_bearer_token() {
    use axum::{routing::post, Json, Router};
    use std::sync::{Arc, Mutex};
    type Received = Vec<(Option<String>, serde_json::Value)>;
    let received: Arc<Mutex<Received>> = Arc::default();
    let sink = received.clone();
    let gateway = Router::new().route(
        "/send",
        post(
            move |headers: axum::http::HeaderMap, Json(body): Json<serde_json::Value>| {
                let sink = sink.clone();
                async move {
                    let auth = headers
                        .get("authorization")
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned);
                    sink.lock().unwrap().push((auth, body));
                    StatusCode::ACCEPTED
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, gateway).await });
    let app = TestApp::sqlite_with(|c| {
        c.sms.gateway_url = Some(format!("http://{addr}/send"));
        c.sms.gateway_token = Some("gw-secret".into());
        c.dev_mode = false;
    })
    .await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let sent = post_phone(&app, &mut jar, "+33 6 12 34 56 78").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(app.deliver_outbox().await, 1, "the outbox worker's round");
    let (auth, body) = received
        .lock()
        .unwrap()
        .last()
        .cloned()
        .expect("the gateway got the SMS");
    assert_eq!(auth.as_deref(), Some("Bearer gw-secret"));
    assert_eq!(body["to"], "+33612345678");
    assert_eq!(body["from"], "EU Login");
    let code = code_in(body["text"].as_str().unwrap());
    let done = finalise_phone(&app, &mut jar, &sent, &code).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    // Outside dev mode no copy is written, and a sent message keeps no code in the database.
    assert!(!app.state.config.outbox_dir().exists(), "no dev outbox");
    let sms: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.channel == "sms")
        .collect();
    assert_eq!(sms.len(), 1);
    assert_eq!((sms[0].state.as_str(), sms[0].body.as_str()), ("sent", ""));
}

#[tokio::test]
async fn an_unreachable_gateway_leaves_the_code_waiting_and_nothing_is_confirmed() {
    let app = TestApp::sqlite_with(|c| {
        c.sms.gateway_url = Some("http://127.0.0.1:9/send".into());
    })
    .await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let sent = post_phone(&app, &mut jar, "+32 470 12 34 56").await;
    // The code is on its way (the outbox holds it and tries again), never an error page.
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(app.deliver_outbox().await, 1);
    let waiting = app.outbox().await;
    assert_eq!(waiting.len(), 1);
    assert_eq!(
        (waiting[0].state.as_str(), waiting[0].attempts),
        ("waiting", 1)
    );
    assert!(waiting[0]
        .last_error
        .as_deref()
        .unwrap_or("")
        .contains("unreachable"));
    let list = app.get("/account/phones", &mut jar).await;
    assert!(!list.body.contains("+32470123456"));
}

#[tokio::test]
async fn the_phone_scope_releases_the_confirmed_number_at_userinfo() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let client = app
            .client(|c| c.scope = "openid profile email phone".into())
            .await;
        let mut jar = app.signed_in("ada@example.org").await;
        let added = add_phone(&app, &mut jar, "+32 470 12 34 56", "+32470123456").await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        for (scope, released) in [("openid%20phone", true), ("openid%20email", false)] {
            let q = auth_query(&client.0, "")
                .replace("scope=openid%20profile%20email", &format!("scope={scope}"));
            let (q, verifier) = q.split_once("&_verifier=").unwrap();
            let code = app.authorize(q, "ada@example.org", &mut jar).await["code"].clone();
            let tokens = exchange(&app, &client, &code, verifier).await;
            let at = tokens.json()["access_token"].as_str().unwrap().to_owned();
            let info = app
                .post_token("/userinfo", &[("access_token", &at)], None)
                .await
                .json();
            if released {
                assert_eq!(info["phone_number"], "+32470123456", "{info}");
                assert_eq!(info["phone_number_verified"], true);
            } else {
                assert!(info.get("phone_number").is_none(), "{info}");
            }
        }
    }
}
