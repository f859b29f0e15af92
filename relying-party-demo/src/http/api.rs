//! The resource API (J13): bearer access tokens, introspected at the provider.

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::AppState;
use crate::bearer::{self, BearerDecision};

/// The token of an `Authorization: Bearer <token>` header (scheme case-insensitive).
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

fn refuse(state: &AppState, decision: &BearerDecision) -> Response {
    let (status, error, description) = match decision {
        BearerDecision::Allow { .. } => (StatusCode::OK, "", ""),
        BearerDecision::Missing => (
            StatusCode::UNAUTHORIZED,
            "invalid_request",
            "A bearer access token is required.",
        ),
        BearerDecision::InvalidToken(why) => (StatusCode::UNAUTHORIZED, "invalid_token", *why),
        BearerDecision::InsufficientUserAuthentication => (
            StatusCode::UNAUTHORIZED,
            "insufficient_user_authentication",
            "CPMS requires two-factor authentication (medium level).",
        ),
        BearerDecision::NoGrant => (
            StatusCode::FORBIDDEN,
            "insufficient_scope",
            "No approved CPMS access request; request access in the authorization system.",
        ),
    };
    let mut response = (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        Json(json!({ "error": error, "error_description": description })),
    )
        .into_response();
    if let Some(challenge) = decision
        .www_authenticate(&state.provider.acr)
        .and_then(|c| HeaderValue::from_str(&c).ok())
    {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, challenge);
    }
    response
}

/// `GET /api/patients`: the demo patients of the caller's centre.
#[tracing::instrument(skip_all)]
pub async fn patients(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = bearer_token(&headers) else {
        return refuse(&state, &BearerDecision::Missing);
    };
    let introspection = match state.provider.introspect(token).await {
        Ok(i) => i,
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "introspection failed");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CACHE_CONTROL, "no-store")],
                Json(json!({ "error": "temporarily_unavailable" })),
            )
                .into_response();
        }
    };
    let decision = bearer::decide(
        &introspection,
        state.provider.client_id(),
        &state.provider.acr,
    );
    match decision {
        BearerDecision::Allow { sub } => {
            tracing::info!(sub, "patients listed");
            (
                StatusCode::OK,
                [(header::CACHE_CONTROL, "no-store")],
                Json(json!({
                    "patients": [
                        { "id": "P-0001", "pseudonym": "EUR-NL-0001", "thematic_area": "WS1", "status": "awaiting panel review" },
                        { "id": "P-0002", "pseudonym": "EUR-NL-0002", "thematic_area": "WS3", "status": "panel advice given" },
                    ]
                })),
            )
                .into_response()
        }
        other => {
            tracing::info!(decision = ?other, "bearer token refused");
            refuse(&state, &other)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens_are_read_case_insensitively() {
        let mut h = HeaderMap::new();
        assert_eq!(bearer_token(&h), None);
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("bearer abc"),
        );
        assert_eq!(bearer_token(&h), Some("abc"));
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Basic abc"));
        assert_eq!(bearer_token(&h), None);
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer "));
        assert_eq!(bearer_token(&h), None);
    }
}
