//! oidcc-scope-all: scope openid profile email address phone.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::scopes::run_scopes(run, &["profile", "email", "address", "phone"]).await
}
