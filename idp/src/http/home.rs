//! The home page: who is signed in, or how to sign in / register.

use super::page;
use crate::authn::session;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/", get(home))
}

async fn home(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let signed_in = session::current(&state, &headers).await?;
    // Back to the authorization system after a sign-in that started there.
    if signed_in.is_some() {
        if let Some((target, clear)) = super::access::take_return(&state, &headers) {
            return Ok(super::with_cookie(super::see_other(&target), &clear));
        }
    }
    let ctx = match &signed_in {
        Some(s) => {
            let auth = s.authentication(&state);
            minijinja::context! {
                user => minijinja::context! { name => s.user.display_name(), email => &s.user.email },
                first_name => &s.user.first_name,
                last_name => &s.user.last_name,
                language => &s.user.language,
                level => auth.as_ref().map(|a| a.level.name()),
                signed_in_since => s.session.created_at,
            }
        }
        None => minijinja::context! {},
    };
    page(&state, &headers, StatusCode::OK, "home.html", ctx)
}
