//! Web Push to the installable app (issue 16; decision 0033): when a push request is stored
//! for a device that has a push subscription, the provider tells the device's push service,
//! so the app learns of it with no page open.
//!
//! - The subscription (RFC 8030 endpoint, RFC 8291 `p256dh` and `auth`) is one per device,
//!   given by the app with its device signature and replaced on each call.
//! - The message is encrypted with `aes128gcm` (RFC 8291, by the `ece` crate) to the
//!   subscription's keys, and signed for the push service with VAPID (RFC 8292): an ES256
//!   JWT by the provider's VAPID key, made on first need and kept sealed in the database
//!   like a signing key (`keys::generate`, `keys::SigningKey`: only `keys` holds the private
//!   key).
//! - Sending is best effort, after the push request is stored, in a task of its own: the
//!   sign-in page never waits for it or fails by it. A push service that says the
//!   subscription is gone (404, 410) has it deleted; anything else is logged.

use crate::error::AppError;
use crate::i18n::Msg;
use crate::state::AppState;
use crate::store::{self, devices::Device, web_push::Subscription};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use keys::{Algorithm, SealedKey, SigningKey};

/// How long a push service keeps a message it cannot deliver yet: a push request lives
/// `app.push_ttl_secs` (120 s by default), so longer is pointless.
const TTL_SECS: &str = "120";
/// How long a VAPID token is valid (RFC 8292: at most 24 hours).
const VAPID_VALIDITY_SECS: i64 = 12 * 3600;
/// Push service URLs are a few hundred characters.
const MAX_ENDPOINT_CHARS: usize = 2048;
/// The application's name in a message is cut to this many characters (a push message
/// holds about 4 kB).
const MAX_CLIENT_NAME_CHARS: usize = 100;

