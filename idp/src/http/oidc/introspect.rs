use crate::http::extract::ClientRequest;
use crate::http::web::Web;
use crate::oidc::error::OAuthError;
use crate::oidc::introspection;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};

pub fn routes() -> Router<Web> {
    Router::new().route("/introspect", post(introspect))
}

async fn introspect(
    State(state): State<Web>,
    ClientRequest { client, params }: ClientRequest,
) -> Result<Response, OAuthError> {
    if client.is_public() {
        return Err(OAuthError::invalid_client(
            "public clients cannot introspect tokens",
        ));
    }
    let token = params.require("token")?;
    let hint = params.get("token_type_hint");
    Ok(
        match introspection::introspect(&state, &client, token, hint).await? {
            Some(active) => Json(active).into_response(),
            None => Json(serde_json::json!({ "active": false })).into_response(),
        },
    )
}
