use super::{authorization_header, form_params};
use crate::http::errors::no_store;
use crate::oidc::client_auth;
use crate::oidc::error::{ErrorCode, OAuthError};
use crate::oidc::grants;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};

pub fn routes() -> Router<AppState> {
    Router::new().route("/token", post(token))
}

#[tracing::instrument(skip_all, fields(grant_type))]
async fn token(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, OAuthError> {
    let params = form_params(&state, &headers, &body)?;
    let grant_type = params.require("grant_type")?.to_owned();
    tracing::Span::current().record("grant_type", grant_type.as_str());
    let basic = client_auth::parse_basic(authorization_header(&headers)?)?;
    let client = client_auth::authenticate(&state, basic, &params, "/token").await?;
    let response = match grant_type.as_str() {
        "authorization_code" => {
            grants::authorization_code::exchange(&state, &client, &params).await?
        }
        "refresh_token" => grants::refresh_token::exchange(&state, &client, &params).await?,
        "client_credentials" => {
            grants::client_credentials::exchange(&state, &client, &params).await?
        }
        _ => {
            return Err(OAuthError::new(
                ErrorCode::UnsupportedGrantType,
                "grant_type is not supported; use authorization_code, refresh_token or client_credentials",
            ))
        }
    };
    let mut response = Json(response).into_response();
    no_store(&mut response);
    Ok(response)
}
