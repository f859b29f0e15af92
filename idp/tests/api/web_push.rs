//! Web Push and the push request's browser (issue 16): the VAPID key made once and kept
//! sealed, subscriptions given with the device signature and checked, a push request sent
//! encrypted and signed to a push service on loopback once it is stored (and a subscription
//! the push service says is gone deleted), and the signing-in browser in words in the
//! account's language.

use crate::app_device::{enrolled, to_method, Device};
use crate::support::*;
use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, Request, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

const EMAIL: &str = "ada@example.org";
const FIREFOX_ON_WINDOWS: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

/// What a browser's `PushSubscription` holds: its key pair and authentication secret.
struct Subscriber {
    components: ece::EcKeyComponents,
    auth: [u8; 16],
}

impl Subscriber {
    fn new() -> Self {
        let (pair, auth) = ece::generate_keypair_and_auth_secret().unwrap();
        Subscriber {
            components: pair.raw_components().unwrap(),
            auth,
        }
    }

    fn keys(&self) -> Value {
        json!({
            "p256dh": URL_SAFE_NO_PAD.encode(self.components.public_key()),
            "auth": URL_SAFE_NO_PAD.encode(self.auth),
        })
    }
}

async fn subscription(app: &TestApp, device: &Device, method: &str, body: Option<Value>) -> Page {
    let request = Request::builder()
        .method(method)
        .uri("/app/v1/subscription")
        .header(
            header::AUTHORIZATION,
            format!("Device {}", device.auth(app)),
        )
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
        .unwrap();
    app.send(request).await
}

async fn stored(app: &TestApp, device: &Device) -> Option<idp::store::web_push::Subscription> {
    idp::store::web_push::subscription(&app.state.db, &device.id)
        .await
        .unwrap()
}

