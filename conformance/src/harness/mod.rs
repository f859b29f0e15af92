//! Shared machinery for the test modules: configuration and discovery context, the browser
//! (cookies, redirects, form sign-in), the redirect listener, JOSE validation and the flows.

pub mod browser;
pub mod discovery;
pub mod flow;
pub mod html;
pub mod jose;
pub mod listener;
pub mod outbox;

use std::sync::Mutex;

use anyhow::Result;
use serde_json::Value;

use crate::config::Config;
pub use browser::{Arrival, Browser, Journey, Mode};
pub use flow::{AuthRequest, Tokens};
pub use listener::Listener;

/// Everything a module needs about the provider under test and how to talk to it.
#[derive(Clone)]
pub struct Ctx {
    pub issuer: String,
    pub cfg: Config,
    /// The provider's discovery document, fetched once at start.
    pub disc: Value,
    /// The provider's JWKS, fetched once at start.
    pub jwks: josekit::jwk::JwkSet,
    pub listener: Listener,
    /// The form_post variant: every authorization request uses response_mode=form_post.
    pub form_post: bool,
    /// A plain HTTP client without cookies (token, userinfo, introspection calls).
    pub http: reqwest::Client,
}

impl Ctx {
    /// A string member of the discovery document.
    pub fn endpoint(&self, name: &str) -> Result<String> {
        self.disc
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| anyhow::anyhow!("discovery document has no {name}"))
    }

    /// Whether a discovery array member lists `value`.
    pub fn supports(&self, member: &str, value: &str) -> Option<bool> {
        self.disc
            .get(member)
            .and_then(Value::as_array)
            .map(|a| a.iter().any(|v| v.as_str() == Some(value)))
    }
}

/// One module's run: the context plus the warnings it collects.
pub struct Run<'a> {
    pub ctx: &'a Ctx,
    warnings: Mutex<Vec<String>>,
}

impl<'a> Run<'a> {
    pub fn new(ctx: &'a Ctx) -> Self {
        Self {
            ctx,
            warnings: Mutex::new(Vec::new()),
        }
    }

    /// Records a WARNING-level finding (the module goes on).
    pub fn warn(&self, msg: impl Into<String>) {
        if let Ok(mut w) = self.warnings.lock() {
            w.push(msg.into());
        }
    }

    pub fn warnings(&self) -> Vec<String> {
        self.warnings.lock().map(|w| w.clone()).unwrap_or_default()
    }

    pub fn cfg(&self) -> &Config {
        &self.ctx.cfg
    }

    /// A fresh browser (no cookies) for this run.
    pub fn browser(&self) -> Result<Browser> {
        Browser::new(self.ctx)
    }
}

/// A module outcome that is neither pass nor fail: the module was not applicable.
#[derive(Debug)]
pub struct Skipped(pub String);

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Skipped {}

/// `return Err(skip("why"))` ends a module as SKIPPED.
pub fn skip(reason: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Skipped(reason.into()))
}

/// A random URL-safe string of `n` bytes of entropy.
pub fn random(n: usize) -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut b = vec![0u8; n];
    rand::thread_rng().fill_bytes(&mut b);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
