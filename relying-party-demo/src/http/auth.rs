//! Sign-in (`/login`, `/callback`), logout (`/logout`) and back-channel logout.

use std::collections::HashMap;

use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Deserialize;

use super::cookies::{clear_session, session_id, set_session};
use super::language::PageLanguage;
use super::{AppError, AppState};
use crate::acr::AcrDecision;
use crate::i18n::Msg;
use crate::sessions::{secrets_match, PendingLogin, Session, SignedIn};

fn secure(state: &AppState) -> bool {
    state.settings.public_url.starts_with("https://")
}

/// The browser's live session, if any.
pub async fn current_session(state: &AppState, headers: &HeaderMap) -> Option<Session> {
    let id = session_id(headers)?;
    state.sessions.get(&id).await
}

fn with_cookie(mut response: Response, cookie: Option<axum::http::HeaderValue>) -> Response {
    if let Some(c) = cookie {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    response
}

/// A page saying why a sign-in (or a sign-out) did not go through, with "Sign in again".
fn message(
    state: &AppState,
    lang: &PageLanguage,
    status: StatusCode,
    title: Msg,
    text: Msg,
) -> Result<Response, AppError> {
    state.templates.page(
        lang,
        status,
        "message.html",
        context! { title, text, retry => true },
    )
}

/// Starts the authorization code flow (PKCE S256, state, nonce, acr_values=medium), asking
/// the provider to speak the language of CPMS's pages (`ui_locales`).
#[tracing::instrument(skip_all)]
pub async fn login(
    State(state): State<AppState>,
    lang: PageLanguage,
    headers: HeaderMap,
) -> Response {
    let session = match current_session(&state, &headers).await {
        Some(s) => s,
        None => state.sessions.create().await,
    };
    let start = state.provider.authorization_request(lang.locale.code);
    state
        .sessions
        .set_pending(
            &session.id,
            PendingLogin {
                state: start.state,
                nonce: start.nonce,
                pkce_verifier: start.pkce_verifier,
            },
        )
        .await;
    with_cookie(
        Redirect::to(start.url.as_str()).into_response(),
        set_session(&session.id, secure(&state)),
    )
}

/// The redirect back from the provider: check state and `iss`, exchange the code, validate
/// the ID token, then check `acr` here (medium or high).
#[tracing::instrument(skip_all)]
pub async fn callback(
    State(state): State<AppState>,
    lang: PageLanguage,
    headers: HeaderMap,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let Some(session) = current_session(&state, &headers).await else {
        return message(
            &state,
            &lang,
            StatusCode::BAD_REQUEST,
            Msg::new("signin-expired-title"),
            Msg::new("signin-expired-elsewhere"),
        );
    };
    let Some(pending) = state.sessions.take_pending(&session.id).await else {
        return message(
            &state,
            &lang,
            StatusCode::BAD_REQUEST,
            Msg::new("signin-expired-title"),
            Msg::new("signin-expired-used"),
        );
    };
    let returned_state = params.get("state").map(String::as_str).unwrap_or("");
    if !secrets_match(returned_state, &pending.state) {
        tracing::warn!("callback with a wrong state");
        return message(
            &state,
            &lang,
            StatusCode::BAD_REQUEST,
            Msg::new("signin-refused-title"),
            Msg::new("signin-refused-state"),
        );
    }
    if let Some(iss) = params.get("iss") {
        if iss.trim_end_matches('/') != state.provider.issuer() {
            tracing::warn!(iss, "callback from another issuer");
            return message(
                &state,
                &lang,
                StatusCode::BAD_REQUEST,
                Msg::new("signin-refused-title"),
                Msg::new("signin-refused-issuer"),
            );
        }
    }
    if let Some(error) = params.get("error") {
        tracing::info!(error, "the provider refused the sign-in");
        return match error.as_str() {
            // The user pressed "Cancel and return to the application" (or refused consent):
            // nothing is wrong with the account, so say so and offer to start again.
            "access_denied" => state.templates.page(
                &lang,
                StatusCode::OK,
                "message.html",
                context! {
                    title => Msg::new("signin-cancelled-title"),
                    text => Msg::new("signin-cancelled"),
                    kind => "info",
                    retry => true,
                    home => true,
                },
            ),
            "unmet_authentication_requirements" => message(
                &state,
                &lang,
                StatusCode::BAD_REQUEST,
                Msg::new("signin-incomplete-title"),
                Msg::new("signin-second-factor"),
            ),
            _ => message(
                &state,
                &lang,
                StatusCode::BAD_REQUEST,
                Msg::new("signin-incomplete-title"),
                Msg::new("signin-incomplete"),
            ),
        };
    }
    let Some(code) = params.get("code") else {
        return message(
            &state,
            &lang,
            StatusCode::BAD_REQUEST,
            Msg::new("signin-refused-title"),
            Msg::new("signin-refused-no-code"),
        );
    };
    let verified = match state
        .provider
        .finish_sign_in(code, &pending.pkce_verifier, &pending.nonce)
        .await
    {
        Ok(v) => v,
        Err(e) => {
            tracing::warn!(error = %format!("{e:#}"), "sign-in could not be verified");
            return message(
                &state,
                &lang,
                StatusCode::BAD_GATEWAY,
                Msg::new("signin-unverified-title"),
                Msg::new("signin-unverified"),
            );
        }
    };
    let acr = match state.provider.acr.check(verified.acr.as_deref()) {
        AcrDecision::Accepted => verified.acr.clone().unwrap_or_default(),
        AcrDecision::TooLow { actual } => {
            tracing::info!(sub = %verified.sub, acr = ?actual, "sign-in below medium refused");
            state.sessions.end(&session.id).await;
            let page = state.templates.page(
                &lang,
                StatusCode::FORBIDDEN,
                "acr_refused.html",
                context! { actual => actual, required => state.provider.acr.requested() },
            )?;
            return Ok(with_cookie(page, clear_session(secure(&state))));
        }
    };
    state
        .store
        .signed_in(&verified.sub, verified.name.clone(), verified.email.clone())
        .await?;
    tracing::info!(sub = %verified.sub, acr, "signed in");
    let signed_in = state
        .sessions
        .sign_in(
            &session.id,
            SignedIn {
                sub: verified.sub,
                sid: verified.sid,
                name: verified.name,
                email: verified.email,
                acr,
                entitlements: verified.entitlements,
                id_token: verified.id_token,
            },
        )
        .await;
    Ok(with_cookie(
        Redirect::to("/").into_response(),
        set_session(&signed_in.id, secure(&state)),
    ))
}

/// A confirmation page whose button posts to `/logout` (a link cannot sign someone out).
pub async fn logout_page(
    State(state): State<AppState>,
    lang: PageLanguage,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    match current_session(&state, &headers).await {
        Some(s) if s.user.is_some() => state.templates.page(
            &lang,
            StatusCode::OK,
            "logout.html",
            context! { csrf => s.csrf },
        ),
        _ => Ok(Redirect::to("/").into_response()),
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// Ends the local session, then RP-initiated logout at the provider.
#[tracing::instrument(skip_all)]
pub async fn logout(
    State(state): State<AppState>,
    lang: PageLanguage,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    let Some(session) = current_session(&state, &headers).await else {
        return Ok(with_cookie(
            Redirect::to("/").into_response(),
            clear_session(secure(&state)),
        ));
    };
    if !secrets_match(&form.csrf, &session.csrf) {
        return message(
            &state,
            &lang,
            StatusCode::BAD_REQUEST,
            Msg::new("signout-refused-title"),
            Msg::new("signout-refused"),
        );
    }
    state.sessions.end(&session.id).await;
    let target = session
        .user
        .as_ref()
        .and_then(|u| {
            state
                .provider
                .end_session_url(&u.id_token, &state.settings.post_logout_redirect_uri())
        })
        .map(|u| u.to_string())
        .unwrap_or_else(|| "/".to_string());
    tracing::info!(sub = ?session.user.as_ref().map(|u| &u.sub), "signed out");
    Ok(with_cookie(
        Redirect::to(&target).into_response(),
        clear_session(secure(&state)),
    ))
}

#[derive(Deserialize)]
pub struct LogoutTokenForm {
    #[serde(default)]
    logout_token: String,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// OpenID Connect Back-Channel Logout 1.0: verify the logout token, end matching sessions.
#[tracing::instrument(skip_all)]
pub async fn backchannel_logout(
    State(state): State<AppState>,
    Form(form): Form<LogoutTokenForm>,
) -> Response {
    const NO_STORE: [(header::HeaderName, &str); 1] = [(header::CACHE_CONTROL, "no-store")];
    let refused = |why: &str| {
        tracing::warn!(why, "back-channel logout token refused");
        (
            StatusCode::BAD_REQUEST,
            NO_STORE,
            axum::Json(serde_json::json!({
                "error": "invalid_request",
                "error_description": "the logout token is not valid"
            })),
        )
            .into_response()
    };
    let claims = match state
        .provider
        .verify_logout_token(&form.logout_token, now())
        .await
    {
        Ok(claims) => claims,
        Err(e) => return refused(&e.to_string()),
    };
    if let Some(jti) = &claims.jti {
        if !state.sessions.first_use_of_logout_token(jti).await {
            return refused("replayed jti");
        }
    }
    let ended = state
        .sessions
        .end_matching(claims.sub.as_deref(), claims.sid.as_deref())
        .await;
    tracing::info!(sub = ?claims.sub, sid = ?claims.sid, ended, "back-channel logout");
    (StatusCode::OK, NO_STORE).into_response()
}
