//! oidcc-display-page: a request with display=page must succeed.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::happy_with(run, |r| {
        r.set("display", "page");
    })
    .await
    .map(|_| ())
}
