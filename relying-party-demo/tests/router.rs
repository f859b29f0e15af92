//! The CPMS router driven with `oneshot`: error pages (404, 405), the ECL files, the cancelled
//! sign-in and the preferences form's errors. The provider is a stand-in that only answers
//! discovery (nothing here exchanges a code).

use std::net::SocketAddr;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use http_body_util::BodyExt;
use relying_party_demo::entitlements::Entitlement;
use relying_party_demo::provider::Provider;
use relying_party_demo::sessions::SignedIn;
use relying_party_demo::store::Store;
use relying_party_demo::{app, AppState, Settings};
use serde_json::json;
use tower::ServiceExt;

/// Serves the discovery document and an empty key set of an issuer on a loopback port.
async fn discovery_only_provider() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let metadata = json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "end_session_endpoint": format!("{issuer}/logout"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["ES256"],
        "acr_values_supported": [format!("{issuer}/loa/basic"), format!("{issuer}/loa/medium")],
    });
    let router = Router::new()
        .route(
            "/.well-known/openid-configuration",
            get(move || async move { Json(metadata) }),
        )
        .route("/jwks", get(|| async { Json(json!({ "keys": [] })) }));
    tokio::spawn(async move { axum::serve(listener, router).await });
    issuer
}

struct Cpms {
    state: AppState,
    _data: tempfile::TempDir,
}

impl Cpms {
    async fn start() -> Self {
        let issuer = discovery_only_provider().await;
        let data = tempfile::tempdir().unwrap();
        let settings = Settings {
            issuer,
            client_id: "cpms".into(),
            client_secret: "cpms-secret".into(),
            api_client_id: "cpms".into(),
            api_client_secret: "cpms-secret".into(),
            listen: SocketAddr::from(([127, 0, 0, 1], 8081)),
            data: data.path().to_path_buf(),
            public_url: "http://127.0.0.1:8081".into(),
            provider_name: "EU Login (demo)".into(),
        };
        let provider = Provider::discover(&settings, Duration::from_secs(10))
            .await
            .unwrap();
        let store = Store::open(data.path()).unwrap();
        let state = AppState::new(settings, provider, store).unwrap();
        Self { state, _data: data }
    }

    async fn send(&self, request: Request<Body>) -> Response {
        app(self.state.clone()).oneshot(request).await.unwrap()
    }

