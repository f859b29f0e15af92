//! What the HTTP layer tells an operator (issue 17): a request id on every request (taken
//! from a well-formed `x-request-id`, else made here; returned in the response and carried
//! by the request's span, so every log line of the request has it), the request's span and
//! log line, the request metrics by route template, and the metrics listener, a separate
//! port that answers `GET /metrics` only (the public router never serves it).

use crate::state::AppState;
use crate::store;
use crate::telemetry;
use axum::extract::{MatchedPath, Request};
use axum::http::{header, HeaderValue};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::{Duration, Instant};
use tower::{Layer, Service};
use tower_http::request_id::{MakeRequestId, RequestId};
use tracing::Span;

pub const X_REQUEST_ID: &str = "x-request-id";

/// Whether a client's request id may be kept: 1 to 64 characters of `[A-Za-z0-9._-]`, so it
/// cannot forge log lines or grow the logs.
pub fn acceptable_request_id(value: &[u8]) -> bool {
    (1..=64).contains(&value.len())
        && value
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// Drops an `x-request-id` the provider will not repeat (malformed, or sent more than once);
/// `SetRequestIdLayer` then makes a fresh one.
pub async fn checked_request_id(mut request: Request) -> Request {
    let headers = request.headers();
    let values = headers.get_all(X_REQUEST_ID).iter().count();
    let keep = values == 1
        && headers
            .get(X_REQUEST_ID)
            .is_some_and(|v| acceptable_request_id(v.as_bytes()));
    if values > 0 && !keep {
        request.headers_mut().remove(X_REQUEST_ID);
    }
    request
}

/// A fresh request id: a random UUID.
#[derive(Clone, Copy, Default)]
pub struct NewRequestId;

impl MakeRequestId for NewRequestId {
    fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
        let mut text = [0; uuid::fmt::Hyphenated::LENGTH];
        let id = uuid::Uuid::new_v4().hyphenated().encode_lower(&mut text);
        HeaderValue::from_str(id).ok().map(RequestId::new)
    }
}

/// The span of one request: its id, method and route template (and, once answered, its
/// status). Exported over OTLP as a server span named `METHOD /route`.
#[derive(Clone, Copy, Default)]
pub struct RequestSpan;

impl<B> tower_http::trace::MakeSpan<B> for RequestSpan {
    fn make_span(&mut self, request: &axum::http::Request<B>) -> Span {
        let route = request
            .extensions()
            .get::<MatchedPath>()
            .map_or("unmatched", MatchedPath::as_str);
        let request_id = request
            .headers()
            .get(X_REQUEST_ID)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let method = telemetry::method_label(request.method().as_str());
        if !telemetry::exporting_spans() {
            return tracing::info_span!(
                "request",
                request_id,
                method,
                route,
                status = tracing::field::Empty,
            );
        }
        // The OpenTelemetry names, only when spans are exported (they would crowd the log).
        tracing::info_span!(
            "request",
            request_id,
            method,
            route,
            status = tracing::field::Empty,
            otel.name = format!("{method} {route}"),
            otel.kind = "server",
        )
    }
}

/// The request's log line once the response head is ready: status and latency, inside the
/// request's span (so with its id). Health probes log at debug, to keep the log readable.
pub fn log_response<B>(response: &axum::http::Response<B>, latency: Duration, span: &Span) {
    let status = response.status().as_u16();
    span.record("status", status);
    let latency_ms = latency.as_secs_f64() * 1000.0;
    if response.extensions().get::<Probe>().is_some() {
        tracing::debug!(status, latency_ms, "answered");
    } else {
        tracing::info!(status, latency_ms, "answered");
    }
}

/// Marks the response of a health probe (`/healthz`, `/readyz`) for [`log_response`].
#[derive(Clone, Copy)]
struct Probe;

/// Counts each request and its time by route template, method and status (when metrics are
/// on), and marks the answers of health probes for [`log_response`]. A layer of its own, not
/// a `from_fn`: it neither clones nor boxes what it wraps.
#[derive(Clone, Copy, Default)]
pub struct CountRequestsLayer;

impl<S> Layer<S> for CountRequestsLayer {
    type Service = CountRequests<S>;

    fn layer(&self, inner: S) -> Self::Service {
        CountRequests { inner }
    }
}

