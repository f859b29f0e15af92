//! Password hashing with argon2id on a small fixed set of threads, so that many parallel
//! sign-ins queue instead of exhausting memory (each hash needs `memory_kib`), and the
//! memory of finished hashes is reused rather than kept by ever more blocking threads.
//! The argon2 buffers of finished hashes are kept for the next ones, so that a busy thread
//! does not fault 19 MiB of fresh pages in per hash (a fifth of a hash's time), and given
//! back to the system once none was used for [`KEEP_BUFFERS`] (issue 18): memory returns to
//! its idle size soon after a burst of sign-ins.
//!
//! Passwords are hashed and verified in their NFC form ([`super::policy::normalise`]);
//! hashes made before that (`users.password_nfc = false`) verify against the bytes typed.

use crate::config::Argon2 as Argon2Config;
use crate::error::AppError;
use crate::secret::Secret;
use argon2::password_hash::{Output, ParamsString, PasswordHash, Salt, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};
use tokio::sync::oneshot;

/// How long the buffer of a finished hash is kept for the next one: sign-ins a second apart
/// reuse it, and it is given back about a second after the last.
const KEEP_BUFFERS: Duration = Duration::from_secs(1);

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
    /// The threads' buffers, seen by the tests.
    #[cfg(test)]
    buffers: Arc<Mutex<Buffers>>,
}

/// The argon2 buffers of the hashing threads: those kept since their last hash, and how many
/// are hashing now.
#[derive(Default)]
struct Buffers {
    kept: Vec<(Vec<Block>, Instant)>,
    lent: usize,
}

impl Buffers {
    /// A kept buffer, or a new empty one ([`compute`] grows it).
    fn lend(&mut self) -> Vec<Block> {
        self.lent += 1;
        self.kept
            .pop()
            .map(|(memory, _)| memory)
            .unwrap_or_default()
    }

    fn give_back(&mut self, memory: Vec<Block>) {
        self.lent = self.lent.saturating_sub(1);
        self.kept.push((memory, Instant::now()));
    }

    /// Gives the buffers unused for [`KEEP_BUFFERS`] back to the system (a block this large
    /// is a mapping of its own, `main.rs`).
    fn drop_unused(&mut self) {
        self.kept.retain(|(_, at)| at.elapsed() < KEEP_BUFFERS);
    }

    /// No buffer is kept or lent: nothing to give back later.
    fn none(&self) -> bool {
        self.lent == 0 && self.kept.is_empty()
    }
}

/// Takes the next job for a hashing thread, with a buffer to hash in. The thread that waits
/// for it gives unused buffers back meanwhile; it waits without waking once there are none,
/// and none can come back (a buffer is lent while `jobs` is held, so none is on its way).
fn next_job(
    jobs: &Mutex<mpsc::Receiver<Job>>,
    buffers: &Mutex<Buffers>,
) -> Option<(Job, Vec<Block>)> {
    let buffers = || buffers.lock().unwrap_or_else(PoisonError::into_inner);
    let jobs = jobs.lock().ok()?;
    let job = loop {
        if buffers().none() {
            break jobs.recv().ok()?;
        }
        match jobs.recv_timeout(KEEP_BUFFERS) {
            Ok(job) => break job,
            Err(RecvTimeoutError::Timeout) => buffers().drop_unused(),
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    };
    let memory = buffers().lend();
    Some((job, memory))
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
        let buffers = Arc::new(Mutex::new(Buffers::default()));
        for i in 0..workers {
            let rx = rx.clone();
            let params = params.clone();
            let queued = queued.clone();
            let buffers = buffers.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{i}"))
                .spawn(move || {
                    // The buffer goes back before the answer, which may bring the next job.
                    let give_back = |memory| {
                        buffers
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .give_back(memory)
                    };
                    while let Some((job, mut memory)) = next_job(&rx, &buffers) {
                        let depth = queued.fetch_sub(1, Ordering::Relaxed) - 1;
                        crate::telemetry::argon2_queue(depth);
                        match job {
                            Job::Hash(password, reply) => {
                                let hashed = hash_with(&params, password.expose(), &mut memory);
                                give_back(memory);
                                let _ = reply.send(hashed);
                            }
                            Job::Verify(password, hash, reply) => {
                                let matches = verify_with(password.expose(), &hash, &mut memory);
                                give_back(memory);
                                let _ = reply.send(matches);
                            }
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
            #[cfg(test)]
            buffers,
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

    /// Buffers kept for the next hashes, or hashing now.
    #[cfg(test)]
    fn buffers_held(&self) -> usize {
        let buffers = self.buffers.lock().unwrap_or_else(PoisonError::into_inner);
        buffers.kept.len() + buffers.lent
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

    /// A finished hash's buffer is kept for the next hash, which reuses it, and given back
    /// once none has been used for a while: the hasher holds no memory when idle.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn buffers_are_reused_then_given_back_when_idle() {
        let hasher = PasswordHasher::new(&Argon2Config {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
            max_concurrent: 2,
        })
        .unwrap();
        // Building the hasher hashed its dummy password in a buffer of its own.
        assert_eq!(hasher.buffers_held(), 0);
        let stored = hasher.hash(&Secret::new("pw")).await.unwrap();
        assert_eq!(hasher.buffers_held(), 1);
        for _ in 0..3 {
            assert!(hasher
                .verify(&Secret::new("pw"), Some(&stored))
                .await
                .unwrap());
            assert_eq!(hasher.buffers_held(), 1, "one buffer, reused");
        }
        let deadline = Instant::now() + KEEP_BUFFERS * 10;
        while hasher.buffers_held() > 0 {
            assert!(Instant::now() < deadline, "the buffer was never given back");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}
