//! Logout token validation (Back-Channel Logout 1.0 section 2.4 and 2.6).
use anyhow::{ensure, Context, Result};
use serde_json::Value;

use crate::config::Client;
use crate::harness::jose::{self, SKEW};
use crate::harness::listener::Received;
use crate::harness::{now, Run, Tokens};

pub const EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

/// Checks the back-channel request and its logout token against the session's ID token.
pub fn validate(run: &Run<'_>, client: &Client, req: &Received, id: &Tokens) -> Result<()> {
    ensure!(
        req.content_type
            .as_deref()
            .unwrap_or("")
            .starts_with("application/x-www-form-urlencoded"),
        "back-channel request is not form-encoded"
    );
    let extra: Vec<&str> = req
        .form
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| *k != "logout_token")
        .collect();
    if !extra.is_empty() {
        run.warn(format!(
            "unexpected parameters in the back-channel request: {extra:?}"
        ));
    }
    let token = req
        .form
        .iter()
        .find(|(k, _)| k == "logout_token")
        .map(|(_, v)| v.as_str());
    let token = token.context("back-channel request has no logout_token")?;
    let (header, claims) = jose::verify(token, &run.ctx.jwks, client.client_secret.as_deref())
        .context("logout token signature")?;
    if header.get("typ").and_then(Value::as_str) != Some("logout+jwt") {
        run.warn("logout token header typ is not logout+jwt (recommended, section 2.4)");
    }
    let iss = claims
        .get("iss")
        .and_then(Value::as_str)
        .context("logout token has no iss")?;
    ensure!(
        iss == run.ctx.issuer,
        "logout token iss {iss} is not the issuer"
    );
    let aud_ok = match claims.get("aud") {
        Some(Value::String(s)) => *s == client.client_id,
        Some(Value::Array(a)) => a
            .iter()
            .any(|v| v.as_str() == Some(client.client_id.as_str())),
        _ => false,
    };
    ensure!(aud_ok, "logout token aud does not contain the client_id");
    let iat = claims
        .get("iat")
        .and_then(Value::as_i64)
        .context("logout token has no iat")?;
    ensure!(
        (iat - now()).abs() <= SKEW,
        "logout token iat {iat} is not current"
    );
    if let Some(exp) = claims.get("exp") {
        let exp = exp.as_i64().context("logout token exp is not a number")?;
        ensure!(exp + SKEW > now(), "logout token has expired");
    }
    let jti = claims
        .get("jti")
        .and_then(Value::as_str)
        .context("logout token has no jti")?;
    ensure!(!jti.is_empty(), "logout token jti is empty");
    let events = claims
        .get("events")
        .and_then(Value::as_object)
        .context("logout token has no events")?;
    let ev = events
        .get(EVENT)
        .context("events lacks the back-channel logout event")?;
    ensure!(
        ev.is_object(),
        "the back-channel logout event member is not a JSON object"
    );
    ensure!(
        claims.get("nonce").is_none(),
        "logout token must not contain a nonce"
    );
    let sub = claims.get("sub").and_then(Value::as_str);
    let sid = claims.get("sid").and_then(Value::as_str);
    ensure!(
        sub.is_some() || sid.is_some(),
        "logout token has neither sub nor sid"
    );
    if let Some(sub) = sub {
        ensure!(
            Some(sub) == id.claim_str("sub"),
            "logout token sub differs from the ID token's"
        );
    }
    if let Some(sid) = sid {
        ensure!(
            Some(sid) == id.claim_str("sid"),
            "logout token sid differs from the ID token's sid"
        );
    }
    Ok(())
}
