//! The EU Login mobile app: "Manage my mobile devices" in My Account (J7), the "Mobile app
//! PIN code" (push, J8) and "Mobile app QR code" (J9) sign-in steps, and the app's API.
//!
//! App API (JSON):
//! - `POST /app/v1/enrol` `{token, pin, public_jwk}` -> `{device_id, secret, ocra_suite, account, issuer}`
//! - `GET /app/v1/push[?wait=SECS]` with `Authorization: Device <JWS>` (ES256 by the device
//!   key, `kid` = device id, payload `{device_id, iat, jti}`; `iat` within 60 s, each `jti`
//!   accepted once) -> `{requests: [{id, client_name,
//!   time, ip, numbers, expires_at}]}`, long-polling up to `app.long_poll_secs`
//! - `POST /app/v1/push/{id}` `{jws}` with payload `{device_id, id, decision: approve|deny,
//!   number, pin, iat, jti}` -> `{status: approved|denied}`
//!
//! Errors are `{error, error_description}` with a 4xx status.

use super::errors::PageError;
use super::my_account::{
    account_page, factor_changed, notify, recent_or_reauth, signed_in_or_login,
};
use super::second_factor::{finish, pending};
use super::{csrf, page, see_other, ClientIp};
use crate::authn::devices::{
    self, DeviceRefused, EnrolRefused, EnrolStatus, PushAnswer, PushStarted, PushStatus, QrChecked,
};
use crate::authn::factors::Method;
use crate::authn::session;
use crate::error::AppError;
use crate::oidc::acr::Acr;
use crate::secret::{token_hash, Secret};
use crate::state::AppState;
use crate::store;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::Engine;
use serde::Deserialize;
use serde_json::json;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account/devices", get(list))
        .route("/account/devices/add", get(add_page).post(add_submit))
        .route("/account/devices/status", get(enrol_status))
        .route("/account/devices/delete", post(delete))
        .route("/login/app-pin", get(push_page))
        .route("/login/app-pin/status", get(push_status))
        .route("/login/app-pin/complete", post(push_complete))
        .route("/login/app-pin/resend", post(push_resend))
        .route("/login/app-qr", get(qr_page).post(qr_submit))
        .route("/app/v1/enrol", post(app_enrol))
        .route("/app/v1/push", get(app_push_list))
        .route("/app/v1/push/{id}", post(app_push_answer))
}

/// A QR code as an SVG `data:` URL (CSP allows `img-src data:`).
pub fn qr_data_url(payload: &str) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(payload.as_bytes())
        .map_err(|e| AppError::Internal(format!("QR code: {e}")))?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .module_dimensions(6, 6)
        .build();
    Ok(format!(
        "data:image/svg+xml;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(svg)
    ))
}

fn api_error(status: StatusCode, error: &str, description: impl Into<String>) -> Response {
    (
        status,
        Json(json!({ "error": error, "error_description": description.into() })),
    )
        .into_response()
}

fn date(ts: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ts)
        .ok()
        .and_then(|t| {
            t.format(time::macros::format_description!(
                "[day]/[month]/[year] [hour]:[minute] UTC"
            ))
            .ok()
        })
        .unwrap_or_default()
}

#[derive(Deserialize)]
struct ListQuery {
    deleted: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let signed_in = or_return!(signed_in_or_login(&state, &headers, "/account/devices").await?);
    let devices: Vec<_> = store::devices::enrolled(&state.db, &signed_in.user.id)
        .await?
        .iter()
        .map(|d| {
            minijinja::context! {
                id => &d.id,
                name => &d.name,
                added => d.enrolled_at.map(date),
                last_used => d.last_used_at.map(date),
                locked => d.locked_at.is_some(),
            }
        })
        .collect();
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "device_list.html",
        minijinja::context! {
            devices,
            notice => q.deleted.is_some().then_some("The mobile device was deleted."),
        },
    )
}

