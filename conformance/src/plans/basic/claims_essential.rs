//! oidcc-claims-essential: claims={"userinfo":{"name":{"essential":true}}} must succeed; name
//! should come back (WARNING if not).
use anyhow::Result;

use crate::harness::flow::{userinfo, UserInfoCall};
use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let tokens = super::happy_with(run, |r| {
        r.set("claims", r#"{"userinfo":{"name":{"essential":true}}}"#);
    })
    .await?;
    let claims = userinfo(run, &tokens, UserInfoCall::Get).await?;
    if !claims.contains_key("name") {
        run.warn("name was requested as essential but userinfo did not return it");
    }
    Ok(())
}
