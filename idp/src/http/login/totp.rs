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
    PageError::bad_request(
        "Too many wrong codes were entered. For your security this sign-in was stopped: please start again from the application.",
    )
    .into_response()
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
            format!("The code is not correct. Enter the 6-digit code your authenticator app shows now. {remaining} tries left."),
        ),
        LoginChecked::Replayed { remaining } => (
            "code_reused",
            format!("This code was already used. Wait until your authenticator app shows a new code, then enter it. {remaining} tries left."),
        ),
        LoginChecked::Dead => ("too_many_codes", String::new()),
        LoginChecked::Paused { .. } => ("too_many_codes_this_hour", String::new()),
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
            "Too many wrong codes",
            format!(
                "Too many wrong codes from an authenticator app were entered for your account. You can use it again in {}; meanwhile, choose another verification method.",
                crate::account::links::human_duration(retry_after_secs)
            ),
            retry_after_secs,
        )),
        _ => {
            let refusal = Refusal::Field("code", error.into());
            render(&state, &headers, &p, StatusCode::UNAUTHORIZED, Some(refusal)).await
        }
    }
}
