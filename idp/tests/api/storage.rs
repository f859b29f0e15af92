//! Storage behaviour that must hold on SQLite and PostgreSQL alike: migrations apply twice
//! idempotently (and the audit renaming and the Web Push tables both ways), and concurrent
//! redemptions of one code succeed at most once, and tokens are stored in the order they
//! were issued while those of older releases keep working.

use crate::support::*;
use axum::http::StatusCode;

#[tokio::test]
async fn migrations_are_idempotent_on_every_backend() {
    for app in backends().await {
        idp::store::migrate(&app.state.db).await.unwrap();
        idp::store::ping(&app.state.db).await.unwrap();
    }
}

/// Rolls `db` back to before the migration called `name`: that one and every later one.
async fn down_to_before(db: &idp::store::Db, name: &str) {
    use migrations::MigratorTrait;
    let all = migrations::Migrator::migrations();
    let at = all.iter().position(|m| m.name() == name).expect(name);
    let steps = u32::try_from(all.len() - at).unwrap();
    migrations::Migrator::down(db, Some(steps)).await.unwrap();
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
        // Back to before the renaming (and every migration after it): the row reads as an
        // older version wrote it.
        down_to_before(db, "m20261206_000005_audit_event_names").await;
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
async fn tokens_are_stored_in_issue_order_and_tokens_issued_before_that_keep_working() {
    use idp::secret::{token_hash, token_key};
    use idp::store::entities::{access_token, refresh_token};
    use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel};
    for app in backends().await {
        let db = &app.state.db;
        let client = app.client(|_| {}).await;
        let basic = Some((client.0.as_str(), client.1.as_str()));
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
        let issued = exchange(&app, &client, &query["code"], &verifier).await;
        assert_eq!(issued.status, StatusCode::OK, "{}", issued.body);
        let access = issued.json()["access_token"].as_str().unwrap().to_owned();
        let refresh = issued.json()["refresh_token"].as_str().unwrap().to_owned();

        // Codes and tokens begin with when they were issued, in milliseconds (hex), and are
        // stored under those digits and the hash of the whole token: the rows of a server
        // go to the end of the key's index.
        let millis = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis();
        for token in [&query["code"], &access, &refresh] {
            assert_eq!(token.len(), 54, "{token}");
            let issued_at = u128::from_str_radix(&token[..11], 16).unwrap();
            assert!(millis - issued_at < 60_000, "{token} at {millis}");
            assert_eq!(
                token_key(token),
                format!("{}{}", &token[..11], token_hash(token))
            );
        }
        let row = access_token::Entity::find_by_id(token_key(&access))
            .one(db)
            .await
            .unwrap()
            .expect("the access token is stored under its key");
        let grant_id = row.grant_id.clone().unwrap();
        assert!(grant_id[..11] <= access[..11], "{grant_id} {access}");
        let refreshed = app
            .post_token(
                "/token",
                &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
                basic,
            )
            .await;
        assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
        let next = refreshed.json()["access_token"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(
            token_key(&next) > token_key(&access),
            "{next} after {access}"
        );

        // An access and a refresh token as a release before this one issued them: 32
        // random bytes, stored under their hash alone.
        let old_access = "Zm9yZ2VkLWJlZm9yZS10aGUtdXBncmFkZS0wMDAwMDA";
        let old_refresh = "T2xkLXJlZnJlc2gtdG9rZW4tb2YtdGhlLWdyYW50LTA";
        assert_eq!(old_access.len(), 43);
        assert_eq!(token_key(old_access), token_hash(old_access));
        let mut old = row.clone();
        old.token_hash = token_hash(old_access);
        old.into_active_model().insert(db).await.unwrap();
        refresh_token::Model {
            token_hash: token_hash(old_refresh),
            grant_id,
            scope: row.scope.clone(),
            created_at: row.created_at,
            used_at: None,
            used_by: None,
        }
        .into_active_model()
        .insert(db)
        .await
        .unwrap();

        let answer = introspect(&app, &client, old_access).await;
        assert_eq!(answer["active"], true, "{}: {answer}", app.backend);
        assert!(answer["sub"].is_string(), "{answer}");
        let rotated = app
            .post_token(
                "/token",
                &[
                    ("grant_type", "refresh_token"),
                    ("refresh_token", old_refresh),
                ],
                basic,
            )
            .await;
        assert_eq!(rotated.status, StatusCode::OK, "{}", rotated.body);
        let rotated = rotated.json()["refresh_token"].as_str().unwrap().to_owned();
        assert_eq!(rotated.len(), 54, "the rotated token is of the new kind");
        let revoked = app
            .post_token("/revoke", &[("token", old_access)], basic)
            .await;
        assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.body);
        let answer = introspect(&app, &client, old_access).await;
        assert_eq!(answer["active"], false, "{}: {answer}", app.backend);
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
        // The migrations after the Web Push tables, then those tables.
        down_to_before(db, "m20261206_000006_web_push").await;
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

/// 32 tasks on four threads send the same token request at once; the statuses they get.
async fn race(app: &TestApp, client: &(String, String), body: String) -> Vec<StatusCode> {
    let answers = together(app, client, vec![body; 32]).await;
    answers.into_iter().map(|(status, _)| status).collect()
}

/// Sends every token request of `bodies` at once (released together by a barrier), each
/// from its own task: (status, body) of each, in order.
async fn together(
    app: &TestApp,
    client: &(String, String),
    bodies: Vec<String>,
) -> Vec<(StatusCode, String)> {
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(bodies.len()));
    let mut tasks = Vec::new();
    for body in bodies {
        let router = app.router();
        let barrier = barrier.clone();
        let basic = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            format!("{}:{}", client.0, client.1),
        );
        tasks.push(tokio::spawn(async move {
            let req = axum::http::Request::post("/token")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("authorization", format!("Basic {basic}"))
                .body(axum::body::Body::from(body))
                .unwrap();
            barrier.wait().await;
            let response = tower::ServiceExt::oneshot(router, req).await.unwrap();
            let status = response.status();
            let bytes = http_body_util::BodyExt::collect(response.into_body())
                .await
                .unwrap()
                .to_bytes();
            (status, String::from_utf8_lossy(&bytes).into_owned())
        }));
    }
    let mut answers = Vec::new();
    for t in tasks {
        answers.push(t.await.unwrap());
    }
    answers
}

