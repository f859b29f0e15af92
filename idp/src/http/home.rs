//! The home page: who is signed in, or how to sign in / register.

use super::extract::SessionCookie;
use super::page;
use crate::authn::session;
use crate::error::AppError;
use crate::http::web::Web;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new().route("/", get(home))
}

async fn home(
    State(state): State<Web>,
    headers: HeaderMap,
    SessionCookie(token): SessionCookie,
) -> Result<Response, AppError> {
    let signed_in = session::current(&state, token.as_deref()).await?;
    let ctx = match &signed_in {
        Some(s) => {
            let auth = s.authentication(&state);
            minijinja::context! {
                user => super::account::user_ctx(&s.user),
                first_name => &s.user.first_name,
                last_name => &s.user.last_name,
                language => super::account::language_label(&s.user.language),
                level => auth.as_ref().map(|a| a.level.label()),
                signed_in_since => s.session.created_at,
            }
        }
        None => minijinja::context! {},
    };
    page(&state, &headers, StatusCode::OK, "home.html", ctx)
}
