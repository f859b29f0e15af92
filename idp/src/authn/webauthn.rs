//! Security keys and platform authenticators (SPEC J10) through webauthn-rs.
//!
//! Keys are registered as webauthn-rs `SecurityKey`s with user verification preferred, so
//! both a plain USB key and a key with a PIN or fingerprint can be added. One rule decides a
//! key's level, shown and given alike ([`level_of`]): user verification on a hardware-bound
//! credential (not backup-eligible, so the private key never leaves the authenticator) is
//! `high`, anything else `medium`. The level stored at registration is the most a key ever
//! gives: a sign-in gives the rule's level for that assertion, never above the stored one,
//! so a key listed at medium cannot yield high (decisions 0013, 0015).
//!
//! Each ceremony's state is a row of `challenges` (single use, expiring), so a registration
//! or sign-in begun on one provider node finishes on another.

use super::factors::factor_changed;
use crate::audit::{AuditEvent, Factor};
use crate::authn::acr::Acr;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::messages::Change;
use crate::secret::random_token;
use crate::state::AppState;
use crate::store::{self, challenges::NewChallenge, users::User, webauthn::NewCredential};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};
use webauthn_rs::prelude::{
    Credential, PublicKeyCredential, RegisterPublicKeyCredential, SecurityKey,
    SecurityKeyAuthentication, SecurityKeyRegistration, Url, Uuid, Webauthn, WebauthnBuilder,
};

/// Challenge kinds in the `challenges` table.
pub const REGISTER: &str = "webauthn_register";
pub const SIGN_IN: &str = "webauthn_signin";

/// Security-key names are short labels.
pub const MAX_NAME_CHARS: usize = 50;

/// A WebAuthn answer from the browser is a few kilobytes at most.
const MAX_RESPONSE_BYTES: usize = 64 * 1024;

/// A ceremony the browser must answer: its id (for the form) and the options for
/// `navigator.credentials.create()` or `.get()`, as JSON.
#[derive(Debug)]
pub struct Ceremony {
    pub id: String,
    pub options: String,
}

/// Why a ceremony did not succeed, in words for the user; details go to the log.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Expired, already answered, or not this user's.
    Expired,
    /// The browser's answer is not a WebAuthn credential.
    Malformed,
    /// The key's answer does not verify (wrong key, wrong origin, cloned counter, ...).
    Invalid,
    /// The credential is registered already (on this account or another).
    AlreadyRegistered,
}

impl Refused {
    /// What the person is told (`factors-webauthn-*`).
    pub fn message(&self) -> Msg {
        Msg::new(match self {
            Refused::Expired => "factors-webauthn-expired",
            Refused::Malformed | Refused::Invalid => "factors-webauthn-not-verified",
            Refused::AlreadyRegistered => "factors-webauthn-already-registered",
        })
    }
}

/// A key that was added: its id and the best level it can reach.
#[derive(Debug)]
pub struct Added {
    pub id: String,
    pub level: Acr,
}

/// The relying party: id and origin follow the issuer unless configured. `None` when the
/// issuer cannot be a WebAuthn relying party (for example an IP address).
pub fn relying_party(state: &AppState) -> Option<Webauthn> {
    let issuer = Url::parse(&state.issuer).ok()?;
    let origin = match state.config.webauthn.rp_origin.as_deref() {
        Some(o) => Url::parse(o).ok()?,
        None => Url::parse(&issuer.origin().ascii_serialization()).ok()?,
    };
    let rp_id = match state.config.webauthn.rp_id.clone() {
        Some(id) => id,
        None => origin.domain()?.to_owned(),
    };
    let name = state
        .config
        .webauthn
        .rp_name
        .as_deref()
        .unwrap_or(&state.brand);
    match WebauthnBuilder::new(&rp_id, &origin).and_then(|b| b.rp_name(name).build()) {
        Ok(rp) => Some(rp),
        Err(e) => {
            tracing::warn!(error = %e, rp_id, "WebAuthn is unavailable for this issuer");
            None
        }
    }
}

