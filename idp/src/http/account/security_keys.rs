//! "Manage my security keys" (J10): the list, adding one (a WebAuthn registration in the
//! browser, `assets/webauthn.js`), deleting one.

use super::{account_page, Changed};
use crate::authn::acr::Acr;
use crate::authn::session::SignedIn as Session;
use crate::authn::webauthn::{self, Refused};
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{back_to, ClientIp, CsrfForm, RecentSignIn, SignedIn};
use crate::http::login::webauthn::unavailable;
use crate::http::web::Web;
use crate::http::{see_other, Refusal};
use crate::i18n::{when, Msg};
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

const LIST: &str = "/account/security-keys";

pub fn routes() -> Router<Web> {
    Router::new()
        .route(LIST, get(list))
        .route("/account/security-keys/add", get(add_page).post(add_submit))
        .route(
            "/account/security-keys/delete",
            post(delete).layer(back_to(LIST)),
        )
}

async fn list(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
    Query(q): Query<Changed>,
) -> Result<Response, AppError> {
    let stored = store::webauthn::for_user(&state.db, &s.user.id).await?;
    let notice = match (&q.added, &q.deleted) {
        (Some(id), _) => stored
            .iter()
            .find(|k| &k.id == id)
            .map(|k| Msg::new("factors-keys-added").arg("name", &k.name)),
        (None, Some(_)) => Some(Msg::new("factors-keys-deleted")),
        (None, None) => None,
    };
    let keys: Vec<_> = stored
        .iter()
        .map(|k| {
            minijinja::context! {
                id => &k.id,
                name => &k.name,
                level => Acr::from_name(&k.level).map(Acr::label),
                added => when(k.created_at),
                last_used => k.last_used_at.map(when),
            }
        })
        .collect();
    account_page(
        &state,
        &headers,
        &s,
        StatusCode::OK,
        "security_keys.html",
        minijinja::context! { keys, notice, available => webauthn::available(&state) },
    )
}

async fn add_page(
    State(state): State<Web>,
    headers: HeaderMap,
    RecentSignIn(s): RecentSignIn,
) -> Result<Response, AppError> {
    if !webauthn::available(&state) {
        return Ok(unavailable());
    }
    render_add(&state, &headers, &s, StatusCode::OK, "", None).await
}

async fn render_add(
    state: &Web,
    headers: &HeaderMap,
    s: &Session,
    status: StatusCode,
    name: &str,
    refusal: Option<Refusal>,
) -> Result<Response, AppError> {
    let ceremony = webauthn::start_registration(state, &s.user).await?;
    account_page(
        state,
        headers,
        s,
        status,
        "security_key_add.html",
        minijinja::context! {
            ceremony => ceremony.id,
            options => ceremony.options,
            name,
            max_name => webauthn::MAX_NAME_CHARS,
            ..Refusal::context(refusal.as_ref())
        },
    )
}

#[derive(Deserialize)]
struct AddForm {
    ceremony: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    credential: String,
}

async fn add_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    RecentSignIn(s): RecentSignIn,
    CsrfForm(form): CsrfForm<AddForm>,
) -> Result<Response, AppError> {
    if !webauthn::available(&state) {
        return Ok(unavailable());
    }
    let name = form.name.trim();
    let shown: String = name.chars().take(webauthn::MAX_NAME_CHARS).collect();
    if name.is_empty()
        || name.chars().count() > webauthn::MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        let error = Msg::new("factors-key-name-invalid").arg("max", webauthn::MAX_NAME_CHARS);
        return render_add(
            &state,
            &headers,
            &s,
            StatusCode::BAD_REQUEST,
            &shown,
            Some(Refusal::Field("name", error)),
        )
        .await;
    }
    match webauthn::finish_registration(
        &state,
        &s.user,
        &form.ceremony,
        name,
        &form.credential,
        &ip,
    )
    .await?
    {
        Ok(added) => Ok(see_other(&format!("{LIST}?added={}", added.id))),
        Err(refused) => {
            let status = match refused {
                Refused::AlreadyRegistered => StatusCode::CONFLICT,
                _ => StatusCode::BAD_REQUEST,
            };
            render_add(
                &state,
                &headers,
                &s,
                status,
                &shown,
                Some(Refusal::Page(refused.message())),
            )
            .await
        }
    }
}

#[derive(Deserialize)]
struct DeleteForm {
    key: String,
}

async fn delete(
    State(state): State<Web>,
    ClientIp(ip): ClientIp,
    RecentSignIn(s): RecentSignIn,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<Response, AppError> {
    if !webauthn::remove(&state, &s.user, &form.key, &ip).await? {
        return Ok(PageError::bad_request(Msg::new("factors-keys-unknown")).into_response());
    }
    Ok(see_other(&format!("{LIST}?deleted=1")))
}
