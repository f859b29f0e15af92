//! A push service on loopback, as a browser vendor runs one (RFC 8030): the provider POSTs
//! a message to a subscription's endpoint, and this service keeps what arrived so that a
//! test can open it as the browser would.
//!
//! - [`Subscription`]: an endpoint on this service with the subscriber's own keys, a P-256
//!   key pair and a 16-byte authentication secret, as `PushSubscription.toJSON()` gives
//!   them (`keys.p256dh`, `keys.auth`).
//! - [`Subscription::decrypt`]: RFC 8291 (Message Encryption for Web Push) over RFC 8188
//!   (`aes128gcm`), written out here on OpenSSL's ECDH and AES-GCM and HMAC-SHA-256, with
//!   none of the provider's code: the encryption is proved, not assumed.
//! - [`verify_vapid`]: RFC 8292 (VAPID): the `Authorization: vapid t=<JWT>, k=<key>` header,
//!   the JWT's ES256 signature checked under `k`, its claims returned for the test to check
//!   (`aud` the push service's origin, `exp` within 24 hours, `sub` a contact).

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{bail, ensure, Context, Result};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use openssl::bn::{BigNum, BigNumContext};
use openssl::derive::Deriver;
use openssl::ec::{EcGroup, EcKey, EcPoint, PointConversionForm};
use openssl::ecdsa::EcdsaSig;
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private, Public};
use sha2::{Digest, Sha256};

use crate::wait;

/// One message as the push service received it.
#[derive(Debug, Clone)]
pub struct PushMessage {
    /// The endpoint's path, `/push/<id>`.
    pub path: String,
    /// Every header, names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl PushMessage {
    /// The value of header `name` (any case), if it came.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

type Received = Arc<Mutex<Vec<PushMessage>>>;

/// The push service; stops when dropped.
pub struct PushService {
    addr: SocketAddr,
    received: Received,
    task: tokio::task::JoinHandle<()>,
}

/// RFC 8030 section 5: a message is accepted with 201 Created and the URL of the message.
async fn receive(
    State(received): State<Received>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let message = PushMessage {
        path: format!("/push/{id}"),
        headers: headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_ascii_lowercase(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.to_vec(),
    };
    let number = match received.lock() {
        Ok(mut all) => {
            all.push(message);
            all.len()
        }
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    (
        StatusCode::CREATED,
        [("Location", format!("/message/{number}"))],
    )
        .into_response()
}

impl PushService {
    /// Binds a free port on 127.0.0.1 and accepts messages at `/push/<id>`.
    pub async fn start() -> Result<Self> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .await
            .context("bind the push service")?;
        let addr = listener.local_addr()?;
        let received: Received = Arc::default();
        let app = Router::new()
            .route("/push/{id}", post(receive))
            .with_state(Arc::clone(&received));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Self {
            addr,
            received,
            task,
        })
    }

    /// `http://127.0.0.1:PORT`: the audience a VAPID token for this service names.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A new subscription: an endpoint of its own here, and fresh subscriber keys.
    pub fn subscribe(&self) -> Result<Subscription> {
        let group = p256()?;
        let key = EcKey::generate(&group)?;
        let mut auth = [0u8; 16];
        openssl::rand::rand_bytes(&mut auth)?;
        Ok(Subscription {
            endpoint: format!("{}/push/{}", self.origin(), uuid::Uuid::new_v4().simple()),
            key,
            auth,
        })
    }

    /// Every message received so far, oldest first.
    pub fn received(&self) -> Vec<PushMessage> {
        self.received.lock().map(|m| m.clone()).unwrap_or_default()
    }

    /// Waits (bounded) for the first message to `subscription`'s endpoint.
    pub async fn wait_for(
        &self,
        subscription: &Subscription,
        deadline: Duration,
    ) -> Result<PushMessage> {
        let path = subscription.path()?;
        wait::until(&format!("a push message to {path}"), deadline, || async {
            Ok(self.received().into_iter().find(|m| m.path == path))
        })
        .await
    }
}

impl Drop for PushService {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn p256() -> Result<EcGroup> {
    Ok(EcGroup::from_curve_name(Nid::X9_62_PRIME256V1)?)
}

/// A browser's push subscription: where its push service takes messages for it, and the
/// keys the messages are encrypted to (RFC 8291 section 2).
pub struct Subscription {
    pub endpoint: String,
    key: EcKey<Private>,
    auth: [u8; 16],
}

impl std::fmt::Debug for Subscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Subscription")
            .field("endpoint", &self.endpoint)
            .field("p256dh", &self.p256dh().unwrap_or_default())
            .field("auth", &"<redacted>")
            .finish()
    }
}

