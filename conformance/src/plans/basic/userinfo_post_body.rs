//! oidcc-userinfo-post-body: access token in the POST body (RFC 6750 2.2). Optional: an HTTP
//! error gives a WARNING, 405 skips, as in the Foundation's suite.
use anyhow::Result;

use crate::harness::flow::{userinfo, userinfo_raw, UserInfoCall};
use crate::harness::{skip, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let tokens = super::happy_with(run, |_| {}).await?;
    let (status, _, _) = userinfo_raw(run, &tokens.access_token, UserInfoCall::PostBody).await?;
    if status == 405 {
        return Err(skip("userinfo endpoint does not support POST"));
    }
    if !(200..300).contains(&status) {
        run.warn(format!(
            "userinfo does not accept the access token in the body (HTTP {status})"
        ));
        return Ok(());
    }
    let claims = userinfo(run, &tokens, UserInfoCall::PostBody).await?;
    super::scopes::check_standard_claims(&claims)
}
