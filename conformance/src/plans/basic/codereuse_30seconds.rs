//! oidcc-codereuse-30seconds: the code is replayed 30 s later; it must fail, and the access
//! token issued from it should be revoked (WARNING if it still works).
use std::time::Duration;

use anyhow::{ensure, Result};

use crate::harness::flow::{self, userinfo_raw, UserInfoCall};
use crate::harness::{AuthRequest, Run, Tokens};

/// Signs in, redeems, waits `wait` seconds, redeems again; returns the first tokens.
pub async fn reuse(run: &Run<'_>, wait: u64) -> Result<Tokens> {
    let req = AuthRequest::new(run, &run.cfg().client);
    let browser = run.browser()?;
    let journey = req
        .send(run, &browser, crate::harness::Mode::SignIn)
        .await?;
    let code = flow::expect_code(run, &req, &journey)?;
    let tokens = flow::exchange(run, &req, &code).await?;
    if wait > 0 {
        tokio::time::sleep(Duration::from_secs(wait)).await;
    }
    let second = flow::redeem(run, &req, &code).await?;
    ensure!(second.status != 200, "the code was accepted a second time");
    let err = second.expect_error()?;
    ensure!(
        err == "invalid_grant",
        "code reuse returned {err}, expected invalid_grant"
    );
    ensure!(
        second.status == 400,
        "code reuse returned HTTP {}, expected 400",
        second.status
    );
    Ok(tokens)
}

pub async fn run(run: &Run<'_>) -> Result<()> {
    let tokens = reuse(run, run.cfg().code_reuse_wait_seconds).await?;
    let (status, _, _) = userinfo_raw(run, &tokens.access_token, UserInfoCall::Get).await?;
    if status == 200 {
        run.warn("the access token issued from the replayed code still works (RFC 6749 4.1.2 SHOULD revoke)");
    }
    Ok(())
}
