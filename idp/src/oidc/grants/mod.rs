//! The token endpoint's grants, one module each, and what they share: minting tokens.

pub mod authorization_code;
pub mod client_credentials;
pub mod refresh_token;

use crate::error::AppError;
use crate::secret::{random_token, token_hash};
use crate::state::AppState;
use crate::store::{self, tokens::AccessToken, tokens::RefreshToken, Conn};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct TokenResponse {
    pub access_token: String,
    pub token_type: &'static str,
    pub expires_in: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    pub scope: String,
}

pub(crate) async fn mint_access(
    state: &AppState,
    db: &impl Conn,
    client_id: &str,
    grant_id: Option<&str>,
    scope: &str,
) -> Result<String, AppError> {
    let now = state.now();
    let token = random_token(32);
    store::tokens::insert_access(
        db,
        AccessToken {
            token_hash: token_hash(token.expose()),
            grant_id: grant_id.map(str::to_owned),
            client_id: client_id.to_owned(),
            scope: scope.to_owned(),
            created_at: now,
            expires_at: now + state.config.tokens.access_token_ttl_secs,
            revoked_at: None,
        },
    )
    .await?;
    Ok(token.expose().to_owned())
}

pub(crate) async fn mint_refresh(
    state: &AppState,
    db: &impl Conn,
    grant_id: &str,
    scope: &str,
) -> Result<String, AppError> {
    let token = random_token(32);
    store::tokens::insert_refresh(
        db,
        RefreshToken {
            token_hash: token_hash(token.expose()),
            grant_id: grant_id.to_owned(),
            scope: scope.to_owned(),
            created_at: state.now(),
            used_at: None,
        },
    )
    .await?;
    Ok(token.expose().to_owned())
}
