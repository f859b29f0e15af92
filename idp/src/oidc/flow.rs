//! Sign-in flows as the login screens see them. The flow id travels in the URL; the
//! database keeps only its hash.

use super::acr::Acr;
use super::request::AuthRequest;
use crate::error::AppError;
use crate::secret::{random_token, token_hash};
use crate::state::AppState;
use crate::store;

pub struct FlowView {
    pub id_hash: String,
    pub client_id: Option<String>,
    pub client_name: Option<String>,
    /// The lowest level that satisfies the client.
    pub min_level: Acr,
    pub login_hint: Option<String>,
    pub email: Option<String>,
    pub user_id: Option<String>,
    pub password_at: Option<i64>,
    pub created_at: i64,
    pub request: Option<AuthRequest>,
    /// Second-factor methods the client accepts; `None` = any.
    pub allowed_methods: Option<Vec<String>>,
    /// Where a direct sign-in (no client) returns to: a local path.
    pub return_to: Option<String>,
}

pub async fn load(state: &AppState, flow: &str) -> Result<Option<FlowView>, AppError> {
    if flow.is_empty() || flow.len() > 100 {
        return Ok(None);
    }
    let id_hash = token_hash(flow);
    let Some(row) = store::flows::find_open(&state.db, &id_hash, state.now()).await? else {
        return Ok(None);
    };
    let request: Option<AuthRequest> = match &row.request {
        Some(json) => Some(
            serde_json::from_str(json)
                .map_err(|e| AppError::Internal(format!("flow request: {e}")))?,
        ),
        None => None,
    };
    let client = match &row.client_id {
        Some(id) => store::clients::find(&state.db, id).await?,
        None => None,
    };
    Ok(Some(FlowView {
        id_hash,
        client_name: client.as_ref().map(|c| c.name.clone()),
        allowed_methods: client.and_then(|c| c.allowed_methods),
        client_id: row.client_id,
        min_level: request
            .as_ref()
            .map(|r| r.min_level)
            .or_else(|| row.min_acr.as_deref().and_then(Acr::from_name))
            .unwrap_or(Acr::Basic),
        return_to: row.return_to,
        login_hint: request.as_ref().and_then(|r| r.login_hint.clone()),
        email: row.email,
        user_id: row.user_id,
        password_at: row.password_at,
        created_at: row.created_at,
        request,
    }))
}

/// Creates a flow for an authorization request; returns the flow id for the URL.
pub async fn start(state: &AppState, request: &AuthRequest) -> Result<String, AppError> {
    let id = random_token(32);
    let now = state.now();
    let json = serde_json::to_string(request).map_err(|e| AppError::Internal(e.to_string()))?;
    store::flows::insert(
        &state.db,
        &token_hash(id.expose()),
        Some(&request.client_id),
        Some(json),
        None,
        now,
        now + state.config.tokens.flow_ttl_secs,
    )
    .await?;
    Ok(id.expose().to_owned())
}

/// A sign-in that does not come from a client (My Account, the home page, a
/// re-authentication before changing a second factor): it returns to `return_to` (a local
/// path) once `min_level` is proven. `email` pre-fills (and for a re-authentication, fixes)
/// the identifier.
pub async fn start_direct(
    state: &AppState,
    return_to: &str,
    min_level: Acr,
    email: Option<String>,
) -> Result<String, AppError> {
    let id = random_token(32);
    let now = state.now();
    store::flows::insert_direct(
        &state.db,
        &token_hash(id.expose()),
        local_path(return_to),
        min_level.name(),
        email,
        now,
        now + state.config.tokens.flow_ttl_secs,
    )
    .await?;
    Ok(id.expose().to_owned())
}

/// A path on this site, never another origin (`//host`, `/\host`, `https://...`).
pub fn local_path(path: &str) -> &str {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= 512
        && !path.chars().any(|c| c.is_control());
    if ok {
        path
    } else {
        "/"
    }
}

/// Where the browser goes once the password is verified.
pub fn continue_url(flow: &str, view: &FlowView) -> String {
    if view.request.is_some() {
        format!("/authorize/resume?flow={flow}")
    } else {
        local_path(view.return_to.as_deref().unwrap_or("/")).to_owned()
    }
}

/// Gives up the sign-in: the client receives `access_denied`.
pub fn cancel_url(flow: &str) -> String {
    format!("/authorize/cancel?flow={flow}")
}