/// Exactly one 200; every other answer a 400 (`invalid_grant`), never a 500.
fn exactly_one_success(statuses: &[StatusCode], what: &str, backend: &str) {
    let ok = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::OK || *s == StatusCode::BAD_REQUEST),
        "{what} on {backend}: {statuses:?}"
    );
    assert_eq!(ok, 1, "exactly one {what} on {backend}: {statuses:?}");
}

/// The form of a token request that redeems `code` (PKCE, the test redirect URI).
fn code_body(code: &str, verifier: &str) -> String {
    format!(
        "grant_type=authorization_code&code={}&code_verifier={verifier}&redirect_uri={}",
        urlencode(code),
        urlencode(REDIRECT)
    )
}

/// The form of a token request that redeems `refresh_token`.
fn refresh_body(refresh_token: &str) -> String {
    format!(
        "grant_type=refresh_token&refresh_token={}",
        urlencode(refresh_token)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_code_and_one_refresh_token_redeemed_by_32_tasks_at_once_succeed_once() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
        let statuses = race(&app, &client, code_body(&query["code"], &verifier)).await;
        exactly_one_success(&statuses, "code redemption", app.backend);

        // The refresh token of another grant, raced the same way.
        let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
        let tokens = exchange(&app, &client, &query["code"], &verifier).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
        let refresh = tokens.json()["refresh_token"].as_str().unwrap().to_owned();
        let statuses = race(&app, &client, refresh_body(&refresh)).await;
        exactly_one_success(&statuses, "refresh", app.backend);
    }
}

