//! What a node keeps in memory (issue 18, decision 0040): a registered client is used for
//! `clients.cache_secs` (1 s) after it was read. A change made anywhere else (another node,
//! `idp client`, SQL) takes effect on every node within that bound, not later.

use crate::support::*;
use axum::http::StatusCode;

fn cc() -> [(&'static str, &'static str); 1] {
    [("grant_type", "client_credentials")]
}

#[tokio::test]
async fn a_client_removed_through_another_node_stops_working_within_the_bound() {
    for app in backends().await {
        let node_b = app.other_node().await;
        let client = app.client(|_| {}).await;
        let basic = Some((client.0.as_str(), client.1.as_str()));
        let first = app.post_token("/token", &cc(), basic).await;
        assert_eq!(first.status, StatusCode::OK, "{}", first.body);
        let token = first.json()["access_token"].as_str().unwrap().to_owned();

        assert!(idp::store::clients::remove(&node_b.state.db, &client.0)
            .await
            .unwrap());
        // This node still holds the client for the rest of the second, but a token cannot
        // outlive it: the request is refused as an unknown client, not answered with a 500.
        let during = app.post_token("/token", &cc(), basic).await;
        assert_eq!(during.status, StatusCode::UNAUTHORIZED, "{}", during.body);
        assert_eq!(during.json()["error"], "invalid_client");
        let seen = app
            .post_token("/introspect", &[("token", &token)], basic)
            .await;
        assert_eq!(
            seen.json()["active"],
            false,
            "{}: {}",
            app.backend,
            seen.body
        );
        // An authorization request passes the client check from the cache, but its sign-in
        // cannot refer to the client: the unknown-application page, not a 500.
        let query = auth_query(&client.0, "");
        let query = query.split("&_verifier=").next().unwrap();
        let during = app
            .get(&format!("/authorize?{query}"), &mut Jar::default())
            .await;
        assert_eq!(during.status, StatusCode::BAD_REQUEST, "{}", during.body);
        assert!(
            during.body.contains("Unknown application"),
            "{}",
            during.body
        );

        app.clock.advance(1);
        let after = app.post_token("/token", &cc(), basic).await;
        assert_eq!(after.status, StatusCode::UNAUTHORIZED, "{}", after.body);
        let mut jar = Jar::default();
        let authorize = app
            .get(
                &format!(
                    "/authorize?{}",
                    auth_query(&client.0, "")
                        .split("&_verifier=")
                        .next()
                        .unwrap()
                ),
                &mut jar,
            )
            .await;
        assert_eq!(
            authorize.status,
            StatusCode::BAD_REQUEST,
            "{}",
            authorize.body
        );
    }
}

#[tokio::test]
async fn a_new_secret_set_elsewhere_replaces_the_old_one_within_the_bound() {
    for app in backends().await {
        let node_b = app.other_node().await;
        let client = app.client(|_| {}).await;
        let old = Some((client.0.as_str(), client.1.as_str()));
        let new_secret = "a-new-secret-of-the-operator-0123456789";
        let new = Some((client.0.as_str(), new_secret));
        assert_eq!(
            app.post_token("/token", &cc(), old).await.status,
            StatusCode::OK
        );

        let hash = idp::secret::token_hash(new_secret);
        assert!(
            idp::store::clients::set_secret_hash(&node_b.state.db, &client.0, &hash)
                .await
                .unwrap()
        );
        // Node B reads the client now: the new secret at once, the old one never.
        assert_eq!(
            node_b.post_token("/token", &cc(), new).await.status,
            StatusCode::OK
        );
        assert_eq!(
            node_b.post_token("/token", &cc(), old).await.status,
            StatusCode::UNAUTHORIZED
        );
        // This node read it before the change: the old secret for the rest of the second.
        assert_eq!(
            app.post_token("/token", &cc(), old).await.status,
            StatusCode::OK
        );
        app.clock.advance(1);
        assert_eq!(
            app.post_token("/token", &cc(), old).await.status,
            StatusCode::UNAUTHORIZED,
            "{}: the old secret is refused once the bound has passed",
            app.backend
        );
        assert_eq!(
            app.post_token("/token", &cc(), new).await.status,
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn with_cache_secs_0_every_request_reads_the_client() {
    for app in backends_with(|c| c.clients.cache_secs = 0).await {
        let client = app.client(|_| {}).await;
        let basic = Some((client.0.as_str(), client.1.as_str()));
        assert_eq!(
            app.post_token("/token", &cc(), basic).await.status,
            StatusCode::OK
        );
        let hash = idp::secret::token_hash("another-secret-0123456789abcdef");
        idp::store::clients::set_secret_hash(&app.state.db, &client.0, &hash)
            .await
            .unwrap();
        assert_eq!(
            app.post_token("/token", &cc(), basic).await.status,
            StatusCode::UNAUTHORIZED
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn tokens_written_together_are_each_valid_and_a_removed_clients_fails_alone() {
    for app in backends().await {
        let kept = app.client(|_| {}).await;
        let gone = app.client(|_| {}).await;
        // Both clients read into the cache, then one removed behind its back.
        for c in [&kept, &gone] {
            let basic = Some((c.0.as_str(), c.1.as_str()));
            assert_eq!(
                app.post_token("/token", &cc(), basic).await.status,
                StatusCode::OK
            );
        }
        idp::store::clients::remove(&app.state.db, &gone.0)
            .await
            .unwrap();
        let mut tasks = Vec::new();
        for i in 0..48 {
            let c = if i % 8 == 0 {
                gone.clone()
            } else {
                kept.clone()
            };
            let app_router = app.router();
            tasks.push(tokio::spawn(async move {
                let basic = base64::Engine::encode(
                    &base64::engine::general_purpose::STANDARD,
                    format!("{}:{}", c.0, c.1),
                );
                let req = axum::http::Request::post("/token")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("authorization", format!("Basic {basic}"))
                    .body(axum::body::Body::from("grant_type=client_credentials"))
                    .unwrap();
                let response = tower::ServiceExt::oneshot(app_router, req).await.unwrap();
                let status = response.status();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .unwrap()
                    .to_bytes();
                let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                (i % 8 == 0, status, json)
            }));
        }
        let basic = Some((kept.0.as_str(), kept.1.as_str()));
        for task in tasks {
            let (of_gone, status, json) = task.await.unwrap();
            if of_gone {
                assert_eq!(status, StatusCode::UNAUTHORIZED, "{}: {json}", app.backend);
                continue;
            }
            assert_eq!(status, StatusCode::OK, "{}: {json}", app.backend);
            let token = json["access_token"].as_str().unwrap();
            let seen = app
                .post_token("/introspect", &[("token", token)], basic)
                .await;
            assert_eq!(
                seen.json()["active"],
                true,
                "{}: {}",
                app.backend,
                seen.body
            );
        }
    }
}
