//! Password hashing with argon2id on a small fixed set of threads, so that many parallel
//! sign-ins queue instead of exhausting memory (each hash needs `memory_kib`), and the
//! memory of finished hashes is reused rather than kept by ever more blocking threads.
//!
//! Passwords are hashed and verified in their NFC form ([`super::policy::normalise`]);
//! hashes made before that (`users.password_nfc = false`) verify against the bytes typed.

use crate::config::Argon2 as Argon2Config;
use crate::error::AppError;
use crate::secret::Secret;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

enum Job {
    Hash(Secret, oneshot::Sender<Result<String, String>>),
    Verify(Secret, String, oneshot::Sender<bool>),
}

pub struct PasswordHasher {
    jobs: Mutex<mpsc::Sender<Job>>,
    /// A hash of a random password, verified when the account is unknown so that unknown
    /// and known accounts take the same time.
    dummy: String,
    /// argon2 verifications done so far: the same-work guarantee of sign-in is tested on it.
    verifications: AtomicU64,
    /// Jobs submitted and not yet taken by a worker (`idp_argon2_queue_depth`).
    queued: Arc<AtomicI64>,
}

fn argon2(params: &Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
}

fn hash_with(params: &Params, password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    argon2(params)
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

fn verify_with(params: &Params, password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            argon2(params)
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
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
        let workers = if config.max_concurrent == 0 {
            cores
        } else {
            config.max_concurrent
        };
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        let queued = Arc::new(AtomicI64::new(0));
        for i in 0..workers {
            let rx = rx.clone();
            let params = params.clone();
            let queued = queued.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{i}"))
                .spawn(move || loop {
                    let job = match rx.lock() {
                        Ok(guard) => guard.recv(),
                        Err(_) => return,
                    };
                    if job.is_ok() {
                        let depth = queued.fetch_sub(1, Ordering::Relaxed) - 1;
                        crate::telemetry::argon2_queue(depth);
                    }
                    match job {
                        Ok(Job::Hash(password, reply)) => {
                            let _ = reply.send(hash_with(&params, password.expose()));
                        }
                        Ok(Job::Verify(password, hash, reply)) => {
                            let _ = reply.send(verify_with(&params, password.expose(), &hash));
                        }
                        Err(_) => return,
                    }
                })
                .map_err(|e| AppError::Internal(format!("starting hashing threads: {e}")))?;
        }
        let dummy = hash_with(&params, crate::secret::random_token(16).expose())
            .map_err(AppError::Internal)?;
        Ok(Self {
            jobs: Mutex::new(tx),
            dummy,
            verifications: AtomicU64::new(0),
            queued,
        })
    }

    fn submit(&self, job: Job) -> Result<(), AppError> {
        let depth = self.queued.fetch_add(1, Ordering::Relaxed) + 1;
        crate::telemetry::argon2_queue(depth);
        let sent = self
            .jobs
            .lock()
            .map_err(|_| AppError::Internal("hashing queue poisoned".into()))
            .and_then(|jobs| {
                jobs.send(job)
                    .map_err(|_| AppError::Internal("hashing threads stopped".into()))
            });
        if sent.is_err() {
            let depth = self.queued.fetch_sub(1, Ordering::Relaxed) - 1;
            crate::telemetry::argon2_queue(depth);
        }
        sent
    }

    /// Jobs waiting for a hashing thread now.
    pub fn queued(&self) -> i64 {
        self.queued.load(Ordering::Relaxed)
    }

    /// Hashes the NFC form of `password`.
    pub async fn hash(&self, password: &Secret) -> Result<String, AppError> {
        let (reply, answer) = oneshot::channel();
        let normalised = Secret::new(super::policy::normalise(password.expose()));
        self.submit(Job::Hash(normalised, reply))?;
        answer
            .await
            .map_err(|_| AppError::Internal("hashing thread dropped the job".into()))?
            .map_err(|e| AppError::Internal(format!("argon2: {e}")))
    }

    /// Verifies the NFC form of `password` against `stored`, or against a dummy hash when
    /// there is no stored hash, so the time taken does not reveal whether the account exists.
    /// Exactly one argon2 verification either way.
    pub async fn verify(&self, password: &Secret, stored: Option<&str>) -> Result<bool, AppError> {
        let normalised = Secret::new(super::policy::normalise(password.expose()));
        self.verify_bytes(normalised, stored).await
    }

    /// Verifies `password` exactly as typed: for hashes made before passwords were
    /// normalised. One argon2 verification, like [`Self::verify`].
    pub async fn verify_as_typed(
        &self,
        password: &Secret,
        stored: Option<&str>,
    ) -> Result<bool, AppError> {
        self.verify_bytes(password.clone(), stored).await
    }

    async fn verify_bytes(&self, password: Secret, stored: Option<&str>) -> Result<bool, AppError> {
        let real = stored.is_some();
        let (reply, answer) = oneshot::channel();
        self.verifications.fetch_add(1, Ordering::Relaxed);
        self.submit(Job::Verify(
            password,
            stored.unwrap_or(&self.dummy).to_owned(),
            reply,
        ))?;
        let ok = answer
            .await
            .map_err(|_| AppError::Internal("hashing thread dropped the job".into()))?;
        Ok(ok && real)
    }

    /// How many argon2 verifications this hasher has run.
    pub fn verifications(&self) -> u64 {
        self.verifications.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Jobs beyond the workers wait in the queue, counted while they wait (the
    /// `idp_argon2_queue_depth` gauge), and the count goes back to zero.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn waiting_jobs_are_counted() {
        let hasher = Arc::new(
            PasswordHasher::new(&Argon2Config {
                memory_kib: 32 * 1024,
                iterations: 2,
                parallelism: 1,
                max_concurrent: 1,
            })
            .unwrap(),
        );
        assert_eq!(hasher.queued(), 0);
        let jobs: Vec<_> = (0..4)
            .map(|i| {
                let hasher = hasher.clone();
                tokio::spawn(async move { hasher.hash(&Secret::new(format!("pw {i}"))).await })
            })
            .collect();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let mut peak = 0;
        while peak < 2 && std::time::Instant::now() < deadline {
            peak = peak.max(hasher.queued());
            tokio::task::yield_now().await;
        }
        assert!(peak >= 2, "one job runs, the others wait: peak {peak}");
        for job in jobs {
            job.await.unwrap().unwrap();
        }
        assert_eq!(hasher.queued(), 0);
    }
}
