//! Authentication: password hashing and policy, sign-in with lockout and rate limits,
//! browser sessions.

pub mod devices;
pub mod factors;
pub mod password;
pub mod policy;
pub mod session;
pub mod signin;
pub mod sms;
pub mod totp;
pub mod webauthn;

use crate::error::AppError;
use crate::state::AppState;

/// Writes one security event to the audit trail (SPEC section 5).
pub async fn audit(
    state: &AppState,
    event: &str,
    user_id: Option<&str>,
    ip: Option<&str>,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    crate::store::audit::record(
        &state.db,
        crate::store::audit::NewEvent {
            at: state.now(),
            event,
            user_id,
            client_id: None,
            ip,
            detail: Some(detail),
        },
    )
    .await?;
    Ok(())
}
