//! Protocol endpoints: thin handlers over the `oidc` services.

mod authorize;
mod discovery;
mod introspect;
mod logout;
mod revoke;
mod token;
mod userinfo;

use crate::http::params::Params;
use crate::oidc::error::OAuthError;
use crate::state::AppState;
use axum::http::{header, HeaderMap};
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(discovery::routes())
        .merge(authorize::routes())
        .merge(token::routes())
        .merge(userinfo::routes())
        .merge(introspect::routes())
        .merge(revoke::routes())
        .merge(logout::routes())
}

/// A form-encoded POST body as protocol parameters.
pub(crate) fn form_params(
    state: &AppState,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Params, OAuthError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !body.is_empty()
        && !content_type
            .to_ascii_lowercase()
            .starts_with("application/x-www-form-urlencoded")
    {
        return Err(OAuthError::invalid_request(
            "the body must be application/x-www-form-urlencoded",
        ));
    }
    Params::parse(body, state.config.limits.max_param_bytes)
}

pub(crate) fn authorization_header(headers: &HeaderMap) -> Result<Option<&str>, OAuthError> {
    match headers.get(header::AUTHORIZATION) {
        None => Ok(None),
        Some(v) => v
            .to_str()
            .map(Some)
            .map_err(|_| OAuthError::invalid_request("the Authorization header is not valid")),
    }
}
