//! "Mobile + SMS" after the password (J6): which registered number gets the code, then the
//! code.

use super::second_factor::finish;
use crate::audit::{self, AuditEvent, Subject};
use crate::authn::acr::Acr;
use crate::authn::factors::Method;
use crate::authn::phones;
use crate::authn::sms::{self, Checked, Sent};
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{PendingForm, PendingSignIn, Visit};
use crate::http::web::Web;
use crate::http::{page, see_other, Refusal};
use crate::i18n::{duration, Msg};
use crate::secret::{token_hash, Secret};
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/login/sms", get(choose).post(send))
        .route("/login/sms/code", get(code_page).post(verify))
}

pub fn sms_off() -> Response {
    PageError::bad_request(Msg::new("login-sms-off")).into_response()
}

/// A limit of the SMS pacing was reached: when the next code can be asked for.
pub fn limited(retry_after_secs: i64) -> Response {
    PageError::too_many_requests(
        Msg::new("login-sms-limited-title"),
        Msg::new("login-sms-limited").arg("wait", duration(retry_after_secs)),
        retry_after_secs,
    )
}

/// Which registered number gets the code.
async fn choose(
    State(state): State<Web>,
    headers: HeaderMap,
    p: PendingSignIn,
) -> Result<Response, AppError> {
    if !Method::Sms.enabled(&state) {
        return Ok(sms_off());
    }
    let phones: Vec<_> = store::phones::verified(&state.db, &p.user.id)
        .await?
        .iter()
        .map(|n| minijinja::context! { id => &n.id, masked => sms::masked(&n.e164) })
        .collect();
    if phones.is_empty() {
        return Ok(see_other(&format!(
            "/login/step-up?flow={}&missing=sms",
            p.flow()
        )));
    }
    page(
        &state,
        &headers,
        StatusCode::OK,
        "login_sms.html",
        minijinja::context! {
            flow => p.flow(),
            phones,
            email => &p.user.email,
            step => "choose",
            ui_locales => super::ui_locales(&p.sign_in),
        },
    )
}

#[derive(Deserialize)]
struct SendForm {
    phone: String,
}

async fn send(
    State(state): State<Web>,
    visit: Visit,
    PendingForm(p, form): PendingForm<SendForm>,
) -> Result<Response, AppError> {
    if !Method::Sms.enabled(&state) {
        return Ok(sms_off());
    }
    if !Method::Sms.allowed_by(p.sign_in.allowed_methods.as_deref()) {
        return Ok(super::not_accepted(Method::Sms));
    }
    let flow_hash = token_hash(p.flow());
    match phones::send_sign_in_code(&state, &p.user.id, &form.phone, &flow_hash, &visit.ip).await? {
        None => Ok(PageError::bad_request(Msg::new("login-sms-choose-phone")).into_response()),
        Some(Sent::Sent(_)) => Ok(see_other(&format!(
            "/login/sms/code?flow={}&phone={}",
            p.flow(),
            form.phone
        ))),
        Some(Sent::Limited { retry_after_secs }) => Ok(limited(retry_after_secs)),
    }
}

#[derive(Deserialize)]
struct CodeQuery {
    phone: Option<String>,
}

async fn code_page(
    State(state): State<Web>,
    headers: HeaderMap,
    visit: Visit,
    p: PendingSignIn,
    Query(q): Query<CodeQuery>,
) -> Result<Response, AppError> {
    let next = match q.phone.as_deref() {
        Some(id) => match store::phones::find(&state.db, &p.user.id, id).await? {
            Some(phone) => {
                sms::next_code_in(&state, sms::LOGIN, &p.user.id, &phone, &visit.ip).await?
            }
            None => 0,
        },
        None => 0,
    };
    // The outbox gave the code's SMS up: say so, beside the button for a new code.
    let flow_hash = token_hash(p.flow());
    let refusal =
        store::challenges::latest_not_sent(&state.db, &p.user.id, sms::LOGIN, Some(&flow_hash))
            .await?
            .then(|| Refusal::Page(Msg::new("login-sms-not-delivered")));
    render_code(&state, &headers, &p, StatusCode::OK, refusal, next)
}

fn render_code(
    state: &Web,
    headers: &HeaderMap,
    p: &PendingSignIn,
    status: StatusCode,
    refusal: Option<Refusal>,
    next_code_in: i64,
) -> Result<Response, AppError> {
    // A code that did not arrive is not said to be on its way.
    let not_delivered =
        matches!(&refusal, Some(Refusal::Page(m)) if m.id == "login-sms-not-delivered");
    page(
        state,
        headers,
        status,
        "login_sms.html",
        minijinja::context! {
            flow => p.flow(),
            email => &p.user.email,
            step => "code",
            next_code_in => (next_code_in > 0).then(|| duration(next_code_in)),
            ui_locales => super::ui_locales(&p.sign_in),
            not_delivered,
            ..Refusal::context(refusal.as_ref())
        },
    )
}

#[derive(Deserialize)]
struct VerifyForm {
    code: Secret,
}

#[tracing::instrument(skip_all)]
async fn verify(
    State(state): State<Web>,
    headers: HeaderMap,
    visit: Visit,
    PendingForm(p, form): PendingForm<VerifyForm>,
) -> Result<Response, AppError> {
    let flow_hash = token_hash(p.flow());
    let (status, refusal) =
        match sms::check(&state, &p.user.id, sms::LOGIN, Some(&flow_hash), &form.code).await? {
            Checked::Ok { .. } => {
                return finish(&state, &visit, &p, Method::Sms, Acr::Medium).await
            }
            Checked::Wrong { remaining } => (
                StatusCode::UNAUTHORIZED,
                Refusal::Field(
                    "code",
                    Msg::new("login-sms-wrong").arg("remaining", i64::from(remaining)),
                ),
            ),
            Checked::Dead => (
                StatusCode::BAD_REQUEST,
                Refusal::Page(Msg::new("login-sms-dead")),
            ),
            Checked::NotDelivered => {
                let refusal = Refusal::Page(Msg::new("login-sms-not-delivered"));
                return render_code(
                    &state,
                    &headers,
                    &p,
                    StatusCode::BAD_REQUEST,
                    Some(refusal),
                    0,
                );
            }
        };
    audit::log(
        &state,
        AuditEvent::SignInFailed {
            method: Method::Sms,
            reason: "wrong_code".into(),
        },
        Subject::user(Some(&p.user.id), &visit.ip),
    )
    .await?;
    render_code(&state, &headers, &p, status, Some(refusal), 0)
}
