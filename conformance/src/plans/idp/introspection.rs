//! idp-introspection (RFC 7662): an access token is active with its client, subject, expiry
//! and scope; a made-up token is inactive; the endpoint requires client authentication.
use anyhow::{ensure, Result};
use serde_json::Value;

use crate::harness::flow::client_post;
use crate::harness::{flow, random, AuthRequest, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let (t, _) = flow::login(run, &run.browser()?, &AuthRequest::new(run, client)).await?;
    let m = super::introspect(run, client, &t.access_token).await?;
    ensure!(super::active(&m), "a fresh access token is not active");
    if let Some(c) = m.get("client_id").and_then(Value::as_str) {
        ensure!(
            c == client.client_id,
            "introspection client_id {c} is not the client"
        );
    }
    if let Some(sub) = m.get("sub").and_then(Value::as_str) {
        ensure!(
            Some(sub) == t.claim_str("sub"),
            "introspection sub differs from the ID token's"
        );
    }
    if let Some(exp) = m.get("exp") {
        ensure!(
            exp.as_i64().is_some_and(|e| e > crate::harness::now()),
            "introspection exp is not in the future"
        );
    }
    let bogus = super::introspect(run, client, &random(32)).await?;
    ensure!(!super::active(&bogus), "a made-up token is active");
    ensure!(
        bogus.len() == 1 || !bogus.contains_key("sub"),
        "an inactive token's introspection reveals details"
    );
    let mut anon = client.clone();
    anon.auth_method = crate::config::AuthMethod::None;
    let form = vec![("token".to_string(), t.access_token.clone())];
    let r = client_post(run, "introspection_endpoint", &anon, form).await?;
    ensure!(
        !(r.status == 200 && super::active(&r.json)),
        "introspection answered without client authentication"
    );
    Ok(())
}
