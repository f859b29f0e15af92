//! My Account (SPEC J4): the gear menu's pages, and what every account page shares:
//! requiring a session, requiring a recent sign-in before a factor changes (with a second
//! factor when the user has one), and notifying the user of changes.

use super::{page, see_other};

use crate::authn::factors::Enrolled;
use crate::authn::session::{self, SignedIn};
use crate::error::AppError;
use crate::oidc::acr::Acr;
use crate::oidc::flow;
use crate::state::AppState;
use crate::store::users::User;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

/// The signed-in user, or a redirect to sign in and come back to `return_to`.
pub async fn signed_in_or_login(
    state: &AppState,
    headers: &HeaderMap,
    return_to: &str,
) -> Result<Result<SignedIn, Response>, AppError> {
    // A recovery whose waiting period is over is carried out before any account page shows
    // the factors (the maintenance loop does it too, every minute).
    crate::account::recovery::complete_due(state).await?;
    match session::current(state, headers).await? {
        Some(s) if s.authentication(state).is_some() => Ok(Ok(s)),
        _ => {
            let id = flow::start_direct(state, return_to, Acr::Basic, None).await?;
            Ok(Err(see_other(&format!("/login?flow={id}"))))
        }
    }
}

/// The signed-in user if the sign-in is recent enough to change a factor; otherwise a
/// re-authentication that comes back to `return_to`: with an existing second factor when
/// the user has one (as EU Login does), else with the password.
pub async fn recent_or_reauth(
    state: &AppState,
    headers: &HeaderMap,
    return_to: &str,
) -> Result<Result<SignedIn, Response>, AppError> {
    let signed_in = match signed_in_or_login(state, headers, return_to).await? {
        Ok(s) => s,
        Err(r) => return Ok(Err(r)),
    };
    let enrolled = Enrolled::of(state, &signed_in.user.id).await?;
    let needs_factor = enrolled.any_second_factor();
    if session::recent_enough(&signed_in.session, state, needs_factor) {
        return Ok(Ok(signed_in));
    }
    let level = if needs_factor {
        Acr::Medium
    } else {
        Acr::Basic
    };
    let id =
        flow::start_direct(state, return_to, level, Some(signed_in.user.email.clone())).await?;
    Ok(Err(see_other(&format!("/login?flow={id}"))))
}

/// What `base.html` needs for the gear menu.
pub fn user_ctx(user: &User) -> minijinja::Value {
    minijinja::context! { name => user.display_name(), email => &user.email }
}

/// Tells the user by e-mail that something changed on the account (SPEC section 5).
pub async fn notify(state: &AppState, user: &User, what: &str) -> Result<(), AppError> {
    let body = format!(
        "Dear {},\n\n{what}\n\nIf you did not do this, sign in to EU Login, remove what you do not recognise in My Account, change your password, and contact the helpdesk.\n\nSent to you by EU Login",
        user.display_name()
    );
    state
        .mailer
        .send_email(
            &user.email,
            "EU Login: your account was changed",
            &body,
            state.now(),
        )
        .await
}

/// A second factor was added or removed: an audit entry (`factor.added`/`factor.removed`)
/// and an e-mail telling the user (SPEC section 5).
pub async fn factor_changed(
    state: &AppState,
    user: &User,
    ip: &str,
    event: &str,
    detail: serde_json::Value,
    message: &str,
) -> Result<(), AppError> {
    crate::authn::audit(state, event, Some(&user.id), Some(ip), detail).await?;
    notify(state, user, message).await
}

/// Renders an account page with the gear menu filled in.
pub fn account_page(
    state: &AppState,
    headers: &HeaderMap,
    signed_in: &SignedIn,
    status: StatusCode,
    template: &str,
    ctx: minijinja::Value,
) -> Result<Response, AppError> {
    page(
        state,
        headers,
        status,
        template,
        minijinja::context! { user => user_ctx(&signed_in.user), ..ctx },
    )
}

use super::errors::PageError;
use super::{csrf, with_cookie, ClientIp};
use crate::account::links::{human_duration, wait_before_change};
use crate::account::profile::{self, PasswordChange};
use crate::account::registration::LANGUAGES;
use crate::secret::Secret;
use crate::store;
use axum::extract::{Query, State};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account", get(hub))
        .route(
            "/account/password",
            get(password_page).post(password_submit),
        )
        .route("/account/details", get(details_page).post(details_submit))
        .route("/account/delete", get(delete_page).post(delete_submit))
        .route("/account/sessions", get(sessions_page))
        .route("/account/sessions/end", post(end_session))
        .route("/account/activity", get(activity))
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
}

/// Fixed notices a redirect may ask for (never free text from the URL).
fn notice_text(key: Option<&str>) -> Option<&'static str> {
    match key? {
        "password" => Some("Your password was changed. Your other sessions were ended."),
        "details" => Some("Your personal data was saved."),
        "devices" => Some("All your devices were deleted. You can now add your new device."),
        "session" => Some("The session was ended."),
        _ => None,
    }
}

