//! Sign-in screens (J3): identifier first, then password and verification method.

use super::errors::PageError;
use super::{cookies, csrf, page, second_factor, see_other, with_cookie, ClientIp};
use crate::authn::factors::Method;
use crate::authn::session::{self, Proof};
use crate::authn::signin::{verify_password, SignInOutcome};
use crate::error::AppError;
use crate::oidc::acr::Acr;
use crate::oidc::flow::{self, FlowView};
use crate::secret::Secret;
use crate::state::AppState;
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(identifier_page))
        .route("/login/identifier", post(identifier_submit))
        .route("/login/password", get(password_page).post(password_submit))
}

#[derive(Deserialize)]
struct FlowQuery {
    flow: Option<String>,
}

fn expired() -> Response {
    PageError::bad_request(
        "This sign-in page has expired. Please start again from the application.",
    )
    .into_response()
}

async fn identifier_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let Some(flow_id) = q.flow.filter(|f| !f.is_empty()) else {
        let id = flow::start_direct(&state, "/", Acr::Basic, None).await?;
        return Ok(see_other(&format!("/login?flow={id}")));
    };
    let Some(view) = flow::load(&state, &flow_id).await? else {
        return Ok(expired());
    };
    let remembered = cookies::get(&headers, cookies::REMEMBER, state.https())
        .and_then(|v| String::from_utf8(base64_decode(&v)).ok());
    let email = view
        .email
        .clone()
        .or(view.login_hint.clone())
        .or(remembered.clone())
        .unwrap_or_default();
    page(
        &state,
        &headers,
        StatusCode::OK,
        "login_identifier.html",
        minijinja::context! {
            flow => flow_id,
            email,
            remember => remembered.is_some(),
            client_name => view.client_name,
            cancel_url => view.client_id.as_ref().map(|_| flow::cancel_url(&flow_id)),
        },
    )
}

#[derive(Deserialize)]
struct IdentifierForm {
    flow: String,
    csrf: String,
    email: String,
    remember: Option<String>,
}

async fn identifier_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<IdentifierForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let Some(view) = flow::load(&state, &form.flow).await? else {
        return Ok(expired());
    };
    let email = store::users::normalise_email(&form.email);
    if email.is_empty() || email.len() > 320 || !email.contains('@') {
        return page(
            &state,
            &headers,
            StatusCode::BAD_REQUEST,
            "login_identifier.html",
            minijinja::context! {
                flow => form.flow,
                email => form.email.chars().take(320).collect::<String>(),
                error => "Please enter the e-mail address of your EU Login account.",
                client_name => view.client_name,
            },
        );
    }
    store::flows::set_email(&state.db, &view.id_hash, &email).await?;
    let tls = state.https();
    let cookie = if form.remember.is_some() {
        cookies::set(
            cookies::REMEMBER,
            &base64_encode(email.as_bytes()),
            tls,
            Some(365 * 24 * 3600),
        )
    } else {
        cookies::clear(cookies::REMEMBER, tls)
    };
    Ok(with_cookie(
        see_other(&format!("/login/password?flow={}", form.flow)),
        &cookie,
    ))
}

async fn password_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let flow_id = q.flow.unwrap_or_default();
    let Some(view) = flow::load(&state, &flow_id).await? else {
        return Ok(expired());
    };
    if view.email.is_none() {
        return Ok(see_other(&format!("/login?flow={flow_id}")));
    }
    render_password(&state, &headers, &flow_id, &view, StatusCode::OK, None)
}

fn render_password(
    state: &AppState,
    headers: &HeaderMap,
    flow_id: &str,
    view: &FlowView,
    status: StatusCode,
    error: Option<&str>,
) -> Result<Response, AppError> {
    let methods: Vec<minijinja::Value> = password_methods(state, view)
        .into_iter()
        .map(|m| minijinja::context! { value => m.name(), label => m.label() })
        .collect();
    page(
        state,
        headers,
        status,
        "login_password.html",
        minijinja::context! {
            flow => flow_id,
            email => view.email,
            client_name => view.client_name,
            methods,
            needs_second_factor => view.min_level > Acr::Basic,
            level => view.min_level.name(),
            error,
            cancel_url => view.client_id.as_ref().map(|_| flow::cancel_url(flow_id)),
        },
    )
}

