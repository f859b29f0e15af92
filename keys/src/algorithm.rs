//! JWS algorithms the provider signs and verifies with.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::b64url;
use crate::error::KeyError;

/// A JWS signature algorithm (RFC 7518 / RFC 8037 names).
///
/// `ES256`, `RS256` and `EdDSA` are the provider's own signing algorithms; `ES384` and `PS256`
/// are also supported so that clients registering P-384 or RSA-PSS keys (private_key_jwt) can be
/// verified. All five can be generated and used for signing.
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Algorithm {
    /// ECDSA on P-256 with SHA-256. The default.
    #[default]
    ES256,
    /// ECDSA on P-384 with SHA-384.
    ES384,
    /// RSASSA-PKCS1-v1_5 with SHA-256 (2048-bit keys generated).
    RS256,
    /// RSASSA-PSS with SHA-256 (2048-bit keys generated).
    PS256,
    /// EdDSA with Ed25519 (RFC 8037).
    EdDSA,
}

impl Algorithm {
    /// Every supported algorithm, in the order discovery documents should list them.
    pub const ALL: [Algorithm; 5] = [
        Algorithm::ES256,
        Algorithm::RS256,
        Algorithm::EdDSA,
        Algorithm::ES384,
        Algorithm::PS256,
    ];

    /// The JOSE name, e.g. `"ES256"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::ES256 => "ES256",
            Algorithm::ES384 => "ES384",
            Algorithm::RS256 => "RS256",
            Algorithm::PS256 => "PS256",
            Algorithm::EdDSA => "EdDSA",
        }
    }

    /// The JWK `kty` of keys for this algorithm.
    pub fn key_type(self) -> &'static str {
        match self {
            Algorithm::ES256 | Algorithm::ES384 => "EC",
            Algorithm::RS256 | Algorithm::PS256 => "RSA",
            Algorithm::EdDSA => "OKP",
        }
    }

    /// The JWK `crv` of keys for this algorithm (None for RSA).
    pub fn curve(self) -> Option<&'static str> {
        match self {
            Algorithm::ES256 => Some("P-256"),
            Algorithm::ES384 => Some("P-384"),
            Algorithm::RS256 | Algorithm::PS256 => None,
            Algorithm::EdDSA => Some("Ed25519"),
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Algorithm {
    type Err = KeyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Algorithm::ALL
            .into_iter()
            .find(|alg| alg.as_str() == s)
            .ok_or_else(|| KeyError::UnknownAlgorithm(s.chars().take(32).collect()))
    }
}

/// OpenID Connect `at_hash` / `c_hash` (and FAPI `s_hash`) of `value` for an ID token signed
/// with `alg`: base64url of the left-most half of the hash of the ASCII octets of `value`.
///
/// The hash is the one of the JWS algorithm: SHA-256 for ES256, RS256 and PS256, SHA-384 for
/// ES384. EdDSA names no hash; for Ed25519 keys (the only EdDSA curve this crate uses) this is
/// SHA-512, as agreed by the OpenID Connect working group (connect issue #1125, call of
/// 25 November 2019) and recorded in the "OpenID Connect Token Hash Algorithms" guide; this is
/// also what node-oidc-provider and openid-client do.
pub fn token_hash(alg: Algorithm, value: &str) -> String {
    fn left_half(digest: &[u8]) -> String {
        b64url::encode(&digest[..digest.len() / 2])
    }
    match alg {
        Algorithm::ES256 | Algorithm::RS256 | Algorithm::PS256 => {
            left_half(&Sha256::digest(value.as_bytes()))
        }
        Algorithm::ES384 => left_half(&Sha384::digest(value.as_bytes())),
        Algorithm::EdDSA => left_half(&Sha512::digest(value.as_bytes())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_display_fromstr_and_serde() {
        for alg in Algorithm::ALL {
            assert_eq!(alg.to_string().parse::<Algorithm>().ok(), Some(alg));
            let json = serde_json::to_string(&alg).unwrap();
            assert_eq!(json, format!("\"{}\"", alg.as_str()));
            assert_eq!(serde_json::from_str::<Algorithm>(&json).unwrap(), alg);
        }
        assert_eq!(Algorithm::default(), Algorithm::ES256);
        assert_eq!(Algorithm::EdDSA.to_string(), "EdDSA");
        assert!("HS256".parse::<Algorithm>().is_err());
        assert!("none".parse::<Algorithm>().is_err());
        assert!("es256".parse::<Algorithm>().is_err());
    }

    // Known answers from the oidc-token-hash package (node-oidc-provider / openid-client),
    // cross-checked once with python3 hashlib:
    //   base64.urlsafe_b64encode(hashlib.sha256(at).digest()[:16]).rstrip(b"=")
    //   base64.urlsafe_b64encode(hashlib.sha512(at).digest()[:32]).rstrip(b"=")
    const ACCESS_TOKEN: &str = "YmJiZTAwYmYtMzgyOC00NzhkLTkyOTItNjJjNDM3MGYzOWIy9sFhvH8K_x8UIHj1osisS57f5DduL-ar_qw5jl3lthwpMjm283aVMQXDmoqqqydDSqJfbhptzw8rUVwkuQbolw";

    #[test]
    fn at_hash_known_answers() {
        assert_eq!(
            token_hash(Algorithm::RS256, ACCESS_TOKEN),
            "x7vk7f6BvQj0jQHYFIk4ag"
        );
        assert_eq!(
            token_hash(Algorithm::ES256, ACCESS_TOKEN),
            "x7vk7f6BvQj0jQHYFIk4ag"
        );
        assert_eq!(
            token_hash(Algorithm::PS256, ACCESS_TOKEN),
            "x7vk7f6BvQj0jQHYFIk4ag"
        );
        assert_eq!(
            token_hash(Algorithm::ES384, ACCESS_TOKEN),
            "ups_76_7CCye_J1WIyGHKVG7AAs2olYm"
        );
        assert_eq!(
            token_hash(Algorithm::EdDSA, ACCESS_TOKEN),
            "EGEAhGYyfuwDaVTifvrWSoD5MSy_5hZPy6I7Vm-7pTQ"
        );
        // A different value gives a different hash (the claim binds the token).
        assert_ne!(
            token_hash(Algorithm::RS256, "other"),
            "x7vk7f6BvQj0jQHYFIk4ag"
        );
    }
}
