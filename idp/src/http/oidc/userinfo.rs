use super::{authorization_header, form_params};
use crate::oidc::claims;
use crate::oidc::error::{ErrorCode, OAuthError};
use crate::secret::token_hash;
use crate::state::AppState;
use crate::store;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};

pub fn routes() -> Router<AppState> {
    Router::new().route("/userinfo", get(userinfo).post(userinfo))
}

/// The bearer token from the header (RFC 6750 2.1) or, on POST, the form body (2.2).
async fn userinfo(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, OAuthError> {
    let from_header = authorization_header(&headers)?
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(|t| t.trim().to_owned());
    let from_body = if method == Method::POST && !body.is_empty() {
        form_params(&state, &headers, &body)?
            .get("access_token")
            .map(str::to_owned)
    } else {
        None
    };
    let token = match (from_header, from_body) {
        (Some(_), Some(_)) => {
            return Err(OAuthError::invalid_request("send the access token once"))
        }
        (Some(t), None) | (None, Some(t)) => t,
        (None, None) => {
            return Err(OAuthError::new(
                ErrorCode::InvalidToken,
                "an access token is required",
            ))
        }
    };
    let invalid = || {
        OAuthError::new(
            ErrorCode::InvalidToken,
            "the access token is invalid or expired",
        )
    };
    let (access, grant) =
        store::tokens::find_active_access(&state.db, &token_hash(&token), state.now())
            .await?
            .ok_or_else(invalid)?;
    let grant = grant.ok_or_else(invalid)?;
    if !access.scope.split(' ').any(|s| s == "openid") {
        return Err(OAuthError::new(
            ErrorCode::InvalidToken,
            "the access token was not issued with the openid scope",
        ));
    }
    let user_id = grant.user_id.as_deref().ok_or_else(invalid)?;
    let user = store::users::find(&state.db, user_id)
        .await?
        .ok_or_else(invalid)?;
    let requested: Option<serde_json::Value> = grant
        .claims
        .as_deref()
        .and_then(|c| serde_json::from_str(c).ok());
    let phone = if claims::needs_phone(&access.scope, requested.as_ref()) {
        store::phones::verified(&state.db, &user.id)
            .await?
            .into_iter()
            .next()
            .map(|p| p.e164)
    } else {
        None
    };
    let subject = claims::Subject {
        user: &user,
        phone: phone.as_deref(),
    };
    let mut body = claims::userinfo(&subject, &access.scope, requested.as_ref());
    body.extend(claims::assurance(&grant));
    if let Some(e) = crate::access::entitlements(&state.db, &grant.client_id, &user.id).await? {
        body.insert(crate::access::entitlements::CLAIM.into(), e);
    }
    Ok(Json(body).into_response())
}
