//! Password hashing with argon2id on a small fixed set of threads, so that many parallel
//! sign-ins queue instead of exhausting memory (each hash needs `memory_kib`), and the
//! memory of finished hashes is reused rather than kept by ever more blocking threads.
//! Each thread keeps its argon2 buffer while jobs are waiting, so that a busy thread does
//! not fault 19 MiB of fresh pages in per hash, and gives it back to the system as soon as
//! none is (issue 18): memory returns to its idle size after a burst of sign-ins.
//!
//! Passwords are hashed and verified in their NFC form ([`super::policy::normalise`]);
//! hashes made before that (`users.password_nfc = false`) verify against the bytes typed.

use crate::config::Argon2 as Argon2Config;
use crate::error::AppError;
use crate::secret::Secret;
use argon2::password_hash::{Output, ParamsString, PasswordHash, Salt, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
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

/// argon2 of `password` and `salt` in `memory` (grown to the parameters' size, never
/// cleared: every block is written before it is read), as a PHC string's parts.
fn compute<'a>(
    argon: &Argon2<'_>,
    password: &[u8],
    salt: Salt<'a>,
    memory: &mut Vec<Block>,
) -> argon2::password_hash::Result<PasswordHash<'a>> {
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_bytes)?;
    let params = argon.params();
    if memory.len() < params.block_count() {
        memory.resize(params.block_count(), Block::default());
    }
    let output_len = params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN);
    let hash = Output::init_with(output_len, |out| {
        Ok(argon.hash_password_into_with_memory(password, salt_bytes, out, &mut memory[..])?)
    })?;
    Ok(PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(params)?,
        salt: Some(salt),
        hash: Some(hash),
    })
}

fn hash_with(params: &Params, password: &str, memory: &mut Vec<Block>) -> Result<String, String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    compute(&argon2(params), password.as_bytes(), salt.as_salt(), memory)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Whether `password` matches the PHC string `hash`, with the parameters the hash was made
/// with (which may be older than the configured ones).
fn verify_with(password: &str, hash: &str, memory: &mut Vec<Block>) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from).transpose() {
        Ok(v) => v.unwrap_or_default(),
        Err(_) => return false,
    };
    let (Ok(algorithm), Ok(params)) = (
        Algorithm::try_from(parsed.algorithm),
        Params::try_from(&parsed),
    ) else {
        return false;
    };
    let argon = Argon2::new(algorithm, version, params);
    // `Output` compares in constant time.
    compute(&argon, password.as_bytes(), salt, memory).is_ok_and(|h| h.hash == Some(expected))
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
                .spawn(move || {
                    let mut memory = Vec::new();
                    loop {
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
                                let _ =
                                    reply.send(hash_with(&params, password.expose(), &mut memory));
                            }
                            Ok(Job::Verify(password, hash, reply)) => {
                                let _ =
                                    reply.send(verify_with(password.expose(), &hash, &mut memory));
                            }
                            Err(_) => return,
                        }
                        // Nothing waiting: the buffer goes back to the system (a block this
                        // large is a mapping of its own, `main.rs`).
                        if queued.load(Ordering::Relaxed) <= 0 {
                            memory = Vec::new();
                        }
                    }
                })
                .map_err(|e| AppError::Internal(format!("starting hashing threads: {e}")))?;
        }
        let dummy = hash_with(
            &params,
            crate::secret::random_token(16).expose(),
            &mut Vec::new(),
        )
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

    /// Hashes made through our own buffer are standard PHC argon2id strings, and hashes made
    /// by the crate's own API (every stored hash so far), with other parameters too, verify.
    #[test]
    fn the_reused_buffer_gives_the_crates_own_hashes() {
        use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
        let params = Params::new(64, 2, 1, None).unwrap();
        let mut memory = Vec::new();
        let ours = hash_with(&params, "pässword", &mut memory).unwrap();
        assert!(ours.starts_with("$argon2id$v=19$m=64,t=2,p=1$"), "{ours}");
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(argon2(&params)
            .verify_password("pässword".as_bytes(), &parsed)
            .is_ok());

        let older = Params::new(128, 3, 1, None).unwrap();
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        let theirs = argon2(&older)
            .hash_password(b"another one", &salt)
            .unwrap()
            .to_string();
        // The buffer is still the size of the first hash: it grows for this one.
        assert!(verify_with("another one", &theirs, &mut memory));
        assert!(!verify_with("another onE", &theirs, &mut memory));
        assert!(verify_with("pässword", &ours, &mut memory));
        assert!(!verify_with(
            "pässword",
            "$argon2id$v=19$m=64,t=2,p=1$bad",
            &mut memory
        ));
    }

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
