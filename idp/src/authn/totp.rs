//! Authenticator apps (TOTP, RFC 6238) as a medium second factor: enrolment by an
//! `otpauth://` QR code, confirmation by a first valid code, and sign-in codes.
//!
//! The 160-bit secret is sealed under the master key with the authenticator's id as AAD,
//! as the mobile-app device secrets are. A code is accepted within `totp.skew_steps` time
//! steps of now, and never for a time step at or before the last one accepted
//! (`last_step`, moved forward by a conditional `UPDATE`, so two nodes cannot both accept
//! it). Wrong codes are counted per sign-in flow in a `challenges` row; after
//! `totp.max_attempts` the flow can no longer use the authenticator app, and after
//! `totp.max_failures_per_hour` wrong codes over every sign-in the account cannot use it for
//! the rest of the hour (so new sign-ins do not start the guessing afresh).

use super::factors::factor_changed;
use crate::audit::{AuditEvent, Factor};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::messages::Change;
use crate::secret::{constant_time_eq, random_token, Secret};
use crate::state::AppState;
use crate::store::{self, challenges::NewChallenge, totp::Authenticator, users::User};
use rand::RngCore;
use zeroize::Zeroizing;

/// Challenge kind of a sign-in flow's TOTP attempts.
pub const LOGIN: &str = "totp_login";

/// Authenticator app names are short labels.
pub const MAX_NAME_CHARS: usize = 50;

/// Digits of a code (what every authenticator app shows by default).
pub const DIGITS: usize = 6;

/// Secret length: 160 bits, as RFC 4226 recommends.
const SECRET_BYTES: usize = 20;

fn aad(id: &str) -> Vec<u8> {
    format!("totp-authenticator:{id}").into_bytes()
}

/// Whether `id` can be an authenticator id at all (base64url of random bytes); anything else
/// is unknown without asking the database.
pub fn plausible_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Checks the name given to a new authenticator app; the message says what is wrong.
pub fn check_name(name: &str) -> Result<String, Msg> {
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        return Err(Msg::new("factors-totp-name-invalid").arg("max", MAX_NAME_CHARS));
    }
    Ok(name.to_owned())
}

/// What the user types, in canonical form (blanks and hyphens do not matter), if it has the
/// shape of a code at all.
pub fn canonical_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .take(DIGITS + 1)
        .collect();
    (code.len() == DIGITS && code.bytes().all(|b| b.is_ascii_digit())).then_some(code)
}

/// The generator for one secret, with the configured step; `account` labels the QR code.
fn generator(state: &AppState, secret: Vec<u8>, account: &str) -> totp_rs::TOTP {
    let cfg = &state.config.totp;
    totp_rs::TOTP::new_unchecked(
        totp_rs::Algorithm::SHA1,
        DIGITS,
        0,
        u64::try_from(cfg.step_secs).unwrap_or(30),
        secret,
        Some(cfg.issuer_label.replace(':', " ")),
        account.replace(':', " "),
    )
}

/// The time step of `code` within the skew around now, if any (every candidate step is
/// computed, so the time taken does not depend on which one matches).
fn matching_step(state: &AppState, secret: &[u8], code: &str) -> Option<i64> {
    let cfg = &state.config.totp;
    let current = state.now().div_euclid(cfg.step_secs);
    let totp = generator(state, secret.to_vec(), "");
    let mut found = None;
    for step in (current - cfg.skew_steps)..=(current + cfg.skew_steps) {
        let Ok(at) = u64::try_from(step * cfg.step_secs) else {
            continue;
        };
        let expected = Zeroizing::new(totp.generate(at));
        if constant_time_eq(expected.as_bytes(), code.as_bytes()) {
            found = Some(step);
        }
    }
    found
}

fn open_secret(state: &AppState, a: &Authenticator) -> Option<Zeroizing<Vec<u8>>> {
    state
        .master
        .open(&a.sealed_secret, &aad(&a.id))
        .ok()
        .map(Zeroizing::new)
}

/// An authenticator app waiting for its first code: what the enrolment page shows.
#[derive(Debug)]
pub struct TotpEnrolment {
    pub id: String,
    pub name: String,
    /// The secret in base32, for typing it into the app by hand.
    pub secret_base32: Secret,
    /// The `otpauth://totp/...` URI behind the QR code.
    pub uri: Secret,
    /// Seconds left to confirm it.
    pub expires_in: i64,
}

/// Creates a pending authenticator app with a fresh secret; returns its id.
pub async fn start_enrolment(
    state: &AppState,
    user: &User,
    name: &str,
) -> Result<String, AppError> {
    let now = state.now();
    store::totp::delete_stale_pending(&state.db, &user.id, now - state.config.totp.enrol_ttl_secs)
        .await?;
    let mut secret = Zeroizing::new([0u8; SECRET_BYTES]);
    rand::thread_rng().fill_bytes(&mut secret[..]);
    let id = random_token(16).expose().to_owned();
    let sealed = state.master.seal(&secret[..], &aad(&id));
    store::totp::insert_pending(&state.db, &id, &user.id, name, &sealed, now).await?;
    Ok(id)
}

