//! The EU Login mobile app (SPEC J7-J9): device enrolment with a single-use QR token, push
//! requests with number matching approved by a signature of the device key and the PIN, and
//! offline QR codes (OCRA, RFC 6287) over the device secret and the PIN.
//!
//! What the provider stores per device: the PIN as argon2id (`pin_hash`), the device's P-256
//! public key (`public_jwk`), and, sealed under the master key with the device id as AAD,
//! the 32-byte shared secret followed by the SHA-256 of the PIN (`sealed_secret`), since
//! OCRA's `P` input needs the PIN hash on both sides (decision 0010).
//!
//! `enrolment` adds a device, `push` and `qr` are the two sign-in methods (`web_push` tells
//! the installable app of a push request through its push service); this module
//! holds what they share: the device's signature on the app's requests and the PIN
//! failures that lock a device whichever path they come from.

pub mod enrolment;
pub mod push;
pub mod qr;
pub mod web_push;

use super::factors::factor_changed;
use crate::audit::{self, AuditEvent, Factor, Subject};
use crate::error::AppError;
use crate::mail::{self, messages::Change};
use crate::secret::{token_hash, Secret};
use crate::state::AppState;
use crate::store::{self, devices::Device, users::User};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Challenge kinds in the `challenges` table.
pub const ENROL: &str = "device_enrol";
pub const PUSH: &str = "app_push";
pub const QR: &str = "app_qr";

/// The scheme of the enrolment QR code and of the sign-in QR code.
pub const ENROL_SCHEME: &str = "eulogin-enrol:v1";
pub const QR_SCHEME: &str = "eulogin-qr:v1";

/// Device names are short labels.
pub const MAX_NAME_CHARS: usize = 50;

pub(crate) fn aad(device_id: &str) -> Vec<u8> {
    format!("mobile-device:{device_id}").into_bytes()
}

