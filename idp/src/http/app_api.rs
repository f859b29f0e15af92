//! The EU Login mobile app's API (JSON). Errors are `{error, error_description}` with a 4xx
//! status, through `errors::ApiError` like every other answer of the app API. The `error`
//! code is for the app; the description is for the app to show its user, in the language of
//! the account the token or the device belongs to (else the app's `Accept-Language`, else
//! English). Descriptions of requests no app sends (malformed JSON or signatures) stay
//! English, like the protocol's.
//!
//! - `POST /app/v1/enrol` `{token, pin, public_jwk}` -> `{device_id, secret, ocra_suite,
//!   account, issuer}`
//! - `GET /app/v1/push[?wait=SECS]` with `Authorization: Device <JWS>` (ES256 by the device
//!   key, `kid` = device id, payload `{device_id, iat, jti}`; `iat` within 60 s, each `jti`
//!   accepted once) -> `{requests: [{id, client_name, time, ip, browser, numbers,
//!   expires_at}]}` (`browser`: "Firefox on Windows" in the account's language, or ""),
//!   long-polling up to `app.long_poll_secs`
//! - `POST /app/v1/push/{id}` `{jws}` with payload `{device_id, id, decision: approve|deny,
//!   number, pin, iat, jti}` -> `{status: approved|denied}`
//! - Web Push (`authn::devices::web_push`): `GET /app/v1/push-key` -> `{vapid_public_key}`;
//!   `POST /app/v1/subscription` `{endpoint, keys: {p256dh, auth}}` and `DELETE
//!   /app/v1/subscription`, both with `Authorization: Device <JWS>` -> 204
//!
//! Browsers reach it from the installable app's origin only (`http::cors`).

use super::errors::ApiError;
use super::extract::ClientIp;
use super::web::Web;
use crate::authn::devices::enrolment::{self, EnrolRefused};
use crate::authn::devices::push::{self, PushAnswer};
use crate::authn::devices::web_push::{self, SubscriptionRefused};
use crate::authn::devices::{self, DeviceRefused};
use crate::error::AppError;
use crate::i18n::{Locale, Msg};
use crate::secret::{token_hash, Secret};
use crate::store::{self, devices::Device};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::Deserialize;
use serde_json::json;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/app/v1/enrol", post(enrol))
        .route("/app/v1/push", get(push_list))
        .route("/app/v1/push/{id}", post(push_answer))
        .route("/app/v1/push-key", get(push_key))
        .route("/app/v1/subscription", post(subscribe).delete(unsubscribe))
}

fn refusal(status: StatusCode, error: &'static str, description: impl Into<String>) -> Response {
    ApiError::new(status, error, description).into_response()
}

/// A refusal whose description the app shows its user, in `locale`.
fn told(status: StatusCode, error: &'static str, text: Msg, locale: Locale) -> Response {
    refusal(status, error, text.text(locale))
}

/// The language of the app's user when no account is known: its `Accept-Language`.
fn app_language(headers: &HeaderMap) -> Locale {
    crate::i18n::choose(crate::i18n::Wishes {
        accept_language: headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
        ..Default::default()
    })
}

/// The language of the account `user_id`, else the app's.
async fn account_language(
    state: &Web,
    user_id: Option<&str>,
    headers: &HeaderMap,
) -> Result<Locale, AppError> {
    let user = match user_id {
        Some(id) => store::users::find(&state.db, id).await?,
        None => None,
    };
    Ok(user.map_or_else(
        || app_language(headers),
        |u| crate::i18n::of_account(&u.language),
    ))
}

/// The language of the account an enrolment token was made for.
async fn token_language(state: &Web, token: &str, headers: &HeaderMap) -> Result<Locale, AppError> {
    let challenge =
        store::devices::challenge_by_secret(&state.db, devices::ENROL, &token_hash(token)).await?;
    account_language(
        state,
        challenge.as_ref().map(|c| c.user_id.as_str()),
        headers,
    )
    .await
}

