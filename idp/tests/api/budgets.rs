//! Statement budgets (issue 18): how many SQL statements one request of each protocol
//! endpoint runs, counted on the app's connection, held to a budget. Deterministic, so it
//! fails in CI when a change adds a query to a hot path; lower a budget when a change saves
//! one.

use crate::support::*;
use axum::http::StatusCode;

/// (endpoint, statements on SQLite, on PostgreSQL; statements inside a transaction count,
/// `BEGIN` and `COMMIT` do not). The first counts were 2, 2, 5, 11, 9, 4 and 5; the client
/// cache (decision 0040) and the joins of a token with its grant and user brought them to
/// 1, 1, 4, 9, 6, 1, 1. Now a session is read with its user (authorize), and a code or
/// refresh token with its grant and user, its single use decided by one conditional
/// `UPDATE` (decision 0043). The code exchange here also reads the signing keys (2, the
/// signer's first ID token) and the client's access applications (1, once a second per
/// client); refresh and userinfo find both kept, so a code exchange under load runs 4 or 5
/// on SQLite. On PostgreSQL a grant and its code are one statement (decision 0061), and a
/// redemption, the marks with the tokens, one more (decision 0063).
const BUDGETS: [(&str, u64, u64); 7] = [
    ("client_credentials", 1, 1),
    ("introspection", 1, 1),
    ("authorize with a session", 3, 2),
    ("code exchange", 7, 5),
    ("refresh", 4, 2),
    ("userinfo", 1, 1),
    ("introspection of a user's token", 1, 1),
];

#[tokio::test]
async fn each_protocol_request_runs_no_more_statements_than_its_budget() {
    for app in backends().await {
        let client = app.client(|_| {}).await;
        let basic = Some((client.0.as_str(), client.1.as_str()));
        let mut counts = Vec::new();
        // Warm: the signer's key cache and the first sign-in are not what is measured.
        app.user("ada@example.org").await;
        let mut jar = app.signed_in("ada@example.org").await;
        let first = app
            .post_token("/token", &[("grant_type", "client_credentials")], basic)
            .await;
        assert_eq!(first.status, StatusCode::OK, "{}", first.body);

        let (n, cc) = app
            .count_statements(app.post_token(
                "/token",
                &[("grant_type", "client_credentials")],
                basic,
            ))
            .await;
        assert_eq!(cc.status, StatusCode::OK, "{}", cc.body);
        counts.push(n);
        let at = cc.json()["access_token"].as_str().unwrap().to_owned();
        let (n, active) = app.count_statements(introspect(&app, &client, &at)).await;
        assert_eq!(active["active"], true);
        counts.push(n);

        let q = auth_query(&client.0, "");
        let (q, verifier) = q.split_once("&_verifier=").unwrap();
        let (n, code) = app
            .count_statements(app.get(&format!("/authorize?{q}"), &mut jar))
            .await;
        assert_eq!(code.status, StatusCode::SEE_OTHER, "{}", code.body);
        counts.push(n);
        let code = redirect_query(&code.location())["code"].clone();
        let (n, tokens) = app
            .count_statements(exchange(&app, &client, &code, verifier))
            .await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
        counts.push(n);
        let tokens = tokens.json();
        let refresh_token = tokens["refresh_token"].as_str().unwrap();
        let (n, refreshed) = app
            .count_statements(app.post_token(
                "/token",
                &[
                    ("grant_type", "refresh_token"),
                    ("refresh_token", refresh_token),
                ],
                basic,
            ))
            .await;
        assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
        counts.push(n);
        let access = refreshed.json()["access_token"]
            .as_str()
            .unwrap()
            .to_owned();
        let (n, info) = app
            .count_statements(app.post_token("/userinfo", &[("access_token", &access)], None))
            .await;
        assert_eq!(info.status, StatusCode::OK, "{}", info.body);
        counts.push(n);
        let (n, active) = app
            .count_statements(introspect(&app, &client, &access))
            .await;
        assert_eq!(active["active"], true);
        assert_eq!(active["username"], "ada@example.org");
        counts.push(n);

        let mut over = Vec::new();
        for ((endpoint, sqlite, postgres), n) in BUDGETS.iter().zip(&counts) {
            let budget = if app.backend == "postgres" {
                postgres
            } else {
                sqlite
            };
            eprintln!(
                "{} {endpoint}: {n} statements (budget {budget})",
                app.backend
            );
            if n > budget {
                over.push(format!("{endpoint}: {n} > {budget}"));
            }
        }
        assert!(over.is_empty(), "{}: over budget: {over:?}", app.backend);
    }
}
