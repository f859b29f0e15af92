//! oidcc-rp-initiated-logout-discovery-endpoint-verification: end_session_endpoint present, all
//! endpoints https.
use anyhow::Result;

use crate::harness::Run;
use crate::plans::config::{check_all_https, check_end_session};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let disc = crate::harness::discovery::fetch(&run.ctx.http, &run.ctx.issuer).await?;
    check_all_https(&disc, &run.ctx.issuer)?;
    check_end_session(&disc, &run.ctx.issuer)
}
