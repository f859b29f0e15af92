//! oidcc-max-age-10000: sign in with max_age=15000, then max_age=10000 must not ask the user to
//! sign in again; auth_time is present both times and unchanged, sub is the same.
use anyhow::{ensure, Context, Result};

use crate::harness::{flow, AuthRequest, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let browser = run.browser()?;
    let mut first = AuthRequest::new(run, client);
    first.set("max_age", "15000");
    let (t1, _) = flow::login(run, &browser, &first).await?;
    let at1 = t1
        .claim_i64("auth_time")
        .context("max_age was sent but auth_time is missing")?;
    let mut req = AuthRequest::new(run, client);
    req.set("max_age", "10000");
    let (t2, journey) = flow::login(run, &browser, &req).await?;
    ensure!(
        journey.logins == 0,
        "max_age=10000 made the user sign in again although the session is recent"
    );
    let at2 = t2
        .claim_i64("auth_time")
        .context("max_age was sent but auth_time is missing")?;
    ensure!(
        at1 == at2,
        "auth_time changed ({at1} then {at2}) without a new sign-in"
    );
    ensure!(
        t1.claim_str("sub") == t2.claim_str("sub"),
        "sub changed between the two authorizations"
    );
    Ok(())
}
