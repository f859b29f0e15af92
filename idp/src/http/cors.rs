//! CORS for the installable app's API (`/app/v1/*`, issue 16; decision 0033). The app runs
//! on an origin of its own (`app.origins`), never the provider's, and calls the API with
//! `fetch`: its origin gets `Access-Control-Allow-Origin`, every other origin a 403
//! `origin_not_allowed`, preflight or not, without it. A request without `Origin` (the
//! command-line app, a script) is not a browser's cross-origin request and goes through
//! unchanged. Nothing else of the provider ever sends `Access-Control-Allow-Origin`.

use super::errors::ApiError;
use crate::state::AppState;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};

/// The paths this layer answers for; every other path passes untouched.
const APP_API: &str = "/app/v1/";

/// What a preflight allows: the app API's methods (`DELETE` for `/app/v1/subscription`)
/// and the two headers the app sends. No credentials: the app authenticates with its
/// device signature, never with cookies.
const ALLOW_METHODS: &str = "GET, POST, DELETE";
const ALLOW_HEADERS: &str = "Authorization, Content-Type";
const MAX_AGE_SECS: &str = "600";

/// The middleware (innermost, so the security headers of `guard_and_headers` still apply
/// to its answers).
pub async fn app_api<F>(
    state: &AppState,
    request: Request,
    next: impl FnOnce(Request) -> F,
) -> Response
where
    F: std::future::Future<Output = Response>,
{
    if !request.uri().path().starts_with(APP_API) {
        return next(request).await;
    }
    let Some(origin) = request.headers().get(header::ORIGIN).cloned() else {
        return vary(next(request).await);
    };
    if !origin
        .to_str()
        .is_ok_and(|o| state.config.app.allows_origin(o))
    {
        tracing::warn!(
            path = %request.uri().path(),
            origin = ?origin,
            "app API called from an origin not in app.origins"
        );
        return vary(
            ApiError::new(
                StatusCode::FORBIDDEN,
                "origin_not_allowed",
                "This origin may not call the app API: it is not one of the provider's app.origins.",
            )
            .into_response(),
        );
    }
    let preflight = request.method() == Method::OPTIONS
        && request
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut response = if preflight {
        let mut answer = StatusCode::NO_CONTENT.into_response();
        let headers = answer.headers_mut();
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static(ALLOW_METHODS),
        );
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static(ALLOW_HEADERS),
        );
        headers.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static(MAX_AGE_SECS),
        );
        answer
    } else {
        next(request).await
    };
    response
        .headers_mut()
        .insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    vary(response)
}

/// Answers differ by `Origin`: no cache may serve one origin's answer to another.
fn vary(mut response: Response) -> Response {
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("Origin"));
    response
}
