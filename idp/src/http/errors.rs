//! The one place that decides status codes and headers for errors.

use crate::error::AppError;
use crate::oidc::error::{ErrorCode, OAuthError};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match &self {
            AppError::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        tracing::error!(error = %self, "request failed");
        let mut response = (
            status,
            Html("<!doctype html><title>Error</title><p>Something went wrong on our side. Please try again in a moment.</p>"),
        )
            .into_response();
        no_store(&mut response);
        response
    }
}

impl IntoResponse for OAuthError {
    fn into_response(self) -> Response {
        if let Some(cause) = &self.cause {
            tracing::error!(error = %cause, code = self.code.as_str(), "protocol request failed");
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
            _ => {}
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
    pub title: String,
    pub message: String,
}

impl PageError {
    pub fn new(status: StatusCode, title: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            status,
            title: title.into(),
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "Invalid request", message)
    }

    /// A limit was reached: 429 with `Retry-After`, the page saying when to try again.
    pub fn too_many_requests(
        title: impl Into<String>,
        message: impl Into<String>,
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
            "Invalid form",
            "The form has expired or was not sent by this site. Please go back and try again.",
        )
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let body = format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
             <link rel=\"stylesheet\" href=\"/static/style.css\"></head><body><main class=\"card\">\
             <h1>{title}</h1><p class=\"error\">{message}</p><p><a href=\"/\">EU Login home</a></p></main></body></html>",
            title = html_escape(&self.title),
            message = html_escape(&self.message)
        );
        let mut response = (self.status, Html(body)).into_response();
        no_store(&mut response);
        response
    }
}

pub fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
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
        "The request URI is too long."
    } else {
        "The request body is too large."
    };
    PageError::new(status, "Request too large", message).into_response()
}

/// A handler that panicked: logged by the panic layer, a plain 500 here.
pub fn panicked() -> Response {
    AppError::Internal("handler panicked".into()).into_response()
}
