//! `mobile-app serve`: hosts the installable web app (`mobile-app/web/`) on its own origin,
//! never the provider's, so that no page of the provider can reach the app's keys.
//!
//! Every file is embedded in the binary at compile time (`rust-embed`, in debug builds too):
//! the web app's files except its tests (`test/`) and `package*.json`, and the provider's
//! vendored ECL styles and icons (`vendor/ecl/`) under `/ecl/`. `/config.json` tells the app
//! its provider. Every answer, a 404 included, carries the CSP of the issue 16 contract, whose
//! `connect-src` allows this origin and the provider's only.
//!
//! Routes: `/` (index.html), each embedded file at its path (`/app.js`, `/sw.js`,
//! `/manifest.webmanifest`, `/icons/...`, `/vendor/jsQR.js`, `/messages/en.json`, ...),
//! `/ecl/{ecl-reset.css, ecl-eu.css, ecl-eu-utilities.css, icons.svg, LICENSE.txt}` and
//! `/config.json`; GET and HEAD only. Answers are `Cache-Control: no-cache` with a strong
//! `ETag` (the service worker and the browser revalidate, a 304 when nothing changed).

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rust_embed::RustEmbed;
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::future::Future;
use std::str::FromStr;
use std::sync::Arc;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use url::Url;

/// The web app's files, `mobile-app/web/` less its tests and npm metadata.
#[derive(RustEmbed)]
#[folder = "web/"]
#[exclude = "test/*"]
#[exclude = "package*.json"]
#[exclude = "node_modules/*"]
#[exclude = ".*"]
#[exclude = "*/.*"]
struct WebFiles;

/// The provider's vendored Europa Component Library files the app's pages use.
#[derive(RustEmbed)]
#[folder = "../vendor/ecl/"]
#[include = "ecl-reset.css"]
#[include = "ecl-eu.css"]
#[include = "ecl-eu-utilities.css"]
#[include = "icons.svg"]
#[include = "LICENSE.txt"]
struct EclFiles;

/// The identity provider the app talks to: an absolute `http(s)` URL with a host, no
/// credentials, query or fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provider {
    url: Url,
}

/// Why a `--provider` value is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadProvider {
    #[error("`{0}` is not a URL ({1}); give the provider's address, e.g. http://localhost:8080")]
    NotAUrl(String, url::ParseError),
    #[error("the provider must be an http:// or https:// URL such as http://localhost:8080, not a {0}: URL")]
    Scheme(String),
    #[error("the provider's URL has no host")]
    NoHost,
    #[error("the provider's URL must not hold a user name or password")]
    Credentials,
    #[error("the provider's URL must not have a query or a fragment")]
    QueryOrFragment,
}

impl Provider {
    /// The provider's URL without a trailing slash, as `/config.json` gives it.
    pub fn as_str(&self) -> &str {
        self.url.as_str().trim_end_matches('/')
    }

    /// The provider's origin (`scheme://host[:port]`), the one the CSP lets the app reach.
    pub fn origin(&self) -> String {
        self.url.origin().ascii_serialization()
    }
}

impl FromStr for Provider {
    type Err = BadProvider;

    fn from_str(text: &str) -> Result<Provider, BadProvider> {
        let text = text.trim();
        let url = Url::parse(text).map_err(|e| BadProvider::NotAUrl(text.to_owned(), e))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(BadProvider::Scheme(url.scheme().to_owned()));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(BadProvider::NoHost);
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(BadProvider::Credentials);
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(BadProvider::QueryOrFragment);
        }
        Ok(Provider { url })
    }
}

/// The `Content-Security-Policy` of every answer (issue 16 contract).
pub fn content_security_policy(provider: &Provider) -> String {
    format!(
        "default-src 'self'; connect-src 'self' {}; img-src 'self' data: blob:; \
         style-src 'self'; script-src 'self'; worker-src 'self'; manifest-src 'self'; \
         base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        provider.origin()
    )
}

/// What the router serves besides the embedded files.
struct Site {
    /// `/config.json`.
    config: Vec<u8>,
}

/// The app's router: every route of the module documentation, the contract's headers on
/// every answer, and request logs (`tracing`, at debug level).
pub fn router(provider: &Provider) -> Router {
    let config = serde_json::json!({ "provider": provider.as_str() }).to_string();
    let site = Arc::new(Site {
        config: config.into_bytes(),
    });
    // A parsed URL's origin holds no character that a header value refuses.
    let csp = HeaderValue::try_from(content_security_policy(provider))
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"));
    Router::new()
        .fallback(file)
        .with_state(site)
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            csp,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(TraceLayer::new_for_http())
}

/// Serves the app on `listener` until `shutdown` completes, then finishes the requests under
/// way.
pub async fn serve(
    listener: tokio::net::TcpListener,
    provider: &Provider,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(provider))
        .with_graceful_shutdown(shutdown)
        .await
}

/// Completes at Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}

