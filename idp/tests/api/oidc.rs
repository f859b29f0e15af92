//! The protocol surface through the router: discovery, the code flow, tokens, userinfo,
//! introspection, revocation, logout, and every refusal a relying party relies on.

use crate::support::*;
use axum::http::StatusCode;
use serde_json::Value;

#[tokio::test]
async fn discovery_is_valid_provider_metadata_and_jwks_publishes_the_signing_key() {
    for app in backends().await {
        let mut jar = Jar::default();
        let doc = app.get("/.well-known/openid-configuration", &mut jar).await;
        assert_eq!(doc.status, StatusCode::OK);
        let parsed: openidconnect::core::CoreProviderMetadata =
            serde_json::from_str(&doc.body).unwrap();
        assert_eq!(parsed.issuer().as_str(), ISSUER);
        let meta = doc.json();
        assert_eq!(
            meta["code_challenge_methods_supported"],
            serde_json::json!(["S256"])
        );
        assert_eq!(meta["authorization_response_iss_parameter_supported"], true);
        assert!(meta["acr_values_supported"]
            .as_array()
            .unwrap()
            .contains(&Value::from(format!("{ISSUER}/loa/medium"))));
        assert_eq!(
            meta["id_token_signing_alg_values_supported"],
            serde_json::json!(["ES256", "RS256"]),
            "ES256 by default, RS256 as Discovery requires"
        );
        let jwks = app.get("/jwks.json", &mut jar).await.json();
        let keys = jwks["keys"].as_array().unwrap();
        let algs: Vec<&str> = keys.iter().map(|k| k["alg"].as_str().unwrap()).collect();
        assert_eq!(algs.len(), 2);
        assert!(
            algs.contains(&"ES256") && algs.contains(&"RS256"),
            "{algs:?}"
        );
        assert!(
            keys.iter()
                .all(|k| k.get("d").is_none() && k.get("p").is_none()),
            "no private part published"
        );
        assert_eq!(doc.headers["content-type"], "application/json");

        // Both documents are made once, and made again when the keys change: an EdDSA key,
        // once it signs, is in the JWKS and its algorithm in discovery.
        let before = app.get("/.well-known/openid-configuration", &mut jar).await;
        assert_eq!(before.body, doc.body, "the same bytes again");
        let alg: keys::Algorithm = "EdDSA".parse().unwrap();
        app.state.signer.rotate(Some(alg)).await.unwrap();
        app.clock
            .advance(app.state.config.keys.publish_lead_secs + 1);
        let meta = app
            .get("/.well-known/openid-configuration", &mut jar)
            .await
            .json();
        assert!(
            meta["id_token_signing_alg_values_supported"]
                .as_array()
                .unwrap()
                .contains(&Value::from("EdDSA")),
            "{meta}"
        );
        let jwks = app.get("/jwks.json", &mut jar).await.json();
        assert!(jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["alg"] == "EdDSA"));
    }
}

