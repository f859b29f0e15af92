//! Bad input of every kind gets a clear 4xx, never a 5xx or a panic.

use crate::support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};

#[tokio::test]
async fn hostile_input_is_answered_with_4xx() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let mut jar = Jar::default();
    let huge = "a".repeat(20_000);
    let cases: Vec<Request<Body>> = vec![
        Request::get(format!("/authorize?client_id={huge}")).body(Body::empty()).unwrap(),
        Request::get("/authorize?client_id=%ff%fe&redirect_uri=x").body(Body::empty()).unwrap(),
        Request::get(format!("/authorize?client_id={}&client_id=again", client.0)).body(Body::empty()).unwrap(),
        Request::post("/token").header("content-type", "application/json").body(Body::from("{\"grant_type\":")).unwrap(),
        Request::post("/token").header("content-type", "application/x-www-form-urlencoded").body(Body::from(vec![0xff, 0xfe, 0x3d])).unwrap(),
        Request::post("/token").header("content-type", "application/x-www-form-urlencoded").body(Body::from(format!("grant_type={huge}"))).unwrap(),
        Request::post("/token").header("content-type", "application/x-www-form-urlencoded").header("authorization", "Basic %%%not-base64").body(Body::from("grant_type=client_credentials")).unwrap(),
        Request::post("/token").header("content-type", "application/x-www-form-urlencoded").body(Body::from(format!("grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=eyJ.{huge}"))).unwrap(),
        Request::post("/token").header("content-type", "application/x-www-form-urlencoded").body(Body::from("grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=a.b.c")).unwrap(),
        Request::post("/token").header("content-type", "application/x-www-form-urlencoded").body(Body::from(vec![b'x'; 200_000])).unwrap(),
        Request::get("/userinfo").header("authorization", vec![0xffu8, 0xfe].as_slice()).body(Body::empty()).unwrap(),
        Request::get("/logout?id_token_hint=eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.").body(Body::empty()).unwrap(),
        Request::get(format!("/authorize/resume?flow={huge}")).body(Body::empty()).unwrap(),
        Request::get("/authorize/resume?flow=unknown").body(Body::empty()).unwrap(),
        Request::get("/authorize/resume").body(Body::empty()).unwrap(),
        Request::post("/introspect").header("content-type", "application/x-www-form-urlencoded").body(Body::from("token=x")).unwrap(),
    ];
    for (i, req) in cases.into_iter().enumerate() {
        let uri = req.uri().to_string();
        let page = app.send(req).await;
        assert!(
            page.status.is_client_error(),
            "case {i} {}: {} {}",
            &uri[..uri.len().min(80)],
            page.status,
            &page.body[..page.body.len().min(300)]
        );
    }
    let claims = "%7B%22id_token%22%3A";
    let page = app
        .get(&format!("/authorize?response_type=code&client_id={}&redirect_uri=http%3A%2F%2F127.0.0.1%3A9000%2Fcallback&scope=openid&claims={claims}", client.0), &mut jar)
        .await;
    assert_eq!(redirect_query(&page.location())["error"], "invalid_request");
}

#[tokio::test]
async fn security_headers_are_on_every_page() {
    let app = TestApp::sqlite().await;
    let mut jar = Jar::default();
    for path in ["/login", "/register", "/healthz", "/authorize"] {
        let page = app.get(path, &mut jar).await;
        assert!(
            page.headers.contains_key("content-security-policy"),
            "{path}"
        );
        assert_eq!(page.headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(page.headers["cache-control"], "no-store", "{path}");
    }
    let ready = app.get("/readyz", &mut jar).await;
    assert_eq!(ready.status, StatusCode::OK);
}

/// PostgreSQL text cannot hold NUL: a NUL anywhere a parameter can come from is a 400 on
/// every backend, never a database error, and a protocol endpoint says `invalid_request`.
#[tokio::test]
async fn a_nul_character_in_any_parameter_is_a_400() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let form = |uri: &str, body: &str| {
            Request::post(uri)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", jar.header())
                .body(Body::from(body.to_owned()))
                .unwrap()
        };
        let cases = vec![
            form("/account/phones/delete", "csrf=x&phone=a%00b"),
            form(
                "/login/identifier",
                "flow=f&csrf=x&email=ada%00%40example.org",
            ),
            form("/token", "grant_type=client_credentials&client_id=a%00"),
            Request::post("/app/v1/enrol")
                .header("content-type", "application/json")
                .body(Body::from("{\"token\":\"a\\u0000b\"}"))
                .unwrap(),
            Request::get("/account/security-keys?added=%00")
                .header("cookie", jar.header())
                .body(Body::empty())
                .unwrap(),
        ];
        for req in cases {
            let uri = req.uri().to_string();
            let page = app.send(req).await;
            assert_eq!(
                page.status,
                StatusCode::BAD_REQUEST,
                "{} {uri}: {}",
                app.backend,
                page.body
            );
            assert!(page.body.contains("NUL"), "{uri}: {}", page.body);
            if uri.starts_with("/token") || uri.starts_with("/app/") {
                assert_eq!(page.json()["error"], "invalid_request", "{uri}");
            }
        }
        // The account is untouched and still signs in.
        let hub = app.get("/account", &mut jar).await;
        assert_eq!(hub.status, StatusCode::OK);
    }
}
