//! Reads beside the writer (issue 18, decision 0043): on SQLite the one writer connection
//! is held for a whole transaction, and introspection, userinfo and the token endpoint's
//! first look at a code or refresh token read on connections of their own (WAL). They see
//! every commit made before them and nothing uncommitted.

use crate::support::*;
use axum::http::StatusCode;
use sea_orm::ConnectionTrait;

#[tokio::test]
async fn introspection_is_answered_while_a_write_transaction_is_open_and_sees_only_commits() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        let basic = Some((client.0.as_str(), client.1.as_str()));
        let issued = app
            .post_token("/token", &[("grant_type", "client_credentials")], basic)
            .await;
        assert_eq!(issued.status, StatusCode::OK, "{}", issued.body);
        let token = issued.json()["access_token"].as_str().unwrap().to_owned();

        // A write transaction holds the writer (on SQLite, its only connection) and revokes
        // the token, not yet committed.
        let tx = idp::store::begin(&app.state.db).await.unwrap();
        let hash = idp::secret::token_key(&token);
        let now = app.clock_now();
        assert!(idp::store::tokens::revoke_access(&tx, &hash, now)
            .await
            .unwrap());
        // Without readers of its own this request would wait for the writer until the pool's
        // acquire timeout and answer 503.
        let during = introspect(&app, &client, &token).await;
        assert_eq!(during["active"], true, "{}: {during}", app.backend);

        idp::store::commit(tx).await.unwrap();
        let after = introspect(&app, &client, &token).await;
        assert_eq!(after["active"], false, "{}: {after}", app.backend);
    }
}

#[tokio::test]
async fn a_refresh_is_redeemed_once_when_read_beside_the_writer() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        let basic = Some((client.0.as_str(), client.1.as_str()));
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
        let tokens = exchange(&app, &client, &query["code"], &verifier).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
        let refresh = tokens.json()["refresh_token"].as_str().unwrap().to_owned();
        let form = [("grant_type", "refresh_token"), ("refresh_token", &refresh)];

        let first = app.post_token("/token", &form, basic).await;
        assert_eq!(first.status, StatusCode::OK, "{}", first.body);
        let rotated = first.json()["refresh_token"].as_str().unwrap().to_owned();
        // The used token, read again at once: the reader sees its use, and the replay
        // revokes the family, the rotated token with it.
        let again = app.post_token("/token", &form, basic).await;
        assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.body);
        assert_eq!(again.json()["error"], "invalid_grant");
        let next = app
            .post_token(
                "/token",
                &[("grant_type", "refresh_token"), ("refresh_token", &rotated)],
                basic,
            )
            .await;
        assert_eq!(next.status, StatusCode::BAD_REQUEST, "{}", next.body);
    }
}

#[tokio::test]
async fn the_readers_refuse_writes() {
    for app in backends().await {
        let reader = idp::store::readers(&app.state.db).db;
        let read = reader
            .execute_unprepared("SELECT count(*) FROM access_tokens")
            .await;
        assert!(read.is_ok(), "{}: {read:?}", app.backend);
        let write = reader
            .execute_unprepared("DELETE FROM access_tokens")
            .await
            .unwrap_err();
        // SQLite: "attempt to write a readonly database"; PostgreSQL: "cannot execute
        // DELETE in a read-only transaction".
        assert!(
            write.to_string().contains("readonly") || write.to_string().contains("read-only"),
            "{}: a reader must not write outside the writer's transactions: {write}",
            app.backend
        );
    }
}

