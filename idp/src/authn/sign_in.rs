//! A sign-in as an explicit state machine: started -> identified -> password proven ->
//! factor proven -> session started. Every way of signing in goes through it: the password
//! pages, each second factor's page, a step-up of a signed-in user, a re-authentication
//! before a factor changes. What waits for it (an authorization request of `oidc`, or a page
//! of this site) is told only where to continue.
//!
//! A sign-in is a row of `auth_flows`, so one begun on a node finishes on another; its id
//! travels in the URL and the database keeps only its hash.

use super::acr::Acr;
use super::factors::Method;
use super::session::{self, Browser, Proof, Started};
use crate::audit::{self, AuditEvent, Subject};
use crate::error::AppError;
use crate::secret::{random_token, token_hash};
use crate::state::AppState;
use crate::store::{self, users::User};

/// Where a sign-in stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    /// Nothing known yet: the identifier page.
    Started,
    /// The e-mail address is known (typed, or fixed by a re-authentication); the password
    /// page.
    Identified { email: String },
    /// `user_id` proved the password at `at`; a second factor comes next when the method or
    /// the level needs one.
    PasswordProven {
        email: String,
        user_id: String,
        at: i64,
    },
}

/// What a sign-in is for, fixed when it starts.
pub struct Purpose<'a> {
    /// The lowest level that satisfies what waits.
    pub min_level: Acr,
    /// The client whose authorization request waits (`None`: a page of this site).
    pub client_id: Option<&'a str>,
    /// A page of this site to return to (a local path), when no client waits.
    pub return_to: Option<&'a str>,
    /// The identifier, if known already (a hint, or the account of a re-authentication).
    pub email: Option<String>,
    /// What waits on the sign-in, kept with it and opaque here (the authorization request
    /// of `oidc::flow`, as JSON).
    pub waiting: Option<String>,
}

/// A sign-in in progress.
#[derive(Debug, Clone)]
pub struct SignIn {
    /// The id in the URL.
    pub id: String,
    pub id_hash: String,
    pub stage: Stage,
    pub min_level: Acr,
    pub client_id: Option<String>,
    pub client_name: Option<String>,
    /// Second-factor methods the client accepts; `None` = any.
    pub allowed_methods: Option<Vec<Method>>,
    pub return_to: Option<String>,
    /// What waits on it (see [`Purpose::waiting`]).
    pub waiting: Option<String>,
    pub created_at: i64,
}

/// Starts a sign-in; returns its id (for the URL).
pub async fn start(state: &AppState, purpose: Purpose<'_>) -> Result<String, AppError> {
    let id = random_token(32);
    let now = state.now();
    store::flows::insert(
        &state.db,
        store::flows::NewFlow {
            id_hash: &token_hash(id.expose()),
            client_id: purpose.client_id,
            return_to: purpose.return_to.map(local_path),
            request: purpose.waiting,
            min_acr: purpose.min_level.name(),
            email: purpose.email,
            now,
            expires_at: now + state.config.tokens.flow_ttl_secs,
        },
    )
    .await?;
    Ok(id.expose().to_owned())
}

/// Starts a sign-in for a page of this site (My Account, a re-authentication before a
/// factor changes): it returns to `return_to` once `min_level` is proven; `email` pre-fills
/// (and for a re-authentication, fixes) the identifier.
pub async fn start_for_page(
    state: &AppState,
    return_to: &str,
    min_level: Acr,
    email: Option<String>,
) -> Result<String, AppError> {
    start(
        state,
        Purpose {
            min_level,
            client_id: None,
            return_to: Some(return_to),
            email,
            waiting: None,
        },
    )
    .await
}

/// The open sign-in `id` (not completed, not expired), if any.
pub async fn load(state: &AppState, id: &str) -> Result<Option<SignIn>, AppError> {
    if id.is_empty() || id.len() > 100 {
        return Ok(None);
    }
    let id_hash = token_hash(id);
    let Some(row) = store::flows::find_open(&state.db, &id_hash, state.now()).await? else {
        return Ok(None);
    };
    let client = match &row.client_id {
        Some(client_id) => crate::oidc::clients::registered(state, client_id).await?,
        None => None,
    };
    let stage = match (row.email, row.user_id, row.password_at) {
        (Some(email), Some(user_id), Some(at)) => Stage::PasswordProven { email, user_id, at },
        (Some(email), _, _) => Stage::Identified { email },
        _ => Stage::Started,
    };
    Ok(Some(SignIn {
        id: id.to_owned(),
        id_hash,
        stage,
        min_level: row
            .min_acr
            .as_deref()
            .and_then(Acr::from_name)
            .unwrap_or(Acr::Basic),
        client_name: client.as_ref().map(|c| c.name.clone()),
        allowed_methods: client.and_then(|c| c.allowed_methods.clone()),
        client_id: row.client_id,
        return_to: row.return_to,
        waiting: row.request,
        created_at: row.created_at,
    }))
}