    async fn get(&self, uri: &str, cookie: Option<&str>) -> Response {
        let mut request = Request::get(uri);
        if let Some(c) = cookie {
            request = request.header(header::COOKIE, c);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    /// A session signed in at medium with a CPMS grant; its cookie and CSRF token.
    async fn member(&self) -> (String, String) {
        let session = self.state.sessions.create().await;
        let signed_in = self
            .state
            .sessions
            .sign_in(
                &session.id,
                SignedIn {
                    sub: "u1".into(),
                    sid: None,
                    name: Some("Francesca Verdi".into()),
                    email: Some("francesca@example.test".into()),
                    acr: format!("{}/loa/medium", self.state.settings.issuer),
                    entitlements: vec![Entitlement {
                        application: "cpms".into(),
                        profile: Some("HP".into()),
                        ern: Some("eUROGEN".into()),
                        country: Some("NL".into()),
                        centre: Some("Radboud University Medical Center".into()),
                        centre_id: Some("c1".into()),
                    }],
                    id_token: "id-token".into(),
                },
            )
            .await;
        (format!("cpms_session={}", signed_in.id), signed_in.csrf)
    }
}

async fn text(response: Response) -> String {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn header_of(response: &Response, name: header::HeaderName) -> &str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

#[tokio::test]
async fn a_mistyped_address_gets_a_page_not_found_with_a_link_home() {
    let cpms = Cpms::start().await;
    let response = cpms.get("/panel", None).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(header_of(&response, header::CONTENT_TYPE).starts_with("text/html"));
    assert!(header_of(&response, header::CONTENT_SECURITY_POLICY).contains("default-src 'self'"));
    let html = text(response).await;
    assert!(
        html.contains("<h1 class=\"cpms-title\">Page not found</h1>"),
        "{html}"
    );
    assert!(html.contains("href=\"/\""), "{html}");
    assert!(html.contains("Go to the CPMS home page"), "{html}");
    assert!(html.contains("/static/ecl/ecl-eu.css"), "{html}");
    assert!(!html.contains("Sign out"), "nobody is signed in: {html}");

    // Signed in, the header still shows who.
    let (cookie, _) = cpms.member().await;
    let html = text(cpms.get("/no/such/page", Some(&cookie)).await).await;
    assert!(html.contains("Page not found"), "{html}");
    assert!(html.contains("Francesca Verdi"), "{html}");
}

#[tokio::test]
async fn an_unknown_api_address_answers_in_json() {
    let cpms = Cpms::start().await;
    let response = cpms.get("/api/doctors", None).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(header_of(&response, header::CONTENT_TYPE).starts_with("application/json"));
    assert_eq!(header_of(&response, header::CACHE_CONTROL), "no-store");
    let body: serde_json::Value = serde_json::from_str(&text(response).await).unwrap();
    assert_eq!(body["error"], "not_found");

    let response = cpms
        .send(
            Request::delete("/api/patients")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(header_of(&response, header::ALLOW).contains("GET"));
    let body: serde_json::Value = serde_json::from_str(&text(response).await).unwrap();
    assert_eq!(body["error"], "method_not_allowed");
}

#[tokio::test]
async fn a_wrong_method_gets_a_405_page_with_the_allowed_methods() {
    let cpms = Cpms::start().await;
    for (method, path, allowed) in [
        (Method::POST, "/", "GET"),
        (Method::PUT, "/preferences", "POST"),
        (Method::POST, "/callback", "GET"),
    ] {
        let response = cpms
            .send(
                Request::builder()
                    .method(method.clone())
                    .uri(path)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        assert!(
            header_of(&response, header::ALLOW).contains(allowed),
            "{method} {path}"
        );
        assert!(header_of(&response, header::CONTENT_TYPE).starts_with("text/html"));
        let html = text(response).await;
        assert!(
            html.contains("This address does not accept this kind of request"),
            "{html}"
        );
        assert!(html.contains("href=\"/\""), "{html}");
    }
}

#[tokio::test]
async fn the_europa_component_library_is_served_with_its_licence() {
    let cpms = Cpms::start().await;
    for (path, content_type, needle) in [
        ("/static/ecl/ecl-reset.css", "text/css", "normalize.css"),
        ("/static/ecl/ecl-eu.css", "text/css", ".ecl-button"),
        ("/static/ecl/icons.svg", "image/svg+xml", "id=\"trash\""),
        ("/static/ecl/LICENSE.txt", "text/plain", "EUPL"),
        ("/static/style.css", "text/css", ".cpms-"),
    ] {
        let response = cpms.get(path, None).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(
            header_of(&response, header::CONTENT_TYPE).starts_with(content_type),
            "{path}"
        );
        assert_eq!(
            header_of(&response, header::CACHE_CONTROL),
            "public, max-age=3600"
        );
        assert!(text(response).await.contains(needle), "{path}");
    }

    // The landing page loads ECL first, then the override sheet; ECL's data: images are
    // allowed, scripts and styles still only from CPMS itself.
    let response = cpms.get("/", None).await;
    assert_eq!(
        header_of(&response, header::CONTENT_SECURITY_POLICY),
        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
    );
    let html = text(response).await;
    let ecl = html.find("/static/ecl/ecl-eu.css").unwrap();
    let overrides = html.find("/static/style.css").unwrap();
    assert!(ecl < overrides, "{html}");
    assert!(!html.contains("style=\""), "no inline styles: {html}");
    assert!(!html.contains("<script"), "no scripts: {html}");
}

/// Starts a sign-in and returns the session cookie and the `state` sent to the provider.
async fn start_sign_in(cpms: &Cpms) -> (String, String) {
    let response = cpms.get("/login", None).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = header_of(&response, header::SET_COOKIE)
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let location = url::Url::parse(header_of(&response, header::LOCATION)).unwrap();
    let state = location
        .query_pairs()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    (cookie, state)
}

#[tokio::test]
async fn a_cancelled_sign_in_says_so_and_offers_to_sign_in_again() {
    let cpms = Cpms::start().await;
    let (cookie, state) = start_sign_in(&cpms).await;
    let response = cpms
        .get(
            &format!("/callback?error=access_denied&state={state}"),
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    assert!(html.contains("Sign-in cancelled"), "{html}");
    assert!(html.contains("You cancelled the sign-in"), "{html}");
    assert!(
        html.contains("id=\"login-again\" href=\"/login\">Sign in again</a>"),
        "{html}"
    );
    assert!(!html.contains("second factor"), "{html}");
    assert!(!html.contains("two-factor"), "{html}");

    // Only an unmet requirement asks for a second factor.
    let (cookie, state) = start_sign_in(&cpms).await;
    let response = cpms
        .get(
            &format!("/callback?error=unmet_authentication_requirements&state={state}"),
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = text(response).await;
    assert!(html.contains("Set up a second factor"), "{html}");
    assert!(html.contains("Sign in again"), "{html}");
}

#[tokio::test]
async fn a_refused_preference_is_shown_beside_its_field() {
    let cpms = Cpms::start().await;
    let (cookie, csrf) = cpms.member().await;

    // The first-login form: every field has a label.
    let html = text(cpms.get("/preferences", Some(&cookie)).await).await;
    assert!(html.contains("Welcome to CPMS: your preferences"), "{html}");
    assert!(html.contains("<label class=\"ecl-form-label\" for=\"professional_role\">"));
    for i in 1..=3 {
        assert!(
            html.contains(&format!("for=\"thematic_area-{i}\"")),
            "{html}"
        );
    }

    let post = |body: String| {
        Request::post("/preferences")
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap()
    };
    let area = "WS3+Rare+urogenital+tumours";
    let response = cpms
        .send(post(format!(
            "csrf={csrf}&professional_role=+&thematic_area={area}"
        )))
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = text(response).await;
    assert!(
        html.contains("id=\"professional_role-error\""),
        "the error is beside the role: {html}"
    );
    assert!(html.contains("aria-invalid=\"true\""), "{html}");
    assert!(html.contains("Please type in your professional role."));
    assert!(!html.contains("id=\"thematic_area-error\""), "{html}");

    let response = cpms
        .send(post(format!(
            "csrf={csrf}&professional_role=Surgeon&thematic_area=WS9"
        )))
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let html = text(response).await;
    assert!(html.contains("id=\"thematic_area-error\""), "{html}");
    assert!(!html.contains("id=\"professional_role-error\""), "{html}");

    // Done right: on to the ERN tab.
    let response = cpms
        .send(post(format!(
            "csrf={csrf}&professional_role=Surgeon&thematic_area={area}"
        )))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header_of(&response, header::LOCATION), "/ern");
}

/// CPMS names the identity provider as the provider names itself (`brand` in demo.json,
/// or `--provider-name`): the demo's "EU Login (demo)", not a fixed "EU Login".
#[tokio::test]
async fn the_sign_in_button_names_the_configured_provider() {
    let cpms = Cpms::start().await;
    let html = text(cpms.get("/", None).await).await;
    assert!(html.contains("Sign in with EU Login (demo)"), "{html}");
}
