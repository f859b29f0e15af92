//! Protocol endpoints: thin handlers over the `oidc` services.

mod authorize;
pub(crate) mod discovery;
mod introspect;
mod logout;
mod revoke;
mod token;
mod userinfo;

use crate::http::web::Web;
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new()
        .merge(discovery::routes())
        .merge(authorize::routes())
        .merge(token::routes())
        .merge(userinfo::routes())
        .merge(introspect::routes())
        .merge(revoke::routes())
        .merge(logout::routes())
}
