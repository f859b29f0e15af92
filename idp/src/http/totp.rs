//! Authenticator apps (TOTP): "Manage my authenticator apps" in My Account (add by QR
//! code, confirm with a first code, delete) and the "Authenticator app (TOTP)" sign-in step.

use super::devices::qr_data_url;
use super::errors::PageError;
use super::my_account::{account_page, notify, recent_or_reauth, signed_in_or_login, when};
use super::second_factor::{finish, pending};
use super::{csrf, page, see_other, ClientIp};
use crate::authn::factors::Method;
use crate::authn::totp::{self, Confirmed, LoginChecked};
use crate::error::AppError;
use crate::oidc::acr::Acr;
use crate::secret::{token_hash, Secret};
use crate::state::AppState;
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

const LIST: &str = "/account/authenticator-apps";
const ADD: &str = "/account/authenticator-apps/add";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(LIST, get(list))
        .route(ADD, get(add_page).post(add_submit))
        .route(
            "/account/authenticator-apps/confirm",
            get(confirm_page).post(confirm_submit),
        )
        .route("/account/authenticator-apps/delete", post(delete))
        .route("/login/totp", get(login_page).post(login_submit))
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
    let signed_in = or_return!(signed_in_or_login(&state, &headers, LIST).await?);
    let apps = store::totp::confirmed(&state.db, &signed_in.user.id).await?;
    let added = q
        .added
        .as_deref()
        .and_then(|id| apps.iter().find(|a| a.id == id))
        .map(|a| {
            format!(
                "Your authenticator app \"{}\" was added successfully. You can now use it to sign in.",
                a.name
            )
        });
    let notice = added.or(q
        .deleted
        .is_some()
        .then(|| "The authenticator app was deleted.".to_owned()));
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

async fn add_page(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let signed_in = or_return!(recent_or_reauth(&state, &headers, ADD).await?);
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
    csrf: String,
    name: String,
}

async fn add_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<AddForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let signed_in = or_return!(recent_or_reauth(&state, &headers, ADD).await?);
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
                    error,
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
    PageError::bad_request(
        "This authenticator app is not waiting for confirmation any more (it expired, was confirmed, or received too many wrong codes). Please add it again.",
    )
    .into_response()
}

/// The QR code, the secret for manual entry, and the field for the first code.
async fn render_confirm(
    state: &AppState,
    headers: &HeaderMap,
    signed_in: &crate::authn::session::SignedIn,
    app_id: &str,
    status: StatusCode,
    error: Option<String>,
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
            error,
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
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<AppQuery>,
) -> Result<Response, AppError> {
    let signed_in = or_return!(recent_or_reauth(&state, &headers, ADD).await?);
    render_confirm(&state, &headers, &signed_in, &q.app, StatusCode::OK, None).await
}

#[derive(Deserialize)]
struct ConfirmForm {
    csrf: String,
    app: String,
    code: Secret,
}

async fn confirm_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let signed_in = or_return!(recent_or_reauth(&state, &headers, ADD).await?);
    let user = &signed_in.user;
    match totp::confirm(&state, user, &form.app, &form.code, &ip).await? {
        Confirmed::Ok(app) => {
            notify(
                &state,
                user,
                &format!(
                    "The authenticator app \"{}\" was added to your EU Login account.",
                    app.name
                ),
            )
            .await?;
            Ok(see_other(&format!("{LIST}?added={}", app.id)))
        }
        Confirmed::Wrong { remaining } => {
            render_confirm(
                &state,
                &headers,
                &signed_in,
                &form.app,
                StatusCode::UNAUTHORIZED,
                Some(format!(
                    "The code is not correct. Check that the time of your phone is right and enter the code your app shows now. {remaining} tries left."
                )),
            )
            .await
        }
        Confirmed::Dead => Ok(enrolment_gone()),
    }
}