impl Subscription {
    /// A subscription with a given private key (its scalar) and secret, for test vectors.
    pub fn with_keys(endpoint: &str, private_scalar: &[u8], auth: [u8; 16]) -> Result<Self> {
        let group = p256()?;
        let mut ctx = BigNumContext::new()?;
        let d = BigNum::from_slice(private_scalar)?;
        let mut public = EcPoint::new(&group)?;
        public.mul_generator2(&group, &d, &mut ctx)?;
        Ok(Self {
            endpoint: endpoint.to_owned(),
            key: EcKey::from_private_components(&group, &d, &public)?,
            auth,
        })
    }

    fn path(&self) -> Result<String> {
        Ok(url::Url::parse(&self.endpoint)?.path().to_owned())
    }

    fn public_point(&self) -> Result<Vec<u8>> {
        let group = p256()?;
        let mut ctx = BigNumContext::new()?;
        Ok(self
            .key
            .public_key()
            .to_bytes(&group, PointConversionForm::UNCOMPRESSED, &mut ctx)?)
    }

    /// `keys.p256dh`: the uncompressed public point, base64url.
    pub fn p256dh(&self) -> Result<String> {
        Ok(URL_SAFE_NO_PAD.encode(self.public_point()?))
    }

    /// `keys.auth`: the authentication secret, base64url.
    pub fn auth(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.auth)
    }

    /// `PushSubscription.toJSON()` as an app sends it to the provider.
    pub fn to_json(&self) -> Result<serde_json::Value> {
        Ok(serde_json::json!({
            "endpoint": self.endpoint,
            "keys": { "p256dh": self.p256dh()?, "auth": self.auth() },
        }))
    }

    /// Opens an `aes128gcm` message body as the subscriber's browser does (RFC 8291
    /// section 3.4 for the keys, RFC 8188 section 2 for the records); fails if it was not
    /// encrypted to this subscription.
    pub fn decrypt(&self, body: &[u8]) -> Result<Vec<u8>> {
        // RFC 8188 2.1: salt (16) | rs (4) | idlen (1) | keyid (idlen).
        ensure!(
            body.len() > 21,
            "a body of {} bytes has no header",
            body.len()
        );
        let salt = &body[..16];
        let rs = u32::from_be_bytes([body[16], body[17], body[18], body[19]]) as usize;
        let id_len = body[20] as usize;
        ensure!(rs >= 18, "record size {rs} is below 18");
        ensure!(
            id_len == 65 && body.len() > 21 + id_len,
            "the keyid is {id_len} bytes, not the sender's 65-byte public key (RFC 8291 3.1)"
        );
        let sender = &body[21..21 + id_len];
        let content = &body[21 + id_len..];

        // RFC 8291 3.3 and 3.4.
        let ecdh_secret = self.ecdh(sender)?;
        let mut key_info = b"WebPush: info\0".to_vec();
        key_info.extend_from_slice(&self.public_point()?);
        key_info.extend_from_slice(sender);
        let prk_key = hkdf_extract(&self.auth, &ecdh_secret)?;
        let ikm = hkdf_expand(&prk_key, &key_info, 32)?;
        let prk = hkdf_extract(salt, &ikm)?;
        let cek = hkdf_expand(&prk, b"Content-Encoding: aes128gcm\0", 16)?;
        let base_nonce = hkdf_expand(&prk, b"Content-Encoding: nonce\0", 12)?;

        // RFC 8188 2: records of `rs` bytes (the last may be shorter), each ciphertext and
        // a 16-byte tag, nonce = base nonce XOR the record's number.
        let records: Vec<&[u8]> = content.chunks(rs).collect();
        let mut plaintext = Vec::new();
        for (seq, record) in records.iter().enumerate() {
            ensure!(record.len() > 16, "record {seq} is shorter than its tag");
            let mut nonce = base_nonce.clone();
            for (i, b) in (seq as u128).to_be_bytes()[4..].iter().enumerate() {
                nonce[i] ^= b;
            }
            let (ciphertext, tag) = record.split_at(record.len() - 16);
            let mut padded = openssl::symm::decrypt_aead(
                openssl::symm::Cipher::aes_128_gcm(),
                &cek,
                Some(&nonce),
                &[],
                ciphertext,
                tag,
            )
            .with_context(|| {
                format!("record {seq} does not decrypt with this subscription's keys")
            })?;
            // Padding: the data, a delimiter (2 on the last record, else 1), zeros.
            while padded.last() == Some(&0) {
                padded.pop();
            }
            let last = seq + 1 == records.len();
            match (padded.pop(), last) {
                (Some(2), true) | (Some(1), false) => {}
                (delimiter, _) => bail!("record {seq} ends with delimiter {delimiter:?}"),
            }
            plaintext.extend_from_slice(&padded);
        }
        Ok(plaintext)
    }

    fn ecdh(&self, sender: &[u8]) -> Result<Vec<u8>> {
        let group = p256()?;
        let mut ctx = BigNumContext::new()?;
        let point = EcPoint::from_bytes(&group, sender, &mut ctx)
            .context("the sender's key is not a point on P-256")?;
        let peer = PKey::from_ec_key(EcKey::from_public_key(&group, &point)?)?;
        let own = PKey::from_ec_key(self.key.clone())?;
        let mut deriver = Deriver::new(&own)?;
        deriver.set_peer(&peer)?;
        Ok(deriver.derive_to_vec()?)
    }
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> Result<Vec<u8>> {
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(key).map_err(|e| anyhow::anyhow!("HMAC key: {e}"))?;
    mac.update(data);
    Ok(mac.finalize().into_bytes().to_vec())
}