async fn add_page(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let signed_in = or_return!(recent_or_reauth(&state, &headers, "/account/devices/add").await?);
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "device_add.html",
        minijinja::context! {},
    )
}

#[derive(Deserialize)]
struct AddForm {
    csrf: String,
    name: String,
    pin: Secret,
    pin_confirm: Secret,
}

async fn add_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<AddForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let signed_in = or_return!(recent_or_reauth(&state, &headers, "/account/devices/add").await?);
    let name = form.name.trim();
    let error = if name.is_empty() || name.chars().count() > devices::MAX_NAME_CHARS {
        Some(format!(
            "Please give a name of 1 to {} characters to your mobile device.",
            devices::MAX_NAME_CHARS
        ))
    } else {
        devices::check_new_pin(form.pin.expose(), form.pin_confirm.expose()).err()
    };
    if let Some(error) = error {
        return account_page(
            &state,
            &headers,
            &signed_in,
            StatusCode::BAD_REQUEST,
            "device_add.html",
            minijinja::context! {
                error,
                name => name.chars().take(devices::MAX_NAME_CHARS).collect::<String>(),
            },
        );
    }
    let enrolment = devices::start_enrolment(&state, &signed_in.user, name, &form.pin).await?;
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "device_enrol.html",
        minijinja::context! {
            name,
            device_id => &enrolment.device_id,
            payload => &enrolment.payload,
            qr => qr_data_url(&enrolment.payload)?,
            minutes => state.config.app.enrol_ttl_secs / 60,
        },
    )
}

#[derive(Deserialize)]
struct DeviceQuery {
    device: String,
}

/// What the enrolment page polls: `{status: pending|enrolled|expired, message}`.
async fn enrol_status(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<DeviceQuery>,
) -> Result<Response, AppError> {
    let Some(signed_in) = session::current(&state, &headers).await? else {
        return Ok(api_error(
            StatusCode::UNAUTHORIZED,
            "login_required",
            "Please sign in again.",
        ));
    };
    let body = match devices::enrol_status(&state, &signed_in.user.id, &q.device).await? {
        None => {
            return Ok(api_error(
                StatusCode::NOT_FOUND,
                "unknown_device",
                "No such device on your account.",
            ))
        }
        Some(EnrolStatus::Pending) => json!({ "status": "pending" }),
        Some(EnrolStatus::Enrolled) => {
            json!({ "status": "enrolled", "message": "A device has been added" })
        }
        Some(EnrolStatus::Expired) => json!({
            "status": "expired",
            "message": "The QR code has expired. Please add the device again."
        }),
    };
    Ok(Json(body).into_response())
}

#[derive(Deserialize)]
struct DeleteForm {
    csrf: String,
    device: String,
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
    let signed_in = or_return!(recent_or_reauth(&state, &headers, "/account/devices").await?);
    let user = &signed_in.user;
    let Some(device) = store::devices::find(&state.db, &form.device)
        .await?
        .filter(|d| d.user_id == user.id)
    else {
        return Ok(PageError::bad_request("Unknown mobile device.").into_response());
    };
    store::devices::delete(&state.db, &user.id, &device.id).await?;
    factor_changed(
        &state,
        user,
        &ip,
        "factor.removed",
        json!({ "factor": "mobile_device", "device": device.id, "name": device.name }),
        &format!(
            "The mobile device \"{}\" was removed from your EU Login account.",
            device.name
        ),
    )
    .await?;
    Ok(see_other("/account/devices?deleted=1"))
}

#[derive(Deserialize)]
struct FlowQuery {
    flow: String,
}

fn not_accepted(method: Method) -> Response {
    PageError::bad_request(format!(
        "This application does not accept {}.",
        method.label()
    ))
    .into_response()
}

