//! Key lifecycle as pure functions over the records the idp stores.
//!
//! A key is *pending* (published, not yet signing) until `activate_at`, *signing* until
//! `deactivated_at`, then *published only* (so tokens it signed still verify) until `retire_at`,
//! after which it is neither published nor used.

use serde::{Deserialize, Serialize};

use crate::algorithm::Algorithm;

/// Lifecycle timestamps of one stored key (unix seconds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRecord {
    /// Key id.
    pub kid: String,
    /// Signing algorithm.
    pub alg: Algorithm,
    /// When the key was generated.
    pub created_at: i64,
    /// From when the key may sign.
    pub activate_at: i64,
    /// From when the key no longer signs.
    pub deactivated_at: Option<i64>,
    /// From when the key is no longer published.
    pub retire_at: Option<i64>,
}

impl KeyRecord {
    fn retired(&self, now: i64) -> bool {
        self.retire_at.is_some_and(|t| t <= now)
    }

    fn deactivated(&self, now: i64) -> bool {
        self.deactivated_at.is_some_and(|t| t <= now)
    }
}

/// What to do with the keys at one instant.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyPlan {
    /// The kid to sign with, None only when there is no usable key at all.
    pub signing: Option<String>,
    /// The kids to publish in the JWKS, ordered by `activate_at` then kid.
    pub published: Vec<String>,
}

/// Which key signs and which are published at `now`.
///
/// The signing key is the most recently activated key with `activate_at <= now` that is not
/// deactivated (`deactivated_at <= now`) nor retired. If none qualifies, the oldest
/// (`created_at`) non-retired key signs, so a fresh install whose first key is still pending
/// can sign at once. Published: every non-retired key, pending ones included.
pub fn plan(now: i64, records: &[KeyRecord]) -> KeyPlan {
    let mut live: Vec<&KeyRecord> = records.iter().filter(|r| !r.retired(now)).collect();
    live.sort_by(|a, b| (a.activate_at, &a.kid).cmp(&(b.activate_at, &b.kid)));

    let active = live
        .iter()
        .filter(|r| r.activate_at <= now && !r.deactivated(now))
        .max_by(|a, b| {
            (a.activate_at, a.created_at, &a.kid).cmp(&(b.activate_at, b.created_at, &b.kid))
        });
    let fallback = || {
        live.iter()
            .min_by(|a, b| {
                (a.created_at, a.activate_at, &a.kid).cmp(&(b.created_at, b.activate_at, &b.kid))
            })
            .copied()
    };
    let signing = active.copied().or_else(fallback).map(|r| r.kid.clone());
    KeyPlan {
        signing,
        published: live.iter().map(|r| r.kid.clone()).collect(),
    }
}

/// The changes a rotation at `now` makes; the idp stores a new key with
/// `activate_at = new_activate_at` and applies the `old_*` fields to record `old_kid`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rotation {
    /// When the new key starts signing: `now + publish_lead` (it is published from now on).
    pub new_activate_at: i64,
    /// The key the new one replaces, if any.
    pub old_kid: Option<String>,
    /// Set on the old key: it stops signing when the new key starts.
    pub old_deactivated_at: Option<i64>,
    /// Set on the old key: published until every token it signed has expired.
    pub old_retire_at: Option<i64>,
}