/// Whether security keys can be used with this deployment's issuer.
pub fn available(state: &AppState) -> bool {
    relying_party(state).is_some()
}

/// The WebAuthn user handle: stable per account, revealing nothing about it.
fn user_handle(user: &User) -> Uuid {
    let digest = Sha256::digest(format!("eulogin-webauthn-user:{}", user.id));
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::from_bytes(bytes)
}

fn credential_id(key: &SecurityKey) -> String {
    URL_SAFE_NO_PAD.encode(key.cred_id())
}

fn parse_key(stored: &store::webauthn::Credential) -> Option<SecurityKey> {
    match serde_json::from_str(&stored.passkey) {
        Ok(key) => Some(key),
        Err(e) => {
            tracing::error!(error = %e, credential = %stored.id, "stored security key is unreadable");
            None
        }
    }
}

/// The level a credential proves with user verification on a hardware-bound key: high;
/// otherwise medium.
fn level_of(user_verified: bool, backup_eligible: bool) -> Acr {
    if user_verified && !backup_eligible {
        Acr::High
    } else {
        Acr::Medium
    }
}

/// The level one sign-in gives: the rule applied to this assertion's flags, capped at the
/// level the key was registered (and is listed) with.
fn given_level(registered: Acr, user_verified: bool, backup_eligible: bool) -> Acr {
    level_of(user_verified, backup_eligible).min(registered)
}

async fn store_ceremony(
    state: &AppState,
    user_id: &str,
    kind: &str,
    flow_hash: Option<&str>,
    data: String,
) -> Result<String, AppError> {
    let now = state.now();
    // A new ceremony voids the previous one of the same kind.
    store::challenges::supersede(&state.db, user_id, kind, now).await?;
    let id = random_token(16).expose().to_owned();
    store::challenges::insert(
        &state.db,
        NewChallenge {
            id: &id,
            user_id,
            kind,
            flow_id: flow_hash,
            subject: None,
            secret_hash: None,
            data: Some(data),
            now,
            expires_at: now + state.config.webauthn.ceremony_ttl_secs,
        },
    )
    .await?;
    Ok(id)
}

/// Takes a pending ceremony once: its stored state if it is this user's (and flow's).
async fn take_ceremony(
    state: &AppState,
    user_id: &str,
    kind: &str,
    flow_hash: Option<&str>,
    id: &str,
) -> Result<Option<String>, AppError> {
    let Some(c) = store::challenges::find(&state.db, id).await? else {
        return Ok(None);
    };
    if c.user_id != user_id || c.kind != kind || c.flow_id.as_deref() != flow_hash {
        return Ok(None);
    }
    if !store::challenges::decide(&state.db, &c.id, "used", state.now()).await? {
        return Ok(None);
    }
    Ok(c.data)
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("webauthn: {e}"))
}

/// Starts adding a security key: options for `navigator.credentials.create()`, excluding
/// the user's existing keys.
pub async fn start_registration(state: &AppState, user: &User) -> Result<Ceremony, AppError> {
    let rp = relying_party(state).ok_or_else(|| internal("no relying party"))?;
    let existing: Vec<_> = store::webauthn::for_user(&state.db, &user.id)
        .await?
        .iter()
        .filter_map(parse_key)
        .map(|k| k.cred_id().clone())
        .collect();
    let (mut options, registration) = rp
        .start_securitykey_registration(
            user_handle(user),
            &user.email,
            &user.display_name(),
            Some(existing),
            None,
            None,
        )
        .map_err(internal)?;
    // Chromium refuses credProtect "userVerificationRequired" on a credential that is not
    // discoverable ("inconsistent"); webauthn-rs asks for it without enforcing it, so the
    // browser is not asked at all. User verification is still judged from the key's flags.
    if let Some(extensions) = options.public_key.extensions.as_mut() {
        extensions.cred_protect = None;
    }
    let data = serde_json::to_string(&registration).map_err(internal)?;
    let options = serde_json::to_string(&options).map_err(internal)?;
    let id = store_ceremony(state, &user.id, REGISTER, None, data).await?;
    Ok(Ceremony { id, options })
}