/// Group commit of redemptions (decision 0044): 24 codes of 24 grants, then their 24
/// refresh tokens, each sent at once. Each request gets its own tokens, each token works,
/// and a used refresh token is refused afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn codes_and_refresh_tokens_redeemed_together_each_get_their_own_tokens() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let mut bodies = Vec::new();
        for _ in 0..24 {
            let (query, verifier) =
                code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
            bodies.push(code_body(&query["code"], &verifier));
        }
        let exchanged = together(&app, &client, bodies).await;
        let mut refresh_tokens = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (status, body) in &exchanged {
            assert_eq!(*status, StatusCode::OK, "{}: {body}", app.backend);
            let tokens: serde_json::Value = serde_json::from_str(body).unwrap();
            let access = tokens["access_token"].as_str().unwrap().to_owned();
            assert!(seen.insert(access.clone()), "an access token given twice");
            assert_eq!(introspect(&app, &client, &access).await["active"], true);
            refresh_tokens.push(tokens["refresh_token"].as_str().unwrap().to_owned());
        }

        let bodies = refresh_tokens.iter().map(|t| refresh_body(t)).collect();
        let rotated = together(&app, &client, bodies).await;
        for (status, body) in &rotated {
            assert_eq!(*status, StatusCode::OK, "{}: {body}", app.backend);
            let tokens: serde_json::Value = serde_json::from_str(body).unwrap();
            let access = tokens["access_token"].as_str().unwrap();
            assert!(
                seen.insert(access.to_owned()),
                "an access token given twice"
            );
            let active = introspect(&app, &client, access).await;
            assert_eq!(active["active"], true, "{active}");
            assert_eq!(active["username"], "ada@example.org");
            assert!(!refresh_tokens.contains(&tokens["refresh_token"].as_str().unwrap().to_owned()));
        }
        // A used token, presented again, is a replay.
        let again = app
            .post_token(
                "/token",
                &[
                    ("grant_type", "refresh_token"),
                    ("refresh_token", &refresh_tokens[7]),
                ],
                Some((&client.0, &client.1)),
            )
            .await;
        assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.body);
    }
}

