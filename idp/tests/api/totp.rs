//! Authenticator apps (TOTP, RFC 6238) as a medium second factor, through the real router:
//! enrolment by QR code in My Account, sign-in and step-up, replayed codes, the limit of
//! wrong codes per sign-in, client restrictions and re-authentication. Codes are computed
//! here from the secret the page shows, as an authenticator app would.

use crate::support::*;
use axum::http::StatusCode;
use std::collections::BTreeMap;

/// The base32 secret shown for manual entry, decoded.
fn secret_on(page: &Page) -> Vec<u8> {
    let at = page
        .body
        .find("id=\"totp-secret\"")
        .expect("the secret is shown");
    let start = page.body[at..].find('>').unwrap() + at + 1;
    let end = page.body[start..].find('<').unwrap() + start;
    let text: String = page.body[start..end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    totp_rs::Secret::Encoded(text).to_bytes().unwrap()
}

/// What the authenticator app shows at unix time `t`.
fn code_at(secret: &[u8], t: i64) -> String {
    totp_rs::TOTP::new_unchecked(
        totp_rs::Algorithm::SHA1,
        6,
        0,
        30,
        secret.to_vec(),
        None,
        String::new(),
    )
    .generate(t as u64)
}

fn now_code(app: &TestApp, secret: &[u8]) -> String {
    code_at(secret, app.state.now())
}

/// Opens the QR page of a new authenticator app named `name`.
async fn start_adding(app: &TestApp, jar: &mut Jar, name: &str) -> Page {
    let form = app.get("/account/authenticator-apps/add", jar).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let csrf = form.input("csrf").unwrap();
    let added = app
        .post_form(
            "/account/authenticator-apps/add",
            &[("csrf", &csrf), ("name", name)],
            jar,
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let qr = app.get(&added.location(), jar).await;
    assert_eq!(qr.status, StatusCode::OK, "{}", qr.body);
    qr
}

async fn confirm(app: &TestApp, jar: &mut Jar, qr: &Page, code: &str) -> Page {
    app.post_form(
        "/account/authenticator-apps/confirm",
        &[
            ("csrf", &qr.input("csrf").unwrap()),
            ("app", &qr.input("app").unwrap()),
            ("code", code),
        ],
        jar,
    )
    .await
}

/// Adds and confirms an authenticator app; returns its secret. The clock then moves to the
/// next time step, so the first sign-in code is a new one.
async fn enrol(app: &TestApp, jar: &mut Jar, name: &str) -> Vec<u8> {
    let qr = start_adding(app, jar, name).await;
    let secret = secret_on(&qr);
    let done = confirm(app, jar, &qr, &now_code(app, &secret)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    app.clock.advance(30);
    secret
}

/// This browser's CSRF token, from any public form.
async fn csrf_of(app: &TestApp, jar: &mut Jar) -> String {
    app.get("/register", jar).await.input("csrf").unwrap()
}

async fn submit_code(app: &TestApp, jar: &mut Jar, flow: &str, code: &str) -> Page {
    let csrf = csrf_of(app, jar).await;
    app.post_form(
        "/login/totp",
        &[("csrf", &csrf), ("flow", flow), ("code", code)],
        jar,
    )
    .await
}

/// Types the code and follows the sign-in back to the client.
async fn totp_sign_in(
    app: &TestApp,
    jar: &mut Jar,
    flow: &str,
    secret: &[u8],
) -> BTreeMap<String, String> {
    let page = app.get(&format!("/login/totp?flow={flow}"), jar).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Enter the 6-digit code"));
    let done = submit_code(app, jar, flow, &now_code(app, secret)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let resumed = app.get(&done.location(), jar).await;
    assert_eq!(resumed.status, StatusCode::SEE_OTHER, "{}", resumed.body);
    redirect_query(&resumed.location())
}

#[tokio::test]
async fn an_authenticator_app_is_added_by_qr_code_and_confirmed_with_a_first_code() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let hub = app.get("/account", &mut jar).await;
        assert!(hub.body.contains("Manage my authenticator apps"));
        let empty = app.get("/account/authenticator-apps", &mut jar).await;
        assert_eq!(empty.status, StatusCode::OK);
        assert!(empty.body.contains("No authenticator app is registered"));

        let qr = start_adding(&app, &mut jar, "Pixel 8").await;
        let body = qr.body.replace("&#x2f;", "/").replace("&amp;", "&");
        assert!(
            body.contains("src=\"data:image/svg+xml;base64,"),
            "a QR code"
        );
        let secret = secret_on(&qr);
        assert_eq!(secret.len(), 20, "160-bit secret");
        let uri = body
            .split("id=\"totp-uri\"")
            .nth(1)
            .and_then(|s| s.split_once('>'))
            .and_then(|(_, s)| s.split('<').next())
            .unwrap();
        assert!(
            uri.starts_with("otpauth://totp/EU%20Login:ada%40example.org?"),
            "{uri}"
        );
        assert!(uri.contains("issuer=EU%20Login"), "{uri}");
        let parsed = totp_rs::TOTP::from_url_unchecked(uri).unwrap();
        assert_eq!(parsed.secret, secret, "the QR code and the text agree");

        let wrong_code = if now_code(&app, &secret) == "000000" {
            "111111"
        } else {
            "000000"
        };
        let wrong = confirm(&app, &mut jar, &qr, wrong_code).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert!(wrong.body.contains("4 tries left"), "{}", wrong.body);
        assert!(wrong.body.contains("id=\"totp-qr\""), "the QR code stays");
        let nothing_yet = app.get("/account/authenticator-apps", &mut jar).await;
        assert!(
            !nothing_yet.body.contains("Pixel 8"),
            "not usable before confirmed"
        );

        // A code from the previous step still works (clock drift of the phone).
        let done = confirm(&app, &mut jar, &qr, &code_at(&secret, app.state.now() - 30)).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        let list = app.get(&done.location(), &mut jar).await;
        let text = list.body.replace("&quot;", "\"");
        assert!(
            text.contains("Your authenticator app \"Pixel 8\" was added successfully."),
            "{text}"
        );
        assert!(app.outbox().await.iter().any(|m| m.to == "ada@example.org"
            && m.body
                .contains("The authenticator app \"Pixel 8\" was added")));
        let again = confirm(&app, &mut jar, &qr, &now_code(&app, &secret)).await;
        // Now that the account has a second factor, changes first need a sign-in with it.
        assert_eq!(again.status, StatusCode::SEE_OTHER);
        assert!(
            again.location().starts_with("/login?flow="),
            "{}",
            again.location()
        );
        let activity = app.get("/account/activity", &mut jar).await;
        assert!(activity.body.contains("Verification method added"));
        assert!(
            activity.body.contains("authenticator app &quot;")
                || activity.body.contains("authenticator app \""),
            "the app by name, in words: {}",
            activity.body
        );
        assert!(
            !activity.body.contains("authenticator_app"),
            "no internal name"
        );
    }
}

#[tokio::test]
async fn signing_in_with_the_app_reaches_medium_with_otp_in_amr() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let client = medium_client(&app).await;
        let mut jar = app.signed_in("ada@example.org").await;
        let secret = enrol(&app, &mut jar, "Pixel 8").await;

        // Step-up from a basic session: only the code is asked.
        let (choice, verifier, flow) = to_step_up(&app, &client.0, &mut jar).await;
        assert_eq!(choice.status, StatusCode::OK, "{}", choice.body);
        assert!(choice.body.contains("Authenticator app (TOTP)"));
        assert!(choice.body.contains("/login/totp?flow="));
        let q = totp_sign_in(&app, &mut jar, &flow, &secret).await;
        let tokens = exchange(&app, &client, &q["code"], &verifier).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
        let id = jwt_claims(tokens.json()["id_token"].as_str().unwrap());
        assert_eq!(id["acr"], format!("{ISSUER}/loa/medium"));
        assert_eq!(id["amr"], serde_json::json!(["pwd", "otp", "mfa"]));
        let access = tokens.json()["access_token"].as_str().unwrap().to_owned();
        assert_eq!(introspect(&app, &client, &access).await["acr"], id["acr"]);

        // A fresh sign-in choosing the app on the password form.
        app.clock.advance(30);
        let mut fresh = Jar::default();
        let q = auth_query(&client.0, "");
        let verifier = q.split("&_verifier=").nth(1).unwrap().to_owned();
        let q = q.split("&_verifier=").next().unwrap().to_owned();
        let first = app.get(&format!("/authorize?{q}"), &mut fresh).await;
        let login = app.get(&first.location(), &mut fresh).await;
        let flow = login.input("flow").unwrap();
        let pw = app
            .sign_in_with(&first.location(), "ada@example.org", "totp", &mut fresh)
            .await;
        assert_eq!(pw.location(), format!("/login/totp?flow={flow}"));
        let q = totp_sign_in(&app, &mut fresh, &flow, &secret).await;
        let tokens = exchange(&app, &client, &q["code"], &verifier).await;
        let id = jwt_claims(tokens.json()["id_token"].as_str().unwrap());
        assert_eq!(id["acr"], format!("{ISSUER}/loa/medium"));
        let hub = app.get("/account", &mut fresh).await;
        assert!(hub.body.contains("id=\"level\">medium"), "{}", hub.body);
    }
}

