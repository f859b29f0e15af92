//! Liveness and readiness.

use crate::http::web::Web;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
}

/// Ready when the database answers.
async fn ready(State(state): State<Web>) -> (StatusCode, &'static str) {
    match crate::store::ping(&state.db).await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(e) => {
            tracing::warn!(error = %e, "database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
        }
    }
}
