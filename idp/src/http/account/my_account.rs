//! The gear menu's own pages (J4): My Account, password, personal data, deleting the
//! account, sessions, activity.

use super::{account_page, language_label, languages};
use crate::account::activity::address;
use crate::account::links::wait_before_change;
use crate::account::profile::{self, PasswordChange};
use crate::authn::factors::Enrolled;
use crate::authn::session::{self, Proof, SignedIn as Session};
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{back_to, ClientIp, CsrfForm, RecentSignIn, SignedIn, Visit};
use crate::http::web::Web;
use crate::http::{cookies, page, see_other, with_cookie};
use crate::i18n::{duration, when, Msg};
use crate::secret::Secret;
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/account", get(hub))
        .route(
            "/account/password",
            get(password_page).post(password_submit),
        )
        .route("/account/details", get(details_page).post(details_submit))
        .route("/account/delete", get(delete_page).post(delete_submit))
        .route("/account/sessions", get(sessions_page))
        .route(
            "/account/sessions/end",
            post(end_session).layer(back_to("/account/sessions")),
        )
        .route("/account/activity", get(activity))
        .route(
            "/account/undelivered/send-again",
            post(send_again).layer(back_to("/account")),
        )
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
}

/// Fixed notices a redirect may ask for (never free text from the URL).
fn notice_text(key: Option<&str>) -> Option<Msg> {
    let id = match key? {
        "password" => "account-notice-password",
        "details" => "account-notice-details",
        "devices" => "account-notice-devices",
        "session" => "account-notice-session",
        "sent-again" => "account-notice-sent-again",
        _ => return None,
    };
    Some(Msg::new(id))
}

/// My Account: the account details and every item of the gear menu (J4).
async fn hub(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let enrolled = Enrolled::of(&state, &s.user.id).await?;
    let auth = s.authentication(&state);
    // E-mails to this account that the outbox gave up, each with "Send again".
    let undelivered: Vec<_> = crate::mail::outbox::undelivered(&state, &s.user.id)
        .await?
        .into_iter()
        .map(|m| {
            minijinja::context! {
                id => m.id,
                subject => m.subject,
                when => crate::i18n::when(m.finished_at.unwrap_or(m.created_at)),
            }
        })
        .collect();
    account_page(
        &state,
        &headers,
        &s,
        StatusCode::OK,
        "account.html",
        minijinja::context! {
            first_name => &s.user.first_name,
            last_name => &s.user.last_name,
            language => language_label(&s.user.language),
            level => auth.as_ref().map(|a| a.level.label()),
            phones => enrolled.phones,
            devices => enrolled.devices,
            keys => enrolled.webauthn.is_some(),
            totp => enrolled.totp,
            notice => notice_text(q.notice.as_deref()),
            undelivered,
        },
    )
}

#[derive(Deserialize)]
struct SendAgainForm {
    message: String,
}

/// "Send again" for an e-mail the outbox gave up (only the owner's own).
async fn send_again(
    State(state): State<Web>,
    SignedIn(s): SignedIn,
    CsrfForm(form): CsrfForm<SendAgainForm>,
) -> Result<Response, AppError> {
    if !crate::mail::outbox::send_again(&state, &s.user.id, &form.message).await? {
        return Ok(PageError::bad_request(Msg::new("account-undelivered-gone")).into_response());
    }
    Ok(see_other("/account?notice=sent-again"))
}

async fn password_page(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
) -> Result<Response, AppError> {
    render_password(&state, &headers, &s, StatusCode::OK, None)
}

/// What a refused password change says, and where: beside the current password, beside the
/// new one (the rules it breaks), or above the form.
enum PasswordProblem {
    Current(Msg),
    New(Vec<Msg>),
    Page(Msg),
}

fn render_password(
    state: &Web,
    headers: &HeaderMap,
    s: &Session,
    status: StatusCode,
    problem: Option<PasswordProblem>,
) -> Result<Response, AppError> {
    let (current_error, errors, error) = match problem {
        Some(PasswordProblem::Current(m)) => (Some(m), Vec::new(), None),
        Some(PasswordProblem::New(list)) => (None, list, None),
        Some(PasswordProblem::Page(m)) => (None, Vec::new(), Some(m)),
        None => (None, Vec::new(), None),
    };
    let wait = wait_before_change(state, &s.user);
    account_page(
        state,
        headers,
        s,
        status,
        "account_password.html",
        minijinja::context! {
            current_error,
            errors,
            error,
            wait => (wait > 0).then(|| duration(wait)),
            rules => crate::authn::policy::rules(&state.config.password),
        },
    )
}

#[derive(Deserialize)]
struct PasswordForm {
    current: Secret,
    password: Secret,
    confirm: Secret,
}