/// My Account: the account details and every item of the gear menu (J4).
async fn hub(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let s = or_return!(signed_in_or_login(&state, &headers, "/account").await?);
    let enrolled = Enrolled::of(&state, &s.user.id).await?;
    let auth = s.authentication(&state);
    account_page(
        &state,
        &headers,
        &s,
        StatusCode::OK,
        "account.html",
        minijinja::context! {
            first_name => &s.user.first_name,
            last_name => &s.user.last_name,
            language => &s.user.language,
            level => auth.as_ref().map(|a| a.level.name()),
            phones => enrolled.phones,
            devices => enrolled.devices,
            keys => enrolled.webauthn.is_some(),
            totp => enrolled.totp,
            notice => notice_text(q.notice.as_deref()),
        },
    )
}

async fn password_page(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let s = or_return!(signed_in_or_login(&state, &headers, "/account/password").await?);
    render_password(&state, &headers, &s, StatusCode::OK, Vec::new())
}

fn render_password(
    state: &AppState,
    headers: &HeaderMap,
    s: &SignedIn,
    status: StatusCode,
    errors: Vec<String>,
) -> Result<Response, AppError> {
    let wait = wait_before_change(state, &s.user);
    account_page(
        state,
        headers,
        s,
        status,
        "account_password.html",
        minijinja::context! {
            errors,
            wait => (wait > 0).then(|| human_duration(wait)),
            rules => crate::authn::policy::rules(&state.config.password),
        },
    )
}

#[derive(Deserialize)]
struct PasswordForm {
    csrf: String,
    current: Secret,
    password: Secret,
    confirm: Secret,
}

async fn password_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let s = or_return!(signed_in_or_login(&state, &headers, "/account/password").await?);
    if form.current.expose().len() > 4096 || form.password.expose().len() > 4096 {
        return render_password(
            &state,
            &headers,
            &s,
            StatusCode::BAD_REQUEST,
            vec!["The password is too long.".into()],
        );
    }
    match profile::change_password(&state, &s.user, &form.current, &form.password, &form.confirm, &ip).await? {
        PasswordChange::Done => {
            notify(&state, &s.user, "The password of your EU Login account was changed.").await?;
            // This browser stays signed in with a new session proving the new password.
            let started = session::start(
                &state,
                &headers,
                &s.user.id,
                session::Proof { password_at: state.now(), mfa: None },
                &ip,
            )
            .await?;
            Ok(with_cookie(see_other("/account?notice=password"), &started.set_cookie))
        }
        PasswordChange::WrongCurrent => render_password(
            &state,
            &headers,
            &s,
            StatusCode::UNAUTHORIZED,
            vec!["Your current password is not correct.".into()],
        ),
        PasswordChange::Refused(problems) => {
            render_password(&state, &headers, &s, StatusCode::BAD_REQUEST, problems)
        }
        PasswordChange::TooSoon { wait_secs } => render_password(
            &state,
            &headers,
            &s,
            StatusCode::TOO_MANY_REQUESTS,
            vec![format!(
                "For security reasons you have to wait before changing your password again: {} left. In urgent cases, please contact the helpdesk.",
                human_duration(wait_secs)
            )],
        ),
    }
}

fn languages() -> Vec<minijinja::Value> {
    LANGUAGES
        .iter()
        .map(|(code, label)| minijinja::context! { code, label })
        .collect()
}

async fn details_page(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let s = or_return!(signed_in_or_login(&state, &headers, "/account/details").await?);
    account_page(
        &state,
        &headers,
        &s,
        StatusCode::OK,
        "account_details.html",
        minijinja::context! {
            first_name => &s.user.first_name,
            last_name => &s.user.last_name,
            language => &s.user.language,
            languages => languages(),
        },
    )
}

#[derive(Deserialize)]
struct DetailsForm {
    csrf: String,
    first_name: String,
    last_name: String,
    language: String,
}

async fn details_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<DetailsForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let s = or_return!(signed_in_or_login(&state, &headers, "/account/details").await?);
    match profile::update_details(
        &state,
        &s.user,
        &form.first_name,
        &form.last_name,
        &form.language,
    )
    .await?
    {
        Ok(()) => Ok(see_other("/account?notice=details")),
        Err(errors) => account_page(
            &state,
            &headers,
            &s,
            StatusCode::BAD_REQUEST,
            "account_details.html",
            minijinja::context! {
                errors,
                first_name => form.first_name.chars().take(100).collect::<String>(),
                last_name => form.last_name.chars().take(100).collect::<String>(),
                language => &s.user.language,
                languages => languages(),
            },
        ),
    }
}

async fn delete_page(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let s = or_return!(recent_or_reauth(&state, &headers, "/account/delete").await?);
    account_page(
        &state,
        &headers,
        &s,
        StatusCode::OK,
        "account_delete.html",
        minijinja::context! {},
    )
}

