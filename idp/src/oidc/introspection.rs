//! Token introspection (RFC 7662). Inactive, unknown, expired and revoked tokens all give
//! `{"active": false}` and nothing else, and so does a token the asking client may not see
//! (RFC 7662 section 4): an access token is seen by the client it was issued to and by a
//! resource server holding a resource in its audience; a refresh token only by its client.

use crate::error::AppError;
use crate::secret::token_key;
use crate::state::AppState;
use crate::store::{self, clients::Client};
use serde::Serialize;
use serde_json::{json, Map, Value};

/// What RFC 7662 section 2.2 says of an active token, written straight from its fields.
/// The claims of its grant (`acr`, `amr`, `auth_time`, entitlements) follow the fixed ones.
#[derive(Debug, Serialize)]
pub struct Active<'a> {
    active: bool,
    token_type: &'static str,
    scope: String,
    client_id: String,
    iss: &'a str,
    iat: i64,
    exp: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    sub: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    username: Option<String>,
    aud: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    sid: Option<String>,
    #[serde(flatten)]
    claims: Map<String, Value>,
}

/// The answer for `token`: `None` is `{"active": false}`.
pub async fn introspect<'a>(
    state: &'a AppState,
    caller: &Client,
    token: &str,
    hint: Option<&str>,
) -> Result<Option<Active<'a>>, AppError> {
    let hash = token_key(token);
    let now = state.now();
    let as_access = hint != Some("refresh_token");
    if as_access {
        if let Some(v) = access(state, caller, &hash, now).await? {
            return Ok(Some(v));
        }
    }
    if let Some(v) = refresh(state, caller, &hash, now).await? {
        return Ok(Some(v));
    }
    if !as_access {
        if let Some(v) = access(state, caller, &hash, now).await? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

async fn access<'a>(
    state: &'a AppState,
    caller: &Client,
    hash: &str,
    now: i64,
) -> Result<Option<Active<'a>>, AppError> {
    let Some(found) = store::tokens::find_active_access(&state.reader, hash, now).await? else {
        return Ok(None);
    };
    let (token, grant) = (found.token, found.grant);
    let other;
    let owner = if token.client_id == caller.client_id {
        caller
    } else {
        match crate::oidc::clients::registered(state, &token.client_id).await? {
            Some(found) => {
                other = found;
                &*other
            }
            None => return Ok(None),
        }
    };
    if !caller.may_introspect_tokens_of(owner) {
        tracing::info!(caller = %caller.client_id, owner = %owner.client_id, "introspection of another client's token refused");
        return Ok(None);
    }
    let aud = audience(owner);
    let mut out = Active {
        active: true,
        token_type: "Bearer",
        scope: token.scope,
        sub: None,
        client_id: token.client_id,
        iss: &state.issuer,
        iat: token.created_at,
        exp: token.expires_at,
        username: None,
        aud,
        sid: None,
        claims: Map::new(),
    };
    match grant {
        Some(g) => add_grant_claims(state, &mut out, g, found.user).await?,
        // A client's own token (`client_credentials`) is about the client.
        None => out.sub = Some(out.client_id.clone()),
    }
    Ok(Some(out))
}

/// The token's audience: its client, and the resources registered for the client's tokens.
fn audience(owner: &Client) -> Value {
    if owner.audiences.is_empty() {
        return json!(owner.client_id);
    }
    let mut list = vec![owner.client_id.clone()];
    list.extend(owner.audiences.iter().cloned());
    json!(list)
}

async fn refresh<'a>(
    state: &'a AppState,
    caller: &Client,
    hash: &str,
    now: i64,
) -> Result<Option<Active<'a>>, AppError> {
    let Some(store::tokens::Issued {
        row: token,
        grant,
        user,
    }) = store::tokens::find_refresh_and_grant(&state.reader, hash).await?
    else {
        return Ok(None);
    };
    if token.used_at.is_some() {
        return Ok(None);
    }
    if grant.revoked_at.is_some() || grant.expires_at <= now {
        return Ok(None);
    }
    // Refresh tokens are for their client alone, never for a resource server.
    if grant.client_id != caller.client_id {
        return Ok(None);
    }
    let mut out = Active {
        active: true,
        token_type: "refresh_token",
        scope: token.scope,
        sub: None,
        client_id: grant.client_id.clone(),
        iss: &state.issuer,
        iat: token.created_at,
        exp: grant.expires_at,
        username: None,
        aud: json!(grant.client_id),
        sid: None,
        claims: Map::new(),
    };
    add_grant_claims(state, &mut out, grant, user).await?;
    Ok(Some(out))
}

/// What a grant says of its token; `user` is the grant's user, read by the caller.
async fn add_grant_claims(
    state: &AppState,
    out: &mut Active<'_>,
    g: store::tokens::Grant,
    user: Option<store::users::User>,
) -> Result<(), AppError> {
    out.claims = super::claims::of_grant(state, &g).await?;
    if let Some(user_id) = g.user_id {
        out.sub = Some(user_id);
        out.username = user.map(|user| user.email);
    }
    out.sid = g.sid;
    Ok(())
}
