//! Ending a browser session: revoke what the session's grants issued (except offline
//! access), and tell every client that registered a back-channel logout URI.

use super::id_token;
use crate::audit::{self, AuditEvent, Subject};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{self, sessions::Session};

pub async fn end_session(state: &AppState, session: &Session, ip: &str) -> Result<(), AppError> {
    let now = state.now();
    store::sessions::end(&state.db, &session.id, now).await?;
    let grants = store::tokens::live_grants_for_sid(&state.db, &session.sid).await?;
    let mut notify: Vec<(String, String)> = Vec::new();
    for grant in &grants {
        if !grant.scope.split(' ').any(|s| s == "offline_access") {
            store::tokens::revoke_grant(&state.db, &grant.id, now).await?;
        }
        if let Some(client) = super::clients::registered(state, &grant.client_id).await? {
            if let Some(uri) = &client.backchannel_logout_uri {
                if !notify.iter().any(|(id, _)| id == &client.client_id) {
                    notify.push((client.client_id.clone(), uri.clone()));
                }
            }
        }
    }
    audit::record(
        &state.db,
        now,
        &AuditEvent::SignedOut,
        Subject::user(Some(&session.user_id), ip),
    )
    .await?;
    let mut sends = Vec::new();
    for (client_id, uri) in notify {
        let token =
            id_token::logout_token(state, &client_id, &session.user_id, &session.sid).await?;
        let http = state.http.clone();
        sends.push(async move {
            let result = http
                .post(&uri)
                .form(&[("logout_token", token)])
                .send()
                .await;
            match result {
                Ok(r) if r.status().is_success() => {
                    tracing::info!(client_id, "back-channel logout delivered")
                }
                Ok(r) => {
                    tracing::warn!(client_id, status = %r.status(), "back-channel logout refused")
                }
                Err(e) => tracing::warn!(client_id, error = %e, "back-channel logout failed"),
            }
        });
    }
    let handles: Vec<_> = sends.into_iter().map(tokio::spawn).collect();
    for handle in handles {
        let _ = handle.await;
    }
    Ok(())
}
