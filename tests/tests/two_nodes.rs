//! Issue 17, item 6: two provider nodes on one database behind a round-robin proxy of the
//! test's own, as an operator runs them behind a load balancer without session affinity.
//!
//! The database is a fresh PostgreSQL database on the server of `TEST_DATABASE_URL` when it
//! is set (dropped at the end), else one SQLite file both processes open. Both nodes share
//! the master key and publish the proxy's URL as their issuer.

use std::collections::BTreeSet;
use std::time::Duration;

use anyhow::{ensure, Context, Result};
use base64::Engine;
use e2e::pg::FreshDatabase;
use e2e::proxy::alternates;
use e2e::signin::password_session;
use e2e::{
    oidc, unique_email, wait, Browser, ClientSpec, Hop, Provider, ProviderOptions,
    RedirectListener, RelyingParty, RoundRobinProxy, UserSpec,
};
use openidconnect::core::CoreTokenResponse;
use openidconnect::OAuth2TokenResponse;

const PASSWORD: &str = "violet harbour lantern 4791 quietly";
const PHONE: &str = "+33612345678";

/// `keys.cache_secs` of both nodes: how long a node serves the keys it loaded before
/// reading the database again, so the bound within which each follows a rotation or a
/// retirement made elsewhere (30 s by default; 1 s here).
const KEY_CACHE_SECS: u64 = 1;

/// What the key checks allow beyond [`KEY_CACHE_SECS`]: starting the `idp keys` process is
/// not part of it (the clock starts when it has finished), so this covers two polls of two
/// nodes on a machine busy with other tests.
const KEY_MARGIN: Duration = Duration::from_secs(4);

/// The one database both nodes use; a PostgreSQL database is dropped when this is.
enum SharedDatabase {
    Sqlite {
        url: String,
        _dir: tempfile::TempDir,
    },
    Postgres(FreshDatabase),
}

impl SharedDatabase {
    async fn create() -> Result<Self> {
        if let Some(db) = FreshDatabase::create("idp_two_nodes").await? {
            return Ok(Self::Postgres(db));
        }
        let dir = e2e::kept::data_folder("two-nodes-db-")?;
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("idp.db").display());
        Ok(Self::Sqlite { url, _dir: dir })
    }

    fn url(&self) -> &str {
        match self {
            Self::Sqlite { url, .. } => url,
            Self::Postgres(db) => db.url(),
        }
    }
}

/// A newly generated master key in base64, as `openssl rand -base64 32` makes one.
fn master_key() -> String {
    base64::engine::general_purpose::STANDARD.encode(rand::random::<[u8; 32]>())
}

/// The challenge code of the newest SMS to `to`, from whichever node's outbox has it.
async fn sms_code_from_either(nodes: [&Provider; 2], to: &str) -> Result<String> {
    wait::until(
        &format!("an SMS to {to} in either node's outbox"),
        wait::DEFAULT_DEADLINE,
        || async move {
            for node in nodes {
                if let Some(sms) = node.outbox().messages_to(to, "sms")?.pop() {
                    return Ok(Some(sms.sms_code()?));
                }
            }
            Ok(None)
        },
    )
    .await
}

/// The `kid`s a node publishes at `/jwks.json` (asked directly, not through the proxy).
async fn published_kids(http: &reqwest::Client, node: &Provider) -> Result<BTreeSet<String>> {
    let jwks: serde_json::Value = http
        .get(node.node_url("/jwks.json"))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(jwks["keys"]
        .as_array()
        .context("a JWKS without keys")?
        .iter()
        .filter_map(|k| k["kid"].as_str().map(str::to_owned))
        .collect())
}

/// An authorization URL at the proxy, sent straight to `node` instead (the proxy and the
/// nodes all listen on 127.0.0.1; only the port differs).
fn at_node(url: &url::Url, node: &Provider) -> Result<String> {
    let mut url = url.clone();
    url.set_port(Some(node.port()))
        .map_err(|()| anyhow::anyhow!("{url} takes no port"))?;
    Ok(url.to_string())
}

