//! ID tokens and logout tokens: built here, signed by the `keys` crate.

use crate::error::AppError;
use crate::secret::random_token;
use crate::signing::Loaded;
use crate::state::AppState;
use serde_json::{json, Map, Value};

pub struct IdTokenInput<'a> {
    /// The client's ID token algorithm (`None`: the provider default).
    pub alg: Option<&'a str>,
    pub sub: &'a str,
    pub client_id: &'a str,
    pub nonce: Option<&'a str>,
    pub acr: Option<&'a str>,
    pub amr: Option<Vec<String>>,
    pub auth_time: Option<i64>,
    pub sid: Option<&'a str>,
    pub access_token: Option<&'a str>,
    pub code: Option<&'a str>,
    /// Claims requested for the ID token (claims parameter), already resolved.
    pub extra: Map<String, Value>,
}

/// Signs an ID token with `loaded` (fetched by the caller before it opens a transaction, so
/// no second database connection is needed while one is held).
pub fn issue(
    state: &AppState,
    loaded: &Loaded,
    input: IdTokenInput<'_>,
) -> Result<String, AppError> {
    let now = state.now();
    let key = loaded.for_alg(input.alg);
    let alg = key.alg();
    let mut claims = input.extra;
    claims.insert("iss".into(), json!(&*state.issuer));
    claims.insert("sub".into(), json!(input.sub));
    claims.insert("aud".into(), json!(input.client_id));
    claims.insert("azp".into(), json!(input.client_id));
    claims.insert("iat".into(), json!(now));
    claims.insert(
        "exp".into(),
        json!(now + state.config.tokens.id_token_ttl_secs),
    );
    if let Some(nonce) = input.nonce {
        claims.insert("nonce".into(), json!(nonce));
    }
    if let Some(acr) = input.acr {
        claims.insert("acr".into(), json!(acr));
    }
    if let Some(amr) = input.amr {
        claims.insert("amr".into(), json!(amr));
    }
    if let Some(auth_time) = input.auth_time {
        claims.insert("auth_time".into(), json!(auth_time));
    }
    if let Some(sid) = input.sid {
        claims.insert("sid".into(), json!(sid));
    }
    if let Some(token) = input.access_token {
        claims.insert("at_hash".into(), json!(keys::token_hash(alg, token)));
    }
    if let Some(code) = input.code {
        claims.insert("c_hash".into(), json!(keys::token_hash(alg, code)));
    }
    Ok(key.sign_claims(claims, Some("JWT"))?)
}

/// A back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.4).
pub async fn logout_token(
    state: &AppState,
    client_id: &str,
    sub: &str,
    sid: &str,
) -> Result<String, AppError> {
    let now = state.now();
    let mut claims = Map::new();
    claims.insert("iss".into(), json!(&*state.issuer));
    claims.insert("sub".into(), json!(sub));
    claims.insert("aud".into(), json!(client_id));
    claims.insert("iat".into(), json!(now));
    claims.insert("exp".into(), json!(now + 120));
    claims.insert("jti".into(), json!(random_token(16).expose()));
    claims.insert("sid".into(), json!(sid));
    claims.insert(
        "events".into(),
        json!({ "http://schemas.openid.net/event/backchannel-logout": {} }),
    );
    let (jwt, _) = state.signer.sign(&claims, Some("logout+jwt")).await?;
    Ok(jwt)
}

/// Verifies a token this provider signed (id_token_hint). Expiry is not checked: an
/// expired ID token is still a valid hint.
pub async fn verify_own(state: &AppState, jwt: &str) -> Result<Map<String, Value>, AppError> {
    if jwt.len() > 16 * 1024 {
        return Err(AppError::Internal("id_token_hint too large".into()));
    }
    let loaded = state.signer.current().await?;
    let verified = loaded.published.verify_jwt(
        jwt,
        &[
            keys::Algorithm::ES256,
            keys::Algorithm::RS256,
            keys::Algorithm::EdDSA,
        ],
    )?;
    if verified.claims.get("iss").and_then(|v| v.as_str()) != Some(&*state.issuer) {
        return Err(AppError::Internal(
            "id_token_hint from another issuer".into(),
        ));
    }
    Ok(verified.claims)
}
