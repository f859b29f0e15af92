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
            pseudo_locale: true,
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

/// `cookie` with the language cookie of the pseudo-locale added.
fn pseudo(cookie: &str) -> String {
    format!("{cookie}; cpms_lang=en-XA")
}

/// `html` with the escapes of `/` and `&` in attributes undone, to find an `href`.
fn unescaped(html: &str) -> String {
    html.replace("&#x2f;", "/").replace("&amp;", "&")
}

fn lang_of(html: &str) -> &str {
    html.split("<html lang=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("")
}

/// The `ui_locales` of the authorization request `/login` redirects to.
async fn ui_locales(cpms: &Cpms, request: Request<Body>) -> String {
    let response = cpms.send(request).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = url::Url::parse(header_of(&response, header::LOCATION)).unwrap();
    assert!(location.path().ends_with("/authorize"), "{location}");
    let all: Vec<String> = location
        .query_pairs()
        .filter(|(k, _)| k == "ui_locales")
        .map(|(_, v)| v.into_owned())
        .collect();
    assert_eq!(all.len(), 1, "{location}");
    all[0].clone()
}

fn login_with(cookie: Option<&str>, accept_language: Option<&str>) -> Request<Body> {
    let mut request = Request::get("/login");
    if let Some(c) = cookie {
        request = request.header(header::COOKIE, c);
    }
    if let Some(a) = accept_language {
        request = request.header(header::ACCEPT_LANGUAGE, a);
    }
    request.body(Body::empty()).unwrap()
}

#[tokio::test]
async fn the_language_cookie_changes_the_page_language_and_lang() {
    let cpms = Cpms::start().await;
    let html = text(cpms.get("/", None).await).await;
    assert_eq!(lang_of(&html), "en");
    assert!(html.contains("Welcome to CPMS"), "{html}");
    assert!(
        unescaped(&html).contains("href=\"/language?back=%2F\""),
        "the header links to the selector: {html}"
    );
    assert!(html.contains("Language: English (en)"), "{html}");

    let html = text(cpms.get("/", Some("cpms_lang=en-XA")).await).await;
    assert_eq!(lang_of(&html), "en-XA");
    assert!(!html.contains("Welcome to CPMS"), "{html}");
    assert!(
        html.contains(&relying_party_demo::i18n::text(
            relying_party_demo::i18n::PSEUDO,
            "index-heading",
            &[]
        )),
        "{html}"
    );

    // Every shipped language by its cookie, and by the browser's wish.
    for l in relying_party_demo::i18n::shipped() {
        let html = text(cpms.get("/", Some(&format!("cpms_lang={}", l.code))).await).await;
        assert_eq!(lang_of(&html), l.code);
        let response = cpms
            .send(
                Request::get("/")
                    .header(header::ACCEPT_LANGUAGE, format!("{};q=0.8, xx", l.code))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(lang_of(&text(response).await), l.code);
    }

    // The cookie comes before the browser's wish; signed in, the pages follow it too.
    let response = cpms
        .send(
            Request::get("/")
                .header(header::COOKIE, "cpms_lang=en")
                .header(header::ACCEPT_LANGUAGE, "en-XA")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(lang_of(&text(response).await), "en");
    let (cookie, _) = cpms.member().await;
    let html = text(cpms.get("/preferences", Some(&pseudo(&cookie))).await).await;
    assert_eq!(lang_of(&html), "en-XA");
    assert!(!html.contains("Professional role"), "{html}");
}

#[tokio::test]
async fn the_selector_lists_the_languages_by_their_own_names_and_keeps_the_choice() {
    let cpms = Cpms::start().await;
    let response = cpms.get("/language?back=%2Fern%3Fx%3D1", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    assert!(html.contains("Choose your language"), "{html}");
    for l in relying_party_demo::i18n::shipped() {
        assert!(html.contains(&l.label()), "{} listed: {html}", l.code);
        assert!(
            unescaped(&html).contains(&format!(
                "href=\"/language?lang={}&back=%2Fern%3Fx%3D1\"",
                l.code
            )),
            "{html}"
        );
    }
    assert!(html.contains("English (en)"), "{html}");
    assert!(html.contains("Ƥšéûðö (en-XA)"), "switched on here: {html}");

    // Choosing keeps the language in a cookie for a year and returns to the page.
    let response = cpms
        .get("/language?lang=en-XA&back=%2Fern%3Fx%3D1", None)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header_of(&response, header::LOCATION), "/ern?x=1");
    let cookie = header_of(&response, header::SET_COOKIE);
    assert!(cookie.starts_with("cpms_lang=en-XA; Path=/;"), "{cookie}");
    assert!(cookie.contains("Max-Age=31536000"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    // Only a local path is returned to; an unknown language changes nothing; no error page.
    for (query, location) in [
        ("lang=en&back=%2F%2Fevil.example%2Fx", "/"),
        ("lang=en&back=https%3A%2F%2Fevil.example", "/"),
        ("lang=en&back=%2Fa%0D%0ASet-Cookie%3A+x", "/"),
        ("lang=en", "/"),
        ("lang=en&back=%2Fpanels&back=%2F%2Fevil", "/panels"),
    ] {
        let response = cpms.get(&format!("/language?{query}"), None).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{query}");
        assert_eq!(header_of(&response, header::LOCATION), location, "{query}");
        assert!(header_of(&response, header::SET_COOKIE).starts_with("cpms_lang=en;"));
    }
    for query in [
        "lang=xx&back=%2Fpanels",
        "lang=&back=%2Fpanels",
        "lang=%F0%9F%99%82&back=%2Fpanels",
    ] {
        let response = cpms.get(&format!("/language?{query}"), None).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{query}");
        assert_eq!(header_of(&response, header::LOCATION), "/panels", "{query}");
        assert_eq!(header_of(&response, header::SET_COOKIE), "", "{query}");
    }
    let response = cpms.get("/language?back=%zz&%%%=&=x", None).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "a garbled query lists the languages"
    );

    // From the selector's own page, the header's link does not lead back to itself.
    let html = text(cpms.get("/language?back=%2Flanguage", None).await).await;
    assert!(html.contains("back=%2F\""), "{html}");
    assert!(!html.contains("back=%2Flanguage"), "{html}");
}

#[tokio::test]
async fn the_authorization_request_carries_ui_locales_of_the_page_language() {
    let cpms = Cpms::start().await;
    assert_eq!(ui_locales(&cpms, login_with(None, None)).await, "en");
    assert_eq!(
        ui_locales(&cpms, login_with(Some("cpms_lang=en-XA"), None)).await,
        "en-XA"
    );
    assert_eq!(
        ui_locales(&cpms, login_with(None, Some("en-XA, en;q=0.5"))).await,
        "en-XA"
    );
    for l in relying_party_demo::i18n::shipped() {
        let cookie = format!("cpms_lang={}", l.code);
        assert_eq!(
            ui_locales(&cpms, login_with(Some(&cookie), None)).await,
            l.code
        );
        assert_eq!(
            ui_locales(&cpms, login_with(None, Some(l.code))).await,
            l.code
        );
    }
    // A step-up from a signed-in session asks in the page's language too.
    let (cookie, _) = cpms.member().await;
    assert_eq!(
        ui_locales(&cpms, login_with(Some(&pseudo(&cookie)), None)).await,
        "en-XA"
    );
}

#[tokio::test]
async fn unknown_or_malformed_language_values_fall_back_quietly_to_english() {
    let cpms = Cpms::start().await;
    let long = format!("cpms_lang={}", "de".repeat(3000));
    let cookies: Vec<&[u8]> = vec![
        b"cpms_lang=xx",
        b"cpms_lang=",
        b"cpms_lang",
        b"cpms_lang=%64%65",
        b"cpms_lang=\"de\"",
        b"cpms_lang=EN-xa",
        b"cpms_lang=\xF0\x9F\x99\x82",
        long.as_bytes(),
    ];
    let accepts: Vec<&[u8]> = vec![
        b"*",
        b"",
        b"xx-!!",
        b";q=1",
        b"de;q=abc",
        b"de;q=7",
        b"de;q=0",
        b"\xF0\x9F\x99\x82",
        b",,,,,;;;;=",
    ];
    for cookie in &cookies {
        for accept in &accepts {
            for path in ["/", "/login", "/language", "/no/such/page"] {
                let request = Request::get(path)
                    .header(
                        header::COOKIE,
                        header::HeaderValue::from_bytes(cookie).unwrap(),
                    )
                    .header(
                        header::ACCEPT_LANGUAGE,
                        header::HeaderValue::from_bytes(accept).unwrap(),
                    )
                    .body(Body::empty())
                    .unwrap();
                let what = format!(
                    "{path} {:?} {:?}",
                    String::from_utf8_lossy(cookie),
                    String::from_utf8_lossy(accept)
                );
                if path == "/login" {
                    assert_eq!(ui_locales(&cpms, request).await, "en", "{what}");
                    continue;
                }
                let response = cpms.send(request).await;
                let expected = if path == "/no/such/page" {
                    StatusCode::NOT_FOUND
                } else {
                    StatusCode::OK
                };
                assert_eq!(response.status(), expected, "{what}");
                let html = text(response).await;
                assert_eq!(lang_of(&html), "en", "{what}");
            }
        }
    }
}

/// The ASCII words of a page's text and of its attributes people read: in the pseudo-locale
/// every word of the catalogue is accented, so what is left is data or a word that did not
/// come from the catalogue.
fn ascii_words(html: &str) -> Vec<String> {
    let mut read = String::new();
    for attribute in [
        "aria-label",
        "title",
        "alt",
        "placeholder",
        "data-ecl-table-header",
    ] {
        for piece in html.split(&format!(" {attribute}=\"")).skip(1) {
            read.push_str(piece.split('"').next().unwrap_or(""));
            read.push(' ');
        }
    }
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                read.push(' ');
            }
            c if !in_tag => read.push(c),
            _ => {}
        }
    }
    let mut plain = String::new();
    let mut rest = read.as_str();
    while let Some(start) = rest.find('&') {
        plain.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find(';').filter(|e| *e < 10).map_or(1, |e| e + 1);
        plain.push(' ');
        rest = &after[end..];
    }
    plain.push_str(rest);
    plain
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn assert_all_words_from_the_catalogue(what: &str, html: &str, data: &[&str]) {
    // The languages' own names and codes, in the selector, are data too.
    let languages: Vec<String> = relying_party_demo::i18n::LOCALES
        .iter()
        .flat_map(|l| [l.label(), l.name.to_owned()])
        .collect();
    let allowed: std::collections::BTreeSet<String> = data
        .iter()
        .chain(&["CPMS", "EN", "XA", "en", "EU", "Login", "demo"])
        .map(|d| d.to_string())
        .chain(languages)
        .flat_map(|d| ascii_words(&d))
        .collect();
    let stray: Vec<String> = ascii_words(html)
        .into_iter()
        .filter(|w| !allowed.contains(w))
        .collect();
    assert!(
        stray.is_empty(),
        "{what}: words not from the catalogue {stray:?}\n{html}"
    );
}

#[tokio::test]
async fn in_the_pseudo_locale_every_word_of_every_page_comes_from_the_catalogue() {
    let cpms = Cpms::start().await;
    let data = [
        "Francesca Verdi",
        "Surgeon",
        "Radboud University Medical Center",
        "eUROGEN",
        "NL",
        "HP",
        "WS1 Rare congenital urorecto genital anomalies",
        "WS2 Functional urogenital conditions requiring highly specialised surgery",
        "WS3 Rare urogenital tumours",
        "eUROGEN WS1 case review",
        "eUROGEN WS2 reconstructive surgery board",
        "eUROGEN WS3 tumour board",
        "English",
        "u1",
    ];
    let page = |path: &'static str, cookie: Option<String>| {
        let cookie = cookie.unwrap_or_else(|| "cpms_lang=en-XA".to_owned());
        let cpms = &cpms;
        async move {
            let html = text(cpms.get(path, Some(&cookie)).await).await;
            assert_eq!(lang_of(&html), "en-XA", "{path}");
            assert_all_words_from_the_catalogue(path, &html, &data);
        }
    };
    for path in [
        "/",
        "/language",
        "/no/such/page",
        "/callback?code=x&state=y",
    ] {
        page(path, None).await;
    }

    // A member: the first-login form, its errors, then every page of the portal.
    let (member, csrf) = cpms.member().await;
    let member = pseudo(&member);
    page("/preferences", Some(member.clone())).await;
    let post = |body: String| {
        Request::post("/preferences")
            .header(header::COOKIE, &member)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap()
    };
    let area = "WS3+Rare+urogenital+tumours";
    for body in [
        format!("csrf=wrong&professional_role=Surgeon&thematic_area={area}"),
        format!("csrf={csrf}&professional_role=+&thematic_area={area}"),
        format!(
            "csrf={csrf}&professional_role={}&thematic_area={area}",
            "x".repeat(101)
        ),
        format!("csrf={csrf}&professional_role=a%01b&thematic_area={area}"),
        format!("csrf={csrf}&professional_role=Surgeon&thematic_area=WS9"),
    ] {
        let response = cpms.send(post(body.clone())).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
        let html = text(response).await;
        let mut data = data.to_vec();
        let long = "x".repeat(101);
        data.extend(["a", "b", long.as_str()]);
        assert_all_words_from_the_catalogue(&body, &html, &data);
    }
    let response = cpms
        .send(post(format!(
            "csrf={csrf}&professional_role=Surgeon&thematic_area={area}"
        )))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    for path in [
        "/",
        "/ern",
        "/ern/preferences",
        "/panels",
        "/logout",
        "/no/such/page",
    ] {
        page(path, Some(member.clone())).await;
    }
    let response = cpms
        .send(
            Request::post("/logout")
                .header(header::COOKIE, &member)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("csrf=wrong"))
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_all_words_from_the_catalogue("sign-out refused", &text(response).await, &data);
    let response = cpms
        .send(
            Request::post("/")
                .header(header::COOKIE, &member)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_all_words_from_the_catalogue("405", &text(response).await, &data);

    // Without a grant: how to request access.
    let session = cpms.state.sessions.create().await;
    let no_grant = cpms
        .state
        .sessions
        .sign_in(
            &session.id,
            SignedIn {
                sub: "u2".into(),
                sid: None,
                name: Some("Francesca Verdi".into()),
                email: None,
                acr: format!("{}/loa/medium", cpms.state.settings.issuer),
                entitlements: vec![],
                id_token: "id-token".into(),
            },
        )
        .await;
    let response = cpms
        .get("/", Some(&pseudo(&format!("cpms_session={}", no_grant.id))))
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_all_words_from_the_catalogue("access request", &text(response).await, &data);

    // The ends of a sign-in.
    for query in [
        "error=access_denied",
        "error=unmet_authentication_requirements",
        "error=server_error",
        "",
        "error=access_denied&iss=http%3A%2F%2Fevil.example",
    ] {
        let (session, state) = start_sign_in(&cpms).await;
        let uri = format!("/callback?state={state}&{query}");
        let html = text(cpms.get(&uri, Some(&pseudo(&session))).await).await;
        assert_eq!(lang_of(&html), "en-XA", "{query}");
        assert_all_words_from_the_catalogue(&uri, &html, &data);
        // The selector leads home from here: the callback's code is used once.
        assert!(
            unescaped(&html).contains("href=\"/language?back=%2F\""),
            "{html}"
        );
    }
    let (session, _) = start_sign_in(&cpms).await;
    let html = text(
        cpms.get("/callback?state=forged&code=c", Some(&pseudo(&session)))
            .await,
    )
    .await;
    assert_all_words_from_the_catalogue("forged state", &html, &data);
    let html = text(
        cpms.get("/callback?state=forged&code=c", Some(&pseudo(&session)))
            .await,
    )
    .await;
    assert_all_words_from_the_catalogue("used", &html, &data);
}
