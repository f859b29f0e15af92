//! Browser sessions as a service: who is signed in, at which level, since when.

use crate::error::AppError;
use crate::http::cookies;
use crate::oidc::acr::Acr;
use crate::secret::{random_token, token_hash};
use crate::state::AppState;
use crate::store::{self, sessions::Session, users::User};
use axum::http::HeaderMap;

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
            let mut amr: Vec<String> = s
                .mfa_amr
                .as_deref()
                .and_then(|a| serde_json::from_str(a).ok())
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

/// The signed-in user of this browser, if the session is live (not ended, not expired,
/// not idle too long).
pub async fn current(state: &AppState, headers: &HeaderMap) -> Result<Option<SignedIn>, AppError> {
    let Some(token) = cookies::get(headers, cookies::SESSION, state.https()) else {
        return Ok(None);
    };
    let now = state.now();
    let hash = token_hash(&token);
    let Some(session) = store::sessions::find_live(&state.db, &hash, now).await? else {
        return Ok(None);
    };
    if now - session.last_seen_at > state.config.session.idle_secs {
        return Ok(None);
    }
    let Some(user) = store::users::find(&state.db, &session.user_id).await? else {
        return Ok(None);
    };
    if now - session.last_seen_at > 60 {
        store::sessions::touch(&state.db, &hash, now).await?;
    }
    Ok(Some(SignedIn { session, user }))
}

pub struct Started {
    /// `Set-Cookie` header value.
    pub set_cookie: String,
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
    headers: &HeaderMap,
    user_id: &str,
    proof: Proof,
    ip: &str,
) -> Result<Started, AppError> {
    let now = state.now();
    let tls = state.https();
    let previous = match cookies::get(headers, cookies::SESSION, tls) {
        Some(old) => store::sessions::find_live(&state.db, &token_hash(&old), now).await?,
        None => None,
    };
    // A step-up in the same browser keeps the public sid (RPs know it) but renews the cookie.
    let sid = match &previous {
        Some(p) if p.user_id == user_id => p.sid.clone(),
        _ => random_token(16).expose().to_owned(),
    };
    let token = random_token(32);
    let user_agent = headers
        .get(axum::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .chars()
        .take(200)
        .collect();
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
        Some((at, level, amr)) => (
            Some(at),
            Some(level.name().to_owned()),
            serde_json::to_string(&amr).ok(),
        ),
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
            ip: ip.to_owned(),
            user_agent,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Started {
        set_cookie: cookies::set(cookies::SESSION, token.expose(), tls, None),
        sid,
    })
}

/// Ends this browser's session; returns the ended session.
pub async fn end(state: &AppState, headers: &HeaderMap) -> Result<Option<Session>, AppError> {
    let Some(token) = cookies::get(headers, cookies::SESSION, state.https()) else {
        return Ok(None);
    };
    let now = state.now();
    let hash = token_hash(&token);
    let session = store::sessions::find_live(&state.db, &hash, now).await?;
    if session.is_some() {
        store::sessions::end(&state.db, &hash, now).await?;
    }
    Ok(session)
}
