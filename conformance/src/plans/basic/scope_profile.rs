//! oidcc-scope-profile: scope openid profile; the profile claims should come back from userinfo.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::scopes::run_scopes(run, &["profile"]).await
}
