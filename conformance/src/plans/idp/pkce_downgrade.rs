//! idp-pkce-downgrade: a code requested with an S256 challenge must not be redeemable without
//! the code_verifier, nor with a wrong one (RFC 7636 4.6, Security BCP 4.8).
use anyhow::{ensure, Result};

use crate::harness::flow::{self, expect_code, redeem};
use crate::harness::{random, AuthRequest, Mode, Run};

async fn attempt(run: &Run<'_>, verifier: Option<String>) -> Result<()> {
    let mut req = AuthRequest::new(run, &run.cfg().client);
    req.pkce_s256();
    let journey = req.send(run, &run.browser()?, Mode::SignIn).await?;
    let code = expect_code(run, &req, &journey)?;
    let mut bad = req.clone();
    bad.code_verifier = verifier.clone();
    let resp = redeem(run, &bad, &code).await?;
    let what = if verifier.is_some() {
        "a wrong code_verifier"
    } else {
        "no code_verifier"
    };
    ensure!(resp.status != 200, "the code was redeemed with {what}");
    let err = resp.expect_error()?;
    ensure!(
        err == "invalid_grant" || err == "invalid_request",
        "redeeming with {what} returned {err}"
    );
    let _ = flow::redeem(run, &req, &code).await;
    Ok(())
}

pub async fn run(run: &Run<'_>) -> Result<()> {
    attempt(run, None).await?;
    attempt(run, Some(random(32))).await
}
