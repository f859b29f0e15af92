//! The provider's app API (see `idp/src/http/devices.rs`).

use crate::{generate_device_key, sign, AppState};
use anyhow::{bail, Context, Result};
use serde::Deserialize;
use serde_json::json;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A refusal by the provider: its `error` code and description.
#[derive(Debug, thiserror::Error)]
#[error("the provider refused: {description} ({code})")]
pub struct Refused {
    pub status: u16,
    pub code: String,
    pub description: String,
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn http() -> Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()?)
}

async fn answer(response: reqwest::Response) -> Result<serde_json::Value> {
    let status = response.status();
    let body: serde_json::Value = response
        .json()
        .await
        .context("the provider's answer is not JSON")?;
    if !status.is_success() {
        let text = |k: &str| {
            body.get(k)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned()
        };
        return Err(Refused {
            status: status.as_u16(),
            code: text("error"),
            description: text("error_description"),
        }
        .into());
    }
    Ok(body)
}

fn url(issuer: &str, path: &str) -> String {
    format!("{}{path}", issuer.trim_end_matches('/'))
}

/// Enrols a new device with an enrolment token and the PIN chosen in My Account.
pub async fn enrol(issuer: &str, token: &str, pin: &str) -> Result<AppState> {
    let (private_jwk, public_jwk) = generate_device_key()?;
    let response = http()?
        .post(url(issuer, "/app/v1/enrol"))
        .json(&json!({ "token": token, "pin": pin, "public_jwk": public_jwk }))
        .send()
        .await
        .with_context(|| format!("cannot reach the provider at {issuer}"))?;
    let body = answer(response).await?;
    let field = |k: &str| -> Result<String> {
        body.get(k)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .with_context(|| format!("the provider's answer lacks `{k}`"))
    };
    Ok(AppState {
        issuer: issuer.trim_end_matches('/').to_owned(),
        account: field("account").unwrap_or_default(),
        device_id: field("device_id")?,
        secret: field("secret")?,
        ocra_suite: field("ocra_suite")?,
        private_jwk,
        public_jwk,
    })
}

/// A push request as the provider sends it.
#[derive(Debug, Clone, Deserialize)]
pub struct PushRequest {
    pub id: String,
    pub client_name: String,
    pub time: i64,
    pub ip: String,
    pub numbers: Vec<u8>,
}

/// Long-polls the provider for push requests (waiting at most `wait` seconds).
pub async fn pending(state: &AppState, wait: u64) -> Result<Vec<PushRequest>> {
    let auth = sign(
        state,
        &json!({ "device_id": state.device_id, "iat": now(), "jti": nonce() }),
    )?;
    let response = http()?
        .get(url(&state.issuer, "/app/v1/push"))
        .query(&[("wait", wait.to_string())])
        .header("Authorization", format!("Device {auth}"))
        .send()
        .await
        .with_context(|| format!("cannot reach the provider at {}", state.issuer))?;
    let body = answer(response).await?;
    let requests = body
        .get("requests")
        .cloned()
        .context("the provider's answer lacks `requests`")?;
    Ok(serde_json::from_value(requests)?)
}

#[derive(Debug, Clone, Copy)]
pub enum Decision {
    Approve { number: u8 },
    Deny,
}

/// Answers a push request with a signature of the device key (and the PIN to approve).
pub async fn decide(state: &AppState, id: &str, decision: Decision, pin: &str) -> Result<String> {
    let claims = match decision {
        Decision::Approve { number } => json!({
            "device_id": state.device_id, "id": id, "decision": "approve",
            "number": number, "pin": pin, "iat": now(), "jti": nonce(),
        }),
        Decision::Deny => json!({
            "device_id": state.device_id, "id": id, "decision": "deny",
            "iat": now(), "jti": nonce(),
        }),
    };
    let jws = sign(state, &claims)?;
    let response = http()?
        .post(url(&state.issuer, &format!("/app/v1/push/{id}")))
        .json(&json!({ "jws": jws }))
        .send()
        .await
        .with_context(|| format!("cannot reach the provider at {}", state.issuer))?;
    let body = answer(response).await?;
    match body.get("status").and_then(|v| v.as_str()) {
        Some(s) => Ok(s.to_owned()),
        None => bail!("the provider's answer lacks `status`"),
    }
}

fn nonce() -> String {
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}
