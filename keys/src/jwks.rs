//! Public key sets: ours (published at the jwks_uri) and clients' (verifying their JWTs).

use std::fmt;

use josekit::jwk::Jwk;
use josekit::jws::JwsVerifier;
use serde_json::{Map, Value};

use crate::algorithm::Algorithm;
use crate::b64url;
use crate::error::KeyError;
use crate::jwk::{check_key_for, public_members, truncate};

/// Largest compact JWT [`Jwks::verify_jwt`] looks at. Client assertions, logout tokens and
/// request objects are a few kilobytes; anything this large is refused before decoding.
pub const MAX_JWT_BYTES: usize = 64 * 1024;
/// Largest JWK Set document [`Jwks::from_json`] parses.
const MAX_JWKS_BYTES: usize = 512 * 1024;
/// Most keys a client JWK Set may hold (each is tried when a JWT carries no kid).
const MAX_KEYS: usize = 64;

/// One public key with the verifiers it may be used with.
#[derive(Clone)]
struct PublicKey {
    kid: Option<String>,
    jwk: Map<String, Value>,
    verifiers: Vec<(Algorithm, Box<dyn JwsVerifier>)>,
}

/// A set of public keys. `Debug` lists kids and algorithms.
#[derive(Clone, Default)]
pub struct Jwks {
    keys: Vec<PublicKey>,
}

impl fmt::Debug for Jwks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.keys.iter().map(|k| {
                let algs: Vec<Algorithm> = k.verifiers.iter().map(|(a, _)| *a).collect();
                (k.kid.clone(), algs)
            }))
            .finish()
    }
}

/// A JWT whose signature verified. Claims are not validated here (exp, aud, iss, typ...): that
/// is the caller's job, since it depends on the kind of token.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedJwt {
    /// The JOSE header.
    pub header: Map<String, Value>,
    /// The claims set.
    pub claims: Map<String, Value>,
}

/// What to do with one entry of a JWK Set.
enum Entry {
    Use(PublicKey),
    /// Not a signature key this crate can use (unknown kty or curve, `use: enc`, ...).
    Skip,
}

impl Jwks {
    /// Our own keys, from [`crate::SealedKey::public_jwk`] strings. Every entry must be a
    /// supported signature key with a kid; anything else is an error.
    pub fn from_public_jwks<'a, I: IntoIterator<Item = &'a str>>(
        jwk_json: I,
    ) -> Result<Self, KeyError> {
        let mut keys = Vec::new();
        for (i, text) in jwk_json.into_iter().enumerate() {
            let map: Map<String, Value> = serde_json::from_str(text)
                .map_err(|_| KeyError::InvalidJwk(format!("key {i} is not a JSON object")))?;
            if map.keys().any(|name| !is_public_member(name)) {
                return Err(KeyError::InvalidJwk(format!(
                    "key {i} has members that are not public key parameters"
                )));
            }
            match parse_key(&map).map_err(|e| prefix(i, e))? {
                Entry::Use(key) if key.kid.is_some() => keys.push(key),
                Entry::Use(_) => {
                    return Err(KeyError::InvalidJwk(format!("key {i} has no kid")));
                }
                Entry::Skip => {
                    return Err(KeyError::InvalidJwk(format!(
                        "key {i} is not a supported signature key"
                    )));
                }
            }
        }
        Ok(Jwks { keys })
    }

