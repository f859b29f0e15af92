//! The test side of the EU Login mobile app: a device that signs with its own P-256 key and
//! computes OCRA codes, and the steps of enrolment and sign-in that the device tests share.
#![allow(dead_code)]

use crate::support::*;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

pub(crate) const PIN: &str = "4829";

/// The app's side: its key pair and what the provider gave it.
pub(crate) struct Device {
    pub(crate) id: String,
    pub(crate) secret: Vec<u8>,
    pub(crate) private_jwk: josekit::jwk::Jwk,
}

impl Device {
    pub(crate) fn jws(&self, claims: Value) -> String {
        let signer = josekit::jws::ES256
            .signer_from_jwk(&self.private_jwk)
            .unwrap();
        let mut header = josekit::jws::JwsHeader::new();
        header.set_key_id(&self.id);
        josekit::jws::serialize_compact(&serde_json::to_vec(&claims).unwrap(), &header, &signer)
            .unwrap()
    }

    pub(crate) fn auth(&self, app: &TestApp) -> String {
        let now = app.state.now();
        self.jws(
            json!({ "device_id": self.id, "iat": now, "jti": uuid::Uuid::new_v4().to_string() }),
        )
    }

    pub(crate) async fn pending(&self, app: &TestApp) -> Page {
        let req = Request::get("/app/v1/push?wait=0")
            .header(header::AUTHORIZATION, format!("Device {}", self.auth(app)))
            .body(Body::empty())
            .unwrap();
        app.send(req).await
    }

    pub(crate) async fn answer(&self, app: &TestApp, id: &str, claims: Value) -> Page {
        let mut claims = claims;
        claims["device_id"] = json!(self.id);
        claims["id"] = json!(id);
        if claims.get("iat").is_none() {
            claims["iat"] = json!(app.state.now());
        }
        if claims.get("jti").is_none() {
            claims["jti"] = json!(uuid::Uuid::new_v4().to_string());
        }
        post_json(
            app,
            &format!("/app/v1/push/{id}"),
            json!({ "jws": self.jws(claims) }),
        )
        .await
    }

    pub(crate) fn code(&self, question: &str, pin: &str) -> String {
        keys::ocra::code(&self.secret, question, &Sha256::digest(pin.as_bytes())).unwrap()
    }
}

pub(crate) async fn post_json(app: &TestApp, uri: &str, body: Value) -> Page {
    let req = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    app.send(req).await
}

pub(crate) fn new_key() -> (josekit::jwk::Jwk, Value) {
    let pair = josekit::jws::ES256.generate_key_pair().unwrap();
    let public = Value::Object(pair.to_jwk_public_key().as_ref().clone());
    (pair.to_jwk_private_key(), public)
}

/// A browser signed in at basic for My Account.
pub(crate) async fn account_session(app: &TestApp, email: &str) -> Jar {
    app.user(email).await;
    let mut jar = Jar::default();
    let first = app.get("/account/devices", &mut jar).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let done = app
        .sign_in_at(&first.location(), email, PASSWORD, &mut jar)
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    jar
}

pub(crate) fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let s = body
        .find(start)
        .unwrap_or_else(|| panic!("{start} in {body}"))
        + start.len();
    let e = body[s..].find(end).unwrap() + s;
    &body[s..e]
}

pub(crate) fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&#x2f;", "/")
        .replace("&#x3d;", "=")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
}

/// "Add a mobile device": (pending device id, enrolment payload).
pub(crate) async fn add_device(app: &TestApp, jar: &mut Jar, pin: &str) -> (String, String) {
    let form = app.get("/account/devices/add", jar).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains("Your 4 digit PIN code"));
    let csrf = form.input("csrf").unwrap();
    let page = app
        .post_form(
            "/account/devices/add",
            &[
                ("csrf", &csrf),
                ("name", "My phone"),
                ("pin", pin),
                ("pin_confirm", pin),
            ],
            jar,
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(unescape(&page.body).contains("data:image/svg+xml;base64,"));
    let device_id = unescape(between(&page.body, "/account/devices/status?device=", "\""));
    // `<code id="enrol-payload" ...>PAYLOAD</code>`, whatever its other attributes.
    let code = between(&page.body, "<code id=\"enrol-payload\"", "</code>");
    let payload = unescape(&code[code.find('>').unwrap() + 1..]);
    (device_id, payload)
}

pub(crate) fn token_of(payload: &str) -> String {
    assert!(payload.starts_with("eulogin-enrol:v1?"), "{payload}");
    let query = payload.split_once('?').unwrap().1;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "token")
        .unwrap()
        .1
        .into_owned()
}