#[tokio::test]
async fn code_flow_issues_an_id_token_with_assurance_claims_and_tokens_that_work() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        let user_id = app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
        assert_eq!(query["state"], "st-1");
        assert_eq!(query["iss"], ISSUER, "RFC 9207 iss in the response");
        let tokens = exchange(&app, &client, &query["code"], &verifier).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
        assert_eq!(tokens.headers["cache-control"], "no-store");
        let body = tokens.json();
        let id = jwt_claims(body["id_token"].as_str().unwrap());
        assert_eq!(id["iss"], ISSUER);
        assert_eq!(id["sub"], user_id.as_str());
        assert_eq!(id["aud"], client.0.as_str());
        assert_eq!(id["azp"], client.0.as_str());
        assert_eq!(id["nonce"], "n-1");
        assert_eq!(id["acr"], format!("{ISSUER}/loa/basic"));
        assert_eq!(id["amr"], serde_json::json!(["pwd"]));
        assert_eq!(id["auth_time"], 1_900_000_000);
        assert!(id["sid"].is_string() && id["at_hash"].is_string());
        let at = body["access_token"].as_str().unwrap();
        assert_eq!(id["at_hash"], keys::token_hash(keys::Algorithm::ES256, at));

        // userinfo GET and POST
        let req = axum::http::Request::get("/userinfo")
            .header("authorization", format!("Bearer {at}"))
            .body(axum::body::Body::empty())
            .unwrap();
        let info = app.send(req).await;
        assert_eq!(info.status, StatusCode::OK, "{}", info.body);
        assert_eq!(info.json()["email"], "ada@example.org");
        assert_eq!(info.json()["sub"], user_id.as_str());
        assert_eq!(
            info.json()["acr"],
            id["acr"],
            "userinfo says how the user signed in"
        );
        assert_eq!(info.json()["amr"], id["amr"]);
        assert_eq!(info.json()["auth_time"], id["auth_time"]);
        let posted = app
            .post_token("/userinfo", &[("access_token", at)], None)
            .await;
        assert_eq!(posted.json()["given_name"], "Ada");

        // introspection reports the level
        let intro = introspect(&app, &client, at).await;
        assert_eq!(intro["active"], true);
        assert_eq!(intro["acr"], format!("{ISSUER}/loa/basic"));
        assert_eq!(intro["auth_time"], 1_900_000_000);
        assert_eq!(intro["sub"], user_id.as_str());
        // Every member RFC 7662 2.2 names that applies, once, and the grant's claims.
        assert_eq!(
            members(&intro),
            [
                "acr",
                "active",
                "amr",
                "aud",
                "auth_time",
                "client_id",
                "exp",
                "iat",
                "iss",
                "scope",
                "sid",
                "sub",
                "token_type",
                "username"
            ],
            "{intro}"
        );
        assert_eq!(intro["token_type"], "Bearer");
        assert_eq!(intro["client_id"], client.0.as_str());
        assert_eq!(intro["aud"], client.0.as_str());
        assert_eq!(intro["iss"], ISSUER);
        assert_eq!(intro["username"], "ada@example.org");
        assert_eq!(intro["sid"], id["sid"]);
        assert_eq!(intro["amr"], id["amr"]);
        assert!(intro["exp"].as_i64().unwrap() > intro["iat"].as_i64().unwrap());
    }
}

#[tokio::test]
async fn a_replayed_code_is_refused_and_revokes_what_it_issued() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
        let first = exchange(&app, &client, &query["code"], &verifier)
            .await
            .json();
        let replay = exchange(&app, &client, &query["code"], &verifier).await;
        assert_eq!(replay.status, StatusCode::BAD_REQUEST);
        assert_eq!(replay.json()["error"], "invalid_grant");
        let intro = introspect(&app, &client, first["access_token"].as_str().unwrap()).await;
        assert_eq!(intro, serde_json::json!({ "active": false }));
        let refresh = app
            .post_token(
                "/token",
                &[
                    ("grant_type", "refresh_token"),
                    ("refresh_token", first["refresh_token"].as_str().unwrap()),
                ],
                Some((&client.0, &client.1)),
            )
            .await;
        assert_eq!(refresh.json()["error"], "invalid_grant");
    }
}

#[tokio::test]
async fn an_expired_code_is_refused() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    app.clock.advance(61);
    let late = exchange(&app, &client, &query["code"], &verifier).await;
    assert_eq!(late.json()["error"], "invalid_grant");
}

