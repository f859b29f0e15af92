//! JWK helpers: public-member filtering, RFC 7638 thumbprints, validation of key parameters and
//! best-effort scrubbing of private members.

use std::collections::BTreeMap;

use josekit::jwk::Jwk;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use zeroize::Zeroize;

use crate::algorithm::Algorithm;
use crate::b64url;
use crate::error::KeyError;

/// Members that may appear in a published JWK. Everything else (notably `d`, `p`, `q`, `dp`,
/// `dq`, `qi`, `k`, `oth`) is dropped.
const PUBLIC_MEMBERS: [&str; 10] = [
    "kty", "kid", "use", "alg", "key_ops", "crv", "x", "y", "n", "e",
];

/// The public members of a JWK.
pub(crate) fn public_members(jwk: &Map<String, Value>) -> Map<String, Value> {
    jwk.iter()
        .filter(|(name, _)| PUBLIC_MEMBERS.contains(&name.as_str()))
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect()
}

fn string_member<'a>(jwk: &'a Map<String, Value>, name: &'static str) -> Result<&'a str, KeyError> {
    match jwk.get(name) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(KeyError::InvalidJwk(format!(
            "member {name:?} must be a string"
        ))),
        None => Err(KeyError::InvalidJwk(format!("member {name:?} is missing"))),
    }
}

/// RFC 7638 JWK thumbprint (SHA-256, base64url) over the required members of the key type.
pub(crate) fn thumbprint(jwk: &Map<String, Value>) -> Result<String, KeyError> {
    let kty = string_member(jwk, "kty")?;
    let required: &[&'static str] = match kty {
        "EC" => &["crv", "kty", "x", "y"],
        "RSA" => &["e", "kty", "n"],
        "OKP" => &["crv", "kty", "x"],
        other => {
            return Err(KeyError::InvalidJwk(format!(
                "cannot compute a thumbprint for kty {:?}",
                truncate(other)
            )))
        }
    };
    // A BTreeMap serialises its keys in lexicographic order with no whitespace, which is the
    // canonical form RFC 7638 requires (independent of serde_json's preserve_order feature).
    let mut canonical = BTreeMap::new();
    for name in required {
        canonical.insert(*name, string_member(jwk, name)?);
    }
    let json = serde_json::to_string(&canonical)
        .map_err(|e| KeyError::InvalidJwk(format!("cannot serialise thumbprint input: {e}")))?;
    Ok(b64url::encode(&Sha256::digest(json.as_bytes())))
}

/// Check that `jwk` is a well-formed public key of the kind `alg` needs (right kty and curve,
/// coordinates of the right length, RSA modulus of at least 2048 bits). Done before handing the
/// key to OpenSSL so that hostile input is refused early and with a clear message.
pub(crate) fn check_key_for(alg: Algorithm, jwk: &Map<String, Value>) -> Result<(), KeyError> {
    let kty = string_member(jwk, "kty")?;
    if kty != alg.key_type() {
        return Err(KeyError::InvalidJwk(format!(
            "{alg} needs kty {:?}, not {:?}",
            alg.key_type(),
            truncate(kty)
        )));
    }
    if let Some(curve) = alg.curve() {
        let crv = string_member(jwk, "crv")?;
        if crv != curve {
            return Err(KeyError::InvalidJwk(format!(
                "{alg} needs crv {curve:?}, not {:?}",
                truncate(crv)
            )));
        }
    }
    let coordinate = |name: &'static str, len: usize| -> Result<(), KeyError> {
        let bytes = b64url::decode(string_member(jwk, name)?)
            .ok_or_else(|| KeyError::InvalidJwk(format!("member {name:?} is not base64url")))?;
        if bytes.len() != len {
            return Err(KeyError::InvalidJwk(format!(
                "member {name:?} must be {len} bytes for {alg}, got {}",
                bytes.len()
            )));
        }
        Ok(())
    };
    match alg {
        Algorithm::ES256 => {
            coordinate("x", 32)?;
            coordinate("y", 32)
        }
        Algorithm::ES384 => {
            coordinate("x", 48)?;
            coordinate("y", 48)
        }
        Algorithm::EdDSA => coordinate("x", 32),
        Algorithm::RS256 | Algorithm::PS256 => {
            let n = b64url::decode(string_member(jwk, "n")?)
                .ok_or_else(|| KeyError::InvalidJwk("member \"n\" is not base64url".into()))?;
            let e = b64url::decode(string_member(jwk, "e")?)
                .ok_or_else(|| KeyError::InvalidJwk("member \"e\" is not base64url".into()))?;
            let n = strip_leading_zeros(&n);
            let e = strip_leading_zeros(&e);
            if n.len() < 256 {
                return Err(KeyError::InvalidJwk(format!(
                    "RSA modulus is {} bits; at least 2048 are required",
                    n.len() * 8
                )));
            }
            if n.len() > 2048 {
                return Err(KeyError::InvalidJwk(
                    "RSA modulus larger than 16384 bits".into(),
                ));
            }
            if e.is_empty() || e.len() > 8 {
                return Err(KeyError::InvalidJwk("RSA exponent is out of range".into()));
            }
            Ok(())
        }
    }
}

fn strip_leading_zeros(bytes: &[u8]) -> &[u8] {
    let zeros = bytes.iter().take_while(|b| **b == 0).count();
    &bytes[zeros..]
}

/// At most 40 characters of untrusted text, for error messages.
pub(crate) fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Overwrite the string members of a (private) JWK before dropping it. Best effort: copies made
/// inside OpenSSL are freed by OpenSSL, which clears private key memory itself.
pub(crate) fn scrub(jwk: Jwk) {
    let mut map: Map<String, Value> = jwk.into();
    for (_, value) in map.iter_mut() {
        if let Value::String(s) = value {
            s.zeroize();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(json: &str) -> Map<String, Value> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn thumbprint_matches_rfc8037_example() {
        // RFC 8037 appendix A.3: the Ed25519 key of appendix A.1 has this thumbprint. Member
        // order and the private "d" member must not matter.
        let jwk = map(
            r#"{"x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","kty":"OKP","crv":"Ed25519",
                "d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","kid":"ignored"}"#,
        );
        assert_eq!(
            thumbprint(&jwk).unwrap(),
            "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
        );
    }

    #[test]
    fn thumbprint_refuses_incomplete_or_unknown_keys() {
        assert!(thumbprint(&map(r#"{"kty":"OKP","crv":"Ed25519"}"#)).is_err());
        assert!(thumbprint(&map(r#"{"kty":"oct","k":"AAAA"}"#)).is_err());
        assert!(thumbprint(&map(r#"{"kty":"EC","crv":"P-256","x":1,"y":"AA"}"#)).is_err());
        assert!(thumbprint(&map(r#"{}"#)).is_err());
    }

    #[test]
    fn public_members_drop_private_parameters() {
        let jwk = map(
            r#"{"kty":"RSA","n":"AQAB","e":"AQAB","d":"secret","p":"s","q":"s","dp":"s",
                "dq":"s","qi":"s","kid":"k","alg":"RS256","use":"sig","x5c":["AAAA"]}"#,
        );
        let public = public_members(&jwk);
        let mut names: Vec<&str> = public.keys().map(String::as_str).collect();
        names.sort_unstable();
        assert_eq!(names, ["alg", "e", "kid", "kty", "n", "use"]);
    }
}
