//! The HTTP layer: axum routers, extractors, templates, cookies, CSRF, and the one place
//! that turns errors into responses. Only this module knows axum.

/// For the page helpers that answer `Result<Result<T, Response>, AppError>`: the value, or
/// return the page they chose (a sign-in, a re-authentication, an expired flow).
macro_rules! or_return {
    ($e:expr) => {
        match $e {
            Ok(value) => value,
            Err(page) => return Ok(page),
        }
    };
}

pub mod access;
pub mod account;
pub mod app_api;
pub mod assets;
pub mod cookies;
pub mod cors;
pub mod csrf;
pub mod dev;
pub mod errors;
pub mod extract;
pub mod health;
pub mod home;
pub mod language;
pub mod login;
pub mod observe;
pub mod oidc;
pub mod replay;
pub mod templates;
pub mod web;

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::Router;
pub use extract::{ClientIp, SessionCookie, Visit};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;
use web::Web;

/// The whole provider as one router.
pub fn app(state: Web) -> Router {
    let max_body = state.config.limits.max_body_bytes;
    Router::new()
        .merge(oidc::routes())
        .merge(login::routes())
        .merge(account::routes())
        .merge(app_api::routes())
        .merge(home::routes())
        .merge(language::routes())
        .merge(health::routes())
        .merge(assets::routes())
        .merge(dev::routes(&state))
        .merge(access::routes())
        .fallback(errors::not_found)
        .method_not_allowed_fallback(errors::method_not_allowed)
        // One layer of the whole stack, outermost first. `Router::layer` wraps every route
        // and boxes it again for each call: twelve calls nested twelve boxes, and each
        // middleware cloned the boxes inside it on every request (about a hundred
        // allocations per request, issue 18). As one `ServiceBuilder` the stack is boxed
        // once per route; the order is the same.
        .layer(
            ServiceBuilder::new()
                // Outermost: a client's request id is kept only when well formed.
                .layer(middleware::map_request(observe::checked_request_id))
                .layer(SetRequestIdLayer::new(
                    HeaderName::from_static(observe::X_REQUEST_ID),
                    observe::NewRequestId,
                ))
                .layer(PropagateRequestIdLayer::new(HeaderName::from_static(
                    observe::X_REQUEST_ID,
                )))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(observe::RequestSpan)
                        .on_response(observe::log_response),
                )
                // Outside the panic catcher: a panic is counted as the 500 it becomes.
                .layer(observe::CountRequestsLayer)
                .layer(CatchPanicLayer::custom(|_| errors::panicked()))
                .layer(axum::extract::DefaultBodyLimit::max(max_body))
                // The rest runs as one middleware (`inner_stack`).
                .layer(middleware::from_fn_with_state(state.clone(), inner_stack)),
        )
        .with_state(state)
}

/// The middleware inside the panic catcher, outermost first: error pages in the site's
/// layout, the origin and size guards with the security headers, CORS of the app API, one
/// more try after a lost database connection, and the task that runs the request to its
/// end. Each stage calls the next as a plain future, so a request crosses one `from_fn`
/// (one box of the rest, one clone of the route and of the state) instead of five (decision
/// 0053).
async fn inner_stack(
    axum::extract::State(web): axum::extract::State<web::Web>,
    request: Request,
    next: Next,
) -> Response {
    let max_body = web.config.limits.max_body_bytes;
    errors::render_error_pages(&web, request, |request| {
        guard_and_headers(&web.app, request, |request| {
            cors::app_api(&web.app, request, |request| {
                replay::once_more(max_body, request, |request| {
                    run_to_completion(request, next.clone())
                })
            })
        })
    })
    .await
}

/// Runs every request to its end in a task of its own. A client that goes away (a closed
/// connection, a load generator stopping) would otherwise cancel the handler wherever it
/// waits, even between `BEGIN` and `COMMIT`; a pooled PostgreSQL connection could then be
/// left inside an open transaction, and every later write on it was never committed (the
/// bench's sign-ins on PostgreSQL found no flow after a refresh load stopped).
async fn run_to_completion(request: Request, next: Next) -> Response {
    use tracing::Instrument;
    let task = tokio::spawn(next.run(request).instrument(tracing::Span::current()));
    match task.await {
        Ok(response) => response,
        Err(e) => {
            tracing::error!(error = %e, "request task failed");
            errors::panicked()
        }
    }
}

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// Endpoints that other origins call by design: protocol endpoints authenticated by client
/// credentials, bearer tokens or device signatures (and `/authorize` and `/logout`, which a
/// relying party may POST to from its own pages). No browser session changes there.
const CROSS_ORIGIN_POSTS: [&str; 6] = [
    "/authorize",
    "/token",
    "/introspect",
    "/revoke",
    "/userinfo",
    "/logout",
];

