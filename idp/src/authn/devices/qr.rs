//! "Mobile app QR code" (J9): the page shows a challenge as a QR code, the app answers
//! offline with an OCRA code (RFC 6287) over the device secret and the PIN.

use super::{aad, failed_pin_proof, PinChecked, QR, QR_SCHEME};
use crate::error::AppError;
use crate::secret::{constant_time_eq, random_token, Secret};
use crate::state::AppState;
use crate::store::{self, challenges::NewChallenge, devices::Device};
use rand::Rng;

/// The flow's live QR challenge (reused on reload) or a new one: the numeric question.
pub async fn qr_challenge(
    state: &AppState,
    user_id: &str,
    flow_hash: &str,
) -> Result<String, AppError> {
    let now = state.now();
    if let Some(c) =
        store::challenges::latest_pending(&state.db, user_id, QR, Some(flow_hash), now).await?
    {
        if let Some(q) = c.data {
            return Ok(q);
        }
    }
    let question = format!("{:08}", rand::thread_rng().gen_range(0..100_000_000u32));
    let id = random_token(16).expose().to_owned();
    store::challenges::insert(
        &state.db,
        NewChallenge {
            id: &id,
            user_id,
            kind: QR,
            flow_id: Some(flow_hash),
            subject: None,
            secret_hash: None,
            data: Some(question.clone()),
            now,
            expires_at: now + state.config.app.qr_ttl_secs,
        },
    )
    .await?;
    Ok(question)
}

/// The sign-in QR payload: the OCRA suite and question (the app needs nothing else, offline).
pub fn qr_payload(state: &AppState, question: &str, client_name: &str) -> String {
    let query = serde_urlencoded::to_string([
        ("issuer", &*state.issuer),
        ("suite", keys::ocra::SUITE),
        ("q", question),
        ("client", client_name),
    ])
    .unwrap_or_default();
    format!("{QR_SCHEME}?{query}")
}

pub enum QrChecked {
    Ok,
    Wrong {
        remaining: i32,
    },
    /// No live challenge: expired or voided by too many wrong codes.
    Dead,
    /// Wrong codes locked every device of the user (the owner is told once per device).
    Locked,
}

/// Checks a typed 8-digit code against every unlocked device of the user. The code is the
/// OCRA of the PIN, so a wrong code is a failed PIN proof: it counts against each device
/// that could have produced it, on the same counter as the push path's wrong PINs, and
/// `app.pin_max_failures` of them lock the device whichever path they came from.
pub async fn check_qr(
    state: &AppState,
    user_id: &str,
    flow_hash: &str,
    typed: &Secret,
    ip: &str,
) -> Result<QrChecked, AppError> {
    let now = state.now();
    let Some(challenge) =
        store::challenges::latest_pending(&state.db, user_id, QR, Some(flow_hash), now).await?
    else {
        return Ok(QrChecked::Dead);
    };
    let question = challenge.data.clone().unwrap_or_default();
    let code: String = typed
        .expose()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .take(16)
        .collect();
    let unlocked: Vec<Device> = store::devices::enrolled(&state.db, user_id)
        .await?
        .into_iter()
        .filter(|d| d.locked_at.is_none())
        .collect();
    let mut matched: Option<&Device> = None;
    if code.len() == 8 {
        for device in &unlocked {
            let Some(expected) = expected_code(state, device, &question) else {
                continue;
            };
            if constant_time_eq(expected.as_bytes(), code.as_bytes()) {
                matched = Some(device);
            }
        }
    }
    if let Some(device) = matched {
        if store::challenges::decide(&state.db, &challenge.id, "used", now).await? {
            store::devices::used(&state.db, &device.id, now).await?;
            return Ok(QrChecked::Ok);
        }
        return Ok(QrChecked::Dead);
    }
    let max_pin = state.config.app.pin_max_failures;
    let mut pin_remaining = max_pin;
    for device in unlocked {
        match failed_pin_proof(state, &device, ip).await? {
            PinChecked::Wrong { remaining } => pin_remaining = pin_remaining.min(remaining),
            PinChecked::LockedNow | PinChecked::Locked | PinChecked::Right => {}
        }
    }
    let all_locked = store::devices::enrolled(&state.db, user_id)
        .await?
        .iter()
        .all(|d| d.locked_at.is_some());
    if all_locked {
        store::challenges::decide(&state.db, &challenge.id, "failed", now).await?;
        return Ok(QrChecked::Locked);
    }
    let max = state.config.app.qr_max_attempts;
    match store::challenges::add_attempt(&state.db, &challenge.id, now).await? {
        Some(n) if n >= max => {
            store::challenges::decide(&state.db, &challenge.id, "failed", now).await?;
            Ok(QrChecked::Dead)
        }
        Some(n) => Ok(QrChecked::Wrong {
            remaining: (max - n).min(pin_remaining),
        }),
        None => Ok(QrChecked::Dead),
    }
}

/// The code the device's app computes for `question` with the right PIN.
fn expected_code(state: &AppState, device: &Device, question: &str) -> Option<String> {
    let sealed = device.sealed_secret.as_deref()?;
    let plain = zeroize::Zeroizing::new(state.master.open(sealed, &aad(&device.id)).ok()?);
    if plain.len() != 64 {
        return None;
    }
    keys::ocra::code(&plain[..32], question, &plain[32..]).ok()
}
