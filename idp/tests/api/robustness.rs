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
