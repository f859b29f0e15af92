//! Generating, sealing, unsealing and signing with the provider's own keys.

use std::fmt;
use std::sync::Arc;

use josekit::jwk::alg::ec::EcCurve;
use josekit::jwk::alg::ed::EdCurve;
use josekit::jwk::Jwk;
use josekit::jws::{JwsAlgorithm, JwsHeader, JwsSigner};
use josekit::jwt::JwtPayload;
use josekit::JoseError;
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::algorithm::Algorithm;
use crate::error::KeyError;
use crate::jwk::{check_key_for, public_members, scrub, thumbprint};
use crate::master::MasterKey;

/// Size of generated RSA keys (RS256, PS256).
pub const RSA_BITS: u32 = 2048;

/// A generated key as the idp stores it: public JWK in clear, private JWK sealed under the
/// master key with the kid as associated data (so a sealed blob cannot be moved to another row).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedKey {
    /// RFC 7638 thumbprint of the public key (SHA-256, base64url).
    pub kid: String,
    /// The algorithm the key signs with.
    pub alg: Algorithm,
    /// JSON text of the public JWK, with `kid`, `alg` and `"use":"sig"`.
    pub public_jwk: String,
    /// `v1.`-prefixed AES-256-GCM sealed private JWK.
    pub sealed_private: String,
}

impl fmt::Debug for SealedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SealedKey")
            .field("kid", &self.kid)
            .field("alg", &self.alg)
            .field("public_jwk", &self.public_jwk)
            .field("sealed_private", &"<sealed>")
            .finish()
    }
}

/// Generate a new key pair for `alg`, compute its kid and seal the private half.
pub fn generate(alg: Algorithm, master: &MasterKey) -> Result<SealedKey, KeyError> {
    let generated = match alg {
        Algorithm::ES256 => Jwk::generate_ec_key(EcCurve::P256),
        Algorithm::ES384 => Jwk::generate_ec_key(EcCurve::P384),
        Algorithm::RS256 | Algorithm::PS256 => Jwk::generate_rsa_key(RSA_BITS),
        Algorithm::EdDSA => Jwk::generate_ed_key(EdCurve::Ed25519),
    };
    let mut jwk = generated.map_err(|e| KeyError::Generate {
        alg,
        reason: e.to_string(),
    })?;
    let kid = thumbprint(jwk.as_ref())?;
    jwk.set_key_id(kid.clone());
    jwk.set_algorithm(alg.as_str());
    jwk.set_key_use("sig");

    let public = public_members(jwk.as_ref());
    let public_jwk = serde_json::to_string(&public)
        .map_err(|e| KeyError::InvalidJwk(format!("cannot serialise public JWK: {e}")))?;
    // Large enough for a 4096-bit RSA private JWK, so the buffer never reallocates and leaves
    // no unzeroed copy behind.
    let mut private_json = Zeroizing::new(Vec::with_capacity(8192));
    serde_json::to_writer(&mut *private_json, jwk.as_ref())
        .map_err(|e| KeyError::InvalidJwk(format!("cannot serialise private JWK: {e}")))?;
    scrub(jwk);
    let sealed_private = master.seal(&private_json, kid.as_bytes());
    Ok(SealedKey {
        kid,
        alg,
        public_jwk,
        sealed_private,
    })
}

/// An unsealed private key, ready to sign. `Debug` shows only kid and alg.
#[derive(Clone)]
pub struct SigningKey {
    kid: String,
    alg: Algorithm,
    public_jwk: String,
    signer: Box<dyn JwsSigner>,
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("kid", &self.kid)
            .field("alg", &self.alg)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// Open a stored key. Fails with a clear error on a wrong master key, a sealed blob that
    /// belongs to another kid, or a record whose kid, alg or public JWK do not match the key.
    pub fn unseal(sealed: &SealedKey, master: &MasterKey) -> Result<Self, KeyError> {
        let mismatch = |reason| KeyError::KeyMismatch {
            kid: sealed.kid.clone(),
            reason,
        };
        let plaintext = Zeroizing::new(master.open(&sealed.sealed_private, sealed.kid.as_bytes())?);
        let mut jwk = Jwk::from_bytes(plaintext.as_slice())
            .map_err(|_| mismatch("the sealed private key is not a JWK"))?;

        let private_map: &Map<String, Value> = jwk.as_ref();
        check_key_for(sealed.alg, private_map)
            .map_err(|_| mismatch("the private key does not fit the record's algorithm"))?;
        if thumbprint(private_map)? != sealed.kid {
            return Err(mismatch(
                "the private key's thumbprint differs from the kid",
            ));
        }
        let public: Map<String, Value> = serde_json::from_str(&sealed.public_jwk)
            .map_err(|_| mismatch("the public JWK is not a JSON object"))?;
        if thumbprint(&public)? != sealed.kid {
            return Err(mismatch("the public JWK's thumbprint differs from the kid"));
        }

        // The signer must carry exactly this kid and alg, whatever the sealed JSON says.
        jwk.set_key_id(sealed.kid.clone());
        jwk.set_algorithm(sealed.alg.as_str());
        let signer = build_signer(sealed.alg, &jwk);
        scrub(jwk);
        let signer = signer.map_err(|_| mismatch("the signer refused the private key"))?;
        Ok(SigningKey {
            kid: sealed.kid.clone(),
            alg: sealed.alg,
            public_jwk: sealed.public_jwk.clone(),
            signer,
        })
    }

