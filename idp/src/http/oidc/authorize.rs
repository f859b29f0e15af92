//! /authorize, /authorize/resume (after sign-in), /authorize/cancel (user gives up).

use crate::authn::session::{self, SignedIn};
use crate::authn::sign_in::{self, SignIn, Stage};
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{expired, PageParams, SessionCookie};
use crate::http::login::second_factor::begin_step_up;
use crate::http::web::Web;
use crate::http::{page, see_other};
use crate::i18n::Msg;
use crate::oidc::authorize::{self, Decision};
use crate::oidc::error::OAuthError;
use crate::oidc::request::{self, AuthRequest, Rejection};
use crate::oidc::response_mode::{self, Delivery, ResponseMode};
use crate::oidc::{clients, flow};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/authorize", get(authorize).post(authorize))
        .route("/authorize/resume", get(resume))
        .route("/authorize/cancel", get(cancel))
}

#[tracing::instrument(skip_all)]
async fn authorize(
    State(state): State<Web>,
    headers: HeaderMap,
    SessionCookie(token): SessionCookie,
    PageParams(params): PageParams,
) -> Response {
    let (_client, request) = match request::validate(&state, &params).await {
        Ok(ok) => ok,
        Err(Rejection::Page(message)) => return PageError::bad_request(message).into_response(),
        Err(Rejection::Failed(e)) => return e.into_response(),
        Err(Rejection::Redirect {
            error,
            redirect_uri,
            response_mode,
            state: st,
        }) => {
            let answer = Answer {
                headers: &headers,
                redirect_uri: &redirect_uri,
                mode: response_mode,
                ui_locales: params.get("ui_locales"),
            };
            return error_response(&state, answer, st.as_deref(), &error);
        }
    };
    let outcome = match session::current(&state, token.as_deref()).await {
        Ok(signed_in) => proceed(&state, &headers, &request, signed_in, None, None).await,
        Err(e) => Err(e),
    };
    match outcome {
        Ok(response) => response,
        // Removed since this node read it (`clients.cache_secs` ago at most): the flow or
        // grant could not refer to it, and the client is now unknown.
        Err(e) if !e.is_unavailable() && clients::removed(&state, &request.client_id).await => {
            tracing::info!(client = %request.client_id, error = %e, "authorization refused: client removed");
            PageError::bad_request(Msg::new("error-unknown-client")).into_response()
        }
        Err(e) => e.into_response(),
    }
}

/// Decides and maps the decision to a response: a code, the sign-in the request waits on
/// (`sign_in`, once one was started), a step-up, or an error to the client.
async fn proceed(
    state: &Web,
    headers: &HeaderMap,
    request: &AuthRequest,
    signed_in: Option<SignedIn>,
    sign_in: Option<&SignIn>,
    fresh_since: Option<i64>,
) -> Result<Response, AppError> {
    match authorize::decide(state, request, signed_in.as_ref(), fresh_since) {
        Decision::Fail(error) => Ok(error_response(
            state,
            Answer::to(headers, request),
            request.state.as_deref(),
            &error,
        )),
        Decision::SignIn => {
            let id = match sign_in {
                Some(s) => s.id.clone(),
                None => flow::start(state, request).await?,
            };
            Ok(see_other(&format!("/login?flow={id}")))
        }
        Decision::StepUp => {
            let Some(signed_in) = signed_in else {
                return Ok(see_other("/login"));
            };
            step_up(state, headers, request, &signed_in, sign_in).await
        }
        Decision::Issue(auth) => {
            let Some(signed_in) = signed_in else {
                return Ok(see_other("/login"));
            };
            if let Some(sign_in) = sign_in {
                if !sign_in.complete(state).await? {
                    return Ok(
                        PageError::bad_request(Msg::new("login-already-completed")).into_response()
                    );
                }
            }
            let issued = authorize::issue_code(state, request, &signed_in, &auth).await?;
            Ok(success_response(state, headers, request, &issued.code))
        }
    }
}

/// The user is signed in below the level the client needs: with a suitable second factor
/// enrolled, only that factor is asked; without one, the page explains where to add one and
/// offers to go back.
async fn step_up(
    state: &Web,
    headers: &HeaderMap,
    request: &AuthRequest,
    signed_in: &SignedIn,
    sign_in: Option<&SignIn>,
) -> Result<Response, AppError> {
    let started;
    let sign_in = match sign_in {
        Some(s) => s,
        None => {
            let id = flow::start(state, request).await?;
            started = sign_in::load(state, &id)
                .await?
                .ok_or_else(|| AppError::Internal("a sign-in vanished as it started".into()))?;
            &started
        }
    };
    let id = &sign_in.id;
    let reachable = authorize::reachable_level(state, &signed_in.user.id, request).await?;
    if reachable >= request.min_level {
        return begin_step_up(
            state,
            sign_in,
            &signed_in.user,
            signed_in.session.password_at,
        )
        .await;
    }
    let client = crate::oidc::clients::registered(state, &request.client_id).await?;
    let ctx = minijinja::context! {
        title => Msg::new("login-step-up-title"),
        message => Msg::new("login-step-up-needed")
            .arg("client", client.map(|c| c.name.clone()).unwrap_or_default())
            .arg("level", request.min_level.label()),
        hint => Msg::new("login-step-up-hint"),
        links => vec![
            minijinja::context! { href => "/account", label => Msg::new("login-step-up-account") },
            minijinja::context! { href => flow::cancel_url(id), label => Msg::new("login-return-to-app") },
        ],
        reachable => reachable.name(),
        ui_locales => &request.ui_locales,
    };
    page(state, headers, StatusCode::FORBIDDEN, "message.html", ctx)
}

