//! Registration and password screens, before any session: `/register` (J1),
//! `/password/set` (the e-mailed link, J2) and `/password/forgot`.

use super::languages;
use crate::account::links::{self, LinkState, SetOutcome};
use crate::account::registration::{self, Outcome, Registration};
use crate::authn::policy;
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{ClientIp, CsrfForm};
use crate::http::web::Web;
use crate::http::{cookies, page};
use crate::i18n::{self, duration, Msg};
use crate::secret::Secret;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/register", get(register_page).post(register_submit))
        .route("/password/set", get(set_page).post(set_submit))
        .route("/password/forgot", get(forgot_page).post(forgot_submit))
}

/// The language the registration form offers first: the page's own, chosen as every page's
/// is (`i18n::choose`: the selector's cookie, then the browser's `Accept-Language`, then
/// English; a visitor has no account and no authorization request here).
fn page_language(state: &Web, headers: &HeaderMap) -> &'static str {
    let cookie = cookies::get(headers, cookies::LANGUAGE, state.https());
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let chosen = i18n::choose(i18n::Wishes {
        cookie: cookie.as_deref(),
        accept_language: accept,
        ..i18n::Wishes::default()
    });
    registration::language(chosen.code).map_or(i18n::ENGLISH.code, |l| l.code)
}

async fn register_page(State(state): State<Web>, headers: HeaderMap) -> Result<Response, AppError> {
    let language = page_language(&state, &headers);
    page(
        &state,
        &headers,
        StatusCode::OK,
        "register.html",
        minijinja::context! { languages => languages(), form => minijinja::context! { language } },
    )
}

async fn register_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    CsrfForm(registration): CsrfForm<Registration>,
) -> Result<Response, AppError> {
    let r = &registration;
    match registration::register(&state, r, &ip).await? {
        Outcome::Accepted => page(
            &state,
            &headers,
            StatusCode::OK,
            "message.html",
            minijinja::context! {
                title => Msg::new("account-check-email-title"),
                notice => Msg::new("account-register-thanks"),
                message => Msg::new("account-register-sent")
                    .arg("email", r.email.trim())
                    .arg("minutes", link_minutes(&state)),
            },
        ),
        Outcome::Invalid(errors) => page(
            &state,
            &headers,
            StatusCode::BAD_REQUEST,
            "register.html",
            minijinja::context! {
                languages => languages(),
                errors,
                form => minijinja::context! {
                    first_name => r.first_name.chars().take(100).collect::<String>(),
                    last_name => r.last_name.chars().take(100).collect::<String>(),
                    email => r.email.chars().take(320).collect::<String>(),
                    email_confirm => r.email_confirm.chars().take(320).collect::<String>(),
                    language => r.language.clone().unwrap_or_else(|| page_language(&state, &headers).to_owned()),
                },
            },
        ),
        Outcome::Throttled { retry_after_secs } => Ok(throttled(retry_after_secs)),
    }
}

fn throttled(retry_after_secs: i64) -> Response {
    PageError::too_many_requests(
        Msg::new("account-wait-title"),
        Msg::new("account-register-throttled").arg("wait", duration(retry_after_secs)),
        retry_after_secs,
    )
}

#[derive(Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

async fn set_page(
    State(state): State<Web>,
    headers: HeaderMap,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let token = q.token.unwrap_or_default();
    match links::inspect(&state, &token).await? {
        LinkState::Valid { user, purpose } => {
            if purpose == links::Purpose::Reset {
                let wait = links::wait_before_change(&state, &user);
                if wait > 0 {
                    return too_soon(&state, &headers, wait);
                }
            }
            page(
                &state,
                &headers,
                StatusCode::OK,
                "set_password.html",
                minijinja::context! {
                    token,
                    email => user.email,
                    rules => policy::rules(&state.config.password),
                },
            )
        }
        LinkState::Invalid => link_invalid(&state, &headers),
    }
}

fn too_soon(state: &Web, headers: &HeaderMap, wait: i64) -> Result<Response, AppError> {
    page(
        state,
        headers,
        StatusCode::BAD_REQUEST,
        "message.html",
        minijinja::context! {
            title => Msg::new("account-password-recent-title"),
            error => Msg::new("account-password-recent").arg("wait", duration(wait)),
            hint => Msg::new("account-password-urgent"),
        },
    )
}

fn link_invalid(state: &Web, headers: &HeaderMap) -> Result<Response, AppError> {
    page(
        state,
        headers,
        StatusCode::BAD_REQUEST,
        "forgot_password.html",
        minijinja::context! {
            expired => true,
            minutes => link_minutes(state),
        },
    )
}

/// How long a password link can be used, in whole minutes.
fn link_minutes(state: &Web) -> i64 {
    (state.config.password.link_ttl_secs + 59) / 60
}

#[derive(Deserialize)]
struct SetForm {
    token: String,
    password: Secret,
    password_confirm: Secret,
}

async fn set_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<SetForm>,
) -> Result<Response, AppError> {
    match links::set_password(
        &state,
        &form.token,
        &form.password,
        &form.password_confirm,
        &ip,
    )
    .await?
    {
        SetOutcome::Done => page(
            &state,
            &headers,
            StatusCode::OK,
            "message.html",
            minijinja::context! {
                title => Msg::new("account-set-password-done-title"),
                notice => Msg::new("account-set-password-done"),
                links => vec![minijinja::context! { href => "/login", label => Msg::new("account-sign-in") }],
            },
        ),
        SetOutcome::Refused(errors) => {
            let email = match links::inspect(&state, &form.token).await? {
                LinkState::Valid { user, .. } => user.email,
                LinkState::Invalid => String::new(),
            };
            page(
                &state,
                &headers,
                StatusCode::BAD_REQUEST,
                "set_password.html",
                minijinja::context! {
                    token => form.token,
                    email,
                    errors,
                    rules => policy::rules(&state.config.password),
                },
            )
        }
        SetOutcome::TooSoon { wait_secs } => too_soon(&state, &headers, wait_secs),
        SetOutcome::Invalid => link_invalid(&state, &headers),
    }
}

async fn forgot_page(State(state): State<Web>, headers: HeaderMap) -> Result<Response, AppError> {
    page(
        &state,
        &headers,
        StatusCode::OK,
        "forgot_password.html",
        minijinja::context! {
            minutes => link_minutes(&state),
        },
    )
}

#[derive(Deserialize)]
struct ForgotForm {
    email: String,
}

async fn forgot_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<ForgotForm>,
) -> Result<Response, AppError> {
    if let Some(retry) = registration::forgot(&state, &form.email, &ip).await? {
        return Ok(throttled(retry));
    }
    page(
        &state,
        &headers,
        StatusCode::OK,
        "message.html",
        minijinja::context! {
            title => Msg::new("account-check-email-title"),
            message => Msg::new("account-forgot-sent")
                .arg("email", form.email.chars().take(320).collect::<String>().trim())
                .arg("minutes", link_minutes(&state))
                .arg("wait", duration(state.config.pacing.email_min_interval_secs)),
        },
    )
}