/// The language of the account of the device that a JWS names in its `kid`.
async fn device_language(state: &Web, jws: &str, headers: &HeaderMap) -> Result<Locale, AppError> {
    let kid = jws
        .split('.')
        .next()
        .and_then(|h| URL_SAFE_NO_PAD.decode(h).ok())
        .and_then(|h| serde_json::from_slice::<serde_json::Value>(&h).ok())
        .and_then(|h| h["kid"].as_str().map(str::to_owned));
    let device = match kid {
        Some(kid) => store::devices::find(&state.db, &kid).await?,
        None => None,
    };
    account_language(state, device.as_ref().map(|d| d.user_id.as_str()), headers).await
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
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let Ok(req) = serde_json::from_slice::<EnrolBody>(&body) else {
        return Ok(refusal(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Expected JSON {token, pin, public_jwk}.",
        ));
    };
    if req.token.len() > 200 {
        return Ok(told(
            StatusCode::BAD_REQUEST,
            "invalid_token",
            Msg::new("app-unknown-token"),
            app_language(&headers),
        ));
    }
    let answer = enrolment::enrol(&state, &req.token, &req.pin, &req.public_jwk, &ip).await?;
    let (status, error, text) = match answer {
        Ok(enrolled) => return Ok(Json(enrolled).into_response()),
        Err(EnrolRefused::BadKey(why)) => {
            return Ok(refusal(StatusCode::BAD_REQUEST, "invalid_key", why))
        }
        Err(EnrolRefused::UnknownToken) => (
            StatusCode::BAD_REQUEST,
            "invalid_token",
            Msg::new("app-unknown-token"),
        ),
        Err(EnrolRefused::TokenNotValid) => (
            StatusCode::BAD_REQUEST,
            "invalid_token",
            Msg::new("app-token-not-valid"),
        ),
        Err(EnrolRefused::WrongPin { remaining }) => (
            StatusCode::UNAUTHORIZED,
            "wrong_pin",
            Msg::new("app-enrol-wrong-pin").arg("remaining", i64::from(remaining)),
        ),
    };
    let locale = token_language(&state, &req.token, &headers).await?;
    Ok(told(status, error, text, locale))
}

/// A device signature refused, told in the language of the device's account.
async fn device_refused(
    state: &Web,
    r: DeviceRefused,
    jws: &str,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let (status, error, text) = match r {
        DeviceRefused::Malformed(why) => {
            return Ok(refusal(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                format!("The device signature is malformed: {why}."),
            ))
        }
        DeviceRefused::UnknownDevice => (
            StatusCode::UNAUTHORIZED,
            "unknown_device",
            Msg::new("app-unknown-device"),
        ),
        DeviceRefused::BadSignature => (
            StatusCode::UNAUTHORIZED,
            "invalid_signature",
            Msg::new("app-bad-signature"),
        ),
        DeviceRefused::Stale => (
            StatusCode::UNAUTHORIZED,
            "stale",
            Msg::new("app-stale").arg("seconds", state.config.tokens.jwt_leeway_secs),
        ),
        DeviceRefused::Replayed => (
            StatusCode::UNAUTHORIZED,
            "replayed",
            Msg::new("app-replayed"),
        ),
        DeviceRefused::Locked => (
            StatusCode::FORBIDDEN,
            "device_locked",
            Msg::new("app-device-locked"),
        ),
    };
    let locale = device_language(state, jws, headers).await?;
    Ok(told(status, error, text, locale))
}

#[derive(Deserialize)]
struct WaitQuery {
    wait: Option<u64>,
}

/// The device of `Authorization: Device <JWS>`, else the refusal to answer.
async fn signed_by_device(
    state: &Web,
    headers: &HeaderMap,
) -> Result<Result<Device, Response>, AppError> {
    let Some(jws) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Device "))
    else {
        return Ok(Err(refusal(
            StatusCode::UNAUTHORIZED,
            "invalid_request",
            "Expected Authorization: Device <JWS signed by the device key>.",
        )));
    };
    Ok(match devices::verify_device_jws(state, jws.trim()).await? {
        Ok((device, _)) => Ok(device),
        Err(r) => Err(device_refused(state, r, jws.trim(), headers).await?),
    })
}

