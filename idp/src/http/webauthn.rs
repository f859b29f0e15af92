//! Security keys and platform authenticators (J10): "Manage my security keys" in My Account
//! and the "Security key or platform" sign-in step. The browser side is
//! `assets/webauthn.js`; the ceremonies are `authn::webauthn`.

use super::errors::PageError;
use super::my_account::{account_page, factor_changed, recent_or_reauth, signed_in_or_login};
use super::second_factor::{finish, pending};
use super::{csrf, page, see_other, ClientIp};
use crate::authn::factors::Method;
use crate::authn::webauthn::{self, Refused};
use crate::error::AppError;
use crate::secret::token_hash;
use crate::state::AppState;
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account/security-keys", get(list))
        .route("/account/security-keys/add", get(add_page).post(add_submit))
        .route("/account/security-keys/delete", post(delete))
        .route("/login/webauthn", get(login_page).post(login_submit))
}

fn unavailable() -> Response {
    PageError::bad_request("Security keys cannot be used with this EU Login service.")
        .into_response()
}

#[derive(Deserialize)]
struct ListQuery {
    added: Option<String>,
    deleted: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let s = or_return!(signed_in_or_login(&state, &headers, "/account/security-keys").await?);
    let stored = store::webauthn::for_user(&state.db, &s.user.id).await?;
    let notice = match (&q.added, &q.deleted) {
        (Some(id), _) => stored
            .iter()
            .find(|k| &k.id == id)
            .map(|k| format!("Your security key \"{}\" was added successfully.", k.name)),
        (None, Some(_)) => Some("The security key was deleted.".to_owned()),
        (None, None) => None,
    };
    let keys: Vec<_> = stored
        .iter()
        .map(|k| {
            minijinja::context! {
                id => &k.id,
                name => &k.name,
                level => &k.level,
                added => super::my_account::when(k.created_at),
                last_used => k.last_used_at.map(super::my_account::when),
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

async fn add_page(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    if !webauthn::available(&state) {
        return Ok(unavailable());
    }
    let s = or_return!(recent_or_reauth(&state, &headers, "/account/security-keys/add").await?);
    render_add(&state, &headers, &s, StatusCode::OK, "", None).await
}

async fn render_add(
    state: &AppState,
    headers: &HeaderMap,
    s: &crate::authn::session::SignedIn,
    status: StatusCode,
    name: &str,
    error: Option<&str>,
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
            error,
            max_name => webauthn::MAX_NAME_CHARS,
        },
    )
}

#[derive(Deserialize)]
struct AddForm {
    csrf: String,
    ceremony: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    credential: String,
}

async fn add_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<AddForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    if !webauthn::available(&state) {
        return Ok(unavailable());
    }
    let s = or_return!(recent_or_reauth(&state, &headers, "/account/security-keys/add").await?);
    let name = form.name.trim();
    let shown: String = name.chars().take(webauthn::MAX_NAME_CHARS).collect();
    if name.is_empty()
        || name.chars().count() > webauthn::MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        let error = format!(
            "Please give the security key a name of 1 to {} characters.",
            webauthn::MAX_NAME_CHARS
        );
        return render_add(
            &state,
            &headers,
            &s,
            StatusCode::BAD_REQUEST,
            &shown,
            Some(&error),
        )
        .await;
    }
    let user = &s.user;
    match webauthn::finish_registration(&state, user, &form.ceremony, name, &form.credential)
        .await?
    {
        Ok(added) => {
            factor_changed(
                &state,
                user,
                &ip,
                "factor.added",
                serde_json::json!({ "factor": "security_key", "name": name,
                                    "level": added.level.name() }),
                &format!("The security key \"{name}\" was added to your EU Login account."),
            )
            .await?;
            Ok(see_other(&format!(
                "/account/security-keys?added={}",
                added.id
            )))
        }
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
                Some(refused.message()),
            )
            .await
        }
    }
}

#[derive(Deserialize)]
struct DeleteForm {
    csrf: String,
    key: String,
}

async fn delete(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<DeleteForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let s = or_return!(recent_or_reauth(&state, &headers, "/account/security-keys").await?);
    let user = &s.user;
    let Some(key) = store::webauthn::for_user(&state.db, &user.id)
        .await?
        .into_iter()
        .find(|k| k.id == form.key)
    else {
        return Ok(PageError::bad_request("Unknown security key.").into_response());
    };
    store::webauthn::delete(&state.db, &user.id, &key.id).await?;
    factor_changed(
        &state,
        user,
        &ip,
        "factor.removed",
        serde_json::json!({ "factor": "security_key", "name": key.name }),
        &format!(
            "The security key \"{}\" was removed from your EU Login account.",
            key.name
        ),
    )
    .await?;
    Ok(see_other("/account/security-keys?deleted=1"))
}

#[derive(Deserialize)]
struct FlowQuery {
    flow: String,
}

/// "Security key or platform" after the password.
async fn login_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    if !Method::Webauthn.enabled(&state) {
        return Ok(unavailable());
    }
    let p = or_return!(pending(&state, &q.flow).await?);
    render_login(&state, &headers, &q.flow, &p, StatusCode::OK, None).await
}

async fn render_login(
    state: &AppState,
    headers: &HeaderMap,
    flow: &str,
    p: &super::second_factor::PendingSignIn,
    status: StatusCode,
    error: Option<&str>,
) -> Result<Response, AppError> {
    if !Method::Webauthn.allowed_by(p.view.allowed_methods.as_deref()) {
        return Ok(
            PageError::bad_request("This application does not accept security keys.")
                .into_response(),
        );
    }
    let Some(ceremony) = webauthn::start_sign_in(state, &p.user.id, &token_hash(flow)).await?
    else {
        return Ok(see_other(&format!(
            "/login/step-up?flow={flow}&missing=webauthn"
        )));
    };
    page(
        state,
        headers,
        status,
        "login_webauthn.html",
        minijinja::context! {
            flow,
            email => &p.user.email,
            ceremony => ceremony.id,
            options => ceremony.options,
            error,
        },
    )
}

#[derive(Deserialize)]
struct LoginForm {
    csrf: String,
    flow: String,
    ceremony: String,
    #[serde(default)]
    credential: String,
}

#[tracing::instrument(skip_all)]
async fn login_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    if !Method::Webauthn.enabled(&state) {
        return Ok(unavailable());
    }
    let p = or_return!(pending(&state, &form.flow).await?);
    if !Method::Webauthn.allowed_by(p.view.allowed_methods.as_deref()) {
        return render_login(&state, &headers, &form.flow, &p, StatusCode::OK, None).await;
    }
    let flow_hash = token_hash(&form.flow);
    match webauthn::finish_sign_in(
        &state,
        &p.user.id,
        &flow_hash,
        &form.ceremony,
        &form.credential,
    )
    .await?
    {
        Ok(level) => finish(&state, &headers, &ip, &p, Method::Webauthn, level).await,
        Err(refused) => {
            crate::authn::audit(
                &state,
                "signin.failure",
                Some(&p.user.id),
                Some(&ip),
                serde_json::json!({ "method": "webauthn", "reason": format!("{refused:?}") }),
            )
            .await?;
            render_login(
                &state,
                &headers,
                &form.flow,
                &p,
                StatusCode::UNAUTHORIZED,
                Some(refused.message()),
            )
            .await
        }
    }
}
