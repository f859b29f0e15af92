//! The runner's loopback listener: receives authorization responses (query and form_post),
//! post-logout redirects and back-channel logout requests, and serves request_uri documents.
//!
//! A browser request to a redirect URI is answered with a JSON echo of what arrived, so the
//! runner's "browser" learns what the relying party received.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

/// What arrived at a redirect or logout URI.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Received {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub form: Vec<(String, String)>,
    pub content_type: Option<String>,
}

impl Received {
    /// Query parameters for GET, form fields for POST (form_post).
    pub fn params(&self) -> &[(String, String)] {
        if self.method == "POST" {
            &self.form
        } else {
            &self.query
        }
    }
}

#[derive(Default)]
struct Shared {
    backchannel: Mutex<Vec<Received>>,
    docs: Mutex<HashMap<String, (String, String)>>,
    notify: Notify,
}

/// Handle to the running listeners.
#[derive(Clone)]
pub struct Listener {
    shared: Arc<Shared>,
}

impl Listener {
    /// Binds one loopback listener per distinct port of the given URIs.
    pub async fn start(uris: &[String]) -> Result<Self> {
        let shared = Arc::new(Shared::default());
        let mut addrs = BTreeSet::new();
        for uri in uris {
            let u = url::Url::parse(uri).with_context(|| format!("bad URI {uri}"))?;
            let port = u.port_or_known_default().context("URI without port")?;
            let host = match u.host_str() {
                Some("localhost") | None => "127.0.0.1".to_string(),
                Some(h) => h.trim_start_matches('[').trim_end_matches(']').to_string(),
            };
            addrs.insert((host, port));
        }
        for (host, port) in addrs {
            let addr = format!("{host}:{port}");
            let listener = tokio::net::TcpListener::bind(&addr)
                .await
                .with_context(|| format!("binding the redirect listener on {addr}"))?;
            let app = axum::Router::new()
                .fallback(handle)
                .with_state(shared.clone());
            tokio::spawn(async move {
                let _ = axum::serve(listener, app).await;
            });
        }
        Ok(Self { shared })
    }

    /// Number of back-channel logout requests received so far.
    pub fn backchannel_count(&self) -> usize {
        self.shared.backchannel.lock().map(|v| v.len()).unwrap_or(0)
    }

    /// Waits (up to `timeout`) for a back-channel logout request beyond the first `seen`.
    pub async fn wait_backchannel(&self, seen: usize, timeout: Duration) -> Option<Received> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.shared.notify.notified();
            if let Some(r) = self
                .shared
                .backchannel
                .lock()
                .ok()
                .and_then(|v| v.get(seen).cloned())
            {
                return Some(r);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }

    /// Serves `body` at `path` (e.g. a request object for request_uri).
    pub fn serve_document(&self, path: &str, content_type: &str, body: String) {
        if let Ok(mut d) = self.shared.docs.lock() {
            d.insert(path.to_string(), (content_type.to_string(), body));
        }
    }
}

async fn handle(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let query: Vec<(String, String)> = req
        .uri()
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if method == Method::GET {
        let doc = shared.docs.lock().ok().and_then(|d| d.get(&path).cloned());
        if let Some((ct, body)) = doc {
            return ([(header::CONTENT_TYPE, ct)], body).into_response();
        }
    }
    let body: Bytes = axum::body::to_bytes(req.into_body(), 1 << 20)
        .await
        .unwrap_or_default();
    let form: Vec<(String, String)> = if method == Method::POST {
        url::form_urlencoded::parse(&body).into_owned().collect()
    } else {
        Vec::new()
    };
    let received = Received {
        method: method.to_string(),
        path,
        query,
        form,
        content_type,
    };
    let is_backchannel =
        received.method == "POST" && received.form.iter().any(|(k, _)| k == "logout_token");
    if is_backchannel {
        if let Ok(mut v) = shared.backchannel.lock() {
            v.push(received);
        }
        shared.notify.notify_waiters();
        return (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], "").into_response();
    }
    let json = serde_json::to_string(&received).unwrap_or_default();
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/x-conformance-echo+json")],
        json,
    )
        .into_response()
}

/// The content type the listener uses for its echo, so the browser can recognise it.
pub const ECHO_CONTENT_TYPE: &str = "application/x-conformance-echo+json";
