//! "Manage my mobile devices" (J7): the list, adding one (name and PIN, then the QR code the
//! app scans, with a status the page polls), deleting one.

use super::{account_page, when, Changed};
use crate::authn::devices::{self, enrolment, enrolment::EnrolStatus};
use crate::authn::session;
use crate::error::AppError;
use crate::http::errors::{ApiError, PageError};
use crate::http::extract::{back_to, ClientIp, CsrfForm, RecentSignIn, SessionCookie, SignedIn};
use crate::http::templates::qr_data_url;
use crate::http::web::Web;
use crate::http::{see_other, Refusal};
use crate::secret::Secret;
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

const LIST: &str = "/account/devices";

pub fn routes() -> Router<Web> {
    Router::new()
        .route(LIST, get(list))
        .route("/account/devices/add", get(add_page).post(add_submit))
        .route("/account/devices/status", get(enrol_status))
        .route("/account/devices/delete", post(delete).layer(back_to(LIST)))
}

async fn list(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(signed_in): SignedIn,
    Query(q): Query<Changed>,
) -> Result<Response, AppError> {
    let devices: Vec<_> = store::devices::enrolled(&state.db, &signed_in.user.id)
        .await?
        .iter()
        .map(|d| {
            minijinja::context! {
                id => &d.id,
                name => &d.name,
                added => d.enrolled_at.map(when),
                last_used => d.last_used_at.map(when),
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

async fn add_page(
    State(state): State<Web>,
    headers: HeaderMap,
    RecentSignIn(signed_in): RecentSignIn,
) -> Result<Response, AppError> {
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
    name: String,
    pin: Secret,
    pin_confirm: Secret,
}

async fn add_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    RecentSignIn(signed_in): RecentSignIn,
    CsrfForm(form): CsrfForm<AddForm>,
) -> Result<Response, AppError> {
    let name = form.name.trim();
    let refusal = if name.is_empty() || name.chars().count() > devices::MAX_NAME_CHARS {
        Some(Refusal::Field(
            "name",
            format!(
                "Please give a name of 1 to {} characters to your mobile device.",
                devices::MAX_NAME_CHARS
            )
            .into(),
        ))
    } else {
        enrolment::check_new_pin(form.pin.expose(), form.pin_confirm.expose())
            .err()
            .map(|message| Refusal::Field("pin", message.into()))
    };
    if let Some(refusal) = refusal {
        return account_page(
            &state,
            &headers,
            &signed_in,
            StatusCode::BAD_REQUEST,
            "device_add.html",
            minijinja::context! {
                name => name.chars().take(devices::MAX_NAME_CHARS).collect::<String>(),
                ..Refusal::context(Some(&refusal))
            },
        );
    }
    let started = enrolment::start_enrolment(&state, &signed_in.user, name, &form.pin).await?;
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "device_enrol.html",
        minijinja::context! {
            name,
            device_id => &started.device_id,
            payload => &started.payload,
            qr => qr_data_url(&started.payload)?,
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
    State(state): State<Web>,
    SessionCookie(token): SessionCookie,
    Query(q): Query<DeviceQuery>,
) -> Result<Response, AppError> {
    let Some(signed_in) = session::current(&state, token.as_deref()).await? else {
        return Ok(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "login_required",
            "Please sign in again.",
        )
        .into_response());
    };
    let body = match enrolment::enrol_status(&state, &signed_in.user.id, &q.device).await? {
        None => {
            return Ok(ApiError::new(
                StatusCode::NOT_FOUND,
                "unknown_device",
                "No such device on your account.",
            )
            .into_response())
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
    device: String,
}

async fn delete(
    State(state): State<Web>,
    ClientIp(ip): ClientIp,
    RecentSignIn(signed_in): RecentSignIn,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<Response, AppError> {
    if !devices::remove(&state, &signed_in.user, &form.device, &ip).await? {
        return Ok(PageError::bad_request("Unknown mobile device.").into_response());
    }
    Ok(see_other("/account/devices?deleted=1"))
}