    /// A client's registered `{"keys":[...]}` document. RSA (RS256/PS256), EC P-256 (ES256) and
    /// P-384 (ES384) and OKP Ed25519 (EdDSA) keys are used; entries of other types or curves,
    /// or marked for encryption, are skipped. Malformed supported keys are errors.
    pub fn from_json(jwks_document: &str) -> Result<Self, KeyError> {
        if jwks_document.len() > MAX_JWKS_BYTES {
            return Err(KeyError::InvalidJwks(format!(
                "document is larger than {MAX_JWKS_BYTES} bytes"
            )));
        }
        let doc: Value = serde_json::from_str(jwks_document)
            .map_err(|e| KeyError::InvalidJwks(format!("not JSON: {e}")))?;
        let entries = doc.get("keys").and_then(Value::as_array).ok_or_else(|| {
            KeyError::InvalidJwks("expected an object with a \"keys\" array".into())
        })?;
        if entries.len() > MAX_KEYS {
            return Err(KeyError::InvalidJwks(format!(
                "{} keys; at most {MAX_KEYS} are accepted",
                entries.len()
            )));
        }
        let mut keys = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let map = entry
                .as_object()
                .ok_or_else(|| KeyError::InvalidJwks(format!("keys[{i}] is not an object")))?;
            if let Entry::Use(key) = parse_key(map).map_err(|e| prefix(i, e))? {
                keys.push(key);
            }
        }
        Ok(Jwks { keys })
    }

    /// `{"keys":[...]}` with public members only, for the jwks_uri.
    pub fn to_json(&self) -> Value {
        let keys: Vec<Value> = self
            .keys
            .iter()
            .map(|k| Value::Object(k.jwk.clone()))
            .collect();
        serde_json::json!({ "keys": keys })
    }

    /// Number of usable keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when no key is usable.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The kids of the keys, in order (None for keys without one).
    pub fn kids(&self) -> Vec<Option<&str>> {
        self.keys.iter().map(|k| k.kid.as_deref()).collect()
    }

    /// Verify a compact JWS signed with one of `allowed` by a key of this set.
    ///
    /// The key is chosen by `kid` when the header has one, otherwise every key that can do
    /// the header's algorithm is tried. Refused: `alg` `none`, HMAC algorithms, algorithms not
    /// in `allowed`, `crit` headers, JWE, inputs over [`MAX_JWT_BYTES`], and malformed input of
    /// any kind. Claims are not validated (see [`VerifiedJwt`]).
    pub fn verify_jwt(&self, jwt: &str, allowed: &[Algorithm]) -> Result<VerifiedJwt, KeyError> {
        if jwt.len() > MAX_JWT_BYTES {
            return Err(KeyError::JwtTooLarge {
                len: jwt.len(),
                max: MAX_JWT_BYTES,
            });
        }
        let mut parts = jwt.split('.');
        let (Some(header_b64), Some(payload_b64), Some(signature_b64)) =
            (parts.next(), parts.next(), parts.next())
        else {
            return Err(KeyError::MalformedJwt("expected three dot-separated parts"));
        };
        match parts.count() {
            0 => {}
            2 => {
                return Err(KeyError::MalformedJwt(
                    "encrypted JWTs (JWE) are not accepted",
                ))
            }
            _ => return Err(KeyError::MalformedJwt("expected three dot-separated parts")),
        }

        let header_bytes =
            b64url::decode(header_b64).ok_or(KeyError::MalformedJwt("header is not base64url"))?;
        let header: Map<String, Value> = serde_json::from_slice(&header_bytes)
            .map_err(|_| KeyError::MalformedJwt("header is not a JSON object"))?;
        let alg_name = match header.get("alg") {
            Some(Value::String(alg)) => alg.as_str(),
            Some(_) => return Err(KeyError::MalformedJwt("header alg is not a string")),
            None => return Err(KeyError::MalformedJwt("header has no alg")),
        };
        let alg = check_alg(alg_name, allowed)?;
        if header.contains_key("crit") {
            return Err(KeyError::MalformedJwt(
                "header has crit extensions, none of which are supported",
            ));
        }
        let kid = match header.get("kid") {
            Some(Value::String(kid)) => Some(kid.as_str()),
            Some(_) => return Err(KeyError::MalformedJwt("header kid is not a string")),
            None => None,
        };

        let payload = b64url::decode(payload_b64)
            .ok_or(KeyError::MalformedJwt("payload is not base64url"))?;
        let signature = b64url::decode(signature_b64)
            .ok_or(KeyError::MalformedJwt("signature is not base64url"))?;
        if signature.is_empty() {
            return Err(KeyError::MalformedJwt("signature is empty"));
        }
        let signing_input = &jwt.as_bytes()[..header_b64.len() + 1 + payload_b64.len()];

        let mut candidates = self
            .keys
            .iter()
            .filter(|key| kid.is_none() || key.kid.as_deref() == kid)
            .flat_map(|key| key.verifiers.iter())
            .filter(|(key_alg, _)| *key_alg == alg)
            .peekable();
        if candidates.peek().is_none() {
            return Err(KeyError::NoMatchingKey {
                kid: kid.map(truncate),
                alg: alg.to_string(),
            });
        }
        if !candidates.any(|(_, verifier)| verifier.verify(signing_input, &signature).is_ok()) {
            return Err(KeyError::BadSignature);
        }

        let claims: Map<String, Value> = serde_json::from_slice(&payload)
            .map_err(|_| KeyError::MalformedJwt("payload is not a JSON object"))?;
        Ok(VerifiedJwt { header, claims })
    }
}

