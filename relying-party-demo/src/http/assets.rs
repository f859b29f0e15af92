//! Files served from the binary: CPMS's override sheet and the vendored Europa Component
//! Library (`vendor/ecl/`, EUPL-1.2, written by `scripts/vendor-ecl`): its reset
//! (normalize.css), its components and icons, and its licence.

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

use super::AppState;

const STYLESHEET: &str = include_str!("../../static/style.css");
const ECL_RESET: &str = include_str!("../../../vendor/ecl/ecl-reset.css");
const ECL_STYLESHEET: &str = include_str!("../../../vendor/ecl/ecl-eu.css");
const ECL_ICONS: &str = include_str!("../../../vendor/ecl/icons.svg");
const ECL_LICENCE: &str = include_str!("../../../vendor/ecl/LICENSE.txt");

const CSS: &str = "text/css; charset=utf-8";
const SVG: &str = "image/svg+xml";
const TEXT: &str = "text/plain; charset=utf-8";

/// A static file with its content type, cached for an hour.
fn file(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/static/style.css", get(|| async { file(CSS, STYLESHEET) }))
        .route(
            "/static/ecl/ecl-reset.css",
            get(|| async { file(CSS, ECL_RESET) }),
        )
        .route(
            "/static/ecl/ecl-eu.css",
            get(|| async { file(CSS, ECL_STYLESHEET) }),
        )
        .route(
            "/static/ecl/icons.svg",
            get(|| async { file(SVG, ECL_ICONS) }),
        )
        .route(
            "/static/ecl/LICENSE.txt",
            get(|| async { file(TEXT, ECL_LICENCE) }),
        )
}
