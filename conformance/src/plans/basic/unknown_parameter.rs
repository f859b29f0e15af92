//! oidcc-ensure-request-with-unknown-parameter-succeeds: a request with extra=foobar must succeed.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::happy_with(run, |r| {
        r.set("extra", "foobar");
    })
    .await
    .map(|_| ())
}