/// Finishes adding a security key named `name` with the browser's answer (audited, the
/// owner told).
#[tracing::instrument(skip_all, fields(user = %user.id))]
pub async fn finish_registration(
    state: &AppState,
    user: &User,
    ceremony: &str,
    name: &str,
    response: &str,
    ip: &str,
) -> Result<Result<Added, Refused>, AppError> {
    let Some(data) = take_ceremony(state, &user.id, REGISTER, None, ceremony).await? else {
        return Ok(Err(Refused::Expired));
    };
    let registration: SecurityKeyRegistration = serde_json::from_str(&data).map_err(internal)?;
    if response.len() > MAX_RESPONSE_BYTES {
        return Ok(Err(Refused::Malformed));
    }
    let Ok(answer) = serde_json::from_str::<RegisterPublicKeyCredential>(response) else {
        return Ok(Err(Refused::Malformed));
    };
    let rp = relying_party(state).ok_or_else(|| internal("no relying party"))?;
    let key = match rp.finish_securitykey_registration(&answer, &registration) {
        Ok(key) => key,
        Err(e) => {
            // webauthn-rs reports a credential of `excludeCredentials` under another error
            // name, so an answer naming a registered credential is said to be one.
            let named = URL_SAFE_NO_PAD.encode(answer.raw_id.as_slice());
            if store::webauthn::by_credential_id(&state.db, &named)
                .await?
                .is_some()
            {
                return Ok(Err(Refused::AlreadyRegistered));
            }
            tracing::info!(error = %e, "security key registration refused");
            return Ok(Err(Refused::Invalid));
        }
    };
    let cred_id = credential_id(&key);
    if store::webauthn::by_credential_id(&state.db, &cred_id)
        .await?
        .is_some()
    {
        return Ok(Err(Refused::AlreadyRegistered));
    }
    let credential: Credential = key.clone().into();
    let level = level_of(credential.user_verified, credential.backup_eligible);
    let id = random_token(16).expose().to_owned();
    store::webauthn::insert(
        &state.db,
        NewCredential {
            id: &id,
            user_id: &user.id,
            name,
            credential_id: &cred_id,
            passkey: &serde_json::to_string(&key).map_err(internal)?,
            level: level.name(),
            now: state.now(),
        },
    )
    .await?;
    factor_changed(
        state,
        user,
        ip,
        AuditEvent::FactorAdded(Factor::SecurityKey {
            key: id.clone(),
            name: name.to_owned(),
            level,
        }),
        Change::SecurityKeyAdded(name.to_owned()),
    )
    .await?;
    Ok(Ok(Added { id, level }))
}

/// Removes one of the user's security keys (audited, the owner told); false if it is not
/// theirs.
pub async fn remove(state: &AppState, user: &User, id: &str, ip: &str) -> Result<bool, AppError> {
    let Some(key) = store::webauthn::for_user(&state.db, &user.id)
        .await?
        .into_iter()
        .find(|k| k.id == id)
    else {
        return Ok(false);
    };
    if !store::webauthn::delete(&state.db, &user.id, &key.id).await? {
        return Ok(false);
    }
    factor_changed(
        state,
        user,
        ip,
        AuditEvent::FactorRemoved(Factor::SecurityKey {
            key: key.id,
            name: key.name.clone(),
            level: Acr::from_name(&key.level).unwrap_or(Acr::Medium),
        }),
        Change::SecurityKeyRemoved(key.name),
    )
    .await?;
    Ok(true)
}