/// Whether a state-changing request may come from where the browser says it comes from:
/// `Origin`, when sent, must be the issuer's (never `null`), and `Sec-Fetch-Site`, when
/// sent, must be `same-origin` (or `none`: typed by the user). A request with neither is
/// not from a browser's page, and the CSRF token still decides.
fn same_origin_request(state: &AppState, request: &Request) -> bool {
    let method = request.method();
    if method == axum::http::Method::GET
        || method == axum::http::Method::HEAD
        || method == axum::http::Method::OPTIONS
    {
        return true;
    }
    let path = request.uri().path();
    if CROSS_ORIGIN_POSTS.contains(&path) || path.starts_with("/app/") {
        return true;
    }
    let headers = request.headers();
    let origin_ok = match headers.get(header::ORIGIN) {
        None => true,
        Some(value) => value.to_str().is_ok_and(|origin| {
            origin != "null"
                && (origin == state.origin()
                    || state
                        .config
                        .webauthn
                        .rp_origin
                        .as_deref()
                        .is_some_and(|o| o.trim_end_matches('/') == origin))
        }),
    };
    let site_ok = match headers.get("sec-fetch-site") {
        None => true,
        Some(value) => matches!(value.to_str(), Ok("same-origin" | "none")),
    };
    origin_ok && site_ok
}

/// Refuses oversized request lines and state-changing requests from other origins, and sets
/// the security headers on every response: CSP without inline script, no framing, HSTS
/// when the issuer is https, and `no-store` everywhere except static files, discovery and
/// JWKS.
async fn guard_and_headers<F>(
    state: &AppState,
    request: Request,
    next: impl FnOnce(Request) -> F,
) -> Response
where
    F: std::future::Future<Output = Response>,
{
    let path = request.uri().path();
    let cacheable =
        path.starts_with("/static/") || path == "/jwks.json" || path.starts_with("/.well-known/");
    let mut response = guarded(state, request, next).await;
    let headers = response.headers_mut();
    headers.insert("content-security-policy", HeaderValue::from_static(CSP));
    headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    // `same-origin`, not `no-referrer`: under `no-referrer` a browser sends `Origin: null` on
    // every POST, even from our own pages, and the origin check could not tell them apart.
    // Other origins (a relying party's callback) still get no referrer.
    headers.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    if state.https() {
        let mut hsts = format!("max-age={}", state.config.hsts.max_age_secs.max(0));
        if state.config.hsts.include_subdomains {
            hsts.push_str("; includeSubDomains");
        }
        if let Ok(v) = HeaderValue::from_str(&hsts) {
            headers.insert(header::STRICT_TRANSPORT_SECURITY, v);
        }
    }
    if !cacheable {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    }
    response
}

/// What runs before a handler: the origin of state-changing requests first, then the size
/// of the request line, then NUL in any parameter.
async fn guarded<F>(state: &AppState, request: Request, next: impl FnOnce(Request) -> F) -> Response
where
    F: std::future::Future<Output = Response>,
{
    if !same_origin_request(state, &request) {
        tracing::warn!(
            path = %request.uri().path(),
            origin = ?request.headers().get(header::ORIGIN),
            "state-changing request from another origin refused"
        );
        return errors::PageError::new(
            StatusCode::FORBIDDEN,
            Msg::new("error-cross-origin-title"),
            Msg::new("error-cross-origin").arg("issuer", &*state.issuer),
        )
        .into_response();
    }
    if written_length(request.uri()) > state.config.limits.max_param_bytes * 2 {
        return errors::too_large(StatusCode::URI_TOO_LONG);
    }
    match refuse_nul(request, state.config.limits.max_body_bytes).await {
        Ok(request) => next(request).await,
        Err(refusal) => refusal,
    }
}

/// The length of the request target as written (what `to_string` would give), without
/// writing it.
fn written_length(uri: &axum::http::Uri) -> usize {
    struct Count(usize);
    impl std::fmt::Write for Count {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0 += s.len();
            Ok(())
        }
    }
    let mut count = Count(0);
    // Writing to a counter cannot fail.
    let _ = std::fmt::Write::write_fmt(&mut count, format_args!("{uri}"));
    count.0
}

