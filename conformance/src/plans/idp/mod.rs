//! Our own plan: what the Foundation's OP plans leave out (PKCE, client binding, refresh-token
//! rotation, introspection, revocation, RFC 9207, acr step-up, RFC 9470).

mod code_bound_to_client;
mod introspection;
mod iss_parameter;
mod pkce_downgrade;
mod pkce_plain_refused;
mod refresh_token_reuse;
mod revocation;
mod rfc9470_step_up_challenge;
mod step_up_essential_acr;
mod wrong_client_secret;

use anyhow::{ensure, Result};
use serde_json::{Map, Value};

use crate::config::Client;
use crate::harness::flow::client_post;
use crate::harness::{skip, Run};
use crate::module;
use crate::plans::Module;

pub fn modules() -> Vec<Module> {
    vec![
        module!("idp-step-up-essential-acr", step_up_essential_acr),
        module!("idp-pkce-plain-refused", pkce_plain_refused),
        module!("idp-pkce-downgrade", pkce_downgrade),
        module!("idp-wrong-client-secret", wrong_client_secret),
        module!("idp-code-bound-to-client", code_bound_to_client),
        module!("idp-refresh-token-reuse", refresh_token_reuse),
        module!("idp-introspection", introspection),
        module!("idp-revocation", revocation),
        module!("idp-iss-parameter", iss_parameter),
        module!("idp-rfc9470-step-up-challenge", rfc9470_step_up_challenge),
    ]
}

/// Introspects `token` (RFC 7662) as `client`; SKIPPED when there is no introspection endpoint.
pub async fn introspect(run: &Run<'_>, client: &Client, token: &str) -> Result<Map<String, Value>> {
    if run.ctx.disc.get("introspection_endpoint").is_none() {
        return Err(skip("discovery has no introspection_endpoint"));
    }
    let form = vec![("token".to_string(), token.to_string())];
    let resp = client_post(run, "introspection_endpoint", client, form).await?;
    ensure!(
        resp.status == 200,
        "introspection returned HTTP {}",
        resp.status
    );
    ensure!(
        resp.content_type.starts_with("application/json"),
        "introspection response is not JSON"
    );
    ensure!(
        resp.json.get("active").is_some_and(Value::is_boolean),
        "introspection response has no boolean active"
    );
    Ok(resp.json)
}

pub fn active(m: &Map<String, Value>) -> bool {
    m.get("active") == Some(&Value::Bool(true))
}
