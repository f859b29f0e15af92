//! The one place that turns failures into responses: internal errors (logged with their
//! cause, shown as a generic page in the visitor's language), addresses that do not exist (404) and methods an address
//! does not accept (405). Pages answer with an HTML page in the CPMS look; the resource API
//! under `/api` answers in JSON like its other errors.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use minijinja::context;
use serde_json::json;

use super::auth::current_session;
use super::language::PageLanguage;
use super::AppState;
use crate::i18n::{self, Locale, Msg};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

/// Marks the response of an internal error, for [`internal_error_in_language`] to show it
/// in the visitor's language.
#[derive(Debug, Clone, Copy)]
struct InternalError;

/// The page of an internal error, without the template engine (which may be what failed);
/// its words from the catalogue.
fn internal_error_page(locale: Locale) -> String {
    let escape = |m: Msg| minijinja::HtmlEscape(&m.text(locale)).to_string();
    format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title} · CPMS</title>\
<link rel=\"stylesheet\" href=\"/static/ecl/ecl-eu.css\"><link rel=\"stylesheet\" href=\"/static/style.css\">\
</head><body><main class=\"ecl-container cpms-layout\"><div class=\"cpms-main\">\
<h1 class=\"cpms-title\">{title}</h1><p>{text}</p>\
<p><a class=\"ecl-link\" href=\"/\">{home}</a></p></div></main></body></html>",
        lang = locale.code,
        title = escape(Msg::new("error-server-title")),
        text = escape(Msg::new("error-server")),
        home = escape(Msg::new("link-home")),
    )
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::Internal(e) => {
                tracing::error!(error = %format!("{e:#}"), "request failed");
                let mut response = (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Html(internal_error_page(i18n::ENGLISH)),
                )
                    .into_response();
                response.extensions_mut().insert(InternalError);
                response
            }
        }
    }
}

/// The layer that shows an internal error's page in the language of the request (an error
/// knows nothing of the request it happened in).
pub async fn internal_error_in_language(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let lang = PageLanguage::of(&state, request.headers(), request.uri());
    let mut response = next.run(request).await;
    if response.extensions().get::<InternalError>().is_some() {
        response.headers_mut().remove(header::CONTENT_LENGTH);
        *response.body_mut() = Body::from(internal_error_page(lang.locale));
    }
    response
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
    uri: &Uri,
    status: StatusCode,
    title: Msg,
    text: Msg,
) -> Response {
    let lang = PageLanguage::of(state, headers, uri);
    let user = current_session(state, headers)
        .await
        .and_then(|s| s.user)
        .map(|u| u.name.or(u.email).unwrap_or_default());
    let page = state.templates.page(
        &lang,
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
        &uri,
        StatusCode::NOT_FOUND,
        Msg::new("error-not-found-title"),
        Msg::new("error-not-found"),
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
        &uri,
        StatusCode::METHOD_NOT_ALLOWED,
        Msg::new("error-method-title"),
        Msg::new("error-method"),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_internal_error_page_is_in_the_visitors_language() {
        let english = internal_error_page(i18n::ENGLISH);
        assert!(english.starts_with("<!doctype html><html lang=\"en\">"));
        assert!(english.contains("<h1 class=\"cpms-title\">Something went wrong</h1>"));
        assert!(english.contains("Go to the CPMS home page"));
        let pseudo = internal_error_page(i18n::PSEUDO);
        assert!(pseudo.contains("<html lang=\"en-XA\">"), "{pseudo}");
        assert!(!pseudo.contains("Something went wrong"), "{pseudo}");
        assert!(pseudo.contains(&Msg::new("error-server").text(i18n::PSEUDO)));
    }
}
