//! Registration and password screens, before any session: `/register` (J1),
//! `/password/set` (the e-mailed link, J2) and `/password/forgot`.

use super::languages;
use crate::account::links::{self, LinkState, SetOutcome};
use crate::account::registration::{self, Outcome, Registration};
use crate::authn::policy;
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{ClientIp, CsrfForm};
use crate::http::page;
use crate::http::web::Web;
use crate::secret::Secret;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
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

async fn register_page(State(state): State<Web>, headers: HeaderMap) -> Result<Response, AppError> {
    page(
        &state,
        &headers,
        StatusCode::OK,
        "register.html",
        minijinja::context! { languages => languages(), form => minijinja::context! { language => "en" } },
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
                title => "Please check your e-mail",
                notice => "Thank you for registering.",
                message => format!(
                    "An e-mail has been sent to {} with a link to create your password. The link is valid for {} minutes. \
                     It may take a few minutes to arrive; check your spam folder too.",
                    r.email.trim(),
                    (state.config.password.link_ttl_secs + 59) / 60
                ),
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
                    language => r.language.clone().unwrap_or_else(|| "en".into()),
                },
            },
        ),
        Outcome::Throttled { retry_after_secs } => Ok(throttled(retry_after_secs)),
    }
}

fn throttled(retry_after_secs: i64) -> Response {
    PageError::too_many_requests(
        "Please wait before asking again",
        format!(
            "An e-mail was sent to this address a short while ago, or too many were asked for from your network. You can ask again in {}.",
            links::human_duration(retry_after_secs)
        ),
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
            title => "You changed your password recently",
            error => format!(
                "For security reasons you have to wait before changing your password again. You can change it again in {}.",
                links::human_duration(wait)
            ),
            hint => "In urgent cases, please contact the helpdesk.",
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
            minutes => (state.config.password.link_ttl_secs + 59) / 60,
        },
    )
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
                title => "Your password has been set",
                notice => "Your password has been saved. You can now sign in with your e-mail address and this password.",
                links => vec![minijinja::context! { href => "/login", label => "Sign in" }],
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
            minutes => (state.config.password.link_ttl_secs + 59) / 60,
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
            title => "Please check your e-mail",
            message => format!(
                "If a {} account exists for {}, an e-mail with a link to choose a password is on its way. The link is valid for {} minutes. If it does not arrive, you can ask for a new one in {}.",
                state.brand,
                form.email.chars().take(320).collect::<String>().trim(),
                (state.config.password.link_ttl_secs + 59) / 60,
                links::human_duration(state.config.pacing.email_min_interval_secs),
            ),
        },
    )
}
