//! oidcc-userinfo-get: userinfo by GET with a bearer header; sub must match the ID token.
use anyhow::Result;

use crate::harness::flow::{userinfo, UserInfoCall};
use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let tokens = super::happy_with(run, |_| {}).await?;
    let claims = userinfo(run, &tokens, UserInfoCall::Get).await?;
    super::scopes::check_standard_claims(&claims)
}
