//! Account recovery: removing every second factor when the owner cannot use any of them
//! (the FAQ's lost phone), without letting the password alone do it (SPEC section 5).
//!
//! 1. A recent password sign-in asks; a link goes to the account's e-mail address (paced).
//! 2. The link confirms: a waiting period (`recovery.wait_secs`, 24 h) starts, and the owner
//!    is told at once by e-mail, with a link that cancels it.
//! 3. When the period is over, every mobile device, security key, authenticator app and
//!    phone number of the account is removed, by whichever node runs first
//!    ([`complete_due`]; the maintenance loop, and My Account pages on the way).
//!
//! With a second factor at hand, "Delete all my devices" needs no recovery: it deletes at
//! once after a sign-in with that factor.

use super::links::{self, Purpose};
use crate::audit::{self, AuditEvent, Factor, Subject};
use crate::error::AppError;
use crate::mail::messages;
use crate::pacing::{self, Message, Paced};
use crate::secret::random_token;
use crate::state::AppState;
use crate::store::{self, users::User};

pub enum Requested {
    /// The confirmation link is on its way.
    Sent,
    Paced {
        retry_after_secs: i64,
    },
}

/// Step 1: sends the confirmation link to the account's address.
pub async fn request(state: &AppState, user: &User, ip: &str) -> Result<Requested, AppError> {
    let paced = pacing::pace(
        state,
        &Message::Email {
            kind: "recovery",
            address: &user.email,
            ip,
        },
    )
    .await?;
    if let Paced::Wait { retry_after_secs } = paced {
        return Ok(Requested::Paced { retry_after_secs });
    }
    let link = links::create(state, user, Purpose::Recovery).await?;
    let message = messages::recovery_link(
        crate::i18n::of_account(&user.language),
        &state.brand,
        user,
        &link,
        state.config.recovery.link_ttl_secs,
        state.config.recovery.wait_secs,
    );
    crate::mail::outbox::email(
        state,
        &state.db,
        &user.email,
        &message,
        crate::mail::outbox::About::user("recovery_link", &user.id),
    )
    .await?;
    audit::log(
        state,
        AuditEvent::RecoveryLinkSent,
        Subject::user(Some(&user.id), ip),
    )
    .await?;
    Ok(Requested::Sent)
}

/// The account behind a live confirmation link, for the page that asks to confirm.
pub async fn link_user(state: &AppState, token: &str) -> Result<Option<Box<User>>, AppError> {
    Ok(links::valid(state, token, &[Purpose::Recovery])
        .await?
        .map(|(user, _)| user))
}

pub enum Confirmed {
    /// The waiting period runs until this time.
    Started { effective_at: i64 },
    /// Unknown, used or expired link.
    Invalid,
}

/// Step 2: the link is used; the waiting period starts (or goes on, if one is open already)
/// and the owner is told at once, with a link to cancel.
pub async fn confirm(state: &AppState, token: &str, ip: &str) -> Result<Confirmed, AppError> {
    let Some((user, _)) = links::valid(state, token, &[Purpose::Recovery]).await? else {
        return Ok(Confirmed::Invalid);
    };
    if !links::consume(state, token).await? {
        return Ok(Confirmed::Invalid);
    }
    if let Some(open) = store::recoveries::open_for_user(&state.db, &user.id).await? {
        return Ok(Confirmed::Started {
            effective_at: open.effective_at,
        });
    }
    let now = state.now();
    let effective_at = now + state.config.recovery.wait_secs;
    let id = random_token(16).expose().to_owned();
    store::recoveries::insert(&state.db, &id, &user.id, now, effective_at, ip).await?;
    audit::log(
        state,
        AuditEvent::RecoveryStarted { effective_at },
        Subject::user(Some(&user.id), ip),
    )
    .await?;
    let cancel = links::create(state, &user, Purpose::RecoveryCancel).await?;
    let message = messages::recovery_started(
        crate::i18n::of_account(&user.language),
        &state.brand,
        &user,
        effective_at,
        &cancel,
    );
    let about = crate::mail::outbox::About::user("recovery_started", &user.id);
    crate::mail::outbox::email(state, &state.db, &user.email, &message, about).await?;
    Ok(Confirmed::Started { effective_at })
}

/// The open recovery of an account behind a live cancel link.
pub async fn cancel_link_user(
    state: &AppState,
    token: &str,
) -> Result<Option<Box<User>>, AppError> {
    Ok(links::valid(state, token, &[Purpose::RecoveryCancel])
        .await?
        .map(|(user, _)| user))
}

/// Cancels with the link of the e-mail (no sign-in needed). False for a dead link.
pub async fn cancel_with_link(state: &AppState, token: &str, ip: &str) -> Result<bool, AppError> {
    let Some((user, _)) = links::valid(state, token, &[Purpose::RecoveryCancel]).await? else {
        return Ok(false);
    };
    if !links::consume(state, token).await? {
        return Ok(false);
    }
    cancel(state, &user, ip).await?;
    Ok(true)
}

/// Cancels the account's open recovery, if any; the owner is told. True if one was open.
pub async fn cancel(state: &AppState, user: &User, ip: &str) -> Result<bool, AppError> {
    let now = state.now();
    if store::recoveries::cancel(&state.db, &user.id, now).await? == 0 {
        return Ok(false);
    }
    store::email_tokens::void_unused(&state.db, &user.id, &["recovery_cancel"], now).await?;
    audit::log(
        state,
        AuditEvent::RecoveryCancelled,
        Subject::user(Some(&user.id), ip),
    )
    .await?;
    crate::mail::outbox::email(
        state,
        &state.db,
        &user.email,
        &messages::recovery_cancelled(crate::i18n::of_account(&user.language), &state.brand, user),
        crate::mail::outbox::About::user("recovery_cancelled", &user.id),
    )
    .await?;
    Ok(true)
}

/// When the account's open recovery takes effect, if one is open.
pub async fn pending_until(state: &AppState, user_id: &str) -> Result<Option<i64>, AppError> {
    Ok(store::recoveries::open_for_user(&state.db, user_id)
        .await?
        .map(|r| r.effective_at))
}

/// Step 3: carries out every recovery whose waiting period is over. Safe on every node at
/// once: each recovery is claimed by one conditional update. Returns how many ran.
pub async fn complete_due(state: &AppState) -> Result<u64, AppError> {
    let now = state.now();
    let mut done = 0;
    for recovery in store::recoveries::due(&state.db, now).await? {
        let tx = store::begin(&state.db).await?;
        if !store::recoveries::complete(&tx, &recovery.id, now).await? {
            continue;
        }
        let mut removed = store::devices::delete_all(&tx, &recovery.user_id).await?;
        removed += store::webauthn::delete_all(&tx, &recovery.user_id).await?;
        removed += store::totp::delete_all(&tx, &recovery.user_id).await?;
        removed += store::phones::delete_all(&tx, &recovery.user_id).await?;
        store::challenges::delete_for_user(&tx, &recovery.user_id).await?;
        store::commit(tx).await?;
        done += 1;
        audit::log(
            state,
            AuditEvent::FactorRemoved(Factor::All { count: removed }),
            Subject::user(Some(&recovery.user_id), &recovery.ip),
        )
        .await?;
        if let Some(user) = store::users::find(&state.db, &recovery.user_id).await? {
            crate::mail::outbox::email(
                state,
                &state.db,
                &user.email,
                &messages::recovery_done(
                    crate::i18n::of_account(&user.language),
                    &state.brand,
                    &user,
                    removed,
                ),
                crate::mail::outbox::About::user("recovery_done", &user.id),
            )
            .await?;
        }
    }
    Ok(done)
}
