//! Storage behaviour that must hold on SQLite and PostgreSQL alike: migrations apply twice
//! idempotently (and the audit renaming and the Web Push tables both ways), and concurrent
//! redemptions of one code succeed at most once.

use crate::support::*;
use axum::http::StatusCode;

#[tokio::test]
async fn migrations_are_idempotent_on_every_backend() {
    for app in backends().await {
        idp::store::migrate(&app.state.db).await.unwrap();
        idp::store::ping(&app.state.db).await.unwrap();
    }
}

#[tokio::test]
async fn audit_rows_written_under_an_old_name_are_found_under_the_new_one() {
    use migrations::MigratorTrait;
    for app in backends().await {
        let db = &app.state.db;
        let user_id = app.user("ada@example.org").await;
        let subject = idp::audit::Subject::user(Some(&user_id), "127.0.0.1");
        idp::audit::record(
            db,
            app.state.now(),
            &idp::audit::AuditEvent::SignedOut,
            subject,
        )
        .await
        .unwrap();
        let names = || async {
            idp::store::audit::recent_for_user(db, &user_id, 10)
                .await
                .unwrap()
                .into_iter()
                .map(|e| e.event)
                .collect::<Vec<_>>()
        };
        // Back to before the renaming (and the Web Push and outbox tables after it): the row
        // reads as an older version wrote it.
        migrations::Migrator::down(db, Some(3)).await.unwrap();
        assert_eq!(names().await, ["signout"], "{}", app.backend);
        migrations::Migrator::up(db, None).await.unwrap();
        assert_eq!(names().await, ["session.signed_out"], "{}", app.backend);
        assert_eq!(
            idp::account::activity::describe_event("session.signed_out").text(idp::i18n::ENGLISH),
            "Signed out"
        );
    }
}

#[tokio::test]
async fn the_web_push_tables_go_down_and_up_again() {
    use migrations::MigratorTrait;
    for app in backends().await {
        let db = &app.state.db;
        let key = app.get("/app/v1/push-key", &mut Jar::default()).await;
        assert_eq!(key.status, StatusCode::OK, "{}", key.body);
        assert!(idp::store::web_push::vapid_key(db).await.unwrap().is_some());
        // The outbox (the last migration), then the Web Push tables.
        migrations::Migrator::down(db, Some(2)).await.unwrap();
        assert!(
            idp::store::web_push::vapid_key(db).await.is_err(),
            "{}: the table is gone",
            app.backend
        );
        migrations::Migrator::up(db, None).await.unwrap();
        assert!(idp::store::web_push::vapid_key(db).await.unwrap().is_none());
        let again = app.get("/app/v1/push-key", &mut Jar::default()).await;
        assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    }
}

#[tokio::test]
async fn concurrent_redemption_of_one_code_succeeds_once() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let query = app
            .authorize(&format!("response_type=code&client_id={}&redirect_uri=http%3A%2F%2F127.0.0.1%3A9000%2Fcallback&scope=openid", client.0), "ada@example.org", &mut jar)
            .await;
        let code = query["code"].clone();
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let app_state = app.state.clone();
            let (id, secret, code) = (client.0.clone(), client.1.clone(), code.clone());
            tasks.push(tokio::spawn(async move {
                let app = idp::app(idp::Web::new(app_state).unwrap());
                let body = format!("grant_type=authorization_code&code={code}&redirect_uri=http%3A%2F%2F127.0.0.1%3A9000%2Fcallback");
                let basic = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, format!("{id}:{secret}"));
                let req = axum::http::Request::post("/token")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("authorization", format!("Basic {basic}"))
                    .body(axum::body::Body::from(body))
                    .unwrap();
                tower::ServiceExt::oneshot(app, req).await.unwrap().status()
            }));
        }
        let mut ok = 0;
        for t in tasks {
            let status = t.await.unwrap();
            assert!(
                status == StatusCode::OK || status == StatusCode::BAD_REQUEST,
                "{} on {}",
                status,
                app.backend
            );
            if status == StatusCode::OK {
                ok += 1;
            }
        }
        assert_eq!(ok, 1, "exactly one redemption on {}", app.backend);
    }
}

#[tokio::test]
async fn a_flow_begun_on_one_node_finishes_on_another() {
    // Two AppStates on the same database are two provider nodes.
    for app in backends().await {
        let client = app.client(|_| {}).await;
        app.user("ada@example.org").await;
        let other = idp::AppState::build(
            (*app.state.config).clone(),
            app.state.db.clone(),
            std::sync::Arc::new(app.clock.clone()),
            (*app.state.master).clone(),
        )
        .await
        .unwrap();
        let node_b = TestApp {
            web: idp::Web::new(other.clone()).unwrap(),
            state: other,
            clock: app.clock.clone(),
            dir: tempfile::tempdir().unwrap(),
            backend: app.backend,
            pg_database: None,
            statements: app.statements.clone(),
        };
        let mut jar = Jar::default();
        let first = app
            .get(&format!("/authorize?response_type=code&client_id={}&redirect_uri=http%3A%2F%2F127.0.0.1%3A9000%2Fcallback&scope=openid&state=x", client.0), &mut jar)
            .await;
        let done = node_b
            .sign_in_at(&first.location(), "ada@example.org", PASSWORD, &mut jar)
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        let resumed = app.get(&done.location(), &mut jar).await;
        assert!(redirect_query(&resumed.location()).contains_key("code"));
    }
}

#[tokio::test]
async fn expired_rows_are_purged_but_live_tokens_stay() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        let live = app
            .post_token(
                "/token",
                &[("grant_type", "client_credentials")],
                Some((&client.0, &client.1)),
            )
            .await
            .json();
        let removed_now = idp::store::maintenance::purge_expired(
            &app.state.db,
            idp::clock::Clock::now(&app.clock),
        )
        .await
        .unwrap();
        assert_eq!(removed_now, 0, "nothing expired yet on {}", app.backend);
        let intro = app
            .post_token(
                "/introspect",
                &[("token", live["access_token"].as_str().unwrap())],
                Some((&client.0, &client.1)),
            )
            .await;
        assert_eq!(intro.json()["active"], true);
        app.clock.advance(2 * 24 * 3600);
        let removed = idp::store::maintenance::purge_expired(
            &app.state.db,
            idp::clock::Clock::now(&app.clock),
        )
        .await
        .unwrap();
        assert!(
            removed >= 1,
            "the expired access token is deleted on {}",
            app.backend
        );
    }
}
