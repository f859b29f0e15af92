//! CPMS's own records: one profile per `sub` (name and e-mail from the last sign-in, and the
//! first-login preferences), kept in `<data>/cpms.json` behind a mutex. Every change rewrites
//! the file atomically (write a temporary file, then rename).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;

use crate::preferences::Preferences;

/// What CPMS knows about a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub sub: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub preferences: Option<Preferences>,
}

impl Profile {
    /// "First Last", else the e-mail address, else the subject.
    pub fn display_name(&self) -> String {
        self.name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .or_else(|| self.email.clone())
            .unwrap_or_else(|| self.sub.clone())
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct FileContents {
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

/// The JSON file store.
#[derive(Clone)]
pub struct Store {
    path: Arc<PathBuf>,
    contents: Arc<Mutex<FileContents>>,
}

impl Store {
    /// Opens (or creates on first write) `<dir>/cpms.json`.
    pub fn open(dir: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(dir).with_context(|| format!("create {}", dir.display()))?;
        let path = dir.join("cpms.json");
        let contents = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .with_context(|| format!("{} is not a CPMS store", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => FileContents::default(),
            Err(e) => return Err(e).with_context(|| format!("read {}", path.display())),
        };
        Ok(Self {
            path: Arc::new(path),
            contents: Arc::new(Mutex::new(contents)),
        })
    }

    async fn save(&self, contents: &FileContents) -> anyhow::Result<()> {
        let bytes = serde_json::to_vec_pretty(contents)?;
        let tmp = self.path.with_extension("json.tmp");
        tokio::fs::write(&tmp, bytes)
            .await
            .with_context(|| format!("write {}", tmp.display()))?;
        tokio::fs::rename(&tmp, &*self.path)
            .await
            .with_context(|| format!("replace {}", self.path.display()))?;
        Ok(())
    }

    pub async fn profile(&self, sub: &str) -> Option<Profile> {
        self.contents.lock().await.profiles.get(sub).cloned()
    }

    pub async fn profiles(&self) -> Vec<Profile> {
        self.contents
            .lock()
            .await
            .profiles
            .values()
            .cloned()
            .collect()
    }

    /// Records the name and e-mail of a sign-in (keeping the preferences).
    pub async fn signed_in(
        &self,
        sub: &str,
        name: Option<String>,
        email: Option<String>,
    ) -> anyhow::Result<Profile> {
        let mut contents = self.contents.lock().await;
        let profile = contents
            .profiles
            .entry(sub.to_string())
            .or_insert_with(|| Profile {
                sub: sub.to_string(),
                name: None,
                email: None,
                preferences: None,
            });
        if name.is_some() {
            profile.name = name;
        }
        if email.is_some() {
            profile.email = email;
        }
        let profile = profile.clone();
        self.save(&contents).await?;
        Ok(profile)
    }

    /// Saves the preferences of `sub`.
    pub async fn save_preferences(&self, sub: &str, prefs: Preferences) -> anyhow::Result<()> {
        let mut contents = self.contents.lock().await;
        let profile = contents
            .profiles
            .entry(sub.to_string())
            .or_insert_with(|| Profile {
                sub: sub.to_string(),
                name: None,
                email: None,
                preferences: None,
            });
        profile.preferences = Some(prefs);
        self.save(&contents).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preferences::THEMATIC_AREAS;

    #[tokio::test]
    async fn profiles_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store
            .signed_in(
                "u1",
                Some("Ada Lovelace".into()),
                Some("ada@example.test".into()),
            )
            .await
            .unwrap();
        store
            .save_preferences(
                "u1",
                Preferences {
                    professional_role: "Surgeon".into(),
                    thematic_area: THEMATIC_AREAS[1].into(),
                },
            )
            .await
            .unwrap();
        store.signed_in("u1", None, None).await.unwrap();

        let again = Store::open(dir.path()).unwrap();
        let p = again.profile("u1").await.unwrap();
        assert_eq!(p.display_name(), "Ada Lovelace");
        assert_eq!(p.preferences.unwrap().professional_role, "Surgeon");
        assert!(again.profile("u2").await.is_none());
    }
}