#[tokio::test]
async fn refresh_tokens_rotate_and_a_reused_one_revokes_the_family() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
        let first = exchange(&app, &client, &query["code"], &verifier)
            .await
            .json();
        let r1 = first["refresh_token"].as_str().unwrap().to_owned();
        let second = app
            .post_token(
                "/token",
                &[("grant_type", "refresh_token"), ("refresh_token", &r1)],
                Some((&client.0, &client.1)),
            )
            .await;
        assert_eq!(second.status, StatusCode::OK, "{}", second.body);
        let second = second.json();
        let r2 = second["refresh_token"].as_str().unwrap().to_owned();
        assert_ne!(r1, r2, "rotated");
        let id = jwt_claims(second["id_token"].as_str().unwrap());
        assert_eq!(
            id["auth_time"], 1_900_000_000,
            "refresh keeps the original auth_time"
        );
        // reuse of r1: refused, and r2 and its access token die with the family
        let reuse = app
            .post_token(
                "/token",
                &[("grant_type", "refresh_token"), ("refresh_token", &r1)],
                Some((&client.0, &client.1)),
            )
            .await;
        assert_eq!(reuse.json()["error"], "invalid_grant");
        let after = app
            .post_token(
                "/token",
                &[("grant_type", "refresh_token"), ("refresh_token", &r2)],
                Some((&client.0, &client.1)),
            )
            .await;
        assert_eq!(after.json()["error"], "invalid_grant");
        let intro = introspect(&app, &client, second["access_token"].as_str().unwrap()).await;
        assert_eq!(intro["active"], false);
    }
}

#[tokio::test]
async fn client_authentication_failures_are_401_invalid_client() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let wrong = app
        .post_token(
            "/token",
            &[("grant_type", "client_credentials")],
            Some((&client.0, "not-the-secret")),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.json()["error"], "invalid_client");
    assert!(wrong.headers.contains_key("www-authenticate"));
    let unknown = app
        .post_token(
            "/token",
            &[("grant_type", "client_credentials")],
            Some(("nobody", "x")),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    // a basic client may not switch to client_secret_post
    let post = app
        .post_token(
            "/token",
            &[
                ("grant_type", "client_credentials"),
                ("client_id", &client.0),
                ("client_secret", &client.1),
            ],
            None,
        )
        .await;
    assert_eq!(post.json()["error"], "invalid_client");
    let none = app
        .post_token(
            "/token",
            &[
                ("grant_type", "client_credentials"),
                ("client_id", &client.0),
            ],
            None,
        )
        .await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn client_credentials_tokens_introspect_and_revoke() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        let res = app
            .post_token(
                "/token",
                &[("grant_type", "client_credentials"), ("scope", "api")],
                Some((&client.0, &client.1)),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let at = res.json()["access_token"].as_str().unwrap().to_owned();
        assert!(res.json().get("id_token").is_none() && res.json().get("refresh_token").is_none());
        let intro = introspect(&app, &client, &at).await;
        assert_eq!(intro["active"], true);
        assert_eq!(intro["scope"], "api");
        // A client's own token is about the client: no user, no grant's claims.
        assert_eq!(
            members(&intro),
            [
                "active",
                "aud",
                "client_id",
                "exp",
                "iat",
                "iss",
                "scope",
                "sub",
                "token_type"
            ],
            "{intro}"
        );
        assert_eq!(intro["sub"], client.0.as_str());
        assert_eq!(intro["aud"], client.0.as_str());
        assert_eq!(intro["token_type"], "Bearer");
        let bad_scope = app
            .post_token(
                "/token",
                &[("grant_type", "client_credentials"), ("scope", "admin")],
                Some((&client.0, &client.1)),
            )
            .await;
        assert_eq!(bad_scope.json()["error"], "invalid_scope");
        let revoked = app
            .post_token("/revoke", &[("token", &at)], Some((&client.0, &client.1)))
            .await;
        assert_eq!(revoked.status, StatusCode::OK);
        assert_eq!(introspect(&app, &client, &at).await["active"], false);
        // unknown tokens: still 200 (RFC 7009 2.2)
        let unknown = app
            .post_token(
                "/revoke",
                &[("token", "nope")],
                Some((&client.0, &client.1)),
            )
            .await;
        assert_eq!(unknown.status, StatusCode::OK);
        app.clock.advance(601);
        let res = app
            .post_token(
                "/token",
                &[("grant_type", "client_credentials")],
                Some((&client.0, &client.1)),
            )
            .await;
        let at2 = res.json()["access_token"].as_str().unwrap().to_owned();
        app.clock.advance(601);
        assert_eq!(
            introspect(&app, &client, &at2).await["active"],
            false,
            "expired after 600 s"
        );
    }
}

