//! Adding a device (J7): My Account creates a pending device with its name and PIN and shows
//! a single-use token as a QR code; the app sends the token, the PIN and its public key.

use super::{aad, ENROL, ENROL_SCHEME};
use crate::audit::{AuditEvent, Factor};
use crate::authn::factors::factor_changed;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::messages::Change;
use crate::secret::{random_token, token_hash, Secret};
use crate::state::AppState;
use crate::store::{self, challenges::NewChallenge, users::User};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// PINs that are refused: repeated digits, runs up or down, and a few common choices.
pub fn trivial_pin(pin: &str) -> bool {
    let d: Vec<i32> = pin
        .bytes()
        .map(|b| i32::from(b) - i32::from(b'0'))
        .collect();
    if d.len() < 2 {
        return true;
    }
    let same = d.windows(2).all(|w| w[0] == w[1]);
    let up = d.windows(2).all(|w| (w[1] - w[0]).rem_euclid(10) == 1);
    let down = d.windows(2).all(|w| (w[0] - w[1]).rem_euclid(10) == 1);
    let common = [
        "1212", "2121", "1122", "2211", "1004", "2000", "6969", "1313", "4321", "1010", "2001",
        "1984", "1357", "2468", "7777", "0007", "1379", "9731", "2580", "0852", "1990", "2020",
    ];
    same || up || down || common.contains(&pin)
}

/// Checks a new PIN typed twice; the message says what is wrong.
pub fn check_new_pin(pin: &str, confirm: &str) -> Result<(), Msg> {
    if pin.len() != 4 || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Msg::new("factors-pin-not-four-digits"));
    }
    if pin != confirm {
        return Err(Msg::new("factors-pin-mismatch"));
    }
    if trivial_pin(pin) {
        return Err(Msg::new("factors-pin-too-easy"));
    }
    Ok(())
}

/// The e-mail as the app shows it: `a***@example.com`.
pub fn masked_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}

/// A device being added: the QR payload carries the single-use enrolment token.
pub struct DeviceEnrolment {
    pub device_id: String,
    pub payload: String,
}

/// Creates a pending device (name, PIN hash) and its enrolment token.
pub async fn start_enrolment(
    state: &AppState,
    user: &User,
    name: &str,
    pin: &Secret,
) -> Result<DeviceEnrolment, AppError> {
    let now = state.now();
    let ttl = state.config.app.enrol_ttl_secs;
    store::devices::delete_stale_pending(&state.db, &user.id, now - ttl).await?;
    let pin_hash = state.hasher.hash(pin).await?;
    let device_id = random_token(16).expose().to_owned();
    let token = random_token(32);
    let challenge_id = random_token(16).expose().to_owned();
    let tx = store::begin(&state.db).await?;
    store::devices::insert_pending(&tx, &device_id, &user.id, name, &pin_hash, now).await?;
    store::challenges::insert(
        &tx,
        NewChallenge {
            id: &challenge_id,
            user_id: &user.id,
            kind: ENROL,
            flow_id: None,
            subject: Some(&device_id),
            secret_hash: Some(token_hash(token.expose())),
            data: None,
            now,
            expires_at: now + ttl,
        },
    )
    .await?;
    store::commit(tx).await?;
    let payload = format!(
        "{ENROL_SCHEME}?{}",
        serde_urlencoded::to_string([
            ("issuer", &*state.issuer),
            ("token", token.expose()),
            ("account", masked_email(&user.email).as_str()),
        ])
        .map_err(|e| AppError::Internal(format!("payload: {e}")))?
    );
    Ok(DeviceEnrolment { device_id, payload })
}

