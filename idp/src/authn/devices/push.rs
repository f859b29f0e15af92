//! "Mobile app PIN code" (J8): a push request to each unlocked device of the user, with
//! number matching; the app approves with its key's signature and the PIN.

use super::web_push::{self, Sent};
use super::{check_pin, PinChecked, PUSH};
use crate::audit::{self, AuditEvent, Subject};
use crate::authn::user_agent::SeenBrowser;
use crate::error::AppError;
use crate::secret::{random_token, Secret};
use crate::state::AppState;
use crate::store::{self, challenges::NewChallenge, devices::Device};
use rand::seq::SliceRandom;
use rand::Rng;
use serde::{Deserialize, Serialize};

/// What a push challenge remembers (shown in the app, and the number on the web page).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct PushData {
    number: u8,
    choices: Vec<u8>,
    client_name: String,
    ip: String,
    time: i64,
    /// The signing-in browser, when its `User-Agent` names one (requests stored before it
    /// have none).
    #[serde(default)]
    browser: Option<SeenBrowser>,
}

fn push_data(c: &store::challenges::Challenge) -> Option<PushData> {
    serde_json::from_str(c.data.as_deref()?).ok()
}

pub enum PushStarted {
    /// Requests are out (or were already): the number to show on the web page.
    Number(u8),
    Limited {
        retry_after_secs: i64,
    },
    NoDevice,
}

/// The browser that signs in: where it is and what its `User-Agent` says.
pub struct SigningInBrowser<'a> {
    pub ip: &'a str,
    pub user_agent: &'a str,
}

/// Sends a push request to each unlocked device of the user for this flow, unless one is
/// already pending or approved for it; rate limited per user against push bombing. Once
/// the requests are stored, the devices with a push subscription are told by Web Push, in
/// the background.
pub async fn start_push(
    state: &AppState,
    user_id: &str,
    flow_hash: &str,
    client_name: &str,
    from: SigningInBrowser<'_>,
) -> Result<PushStarted, AppError> {
    let now = state.now();
    for c in store::devices::challenges_for_flow(&state.db, PUSH, flow_hash).await? {
        let live = (c.status == store::challenges::PENDING && c.expires_at > now)
            || c.status == "approved";
        if let (true, Some(d)) = (live, push_data(&c)) {
            return Ok(PushStarted::Number(d.number));
        }
    }
    let devices: Vec<Device> = store::devices::enrolled(&state.db, user_id)
        .await?
        .into_iter()
        .filter(|d| d.locked_at.is_none())
        .collect();
    if devices.is_empty() {
        return Ok(PushStarted::NoDevice);
    }
    let cfg = &state.config.app;
    let key = format!("push:user:{user_id}");
    if store::rate_limits::current(&state.db, &key, now, cfg.push_window_secs).await?
        >= cfg.push_per_window
    {
        let retry =
            store::rate_limits::retry_after(&state.db, &key, now, cfg.push_window_secs).await?;
        crate::telemetry::throttled("app_push");
        return Ok(PushStarted::Limited {
            retry_after_secs: retry,
        });
    }
    store::rate_limits::hit(&state.db, &key, now, cfg.push_window_secs).await?;
    let (number, choices) = numbers();
    let data = serde_json::to_string(&PushData {
        number,
        choices,
        client_name: client_name.to_owned(),
        ip: from.ip.to_owned(),
        time: now,
        browser: SeenBrowser::recognise(from.user_agent),
    })
    .map_err(|e| AppError::Internal(format!("push data: {e}")))?;
    let tx = store::begin(&state.db).await?;
    store::devices::supersede_flow(&tx, PUSH, flow_hash, now).await?;
    let mut sent = Vec::with_capacity(devices.len());
    for device in &devices {
        let id = random_token(16).expose().to_owned();
        store::challenges::insert(
            &tx,
            NewChallenge {
                id: &id,
                user_id,
                kind: PUSH,
                flow_id: Some(flow_hash),
                subject: Some(&device.id),
                secret_hash: None,
                data: Some(data.clone()),
                now,
                expires_at: now + cfg.push_ttl_secs,
            },
        )
        .await?;
        sent.push(Sent {
            device_id: device.id.clone(),
            push_id: id,
        });
    }
    store::commit(tx).await?;
    web_push::notify_in_background(state, user_id, client_name, sent);
    Ok(PushStarted::Number(number))
}

/// Voids the flow's pending requests so the next [`start_push`] sends new ones.
pub async fn cancel_push(state: &AppState, flow_hash: &str) -> Result<(), AppError> {
    store::devices::supersede_flow(&state.db, PUSH, flow_hash, state.now()).await?;
    Ok(())
}

/// The right two-digit number and three distinct choices including it, shuffled.
fn numbers() -> (u8, Vec<u8>) {
    let mut rng = rand::thread_rng();
    let mut choices: Vec<u8> = Vec::with_capacity(3);
    while choices.len() < 3 {
        let n = rng.gen_range(10..=99);
        if !choices.contains(&n) {
            choices.push(n);
        }
    }
    let right = choices[0];
    choices.shuffle(&mut rng);
    (right, choices)
}

/// A push request as the app receives it.
#[derive(Debug)]
pub struct PushRequest {
    pub id: String,
    pub client_name: String,
    pub time: i64,
    pub ip: String,
    /// The signing-in browser, if recognised (the app shows it in the account's language).
    pub browser: Option<SeenBrowser>,
    pub numbers: Vec<u8>,
    pub expires_at: i64,
}

