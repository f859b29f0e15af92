//! Database faults (issue 17): PostgreSQL connections killed under load answer no 500 and
//! lose no acknowledged token; a database out of reach is a 503 with `Retry-After`
//! (`temporarily_unavailable` at the token endpoint) and `/readyz` says not ready. PostgreSQL
//! only (`TEST_DATABASE_URL`): SQLite has no connection to lose.

use crate::support::*;
use axum::http::StatusCode;
use sea_orm::ConnectionTrait;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

async fn admin(app: &TestApp) -> Option<(idp::store::Db, String)> {
    let db = app.pg_database.as_ref()?;
    let admin = idp::store::connect(db.admin_url()).await.unwrap();
    Some((admin, db.name().to_owned()))
}

/// Ends every connection of the provider to its database, as a restart or failover would.
async fn kill_connections(admin: &idp::store::Db, database: &str) -> u64 {
    admin
        .execute_unprepared(&format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{database}' AND pid <> pg_backend_pid()"
        ))
        .await
        .unwrap()
        .rows_affected()
}

/// A `client_credentials` token request of `client`.
async fn client_credentials(app: &TestApp, client: &(String, String)) -> Page {
    app.post_token(
        "/token",
        &[("grant_type", "client_credentials"), ("scope", "api")],
        Some((&client.0, &client.1)),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_killed_under_load_answer_no_500_and_lose_no_acknowledged_token() {
    let Some(app) = TestApp::postgres_with(|_| {}).await else {
        eprintln!("TEST_DATABASE_URL is not set: the PostgreSQL fault test did not run");
        return;
    };
    let app = Arc::new(app);
    let (admin, database) = admin(&app).await.unwrap();
    let client = app.client(|_| {}).await;
    let done = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicUsize::new(0));
    let mut workers = Vec::new();
    for _ in 0..16 {
        let (app, client, done, answered) =
            (app.clone(), client.clone(), done.clone(), answered.clone());
        workers.push(tokio::spawn(async move {
            let (mut tokens, mut statuses) = (Vec::new(), Vec::new());
            while !done.load(Ordering::SeqCst) {
                let page = client_credentials(&app, &client).await;
                answered.fetch_add(1, Ordering::SeqCst);
                if page.status == StatusCode::OK {
                    tokens.push(page.json()["access_token"].as_str().unwrap().to_owned());
                } else {
                    statuses.push((
                        page.status,
                        page.headers.get("retry-after").is_some(),
                        page.body,
                    ));
                }
            }
            (tokens, statuses)
        }));
    }
    // Kill every connection five times, each after another 150 answers (no clock involved).
    let mut killed = 0;
    for round in 1..=5 {
        crate::support::until(|| answered.load(Ordering::SeqCst) >= round * 150).await;
        killed += kill_connections(&admin, &database).await;
    }
    crate::support::until(|| answered.load(Ordering::SeqCst) >= 6 * 150).await;
    done.store(true, Ordering::SeqCst);
    let (mut tokens, mut refused) = (Vec::new(), Vec::new());
    for worker in workers {
        let (t, s) = worker.await.unwrap();
        tokens.extend(t);
        refused.extend(s);
    }
    assert!(killed >= 5, "connections were killed ({killed})");
    for (status, retry_after, body) in &refused {
        assert_eq!(*status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
        assert!(retry_after, "a 503 says when to retry");
        assert!(body.contains("temporarily_unavailable"), "{body}");
    }
    eprintln!(
        "{} tokens issued, {} answered 503 while {killed} connections were killed",
        tokens.len(),
        refused.len()
    );
    assert!(tokens.len() > refused.len() * 10, "most requests succeed");
    for token in &tokens {
        assert_eq!(introspect(&app, &client, token).await["active"], true);
    }
}

#[tokio::test]
async fn a_database_out_of_reach_is_a_503_with_retry_after_and_not_ready() {
    let Some(app) = TestApp::postgres_with(|_| {}).await else {
        eprintln!("TEST_DATABASE_URL is not set: the PostgreSQL fault test did not run");
        return;
    };
    let client = app.client(|_| {}).await;
    let mut jar = Jar::default();
    assert_eq!(app.get("/readyz", &mut jar).await.status, StatusCode::OK);
    // The provider's database goes away (as a server that stopped would).
    let (admin, database) = admin(&app).await.unwrap();
    admin
        .execute_unprepared(&format!(
            "ALTER DATABASE {database} ALLOW_CONNECTIONS false"
        ))
        .await
        .unwrap();
    kill_connections(&admin, &database).await;
    let ready = app.get("/readyz", &mut jar).await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    let token = client_credentials(&app, &client).await;
    assert_eq!(
        token.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        token.body
    );
    assert_eq!(token.json()["error"], "temporarily_unavailable");
    assert_eq!(token.headers["retry-after"], "2");
    let page = app
        .get(
            &format!("/authorize?{}", auth_query(&client.0, "")),
            &mut jar,
        )
        .await;
    assert_eq!(
        page.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Please try again in a moment"),
        "{}",
        page.body
    );
    // Back: ready again, and tokens again, without a restart.
    admin
        .execute_unprepared(&format!("ALTER DATABASE {database} ALLOW_CONNECTIONS true"))
        .await
        .unwrap();
    assert_eq!(app.get("/readyz", &mut jar).await.status, StatusCode::OK);
    let token = client_credentials(&app, &client).await;
    assert_eq!(token.status, StatusCode::OK, "{}", token.body);
}
