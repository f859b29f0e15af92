//! The UserInfo endpoint's answer (OpenID Connect Core 5.3): the claims of the access
//! token's user, by scope and by the `claims` parameter of the authorization request, with
//! what introspection also says of the grant (`claims::of_grant`).

use super::claims;
use super::error::{ErrorCode, OAuthError};
use crate::secret::token_key;
use crate::state::AppState;
use crate::store;
use serde_json::{Map, Value};

/// The claims for bearer `token`; an unknown, expired or revoked token, or one issued
/// without the `openid` scope or to no user, is `invalid_token`.
pub async fn userinfo(state: &AppState, token: &str) -> Result<Map<String, Value>, OAuthError> {
    let invalid = || {
        OAuthError::new(
            ErrorCode::InvalidToken,
            "the access token is invalid or expired",
        )
    };
    let found = store::tokens::find_active_access(&state.reader, &token_key(token), state.now())
        .await?
        .ok_or_else(invalid)?;
    let access = found.token;
    let grant = found.grant.ok_or_else(invalid)?;
    if !access.scope.split(' ').any(|s| s == "openid") {
        return Err(OAuthError::new(
            ErrorCode::InvalidToken,
            "the access token was not issued with the openid scope",
        ));
    }
    // The grant's user, read with the token (a grant of no user, or a user deleted, has none).
    let user = found.user.ok_or_else(invalid)?;
    let requested = grant.claims.as_ref();
    let phone = if claims::needs_phone(&access.scope, requested) {
        store::phones::verified(&state.reader, &user.id)
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
    let mut body = claims::userinfo(&subject, &access.scope, requested);
    body.extend(claims::of_grant(state, &grant).await?);
    Ok(body)
}
