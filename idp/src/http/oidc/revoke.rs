use super::{authorization_header, form_params};
use crate::oidc::error::{ErrorCode, OAuthError};
use crate::oidc::{client_auth, revocation};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/revoke", post(revoke))
}

async fn revoke(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, OAuthError> {
    let params = form_params(&state, &headers, &body)?;
    let basic = client_auth::parse_basic(authorization_header(&headers)?)?;
    let client = client_auth::authenticate(&state, basic, &params, "/revoke").await?;
    let token = params.require("token")?;
    match revocation::revoke(&state, &client, token).await? {
        revocation::Revoked::Done => Ok(StatusCode::OK),
        revocation::Revoked::NotYours => Err(OAuthError::new(
            ErrorCode::UnauthorizedClient,
            "the token was not issued to this client",
        )),
    }
}
