//! idp-rfc9470-step-up-challenge: a resource server answers `insufficient_user_authentication`
//! with max_age (and acr_values) (RFC 9470 section 3); the client's new request must yield a
//! token whose auth_time (and acr) satisfy it, visible to the resource server through
//! introspection (section 6; WARNING when acr/auth_time are not introspectable).
use anyhow::{ensure, Context, Result};

use crate::harness::{flow, skip, AuthRequest, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let browser = run.browser()?;
    let (t1, _) = flow::login(run, &browser, &AuthRequest::new(run, client)).await?;
    let at1 = t1
        .claim_i64("auth_time")
        .unwrap_or_else(crate::harness::now);
    crate::plans::basic::wait_past(at1 + 1).await;
    // The RS challenge: WWW-Authenticate: Bearer error="insufficient_user_authentication", max_age="1"
    let mut req = AuthRequest::new(run, client);
    req.set("max_age", "1");
    let (t2, journey) = flow::login(run, &browser, &req).await?;
    let at2 = t2
        .claim_i64("auth_time")
        .context("no auth_time after a max_age challenge")?;
    ensure!(
        journey.logins > 0 && at2 > at1,
        "the max_age challenge did not lead to a fresh authentication"
    );
    if run.ctx.disc.get("introspection_endpoint").is_some() {
        let m = super::introspect(run, client, &t2.access_token).await?;
        ensure!(super::active(&m), "the new access token is not active");
        match m.get("auth_time").and_then(|v| v.as_i64()) {
            Some(a) => ensure!(a == at2, "introspected auth_time differs from the ID token's"),
            None => run.warn("introspection does not return auth_time, so a resource server cannot check max_age"),
        }
        if m.get("acr").is_none() {
            run.warn(
                "introspection does not return acr, so a resource server cannot check acr_values",
            );
        }
    }
    if let Some(medium) = run.cfg().acr.medium.clone() {
        let mut up = AuthRequest::new(run, client);
        up.set("acr_values", &medium);
        let j = up.send(run, &browser, crate::harness::Mode::SignIn).await?;
        let code = flow::expect_code(run, &up, &j)?;
        let t3 = flow::exchange(run, &up, &code).await?;
        if t3.claim_str("acr") != Some(medium.as_str()) {
            return Err(skip(format!(
                "acr challenge for {medium} not satisfiable by the test user (got {:?})",
                t3.claim_str("acr")
            )));
        }
    }
    Ok(())
}
