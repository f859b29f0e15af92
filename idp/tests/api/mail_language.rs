//! Mail, SMS and the app's messages go out in the language of the account they are about
//! (issue 15), whatever the language of the page or the device that triggered them: shown
//! with an account in the pseudo-locale `en-XA` (every letter accented), whose texts hold no
//! plain ASCII letter once the data (addresses, names, the brand, codes) is taken out.

use crate::support::*;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

const EMAIL: &str = "ada@example.org";

/// The data a message may carry as it is: not words of the catalogue.
const DATA: &[&str] = &[EMAIL, "EU Login", "Ada", "Lovelace", "LOVELACE"];

/// The plain ASCII letters of `text` outside links (`http…`), the data and `more`.
fn plain_letters(text: &str, more: &[&str]) -> String {
    let mut text: String = text
        .split_whitespace()
        .filter(|w| !w.starts_with("http"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut data: Vec<&str> = DATA.iter().chain(more).copied().collect();
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    for d in data {
        text = text.replace(d, " ");
    }
    text.chars().filter(char::is_ascii_alphabetic).collect()
}

async fn pseudo_app() -> TestApp {
    let app = TestApp::sqlite_with(|c| {
        c.ui.pseudo_locale = true;
        c.ui.brand = Some("EU Login".into());
    })
    .await;
    idp::i18n::enable_pseudo();
    app
}

/// An account (with the test password) whose language is the pseudo-locale.
async fn pseudo_user(app: &TestApp) -> String {
    let id = app.user(EMAIL).await;
    idp::store::users::set_details(&app.state.db, &id, "Ada", "Lovelace", "en-XA", 0)
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn the_set_password_mail_is_in_the_language_chosen_at_registration() {
    let app = pseudo_app().await;
    // The registration page in English: the mail follows the account, not the page.
    let mut jar = Jar::default();
    let form = app.get("/register", &mut jar).await;
    assert!(form.body.contains("lang=\"en\""), "{}", form.body);
    let csrf = form.input("csrf").unwrap();
    let done = app
        .post_form(
            "/register",
            &[
                ("csrf", &csrf),
                ("first_name", "Ada"),
                ("last_name", "Lovelace"),
                ("email", EMAIL),
                ("email_confirm", EMAIL),
                ("language", "en-XA"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let mail = app
        .outbox()
        .await
        .into_iter()
        .rfind(|m| m.channel == "email" && m.to == EMAIL)
        .expect("the registration mail");
    assert_eq!(mail.lang, "en-XA");
    assert!(
        mail.body.contains(&format!("{ISSUER}/password/set?token=")),
        "{}",
        mail.body
    );
    assert!(mail.body.contains("\n\n"), "paragraphs: {}", mail.body);
    for text in [&mail.subject, &mail.body] {
        let letters = plain_letters(text, &[]);
        assert!(
            letters.is_empty(),
            "not from the catalogue: {letters:?} in {text}"
        );
    }
    // Its HTML part says which language it is in.
    let html = idp::mail::html::render(&mail.lang, "EU Login", &mail.subject, &mail.body);
    assert!(html.contains("<html lang=\"en-XA\">"));
}

#[tokio::test]
async fn the_code_sms_is_in_the_language_of_the_account() {
    let app = pseudo_app().await;
    pseudo_user(&app).await;
    let mut jar = app.signed_in(EMAIL).await;
    let form = app.get("/account/phones/add", &mut jar).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let csrf = form.input("csrf").unwrap();
    let sent = app
        .post_form(
            "/account/phones/add",
            &[("csrf", &csrf), ("phone", "+32470123456")],
            &mut jar,
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let sms = app
        .outbox()
        .await
        .into_iter()
        .rfind(|m| m.channel == "sms")
        .expect("the code SMS");
    assert_eq!(sms.lang, "en-XA");
    let code = code_in(&sms.body);
    let letters = plain_letters(&sms.body, &[&code]);
    assert!(letters.is_empty(), "{letters:?} in {}", sms.body);
    assert!(idp::sms::segments(&sms.body) <= 2, "{}", sms.body);
}

#[tokio::test]
async fn the_app_is_told_in_the_language_of_the_device_account() {
    let app = pseudo_app().await;
    let user = pseudo_user(&app).await;
    // An enrolled device whose key does not verify: refused as unknown.
    insert_device(&app, &user, "device-1").await;
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"ES256","kid":"device-1"}"#);
    let body = serde_json::json!({ "jws": format!("{header}.e30.c2ln") }).to_string();
    let request = Request::post("/app/v1/push/some-request")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT_LANGUAGE, "en")
        .body(Body::from(body))
        .unwrap();
    let refused = app.send(request).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED, "{}", refused.body);
    let json = refused.json();
    assert_eq!(json["error"], "unknown_device", "the code stays");
    let text = json["error_description"].as_str().unwrap();
    assert!(!text.is_empty());
    assert!(plain_letters(text, &[]).is_empty(), "{text}");

    // A device nobody has: the app's own language, English here.
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"ES256","kid":"no-such-device"}"#);
    let body = serde_json::json!({ "jws": format!("{header}.e30.c2ln") }).to_string();
    let request = Request::post("/app/v1/push/some-request")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT_LANGUAGE, "en")
        .body(Body::from(body))
        .unwrap();
    let refused = app.send(request).await;
    assert_eq!(
        refused.json()["error_description"],
        "This device is not (or no longer) enrolled."
    );
}
