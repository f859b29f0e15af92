//! What an operator sees inside a running provider (issue 17): Prometheus metrics through
//! the `metrics` facade, rendered by `metrics-exporter-prometheus` on a listener of their own
//! (`metrics.listen`, served by `http::observe`), and the optional export of request spans
//! over OTLP/HTTP (`telemetry.otlp_endpoint`, set up by the binary before anything logs).
//!
//! Services report what happened through the small functions here; none of them knows
//! about Prometheus. Without an installed recorder (tests, `idp migrate`, no metrics
//! listener) every call is a no-op.

use crate::audit::AuditEvent;
use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, Unit};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{OnceLock, RwLock};
use std::time::Duration;

pub const HTTP_REQUESTS: &str = "idp_http_requests_total";
pub const HTTP_DURATION: &str = "idp_http_request_duration_seconds";
pub const TOKENS_ISSUED: &str = "idp_tokens_issued_total";
pub const SIGN_INS: &str = "idp_sign_ins_total";
pub const STEP_UPS: &str = "idp_step_ups_total";
pub const LOCKOUTS: &str = "idp_lockouts_total";
pub const THROTTLED: &str = "idp_throttled_total";
/// Emitted by the outbox worker: messages not yet sent.
pub const OUTBOX_DEPTH: &str = "idp_outbox_depth";
/// Emitted by the outbox worker: `{channel, outcome = sent | retry | failed}`.
pub const OUTBOX_DELIVERIES: &str = "idp_outbox_deliveries_total";
pub const DB_POOL: &str = "idp_db_pool_connections";
pub const DB_QUERY_DURATION: &str = "idp_db_query_duration_seconds";
/// Emitted by `http::replay`: requests tried once more after a lost database connection.
pub const DB_REPLAYS: &str = "idp_db_replays_total";
/// Emitted by `store::batch`: jobs written by one group commit, `{kind = client_credentials
/// | authorization | code_or_refresh}`.
pub const TOKEN_BATCH_ROWS: &str = "idp_token_batch_rows";
pub const ARGON2_QUEUE: &str = "idp_argon2_queue_depth";
pub const BUILD_INFO: &str = "idp_build_info";

/// Histogram buckets in seconds: from a cached page (1 ms) to an argon2 sign-in under load.
const REQUEST_BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];
/// Rows of one group commit of access tokens (`store::batch::MAX_ROWS` at most).
const BATCH_BUCKETS: [f64; 7] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0];
/// Database statements: most take well under a millisecond on SQLite.
const QUERY_BUCKETS: [f64; 11] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 0.5, 2.5,
];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
/// Whether this process exports spans (set once by the binary at start).
static EXPORTING_SPANS: AtomicBool = AtomicBool::new(false);

#[derive(Debug, thiserror::Error)]
pub enum TelemetryError {
    #[error("metrics recorder: {0}")]
    Recorder(String),
    #[error("OTLP exporter: {0}")]
    Otlp(String),
}

/// Installs the Prometheus recorder for this process (once; later calls return the same
/// handle) and describes every metric of the provider.
pub fn install() -> Result<PrometheusHandle, TelemetryError> {
    if let Some(handle) = HANDLE.get() {
        return Ok(handle.clone());
    }
    let recorder =
        |e: metrics_exporter_prometheus::BuildError| TelemetryError::Recorder(e.to_string());
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(DB_QUERY_DURATION.into()), &QUERY_BUCKETS)
        .map_err(recorder)?
        .set_buckets_for_metric(Matcher::Full(TOKEN_BATCH_ROWS.into()), &BATCH_BUCKETS)
        .map_err(recorder)?
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &REQUEST_BUCKETS)
        .map_err(recorder)?
        .install_recorder()
        .map_err(recorder)?;
    let handle = HANDLE.get_or_init(|| handle).clone();
    describe();
    gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    Ok(handle)
}