/// HKDF-Extract (RFC 5869 2.2) with SHA-256.
fn hkdf_extract(salt: &[u8], ikm: &[u8]) -> Result<Vec<u8>> {
    hmac_sha256(salt, ikm)
}

/// HKDF-Expand (RFC 5869 2.3) with SHA-256, for at most one block (`len` <= 32).
fn hkdf_expand(prk: &[u8], info: &[u8], len: usize) -> Result<Vec<u8>> {
    ensure!(len <= 32, "one HKDF block only");
    let mut block = info.to_vec();
    block.push(1);
    let mut out = hmac_sha256(prk, &block)?;
    out.truncate(len);
    Ok(out)
}

/// What a valid VAPID header says (RFC 8292).
#[derive(Debug, Clone)]
pub struct Vapid {
    /// The JWT's claims: `aud`, `exp`, `sub`.
    pub claims: serde_json::Value,
    /// `k`: the application server's public key, an uncompressed P-256 point (65 bytes).
    pub public_key: Vec<u8>,
}

/// Reads `Authorization: vapid t=<JWT>, k=<key>` (RFC 8292 section 3) and checks that the
/// JWT is signed with ES256 by the key `k` names; returns its claims for the caller to
/// check. Fails on any other scheme, a missing part, or a signature that does not verify.
pub fn verify_vapid(authorization: &str) -> Result<Vapid> {
    let rest = authorization
        .strip_prefix("vapid ")
        .with_context(|| format!("not the vapid scheme: {authorization}"))?;
    let mut token = None;
    let mut key = None;
    for part in rest.split(',') {
        let (name, value) = part
            .trim()
            .split_once('=')
            .with_context(|| format!("a parameter without a value: {part}"))?;
        match name.trim() {
            "t" => token = Some(value.trim()),
            "k" => key = Some(value.trim()),
            _ => {}
        }
    }
    let token = token.context("no t= (the JWT)")?;
    let key = key.context("no k= (the public key)")?;
    let public_key = URL_SAFE_NO_PAD
        .decode(key.trim_end_matches('='))
        .context("k is not base64url")?;
    ensure!(
        public_key.len() == 65 && public_key[0] == 4,
        "k is not an uncompressed P-256 point"
    );

    let parts: Vec<&str> = token.split('.').collect();
    ensure!(parts.len() == 3, "the JWT has {} parts", parts.len());
    let header: serde_json::Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0])?)
        .context("the JWT header is not JSON")?;
    ensure!(header["alg"] == "ES256", "the JWT is not ES256: {header}");
    let claims: serde_json::Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1])?)
        .context("the JWT claims are not JSON")?;
    let signature = URL_SAFE_NO_PAD
        .decode(parts[2])
        .context("the JWT signature is not base64url")?;
    ensure!(
        signature.len() == 64,
        "an ES256 signature is r || s, 64 bytes, not {}",
        signature.len()
    );
    let signature = EcdsaSig::from_private_components(
        BigNum::from_slice(&signature[..32])?,
        BigNum::from_slice(&signature[32..])?,
    )?;
    let digest = Sha256::digest(format!("{}.{}", parts[0], parts[1]).as_bytes());
    let key = public_ec_key(&public_key)?;
    ensure!(
        signature.verify(&digest, &key)?,
        "the JWT's signature does not verify under k"
    );
    Ok(Vapid { claims, public_key })
}

