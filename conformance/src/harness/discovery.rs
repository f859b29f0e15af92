//! Discovery (OpenID Connect Discovery 1.0 section 4) and JWKS fetch.

use anyhow::{ensure, Context, Result};
use serde_json::Value;

/// The discovery URL of an issuer.
pub fn discovery_url(issuer: &str) -> String {
    format!(
        "{}/.well-known/openid-configuration",
        issuer.trim_end_matches('/')
    )
}

/// A raw HTTP GET: status, content type, body.
pub async fn get(http: &reqwest::Client, url: &str) -> Result<(u16, String, String)> {
    let resp = http
        .get(url)
        .send()
        .await
        .with_context(|| format!("GET {url}"))?;
    let status = resp.status().as_u16();
    let ct = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    Ok((status, ct, resp.text().await.unwrap_or_default()))
}

/// Fetches and parses the discovery document.
pub async fn fetch(http: &reqwest::Client, issuer: &str) -> Result<Value> {
    let url = discovery_url(issuer);
    let (status, _, body) = get(http, &url).await?;
    ensure!(status == 200, "discovery {url} returned HTTP {status}");
    let v: Value = serde_json::from_str(&body).context("discovery document is not JSON")?;
    ensure!(v.is_object(), "discovery document is not a JSON object");
    Ok(v)
}

/// Fetches the provider's JWKS from `jwks_uri`.
pub async fn fetch_jwks(
    http: &reqwest::Client,
    disc: &Value,
) -> Result<(Value, josekit::jwk::JwkSet)> {
    let uri = disc
        .get("jwks_uri")
        .and_then(Value::as_str)
        .context("no jwks_uri")?;
    let (status, _, body) = get(http, uri).await?;
    ensure!(status == 200, "jwks_uri {uri} returned HTTP {status}");
    let raw: Value = serde_json::from_str(&body).context("JWKS is not JSON")?;
    let set =
        josekit::jwk::JwkSet::from_bytes(body.as_bytes()).context("JWKS is not a valid JWK set")?;
    Ok((raw, set))
}
