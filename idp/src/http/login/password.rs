//! The first screens of a sign-in (J3): the identifier, then the password and the
//! verification method. They move the sign-in (`authn::sign_in`) from started to identified
//! to password proven; a second factor, when one comes, has its own screen.

use super::second_factor;
use crate::authn::acr::Acr;
use crate::authn::attempts::{verify_password, SignInOutcome};
use crate::authn::factors::Method;
use crate::authn::sign_in::{self, SignIn};
use crate::error::AppError;
use crate::http::extract::{expired, CsrfForm, Visit};
use crate::http::web::Web;
use crate::http::{cookies, page, see_other, with_cookie, with_retry_after, Refusal};
use crate::i18n::{duration, when, Msg};
use crate::oidc::flow;
use crate::secret::Secret;
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/login", get(identifier_page))
        .route("/login/identifier", post(identifier_submit))
        .route("/login/password", get(password_page).post(password_submit))
}

#[derive(Deserialize)]
struct FlowQuery {
    flow: Option<String>,
}

/// The cancel link of a sign-in an authorization request waits on.
fn cancel_url(sign_in: &SignIn) -> Option<String> {
    sign_in
        .client_id
        .as_ref()
        .map(|_| flow::cancel_url(&sign_in.id))
}

async fn identifier_page(
    State(state): State<Web>,
    headers: HeaderMap,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let Some(flow_id) = q.flow.filter(|f| !f.is_empty()) else {
        let id = sign_in::start_for_page(&state, "/", Acr::Basic, None).await?;
        return Ok(see_other(&format!("/login?flow={id}")));
    };
    let Some(sign_in) = sign_in::load(&state, &flow_id).await? else {
        return Ok(expired());
    };
    let remembered = cookies::get(&headers, cookies::REMEMBER, state.https())
        .and_then(|v| String::from_utf8(base64_decode(&v)).ok());
    let email = sign_in
        .email()
        .map(str::to_owned)
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
            client_name => &sign_in.client_name,
            cancel_url => cancel_url(&sign_in),
            reason => super::reauth_reason(&sign_in),
            ui_locales => super::ui_locales(&sign_in),
        },
    )
}

#[derive(Deserialize)]
struct IdentifierForm {
    flow: String,
    email: String,
    remember: Option<String>,
}

/// Started -> identified.
async fn identifier_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<IdentifierForm>,
) -> Result<Response, AppError> {
    let Some(sign_in) = sign_in::load(&state, &form.flow).await? else {
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
                errors => minijinja::context! {
                    email => Msg::new("login-email-required"),
                },
                client_name => &sign_in.client_name,
                cancel_url => cancel_url(&sign_in),
                reason => super::reauth_reason(&sign_in),
                ui_locales => super::ui_locales(&sign_in),
            },
        );
    }
    sign_in.identify(&state, &email).await?;
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
    State(state): State<Web>,
    headers: HeaderMap,
    Query(q): Query<FlowQuery>,
) -> Result<Response, AppError> {
    let Some(flow_id) = q.flow.filter(|f| !f.is_empty()) else {
        // Opened directly (a bookmark, a typed address): start a sign-in at the first step.
        return Ok(see_other("/login"));
    };
    let Some(sign_in) = sign_in::load(&state, &flow_id).await? else {
        return Ok(expired());
    };
    if sign_in.email().is_none() {
        return Ok(see_other(&format!("/login?flow={flow_id}")));
    }
    render_password(&state, &headers, &sign_in, StatusCode::OK, None)
}

