//! oidcc-server: a plain code flow; callback, token response, ID token and userinfo are checked.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::happy_with(run, |_| {}).await.map(|_| ())
}