#[tokio::test]
async fn a_code_is_never_accepted_twice_nor_an_older_one() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let client = medium_client(&app).await;
        let mut jar = app.signed_in("ada@example.org").await;
        let secret = enrol(&app, &mut jar, "Pixel 8").await;
        let (_, _, flow) = to_step_up(&app, &client.0, &mut jar).await;
        let code = now_code(&app, &secret);
        let older = code_at(&secret, app.state.now() - 30);
        let ok = submit_code(&app, &mut jar, &flow, &code).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);

        // Another sign-in (another browser) within the same 30 seconds.
        let mut other = app.signed_in("ada@example.org").await;
        let (_, _, flow) = to_step_up(&app, &client.0, &mut other).await;
        let replay = submit_code(&app, &mut other, &flow, &code).await;
        assert_eq!(replay.status, StatusCode::UNAUTHORIZED, "{}", replay.body);
        assert!(replay.body.contains("already used"), "{}", replay.body);
        let old = submit_code(&app, &mut other, &flow, &older).await;
        assert_eq!(
            old.status,
            StatusCode::UNAUTHORIZED,
            "an older step is refused"
        );
        // The next code (one step ahead is within the skew) is accepted.
        let next = code_at(&secret, app.state.now() + 30);
        let ok = submit_code(&app, &mut other, &flow, &next).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
        let failures = app
            .get("/account/activity", &mut other)
            .await
            .body
            .matches("reason: code reused")
            .count();
        assert!(failures >= 1, "the replay is in the activity");
    }
}

