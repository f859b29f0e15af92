//! The one place that decides status codes and headers for errors.

use super::web::Web;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::html::escape;
use crate::oidc::error::{ErrorCode, OAuthError};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};

/// How long a client is asked to wait (`Retry-After`) when the database is out of reach.
pub const UNAVAILABLE_RETRY_AFTER_SECS: i64 = 2;

/// Marks a response that failed because the database connection was lost, for
/// `http::replay`, which may try the request once more on a fresh connection.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLost;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if self.is_unavailable() {
            tracing::warn!(error = %self, "database unavailable");
            let mut response = (
                StatusCode::SERVICE_UNAVAILABLE,
                Html("<!doctype html><title>Briefly unavailable</title><p>The service cannot answer right now. Please try again in a moment.</p>"),
            )
                .into_response();
            no_store(&mut response);
            response.extensions_mut().insert(ConnectionLost);
            response.extensions_mut().insert(ErrorPage {
                title: Msg::new("error-unavailable-title"),
                message: Msg::new("error-unavailable"),
            });
            return super::with_retry_after(response, UNAVAILABLE_RETRY_AFTER_SECS);
        }
        tracing::error!(error = %self, "request failed");
        let mut response = (
            StatusCode::INTERNAL_SERVER_ERROR,
            Html("<!doctype html><title>Error</title><p>Something went wrong on our side. Please try again in a moment.</p>"),
        )
            .into_response();
        no_store(&mut response);
        // In the site's layout and the visitor's language where it is a page.
        response.extensions_mut().insert(ErrorPage {
            title: Msg::new("error-server-title"),
            message: Msg::new("error-server"),
        });
        response
    }
}

impl IntoResponse for OAuthError {
    fn into_response(self) -> Response {
        let connection_lost = self.cause.as_ref().is_some_and(|c| c.is_unavailable());
        if let Some(cause) = &self.cause {
            if connection_lost {
                tracing::warn!(error = %cause, code = self.code.as_str(), "database unavailable");
            } else {
                tracing::error!(error = %cause, code = self.code.as_str(), "protocol request failed");
            }
        }
        let status = match self.code {
            ErrorCode::InvalidClient | ErrorCode::InvalidToken => StatusCode::UNAUTHORIZED,
            ErrorCode::ServerError => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::TemporarilyUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::BAD_REQUEST,
        };
        let mut body = serde_json::Map::new();
        body.insert("error".into(), self.code.as_str().into());
        if let Some(description) = &self.description {
            body.insert("error_description".into(), description.as_ref().into());
        }
        let mut response = (status, axum::Json(serde_json::Value::Object(body))).into_response();
        match self.code {
            ErrorCode::InvalidClient => {
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Basic realm=\"idp\""),
                );
            }
            ErrorCode::InvalidToken => {
                let value = format!(
                    "Bearer error=\"invalid_token\", error_description=\"{}\"",
                    self.description
                        .as_deref()
                        .unwrap_or("")
                        .replace(['"', '\\'], "")
                );
                if let Ok(v) = HeaderValue::from_str(&value) {
                    response.headers_mut().insert(header::WWW_AUTHENTICATE, v);
                }
            }
            ErrorCode::TemporarilyUnavailable => {
                response = super::with_retry_after(response, UNAVAILABLE_RETRY_AFTER_SECS);
            }
            _ => {}
        }
        if connection_lost {
            response.extensions_mut().insert(ConnectionLost);
        }
        no_store(&mut response);
        response
    }
}

pub fn no_store(response: &mut Response) {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
}

/// A user-facing error page: a clear message and a 4xx, never a stack trace.
#[derive(Debug)]
pub struct PageError {
    pub status: StatusCode,
    pub title: Msg,
    pub message: Msg,
}

impl PageError {
    pub fn new(status: StatusCode, title: impl Into<Msg>, message: impl Into<Msg>) -> Self {
        Self {
            status,
            title: title.into(),
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<Msg>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            Msg::new("error-invalid-request"),
            message,
        )
    }

    /// A limit was reached: 429 with `Retry-After`, the page saying when to try again.
    pub fn too_many_requests(
        title: impl Into<Msg>,
        message: impl Into<Msg>,
        retry_after_secs: i64,
    ) -> Response {
        super::with_retry_after(
            Self::new(StatusCode::TOO_MANY_REQUESTS, title, message).into_response(),
            retry_after_secs,
        )
    }

    /// A form whose CSRF token does not match this browser.
    pub fn csrf() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            Msg::new("error-csrf-title"),
            Msg::new("error-csrf"),
        )
    }
}

