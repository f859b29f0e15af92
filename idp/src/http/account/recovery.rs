//! "Delete all my devices" (the FAQ's new-phone case) and the account recovery behind it.
//! With a second factor at hand (a recent sign-in with one), everything is deleted at once;
//! with the password alone it becomes a recovery: an e-mail link, a waiting period the owner
//! is told about and can cancel, then removal (`account::recovery`).

use super::account_page;
use crate::account::profile;
use crate::account::recovery::{self, Confirmed, Requested};
use crate::authn::acr::Acr;
use crate::authn::factors::Enrolled;
use crate::authn::session;
use crate::authn::sign_in;
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{
    back_to, signed_in_or_sign_in, ClientIp, CsrfForm, RecentSignIn, SessionCookie, SignedIn,
};
use crate::http::web::Web;
use crate::http::{page, see_other};
use crate::i18n::{duration, when, Msg};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

const DELETE_ALL: &str = "/account/devices/delete-all";

pub fn routes() -> Router<Web> {
    Router::new()
        .route(DELETE_ALL, get(delete_all_page).post(delete_all_submit))
        .route(
            "/account/recovery/start",
            post(start).layer(back_to(DELETE_ALL)),
        )
        .route(
            "/account/recovery/confirm",
            get(confirm_page).post(confirm_submit),
        )
        .route(
            "/account/recovery/cancel",
            get(cancel_page).post(cancel_submit),
        )
}

/// What the page offers: delete now (a recent second-factor sign-in), sign in with a factor
/// first, or the recovery by e-mail; and the recovery in progress, if any.
async fn delete_all_page(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
) -> Result<Response, AppError> {
    let enrolled = Enrolled::of(&state, &s.user.id).await?;
    let has_factor = enrolled.any_second_factor();
    let pending = recovery::pending_until(&state, &s.user.id).await?;
    let reauth = if has_factor && !session::recent_enough(&s.session, &state, true) {
        let id =
            sign_in::start_for_page(&state, DELETE_ALL, Acr::Medium, Some(s.user.email.clone()))
                .await?;
        Some(format!("/login?flow={id}"))
    } else {
        None
    };
    account_page(
        &state,
        &headers,
        &s,
        StatusCode::OK,
        "account_delete_devices.html",
        minijinja::context! {
            has_factor,
            can_delete_now => !has_factor || reauth.is_none(),
            reauth,
            pending => pending.map(when),
            wait => duration(state.config.recovery.wait_secs),
        },
    )
}

#[derive(Deserialize)]
struct ConfirmForm {
    confirm: Option<String>,
}

/// Deletes every mobile device, security key and authenticator app at once. Needs a recent
/// sign-in with a second factor when the user has one: the password alone never removes
/// them (that is the recovery).
async fn delete_all_submit(
    State(state): State<Web>,
    ClientIp(ip): ClientIp,
    RecentSignIn(s): RecentSignIn,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, AppError> {
    if form.confirm.as_deref() != Some("yes") {
        return Ok(see_other(DELETE_ALL));
    }
    profile::delete_all_devices(&state, &s.user, &ip).await?;
    Ok(see_other("/account?notice=devices"))
}

#[derive(Deserialize)]
struct NoFields {}

/// Step 1 of a recovery: a recent password sign-in asks for the e-mail link.
async fn start(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    SignedIn(s): SignedIn,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    if !session::recent_enough(&s.session, &state, false) {
        let id =
            sign_in::start_for_page(&state, DELETE_ALL, Acr::Basic, Some(s.user.email.clone()))
                .await?;
        return Ok(see_other(&format!("/login?flow={id}")));
    }
    match recovery::request(&state, &s.user, &ip).await? {
        Requested::Sent => account_page(
            &state,
            &headers,
            &s,
            StatusCode::OK,
            "account_recovery.html",
            minijinja::context! {
                step => "sent",
                email => &s.user.email,
                minutes => (state.config.recovery.link_ttl_secs + 59) / 60,
                wait => duration(state.config.recovery.wait_secs),
            },
        ),
        Requested::Paced { retry_after_secs } => Ok(PageError::too_many_requests(
            Msg::new("account-wait-title"),
            Msg::new("account-recovery-paced").arg("wait", duration(retry_after_secs)),
            retry_after_secs,
        )),
    }
}

#[derive(Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

fn dead_link(state: &Web, headers: &HeaderMap) -> Result<Response, AppError> {
    page(
        state,
        headers,
        StatusCode::BAD_REQUEST,
        "account_recovery.html",
        minijinja::context! { step => "invalid" },
    )
}

/// Step 2, the link of the e-mail: what will happen, and a button (a mail scanner that
/// follows links must not start anything).
async fn confirm_page(
    State(state): State<Web>,
    headers: HeaderMap,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let token = q.token.unwrap_or_default();
    let Some(user) = recovery::link_user(&state, &token).await? else {
        return dead_link(&state, &headers);
    };
    page(
        &state,
        &headers,
        StatusCode::OK,
        "account_recovery.html",
        minijinja::context! {
            step => "confirm",
            token,
            email => &user.email,
            wait => duration(state.config.recovery.wait_secs),
        },
    )
}

#[derive(Deserialize)]
struct TokenForm {
    token: Option<String>,
}

async fn confirm_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, AppError> {
    match recovery::confirm(&state, form.token.as_deref().unwrap_or(""), &ip).await? {
        Confirmed::Started { effective_at } => page(
            &state,
            &headers,
            StatusCode::OK,
            "account_recovery.html",
            minijinja::context! { step => "started", when => when(effective_at) },
        ),
        Confirmed::Invalid => dead_link(&state, &headers),
    }
}

async fn cancel_page(
    State(state): State<Web>,
    headers: HeaderMap,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let token = q.token.unwrap_or_default();
    let Some(user) = recovery::cancel_link_user(&state, &token).await? else {
        return dead_link(&state, &headers);
    };
    let pending = recovery::pending_until(&state, &user.id).await?;
    page(
        &state,
        &headers,
        StatusCode::OK,
        "account_recovery.html",
        minijinja::context! {
            step => "cancel",
            token,
            when => pending.map(when),
        },
    )
}

/// Cancels: with the link of the e-mail, or signed in (from "Delete all my devices").
async fn cancel_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    SessionCookie(session): SessionCookie,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, AppError> {
    let cancelled = match form.token.as_deref().filter(|t| !t.is_empty()) {
        Some(token) => {
            if !recovery::cancel_with_link(&state, token, &ip).await? {
                return dead_link(&state, &headers);
            }
            true
        }
        None => {
            let s = or_return!(signed_in_or_sign_in(&state, session.as_deref(), DELETE_ALL).await?);
            recovery::cancel(&state, &s.user, &ip).await?
        }
    };
    page(
        &state,
        &headers,
        StatusCode::OK,
        "account_recovery.html",
        minijinja::context! { step => "cancelled", cancelled },
    )
}
