//! The one error type of the crate. Messages are written for an operator reading a log or a CLI
//! error; none of them ever contains key material, sealed values or token contents.

/// Everything that can go wrong with keys, sealing and JWTs.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The configured master key cannot be used.
    #[error("invalid master key: {0}")]
    InvalidMasterKey(&'static str),

    /// A sealed value does not start with a format tag this version understands.
    #[error("sealed value has an unknown format (expected it to start with \"v1.\")")]
    UnknownSealFormat,

    /// A sealed value is structurally broken (bad base64 or too short).
    #[error("sealed value is corrupt: {0}")]
    CorruptSealedValue(&'static str),

    /// Authenticated decryption failed.
    #[error(
        "cannot open sealed value: wrong master key, value sealed for another context, or tampered data"
    )]
    OpenFailed,

    /// A stored signing key does not match its kid or its algorithm.
    #[error("stored signing key {kid} is inconsistent: {reason}")]
    KeyMismatch {
        /// The kid of the stored record.
        kid: String,
        /// What does not match.
        reason: &'static str,
    },

    /// The algorithm name is not one this crate supports.
    #[error("unsupported signing algorithm {0:?} (supported: ES256, ES384, RS256, PS256, EdDSA)")]
    UnknownAlgorithm(String),

    /// Key generation failed inside OpenSSL.
    #[error("could not generate a {alg} key: {reason}")]
    Generate {
        /// The algorithm asked for.
        alg: crate::Algorithm,
        /// The library's explanation.
        reason: String,
    },

    /// A JWK is malformed or unusable.
    #[error("invalid JWK: {0}")]
    InvalidJwk(String),

    /// A JWK Set document is malformed.
    #[error("invalid JWK Set: {0}")]
    InvalidJwks(String),

    /// Signing failed.
    #[error("could not sign the JWT: {0}")]
    Sign(String),

    /// The input is not a well-formed compact JWS.
    #[error("malformed JWT: {0}")]
    MalformedJwt(&'static str),

    /// The input is larger than any JWT this provider accepts.
    #[error("JWT is too large ({len} bytes, at most {max} accepted)")]
    JwtTooLarge {
        /// Size of the input.
        len: usize,
        /// The limit.
        max: usize,
    },

    /// The JWT's `alg` is refused (none, HMAC, unknown or not allowed here).
    #[error("JWT algorithm {alg:?} is not accepted: {reason}")]
    AlgorithmNotAllowed {
        /// The `alg` header value.
        alg: String,
        /// Why it is refused.
        reason: &'static str,
    },

    /// No key in the set can verify this JWT.
    #[error("no key in the key set matches the JWT (kid {kid:?}, alg {alg})")]
    NoMatchingKey {
        /// The `kid` header value, if any.
        kid: Option<String>,
        /// The `alg` header value.
        alg: String,
    },

    /// The signature does not verify under any candidate key.
    #[error("JWT signature is invalid")]
    BadSignature,
}
