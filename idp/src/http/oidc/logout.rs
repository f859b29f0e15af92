//! RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) and the provider's own
//! sign-out. A valid id_token_hint for this browser's session signs out at once; anything
//! else is confirmed by the user first (a CSRF-protected form).

use crate::authn::session;
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::ClientIp;
use crate::http::extract::{PageParams, SessionCookie};
use crate::http::web::Web;
use crate::http::{cookies, csrf, page, see_other, with_cookie};
use crate::i18n::Msg;
use crate::oidc::{id_token, logout};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new().route("/logout", get(logout_endpoint).post(logout_endpoint))
}

struct Target {
    redirect: Option<String>,
}

async fn logout_endpoint(
    State(state): State<Web>,
    method: Method,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    SessionCookie(token): SessionCookie,
    PageParams(params): PageParams,
) -> Result<Response, AppError> {
    let hint_claims = match params.get("id_token_hint") {
        Some(hint) => match id_token::verify_own(&state, hint).await {
            Ok(c) => Some(c),
            Err(_) => {
                return Ok(PageError::bad_request(Msg::new("login-logout-bad-hint")).into_response())
            }
        },
        None => None,
    };
    let hint_client = hint_claims.as_ref().and_then(|c| match c.get("aud") {
        Some(serde_json::Value::String(a)) => Some(a.clone()),
        Some(serde_json::Value::Array(l)) => l.first().and_then(|a| a.as_str()).map(str::to_owned),
        _ => None,
    });
    let client_id = match (params.get("client_id"), hint_client) {
        (Some(a), Some(b)) if a != b => {
            return Ok(
                PageError::bad_request(Msg::new("login-logout-client-mismatch")).into_response(),
            )
        }
        (Some(a), _) => Some(a.to_owned()),
        (None, b) => b,
    };
    let target = match params.get("post_logout_redirect_uri") {
        None => Target { redirect: None },
        Some(uri) => {
            let client = match &client_id {
                Some(id) => crate::oidc::clients::registered(&state, id).await?,
                None => None,
            };
            let Some(client) =
                client.filter(|c| c.post_logout_redirect_uris.iter().any(|u| u == uri))
            else {
                return Ok(
                    PageError::bad_request(Msg::new("login-logout-uri-unregistered"))
                        .into_response(),
                );
            };
            let _ = client;
            let mut url = match url::Url::parse(uri) {
                Ok(u) => u,
                Err(_) => {
                    return Ok(PageError::bad_request(Msg::new("login-logout-uri-invalid"))
                        .into_response())
                }
            };
            if let Some(st) = params.get("state") {
                url.query_pairs_mut().append_pair("state", st);
            }
            Target {
                redirect: Some(url.to_string()),
            }
        }
    };
    let current = session::current(&state, token.as_deref()).await?;
    let hint_matches = match (&current, &hint_claims) {
        (Some(s), Some(c)) => {
            c.get("sid").and_then(|v| v.as_str()) == Some(&s.session.sid)
                || c.get("sub").and_then(|v| v.as_str()) == Some(&s.user.id)
        }
        _ => false,
    };
    let confirmed = method == Method::POST
        && params
            .get("csrf")
            .is_some_and(|t| csrf::verify(&state, &headers, t));
    let Some(current) = current else {
        return Ok(finish(&state, &headers, target));
    };
    if !(hint_matches || confirmed) {
        let hidden: Vec<minijinja::Value> = params
            .iter()
            .filter(|(k, _)| k.as_str() != "csrf")
            .map(|(k, v)| minijinja::context! { name => k, value => v })
            .collect();
        return page(
            &state,
            &headers,
            StatusCode::OK,
            "logout.html",
            minijinja::context! {
                hidden,
                user => crate::http::account::user_ctx(&current.user),
            },
        );
    }
    logout::end_session(&state, &current.session, &ip).await?;
    Ok(finish(&state, &headers, target))
}

fn finish(state: &Web, headers: &HeaderMap, target: Target) -> Response {
    let tls = state.https();
    let response = match target.redirect {
        Some(url) => see_other(&url),
        None => match page(
            state,
            headers,
            StatusCode::OK,
            "message.html",
            minijinja::context! {
                title => Msg::new("login-signed-out-title"),
                message => Msg::new("login-signed-out"),
                links => vec![minijinja::context! { href => "/login", label => Msg::new("login-sign-in-again") }],
            },
        ) {
            Ok(r) => r,
            Err(e) => e.into_response(),
        },
    };
    with_cookie(response, &cookies::clear(cookies::SESSION, tls))
}
