//! Password sign-in with throttling and lockout (SPEC section 5, NIST SP 800-63B 5.2.2).
//!
//! Enumeration and timing: an unknown account, a locked account and a wrong password give the
//! same outcome, and each runs exactly one argon2 verification (against a dummy hash when
//! there is no usable stored hash), so neither the answer nor its timing tells them apart.

use crate::error::AppError;
use crate::secret::Secret;
use crate::state::AppState;
use crate::store::{self, audit::NewEvent, users::User};
use std::time::Duration;

const DAY: i64 = 24 * 3600;

pub enum SignInOutcome {
    Success(Box<User>),
    /// Unknown e-mail, wrong password or locked account: indistinguishable.
    Failed,
    /// Too many failures from this address: HTTP 429.
    Throttled {
        retry_after_secs: i64,
    },
}

#[tracing::instrument(skip_all, fields(ip = %ip))]
pub async fn verify_password(
    state: &AppState,
    email: &str,
    password: &Secret,
    ip: &str,
) -> Result<SignInOutcome, AppError> {
    let now = state.now();
    let cfg = &state.config.lockout;
    let ip_key = format!("signin-ip:{ip}");
    let ip_failures =
        store::rate_limits::current(&state.db, &ip_key, now, cfg.ip_window_secs).await?;
    if ip_failures >= cfg.ip_failures_per_window {
        let retry_after_secs =
            store::rate_limits::retry_after(&state.db, &ip_key, now, cfg.ip_window_secs)
                .await?
                .max(1);
        return Ok(SignInOutcome::Throttled { retry_after_secs });
    }
    let user = if email.len() <= 320 {
        store::users::find_by_email(&state.db, email).await?
    } else {
        None
    };
    let locked = user
        .as_ref()
        .is_some_and(|u| is_locked(u, now, cfg.max_failures_per_day));
    let stored = user
        .as_ref()
        .filter(|_| !locked)
        .and_then(|u| u.password_hash.as_deref());
    let ok = state.hasher.verify(password, stored).await?;
    match (ok, user) {
        (true, Some(user)) => {
            store::users::set_failures(
                &state.db,
                &user.id,
                0,
                user.failure_window_start,
                user.failures_in_window,
                None,
            )
            .await?;
            audit(
                state,
                "signin.success",
                Some(&user.id),
                ip,
                serde_json::json!({ "method": "password" }),
            )
            .await?;
            Ok(SignInOutcome::Success(Box::new(user)))
        }
        (_, user) => {
            let ip_count =
                store::rate_limits::hit(&state.db, &ip_key, now, cfg.ip_window_secs).await?;
            let mut recent = ip_count;
            let reason = match &user {
                None => "unknown account",
                Some(_) if locked => "account locked",
                Some(u) if u.password_hash.is_none() => "no password set",
                Some(_) => "wrong password",
            };
            if let Some(u) = &user {
                let (window_start, in_window) = match u.failure_window_start {
                    Some(start) if now - start < DAY => (start, u.failures_in_window + 1),
                    _ => (now, 1),
                };
                let mut consecutive = u.consecutive_failures + 1;
                let mut locked_until = u.locked_until.filter(|t| *t > now);
                if consecutive >= cfg.max_consecutive_failures && !locked {
                    locked_until = Some(now + cfg.lock_secs);
                    consecutive = 0;
                    audit(
                        state,
                        "account.locked",
                        Some(&u.id),
                        ip,
                        serde_json::json!({ "until": now + cfg.lock_secs }),
                    )
                    .await?;
                }
                store::users::set_failures(
                    &state.db,
                    &u.id,
                    consecutive,
                    Some(window_start),
                    in_window,
                    locked_until,
                )
                .await?;
                recent = recent.max(consecutive);
            }
            audit(
                state,
                "signin.failure",
                user.as_ref().map(|u| u.id.as_str()),
                ip,
                serde_json::json!({ "method": "password", "reason": reason }),
            )
            .await?;
            let delay =
                (cfg.delay_step_ms.saturating_mul(recent.max(0) as u64)).min(cfg.delay_max_ms);
            if delay > 0 {
                tokio::time::sleep(Duration::from_millis(delay)).await;
            }
            Ok(SignInOutcome::Failed)
        }
    }
}

/// Locked for a while after too many consecutive failures, or for the rest of the 24-hour
/// window after the daily cap.
fn is_locked(user: &User, now: i64, max_per_day: i32) -> bool {
    let temporarily = user.locked_until.is_some_and(|t| t > now);
    let daily_cap = user
        .failure_window_start
        .is_some_and(|start| now - start < DAY)
        && user.failures_in_window >= max_per_day;
    temporarily || daily_cap
}

async fn audit(
    state: &AppState,
    event: &str,
    user_id: Option<&str>,
    ip: &str,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    store::audit::record(
        &state.db,
        NewEvent {
            at: state.now(),
            event,
            user_id,
            client_id: None,
            ip: Some(ip),
            detail: Some(detail),
        },
    )
    .await?;
    Ok(())
}