    /// The key id, sent as `kid` in every JWT header.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The signing algorithm.
    pub fn alg(&self) -> Algorithm {
        self.alg
    }

    /// JSON text of the public JWK.
    pub fn public_jwk(&self) -> &str {
        &self.public_jwk
    }

    /// Sign `claims` as a compact JWS. The header carries `alg`, `kid` and, when given, `typ`
    /// (e.g. `"JWT"`, `"logout+jwt"`). Registered claims must have their RFC 7519 types
    /// (`exp`/`iat`/`nbf` numbers, `aud` string or array of strings, ...).
    pub fn sign_jwt(
        &self,
        claims: &Map<String, Value>,
        typ: Option<&str>,
    ) -> Result<String, KeyError> {
        self.sign_claims(claims.clone(), typ)
    }

    /// [`Self::sign_jwt`] for claims the caller no longer needs: they are not copied.
    pub fn sign_claims(
        &self,
        claims: Map<String, Value>,
        typ: Option<&str>,
    ) -> Result<String, KeyError> {
        let payload = JwtPayload::from_map(claims).map_err(|e| KeyError::Sign(e.to_string()))?;
        let mut header = JwsHeader::new();
        if let Some(typ) = typ {
            header.set_token_type(typ);
        }
        josekit::jwt::encode_with_signer(&payload, &header, self.signer.as_ref())
            .map_err(|e| KeyError::Sign(e.to_string()))
    }
}

fn build_signer(alg: Algorithm, jwk: &Jwk) -> Result<Box<dyn JwsSigner>, JoseError> {
    use josekit::jws;
    Ok(match alg {
        Algorithm::ES256 => Box::new(Es256::from_jwk(jwk)?),
        Algorithm::ES384 => Box::new(jws::ES384.signer_from_jwk(jwk)?),
        Algorithm::RS256 => Box::new(jws::RS256.signer_from_jwk(jwk)?),
        Algorithm::PS256 => Box::new(jws::PS256.signer_from_jwk(jwk)?),
        Algorithm::EdDSA => Box::new(jws::EdDSA.signer_from_jwk(jwk)?),
    })
}

/// ES256 with ring's P-256 (decision 0056): the same signatures as OpenSSL's in three
/// quarters of the time (`cargo bench -p keys`). Through josekit, each signature fetched its
/// algorithms from OpenSSL 3's provider tables and made some 60 allocations; an ID token is
/// signed on every code and refresh grant.
#[derive(Clone)]
struct Es256 {
    pair: Arc<EcdsaKeyPair>,
    key_id: Option<String>,
}

impl Es256 {
    /// From a private EC JWK on P-256 (`d`, `x`, `y`). ring checks that `d` and the point
    /// belong together.
    fn from_jwk(jwk: &Jwk) -> Result<Self, JoseError> {
        let refused = |what: &str| JoseError::InvalidKeyFormat(anyhow::anyhow!("{what}"));
        if jwk.curve() != Some("P-256") {
            return Err(refused("an ES256 key must be on P-256"));
        }
        let member = |name: &str| {
            jwk.parameter(name)
                .and_then(Value::as_str)
                .and_then(crate::b64url::decode)
                .filter(|bytes| bytes.len() == 32)
                .ok_or_else(|| refused("an ES256 key needs d, x and y of 32 bytes"))
        };
        let private = Zeroizing::new(member("d")?);
        let mut public = Vec::with_capacity(65);
        public.push(0x04);
        public.extend_from_slice(&member("x")?);
        public.extend_from_slice(&member("y")?);
        let pair = EcdsaKeyPair::from_private_key_and_public_key(
            &ECDSA_P256_SHA256_FIXED_SIGNING,
            &private,
            &public,
            &SystemRandom::new(),
        )
        .map_err(|e| refused(&format!("ring refused the key: {e}")))?;
        Ok(Self {
            pair: Arc::new(pair),
            key_id: jwk.key_id().map(str::to_owned),
        })
    }
}

