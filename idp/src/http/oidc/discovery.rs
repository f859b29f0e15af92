//! Discovery and the JWKS, answered from bytes made once: the JWKS when the signer loads its
//! keys, the discovery document when the set of signing algorithms changes (it depends on
//! nothing else that can change while the provider runs).

use crate::error::AppError;
use crate::http::web::Web;
use crate::oidc::discovery;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use std::sync::RwLock;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/.well-known/openid-configuration", get(configuration))
        .route("/jwks.json", get(jwks))
}

/// The serialised discovery document, with the signing algorithms it was made for.
#[derive(Default)]
pub struct DiscoveryCache(RwLock<Option<(Vec<String>, Bytes)>>);

impl DiscoveryCache {
    /// The document for `algorithms`, made now if the cached one is for others.
    fn get(&self, web: &Web, algorithms: &[String]) -> Result<Bytes, AppError> {
        if let Ok(cached) = self.0.read() {
            if let Some((_, body)) = cached.as_ref().filter(|(a, _)| a == algorithms) {
                return Ok(body.clone());
            }
        }
        let document = discovery::metadata(web, algorithms);
        let body: Bytes = serde_json::to_vec(&document)
            .map_err(|e| AppError::Internal(e.to_string()))?
            .into();
        if let Ok(mut cached) = self.0.write() {
            *cached = Some((algorithms.to_vec(), body.clone()));
        }
        Ok(body)
    }
}

async fn configuration(State(state): State<Web>) -> Result<impl IntoResponse, AppError> {
    let loaded = state.signer.current().await?;
    let body = state.discovery.get(&state, &loaded.algorithm_names)?;
    Ok((
        [
            (header::CACHE_CONTROL, "public, max-age=300"),
            (header::CONTENT_TYPE, "application/json"),
        ],
        body,
    ))
}

async fn jwks(State(state): State<Web>) -> Result<impl IntoResponse, AppError> {
    let loaded = state.signer.current().await?;
    Ok((
        [
            (header::CACHE_CONTROL, "public, max-age=300"),
            (header::CONTENT_TYPE, "application/jwk-set+json"),
        ],
        loaded.jwks_body.clone(),
    ))
}
