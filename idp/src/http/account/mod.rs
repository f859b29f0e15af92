//! My Account (SPEC J4) and the pages around an account: the gear menu's pages
//! (`my_account`), each kind of second factor (`phones`, `devices`, `security_keys`,
//! `authenticator_apps`), "Delete all my devices" and recovery (`recovery`), and
//! registration, set password and "Lost your password?" (`registration`).
//!
//! Every page needs a session ([`crate::http::extract::SignedIn`]); every change of a
//! second factor needs a recent sign-in with one ([`crate::http::extract::RecentSignIn`]).

pub mod authenticator_apps;
pub mod devices;
pub mod my_account;
pub mod phones;
pub mod recovery;
pub mod registration;
pub mod security_keys;

use super::page;
use super::web::Web;
use crate::authn::session::SignedIn;
use crate::error::AppError;
use crate::store::users::User;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new()
        .merge(my_account::routes())
        .merge(phones::routes())
        .merge(devices::routes())
        .merge(security_keys::routes())
        .merge(authenticator_apps::routes())
        .merge(recovery::routes())
        .merge(registration::routes())
}

/// What a list page is sent back with after a change: the id of what was added, or that
/// something was deleted (the page words the notice; nothing from the URL is shown).
#[derive(serde::Deserialize)]
pub struct Changed {
    pub added: Option<String>,
    pub deleted: Option<String>,
}

/// What `base.html` needs for the gear menu.
pub fn user_ctx(user: &User) -> minijinja::Value {
    minijinja::context! {
        name => user.display_name(),
        email => &user.email,
        // The account's language: the page's, unless a request or the selector says otherwise.
        language => &user.language,
    }
}

/// Renders an account page with the gear menu filled in.
pub fn account_page(
    state: &Web,
    headers: &HeaderMap,
    signed_in: &SignedIn,
    status: StatusCode,
    template: &str,
    ctx: minijinja::Value,
) -> Result<Response, AppError> {
    page(
        state,
        headers,
        status,
        template,
        minijinja::context! { user => user_ctx(&signed_in.user), ..ctx },
    )
}

/// The languages of the personal data forms (registration, My Account): every language an
/// account may have, by its own name ("Deutsch (de)").
pub fn languages() -> Vec<minijinja::Value> {
    crate::account::registration::languages()
        .map(|l| minijinja::context! { code => l.code, label => l.label() })
        .collect()
}

/// An account's language as the pages show it: by its own name ("polski (pl)"), or its
/// code as stored when it is not one of ours.
pub fn language_label(code: &str) -> String {
    crate::account::registration::language(code).map_or_else(|| code.to_owned(), |l| l.label())
}
