//! One more try for a request that failed because the database connection was lost (a
//! PostgreSQL restart or failover, a killed backend), where doing it again is safe: the
//! pool hands the second try a fresh connection, and the client sees an answer instead of
//! a 503. Safe means the request's effect does not depend on whether the first try
//! committed something before the connection went:
//! - `GET` and `HEAD` (safe methods, RFC 9110 9.2.1);
//! - `POST /introspect`, `/userinfo` (reads) and `/revoke` (idempotent, RFC 7009);
//! - `POST /token` with `grant_type=client_credentials` (a new token each time; one the
//!   client never received is never used).
//!
//! Not replayed: redeeming a code or a refresh token (the first try may have used it up,
//! and a second use is a replay that revokes the grant) and every form of a person. Those
//! answer 503 with `Retry-After` (`temporarily_unavailable` on the protocol endpoints).

use super::errors::ConnectionLost;
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::http::Method;
use axum::response::Response;

/// The middleware: `max_body` is the configured request size limit (a larger body, or one of
/// unknown length, is passed on without a second try). `next` runs the rest of the stack,
/// twice when the first try lost its connection.
pub async fn once_more<F>(
    max_body: usize,
    request: Request,
    next: impl Fn(Request) -> F,
) -> Response
where
    F: std::future::Future<Output = Response>,
{
    let method = request.method().clone();
    let path = request.uri().path();
    let replayable_post = matches!(path, "/introspect" | "/userinfo" | "/revoke" | "/token");
    let has_body = method == Method::POST;
    // The static files and the liveness probe never touch the database: no copy of them is
    // kept for a second try.
    let database_free = path.starts_with("/static/") || path == "/healthz";
    let safe = (method == Method::GET || method == Method::HEAD) && !database_free;
    let replayable = safe || has_body && replayable_post;
    if !replayable {
        return next(request).await;
    }
    // The body's announced length (Content-Length), when it has one.
    let length = request.body().size_hint().exact();
    if has_body && length.is_none_or(|n| n > max_body as u64) {
        return next(request).await;
    }
    let (parts, body) = request.into_parts();
    let bytes = if has_body {
        match axum::body::to_bytes(body, max_body).await {
            Ok(bytes) => bytes,
            // The client went away or sent less than it announced: nothing to answer.
            Err(_) => Bytes::new(),
        }
    } else {
        Bytes::new()
    };
    if parts.uri.path() == "/token" && !client_credentials(&bytes) {
        return next(Request::from_parts(parts, Body::from(bytes))).await;
    }
    let again = Request::from_parts(copy(&parts), Body::from(bytes.clone()));
    let response = next(Request::from_parts(parts, Body::from(bytes))).await;
    if response.extensions().get::<ConnectionLost>().is_none() {
        return response;
    }
    tracing::warn!(method = %again.method(), path = again.uri().path(),
                   "database connection lost; trying the request once more");
    metrics::counter!(crate::telemetry::DB_REPLAYS).increment(1);
    next(again).await
}

fn copy(parts: &axum::http::request::Parts) -> axum::http::request::Parts {
    let (mut copy, ()) = Request::new(()).into_parts();
    copy.method = parts.method.clone();
    copy.uri = parts.uri.clone();
    copy.version = parts.version;
    copy.headers = parts.headers.clone();
    copy.extensions = parts.extensions.clone();
    copy
}

/// Whether a token request's form asks for `grant_type=client_credentials` (exactly once).
fn client_credentials(body: &[u8]) -> bool {
    let mut grants = url::form_urlencoded::parse(body).filter(|(k, _)| k == "grant_type");
    matches!((grants.next(), grants.next()), (Some((_, v)), None) if v == "client_credentials")
}

#[cfg(test)]
mod tests {
    use super::client_credentials;

    #[test]
    fn only_a_single_client_credentials_grant_is_replayed() {
        assert!(client_credentials(b"grant_type=client_credentials&scope=x"));
        assert!(!client_credentials(b"grant_type=authorization_code&code=x"));
        assert!(!client_credentials(b"grant_type=refresh_token"));
        assert!(!client_credentials(
            b"grant_type=client_credentials&grant_type=refresh_token"
        ));
        assert!(!client_credentials(b""));
    }
}
