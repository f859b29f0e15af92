//! The EU Login mobile app's API (JSON). Errors are `{error, error_description}` with a 4xx
//! status, through `errors::ApiError` like every other answer of the app API.
//!
//! - `POST /app/v1/enrol` `{token, pin, public_jwk}` -> `{device_id, secret, ocra_suite,
//!   account, issuer}`
//! - `GET /app/v1/push[?wait=SECS]` with `Authorization: Device <JWS>` (ES256 by the device
//!   key, `kid` = device id, payload `{device_id, iat, jti}`; `iat` within 60 s, each `jti`
//!   accepted once) -> `{requests: [{id, client_name, time, ip, numbers, expires_at}]}`,
//!   long-polling up to `app.long_poll_secs`
//! - `POST /app/v1/push/{id}` `{jws}` with payload `{device_id, id, decision: approve|deny,
//!   number, pin, iat, jti}` -> `{status: approved|denied}`

use super::errors::ApiError;
use super::extract::ClientIp;
use super::web::Web;
use crate::authn::devices::enrolment::{self, EnrolRefused};
use crate::authn::devices::push::{self, PushAnswer};
use crate::authn::devices::{self, DeviceRefused};
use crate::error::AppError;
use crate::secret::Secret;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/app/v1/enrol", post(enrol))
        .route("/app/v1/push", get(push_list))
        .route("/app/v1/push/{id}", post(push_answer))
}

fn refusal(status: StatusCode, error: &'static str, description: impl Into<String>) -> Response {
    ApiError::new(status, error, description).into_response()
}

#[derive(Deserialize)]
struct EnrolBody {
    token: String,
    pin: Secret,
    public_jwk: serde_json::Value,
}

async fn enrol(
    State(state): State<Web>,
    ClientIp(ip): ClientIp,
    body: Bytes,
) -> Result<Response, AppError> {
    let Ok(req) = serde_json::from_slice::<EnrolBody>(&body) else {
        return Ok(refusal(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Expected JSON {token, pin, public_jwk}.",
        ));
    };
    let unknown = || {
        refusal(
            StatusCode::BAD_REQUEST,
            "invalid_token",
            "Unknown enrolment token.",
        )
    };
    if req.token.len() > 200 {
        return Ok(unknown());
    }
    Ok(
        match enrolment::enrol(&state, &req.token, &req.pin, &req.public_jwk, &ip).await? {
            Ok(enrolled) => Json(enrolled).into_response(),
            Err(EnrolRefused::UnknownToken) => unknown(),
            Err(EnrolRefused::TokenNotValid) => refusal(
                StatusCode::BAD_REQUEST,
                "invalid_token",
                "This QR code was already used, has expired, or was voided by wrong PIN codes. Add the device again in My Account.",
            ),
            Err(EnrolRefused::WrongPin { remaining }) => refusal(
                StatusCode::UNAUTHORIZED,
                "wrong_pin",
                format!(
                    "The PIN code is not the one chosen in My Account. {remaining} tries left."
                ),
            ),
            Err(EnrolRefused::BadKey(why)) => {
                refusal(StatusCode::BAD_REQUEST, "invalid_key", why)
            }
        },
    )
}

fn device_refused(state: &Web, r: DeviceRefused) -> Response {
    match r {
        DeviceRefused::Malformed(why) => refusal(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            format!("The device signature is malformed: {why}."),
        ),
        DeviceRefused::UnknownDevice => refusal(
            StatusCode::UNAUTHORIZED,
            "unknown_device",
            "This device is not (or no longer) enrolled.",
        ),
        DeviceRefused::BadSignature => refusal(
            StatusCode::UNAUTHORIZED,
            "invalid_signature",
            "The device signature does not verify.",
        ),
        DeviceRefused::Stale => refusal(
            StatusCode::UNAUTHORIZED,
            "stale",
            format!(
                "The device signature is older than {} seconds (or the device clock is wrong).",
                state.config.tokens.jwt_leeway_secs
            ),
        ),
        DeviceRefused::Replayed => refusal(
            StatusCode::UNAUTHORIZED,
            "replayed",
            "This device signature was already used.",
        ),
        DeviceRefused::Locked => refusal(
            StatusCode::FORBIDDEN,
            "device_locked",
            "This device is locked after too many wrong PIN codes. Delete it and add it again in My Account.",
        ),
    }
}

#[derive(Deserialize)]
struct WaitQuery {
    wait: Option<u64>,
}

/// The app's long poll for push requests.
async fn push_list(
    State(state): State<Web>,
    headers: HeaderMap,
    Query(q): Query<WaitQuery>,
) -> Result<Response, AppError> {
    let Some(jws) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Device "))
    else {
        return Ok(refusal(
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
        let requests = push::pending_pushes(&state, &device).await?;
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

async fn push_answer(
    State(state): State<Web>,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let Ok(req) = serde_json::from_slice::<AnswerBody>(&body) else {
        return Ok(refusal(
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
        match push::answer_push(&state, &device, &claims, &id, &ip).await? {
            PushAnswer::Approved => Json(json!({ "status": "approved" })).into_response(),
            PushAnswer::Denied => Json(json!({ "status": "denied" })).into_response(),
            PushAnswer::Malformed(why) => refusal(StatusCode::BAD_REQUEST, "invalid_request", why),
            PushAnswer::NotPending => refusal(
                StatusCode::CONFLICT,
                "not_pending",
                "This request has expired or was already answered.",
            ),
            PushAnswer::WrongPin { remaining } => refusal(
                StatusCode::UNAUTHORIZED,
                "wrong_pin",
                format!("Wrong PIN code. {remaining} tries left before the device is locked."),
            ),
            PushAnswer::Locked => device_refused(&state, DeviceRefused::Locked),
            PushAnswer::WrongNumber => refusal(
                StatusCode::BAD_REQUEST,
                "wrong_number",
                "This is not the number shown on the web page. The request was cancelled.",
            ),
        },
    )
}