/// "Mobile app PIN code": push requests go out and the page shows the number to pick.
async fn push_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let p = or_return!(pending(&state, &q.flow).await?);
    if !Method::AppPin.allowed_by(p.view.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::AppPin));
    }
    let client_name = p
        .view
        .client_name
        .clone()
        .unwrap_or_else(|| "EU Login".into());
    let flow_hash = token_hash(&q.flow);
    match devices::start_push(&state, &p.user.id, &flow_hash, &client_name, &ip).await? {
        PushStarted::Number(number) => page(
            &state,
            &headers,
            StatusCode::OK,
            "login_app_pin.html",
            minijinja::context! {
                flow => q.flow,
                email => p.user.email,
                number => format!("{number:02}"),
                client_name,
            },
        ),
        PushStarted::NoDevice => Ok(see_other(&format!(
            "/login/step-up?flow={}&missing=app_pin",
            q.flow
        ))),
        PushStarted::Limited { retry_after_secs } => Ok(PageError::too_many_requests(
            "Too many requests",
            format!(
                "Too many sign-in requests were sent to your mobile devices. Please try again in {}, or choose another verification method.",
                crate::account::links::human_duration(retry_after_secs)
            ),
            retry_after_secs,
        )),
    }
}

/// What the waiting page polls: `{status, message?, continue?}`.
async fn push_status(
    State(state): State<AppState>,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let body = match devices::push_status(&state, &token_hash(&q.flow)).await? {
        PushStatus::Pending => json!({ "status": "pending" }),
        PushStatus::Approved(_) => json!({
            "status": "approved",
            "message": "Approved on your mobile device. Signing you in...",
            "continue": "continue-form",
        }),
        PushStatus::Denied => json!({
            "status": "denied",
            "message": "The request was denied on your mobile device.",
        }),
        PushStatus::WrongNumber => json!({
            "status": "wrong_number",
            "message": "The number chosen on your mobile device was not the one shown here. The request was cancelled.",
        }),
        PushStatus::Expired => json!({
            "status": "expired",
            "message": "The request has expired. Send a new request to your mobile device.",
        }),
    };
    Ok(Json(body).into_response())
}

#[derive(Deserialize)]
struct FlowForm {
    csrf: String,
    flow: String,
}

/// The waiting page continues once a device approved: the sign-in is finished once.
async fn push_complete(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<FlowForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let p = or_return!(pending(&state, &form.flow).await?);
    if devices::consume_approval(&state, &token_hash(&form.flow)).await? {
        return finish(&state, &headers, &ip, &p, Method::AppPin, Acr::Medium).await;
    }
    Ok(see_other(&format!("/login/app-pin?flow={}", form.flow)))
}

async fn push_resend(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<FlowForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    devices::cancel_push(&state, &token_hash(&form.flow)).await?;
    Ok(see_other(&format!("/login/app-pin?flow={}", form.flow)))
}

/// "Mobile app QR code": the challenge as a QR code and the field for the app's code.
async fn qr_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    render_qr(&state, &headers, &q.flow, StatusCode::OK, None).await
}

async fn render_qr(
    state: &AppState,
    headers: &HeaderMap,
    flow: &str,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let p = or_return!(pending(state, flow).await?);
    if !Method::AppQr.allowed_by(p.view.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::AppQr));
    }
    let unlocked = store::devices::enrolled(&state.db, &p.user.id)
        .await?
        .iter()
        .any(|d| d.locked_at.is_none());
    if !unlocked {
        return Ok(see_other(&format!(
            "/login/step-up?flow={flow}&missing=app_qr"
        )));
    }
    let client_name = p
        .view
        .client_name
        .clone()
        .unwrap_or_else(|| "EU Login".into());
    let question = devices::qr_challenge(state, &p.user.id, &token_hash(flow)).await?;
    let payload = devices::qr_payload(state, &question, &client_name);
    page(
        state,
        headers,
        status,
        "login_app_qr.html",
        minijinja::context! {
            flow,
            email => p.user.email,
            qr => qr_data_url(&payload)?,
            payload,
            error,
        },
    )
}

#[derive(Deserialize)]
struct CodeForm {
    csrf: String,
    flow: String,
    code: Secret,
}