#[tokio::test]
async fn five_wrong_codes_end_the_sign_in_attempt() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let client = medium_client(&app).await;
        let mut jar = app.signed_in("ada@example.org").await;
        let secret = enrol(&app, &mut jar, "Pixel 8").await;
        let (_, _, flow) = to_step_up(&app, &client.0, &mut jar).await;
        let right = now_code(&app, &secret);
        let wrong = if right == "123456" {
            "654321"
        } else {
            "123456"
        };
        let mut statuses = Vec::new();
        for _ in 0..5 {
            statuses.push(submit_code(&app, &mut jar, &flow, wrong).await);
        }
        assert!(statuses[..4]
            .iter()
            .all(|p| p.status == StatusCode::UNAUTHORIZED));
        assert!(
            statuses[3].body.contains("1 try left"),
            "{}",
            statuses[3].body
        );
        assert_eq!(statuses[4].status, StatusCode::BAD_REQUEST);
        assert!(statuses[4].body.contains("Too many wrong codes"));
        let late = submit_code(&app, &mut jar, &flow, &right).await;
        assert_eq!(
            late.status,
            StatusCode::BAD_REQUEST,
            "the right code is too late"
        );
        let page = app.get(&format!("/login/totp?flow={flow}"), &mut jar).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST);
        // Starting again from the application works.
        let (_, _, flow) = to_step_up(&app, &client.0, &mut jar).await;
        let ok = submit_code(&app, &mut jar, &flow, &right).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    }
}

/// Like the app's QR codes (finding 11 of the security review), a new sign-in must not start
/// the guessing afresh: wrong codes count per account per hour, over every sign-in.
#[tokio::test]
async fn wrong_codes_over_many_sign_ins_pause_the_app_for_the_hour() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let client = medium_client(&app).await;
        let mut jar = app.signed_in("ada@example.org").await;
        let secret = enrol(&app, &mut jar, "Pixel 8").await;
        let right = now_code(&app, &secret);
        let wrong = if right == "123456" {
            "654321"
        } else {
            "123456"
        };
        let mut last = None;
        for _ in 0..2 {
            let (_, _, flow) = to_step_up(&app, &client.0, &mut jar).await;
            for _ in 0..5 {
                last = Some(submit_code(&app, &mut jar, &flow, wrong).await);
            }
        }
        let tenth = last.unwrap();
        assert_eq!(
            tenth.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            tenth.body
        );
        assert!(
            tenth.body.contains("You can use it again in"),
            "{}",
            tenth.body
        );
        // A third sign-in: even the right code waits for the hour.
        let (_, _, flow) = to_step_up(&app, &client.0, &mut jar).await;
        let paused = submit_code(&app, &mut jar, &flow, &now_code(&app, &secret)).await;
        assert_eq!(
            paused.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            app.backend
        );
        assert!(paused.headers.contains_key("retry-after"));
        app.clock.advance(3601);
        let mut jar = app.signed_in("ada@example.org").await;
        let (_, _, flow) = to_step_up(&app, &client.0, &mut jar).await;
        let ok = submit_code(&app, &mut jar, &flow, &now_code(&app, &secret)).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    }
}

