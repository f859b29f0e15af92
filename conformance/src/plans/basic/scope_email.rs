//! oidcc-scope-email: scope openid email; the email claims should come back from userinfo.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::scopes::run_scopes(run, &["email"]).await
}
