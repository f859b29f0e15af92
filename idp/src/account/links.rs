//! Single-use links sent by e-mail: set password (after registration) and reset password.
//! 256-bit random, stored hashed, valid `password.link_ttl_secs` (5 minutes), a new link
//! voids the earlier ones, and a link is consumed only by a password that is accepted.

use crate::authn::policy;
use crate::error::AppError;
use crate::secret::{random_token, token_hash, Secret};
use crate::state::AppState;
use crate::store::{self, audit::NewEvent, users::User};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    SetPassword,
    Reset,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::SetPassword => "set_password",
            Purpose::Reset => "reset",
        }
    }
}

/// Creates a link for `user` and returns its URL.
pub async fn create(state: &AppState, user: &User, purpose: Purpose) -> Result<String, AppError> {
    let now = state.now();
    let token = random_token(32);
    let tx = store::begin(&state.db).await?;
    store::email_tokens::void_unused(&tx, &user.id, purpose.as_str(), now).await?;
    store::email_tokens::insert(
        &tx,
        &token_hash(token.expose()),
        &user.id,
        purpose.as_str(),
        now,
        now + state.config.password.link_ttl_secs,
    )
    .await?;
    tx.commit().await?;
    Ok(state.url(&format!("/password/set?token={}", token.expose())))
}

pub enum LinkState {
    Valid {
        user: Box<User>,
        purpose: Purpose,
    },
    /// Unknown, used or expired: the page offers a new link.
    Invalid,
}

pub async fn inspect(state: &AppState, token: &str) -> Result<LinkState, AppError> {
    if token.is_empty() || token.len() > 100 {
        return Ok(LinkState::Invalid);
    }
    let now = state.now();
    let Some(row) = store::email_tokens::find(&state.db, &token_hash(token)).await? else {
        return Ok(LinkState::Invalid);
    };
    if row.used_at.is_some() || row.expires_at <= now {
        return Ok(LinkState::Invalid);
    }
    let purpose = if row.purpose == "reset" {
        Purpose::Reset
    } else {
        Purpose::SetPassword
    };
    match store::users::find(&state.db, &row.user_id).await? {
        Some(user) => Ok(LinkState::Valid {
            user: Box::new(user),
            purpose,
        }),
        None => Ok(LinkState::Invalid),
    }
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

/// A wait as the user reads it, rounded up to the minute (never "23 hours 60 minutes").
pub fn human_duration(secs: i64) -> String {
    let total_minutes = (secs.max(0) + 59) / 60;
    let (hours, minutes) = (total_minutes / 60, total_minutes % 60);
    match (hours, minutes) {
        (0, m) => format!("{m} minute{}", if m == 1 { "" } else { "s" }),
        (h, 0) => format!("{h} hour{}", if h == 1 { "" } else { "s" }),
        (h, m) => format!(
            "{h} hour{} {m} minute{}",
            if h == 1 { "" } else { "s" },
            if m == 1 { "" } else { "s" }
        ),
    }
}

pub enum SetOutcome {
    Done,
    /// The password was refused; the link stays usable.
    Refused(Vec<String>),
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
        return Ok(SetOutcome::Refused(vec![
            "The two passwords are not the same.".to_owned(),
        ]));
    }
    if let Err(problems) = policy::check(
        &state.config.password,
        password.expose(),
        &user.email,
        &user.first_name,
        &user.last_name,
    ) {
        return Ok(SetOutcome::Refused(problems));
    }
    let hash = state.hasher.hash(password).await?;
    let now = state.now();
    let tx = store::begin(&state.db).await?;
    if !store::email_tokens::consume(&tx, &token_hash(token), now).await? {
        return Ok(SetOutcome::Invalid);
    }
    store::users::set_password(&tx, &user.id, &hash, now).await?;
    store::sessions::end_all_for_user(&tx, &user.id, now).await?;
    store::audit::record(
        &tx,
        NewEvent {
            at: now,
            event: "password.set",
            user_id: Some(&user.id),
            client_id: None,
            ip: Some(ip),
            detail: Some(serde_json::json!({ "via": purpose.as_str() })),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(SetOutcome::Done)
}

#[cfg(test)]
mod tests {
    use super::human_duration;

    #[test]
    fn waits_round_up_to_whole_minutes_and_carry_into_hours() {
        assert_eq!(human_duration(1), "1 minute");
        assert_eq!(human_duration(600), "10 minutes");
        assert_eq!(human_duration(3599), "1 hour");
        assert_eq!(human_duration(3600), "1 hour");
        assert_eq!(human_duration(3601), "1 hour 1 minute");
        assert_eq!(human_duration(86_399), "24 hours");
        assert_eq!(human_duration(86_400 - 61), "23 hours 59 minutes");
    }
}