fn describe(hops: &[Hop]) -> String {
    hops.iter()
        .map(|h| {
            format!(
                "{} node {} {} {} -> {}",
                h.seq, h.node, h.method, h.target, h.status
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A sign-in with step-up that hops between two nodes on every request; then, straight at
/// the nodes, a refresh on B of A's refresh token, a replay on A seen on B, an RP-initiated
/// logout on A seen on B, and a key rotation and retirement made by `idp keys` seen in both
/// nodes' JWKS within `keys.cache_secs` ([`KEY_CACHE_SECS`] = 1 s) plus [`KEY_MARGIN`] (4 s).
#[tokio::test]
async fn two_nodes_on_one_database_serve_one_sign_in_hop_by_hop() -> Result<()> {
    let rp = RedirectListener::start().await?;
    let proxy = RoundRobinProxy::start().await?;
    let database = SharedDatabase::create().await?;
    let master = master_key();
    let email = unique_email("two-nodes");
    let node = |name: &str| {
        ProviderOptions::default()
            .named(name)
            .issuer(proxy.base_url())
            .database_url(database.url())
            .env("IDP_MASTER_KEY", &master)
            .env("IDP_KEYS_CACHE_SECS", KEY_CACHE_SECS.to_string())
    };
    let a = Provider::start(
        node("idp-a")
            .client(
                ClientSpec::new("CPMS")
                    .redirect_uri(rp.url("/callback"))
                    .post_logout_redirect_uri(rp.url("/logged-out"))
                    .minimum_acr("medium"),
            )
            .user(
                UserSpec::new(&email, PASSWORD)
                    .name("Francesco", "Rotolo")
                    .phone(PHONE),
            ),
    )
    .await?;
    let b = Provider::start(node("idp-b").prepared_by_another_node()).await?;
    proxy.set_nodes(vec![a.node_url(""), b.node_url("")]);
    let cpms_client = a.client("CPMS")?.clone();
    let secret = cpms_client
        .client_secret
        .clone()
        .context("CPMS has a secret")?;
    let cpms = RelyingParty::for_client(&a, "CPMS", &rp).await?;
    let browser = Browser::launch().await?;

    // A password session, then CPMS asks for medium: step-up with an SMS code, every
    // request of the browser going to the other node than the one before.
    proxy.take_hops();
    password_session(&browser, &a, &email, PASSWORD).await?;
    let request = cpms.authorization_request(&["openid", "email"], &[]);
    browser
        .goto_and_wait(request.url.as_str(), "Choose your verification method")
        .await?;
    browser.click("a[href^='/login/sms']").await?;
    browser.submit("#sms-send-form").await?;
    let code = sms_code_from_either([&a, &b], PHONE).await?;
    browser
        .fill_and_submit("#sms-code-form", &[("code", &code)])
        .await?;
    let callback = rp
        .wait_for_callback_at("/callback", Duration::from_secs(15))
        .await?;
    let hops = proxy.take_hops();
    let shown = describe(&hops);
    ensure!(alternates(&hops), "the proxy did not alternate:\n{shown}");
    ensure!(
        hops.iter().all(|h| h.status < 500),
        "a node failed:\n{shown}"
    );
    let steps: Vec<&Hop> = hops
        .iter()
        .filter(|h| h.path().starts_with("/login") || h.path().starts_with("/authorize"))
        .collect();
    ensure!(
        steps.iter().map(|h| h.node).collect::<BTreeSet<_>>().len() == 2,
        "the sign-in's steps were not served by both nodes:\n{shown}"
    );
    // A step one node answered with a redirect, continued on the other node at once.
    ensure!(
        hops.windows(2).any(|pair| pair[0].method == "POST"
            && (300..400).contains(&pair[0].status)
            && pair[1].path().starts_with("/login")
            && pair[0].node != pair[1].node),
        "no form answered by one node was continued on the other:\n{shown}"
    );
    for sms_step in ["/login/sms", "/login/sms/code"] {
        ensure!(
            hops.iter()
                .any(|h| h.method == "POST" && h.path() == sms_step),
            "no POST {sms_step} went through the proxy:\n{shown}"
        );
    }

    // The code is redeemed straight at node A.
    let http = RelyingParty::http_client()?;
    let code = callback
        .param("code")
        .with_context(|| format!("no code: {callback:?}"))?;
    let redirect_uri = rp.url("/callback");
    let answer = http
        .post(a.node_url("/token"))
        .basic_auth(&cpms_client.client_id, Some(&secret))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", redirect_uri.as_str()),
            ("code_verifier", request.pkce_verifier.secret().as_str()),
        ])
        .send()
        .await?;
    ensure!(
        answer.status() == 200,
        "token at A: {}",
        answer.text().await?
    );
    let tokens: CoreTokenResponse = answer.json().await?;
    let claims = cpms.verify_id_token(&tokens, &request.nonce)?;
    assert!(oidc::acr(&claims)?.ends_with("/loa/medium"));
    assert_eq!(oidc::amr(&claims)?, ["pwd", "sms", "mfa"]);
    let id_token = openidconnect::TokenResponse::id_token(&tokens)
        .context("an ID token")?
        .to_string();
    let first_refresh = tokens
        .refresh_token()
        .context("a refresh token from A")?
        .secret()
        .clone();

    // A's refresh token is used on B; B's access token is good on A.
    let refresh = |node: &Provider, token: &str| {
        http.post(node.node_url("/token"))
            .basic_auth(&cpms_client.client_id, Some(&secret))
            .form(&[("grant_type", "refresh_token"), ("refresh_token", token)])
            .send()
    };
    let answer = refresh(&b, &first_refresh).await?;
    ensure!(
        answer.status() == 200,
        "refresh at B: {}",
        answer.text().await?
    );
    let refreshed: serde_json::Value = answer.json().await?;
    let access_from_b = refreshed["access_token"]
        .as_str()
        .context("an access token from B")?
        .to_owned();
    let refresh_from_b = refreshed["refresh_token"]
        .as_str()
        .context("a new refresh token from B")?
        .to_owned();
    assert_ne!(refresh_from_b, first_refresh, "refresh tokens rotate");
    let userinfo = |node: &Provider, token: &str| {
        http.get(node.node_url("/userinfo"))
            .bearer_auth(token)
            .send()
    };
    let answer = userinfo(&a, &access_from_b).await?;
    ensure!(
        answer.status() == 200,
        "userinfo at A: {}",
        answer.text().await?
    );
    let info: serde_json::Value = answer.json().await?;
    assert_eq!(info["sub"].as_str(), Some(claims.subject().as_str()));

    // The used refresh token replayed on A: refused, and the whole grant ends on B too.
    let replay = refresh(&a, &first_refresh).await?;
    assert_eq!(replay.status(), 400);
    let error: serde_json::Value = replay.json().await?;
    assert_eq!(error["error"], "invalid_grant");
    let after = refresh(&b, &refresh_from_b).await?;
    assert_eq!(after.status(), 400, "B still refreshes a revoked grant");
    assert_eq!(userinfo(&b, &access_from_b).await?.status(), 401);

    // The browser's session, asked for without a page (prompt=none) straight at node B.
    let silent_at_b = |rp_request: &e2e::AuthorizationRequest| at_node(&rp_request.url, &b);
    let silent = cpms.authorization_request(&["openid"], &[("prompt", "none")]);
    browser.goto(&silent_at_b(&silent)?).await?;
    let answer = rp
        .wait_for_callback_at("/callback", Duration::from_secs(15))
        .await?;
    assert_eq!(
        answer.param("error"),
        None,
        "B sees the session: {answer:?}"
    );
    assert!(answer.param("code").is_some(), "{answer:?}");

    // RP-initiated logout at node A; node B then finds no session.
    let mut logout = url::Url::parse(&a.node_url("/logout"))?;
    logout
        .query_pairs_mut()
        .append_pair("id_token_hint", &id_token)
        .append_pair("post_logout_redirect_uri", &rp.url("/logged-out"))
        .append_pair("state", "bye");
    browser.goto(logout.as_str()).await?;
    let back = rp
        .wait_for_callback_at("/logged-out", Duration::from_secs(15))
        .await?;
    assert_eq!(back.param("state").as_deref(), Some("bye"));
    let silent = cpms.authorization_request(&["openid"], &[("prompt", "none")]);
    browser.goto(&silent_at_b(&silent)?).await?;
    let answer = rp
        .wait_for_callback_at("/callback", Duration::from_secs(15))
        .await?;
    assert_eq!(
        answer.param("error").as_deref(),
        Some("login_required"),
        "B still sees the session A ended: {answer:?}"
    );

    // A key rotation by `idp keys rotate` on the shared database: both nodes publish the
    // new key within the cache bound; retired, it leaves both within the bound.
    let key_http = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(5))
        .build()?;
    let before = published_kids(&key_http, &a).await?;
    assert_eq!(before, published_kids(&key_http, &b).await?);
    let kid = a.run(["keys", "rotate"]).await?.trim().to_owned();
    assert!(
        !kid.is_empty() && !before.contains(&kid),
        "{kid:?} {before:?}"
    );
    let bound = Duration::from_secs(KEY_CACHE_SECS) + KEY_MARGIN;
    let both_publish = |wanted: bool| {
        let (key_http, a, b, kid) = (&key_http, &a, &b, &kid);
        move || async move {
            let on_a = published_kids(key_http, a).await?.contains(kid);
            let on_b = published_kids(key_http, b).await?.contains(kid);
            Ok((on_a == wanted && on_b == wanted).then_some(()))
        }
    };
    wait::until(
        &format!("the rotated key {kid} in both nodes' JWKS"),
        bound,
        both_publish(true),
    )
    .await?;
    b.run(["keys".to_string(), "retire".to_string(), kid.clone()])
        .await?;
    wait::until(
        &format!("the retired key {kid} gone from both nodes' JWKS"),
        bound,
        both_publish(false),
    )
    .await?;
    assert_eq!(published_kids(&key_http, &a).await?, before);

    // The one SMS of the sign-in was sent once, by one node.
    let sent =
        a.outbox().messages_to(PHONE, "sms")?.len() + b.outbox().messages_to(PHONE, "sms")?.len();
    assert_eq!(sent, 1, "SMS to {PHONE} in the two outboxes");

    browser.close().await?;
    Ok(())
}
