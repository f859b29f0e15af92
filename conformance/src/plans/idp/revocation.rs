//! idp-revocation (RFC 7009): revoking an access token stops it working; revoking a refresh
//! token stops refreshing; an unknown token is answered 200.
use anyhow::{ensure, Result};

use crate::harness::flow::{client_post, userinfo_raw, UserInfoCall};
use crate::harness::{flow, random, skip, AuthRequest, Run};
use crate::plans::basic::refresh_token::refresh;

pub async fn run(run: &Run<'_>) -> Result<()> {
    if run.ctx.disc.get("revocation_endpoint").is_none() {
        return Err(skip("discovery has no revocation_endpoint"));
    }
    let client = &run.cfg().client;
    let (t, _) = flow::login(run, &run.browser()?, &AuthRequest::new(run, client)).await?;
    let revoke = |token: String, hint: &'static str| {
        let form = vec![
            ("token".to_string(), token),
            ("token_type_hint".to_string(), hint.to_string()),
        ];
        client_post(run, "revocation_endpoint", client, form)
    };
    let r = revoke(t.access_token.clone(), "access_token").await?;
    ensure!(
        r.status == 200,
        "revoking the access token returned HTTP {}",
        r.status
    );
    let (status, _, _) = userinfo_raw(run, &t.access_token, UserInfoCall::Get).await?;
    ensure!(
        status == 401,
        "userinfo answered HTTP {status} for a revoked access token"
    );
    if run.ctx.disc.get("introspection_endpoint").is_some() {
        let m = super::introspect(run, client, &t.access_token).await?;
        ensure!(
            !super::active(&m),
            "a revoked access token is still active at introspection"
        );
    }
    if let Some(rt) = t.refresh_token.clone() {
        let r = revoke(rt.clone(), "refresh_token").await?;
        ensure!(
            r.status == 200,
            "revoking the refresh token returned HTTP {}",
            r.status
        );
        let again = refresh(run, client, &rt).await?;
        ensure!(
            again.status != 200,
            "a revoked refresh token still refreshes"
        );
    }
    let unknown = revoke(random(32), "access_token").await?;
    ensure!(
        unknown.status == 200,
        "revoking an unknown token returned HTTP {} (RFC 7009 2.2)",
        unknown.status
    );
    Ok(())
}
