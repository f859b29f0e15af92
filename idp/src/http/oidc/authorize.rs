//! /authorize, /authorize/resume (after sign-in), /authorize/cancel (user gives up).

use crate::authn::session::{self, SignedIn};
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::params::Params;
use crate::http::{page, second_factor, see_other};
use crate::oidc::authorize::{self, Decision};
use crate::oidc::error::OAuthError;
use crate::oidc::flow;
use crate::oidc::request::{self, AuthRequest, Rejection, ResponseMode};
use crate::state::AppState;
use crate::store;
use axum::body::Bytes;
use axum::extract::{Query, RawQuery, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/authorize", get(authorize).post(authorize))
        .route("/authorize/resume", get(resume))
        .route("/authorize/cancel", get(cancel))
}

#[tracing::instrument(skip_all)]
async fn authorize(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let raw: &[u8] = if method == Method::POST {
        &body
    } else {
        query.as_deref().unwrap_or("").as_bytes()
    };
    let params = match Params::parse(raw, state.config.limits.max_param_bytes) {
        Ok(p) => p,
        Err(e) => return PageError::bad_request(e.description.unwrap_or_default()).into_response(),
    };
    let (_client, request) = match request::validate(&state, &params).await {
        Ok(ok) => ok,
        Err(Rejection::Page(message)) => return PageError::bad_request(message).into_response(),
        Err(Rejection::Redirect {
            error,
            redirect_uri,
            response_mode,
            state: st,
        }) => return error_response(&state, &redirect_uri, response_mode, st.as_deref(), &error),
    };
    match proceed(&state, &headers, &request, None, None).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

/// Decides and acts: code, sign-in page, step-up, or error to the client.
async fn proceed(
    state: &AppState,
    headers: &HeaderMap,
    request: &AuthRequest,
    flow_id: Option<&str>,
    fresh_since: Option<i64>,
) -> Result<Response, AppError> {
    let signed_in = session::current(state, headers).await?;
    match authorize::decide(state, request, signed_in.as_ref(), fresh_since) {
        Decision::Fail(error) => Ok(error_response(
            state,
            &request.redirect_uri,
            request.response_mode,
            request.state.as_deref(),
            &error,
        )),
        Decision::SignIn => {
            let id = match flow_id {
                Some(id) => id.to_owned(),
                None => flow::start(state, request).await?,
            };
            Ok(see_other(&format!("/login?flow={id}")))
        }
        Decision::StepUp => {
            let Some(signed_in) = signed_in else {
                return Ok(see_other("/login"));
            };
            step_up(state, headers, request, &signed_in, flow_id).await
        }
        Decision::Issue(auth) => {
            let Some(signed_in) = signed_in else {
                return Ok(see_other("/login"));
            };
            if let Some(id) = flow_id {
                if !store::flows::complete(&state.db, &crate::secret::token_hash(id), state.now())
                    .await?
                {
                    return Ok(
                        PageError::bad_request("This sign-in has already been completed.")
                            .into_response(),
                    );
                }
            }
            let issued = authorize::issue_code(state, request, &signed_in, &auth).await?;
            Ok(success_response(state, request, &issued.code))
        }
    }
}

/// The user is signed in below the level the client needs: with a suitable second factor
/// enrolled, only that factor is asked; without one, the page explains where to add one and
/// offers to go back.
async fn step_up(
    state: &AppState,
    headers: &HeaderMap,
    request: &AuthRequest,
    signed_in: &SignedIn,
    flow_id: Option<&str>,
) -> Result<Response, AppError> {
    let id = match flow_id {
        Some(id) => id.to_owned(),
        None => flow::start(state, request).await?,
    };
    let reachable = authorize::reachable_level(state, &signed_in.user.id, request).await?;
    if reachable >= request.min_level {
        return second_factor::begin_step_up(
            state,
            &id,
            &signed_in.user,
            signed_in.session.password_at,
        )
        .await;
    }
    let client = store::clients::find(&state.db, &request.client_id).await?;
    let ctx = minijinja::context! {
        title => "A stronger verification method is required",
        message => format!(
            "{} requires a sign-in at level \"{}\" (password and a second verification method such as a mobile phone or a security key). Your account has no such method yet.",
            client.map(|c| c.name).unwrap_or_default(),
            request.min_level.name(),
        ),
        hint => "Add a mobile phone number, a mobile device or a security key in My Account, then come back.",
        links => vec![
            minijinja::context! { href => "/account", label => "Go to My Account to add a verification method" },
            minijinja::context! { href => flow::cancel_url(&id), label => "Return to the application" },
        ],
        reachable => reachable.name(),
    };
    page(state, headers, StatusCode::FORBIDDEN, "message.html", ctx)
}

#[derive(serde::Deserialize)]
struct FlowQuery {
    flow: String,
}

async fn resume(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let Some(view) = flow::load(&state, &q.flow).await? else {
        return Ok(expired());
    };
    let Some(request) = &view.request else {
        return Ok(see_other("/"));
    };
    // The sign-in within this flow counts as fresh only for the user who did it.
    let signed_in = session::current(&state, &headers).await?;
    let same_user = matches!((&signed_in, &view.user_id), (Some(s), Some(u)) if &s.user.id == u);
    let fresh_since = (view.password_at.is_some() && same_user).then_some(view.created_at);
    proceed(&state, &headers, request, Some(&q.flow), fresh_since).await
}

async fn cancel(
    State(state): State<AppState>,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let Some(view) = flow::load(&state, &q.flow).await? else {
        return Ok(expired());
    };
    let Some(request) = &view.request else {
        return Ok(see_other("/"));
    };
    store::flows::complete(&state.db, &view.id_hash, state.now()).await?;
    let error = if request.min_level > crate::oidc::acr::Acr::Basic {
        authorize::unmet(request)
    } else {
        OAuthError::new(
            crate::oidc::error::ErrorCode::AccessDenied,
            "the user cancelled the sign-in",
        )
    };
    Ok(error_response(
        &state,
        &request.redirect_uri,
        request.response_mode,
        request.state.as_deref(),
        &error,
    ))
}

fn expired() -> Response {
    PageError::bad_request(
        "This sign-in page has expired. Please start again from the application.",
    )
    .into_response()
}

fn success_response(state: &AppState, request: &AuthRequest, code: &str) -> Response {
    let mut params: Vec<(&str, &str)> = vec![("code", code)];
    if let Some(st) = &request.state {
        params.push(("state", st));
    }
    params.push(("iss", &state.issuer));
    respond(state, &request.redirect_uri, request.response_mode, &params)
}

/// An error sent to a verified redirect URI (RFC 6749 4.1.2.1) with `iss` (RFC 9207).
pub(crate) fn error_response(
    state: &AppState,
    redirect_uri: &str,
    mode: ResponseMode,
    st: Option<&str>,
    error: &OAuthError,
) -> Response {
    let mut params: Vec<(&str, &str)> = vec![("error", error.code.as_str())];
    if let Some(d) = &error.description {
        params.push(("error_description", d));
    }
    if let Some(st) = st {
        params.push(("state", st));
    }
    params.push(("iss", &state.issuer));
    respond(state, redirect_uri, mode, &params)
}

fn respond(
    state: &AppState,
    redirect_uri: &str,
    mode: ResponseMode,
    params: &[(&str, &str)],
) -> Response {
    match mode {
        ResponseMode::Query => {
            let Ok(mut url) = url::Url::parse(redirect_uri) else {
                return PageError::bad_request("The registered redirect URI is not valid.")
                    .into_response();
            };
            url.query_pairs_mut().extend_pairs(params);
            see_other(url.as_str())
        }
        ResponseMode::FormPost => {
            let fields: Vec<minijinja::Value> = params
                .iter()
                .map(|(k, v)| minijinja::context! { name => k, value => v })
                .collect();
            match state.templates.render(
                "form_post.html",
                minijinja::context! { action => redirect_uri, fields },
            ) {
                Ok(body) => (StatusCode::OK, axum::response::Html(body)).into_response(),
                Err(e) => e.into_response(),
            }
        }
    }
}
