//! oidcc-rp-initiated-logout-no-params: the end_session_endpoint without parameters shows a
//! page (confirmation or "signed out") and redirects nowhere.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let s = super::signed_in(run).await?;
    let j = super::end_session(run, &s, &[]).await?;
    super::expect_no_redirect(&j, "although no parameters were sent")
}
