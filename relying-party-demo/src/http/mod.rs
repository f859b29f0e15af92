//! The web layer: routes, the session cookie, templates and responses. Handlers are thin: they
//! read the request, call the domain modules and render.

mod api;
mod assets;
mod auth;
mod cookies;
mod errors;
mod language;
mod pages;
mod templates;

use std::sync::Arc;

use axum::http::{header, HeaderValue};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;

pub use errors::AppError;
pub use templates::Templates;

use crate::provider::Provider;
use crate::sessions::Sessions;
use crate::store::Store;
use crate::Settings;

/// Shared state: cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub settings: Arc<Settings>,
    pub provider: Arc<Provider>,
    pub sessions: Sessions,
    pub store: Store,
    pub templates: Arc<Templates>,
}

impl AppState {
    pub fn new(settings: Settings, provider: Provider, store: Store) -> anyhow::Result<Self> {
        let templates = Arc::new(Templates::new(&settings.provider_name)?);
        Ok(Self {
            settings: Arc::new(settings),
            provider: Arc::new(provider),
            sessions: Sessions::default(),
            store,
            templates,
        })
    }
}

/// Every response: no framing, no referrer (the callback URL carries a code), and a
/// content security policy without inline scripts or styles. Images may also be `data:` URIs:
/// the Europa Component Library's stylesheet draws a few with them.
async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
        ),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// The CPMS application. Unknown addresses and wrong methods get pages of their own
/// (JSON under `/api`).
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::home))
        .route("/ern", get(pages::ern))
        .route(
            "/preferences",
            get(pages::preferences_form).post(pages::save_preferences),
        )
        .route("/ern/preferences", get(pages::preferences_form))
        .route("/panels", get(pages::panels))
        .route("/login", get(auth::login))
        .route("/callback", get(auth::callback))
        .route("/logout", get(auth::logout_page).post(auth::logout))
        .route("/language", get(language::language))
        .route("/backchannel-logout", post(auth::backchannel_logout))
        .route("/api/patients", get(api::patients))
        .route("/healthz", get(|| async { "ok" }))
        .merge(assets::routes())
        .fallback(errors::not_found)
        .method_not_allowed_fallback(errors::method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            errors::internal_error_in_language,
        ))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}
