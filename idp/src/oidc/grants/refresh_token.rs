//! refresh_token (RFC 6749 6) with rotation: each refresh token works once; presenting a
//! used one revokes its whole family (the grant). The family has an absolute lifetime.

use super::{grant_id_token, redeem, revoke_replayed, TokenResponse};
use crate::audit::AuditEvent;
use crate::oidc::clients::GrantType;
use crate::oidc::error::{ErrorCode, OAuthError};
use crate::oidc::params::Params;
use crate::secret::token_key;
use crate::state::AppState;
use crate::store::{self, batch::Used, clients::Client};

#[tracing::instrument(skip_all, fields(client_id = %client.client_id))]
pub async fn exchange(
    state: &AppState,
    client: &Client,
    params: &Params,
) -> Result<TokenResponse, OAuthError> {
    if !client.allows_grant(GrantType::RefreshToken) {
        return Err(OAuthError::new(
            ErrorCode::UnauthorizedClient,
            "this client may not use refresh tokens",
        ));
    }
    let presented = params.require("refresh_token")?;
    let hash = token_key(presented);
    let now = state.now();
    let invalid = || OAuthError::invalid_grant("the refresh token is invalid, expired or revoked");
    let Some(store::tokens::Issued { row, grant, user }) =
        store::tokens::find_refresh_and_grant(&state.reader, &hash).await?
    else {
        return Err(invalid());
    };
    if grant.client_id != client.client_id {
        return Err(OAuthError::invalid_grant(
            "the refresh token was issued to another client",
        ));
    }
    let scope = match params.get("scope") {
        None => row.scope.clone(),
        Some(requested) => {
            let original: Vec<&str> = row.scope.split(' ').collect();
            let requested: Vec<&str> = requested.split(' ').filter(|s| !s.is_empty()).collect();
            if requested.iter().any(|s| !original.contains(s)) {
                return Err(OAuthError::new(
                    ErrorCode::InvalidScope,
                    "a refresh cannot widen the scope",
                ));
            }
            requested.join(" ")
        }
    };
    if grant.revoked_at.is_some() || grant.expires_at <= now {
        return Err(invalid());
    }
    // What the ID token needs is read before the token is used, so that a failure here
    // leaves it unused.
    let for_id_token = match (&grant.user_id, scope.split(' ').any(|s| s == "openid")) {
        (Some(_), true) => {
            let user = user.ok_or_else(invalid)?;
            let loaded = state.signer.current().await?;
            let applications = crate::oidc::clients::applications(state, &client.client_id).await?;
            let entitlements =
                crate::access::entitlements(&state.reader, &applications, &user.id).await?;
            Some((user, loaded, entitlements))
        }
        _ => None,
    };
    let used = Used::Refresh(hash);
    let Some(minted) = redeem(state, used, &grant, &scope, Some(&row.scope)).await? else {
        let event = AuditEvent::RefreshTokenReused {
            grant: grant.id.clone(),
        };
        revoke_replayed(state, now, &grant, &client.client_id, event).await?;
        return Err(invalid());
    };
    let id_token = match for_id_token {
        Some((user, loaded, entitlements)) => Some(grant_id_token(
            state,
            &loaded,
            &grant,
            client,
            &user,
            None,
            &minted.access_token,
            entitlements,
        )?),
        None => None,
    };
    Ok(TokenResponse {
        access_token: minted.access_token,
        token_type: "Bearer",
        expires_in: state.config.tokens.access_token_ttl_secs,
        refresh_token: minted.refresh_token,
        id_token,
        scope,
    })
}
