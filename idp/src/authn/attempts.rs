//! Password sign-in with throttling and lockout (SPEC section 5, NIST SP 800-63B 5.2.2).
//!
//! No account oracle, by construction: failures are counted per sign-in identifier (a hash
//! of the normalised e-mail address) whether or not an account has it, so an unknown
//! address is slowed down and locked exactly like an existing one; every attempt runs
//! exactly one argon2 verification (a dummy hash stands in when there is no usable stored
//! hash: unknown address, no password yet, locked); the delay is computed from the
//! counters alone; and the answer for a locked identifier is the same page for every
//! address. Only the owner's mailbox learns that an account was locked.

use super::factors::Method;
use crate::audit::{self, AuditEvent, Subject};
use crate::error::AppError;
use crate::mail::messages;
use crate::pacing::{self, Message, Paced};
use crate::secret::{token_hash, Secret};
use crate::state::AppState;
use crate::store::{self, users::User};
use std::time::Duration;

const DAY: i64 = 24 * 3600;

pub enum SignInOutcome {
    Success(Box<User>),
    /// Unknown e-mail or wrong password: indistinguishable.
    Failed,
    /// Too many failures for this identifier (any identifier, account or not): password
    /// sign-in is refused until the lock ends.
    Locked {
        retry_after_secs: i64,
    },
    /// Too many failures from this address: HTTP 429.
    Throttled {
        retry_after_secs: i64,
    },
}

/// What an attempt decided, and how long to hold the answer back (progressive delay).
pub struct Attempt {
    pub outcome: SignInOutcome,
    pub delay: Duration,
}

impl Attempt {
    /// Waits out the delay, then gives the outcome.
    pub async fn settle(self) -> SignInOutcome {
        if !self.delay.is_zero() {
            tokio::time::sleep(self.delay).await;
        }
        self.outcome
    }
}

/// The throttle key of a sign-in identifier.
pub fn identifier_key(email: &str) -> String {
    format!("id:{}", token_hash(&store::users::normalise_email(email)))
}

#[tracing::instrument(skip_all, fields(ip = %ip))]
pub async fn verify_password(
    state: &AppState,
    email: &str,
    password: &Secret,
    ip: &str,
) -> Result<Attempt, AppError> {
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
        crate::telemetry::throttled("signin_ip");
        return Ok(Attempt {
            outcome: SignInOutcome::Throttled { retry_after_secs },
            delay: Duration::ZERO,
        });
    }
    let key = identifier_key(email);
    let locked_until = match store::throttles::get(&state.db, &key).await? {
        Some(t) => lock_end(&t, now, cfg.max_failures_per_day),
        None => None,
    };
    let user = if email.len() <= 320 {
        store::users::find_by_email(&state.db, email).await?
    } else {
        None
    };
    let stored = user
        .as_ref()
        .filter(|_| locked_until.is_none())
        .and_then(|u| u.password_hash.as_deref().map(|h| (h, u.password_nfc)));
    // Exactly one argon2 verification on every path.
    let ok = match stored {
        Some((hash, true)) => state.hasher.verify(password, Some(hash)).await?,
        Some((hash, false)) => state.hasher.verify_as_typed(password, Some(hash)).await?,
        None => state.hasher.verify(password, None).await?,
    };
    if let (true, Some(user)) = (ok, &user) {
        store::throttles::succeeded(&state.db, &key, now).await?;
        if let Some((old, false)) = stored {
            upgrade_hash(state, user, old, password).await?;
        }
        audit::log(
            state,
            AuditEvent::SignInSucceeded {
                method: Method::Password,
                level: None,
                client_id: None,
            },
            Subject::user(Some(&user.id), ip),
        )
        .await?;
        return Ok(Attempt {
            outcome: SignInOutcome::Success(Box::new(user.clone())),
            delay: Duration::ZERO,
        });
    }
    let user_id = user.as_ref().map(|u| u.id.as_str());
    if let Some(until) = locked_until {
        audit::log(
            state,
            AuditEvent::SignInFailed {
                method: Method::Password,
                reason: "locked".into(),
            },
            Subject::user(user_id, ip),
        )
        .await?;
        return Ok(Attempt {
            outcome: SignInOutcome::Locked {
                retry_after_secs: (until - now).max(1),
            },
            delay: delay(state, cfg.max_consecutive_failures),
        });
    }
    let ip_count = store::rate_limits::hit(&state.db, &ip_key, now, cfg.ip_window_secs).await?;
    let counters = store::throttles::add_failure(&state.db, &key, now, DAY).await?;
    let reason = match &user {
        None => "unknown account",
        Some(u) if u.password_hash.is_none() => "no password set",
        Some(_) => "wrong password",
    };
    audit::log(
        state,
        AuditEvent::SignInFailed {
            method: Method::Password,
            reason: reason.into(),
        },
        Subject::user(user_id, ip),
    )
    .await?;
    let daily_cap = counters.failures_in_window >= cfg.max_failures_per_day;
    if counters.consecutive_failures >= cfg.max_consecutive_failures || daily_cap {
        let until = if daily_cap {
            counters.window_start.unwrap_or(now) + DAY
        } else {
            now + cfg.lock_secs
        };
        if store::throttles::lock(&state.db, &key, now, until).await? {
            audit::log(
                state,
                AuditEvent::AccountLocked { until, daily_cap },
                Subject::user(user_id, ip),
            )
            .await?;
            if let Some(user) = &user {
                tell_owner(state, user, until, ip).await?;
            }
        }
        return Ok(Attempt {
            outcome: SignInOutcome::Locked {
                retry_after_secs: (until - now).max(1),
            },
            delay: delay(state, cfg.max_consecutive_failures),
        });
    }
    Ok(Attempt {
        outcome: SignInOutcome::Failed,
        delay: delay(state, ip_count.max(counters.consecutive_failures)),
    })
}

