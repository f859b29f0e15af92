//! The EU Login mobile app (SPEC J7-J9): a command-line stand-in, usable as a library by
//! tests, and the server of the installable web app. `mobile-app/README.md` describes the
//! protocol both speak.
//!
//! - [`Payload`]: the two QR codes the provider shows, `eulogin-enrol:v1?issuer=&token=&account=`
//!   and `eulogin-qr:v1?issuer=&suite=&q=&client=`; [`qr::decode_file`] reads them from a PNG
//!   or from the provider's SVG.
//! - [`AppState`]: the app's JSON state file (0600): issuer, device id, shared secret and the
//!   device's P-256 key pair.
//! - [`client`]: the provider's app API (enrol, long-poll push requests, answer them), each
//!   request authenticated by a fresh ES256 JWS of the device key.
//! - [`code`]: the offline OCRA code of a sign-in QR code (RFC 6287, `keys::ocra`).
//! - [`serve`]: `mobile-app serve`, the web app (`mobile-app/web/`, embedded) on its own origin.

pub mod client;
pub mod qr;
pub mod serve;

use anyhow::{bail, Context, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;

/// What a QR code of the provider says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    Enrol {
        issuer: String,
        token: String,
        account: String,
    },
    SignIn {
        issuer: String,
        suite: String,
        question: String,
        client: String,
    },
}

impl Payload {
    pub fn parse(text: &str) -> Result<Payload> {
        let text = text.trim();
        let (scheme, query) = text
            .split_once('?')
            .context("not an EU Login QR code (no '?')")?;
        let params: HashMap<String, String> = url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        let get = |k: &str| -> Result<String> {
            params
                .get(k)
                .cloned()
                .with_context(|| format!("the QR code lacks `{k}`"))
        };
        match scheme {
            "eulogin-enrol:v1" => Ok(Payload::Enrol {
                issuer: get("issuer")?,
                token: get("token")?,
                account: params.get("account").cloned().unwrap_or_default(),
            }),
            "eulogin-qr:v1" => Ok(Payload::SignIn {
                issuer: get("issuer")?,
                suite: get("suite")?,
                question: get("q")?,
                client: params.get("client").cloned().unwrap_or_default(),
            }),
            other => bail!("not an EU Login QR code (scheme `{other}`)"),
        }
    }
}

/// The app's state file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AppState {
    pub issuer: String,
    pub account: String,
    pub device_id: String,
    /// The shared secret, base64url.
    pub secret: String,
    pub ocra_suite: String,
    /// The device key pair (ES256), as JWKs.
    pub private_jwk: serde_json::Value,
    pub public_jwk: serde_json::Value,
}