/// The user's pending (unconfirmed, unexpired) authenticator app `id`, to show its QR code.
pub async fn pending_enrolment(
    state: &AppState,
    user: &User,
    id: &str,
) -> Result<Option<TotpEnrolment>, AppError> {
    let now = state.now();
    let ttl = state.config.totp.enrol_ttl_secs;
    if !plausible_id(id) {
        return Ok(None);
    }
    let Some(a) = store::totp::find(&state.db, &user.id, id)
        .await?
        .filter(|a| a.confirmed_at.is_none() && a.created_at + ttl > now)
    else {
        return Ok(None);
    };
    let Some(secret) = open_secret(state, &a) else {
        return Err(AppError::Internal("TOTP secret does not open".into()));
    };
    let totp = generator(state, secret.to_vec(), &user.email);
    Ok(Some(TotpEnrolment {
        secret_base32: Secret::new(totp.get_secret_base32()),
        uri: Secret::new(totp.get_url()),
        id: a.id,
        name: a.name,
        expires_in: a.created_at + ttl - now,
    }))
}

#[derive(Debug)]
pub enum Confirmed {
    /// The app is confirmed and usable from now on.
    Ok(Authenticator),
    Wrong {
        remaining: i32,
    },
    /// Unknown, expired, already confirmed, or removed after too many wrong codes.
    Dead,
}

/// Confirms a pending authenticator app with the first code it shows (audited, the owner
/// told).
pub async fn confirm(
    state: &AppState,
    user: &User,
    id: &str,
    typed: &Secret,
    ip: &str,
) -> Result<Confirmed, AppError> {
    let now = state.now();
    let cfg = &state.config.totp;
    if !plausible_id(id) {
        return Ok(Confirmed::Dead);
    }
    let Some(a) = store::totp::find(&state.db, &user.id, id)
        .await?
        .filter(|a| a.confirmed_at.is_none() && a.created_at + cfg.enrol_ttl_secs > now)
    else {
        return Ok(Confirmed::Dead);
    };
    let step = match (canonical_code(typed.expose()), open_secret(state, &a)) {
        (Some(code), Some(secret)) => matching_step(state, &secret, &code),
        _ => None,
    };
    if let Some(step) = step {
        if !store::totp::confirm(&state.db, &a.id, step, now).await? {
            return Ok(Confirmed::Dead);
        }
        factor_changed(
            state,
            user,
            ip,
            AuditEvent::FactorAdded(Factor::AuthenticatorApp {
                authenticator: a.id.clone(),
                name: a.name.clone(),
            }),
            Change::AuthenticatorAppAdded(a.name.clone()),
        )
        .await?;
        return Ok(Confirmed::Ok(a));
    }
    let key = format!("totp:enrol:{}", a.id);
    let wrong = store::rate_limits::hit(&state.db, &key, now, cfg.enrol_ttl_secs).await?;
    if wrong >= cfg.enrol_max_attempts {
        store::totp::delete(&state.db, &user.id, &a.id).await?;
        store::rate_limits::reset(&state.db, &key).await?;
        return Ok(Confirmed::Dead);
    }
    Ok(Confirmed::Wrong {
        remaining: cfg.enrol_max_attempts - wrong,
    })
}

/// Removes one of the user's authenticator apps (audited, and the owner told when it was
/// confirmed); the removed app, if it was there.
pub async fn remove(
    state: &AppState,
    user: &User,
    id: &str,
    ip: &str,
) -> Result<Option<Authenticator>, AppError> {
    if !plausible_id(id) {
        return Ok(None);
    }
    let Some(a) = store::totp::find(&state.db, &user.id, id).await? else {
        return Ok(None);
    };
    if !store::totp::delete(&state.db, &user.id, &a.id).await? {
        return Ok(None);
    }
    if a.confirmed_at.is_some() {
        factor_changed(
            state,
            user,
            ip,
            AuditEvent::FactorRemoved(Factor::AuthenticatorApp {
                authenticator: a.id.clone(),
                name: a.name.clone(),
            }),
            Change::AuthenticatorAppRemoved(a.name.clone()),
        )
        .await?;
    }
    Ok(Some(a))
}

#[derive(Debug, PartialEq, Eq)]
pub enum LoginChecked {
    Ok,
    Wrong {
        remaining: i32,
    },
    /// A right code whose time step was already used: refused, and counted as wrong.
    Replayed {
        remaining: i32,
    },
    /// Too many wrong codes in this sign-in flow: it can no longer use the app.
    Dead,
    /// Too many wrong codes for this account in the last hour, over every sign-in.
    Paused {
        retry_after_secs: i64,
    },
}

