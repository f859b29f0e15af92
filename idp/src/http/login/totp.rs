//! "Authenticator app (TOTP)" after the password: the field for the app's code.

use super::not_accepted;
use super::second_factor::finish;
use crate::audit::{self, AuditEvent, Subject};
use crate::authn::acr::Acr;
use crate::authn::factors::Method;
use crate::authn::totp::{self, LoginChecked};
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{PendingForm, PendingSignIn, Visit};
use crate::http::web::Web;
use crate::http::{page, see_other, Refusal};
use crate::i18n::{duration, Msg};
use crate::secret::{token_hash, Secret};
use crate::store;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<Web> {
    Router::new().route("/login/totp", get(login_page).post(login_submit))
}

fn too_many() -> Response {
    PageError::bad_request(Msg::new("login-totp-stopped")).into_response()
}

async fn login_page(
    State(state): State<Web>,
    headers: HeaderMap,
    p: PendingSignIn,
) -> Result<Response, AppError> {
    render(&state, &headers, &p, StatusCode::OK, None).await
}

async fn render(
    state: &Web,
    headers: &HeaderMap,
    p: &PendingSignIn,
    status: StatusCode,
    refusal: Option<Refusal>,
) -> Result<Response, AppError> {
    if !Method::Totp.allowed_by(p.sign_in.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::Totp));
    }
    if store::totp::confirmed(&state.db, &p.user.id)
        .await?
        .is_empty()
    {
        return Ok(see_other(&format!(
            "/login/step-up?flow={}&missing=totp",
            p.flow()
        )));
    }
    if totp::attempt_dead(state, &token_hash(p.flow())).await? {
        return Ok(too_many());
    }
    page(
        state,
        headers,
        status,
        "login_totp.html",
        minijinja::context! {
            flow => p.flow(),
            email => &p.user.email,
            ui_locales => super::ui_locales(&p.sign_in),
            ..Refusal::context(refusal.as_ref())
        },
    )
}

#[derive(Deserialize)]
struct CodeForm {
    code: Secret,
}

#[tracing::instrument(skip_all)]
async fn login_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    visit: Visit,
    PendingForm(p, form): PendingForm<CodeForm>,
) -> Result<Response, AppError> {
    if !Method::Totp.allowed_by(p.sign_in.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::Totp));
    }
    let outcome = totp::check_login(&state, &p.user.id, &token_hash(p.flow()), &form.code).await?;
    let (reason, error) = match outcome {
        LoginChecked::Ok => return finish(&state, &visit, &p, Method::Totp, Acr::Medium).await,
        LoginChecked::Wrong { remaining } => (
            "wrong_code",
            Some(Msg::new("login-totp-wrong").arg("remaining", i64::from(remaining))),
        ),
        LoginChecked::Replayed { remaining } => (
            "code_reused",
            Some(Msg::new("login-totp-reused").arg("remaining", i64::from(remaining))),
        ),
        LoginChecked::Dead => ("too_many_codes", None),
        LoginChecked::Paused { .. } => ("too_many_codes_this_hour", None),
    };
    audit::log(
        &state,
        AuditEvent::SignInFailed {
            method: Method::Totp,
            reason: reason.into(),
        },
        Subject::user(Some(&p.user.id), &visit.ip),
    )
    .await?;
    match outcome {
        LoginChecked::Dead => Ok(too_many()),
        LoginChecked::Paused { retry_after_secs } => Ok(PageError::too_many_requests(
            Msg::new("login-totp-paused-title"),
            Msg::new("login-totp-paused").arg("wait", duration(retry_after_secs)),
            retry_after_secs,
        )),
        _ => {
            let refusal = error.map(|e| Refusal::Field("code", e));
            render(&state, &headers, &p, StatusCode::UNAUTHORIZED, refusal).await
        }
    }
}
