//! A tiny HTTP listener on 127.0.0.1 that plays a relying party's `redirect_uri`: it answers
//! every request with 200 and hands what it received (path, query, form body) to the test.

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use anyhow::{Context, Result};
use axum::extract::State;
use axum::http::{Method, Uri};
use axum::Router;
use tokio::sync::{mpsc, Mutex};

/// One request that reached the listener.
#[derive(Debug, Clone)]
pub struct Callback {
    pub method: String,
    pub path: String,
    /// Raw query string (without `?`), empty when there is none.
    pub query: String,
    /// Raw request body (the parameters of `response_mode=form_post`).
    pub body: String,
}

impl Callback {
    /// Parameters from the query string, or from a form body when the query is empty.
    pub fn params(&self) -> HashMap<String, String> {
        let source = if self.query.is_empty() {
            &self.body
        } else {
            &self.query
        };
        url::form_urlencoded::parse(source.as_bytes())
            .into_owned()
            .collect()
    }

    pub fn param(&self, name: &str) -> Option<String> {
        self.params().remove(name)
    }
}

/// The listener; stops when dropped.
pub struct RedirectListener {
    addr: SocketAddr,
    received: Mutex<mpsc::UnboundedReceiver<Callback>>,
    task: tokio::task::JoinHandle<()>,
}

async fn record(
    State(tx): State<mpsc::UnboundedSender<Callback>>,
    method: Method,
    uri: Uri,
    body: String,
) -> &'static str {
    let _ = tx.send(Callback {
        method: method.to_string(),
        path: uri.path().to_string(),
        query: uri.query().unwrap_or_default().to_string(),
        body,
    });
    "received by the e2e relying party"
}

impl RedirectListener {
    /// Binds a free port on 127.0.0.1 and starts serving.
    pub async fn start() -> Result<Self> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .await
            .context("bind the relying-party listener")?;
        let addr = listener.local_addr()?;
        let (tx, rx) = mpsc::unbounded_channel();
        let app = Router::new().fallback(record).with_state(tx);
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Self {
            addr,
            received: Mutex::new(rx),
            task,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT{path}`, e.g. `url("/callback")`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Waits (bounded) for the next request.
    pub async fn wait_for_callback(&self, deadline: Duration) -> Result<Callback> {
        let mut rx = self.received.lock().await;
        tokio::time::timeout(deadline, rx.recv())
            .await
            .with_context(|| format!("no request reached {} within {deadline:?}", self.addr))?
            .context("the relying-party listener stopped")
    }

    /// Waits for the next request to `path`, skipping others (a browser may still ask the
    /// listener for its favicon); each wait is bounded by `deadline`.
    pub async fn wait_for_callback_at(&self, path: &str, deadline: Duration) -> Result<Callback> {
        loop {
            let callback = self.wait_for_callback(deadline).await?;
            if callback.path == path {
                return Ok(callback);
            }
        }
    }

    /// Requests received so far and not yet taken, without waiting.
    pub async fn take_received(&self) -> Vec<Callback> {
        let mut rx = self.received.lock().await;
        let mut all = Vec::new();
        while let Ok(callback) = rx.try_recv() {
            all.push(callback);
        }
        all
    }
}

impl Drop for RedirectListener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hands_query_and_form_body_to_the_test() -> Result<()> {
        let rp = RedirectListener::start().await?;
        let http = reqwest::Client::new();
        let res = http
            .get(rp.url("/callback?code=abc&state=xyz"))
            .send()
            .await?;
        assert_eq!(res.status(), 200);
        let got = rp.wait_for_callback(Duration::from_secs(5)).await?;
        assert_eq!(got.path, "/callback");
        assert_eq!(got.param("code").as_deref(), Some("abc"));
        assert_eq!(got.param("state").as_deref(), Some("xyz"));

        http.post(rp.url("/callback"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("code=def&state=s")
            .send()
            .await?;
        let got = rp.wait_for_callback(Duration::from_secs(5)).await?;
        assert_eq!(got.method, "POST");
        assert_eq!(got.param("code").as_deref(), Some("def"));
        assert!(rp.take_received().await.is_empty());
        Ok(())
    }

    #[tokio::test]
    async fn waits_past_other_requests_for_the_callback() -> Result<()> {
        let rp = RedirectListener::start().await?;
        let http = reqwest::Client::new();
        http.get(rp.url("/favicon.ico")).send().await?;
        http.get(rp.url("/callback?code=abc")).send().await?;
        let got = rp
            .wait_for_callback_at("/callback", Duration::from_secs(5))
            .await?;
        assert_eq!(got.param("code").as_deref(), Some("abc"));
        Ok(())
    }
}