/// What the provider answers to the app after a successful enrolment.
#[derive(Debug, Serialize)]
pub struct EnrolledDevice {
    pub device_id: String,
    /// The shared secret, base64url.
    pub secret: String,
    pub ocra_suite: &'static str,
    pub account: String,
    pub issuer: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum EnrolRefused {
    /// Unknown token.
    UnknownToken,
    /// Used, expired, or voided by too many wrong PINs.
    TokenNotValid,
    WrongPin {
        remaining: i32,
    },
    BadKey(String),
}

/// The app's enrolment: token, PIN and the device public key (audited, the owner told).
pub async fn enrol(
    state: &AppState,
    token: &str,
    pin: &Secret,
    public_jwk: &serde_json::Value,
    ip: &str,
) -> Result<Result<EnrolledDevice, EnrolRefused>, AppError> {
    let now = state.now();
    let Some(challenge) =
        store::devices::challenge_by_secret(&state.db, ENROL, &token_hash(token)).await?
    else {
        return Ok(Err(EnrolRefused::UnknownToken));
    };
    if challenge.status != store::challenges::PENDING || challenge.expires_at <= now {
        return Ok(Err(EnrolRefused::TokenNotValid));
    }
    let Some(device) = store::devices::find(&state.db, challenge.subject.as_deref().unwrap_or(""))
        .await?
        .filter(|d| d.enrolled_at.is_none() && d.user_id == challenge.user_id)
    else {
        return Ok(Err(EnrolRefused::TokenNotValid));
    };
    if !state.hasher.verify(pin, Some(&device.pin_hash)).await? {
        let max = state.config.app.pin_max_failures;
        return Ok(Err(
            match store::challenges::add_attempt(&state.db, &challenge.id, now).await? {
                Some(n) if n < max => EnrolRefused::WrongPin { remaining: max - n },
                Some(_) => {
                    store::challenges::decide(&state.db, &challenge.id, "failed", now).await?;
                    EnrolRefused::TokenNotValid
                }
                None => EnrolRefused::TokenNotValid,
            },
        ));
    }
    let jwk = match public_p256_jwk(public_jwk) {
        Ok(j) => j,
        Err(e) => return Ok(Err(EnrolRefused::BadKey(e))),
    };
    let Some(user) = store::users::find(&state.db, &device.user_id).await? else {
        return Ok(Err(EnrolRefused::TokenNotValid));
    };
    let mut secret = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut secret);
    let mut sealed_plain = secret.to_vec();
    sealed_plain.extend_from_slice(&Sha256::digest(pin.expose().as_bytes()));
    let sealed = state.master.seal(&sealed_plain, &aad(&device.id));
    let tx = store::begin(&state.db).await?;
    if !store::challenges::decide(&tx, &challenge.id, "used", now).await?
        || !store::devices::complete_enrolment(&tx, &device.id, &jwk, &sealed, now).await?
    {
        return Ok(Err(EnrolRefused::TokenNotValid));
    }
    store::commit(tx).await?;
    factor_changed(
        state,
        &user,
        ip,
        AuditEvent::FactorAdded(Factor::MobileDevice {
            device: device.id.clone(),
            name: device.name.clone(),
        }),
        Change::DeviceAdded(device.name.clone()),
    )
    .await?;
    Ok(Ok(EnrolledDevice {
        device_id: device.id,
        secret: URL_SAFE_NO_PAD.encode(secret),
        ocra_suite: keys::ocra::SUITE,
        account: masked_email(&user.email),
        issuer: state.issuer.to_string(),
    }))
}

/// Keeps only the public part of an EC P-256 JWK, refusing anything else (and private keys).
fn public_p256_jwk(value: &serde_json::Value) -> Result<String, String> {
    let get = |k: &str| value.get(k).and_then(|v| v.as_str());
    if get("kty") != Some("EC") || get("crv") != Some("P-256") {
        return Err("public_jwk must be an EC key on P-256".into());
    }
    if value.get("d").is_some() {
        return Err("public_jwk must not contain the private key".into());
    }
    let (Some(x), Some(y)) = (get("x"), get("y")) else {
        return Err("public_jwk lacks x or y".into());
    };
    let text = serde_json::json!({ "kty": "EC", "crv": "P-256", "x": x, "y": y }).to_string();
    let jwk = josekit::jwk::Jwk::from_bytes(text.as_bytes())
        .map_err(|_| "public_jwk is not a valid JWK".to_owned())?;
    josekit::jws::ES256
        .verifier_from_jwk(&jwk)
        .map_err(|_| "public_jwk is not a valid P-256 public key".to_owned())?;
    Ok(text)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrolStatus {
    Pending,
    Enrolled,
    Expired,
}

/// Where the enrolment of one of the user's devices stands (None: not this user's device).
pub async fn enrol_status(
    state: &AppState,
    user_id: &str,
    device_id: &str,
) -> Result<Option<EnrolStatus>, AppError> {
    let Some(device) = store::devices::find(&state.db, device_id)
        .await?
        .filter(|d| d.user_id == user_id)
    else {
        return Ok(None);
    };
    if device.enrolled_at.is_some() {
        return Ok(Some(EnrolStatus::Enrolled));
    }
    if device.created_at + state.config.app.enrol_ttl_secs <= state.now() {
        return Ok(Some(EnrolStatus::Expired));
    }
    Ok(Some(EnrolStatus::Pending))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trivial_pins_are_refused() {
        for pin in [
            "0000", "1111", "1234", "4321", "9876", "7890", "0123", "2580", "1212",
        ] {
            assert!(trivial_pin(pin), "{pin}");
            assert!(check_new_pin(pin, pin).is_err(), "{pin}");
        }
        for pin in ["4829", "3071", "5846"] {
            assert!(!trivial_pin(pin), "{pin}");
            assert!(check_new_pin(pin, pin).is_ok(), "{pin}");
        }
        assert!(check_new_pin("4829", "4828").is_err());
        assert!(check_new_pin("48290", "48290").is_err());
        assert!(check_new_pin("48a9", "48a9").is_err());
    }

    #[test]
    fn e_mails_are_masked_for_the_app() {
        assert_eq!(masked_email("ada@example.org"), "a***@example.org");
        assert_eq!(masked_email("nope"), "***");
    }
}