#[derive(Deserialize)]
struct ConfirmForm {
    csrf: String,
    confirm: Option<String>,
}

async fn delete_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let s = or_return!(recent_or_reauth(&state, &headers, "/account/delete").await?);
    if form.confirm.as_deref() != Some("yes") {
        return account_page(
            &state,
            &headers,
            &s,
            StatusCode::BAD_REQUEST,
            "account_delete.html",
            minijinja::context! { error => "Please tick the box to confirm that your account must be deleted." },
        );
    }
    let email = s.user.email.clone();
    profile::delete_account(&state, &s.user, &ip).await?;
    state
        .mailer
        .send_email(
            &email,
            "EU Login: your account was deleted",
            "Your EU Login account was deleted at your request.\n\nSent to you by EU Login",
            state.now(),
        )
        .await?;
    let tls = state.https();
    let ctx = minijinja::context! {
        title => "Your account was deleted",
        message => "Your EU Login account and everything attached to it were deleted.",
    };
    let response = page(&state, &headers, StatusCode::OK, "message.html", ctx)?;
    Ok(with_cookie(
        response,
        &super::cookies::clear(super::cookies::SESSION, tls),
    ))
}

async fn sessions_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let s = or_return!(signed_in_or_login(&state, &headers, "/account/sessions").await?);
    let now = state.now();
    let sessions: Vec<_> = store::sessions::list_live_for_user(&state.db, &s.user.id, now)
        .await?
        .iter()
        .filter(|x| now - x.last_seen_at <= state.config.session.idle_secs)
        .map(|x| {
            minijinja::context! {
                sid => &x.sid,
                current => x.id == s.session.id,
                started => when(x.created_at),
                last_seen => when(x.last_seen_at),
                ip => &x.ip,
                user_agent => &x.user_agent,
                // The level the session still proves now (an elevated level expires sooner).
                level => session::authentication_of(x, &state).map_or("expired", |a| a.level.name()),
            }
        })
        .collect();
    account_page(
        &state,
        &headers,
        &s,
        StatusCode::OK,
        "account_sessions.html",
        minijinja::context! { sessions, notice => notice_text(q.notice.as_deref()) },
    )
}

#[derive(Deserialize)]
struct EndForm {
    csrf: String,
    sid: String,
}

async fn end_session(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<EndForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let s = or_return!(signed_in_or_login(&state, &headers, "/account/sessions").await?);
    let Some(target) = store::sessions::find_by_sid(&state.db, &form.sid)
        .await?
        .filter(|x| x.user_id == s.user.id && x.ended_at.is_none())
    else {
        return Ok(PageError::bad_request(
            "This session is not one of yours, or it has already ended.",
        )
        .into_response());
    };
    crate::oidc::logout::end_session(&state, &target, &ip).await?;
    if target.id == s.session.id {
        let tls = state.https();
        return Ok(with_cookie(
            see_other("/"),
            &super::cookies::clear(super::cookies::SESSION, tls),
        ));
    }
    Ok(see_other("/account/sessions?notice=session"))
}

async fn activity(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let s = or_return!(signed_in_or_login(&state, &headers, "/account/activity").await?);
    let events: Vec<_> = store::audit::recent_for_user(&state.db, &s.user.id, 50)
        .await?
        .iter()
        .map(|e| {
            minijinja::context! {
                at => when(e.at),
                event => describe(&e.event),
                ip => &e.ip,
                detail => e.detail.as_deref().map(summary).unwrap_or_default(),
            }
        })
        .collect();
    account_page(
        &state,
        &headers,
        &s,
        StatusCode::OK,
        "account_activity.html",
        minijinja::context! { events },
    )
}

/// A readable line for an audit event.
fn describe(event: &str) -> &str {
    match event {
        "signin.success" => "Signed in",
        "signin.failure" => "Failed sign-in",
        "signout" => "Signed out",
        "password.set" => "Password set or changed",
        "factor.added" => "Verification method added",
        "factor.removed" => "Verification method removed",
        "sms.sent" => "Text message sent",
        "device.locked" => "Mobile device locked (wrong PINs)",
        "push_denied" => "Sign-in request denied on a mobile device",
        "push_wrong_number" => "Wrong number chosen on a mobile device",
        "account.locked" => "Password sign-in blocked after too many failed attempts",
        "recovery.link_sent" => "Removal of all verification methods asked (e-mail link sent)",
        "recovery.started" => "Removal of all verification methods confirmed (waiting period)",
        "recovery.cancelled" => "Removal of all verification methods cancelled",
        other => other,
    }
}

/// The audit detail as `key: value` pairs, without JSON punctuation.
fn summary(detail: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(detail) {
        Ok(serde_json::Value::Object(map)) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}: {s}"),
                other => format!("{k}: {other}"),
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

pub use crate::clock::utc as when;
