use crate::http::errors::no_store;
use crate::http::extract::ClientRequest;
use crate::http::web::Web;
use crate::oidc::clients::GrantType;
use crate::oidc::error::{ErrorCode, OAuthError};
use crate::oidc::grants;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};

pub fn routes() -> Router<Web> {
    Router::new().route("/token", post(token))
}

#[tracing::instrument(skip_all, fields(grant_type))]
async fn token(
    State(state): State<Web>,
    ClientRequest { client, params }: ClientRequest,
) -> Result<Response, OAuthError> {
    let grant_type = params.require("grant_type")?.parse::<GrantType>().map_err(|_| {
        OAuthError::new(
            ErrorCode::UnsupportedGrantType,
            "grant_type is not supported; use authorization_code, refresh_token or client_credentials",
        )
    })?;
    tracing::Span::current().record("grant_type", grant_type.as_str());
    let response = match grant_type {
        GrantType::AuthorizationCode => {
            grants::authorization_code::exchange(&state, &client, &params).await?
        }
        GrantType::RefreshToken => {
            grants::refresh_token::exchange(&state, &client, &params).await?
        }
        GrantType::ClientCredentials => {
            grants::client_credentials::exchange(&state, &client, &params).await?
        }
    };
    crate::telemetry::token_issued(grant_type.as_str(), &client.client_id);
    let mut response = Json(response).into_response();
    no_store(&mut response);
    Ok(response)
}