#[tokio::test]
async fn a_flow_begun_on_one_node_finishes_on_another() {
    // Two AppStates on the same database are two provider nodes.
    for app in backends().await {
        let client = app.client(|_| {}).await;
        app.user("ada@example.org").await;
        let node_b = app.other_node().await;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn authorizations_at_once_each_get_their_own_grant_and_code() {
    use axum::http::{header, Request};
    for app in backends().await {
        let client = app.client(|_| {}).await;
        let mut people = Vec::new();
        for email in ["ada@example.org", "bob@example.org", "cy@example.org"] {
            let user_id = app.user(email).await;
            people.push((user_id, app.signed_in(email).await.header()));
        }
        // 24 authorization requests of three signed-in people, released together: their
        // grants and codes are written by the same few group commits.
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(24));
        let mut tasks = Vec::new();
        for k in 0..24 {
            let (user_id, cookie) = people[k % 3].clone();
            let query = auth_query(&client.0, "").replace("nonce=n-1", &format!("nonce=n-{k}"));
            let (query, verifier) = query.split_once("&_verifier=").unwrap();
            let request = Request::get(format!("/authorize?{query}"))
                .header(header::COOKIE, cookie)
                .body(axum::body::Body::empty())
                .unwrap();
            let (router, barrier, verifier) = (app.router(), barrier.clone(), verifier.to_owned());
            tasks.push(tokio::spawn(async move {
                barrier.wait().await;
                let response = tower::ServiceExt::oneshot(router, request).await.unwrap();
                let location = response.headers().get(header::LOCATION).cloned();
                (k, user_id, verifier, response.status(), location)
            }));
        }
        let mut codes = std::collections::HashSet::new();
        for task in tasks {
            let (k, user_id, verifier, status, location) = task.await.unwrap();
            assert_eq!(
                status,
                StatusCode::SEE_OTHER,
                "{}: request {k}",
                app.backend
            );
            let location = location.unwrap().to_str().unwrap().to_owned();
            let code = redirect_query(&location)["code"].clone();
            assert!(codes.insert(code.clone()), "a code given twice: {code}");
            let tokens = exchange(&app, &client, &code, &verifier).await;
            assert_eq!(
                tokens.status,
                StatusCode::OK,
                "{}: {}",
                app.backend,
                tokens.body
            );
            let id = jwt_claims(tokens.json()["id_token"].as_str().unwrap());
            assert_eq!(id["sub"], user_id.as_str(), "{}: request {k}", app.backend);
            assert_eq!(
                id["nonce"],
                format!("n-{k}"),
                "{}: request {k}",
                app.backend
            );
        }
    }
}

/// A batch of `client_credentials` tokens written again after a lost connection (decision
/// 0061) may find its first commit done: it then keeps each token once and succeeds, while a
/// first write of a stored token still fails.
#[tokio::test]
async fn a_token_batch_written_again_keeps_each_token_once() {
    use idp::store::batch::Job;
    use idp::store::tokens::AccessToken;
    for app in backends().await {
        let (client_id, _) = app.client(|_| {}).await;
        let target = app.batch_target();
        let batch: Vec<AccessToken> = (0..3)
            .map(|i| AccessToken {
                token_hash: idp::secret::token_key(&format!("written-again-{i}")),
                grant_id: None,
                client_id: client_id.clone(),
                scope: "api".into(),
                created_at: 1_900_000_000,
                expires_at: 1_900_003_600,
                revoked_at: None,
            })
            .collect();
        let stored = || async {
            let mut found = 0;
            for row in &batch {
                found += idp::store::tokens::find_access(&app.state.db, &row.token_hash)
                    .await
                    .unwrap()
                    .is_some() as usize;
            }
            found
        };
        AccessToken::write(&target, &batch, false).await.unwrap();
        assert_eq!(stored().await, 3, "{}", app.backend);
        let again = AccessToken::write(&target, &batch, true).await;
        assert!(again.is_ok(), "{}: {again:?}", app.backend);
        let refused = AccessToken::write(&target, &batch, false).await;
        assert!(
            refused.is_err(),
            "{}: a stored token written anew",
            app.backend
        );
        assert_eq!(stored().await, 3, "{}", app.backend);
    }
}

/// A redemption batch written again after a lost connection gives the answers of the attempt
/// that was lost, whatever of it was committed (decisions 0061 to 0063): a code marked used
/// by one of the batch's own access tokens is its own first use, whose tokens are stored if
/// they were not, and nothing is used or issued twice. Jobs of new requests naming the same
/// codes are replays.
#[tokio::test]
async fn a_redemption_written_again_answers_as_the_attempt_that_committed() {
    use idp::store::batch::{Job, Redemption, Used};
    for app in backends().await {
        let client = app.client(|_| {}).await;
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let target = app.batch_target();
        // Two codes, and the jobs that redeem them, the second code named twice.
        let mut jobs = Vec::new();
        for (i, _) in ["first", "second"].iter().enumerate() {
            let (query, _) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
            let key = idp::secret::token_key(&query["code"]);
            let code = idp::store::tokens::find_code_and_grant(&app.state.db, &key)
                .await
                .unwrap()
                .unwrap();
            for again in 0..=i {
                let token = format!("redeemed-{i}-{again}");
                jobs.push(redemption_of(&key, &code.grant.id, &client.0, &token));
            }
        }
        let count = |table: &'static str| {
            let db = app.state.db.clone();
            async move {
                use sea_orm::{ConnectionTrait, Statement};
                let backend = db.get_database_backend();
                let sql = format!("SELECT COUNT(*) FROM {table} WHERE created_at = 1900000000");
                let row = db
                    .query_one(Statement::from_string(backend, sql))
                    .await
                    .unwrap()
                    .unwrap();
                row.try_get_by_index::<i64>(0).unwrap()
            }
        };
        // The first code is marked used by the first job, without its tokens: what the
        // last release, which committed the marks on their own on PostgreSQL (decision
        // 0062), left when its node stopped between its two statements. Written again, the
        // first code is still the first job's, and the second code is used now.
        {
            use idp::store::entities::authorization_code::{Column, Entity};
            use sea_orm::{sea_query::Expr, ColumnTrait, EntityTrait, QueryFilter};
            let Used::Code(first_code) = &jobs[0].used else {
                unreachable!()
            };
            let marked = Entity::update_many()
                .col_expr(Column::ConsumedAt, Expr::value(1_900_000_000_i64))
                .col_expr(Column::ConsumedBy, Expr::value(&jobs[0].access.token_hash))
                .filter(Column::CodeHash.eq(first_code))
                .exec(&app.state.db)
                .await
                .unwrap();
            assert_eq!(marked.rows_affected, 1);
        }
        assert_eq!(count("access_tokens").await, 0, "{}", app.backend);
        let first = Redemption::write(&target, &jobs, true).await.unwrap();
        assert_eq!(first, [true, true, false], "{}", app.backend);
        assert_eq!(count("access_tokens").await, 2, "{}", app.backend);
        assert_eq!(count("refresh_tokens").await, 2, "{}", app.backend);
        // Written again after all of it was committed: the same answers, nothing more issued.
        let again = Redemption::write(&target, &jobs, true).await.unwrap();
        assert_eq!(again, first, "{}", app.backend);
        assert_eq!(count("access_tokens").await, 2, "{}", app.backend);
        assert_eq!(count("refresh_tokens").await, 2, "{}", app.backend);
        // New requests with the same codes (new access tokens): replays.
        for (n, job) in jobs.iter_mut().enumerate() {
            job.access.token_hash = idp::secret::token_key(&format!("replay-{n}"));
        }
        let anew = Redemption::write(&target, &jobs, false).await.unwrap();
        assert_eq!(anew, [false, false, false], "{}", app.backend);
        assert_eq!(count("access_tokens").await, 2, "{}", app.backend);

        // A batch of both kinds: a code replayed, then the first job's refresh token used
        // twice. Only the tokens of the one first use are stored, the middle job's.
        let stored_refresh = jobs[0].refresh.as_ref().unwrap().token_hash.clone();
        let mut mixed = Vec::new();
        for (n, used) in [
            jobs[0].used.clone(),
            Used::Refresh(stored_refresh.clone()),
            Used::Refresh(stored_refresh),
        ]
        .into_iter()
        .enumerate()
        {
            let mut job = Redemption {
                used,
                at: jobs[0].at,
                access: jobs[0].access.clone(),
                refresh: jobs[0].refresh.clone(),
            };
            job.access.token_hash = idp::secret::token_key(&format!("mixed-access-{n}"));
            if let Some(refresh) = &mut job.refresh {
                refresh.token_hash = idp::secret::token_key(&format!("mixed-refresh-{n}"));
            }
            mixed.push(job);
        }
        let answers = Redemption::write(&target, &mixed, false).await.unwrap();
        assert_eq!(answers, [false, true, false], "{}", app.backend);
        assert_eq!(count("access_tokens").await, 3, "{}", app.backend);
        assert_eq!(count("refresh_tokens").await, 3, "{}", app.backend);
        for (n, job) in mixed.iter().enumerate() {
            use idp::store::entities::{access_token, refresh_token};
            use sea_orm::EntityTrait;
            let access = access_token::Entity::find_by_id(job.access.token_hash.clone())
                .one(&app.state.db)
                .await
                .unwrap();
            let refresh_hash = job.refresh.as_ref().unwrap().token_hash.clone();
            let refresh = refresh_token::Entity::find_by_id(refresh_hash)
                .one(&app.state.db)
                .await
                .unwrap();
            let first_use = n == 1;
            assert_eq!(access.is_some(), first_use, "{}: job {n}", app.backend);
            assert_eq!(refresh.is_some(), first_use, "{}: job {n}", app.backend);
        }
    }
}

