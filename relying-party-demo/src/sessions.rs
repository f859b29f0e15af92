//! CPMS's own browser sessions, in memory: a random id (the cookie) mapped to the pending
//! sign-in (state, nonce, PKCE verifier) or the signed-in user. A restart signs everyone out,
//! which is acceptable for a demo relying party.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use subtle::ConstantTimeEq;
use tokio::sync::Mutex;

use crate::entitlements::Entitlement;

/// How long a session lives, signed in or not.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(8 * 3600);

/// 32 random bytes, base64url.
pub fn random_id() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Constant-time comparison of two secrets (e.g. a submitted CSRF token).
pub fn secrets_match(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// An authorization request in flight.
#[derive(Clone)]
pub struct PendingLogin {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// The signed-in user, from the verified ID token.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub sub: String,
    pub sid: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub acr: String,
    pub entitlements: Vec<Entitlement>,
    /// The raw ID token, for `id_token_hint` at logout.
    pub id_token: String,
}

#[derive(Clone)]
pub struct Session {
    pub id: String,
    pub csrf: String,
    pub created: Instant,
    pub pending: Option<PendingLogin>,
    pub user: Option<SignedIn>,
}

impl Session {
    fn new() -> Self {
        Self {
            id: random_id(),
            csrf: random_id(),
            created: Instant::now(),
            pending: None,
            user: None,
        }
    }

    fn expired(&self) -> bool {
        self.created.elapsed() > SESSION_LIFETIME
    }
}

#[derive(Clone, Default)]
pub struct Sessions {
    inner: Arc<Mutex<HashMap<String, Session>>>,
    /// Ids of logout tokens already used, with when they were seen.
    logout_jtis: Arc<Mutex<HashMap<String, Instant>>>,
}

/// How long a logout token id is remembered (longer than a token is accepted).
pub const LOGOUT_JTI_MEMORY: Duration = Duration::from_secs(900);

impl Sessions {
    /// The live session with this id.
    pub async fn get(&self, id: &str) -> Option<Session> {
        let mut map = self.inner.lock().await;
        match map.get(id) {
            Some(s) if s.expired() => {
                map.remove(id);
                None
            }
            Some(s) => Some(s.clone()),
            None => None,
        }
    }

    /// A new anonymous session.
    pub async fn create(&self) -> Session {
        let session = Session::new();
        let mut map = self.inner.lock().await;
        map.retain(|_, s| !s.expired());
        map.insert(session.id.clone(), session.clone());
        session
    }

    /// Remembers a sign-in in flight.
    pub async fn set_pending(&self, id: &str, pending: PendingLogin) {
        if let Some(s) = self.inner.lock().await.get_mut(id) {
            s.pending = Some(pending);
        }
    }

    /// Takes the pending sign-in (it can be used once).
    pub async fn take_pending(&self, id: &str) -> Option<PendingLogin> {
        self.inner
            .lock()
            .await
            .get_mut(id)
            .and_then(|s| s.pending.take())
    }

    /// Ends `old_id` and starts a fresh session for `user` (a new id after sign-in, so a
    /// session id planted before it is worthless).
    pub async fn sign_in(&self, old_id: &str, user: SignedIn) -> Session {
        let mut session = Session::new();
        session.user = Some(user);
        let mut map = self.inner.lock().await;
        map.remove(old_id);
        map.insert(session.id.clone(), session.clone());
        session
    }

    /// Ends one session; returns it.
    pub async fn end(&self, id: &str) -> Option<Session> {
        self.inner.lock().await.remove(id)
    }

    /// Records a logout token id; `false` if it was seen before (a replay).
    pub async fn first_use_of_logout_token(&self, jti: &str) -> bool {
        let mut seen = self.logout_jtis.lock().await;
        seen.retain(|_, at| at.elapsed() < LOGOUT_JTI_MEMORY);
        seen.insert(jti.to_string(), Instant::now()).is_none()
    }

    /// Back-channel logout: ends the sessions of provider session `sid` (when given) of user
    /// `sub` (when given). Returns how many ended.
    pub async fn end_matching(&self, sub: Option<&str>, sid: Option<&str>) -> usize {
        if sub.is_none() && sid.is_none() {
            return 0;
        }
        let mut map = self.inner.lock().await;
        let before = map.len();
        map.retain(|_, s| {
            let Some(user) = &s.user else { return true };
            let sub_matches = sub.is_none_or(|sub| user.sub == sub);
            let sid_matches = sid.is_none_or(|sid| user.sid.as_deref() == Some(sid));
            !(sub_matches && sid_matches)
        });
        before - map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(sub: &str, sid: &str) -> SignedIn {
        SignedIn {
            sub: sub.into(),
            sid: Some(sid.into()),
            name: None,
            email: None,
            acr: "medium".into(),
            entitlements: Vec::new(),
            id_token: "x".into(),
        }
    }

    #[tokio::test]
    async fn sign_in_replaces_the_session_id() {
        let sessions = Sessions::default();
        let anon = sessions.create().await;
        let signed = sessions.sign_in(&anon.id, user("u1", "s1")).await;
        assert_ne!(anon.id, signed.id);
        assert!(sessions.get(&anon.id).await.is_none());
        assert_eq!(
            sessions.get(&signed.id).await.unwrap().user.unwrap().sub,
            "u1"
        );
    }

    #[tokio::test]
    async fn back_channel_logout_ends_matching_sessions_only() {
        let sessions = Sessions::default();
        let a = sessions.sign_in("", user("u1", "s1")).await;
        let b = sessions.sign_in("", user("u1", "s2")).await;
        let c = sessions.sign_in("", user("u2", "s3")).await;
        assert_eq!(sessions.end_matching(None, None).await, 0);
        assert_eq!(sessions.end_matching(Some("u1"), Some("s1")).await, 1);
        assert!(sessions.get(&a.id).await.is_none());
        assert!(sessions.get(&b.id).await.is_some());
        assert_eq!(sessions.end_matching(Some("u1"), None).await, 1);
        assert!(sessions.get(&b.id).await.is_none());
        assert_eq!(sessions.end_matching(None, Some("s3")).await, 1);
        assert!(sessions.get(&c.id).await.is_none());
    }

    #[tokio::test]
    async fn a_logout_token_id_counts_once() {
        let sessions = Sessions::default();
        assert!(sessions.first_use_of_logout_token("j1").await);
        assert!(!sessions.first_use_of_logout_token("j1").await);
        assert!(sessions.first_use_of_logout_token("j2").await);
    }

    #[test]
    fn secrets_compare_exactly() {
        assert!(secrets_match("abc", "abc"));
        assert!(!secrets_match("abc", "abd"));
        assert!(!secrets_match("abc", "abcd"));
        assert_ne!(random_id(), random_id());
        assert_eq!(random_id().len(), 43);
    }
}
