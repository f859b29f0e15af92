//! The provider's signing keys as a service: loads the sealed keys from the database, asks
//! the `keys` crate which one signs and which are published, and caches that briefly so
//! every node follows a rotation within `keys.cache_secs` (30 s by default).

use crate::clock::Clock;
use crate::error::AppError;
use crate::store::{self, Db};
use keys::{Algorithm, Jwks, KeyRecord, MasterKey, SigningKey};
use std::sync::Arc;
use tokio::sync::RwLock;

pub struct Signer {
    db: Db,
    master: Arc<MasterKey>,
    clock: Arc<dyn Clock>,
    algorithm: Algorithm,
    publish_lead_secs: i64,
    max_token_lifetime_secs: i64,
    /// How long loaded keys are used before the database is read again: the bound on how
    /// late a node follows a rotation or retirement made elsewhere.
    cache_secs: i64,
    cache: RwLock<Option<Arc<Loaded>>>,
}

pub struct Loaded {
    loaded_at: i64,
    /// The key of the default algorithm.
    pub signing: SigningKey,
    /// The signing key of every algorithm that has one (the default first).
    pub by_alg: Vec<SigningKey>,
    pub published: Jwks,
    pub jwks_json: serde_json::Value,
    /// `jwks_json` serialised once per load: the body of every `/jwks.json` answer.
    pub jwks_body: bytes::Bytes,
    /// The algorithms of `by_alg`, by name.
    pub algorithm_names: Vec<String>,
}

impl Loaded {
    /// The key for `alg` (a client's ID token algorithm), else the default one.
    pub fn for_alg(&self, alg: Option<&str>) -> &SigningKey {
        alg.and_then(|a| self.by_alg.iter().find(|k| k.alg().to_string() == a))
            .unwrap_or(&self.signing)
    }

    pub fn algorithms(&self) -> Vec<String> {
        self.algorithm_names.clone()
    }
}

impl Signer {
    pub fn new(
        db: Db,
        master: Arc<MasterKey>,
        clock: Arc<dyn Clock>,
        algorithm: Algorithm,
        publish_lead_secs: i64,
        max_token_lifetime_secs: i64,
        cache_secs: i64,
    ) -> Self {
        Self {
            db,
            master,
            clock,
            algorithm,
            publish_lead_secs,
            max_token_lifetime_secs,
            cache_secs,
            cache: RwLock::new(None),
        }
    }

    /// Creates the first keys of a fresh installation; they sign at once. There is always a
    /// key of the configured algorithm and an RS256 key (OpenID Connect Discovery requires
    /// RS256 among the ID token algorithms; clients choose theirs).
    pub async fn ensure_key(&self) -> Result<(), AppError> {
        let records = self.records().await?;
        let now = self.clock.now();
        for alg in self.algorithms() {
            if !records.iter().any(|r| r.alg == alg) {
                self.insert_new(alg, now, now).await?;
            }
        }
        Ok(())
    }

    /// The algorithms that always have a signing key: the default first, then RS256.
    pub fn algorithms(&self) -> Vec<Algorithm> {
        let mut algs = vec![self.algorithm];
        if self.algorithm != Algorithm::RS256 {
            algs.push(Algorithm::RS256);
        }
        algs
    }

    async fn insert_new(
        &self,
        alg: Algorithm,
        now: i64,
        activate_at: i64,
    ) -> Result<String, AppError> {
        let sealed = keys::generate(alg, &self.master)?;
        let kid = sealed.kid.clone();
        store::keys::insert(
            &self.db,
            store::keys::StoredKey {
                kid: sealed.kid,
                alg: sealed.alg.to_string(),
                public_jwk: sealed.public_jwk,
                sealed_private: sealed.sealed_private,
                created_at: now,
                activate_at,
                deactivated_at: None,
                retire_at: None,
            },
        )
        .await?;
        Ok(kid)
    }

    /// Rotation: the new key is published now and signs after the publish lead; the old one
    /// stays published until every token it signed has expired.
    pub async fn rotate(&self, alg: Option<Algorithm>) -> Result<String, AppError> {
        let now = self.clock.now();
        let alg = alg.unwrap_or(self.algorithm);
        // Rotation replaces the key of the same algorithm only.
        let records: Vec<KeyRecord> = self
            .records()
            .await?
            .into_iter()
            .filter(|r| r.alg == alg)
            .collect();
        let plan = keys::rotation(
            now,
            &records,
            self.publish_lead_secs,
            self.max_token_lifetime_secs,
        );
        let tx = store::begin(&self.db).await?;
        let kid = {
            let sealed = keys::generate(alg, &self.master)?;
            let kid = sealed.kid.clone();
            store::keys::insert(
                &tx,
                store::keys::StoredKey {
                    kid: sealed.kid,
                    alg: sealed.alg.to_string(),
                    public_jwk: sealed.public_jwk,
                    sealed_private: sealed.sealed_private,
                    created_at: now,
                    activate_at: plan.new_activate_at,
                    deactivated_at: None,
                    retire_at: None,
                },
            )
            .await?;
            kid
        };
        if let (Some(old), Some(deactivated), Some(retire)) =
            (plan.old_kid, plan.old_deactivated_at, plan.old_retire_at)
        {
            store::keys::set_deactivation(&tx, &old, deactivated, retire).await?;
        }
        store::commit(tx).await?;
        *self.cache.write().await = None;
        Ok(kid)
    }

