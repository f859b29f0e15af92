//! Database faults (issue 17): PostgreSQL connections killed under load answer no 500 and
//! lose no acknowledged token; a database out of reach is a 503 with `Retry-After`
//! (`temporarily_unavailable` at the token endpoint) and `/readyz` says not ready. PostgreSQL
//! only (`TEST_DATABASE_URL`): SQLite has no connection to lose.

use crate::support::*;
use axum::http::StatusCode;
use sea_orm::{ConnectionTrait, TransactionTrait};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

async fn admin(app: &TestApp) -> Option<(idp::store::Db, String)> {
    let db = app.pg_database.as_ref()?;
    let admin = idp::store::connect(db.admin_url()).await.unwrap();
    Some((admin, db.name().to_owned()))
}

/// The app on PostgreSQL, or `None` (saying so) when `TEST_DATABASE_URL` is not set.
async fn postgres() -> Option<TestApp> {
    let app = TestApp::postgres_with(|_| {}).await;
    if app.is_none() {
        eprintln!("TEST_DATABASE_URL is not set: the PostgreSQL fault test did not run");
    }
    app
}

/// The PostgreSQL readers of `app`, which a group commit writer's connection is made from.
fn postgres_readers(app: &TestApp) -> Arc<idp::store::postgres_readers::PostgresReaders> {
    app.postgres_readers().expect("PostgreSQL readers")
}

/// The plan of `sql` (an `EXPLAIN`) on `writer`'s connection, line by line.
async fn plan_of(writer: &idp::store::postgres_writer::PostgresWriter, sql: &str) -> Vec<String> {
    use sea_orm::{DbBackend, Statement};
    writer
        .query_all(Statement::from_string(DbBackend::Postgres, sql))
        .await
        .unwrap()
        .iter()
        .map(|row| row.try_get_by_index::<String>(0).unwrap())
        .collect()
}

