//! Static files embedded in the binary (no inline script or style anywhere).

use crate::state::AppState;
use axum::http::header;
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/static/style.css",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/css"),
                        (header::CACHE_CONTROL, "public, max-age=3600"),
                    ],
                    include_str!("../../assets/style.css"),
                )
            }),
        )
        .route(
            "/static/form_post.js",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/javascript"),
                        (header::CACHE_CONTROL, "public, max-age=3600"),
                    ],
                    include_str!("../../assets/form_post.js"),
                )
            }),
        )
        .route(
            "/static/wait.js",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/javascript"),
                        (header::CACHE_CONTROL, "public, max-age=3600"),
                    ],
                    include_str!("../../assets/wait.js"),
                )
            }),
        )
}