/// The paths of the embedded files as the router serves them (`/app.js`, `/ecl/icons.svg`,
/// ...), `/config.json` and `/` aside.
pub fn embedded_paths() -> Vec<String> {
    WebFiles::iter()
        .map(|p| format!("/{p}"))
        .chain(EclFiles::iter().map(|p| format!("/ecl/{p}")))
        .collect()
}

/// A file to answer: its bytes and its strong validator.
struct Found {
    bytes: Cow<'static, [u8]>,
    hash: [u8; 32],
}

fn lookup(site: &Site, path: &str) -> Option<Found> {
    let embedded = |file: rust_embed::EmbeddedFile| Found {
        hash: file.metadata.sha256_hash(),
        bytes: file.data,
    };
    match path {
        "/" => WebFiles::get("index.html").map(embedded),
        "/config.json" => Some(Found {
            bytes: Cow::Owned(site.config.clone()),
            hash: Sha256::digest(&site.config).into(),
        }),
        _ => {
            let relative = path.strip_prefix('/')?;
            // The embedded names are plain relative paths: nothing else can match them.
            if relative.is_empty() || relative.split('/').any(|s| s.is_empty() || s == "..") {
                return None;
            }
            match relative.strip_prefix("ecl/") {
                Some(name) => EclFiles::get(name).map(embedded),
                None => WebFiles::get(relative).map(embedded),
            }
        }
    }
}

/// The `Content-Type` of a served path, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or_default();
    let extension = match name.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_lowercase(),
        None if path == "/" => "html".to_owned(),
        None => String::new(),
    };
    match extension.as_str() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Whether `If-None-Match` names `etag` (weak comparison, RFC 9110 section 13.1.2).
fn not_modified(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim())
        .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text,
    )
        .into_response()
}

const SERVICE_WORKER_ALLOWED: HeaderName = HeaderName::from_static("service-worker-allowed");

async fn file(
    State(site): State<Arc<Site>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let path = uri.path();
    let Some(found) = lookup(&site, path) else {
        return plain(StatusCode::NOT_FOUND, "Not found.\n");
    };
    if method != Method::GET && method != Method::HEAD {
        let mut response = plain(StatusCode::METHOD_NOT_ALLOWED, "Method not allowed.\n");
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let etag = format!("\"{}\"", URL_SAFE_NO_PAD.encode(&found.hash[..18]));
    let mut response = if not_modified(&headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let length = found.bytes.len();
        let body = if method == Method::HEAD {
            Body::empty()
        } else {
            Body::from(found.bytes)
        };
        let mut response = Response::new(body);
        let h = response.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(content_type(path)),
        );
        h.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
        response
    };
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(value) = HeaderValue::try_from(etag) {
        h.insert(header::ETAG, value);
    }
    if path == "/sw.js" {
        h.insert(SERVICE_WORKER_ALLOWED, HeaderValue::from_static("/"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn providers_are_http_urls_with_a_host() {
        let p: Provider = "http://localhost:8080/".parse().unwrap();
        assert_eq!(p.as_str(), "http://localhost:8080");
        assert_eq!(p.origin(), "http://localhost:8080");
        let p: Provider = "https://idp.example.eu:443/eulogin/".parse().unwrap();
        assert_eq!(p.as_str(), "https://idp.example.eu/eulogin");
        assert_eq!(p.origin(), "https://idp.example.eu");
        assert_eq!(
            "ftp://idp.example.eu".parse::<Provider>(),
            Err(BadProvider::Scheme("ftp".into()))
        );
        assert!(matches!(
            "localhost:8080".parse::<Provider>(),
            Err(BadProvider::Scheme(_) | BadProvider::NotAUrl(..))
        ));
        assert!(matches!(
            "idp.example.eu".parse::<Provider>(),
            Err(BadProvider::NotAUrl(..))
        ));
        assert_eq!(
            "https://a:b@idp.example.eu".parse::<Provider>(),
            Err(BadProvider::Credentials)
        );
        assert_eq!(
            "https://idp.example.eu/?x=1".parse::<Provider>(),
            Err(BadProvider::QueryOrFragment)
        );
    }

    #[test]
    fn content_types_follow_the_extension() {
        assert_eq!(content_type("/"), "text/html; charset=utf-8");
        assert_eq!(content_type("/app.js"), "text/javascript; charset=utf-8");
        assert_eq!(
            content_type("/manifest.webmanifest"),
            "application/manifest+json"
        );
        assert_eq!(content_type("/icons/icon.SVG"), "image/svg+xml");
        assert_eq!(content_type("/LICENSE"), "application/octet-stream");
    }

    #[test]
    fn if_none_match_lists_and_weak_tags_match() {
        let mut h = HeaderMap::new();
        h.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_static("\"a\", W/\"b\""),
        );
        assert!(not_modified(&h, "\"b\""));
        assert!(!not_modified(&h, "\"c\""));
        assert!(!not_modified(&HeaderMap::new(), "\"b\""));
    }
}