#[tokio::test]
async fn an_unregistered_redirect_uri_is_never_redirected_to() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let mut jar = Jar::default();
    let page = app
        .get(&format!("/authorize?response_type=code&client_id={}&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&scope=openid&state=x", client.0), &mut jar)
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.headers.get("location").is_none());
    assert!(page.body.contains("not registered"), "{}", page.body);
    let unknown = app.get("/authorize?response_type=code&client_id=nobody&redirect_uri=https%3A%2F%2Fevil.example%2Fcb", &mut jar).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.headers.get("location").is_none());
}

#[tokio::test]
async fn pkce_plain_missing_and_wrong_verifiers_are_refused() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let public = app
        .client(|c| {
            c.auth_method = ClientAuthMethod::None;
            c.grant_types = vec![GrantType::AuthorizationCode];
        })
        .await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let base = format!(
        "response_type=code&redirect_uri={}&scope=openid&state=s",
        urlencode(REDIRECT)
    );
    let plain = app.get(&format!("/authorize?{base}&client_id={}&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghijabc&code_challenge_method=plain", client.0), &mut jar).await;
    let q = redirect_query(&plain.location());
    assert_eq!(q["error"], "invalid_request");
    assert!(q["error_description"].contains("plain"));
    let missing = app
        .get(
            &format!("/authorize?{base}&client_id={}", public.0),
            &mut jar,
        )
        .await;
    assert_eq!(
        redirect_query(&missing.location())["error"],
        "invalid_request"
    );
    // wrong verifier
    let (query, _) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    let wrong = exchange(&app, &client, &query["code"], &pkce().verifier).await;
    assert_eq!(wrong.json()["error"], "invalid_grant");
    // no verifier at all for a code bound to a challenge
    let no_verifier = app
        .post_token(
            "/token",
            &[
                ("grant_type", "authorization_code"),
                ("code", &query["code"]),
                ("redirect_uri", REDIRECT),
            ],
            Some((&client.0, &client.1)),
        )
        .await;
    assert_eq!(no_verifier.json()["error"], "invalid_grant");
    // a public client with PKCE gets tokens without a secret
    let q = auth_query(&public.0, "");
    let verifier = q.split("&_verifier=").nth(1).unwrap().to_owned();
    let q = q.split("&_verifier=").next().unwrap().to_owned();
    let query = app.authorize(&q, "ada@example.org", &mut jar).await;
    let ok = app
        .post_token(
            "/token",
            &[
                ("grant_type", "authorization_code"),
                ("code", &query["code"]),
                ("redirect_uri", REDIRECT),
                ("code_verifier", &verifier),
                ("client_id", &public.0),
            ],
            None,
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
}

#[tokio::test]
async fn a_code_is_bound_to_its_client() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let other = app.client(|_| {}).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    let stolen = exchange(&app, &other, &query["code"], &verifier).await;
    assert_eq!(stolen.json()["error"], "invalid_grant");
    let legit = exchange(&app, &client, &query["code"], &verifier).await;
    assert_eq!(
        legit.status,
        StatusCode::OK,
        "the rightful client can still redeem it"
    );
}

#[tokio::test]
async fn prompt_none_without_a_session_answers_login_required_with_the_state() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let mut jar = Jar::default();
    let long_state = "s".repeat(2000);
    let page = app
        .get(&format!("/authorize?response_type=code&client_id={}&redirect_uri={}&scope=openid&prompt=none&state={long_state}", client.0, urlencode(REDIRECT)), &mut jar)
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let q = redirect_query(&page.location());
    assert_eq!(q["error"], "login_required");
    assert_eq!(q["state"], long_state);
    assert_eq!(q["iss"], ISSUER);
}

