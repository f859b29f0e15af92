//! `GET|POST /userinfo` (OpenID Connect Core 5.3): the bearer token from the header
//! (RFC 6750 2.1) or, on POST, the form body (2.2); the claims from `oidc::userinfo`.

use crate::http::extract::BearerToken;
use crate::http::web::Web;
use crate::oidc::error::OAuthError;
use crate::oidc::userinfo;
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Map, Value};

pub fn routes() -> Router<Web> {
    Router::new().route("/userinfo", get(handler).post(handler))
}

async fn handler(
    State(state): State<Web>,
    BearerToken(token): BearerToken,
) -> Result<Json<Map<String, Value>>, OAuthError> {
    Ok(Json(userinfo::userinfo(&state, &token).await?))
}
