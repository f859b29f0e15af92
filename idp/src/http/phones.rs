//! Mobile phone numbers: "Manage my mobile phone numbers" in My Account (J5) and the
//! "Mobile + SMS" sign-in step (J6).

use super::errors::PageError;
use super::my_account::{account_page, factor_changed, recent_or_reauth, signed_in_or_login};
use super::second_factor::{finish, pending};
use super::{csrf, page, see_other, ClientIp};
use crate::authn::factors::Method;
use crate::authn::sms::{self, Checked, Sent};
use crate::error::AppError;
use crate::oidc::acr::Acr;
use crate::secret::{random_token, token_hash, Secret};
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
        .route("/account/phones", get(list))
        .route("/account/phones/add", get(add_page).post(add_submit))
        .route(
            "/account/phones/finalise",
            get(finalise_page).post(finalise_submit),
        )
        .route("/account/phones/delete", post(delete))
        .route("/login/sms", get(login_choose).post(login_send))
        .route("/login/sms/code", get(login_code_page).post(login_verify))
}

fn sms_off() -> Response {
    PageError::bad_request("Mobile + SMS is not offered by this EU Login service.").into_response()
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
    let signed_in = or_return!(signed_in_or_login(&state, &headers, "/account/phones").await?);
    let phones = store::phones::verified(&state.db, &signed_in.user.id).await?;
    let added = match q.added.as_deref() {
        Some(id) => store::phones::find(&state.db, &signed_in.user.id, id)
            .await?
            .filter(|p| p.verified_at.is_some())
            .map(|p| {
                format!(
                    "Your mobile phone number {} was added successfully.",
                    p.e164
                )
            }),
        None => None,
    };
    let notice = added.or(q
        .deleted
        .is_some()
        .then(|| "The mobile phone number was deleted.".to_owned()));
    let phones: Vec<_> = phones
        .iter()
        .map(|p| minijinja::context! { id => &p.id, e164 => &p.e164 })
        .collect();
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "phones.html",
        minijinja::context! { phones, notice, sms_enabled => state.config.sms.enabled },
    )
}

async fn add_page(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    if !state.config.sms.enabled {
        return Ok(sms_off());
    }
    let signed_in = or_return!(recent_or_reauth(&state, &headers, "/account/phones/add").await?);
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "phone_add.html",
        minijinja::context! { example => sms::EXAMPLE },
    )
}

#[derive(Deserialize)]
struct AddForm {
    csrf: String,
    phone: String,
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
    if !state.config.sms.enabled {
        return Ok(sms_off());
    }
    let signed_in = or_return!(recent_or_reauth(&state, &headers, "/account/phones/add").await?);
    let user = &signed_in.user;
    let e164 = match sms::normalise_phone(&form.phone) {
        Ok(n) => n,
        Err(message) => {
            return account_page(
                &state,
                &headers,
                &signed_in,
                StatusCode::BAD_REQUEST,
                "phone_add.html",
                minijinja::context! {
                    example => sms::EXAMPLE,
                    error => message,
                    phone => form.phone.chars().take(40).collect::<String>(),
                },
            )
        }
    };
    if store::phones::verified(&state.db, &user.id)
        .await?
        .iter()
        .any(|p| p.e164 == e164)
    {
        return account_page(
            &state,
            &headers,
            &signed_in,
            StatusCode::BAD_REQUEST,
            "phone_add.html",
            minijinja::context! {
                example => sms::EXAMPLE,
                error => format!("The mobile phone number {e164} is already registered on your account."),
                phone => e164,
            },
        );
    }
    let now = state.now();
    store::phones::delete_pending(&state.db, &user.id, &e164).await?;
    let phone_id = random_token(16).expose().to_owned();
    store::phones::insert(&state.db, &phone_id, &user.id, &e164, now).await?;
    let Some(phone) = store::phones::find(&state.db, &user.id, &phone_id).await? else {
        return Err(AppError::Internal("phone number vanished".into()));
    };
    match sms::send_challenge(&state, &user.id, &phone, sms::ENROL, None, &ip).await? {
        Sent::Sent(_) => {
            crate::authn::audit(
                &state,
                "sms.sent",
                Some(&user.id),
                Some(&ip),
                serde_json::json!({ "purpose": "enrol", "to": sms::masked(&e164) }),
            )
            .await?;
            Ok(see_other(&format!(
                "/account/phones/finalise?phone={phone_id}"
            )))
        }
        Sent::Limited { retry_after_secs } => Ok(limited(retry_after_secs)),
        Sent::NotSent => Ok(not_sent()),
    }
}