/// The pending, unexpired requests for a device, oldest first.
pub async fn pending_pushes(
    state: &AppState,
    device: &Device,
) -> Result<Vec<PushRequest>, AppError> {
    let now = state.now();
    Ok(
        store::challenges::pending_for_subject(&state.db, &device.id, PUSH, now)
            .await?
            .into_iter()
            .filter_map(|c| {
                let d = push_data(&c)?;
                Some(PushRequest {
                    id: c.id,
                    client_name: d.client_name,
                    time: d.time,
                    ip: d.ip,
                    browser: d.browser,
                    numbers: d.choices,
                    expires_at: c.expires_at,
                })
            })
            .collect(),
    )
}

#[derive(Debug, PartialEq, Eq)]
pub enum PushAnswer {
    Approved,
    Denied,
    /// The signed answer is not about this request, or is malformed.
    Malformed(&'static str),
    /// Expired, already answered, replayed or voided.
    NotPending,
    WrongPin {
        remaining: i32,
    },
    /// The PIN was wrong too many times: the device is locked (its owner is told once, by
    /// the answer that locked it).
    Locked,
    /// The number chosen is not the one on the web page: the request is voided.
    WrongNumber,
}

/// Applies a device's signed answer (`{device_id, id, decision, number, pin, iat}`) to push
/// request `id`.
pub async fn answer_push(
    state: &AppState,
    device: &Device,
    claims: &serde_json::Value,
    id: &str,
    ip: &str,
) -> Result<PushAnswer, AppError> {
    let now = state.now();
    if claims.get("id").and_then(|v| v.as_str()) != Some(id) {
        return Ok(PushAnswer::Malformed("the signed id is not this request's"));
    }
    let Some(challenge) = store::challenges::find(&state.db, id)
        .await?
        .filter(|c| c.kind == PUSH && c.subject.as_deref() == Some(device.id.as_str()))
    else {
        return Ok(PushAnswer::NotPending);
    };
    if challenge.status != store::challenges::PENDING || challenge.expires_at <= now {
        return Ok(PushAnswer::NotPending);
    }
    let Some(data) = push_data(&challenge) else {
        return Ok(PushAnswer::NotPending);
    };
    match claims.get("decision").and_then(|v| v.as_str()) {
        Some("deny") => {
            if !store::challenges::decide(&state.db, id, "denied", now).await? {
                return Ok(PushAnswer::NotPending);
            }
            // A deny ends this sign-in's request on every device of the user.
            if let Some(flow) = challenge.flow_id.as_deref() {
                store::devices::supersede_flow(&state.db, PUSH, flow, now).await?;
            }
            audit::log(
                state,
                AuditEvent::PushDenied {
                    device: device.id.clone(),
                },
                Subject::user(Some(&device.user_id), ip),
            )
            .await?;
            return Ok(PushAnswer::Denied);
        }
        Some("approve") => {}
        _ => return Ok(PushAnswer::Malformed("decision must be approve or deny")),
    }
    let pin = Secret::new(
        claims
            .get("pin")
            .and_then(|v| v.as_str())
            .unwrap_or_default(),
    );
    match check_pin(state, device, &pin, ip).await? {
        PinChecked::Right => {}
        PinChecked::Wrong { remaining } => return Ok(PushAnswer::WrongPin { remaining }),
        PinChecked::LockedNow | PinChecked::Locked => return Ok(PushAnswer::Locked),
    }
    let number = claims.get("number").and_then(|v| v.as_u64());
    if number != Some(u64::from(data.number)) {
        store::challenges::decide(&state.db, id, "wrong_number", now).await?;
        audit::log(
            state,
            AuditEvent::PushWrongNumber {
                device: device.id.clone(),
            },
            Subject::user(Some(&device.user_id), ip),
        )
        .await?;
        return Ok(PushAnswer::WrongNumber);
    }
    if !store::challenges::decide(&state.db, id, "approved", now).await? {
        return Ok(PushAnswer::NotPending);
    }
    if let Some(flow) = challenge.flow_id.as_deref() {
        store::devices::supersede_flow(&state.db, PUSH, flow, now).await?;
    }
    Ok(PushAnswer::Approved)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushStatus {
    Pending,
    /// Approved; the challenge id to consume.
    Approved(String),
    Denied,
    WrongNumber,
    Expired,
}

/// Where the flow's push requests stand, for the waiting page.
pub async fn push_status(state: &AppState, flow_hash: &str) -> Result<PushStatus, AppError> {
    let now = state.now();
    let all = store::devices::challenges_for_flow(&state.db, PUSH, flow_hash).await?;
    if let Some(c) = all.iter().find(|c| c.status == "approved") {
        return Ok(PushStatus::Approved(c.id.clone()));
    }
    if all
        .iter()
        .any(|c| c.status == store::challenges::PENDING && c.expires_at > now)
    {
        return Ok(PushStatus::Pending);
    }
    let last = all
        .iter()
        .filter(|c| c.status != "superseded")
        .max_by_key(|c| c.decided_at.unwrap_or(c.created_at));
    Ok(match last.map(|c| c.status.as_str()) {
        Some("denied") => PushStatus::Denied,
        Some("wrong_number") => PushStatus::WrongNumber,
        _ => PushStatus::Expired,
    })
}

/// Consumes an approved push of the flow once (the waiting page continues).
pub async fn consume_approval(state: &AppState, flow_hash: &str) -> Result<bool, AppError> {
    if let PushStatus::Approved(id) = push_status(state, flow_hash).await? {
        return Ok(
            store::challenges::transition(&state.db, &id, "approved", "used", state.now()).await?,
        );
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_offer_three_distinct_two_digit_choices_with_the_right_one() {
        for _ in 0..200 {
            let (right, choices) = numbers();
            assert_eq!(choices.len(), 3);
            assert!(choices.contains(&right));
            assert!(choices.iter().all(|n| (10..=99).contains(n)));
            assert!(
                choices[0] != choices[1] && choices[1] != choices[2] && choices[0] != choices[2]
            );
        }
    }
}