/// No parameter of this provider may contain NUL, and PostgreSQL text cannot store one: a
/// request carrying it (`%00` in the query or a form, `\u0000` in JSON, a raw 0 byte) is
/// refused here with a 400, before any handler could pass it to the database.
async fn refuse_nul(request: Request, max_body: usize) -> Result<Request, Response> {
    fn has_nul(bytes: &[u8]) -> bool {
        bytes.contains(&0)
            || bytes.windows(3).any(|w| w == b"%00")
            || bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"))
    }
    let refusal = |path: &str| {
        if errors::is_api_path(path) {
            crate::oidc::error::OAuthError::invalid_request(
                "The request contains a NUL character, which no parameter may contain.",
            )
            .into_response()
        } else {
            errors::PageError::bad_request(Msg::new("error-nul")).into_response()
        }
    };
    if request.uri().query().is_some_and(|q| has_nul(q.as_bytes())) {
        return Err(refusal(request.uri().path()));
    }
    let has_body = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded") || t.contains("json"));
    if !has_body {
        return Ok(request);
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, max_body).await else {
        return Err(errors::too_large(StatusCode::PAYLOAD_TOO_LARGE));
    };
    if has_nul(&bytes) {
        return Err(refusal(parts.uri.path()));
    }
    Ok(Request::from_parts(parts, axum::body::Body::from(bytes)))
}

/// Renders a page with the CSRF token of this browser in `csrf`, setting the CSRF cookie
/// when the browser has none yet.
pub fn page(
    state: &Web,
    headers: &HeaderMap,
    status: StatusCode,
    template: &str,
    ctx: minijinja::Value,
) -> Result<Response, AppError> {
    let csrf = csrf::issue(state, headers);
    let lang = page_language(headers, &ctx, state.https());
    let ctx = minijinja::context! {
        lang => lang.code,
        lang_label => lang.label(),
        csrf => csrf.token,
        issuer => &*state.issuer,
        brand => &*state.brand,
        ..ctx
    };
    let body = state.templates.render(template, ctx)?;
    let mut response = (status, Html(body)).into_response();
    if let Some(cookie) = csrf.set_cookie {
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    Ok(response)
}

pub use crate::i18n::Msg;

/// What a refused form says: beside the one field it is about (`errors.<field>` in the
/// template, with `aria-invalid`), or above the form (`error`) when it is about the whole.
#[derive(Debug, Clone)]
pub enum Refusal {
    Field(&'static str, Msg),
    Page(Msg),
}

impl Refusal {
    /// The template variables of this refusal, to merge into a page's context.
    pub fn context(refusal: Option<&Refusal>) -> minijinja::Value {
        match refusal {
            Some(Refusal::Field(field, message)) => minijinja::context! {
                errors => minijinja::Value::from_iter([(*field, minijinja::Value::from_serialize(message))]),
            },
            Some(Refusal::Page(message)) => minijinja::context! { error => message },
            None => minijinja::context! {},
        }
    }
}

/// The language of a page (issue 15): the page's own choice (`lang` in its context, e.g.
/// from an authorization request's `ui_locales`), the selector's cookie, the signed-in
/// user's language (`user.language`), the browser's `Accept-Language`, then English; only
/// languages whose catalogue ships are chosen.
fn page_language(headers: &HeaderMap, ctx: &minijinja::Value, tls: bool) -> crate::i18n::Locale {
    let from_ctx = |path: &[&str]| {
        let mut v = ctx.clone();
        for key in path {
            v = v.get_attr(key).ok()?;
        }
        v.as_str().map(str::to_owned)
    };
    let ui_locales = from_ctx(&["ui_locales"]);
    let account = from_ctx(&["user", "language"]);
    let cookie = cookies::get(headers, cookies::LANGUAGE, tls);
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    crate::i18n::choose(crate::i18n::Wishes {
        ui_locales: ui_locales.as_deref(),
        cookie: cookie.as_deref(),
        account: account.as_deref(),
        accept_language: accept,
    })
}

/// Adds `Retry-After: secs` (at least 1) to a refusal that says when to try again.
pub fn with_retry_after(mut response: Response, secs: i64) -> Response {
    if let Ok(v) = HeaderValue::from_str(&secs.max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, v);
    }
    response
}

pub fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}

pub fn see_other(location: &str) -> Response {
    match HeaderValue::from_str(location) {
        Ok(v) => (StatusCode::SEE_OTHER, [(header::LOCATION, v)]).into_response(),
        Err(_) => errors::PageError::bad_request(Msg::new("error-redirect-target")).into_response(),
    }
}