fn limited(retry_after_secs: i64) -> Response {
    PageError::too_many_requests(
        "Please wait before asking for a new code",
        format!(
            "A text message was sent a short while ago, or too many were sent. You can ask for a new code in {}.",
            crate::account::links::human_duration(retry_after_secs)
        ),
        retry_after_secs,
    )
}

fn not_sent() -> Response {
    PageError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "Text message not sent",
        "The text message could not be sent. Please try again in a few minutes, or use the EU Login mobile app instead.",
    )
    .into_response()
}

#[derive(Deserialize)]
struct PhoneQuery {
    phone: String,
}

async fn finalise_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Query(q): Query<PhoneQuery>,
) -> Result<Response, AppError> {
    let signed_in = or_return!(signed_in_or_login(&state, &headers, "/account/phones").await?);
    let Some(phone) = store::phones::find(&state.db, &signed_in.user.id, &q.phone).await? else {
        return Ok(PageError::bad_request("Unknown mobile phone number.").into_response());
    };
    let next = sms::next_code_in(&state, sms::ENROL, &signed_in.user.id, &phone, &ip).await?;
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "phone_finalise.html",
        minijinja::context! {
            phone_id => phone.id,
            e164 => phone.e164,
            next_code_in => (next > 0).then(|| crate::account::links::human_duration(next)),
        },
    )
}

#[derive(Deserialize)]
struct FinaliseForm {
    csrf: String,
    phone: String,
    code: Secret,
}

async fn finalise_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<FinaliseForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let signed_in = or_return!(signed_in_or_login(&state, &headers, "/account/phones").await?);
    let user = &signed_in.user;
    let Some(phone) = store::phones::find(&state.db, &user.id, &form.phone).await? else {
        return Ok(PageError::bad_request("Unknown mobile phone number.").into_response());
    };
    let retry = |error: String, status: StatusCode| {
        account_page(
            &state,
            &headers,
            &signed_in,
            status,
            "phone_finalise.html",
            minijinja::context! { phone_id => &phone.id, e164 => &phone.e164, error },
        )
    };
    match sms::check(&state, &user.id, sms::ENROL, None, &form.code).await? {
        Checked::Ok { phone_id } if phone_id == phone.id => {
            store::phones::verify(&state.db, &user.id, &phone.id, state.now()).await?;
            let detail = serde_json::json!({ "factor": "phone", "phone": sms::masked(&phone.e164) });
            let message = format!(
                "The mobile phone number {} was added to your EU Login account.",
                phone.e164
            );
            factor_changed(&state, user, &ip, "factor.added", detail, &message).await?;
            Ok(see_other(&format!("/account/phones?added={}", phone.id)))
        }
        Checked::Ok { .. } | Checked::Dead => retry(
            "This challenge code is no longer valid (expired, replaced by a newer one, or too many wrong tries). Add the number again to receive a new code.".into(),
            StatusCode::BAD_REQUEST,
        ),
        Checked::Wrong { remaining } => retry(
            format!("The challenge code is not correct. {remaining} tries left."),
            StatusCode::UNAUTHORIZED,
        ),
    }
}

#[derive(Deserialize)]
struct DeleteForm {
    csrf: String,
    phone: String,
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
    let signed_in = or_return!(recent_or_reauth(&state, &headers, "/account/phones").await?);
    let user = &signed_in.user;
    let Some(phone) = store::phones::find(&state.db, &user.id, &form.phone).await? else {
        return Ok(PageError::bad_request("Unknown mobile phone number.").into_response());
    };
    store::phones::delete(&state.db, &user.id, &phone.id).await?;
    factor_changed(
        &state,
        user,
        &ip,
        "factor.removed",
        serde_json::json!({ "factor": "phone", "phone": sms::masked(&phone.e164) }),
        &format!(
            "The mobile phone number {} was removed from your EU Login account.",
            phone.e164
        ),
    )
    .await?;
    Ok(see_other("/account/phones?deleted=1"))
}

#[derive(Deserialize)]
struct FlowQuery {
    flow: String,
}

/// "Mobile + SMS" after the password: which registered number gets the code.
async fn login_choose(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    if !Method::Sms.enabled(&state) {
        return Ok(sms_off());
    }
    let p = or_return!(pending(&state, &q.flow).await?);
    let phones: Vec<_> = store::phones::verified(&state.db, &p.user.id)
        .await?
        .iter()
        .map(|n| minijinja::context! { id => &n.id, masked => sms::masked(&n.e164) })
        .collect();
    if phones.is_empty() {
        return Ok(see_other(&format!(
            "/login/step-up?flow={}&missing=sms",
            q.flow
        )));
    }
    page(
        &state,
        &headers,
        StatusCode::OK,
        "login_sms.html",
        minijinja::context! { flow => q.flow, phones, email => p.user.email, step => "choose" },
    )
}

