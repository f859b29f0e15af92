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
        let hash = idp::secret::token_hash(&token);
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
async fn the_sqlite_readers_refuse_writes() {
    let app = TestApp::sqlite().await;
    let reader = idp::store::readers(&app.state.db).db;
    let read = reader
        .execute_unprepared("SELECT count(*) FROM access_tokens")
        .await;
    assert!(read.is_ok(), "{read:?}");
    let write = reader
        .execute_unprepared("DELETE FROM access_tokens")
        .await
        .unwrap_err();
    assert!(
        write.to_string().contains("readonly"),
        "a reader must not take the writer's lock: {write}"
    );
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
