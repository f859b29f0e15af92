//! The web layer's state: the provider's services (`AppState`) plus what only pages need,
//! the templates and the CSRF key. Handlers that only call services may still extract
//! `State<AppState>` (`FromRef`); `Web` derefs to the services so a handler that renders
//! pages reaches both.

use super::templates::Templates;
use crate::state::AppState;
use axum::extract::FromRef;
use std::ops::Deref;
use std::sync::Arc;

#[derive(Clone)]
pub struct Web {
    pub app: AppState,
    pub templates: Arc<Templates>,
    /// HMAC key of the signed double-submit CSRF tokens, derived from the master key.
    pub csrf_key: Arc<[u8; 32]>,
    /// The discovery document, serialised once per set of signing algorithms.
    pub discovery: Arc<super::oidc::discovery::DiscoveryCache>,
}

impl Web {
    pub fn new(app: AppState) -> Self {
        Self {
            templates: Arc::new(Templates::default()),
            csrf_key: Arc::new(app.master.derive("csrf")),
            discovery: Arc::default(),
            app,
        }
    }
}

impl Deref for Web {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.app
    }
}

impl FromRef<Web> for AppState {
    fn from_ref(web: &Web) -> AppState {
        web.app.clone()
    }
}
