//! Token introspection (RFC 7662). Inactive, unknown, expired and revoked tokens all give
//! `{"active": false}` and nothing else, and so does a token the asking client may not see
//! (RFC 7662 section 4): an access token is seen by the client it was issued to and by a
//! resource server holding a resource in its audience; a refresh token only by its client.

use crate::error::AppError;
use crate::secret::token_hash;
use crate::state::AppState;
use crate::store::{self, clients::Client};
use serde_json::{json, Map, Value};

pub async fn introspect(
    state: &AppState,
    caller: &Client,
    token: &str,
    hint: Option<&str>,
) -> Result<Value, AppError> {
    let hash = token_hash(token);
    let now = state.now();
    let as_access = hint != Some("refresh_token");
    if as_access {
        if let Some(v) = access(state, caller, &hash, now).await? {
            return Ok(v);
        }
    }
    if let Some(v) = refresh(state, caller, &hash, now).await? {
        return Ok(v);
    }
    if !as_access {
        if let Some(v) = access(state, caller, &hash, now).await? {
            return Ok(v);
        }
    }
    Ok(json!({ "active": false }))
}

async fn access(
    state: &AppState,
    caller: &Client,
    hash: &str,
    now: i64,
) -> Result<Option<Value>, AppError> {
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
    let mut out = Map::new();
    out.insert("active".into(), json!(true));
    out.insert("token_type".into(), json!("Bearer"));
    out.insert("scope".into(), json!(token.scope));
    out.insert("client_id".into(), json!(token.client_id));
    out.insert("iss".into(), json!(&*state.issuer));
    out.insert("iat".into(), json!(token.created_at));
    out.insert("exp".into(), json!(token.expires_at));
    match grant {
        Some(g) => add_grant_claims(state, &mut out, &g, found.user.as_ref()).await?,
        None => {
            out.insert("sub".into(), json!(token.client_id));
        }
    }
    out.insert("aud".into(), audience(owner));
    Ok(Some(Value::Object(out)))
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

async fn refresh(
    state: &AppState,
    caller: &Client,
    hash: &str,
    now: i64,
) -> Result<Option<Value>, AppError> {
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
    let mut out = Map::new();
    out.insert("active".into(), json!(true));
    out.insert("token_type".into(), json!("refresh_token"));
    out.insert("scope".into(), json!(token.scope));
    out.insert("client_id".into(), json!(grant.client_id));
    out.insert("iss".into(), json!(&*state.issuer));
    out.insert("iat".into(), json!(token.created_at));
    out.insert("exp".into(), json!(grant.expires_at));
    add_grant_claims(state, &mut out, &grant, user.as_ref()).await?;
    Ok(Some(Value::Object(out)))
}

/// What a grant says of its token; `user` is the grant's user, read by the caller.
async fn add_grant_claims(
    state: &AppState,
    out: &mut Map<String, Value>,
    g: &store::tokens::Grant,
    user: Option<&store::users::User>,
) -> Result<(), AppError> {
    if let Some(user_id) = &g.user_id {
        out.insert("sub".into(), json!(user_id));
        if let Some(user) = user {
            out.insert("username".into(), json!(user.email));
        }
    }
    out.insert("aud".into(), json!(g.client_id));
    if let Some(sid) = &g.sid {
        out.insert("sid".into(), json!(sid));
    }
    out.extend(super::claims::of_grant(state, g).await?);
    Ok(())
}