/// The app on PostgreSQL, shared by a test's tasks, with a client of its own.
async fn shared_postgres() -> Option<(Arc<TestApp>, (String, String))> {
    let app = postgres().await?;
    let client = app.client(|_| {}).await;
    Some((Arc::new(app), client))
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

/// A refresh of `refresh_token` by `client`.
async fn refresh(app: &TestApp, client: &(String, String), refresh_token: &str) -> Page {
    app.post_token(
        "/token",
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
        ],
        Some((&client.0, &client.1)),
    )
    .await
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

/// What 16 tasks answered, each calling `request` (with its index) again and again, while
/// every connection of the provider was killed five times, each after another `per_round`
/// answers; and how many connections were killed.
async fn answers_while_killing<T, F, Fut>(
    app: &Arc<TestApp>,
    per_round: usize,
    request: F,
) -> (u64, Vec<T>)
where
    T: Send + 'static,
    F: Fn(Arc<TestApp>, usize) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = T> + Send,
{
    let (admin, database) = admin(app).await.unwrap();
    let done = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicUsize::new(0));
    let mut workers = Vec::new();
    for worker in 0..16 {
        let (app, done, answered, request) =
            (app.clone(), done.clone(), answered.clone(), request.clone());
        workers.push(tokio::spawn(async move {
            let mut answers = Vec::new();
            while !done.load(Ordering::SeqCst) {
                answers.push(request(app.clone(), worker).await);
                answered.fetch_add(1, Ordering::SeqCst);
            }
            answers
        }));
    }
    // No clock involved: each round waits for a number of answers.
    let mut killed = 0;
    for round in 1..=5 {
        crate::support::until(|| answered.load(Ordering::SeqCst) >= round * per_round).await;
        killed += kill_connections(&admin, &database).await;
    }
    crate::support::until(|| answered.load(Ordering::SeqCst) >= 6 * per_round).await;
    done.store(true, Ordering::SeqCst);
    let mut answers = Vec::new();
    for worker in workers {
        answers.extend(worker.await.unwrap());
    }
    (killed, answers)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_killed_under_load_answer_no_500_and_lose_no_acknowledged_token() {
    let Some((app, client)) = shared_postgres().await else {
        return;
    };
    let asking = client.clone();
    let (killed, pages) = answers_while_killing(&app, 150, move |app, _| {
        let client = asking.clone();
        async move { client_credentials(&app, &client).await }
    })
    .await;
    let (mut tokens, mut refused) = (Vec::new(), Vec::new());
    for page in pages {
        if page.status == StatusCode::OK {
            tokens.push(page.json()["access_token"].as_str().unwrap().to_owned());
        } else {
            refused.push(page);
        }
    }
    assert!(killed >= 5, "connections were killed ({killed})");
    for page in &refused {
        assert_eq!(
            page.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{}",
            page.body
        );
        assert!(
            page.headers.get("retry-after").is_some(),
            "a 503 says when to retry"
        );
        assert!(
            page.body.contains("temporarily_unavailable"),
            "{}",
            page.body
        );
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

/// Reads need no 503 at all when connections are killed (decision 0049): a read is a
/// statement outside any transaction, so a reader whose connection was lost reads again on a
/// new one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn introspections_are_all_answered_while_connections_are_killed() {
    let Some((app, client)) = shared_postgres().await else {
        return;
    };
    let mut tokens = Vec::new();
    for _ in 0..16 {
        let page = client_credentials(&app, &client).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        tokens.push(page.json()["access_token"].as_str().unwrap().to_owned());
    }
    let tokens = Arc::new(tokens);
    let asking = client.clone();
    let (killed, answers) = answers_while_killing(&app, 300, move |app, worker| {
        let (client, tokens) = (asking.clone(), tokens.clone());
        async move { introspect(&app, &client, &tokens[worker]).await }
    })
    .await;
    assert!(killed >= 5, "connections were killed ({killed})");
    let inactive: Vec<_> = answers.iter().filter(|a| a["active"] != true).collect();
    assert!(
        inactive.is_empty(),
        "{} of {} introspections were not answered active: {:?}",
        inactive.len(),
        answers.len(),
        inactive.first()
    );
}

#[tokio::test]
async fn a_database_out_of_reach_is_a_503_with_retry_after_and_not_ready() {
    let Some(app) = postgres().await else {
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

/// One value of `sql` on `db` (a count).
async fn count(db: &idp::store::Db, sql: &str) -> i64 {
    use sea_orm::{DbBackend, Statement};
    let row = db
        .query_one(Statement::from_string(DbBackend::Postgres, sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

/// Waits (at most 30 s, looking every 20 ms) until `sql` counts `want`.
async fn until_count(db: &idp::store::Db, sql: &str, want: i64) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while count(db, sql).await != want {
        assert!(std::time::Instant::now() < deadline, "never {want}: {sql}");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_its_client_abandons_mid_transaction_still_finishes_and_leaves_none_open() {
    let Some((app, client)) = shared_postgres().await else {
        return;
    };
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    let tokens = exchange(&app, &client, &query["code"], &verifier)
        .await
        .json();
    let refresh_token = tokens["refresh_token"].as_str().unwrap().to_owned();

    // Another session holds `access_tokens`: the refresh will wait in its one statement,
    // after marking the refresh token used, at the `INSERT` of the new access token
    // (decision 0063).
    let db = app.pg_database.as_ref().unwrap();
    let other = idp::store::connect(db.url()).await.unwrap();
    let tokens_before = count(&other, "SELECT count(*) FROM access_tokens").await;
    let holder = other.begin().await.unwrap();
    holder
        .execute_unprepared("LOCK TABLE access_tokens IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();
    let request = {
        let (app, client, refresh_token) = (app.clone(), client.clone(), refresh_token.clone());
        tokio::spawn(async move { refresh(&app, &client, &refresh_token).await })
    };
    let waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' \
                   AND query LIKE '%INSERT INTO \"access_tokens\"%'";
    until_count(&other, waiting, 1).await;
    // The client goes away; then the lock is released.
    request.abort();
    assert!(request.await.is_err_and(|e| e.is_cancelled()));
    holder.commit().await.unwrap();

    // The provider finished the request anyway: the new access token is there, the refresh
    // token is used up, and no connection is left inside a transaction.
    until_count(
        &other,
        "SELECT count(*) FROM access_tokens",
        tokens_before + 1,
    )
    .await;
    let open = format!(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = '{}' \
         AND state = 'idle in transaction'",
        db.name()
    );
    until_count(&other, &open, 0).await;
    let again = refresh(&app, &client, &refresh_token).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.body);
    assert_eq!(again.json()["error"], "invalid_grant");
}

/// The group commits write through connections of their own, without a ping before each
/// batch (decision 0061): a connection that died while idle is found by the batch itself,
/// which is written again on a new one. So no request fails for it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_after_every_connection_was_killed_while_idle_succeed_at_once() {
    let Some((app, client)) = shared_postgres().await else {
        return;
    };
    let (admin, database) = admin(&app).await.unwrap();
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    for round in 0..3 {
        // Each kind of batch runs once, so each writer has its connection, then all die.
        let token = client_credentials(&app, &client).await;
        assert_eq!(token.status, StatusCode::OK, "{}", token.body);
        let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
        let tokens = exchange(&app, &client, &query["code"], &verifier).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
        let refresh_token = tokens.json()["refresh_token"].as_str().unwrap().to_owned();
        assert!(
            kill_connections(&admin, &database).await >= 3,
            "round {round}"
        );

        let token = client_credentials(&app, &client).await;
        assert_eq!(
            token.status,
            StatusCode::OK,
            "round {round}: {}",
            token.body
        );
        let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
        let tokens = exchange(&app, &client, &query["code"], &verifier).await;
        assert_eq!(
            tokens.status,
            StatusCode::OK,
            "round {round}: {}",
            tokens.body
        );
        kill_connections(&admin, &database).await;
        let refreshed = refresh(&app, &client, &refresh_token).await;
        assert_eq!(
            refreshed.status,
            StatusCode::OK,
            "round {round}: {}",
            refreshed.body
        );
    }
}

/// A writer says when a step lost its connection, whatever it was sending, so that its batch
/// is written again (decision 0061), and not when a statement failed for another reason. A
/// transaction a failed batch left open is rolled back by `finish`.
#[tokio::test]
async fn a_writer_says_when_a_step_lost_its_connection() {
    use idp::store::postgres_writer::PostgresWriter;
    use sea_orm::{DbBackend, Statement};
    let Some(app) = postgres().await else {
        return;
    };
    let (admin, _) = admin(&app).await.unwrap();
    let readers = postgres_readers(&app);
    let writer = PostgresWriter::new(readers.clone());
    let sql = |sql: &str| Statement::from_string(DbBackend::Postgres, sql);
    let open = || {
        let usage = readers.writers_usage();
        (usage.idle, usage.in_use)
    };
    assert_eq!(open(), (0, 0), "no connection before the first statement");
    // Ends the writer's connection, and waits until it is gone.
    let kill = || async {
        let row = writer
            .query_one(sql("SELECT pg_backend_pid()"))
            .await
            .unwrap()
            .unwrap();
        let pid: i32 = row.try_get_by_index(0).unwrap();
        admin
            .execute_unprepared(&format!("SELECT pg_terminate_backend({pid})"))
            .await
            .unwrap();
        until_count(
            &admin,
            &format!("SELECT count(*) FROM pg_stat_activity WHERE pid = {pid}"),
            0,
        )
        .await;
    };

    // A statement outside a transaction, one inside, and a `COMMIT`: each lost.
    kill().await;
    assert!(writer.execute(sql("SELECT 1")).await.is_err());
    assert!(writer.lost_connection().await);
    writer.begin().await.unwrap();
    kill().await;
    assert!(writer.execute(sql("SELECT 1")).await.is_err());
    assert!(writer.lost_connection().await);
    writer.finish().await;
    writer.begin().await.unwrap();
    kill().await;
    assert!(writer.commit().await.is_err());
    assert!(writer.lost_connection().await);
    // A transaction left open by a failed statement is rolled back before the next batch.
    writer.begin().await.unwrap();
    assert!(!writer.lost_connection().await);
    assert!(writer.execute(sql("SELECT 1 / 0")).await.is_err());
    assert!(
        !writer.lost_connection().await,
        "the statement failed, not the connection"
    );
    writer.finish().await;
    writer.execute(sql("SELECT 1")).await.unwrap();
    writer.begin().await.unwrap();
    writer.commit().await.unwrap();
    // `idp_db_pool_connections{pool="writers"}`: one connection, idle between statements.
    assert_eq!(open(), (1, 0));
    writer.close().await;
    assert_eq!(open(), (0, 0));
}

/// A writer finds rows by key with an index whatever the size of the table when PostgreSQL
/// made the plan it keeps (decision 0062): a statement planned on its fifth run, while the
/// table was one row (and analyzed so), still uses the index once the table has thousands.
#[tokio::test]
async fn a_writer_keeps_no_sequential_scan_planned_while_a_table_was_small() {
    use idp::store::postgres_writer::PostgresWriter;
    let Some(app) = postgres().await else {
        return;
    };
    let writer = PostgresWriter::new(postgres_readers(&app));
    for sql in [
        "CREATE TEMPORARY TABLE marks (key text PRIMARY KEY, used_at bigint)",
        "INSERT INTO marks VALUES ('k0', NULL)",
        "ANALYZE marks",
        "PREPARE mark(text) AS UPDATE marks SET used_at = 1 WHERE key = $1",
    ]
    .into_iter()
    .chain(["EXECUTE mark('k0')"; 6])
    .chain(["INSERT INTO marks SELECT 'k' || n, NULL FROM generate_series(1, 20000) AS n"])
    {
        writer.execute_unprepared(sql).await.unwrap();
    }
    let plan = plan_of(&writer, "EXPLAIN EXECUTE mark('k7')")
        .await
        .join("\n");
    assert!(plan.contains("Index Scan"), "{plan}");
    assert!(!plan.contains("Seq Scan"), "{plan}");
    writer.close().await;
}

/// A redemption finds its codes and refresh tokens by their index whatever the size of the
/// tables when PostgreSQL made the plan it keeps (decision 0063): planned while they were
/// one row each, its `UPDATE`s still look up only the rows named once the tables have
/// thousands, instead of reading all of them into a hash.
#[tokio::test]
async fn a_redemption_keeps_no_plan_that_reads_a_whole_table() {
    use idp::store::batch::redemption_sql;
    use idp::store::postgres_writer::PostgresWriter;
    use idp::store::prebuilt::Duplicates;
    let Some(app) = postgres().await else {
        return;
    };
    let writer = PostgresWriter::new(postgres_readers(&app));
    // Tables of this session that stand for the real ones (without their foreign keys), one
    // row each; the plan is made generic, as PostgreSQL makes it after five runs.
    let uses = r#"'[{"code": "c1", "refresh": null, "access_key": "a1"}, {"code": null, "refresh": "r1", "access_key": "a2"}]'"#;
    let execute = format!("EXECUTE redeem({uses}, 1, '[]', '[]', '[]')");
    let setup = [
        "SET plan_cache_mode = force_generic_plan".to_owned(),
        "CREATE TEMPORARY TABLE authorization_codes (LIKE authorization_codes INCLUDING ALL)".to_owned(),
        "CREATE TEMPORARY TABLE refresh_tokens (LIKE refresh_tokens INCLUDING ALL)".to_owned(),
        "CREATE TEMPORARY TABLE access_tokens (LIKE access_tokens INCLUDING ALL)".to_owned(),
        "INSERT INTO authorization_codes (code_hash, grant_id, redirect_uri, created_at, expires_at) \
         VALUES ('c0', 'g', 'https://rp.example/cb', 1, 2)".to_owned(),
        "INSERT INTO refresh_tokens (token_hash, grant_id, scope, created_at) VALUES ('r0', 'g', 'openid', 1)".to_owned(),
        "ANALYZE authorization_codes".to_owned(),
        "ANALYZE refresh_tokens".to_owned(),
        format!("PREPARE redeem AS {}", redemption_sql(Duplicates::Refuse)),
        execute.clone(),
        "INSERT INTO authorization_codes (code_hash, grant_id, redirect_uri, created_at, expires_at) \
         SELECT 'c' || n, 'g', 'https://rp.example/cb', 1, 2 FROM generate_series(1, 20000) AS n".to_owned(),
        "INSERT INTO refresh_tokens (token_hash, grant_id, scope, created_at) \
         SELECT 'r' || n, 'g', 'openid', 1 FROM generate_series(1, 20000) AS n".to_owned(),
    ];
    for sql in setup {
        writer.execute_unprepared(&sql).await.unwrap();
    }
    let plan = plan_of(&writer, &format!("EXPLAIN (ANALYZE, COSTS OFF) {execute}")).await;
    let plan_text = plan.join("\n");
    assert!(!plan_text.contains("Seq Scan"), "{plan_text}");
    for table in ["authorization_codes", "refresh_tokens"] {
        let scan = plan
            .iter()
            .position(|line| line.contains(&format!("Scan using {table}_pkey")))
            .unwrap_or_else(|| panic!("no scan of {table}: {plan_text}"));
        // "(actual time=... rows=R loops=L)": R rows on each of L loops.
        let read = |key: &str| -> u64 {
            let after = plan[scan].rsplit_once(key).unwrap().1;
            after
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap()
                .parse()
                .unwrap()
        };
        assert!(
            read("rows=") * read("loops=") <= 2,
            "{table} read whole: {plan_text}"
        );
        assert!(
            plan[scan + 1].contains("Index Cond"),
            "{table} read whole: {plan_text}"
        );
    }
    writer.close().await;
}