#[tokio::test]
async fn max_age_forces_a_new_sign_in_with_a_later_auth_time() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let (q1, v1) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    let t1 = jwt_claims(
        exchange(&app, &client, &q1["code"], &v1).await.json()["id_token"]
            .as_str()
            .unwrap(),
    )["auth_time"]
        .clone();
    app.clock.advance(120);
    // still signed in: no page within max_age=1000
    let q = auth_query(&client.0, "&max_age=1000");
    let q = q.split("&_verifier=").next().unwrap();
    let direct = app.get(&format!("/authorize?{q}"), &mut jar).await;
    assert!(
        direct.location().starts_with(REDIRECT),
        "no sign-in needed: {}",
        direct.location()
    );
    // max_age=60: the session is 120 s old, so sign in again
    let (q2, v2) = code_for(&app, &client.0, "ada@example.org", "&max_age=60", &mut jar).await;
    let t2 = jwt_claims(
        exchange(&app, &client, &q2["code"], &v2).await.json()["id_token"]
            .as_str()
            .unwrap(),
    )["auth_time"]
        .clone();
    assert!(
        t2.as_i64().unwrap() > t1.as_i64().unwrap(),
        "{t1} then {t2}"
    );
    // prompt=login likewise
    let q = auth_query(&client.0, "&prompt=login");
    let q = q.split("&_verifier=").next().unwrap();
    let forced = app.get(&format!("/authorize?{q}"), &mut jar).await;
    assert!(
        forced.location().starts_with("/login"),
        "{}",
        forced.location()
    );
}

#[tokio::test]
async fn id_token_hint_selects_the_user_and_prompt_none_respects_it() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    app.user("ada@example.org").await;
    app.user("bob@example.org").await;
    let mut ada = Jar::default();
    let (q, v) = code_for(&app, &client.0, "ada@example.org", "", &mut ada).await;
    let ada_token = exchange(&app, &client, &q["code"], &v).await.json()["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut bob = Jar::default();
    let (q, v) = code_for(&app, &client.0, "bob@example.org", "", &mut bob).await;
    let _ = exchange(&app, &client, &q["code"], &v).await;
    let base = format!(
        "response_type=code&client_id={}&redirect_uri={}&scope=openid&prompt=none&state=h",
        client.0,
        urlencode(REDIRECT)
    );
    let same = app
        .get(
            &format!("/authorize?{base}&id_token_hint={ada_token}"),
            &mut ada,
        )
        .await;
    assert!(redirect_query(&same.location()).contains_key("code"));
    let other = app
        .get(
            &format!("/authorize?{base}&id_token_hint={ada_token}"),
            &mut bob,
        )
        .await;
    assert_eq!(redirect_query(&other.location())["error"], "login_required");
    let garbage = app
        .get(
            &format!("/authorize?{base}&id_token_hint=not.a.jwt"),
            &mut ada,
        )
        .await;
    assert_eq!(
        redirect_query(&garbage.location())["error"],
        "invalid_request"
    );
}

#[tokio::test]
async fn unknown_parameters_are_ignored_and_request_objects_refused() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let (q, _) = code_for(
        &app,
        &client.0,
        "ada@example.org",
        "&extra_thing=1&display=popup&ui_locales=fr%20en&claims_locales=de",
        &mut jar,
    )
    .await;
    assert!(q.contains_key("code"));
    let base = format!(
        "response_type=code&client_id={}&redirect_uri={}&scope=openid&state=r",
        client.0,
        urlencode(REDIRECT)
    );
    let req = app
        .get(
            &format!("/authorize?{base}&request=eyJhbGciOiJub25lIn0.e30."),
            &mut jar,
        )
        .await;
    assert_eq!(
        redirect_query(&req.location())["error"],
        "request_not_supported"
    );
    let missing_type = app
        .get(
            &format!(
                "/authorize?client_id={}&redirect_uri={}&scope=openid",
                client.0,
                urlencode(REDIRECT)
            ),
            &mut jar,
        )
        .await;
    assert_eq!(
        redirect_query(&missing_type.location())["error"],
        "invalid_request"
    );
    let token_type = app
        .get(
            &format!(
                "/authorize?response_type=token&client_id={}&redirect_uri={}&scope=openid",
                client.0,
                urlencode(REDIRECT)
            ),
            &mut jar,
        )
        .await;
    assert_eq!(
        redirect_query(&token_type.location())["error"],
        "unsupported_response_type"
    );
}