const HOUR: i64 = 3600;

fn failures_key(user_id: &str) -> String {
    format!("totp-fail:{user_id}")
}

/// The flow's attempt record: `None` once too many wrong codes killed it.
async fn flow_attempt(
    state: &AppState,
    user_id: &str,
    flow_hash: &str,
) -> Result<Option<store::challenges::Challenge>, AppError> {
    let now = state.now();
    let all = store::devices::challenges_for_flow(&state.db, LOGIN, flow_hash).await?;
    if all.iter().any(|c| c.status == "failed") {
        return Ok(None);
    }
    if let Some(c) = all.into_iter().rev().find(|c| {
        c.user_id == user_id && c.status == store::challenges::PENDING && c.expires_at > now
    }) {
        return Ok(Some(c));
    }
    let id = random_token(16).expose().to_owned();
    store::challenges::insert(
        &state.db,
        NewChallenge {
            id: &id,
            user_id,
            kind: LOGIN,
            flow_id: Some(flow_hash),
            subject: None,
            secret_hash: None,
            data: None,
            now,
            expires_at: now + state.config.tokens.flow_ttl_secs,
        },
    )
    .await?;
    Ok(store::challenges::find(&state.db, &id).await?)
}

/// Whether too many wrong codes already ended this flow's use of the app.
pub async fn attempt_dead(state: &AppState, flow_hash: &str) -> Result<bool, AppError> {
    Ok(
        store::devices::challenges_for_flow(&state.db, LOGIN, flow_hash)
            .await?
            .iter()
            .any(|c| c.status == "failed"),
    )
}

/// Checks a sign-in code against the user's confirmed authenticator apps.
pub async fn check_login(
    state: &AppState,
    user_id: &str,
    flow_hash: &str,
    typed: &Secret,
) -> Result<LoginChecked, AppError> {
    let now = state.now();
    let key = failures_key(user_id);
    let cap = state.config.totp.max_failures_per_hour;
    if store::rate_limits::current(&state.db, &key, now, HOUR).await? >= cap {
        let retry_after_secs = store::rate_limits::retry_after(&state.db, &key, now, HOUR)
            .await?
            .max(1);
        crate::telemetry::throttled("totp");
        return Ok(LoginChecked::Paused { retry_after_secs });
    }
    let Some(attempt) = flow_attempt(state, user_id, flow_hash).await? else {
        return Ok(LoginChecked::Dead);
    };
    let mut matched: Option<(String, i64)> = None;
    if let Some(code) = canonical_code(typed.expose()) {
        for a in store::totp::confirmed(&state.db, user_id).await? {
            let Some(secret) = open_secret(state, &a) else {
                tracing::warn!(authenticator = %a.id, "TOTP secret does not open");
                continue;
            };
            if let Some(step) = matching_step(state, &secret, &code) {
                matched = Some((a.id, step));
            }
        }
    }
    let mut replayed = false;
    if let Some((id, step)) = matched {
        if store::totp::accept_step(&state.db, &id, step).await? {
            if store::challenges::decide(&state.db, &attempt.id, "used", now).await? {
                return Ok(LoginChecked::Ok);
            }
            return Ok(LoginChecked::Dead);
        }
        replayed = true;
    }
    let max = state.config.totp.max_attempts;
    if store::rate_limits::hit(&state.db, &key, now, HOUR).await? >= cap {
        store::challenges::decide(&state.db, &attempt.id, "failed", now).await?;
        let retry_after_secs = store::rate_limits::retry_after(&state.db, &key, now, HOUR)
            .await?
            .max(1);
        crate::telemetry::throttled("totp");
        return Ok(LoginChecked::Paused { retry_after_secs });
    }
    match store::challenges::add_attempt(&state.db, &attempt.id, now).await? {
        Some(n) if n >= max => {
            store::challenges::decide(&state.db, &attempt.id, "failed", now).await?;
            Ok(LoginChecked::Dead)
        }
        Some(n) if replayed => Ok(LoginChecked::Replayed { remaining: max - n }),
        Some(n) => Ok(LoginChecked::Wrong { remaining: max - n }),
        None => Ok(LoginChecked::Dead),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_with_blanks_and_hyphens_ignored() {
        assert_eq!(canonical_code(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(canonical_code("123-456").as_deref(), Some("123456"));
        for bad in ["", "12345", "1234567", "12345a", "１２３４５６", "ABCDEF"] {
            assert_eq!(canonical_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn names_are_short_labels() {
        assert_eq!(check_name("  My phone ").as_deref(), Ok("My phone"));
        assert!(check_name("").is_err());
        assert!(check_name(&"x".repeat(51)).is_err());
        assert!(check_name("a\u{0}b").is_err());
    }
}
