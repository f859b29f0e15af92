//! Extractors that hand services plain values: the peer address, the session cookie's
//! token, the browser a sign-in happens in, protocol parameters, an authenticated client,
//! a bearer token.

use super::cookies;
use super::errors::PageError;
use super::web::Web;
use crate::authn::acr::Acr;
use crate::authn::factors::Enrolled;
use crate::authn::session::{self, Browser};
use crate::authn::sign_in::{self, SignIn, Stage};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::oidc::client_auth;
use crate::oidc::error::{ErrorCode, OAuthError};
use crate::oidc::params::Params;
use crate::store::clients::Client;
use crate::store::users::User;
use axum::extract::{ConnectInfo, FromRef, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, Method};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use std::convert::Infallible;
use std::net::SocketAddr;

/// The peer address (the provider is reached directly or through a proxy that the operator
/// configures to connect from a trusted address); "unknown" without connect info (tests).
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(client_ip(parts)))
    }
}

fn client_ip(parts: &Parts) -> String {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// The token in this browser's session cookie, if it sent one.
pub struct SessionCookie(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for SessionCookie
where
    Web: FromRef<S>,
{
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let web = Web::from_ref(state);
        Ok(SessionCookie(cookies::get(
            &parts.headers,
            cookies::SESSION,
            web.https(),
        )))
    }
}

/// The browser of this request, as a sign-in sees it: session token, address, user agent.
pub struct Visit {
    pub session: Option<String>,
    pub ip: String,
    pub user_agent: String,
}

impl Visit {
    pub fn browser(&self) -> Browser<'_> {
        Browser {
            session: self.session.as_deref(),
            ip: &self.ip,
            user_agent: &self.user_agent,
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Visit
where
    Web: FromRef<S>,
{
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let SessionCookie(session) = SessionCookie::from_request_parts(parts, state).await?;
        let user_agent = parts
            .headers
            .get(axum::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        Ok(Visit {
            session,
            ip: client_ip(parts),
            user_agent,
        })
    }
}

/// Protocol parameters of a request: the query of a GET, the form body of a POST
/// (`application/x-www-form-urlencoded`), parsed by `oidc::params` under the configured
/// limits. A refusal is the RFC error (`invalid_request`), for endpoints that answer JSON.
pub struct ProtocolParams(pub Params);

/// The same parameters for endpoints a browser shows (`/authorize`, `/logout`): a refusal is
/// a page, never a redirect (its protocol details go to the log, in English).
pub struct PageParams(pub Params);

async fn parse_params(req: Request, web: &Web) -> Result<Params, OAuthError> {
    let max = web.config.limits.max_param_bytes;
    if req.method() == Method::GET || req.method() == Method::HEAD {
        return Params::parse(req.uri().query().unwrap_or("").as_bytes(), max);
    }
    let form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        });
    let body = axum::body::to_bytes(req.into_body(), web.config.limits.max_body_bytes)
        .await
        .map_err(|_| OAuthError::invalid_request("the request body is too large"))?;
    if !body.is_empty() && !form {
        return Err(OAuthError::invalid_request(
            "the body must be application/x-www-form-urlencoded",
        ));
    }
    Params::parse(&body, max)
}

impl<S: Send + Sync> FromRequest<S> for ProtocolParams
where
    Web: FromRef<S>,
{
    type Rejection = OAuthError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        Ok(ProtocolParams(
            parse_params(req, &Web::from_ref(state)).await?,
        ))
    }
}

impl<S: Send + Sync> FromRequest<S> for PageParams
where
    Web: FromRef<S>,
{
    type Rejection = PageError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        parse_params(req, &Web::from_ref(state))
            .await
            .map(PageParams)
            .map_err(|e| {
                tracing::info!(
                    description = e.description.as_deref().unwrap_or(""),
                    "page request with invalid parameters refused"
                );
                PageError::bad_request(Msg::new("login-request-invalid"))
            })
    }
}

/// The `Authorization` header as text, if present; not text is `invalid_request`.
fn authorization(parts: &Parts) -> Result<Option<&str>, OAuthError> {
    match parts.headers.get(header::AUTHORIZATION) {
        None => Ok(None),
        Some(v) => v
            .to_str()
            .map(Some)
            .map_err(|_| OAuthError::invalid_request("the Authorization header is not valid")),
    }
}

/// A request to a client-authenticated endpoint (`/token`, `/introspect`, `/revoke`): the
/// client, authenticated by the method it registered for this endpoint, and the parameters.
pub struct ClientRequest {
    pub client: std::sync::Arc<Client>,
    pub params: Params,
}