/// The app's long poll for push requests.
async fn push_list(
    State(state): State<Web>,
    headers: HeaderMap,
    Query(q): Query<WaitQuery>,
) -> Result<Response, AppError> {
    let device = match signed_by_device(&state, &headers).await? {
        Ok(device) => device,
        Err(refused) => return Ok(refused),
    };
    let locale = account_language(&state, Some(&device.user_id), &headers).await?;
    let wait = q
        .wait
        .unwrap_or(state.config.app.long_poll_secs)
        .min(state.config.app.long_poll_secs);
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(wait);
    loop {
        let requests = push::pending_pushes(&state, &device).await?;
        if !requests.is_empty() || tokio::time::Instant::now() >= deadline {
            let requests: Vec<_> = requests
                .into_iter()
                .map(|r| {
                    json!({
                        "id": r.id,
                        "client_name": r.client_name,
                        "time": r.time,
                        "ip": r.ip,
                        "browser": r.browser.map(|b| b.describe().text(locale)).unwrap_or_default(),
                        "numbers": r.numbers,
                        "expires_at": r.expires_at,
                    })
                })
                .collect();
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
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let Ok(req) = serde_json::from_slice::<AnswerBody>(&body) else {
        return Ok(refusal(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Expected JSON {jws}.",
        ));
    };
    let jws = req.jws.trim();
    let (device, claims) = match devices::verify_device_jws(&state, jws).await? {
        Ok(v) => v,
        Err(r) => return device_refused(&state, r, jws, &headers).await,
    };
    let answer = push::answer_push(&state, &device, &claims, &id, &ip).await?;
    let (status, error, text) = match answer {
        PushAnswer::Approved => return Ok(Json(json!({ "status": "approved" })).into_response()),
        PushAnswer::Denied => return Ok(Json(json!({ "status": "denied" })).into_response()),
        PushAnswer::Malformed(why) => {
            return Ok(refusal(StatusCode::BAD_REQUEST, "invalid_request", why))
        }
        PushAnswer::Locked => {
            return device_refused(&state, DeviceRefused::Locked, jws, &headers).await
        }
        PushAnswer::NotPending => (
            StatusCode::CONFLICT,
            "not_pending",
            Msg::new("app-not-pending"),
        ),
        PushAnswer::WrongPin { remaining } => (
            StatusCode::UNAUTHORIZED,
            "wrong_pin",
            Msg::new("app-wrong-pin").arg("remaining", i64::from(remaining)),
        ),
        PushAnswer::WrongNumber => (
            StatusCode::BAD_REQUEST,
            "wrong_number",
            Msg::new("app-wrong-number"),
        ),
    };
    let locale = account_language(&state, Some(&device.user_id), &headers).await?;
    Ok(told(status, error, text, locale))
}

/// The provider's VAPID public key, for the app's `pushManager.subscribe`.
async fn push_key(State(state): State<Web>) -> Result<Response, AppError> {
    let key = web_push::public_key(&state).await?;
    Ok(Json(json!({ "vapid_public_key": key })).into_response())
}

#[derive(Deserialize)]
struct SubscriptionBody {
    endpoint: String,
    keys: SubscriptionKeys,
}

#[derive(Deserialize)]
struct SubscriptionKeys {
    p256dh: String,
    auth: String,
}

/// The device's push subscription (`PushSubscription.toJSON()`), replacing any earlier one.
async fn subscribe(
    State(state): State<Web>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let device = match signed_by_device(&state, &headers).await? {
        Ok(device) => device,
        Err(refused) => return Ok(refused),
    };
    let Ok(req) = serde_json::from_slice::<SubscriptionBody>(&body) else {
        return Ok(refusal(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Expected JSON {endpoint, keys: {p256dh, auth}}.",
        ));
    };
    match web_push::subscribe(
        &state,
        &device,
        &req.endpoint,
        &req.keys.p256dh,
        &req.keys.auth,
    )
    .await?
    {
        Ok(()) => Ok(StatusCode::NO_CONTENT.into_response()),
        Err(SubscriptionRefused(why)) => Ok(refusal(
            StatusCode::BAD_REQUEST,
            "invalid_subscription",
            why,
        )),
    }
}

/// The device wants no more Web Push.
async fn unsubscribe(State(state): State<Web>, headers: HeaderMap) -> Result<Response, AppError> {
    let device = match signed_by_device(&state, &headers).await? {
        Ok(device) => device,
        Err(refused) => return Ok(refused),
    };
    web_push::unsubscribe(&state, &device).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