/// Starts a sign-in with the user's security keys for the flow `flow_hash`; `None` when
/// the user has none.
pub async fn start_sign_in(
    state: &AppState,
    user_id: &str,
    flow_hash: &str,
) -> Result<Option<Ceremony>, AppError> {
    let keys: Vec<SecurityKey> = store::webauthn::for_user(&state.db, user_id)
        .await?
        .iter()
        .filter_map(parse_key)
        .collect();
    if keys.is_empty() {
        return Ok(None);
    }
    let rp = relying_party(state).ok_or_else(|| internal("no relying party"))?;
    let (options, authentication) = rp
        .start_securitykey_authentication(&keys)
        .map_err(internal)?;
    let data = serde_json::to_string(&authentication).map_err(internal)?;
    let options = serde_json::to_string(&options).map_err(internal)?;
    let id = store_ceremony(state, user_id, SIGN_IN, Some(flow_hash), data).await?;
    Ok(Some(Ceremony { id, options }))
}

/// Finishes a sign-in: the level the assertion proves (high with user verification on a
/// hardware-bound key, else medium).
#[tracing::instrument(skip_all, fields(user = %user_id))]
pub async fn finish_sign_in(
    state: &AppState,
    user_id: &str,
    flow_hash: &str,
    ceremony: &str,
    response: &str,
) -> Result<Result<Acr, Refused>, AppError> {
    let Some(data) = take_ceremony(state, user_id, SIGN_IN, Some(flow_hash), ceremony).await?
    else {
        return Ok(Err(Refused::Expired));
    };
    let authentication: SecurityKeyAuthentication =
        serde_json::from_str(&data).map_err(internal)?;
    if response.len() > MAX_RESPONSE_BYTES {
        return Ok(Err(Refused::Malformed));
    }
    let Ok(answer) = serde_json::from_str::<PublicKeyCredential>(response) else {
        return Ok(Err(Refused::Malformed));
    };
    let rp = relying_party(state).ok_or_else(|| internal("no relying party"))?;
    let result = match rp.finish_securitykey_authentication(&answer, &authentication) {
        Ok(result) => result,
        Err(e) => {
            tracing::info!(error = %e, "security key assertion refused");
            return Ok(Err(Refused::Invalid));
        }
    };
    let cred_id = URL_SAFE_NO_PAD.encode(result.cred_id());
    let Some(stored) = store::webauthn::by_credential_id(&state.db, &cred_id)
        .await?
        .filter(|c| c.user_id == user_id)
    else {
        // Deleted between the start and the answer.
        return Ok(Err(Refused::Invalid));
    };
    let mut updated = None;
    if let Some(mut key) = parse_key(&stored) {
        if key.update_credential(&result) == Some(true) {
            updated = Some(serde_json::to_string(&key).map_err(internal)?);
        }
    }
    store::webauthn::used(
        &state.db,
        user_id,
        &stored.id,
        updated.as_deref(),
        state.now(),
    )
    .await?;
    let registered = Acr::from_name(&stored.level).unwrap_or(Acr::Medium);
    Ok(Ok(given_level(
        registered,
        result.user_verified(),
        result.backup_eligible(),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_user_verification_on_a_device_bound_key_is_high() {
        assert_eq!(level_of(true, false), Acr::High);
        assert_eq!(level_of(true, true), Acr::Medium);
        assert_eq!(level_of(false, false), Acr::Medium);
        assert_eq!(level_of(false, true), Acr::Medium);
    }

    #[test]
    fn a_sign_in_never_gives_more_than_the_key_is_listed_with() {
        // Registered without user verification: listed at medium, and medium it stays even
        // when a later assertion carries the UV flag.
        assert_eq!(given_level(Acr::Medium, true, false), Acr::Medium);
        assert_eq!(given_level(Acr::High, true, false), Acr::High);
        // A high key used without its PIN or fingerprint proves medium that time.
        assert_eq!(given_level(Acr::High, false, false), Acr::Medium);
    }
}