#[tokio::test]
async fn a_client_that_does_not_accept_the_app_is_not_offered_it() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let secret = enrol(&app, &mut jar, "Pixel 8").await;
    let open = app.client(|_| {}).await;
    let strict = app
        .client(|c| c.allowed_methods = vec![Method::Password, Method::Sms])
        .await;

    let password_page = |client: String| {
        let app = &app;
        async move {
            let mut jar = Jar::default();
            let q = auth_query(&client, "");
            let q = q.split("&_verifier=").next().unwrap().to_owned();
            let first = app.get(&format!("/authorize?{q}"), &mut jar).await;
            let login = app.get(&first.location(), &mut jar).await;
            let flow = login.input("flow").unwrap();
            let csrf = login.input("csrf").unwrap();
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
            (app.get(&next.location(), &mut jar).await, flow, csrf, jar)
        }
    };
    let (offered, _, _, _) = password_page(open.0.clone()).await;
    assert!(offered.body.contains("Authenticator app (TOTP)"));
    let (page, flow, csrf, mut jar) = password_page(strict.0.clone()).await;
    assert!(
        !page.body.contains("Authenticator app (TOTP)"),
        "{}",
        page.body
    );
    let chosen = app
        .post_form(
            "/login/password",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("password", PASSWORD),
                ("method", "totp"),
            ],
            &mut jar,
        )
        .await;
    assert!(chosen.status.is_client_error(), "{}", chosen.status);
    // Past the password (SMS chosen, none enrolled), the TOTP page refuses too.
    let sms = app
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
    assert_eq!(sms.status, StatusCode::SEE_OTHER, "{}", sms.body);
    let refused = submit_code(&app, &mut jar, &flow, &now_code(&app, &secret)).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("does not accept"));
    let page = app.get(&format!("/login/totp?flow={flow}"), &mut jar).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);

    // A medium client accepting only the mobile app cannot use it either.
    let app_only = app
        .client(|c| {
            c.minimum_acr = Some(Acr::Medium);
            c.allowed_methods = vec![Method::AppPin];
        })
        .await;
    let mut signed = app.signed_in("ada@example.org").await;
    let q = auth_query(&app_only.0, "");
    let q = q.split("&_verifier=").next().unwrap().to_owned();
    let first = app.get(&format!("/authorize?{q}"), &mut signed).await;
    assert_eq!(first.status, StatusCode::FORBIDDEN, "{}", first.body);
}

#[tokio::test]
async fn adding_or_deleting_when_a_factor_exists_requires_signing_in_with_it() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let secret = enrol(&app, &mut jar, "Pixel 8").await;
        // The session proves only the password: adding another needs the existing factor.
        let again = app.get("/account/authenticator-apps/add", &mut jar).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
        assert!(again.location().starts_with("/login?flow="));
        let list = app.get("/account/authenticator-apps", &mut jar).await;
        let csrf = list.input("csrf").unwrap();
        let app_id = list.input("app").unwrap();
        let delete = app
            .post_form(
                "/account/authenticator-apps/delete",
                &[("csrf", &csrf), ("app", &app_id)],
                &mut jar,
            )
            .await;
        assert_eq!(delete.status, StatusCode::SEE_OTHER);
        assert!(
            delete.location().starts_with("/login?flow="),
            "re-authentication first"
        );

        let done = app
            .sign_in_with(&again.location(), "ada@example.org", "totp", &mut jar)
            .await;
        let flow = flow_of(&done.location());
        assert!(
            done.location().starts_with("/login/totp?flow="),
            "{}",
            done.location()
        );
        let back = submit_code(&app, &mut jar, &flow, &now_code(&app, &secret)).await;
        assert_eq!(back.location(), "/account/authenticator-apps/add");
        let form = app.get("/account/authenticator-apps/add", &mut jar).await;
        assert_eq!(form.status, StatusCode::OK);
        let second = enrol(&app, &mut jar, "Tablet").await;
        assert_ne!(second, secret, "each app has its own secret");

        let list = app.get("/account/authenticator-apps", &mut jar).await;
        assert!(list.body.contains("Pixel 8") && list.body.contains("Tablet"));
        let csrf = list.input("csrf").unwrap();
        let deleted = app
            .post_form(
                "/account/authenticator-apps/delete",
                &[("csrf", &csrf), ("app", &app_id)],
                &mut jar,
            )
            .await;
        assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
        let list = app.get(&deleted.location(), &mut jar).await;
        assert!(list.body.contains("The authenticator app was deleted."));
        assert!(!list.body.contains("Pixel 8"));
        assert!(app
            .outbox()
            .await
            .iter()
            .any(|m| m.to == "ada@example.org" && m.body.contains("\"Pixel 8\" was removed")));
        let activity = app.get("/account/activity", &mut jar).await;
        assert!(activity.body.contains("Verification method removed"));
    }
}