/// The service of [`CountRequestsLayer`].
#[derive(Clone)]
pub struct CountRequests<S> {
    inner: S,
}

impl<S, ReqBody, ResBody> Service<axum::http::Request<ReqBody>> for CountRequests<S>
where
    S: Service<axum::http::Request<ReqBody>, Response = axum::http::Response<ResBody>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Counted<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: axum::http::Request<ReqBody>) -> Self::Future {
        Counted {
            route: request.extensions().get::<MatchedPath>().cloned(),
            method: request.method().clone(),
            started: Instant::now(),
            inner: self.inner.call(request),
        }
    }
}

pin_project_lite::pin_project! {
    /// A request being answered, with what its metrics need once it is.
    pub struct Counted<F> {
        #[pin]
        inner: F,
        route: Option<MatchedPath>,
        method: axum::http::Method,
        started: Instant,
    }
}

impl<F, B, E> Future for Counted<F>
where
    F: Future<Output = Result<axum::http::Response<B>, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut response = ready!(this.inner.poll(cx))?;
        // The route template (`/login/sms`), or `unmatched`: never the raw path, whose
        // values are unbounded (and may carry what a client should not have sent).
        let route = this.route.as_ref().map_or("unmatched", MatchedPath::as_str);
        telemetry::http_request(
            route,
            this.method.as_str(),
            response.status().as_str(),
            this.started.elapsed(),
        );
        if route == "/healthz" || route == "/readyz" {
            response.extensions_mut().insert(Probe);
        }
        Poll::Ready(Ok(response))
    }
}

/// Starts the metrics listener when `metrics.listen` is set: installs the recorder (once per
/// process), binds the address (an error stops the start) and serves `GET /metrics` there
/// in a task that ends with the process. Nothing happens when it is not set.
pub async fn serve_metrics(state: &AppState) -> Result<Option<SocketAddr>, std::io::Error> {
    let Some(listen) = state.config.metrics.listen.as_deref() else {
        return Ok(None);
    };
    let addr: SocketAddr = listen.parse().map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("--metrics-listen {listen} is not an ADDRESS:PORT"),
        )
    })?;
    let handle = telemetry::install().map_err(std::io::Error::other)?;
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
        std::io::Error::new(
            e.kind(),
            format!("cannot listen on {addr} for metrics: {e}"),
        )
    })?;
    let addr = listener.local_addr()?;
    // Histograms keep raw samples until upkeep folds them into buckets: do it even when
    // nobody scrapes.
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(5));
        loop {
            every.tick().await;
            upkeep.run_upkeep();
        }
    });
    let router = metrics_router(handle, state.db.clone(), state.reader_pool.clone());
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).await {
            tracing::error!(error = %e, "metrics listener stopped");
        }
    });
    tracing::info!(%addr, "metrics listening");
    Ok(Some(addr))
}

/// `GET /metrics` in the Prometheus text format; every other address is a 404 (and another
/// method a 405).
fn metrics_router(
    handle: PrometheusHandle,
    db: store::Db,
    readers: Option<store::ReaderPool>,
) -> Router {
    Router::new().route(
        "/metrics",
        get(move || async move {
            let pool = store::pool_usage(&db);
            telemetry::db_pool("main", pool.idle, pool.in_use);
            // Without readers of their own, reads use the main pool, counted once.
            if let Some(readers) = &readers {
                let usage = readers.usage();
                telemetry::db_pool("readers", usage.idle, usage.in_use);
                if let Some(writers) = readers.writers_usage() {
                    telemetry::db_pool("writers", writers.idle, writers.in_use);
                }
            }
            handle.run_upkeep();
            (
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
                )],
                handle.render(),
            )
                .into_response()
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_short_plain_request_ids_are_kept() {
        assert!(acceptable_request_id(b"a"));
        assert!(acceptable_request_id(b"req-1.2_3"));
        assert!(acceptable_request_id(&[b'x'; 64]));
        assert!(!acceptable_request_id(b""));
        assert!(!acceptable_request_id(&[b'x'; 65]));
        assert!(!acceptable_request_id(b"a b"));
        assert!(!acceptable_request_id(b"id\nforged=1"));
        assert!(!acceptable_request_id("é".as_bytes()));
    }
}