/// When the identifier's lock ends, if it is locked: temporarily after too many
/// consecutive failures, or for the rest of the 24-hour window after the daily cap.
fn lock_end(t: &store::throttles::Throttle, now: i64, max_per_day: i32) -> Option<i64> {
    let temporarily = t.locked_until.filter(|until| *until > now);
    let daily = t
        .window_start
        .filter(|start| now - start < DAY && t.failures_in_window >= max_per_day)
        .map(|start| start + DAY);
    temporarily.max(daily)
}

/// The progressive delay after `recent` failures, capped.
fn delay(state: &AppState, recent: i32) -> Duration {
    let cfg = &state.config.lockout;
    Duration::from_millis(
        cfg.delay_step_ms
            .saturating_mul(recent.max(0) as u64)
            .min(cfg.delay_max_ms),
    )
}

/// A right password on an older hash of the bytes typed: stored again from its NFC form.
async fn upgrade_hash(
    state: &AppState,
    user: &User,
    old: &str,
    password: &Secret,
) -> Result<(), AppError> {
    let hash = state.hasher.hash(password).await?;
    store::users::upgrade_password_hash(&state.db, &user.id, old, &hash).await?;
    Ok(())
}

/// Tells the owner that password sign-in to the account is blocked, and how to get back in.
/// Sent once per lock, off the request path, so the answer takes the same time as for an
/// address without an account.
async fn tell_owner(state: &AppState, user: &User, until: i64, ip: &str) -> Result<(), AppError> {
    let paced = pacing::pace(
        state,
        &Message::Email {
            kind: "lockout",
            address: &user.email,
            ip,
        },
    )
    .await?;
    if paced != Paced::Go {
        return Ok(());
    }
    let message = messages::lockout(
        crate::i18n::of_account(&user.language),
        &state.brand,
        user,
        until,
        &state.url("/password/forgot"),
    );
    let about = crate::mail::outbox::About::user("lockout", &user.id);
    crate::mail::outbox::email(state, &state.db, &user.email, &message, about).await
}
