//! The EU Login mobile app (SPEC J7-J9): device enrolment with a single-use QR token, push
//! requests with number matching approved by a signature of the device key and the PIN, and
//! offline QR codes (OCRA, RFC 6287) over the device secret and the PIN.
//!
//! What the provider stores per device: the PIN as argon2id (`pin_hash`), the device's P-256
//! public key (`public_jwk`), and, sealed under the master key with the device id as AAD,
//! the 32-byte shared secret followed by the SHA-256 of the PIN (`sealed_secret`), since
//! OCRA's `P` input needs the PIN hash on both sides (decision 0010).

use crate::error::AppError;
use crate::secret::{constant_time_eq, random_token, token_hash, Secret};
use crate::state::AppState;
use crate::store::{self, challenges::NewChallenge, devices::Device, users::User};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::seq::SliceRandom;
use rand::{Rng, RngCore};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Challenge kinds in the `challenges` table.
pub const ENROL: &str = "device_enrol";
pub const PUSH: &str = "app_push";
pub const QR: &str = "app_qr";

/// The scheme of the enrolment QR code and of the sign-in QR code.
pub const ENROL_SCHEME: &str = "eulogin-enrol:v1";
pub const QR_SCHEME: &str = "eulogin-qr:v1";

/// Device names are short labels.
pub const MAX_NAME_CHARS: usize = 50;

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
pub fn check_new_pin(pin: &str, confirm: &str) -> Result<(), String> {
    if pin.len() != 4 || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err("Your PIN code must be exactly 4 digits.".into());
    }
    if pin != confirm {
        return Err("The two PIN codes are not the same.".into());
    }
    if trivial_pin(pin) {
        return Err(
            "This PIN code is too easy to guess (such as 0000, 1234 or 1111). Please choose another one."
                .into(),
        );
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

fn aad(device_id: &str) -> Vec<u8> {
    format!("mobile-device:{device_id}").into_bytes()
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
    tx.commit().await?;
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
    /// For the notification; not sent to the app.
    #[serde(skip)]
    pub user: User,
    #[serde(skip)]
    pub name: String,
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

/// The app's enrolment: token, PIN and the device public key.
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
    tx.commit().await?;
    crate::authn::audit(
        state,
        "factor.added",
        Some(&user.id),
        Some(ip),
        serde_json::json!({ "factor": "mobile_device", "device": device.id, "name": device.name }),
    )
    .await?;
    Ok(Ok(EnrolledDevice {
        device_id: device.id,
        secret: URL_SAFE_NO_PAD.encode(secret),
        ocra_suite: keys::ocra::SUITE,
        account: masked_email(&user.email),
        issuer: state.issuer.to_string(),
        user,
        name: device.name,
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

/// What a push challenge remembers (shown in the app, and the number on the web page).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct PushData {
    number: u8,
    choices: Vec<u8>,
    client_name: String,
    ip: String,
    time: i64,
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

/// Sends a push request to each unlocked device of the user for this flow, unless one is
/// already pending or approved for it; rate limited per user against push bombing.
pub async fn start_push(
    state: &AppState,
    user_id: &str,
    flow_hash: &str,
    client_name: &str,
    ip: &str,
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
        ip: ip.to_owned(),
        time: now,
    })
    .map_err(|e| AppError::Internal(format!("push data: {e}")))?;
    let tx = store::begin(&state.db).await?;
    store::devices::supersede_flow(&tx, PUSH, flow_hash, now).await?;
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
    }
    tx.commit().await?;
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
#[derive(Debug, Serialize)]
pub struct PushRequest {
    pub id: String,
    pub client_name: String,
    pub time: i64,
    pub ip: String,
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
    /// The PIN was wrong too many times: the device is locked (`now` on the answer that
    /// locked it, so the user is told once).
    Locked {
        now: bool,
    },
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
            crate::authn::audit(
                state,
                "push_denied",
                Some(&device.user_id),
                Some(ip),
                serde_json::json!({ "device": device.id }),
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
        PinChecked::LockedNow => return Ok(PushAnswer::Locked { now: true }),
        PinChecked::Locked => return Ok(PushAnswer::Locked { now: false }),
    }
    let number = claims.get("number").and_then(|v| v.as_u64());
    if number != Some(u64::from(data.number)) {
        store::challenges::decide(&state.db, id, "wrong_number", now).await?;
        crate::authn::audit(
            state,
            "push_wrong_number",
            Some(&device.user_id),
            Some(ip),
            serde_json::json!({ "device": device.id }),
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

enum PinChecked {
    Right,
    Wrong { remaining: i32 },
    LockedNow,
    Locked,
}

/// Checks the PIN of an approval: a right one resets the failure count; a wrong one is a
/// failed PIN proof ([`failed_pin_proof`]).
async fn check_pin(
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
/// the QR path); the `pin_max_failures`-th locks it (audited).
async fn failed_pin_proof(
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
    crate::authn::audit(
        state,
        "device.locked",
        Some(&device.user_id),
        Some(ip),
        serde_json::json!({ "device": device.id, "name": device.name, "pin_failures": failures }),
    )
    .await?;
    Ok(PinChecked::LockedNow)
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
    /// Wrong codes locked every device of the user; `now`: the devices this answer locked
    /// (their owner is told once).
    Locked {
        now: Vec<Device>,
    },
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
    let mut locked_now = Vec::new();
    for device in unlocked {
        match failed_pin_proof(state, &device, ip).await? {
            PinChecked::Wrong { remaining } => pin_remaining = pin_remaining.min(remaining),
            PinChecked::LockedNow => locked_now.push(device),
            PinChecked::Locked | PinChecked::Right => {}
        }
    }
    let all_locked = store::devices::enrolled(&state.db, user_id)
        .await?
        .iter()
        .all(|d| d.locked_at.is_some());
    if all_locked {
        store::challenges::decide(&state.db, &challenge.id, "failed", now).await?;
        return Ok(QrChecked::Locked { now: locked_now });
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

    #[test]
    fn e_mails_are_masked_for_the_app() {
        assert_eq!(masked_email("ada@example.org"), "a***@example.org");
        assert_eq!(masked_email("nope"), "***");
    }
}
