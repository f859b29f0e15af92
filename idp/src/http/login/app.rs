//! The EU Login mobile app after the password: "Mobile app PIN code" (a push request the
//! user approves with the PIN, J8) and "Mobile app QR code" (the app answers a challenge
//! shown as a QR code, J9). The app's own API is `http::app_api`.

use super::not_accepted;
use super::second_factor::finish;
use crate::audit::{self, AuditEvent, Subject};
use crate::authn::acr::Acr;
use crate::authn::devices::push::{self, PushStarted, PushStatus};
use crate::authn::devices::qr::{self, QrChecked};
use crate::authn::factors::Method;
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{PendingForm, PendingSignIn, Visit};
use crate::http::templates::qr_data_url;
use crate::http::web::Web;
use crate::http::{cookies, page, see_other};
use crate::i18n::{duration, Msg};
use crate::secret::{token_hash, Secret};
use crate::store;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/login/app-pin", get(push_page))
        .route("/login/app-pin/status", get(push_status))
        .route("/login/app-pin/complete", post(push_complete))
        .route("/login/app-pin/resend", post(push_resend))
        .route("/login/app-qr", get(qr_page).post(qr_submit))
}

fn client_name(state: &Web, p: &PendingSignIn) -> String {
    p.sign_in
        .client_name
        .clone()
        .unwrap_or_else(|| state.brand.to_string())
}

/// "Mobile app PIN code": push requests go out and the page shows the number to pick.
async fn push_page(
    State(state): State<Web>,
    headers: HeaderMap,
    visit: Visit,
    p: PendingSignIn,
) -> Result<Response, AppError> {
    if !Method::AppPin.allowed_by(p.sign_in.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::AppPin));
    }
    let client_name = client_name(&state, &p);
    let flow_hash = token_hash(p.flow());
    let from = push::SigningInBrowser {
        ip: &visit.ip,
        user_agent: &visit.user_agent,
    };
    match push::start_push(&state, &p.user.id, &flow_hash, &client_name, from).await? {
        PushStarted::Number(number) => page(
            &state,
            &headers,
            StatusCode::OK,
            "login_app_pin.html",
            minijinja::context! {
                flow => p.flow(),
                email => &p.user.email,
                number => format!("{number:02}"),
                client_name,
                ui_locales => super::ui_locales(&p.sign_in),
            },
        ),
        PushStarted::NoDevice => Ok(see_other(&format!(
            "/login/step-up?flow={}&missing=app_pin",
            p.flow()
        ))),
        PushStarted::Limited { retry_after_secs } => Ok(PageError::too_many_requests(
            Msg::new("login-app-pin-limited-title"),
            Msg::new("login-app-pin-limited").arg("wait", duration(retry_after_secs)),
            retry_after_secs,
        )),
    }
}

#[derive(Deserialize)]
struct FlowQuery {
    flow: String,
}

/// What the waiting page polls: `{status, message?, continue?}`, the message in the
/// page's language (which the script shows as it is).
async fn push_status(
    State(state): State<Web>,
    headers: HeaderMap,
    axum::extract::Query(q): axum::extract::Query<FlowQuery>,
) -> Result<Response, AppError> {
    let (status, message) = match push::push_status(&state, &token_hash(&q.flow)).await? {
        PushStatus::Pending => return Ok(Json(json!({ "status": "pending" })).into_response()),
        PushStatus::Approved(_) => ("approved", "login-app-pin-approved"),
        PushStatus::Denied => ("denied", "login-app-pin-denied"),
        PushStatus::WrongNumber => ("wrong_number", "login-app-pin-wrong-number"),
        PushStatus::Expired => ("expired", "login-app-pin-expired"),
    };
    let locale = language(&state, &headers, &q.flow).await?;
    let mut body = json!({ "status": status, "message": Msg::new(message).text(locale) });
    if status == "approved" {
        body["continue"] = json!("continue-form");
    }
    Ok(Json(body).into_response())
}