fn check_alg(name: &str, allowed: &[Algorithm]) -> Result<Algorithm, KeyError> {
    let refuse = |reason| KeyError::AlgorithmNotAllowed {
        alg: truncate(name),
        reason,
    };
    if name.eq_ignore_ascii_case("none") {
        return Err(refuse("unsigned JWTs are never accepted"));
    }
    if name.starts_with("HS") {
        return Err(refuse("symmetric (HMAC) signatures are not accepted"));
    }
    let alg: Algorithm = name.parse().map_err(|_| refuse("unsupported algorithm"))?;
    if !allowed.contains(&alg) {
        return Err(refuse("not allowed for this token"));
    }
    Ok(alg)
}

fn is_public_member(name: &str) -> bool {
    matches!(
        name,
        "kty" | "kid" | "use" | "alg" | "key_ops" | "crv" | "x" | "y" | "n" | "e"
    )
}

fn prefix(i: usize, err: KeyError) -> KeyError {
    match err {
        KeyError::InvalidJwk(msg) => KeyError::InvalidJwks(format!("keys[{i}]: {msg}")),
        other => other,
    }
}

/// Turn one JWK into a usable public key, or decide to skip it.
fn parse_key(map: &Map<String, Value>) -> Result<Entry, KeyError> {
    let kty = match map.get("kty") {
        Some(Value::String(kty)) => kty.as_str(),
        _ => {
            return Err(KeyError::InvalidJwk(
                "kty is missing or not a string".into(),
            ))
        }
    };
    match map.get("use") {
        None => {}
        Some(Value::String(u)) if u == "sig" => {}
        Some(Value::String(_)) => return Ok(Entry::Skip),
        Some(_) => return Err(KeyError::InvalidJwk("use is not a string".into())),
    }
    match map.get("key_ops") {
        None => {}
        Some(Value::Array(ops)) if !ops.iter().any(|op| op.as_str() == Some("verify")) => {
            return Ok(Entry::Skip);
        }
        Some(Value::Array(_)) => {}
        Some(_) => return Err(KeyError::InvalidJwk("key_ops is not an array".into())),
    }
    let kid = match map.get("kid") {
        None => None,
        Some(Value::String(kid)) => Some(kid.clone()),
        Some(_) => return Err(KeyError::InvalidJwk("kid is not a string".into())),
    };
    let crv = map.get("crv").and_then(Value::as_str);
    let possible: &[Algorithm] = match (kty, crv) {
        ("RSA", _) => &[Algorithm::RS256, Algorithm::PS256],
        ("EC", Some("P-256")) => &[Algorithm::ES256],
        ("EC", Some("P-384")) => &[Algorithm::ES384],
        ("OKP", Some("Ed25519")) => &[Algorithm::EdDSA],
        ("EC" | "OKP", None) => {
            return Err(KeyError::InvalidJwk(format!("{kty} key has no crv")));
        }
        _ => return Ok(Entry::Skip),
    };
    let algs: Vec<Algorithm> = match map.get("alg") {
        None => possible.to_vec(),
        Some(Value::String(name)) => match name.parse::<Algorithm>() {
            Ok(alg) if possible.contains(&alg) => vec![alg],
            Ok(alg) => {
                return Err(KeyError::InvalidJwk(format!(
                    "alg {alg} does not fit a {kty} key{}",
                    crv.map(|c| format!(" on {}", truncate(c)))
                        .unwrap_or_default()
                )))
            }
            // A key meant for an algorithm we do not verify (RS512, ES512...): not usable here.
            Err(_) => return Ok(Entry::Skip),
        },
        Some(_) => return Err(KeyError::InvalidJwk("alg is not a string".into())),
    };

    let public = public_members(map);
    for alg in &algs {
        check_key_for(*alg, &public)?;
    }
    let jwk = Jwk::from_map(public.clone())
        .map_err(|e| KeyError::InvalidJwk(format!("rejected by the JOSE library: {e}")))?;
    let mut verifiers = Vec::with_capacity(algs.len());
    for alg in algs {
        let verifier = build_verifier(alg, &jwk)
            .map_err(|e| KeyError::InvalidJwk(format!("unusable {alg} key: {e}")))?;
        verifiers.push((alg, verifier));
    }
    Ok(Entry::Use(PublicKey {
        kid,
        jwk: public,
        verifiers,
    }))
}

