//! "Security key or platform" after the password (J10). The browser side is
//! `assets/webauthn.js`; the ceremony is `authn::webauthn`.

use super::not_accepted;
use super::second_factor::finish;
use crate::audit::{self, AuditEvent, Subject};
use crate::authn::factors::Method;
use crate::authn::webauthn;
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{PendingForm, PendingSignIn, Visit};
use crate::http::web::Web;
use crate::http::{page, see_other};
use crate::i18n::Msg;
use crate::secret::token_hash;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<Web> {
    Router::new().route("/login/webauthn", get(login_page).post(login_submit))
}

/// The page for a deployment without a WebAuthn relying party.
pub fn unavailable() -> Response {
    PageError::bad_request(Msg::new("login-webauthn-off")).into_response()
}

async fn login_page(
    State(state): State<Web>,
    headers: HeaderMap,
    p: PendingSignIn,
) -> Result<Response, AppError> {
    if !Method::Webauthn.enabled(&state) {
        return Ok(unavailable());
    }
    render(&state, &headers, &p, StatusCode::OK, None).await
}

async fn render(
    state: &Web,
    headers: &HeaderMap,
    p: &PendingSignIn,
    status: StatusCode,
    error: Option<Msg>,
) -> Result<Response, AppError> {
    if !Method::Webauthn.allowed_by(p.sign_in.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::Webauthn));
    }
    let Some(ceremony) = webauthn::start_sign_in(state, &p.user.id, &token_hash(p.flow())).await?
    else {
        return Ok(see_other(&format!(
            "/login/step-up?flow={}&missing=webauthn",
            p.flow()
        )));
    };
    page(
        state,
        headers,
        status,
        "login_webauthn.html",
        minijinja::context! {
            flow => p.flow(),
            email => &p.user.email,
            ceremony => ceremony.id,
            options => ceremony.options,
            error,
            ui_locales => super::ui_locales(&p.sign_in),
        },
    )
}

#[derive(Deserialize)]
struct LoginForm {
    ceremony: String,
    #[serde(default)]
    credential: String,
}

#[tracing::instrument(skip_all)]
async fn login_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    visit: Visit,
    PendingForm(p, form): PendingForm<LoginForm>,
) -> Result<Response, AppError> {
    if !Method::Webauthn.enabled(&state) {
        return Ok(unavailable());
    }
    if !Method::Webauthn.allowed_by(p.sign_in.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::Webauthn));
    }
    match webauthn::finish_sign_in(
        &state,
        &p.user.id,
        &token_hash(p.flow()),
        &form.ceremony,
        &form.credential,
    )
    .await?
    {
        Ok(level) => finish(&state, &visit, &p, Method::Webauthn, level).await,
        Err(refused) => {
            audit::log(
                &state,
                AuditEvent::SignInFailed {
                    method: Method::Webauthn,
                    reason: format!("{refused:?}"),
                },
                Subject::user(Some(&p.user.id), &visit.ip),
            )
            .await?;
            render(
                &state,
                &headers,
                &p,
                StatusCode::UNAUTHORIZED,
                Some(refused.message()),
            )
            .await
        }
    }
}