/// The language the waiting page is in, chosen as `http::page` chooses it: the waiting
/// authorization request's `ui_locales`, the selector's cookie, the browser's languages.
async fn language(
    state: &Web,
    headers: &HeaderMap,
    flow: &str,
) -> Result<crate::i18n::Locale, AppError> {
    let ui_locales = crate::authn::sign_in::load(state, flow)
        .await?
        .and_then(|s| super::ui_locales(&s));
    let cookie = cookies::get(headers, cookies::LANGUAGE, state.https());
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Ok(crate::i18n::choose(crate::i18n::Wishes {
        ui_locales: ui_locales.as_deref(),
        cookie: cookie.as_deref(),
        account: None,
        accept_language: accept,
    }))
}

#[derive(Deserialize)]
struct NoFields {}

/// The waiting page continues once a device approved: the sign-in is finished once.
async fn push_complete(
    State(state): State<Web>,
    visit: Visit,
    PendingForm(p, NoFields {}): PendingForm<NoFields>,
) -> Result<Response, AppError> {
    if push::consume_approval(&state, &token_hash(p.flow())).await? {
        return finish(&state, &visit, &p, Method::AppPin, Acr::Medium).await;
    }
    Ok(see_other(&format!("/login/app-pin?flow={}", p.flow())))
}

async fn push_resend(
    State(state): State<Web>,
    PendingForm(p, NoFields {}): PendingForm<NoFields>,
) -> Result<Response, AppError> {
    push::cancel_push(&state, &token_hash(p.flow())).await?;
    Ok(see_other(&format!("/login/app-pin?flow={}", p.flow())))
}

/// "Mobile app QR code": the challenge as a QR code and the field for the app's code.
async fn qr_page(
    State(state): State<Web>,
    headers: HeaderMap,
    p: PendingSignIn,
) -> Result<Response, AppError> {
    render_qr(&state, &headers, &p, StatusCode::OK, None).await
}

async fn render_qr(
    state: &Web,
    headers: &HeaderMap,
    p: &PendingSignIn,
    status: StatusCode,
    error: Option<Msg>,
) -> Result<Response, AppError> {
    if !Method::AppQr.allowed_by(p.sign_in.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::AppQr));
    }
    let unlocked = store::devices::enrolled(&state.db, &p.user.id)
        .await?
        .iter()
        .any(|d| d.locked_at.is_none());
    if !unlocked {
        return Ok(see_other(&format!(
            "/login/step-up?flow={}&missing=app_qr",
            p.flow()
        )));
    }
    let question = qr::qr_challenge(state, &p.user.id, &token_hash(p.flow())).await?;
    let payload = qr::qr_payload(state, &question, &client_name(state, p));
    page(
        state,
        headers,
        status,
        "login_app_qr.html",
        minijinja::context! {
            flow => p.flow(),
            email => &p.user.email,
            qr => qr_data_url(&payload)?,
            payload,
            error,
            ui_locales => super::ui_locales(&p.sign_in),
        },
    )
}

#[derive(Deserialize)]
struct CodeForm {
    code: Secret,
}

#[tracing::instrument(skip_all)]
async fn qr_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    visit: Visit,
    PendingForm(p, form): PendingForm<CodeForm>,
) -> Result<Response, AppError> {
    if !Method::AppQr.allowed_by(p.sign_in.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::AppQr));
    }
    let outcome = qr::check_qr(
        &state,
        &p.user.id,
        &token_hash(p.flow()),
        &form.code,
        &visit.ip,
    )
    .await?;
    let failed = |reason: &str| AuditEvent::SignInFailed {
        method: Method::AppQr,
        reason: reason.into(),
    };
    let subject = Subject::user(Some(&p.user.id), &visit.ip);
    let (status, error) = match outcome {
        QrChecked::Ok => return finish(&state, &visit, &p, Method::AppQr, Acr::Medium).await,
        QrChecked::Locked => {
            audit::log(&state, failed("device_locked"), subject).await?;
            return Ok(PageError::new(
                StatusCode::FORBIDDEN,
                Msg::new("login-app-qr-locked-title"),
                Msg::new("login-app-qr-locked"),
            )
            .into_response());
        }
        QrChecked::Wrong { remaining } => (
            StatusCode::UNAUTHORIZED,
            Msg::new("login-app-qr-wrong").arg("remaining", i64::from(remaining)),
        ),
        QrChecked::Dead => (StatusCode::BAD_REQUEST, Msg::new("login-app-qr-dead")),
    };
    audit::log(&state, failed("wrong_code"), subject).await?;
    render_qr(&state, &headers, &p, status, Some(error)).await
}
