//! The findings of the black-box security review (issue 12) that are about the protocol
//! surface: who may introspect and revoke, transport and origin, strict parameters, JWT
//! time claims, and credentials any tool can carry. Each test failed on the code the review
//! read (commit a346aaf).

use crate::support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};

async fn client_token(app: &TestApp, client: &(String, String)) -> String {
    let res = app
        .post_token(
            "/token",
            &[("grant_type", "client_credentials")],
            Some((&client.0, &client.1)),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.json()["access_token"].as_str().unwrap().to_owned()
}

async fn active(app: &TestApp, by: &(String, String), token: &str) -> bool {
    introspect(app, by, token).await["active"] == true
}

/// Finding 2: any client could read any other client's tokens by introspection.
#[tokio::test]
async fn a_token_is_introspected_only_by_its_client_and_its_resource_servers() {
    const API: &str = "https://portal.example.org/api";
    for app in backends().await {
        let portal = app.client(|c| c.audiences = vec![API.into()]).await;
        let other = app.client(|_| {}).await;
        let api = app.client(|c| c.resource = Some(API.into())).await;
        let other_api = app
            .client(|c| c.resource = Some("https://elsewhere.example.org/api".into()))
            .await;
        let token = client_token(&app, &portal).await;
        assert!(active(&app, &portal, &token).await, "its own client");
        assert!(
            active(&app, &api, &token).await,
            "the resource server it is for"
        );
        let seen_by_api = introspect(&app, &api, &token).await;
        assert_eq!(seen_by_api["client_id"], portal.0.as_str());
        assert!(seen_by_api["aud"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == API));
        for stranger in [&other, &other_api] {
            let answer = introspect(&app, stranger, &token).await;
            assert_eq!(
                answer,
                serde_json::json!({ "active": false }),
                "{}",
                app.backend
            );
        }
        // The other client's own token is invisible to the portal's resource server.
        let theirs = client_token(&app, &other).await;
        assert!(!active(&app, &api, &theirs).await);
        // Revocation is for the owning client alone (RFC 7009 2.1): refused, and the token
        // still works.
        let refused = app
            .post_token("/revoke", &[("token", &token)], Some((&other.0, &other.1)))
            .await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        assert_eq!(refused.json()["error"], "unauthorized_client");
        let refused = app
            .post_token("/revoke", &[("token", &token)], Some((&api.0, &api.1)))
            .await;
        assert_eq!(
            refused.status,
            StatusCode::BAD_REQUEST,
            "not even its resource server"
        );
        assert!(active(&app, &portal, &token).await);
        let revoked = app
            .post_token(
                "/revoke",
                &[("token", &token)],
                Some((&portal.0, &portal.1)),
            )
            .await;
        assert_eq!(revoked.status, StatusCode::OK);
        assert!(!active(&app, &api, &token).await);
    }
}

/// Finding 2 on the demo: a CPMS user's token, introspected with every other demo client's
/// credentials, is inactive; with the CPMS API's (its resource server), active.
#[tokio::test]
async fn the_demo_cpms_token_is_seen_by_the_cpms_api_and_no_other_client() {
    for app in backends().await {
        let demo = idp::cli::demo::seed(&app.state, None).await.unwrap();
        let creds = |id: &str| {
            let c = demo.clients.iter().find(|c| c.client_id == id).unwrap();
            (c.client_id.clone(), c.client_secret.clone().unwrap())
        };
        let cpms = demo.clients.iter().find(|c| c.client_id == "cpms").unwrap();
        let redirect = cpms.redirect_uris[0].clone();
        let user = &demo.users.iter().find(|u| u.roles.is_empty()).unwrap();
        let account = idp::store::users::find_by_email(&app.state.db, &user.email)
            .await
            .unwrap()
            .unwrap();
        idp::cli::user::add_confirmed_phone(&app.state, &account.id, "+32470123456")
            .await
            .unwrap();
        let mut jar = app
            .signed_in_with_password(&user.email, &user.password)
            .await;
        let p = pkce();
        let query = format!(
            "response_type=code&client_id=cpms&redirect_uri={}&scope=openid%20profile&state=s&nonce=n&code_challenge={}&code_challenge_method=S256",
            urlencode(&redirect),
            p.challenge
        );
        let (_, flow) = step_up_at(&app, &query, &mut jar).await;
        let back = sms_sign_in(&app, &flow, "+32470123456", &mut jar).await;
        let tokens = app
            .post_token(
                "/token",
                &[
                    ("grant_type", "authorization_code"),
                    ("code", &back["code"]),
                    ("redirect_uri", &redirect),
                    ("code_verifier", &p.verifier),
                ],
                Some((&creds("cpms").0, &creds("cpms").1)),
            )
            .await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
        let token = tokens.json()["access_token"].as_str().unwrap().to_owned();
        let by_api = introspect(&app, &creds("cpms-api"), &token).await;
        assert_eq!(by_api["active"], true, "{by_api}");
        assert_eq!(by_api["client_id"], "cpms");
        assert!(by_api["acr"].as_str().unwrap().ends_with("/loa/medium"));
        for other in demo
            .clients
            .iter()
            .filter(|c| c.client_id != "cpms" && c.client_id != "cpms-api")
        {
            let answer = introspect(&app, &creds(&other.client_id), &token).await;
            assert_eq!(
                answer,
                serde_json::json!({ "active": false }),
                "{}",
                other.client_id
            );
        }
        let refresh = tokens.json()["refresh_token"].as_str().map(str::to_owned);
        if let Some(refresh) = refresh {
            assert!(
                !active(&app, &creds("cpms-api"), &refresh).await,
                "refresh tokens: the client only"
            );
        }
    }
}

async fn get_with(app: &TestApp, uri: &str) -> Page {
    app.send(Request::get(uri).body(Body::empty()).unwrap())
        .await
}

/// Finding 5: no Strict-Transport-Security when the issuer is https.
#[tokio::test]
async fn an_https_issuer_sends_hsts_on_every_response() {
    for app in backends_with(|c| c.issuer = Some("https://idp.example.org".into())).await {
        hsts_everywhere(&app).await;
    }
    let app = TestApp::sqlite_with(|c| {
        c.issuer = Some("https://idp.example.org".into());
        c.hsts.include_subdomains = true;
        c.hsts.max_age_secs = 600;
    })
    .await;
    assert_eq!(
        get_with(&app, "/").await.headers["strict-transport-security"],
        "max-age=600; includeSubDomains"
    );
    let plain = TestApp::sqlite().await;
    assert!(get_with(&plain, "/")
        .await
        .headers
        .get("strict-transport-security")
        .is_none());
}

async fn hsts_everywhere(app: &TestApp) {
    for uri in [
        "/",
        "/login",
        "/.well-known/openid-configuration",
        "/nope",
        "/static/style.css",
    ] {
        let page = get_with(app, uri).await;
        assert_eq!(
            page.headers["strict-transport-security"], "max-age=31536000",
            "{uri}"
        );
    }
}

/// Finding 6: forms accepted a foreign `Origin` (or `null`) with a valid CSRF token.
#[tokio::test]
async fn state_changing_forms_from_another_origin_are_refused() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let start = app.get("/login", &mut jar).await;
        let login = app.get(&start.location(), &mut jar).await;
        // Under `no-referrer`, browsers send `Origin: null` even from our own pages.
        assert_eq!(login.headers["referrer-policy"], "same-origin");
        let flow = login.input("flow").unwrap();
        let csrf = login.input("csrf").unwrap();
        let post = |headers: Vec<(&'static str, &'static str)>| {
            let body = serde_urlencoded::to_string([
                ("flow", flow.as_str()),
                ("csrf", csrf.as_str()),
                ("email", "ada@example.org"),
            ])
            .unwrap();
            let mut request = Request::post("/login/identifier")
                .header("cookie", jar.header())
                .header("content-type", "application/x-www-form-urlencoded");
            for (k, v) in headers {
                request = request.header(k, v);
            }
            app.send(request.body(Body::from(body)).unwrap())
        };
        for refused in [
            vec![("origin", "https://evil.example")],
            vec![("origin", "null")],
            vec![("origin", "http://localhost:8080.evil.example")],
            vec![("sec-fetch-site", "cross-site")],
            vec![("sec-fetch-site", "same-site")],
            vec![("origin", ISSUER), ("sec-fetch-site", "cross-site")],
        ] {
            let page = post(refused.clone()).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{refused:?}");
            assert!(page.body.contains("not sent from EU Login"));
        }
        for accepted in [
            vec![("origin", ISSUER)],
            vec![("origin", ISSUER), ("sec-fetch-site", "same-origin")],
            vec![],
        ] {
            let page = post(accepted.clone()).await;
            assert_eq!(
                page.status,
                StatusCode::SEE_OTHER,
                "{accepted:?}: {}",
                page.body
            );
        }
        // Protocol endpoints are called from other origins by design.
        let client = app.client(|_| {}).await;
        let body = "grant_type=client_credentials";
        let basic = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            format!("{}:{}", client.0, client.1),
        );
        let token = app
            .send(
                Request::post("/token")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("authorization", format!("Basic {basic}"))
                    .header("origin", "https://spa.example")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(token.status, StatusCode::OK, "{}", token.body);
    }
}

