//! Password hashing with argon2id, bounded so that many parallel sign-ins queue instead of
//! exhausting memory, and run off the async workers.

use crate::config::Argon2 as Argon2Config;
use crate::error::AppError;
use crate::secret::Secret;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::Arc;
use tokio::sync::Semaphore;

pub struct PasswordHasher {
    params: Params,
    permits: Arc<Semaphore>,
    /// A hash of a random password, verified when the account is unknown so that unknown
    /// and known accounts take the same time.
    dummy: String,
}

impl PasswordHasher {
    pub fn new(config: &Argon2Config) -> Result<Self, AppError> {
        let params = Params::new(
            config.memory_kib,
            config.iterations,
            config.parallelism,
            None,
        )
        .map_err(|e| AppError::Internal(format!("argon2 parameters: {e}")))?;
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        let permits = if config.max_concurrent == 0 {
            cores
        } else {
            config.max_concurrent
        };
        let mut hasher = Self {
            params,
            permits: Arc::new(Semaphore::new(permits)),
            dummy: String::new(),
        };
        hasher.dummy = hasher.hash_blocking(crate::secret::random_token(16).expose())?;
        Ok(hasher)
    }

    fn argon2(&self) -> Argon2<'static> {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, self.params.clone())
    }

    fn hash_blocking(&self, password: &str) -> Result<String, AppError> {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        self.argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| AppError::Internal(format!("argon2: {e}")))
    }

    pub async fn hash(&self, password: &Secret) -> Result<String, AppError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let argon2 = self.argon2();
        let password = password.clone();
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut rand::rngs::OsRng);
            argon2
                .hash_password(password.expose().as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| AppError::Internal(format!("argon2: {e}")))
        })
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
    }

    /// Verifies `password` against `stored`, or against a dummy hash when there is no stored
    /// hash, so the time taken does not reveal whether the account exists.
    pub async fn verify(&self, password: &Secret, stored: Option<&str>) -> Result<bool, AppError> {
        let real = stored.is_some();
        let hash = stored.unwrap_or(&self.dummy).to_owned();
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let argon2 = self.argon2();
        let password = password.clone();
        let ok = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&hash)
                .map(|parsed| {
                    argon2
                        .verify_password(password.expose().as_bytes(), &parsed)
                        .is_ok()
                })
                .unwrap_or(false)
        })
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(ok && real)
    }
}
