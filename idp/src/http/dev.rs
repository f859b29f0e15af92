//! Dev mode only: the outbox of e-mails and SMS, at `/dev/outbox` and `/dev/outbox.json`.

use crate::error::AppError;
use crate::http::web::Web;
use crate::mail::read_outbox;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};

pub fn routes(state: &Web) -> Router<Web> {
    if !state.config.dev_mode {
        return Router::new();
    }
    Router::new()
        .route("/dev/outbox", get(page))
        .route("/dev/outbox.json", get(json))
}

async fn json(State(state): State<Web>) -> Json<Vec<crate::mail::OutboxEntry>> {
    Json(read_outbox(&state.config.outbox_dir()))
}

async fn page(State(state): State<Web>, headers: HeaderMap) -> Result<Response, AppError> {
    let mut entries = read_outbox(&state.config.outbox_dir());
    entries.reverse();
    super::page(
        &state,
        &headers,
        StatusCode::OK,
        "outbox.html",
        minijinja::context! { entries },
    )
}