fn describe() {
    describe_counter!(
        HTTP_REQUESTS,
        Unit::Count,
        "HTTP requests answered, by route template (never the raw path), method and status"
    );
    describe_histogram!(
        HTTP_DURATION,
        Unit::Seconds,
        "Time to answer an HTTP request (to the response head), by route, method and status"
    );
    describe_counter!(
        TOKENS_ISSUED,
        Unit::Count,
        "Token responses issued at /token, by grant type and client_id"
    );
    describe_counter!(
        SIGN_INS,
        Unit::Count,
        "Sign-in proofs by method (password, sms, app_pin, app_qr, webauthn, totp) and outcome (success, failure)"
    );
    describe_counter!(
        STEP_UPS,
        Unit::Count,
        "Step-ups begun: a signed-in user asked for a second factor to reach a higher level"
    );
    describe_counter!(
        LOCKOUTS,
        Unit::Count,
        "Lockouts: a sign-in identifier after too many password failures (account), or a device after too many PIN failures (device)"
    );
    describe_counter!(
        THROTTLED,
        Unit::Count,
        "Requests refused by a rate limit or message pacing, by what was limited"
    );
    describe_gauge!(
        OUTBOX_DEPTH,
        Unit::Count,
        "E-mails and SMS in the outbox not yet delivered"
    );
    describe_counter!(
        OUTBOX_DELIVERIES,
        Unit::Count,
        "Outbox delivery attempts by channel (email, sms) and outcome (sent, retry, failed)"
    );
    describe_gauge!(
        DB_POOL,
        Unit::Count,
        "Database connections of this process's pools (main; SQLite's readers), by state (idle, in_use)"
    );
    describe_histogram!(
        DB_QUERY_DURATION,
        Unit::Seconds,
        "Time to run one database statement"
    );
    describe_counter!(
        DB_REPLAYS,
        Unit::Count,
        "Requests tried once more because their database connection was lost"
    );
    describe_histogram!(
        TOKEN_BATCH_ROWS,
        Unit::Count,
        "Requests written together by one group commit (client_credentials tokens; grants and codes of the authorization endpoint; code and refresh token redemptions)"
    );
    describe_gauge!(
        ARGON2_QUEUE,
        Unit::Count,
        "Password hashes and verifications waiting for an argon2 worker"
    );
    describe_gauge!(
        BUILD_INFO,
        Unit::Count,
        "Always 1; the version of the running provider in its label"
    );
}

/// A method name an attacker cannot multiply: the standard ones, else `other`.
pub fn method_label(method: &str) -> &'static str {
    const KNOWN: [&str; 9] = [
        "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE",
    ];
    KNOWN.into_iter().find(|m| *m == method).unwrap_or("other")
}

/// One answered HTTP request. `route` is the route template (`/login/sms`), never the
/// path a client sent.
pub fn http_request(route: &str, method: &str, status: &str, elapsed: Duration) {
    if !recording() {
        return;
    }
    let labels = [
        ("route", kept_label(route)),
        ("method", method_label(method)),
        ("status", kept_label(status)),
    ];
    counter!(HTTP_REQUESTS, &labels).increment(1);
    metrics::histogram!(HTTP_DURATION, &labels).record(elapsed.as_secs_f64());
}

/// Whether a recorder is installed (`metrics.listen` is set). Without one nothing reads
/// the per-request metrics, and their labels are not built.
fn recording() -> bool {
    HANDLE.get().is_some()
}

/// A label value that lives as long as the process, kept once: only for route templates
/// (one of the router's routes, a set fixed when it is built) and status codes (three
/// digits), so what is kept is bounded. Kept once, a label costs no allocation per request.
fn kept_label(value: &str) -> &'static str {
    static KEPT: RwLock<BTreeSet<&'static str>> = RwLock::new(BTreeSet::new());
    let known = |kept: &BTreeSet<&'static str>| kept.get(value).copied();
    if let Some(label) = KEPT.read().ok().as_deref().and_then(known) {
        return label;
    }
    let Ok(mut kept) = KEPT.write() else {
        return "unlabelled";
    };
    if let Some(label) = known(&kept) {
        return label;
    }
    let label: &'static str = Box::leak(value.into());
    kept.insert(label);
    label
}

/// A token response issued at the token endpoint.
pub fn token_issued(grant: &'static str, client_id: &str) {
    if !recording() {
        return;
    }
    counter!(TOKENS_ISSUED, "grant" => grant, "client" => client_id.to_owned()).increment(1);
}

/// An audited security event: sign-ins by method and outcome, and lockouts, are counted
/// where they are audited, so the metrics and the audit log agree.
pub fn audited(event: &AuditEvent) {
    match event {
        AuditEvent::SignInSucceeded { method, .. } => {
            counter!(SIGN_INS, "method" => method.name(), "outcome" => "success").increment(1);
        }
        AuditEvent::SignInFailed { method, .. } => {
            counter!(SIGN_INS, "method" => method.name(), "outcome" => "failure").increment(1);
        }
        AuditEvent::AccountLocked { .. } => counter!(LOCKOUTS, "what" => "account").increment(1),
        AuditEvent::DeviceLocked { .. } => counter!(LOCKOUTS, "what" => "device").increment(1),
        _ => {}
    }
}

