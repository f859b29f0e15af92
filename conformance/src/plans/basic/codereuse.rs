//! oidcc-codereuse: a second redemption of a code must fail with invalid_grant (RFC 6749 4.1.2,
//! 5.2).
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::codereuse_30seconds::reuse(run, 0).await.map(|_| ())
}
