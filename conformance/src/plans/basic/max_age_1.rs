//! oidcc-max-age-1: after a sign-in more than a second old, max_age=1 must force a new
//! sign-in; the new ID token has a later auth_time.
use anyhow::{ensure, Context, Result};

use crate::harness::{flow, AuthRequest, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let browser = run.browser()?;
    let (t1, _) = flow::login(run, &browser, &AuthRequest::new(run, client)).await?;
    let at1 = t1
        .claim_i64("auth_time")
        .unwrap_or_else(crate::harness::now);
    super::wait_past(at1 + 1).await;
    let mut req = AuthRequest::new(run, client);
    req.set("max_age", "1");
    let (t2, journey) = flow::login(run, &browser, &req).await?;
    let at2 = t2
        .claim_i64("auth_time")
        .context("max_age was sent but auth_time is missing")?;
    ensure!(
        journey.logins > 0,
        "max_age=1 did not make the user sign in again"
    );
    ensure!(
        at2 > at1,
        "auth_time {at2} is not later than the first sign-in's {at1}"
    );
    ensure!(
        t1.claim_str("sub") == t2.claim_str("sub"),
        "sub changed between the sign-ins"
    );
    Ok(())
}
