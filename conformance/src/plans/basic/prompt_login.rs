//! oidcc-prompt-login: after a sign-in, prompt=login must make the user sign in again (the
//! runner fills the form as the tester would) and auth_time must move on.
use anyhow::{ensure, Context, Result};

use crate::harness::{flow, AuthRequest, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let browser = run.browser()?;
    let first = AuthRequest::new(run, client);
    let (t1, _) = flow::login(run, &browser, &first).await?;
    let at1 = t1.claim_i64("auth_time");
    super::wait_past(at1.unwrap_or_else(crate::harness::now)).await;
    let mut second = AuthRequest::new(run, client);
    second.set("prompt", "login");
    let (t2, journey) = flow::login(run, &browser, &second).await?;
    ensure!(
        journey.logins > 0,
        "prompt=login did not ask the user to sign in again"
    );
    ensure!(
        t1.claim_str("sub") == t2.claim_str("sub"),
        "sub changed between the two sign-ins"
    );
    if let Some(at1) = at1 {
        let at2 = t2
            .claim_i64("auth_time")
            .context("second ID token has no auth_time")?;
        ensure!(
            at2 > at1,
            "auth_time did not change after prompt=login ({at1} then {at2})"
        );
    }
    Ok(())
}
