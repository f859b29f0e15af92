//! The second step of a sign-in: choosing a second factor once the password is proven
//! (or, for a step-up, once the session's password is accepted), and finishing the sign-in
//! when a factor succeeds. Each factor's own page lives in its module (`sms`, `devices`,
//! `webauthn`, `totp`) and ends by calling [`finish`].

use super::errors::PageError;
use super::{page, see_other, with_cookie};
use crate::authn::factors::{Enrolled, Method};
use crate::authn::session::{self, Proof};
use crate::error::AppError;
use crate::oidc::acr::Acr;
use crate::oidc::flow::{self, FlowView};
use crate::state::AppState;
use crate::store::{self, users::User};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new().route("/login/step-up", get(choose_page))
}

/// A flow whose password step is done: the flow, its user and its id.
pub struct PendingSignIn {
    pub flow_id: String,
    pub view: FlowView,
    pub user: User,
    pub password_at: i64,
}

/// Loads a flow that is waiting for a second factor; anything else is a page for the user.
pub async fn pending(
    state: &AppState,
    flow_id: &str,
) -> Result<Result<PendingSignIn, Response>, AppError> {
    let Some(view) = flow::load(state, flow_id).await? else {
        return Ok(Err(expired()));
    };
    let (Some(user_id), Some(password_at)) = (view.user_id.clone(), view.password_at) else {
        return Ok(Err(see_other(&format!("/login?flow={flow_id}"))));
    };
    let Some(user) = store::users::find(&state.db, &user_id).await? else {
        return Ok(Err(expired()));
    };
    Ok(Ok(PendingSignIn {
        flow_id: flow_id.to_owned(),
        view,
        user,
        password_at,
    }))
}

pub fn expired() -> Response {
    PageError::bad_request(
        "This sign-in page has expired. Please start again from the application.",
    )
    .into_response()
}

/// The second factor succeeded at `level`: the browser gets a new session (new id) that
/// proves the password and this factor, and goes on to the client or the page it came from.
#[tracing::instrument(skip_all, fields(method = method.name()))]
pub async fn finish(
    state: &AppState,
    headers: &HeaderMap,
    ip: &str,
    pending: &PendingSignIn,
    method: Method,
    level: Acr,
) -> Result<Response, AppError> {
    let now = state.now();
    if level < pending.view.min_level {
        return Ok(see_other(&format!(
            "/login/step-up?flow={}&missing={}",
            pending.flow_id,
            method.name()
        )));
    }
    let started = session::start(
        state,
        headers,
        &pending.user.id,
        Proof {
            password_at: pending.password_at,
            mfa: Some((now, level, method.amr(level))),
        },
        ip,
    )
    .await?;
    crate::authn::audit(
        state,
        "signin.success",
        Some(&pending.user.id),
        Some(ip),
        serde_json::json!({ "method": method.name(), "level": level.name(),
                            "client_id": pending.view.client_id }),
    )
    .await?;
    Ok(with_cookie(
        see_other(&flow::continue_url(&pending.flow_id, &pending.view)),
        &started.set_cookie,
    ))
}

/// The methods this flow may use: enabled, accepted by the client, able to reach its level.
pub fn candidate_methods(state: &AppState, view: &FlowView) -> Vec<Method> {
    Method::ALL
        .into_iter()
        .filter(|m| *m != Method::Password)
        .filter(|m| m.enabled(state) && m.allowed_by(view.allowed_methods.as_deref()))
        .filter(|m| m.max_level() >= view.min_level)
        .collect()
}

#[derive(Deserialize)]
struct ChooseQuery {
    flow: String,
    missing: Option<String>,
}

/// "Choose your verification method": the user's enrolled methods that satisfy the flow;
/// those not enrolled say where to add them.
async fn choose_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<ChooseQuery>,
) -> Result<Response, AppError> {
    let pending = or_return!(pending(&state, &q.flow).await?);
    let enrolled = Enrolled::of(&state, &pending.user.id).await?;
    let mut usable = Vec::new();
    let mut missing = Vec::new();
    for m in candidate_methods(&state, &pending.view) {
        match enrolled.level(m) {
            Some(level) if level >= pending.view.min_level => usable.push(minijinja::context! {
                href => format!("{}?flow={}", m.login_path(), q.flow),
                label => m.label(),
            }),
            _ => missing.push(minijinja::context! {
                label => m.label(),
                enrol => m.enrol_path(),
            }),
        }
    }
    let notice =
        q.missing
            .as_deref()
            .and_then(Method::from_name)
            .map(|m| match enrolled.level(m) {
                None => format!(
                    "You have not added this verification method ({}) to your account yet.",
                    m.label()
                ),
                Some(_) => format!(
                    "{} does not reach the level this application requires ({}).",
                    m.label(),
                    pending.view.min_level.name()
                ),
            });
    let status = if usable.is_empty() {
        StatusCode::FORBIDDEN
    } else {
        StatusCode::OK
    };
    page(
        &state,
        &headers,
        status,
        "login_second_factor.html",
        minijinja::context! {
            flow => q.flow,
            email => pending.user.email,
            client_name => pending.view.client_name,
            level => pending.view.min_level.name(),
            usable,
            missing,
            notice,
            can_continue_basic => pending.view.min_level == Acr::Basic,
            cancel_url => pending.view.request.as_ref().map(|_| flow::cancel_url(&q.flow)),
        },
    )
}

/// Starts the second step for a user who proved the password in this flow with `method`
/// chosen: its page if enrolled, else the choice with a notice.
pub async fn after_password(
    state: &AppState,
    flow_id: &str,
    user_id: &str,
    method: Method,
) -> Result<Response, AppError> {
    let enrolled = Enrolled::of(state, user_id).await?;
    if method != Method::Password && enrolled.level(method).is_some() && method.enabled(state) {
        return Ok(see_other(&format!(
            "{}?flow={flow_id}",
            method.login_path()
        )));
    }
    Ok(see_other(&format!(
        "/login/step-up?flow={flow_id}&missing={}",
        method.name()
    )))
}

/// A signed-in user below the level a flow needs: the flow takes over the session's
/// password proof so only the second factor is asked.
pub async fn begin_step_up(
    state: &AppState,
    flow_id: &str,
    user: &User,
    password_at: i64,
) -> Result<Response, AppError> {
    let hash = crate::secret::token_hash(flow_id);
    store::flows::set_email(&state.db, &hash, &user.email).await?;
    store::flows::set_password_ok(&state.db, &hash, &user.id, password_at).await?;
    Ok(see_other(&format!("/login/step-up?flow={flow_id}")))
}
