//! The HTTP layer: axum routers, extractors, templates, cookies, CSRF, and the one place
//! that turns errors into responses. Only this module knows axum.

/// For the page helpers that answer `Result<Result<T, Response>, AppError>`: the value, or
/// return the page they chose (a sign-in, a re-authentication, an expired flow).
macro_rules! or_return {
    ($e:expr) => {
        match $e {
            Ok(value) => value,
            Err(page) => return Ok(page),
        }
    };
}

pub mod access;
pub mod account;
pub mod assets;
pub mod cookies;
pub mod csrf;
pub mod dev;
pub mod devices;
pub mod errors;
pub mod health;
pub mod home;
pub mod login;
pub mod my_account;
pub mod oidc;
pub mod params;
pub mod phones;
pub mod second_factor;
pub mod templates;
pub mod totp;
pub mod webauthn;

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Request};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::Router;
use std::net::SocketAddr;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

/// The whole provider as one router.
pub fn app(state: AppState) -> Router {
    let max_body = state.config.limits.max_body_bytes;
    Router::new()
        .merge(oidc::routes())
        .merge(login::routes())
        .merge(second_factor::routes())
        .merge(phones::routes())
        .merge(devices::routes())
        .merge(webauthn::routes())
        .merge(totp::routes())
        .merge(my_account::routes())
        .merge(account::routes())
        .merge(home::routes())
        .merge(health::routes())
        .merge(assets::routes())
        .merge(dev::routes(&state))
        .merge(access::routes())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            guard_and_headers,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(max_body))
        .layer(CatchPanicLayer::custom(|_| {
            tracing::error!("handler panicked");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// Refuses oversized request lines, and sets the security headers on every response:
/// CSP without inline script, no framing, and `no-store` everywhere except static files,
/// discovery and JWKS.
async fn guard_and_headers(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let uri_len = request.uri().to_string().len();
    if uri_len > state.config.limits.max_param_bytes * 2 {
        return (StatusCode::URI_TOO_LONG, "The request URI is too long.").into_response();
    }
    let request = match refuse_nul(request, state.config.limits.max_body_bytes).await {
        Ok(request) => request,
        Err(refusal) => return refusal,
    };
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert("content-security-policy", HeaderValue::from_static(CSP));
    headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    let cacheable =
        path.starts_with("/static/") || path == "/jwks.json" || path.starts_with("/.well-known/");
    if !cacheable {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    }
    response
}

/// No parameter of this provider may contain NUL, and PostgreSQL text cannot store one: a
/// request carrying it (`%00` in the query or a form, `\u0000` in JSON, a raw 0 byte) is
/// refused here with a 400, before any handler could pass it to the database.
async fn refuse_nul(request: Request, max_body: usize) -> Result<Request, Response> {
    fn has_nul(bytes: &[u8]) -> bool {
        bytes.contains(&0)
            || bytes.windows(3).any(|w| w == b"%00")
            || bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"))
    }
    let refusal = |path: &str| {
        let message = "The request contains a NUL character, which no parameter may contain.";
        let json_endpoint = ["/token", "/introspect", "/revoke", "/userinfo", "/app/"]
            .iter()
            .any(|p| path.starts_with(p));
        if json_endpoint {
            crate::oidc::error::OAuthError::invalid_request(message).into_response()
        } else {
            errors::PageError::bad_request(message).into_response()
        }
    };
    if request.uri().query().is_some_and(|q| has_nul(q.as_bytes())) {
        return Err(refusal(request.uri().path()));
    }
    let has_body = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded") || t.contains("json"));
    if !has_body {
        return Ok(request);
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, max_body).await else {
        return Err((
            StatusCode::PAYLOAD_TOO_LARGE,
            "The request body is too large.",
        )
            .into_response());
    };
    if has_nul(&bytes) {
        return Err(refusal(parts.uri.path()));
    }
    Ok(Request::from_parts(parts, axum::body::Body::from(bytes)))
}

/// The peer address as an extractor (absent in router tests without connect info).
pub struct ClientIp(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(client_ip(
            parts.extensions.get::<ConnectInfo<SocketAddr>>(),
        )))
    }
}

/// The peer address of the request (the provider is reached directly or through a proxy
/// that the operator configures to connect from a trusted address).
pub fn client_ip(connect: Option<&ConnectInfo<SocketAddr>>) -> String {
    connect
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Renders a page with the CSRF token of this browser in `csrf`, setting the CSRF cookie
/// when the browser has none yet.
pub fn page(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    template: &str,
    ctx: minijinja::Value,
) -> Result<Response, AppError> {
    let csrf = csrf::issue(state, headers);
    let ctx = minijinja::context! { csrf => csrf.token, issuer => &*state.issuer, ..ctx };
    let body = state.templates.render(template, ctx)?;
    let mut response = (status, Html(body)).into_response();
    if let Some(cookie) = csrf.set_cookie {
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    Ok(response)
}

pub fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}

pub fn see_other(location: &str) -> Response {
    match HeaderValue::from_str(location) {
        Ok(v) => (StatusCode::SEE_OTHER, [(header::LOCATION, v)]).into_response(),
        Err(_) => {
            errors::PageError::bad_request("The redirect target is not valid.").into_response()
        }
    }
}
