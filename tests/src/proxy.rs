//! A round-robin HTTP proxy on 127.0.0.1 in front of several provider nodes, as a load
//! balancer without affinity would be: each REQUEST (not each connection) goes to the next
//! node in turn. It passes on the method, path, query, headers (`Host`, `Cookie`, `Origin`
//! included) and body as received, answers with the node's status, headers and body (a
//! redirect is handed to the client, never followed), and records which node served each
//! request so a test can show that a journey really hopped between them.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use anyhow::{Context, Result};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;

/// The largest request body passed on.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// One request the proxy passed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hop {
    /// Its place in the order requests arrived (0, 1, 2, ...).
    pub seq: usize,
    /// Index of the node that served it, in the order given to [`RoundRobinProxy::set_nodes`].
    pub node: usize,
    pub method: String,
    /// Path and query.
    pub target: String,
    /// The node's status (502 when the node could not be reached).
    pub status: u16,
}

impl Hop {
    /// The path without the query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }
}

struct Shared {
    nodes: RwLock<Vec<String>>,
    next: AtomicUsize,
    hops: Mutex<Vec<Hop>>,
    http: reqwest::Client,
}

/// The proxy; stops when dropped.
pub struct RoundRobinProxy {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

/// Headers of one connection (RFC 9110 7.6.1), never passed on; `Content-Length` is set
/// again for the body as passed on.
fn is_hop_by_hop(name: &HeaderName) -> bool {
    matches!(
        name.as_str(),
        "connection"
            | "keep-alive"
            | "proxy-connection"
            | "proxy-authenticate"
            | "proxy-authorization"
            | "te"
            | "trailer"
            | "transfer-encoding"
            | "upgrade"
            | "content-length"
    )
}

fn end_to_end(headers: &HeaderMap) -> HeaderMap {
    let mut kept = HeaderMap::new();
    for (name, value) in headers {
        if !is_hop_by_hop(name) {
            kept.append(name.clone(), value.clone());
        }
    }
    kept
}

async fn forward(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (seq, node, base) = {
        let nodes = shared.nodes.read().unwrap_or_else(|e| e.into_inner());
        if nodes.is_empty() {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                "the proxy has no nodes yet",
            )
                .into_response();
        }
        let seq = shared.next.fetch_add(1, Ordering::SeqCst);
        let node = seq % nodes.len();
        (seq, node, nodes[node].clone())
    };
    let (parts, body) = request.into_parts();
    let target = parts
        .uri
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned());
    let mut hop = Hop {
        seq,
        node,
        method: parts.method.to_string(),
        target: target.clone(),
        status: StatusCode::BAD_GATEWAY.as_u16(),
    };
    let response = async {
        let body = axum::body::to_bytes(body, MAX_BODY)
            .await
            .context("read the request body")?;
        let answer = shared
            .http
            .request(parts.method.clone(), format!("{base}{target}"))
            .headers(end_to_end(&parts.headers))
            .body(body)
            .send()
            .await
            .with_context(|| format!("pass {} {target} on to node {node}", parts.method))?;
        let status = answer.status();
        let headers = end_to_end(answer.headers());
        let body = answer.bytes().await.context("read the node's answer")?;
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        anyhow::Ok(response)
    }
    .await;
    let response = match response {
        Ok(response) => response,
        Err(e) => (StatusCode::BAD_GATEWAY, format!("{e:#}")).into_response(),
    };
    hop.status = response.status().as_u16();
    shared
        .hops
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(hop);
    response
}

impl RoundRobinProxy {
    /// Binds a free port on 127.0.0.1 and starts serving; it answers 503 until
    /// [`RoundRobinProxy::set_nodes`] gives it somewhere to send requests (a node's issuer
    /// is the proxy's URL, known before the node starts).
    pub async fn start() -> Result<Self> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .await
            .context("bind the proxy")?;
        let addr = listener.local_addr()?;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .timeout(Duration::from_secs(30))
            .build()?;
        let shared = Arc::new(Shared {
            nodes: RwLock::new(Vec::new()),
            next: AtomicUsize::new(0),
            hops: Mutex::new(Vec::new()),
            http,
        });
        let app = Router::new().fallback(forward).with_state(shared.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Self { addr, shared, task })
    }

    /// The nodes' base URLs (`http://127.0.0.1:PORT`, no trailing slash), served in turn.
    pub fn set_nodes(&self, nodes: Vec<String>) {
        *self.shared.nodes.write().unwrap_or_else(|e| e.into_inner()) = nodes;
    }

    /// `http://127.0.0.1:PORT` (no trailing slash): the issuer the nodes publish.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request passed on so far (answered or not reachable), in the order they came.
    pub fn hops(&self) -> Vec<Hop> {
        let mut hops = self
            .shared
            .hops
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        hops.sort_by_key(|h| h.seq);
        hops
    }

    /// Takes the hops recorded so far (the next journey starts with an empty record).
    pub fn take_hops(&self) -> Vec<Hop> {
        let mut hops =
            std::mem::take(&mut *self.shared.hops.lock().unwrap_or_else(|e| e.into_inner()));
        hops.sort_by_key(|h| h.seq);
        hops
    }
}

