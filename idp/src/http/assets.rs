//! Static files embedded in the binary (no inline script or style anywhere).

use crate::http::web::Web;
use axum::http::header;
use axum::routing::{get, MethodRouter};
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new()
        .route(
            "/static/style.css",
            asset("text/css", include_str!("../../assets/style.css")),
        )
        .route(
            "/static/form_post.js",
            asset("text/javascript", include_str!("../../assets/form_post.js")),
        )
        .route(
            "/static/wait.js",
            asset("text/javascript", include_str!("../../assets/wait.js")),
        )
        .route(
            "/static/webauthn.js",
            asset("text/javascript", include_str!("../../assets/webauthn.js")),
        )
        .route(
            "/static/menu.js",
            asset("text/javascript", include_str!("../../assets/menu.js")),
        )
        .merge(ecl())
}

/// The Europa Component Library, vendored by `scripts/vendor-ecl` (EUPL-1.2, its licence
/// served beside it).
fn ecl() -> Router<Web> {
    Router::new()
        .route(
            "/static/ecl/ecl-reset.css",
            asset(
                "text/css",
                include_str!("../../../vendor/ecl/ecl-reset.css"),
            ),
        )
        .route(
            "/static/ecl/ecl-eu.css",
            asset("text/css", include_str!("../../../vendor/ecl/ecl-eu.css")),
        )
        .route(
            "/static/ecl/ecl-eu-utilities.css",
            asset(
                "text/css",
                include_str!("../../../vendor/ecl/ecl-eu-utilities.css"),
            ),
        )
        .route(
            "/static/ecl/icons.svg",
            asset(
                "image/svg+xml",
                include_str!("../../../vendor/ecl/icons.svg"),
            ),
        )
        .route(
            "/static/ecl/LICENSE.txt",
            asset(
                "text/plain; charset=utf-8",
                include_str!("../../../vendor/ecl/LICENSE.txt"),
            ),
        )
}

/// A file served with its type and an hour of caching.
fn asset(content_type: &'static str, body: &'static str) -> MethodRouter<Web> {
    get(move || async move {
        (
            [
                (header::CONTENT_TYPE, content_type),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            body,
        )
    })
}
