use super::{authorization_header, form_params};
use crate::oidc::error::OAuthError;
use crate::oidc::{client_auth, introspection};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use axum::{Json, Router};

pub fn routes() -> Router<AppState> {
    Router::new().route("/introspect", post(introspect))
}

async fn introspect(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<serde_json::Value>, OAuthError> {
    let params = form_params(&state, &headers, &body)?;
    let basic = client_auth::parse_basic(authorization_header(&headers)?)?;
    let client = client_auth::authenticate(&state, basic, &params, "/introspect").await?;
    if client.is_public() {
        return Err(OAuthError::invalid_client(
            "public clients cannot introspect tokens",
        ));
    }
    let token = params.require("token")?;
    Ok(Json(
        introspection::introspect(&state, &client, token, params.get("token_type_hint")).await?,
    ))
}
