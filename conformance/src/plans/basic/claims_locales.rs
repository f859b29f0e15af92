//! oidcc-claims-locales: a request with claims_locales=se must succeed.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::happy_with(run, |r| {
        r.set("claims_locales", "se");
    })
    .await
    .map(|_| ())
}