impl<S: Send + Sync> FromRequest<S> for ClientRequest
where
    Web: FromRef<S>,
{
    type Rejection = OAuthError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let web = Web::from_ref(state);
        let (parts, body) = req.into_parts();
        let basic = client_auth::parse_basic(authorization(&parts)?)?;
        let endpoint = parts.uri.path().to_owned();
        let params = parse_params(Request::from_parts(parts, body), &web).await?;
        let client = client_auth::authenticate(&web, basic, &params, &endpoint).await?;
        Ok(ClientRequest { client, params })
    }
}

/// The access token of a resource request: from `Authorization: Bearer` (RFC 6750 2.1) or,
/// on a form POST, `access_token` (2.2); both at once is `invalid_request`, none
/// `invalid_token`.
pub struct BearerToken(pub String);

impl<S: Send + Sync> FromRequest<S> for BearerToken
where
    Web: FromRef<S>,
{
    type Rejection = OAuthError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let web = Web::from_ref(state);
        let (parts, body) = req.into_parts();
        let from_header = authorization(&parts)?
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(|t| t.trim().to_owned());
        let from_body = if parts.method == Method::POST {
            parse_params(Request::from_parts(parts, body), &web)
                .await?
                .get("access_token")
                .map(str::to_owned)
        } else {
            None
        };
        match (from_header, from_body) {
            (Some(_), Some(_)) => Err(OAuthError::invalid_request("send the access token once")),
            (Some(t), None) | (None, Some(t)) => Ok(BearerToken(t)),
            (None, None) => Err(OAuthError::new(
                ErrorCode::InvalidToken,
                "an access token is required",
            )),
        }
    }
}

/// Where a re-authentication started by [`SignedIn`] or [`RecentSignIn`] comes back to,
/// set on a route whose own path has no page (`POST /account/phones/delete` comes back to
/// `/account/phones`). Without it: the request's own path and query.
#[derive(Clone, Copy, Debug)]
pub struct ReturnTo(pub &'static str);

/// The route layer that sets [`ReturnTo`].
pub fn back_to(path: &'static str) -> axum::Extension<ReturnTo> {
    axum::Extension(ReturnTo(path))
}

fn return_to(parts: &Parts) -> String {
    match parts.extensions.get::<ReturnTo>() {
        Some(ReturnTo(path)) => (*path).to_owned(),
        None => parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".into()),
    }
}

/// A redirect into a new sign-in for a page of this site.
async fn sign_in_first(
    web: &Web,
    return_to: &str,
    min_level: Acr,
    email: Option<String>,
) -> Result<Response, AppError> {
    let id = sign_in::start_for_page(web, return_to, min_level, email).await?;
    Ok(super::see_other(&format!("/login?flow={id}")))
}

/// The signed-in user of this browser, or (the rejection) a sign-in that comes back here.
/// On the way, account recoveries whose waiting period is over are carried out, so no
/// account page shows factors that are due to be gone.
pub struct SignedIn(pub session::SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for SignedIn
where
    Web: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let web = Web::from_ref(state);
        let SessionCookie(token) = SessionCookie::from_request_parts(parts, state)
            .await
            .unwrap_or(SessionCookie(None));
        signed_in_or_sign_in(&web, token.as_deref(), &return_to(parts))
            .await
            .map_err(IntoResponse::into_response)?
            .map(SignedIn)
    }
}

/// The signed-in user of the session `token`, or a redirect into a sign-in that comes back
/// to `return_to` (for a handler that needs a session on one branch only).
pub async fn signed_in_or_sign_in(
    web: &Web,
    token: Option<&str>,
    return_to: &str,
) -> Result<Result<session::SignedIn, Response>, AppError> {
    crate::account::recovery::complete_due(web).await?;
    match session::current(web, token).await? {
        Some(s) if s.authentication(web).is_some() => Ok(Ok(s)),
        _ => Ok(Err(sign_in_first(web, return_to, Acr::Basic, None).await?)),
    }
}

