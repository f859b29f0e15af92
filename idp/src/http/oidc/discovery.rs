use crate::error::AppError;
use crate::http::web::Web;
use crate::oidc::discovery;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/.well-known/openid-configuration", get(configuration))
        .route("/jwks.json", get(jwks))
}

async fn configuration(State(state): State<Web>) -> Result<impl IntoResponse, AppError> {
    let loaded = state.signer.current().await?;
    Ok((
        [(header::CACHE_CONTROL, "public, max-age=300")],
        Json(discovery::metadata(&state, &loaded.algorithms())),
    ))
}

async fn jwks(State(state): State<Web>) -> Result<impl IntoResponse, AppError> {
    let loaded = state.signer.current().await?;
    Ok((
        [
            (header::CACHE_CONTROL, "public, max-age=300"),
            (header::CONTENT_TYPE, "application/jwk-set+json"),
        ],
        Json(loaded.jwks_json.clone()),
    ))
}