#[derive(Deserialize)]
struct SendForm {
    csrf: String,
    flow: String,
    phone: String,
}

async fn login_send(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<SendForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    if !Method::Sms.enabled(&state) {
        return Ok(sms_off());
    }
    let p = or_return!(pending(&state, &form.flow).await?);
    if !Method::Sms.allowed_by(p.view.allowed_methods.as_deref()) {
        return Ok(
            PageError::bad_request("This application does not accept Mobile + SMS.")
                .into_response(),
        );
    }
    let Some(phone) = store::phones::find(&state.db, &p.user.id, &form.phone)
        .await?
        .filter(|n| n.verified_at.is_some())
    else {
        return Ok(PageError::bad_request(
            "Please choose one of your registered mobile phone numbers.",
        )
        .into_response());
    };
    let flow_hash = token_hash(&form.flow);
    match sms::send_challenge(
        &state,
        &p.user.id,
        &phone,
        sms::LOGIN,
        Some(&flow_hash),
        &ip,
    )
    .await?
    {
        Sent::Sent(_) => {
            crate::authn::audit(
                &state,
                "sms.sent",
                Some(&p.user.id),
                Some(&ip),
                serde_json::json!({ "purpose": "signin", "to": sms::masked(&phone.e164) }),
            )
            .await?;
            Ok(see_other(&format!(
                "/login/sms/code?flow={}&phone={}",
                form.flow, phone.id
            )))
        }
        Sent::Limited { retry_after_secs } => Ok(limited(retry_after_secs)),
        Sent::NotSent => Ok(not_sent()),
    }
}

#[derive(Deserialize)]
struct CodeQuery {
    flow: String,
    phone: Option<String>,
}

async fn login_code_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Query(q): Query<CodeQuery>,
) -> Result<Response, AppError> {
    let p = or_return!(pending(&state, &q.flow).await?);
    let next = match q.phone.as_deref() {
        Some(id) => match store::phones::find(&state.db, &p.user.id, id).await? {
            Some(phone) => sms::next_code_in(&state, sms::LOGIN, &p.user.id, &phone, &ip).await?,
            None => 0,
        },
        None => 0,
    };
    render_code(
        &state,
        &headers,
        &q.flow,
        &p.user.email,
        StatusCode::OK,
        None,
        next,
    )
    .await
}

async fn render_code(
    state: &AppState,
    headers: &HeaderMap,
    flow: &str,
    email: &str,
    status: StatusCode,
    error: Option<String>,
    next_code_in: i64,
) -> Result<Response, AppError> {
    page(
        state,
        headers,
        status,
        "login_sms.html",
        minijinja::context! {
            flow,
            email,
            error,
            step => "code",
            next_code_in => (next_code_in > 0)
                .then(|| crate::account::links::human_duration(next_code_in)),
        },
    )
}

#[derive(Deserialize)]
struct VerifyForm {
    csrf: String,
    flow: String,
    code: Secret,
}

#[tracing::instrument(skip_all)]
async fn login_verify(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<VerifyForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let p = or_return!(pending(&state, &form.flow).await?);
    let flow_hash = token_hash(&form.flow);
    match sms::check(&state, &p.user.id, sms::LOGIN, Some(&flow_hash), &form.code).await? {
        Checked::Ok { .. } => finish(&state, &headers, &ip, &p, Method::Sms, Acr::Medium).await,
        Checked::Wrong { remaining } => {
            failed(&state, &p.user.id, &ip).await?;
            render_code(
                &state,
                &headers,
                &form.flow,
                &p.user.email,
                StatusCode::UNAUTHORIZED,
                Some(format!(
                    "The challenge code is not correct. {remaining} tries left."
                )),
                0,
            )
            .await
        }
        Checked::Dead => {
            failed(&state, &p.user.id, &ip).await?;
            render_code(
                &state,
                &headers,
                &form.flow,
                &p.user.email,
                StatusCode::BAD_REQUEST,
                Some("This challenge code is no longer valid (expired, replaced, or too many wrong tries). Send a new code.".into()),
                0,
            )
            .await
        }
    }
}

async fn failed(state: &AppState, user_id: &str, ip: &str) -> Result<(), AppError> {
    crate::authn::audit(
        state,
        "signin.failure",
        Some(user_id),
        Some(ip),
        serde_json::json!({ "method": "sms", "reason": "wrong_code" }),
    )
    .await
}