async fn push_key(app: &TestApp) -> String {
    let page = app.get("/app/v1/push-key", &mut Jar::default()).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.json()["vapid_public_key"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_vapid_key_is_made_once_kept_sealed_and_never_published() {
    for app in backends().await {
        let key = push_key(&app).await;
        let point = URL_SAFE_NO_PAD.decode(&key).unwrap();
        assert_eq!(
            (point.len(), point[0]),
            (65, 4),
            "an uncompressed P-256 point"
        );
        assert_eq!(push_key(&app).await, key, "made once");

        let row = idp::store::web_push::vapid_key(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        assert!(row.sealed_private.starts_with("v1."), "sealed");
        assert!(!row.sealed_private.contains("\"d\""));
        assert!(!row.public_jwk.contains("\"d\""));
        // Not a signing key: absent from the JWKS.
        let jwks = app.get("/jwks.json", &mut Jar::default()).await;
        assert!(!jwks.body.contains(&row.kid), "{}", jwks.body);
    }
}

#[tokio::test]
async fn a_subscription_needs_the_device_signature_and_usable_keys() {
    for app in backends().await {
        let device = enrolled(&app, EMAIL).await;
        let subscriber = Subscriber::new();
        let good = json!({ "endpoint": "https://push.example.net/wpush/v2/abc", "keys": subscriber.keys() });

        // No device signature.
        let anonymous = Request::post("/app/v1/subscription")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(good.to_string()))
            .unwrap();
        let page = app.send(anonymous).await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "{}", page.body);

        for (body, error) in [
            (
                json!({ "endpoint": "https://push.example.net/1" }),
                "invalid_request",
            ),
            (
                json!({ "endpoint": "http://push.example.net/1", "keys": subscriber.keys() }),
                "invalid_subscription",
            ),
            (
                json!({ "endpoint": "not a url", "keys": subscriber.keys() }),
                "invalid_subscription",
            ),
            (
                json!({ "endpoint": "https://push.example.net/1", "keys": { "p256dh": "AAAA", "auth": subscriber.keys()["auth"] } }),
                "invalid_subscription",
            ),
            (
                json!({ "endpoint": "https://push.example.net/1", "keys": { "p256dh": subscriber.keys()["p256dh"], "auth": "AAAA" } }),
                "invalid_subscription",
            ),
        ] {
            let page = subscription(&app, &device, "POST", Some(body.clone())).await;
            assert_eq!(
                page.status,
                StatusCode::BAD_REQUEST,
                "{body}: {}",
                page.body
            );
            assert_eq!(page.json()["error"], error, "{body}");
            assert!(!page.json()["error_description"]
                .as_str()
                .unwrap()
                .is_empty());
        }
        assert!(
            stored(&app, &device).await.is_none(),
            "nothing stored half-way"
        );

        let page = subscription(&app, &device, "POST", Some(good)).await;
        assert_eq!(page.status, StatusCode::NO_CONTENT, "{}", page.body);
        let first = stored(&app, &device).await.unwrap();
        assert_eq!(first.endpoint, "https://push.example.net/wpush/v2/abc");

        // One per device: a new one replaces it.
        let other = Subscriber::new();
        let again =
            json!({ "endpoint": "https://push.example.net/wpush/v2/new", "keys": other.keys() });
        let page = subscription(&app, &device, "POST", Some(again)).await;
        assert_eq!(page.status, StatusCode::NO_CONTENT, "{}", page.body);
        let second = stored(&app, &device).await.unwrap();
        assert_eq!(second.endpoint, "https://push.example.net/wpush/v2/new");
        assert_eq!(second.p256dh, other.keys()["p256dh"]);

        let page = subscription(&app, &device, "DELETE", None).await;
        assert_eq!(page.status, StatusCode::NO_CONTENT, "{}", page.body);
        assert!(stored(&app, &device).await.is_none());
        let page = subscription(&app, &device, "DELETE", None).await;
        assert_eq!(
            page.status,
            StatusCode::NO_CONTENT,
            "none to delete is fine"
        );

        // Gone with its device.
        let page = subscription(
            &app,
            &device,
            "POST",
            Some(json!({ "endpoint": "https://push.example.net/1", "keys": subscriber.keys() })),
        )
        .await;
        assert_eq!(page.status, StatusCode::NO_CONTENT, "{}", page.body);
        let user = idp::store::users::find_by_email(&app.state.db, EMAIL)
            .await
            .unwrap()
            .unwrap();
        idp::store::devices::delete(&app.state.db, &user.id, &device.id)
            .await
            .unwrap();
        assert!(stored(&app, &device).await.is_none(), "{}", app.backend);
    }
}

/// A push service on loopback: records each message and answers `status`.
#[derive(Clone, Default)]
struct PushService {
    received: Arc<Mutex<Vec<(HeaderMap, Bytes)>>>,
    status: Arc<Mutex<u16>>,
}

impl PushService {
    async fn start() -> (PushService, String) {
        let service = PushService::default();
        *service.status.lock().unwrap() = 201;
        let shared = service.clone();
        let router = axum::Router::new().route(
            "/push/{id}",
            axum::routing::post(move |headers: HeaderMap, body: Bytes| {
                let shared = shared.clone();
                async move {
                    shared.received.lock().unwrap().push((headers, body));
                    StatusCode::from_u16(*shared.status.lock().unwrap()).unwrap()
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/push/device-1", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        (service, url)
    }

    /// Waits (up to 10 s) for the `n`-th message.
    async fn message(&self, n: usize) -> (HeaderMap, Bytes) {
        for _ in 0..200 {
            if let Some(m) = self.received.lock().unwrap().get(n - 1) {
                return m.clone();
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no message {n} reached the push service");
    }
}

/// A sign-in that reaches the push page in the browser `user_agent` (none: no header).
async fn push_from(app: &TestApp, client: &str, user_agent: Option<&str>) {
    let mut jar = Jar::default();
    let (_, location, _) = to_method(app, client, EMAIL, "app_pin", &mut jar).await;
    let mut request = Request::get(&location).header(header::COOKIE, jar.header());
    if let Some(ua) = user_agent {
        request = request.header(header::USER_AGENT, ua);
    }
    let page = app.send(request.body(Body::empty()).unwrap()).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
}

#[tokio::test]
async fn a_push_request_goes_to_the_push_service_encrypted_and_signed() {
    for app in backends().await {
        let (service, endpoint) = PushService::start().await;
        let client = app.client(|_| {}).await;
        let device = enrolled(&app, EMAIL).await;
        let subscriber = Subscriber::new();
        let body = json!({ "endpoint": endpoint, "keys": subscriber.keys() });
        let page = subscription(&app, &device, "POST", Some(body)).await;
        assert_eq!(page.status, StatusCode::NO_CONTENT, "{}", page.body);

        push_from(&app, &client.0, Some(FIREFOX_ON_WINDOWS)).await;
        let (headers, body) = service.message(1).await;
        let pending = device.pending(&app).await.json();
        let request = &pending["requests"][0];

        let h = |name: &str| headers.get(name).unwrap().to_str().unwrap().to_owned();
        assert_eq!(h("content-encoding"), "aes128gcm");
        assert_eq!(h("ttl"), "120");
        assert_eq!(h("urgency"), "high");
        let plaintext = ece::decrypt(&subscriber.components, &subscriber.auth, &body).unwrap();
        let message: Value = serde_json::from_slice(&plaintext).unwrap();
        assert_eq!(
            message,
            json!({
                "type": "signin",
                "id": request["id"],
                "device_id": device.id,
                "client_name": "Test RP",
                "title": "Sign-in request from Test RP",
            })
        );

        // VAPID (RFC 8292): a JWT for the push service's origin under the published key.
        let authorization = h("authorization");
        let (jwt, k) = authorization
            .strip_prefix("vapid t=")
            .unwrap()
            .split_once(", k=")
            .unwrap();
        assert_eq!(k, push_key(&app).await);
        let point = URL_SAFE_NO_PAD.decode(k).unwrap();
        let mut jwk = josekit::jwk::Jwk::new("EC");
        jwk.set_curve("P-256");
        jwk.set_parameter("x", Some(json!(URL_SAFE_NO_PAD.encode(&point[1..33]))))
            .unwrap();
        jwk.set_parameter("y", Some(json!(URL_SAFE_NO_PAD.encode(&point[33..]))))
            .unwrap();
        let verifier = josekit::jws::ES256.verifier_from_jwk(&jwk).unwrap();
        let (claims, _) = josekit::jwt::decode_with_verifier(jwt, &verifier).unwrap();
        let origin = endpoint.trim_end_matches("/push/device-1");
        assert_eq!(claims.claim("aud"), Some(&json!(origin)));
        assert_eq!(claims.claim("sub"), Some(&json!(ISSUER)));
        let exp = claims.claim("exp").unwrap().as_i64().unwrap();
        let now = app.clock_now();
        assert!(exp > now && exp <= now + 24 * 3600, "{exp}");
    }
}

#[tokio::test]
async fn a_subscription_the_push_service_says_is_gone_is_deleted() {
    let app = TestApp::sqlite().await;
    let (service, endpoint) = PushService::start().await;
    *service.status.lock().unwrap() = 410;
    let client = app.client(|_| {}).await;
    let device = enrolled(&app, EMAIL).await;
    let body = json!({ "endpoint": endpoint, "keys": Subscriber::new().keys() });
    let page = subscription(&app, &device, "POST", Some(body)).await;
    assert_eq!(page.status, StatusCode::NO_CONTENT, "{}", page.body);

    push_from(&app, &client.0, None).await;
    service.message(1).await;
    for _ in 0..100 {
        if stored(&app, &device).await.is_none() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(stored(&app, &device).await.is_none());
    // The push request itself is there, whatever the push service said.
    let pending = device.pending(&app).await.json();
    assert_eq!(pending["requests"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn an_unreachable_push_service_never_fails_the_sign_in() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let device = enrolled(&app, EMAIL).await;
    // Nothing listens there.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}/push/1", listener.local_addr().unwrap());
    drop(listener);
    let body = json!({ "endpoint": endpoint, "keys": Subscriber::new().keys() });
    let page = subscription(&app, &device, "POST", Some(body)).await;
    assert_eq!(page.status, StatusCode::NO_CONTENT, "{}", page.body);
    push_from(&app, &client.0, None).await;
    let pending = device.pending(&app).await.json();
    assert_eq!(pending["requests"].as_array().unwrap().len(), 1);
    assert!(stored(&app, &device).await.is_some(), "kept: not a 404/410");
}

#[tokio::test]
async fn the_push_request_names_the_browser_in_the_accounts_language() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        let device = enrolled(&app, EMAIL).await;
        push_from(&app, &client.0, Some(FIREFOX_ON_WINDOWS)).await;
        let pending = device.pending(&app).await.json();
        assert_eq!(pending["requests"][0]["browser"], "Firefox on Windows");
        for field in ["id", "client_name", "time", "ip", "numbers", "expires_at"] {
            assert!(!pending["requests"][0][field].is_null(), "{field}");
        }

        let user = idp::store::users::find_by_email(&app.state.db, EMAIL)
            .await
            .unwrap()
            .unwrap();
        idp::store::users::set_details(&app.state.db, &user.id, "Ada", "Lovelace", "de", 0)
            .await
            .unwrap();
        let pending = device.pending(&app).await.json();
        assert_eq!(pending["requests"][0]["browser"], "Firefox auf Windows");
    }
}

#[tokio::test]
async fn a_browser_it_does_not_know_is_no_description() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let device = enrolled(&app, EMAIL).await;
    push_from(&app, &client.0, Some("curl/8.5.0")).await;
    let pending = device.pending(&app).await.json();
    assert_eq!(pending["requests"][0]["browser"], "");
}
