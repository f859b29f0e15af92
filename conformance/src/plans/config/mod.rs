//! oidcc-config-certification-test-plan: discovery verification, plus helpers shared with the
//! logout plans' discovery modules.

pub mod discovery_endpoint_verification;

use anyhow::{ensure, Result};
use serde_json::Value;

use crate::module;
use crate::plans::Module;

pub fn modules() -> Vec<Module> {
    vec![module!(
        "oidcc-discovery-endpoint-verification",
        discovery_endpoint_verification
    )]
}

fn is_loopback(u: &url::Url) -> bool {
    matches!(
        u.host_str(),
        Some("localhost") | Some("127.0.0.1") | Some("[::1]") | Some("::1")
    )
}

/// An endpoint must be https. Plain http is accepted only for a loopback issuer (a local test
/// deployment), where the Foundation's suite cannot run at all.
pub fn check_https(name: &str, value: &str, issuer: &str) -> Result<()> {
    let u =
        url::Url::parse(value).map_err(|e| anyhow::anyhow!("{name} {value} is not a URL: {e}"))?;
    let iss = url::Url::parse(issuer)?;
    let local =
        u.scheme() == "http" && is_loopback(&u) && iss.scheme() == "http" && is_loopback(&iss);
    ensure!(
        u.scheme() == "https" || local,
        "{name} {value} does not use https"
    );
    Ok(())
}

/// Every endpoint-like member (`*_endpoint`, `*_uri`) must be https (CheckDiscEndpointAllEndpointsAreHttps).
pub fn check_all_https(disc: &Value, issuer: &str) -> Result<()> {
    if let Some(obj) = disc.as_object() {
        for (k, v) in obj {
            if let (true, Some(s)) = (k.ends_with("_endpoint") || k == "jwks_uri", v.as_str()) {
                check_https(k, s, issuer)?;
            }
        }
    }
    Ok(())
}

/// The end_session_endpoint is present and https.
pub fn check_end_session(disc: &Value, issuer: &str) -> Result<()> {
    let e = disc.get("end_session_endpoint").and_then(Value::as_str);
    let e = e.ok_or_else(|| anyhow::anyhow!("discovery has no end_session_endpoint"))?;
    check_https("end_session_endpoint", e, issuer)
}
