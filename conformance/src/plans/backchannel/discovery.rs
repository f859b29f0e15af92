//! oidcc-backchannel-logout-discovery-endpoint-verification: backchannel_logout_supported and
//! backchannel_logout_session_supported are true, end_session_endpoint present, https.
use anyhow::{ensure, Result};
use serde_json::Value;

use crate::harness::Run;
use crate::plans::config::{check_all_https, check_end_session};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let disc = crate::harness::discovery::fetch(&run.ctx.http, &run.ctx.issuer).await?;
    check_all_https(&disc, &run.ctx.issuer)?;
    ensure!(
        disc.get("backchannel_logout_supported") == Some(&Value::Bool(true)),
        "backchannel_logout_supported is not true (OIDCBCL-2.1)"
    );
    ensure!(
        disc.get("backchannel_logout_session_supported") == Some(&Value::Bool(true)),
        "backchannel_logout_session_supported is not true (required for certification)"
    );
    check_end_session(&disc, &run.ctx.issuer)
}