#[tracing::instrument(skip_all)]
async fn qr_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let p = or_return!(pending(&state, &form.flow).await?);
    if !Method::AppQr.allowed_by(p.view.allowed_methods.as_deref()) {
        return Ok(not_accepted(Method::AppQr));
    }
    let outcome =
        devices::check_qr(&state, &p.user.id, &token_hash(&form.flow), &form.code, &ip).await?;
    let (status, error) = match outcome {
        QrChecked::Ok => {
            return finish(&state, &headers, &ip, &p, Method::AppQr, Acr::Medium).await
        }
        QrChecked::Locked { now } => {
            for device in &now {
                tell_locked(&state, &p.user, device).await?;
            }
            crate::authn::audit(
                &state,
                "signin.failure",
                Some(&p.user.id),
                Some(&ip),
                json!({ "method": "app_qr", "reason": "device_locked" }),
            )
            .await?;
            return Ok(PageError::new(
                StatusCode::FORBIDDEN,
                "Mobile device locked",
                "Your mobile device was locked after too many wrong codes or PIN codes. Delete it and add it again in My Account, or choose another verification method.",
            )
            .into_response());
        }
        QrChecked::Wrong { remaining } => (
            StatusCode::UNAUTHORIZED,
            format!("The code is not correct. {remaining} tries left."),
        ),
        QrChecked::Dead => (
            StatusCode::BAD_REQUEST,
            "This QR code is no longer valid (expired or too many wrong codes). A new QR code is shown: scan it with your app.".to_owned(),
        ),
    };
    crate::authn::audit(
        &state,
        "signin.failure",
        Some(&p.user.id),
        Some(&ip),
        json!({ "method": "app_qr", "reason": "wrong_code" }),
    )
    .await?;
    render_qr(&state, &headers, &form.flow, status, Some(error)).await
}

#[derive(Deserialize)]
struct EnrolBody {
    token: String,
    pin: Secret,
    public_jwk: serde_json::Value,
}

async fn app_enrol(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    body: Bytes,
) -> Result<Response, AppError> {
    let Ok(req) = serde_json::from_slice::<EnrolBody>(&body) else {
        return Ok(api_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Expected JSON {token, pin, public_jwk}.",
        ));
    };
    if req.token.len() > 200 {
        return Ok(api_error(
            StatusCode::BAD_REQUEST,
            "invalid_token",
            "Unknown enrolment token.",
        ));
    }
    match devices::enrol(&state, &req.token, &req.pin, &req.public_jwk, &ip).await? {
        Ok(enrolled) => {
            notify(
                &state,
                &enrolled.user,
                &format!(
                    "The mobile device \"{}\" was added to your EU Login account.",
                    enrolled.name
                ),
            )
            .await?;
            Ok(Json(enrolled).into_response())
        }
        Err(EnrolRefused::UnknownToken) => Ok(api_error(
            StatusCode::BAD_REQUEST,
            "invalid_token",
            "Unknown enrolment token.",
        )),
        Err(EnrolRefused::TokenNotValid) => Ok(api_error(
            StatusCode::BAD_REQUEST,
            "invalid_token",
            "This QR code was already used, has expired, or was voided by wrong PIN codes. Add the device again in My Account.",
        )),
        Err(EnrolRefused::WrongPin { remaining }) => Ok(api_error(
            StatusCode::UNAUTHORIZED,
            "wrong_pin",
            format!("The PIN code is not the one chosen in My Account. {remaining} tries left."),
        )),
        Err(EnrolRefused::BadKey(why)) => {
            Ok(api_error(StatusCode::BAD_REQUEST, "invalid_key", why))
        }
    }
}

