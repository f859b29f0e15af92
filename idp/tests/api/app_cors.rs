//! CORS of the app API (issue 16): the installable app's origin (`app.origins`) may call
//! `/app/v1/*` from a browser, every other origin is refused with a 403 before any handler
//! runs, preflight or not; the command-line app (no `Origin`) is served as before, and no
//! page of the provider ever sends `Access-Control-Allow-Origin`.

use crate::app_device::{enrolled, Device};
use crate::support::*;
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};

const APP: &str = "http://localhost:8082";
const OTHER: &str = "https://evil.example";

async fn apps() -> Vec<TestApp> {
    backends_with(|c| c.app.origins = vec![APP.into(), "https://app.example.eu".into()]).await
}

fn preflight(path: &str, origin: &str, method: &str) -> Request<Body> {
    Request::builder()
        .method(Method::OPTIONS)
        .uri(path)
        .header(header::ORIGIN, origin)
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, method)
        .header(
            header::ACCESS_CONTROL_REQUEST_HEADERS,
            "authorization, content-type",
        )
        .body(Body::empty())
        .unwrap()
}

/// The app's long poll, signed by `device`, from `origin` (none: the command-line app).
fn poll(app: &TestApp, device: &Device, origin: Option<&str>) -> Request<Body> {
    poll_with(&device.auth(app), origin)
}

fn poll_with(jws: &str, origin: Option<&str>) -> Request<Body> {
    let mut request =
        Request::get("/app/v1/push?wait=0").header(header::AUTHORIZATION, format!("Device {jws}"));
    if let Some(origin) = origin {
        request = request.header(header::ORIGIN, origin);
    }
    request.body(Body::empty()).unwrap()
}

fn header(page: &Page, name: header::HeaderName) -> Option<&str> {
    page.headers.get(name).and_then(|v| v.to_str().ok())
}

fn varies_by_origin(page: &Page) -> bool {
    page.headers
        .get_all(header::VARY)
        .iter()
        .any(|v| v.to_str().unwrap().contains("Origin"))
}

fn refused(page: &Page) {
    assert_eq!(page.status, StatusCode::FORBIDDEN, "{}", page.body);
    assert_eq!(page.json()["error"], "origin_not_allowed");
    assert!(!page.json()["error_description"]
        .as_str()
        .unwrap()
        .is_empty());
    assert_eq!(header(page, header::ACCESS_CONTROL_ALLOW_ORIGIN), None);
    assert!(varies_by_origin(page));
}

#[tokio::test]
async fn a_preflight_from_the_app_origin_is_answered() {
    for app in apps().await {
        for (path, method) in [
            ("/app/v1/push", "GET"),
            ("/app/v1/push/some-id", "POST"),
            ("/app/v1/enrol", "POST"),
            ("/app/v1/subscription", "DELETE"),
        ] {
            let page = app.send(preflight(path, APP, method)).await;
            assert_eq!(page.status, StatusCode::NO_CONTENT, "{path}: {}", page.body);
            assert_eq!(
                header(&page, header::ACCESS_CONTROL_ALLOW_ORIGIN),
                Some(APP)
            );
            let methods = header(&page, header::ACCESS_CONTROL_ALLOW_METHODS).unwrap();
            assert!(
                methods.contains("GET") && methods.contains("POST"),
                "{methods}"
            );
            assert!(methods.contains(method), "{methods}");
            assert_eq!(
                header(&page, header::ACCESS_CONTROL_ALLOW_HEADERS),
                Some("Authorization, Content-Type")
            );
            assert_eq!(header(&page, header::ACCESS_CONTROL_MAX_AGE), Some("600"));
            assert_eq!(
                header(&page, header::ACCESS_CONTROL_ALLOW_CREDENTIALS),
                None,
                "the app authenticates by signature, never with cookies"
            );
            assert!(varies_by_origin(&page));
            assert!(page.body.is_empty());
        }
        // The second configured origin too.
        let page = app
            .send(preflight("/app/v1/push", "https://app.example.eu", "GET"))
            .await;
        assert_eq!(
            header(&page, header::ACCESS_CONTROL_ALLOW_ORIGIN),
            Some("https://app.example.eu")
        );
    }
}

