//! Signing keys of the identity provider: the only crate that touches private key material.
//!
//! - [`MasterKey`] seals private keys (AES-256-GCM) and derives sub-keys for the idp.
//! - [`generate`] makes a key pair and returns a [`SealedKey`] record for the database;
//!   [`SigningKey::unseal`] turns it back into something that signs JWTs.
//! - [`Jwks`] holds public keys: ours for publication, or a client's for verifying its JWTs.
//! - [`plan`] and [`rotation`] are the key lifecycle as pure functions over stored
//!   [`KeyRecord`]s: publish before signing, keep publishing after signing stops.
//!
//! JOSE work is done by josekit (OpenSSL). The crate knows nothing about the database.

mod algorithm;
mod error;
mod jwk;
mod jwks;
mod lifecycle;
mod master;
pub mod ocra;
mod signing;

pub use algorithm::{token_hash, Algorithm};
pub use error::KeyError;
pub use jwks::{Jwks, VerifiedJwt, MAX_JWT_BYTES};
pub use lifecycle::{plan, rotation, KeyPlan, KeyRecord, Rotation};
pub use master::MasterKey;
pub use signing::{generate, SealedKey, SigningKey};

/// Unpadded base64url, the encoding of every JOSE binary field.
pub(crate) mod b64url {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;

    pub fn encode(bytes: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// Strict: no padding, no standard-alphabet characters, no whitespace.
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        URL_SAFE_NO_PAD.decode(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The idp keeps these in `AppState` behind `Arc`s shared across tokio tasks.
    #[test]
    fn shared_types_are_send_sync_and_clone() {
        fn shareable<T: Send + Sync + Clone + std::fmt::Debug + 'static>() {}
        shareable::<MasterKey>();
        shareable::<SigningKey>();
        shareable::<SealedKey>();
        shareable::<Jwks>();
        shareable::<VerifiedJwt>();
        shareable::<KeyRecord>();
        shareable::<KeyPlan>();
        shareable::<Rotation>();
        shareable::<Algorithm>();
    }
}
