//! Registered clients kept in the node's memory (issue 18, decision 0040). Every token,
//! introspection and authorization request names a client; reading it from the database
//! each time was half the statements of a `client_credentials` token.
//!
//! Each entry is used for `clients.cache_secs` (1 s by default) after it was read and then
//! read again, so a removed client, a new secret or changed redirect URIs take effect on
//! every node within that bound, whoever made the change (`idp client`, SQL, another
//! node) and without any of them having to announce it. Unknown client ids are not kept: a
//! client registered a moment ago works at once, and requests naming random ids cannot
//! fill the memory.

use crate::store::{self, clients::Client, Db, StoreError};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// More distinct clients than this within `cache_secs` are read from the database.
const MAX_ENTRIES: usize = 4096;

pub struct ClientCache {
    cache_secs: i64,
    entries: RwLock<HashMap<Box<str>, Entry>>,
}

struct Entry {
    client: Arc<Client>,
    loaded_at: i64,
}

impl ClientCache {
    pub fn new(cache_secs: i64) -> Self {
        Self {
            cache_secs,
            entries: RwLock::new(HashMap::new()),
        }
    }

    /// The client registered as `client_id`, as read at most `cache_secs` ago.
    pub async fn find(
        &self,
        db: &Db,
        now: i64,
        client_id: &str,
    ) -> Result<Option<Arc<Client>>, StoreError> {
        if let Some(client) = self.fresh(now, client_id) {
            return Ok(Some(client));
        }
        let Some(client) = store::clients::find(db, client_id).await? else {
            self.forget(client_id);
            return Ok(None);
        };
        let client = Arc::new(client);
        self.keep(now, &client);
        Ok(Some(client))
    }

    fn fresh(&self, now: i64, client_id: &str) -> Option<Arc<Client>> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let entry = entries.get(client_id)?;
        // A clock that went back counts as stale, never as fresh for longer.
        let age = now - entry.loaded_at;
        (0..self.cache_secs)
            .contains(&age)
            .then(|| entry.client.clone())
    }

    fn keep(&self, now: i64, client: &Arc<Client>) {
        if self.cache_secs == 0 {
            return;
        }
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= MAX_ENTRIES {
            let cache_secs = self.cache_secs;
            entries.retain(|_, e| (0..cache_secs).contains(&(now - e.loaded_at)));
            if entries.len() >= MAX_ENTRIES {
                return;
            }
        }
        entries.insert(
            client.client_id.as_str().into(),
            Entry {
                client: client.clone(),
                loaded_at: now,
            },
        );
    }

    fn forget(&self, client_id: &str) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        entries.remove(client_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(id: &str) -> Arc<Client> {
        Arc::new(Client {
            client_id: id.into(),
            name: id.into(),
            secret_hash: None,
            auth_method: crate::oidc::clients::ClientAuthMethod::None,
            redirect_uris: vec![],
            post_logout_redirect_uris: vec![],
            grant_types: vec![],
            scope: String::new(),
            minimum_acr: None,
            allowed_methods: None,
            backchannel_logout_uri: None,
            jwks: None,
            jwks_uri: None,
            id_token_alg: None,
            created_at: 0,
            resource: None,
            audiences: vec![],
        })
    }

    #[test]
    fn an_entry_is_used_for_cache_secs_and_not_after() {
        let cache = ClientCache::new(2);
        cache.keep(100, &client("a"));
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
        let off = ClientCache::new(0);
        off.keep(100, &client("a"));
        assert!(off.fresh(100, "a").is_none());

        let cache = ClientCache::new(5);
        for i in 0..MAX_ENTRIES + 10 {
            cache.keep(100, &client(&format!("c{i}")));
        }
        assert_eq!(cache.entries.read().unwrap().len(), MAX_ENTRIES);
        // Once the old entries are stale, new ones take their place.
        cache.keep(200, &client("late"));
        assert!(cache.fresh(200, "late").is_some());
        assert_eq!(cache.entries.read().unwrap().len(), 1);
    }
}