#[derive(Debug, PartialEq, Eq)]
pub enum DeviceRefused {
    Malformed(&'static str),
    UnknownDevice,
    BadSignature,
    Stale,
    /// The same signature (its `jti`) was presented before.
    Replayed,
    Locked,
}

/// Verifies a compact JWS (ES256) signed by an enrolled device's key: `kid` names the device,
/// the payload carries `device_id`, an `iat` within `tokens.jwt_leeway_secs` of now, and a `jti`
/// that is accepted once.
pub async fn verify_device_jws(
    state: &AppState,
    jws: &str,
) -> Result<Result<(Device, serde_json::Value), DeviceRefused>, AppError> {
    if jws.len() > 8192 {
        return Ok(Err(DeviceRefused::Malformed("too long")));
    }
    let Some(header) = jws
        .split('.')
        .next()
        .and_then(|h| URL_SAFE_NO_PAD.decode(h).ok())
        .and_then(|h| serde_json::from_slice::<serde_json::Value>(&h).ok())
    else {
        return Ok(Err(DeviceRefused::Malformed("not a compact JWS")));
    };
    let Some(kid) = header.get("kid").and_then(|k| k.as_str()) else {
        return Ok(Err(DeviceRefused::Malformed("no kid")));
    };
    let Some(device) = store::devices::find(&state.db, kid)
        .await?
        .filter(|d| d.enrolled_at.is_some())
    else {
        return Ok(Err(DeviceRefused::UnknownDevice));
    };
    let Some(jwk) = device
        .public_jwk
        .as_deref()
        .and_then(|j| josekit::jwk::Jwk::from_bytes(j.as_bytes()).ok())
    else {
        return Ok(Err(DeviceRefused::UnknownDevice));
    };
    let verified = josekit::jws::ES256
        .verifier_from_jwk(&jwk)
        .and_then(|v| josekit::jws::deserialize_compact(jws, &v));
    let Ok((payload, _)) = verified else {
        return Ok(Err(DeviceRefused::BadSignature));
    };
    let Ok(claims) = serde_json::from_slice::<serde_json::Value>(&payload) else {
        return Ok(Err(DeviceRefused::Malformed("payload is not JSON")));
    };
    if claims.get("device_id").and_then(|v| v.as_str()) != Some(device.id.as_str()) {
        return Ok(Err(DeviceRefused::BadSignature));
    }
    let Some(iat) = claims.get("iat").and_then(|v| v.as_i64()) else {
        return Ok(Err(DeviceRefused::Malformed("no iat")));
    };
    let now = state.now();
    let leeway = state.config.tokens.jwt_leeway_secs;
    if (now - iat).abs() > leeway {
        return Ok(Err(DeviceRefused::Stale));
    }
    let Some(jti) = claims
        .get("jti")
        .and_then(|v| v.as_str())
        .filter(|j| !j.is_empty() && j.len() <= 128)
    else {
        return Ok(Err(DeviceRefused::Malformed("no jti")));
    };
    let jti_hash = token_hash(&format!("mobile-device:{}:{jti}", device.id));
    if !store::tokens::remember_assertion(&state.db, &jti_hash, iat + 2 * leeway, now).await? {
        return Ok(Err(DeviceRefused::Replayed));
    }
    if device.locked_at.is_some() {
        return Ok(Err(DeviceRefused::Locked));
    }
    Ok(Ok((device, claims)))
}

pub(crate) enum PinChecked {
    Right,
    Wrong { remaining: i32 },
    LockedNow,
    Locked,
}

/// Checks the PIN of an approval: a right one resets the failure count; a wrong one is a
/// failed PIN proof ([`failed_pin_proof`]).
pub(crate) async fn check_pin(
    state: &AppState,
    device: &Device,
    pin: &Secret,
    ip: &str,
) -> Result<PinChecked, AppError> {
    if state.hasher.verify(pin, Some(&device.pin_hash)).await? {
        store::devices::used(&state.db, &device.id, state.now()).await?;
        return Ok(PinChecked::Right);
    }
    failed_pin_proof(state, device, ip).await
}

/// Counts one failed PIN proof of `device` (a wrong PIN on the push path, a wrong code on
/// the QR path); the `pin_max_failures`-th locks it (audited, the owner told once).
pub(crate) async fn failed_pin_proof(
    state: &AppState,
    device: &Device,
    ip: &str,
) -> Result<PinChecked, AppError> {
    let max = state.config.app.pin_max_failures;
    let failures = store::devices::add_pin_failure(&state.db, &device.id).await?;
    if failures < max {
        return Ok(PinChecked::Wrong {
            remaining: max - failures,
        });
    }
    if !store::devices::lock(&state.db, &device.id, state.now()).await? {
        return Ok(PinChecked::Locked);
    }
    audit::log(
        state,
        AuditEvent::DeviceLocked {
            device: device.id.clone(),
            name: device.name.clone(),
            pin_failures: failures,
        },
        Subject::user(Some(&device.user_id), ip),
    )
    .await?;
    if let Some(owner) = store::users::find(&state.db, &device.user_id).await? {
        mail::notify(state, &owner, Change::DeviceLocked(device.name.clone())).await?;
    }
    Ok(PinChecked::LockedNow)
}

/// Removes one of the user's devices (audited, the owner told); false if it is not theirs.
pub async fn remove(
    state: &AppState,
    user: &User,
    device_id: &str,
    ip: &str,
) -> Result<bool, AppError> {
    let Some(device) = store::devices::find(&state.db, device_id)
        .await?
        .filter(|d| d.user_id == user.id)
    else {
        return Ok(false);
    };
    store::devices::delete(&state.db, &user.id, &device.id).await?;
    if device.enrolled_at.is_some() {
        factor_changed(
            state,
            user,
            ip,
            AuditEvent::FactorRemoved(Factor::MobileDevice {
                device: device.id,
                name: device.name.clone(),
            }),
            Change::DeviceRemoved(device.name),
        )
        .await?;
    }
    Ok(true)
}