    /// Retires a key at once: it no longer signs and is no longer published.
    pub async fn retire(&self, kid: &str) -> Result<bool, AppError> {
        let now = self.clock.now();
        let done = store::keys::set_deactivation(&self.db, kid, now, now).await?;
        *self.cache.write().await = None;
        Ok(done)
    }

    pub async fn records(&self) -> Result<Vec<KeyRecord>, AppError> {
        let stored = store::keys::all(&self.db).await?;
        stored
            .into_iter()
            .map(|k| {
                Ok(KeyRecord {
                    alg: k.alg.parse().map_err(|_| {
                        AppError::Internal(format!("key {} has algorithm {}", k.kid, k.alg))
                    })?,
                    kid: k.kid,
                    created_at: k.created_at,
                    activate_at: k.activate_at,
                    deactivated_at: k.deactivated_at,
                    retire_at: k.retire_at,
                })
            })
            .collect()
    }

    pub async fn current(&self) -> Result<Arc<Loaded>, AppError> {
        let now = self.clock.now();
        if let Some(loaded) = self.cache.read().await.as_ref() {
            if now - loaded.loaded_at < self.cache_secs && now >= loaded.loaded_at {
                return Ok(loaded.clone());
            }
        }
        let loaded = Arc::new(self.load(now).await?);
        *self.cache.write().await = Some(loaded.clone());
        Ok(loaded)
    }

    async fn load(&self, now: i64) -> Result<Loaded, AppError> {
        let stored = store::keys::all(&self.db).await?;
        let records = self.records().await?;
        let mut published_kids: Vec<String> = Vec::new();
        let mut by_alg: Vec<SigningKey> = Vec::new();
        let mut algs: Vec<Algorithm> = self.algorithms();
        for r in &records {
            if !algs.contains(&r.alg) {
                algs.push(r.alg);
            }
        }
        for alg in algs {
            let group: Vec<KeyRecord> = records.iter().filter(|r| r.alg == alg).cloned().collect();
            let plan = keys::plan(now, &group);
            published_kids.extend(plan.published);
            let Some(kid) = plan.signing else { continue };
            let row = stored
                .iter()
                .find(|k| k.kid == kid)
                .ok_or_else(|| AppError::Internal("signing key vanished".into()))?;
            by_alg.push(SigningKey::unseal(
                &keys::SealedKey {
                    kid: row.kid.clone(),
                    alg,
                    public_jwk: row.public_jwk.clone(),
                    sealed_private: row.sealed_private.clone(),
                },
                &self.master,
            )?);
        }
        let signing = by_alg
            .first()
            .cloned()
            .ok_or_else(|| AppError::Internal("no signing key: run `idp keys rotate`".into()))?;
        let published_jwks: Vec<&str> = stored
            .iter()
            .filter(|k| published_kids.contains(&k.kid))
            .map(|k| k.public_jwk.as_str())
            .collect();
        let published = Jwks::from_public_jwks(published_jwks)?;
        let jwks_json = published.to_json();
        let jwks_body = serde_json::to_vec(&jwks_json)
            .map_err(|e| AppError::Internal(e.to_string()))?
            .into();
        Ok(Loaded {
            loaded_at: now,
            signing,
            algorithm_names: by_alg.iter().map(|k| k.alg().to_string()).collect(),
            by_alg,
            published,
            jwks_json,
            jwks_body,
        })
    }

    pub async fn sign(
        &self,
        claims: &serde_json::Map<String, serde_json::Value>,
        typ: Option<&str>,
    ) -> Result<(String, Algorithm), AppError> {
        let loaded = self.current().await?;
        Ok((loaded.signing.sign_jwt(claims, typ)?, loaded.signing.alg()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::TestClock;

    /// Two nodes on one database: a rotation made by one is published by the other once
    /// its cache is `cache_secs` old, not before.
    #[tokio::test]
    async fn another_node_publishes_a_rotation_within_the_cache_bound() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("idp.db").display());
        let db = store::connect(&url).await.unwrap();
        store::migrate(&db).await.unwrap();
        let clock = TestClock::new(1_900_000_000);
        let master = Arc::new(MasterKey::generate());
        let node = |cache_secs| {
            Signer::new(
                db.clone(),
                master.clone(),
                Arc::new(clock.clone()),
                Algorithm::ES256,
                600,
                3600,
                cache_secs,
            )
        };
        let (a, b) = (node(5), node(5));
        a.ensure_key().await.unwrap();
        let published = |loaded: &Loaded| loaded.jwks_json.to_string();
        let before = published(&b.current().await.unwrap());

        let kid = a.rotate(None).await.unwrap();
        assert!(published(&a.current().await.unwrap()).contains(&kid));
        clock.advance(4);
        assert_eq!(
            published(&b.current().await.unwrap()),
            before,
            "still cached"
        );
        clock.advance(1);
        assert!(published(&b.current().await.unwrap()).contains(&kid));
    }
}