/// A sign-in recent enough to change a second factor, or (the rejection) a
/// re-authentication that comes back here: with an existing second factor when the user has
/// one (as EU Login does), else with the password.
pub struct RecentSignIn(pub session::SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for RecentSignIn
where
    Web: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let web = Web::from_ref(state);
        let SignedIn(s) = SignedIn::from_request_parts(parts, state).await?;
        let needs_factor = Enrolled::of(&web, &s.user.id)
            .await
            .map_err(IntoResponse::into_response)?
            .any_second_factor();
        if session::recent_enough(&s.session, &web, needs_factor) {
            return Ok(RecentSignIn(s));
        }
        let level = if needs_factor {
            Acr::Medium
        } else {
            Acr::Basic
        };
        Err(
            sign_in_first(&web, &return_to(parts), level, Some(s.user.email.clone()))
                .await
                .unwrap_or_else(IntoResponse::into_response),
        )
    }
}

/// A sign-in whose password is proven and that waits for a second factor, from `flow` in
/// the query; else (the rejection) the page that says so, or the sign-in's first page.
pub struct PendingSignIn {
    pub sign_in: SignIn,
    pub user: User,
}

impl PendingSignIn {
    pub fn flow(&self) -> &str {
        &self.sign_in.id
    }

    /// When the password was proven.
    pub fn password_at(&self) -> i64 {
        match self.sign_in.stage {
            Stage::PasswordProven { at, .. } => at,
            _ => 0,
        }
    }
}

async fn pending(web: &Web, flow: &str) -> Result<Result<PendingSignIn, Response>, AppError> {
    let Some(sign_in) = sign_in::load(web, flow).await? else {
        return Ok(Err(expired()));
    };
    let Stage::PasswordProven { user_id, .. } = &sign_in.stage else {
        return Ok(Err(super::see_other(&format!("/login?flow={flow}"))));
    };
    let Some(user) = crate::store::users::find(&web.db, user_id).await? else {
        return Ok(Err(expired()));
    };
    Ok(Ok(PendingSignIn { sign_in, user }))
}

/// The page of a sign-in that is over or unknown.
pub fn expired() -> Response {
    PageError::new(
        axum::http::StatusCode::BAD_REQUEST,
        Msg::new("login-expired-title"),
        Msg::new("login-expired"),
    )
    .into_response()
}

#[derive(serde::Deserialize)]
struct FlowQuery {
    flow: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for PendingSignIn
where
    Web: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let web = Web::from_ref(state);
        let flow = serde_urlencoded::from_str::<FlowQuery>(parts.uri.query().unwrap_or(""))
            .ok()
            .and_then(|q| q.flow)
            .unwrap_or_default();
        // A sign-in page opened without a sign-in (a bookmark, a typed address): start one.
        if flow.is_empty() && parts.method == axum::http::Method::GET {
            return Err(super::see_other("/login"));
        }
        pending(&web, &flow)
            .await
            .map_err(IntoResponse::into_response)?
    }
}

/// The body of a form: the `csrf` field checked against this browser's cookie (else the
/// 403 page), then the form itself (else a 400 page).
async fn checked_form<T: DeserializeOwned>(
    req: Request,
    web: &Web,
) -> Result<(T, Option<String>), Response> {
    #[derive(serde::Deserialize)]
    struct Guard {
        csrf: Option<String>,
        flow: Option<String>,
    }
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, web.config.limits.max_body_bytes)
        .await
        .map_err(|_| super::errors::too_large(axum::http::StatusCode::PAYLOAD_TOO_LARGE))?;
    let guard: Guard =
        serde_urlencoded::from_bytes(&bytes).map_err(|_| PageError::csrf().into_response())?;
    let csrf = guard.csrf.unwrap_or_default();
    if !super::csrf::verify(web, &parts.headers, &csrf) {
        return Err(PageError::csrf().into_response());
    }
    let form = serde_urlencoded::from_bytes(&bytes)
        .map_err(|_| PageError::bad_request(Msg::new("login-form-incomplete")).into_response())?;
    Ok((form, guard.flow))
}

/// A form sent from one of our pages by this browser (its CSRF token checked), as `T`.
pub struct CsrfForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequest<S> for CsrfForm<T>
where
    Web: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (form, _) = checked_form(req, &Web::from_ref(state)).await?;
        Ok(CsrfForm(form))
    }
}

/// A form of a sign-in step after the password: the CSRF token checked, the sign-in named
/// by its `flow` field loaded and waiting for a second factor, and the form as `T`.
pub struct PendingForm<T>(pub PendingSignIn, pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequest<S> for PendingForm<T>
where
    Web: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let web = Web::from_ref(state);
        let (form, flow) = checked_form(req, &web).await?;
        let pending = pending(&web, flow.as_deref().unwrap_or(""))
            .await
            .map_err(IntoResponse::into_response)??;
        Ok(PendingForm(pending, form))
    }
}
