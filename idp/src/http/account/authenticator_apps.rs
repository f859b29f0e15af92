//! "Manage my authenticator apps" (TOTP): the list, adding one (a name, then the QR code and
//! a first code to confirm it), deleting one.

use super::{account_page, Changed};
use crate::authn::session::SignedIn as Session;
use crate::authn::totp::{self, Confirmed};
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{back_to, ClientIp, CsrfForm, RecentSignIn, SignedIn};
use crate::http::templates::qr_data_url;
use crate::http::web::Web;
use crate::http::{see_other, Refusal};
use crate::i18n::{when, Msg};
use crate::secret::Secret;
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

const LIST: &str = "/account/authenticator-apps";
const ADD: &str = "/account/authenticator-apps/add";

pub fn routes() -> Router<Web> {
    Router::new()
        .route(LIST, get(list))
        .route(ADD, get(add_page).post(add_submit))
        .route(
            "/account/authenticator-apps/confirm",
            get(confirm_page).post(confirm_submit).layer(back_to(ADD)),
        )
        .route(
            "/account/authenticator-apps/delete",
            post(delete).layer(back_to(LIST)),
        )
}

async fn list(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(signed_in): SignedIn,
    Query(q): Query<Changed>,
) -> Result<Response, AppError> {
    let apps = store::totp::confirmed(&state.db, &signed_in.user.id).await?;
    let added = q
        .added
        .as_deref()
        .and_then(|id| apps.iter().find(|a| a.id == id))
        .map(|a| Msg::new("factors-totp-added").arg("name", &a.name));
    let notice = added.or(q
        .deleted
        .is_some()
        .then(|| Msg::new("factors-totp-deleted")));
    let apps: Vec<_> = apps
        .iter()
        .map(|a| {
            minijinja::context! {
                id => &a.id,
                name => &a.name,
                added => a.confirmed_at.map(when),
            }
        })
        .collect();
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "totp_list.html",
        minijinja::context! { apps, notice },
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
        "totp_add.html",
        minijinja::context! { max => totp::MAX_NAME_CHARS },
    )
}

#[derive(Deserialize)]
struct AddForm {
    name: String,
}

async fn add_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    RecentSignIn(signed_in): RecentSignIn,
    CsrfForm(form): CsrfForm<AddForm>,
) -> Result<Response, AppError> {
    let name = match totp::check_name(&form.name) {
        Ok(name) => name,
        Err(error) => {
            return account_page(
                &state,
                &headers,
                &signed_in,
                StatusCode::BAD_REQUEST,
                "totp_add.html",
                minijinja::context! {
                    errors => minijinja::context! { name => error },
                    max => totp::MAX_NAME_CHARS,
                    name => form.name.trim().chars().take(totp::MAX_NAME_CHARS).collect::<String>(),
                },
            )
        }
    };
    let id = totp::start_enrolment(&state, &signed_in.user, &name).await?;
    Ok(see_other(&format!(
        "/account/authenticator-apps/confirm?app={id}"
    )))
}

#[derive(Deserialize)]
struct AppQuery {
    app: String,
}

fn enrolment_gone() -> Response {
    PageError::bad_request(Msg::new("factors-totp-enrol-gone")).into_response()
}

/// The QR code, the secret for manual entry, and the field for the first code.
async fn render_confirm(
    state: &Web,
    headers: &HeaderMap,
    signed_in: &Session,
    app_id: &str,
    status: StatusCode,
    refusal: Option<Refusal>,
) -> Result<Response, AppError> {
    let Some(enrolment) = totp::pending_enrolment(state, &signed_in.user, app_id).await? else {
        return Ok(enrolment_gone());
    };
    account_page(
        state,
        headers,
        signed_in,
        status,
        "totp_enrol.html",
        minijinja::context! {
            app_id => &enrolment.id,
            name => &enrolment.name,
            qr => qr_data_url(enrolment.uri.expose())?,
            uri => enrolment.uri.expose(),
            secret => spaced(enrolment.secret_base32.expose()),
            issuer_label => &state.config.totp.issuer_label,
            account => &signed_in.user.email,
            minutes => (enrolment.expires_in + 59) / 60,
            ..Refusal::context(refusal.as_ref())
        },
    )
}

/// The base32 secret in groups of four, easier to type.
fn spaced(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

async fn confirm_page(
    State(state): State<Web>,
    headers: HeaderMap,
    RecentSignIn(signed_in): RecentSignIn,
    Query(q): Query<AppQuery>,
) -> Result<Response, AppError> {
    render_confirm(&state, &headers, &signed_in, &q.app, StatusCode::OK, None).await
}

#[derive(Deserialize)]
struct ConfirmForm {
    app: String,
    code: Secret,
}

async fn confirm_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    RecentSignIn(signed_in): RecentSignIn,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, AppError> {
    match totp::confirm(&state, &signed_in.user, &form.app, &form.code, &ip).await? {
        Confirmed::Ok(app) => Ok(see_other(&format!("{LIST}?added={}", app.id))),
        Confirmed::Wrong { remaining } => {
            render_confirm(
                &state,
                &headers,
                &signed_in,
                &form.app,
                StatusCode::UNAUTHORIZED,
                Some(Refusal::Field(
                    "code",
                    Msg::new("factors-totp-code-wrong").arg("remaining", i64::from(remaining)),
                )),
            )
            .await
        }
        Confirmed::Dead => Ok(enrolment_gone()),
    }
}

#[derive(Deserialize)]
struct DeleteForm {
    app: String,
}

async fn delete(
    State(state): State<Web>,
    ClientIp(ip): ClientIp,
    RecentSignIn(signed_in): RecentSignIn,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<Response, AppError> {
    if totp::remove(&state, &signed_in.user, &form.app, &ip)
        .await?
        .is_none()
    {
        return Ok(PageError::bad_request(Msg::new("factors-totp-unknown")).into_response());
    }
    Ok(see_other(&format!("{LIST}?deleted=1")))
}
