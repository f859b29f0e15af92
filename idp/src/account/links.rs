//! Single-use links sent by e-mail: set password (after registration), reset password, and
//! the two links of an account recovery (confirm, cancel). 256-bit random, stored hashed,
//! expiring; a new link voids the earlier ones of its purpose (the two password links are
//! one purpose); a password link is consumed only by a password that is accepted.

use crate::audit::{self, AuditEvent, Subject};
use crate::authn::policy;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::secret::{random_token, token_hash, Secret};
use crate::state::AppState;
use crate::store::{self, users::User};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    SetPassword,
    Reset,
    /// Confirms a request to remove every second factor after the waiting period.
    Recovery,
    /// Cancels a pending recovery (sent to the owner when it starts).
    RecoveryCancel,
}

const PASSWORD_LINKS: [&str; 2] = ["set_password", "reset"];

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::SetPassword => "set_password",
            Purpose::Reset => "reset",
            Purpose::Recovery => "recovery",
            Purpose::RecoveryCancel => "recovery_cancel",
        }
    }

    fn from_str(value: &str) -> Option<Purpose> {
        [
            Purpose::SetPassword,
            Purpose::Reset,
            Purpose::Recovery,
            Purpose::RecoveryCancel,
        ]
        .into_iter()
        .find(|p| p.as_str() == value)
    }

    /// The purposes a new link of this purpose voids: one live link per purpose, and the
    /// set-password and reset links count as one (both choose a password).
    fn voids(self) -> &'static [&'static str] {
        match self {
            Purpose::SetPassword | Purpose::Reset => &PASSWORD_LINKS,
            Purpose::Recovery => &["recovery"],
            Purpose::RecoveryCancel => &["recovery_cancel"],
        }
    }

    fn path(self) -> &'static str {
        match self {
            Purpose::SetPassword | Purpose::Reset => "/password/set",
            Purpose::Recovery => "/account/recovery/confirm",
            Purpose::RecoveryCancel => "/account/recovery/cancel",
        }
    }

    fn ttl_secs(self, state: &AppState) -> i64 {
        match self {
            Purpose::SetPassword | Purpose::Reset => state.config.password.link_ttl_secs,
            Purpose::Recovery => state.config.recovery.link_ttl_secs,
            // Usable for the whole waiting period, and a day after for a late reader.
            Purpose::RecoveryCancel => state.config.recovery.wait_secs + 24 * 3600,
        }
    }
}

/// Creates a link for `user` and returns its URL.
pub async fn create(state: &AppState, user: &User, purpose: Purpose) -> Result<String, AppError> {
    let tx = store::begin(&state.db).await?;
    let link = create_in(&tx, state, &user.id, purpose).await?;
    store::commit(tx).await?;
    Ok(link)
}

/// Creates a link for `user_id` in the caller's transaction (with the mail that carries it)
/// and returns its URL.
pub async fn create_in(
    tx: &store::Tx,
    state: &AppState,
    user_id: &str,
    purpose: Purpose,
) -> Result<String, AppError> {
    let now = state.now();
    let token = random_token(32);
    store::email_tokens::void_unused(tx, user_id, purpose.voids(), now).await?;
    store::email_tokens::insert(
        tx,
        &token_hash(token.expose()),
        user_id,
        purpose.as_str(),
        now,
        now + purpose.ttl_secs(state),
    )
    .await?;
    Ok(state.url(&format!("{}?token={}", purpose.path(), token.expose())))
}

/// The user of a live link of one of `purposes` (unknown, used, expired: `None`).
pub async fn valid(
    state: &AppState,
    token: &str,
    purposes: &[Purpose],
) -> Result<Option<(Box<User>, Purpose)>, AppError> {
    if token.is_empty() || token.len() > 100 {
        return Ok(None);
    }
    let Some(row) = store::email_tokens::find(&state.db, &token_hash(token)).await? else {
        return Ok(None);
    };
    let Some(purpose) = Purpose::from_str(&row.purpose).filter(|p| purposes.contains(p)) else {
        return Ok(None);
    };
    if row.used_at.is_some() || row.expires_at <= state.now() {
        return Ok(None);
    }
    Ok(store::users::find(&state.db, &row.user_id)
        .await?
        .map(|user| (Box::new(user), purpose)))
}

/// Consumes a link once (the first caller while it is live).
pub async fn consume(state: &AppState, token: &str) -> Result<bool, AppError> {
    Ok(store::email_tokens::consume(&state.db, &token_hash(token), state.now()).await?)
}

pub enum LinkState {
    Valid {
        user: Box<User>,
        purpose: Purpose,
    },
    /// Unknown, used or expired: the page offers a new link.
    Invalid,
}

/// A password link (set after registration, or reset).
pub async fn inspect(state: &AppState, token: &str) -> Result<LinkState, AppError> {
    Ok(
        match valid(state, token, &[Purpose::SetPassword, Purpose::Reset]).await? {
            Some((user, purpose)) => LinkState::Valid { user, purpose },
            None => LinkState::Invalid,
        },
    )
}

/// Seconds until the password may be changed again (FAQ Q4), 0 if it may.
pub fn wait_before_change(state: &AppState, user: &User) -> i64 {
    match user.password_changed_at {
        Some(at) if user.password_hash.is_some() => {
            (at + state.config.password.min_age_secs - state.now()).max(0)
        }
        _ => 0,
    }
}

pub enum SetOutcome {
    Done,
    /// The password was refused (every rule it breaks); the link stays usable.
    Refused(Vec<Msg>),
    TooSoon {
        wait_secs: i64,
    },
    Invalid,
}

/// Sets the password through a link. The link is consumed only when the password is
/// accepted; the user's sessions end (whoever knew the old password is signed out).
pub async fn set_password(
    state: &AppState,
    token: &str,
    password: &Secret,
    confirm: &Secret,
    ip: &str,
) -> Result<SetOutcome, AppError> {
    let LinkState::Valid { user, purpose } = inspect(state, token).await? else {
        return Ok(SetOutcome::Invalid);
    };
    if purpose == Purpose::Reset {
        let wait = wait_before_change(state, &user);
        if wait > 0 {
            return Ok(SetOutcome::TooSoon { wait_secs: wait });
        }
    }
    if password != confirm {
        return Ok(SetOutcome::Refused(vec![Msg::new(
            "account-set-password-mismatch",
        )]));
    }
    if let Err(problems) = policy::check(&state.config.password, password, &user) {
        return Ok(SetOutcome::Refused(problems));
    }
    let hash = state.hasher.hash(password).await?;
    let now = state.now();
    let tx = store::begin(&state.db).await?;
    if !store::email_tokens::consume(&tx, &token_hash(token), now).await? {
        return Ok(SetOutcome::Invalid);
    }
    let change = user.password_hash.is_some();
    store::users::set_password(&tx, &user.id, &hash, now, change).await?;
    store::sessions::end_all_for_user(&tx, &user.id, now).await?;
    // The owner proved the mailbox: a lock on this address's password sign-in ends.
    store::throttles::clear(&tx, &crate::authn::attempts::identifier_key(&user.email)).await?;
    audit::record(
        &tx,
        now,
        &AuditEvent::PasswordSet {
            via: purpose.as_str(),
        },
        Subject::user(Some(&user.id), ip),
    )
    .await?;
    store::commit(tx).await?;
    Ok(SetOutcome::Done)
}