#[derive(Deserialize)]
struct PasswordForm {
    flow: String,
    csrf: String,
    password: Secret,
    method: Option<String>,
}

#[tracing::instrument(skip_all)]
async fn password_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Ok(PageError::csrf().into_response());
    }
    let Some(view) = flow::load(&state, &form.flow).await? else {
        return Ok(expired());
    };
    let Some(email) = view.email.clone() else {
        return Ok(see_other(&format!("/login?flow={}", form.flow)));
    };
    let Some(method) = Method::from_name(form.method.as_deref().unwrap_or("password"))
        .filter(|m| *m == Method::Password || password_methods(&state, &view).contains(m))
    else {
        return render_password(
            &state,
            &headers,
            &form.flow,
            &view,
            StatusCode::BAD_REQUEST,
            Some("Please choose one of the verification methods in the list."),
        );
    };
    if form.password.expose().len() > 4096 {
        return render_password(
            &state,
            &headers,
            &form.flow,
            &view,
            StatusCode::UNAUTHORIZED,
            Some(INVALID),
        );
    }
    let attempt = verify_password(&state, &email, &form.password, &ip).await?;
    let (message, retry_after_secs) = match attempt.settle().await {
        SignInOutcome::Success(user) => {
            let now = state.now();
            store::flows::set_password_ok(&state.db, &view.id_hash, &user.id, now).await?;
            if method != Method::Password || view.min_level > Acr::Basic {
                // The second factor comes next; the session starts when it succeeds.
                return second_factor::after_password(&state, &form.flow, &user.id, method).await;
            }
            let started = session::start(
                &state,
                &headers,
                &user.id,
                Proof {
                    password_at: now,
                    mfa: None,
                },
                &ip,
            )
            .await?;
            return Ok(with_cookie(
                see_other(&flow::continue_url(&form.flow, &view)),
                &started.set_cookie,
            ));
        }
        SignInOutcome::Failed => {
            return render_password(
                &state,
                &headers,
                &form.flow,
                &view,
                StatusCode::UNAUTHORIZED,
                Some(INVALID),
            )
        }
        // The same words for every address, with or without an account.
        SignInOutcome::Locked { retry_after_secs } => (
            format!(
                "Too many failed sign-in attempts with this e-mail address. To protect the account, signing in with a password is blocked until {} (in {}). If you have forgotten your password, choose a new one with \"Lost your password?\".",
                crate::clock::utc(state.now() + retry_after_secs),
                crate::account::links::human_duration(retry_after_secs),
            ),
            retry_after_secs,
        ),
        SignInOutcome::Throttled { retry_after_secs } => (
            format!(
                "Too many failed sign-in attempts from your network. Please try again in {}.",
                crate::account::links::human_duration(retry_after_secs),
            ),
            retry_after_secs,
        ),
    };
    let page = render_password(
        &state,
        &headers,
        &form.flow,
        &view,
        StatusCode::TOO_MANY_REQUESTS,
        Some(&message),
    )?;
    Ok(super::with_retry_after(page, retry_after_secs))
}

/// The methods of the password screen: the password alone when the flow accepts basic,
/// and every second factor the deployment and the client accept that can reach the level.
fn password_methods(state: &AppState, view: &FlowView) -> Vec<Method> {
    let mut methods = Vec::new();
    if view.min_level == Acr::Basic {
        methods.push(Method::Password);
    }
    methods.extend(second_factor::candidate_methods(state, view));
    methods
}

const INVALID: &str = "Invalid e-mail address or password";

fn base64_encode(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text)
        .unwrap_or_default()
}
