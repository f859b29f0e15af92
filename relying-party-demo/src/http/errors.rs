//! The one place that turns failures into responses. Internal errors are logged with their
//! cause and shown as a generic page.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::Internal(e) => {
                tracing::error!(error = %format!("{e:#}"), "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Html(
                        "<!doctype html><title>CPMS</title><h1>Something went wrong</h1>\
                         <p>Please try again later.</p>",
                    ),
                )
                    .into_response()
            }
        }
    }
}