/// Two redemption batches naming the same two codes in opposite orders, on two PostgreSQL
/// connections at once, wait for each other instead of deadlocking: every batch marks its
/// rows in key order. Without it, each would hold the code the other waits for, and
/// PostgreSQL would fail one of them after `deadlock_timeout`.
#[tokio::test]
async fn redemptions_of_the_same_codes_in_opposite_orders_do_not_deadlock() {
    use idp::store::batch::{Job, Redemption, Target};
    use sea_orm::{ConnectionTrait, Statement, TransactionTrait};
    use std::sync::Arc;
    for app in backends().await {
        if app.backend != "postgres" {
            continue;
        }
        let client = app.client(|_| {}).await;
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let mut keys = Vec::new();
        for _ in 0..2 {
            let (query, _) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
            keys.push(idp::secret::token_key(&query["code"]));
        }
        keys.sort();
        let grant = idp::store::tokens::find_code_and_grant(&app.state.db, &keys[0])
            .await
            .unwrap()
            .unwrap()
            .grant;
        let job = |key: &String, name: &str| redemption_of(key, &grant.id, &client.0, name);
        let backend = app.state.db.get_database_backend();
        let waiting = || async {
            let sql = "SELECT COUNT(*) FROM pg_stat_activity \
                       WHERE datname = current_database() AND wait_event_type = 'Lock'";
            let row = app
                .state
                .db
                .query_one(Statement::from_string(backend, sql))
                .await
                .unwrap()
                .unwrap();
            row.try_get_by_index::<i64>(0).unwrap()
        };
        let until_waiting = |n: i64| async move {
            for _ in 0..1000 {
                if waiting().await >= n {
                    return;
                }
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
            panic!("fewer than {n} statements waiting for a lock");
        };
        // The second code is held by a transaction of its own while the batches start, so
        // that both are under way, each waiting, before either can finish.
        let holder = app.state.db.begin().await.unwrap();
        let hold = format!(
            "SELECT code_hash FROM authorization_codes WHERE code_hash = '{}' FOR UPDATE",
            keys[1]
        );
        holder
            .execute(Statement::from_string(backend, hold))
            .await
            .unwrap();
        let (first, second) = (Arc::new(app.batch_target()), Arc::new(app.batch_target()));
        let backwards = vec![job(&keys[1], "backwards-1"), job(&keys[0], "backwards-0")];
        let forwards = vec![job(&keys[0], "forwards-0"), job(&keys[1], "forwards-1")];
        let backwards = tokio::spawn({
            let first = first.clone();
            async move { Redemption::write(&first, &backwards, false).await }
        });
        until_waiting(1).await;
        let forwards = tokio::spawn({
            let second = second.clone();
            async move { Redemption::write(&second, &forwards, false).await }
        });
        until_waiting(2).await;
        holder.commit().await.unwrap();
        let backwards = backwards.await.unwrap();
        let forwards = forwards.await.unwrap();
        // The batch that waited first redeems both codes; the other finds them used.
        assert_eq!(backwards.unwrap(), [true, true], "{}", app.backend);
        assert_eq!(forwards.unwrap(), [false, false], "{}", app.backend);
        for target in [first, second] {
            if let Target::Postgres(writer) = &*target {
                writer.close().await;
            }
        }
    }
}

/// A job that redeems the code whose key is `key`, of the grant `grant_id`, issuing tokens
/// named after `name` to `client_id`.
fn redemption_of(
    key: &str,
    grant_id: &str,
    client_id: &str,
    name: &str,
) -> idp::store::batch::Redemption {
    use idp::store::tokens::{AccessToken, RefreshToken};
    idp::store::batch::Redemption {
        used: idp::store::batch::Used::Code(key.to_owned()),
        at: 1_900_000_000,
        access: AccessToken {
            token_hash: idp::secret::token_key(&format!("access-{name}")),
            grant_id: Some(grant_id.to_owned()),
            client_id: client_id.to_owned(),
            scope: "openid".into(),
            created_at: 1_900_000_000,
            expires_at: 1_900_003_600,
            revoked_at: None,
        },
        refresh: Some(RefreshToken {
            token_hash: idp::secret::token_key(&format!("refresh-{name}")),
            grant_id: grant_id.to_owned(),
            scope: "openid".into(),
            created_at: 1_900_000_000,
            used_at: None,
            used_by: None,
        }),
    }
}

/// The first column of the one row `sql` gives on `db`.
async fn one<T: sea_orm::TryGetable>(db: &impl sea_orm::ConnectionTrait, sql: &str) -> T {
    let statement = sea_orm::Statement::from_string(db.get_database_backend(), sql);
    let row = db.query_one(statement).await.unwrap().unwrap();
    row.try_get_by_index::<T>(0).unwrap()
}

/// Whether the connection `db` reads through uses TLS, as PostgreSQL sees it.
async fn uses_tls(db: &impl sea_orm::ConnectionTrait) -> bool {
    one(
        db,
        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
    )
    .await
}

/// A PostgreSQL server on this host, with no `sslmode` chosen, is spoken to without TLS by
/// the pool, the readers and the group commits' writers; an `sslmode` chosen in the URL is
/// kept (decision 0066). Needs TEST_DATABASE_URL on 127.0.0.1 or localhost without
/// `sslmode` (as CI sets it), and a server that offers TLS for the second half.
#[tokio::test]
async fn a_database_on_this_host_is_spoken_to_without_tls_unless_the_url_chooses() {
    let Some(app) = TestApp::postgres_with(|_| {}).await else {
        return;
    };
    let url = app.pg_database.as_ref().unwrap().url().to_owned();
    let host = url::Url::parse(&url)
        .unwrap()
        .host_str()
        .unwrap_or("")
        .to_owned();
    if !["127.0.0.1", "localhost"].contains(&host.as_str()) || url.contains("sslmode") {
        eprintln!("TEST_DATABASE_URL is not a server on this host left to the default: skipped");
        return;
    }
    assert!(!uses_tls(&app.state.db).await, "the pool uses TLS");
    assert!(!uses_tls(&app.state.reader).await, "the readers use TLS");
    assert!(
        !uses_tls(&app.batch_target()).await,
        "a group commit uses TLS"
    );

    let offered: String = one(&app.state.db, "SHOW ssl").await;
    if offered == "on" {
        let chosen = idp::store::connect(&format!("{url}?sslmode=require"))
            .await
            .unwrap();
        assert!(uses_tls(&chosen).await, "sslmode=require went without TLS");
        assert!(uses_tls(&idp::store::readers(&chosen).db).await);
    }
}
