//! The step after the password: `/login/step-up` (choose a second factor), where the
//! password screen or a step-up of a signed-in user leads, and [`finish`], where every
//! factor's screen ends (factor proven -> session started).

use crate::authn::acr::Acr;
use crate::authn::factors::{Enrolled, Method};
use crate::authn::sign_in::{FactorOutcome, SignIn};
use crate::error::AppError;
use crate::http::extract::{PendingSignIn, Visit};
use crate::http::web::Web;
use crate::http::{cookies, page, see_other, with_cookie};
use crate::i18n::Msg;
use crate::oidc::flow;
use crate::store::users::User;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<Web> {
    Router::new().route("/login/step-up", get(choose_page))
}

/// A second factor succeeded at `level`: the browser gets a new session (new id) that
/// proves the password and this factor, and goes on to the client or the page it came from;
/// a factor below the level the sign-in needs goes back to the choice, saying so.
#[tracing::instrument(skip_all, fields(method = method.name()))]
pub async fn finish(
    state: &Web,
    visit: &Visit,
    pending: &PendingSignIn,
    method: Method,
    level: Acr,
) -> Result<Response, AppError> {
    match pending
        .sign_in
        .factor_proven(state, &visit.browser(), method, level)
        .await?
    {
        FactorOutcome::SessionStarted { started, next } => Ok(with_cookie(
            see_other(&next),
            &cookies::session(started.token.expose(), state.https()),
        )),
        FactorOutcome::BelowLevel => Ok(see_other(&format!(
            "/login/step-up?flow={}&missing={}",
            pending.flow(),
            method.name()
        ))),
    }
}

#[derive(Deserialize)]
struct ChooseQuery {
    missing: Option<String>,
}

/// "Choose your verification method": the user's enrolled methods that satisfy the
/// sign-in; those not enrolled say where to add them.
async fn choose_page(
    State(state): State<Web>,
    headers: HeaderMap,
    pending: PendingSignIn,
    Query(q): Query<ChooseQuery>,
) -> Result<Response, AppError> {
    let sign_in = &pending.sign_in;
    let enrolled = Enrolled::of(&state, &pending.user.id).await?;
    let mut usable = Vec::new();
    let mut missing = Vec::new();
    for m in sign_in.candidate_methods(&state) {
        match enrolled.level(m) {
            Some(level) if level >= sign_in.min_level => usable.push(minijinja::context! {
                href => format!("{}?flow={}", m.login_path(), sign_in.id),
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
                None => Msg::new("login-method-not-added").arg("method", m.label()),
                Some(_) => Msg::new("login-method-below-level")
                    .arg("method", m.label())
                    .arg("level", sign_in.min_level.label()),
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
            flow => &sign_in.id,
            email => &pending.user.email,
            client_name => &sign_in.client_name,
            level => sign_in.min_level.label(),
            above_basic => sign_in.min_level > Acr::Basic,
            usable,
            missing,
            notice,
            can_continue_basic => sign_in.min_level == Acr::Basic,
            cancel_url => sign_in.client_id.as_ref().map(|_| flow::cancel_url(&sign_in.id)),
            reason => super::reauth_reason(sign_in),
            ui_locales => super::ui_locales(sign_in),
        },
    )
}

/// The second step for a user who proved the password in this sign-in with `method`
/// chosen: its screen if enrolled, else the choice with a notice.
pub async fn after_password(
    state: &Web,
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

/// A signed-in user below the level a sign-in needs: the sign-in takes over the session's
/// password proof, so only the second factor is asked.
pub async fn begin_step_up(
    state: &Web,
    sign_in: &SignIn,
    user: &User,
    password_at: i64,
) -> Result<Response, AppError> {
    sign_in.password_proven(state, user, password_at).await?;
    crate::telemetry::step_up();
    Ok(see_other(&format!("/login/step-up?flow={}", sign_in.id)))
}