/// Plan a rotation at `now`.
///
/// The new key activates at `now + publish_lead_secs` so relying parties that cache the JWKS
/// see it before it signs anything. The key replaced is the one that would be signing just
/// before that instant (normally the current signing key; if a rotation is already pending, the
/// pending key, so no key is left without a retire date). It is deactivated when the new key
/// activates and retired `max_token_lifetime_secs` later.
pub fn rotation(
    now: i64,
    records: &[KeyRecord],
    publish_lead_secs: i64,
    max_token_lifetime_secs: i64,
) -> Rotation {
    let new_activate_at = now.saturating_add(publish_lead_secs.max(0));
    let old_kid = plan(new_activate_at.saturating_sub(1).max(now), records).signing;
    let (old_deactivated_at, old_retire_at) = match old_kid {
        Some(_) => (
            Some(new_activate_at),
            Some(new_activate_at.saturating_add(max_token_lifetime_secs.max(0))),
        ),
        None => (None, None),
    };
    Rotation {
        new_activate_at,
        old_kid,
        old_deactivated_at,
        old_retire_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEAD: i64 = 600;
    const MAX_LIFETIME: i64 = 3600;

    fn key(kid: &str, created_at: i64, activate_at: i64) -> KeyRecord {
        KeyRecord {
            kid: kid.into(),
            alg: Algorithm::ES256,
            created_at,
            activate_at,
            deactivated_at: None,
            retire_at: None,
        }
    }

    fn apply(records: &mut Vec<KeyRecord>, rot: &Rotation, new_kid: &str, now: i64) {
        if let Some(old) = &rot.old_kid {
            let record = records.iter_mut().find(|r| &r.kid == old).unwrap();
            record.deactivated_at = rot.old_deactivated_at;
            record.retire_at = rot.old_retire_at;
        }
        records.push(key(new_kid, now, rot.new_activate_at));
    }

    fn signing(now: i64, records: &[KeyRecord]) -> Option<String> {
        plan(now, records).signing
    }

    #[test]
    fn fresh_install_signs_immediately_even_with_publish_lead() {
        let records = vec![key("a", 100, 100 + LEAD)];
        let p = plan(100, &records);
        assert_eq!(p.signing.as_deref(), Some("a"));
        assert_eq!(p.published, ["a"]);

        let rot = rotation(100, &[], LEAD, MAX_LIFETIME);
        assert_eq!(rot.new_activate_at, 100 + LEAD);
        assert_eq!(rot.old_kid, None);
        assert_eq!((rot.old_deactivated_at, rot.old_retire_at), (None, None));
    }

    #[test]
    fn no_keys_means_nothing_to_sign_or_publish() {
        assert_eq!(plan(0, &[]), KeyPlan::default());
    }

    #[test]
    fn rotated_key_is_published_at_once_signs_from_activation_old_key_retires_later() {
        let mut records = vec![key("a", 0, 0)];
        let rot = rotation(1000, &records, LEAD, MAX_LIFETIME);
        assert_eq!(rot.new_activate_at, 1600);
        assert_eq!(rot.old_kid.as_deref(), Some("a"));
        assert_eq!(rot.old_deactivated_at, Some(1600));
        assert_eq!(rot.old_retire_at, Some(1600 + MAX_LIFETIME));
        apply(&mut records, &rot, "b", 1000);

        // Published immediately, still not signing.
        let p = plan(1000, &records);
        assert_eq!(p.signing.as_deref(), Some("a"));
        assert_eq!(p.published, ["a", "b"]);
        assert_eq!(signing(1599, &records).as_deref(), Some("a"));
        // Takes over exactly at activate_at; the old key stays published.
        let p = plan(1600, &records);
        assert_eq!(p.signing.as_deref(), Some("b"));
        assert_eq!(p.published, ["a", "b"]);
        assert_eq!(
            plan(1600 + MAX_LIFETIME - 1, &records).published,
            ["a", "b"]
        );
        // Then it disappears and is never used again.
        let p = plan(1600 + MAX_LIFETIME, &records);
        assert_eq!(p.signing.as_deref(), Some("b"));
        assert_eq!(p.published, ["b"]);
    }

    #[test]
    fn retired_keys_are_never_published_nor_used_even_as_fallback() {
        let mut only = key("old", 0, 0);
        only.deactivated_at = Some(10);
        only.retire_at = Some(20);
        assert_eq!(plan(20, &[only.clone()]), KeyPlan::default());
        // Before retirement a deactivated key without successor still signs (fallback).
        assert_eq!(signing(15, &[only.clone()]).as_deref(), Some("old"));
        // A retired key that would otherwise be "most recently activated" is ignored.
        let mut late = key("late", 5, 5);
        late.retire_at = Some(20);
        let records = vec![key("base", 0, 0), late];
        assert_eq!(signing(25, &records).as_deref(), Some("base"));
        assert_eq!(plan(25, &records).published, ["base"]);
    }

    #[test]
    fn second_rotation_while_one_is_pending_leaves_no_key_without_retirement() {
        let mut records = vec![key("a", 0, 0)];
        let first = rotation(1000, &records, LEAD, MAX_LIFETIME);
        apply(&mut records, &first, "b", 1000);
        // Rotate again before "b" activated: "b" is the key being replaced.
        let second = rotation(1300, &records, LEAD, MAX_LIFETIME);
        assert_eq!(second.new_activate_at, 1900);
        assert_eq!(second.old_kid.as_deref(), Some("b"));
        apply(&mut records, &second, "c", 1300);

        assert_eq!(signing(1599, &records).as_deref(), Some("a"));
        assert_eq!(signing(1600, &records).as_deref(), Some("b"));
        assert_eq!(signing(1900, &records).as_deref(), Some("c"));
        assert_eq!(plan(1900 + MAX_LIFETIME, &records).published, ["c"]);
        for r in &records[..2] {
            assert!(r.retire_at.is_some(), "{} never retires", r.kid);
        }
    }

    #[test]
    fn without_publish_lead_the_new_key_signs_at_once() {
        let mut records = vec![key("a", 0, 0)];
        let rot = rotation(50, &records, 0, MAX_LIFETIME);
        assert_eq!(rot.old_kid.as_deref(), Some("a"));
        apply(&mut records, &rot, "b", 50);
        let p = plan(50, &records);
        assert_eq!(p.signing.as_deref(), Some("b"));
        assert_eq!(p.published, ["a", "b"]);
    }

    #[test]
    fn extreme_timestamps_do_not_overflow() {
        let records = vec![key("a", 0, 0)];
        let rot = rotation(i64::MAX - 1, &records, i64::MAX, i64::MAX);
        assert_eq!(rot.new_activate_at, i64::MAX);
        assert_eq!(rot.old_retire_at, Some(i64::MAX));
    }
}
