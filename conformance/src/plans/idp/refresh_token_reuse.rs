//! idp-refresh-token-reuse: refresh tokens rotate; replaying a used one fails (invalid_grant)
//! and should revoke the family (Security BCP 4.14.2): WARNING if the newest still works.
use anyhow::{ensure, Context, Result};

use crate::harness::{flow, skip, AuthRequest, Run};
use crate::plans::basic::refresh_token::refresh;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let (t, _) = flow::login(run, &run.browser()?, &AuthRequest::new(run, client)).await?;
    let rt1 = t
        .refresh_token
        .ok_or_else(|| skip("no refresh token was issued"))?;
    let r = refresh(run, client, &rt1).await?;
    ensure!(r.status == 200, "refresh failed with HTTP {}", r.status);
    let rt2 = r
        .str("refresh_token")
        .context("refresh response has no refresh_token")?
        .to_string();
    if rt2 == rt1 {
        return Err(skip("the OP does not rotate refresh tokens"));
    }
    let replay = refresh(run, client, &rt1).await?;
    ensure!(
        replay.status != 200,
        "a used refresh token was accepted again"
    );
    let err = replay.expect_error()?;
    ensure!(
        err == "invalid_grant",
        "replaying a used refresh token gave {err}"
    );
    let newest = refresh(run, client, &rt2).await?;
    if newest.status == 200 {
        run.warn(
            "after refresh-token reuse the newest refresh token still works (family not revoked)",
        );
    }
    Ok(())
}