#[tokio::test]
async fn an_essential_acr_the_user_cannot_reach_ends_in_unmet_authentication_requirements() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let claims = urlencode(&format!(
        r#"{{"id_token":{{"acr":{{"essential":true,"values":["{ISSUER}/loa/medium"]}}}}}}"#
    ));
    let q = auth_query(&client.0, &format!("&claims={claims}"));
    let q = q.split("&_verifier=").next().unwrap();
    let first = app.get(&format!("/authorize?{q}"), &mut jar).await;
    let done = app
        .sign_in_at(&first.location(), "ada@example.org", PASSWORD, &mut jar)
        .await;
    let step = app.get(&done.location(), &mut jar).await;
    assert_eq!(
        step.status,
        StatusCode::FORBIDDEN,
        "offers to enrol a second factor: {}",
        step.body
    );
    assert!(step.body.contains("My Account"));
    let body = step.body.replace("&#x2f;", "/");
    let cancel = body
        .split("href=\"")
        .find(|s| s.starts_with("/authorize/cancel"))
        .unwrap();
    let cancel = &cancel[..cancel.find('"').unwrap()].replace("&amp;", "&");
    let back = app.get(cancel, &mut jar).await;
    let q = redirect_query(&back.location());
    assert_eq!(q["error"], "unmet_authentication_requirements");
    assert_eq!(q["state"], "st-1");
    // an essential value this provider does not know at all: refused at once
    let claims =
        urlencode(r#"{"id_token":{"acr":{"essential":true,"values":["urn:unknown:loa"]}}}"#);
    let q = auth_query(&client.0, &format!("&claims={claims}"));
    let q = q.split("&_verifier=").next().unwrap();
    let now = app.get(&format!("/authorize?{q}"), &mut jar).await;
    assert_eq!(
        redirect_query(&now.location())["error"],
        "unmet_authentication_requirements"
    );
    // non-essential unknown acr_values are ignored
    let (q, _) = code_for(
        &app,
        &client.0,
        "ada@example.org",
        "&acr_values=1%202",
        &mut jar,
    )
    .await;
    assert!(q.contains_key("code"));
}

#[tokio::test]
async fn a_client_minimum_acr_raises_the_request() {
    let app = TestApp::sqlite().await;
    let cpms = app.client(|c| c.minimum_acr = Some(Acr::Medium)).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let q = auth_query(&cpms.0, "&acr_values=basic");
    let q = q.split("&_verifier=").next().unwrap();
    let first = app.get(&format!("/authorize?{q}"), &mut jar).await;
    // Password only is not offered; a second factor the user lacks ends in the choice page.
    let login = app.get(&first.location(), &mut jar).await;
    assert_eq!(login.status, StatusCode::OK);
    let done = app
        .sign_in_with(&first.location(), "ada@example.org", "sms", &mut jar)
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let step = app.get(&done.location(), &mut jar).await;
    assert_eq!(step.status, StatusCode::FORBIDDEN);
    assert!(step.body.contains("medium"));
    assert!(step.body.contains("not added"), "{}", step.body);
}

#[tokio::test]
async fn form_post_answers_with_an_auto_submitting_form_and_no_inline_script() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    let mut jar = Jar::default();
    let page = app
        .get(&format!("/authorize?response_type=code&response_mode=form_post&client_id={}&redirect_uri={}&scope=openid&prompt=none&state=fp", client.0, urlencode(REDIRECT)), &mut jar)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .replace("&#x2f;", "/")
            .contains(&format!("action=\"{REDIRECT}\"")),
        "{}",
        page.body
    );
    assert_eq!(page.input("error").as_deref(), Some("login_required"));
    assert_eq!(page.input("state").as_deref(), Some("fp"));
    assert!(page.body.contains("<script src=\"/static/form_post.js\">"));
    assert!(!page.body.contains("<script>"));
    assert!(page.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
}