fn build_verifier(alg: Algorithm, jwk: &Jwk) -> Result<Box<dyn JwsVerifier>, josekit::JoseError> {
    use josekit::jws;
    Ok(match alg {
        Algorithm::ES256 => Box::new(jws::ES256.verifier_from_jwk(jwk)?),
        Algorithm::ES384 => Box::new(jws::ES384.verifier_from_jwk(jwk)?),
        Algorithm::RS256 => Box::new(jws::RS256.verifier_from_jwk(jwk)?),
        Algorithm::PS256 => Box::new(jws::PS256.verifier_from_jwk(jwk)?),
        Algorithm::EdDSA => Box::new(jws::EdDSA.verifier_from_jwk(jwk)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{generate, MasterKey, SealedKey, SigningKey};
    use hmac::{Hmac, Mac};
    use sha2::Sha256;

    struct Fixture {
        master: MasterKey,
        sealed: SealedKey,
        key: SigningKey,
        jwks: Jwks,
    }

    fn fixture(alg: Algorithm) -> Fixture {
        let master = MasterKey::generate();
        let sealed = generate(alg, &master).unwrap();
        let key = SigningKey::unseal(&sealed, &master).unwrap();
        let jwks = Jwks::from_public_jwks([sealed.public_jwk.as_str()]).unwrap();
        Fixture {
            master,
            sealed,
            key,
            jwks,
        }
    }

    fn claims(sub: &str) -> Map<String, Value> {
        serde_json::json!({"iss": "https://client.example", "sub": sub, "exp": 2_000_000_000})
            .as_object()
            .cloned()
            .unwrap()
    }

    fn encode_json(value: &Value) -> String {
        b64url::encode(&serde_json::to_vec(value).unwrap())
    }

    /// Sign with josekit directly, with any header: stands for a foreign signer.
    fn sign_raw(private_jwk: &Map<String, Value>, alg: Algorithm, header: Value) -> String {
        let jwk = Jwk::from_map(private_jwk.clone()).unwrap();
        let signer: Box<dyn josekit::jws::JwsSigner> = match alg {
            Algorithm::ES256 => Box::new(josekit::jws::ES256.signer_from_jwk(&jwk).unwrap()),
            Algorithm::ES384 => Box::new(josekit::jws::ES384.signer_from_jwk(&jwk).unwrap()),
            Algorithm::RS256 => Box::new(josekit::jws::RS256.signer_from_jwk(&jwk).unwrap()),
            Algorithm::PS256 => Box::new(josekit::jws::PS256.signer_from_jwk(&jwk).unwrap()),
            Algorithm::EdDSA => Box::new(josekit::jws::EdDSA.signer_from_jwk(&jwk).unwrap()),
        };
        let input = format!(
            "{}.{}",
            encode_json(&header),
            encode_json(&Value::Object(claims("foreign")))
        );
        let signature = signer.sign(input.as_bytes()).unwrap();
        format!("{input}.{}", b64url::encode(&signature))
    }

    fn private_of(f: &Fixture) -> Map<String, Value> {
        let plain = f
            .master
            .open(&f.sealed.sealed_private, f.sealed.kid.as_bytes())
            .unwrap();
        serde_json::from_slice(&plain).unwrap()
    }

    #[test]
    fn tampered_claims_are_refused_for_every_algorithm() {
        for alg in Algorithm::ALL {
            let f = fixture(alg);
            let token = f.key.sign_jwt(&claims("alice"), None).unwrap();
            let parts: Vec<&str> = token.split('.').collect();
            let forged = format!(
                "{}.{}.{}",
                parts[0],
                encode_json(&Value::Object(claims("mallory"))),
                parts[2]
            );
            assert!(
                matches!(
                    f.jwks.verify_jwt(&forged, &[alg]),
                    Err(KeyError::BadSignature)
                ),
                "{alg}"
            );
            // A signature from the other half of the key set's algorithms / truncated.
            let truncated = format!("{}.{}.{}", parts[0], parts[1], &parts[2][..8]);
            assert!(f.jwks.verify_jwt(&truncated, &[alg]).is_err(), "{alg}");
            assert!(f.jwks.verify_jwt(&token, &[alg]).is_ok(), "{alg}");
        }
    }

    #[test]
    fn alg_none_and_hmac_are_refused_even_with_a_matching_kid() {
        let f = fixture(Algorithm::ES256);
        let payload = encode_json(&Value::Object(claims("alice")));
        for alg in ["none", "None", "NONE"] {
            let header = encode_json(&serde_json::json!({"alg": alg, "kid": f.sealed.kid}));
            for token in [
                format!("{header}.{payload}."),
                format!("{header}.{payload}.AAAA"),
            ] {
                let err = f.jwks.verify_jwt(&token, &Algorithm::ALL).unwrap_err();
                assert!(matches!(err, KeyError::AlgorithmNotAllowed { .. }), "{err}");
            }
        }
        // Classic key confusion: HS256 keyed with the published public key.
        for alg in ["HS256", "HS384", "HS512"] {
            let header = encode_json(&serde_json::json!({"alg": alg, "kid": f.sealed.kid}));
            let input = format!("{header}.{payload}");
            let mut mac =
                <Hmac<Sha256> as Mac>::new_from_slice(f.sealed.public_jwk.as_bytes()).unwrap();
            mac.update(input.as_bytes());
            let token = format!("{input}.{}", b64url::encode(&mac.finalize().into_bytes()));
            let err = f.jwks.verify_jwt(&token, &Algorithm::ALL).unwrap_err();
            assert!(matches!(err, KeyError::AlgorithmNotAllowed { .. }), "{err}");
            assert!(err.to_string().contains("HMAC"), "{err}");
        }
    }

    #[test]
    fn algorithms_outside_the_allowed_list_are_refused() {
        let f = fixture(Algorithm::ES256);
        let token = f.key.sign_jwt(&claims("alice"), None).unwrap();
        let err = f.jwks.verify_jwt(&token, &[Algorithm::RS256]).unwrap_err();
        assert!(matches!(err, KeyError::AlgorithmNotAllowed { .. }), "{err}");
        assert!(f.jwks.verify_jwt(&token, &[]).is_err());
    }

    #[test]
    fn a_token_signed_by_a_different_key_is_refused() {
        let ours = fixture(Algorithm::ES256);
        let other = fixture(Algorithm::ES256);
        // With its own kid: no such key here.
        let token = other.key.sign_jwt(&claims("alice"), None).unwrap();
        let err = ours
            .jwks
            .verify_jwt(&token, &[Algorithm::ES256])
            .unwrap_err();
        assert!(matches!(err, KeyError::NoMatchingKey { .. }), "{err}");
        // Claiming our kid.
        let forged = sign_raw(
            &private_of(&other),
            Algorithm::ES256,
            serde_json::json!({"alg": "ES256", "kid": ours.sealed.kid}),
        );
        let err = ours
            .jwks
            .verify_jwt(&forged, &[Algorithm::ES256])
            .unwrap_err();
        assert!(matches!(err, KeyError::BadSignature), "{err}");
        // Without kid.
        let forged = sign_raw(
            &private_of(&other),
            Algorithm::ES256,
            serde_json::json!({"alg": "ES256"}),
        );
        let err = ours
            .jwks
            .verify_jwt(&forged, &[Algorithm::ES256])
            .unwrap_err();
        assert!(matches!(err, KeyError::BadSignature), "{err}");
        // Signed by an RSA key of ours, presented as PS256 under an RS256-only key.
        let rsa = fixture(Algorithm::RS256);
        let pss = sign_raw(
            &{
                let mut jwk = private_of(&rsa);
                jwk.remove("alg");
                jwk
            },
            Algorithm::PS256,
            serde_json::json!({"alg": "PS256", "kid": rsa.sealed.kid}),
        );
        let err = rsa.jwks.verify_jwt(&pss, &Algorithm::ALL).unwrap_err();
        assert!(matches!(err, KeyError::NoMatchingKey { .. }), "{err}");
    }

    #[test]
    fn without_kid_every_key_of_the_set_is_tried() {
        let a = fixture(Algorithm::ES256);
        let b = fixture(Algorithm::ES256);
        let jwks =
            Jwks::from_public_jwks([a.sealed.public_jwk.as_str(), b.sealed.public_jwk.as_str()])
                .unwrap();
        let token = sign_raw(
            &private_of(&b),
            Algorithm::ES256,
            serde_json::json!({"alg": "ES256"}),
        );
        let verified = jwks.verify_jwt(&token, &[Algorithm::ES256]).unwrap();
        assert_eq!(verified.claims["sub"], "foreign");
    }

    #[test]
    fn garbage_empty_and_huge_inputs_are_errors_not_panics() {
        let f = fixture(Algorithm::EdDSA);
        let good = f.key.sign_jwt(&claims("alice"), None).unwrap();
        let parts: Vec<&str> = good.split('.').collect();
        let header_of = |v: Value| encode_json(&v);
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let cases: Vec<String> = vec![
            String::new(),
            ".".into(),
            "..".into(),
            "...".into(),
            "a.b.c".into(),
            "a.b.c.d".into(),
            "a.b.c.d.e".into(),
            "\u{0}\u{ffff}.é.ü".into(),
            "eyJhbGciOiJFUzI1NiJ9".into(),
            format!("{}.{}", parts[0], parts[1]),
            format!("{}.{}.", parts[0], parts[1]),
            format!("{}.{}.{}.", parts[0], parts[1], parts[2]),
            format!("{good} "),
            format!("{}=.{}.{}", parts[0], parts[1], parts[2]),
            format!(
                "{}.{}.{}",
                header_of(serde_json::json!([])),
                parts[1],
                parts[2]
            ),
            format!(
                "{}.{}.{}",
                header_of(serde_json::json!({"alg": 7})),
                parts[1],
                parts[2]
            ),
            format!(
                "{}.{}.{}",
                header_of(serde_json::json!({})),
                parts[1],
                parts[2]
            ),
            format!(
                "{}.{}.{}",
                b64url::encode(deep.as_bytes()),
                parts[1],
                parts[2]
            ),
            format!(
                "{}.{}.{}",
                header_of(serde_json::json!({"alg": "EdDSA", "crit": ["exp"]})),
                parts[1],
                parts[2]
            ),
            format!(
                "{}.{}.{}",
                header_of(serde_json::json!({"alg": "EdDSA", "kid": {"x": 1}})),
                parts[1],
                parts[2]
            ),
            format!("{}.{}.{}", parts[0], parts[1], b64url::encode(&[0u8; 1000])),
            format!("{}.{}.{}", parts[0], b64url::encode(b"not json"), parts[2]),
            "a".repeat(1 << 20),
            format!("{}.{}.{}", parts[0], "A".repeat(1 << 20), parts[2]),
            ".".repeat(1 << 20),
        ];
        for input in &cases {
            let result = f.jwks.verify_jwt(input, &Algorithm::ALL);
            assert!(
                result.is_err(),
                "accepted {:?}",
                &input[..input.len().min(60)]
            );
        }
        let huge = f
            .jwks
            .verify_jwt(&cases[cases.len() - 2], &Algorithm::ALL)
            .unwrap_err();
        assert!(matches!(huge, KeyError::JwtTooLarge { .. }), "{huge}");
        // Every signature size against every kind of key.
        for alg in Algorithm::ALL {
            let f = fixture(alg);
            let good = f.key.sign_jwt(&claims("alice"), None).unwrap();
            let (input, _) = good.rsplit_once('.').unwrap();
            for len in [1, 31, 32, 63, 64, 65, 96, 255, 256, 257, 512] {
                let token = format!("{input}.{}", b64url::encode(&vec![0x41; len]));
                assert!(f.jwks.verify_jwt(&token, &[alg]).is_err(), "{alg} {len}");
            }
        }
        // Garbage JWK Sets.
        for doc in [
            "",
            "null",
            "[]",
            "{}",
            "{\"keys\":{}}",
            "{\"keys\":[1]}",
            &"[".repeat(100_000),
            &format!("{{\"keys\":[{}]}}", "{\"kty\":\"oct\"},".repeat(100) + "{}"),
            &"x".repeat(1 << 20),
        ] {
            assert!(
                Jwks::from_json(doc).is_err(),
                "{:?}",
                &doc[..doc.len().min(40)]
            );
        }
        for jwk in [
            "",
            "{}",
            "[]",
            "{\"kty\":\"EC\"}",
            "{\"kty\":1}",
            &"{".repeat(10_000),
        ] {
            assert!(Jwks::from_public_jwks([jwk]).is_err(), "{jwk:?}");
        }
    }

    /// A client's JWK Set: an RSA, a P-256, a P-384 and an Ed25519 key (made here, private
    /// members included as a careless client might), plus entries this crate cannot use.
    type PrivateKeys = Vec<(Algorithm, Map<String, Value>)>;

    fn client_document() -> (String, PrivateKeys) {
        let master = MasterKey::generate();
        let mut privates = Vec::new();
        let mut entries = Vec::new();
        for (alg, kid) in [
            (Algorithm::RS256, "rsa-1"),
            (Algorithm::ES256, "ec-256"),
            (Algorithm::ES384, "ec-384"),
            (Algorithm::EdDSA, "ed-1"),
        ] {
            let sealed = generate(alg, &master).unwrap();
            let plain = master
                .open(&sealed.sealed_private, sealed.kid.as_bytes())
                .unwrap();
            let mut jwk: Map<String, Value> = serde_json::from_slice(&plain).unwrap();
            jwk.insert("kid".into(), kid.into());
            jwk.remove("alg");
            if alg == Algorithm::ES256 {
                jwk.remove("use");
            }
            entries.push(Value::Object(jwk.clone()));
            privates.push((alg, jwk));
        }
        entries.extend([
            serde_json::json!({"kty": "oct", "k": "c2VjcmV0", "kid": "sym"}),
            serde_json::json!({"kty": "FOO", "kid": "future"}),
            serde_json::json!({"kty": "OKP", "crv": "X25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}),
            serde_json::json!({"kty": "EC", "crv": "P-521", "x": "AA", "y": "AA"}),
            serde_json::json!({"kty": "RSA", "alg": "RS512", "n": "AA", "e": "AQAB"}),
            {
                let mut enc = privates[1].1.clone();
                enc.insert("use".into(), "enc".into());
                enc.insert("kid".into(), "ec-enc".into());
                Value::Object(enc)
            },
        ]);
        (serde_json::json!({ "keys": entries }).to_string(), privates)
    }

    #[test]
    fn client_document_keys_are_used_and_unknown_entries_skipped() {
        let (doc, privates) = client_document();
        let jwks = Jwks::from_json(&doc).unwrap();
        assert_eq!(
            jwks.kids(),
            [Some("rsa-1"), Some("ec-256"), Some("ec-384"), Some("ed-1")]
        );
        for (alg, private) in &privates {
            let kid = private["kid"].as_str().unwrap();
            let token = sign_raw(
                private,
                *alg,
                serde_json::json!({"alg": alg.as_str(), "kid": kid}),
            );
            let verified = jwks.verify_jwt(&token, &[*alg]).unwrap();
            assert_eq!(verified.header["kid"], kid);
            assert_eq!(verified.claims["sub"], "foreign");
        }
        // An RSA key without "alg" serves PS256 as well as RS256.
        let token = sign_raw(
            &privates[0].1,
            Algorithm::PS256,
            serde_json::json!({"alg": "PS256", "kid": "rsa-1"}),
        );
        assert!(jwks.verify_jwt(&token, &[Algorithm::PS256]).is_ok());
        // The encryption-only key was skipped, so its kid is unknown.
        let token = sign_raw(
            &privates[1].1,
            Algorithm::ES256,
            serde_json::json!({"alg": "ES256", "kid": "ec-enc"}),
        );
        assert!(matches!(
            jwks.verify_jwt(&token, &[Algorithm::ES256]),
            Err(KeyError::NoMatchingKey { .. })
        ));
    }

    #[test]
    fn to_json_publishes_public_members_only() {
        let (doc, _) = client_document();
        let published = Jwks::from_json(&doc).unwrap().to_json();
        let keys = published["keys"].as_array().unwrap();
        assert_eq!(keys.len(), 4);
        for key in keys {
            for private in ["d", "p", "q", "dp", "dq", "qi", "k"] {
                assert!(key.get(private).is_none(), "published {private}: {key}");
            }
        }
        let f = fixture(Algorithm::ES256);
        let ours = f.jwks.to_json();
        assert_eq!(
            ours["keys"][0],
            serde_json::from_str::<Value>(&f.sealed.public_jwk).unwrap()
        );
        // The published document can be read back by a relying party.
        let again = Jwks::from_json(&ours.to_string()).unwrap();
        let token = f.key.sign_jwt(&claims("alice"), None).unwrap();
        assert!(again.verify_jwt(&token, &[Algorithm::ES256]).is_ok());
    }

    #[test]
    fn malformed_supported_keys_are_clear_errors() {
        let f = fixture(Algorithm::ES256);
        let public: Map<String, Value> = serde_json::from_str(&f.sealed.public_jwk).unwrap();
        let with = |name: &str, value: Value| {
            let mut jwk = public.clone();
            jwk.insert(name.into(), value);
            serde_json::json!({ "keys": [jwk] }).to_string()
        };
        let short_x = with("x", b64url::encode(&[1u8; 31]).into());
        let err = Jwks::from_json(&short_x).unwrap_err();
        assert!(err.to_string().contains("keys[0]"), "{err}");
        assert!(err.to_string().contains("32 bytes"), "{err}");
        assert!(Jwks::from_json(&with("x", "not base64!".into())).is_err());
        assert!(Jwks::from_json(&with("alg", "EdDSA".into())).is_err());
        assert!(Jwks::from_json(&with("kid", 42.into())).is_err());
        assert!(Jwks::from_json(&with("crv", Value::Null)).is_err());
        // An unknown curve is skipped, like an unknown kty.
        assert!(Jwks::from_json(&with("crv", "P-192".into())).is_ok_and(|j| j.is_empty()));
        // Not a point on the curve.
        let off_curve = with("y", b64url::encode(&[7u8; 32]).into());
        assert!(Jwks::from_json(&off_curve).is_err());

        let weak_rsa = serde_json::json!({"keys": [{
            "kty": "RSA", "n": b64url::encode(&[0xc5; 128]), "e": "AQAB"
        }]});
        let err = Jwks::from_json(&weak_rsa.to_string()).unwrap_err();
        assert!(err.to_string().contains("1024 bits"), "{err}");

        // Our own records must not carry private members.
        let mut leaky = public.clone();
        leaky.insert("d".into(), "AAAA".into());
        assert!(Jwks::from_public_jwks([Value::Object(leaky).to_string().as_str()]).is_err());
    }

    #[test]
    fn rfc8037_ed25519_example_verifies() {
        // RFC 8037 appendix A.1 public key and A.4 signature over "Example of Ed25519 signing"
        // (not a JSON claims set, so verification passes and claims parsing then refuses it).
        let doc = r#"{"keys":[{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}"#;
        let jwks = Jwks::from_json(doc).unwrap();
        let jws = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
        let err = jwks.verify_jwt(jws, &[Algorithm::EdDSA]).unwrap_err();
        assert!(
            matches!(err, KeyError::MalformedJwt("payload is not a JSON object")),
            "{err}"
        );
        let mut tampered = jws.to_owned();
        tampered.replace_range(30..31, "Z");
        assert!(matches!(
            jwks.verify_jwt(&tampered, &[Algorithm::EdDSA]),
            Err(KeyError::BadSignature)
        ));
    }
}
