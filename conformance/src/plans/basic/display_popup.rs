//! oidcc-display-popup: a request with display=popup must succeed.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::happy_with(run, |r| {
        r.set("display", "popup");
    })
    .await
    .map(|_| ())
}