/// Finding 7: CR/LF from the request came back in `error_description`, and a `state` with
/// control characters was accepted.
#[tokio::test]
async fn control_characters_are_refused_and_nothing_of_the_input_comes_back() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        let base = format!(
            "client_id={}&redirect_uri={}&scope=openid&code_challenge={}&code_challenge_method=S256",
            client.0,
            urlencode(REDIRECT),
            pkce().challenge
        );
        let mut jar = Jar::default();
        for bad in [
            "response_type=tok%0d%0aX-Inj:%201",
            "response_type=code&state=a%0d%0aSet-Cookie:%20x=1",
            "response_type=code&state=%07bell",
            "response_type=code&nonce=%C2%85next-line",
        ] {
            let page = app.get(&format!("/authorize?{base}&{bad}"), &mut jar).await;
            assert_eq!(
                page.status,
                StatusCode::BAD_REQUEST,
                "{bad}: {}",
                page.location()
            );
            assert!(
                page.headers.get("location").is_none(),
                "never redirected: {bad}"
            );
            assert!(
                !page.body.contains("Inj") && !page.body.contains("Set-Cookie"),
                "{bad}"
            );
        }
        // Without control characters, the error goes back to the client, in our words only.
        let page = app
            .get(
                &format!("/authorize?{base}&response_type=token%20id_token_evil"),
                &mut jar,
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
        let back = redirect_query(&page.location());
        assert_eq!(back["error"], "unsupported_response_type");
        assert!(!back["error_description"].contains("evil"), "{back:?}");
        let allowed = |d: &str| {
            d.bytes()
                .all(|b| matches!(b, 0x20..=0x21 | 0x23..=0x5b | 0x5d..=0x7e))
        };
        assert!(allowed(&back["error_description"]));
        for form in [
            vec![("grant_type", "client_credentials\r\nX-Inj: 1")],
            vec![("grant_type", "password_evil")],
            vec![("grant_type", "client_credentials"), ("scope", "api\u{7f}")],
            vec![
                ("grant_type", "client_credentials"),
                ("scope", "evil_scope"),
            ],
            vec![
                ("grant_type", "authorization_code"),
                ("code", "x"),
                ("code", "y"),
            ],
        ] {
            let res = app
                .post_token("/token", &form, Some((&client.0, &client.1)))
                .await;
            assert_eq!(res.status, StatusCode::BAD_REQUEST, "{form:?}");
            let description = res.json()["error_description"]
                .as_str()
                .unwrap_or("")
                .to_owned();
            assert!(allowed(&description), "{description:?}");
            assert!(
                !description.contains("evil") && !description.contains("Inj"),
                "{description}"
            );
        }
    }
}

