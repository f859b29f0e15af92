//! oidcc-refresh-token: a refresh token is issued (else SKIPPED), refreshing works and keeps
//! iss/sub/aud (OIDC Core 12.2), and a refresh token is bound to its client.
use anyhow::{bail, ensure, Context, Result};

use crate::config::Client;
use crate::harness::flow::{self, client_post, UserInfoCall};
use crate::harness::jose::{self, Expect};
use crate::harness::{skip, AuthRequest, Run, Tokens};

async fn tokens_for(run: &Run<'_>, client: &Client) -> Result<Tokens> {
    let mut req = AuthRequest::new(run, client);
    if client.scope.split(' ').any(|s| s == "offline_access") {
        req.set("prompt", "consent");
    }
    let browser = run.browser()?;
    Ok(flow::login(run, &browser, &req).await?.0)
}

pub async fn refresh(run: &Run<'_>, client: &Client, rt: &str) -> Result<flow::TokenResponse> {
    let form = vec![
        ("grant_type".into(), "refresh_token".into()),
        ("refresh_token".into(), rt.into()),
    ];
    client_post(run, "token_endpoint", client, form).await
}

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let t1 = tokens_for(run, client).await?;
    let Some(rt) = t1.refresh_token.clone() else {
        if run.ctx.supports("grant_types_supported", "refresh_token") == Some(true) {
            run.warn("grant_types_supported lists refresh_token but none was issued");
        }
        return Err(skip(
            "Refresh tokens cannot be tested. No refresh token was issued.",
        ));
    };
    if run.ctx.supports("grant_types_supported", "refresh_token") != Some(true) {
        run.warn(
            "a refresh token was issued but grant_types_supported does not list refresh_token",
        );
    }
    ensure!(
        rt.bytes().all(|b| (0x20..=0x7e).contains(&b)),
        "refresh token has characters outside VSCHAR"
    );
    let resp = refresh(run, client, &rt).await?;
    ensure!(
        resp.status == 200,
        "refresh failed: HTTP {} {}",
        resp.status,
        resp.str("error").unwrap_or("")
    );
    let access = resp
        .str("access_token")
        .context("refresh response has no access_token")?
        .to_string();
    if let Some(id_token) = resp.str("id_token") {
        let (_, raw) = jose::decode_unverified(id_token)?;
        let nonce = raw
            .get("nonce")
            .and_then(|v| v.as_str())
            .map(str::to_string);
        if nonce.is_some() && nonce.as_deref() != t1.claim_str("nonce") {
            bail!("refreshed ID token has a nonce different from the original");
        }
        let expect = Expect {
            nonce: nonce.as_deref(),
            access_token: Some(&access),
            ..Default::default()
        };
        let claims = jose::validate_id_token(run, client, id_token, &expect)?;
        for k in ["iss", "sub"] {
            ensure!(
                claims.get(k) == t1.claims.get(k),
                "refreshed ID token has a different {k}"
            );
        }
        if let (Some(a), Some(b)) = (t1.claims.get("auth_time"), claims.get("auth_time")) {
            ensure!(a == b, "refreshed ID token has a different auth_time");
        }
    }
    let t2 = Tokens {
        access_token: access,
        ..t1.clone()
    };
    flow::userinfo(run, &t2, UserInfoCall::Get).await?;
    let Some(client2) = run.cfg().client2.as_ref() else {
        run.warn(
            "no client2 configured: the refresh token's binding to its client was not checked",
        );
        return Ok(());
    };
    let other = tokens_for(run, client2).await?;
    let rt2 = other
        .refresh_token
        .context("client2 received no refresh token")?;
    let wrong = refresh(run, client, &rt2).await?;
    ensure!(
        wrong.status != 200,
        "client2's refresh token was accepted from client1"
    );
    let err = wrong.expect_error()?;
    ensure!(
        err == "invalid_grant",
        "using another client's refresh token returned {err}, expected invalid_grant"
    );
    Ok(())
}
