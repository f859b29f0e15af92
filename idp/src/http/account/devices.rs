//! "Manage my mobile devices" (J7): the list, adding one (name and PIN, then the QR code the
//! app scans, with a status the page polls), deleting one.

use super::{account_page, Changed};
use crate::authn::devices::{self, enrolment, enrolment::EnrolStatus};
use crate::authn::session;
use crate::error::AppError;
use crate::http::errors::{ApiError, PageError};
use crate::http::extract::{back_to, ClientIp, CsrfForm, RecentSignIn, SessionCookie, SignedIn};
use crate::http::templates::qr_data_url;
use crate::http::web::Web;
use crate::http::{cookies, see_other, Refusal};
use crate::i18n::{self, when, Msg};
use crate::secret::Secret;
use crate::store;
use crate::store::users::User;
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
            notice => q.deleted.is_some().then(|| Msg::new("factors-devices-deleted")),
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
            Msg::new("factors-device-name-invalid").arg("max", devices::MAX_NAME_CHARS),
        ))
    } else {
        enrolment::check_new_pin(form.pin.expose(), form.pin_confirm.expose())
            .err()
            .map(|message| Refusal::Field("pin", message))
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

/// The language of the enrolment page that polls, chosen as `http::page` chooses it: the
/// selector's cookie, the account's language, the browser's languages.
fn language(state: &Web, headers: &HeaderMap, user: &User) -> i18n::Locale {
    let cookie = cookies::get(headers, cookies::LANGUAGE, state.https());
    i18n::choose(i18n::Wishes {
        ui_locales: None,
        cookie: cookie.as_deref(),
        account: Some(&user.language),
        accept_language: headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    })
}

/// What the enrolment page polls: `{status: pending|enrolled|expired, message}`, the message
/// in the page's language (the page shows it as it is).
async fn enrol_status(
    State(state): State<Web>,
    headers: HeaderMap,
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
        Some(EnrolStatus::Enrolled) => json!({
            "status": "enrolled",
            "message": Msg::new("factors-device-enrolled")
                .text(language(&state, &headers, &signed_in.user)),
        }),
        Some(EnrolStatus::Expired) => json!({
            "status": "expired",
            "message": Msg::new("factors-device-enrol-expired")
                .text(language(&state, &headers, &signed_in.user)),
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
        return Ok(PageError::bad_request(Msg::new("factors-devices-unknown")).into_response());
    }
    Ok(see_other("/account/devices?deleted=1"))
}
