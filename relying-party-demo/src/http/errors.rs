//! The one place that turns failures into responses: internal errors (logged with their
//! cause, shown as a generic page), addresses that do not exist (404) and methods an address
//! does not accept (405). Pages answer with an HTML page in the CPMS look; the resource API
//! under `/api` answers in JSON like its other errors.

use axum::extract::State;
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use minijinja::context;
use serde_json::json;

use super::auth::current_session;
use super::AppState;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

/// Shown when even the templates failed: a page without the template engine.
const INTERNAL_ERROR_PAGE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>Something went wrong · CPMS</title>\
<link rel=\"stylesheet\" href=\"/static/ecl/ecl-eu.css\"><link rel=\"stylesheet\" href=\"/static/style.css\">\
</head><body><main class=\"ecl-container cpms-layout\"><div class=\"cpms-main\">\
<h1 class=\"cpms-title\">Something went wrong</h1><p>Please try again later.</p>\
<p><a class=\"ecl-link\" href=\"/\">Go to the CPMS home page</a></p></div></main></body></html>";

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::Internal(e) => {
                tracing::error!(error = %format!("{e:#}"), "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, Html(INTERNAL_ERROR_PAGE)).into_response()
            }
        }
    }
}

/// Whether a path belongs to the resource API, whose clients expect JSON.
fn is_api(uri: &Uri) -> bool {
    let path = uri.path();
    path == "/api" || path.starts_with("/api/")
}

/// A JSON error of the API, shaped like its other errors and never cached.
fn api_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        Json(json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

/// An error page in the CPMS look, with the signed-in user's name in the header if any, and
/// a link to the home page.
async fn error_page(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    title: &str,
    text: &str,
) -> Response {
    let user = current_session(state, headers)
        .await
        .and_then(|s| s.user)
        .map(|u| u.name.or(u.email).unwrap_or_default());
    let page = state.templates.page(
        status,
        "message.html",
        context! { user, title, text, kind => "info", home => true },
    );
    page.unwrap_or_else(IntoResponse::into_response)
}

/// The fallback for an address no route knows.
pub async fn not_found(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    if is_api(&uri) {
        return api_error(
            StatusCode::NOT_FOUND,
            "not_found",
            "There is no API endpoint at this address.",
        );
    }
    error_page(
        &state,
        &headers,
        StatusCode::NOT_FOUND,
        "Page not found",
        "There is no page at this address. If you typed it, check it; otherwise start again \
         from the CPMS home page.",
    )
    .await
}

/// The fallback for a known address asked with a method it does not accept (the router adds
/// the `Allow` header).
pub async fn method_not_allowed(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    tracing::info!(%method, path = uri.path(), "method not allowed");
    if is_api(&uri) {
        return api_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            "This API endpoint does not accept this method.",
        );
    }
    error_page(
        &state,
        &headers,
        StatusCode::METHOD_NOT_ALLOWED,
        "This address does not accept this kind of request",
        "The page exists, but not for what your browser sent. Go to the CPMS home page and \
         continue from there.",
    )
    .await
}