impl Drop for RoundRobinProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Whether consecutive hops were served by different nodes, every time (what a round-robin
/// proxy in front of two nodes does to requests made one after the other).
pub fn alternates(hops: &[Hop]) -> bool {
    hops.windows(2)
        .all(|pair| pair[0].node != pair[1].node && pair[1].seq == pair[0].seq + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{header, HeaderValue, Method};

    /// A node that answers with its name, what it received, and (for `/go`) a redirect
    /// with two cookies.
    async fn node(name: &'static str) -> Result<(String, tokio::task::JoinHandle<()>)> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let app = Router::new().fallback(move |method: Method, headers: HeaderMap, uri: axum::http::Uri, body: String| async move {
            if uri.path() == "/go" {
                let mut response = (StatusCode::SEE_OTHER, "").into_response();
                let h = response.headers_mut();
                h.insert(header::LOCATION, HeaderValue::from_static("/landed"));
                h.append(header::SET_COOKIE, HeaderValue::from_static("a=1; Path=/"));
                h.append(header::SET_COOKIE, HeaderValue::from_static("b=2; Path=/"));
                return response;
            }
            let header = |n: header::HeaderName| {
                headers
                    .get(n)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-")
                    .to_owned()
            };
            let text = format!(
                "{name} {method} {uri} host={} cookie={} origin={} body={body}",
                header(header::HOST),
                header(header::COOKIE),
                header(header::ORIGIN),
            );
            text.into_response()
        });
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok((format!("http://{addr}"), task))
    }

    #[tokio::test]
    async fn each_request_goes_to_the_next_node_as_it_was_sent() -> Result<()> {
        let proxy = RoundRobinProxy::start().await?;
        let (a, _a) = node("A").await?;
        let (b, _b) = node("B").await?;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .build()?;

        let before = http.get(format!("{}/x", proxy.base_url())).send().await?;
        assert_eq!(before.status(), 503, "no nodes yet");
        assert!(proxy.hops().is_empty());
        proxy.set_nodes(vec![a, b]);

        // One connection (reqwest keeps it alive), yet the requests alternate.
        let mut served = Vec::new();
        for i in 0..4 {
            let text = http
                .post(format!("{}/login/sms?flow=f{i}", proxy.base_url()))
                .header(header::COOKIE, "idp_session=s1; idp_csrf=c1")
                .header(header::ORIGIN, proxy.base_url())
                .body(format!("code=AB12-CD34&n={i}"))
                .send()
                .await?
                .text()
                .await?;
            let host = proxy.base_url().trim_start_matches("http://").to_owned();
            assert_eq!(
                text.split_once(' ')
                    .map(|(_, rest)| rest.to_owned())
                    .unwrap(),
                format!(
                    "POST /login/sms?flow=f{i} host={host} cookie=idp_session=s1; idp_csrf=c1 \
                     origin={} body=code=AB12-CD34&n={i}",
                    proxy.base_url()
                )
            );
            served.push(text[..1].to_owned());
        }
        assert_eq!(served, ["A", "B", "A", "B"]);

        // A redirect comes back as it is, with both its cookies.
        let redirect = http.get(format!("{}/go", proxy.base_url())).send().await?;
        assert_eq!(redirect.status(), 303);
        assert_eq!(redirect.headers()[header::LOCATION], "/landed");
        let cookies: Vec<_> = redirect
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect();
        assert_eq!(cookies, ["a=1; Path=/", "b=2; Path=/"]);

        let hops = proxy.hops();
        assert_eq!(hops.len(), 5);
        assert!(alternates(&hops), "{hops:?}");
        assert_eq!(hops[4].path(), "/go");
        assert_eq!(hops[4].status, 303);
        assert_eq!(hops[0].target, "/login/sms?flow=f0");
        Ok(())
    }

    #[tokio::test]
    async fn a_node_that_cannot_be_reached_is_a_bad_gateway() -> Result<()> {
        let proxy = RoundRobinProxy::start().await?;
        let closed = format!("http://127.0.0.1:{}", crate::free_port()?);
        proxy.set_nodes(vec![closed]);
        let res = reqwest::Client::builder()
            .no_proxy()
            .build()?
            .get(format!("{}/readyz", proxy.base_url()))
            .send()
            .await?;
        assert_eq!(res.status(), 502);
        assert_eq!(proxy.hops()[0].status, 502);
        Ok(())
    }

    #[test]
    fn alternation_is_checked_pairwise() {
        let hop = |seq, node| Hop {
            seq,
            node,
            method: "GET".into(),
            target: "/".into(),
            status: 200,
        };
        assert!(alternates(&[hop(0, 0), hop(1, 1), hop(2, 0)]));
        assert!(!alternates(&[hop(0, 0), hop(1, 1), hop(2, 1)]));
        assert!(!alternates(&[hop(0, 0), hop(2, 1)]), "a hop is missing");
    }
}