#[derive(Deserialize)]
struct DeleteForm {
    csrf: String,
    app: String,
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
    let signed_in = or_return!(recent_or_reauth(&state, &headers, LIST).await?);
    let user = &signed_in.user;
    let Some(app) = totp::remove(&state, user, &form.app, &ip).await? else {
        return Ok(PageError::bad_request("Unknown authenticator app.").into_response());
    };
    if app.confirmed_at.is_some() {
        notify(
            &state,
            user,
            &format!(
                "The authenticator app \"{}\" was removed from your EU Login account.",
                app.name
            ),
        )
        .await?;
    }
    Ok(see_other(&format!("{LIST}?deleted=1")))
}

#[derive(Deserialize)]
struct FlowQuery {
    flow: String,
}

fn not_accepted() -> Response {
    PageError::bad_request(format!(
        "This application does not accept {}.",
        Method::Totp.label()
    ))
    .into_response()
}

fn too_many() -> Response {
    PageError::bad_request(
        "Too many wrong codes were entered. For your security this sign-in was stopped: please start again from the application.",
    )
    .into_response()
}

/// "Authenticator app (TOTP)" after the password: the field for the app's code.
async fn login_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    render_login(&state, &headers, &q.flow, StatusCode::OK, None).await
}

async fn render_login(
    state: &AppState,
    headers: &HeaderMap,
    flow: &str,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let p = or_return!(pending(state, flow).await?);
    if !Method::Totp.allowed_by(p.view.allowed_methods.as_deref()) {
        return Ok(not_accepted());
    }
    if store::totp::confirmed(&state.db, &p.user.id)
        .await?
        .is_empty()
    {
        return Ok(see_other(&format!(
            "/login/step-up?flow={flow}&missing=totp"
        )));
    }
    if totp::attempt_dead(state, &token_hash(flow)).await? {
        return Ok(too_many());
    }
    page(
        state,
        headers,
        status,
        "login_totp.html",
        minijinja::context! { flow, email => p.user.email, error },
    )
}

#[derive(Deserialize)]
struct CodeForm {
    csrf: String,
    flow: String,
    code: Secret,
}

#[tracing::instrument(skip_all)]
async fn login_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let p = or_return!(pending(&state, &form.flow).await?);
    if !Method::Totp.allowed_by(p.view.allowed_methods.as_deref()) {
        return Ok(not_accepted());
    }
    let outcome =
        totp::check_login(&state, &p.user.id, &token_hash(&form.flow), &form.code).await?;
    let (reason, error) = match outcome {
        LoginChecked::Ok => {
            return finish(&state, &headers, &ip, &p, Method::Totp, Acr::Medium).await
        }
        LoginChecked::Wrong { remaining } => (
            "wrong_code",
            format!("The code is not correct. Enter the 6-digit code your authenticator app shows now. {remaining} tries left."),
        ),
        LoginChecked::Replayed { remaining } => (
            "code_reused",
            format!("This code was already used. Wait until your authenticator app shows a new code, then enter it. {remaining} tries left."),
        ),
        LoginChecked::Dead => ("too_many_codes", String::new()),
        LoginChecked::Paused { .. } => ("too_many_codes_this_hour", String::new()),
    };
    crate::authn::audit(
        &state,
        "signin.failure",
        Some(&p.user.id),
        Some(&ip),
        serde_json::json!({ "method": Method::Totp.name(), "reason": reason }),
    )
    .await?;
    if outcome == LoginChecked::Dead {
        return Ok(too_many());
    }
    if let LoginChecked::Paused { retry_after_secs } = outcome {
        return Ok(PageError::too_many_requests(
            "Too many wrong codes",
            format!(
                "Too many wrong codes from an authenticator app were entered for your account. You can use it again in {}; meanwhile, choose another verification method.",
                crate::account::links::human_duration(retry_after_secs)
            ),
            retry_after_secs,
        ));
    }
    render_login(
        &state,
        &headers,
        &form.flow,
        StatusCode::UNAUTHORIZED,
        Some(error),
    )
    .await
}