#[tokio::test]
async fn wrong_or_garbage_input_gets_a_clear_4xx() {
    for app in backends_with(|c| c.totp.enrol_ttl_secs = 120).await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let form = app.get("/account/authenticator-apps/add", &mut jar).await;
        let csrf = form.input("csrf").unwrap();
        for name in ["", "   ", &"x".repeat(200), "a\u{7}b"] {
            let bad = app
                .post_form(
                    "/account/authenticator-apps/add",
                    &[("csrf", &csrf), ("name", name)],
                    &mut jar,
                )
                .await;
            assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{name:?}");
            assert!(bad.body.contains("1 to 50 characters"));
        }
        let no_csrf = app
            .post_form(
                "/account/authenticator-apps/add",
                &[("csrf", "forged"), ("name", "Pixel")],
                &mut jar,
            )
            .await;
        assert!(no_csrf.status.is_client_error(), "{}", no_csrf.status);
        let missing = app
            .post_form(
                "/account/authenticator-apps/add",
                &[("csrf", &csrf)],
                &mut jar,
            )
            .await;
        assert!(missing.status.is_client_error(), "{}", missing.status);

        let qr = start_adding(&app, &mut jar, "Pixel 8").await;
        for garbage in [
            "",
            "abcdef",
            "12345",
            "1234567890123",
            &"9".repeat(5000),
            "１２３４５６",
            "' OR 1=1 --",
        ] {
            let page = confirm(&app, &mut jar, &qr, garbage).await;
            assert!(
                page.status.is_client_error(),
                "{garbage:?}: {}",
                page.status
            );
        }
        for id in ["nope", "a\u{0}b", &"x".repeat(3000)] {
            let unknown = app
                .post_form(
                    "/account/authenticator-apps/confirm",
                    &[("csrf", &csrf), ("app", id), ("code", "123456")],
                    &mut jar,
                )
                .await;
            assert_eq!(unknown.status, StatusCode::BAD_REQUEST, "{id:?}");
            let delete = app
                .post_form(
                    "/account/authenticator-apps/delete",
                    &[("csrf", &csrf), ("app", id)],
                    &mut jar,
                )
                .await;
            assert_eq!(delete.status, StatusCode::BAD_REQUEST, "{id:?}");
        }
        let unknown_page = app
            .get("/account/authenticator-apps/confirm?app=%FF%00", &mut jar)
            .await;
        assert!(unknown_page.status.is_client_error());
        let no_param = app
            .get("/account/authenticator-apps/confirm", &mut jar)
            .await;
        assert!(no_param.status.is_client_error());
        let delete = app
            .post_form(
                "/account/authenticator-apps/delete",
                &[("csrf", &csrf), ("app", "nope")],
                &mut jar,
            )
            .await;
        assert_eq!(delete.status, StatusCode::BAD_REQUEST);

        // A pending app expires; its page then says so and its code no longer confirms it.
        let qr = start_adding(&app, &mut jar, "Tablet").await;
        let secret = secret_on(&qr);
        app.clock.advance(121);
        let expired = app
            .get(
                &format!(
                    "/account/authenticator-apps/confirm?app={}",
                    qr.input("app").unwrap()
                ),
                &mut jar,
            )
            .await;
        assert_eq!(expired.status, StatusCode::BAD_REQUEST);
        assert!(expired.body.contains("add it again"), "{}", expired.body);
        let late = confirm(&app, &mut jar, &qr, &now_code(&app, &secret)).await;
        assert_eq!(late.status, StatusCode::BAD_REQUEST);
        let list = app.get("/account/authenticator-apps", &mut jar).await;
        assert!(!list.body.contains("Tablet"));

        let bad_flow = app.get("/login/totp?flow=unknown", &mut jar).await;
        assert_eq!(bad_flow.status, StatusCode::BAD_REQUEST);
        let post_flow = app
            .post_form(
                "/login/totp",
                &[("csrf", &csrf), ("flow", "unknown"), ("code", "123456")],
                &mut jar,
            )
            .await;
        assert_eq!(post_flow.status, StatusCode::BAD_REQUEST);
    }
}