/// The SQLite readers type each column themselves (decision 0046): every table read through
/// them gives exactly the rows the writer gives, counters (`i32`), row ids and times (`i64`),
/// flags, text and absent values alike, and so does a count.
#[tokio::test]
async fn the_sqlite_readers_read_every_table_as_the_writer_does() {
    use idp::store::entities::*;
    use sea_orm::EntityTrait;
    let app = TestApp::sqlite().await;
    // Rows in most tables: the access seed (profiles and their positions), a user who
    // mistypes the password once (throttles, rate limits, audit events with their row ids),
    // then signs in, adds a phone (a challenge with its attempts, an SMS in the outbox) and
    // has a device (its PIN failures); a client's code, tokens and a refresh.
    app.client(|c| c.client_id = Some("cpms".into())).await;
    idp::access::admin::seed_demo(&app.state).await.unwrap();
    let user = app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let wrong = app
        .sign_in_from_login("ada@example.org", "not the password", &mut jar)
        .await;
    assert_ne!(wrong.status, StatusCode::SEE_OTHER, "{}", wrong.body);
    let mut jar = app.signed_in("ada@example.org").await;
    let sent = post_phone(&app, &mut jar, "+32 470 12 34 56").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    insert_device(&app, &user, "device-1").await;
    let client = app.client(|_| {}).await;
    let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    let tokens = exchange(&app, &client, &query["code"], &verifier).await;
    let refresh = tokens.json()["refresh_token"].as_str().unwrap().to_owned();
    let basic = Some((client.0.as_str(), client.1.as_str()));
    let form = [("grant_type", "refresh_token"), ("refresh_token", &refresh)];
    let refreshed = app.post_token("/token", &form, basic).await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);

    let writer = &app.state.db;
    let reader = idp::store::readers(writer).db;
    let mut compared = Vec::new();
    let mut filled = Vec::new();
    macro_rules! same {
        ($($m:ident),*) => {$(
            let written = $m::Entity::find().all(writer).await.unwrap();
            let read = $m::Entity::find().all(&reader).await;
            assert_eq!(read.as_ref(), Ok(&written), "{}", stringify!($m));
            compared.push(stringify!($m));
            if !written.is_empty() {
                filled.push(stringify!($m));
            }
        )*};
    }
    idp::every_entity!(same);
    assert_eq!(compared.len(), tables().len(), "every entity is compared");
    for table in [
        "user",
        "session",
        "grant",
        "access_token",
        "refresh_token",
        "authorization_code",
        "signin_throttle",
        "audit_event",
        "mobile_device",
        "challenge",
        "access_profile",
        "outbox_message",
    ] {
        assert!(filled.contains(&table), "{table} has rows: {filled:?}");
    }
    assert_eq!(
        idp::store::access::count_requests(&reader).await.unwrap(),
        idp::store::access::count_requests(writer).await.unwrap()
    );
}

/// The four hottest reads take their row straight into models on the SQLite readers
/// (decision 0050), without sea-orm's proxy rows: each gives what it gives on the writer,
/// with and without a grant and a user behind the token.
#[tokio::test]
async fn the_hottest_reads_give_on_the_sqlite_readers_what_they_give_on_the_writer() {
    use idp::store::{entities::*, sessions, tokens};
    use sea_orm::EntityTrait;
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let client = app.client(|_| {}).await;
    let basic = Some((client.0.as_str(), client.1.as_str()));
    let mut jar = app.signed_in("ada@example.org").await;
    let (query, verifier) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;
    let tokens = exchange(&app, &client, &query["code"], &verifier).await;
    assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
    let machine = app
        .post_token("/token", &[("grant_type", "client_credentials")], basic)
        .await;
    assert_eq!(machine.status, StatusCode::OK, "{}", machine.body);
    let (_, _) = code_for(&app, &client.0, "ada@example.org", "", &mut jar).await;

    let writer = &app.state.db;
    let reader = idp::store::readers(writer).db;
    assert!(idp::store::Conn::sqlite_readers(&reader).is_some());
    let now = app.clock_now();
    let (mut with_user, mut without_grant) = (0, 0);
    for t in access_token::Entity::find().all(writer).await.unwrap() {
        let parts = |a: tokens::ActiveAccess| (a.token, a.grant, a.user);
        let written = tokens::find_active_access(writer, &t.token_hash, now).await;
        let read = tokens::find_active_access(&reader, &t.token_hash, now).await;
        let (written, read) = (written.unwrap().map(parts), read.unwrap().map(parts));
        assert!(written.is_some());
        with_user += written.as_ref().is_some_and(|w| w.2.is_some()) as usize;
        without_grant += written.as_ref().is_some_and(|w| w.1.is_none()) as usize;
        assert_eq!(read, written);
    }
    assert_eq!((with_user, without_grant), (1, 1));
    fn parts<T>(i: tokens::Issued<T>) -> (T, tokens::Grant, Option<idp::store::users::User>) {
        (i.row, i.grant, i.user)
    }
    let refreshes = refresh_token::Entity::find().all(writer).await.unwrap();
    assert_eq!(refreshes.len(), 1);
    for r in refreshes {
        let written = tokens::find_refresh_and_grant(writer, &r.token_hash).await;
        let read = tokens::find_refresh_and_grant(&reader, &r.token_hash).await;
        let written = written.unwrap().map(parts);
        assert!(written.as_ref().is_some_and(|w| w.2.is_some()));
        assert_eq!(read.unwrap().map(parts), written);
    }
    let codes = authorization_code::Entity::find()
        .all(writer)
        .await
        .unwrap();
    assert_eq!(codes.len(), 2, "one used, one not");
    for c in codes {
        let written = tokens::find_code_and_grant(writer, &c.code_hash).await;
        let read = tokens::find_code_and_grant(&reader, &c.code_hash).await;
        let written = written.unwrap().map(parts);
        assert!(written.is_some());
        assert_eq!(read.unwrap().map(parts), written);
    }
    let sessions = session::Entity::find().all(writer).await.unwrap();
    assert!(!sessions.is_empty());
    for s in sessions {
        let written = sessions::find_live_with_user(writer, &s.id, now).await;
        let read = sessions::find_live_with_user(&reader, &s.id, now).await;
        let written = written.unwrap();
        assert!(written.is_some());
        assert_eq!(read.unwrap(), written);
    }
    // Unknown keys read as nothing on both.
    assert!(tokens::find_active_access(&reader, "unknown", now)
        .await
        .unwrap()
        .is_none());
    assert!(sessions::find_live_with_user(&reader, "unknown", now)
        .await
        .unwrap()
        .is_none());
}

