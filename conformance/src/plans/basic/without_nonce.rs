//! oidcc-ensure-request-without-nonce-succeeds-for-code-flow: nonce is optional in the code
//! flow; the ID token must then carry no nonce.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    super::happy_with(run, |r| {
        r.remove("nonce");
    })
    .await
    .map(|_| ())
}