fn public_ec_key(point: &[u8]) -> Result<EcKey<Public>> {
    let group = p256()?;
    let mut ctx = BigNumContext::new()?;
    let point = EcPoint::from_bytes(&group, point, &mut ctx).context("k is not on P-256")?;
    let key = EcKey::from_public_key(&group, &point)?;
    key.check_key()?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(text: &str) -> Vec<u8> {
        URL_SAFE_NO_PAD.decode(text).unwrap()
    }

    #[test]
    fn decrypts_the_example_of_rfc_8291_appendix_a() {
        let auth: [u8; 16] = b64("BTBZMqHH6r4Tts7J_aSIgg").try_into().unwrap();
        let subscription = Subscription::with_keys(
            "https://push.example.net/push/JzLQ3raZJfFBR0aqvOMsLrt54w4rJUsV",
            &b64("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94"),
            auth,
        )
        .unwrap();
        assert_eq!(
            subscription.p256dh().unwrap(),
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"
        );
        let body = b64("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN");
        assert_eq!(
            subscription.decrypt(&body).unwrap(),
            b"When I grow up, I want to be a watermelon"
        );
        // Another subscriber's secret, or a changed byte, does not open it.
        let other = Subscription::with_keys(
            "https://push.example.net/push/x",
            &b64("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94"),
            [0u8; 16],
        )
        .unwrap();
        assert!(other.decrypt(&body).is_err());
        let mut tampered = body.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert!(subscription.decrypt(&tampered).is_err());
    }

    /// An ES256 JWT signed with OpenSSL, and the `vapid` header carrying it.
    fn vapid_header(signer: &EcKey<Private>, k: &EcKey<Private>, claims: &str) -> String {
        let header = URL_SAFE_NO_PAD.encode(br#"{"typ":"JWT","alg":"ES256"}"#);
        let payload = URL_SAFE_NO_PAD.encode(claims);
        let digest = Sha256::digest(format!("{header}.{payload}").as_bytes());
        let sig = EcdsaSig::sign(&digest, signer).unwrap();
        let mut raw = sig.r().to_vec_padded(32).unwrap();
        raw.extend(sig.s().to_vec_padded(32).unwrap());
        let mut ctx = BigNumContext::new().unwrap();
        let point = k
            .public_key()
            .to_bytes(
                &p256().unwrap(),
                PointConversionForm::UNCOMPRESSED,
                &mut ctx,
            )
            .unwrap();
        format!(
            "vapid t={header}.{payload}.{}, k={}",
            URL_SAFE_NO_PAD.encode(raw),
            URL_SAFE_NO_PAD.encode(point)
        )
    }

    #[test]
    fn a_vapid_token_verifies_under_its_key_only() {
        let key = EcKey::generate(&p256().unwrap()).unwrap();
        let claims = r#"{"aud":"http://127.0.0.1:4000","exp":1800000000,"sub":"mailto:a@b.eu"}"#;
        let vapid = verify_vapid(&vapid_header(&key, &key, claims)).unwrap();
        assert_eq!(vapid.claims["aud"], "http://127.0.0.1:4000");
        assert_eq!(vapid.public_key.len(), 65);

        let stranger = EcKey::generate(&p256().unwrap()).unwrap();
        let err = verify_vapid(&vapid_header(&stranger, &key, claims)).unwrap_err();
        assert!(err.to_string().contains("does not verify"), "{err}");
        let good = vapid_header(&key, &key, claims);
        let forged = good.replacen("t=ey", "t=eX", 1);
        assert!(verify_vapid(&forged).is_err());
        assert!(verify_vapid("WebPush abc").is_err());
        assert!(verify_vapid("vapid t=a.b.c").is_err());
    }

    #[tokio::test]
    async fn keeps_what_is_posted_to_an_endpoint() -> Result<()> {
        let service = PushService::start().await?;
        let subscription = service.subscribe()?;
        assert!(subscription.endpoint.starts_with(&service.origin()));
        let response = reqwest::Client::builder()
            .no_proxy()
            .build()?
            .post(&subscription.endpoint)
            .header("TTL", "60")
            .body(vec![1u8, 2, 3])
            .send()
            .await?;
        assert_eq!(response.status(), 201);
        assert!(response.headers().contains_key("location"));
        let message = service
            .wait_for(&subscription, Duration::from_secs(5))
            .await?;
        assert_eq!(message.header("ttl"), Some("60"));
        assert_eq!(message.body, [1, 2, 3]);
        Ok(())
    }
}
