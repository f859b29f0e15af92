//! Registered clients kept in the node's memory (issue 18, decision 0040). Every token,
//! introspection and authorization request names a client; reading it from the database
//! each time was half the statements of a `client_credentials` token.
//!
//! Each entry is used for `clients.cache_secs` (1 s by default) after it was read and then
//! read again, so a removed client, a new secret or changed redirect URIs take effect on
//! every node within that bound, whoever made the change (`idp client`, SQL, another
//! node) and without any of them having to announce it. Unknown client ids are not kept: a
//! client registered a moment ago works at once, and requests naming random ids cannot
//! fill the memory. The ids of a client's access applications (J11, the `entitlements`
//! claim of its tokens) are kept beside it under the same bound: most clients have none,
//! and every token, introspection and userinfo of a user asked.

use crate::store::{self, clients::Client, Conn, StoreError};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// More distinct clients than this within `cache_secs` are read from the database.
const MAX_ENTRIES: usize = 4096;

pub struct ClientCache {
    clients: Aged<Client>,
    applications: Aged<Vec<String>>,
}

impl ClientCache {
    pub fn new(cache_secs: i64) -> Self {
        Self {
            clients: Aged::new(cache_secs),
            applications: Aged::new(cache_secs),
        }
    }

    /// The client registered as `client_id`, as read at most `cache_secs` ago.
    pub async fn find(
        &self,
        db: &impl Conn,
        now: i64,
        client_id: &str,
    ) -> Result<Option<Arc<Client>>, StoreError> {
        let found = store::clients::find(db, client_id);
        self.clients.get_or_load(now, client_id, found).await
    }

    /// The ids of the access applications whose client is `client_id` (usually none), as
    /// read at most `cache_secs` ago.
    pub async fn applications(
        &self,
        db: &impl Conn,
        now: i64,
        client_id: &str,
    ) -> Result<Arc<Vec<String>>, StoreError> {
        let ids = async {
            let apps = store::access::applications_of_client(db, client_id).await?;
            Ok(Some(apps.into_iter().map(|a| a.id).collect()))
        };
        let ids = self.applications.get_or_load(now, client_id, ids).await?;
        Ok(ids.unwrap_or_default())
    }
}

/// Values by client id, each used for `cache_secs` after it was read.
struct Aged<T> {
    cache_secs: i64,
    entries: RwLock<HashMap<Box<str>, Kept<T>>>,
}

/// A value and when it was read (unix seconds).
type Kept<T> = (Arc<T>, i64);

impl<T> Aged<T> {
    fn new(cache_secs: i64) -> Self {
        Self {
            cache_secs,
            entries: RwLock::new(HashMap::new()),
        }
    }

    /// The value of `key` if it was read less than `cache_secs` ago, else what `load` reads
    /// now: kept when there is one, forgotten when there is none (an unknown id is not kept).
    async fn get_or_load(
        &self,
        now: i64,
        key: &str,
        load: impl std::future::Future<Output = Result<Option<T>, StoreError>>,
    ) -> Result<Option<Arc<T>>, StoreError> {
        if let Some(value) = self.fresh(now, key) {
            return Ok(Some(value));
        }
        let Some(value) = load.await? else {
            self.forget(key);
            return Ok(None);
        };
        let value = Arc::new(value);
        self.keep(now, key, &value);
        Ok(Some(value))
    }

    fn fresh(&self, now: i64, key: &str) -> Option<Arc<T>> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let (value, loaded_at) = entries.get(key)?;
        // A clock that went back counts as stale, never as fresh for longer.
        (0..self.cache_secs)
            .contains(&(now - loaded_at))
            .then(|| value.clone())
    }

    fn keep(&self, now: i64, key: &str, value: &Arc<T>) {
        if self.cache_secs == 0 {
            return;
        }
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= MAX_ENTRIES {
            let cache_secs = self.cache_secs;
            entries.retain(|_, (_, at)| (0..cache_secs).contains(&(now - *at)));
            if entries.len() >= MAX_ENTRIES {
                return;
            }
        }
        entries.insert(key.into(), (value.clone(), now));
    }

    fn forget(&self, key: &str) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        entries.remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(id: &str) -> Arc<Client> {
        Arc::new(Client::bare(id))
    }

    #[test]
    fn an_entry_is_used_for_cache_secs_and_not_after() {
        let cache = Aged::new(2);
        cache.keep(100, "a", &client("a"));
        assert!(cache.fresh(100, "a").is_some());
        assert!(cache.fresh(101, "a").is_some());
        assert!(
            cache.fresh(102, "a").is_none(),
            "two seconds later it is read again"
        );
        assert!(
            cache.fresh(99, "a").is_none(),
            "a clock gone back reads again"
        );
        assert!(cache.fresh(100, "b").is_none());
    }

    #[test]
    fn zero_keeps_nothing_and_the_size_is_bounded() {
        let off = Aged::new(0);
        off.keep(100, "a", &client("a"));
        assert!(off.fresh(100, "a").is_none());

        let cache = Aged::new(5);
        for i in 0..MAX_ENTRIES + 10 {
            let id = format!("c{i}");
            cache.keep(100, &id, &client(&id));
        }
        assert_eq!(cache.entries.read().unwrap().len(), MAX_ENTRIES);
        // Once the old entries are stale, new ones take their place.
        cache.keep(200, "late", &client("late"));
        assert!(cache.fresh(200, "late").is_some());
        assert_eq!(cache.entries.read().unwrap().len(), 1);
    }
}
