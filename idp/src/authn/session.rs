//! Browser sessions as a service: who is signed in, at which level, since when.

use crate::authn::acr::Acr;
use crate::error::AppError;
use crate::secret::{random_token, token_hash, Secret};
use crate::state::AppState;
use crate::store::{self, sessions::Session, users::User};

pub struct SignedIn {
    pub session: Session,
    pub user: User,
}

/// What the user proved in a session and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Authentication {
    pub level: Acr,
    pub amr: Vec<String>,
    pub auth_time: i64,
}

impl SignedIn {
    /// The level still valid now: each level has its own maximum age (high expires
    /// before medium, medium before basic); an expired level falls back to the next one.
    pub fn authentication(&self, state: &AppState) -> Option<Authentication> {
        authentication_of(&self.session, state)
    }
}

pub fn authentication_of(s: &Session, state: &AppState) -> Option<Authentication> {
    let now = state.now();
    let cfg = &state.config.session;
    if let (Some(mfa_at), Some(acr)) = (s.mfa_at, s.mfa_acr.as_deref().and_then(Acr::from_name)) {
        let age = now - mfa_at;
        let level = if acr == Acr::High && age < cfg.high_max_age_secs {
            Some(Acr::High)
        } else if acr >= Acr::Medium && age < cfg.mfa_max_age_secs {
            Some(Acr::Medium)
        } else {
            None
        };
        if let Some(level) = level {
            let mut amr = store::sessions::mfa_amr(s)
                .unwrap_or_else(|| vec!["pwd".to_owned(), "mfa".to_owned()]);
            if level < acr {
                // A high sign-in past its age still proves medium, without user verification.
                amr.retain(|a| a != "user");
            }
            return Some(Authentication {
                level,
                amr,
                auth_time: mfa_at,
            });
        }
    }
    (now - s.password_at < cfg.basic_max_age_secs).then(|| Authentication {
        level: Acr::Basic,
        amr: vec!["pwd".to_owned()],
        auth_time: s.password_at,
    })
}

/// Whether the session proves a recent enough sign-in to change e-mail, phone numbers,
/// devices or keys: with a second factor when the user has one (`needs_factor`), else with
/// the password.
pub fn recent_enough(s: &Session, state: &AppState, needs_factor: bool) -> bool {
    let now = state.now();
    let window = state.config.session.reauth_max_age_secs;
    if needs_factor {
        s.mfa_at.is_some_and(|at| now - at <= window)
    } else {
        now - s.password_at <= window || s.mfa_at.is_some_and(|at| now - at <= window)
    }
}

/// The browser a sign-in happens in: its session token (from its cookie), address and
/// user agent. The web layer reads them; this module never sees a request.
pub struct Browser<'a> {
    pub session: Option<&'a str>,
    pub ip: &'a str,
    pub user_agent: &'a str,
}

/// The signed-in user of the session `token`, if the session is live (not ended, not
/// expired, not idle too long).
pub async fn current(state: &AppState, token: Option<&str>) -> Result<Option<SignedIn>, AppError> {
    let Some(token) = token else {
        return Ok(None);
    };
    let now = state.now();
    let hash = token_hash(token);
    let Some((session, user)) =
        store::sessions::find_live_with_user(&state.reader, &hash, now).await?
    else {
        return Ok(None);
    };
    if now - session.last_seen_at > state.config.session.idle_secs {
        return Ok(None);
    }
    if now - session.last_seen_at > 60 {
        store::sessions::touch(&state.db, &hash, now).await?;
    }
    Ok(Some(SignedIn { session, user }))
}

pub struct Started {
    /// The new session's token, for the browser's cookie.
    pub token: Secret,
    pub sid: String,
}

pub struct Proof {
    pub password_at: i64,
    /// Second factor: when, which level, which amr.
    pub mfa: Option<(i64, Acr, Vec<String>)>,
}

/// Starts a new session for `user_id`, ending the browser's previous one: the session id is
/// renewed at every sign-in and step-up.
pub async fn start(
    state: &AppState,
    browser: &Browser<'_>,
    user_id: &str,
    proof: Proof,
) -> Result<Started, AppError> {
    let now = state.now();
    let previous = match browser.session {
        Some(old) => store::sessions::find_live(&state.db, &token_hash(old), now).await?,
        None => None,
    };
    // A step-up in the same browser keeps the public sid (RPs know it) but renews the cookie.
    let sid = match &previous {
        Some(p) if p.user_id == user_id => p.sid.clone(),
        _ => random_token(16).expose().to_owned(),
    };
    let token = random_token(32);
    let user_agent = browser.user_agent.chars().take(200).collect();
    let tx = store::begin(&state.db).await?;
    if let Some(p) = &previous {
        store::sessions::end(&tx, &p.id, now).await?;
        if p.user_id == user_id {
            // Free the sid for the renewed row.
            store::sessions::rename_sid(
                &tx,
                &p.id,
                &format!("ended-{}", random_token(16).expose()),
            )
            .await?;
        }
    }
    let (mfa_at, mfa_acr, mfa_amr) = match proof.mfa {
        Some((at, level, amr)) => (Some(at), Some(level.name().to_owned()), Some(amr)),
        None => (None, None, None),
    };
    store::sessions::insert(
        &tx,
        store::sessions::NewSession {
            id_hash: token_hash(token.expose()),
            sid: sid.clone(),
            user_id,
            now,
            expires_at: now + state.config.session.basic_max_age_secs,
            password_at: proof.password_at,
            mfa_at,
            mfa_acr,
            mfa_amr,
            ip: browser.ip.to_owned(),
            user_agent,
        },
    )
    .await?;
    store::commit(tx).await?;
    Ok(Started { token, sid })
}

/// Ends the session `token`; returns the ended session.
pub async fn end(state: &AppState, token: Option<&str>) -> Result<Option<Session>, AppError> {
    let Some(token) = token else {
        return Ok(None);
    };
    let now = state.now();
    let hash = token_hash(token);
    let session = store::sessions::find_live(&state.db, &hash, now).await?;
    if session.is_some() {
        store::sessions::end(&state.db, &hash, now).await?;
    }
    Ok(session)
}