async fn password_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    visit: Visit,
    SignedIn(s): SignedIn,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, AppError> {
    let ip = &visit.ip;
    if form.current.expose().len() > 4096 || form.password.expose().len() > 4096 {
        return render_password(
            &state,
            &headers,
            &s,
            StatusCode::BAD_REQUEST,
            Some(PasswordProblem::New(vec![Msg::new(
                "account-password-too-long",
            )])),
        );
    }
    match profile::change_password(
        &state,
        &s.user,
        &form.current,
        &form.password,
        &form.confirm,
        ip,
    )
    .await?
    {
        PasswordChange::Done => {
            // This browser stays signed in with a new session proving the new password.
            let proof = Proof {
                password_at: state.now(),
                mfa: None,
            };
            let started = session::start(&state, &visit.browser(), &s.user.id, proof).await?;
            Ok(with_cookie(
                see_other("/account?notice=password"),
                &cookies::session(started.token.expose(), state.https()),
            ))
        }
        PasswordChange::WrongCurrent => render_password(
            &state,
            &headers,
            &s,
            StatusCode::UNAUTHORIZED,
            Some(PasswordProblem::Current(Msg::new(
                "account-password-wrong-current",
            ))),
        ),
        PasswordChange::Refused(problems) => render_password(
            &state,
            &headers,
            &s,
            StatusCode::BAD_REQUEST,
            Some(PasswordProblem::New(problems)),
        ),
        PasswordChange::TooSoon { wait_secs } => render_password(
            &state,
            &headers,
            &s,
            StatusCode::TOO_MANY_REQUESTS,
            Some(PasswordProblem::Page(
                Msg::new("account-password-too-soon").arg("wait", duration(wait_secs)),
            )),
        ),
    }
}

async fn details_page(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
) -> Result<Response, AppError> {
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
    first_name: String,
    last_name: String,
    language: String,
}

async fn details_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
    CsrfForm(form): CsrfForm<DetailsForm>,
) -> Result<Response, AppError> {
    match profile::update_details(
        &state,
        &s.user,
        &form.first_name,
        &form.last_name,
        &form.language,
    )
    .await?
    {
        Ok(()) => {
            let saved = see_other("/account?notice=details");
            if form.language == s.user.language {
                return Ok(saved);
            }
            // A new language is the language of the next pages at once: the selector's
            // cookie, which comes before the account's language, follows it.
            let cookie = cookies::set(
                cookies::LANGUAGE,
                &form.language,
                state.https(),
                Some(365 * 24 * 3600),
            );
            Ok(with_cookie(saved, &cookie))
        }
        Err(errors) => account_page(
            &state,
            &headers,
            &s,
            StatusCode::BAD_REQUEST,
            "account_details.html",
            minijinja::context! {
                errors => minijinja::Value::from_iter(
                    errors
                        .into_iter()
                        .map(|(field, m)| (field, minijinja::Value::from_serialize(m))),
                ),
                first_name => form.first_name.chars().take(100).collect::<String>(),
                last_name => form.last_name.chars().take(100).collect::<String>(),
                language => &s.user.language,
                languages => languages(),
            },
        ),
    }
}

async fn delete_page(
    State(state): State<Web>,
    headers: HeaderMap,
    RecentSignIn(s): RecentSignIn,
) -> Result<Response, AppError> {
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
    confirm: Option<String>,
}

async fn delete_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    RecentSignIn(s): RecentSignIn,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, AppError> {
    if form.confirm.as_deref() != Some("yes") {
        return account_page(
            &state,
            &headers,
            &s,
            StatusCode::BAD_REQUEST,
            "account_delete.html",
            minijinja::context! { error => Msg::new("account-delete-unconfirmed") },
        );
    }
    profile::delete_account(&state, &s.user, &ip).await?;
    let tls = state.https();
    let ctx = minijinja::context! {
        title => Msg::new("account-deleted-title"),
        message => Msg::new("account-deleted"),
    };
    let response = page(&state, &headers, StatusCode::OK, "message.html", ctx)?;
    Ok(with_cookie(
        response,
        &cookies::clear(cookies::SESSION, tls),
    ))
}

async fn sessions_page(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
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
                ip => address(Some(&x.ip)),
                user_agent => &x.user_agent,
                // The level the session still proves now (an elevated level expires sooner).
                level => session::authentication_of(x, &state)
                    .map_or_else(|| Msg::new("account-level-expired"), |a| a.level.label()),
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
    sid: String,
}

async fn end_session(
    State(state): State<Web>,
    ClientIp(ip): ClientIp,
    SignedIn(s): SignedIn,
    CsrfForm(form): CsrfForm<EndForm>,
) -> Result<Response, AppError> {
    let Some(target) = store::sessions::find_by_sid(&state.db, &form.sid)
        .await?
        .filter(|x| x.user_id == s.user.id && x.ended_at.is_none())
    else {
        return Ok(PageError::bad_request(Msg::new("account-sessions-not-yours")).into_response());
    };
    crate::oidc::logout::end_session(&state, &target, &ip).await?;
    if target.id == s.session.id {
        let tls = state.https();
        return Ok(with_cookie(
            see_other("/"),
            &cookies::clear(cookies::SESSION, tls),
        ));
    }
    Ok(see_other("/account/sessions?notice=session"))
}

async fn activity(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
) -> Result<Response, AppError> {
    let events = crate::account::activity::recent(&state, &s.user.id, 50).await?;
    account_page(
        &state,
        &headers,
        &s,
        StatusCode::OK,
        "account_activity.html",
        minijinja::context! { events },
    )
}
