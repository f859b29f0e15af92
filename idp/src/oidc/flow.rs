//! The authorization request that waits on a sign-in (`authn::sign_in`): stored with it
//! when the sign-in starts, read back when it resumes.

use super::request::AuthRequest;
use crate::authn::sign_in::{self, Purpose, SignIn};
use crate::error::AppError;
use crate::state::AppState;

/// Starts the sign-in an authorization request waits on; returns its id for the URL. A
/// `login_hint` is the sign-in's first identifier (the user may change it).
pub async fn start(state: &AppState, request: &AuthRequest) -> Result<String, AppError> {
    let json = serde_json::to_string(request).map_err(|e| AppError::Internal(e.to_string()))?;
    sign_in::start(
        state,
        Purpose {
            min_level: request.min_level,
            client_id: Some(&request.client_id),
            return_to: None,
            email: request.login_hint.clone(),
            waiting: Some(json),
        },
    )
    .await
}

/// The authorization request waiting on a sign-in, if one does.
pub fn request_of(sign_in: &SignIn) -> Result<Option<AuthRequest>, AppError> {
    sign_in
        .waiting
        .as_deref()
        .map(|json| {
            serde_json::from_str(json)
                .map_err(|e| AppError::Internal(format!("waiting request: {e}")))
        })
        .transpose()
}

/// The person picked `code` in the language selector during this sign-in: a newer and
/// more direct wish than the client's `ui_locales`, which it replaces for the rest of the
/// flow (OpenID Connect Core 3.1.2.1 makes `ui_locales` a preference, not a rule).
pub async fn prefer_language(state: &AppState, flow: &str, code: &str) -> Result<(), AppError> {
    let Some(sign_in) = sign_in::load(state, flow).await? else {
        return Ok(());
    };
    let Some(mut request) = request_of(&sign_in)? else {
        return Ok(());
    };
    if request.ui_locales.is_none() {
        return Ok(());
    }
    request.ui_locales = Some(code.to_owned());
    let json = serde_json::to_string(&request).map_err(|e| AppError::Internal(e.to_string()))?;
    crate::store::flows::set_request(&state.db, &sign_in.id_hash, &json).await?;
    Ok(())
}

/// Gives up the sign-in: the client receives `access_denied`.
pub fn cancel_url(flow: &str) -> String {
    format!("/authorize/cancel?flow={flow}")
}
