//! Liveness and readiness.

use crate::http::web::Web;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use std::time::Duration;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
}

/// Ready when the database answers within two seconds (a load balancer then stops sending
/// requests to a node that cannot reach it).
async fn ready(State(state): State<Web>) -> (StatusCode, &'static str) {
    let ping = tokio::time::timeout(Duration::from_secs(2), crate::store::ping(&state.db));
    match ping.await {
        Ok(Ok(())) => (StatusCode::OK, "ready"),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
        }
        Err(_) => {
            tracing::warn!("database did not answer within 2 s");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
        }
    }
}
