//! Token revocation (RFC 7009). Revoking a refresh token revokes its whole grant (the
//! access tokens issued from it too). Only the client a token was issued to may revoke it
//! (RFC 7009 section 2.1: another client's request is refused with an error, and the token
//! stays valid); unknown tokens are answered with success.

use crate::audit::{self, AuditEvent, Subject};
use crate::error::AppError;
use crate::secret::token_key;
use crate::state::AppState;
use crate::store::{self, clients::Client};

#[derive(Debug, PartialEq, Eq)]
pub enum Revoked {
    /// Revoked now, already revoked, or unknown: 200.
    Done,
    /// The token was issued to another client: refused, left alone.
    NotYours,
}

pub async fn revoke(state: &AppState, client: &Client, token: &str) -> Result<Revoked, AppError> {
    let hash = token_key(token);
    let now = state.now();
    if let Some(refresh) = store::tokens::find_refresh(&state.db, &hash).await? {
        if let Some(grant) = store::tokens::find_grant(&state.db, &refresh.grant_id).await? {
            if grant.client_id != client.client_id {
                return Ok(Revoked::NotYours);
            }
            if store::tokens::revoke_grant(&state.db, &grant.id, now).await? {
                audit(
                    state,
                    client,
                    grant.user_id.as_deref(),
                    "refresh_token",
                    now,
                )
                .await?;
            }
        }
        return Ok(Revoked::Done);
    }
    if let Some(access) = store::tokens::find_access(&state.db, &hash).await? {
        if access.client_id != client.client_id {
            return Ok(Revoked::NotYours);
        }
        if store::tokens::revoke_access(&state.db, &hash, now).await? {
            audit(state, client, None, "access_token", now).await?;
        }
    }
    Ok(Revoked::Done)
}

async fn audit(
    state: &AppState,
    client: &Client,
    user_id: Option<&str>,
    token_type: &'static str,
    now: i64,
) -> Result<(), AppError> {
    audit::record(
        &state.db,
        now,
        &AuditEvent::TokenRevoked { token_type },
        Subject {
            user_id,
            client_id: Some(&client.client_id),
            ip: None,
        },
    )
    .await
}