/// Introspections at once, of live, expired, revoked, unknown and repeated tokens: each
/// answer is its own token's. On PostgreSQL the reads that arrive while a statement is under
/// way wait, and go as one statement (decision 0057): here the table is locked until all of
/// them wait, so the 19 reads are exactly two statements.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn introspections_at_once_each_get_their_own_token_and_wait_together_on_postgresql() {
    for app in backends().await {
        let app = std::sync::Arc::new(app);
        let client = app.client(|_| {}).await;
        let basic = Some((client.0.as_str(), client.1.as_str()));
        let issue = || async {
            let page = app
                .post_token("/token", &[("grant_type", "client_credentials")], basic)
                .await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            let token = page.json()["access_token"].as_str().unwrap().to_owned();
            (token, app.clock_now())
        };
        let (expired, _) = issue().await;
        app.clock
            .advance(app.state.config.tokens.access_token_ttl_secs + 1);
        // Each live token issued a second after the last: its `iat` names it.
        let mut live = Vec::new();
        for _ in 0..12 {
            live.push(issue().await);
            app.clock.advance(1);
        }
        let revoked: Vec<String> = live.drain(..3).map(|(token, _)| token).collect();
        for token in &revoked {
            let page = app.post_token("/revoke", &[("token", token)], basic).await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        }
        // (token, the `iat` of an active answer, or `None` for `{"active": false}`)
        let mut asked: Vec<(String, Option<i64>)> = Vec::new();
        asked.push((expired, None));
        asked.extend(revoked.into_iter().map(|token| (token, None)));
        asked.extend(live.iter().map(|(token, iat)| (token.clone(), Some(*iat))));
        asked.push(("never-issued".into(), None));
        asked.push((live[0].0.clone(), Some(live[0].1)));
        asked.push((live[5].0.clone(), Some(live[5].1)));
        // Warm: the client is in the cache before the statements are counted.
        assert_eq!(introspect(&app, &client, &live[1].0).await["active"], true);

        let lock = match app.backend {
            "postgres" => {
                let tx = idp::store::begin(&app.state.db).await.unwrap();
                tx.execute_unprepared("LOCK TABLE access_tokens IN ACCESS EXCLUSIVE MODE")
                    .await
                    .unwrap();
                Some(tx)
            }
            _ => None,
        };
        let (statements, answers) = app
            .count_statements(async {
                let mut tasks = Vec::new();
                for (token, _) in &asked {
                    let (app, client, token) = (app.clone(), client.clone(), token.clone());
                    tasks.push(tokio::spawn(async move {
                        introspect(&app, &client, &token).await
                    }));
                }
                if let Some(tx) = lock {
                    let readers = match &app.state.reader {
                        idp::store::Reader::Postgres(readers) => readers.clone(),
                        _ => panic!("PostgreSQL reads through its readers"),
                    };
                    let blocked = asked.len() - idp::store::coalesce::IN_FLIGHT;
                    until(|| readers.waiting() == blocked).await;
                    idp::store::commit(tx).await.unwrap();
                }
                let mut answers = Vec::new();
                for task in tasks {
                    answers.push(task.await.unwrap());
                }
                answers
            })
            .await;
        for ((token, iat), answer) in asked.iter().zip(&answers) {
            match iat {
                Some(iat) => {
                    assert_eq!(answer["active"], true, "{}: {token}: {answer}", app.backend);
                    assert_eq!(answer["iat"], *iat, "{}: {token}: {answer}", app.backend);
                    assert_eq!(answer["client_id"], client.0.as_str());
                }
                None => assert_eq!(
                    answer,
                    &serde_json::json!({"active": false}),
                    "{}: {token}",
                    app.backend
                ),
            }
        }
        // A token not active as an access token is then looked for as a refresh token.
        let inactive = asked.iter().filter(|(_, iat)| iat.is_none()).count() as u64;
        match app.backend {
            // One statement alone, then everything that waited, as one.
            "postgres" => assert_eq!(statements, 2 + inactive, "on PostgreSQL"),
            _ => assert_eq!(statements, asked.len() as u64 + inactive, "on SQLite"),
        }
    }
}
