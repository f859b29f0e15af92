//! oidcc-ensure-other-scope-order-succeeds: "email openid" works like "openid email"
//! (scope order is not significant, RFC 6749 3.3).
use anyhow::Result;

use crate::harness::{skip, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    if run.ctx.supports("scopes_supported", "email") == Some(false) {
        return Err(skip("scopes_supported does not list email"));
    }
    super::happy_with(run, |r| {
        r.set("scope", "email openid");
    })
    .await?;
    super::happy_with(run, |r| {
        r.set("scope", "openid email");
    })
    .await
    .map(|_| ())
}