#[tokio::test]
async fn key_rotation_publishes_first_then_signs_and_keeps_the_old_key_published() {
    let app = TestApp::sqlite().await;
    let mut jar = Jar::default();
    let kids = |jwks: &Value| -> Vec<String> {
        jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["kid"].as_str().unwrap().to_owned())
            .collect()
    };
    let old_kid = app
        .state
        .signer
        .current()
        .await
        .unwrap()
        .signing
        .kid()
        .to_owned();
    let new_kid = app.state.signer.rotate(None).await.unwrap();
    let published = kids(&app.get("/jwks.json", &mut jar).await.json());
    assert!(
        published.contains(&old_kid) && published.contains(&new_kid),
        "published before it signs"
    );
    assert_eq!(published.len(), 3, "ES256 old and new, and RS256");
    assert_eq!(
        app.state.signer.current().await.unwrap().signing.kid(),
        old_kid,
        "not signing before the lead"
    );
    app.clock.advance(601);
    assert_eq!(
        app.state.signer.current().await.unwrap().signing.kid(),
        new_kid
    );
    assert!(
        kids(&app.get("/jwks.json", &mut jar).await.json()).contains(&old_kid),
        "old key still published"
    );
    app.clock.advance(3600);
    let published = kids(&app.get("/jwks.json", &mut jar).await.json());
    let records = app.state.signer.records().await.unwrap();
    assert!(
        !published.contains(&old_kid),
        "old key retired once its tokens expired: {records:?} now {}",
        idp::clock::Clock::now(&app.clock)
    );
    assert_eq!(published.len(), 2);
}