#[tokio::test]
async fn a_preflight_from_another_origin_is_refused() {
    for app in apps().await {
        for origin in [
            OTHER,
            "null",
            // The provider's own origin is not the app's: its pages have no business here.
            ISSUER,
            "http://localhost:8083",
            "http://localhost:8082.evil.example",
        ] {
            let page = app.send(preflight("/app/v1/push", origin, "GET")).await;
            refused(&page);
        }
    }
}

#[tokio::test]
async fn an_actual_request_from_the_app_origin_carries_the_header() {
    for app in apps().await {
        let device = enrolled(&app, "ada@example.org").await;
        let page = app.send(poll(&app, &device, Some(APP))).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_eq!(page.json()["requests"], serde_json::json!([]));
        assert_eq!(
            header(&page, header::ACCESS_CONTROL_ALLOW_ORIGIN),
            Some(APP)
        );
        assert!(varies_by_origin(&page));

        // The app reads refusals too: they carry the header as well.
        let bad = app.send(poll_with("not-a-jws", Some(APP))).await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.body);
        assert_eq!(header(&bad, header::ACCESS_CONTROL_ALLOW_ORIGIN), Some(APP));
    }
}

#[tokio::test]
async fn an_actual_request_from_another_origin_is_refused_before_the_handler() {
    for app in apps().await {
        let device = enrolled(&app, "ada@example.org").await;
        let jws = device.auth(&app);
        refused(&app.send(poll_with(&jws, Some(OTHER))).await);
        // The handler never saw it: the same signature is still unused.
        let page = app.send(poll_with(&jws, None)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);

        let answer = Request::post("/app/v1/push/some-id")
            .header(header::ORIGIN, OTHER)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(r#"{"jws":"x"}"#))
            .unwrap();
        refused(&app.send(answer).await);
    }
}

#[tokio::test]
async fn no_configured_origin_refuses_every_browser_origin() {
    let app = TestApp::sqlite().await;
    refused(&app.send(preflight("/app/v1/push", APP, "GET")).await);
    let key = Request::get("/app/v1/push-key")
        .header(header::ORIGIN, APP)
        .body(Body::empty())
        .unwrap();
    refused(&app.send(key).await);
}

#[tokio::test]
async fn the_command_line_app_without_origin_is_served_as_before() {
    for app in apps().await {
        let device = enrolled(&app, "ada@example.org").await;
        let page = app.send(poll(&app, &device, None)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_eq!(page.json()["requests"], serde_json::json!([]));
        assert_eq!(header(&page, header::ACCESS_CONTROL_ALLOW_ORIGIN), None);
        // A plain OPTIONS (no preflight) is a method the route does not take.
        let options = Request::builder()
            .method(Method::OPTIONS)
            .uri("/app/v1/push")
            .body(Body::empty())
            .unwrap();
        let page = app.send(options).await;
        assert_eq!(page.status, StatusCode::METHOD_NOT_ALLOWED, "{}", page.body);
        assert_eq!(header(&page, header::ACCESS_CONTROL_ALLOW_ORIGIN), None);
    }
}

#[tokio::test]
async fn the_providers_pages_never_send_the_header() {
    for app in apps().await {
        for origin in [APP, OTHER] {
            for path in [
                "/",
                "/login",
                "/account",
                "/.well-known/openid-configuration",
                "/jwks.json",
                "/static/style.css",
                "/no-such-page",
                "/app/enrol",
            ] {
                let request = Request::get(path)
                    .header(header::ORIGIN, origin)
                    .body(Body::empty())
                    .unwrap();
                let page = app.send(request).await;
                assert_eq!(
                    header(&page, header::ACCESS_CONTROL_ALLOW_ORIGIN),
                    None,
                    "{path} from {origin}: {}",
                    page.status
                );
                assert_ne!(page.status, StatusCode::NO_CONTENT, "{path}");
            }
            let page = app.send(preflight("/token", origin, "POST")).await;
            assert_eq!(header(&page, header::ACCESS_CONTROL_ALLOW_ORIGIN), None);
        }
    }
}
