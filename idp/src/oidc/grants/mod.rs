//! The token endpoint's grants, one module each, and what they share: minting tokens.

pub mod authorization_code;
pub mod client_credentials;
pub mod refresh_token;

use crate::audit::{self, AuditEvent, Subject};
use crate::error::AppError;
use crate::oidc::claims;
use crate::oidc::id_token::{self, IdTokenInput};
use crate::secret::{ordered_token, token_key};
use crate::signing::Loaded;
use crate::state::AppState;
use crate::store::batch::{Redemption, Used};
use crate::store::{self, tokens::AccessToken, tokens::RefreshToken};
use crate::store::{tokens::Grant, users::User};
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

/// An access token of no grant (client_credentials), written by this node's group commit
/// (`store::batch`): answered once it is committed.
pub(crate) async fn mint_standalone_access(
    state: &AppState,
    client_id: &str,
    scope: &str,
) -> Result<String, AppError> {
    let (token, row) = new_access(state, client_id, None, scope);
    state.access_tokens.submit(row).await?;
    Ok(token)
}

fn new_access(
    state: &AppState,
    client_id: &str,
    grant_id: Option<&str>,
    scope: &str,
) -> (String, AccessToken) {
    let now = state.now();
    let token = ordered_token();
    let row = AccessToken {
        token_hash: token_key(token.expose()),
        grant_id: grant_id.map(str::to_owned),
        client_id: client_id.to_owned(),
        scope: scope.to_owned(),
        created_at: now,
        expires_at: now + state.config.tokens.access_token_ttl_secs,
        revoked_at: None,
    };
    (token.expose().to_owned(), row)
}

fn new_refresh(state: &AppState, grant_id: &str, scope: &str) -> (String, RefreshToken) {
    let token = ordered_token();
    let row = RefreshToken {
        token_hash: token_key(token.expose()),
        grant_id: grant_id.to_owned(),
        scope: scope.to_owned(),
        created_at: state.now(),
        used_at: None,
        used_by: None,
    };
    (token.expose().to_owned(), row)
}

/// The tokens a first use of a code or refresh token yields.
pub(crate) struct Minted {
    pub access_token: String,
    pub refresh_token: Option<String>,
}

/// Uses `used` (a code or refresh token of `grant`) once and stores the access token (of
/// `scope`) and, when `refresh_scope` is given, the refresh token issued for it: all or
/// nothing, committed with the others queued at the same moment (`store::batch`). `None`
/// when it was used before, or at the same moment by another request: a replay, which the
/// caller answers by revoking the grant.
pub(crate) async fn redeem(
    state: &AppState,
    used: Used,
    grant: &Grant,
    scope: &str,
    refresh_scope: Option<&str>,
) -> Result<Option<Minted>, AppError> {
    let (access_token, access) = new_access(state, &grant.client_id, Some(&grant.id), scope);
    let (refresh_token, refresh) = match refresh_scope {
        Some(scope) => {
            let (token, row) = new_refresh(state, &grant.id, scope);
            (Some(token), Some(row))
        }
        None => (None, None),
    };
    let job = Redemption {
        used,
        at: state.now(),
        access,
        refresh,
    };
    let first_use = state.redemptions.submit(job).await?;
    Ok(first_use.then_some(Minted {
        access_token,
        refresh_token,
    }))
}

/// A code or refresh token presented a second time: someone else may hold it, so the
/// grant behind it dies with every token issued from it (RFC 9700 4.14.2, RFC 6749 4.1.2),
/// audited as `event` in the same transaction. The caller then refuses the request.
pub(crate) async fn revoke_replayed(
    state: &AppState,
    now: i64,
    grant: &Grant,
    client_id: &str,
    event: AuditEvent,
) -> Result<(), AppError> {
    let tx = store::begin(&state.db).await?;
    store::tokens::revoke_grant(&tx, &grant.id, now).await?;
    let subject = Subject {
        user_id: grant.user_id.as_deref(),
        client_id: Some(client_id),
        ip: None,
    };
    audit::record(&tx, now, &event, subject).await?;
    store::commit(tx).await?;
    Ok(())
}

/// The ID token of a grant: its acr, amr, auth_time and sid, the claims it asked for, and
/// the user's access grants for this client (`entitlements`, computed by the caller).
#[allow(clippy::too_many_arguments)]
pub(crate) fn grant_id_token(
    state: &AppState,
    loaded: &Loaded,
    grant: &Grant,
    client: &crate::store::clients::Client,
    user: &User,
    nonce: Option<&str>,
    access_token: &str,
    entitlements: Option<serde_json::Value>,
) -> Result<String, AppError> {
    // The phone claims are released at userinfo, where the number is looked up.
    let subject = claims::Subject { user, phone: None };
    let mut extra = claims::id_token_extra(&subject, grant.claims.as_ref());
    if let Some(e) = entitlements {
        extra.insert(crate::access::entitlements::CLAIM.into(), e);
    }
    id_token::issue(
        state,
        loaded,
        IdTokenInput {
            alg: client.id_token_alg.as_deref(),
            sub: &user.id,
            client_id: &grant.client_id,
            nonce,
            acr: grant.acr.as_deref(),
            amr: (!grant.amr.is_empty()).then(|| grant.amr.clone()),
            auth_time: grant.auth_time,
            sid: grant.sid.as_deref(),
            access_token: Some(access_token),
            code: None,
            extra,
        },
    )
}