#[derive(serde::Deserialize)]
struct FlowQuery {
    flow: String,
}

async fn resume(
    State(state): State<Web>,
    headers: HeaderMap,
    SessionCookie(token): SessionCookie,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let Some(sign_in) = sign_in::load(&state, &q.flow).await? else {
        return Ok(expired());
    };
    let Some(request) = flow::request_of(&sign_in)? else {
        return Ok(see_other("/"));
    };
    // The sign-in within this flow counts as fresh only for the user who did it.
    let signed_in = session::current(&state, token.as_deref()).await?;
    let same_user = matches!(
        (&signed_in, &sign_in.stage),
        (Some(s), Stage::PasswordProven { user_id, .. }) if &s.user.id == user_id
    );
    let fresh_since = same_user.then_some(sign_in.created_at);
    proceed(
        &state,
        &headers,
        &request,
        signed_in,
        Some(&sign_in),
        fresh_since,
    )
    .await
}

/// The user gave up: `access_denied`, except when the signed-in user has no method that
/// reaches the level the client asked for (the page that says so links here), which is
/// `unmet_authentication_requirements` (OpenID Connect Core 3.1.2.6, RFC 9470).
async fn cancel(
    State(state): State<Web>,
    headers: HeaderMap,
    SessionCookie(token): SessionCookie,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let Some(sign_in) = sign_in::load(&state, &q.flow).await? else {
        return Ok(expired());
    };
    let Some(request) = flow::request_of(&sign_in)? else {
        return Ok(see_other("/"));
    };
    // The user of this sign-in (the password proven in it), else of the browser's session.
    let user_id = match &sign_in.stage {
        Stage::PasswordProven { user_id, .. } => Some(user_id.clone()),
        _ => session::current(&state, token.as_deref())
            .await?
            .map(|s| s.user.id),
    };
    let cannot_reach = match user_id {
        Some(id) if request.min_level > crate::authn::acr::Acr::Basic => {
            authorize::reachable_level(&state, &id, &request).await? < request.min_level
        }
        _ => false,
    };
    sign_in.complete(&state).await?;
    let error = if cannot_reach {
        authorize::unmet(&request)
    } else {
        OAuthError::new(
            crate::oidc::error::ErrorCode::AccessDenied,
            "the user cancelled the sign-in",
        )
    };
    Ok(error_response(
        &state,
        Answer::to(&headers, &request),
        request.state.as_deref(),
        &error,
    ))
}

/// Where and how the answer to an authorization request goes, and what its page (the
/// form_post page) needs: the browser's request and the request's `ui_locales`.
struct Answer<'a> {
    headers: &'a HeaderMap,
    redirect_uri: &'a str,
    mode: ResponseMode,
    ui_locales: Option<&'a str>,
}

impl<'a> Answer<'a> {
    fn to(headers: &'a HeaderMap, request: &'a AuthRequest) -> Self {
        Self {
            headers,
            redirect_uri: &request.redirect_uri,
            mode: request.response_mode,
            ui_locales: request.ui_locales.as_deref(),
        }
    }
}

fn success_response(
    state: &Web,
    headers: &HeaderMap,
    request: &AuthRequest,
    code: &str,
) -> Response {
    let params = response_mode::success(code, request.state.as_deref(), &state.issuer);
    respond(state, Answer::to(headers, request), params)
}

/// An error sent to a verified redirect URI (RFC 6749 4.1.2.1) with `iss` (RFC 9207).
fn error_response(
    state: &Web,
    answer: Answer<'_>,
    st: Option<&str>,
    error: &OAuthError,
) -> Response {
    let params = response_mode::error(error, st, &state.issuer);
    respond(state, answer, params)
}

fn respond(state: &Web, answer: Answer<'_>, params: Vec<(String, String)>) -> Response {
    match response_mode::deliver(answer.mode, answer.redirect_uri, params) {
        None => PageError::bad_request(Msg::new("login-redirect-invalid")).into_response(),
        Some(Delivery::Redirect(url)) => see_other(&url),
        Some(Delivery::FormPost { action, fields }) => {
            let fields: Vec<minijinja::Value> = fields
                .iter()
                .map(|(k, v)| minijinja::context! { name => k, value => v })
                .collect();
            let ctx = minijinja::context! { action, fields, ui_locales => answer.ui_locales };
            page(state, answer.headers, StatusCode::OK, "form_post.html", ctx)
                .unwrap_or_else(IntoResponse::into_response)
        }
    }
}
