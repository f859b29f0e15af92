//! client_credentials (RFC 6749 4.4): a token for the client itself, no user, no refresh.

use super::{mint_standalone_access, TokenResponse};
use crate::oidc::clients::{removed, GrantType};
use crate::oidc::error::{ErrorCode, OAuthError};
use crate::oidc::params::Params;
use crate::state::AppState;
use crate::store::clients::Client;

pub async fn exchange(
    state: &AppState,
    client: &Client,
    params: &Params,
) -> Result<TokenResponse, OAuthError> {
    if !client.allows_grant(GrantType::ClientCredentials) || client.is_public() {
        return Err(OAuthError::new(
            ErrorCode::UnauthorizedClient,
            "this client may not use client_credentials",
        ));
    }
    let allowed: Vec<&str> = client
        .scope
        .split(' ')
        .filter(|s| !s.is_empty() && *s != "openid")
        .collect();
    let scope = match params.get("scope") {
        None => allowed.join(" "),
        Some(requested) => {
            let requested: Vec<&str> = requested.split(' ').filter(|s| !s.is_empty()).collect();
            if requested.iter().any(|s| !allowed.contains(s)) {
                return Err(OAuthError::new(
                    ErrorCode::InvalidScope,
                    "a requested scope is not allowed for this client",
                ));
            }
            requested.join(" ")
        }
    };
    let access_token = match mint_standalone_access(state, &client.client_id, &scope).await {
        Ok(token) => token,
        Err(e) if !e.is_unavailable() && removed(state, &client.client_id).await => {
            // Removed since this node read it (`clients.cache_secs` ago at most): its token
            // could not be stored, and the client is now unknown.
            tracing::info!(client = %client.client_id, error = %e, "token refused: client removed");
            return Err(OAuthError::invalid_client("client authentication failed"));
        }
        Err(e) => return Err(e.into()),
    };
    Ok(TokenResponse {
        access_token,
        token_type: "Bearer",
        expires_in: state.config.tokens.access_token_ttl_secs,
        refresh_token: None,
        id_token: None,
        scope,
    })
}