/// The outcome of a second factor.
pub enum FactorOutcome {
    /// The session started at the factor's level; continue at `next`.
    SessionStarted { started: Started, next: String },
    /// The factor proves less than this sign-in needs.
    BelowLevel,
}

impl SignIn {
    /// The e-mail address, once identified.
    pub fn email(&self) -> Option<&str> {
        match &self.stage {
            Stage::Started => None,
            Stage::Identified { email } | Stage::PasswordProven { email, .. } => Some(email),
        }
    }

    /// Started -> identified (or a new identifier, "not you?").
    pub async fn identify(&self, state: &AppState, email: &str) -> Result<(), AppError> {
        store::flows::set_email(&state.db, &self.id_hash, email).await?;
        Ok(())
    }

    /// Identified -> password proven, by the password page or, for a step-up, by the
    /// session's own password proof.
    pub async fn password_proven(
        &self,
        state: &AppState,
        user: &User,
        at: i64,
    ) -> Result<(), AppError> {
        store::flows::set_email(&state.db, &self.id_hash, &user.email).await?;
        store::flows::set_password_ok(&state.db, &self.id_hash, &user.id, at).await?;
        Ok(())
    }

    /// Whether, after the password, a second factor comes: `method` chose one, or the level
    /// needs one.
    pub fn needs_factor(&self, method: Method) -> bool {
        method != Method::Password || self.min_level > Acr::Basic
    }

    /// Password proven -> session started, with the password alone.
    pub async fn start_session_with_password(
        &self,
        state: &AppState,
        browser: &Browser<'_>,
        user_id: &str,
        password_at: i64,
    ) -> Result<Started, AppError> {
        session::start(
            state,
            browser,
            user_id,
            Proof {
                password_at,
                mfa: None,
            },
        )
        .await
    }

    /// Password proven -> factor proven -> session started: the browser gets a new session
    /// (new id) proving the password and `method` at `level`, audited; or nothing, when the
    /// factor proves less than this sign-in needs.
    pub async fn factor_proven(
        &self,
        state: &AppState,
        browser: &Browser<'_>,
        method: Method,
        level: Acr,
    ) -> Result<FactorOutcome, AppError> {
        let Stage::PasswordProven { user_id, at, .. } = &self.stage else {
            return Err(AppError::Internal(
                "a factor was proven before the password".into(),
            ));
        };
        if level < self.min_level {
            return Ok(FactorOutcome::BelowLevel);
        }
        let now = state.now();
        audit::log(
            state,
            AuditEvent::SignInSucceeded {
                method,
                level: Some(level),
                client_id: self.client_id.clone(),
            },
            Subject::user(Some(user_id), browser.ip),
        )
        .await?;
        let started = session::start(
            state,
            browser,
            user_id,
            Proof {
                password_at: *at,
                mfa: Some((now, level, method.amr(level))),
            },
        )
        .await?;
        Ok(FactorOutcome::SessionStarted {
            started,
            next: self.continue_url(),
        })
    }

    /// The second factors this sign-in may use: enabled in the deployment, accepted by the
    /// client, able to reach its level.
    pub fn candidate_methods(&self, state: &AppState) -> Vec<Method> {
        Method::ALL
            .into_iter()
            .filter(|m| *m != Method::Password)
            .filter(|m| m.enabled(state) && m.allowed_by(self.allowed_methods.as_deref()))
            .filter(|m| m.max_level() >= self.min_level)
            .collect()
    }

    /// Where the browser goes once signed in: the waiting authorization request, or the
    /// page of this site the sign-in was for.
    pub fn continue_url(&self) -> String {
        if self.client_id.is_some() {
            format!("/authorize/resume?flow={}", self.id)
        } else {
            local_path(self.return_to.as_deref().unwrap_or("/")).to_owned()
        }
    }

    /// Ends the sign-in once; false if it was already completed.
    pub async fn complete(&self, state: &AppState) -> Result<bool, AppError> {
        Ok(store::flows::complete(&state.db, &self.id_hash, state.now()).await?)
    }
}

/// A path on this site, never another origin (`//host`, `/\host`, `https://...`).
pub fn local_path(path: &str) -> &str {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= 512
        && !path.chars().any(|c| c.is_control());
    if ok {
        path
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(local_path("/account/phones"), "/account/phones");
        for foreign in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "x",
            "/a\nb",
        ] {
            assert_eq!(local_path(foreign), "/", "{foreign}");
        }
    }
}