fn device_refused(state: &AppState, r: DeviceRefused) -> Response {
    match r {
        DeviceRefused::Malformed(why) => api_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            format!("The device signature is malformed: {why}."),
        ),
        DeviceRefused::UnknownDevice => api_error(
            StatusCode::UNAUTHORIZED,
            "unknown_device",
            "This device is not (or no longer) enrolled.",
        ),
        DeviceRefused::BadSignature => api_error(
            StatusCode::UNAUTHORIZED,
            "invalid_signature",
            "The device signature does not verify.",
        ),
        DeviceRefused::Stale => api_error(
            StatusCode::UNAUTHORIZED,
            "stale",
            format!(
                "The device signature is older than {} seconds (or the device clock is wrong).",
                state.config.tokens.jwt_leeway_secs
            ),
        ),
        DeviceRefused::Replayed => api_error(
            StatusCode::UNAUTHORIZED,
            "replayed",
            "This device signature was already used.",
        ),
        DeviceRefused::Locked => api_error(
            StatusCode::FORBIDDEN,
            "device_locked",
            "This device is locked after too many wrong PIN codes. Delete it and add it again in My Account.",
        ),
    }
}

/// Tells the owner that a device was locked by wrong PIN codes (on any path).
async fn tell_locked(
    state: &AppState,
    user: &store::users::User,
    device: &store::devices::Device,
) -> Result<(), AppError> {
    notify(
        state,
        user,
        &format!(
            "Your mobile device \"{}\" was locked after too many wrong PIN codes. Delete it and add it again in My Account to use it.",
            device.name
        ),
    )
    .await
}

#[derive(Deserialize)]
struct WaitQuery {
    wait: Option<u64>,
}

/// The app's long poll for push requests.
async fn app_push_list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<WaitQuery>,
) -> Result<Response, AppError> {
    let Some(jws) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Device "))
    else {
        return Ok(api_error(
            StatusCode::UNAUTHORIZED,
            "invalid_request",
            "Expected Authorization: Device <JWS signed by the device key>.",
        ));
    };
    let device = match devices::verify_device_jws(&state, jws.trim()).await? {
        Ok((device, _)) => device,
        Err(r) => return Ok(device_refused(&state, r)),
    };
    let wait = q
        .wait
        .unwrap_or(state.config.app.long_poll_secs)
        .min(state.config.app.long_poll_secs);
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(wait);
    loop {
        let requests = devices::pending_pushes(&state, &device).await?;
        if !requests.is_empty() || tokio::time::Instant::now() >= deadline {
            return Ok(Json(json!({ "requests": requests })).into_response());
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

#[derive(Deserialize)]
struct AnswerBody {
    jws: String,
}

async fn app_push_answer(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let Ok(req) = serde_json::from_slice::<AnswerBody>(&body) else {
        return Ok(api_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Expected JSON {jws}.",
        ));
    };
    let (device, claims) = match devices::verify_device_jws(&state, req.jws.trim()).await? {
        Ok(v) => v,
        Err(r) => return Ok(device_refused(&state, r)),
    };
    Ok(
        match devices::answer_push(&state, &device, &claims, &id, &ip).await? {
            PushAnswer::Approved => Json(json!({ "status": "approved" })).into_response(),
            PushAnswer::Denied => Json(json!({ "status": "denied" })).into_response(),
            PushAnswer::Malformed(why) => {
                api_error(StatusCode::BAD_REQUEST, "invalid_request", why)
            }
            PushAnswer::NotPending => api_error(
                StatusCode::CONFLICT,
                "not_pending",
                "This request has expired or was already answered.",
            ),
            PushAnswer::WrongPin { remaining } => api_error(
                StatusCode::UNAUTHORIZED,
                "wrong_pin",
                format!("Wrong PIN code. {remaining} tries left before the device is locked."),
            ),
            PushAnswer::Locked { now } => {
                if now {
                    if let Some(user) = store::users::find(&state.db, &device.user_id).await? {
                        tell_locked(&state, &user, &device).await?;
                    }
                }
                device_refused(&state, DeviceRefused::Locked)
            }
            PushAnswer::WrongNumber => api_error(
                StatusCode::BAD_REQUEST,
                "wrong_number",
                "This is not the number shown on the web page. The request was cancelled.",
            ),
        },
    )
}