impl fmt::Debug for Es256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Es256")
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl JwsSigner for Es256 {
    fn algorithm(&self) -> &dyn JwsAlgorithm {
        &josekit::jws::ES256
    }

    fn key_id(&self) -> Option<&str> {
        self.key_id.as_deref()
    }

    fn signature_len(&self) -> usize {
        64
    }

    /// R and S as two 32-byte big-endian numbers (RFC 7518 section 3.4).
    fn sign(&self, message: &[u8]) -> Result<Vec<u8>, JoseError> {
        let signature = self
            .pair
            .sign(&SystemRandom::new(), message)
            .map_err(|_| JoseError::InvalidSignature(anyhow::anyhow!("P-256 signing failed")))?;
        Ok(signature.as_ref().to_vec())
    }

    fn box_clone(&self) -> Box<dyn JwsSigner> {
        Box::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::b64url;
    use crate::jwks::Jwks;

    fn claims() -> Map<String, Value> {
        serde_json::json!({
            "iss": "https://idp.example.eu",
            "sub": "user-1",
            "aud": "client-1",
            "exp": 2_000_000_000,
            "iat": 1_700_000_000,
            "nonce": "n-0S6_WzA2Mj"
        })
        .as_object()
        .cloned()
        .unwrap()
    }

    fn private_jwk(sealed: &SealedKey, master: &MasterKey) -> Map<String, Value> {
        let plain = master
            .open(&sealed.sealed_private, sealed.kid.as_bytes())
            .unwrap();
        serde_json::from_slice(&plain).unwrap()
    }

    #[test]
    fn every_algorithm_generates_seals_unseals_signs_and_verifies() {
        let master = MasterKey::generate();
        for (alg, kty, crv) in [
            (Algorithm::ES256, "EC", Some("P-256")),
            (Algorithm::ES384, "EC", Some("P-384")),
            (Algorithm::RS256, "RSA", None),
            (Algorithm::PS256, "RSA", None),
            (Algorithm::EdDSA, "OKP", Some("Ed25519")),
        ] {
            let sealed = generate(alg, &master).unwrap();
            assert_eq!(sealed.alg, alg);
            let public: Map<String, Value> = serde_json::from_str(&sealed.public_jwk).unwrap();
            assert_eq!(public["kty"], kty, "{alg}");
            assert_eq!(public.get("crv").and_then(Value::as_str), crv, "{alg}");
            assert_eq!(public["alg"], alg.as_str());
            assert_eq!(public["use"], "sig");
            assert_eq!(public["kid"], sealed.kid.as_str());
            assert_eq!(thumbprint(&public).unwrap(), sealed.kid);
            assert_eq!(sealed.kid.len(), 43, "base64url of a SHA-256 digest");
            for private in ["d", "p", "q", "dp", "dq", "qi"] {
                assert!(
                    !public.contains_key(private),
                    "{alg} public JWK leaks {private}"
                );
            }

            let key = SigningKey::unseal(&sealed, &master).unwrap();
            assert_eq!((key.kid(), key.alg()), (sealed.kid.as_str(), alg));
            let token = key.sign_jwt(&claims(), Some("JWT")).unwrap();

            let jwks = Jwks::from_public_jwks([sealed.public_jwk.as_str()]).unwrap();
            let verified = jwks.verify_jwt(&token, &[alg]).unwrap();
            assert_eq!(verified.claims, claims());
            assert_eq!(verified.header["alg"], alg.as_str());
            assert_eq!(verified.header["kid"], sealed.kid.as_str());
            assert_eq!(verified.header["typ"], "JWT");
        }
    }

    #[test]
    fn rsa_keys_are_2048_bits() {
        let sealed = generate(Algorithm::RS256, &MasterKey::generate()).unwrap();
        let public: Map<String, Value> = serde_json::from_str(&sealed.public_jwk).unwrap();
        let n = b64url::decode(public["n"].as_str().unwrap()).unwrap();
        assert_eq!(n.len() * 8, 2048);
    }

    #[test]
    fn typ_is_set_when_asked_and_absent_otherwise() {
        let master = MasterKey::generate();
        let sealed = generate(Algorithm::ES256, &master).unwrap();
        let key = SigningKey::unseal(&sealed, &master).unwrap();
        let jwks = Jwks::from_public_jwks([sealed.public_jwk.as_str()]).unwrap();

        let logout = key.sign_jwt(&claims(), Some("logout+jwt")).unwrap();
        let header = jwks
            .verify_jwt(&logout, &[Algorithm::ES256])
            .unwrap()
            .header;
        assert_eq!(header["typ"], "logout+jwt");

        let plain = key.sign_jwt(&claims(), None).unwrap();
        let header = jwks.verify_jwt(&plain, &[Algorithm::ES256]).unwrap().header;
        assert!(!header.contains_key("typ"));
    }

    #[test]
    fn registered_claims_of_the_wrong_type_are_refused() {
        let master = MasterKey::generate();
        let key =
            SigningKey::unseal(&generate(Algorithm::ES256, &master).unwrap(), &master).unwrap();
        let mut bad = claims();
        bad.insert("exp".into(), Value::String("tomorrow".into()));
        assert!(matches!(key.sign_jwt(&bad, None), Err(KeyError::Sign(_))));
    }

    #[test]
    fn sealed_private_key_is_not_in_clear() {
        let master = MasterKey::generate();
        for alg in [Algorithm::ES256, Algorithm::RS256, Algorithm::EdDSA] {
            let sealed = generate(alg, &master).unwrap();
            assert!(sealed.sealed_private.starts_with("v1."));
            let d_b64 = private_jwk(&sealed, &master)["d"]
                .as_str()
                .unwrap()
                .to_owned();
            let d_raw = b64url::decode(&d_b64).unwrap();
            // The private scalar/exponent appears in any PEM, DER or JWK encoding of the key.
            assert!(!sealed.sealed_private.contains(&d_b64));
            let blob = b64url::decode(&sealed.sealed_private[3..]).unwrap();
            assert!(!blob.windows(d_raw.len()).any(|w| w == d_raw.as_slice()));
            assert!(!blob.windows(3).any(|w| w == b"\"d\""));
            assert!(!blob.windows(7).any(|w| w == b"PRIVATE"));
            assert!(!sealed.public_jwk.contains(&d_b64));
            // Debug output shows neither the sealed blob nor the key.
            let key = SigningKey::unseal(&sealed, &master).unwrap();
            for shown in [format!("{sealed:?}"), format!("{key:?}")] {
                assert!(!shown.contains(&d_b64), "{shown}");
                assert!(!shown.contains(&sealed.sealed_private[3..20]), "{shown}");
            }
        }
    }

    #[test]
    fn unseal_refuses_wrong_master_and_inconsistent_records() {
        let master = MasterKey::generate();
        let a = generate(Algorithm::ES256, &master).unwrap();
        let b = generate(Algorithm::ES256, &master).unwrap();

        let wrong = SigningKey::unseal(&a, &MasterKey::generate()).unwrap_err();
        assert!(matches!(wrong, KeyError::OpenFailed));
        assert!(wrong.to_string().contains("wrong master key"), "{wrong}");

        // A sealed blob moved to another row does not open (the kid is the AAD).
        let moved = SealedKey {
            sealed_private: b.sealed_private.clone(),
            ..a.clone()
        };
        assert!(matches!(
            SigningKey::unseal(&moved, &master),
            Err(KeyError::OpenFailed)
        ));

        // The public JWK of another key.
        let swapped = SealedKey {
            public_jwk: b.public_jwk.clone(),
            ..a.clone()
        };
        assert!(matches!(
            SigningKey::unseal(&swapped, &master),
            Err(KeyError::KeyMismatch { .. })
        ));

        // A record claiming another algorithm.
        let relabelled = SealedKey {
            alg: Algorithm::EdDSA,
            ..a.clone()
        };
        let err = SigningKey::unseal(&relabelled, &master).unwrap_err();
        assert!(matches!(err, KeyError::KeyMismatch { .. }), "{err}");
        assert!(err.to_string().contains(&a.kid));

        // A consistent record sealed by the right master key with a different kid.
        let forged = SealedKey {
            kid: b.kid.clone(),
            sealed_private: master.seal(
                &serde_json::to_vec(&private_jwk(&a, &master)).unwrap(),
                b.kid.as_bytes(),
            ),
            ..b.clone()
        };
        assert!(matches!(
            SigningKey::unseal(&forged, &master),
            Err(KeyError::KeyMismatch { .. })
        ));

        // Its own public half, sealed with another key's private scalar: the thumbprint (of
        // the public members) matches, the signer refuses the pair.
        let mut grafted = private_jwk(&a, &master);
        grafted.insert("d".into(), private_jwk(&b, &master)["d"].clone());
        let grafted = SealedKey {
            sealed_private: master.seal(&serde_json::to_vec(&grafted).unwrap(), a.kid.as_bytes()),
            ..a.clone()
        };
        let err = SigningKey::unseal(&grafted, &master).unwrap_err();
        assert!(err.to_string().contains("refused the private key"), "{err}");
    }

    #[test]
    fn each_generated_key_is_new() {
        let master = MasterKey::generate();
        let a = generate(Algorithm::EdDSA, &master).unwrap();
        let b = generate(Algorithm::EdDSA, &master).unwrap();
        assert_ne!(a.kid, b.kid);
    }
}