/// What an error page says, carried in the response until [`render_error_pages`] puts it in
/// the site's layout (the body it carries until then is a plain page of its own).
#[derive(Debug, Clone)]
pub struct ErrorPage {
    pub title: Msg,
    pub message: Msg,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        // A plain page of its own until `render_error_pages` puts it in the site's layout in
        // the visitor's language; English is its last resort.
        let english = crate::i18n::ENGLISH;
        let body = format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
             <link rel=\"stylesheet\" href=\"/static/style.css\"></head><body><main class=\"card\">\
             <h1>{title}</h1><p class=\"error\">{message}</p><p><a href=\"/\">{home}</a></p></main></body></html>",
            title = escape(&self.title.text(english)),
            message = escape(&self.message.text(english)),
            home = escape(&Msg::new("link-home").text(english)),
        );
        let mut response = (self.status, Html(body)).into_response();
        no_store(&mut response);
        response.extensions_mut().insert(ErrorPage {
            title: self.title,
            message: self.message,
        });
        response
    }
}

/// Every error page in the site's layout: a [`PageError`] from any layer, and the pages of
/// the router's fallbacks (404 for an unknown address, 405 for a method a route does not
/// take). Status and headers (`Retry-After`, cookies) stay as they were.
pub async fn render_error_pages<F>(
    state: &Web,
    request: axum::extract::Request,
    next: impl FnOnce(axum::extract::Request) -> F,
) -> Response
where
    F: std::future::Future<Output = Response>,
{
    // Only what a page reads of the request (the CSRF and language cookies, the browser's
    // languages), kept aside cheaply: this layer sees every request.
    let mut headers = axum::http::HeaderMap::new();
    for name in [header::COOKIE, header::ACCEPT_LANGUAGE] {
        for value in request.headers().get_all(&name) {
            headers.append(name.clone(), value.clone());
        }
    }
    let response = next(request).await;
    let Some(error) = response.extensions().get::<ErrorPage>().cloned() else {
        return response;
    };
    let ctx = minijinja::context! {
        title => &error.title,
        error => &error.message,
        links => vec![minijinja::context! { href => "/", label => Msg::new("link-home") }],
    };
    match super::page(state, &headers, response.status(), "message.html", ctx) {
        Ok(mut page) => {
            let (parts, _) = response.into_parts();
            for (name, value) in &parts.headers {
                if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
                    page.headers_mut().append(name.clone(), value.clone());
                }
            }
            page
        }
        Err(e) => {
            tracing::error!(error = %e, "error page could not be rendered");
            response
        }
    }
}

/// Paths whose callers are programs: their errors are JSON, never pages.
pub fn is_api_path(path: &str) -> bool {
    [
        "/token",
        "/introspect",
        "/revoke",
        "/userinfo",
        "/app/",
        "/jwks.json",
        "/.well-known/",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

/// The router's fallback: an unknown address.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    if is_api_path(uri.path()) {
        return ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "There is no such endpoint.",
        )
        .into_response();
    }
    PageError::new(
        StatusCode::NOT_FOUND,
        Msg::new("error-not-found-title"),
        Msg::new("error-not-found"),
    )
    .into_response()
}

/// A route asked with a method it does not take.
pub async fn method_not_allowed(uri: axum::http::Uri) -> Response {
    if is_api_path(uri.path()) {
        return ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "invalid_request",
            "This endpoint does not accept this HTTP method.",
        )
        .into_response();
    }
    PageError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        Msg::new("error-method-title"),
        Msg::new("error-method"),
    )
    .into_response()
}

/// An error of a JSON API of ours (the mobile app's, the pages' polling endpoints):
/// `{"error", "error_description"}` with a 4xx, `no-store`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub error: &'static str,
    pub description: String,
}

impl ApiError {
    pub fn new(status: StatusCode, error: &'static str, description: impl Into<String>) -> Self {
        Self {
            status,
            error,
            description: description.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body =
            serde_json::json!({ "error": self.error, "error_description": self.description });
        let mut response = (self.status, axum::Json(body)).into_response();
        no_store(&mut response);
        response
    }
}

/// A request too large to read (413) or with a request line too long (414).
pub fn too_large(status: StatusCode) -> Response {
    let message = if status == StatusCode::URI_TOO_LONG {
        Msg::new("error-uri-too-long")
    } else {
        Msg::new("error-body-too-large")
    };
    PageError::new(status, Msg::new("error-too-large-title"), message).into_response()
}

/// A handler that panicked: logged by the panic layer, a plain 500 here.
pub fn panicked() -> Response {
    AppError::Internal("handler panicked".into()).into_response()
}
