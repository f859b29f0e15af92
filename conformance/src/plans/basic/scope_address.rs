//! oidcc-scope-address: scope openid address; the address claims should come back from userinfo.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::scopes::run_scopes(run, &["address"]).await
}