/// Why a subscription is refused: the app sent something no push service would have given.
#[derive(Debug, PartialEq, Eq)]
pub struct SubscriptionRefused(pub &'static str);

/// Stores `device`'s push subscription, replacing an earlier one, once its endpoint is an
/// https URL (or, while the provider itself runs on plain http on loopback, for tests and
/// the demo: an http URL on loopback) and its keys are a P-256 public key and a 16-byte
/// authentication secret.
pub async fn subscribe(
    state: &AppState,
    device: &Device,
    endpoint: &str,
    p256dh: &str,
    auth: &str,
) -> Result<Result<(), SubscriptionRefused>, AppError> {
    let checked = check_endpoint(endpoint, !state.https())
        .and_then(|_| subscriber_key(p256dh))
        .and_then(|_| auth_secret(auth));
    if let Err(refused) = checked {
        return Ok(Err(refused));
    }
    store::web_push::subscribe(
        &state.db,
        Subscription {
            device_id: device.id.clone(),
            endpoint: endpoint.to_owned(),
            p256dh: p256dh.trim_end_matches('=').to_owned(),
            auth: auth.trim_end_matches('=').to_owned(),
            created_at: state.now(),
        },
    )
    .await?;
    Ok(Ok(()))
}

/// Forgets `device`'s push subscription (there may be none).
pub async fn unsubscribe(state: &AppState, device: &Device) -> Result<(), AppError> {
    store::web_push::unsubscribe(&state.db, &device.id, None).await?;
    Ok(())
}

/// The provider's VAPID public key as the app passes it to `pushManager.subscribe`
/// (`applicationServerKey`): base64url of the uncompressed P-256 point.
pub async fn public_key(state: &AppState) -> Result<String, AppError> {
    Ok(URL_SAFE_NO_PAD.encode(vapid_key(state).await?.point))
}

/// The VAPID key pair: the private half inside `keys`, the public one as a point.
struct VapidKey {
    key: SigningKey,
    point: Vec<u8>,
}

/// The stored VAPID key, made on first need. Nodes racing to make it store one: the first
/// row stays and everybody reads it, so a subscription never outlives its key.
async fn vapid_key(state: &AppState) -> Result<VapidKey, AppError> {
    let stored = match store::web_push::vapid_key(&state.db).await? {
        Some(stored) => stored,
        None => {
            let sealed = keys::generate(Algorithm::ES256, &state.master)?;
            store::web_push::insert_vapid_key_once(
                &state.db,
                &sealed.kid,
                &sealed.public_jwk,
                &sealed.sealed_private,
                state.now(),
            )
            .await?;
            store::web_push::vapid_key(&state.db)
                .await?
                .ok_or_else(|| AppError::Internal("the VAPID key vanished".into()))?
        }
    };
    let point = point_of(&stored.public_jwk)
        .ok_or_else(|| AppError::Internal("the VAPID public key is not a P-256 JWK".into()))?;
    let key = SigningKey::unseal(
        &SealedKey {
            kid: stored.kid,
            alg: Algorithm::ES256,
            public_jwk: stored.public_jwk,
            sealed_private: stored.sealed_private,
        },
        &state.master,
    )?;
    Ok(VapidKey { key, point })
}

/// The uncompressed point (`04 || x || y`) of a P-256 public JWK.
fn point_of(public_jwk: &str) -> Option<Vec<u8>> {
    let jwk: serde_json::Value = serde_json::from_str(public_jwk).ok()?;
    if jwk["kty"] != "EC" || jwk["crv"] != "P-256" {
        return None;
    }
    let mut point = vec![4u8];
    for member in ["x", "y"] {
        let bytes = URL_SAFE_NO_PAD.decode(jwk[member].as_str()?).ok()?;
        if bytes.len() > 32 {
            return None;
        }
        point.resize(point.len() + 32 - bytes.len(), 0);
        point.extend_from_slice(&bytes);
    }
    Some(point)
}

/// A push request that went out: the device it is for and its id.
pub struct Sent {
    pub device_id: String,
    pub push_id: String,
}

/// Tells the push service of each device with a subscription of its new push request, in
/// a task of its own: the caller returns at once and failures are only logged.
pub fn notify_in_background(state: &AppState, user_id: &str, client_name: &str, sent: Vec<Sent>) {
    let (state, user_id, client_name) = (state.clone(), user_id.to_owned(), client_name.to_owned());
    tokio::spawn(async move {
        if let Err(e) = notify(&state, &user_id, &client_name, sent).await {
            tracing::warn!(error = %e, "web push not sent");
        }
    });
}

async fn notify(
    state: &AppState,
    user_id: &str,
    client_name: &str,
    sent: Vec<Sent>,
) -> Result<(), AppError> {
    let mut subscribed = Vec::new();
    for s in sent {
        if let Some(subscription) = store::web_push::subscription(&state.db, &s.device_id).await? {
            subscribed.push((s, subscription));
        }
    }
    if subscribed.is_empty() {
        return Ok(());
    }
    let vapid = vapid_key(state).await?;
    let locale = store::users::find(&state.db, user_id)
        .await?
        .map_or(crate::i18n::ENGLISH, |u| {
            crate::i18n::of_account(&u.language)
        });
    let client_name: String = client_name.chars().take(MAX_CLIENT_NAME_CHARS).collect();
    let title = Msg::new("app-push-title")
        .arg("client", &client_name)
        .text(locale);
    let contact = state
        .config
        .app
        .push_contact
        .clone()
        .unwrap_or_else(|| state.issuer.to_string());
    for (s, subscription) in subscribed {
        let payload = serde_json::json!({
            "type": "signin",
            "id": s.push_id,
            "device_id": s.device_id,
            "client_name": client_name,
            "title": title,
        });
        let message = match PushMessage::new(
            &vapid,
            &subscription,
            payload.to_string().as_bytes(),
            state.now(),
            &contact,
        ) {
            Ok(message) => message,
            Err(e) => {
                tracing::warn!(device = %s.device_id, error = %e, "web push not prepared");
                continue;
            }
        };
        deliver(state, &subscription, message).await?;
    }
    Ok(())
}

/// One encrypted, signed message for a push service.
struct PushMessage {
    /// `aes128gcm` content: the RFC 8188 header with the sender's public key, one record.
    body: Vec<u8>,
    /// `vapid t=<JWT>, k=<VAPID public key>`.
    authorization: String,
    /// Where it goes; also whose origin the VAPID token is for.
    endpoint: url::Url,
}

impl PushMessage {
    fn new(
        vapid: &VapidKey,
        subscription: &Subscription,
        plaintext: &[u8],
        now: i64,
        contact: &str,
    ) -> Result<PushMessage, AppError> {
        let endpoint = url::Url::parse(&subscription.endpoint)
            .map_err(|e| AppError::Internal(format!("stored push endpoint: {e}")))?;
        let to = subscriber_key(&subscription.p256dh)
            .and_then(|key| Ok((key, auth_secret(&subscription.auth)?)))
            .map_err(|SubscriptionRefused(why)| AppError::Internal(why.into()))?;
        let body = ece::encrypt(&to.0, &to.1, plaintext)
            .map_err(|e| AppError::Internal(format!("web push encryption: {e}")))?;
        let claims = serde_json::json!({
            "aud": endpoint.origin().ascii_serialization(),
            "exp": now + VAPID_VALIDITY_SECS,
            "sub": contact,
        });
        let serde_json::Value::Object(claims) = claims else {
            return Err(AppError::Internal("VAPID claims".into()));
        };
        let jwt = vapid.key.sign_jwt(&claims, Some("JWT"))?;
        Ok(PushMessage {
            body,
            authorization: format!("vapid t={jwt}, k={}", URL_SAFE_NO_PAD.encode(&vapid.point)),
            endpoint,
        })
    }
}

/// POSTs the message (RFC 8030 section 5); a subscription its push service no longer
/// knows (404, 410) is deleted.
async fn deliver(
    state: &AppState,
    subscription: &Subscription,
    message: PushMessage,
) -> Result<(), AppError> {
    let host = message.endpoint.host_str().unwrap_or_default().to_owned();
    let result = state
        .http
        .post(message.endpoint)
        .header("TTL", TTL_SECS)
        .header("Urgency", "high")
        .header("Content-Encoding", "aes128gcm")
        .header("Content-Type", "application/octet-stream")
        .header("Authorization", message.authorization)
        .body(message.body)
        .send()
        .await;
    match result {
        Ok(r) if r.status().is_success() => {
            tracing::info!(device = %subscription.device_id, host, "web push delivered");
        }
        Ok(r) if matches!(r.status().as_u16(), 404 | 410) => {
            tracing::info!(
                device = %subscription.device_id,
                host,
                status = r.status().as_u16(),
                "push subscription gone: deleted"
            );
            store::web_push::unsubscribe(
                &state.db,
                &subscription.device_id,
                Some(&subscription.endpoint),
            )
            .await?;
        }
        Ok(r) => tracing::warn!(
            device = %subscription.device_id,
            host,
            status = r.status().as_u16(),
            "web push refused by the push service"
        ),
        Err(e) => tracing::warn!(
            device = %subscription.device_id,
            host,
            error = %e,
            "web push failed"
        ),
    }
    Ok(())
}

/// A push service's URL: https, or http on loopback while `loopback_http` (the provider
/// itself on plain http, as in tests and the demo); no credentials, no fragment.
fn check_endpoint(endpoint: &str, loopback_http: bool) -> Result<url::Url, SubscriptionRefused> {
    if endpoint.chars().count() > MAX_ENDPOINT_CHARS {
        return Err(SubscriptionRefused("The endpoint is too long."));
    }
    let url =
        url::Url::parse(endpoint).map_err(|_| SubscriptionRefused("The endpoint is not a URL."))?;
    if !url.username().is_empty() || url.password().is_some() || url.fragment().is_some() {
        return Err(SubscriptionRefused(
            "The endpoint must not carry credentials or a fragment.",
        ));
    }
    match url.scheme() {
        "https" if url.host().is_some() => Ok(url),
        "http" if loopback_http && crate::config::is_loopback(&url) => Ok(url),
        _ => Err(SubscriptionRefused("The endpoint must be an https URL.")),
    }
}

/// Unpadded base64url, as `PushSubscription.toJSON()` writes it (padding tolerated).
fn b64url(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')).ok()
}

/// The subscription's `p256dh`: an uncompressed point on P-256 (65 bytes).
fn subscriber_key(p256dh: &str) -> Result<Vec<u8>, SubscriptionRefused> {
    const REFUSED: SubscriptionRefused =
        SubscriptionRefused("keys.p256dh must be a P-256 public key: 65 bytes in base64url.");
    let point = b64url(p256dh)
        .filter(|p| p.len() == 65 && p[0] == 4)
        .ok_or(REFUSED)?;
    // OpenSSL checks that the point is on the curve.
    let jwk = serde_json::json!({
        "kty": "EC",
        "crv": "P-256",
        "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
        "y": URL_SAFE_NO_PAD.encode(&point[33..]),
    });
    let serde_json::Value::Object(jwk) = jwk else {
        return Err(REFUSED);
    };
    josekit::jwk::Jwk::from_map(jwk)
        .and_then(|jwk| josekit::jws::ES256.verifier_from_jwk(&jwk))
        .map_err(|_| REFUSED)?;
    Ok(point)
}

/// The subscription's `auth`: 16 bytes.
fn auth_secret(auth: &str) -> Result<Vec<u8>, SubscriptionRefused> {
    b64url(auth)
        .filter(|a| a.len() == 16)
        .ok_or(SubscriptionRefused(
            "keys.auth must be a 16-byte authentication secret in base64url.",
        ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use hmac::{Hmac, Mac};
    use keys::MasterKey;
    use openssl::bn::BigNumContext;
    use openssl::derive::Deriver;
    use openssl::ec::{EcGroup, EcKey, EcPoint, PointConversionForm};
    use openssl::nid::Nid;
    use openssl::pkey::{PKey, Private};
    use sha2::Sha256;

    fn b64(text: &str) -> Vec<u8> {
        URL_SAFE_NO_PAD.decode(text).unwrap()
    }

    fn hmac(key: &[u8], parts: &[&[u8]]) -> Vec<u8> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap();
        for part in parts {
            mac.update(part);
        }
        mac.finalize().into_bytes().to_vec()
    }

    fn group() -> EcGroup {
        EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap()
    }

    /// A subscriber's key pair from its private scalar.
    fn subscriber_from(d: &[u8]) -> EcKey<Private> {
        let group = group();
        let mut ctx = BigNumContext::new().unwrap();
        let d = openssl::bn::BigNum::from_slice(d).unwrap();
        let mut public = EcPoint::new(&group).unwrap();
        public.mul_generator2(&group, &d, &mut ctx).unwrap();
        EcKey::from_private_components(&group, &d, &public).unwrap()
    }

    fn public_bytes(key: &EcKey<Private>) -> Vec<u8> {
        let mut ctx = BigNumContext::new().unwrap();
        key.public_key()
            .to_bytes(&group(), PointConversionForm::UNCOMPRESSED, &mut ctx)
            .unwrap()
    }

    /// RFC 8291 section 3.4 and RFC 8188 section 2, written out here on OpenSSL and HMAC
    /// alone (none of `ece`'s code): what a browser does with a message.
    fn decrypt(subscriber: &EcKey<Private>, auth: &[u8], body: &[u8]) -> Option<Vec<u8>> {
        let salt = &body[..16];
        let rs = u32::from_be_bytes(body[16..20].try_into().unwrap()) as usize;
        let id_len = body[20] as usize;
        assert_eq!(id_len, 65, "keyid is the sender's public key");
        let sender_public = &body[21..21 + id_len];
        let record = &body[21 + id_len..];
        assert!(record.len() <= rs, "one record");

        let group = group();
        let mut ctx = BigNumContext::new().unwrap();
        let point = EcPoint::from_bytes(&group, sender_public, &mut ctx).unwrap();
        let peer = PKey::from_ec_key(EcKey::from_public_key(&group, &point).unwrap()).unwrap();
        let own = PKey::from_ec_key(subscriber.clone()).unwrap();
        let mut deriver = Deriver::new(&own).unwrap();
        deriver.set_peer(&peer).unwrap();
        let ecdh_secret = deriver.derive_to_vec().unwrap();

        let prk_key = hmac(auth, &[&ecdh_secret]);
        let ikm = hmac(
            &prk_key,
            &[
                b"WebPush: info\0",
                &public_bytes(subscriber),
                sender_public,
                &[1],
            ],
        );
        let prk = hmac(salt, &[&ikm]);
        let cek = &hmac(&prk, &[b"Content-Encoding: aes128gcm\0", &[1]])[..16];
        let nonce = &hmac(&prk, &[b"Content-Encoding: nonce\0", &[1]])[..12];
        let (ciphertext, tag) = record.split_at(record.len() - 16);
        let mut padded = openssl::symm::decrypt_aead(
            openssl::symm::Cipher::aes_128_gcm(),
            cek,
            Some(nonce),
            &[],
            ciphertext,
            tag,
        )
        .ok()?;
        while padded.last() == Some(&0) {
            padded.pop();
        }
        assert_eq!(padded.pop(), Some(2), "the last record's delimiter");
        Some(padded)
    }

    #[test]
    fn the_test_decryptor_reads_the_example_of_rfc_8291() {
        // RFC 8291 appendix A.
        let subscriber = subscriber_from(&b64("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94"));
        assert_eq!(
            public_bytes(&subscriber),
            b64("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4")
        );
        let body = b64("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN");
        assert_eq!(
            decrypt(&subscriber, &b64("BTBZMqHH6r4Tts7J_aSIgg"), &body).unwrap(),
            b"When I grow up, I want to be a watermelon"
        );
    }

    fn new_vapid() -> VapidKey {
        let master = MasterKey::generate();
        let sealed = keys::generate(Algorithm::ES256, &master).unwrap();
        VapidKey {
            point: point_of(&sealed.public_jwk).unwrap(),
            key: SigningKey::unseal(&sealed, &master).unwrap(),
        }
    }

    fn subscription(subscriber: &EcKey<Private>, auth: &[u8]) -> Subscription {
        Subscription {
            device_id: "device-1".into(),
            endpoint: "https://push.example.net/wpush/v2/abc?x=1".into(),
            p256dh: URL_SAFE_NO_PAD.encode(public_bytes(subscriber)),
            auth: URL_SAFE_NO_PAD.encode(auth),
            created_at: 0,
        }
    }

    #[test]
    fn a_message_decrypts_with_the_subscribers_keys_and_carries_a_vapid_token() {
        let subscriber = EcKey::generate(&group()).unwrap();
        let auth = [7u8; 16];
        let vapid = new_vapid();
        let now = 1_800_000_000;
        let plaintext = br#"{"type":"signin","id":"p1","device_id":"device-1","client_name":"CPMS","title":"Sign-in request from CPMS"}"#;
        let message = PushMessage::new(
            &vapid,
            &subscription(&subscriber, &auth),
            plaintext,
            now,
            "mailto:ops@example.eu",
        )
        .unwrap();

        // Encrypted to the subscriber: an independent decryption and `ece`'s own agree.
        assert_eq!(
            decrypt(&subscriber, &auth, &message.body).unwrap(),
            plaintext
        );
        assert!(!message.body.windows(8).any(|w| w == &plaintext[..8]));
        let components =
            ece::EcKeyComponents::new(subscriber.private_key().to_vec(), public_bytes(&subscriber));
        assert_eq!(
            ece::decrypt(&components, &auth, &message.body).unwrap(),
            plaintext
        );
        // Another subscriber's secret does not open it.
        assert!(decrypt(&subscriber, &[8u8; 16], &message.body).is_none());

        // VAPID: `vapid t=<JWT>, k=<public key>`, the JWT verifying under k (josekit).
        let rest = message.authorization.strip_prefix("vapid t=").unwrap();
        let (jwt, k) = rest.split_once(", k=").unwrap();
        assert_eq!(b64(k), vapid.point);
        assert_eq!(vapid.point.len(), 65);
        let jwk = josekit::jwk::Jwk::from_map(
            serde_json::json!({
                "kty": "EC", "crv": "P-256",
                "x": URL_SAFE_NO_PAD.encode(&vapid.point[1..33]),
                "y": URL_SAFE_NO_PAD.encode(&vapid.point[33..]),
            })
            .as_object()
            .unwrap()
            .clone(),
        )
        .unwrap();
        let verifier = josekit::jws::ES256.verifier_from_jwk(&jwk).unwrap();
        let (payload, header) = josekit::jwt::decode_with_verifier(jwt, &verifier).unwrap();
        assert_eq!(header.algorithm(), Some("ES256"));
        assert_eq!(header.token_type(), Some("JWT"));
        let claims = payload.claims_set();
        assert_eq!(claims["aud"], "https://push.example.net");
        assert_eq!(claims["sub"], "mailto:ops@example.eu");
        let exp = claims["exp"].as_i64().unwrap();
        assert!(exp > now && exp - now <= 24 * 3600, "{exp}");
        // A token signed by another key does not verify under k.
        let stranger = new_vapid();
        let forged = stranger
            .key
            .sign_jwt(payload.claims_set(), Some("JWT"))
            .unwrap();
        assert!(josekit::jwt::decode_with_verifier(&forged, &verifier).is_err());
    }

    #[test]
    fn endpoints_are_https_or_loopback_http_while_the_provider_is() {
        for ok in [
            "https://fcm.googleapis.com/fcm/send/abc:def",
            "https://updates.push.services.mozilla.com/wpush/v2/gAAA",
            "https://web.push.apple.com/QGx?y=1",
        ] {
            assert!(check_endpoint(ok, false).is_ok(), "{ok}");
        }
        assert!(check_endpoint("http://127.0.0.1:4000/push/1", true).is_ok());
        assert!(check_endpoint("http://localhost:4000/push/1", true).is_ok());
        for (bad, loopback_http) in [
            ("http://127.0.0.1:4000/push/1", false),
            ("http://push.example.net/1", true),
            ("ftp://push.example.net/1", true),
            ("javascript:alert(1)", true),
            ("not a url", true),
            ("https://user:pw@push.example.net/1", false),
            ("https://push.example.net/1#x", false),
            ("", false),
        ] {
            assert!(check_endpoint(bad, loopback_http).is_err(), "{bad}");
        }
        let long = format!(
            "https://push.example.net/{}",
            "a".repeat(MAX_ENDPOINT_CHARS)
        );
        assert_eq!(
            check_endpoint(&long, false).unwrap_err(),
            SubscriptionRefused("The endpoint is too long.")
        );
    }

    #[test]
    fn keys_are_a_point_on_p256_and_a_16_byte_secret() {
        let subscriber = EcKey::generate(&group()).unwrap();
        let point = public_bytes(&subscriber);
        let text = URL_SAFE_NO_PAD.encode(&point);
        assert_eq!(subscriber_key(&text).unwrap(), point);
        assert!(
            subscriber_key(&format!("{text}=")).is_ok(),
            "padding tolerated"
        );
        // Not on the curve, compressed, too short, not base64url.
        let mut off_curve = point.clone();
        off_curve[64] ^= 1;
        let compressed = {
            let mut ctx = BigNumContext::new().unwrap();
            subscriber
                .public_key()
                .to_bytes(&group(), PointConversionForm::COMPRESSED, &mut ctx)
                .unwrap()
        };
        for bad in [
            URL_SAFE_NO_PAD.encode(&off_curve),
            URL_SAFE_NO_PAD.encode(&compressed),
            URL_SAFE_NO_PAD.encode(&point[..64]),
            "BCVx+r7N/eNg".to_owned(),
            String::new(),
        ] {
            assert!(subscriber_key(&bad).is_err(), "{bad}");
        }
        assert!(auth_secret(&URL_SAFE_NO_PAD.encode([1u8; 16])).is_ok());
        assert!(auth_secret("BTBZMqHH6r4Tts7J_aSIgg==").is_ok());
        for bad in [[1u8; 15].as_slice(), [1u8; 17].as_slice(), &[]] {
            assert!(auth_secret(&URL_SAFE_NO_PAD.encode(bad)).is_err());
        }
    }

    #[test]
    fn the_point_of_a_jwk_has_full_length_coordinates() {
        let short_x = serde_json::json!({
            "kty": "EC", "crv": "P-256",
            "x": URL_SAFE_NO_PAD.encode([9u8; 31]),
            "y": URL_SAFE_NO_PAD.encode([5u8; 32]),
        })
        .to_string();
        let point = point_of(&short_x).unwrap();
        assert_eq!(point.len(), 65);
        assert_eq!((point[0], point[1], point[2]), (4, 0, 9));
        assert!(point_of(r#"{"kty":"OKP","crv":"Ed25519","x":"AA"}"#).is_none());
        assert!(point_of("not json").is_none());
    }
}