pub(crate) async fn enrol(app: &TestApp, token: &str, pin: &str) -> (Page, josekit::jwk::Jwk) {
    let (private, public) = new_key();
    let page = post_json(
        app,
        "/app/v1/enrol",
        json!({ "token": token, "pin": pin, "public_jwk": public }),
    )
    .await;
    (page, private)
}

/// A user with one enrolled device.
pub(crate) async fn enrolled(app: &TestApp, email: &str) -> Device {
    let mut jar = account_session(app, email).await;
    let (_, payload) = add_device(app, &mut jar, PIN).await;
    let (page, private_jwk) = enrol(app, &token_of(&payload), PIN).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let body = page.json();
    Device {
        id: body["device_id"].as_str().unwrap().to_owned(),
        secret: URL_SAFE_NO_PAD
            .decode(body["secret"].as_str().unwrap())
            .unwrap(),
        private_jwk,
    }
}

pub(crate) fn auth_query(client_id: &str, challenge: &str) -> String {
    format!(
        "response_type=code&client_id={client_id}&redirect_uri={}&scope=openid&state=st&nonce=n&code_challenge={challenge}&code_challenge_method=S256",
        url::form_urlencoded::byte_serialize(REDIRECT.as_bytes()).collect::<String>(),
    )
}

/// Authorize, identifier, password with `method`: (flow, location after the password).
pub(crate) async fn to_method(
    app: &TestApp,
    client_id: &str,
    email: &str,
    method: &str,
    jar: &mut Jar,
) -> (String, String, Pkce) {
    let p = pkce();
    let first = app
        .get(
            &format!("/authorize?{}", auth_query(client_id, &p.challenge)),
            jar,
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let login = app.get(&first.location(), jar).await;
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
    let csrf = pw.input("csrf").unwrap();
    let done = app
        .post_form(
            "/login/password",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("password", PASSWORD),
                ("method", method),
            ],
            jar,
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    (flow, done.location(), p)
}

/// After the second factor: resume, code, token; the ID token's claims.
pub(crate) async fn id_token_after(
    app: &TestApp,
    client: &(String, String),
    location: &str,
    verifier: &str,
    jar: &mut Jar,
) -> Value {
    let resumed = app.get(location, jar).await;
    assert_eq!(resumed.status, StatusCode::SEE_OTHER, "{}", resumed.body);
    let q = redirect_query(&resumed.location());
    let tokens = app
        .post_token(
            "/token",
            &[
                ("grant_type", "authorization_code"),
                ("code", &q["code"]),
                ("redirect_uri", REDIRECT),
                ("code_verifier", verifier),
            ],
            Some((&client.0, &client.1)),
        )
        .await;
    assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
    jwt_claims(tokens.json()["id_token"].as_str().unwrap())
}

/// The push page of a flow: (number shown, csrf).
pub(crate) async fn push_page(app: &TestApp, location: &str, jar: &mut Jar) -> (u64, String) {
    let page = app.get(location, jar).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let number: u64 = between(&page.body, "id=\"push-number\">", "<")
        .trim()
        .parse()
        .unwrap();
    (number, page.input("csrf").unwrap())
}

pub(crate) async fn status(app: &TestApp, flow: &str, jar: &mut Jar) -> Value {
    app.get(&format!("/login/app-pin/status?flow={flow}"), jar)
        .await
        .json()
}

pub(crate) async fn audit_events(app: &TestApp, event: &str) -> usize {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    idp::store::entities::audit_event::Entity::find()
        .filter(idp::store::entities::audit_event::Column::Event.eq(event))
        .count(&app.state.db)
        .await
        .unwrap() as usize
}

pub(crate) async fn qr_page(app: &TestApp, location: &str, jar: &mut Jar) -> (String, String) {
    let page = app.get(location, jar).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Code generated by your app"));
    assert!(unescape(&page.body).contains("data:image/svg+xml;base64,"));
    let code = between(&page.body, "<code id=\"signin-payload\"", "</code>");
    let payload = unescape(&code[code.find('>').unwrap() + 1..]);
    assert!(payload.starts_with("eulogin-qr:v1?"), "{payload}");
    let q = url::form_urlencoded::parse(payload.split_once('?').unwrap().1.as_bytes())
        .find(|(k, _)| k == "q")
        .unwrap()
        .1
        .into_owned();
    (q, page.input("csrf").unwrap())
}
