//! oidcc-ensure-request-with-valid-pkce-succeeds: PKCE S256 (RFC 7636) must work.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::happy_with(run, |r| {
        r.pkce_s256();
    })
    .await
    .map(|_| ())
}