/// Finding 8: client assertions dated 120 s in the future were accepted. One leeway
/// (`tokens.jwt_leeway_secs`, 30 s) now applies to `iat`, `nbf` and `exp`.
#[tokio::test]
async fn client_assertion_times_are_checked_with_one_leeway() {
    for app in backends().await {
        let (client_id, signer) = private_key_jwt_client(&app).await;
        let now = app.clock_now();
        let mut n = 0;
        let mut try_with = |extra: serde_json::Value| {
            n += 1;
            let mut claims = serde_json::json!({ "iss": client_id, "sub": client_id,
                "aud": format!("{ISSUER}/token"), "exp": now + 60, "jti": format!("jti-{n}") });
            for (k, v) in extra.as_object().unwrap() {
                claims[k] = v.clone();
            }
            let jwt = signer.sign_jwt(claims.as_object().unwrap(), None).unwrap();
            let form = [
                ("grant_type", "client_credentials".to_owned()),
                (
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".to_owned(),
                ),
                ("client_assertion", jwt),
            ];
            let app = &app;
            async move {
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                app.post_token("/token", &form, None).await.status
            }
        };
        let cases = [
            (serde_json::json!({ "iat": now }), StatusCode::OK),
            (serde_json::json!({ "iat": now + 20 }), StatusCode::OK),
            (
                serde_json::json!({ "iat": now + 120 }),
                StatusCode::UNAUTHORIZED,
            ),
            (
                serde_json::json!({ "nbf": now + 120 }),
                StatusCode::UNAUTHORIZED,
            ),
            (serde_json::json!({ "exp": now - 20 }), StatusCode::OK),
            (
                serde_json::json!({ "exp": now - 60 }),
                StatusCode::UNAUTHORIZED,
            ),
            (
                serde_json::json!({ "exp": now + 7200 }),
                StatusCode::UNAUTHORIZED,
            ),
        ];
        for (extra, expected) in cases {
            let status = try_with(extra.clone()).await;
            assert_eq!(status, expected, "{extra} on {}", app.backend);
        }
    }
}

/// Finding 14: generated client ids and secrets began with `-` about once in 64, and broke
/// command lines (CI failed once that way).
#[tokio::test]
async fn generated_client_ids_and_secrets_begin_with_a_letter_or_digit() {
    for app in backends().await {
        generated_credentials(&app).await;
    }
}

async fn generated_credentials(app: &TestApp) {
    for _ in 0..300 {
        let (id, secret) = app.client(|_| {}).await;
        for value in [&id, &secret] {
            assert!(
                value.starts_with(|c: char| c.is_ascii_alphanumeric()),
                "{value}"
            );
        }
    }
}