impl AppState {
    pub fn load(path: &Path) -> Result<Option<AppState>> {
        match std::fs::read_to_string(path) {
            Ok(text) => Ok(Some(serde_json::from_str(&text).with_context(|| {
                format!("the state file {} is not valid", path.display())
            })?)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    pub fn load_required(path: &Path) -> Result<AppState> {
        AppState::load(path)?.with_context(|| {
            format!(
                "no device is enrolled in {} (run `mobile-app --state {} enroll` first)",
                path.display(),
                path.display()
            )
        })
    }

    /// Writes the state readable by its owner only (0600), replacing the file atomically.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self)?;
        let tmp = path.with_extension("tmp");
        {
            use std::io::Write;
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut file = options
                .open(&tmp)
                .with_context(|| format!("cannot write {}", tmp.display()))?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
            }
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
        }
        std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(())
    }

    pub fn secret_bytes(&self) -> Result<Vec<u8>> {
        URL_SAFE_NO_PAD
            .decode(&self.secret)
            .context("the state file's secret is not base64url")
    }
}

/// A new ES256 device key pair: (private JWK, public JWK).
pub fn generate_device_key() -> Result<(serde_json::Value, serde_json::Value)> {
    let pair = josekit::jws::ES256.generate_key_pair()?;
    let private = serde_json::Value::Object(pair.to_jwk_private_key().as_ref().clone());
    let public = serde_json::Value::Object(pair.to_jwk_public_key().as_ref().clone());
    Ok((private, public))
}

/// A compact JWS (ES256, `kid` = device id) over `claims`, signed by the device key.
pub fn sign(state: &AppState, claims: &serde_json::Value) -> Result<String> {
    let jwk = josekit::jwk::Jwk::from_map(
        state
            .private_jwk
            .as_object()
            .cloned()
            .context("the state file's private key is not a JWK")?,
    )?;
    let signer = josekit::jws::ES256.signer_from_jwk(&jwk)?;
    let mut header = josekit::jws::JwsHeader::new();
    header.set_token_type("JWT");
    header.set_key_id(&state.device_id);
    let payload = serde_json::to_vec(claims)?;
    Ok(josekit::jws::serialize_compact(&payload, &header, &signer)?)
}

/// Checks a PIN's shape before sending it anywhere.
pub fn check_pin(pin: &str) -> Result<()> {
    if pin.len() != 4 || !pin.bytes().all(|b| b.is_ascii_digit()) {
        bail!("the PIN code must be exactly 4 digits");
    }
    Ok(())
}

/// The 8-digit code of a sign-in QR code, computed offline from the state and the PIN.
pub fn code(state: &AppState, payload: &Payload, pin: &str) -> Result<String> {
    check_pin(pin)?;
    let Payload::SignIn {
        issuer,
        suite,
        question,
        ..
    } = payload
    else {
        bail!("this is an enrolment QR code, not a sign-in QR code (use `enroll`)");
    };
    if issuer.trim_end_matches('/') != state.issuer.trim_end_matches('/') {
        bail!(
            "this QR code is from {issuer}, but this app is enrolled with {}",
            state.issuer
        );
    }
    let suite = keys::ocra::Suite::parse(suite)?;
    let Some(hash) = suite.password else {
        bail!("the QR code's OCRA suite does not include the PIN");
    };
    let pin_hash = match hash {
        keys::ocra::Hash::Sha256 => Sha256::digest(pin.as_bytes()).to_vec(),
        other => other.digest(pin.as_bytes()),
    };
    let secret = state.secret_bytes()?;
    Ok(keys::ocra::compute(
        &suite,
        &secret,
        &keys::ocra::Input {
            question,
            password_hash: Some(&pin_hash),
            ..keys::ocra::Input::default()
        },
    )?)
}

/// Reads a QR code given as a file (PNG or SVG) or as its text payload.
pub fn read_payload(file: Option<&Path>, text: Option<&str>) -> Result<Payload> {
    match (file, text) {
        (Some(f), None) => Payload::parse(&qr::decode_file(f)?),
        (None, Some(t)) => Payload::parse(t),
        _ => bail!("give the QR code either as --qr FILE (PNG or SVG) or as --payload TEXT"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_parse() {
        let p = Payload::parse(
            "eulogin-enrol:v1?issuer=http%3A%2F%2F127.0.0.1%3A8080&token=abc&account=a***%40x.eu",
        )
        .unwrap();
        assert_eq!(
            p,
            Payload::Enrol {
                issuer: "http://127.0.0.1:8080".into(),
                token: "abc".into(),
                account: "a***@x.eu".into()
            }
        );
        let p = Payload::parse(
            "eulogin-qr:v1?issuer=https%3A%2F%2Fidp&suite=OCRA-1%3AHOTP-SHA256-8%3AQN08-PSHA256&q=01234567&client=CPMS",
        )
        .unwrap();
        assert!(matches!(p, Payload::SignIn { ref question, .. } if question == "01234567"));
        assert!(Payload::parse("https://example.org/?a=b").is_err());
        assert!(Payload::parse("eulogin-enrol:v1?issuer=x").is_err());
    }

    #[test]
    fn the_state_file_is_private_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let (private_jwk, public_jwk) = generate_device_key().unwrap();
        let state = AppState {
            issuer: "http://idp".into(),
            account: "a***@x.eu".into(),
            device_id: "dev1".into(),
            secret: URL_SAFE_NO_PAD.encode([7u8; 32]),
            ocra_suite: keys::ocra::SUITE.into(),
            private_jwk,
            public_jwk,
        };
        state.save(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let back = AppState::load_required(&path).unwrap();
        assert_eq!(back.device_id, "dev1");
        assert!(back.public_jwk.get("d").is_none());
        assert!(back.private_jwk.get("d").is_some());
        let jws = sign(&back, &serde_json::json!({"device_id": "dev1", "iat": 1})).unwrap();
        assert_eq!(jws.split('.').count(), 3);
        // The code matches the provider's computation.
        let payload = Payload::SignIn {
            issuer: "http://idp/".into(),
            suite: keys::ocra::SUITE.into(),
            question: "12345678".into(),
            client: String::new(),
        };
        let c = code(&back, &payload, "4829").unwrap();
        assert_eq!(
            c,
            keys::ocra::code(&[7u8; 32], "12345678", &Sha256::digest(b"4829")).unwrap()
        );
        assert!(AppState::load(&dir.path().join("none.json"))
            .unwrap()
            .is_none());
    }
}