fn render_password(
    state: &Web,
    headers: &HeaderMap,
    sign_in: &SignIn,
    status: StatusCode,
    refusal: Option<Refusal>,
) -> Result<Response, AppError> {
    let methods: Vec<minijinja::Value> = password_methods(state, sign_in)
        .into_iter()
        .map(|m| minijinja::context! { value => m.name(), label => m.label() })
        .collect();
    page(
        state,
        headers,
        status,
        "login_password.html",
        minijinja::context! {
            flow => &sign_in.id,
            email => sign_in.email(),
            client_name => &sign_in.client_name,
            methods,
            needs_second_factor => sign_in.min_level > Acr::Basic,
            level => sign_in.min_level.label(),
            cancel_url => cancel_url(sign_in),
            reason => super::reauth_reason(sign_in),
            ui_locales => super::ui_locales(sign_in),
            ..Refusal::context(refusal.as_ref())
        },
    )
}

#[derive(Deserialize)]
struct PasswordForm {
    flow: String,
    password: Secret,
    method: Option<String>,
}

/// Identified -> password proven; then the session, or the second factor's screen.
#[tracing::instrument(skip_all)]
async fn password_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    visit: Visit,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, AppError> {
    let Some(sign_in) = sign_in::load(&state, &form.flow).await? else {
        return Ok(expired());
    };
    let Some(email) = sign_in.email().map(str::to_owned) else {
        return Ok(see_other(&format!("/login?flow={}", form.flow)));
    };
    let Some(method) = Method::from_name(form.method.as_deref().unwrap_or("password"))
        .filter(|m| *m == Method::Password || password_methods(&state, &sign_in).contains(m))
    else {
        return render_password(
            &state,
            &headers,
            &sign_in,
            StatusCode::BAD_REQUEST,
            Some(Refusal::Field("method", Msg::new("login-method-invalid"))),
        );
    };
    if form.password.expose().len() > 4096 {
        return render_password(
            &state,
            &headers,
            &sign_in,
            StatusCode::UNAUTHORIZED,
            Some(Refusal::Field("password", Msg::new(INVALID))),
        );
    }
    let attempt = verify_password(&state, &email, &form.password, &visit.ip).await?;
    let (message, retry_after_secs) = match attempt.settle().await {
        SignInOutcome::Success(user) => {
            let now = state.now();
            sign_in.password_proven(&state, &user, now).await?;
            if sign_in.needs_factor(method) {
                // The second factor comes next; the session starts when it succeeds.
                return second_factor::after_password(&state, &sign_in.id, &user.id, method).await;
            }
            let started = sign_in
                .start_session_with_password(&state, &visit.browser(), &user.id, now)
                .await?;
            return Ok(with_cookie(
                see_other(&sign_in.continue_url()),
                &cookies::session(started.token.expose(), state.https()),
            ));
        }
        SignInOutcome::Failed => {
            return render_password(
                &state,
                &headers,
                &sign_in,
                StatusCode::UNAUTHORIZED,
                Some(Refusal::Field("password", Msg::new(INVALID))),
            )
        }
        // The same words for every address, with or without an account.
        SignInOutcome::Locked { retry_after_secs } => (
            Msg::new("login-locked")
                .arg("until", when(state.now() + retry_after_secs))
                .arg("wait", duration(retry_after_secs)),
            retry_after_secs,
        ),
        SignInOutcome::Throttled { retry_after_secs } => (
            Msg::new("login-throttled").arg("wait", duration(retry_after_secs)),
            retry_after_secs,
        ),
    };
    let page = render_password(
        &state,
        &headers,
        &sign_in,
        StatusCode::TOO_MANY_REQUESTS,
        Some(Refusal::Page(message)),
    )?;
    Ok(with_retry_after(page, retry_after_secs))
}

/// The methods of the password screen: the password alone when the sign-in accepts basic,
/// and every second factor the deployment and the client accept that can reach the level.
fn password_methods(state: &Web, sign_in: &SignIn) -> Vec<Method> {
    let mut methods = Vec::new();
    if sign_in.min_level == Acr::Basic {
        methods.push(Method::Password);
    }
    methods.extend(sign_in.candidate_methods(state));
    methods
}

/// The same words for a wrong password and an unknown address.
const INVALID: &str = "login-invalid-credentials";

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