#[tokio::test]
async fn a_client_can_ask_for_rs256_id_tokens() {
    let app = TestApp::sqlite().await;
    let client = app.client(|c| c.id_token_alg = Some("RS256".into())).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    let body = exchange(&app, &client, &query["code"], &verifier)
        .await
        .json();
    let id_token = body["id_token"].as_str().unwrap();
    let header: Value = serde_json::from_slice(
        &base64::Engine::decode(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD,
            id_token.split('.').next().unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(header["alg"], "RS256");
    let at = body["access_token"].as_str().unwrap();
    assert_eq!(
        jwt_claims(id_token)["at_hash"],
        keys::token_hash(keys::Algorithm::RS256, at)
    );
    let jwks = app.get("/jwks.json", &mut jar).await.json();
    let verified = keys::Jwks::from_json(&jwks.to_string())
        .unwrap()
        .verify_jwt(id_token, &[keys::Algorithm::RS256])
        .unwrap();
    assert_eq!(verified.claims["aud"], client.0.as_str());
}

#[tokio::test]
async fn private_key_jwt_clients_authenticate_with_a_signed_assertion_once() {
    let app = TestApp::sqlite().await;
    let (client_id, signer) = private_key_jwt_client(&app).await;
    let assertion = |jti: &str| {
        let claims = serde_json::json!({ "iss": client_id, "sub": client_id, "aud": format!("{ISSUER}/token"),
            "exp": 1_900_000_000 + 60, "iat": 1_900_000_000, "jti": jti });
        signer.sign_jwt(claims.as_object().unwrap(), None).unwrap()
    };
    let a = assertion("one");
    let form = |a: &str| {
        vec![
            ("grant_type", "client_credentials".to_owned()),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".to_owned(),
            ),
            ("client_assertion", a.to_owned()),
        ]
    };
    let f: Vec<(&str, &str)> = form(&a)
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(k, v)| (k, Box::leak(v.to_owned().into_boxed_str()) as &str))
        .collect();
    let ok = app.post_token("/token", &f, None).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let replay = app.post_token("/token", &f, None).await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED, "a jti works once");
    let forged = format!("{}x", &assertion("two")[..assertion("two").len() - 2]);
    let f: Vec<(&str, &str)> = form(&forged)
        .into_iter()
        .map(|(k, v)| (k, Box::leak(v.into_boxed_str()) as &str))
        .collect();
    assert_eq!(
        app.post_token("/token", &f, None).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn rp_initiated_logout_ends_the_session_and_notifies_back_channel_clients() {
    use std::sync::{Arc, Mutex};
    let received: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = received.clone();
    let receiver = axum::Router::new().route(
        "/bc",
        axum::routing::post(move |body: String| {
            let sink = sink.clone();
            async move {
                sink.lock().unwrap().push(body);
                StatusCode::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, receiver).await });

    let app = TestApp::sqlite().await;
    let client = app
        .client(|c| c.backchannel_logout_uri = Some(format!("http://127.0.0.1:{port}/bc")))
        .await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let (q, v) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    let tokens = exchange(&app, &client, &q["code"], &v).await.json();
    let id_token = tokens["id_token"].as_str().unwrap();
    let sid = jwt_claims(id_token)["sid"].as_str().unwrap().to_owned();

    // an unregistered post_logout_redirect_uri is refused, nothing ends
    let bad = app.get(&format!("/logout?id_token_hint={id_token}&post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F"), &mut jar).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);

    let out = app
        .get(
            &format!(
                "/logout?id_token_hint={id_token}&post_logout_redirect_uri={}&state=bye-1",
                urlencode("http://127.0.0.1:9000/bye")
            ),
            &mut jar,
        )
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER, "{}", out.body);
    assert_eq!(out.location(), "http://127.0.0.1:9000/bye?state=bye-1");

    let bodies = received.lock().unwrap().clone();
    assert_eq!(bodies.len(), 1, "one logout token delivered");
    let token = bodies[0].strip_prefix("logout_token=").unwrap();
    let claims = jwt_claims(token);
    assert_eq!(claims["sid"], sid.as_str());
    assert_eq!(claims["aud"], client.0.as_str());
    assert!(claims["events"]["http://schemas.openid.net/event/backchannel-logout"].is_object());
    assert!(claims.get("nonce").is_none());

    // the session is gone: prompt=none now fails, and the session's refresh token is revoked
    let base = format!(
        "response_type=code&client_id={}&redirect_uri={}&scope=openid&prompt=none",
        client.0,
        urlencode(REDIRECT)
    );
    let after = app.get(&format!("/authorize?{base}"), &mut jar).await;
    assert_eq!(redirect_query(&after.location())["error"], "login_required");
    let refresh = app
        .post_token(
            "/token",
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
            ],
            Some((&client.0, &client.1)),
        )
        .await;
    assert_eq!(refresh.json()["error"], "invalid_grant");
}

#[tokio::test]
async fn logout_without_a_hint_asks_for_confirmation() {
    let app = TestApp::sqlite().await;
    let client = app.client(|_| {}).await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let _ = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    let confirm = app.get("/logout", &mut jar).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(confirm.body.contains("id=\"logout-form\""));
    let forged = app
        .post_form("/logout", &[("csrf", "forged")], &mut jar)
        .await;
    assert_eq!(
        forged.status,
        StatusCode::OK,
        "a forged form only shows the confirmation again"
    );
    let csrf = confirm.input("csrf").unwrap();
    let done = app.post_form("/logout", &[("csrf", &csrf)], &mut jar).await;
    assert!(
        done.body.contains("You have been signed out"),
        "{}",
        done.body
    );
}

/// The names of a JSON object's members, sorted.
fn members(object: &Value) -> Vec<&str> {
    let mut names: Vec<&str> = object
        .as_object()
        .expect("a JSON object")
        .keys()
        .map(String::as_str)
        .collect();
    names.sort_unstable();
    names
}