/// A step-up begun.
pub fn step_up() {
    counter!(STEP_UPS).increment(1);
}

/// A request refused by a limit: `signin_ip`, `pacing_sms`, `pacing_email`, `totp`,
/// `app_push`.
pub fn throttled(what: &'static str) {
    counter!(THROTTLED, "what" => what).increment(1);
}

/// A message held back by pacing.
pub fn paced(message: &crate::pacing::Message<'_>) {
    throttled(match message {
        crate::pacing::Message::Sms { .. } => "pacing_sms",
        crate::pacing::Message::Email { .. } => "pacing_email",
    });
}

/// One database statement run (from the store's metric callback).
pub fn db_query(elapsed: Duration) {
    metrics::histogram!(DB_QUERY_DURATION).record(elapsed.as_secs_f64());
}

/// One group commit of `rows` jobs of `kind`.
pub fn token_batch(kind: &'static str, rows: usize) {
    if !recording() {
        return;
    }
    metrics::histogram!(TOKEN_BATCH_ROWS, "kind" => kind).record(rows as f64);
}

/// The connections of a database pool (`main`, the `readers`, PostgreSQL's `writers`), read
/// at scrape time.
pub fn db_pool(pool: &'static str, idle: usize, in_use: usize) {
    gauge!(DB_POOL, "pool" => pool, "state" => "idle").set(idle as f64);
    gauge!(DB_POOL, "pool" => pool, "state" => "in_use").set(in_use as f64);
}

/// Jobs waiting for an argon2 worker.
pub fn argon2_queue(depth: i64) {
    gauge!(ARGON2_QUEUE).set(depth as f64);
}

/// Says that this process exports its spans, so request spans carry the OpenTelemetry
/// span name and kind.
pub fn set_exporting_spans() {
    EXPORTING_SPANS.store(true, Ordering::Relaxed);
}

pub fn exporting_spans() -> bool {
    EXPORTING_SPANS.load(Ordering::Relaxed)
}

/// Where spans go for an OTLP/HTTP collector at `endpoint` (its base URL, as in
/// `OTEL_EXPORTER_OTLP_ENDPOINT`; a URL that already ends in `/v1/traces` is kept).
pub fn traces_url(endpoint: &str) -> String {
    let endpoint = endpoint.trim();
    if endpoint.trim_end_matches('/').ends_with("/v1/traces") {
        return endpoint.to_owned();
    }
    format!("{}/v1/traces", endpoint.trim_end_matches('/'))
}

/// The tracer provider that exports spans in batches over OTLP/HTTP (protobuf). Build it
/// outside the async runtime (its HTTP client is a blocking one, on the batch thread), and
/// shut it down on exit to send what is still buffered.
pub fn otlp_provider(
    endpoint: &str,
) -> Result<opentelemetry_sdk::trace::SdkTracerProvider, TelemetryError> {
    use opentelemetry_otlp::{Protocol, WithExportConfig};
    let url = traces_url(endpoint);
    url::Url::parse(&url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| {
            TelemetryError::Otlp(format!(
                "telemetry.otlp_endpoint {endpoint} is not an http(s) URL"
            ))
        })?;
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_protocol(Protocol::HttpBinary)
        .with_endpoint(url)
        .with_timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| TelemetryError::Otlp(e.to_string()))?;
    let resource = opentelemetry_sdk::Resource::builder()
        .with_service_name("idp")
        .with_attribute(opentelemetry::KeyValue::new(
            "service.version",
            env!("CARGO_PKG_VERSION"),
        ))
        .build();
    Ok(opentelemetry_sdk::trace::SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_methods_share_one_label() {
        assert_eq!(method_label("GET"), "GET");
        assert_eq!(method_label("PROPFIND"), "other");
        assert_eq!(method_label("get"), "other");
    }

    #[test]
    fn traces_go_to_the_signal_path_once() {
        assert_eq!(
            traces_url("http://127.0.0.1:4318"),
            "http://127.0.0.1:4318/v1/traces"
        );
        assert_eq!(
            traces_url("http://collector:4318/"),
            "http://collector:4318/v1/traces"
        );
        assert_eq!(
            traces_url("https://c.example/otlp/v1/traces"),
            "https://c.example/otlp/v1/traces"
        );
        assert!(otlp_provider("ftp://nowhere").is_err());
    }
}
