//! My Account > Activity: the account's recent security events in words. The audit trail
//! stores names and ids (`access.approved`, `decided_by: <user id>`); this turns them into
//! what the owner reads ("Access request approved", "by Helpdesk ERN, for CPMS").

use crate::authn::acr::Acr;
use crate::authn::factors::Method;
use crate::error::AppError;
use crate::i18n::{self, Msg};
use crate::state::AppState;
use crate::store;
use serde_json::{Map, Value};
use std::collections::{BTreeSet, HashMap};

/// One line of the activity page, in words put into the reader's language on the page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    pub at: Msg,
    /// What happened.
    pub event: Msg,
    /// The source address.
    pub ip: Msg,
    /// The details: short phrases the page joins with commas.
    pub detail: Vec<Msg>,
}

/// The ids an entry may name, and the names to show for them.
#[derive(Debug, Default)]
pub struct Names {
    pub clients: HashMap<String, String>,
    pub applications: HashMap<String, String>,
    pub users: HashMap<String, String>,
}

/// The newest `limit` events of `user_id`, in words.
pub async fn recent(state: &AppState, user_id: &str, limit: u64) -> Result<Vec<Entry>, AppError> {
    let events = store::audit::recent_for_user(&state.db, user_id, limit).await?;
    let details: Vec<Map<String, Value>> = events
        .iter()
        .map(|e| {
            e.detail
                .as_deref()
                .and_then(|d| serde_json::from_str::<Value>(d).ok())
                .and_then(|v| match v {
                    Value::Object(map) => Some(map),
                    _ => None,
                })
                .unwrap_or_default()
        })
        .collect();
    let names = names_for(state, &details).await?;
    Ok(events
        .iter()
        .zip(&details)
        .map(|(e, d)| Entry {
            at: i18n::when(e.at),
            event: describe_event(&e.event),
            ip: address(e.ip.as_deref()),
            detail: describe_details(d, &names),
        })
        .collect())
}

/// A value stored with an event, shown as it is (a name, a reason the helpdesk wrote).
fn data(value: impl Into<String>) -> Msg {
    Msg::new("account-activity-data").arg("value", value.into())
}

/// A source address as the account pages show it: the address, or that it is not known
/// (`http::extract::ClientIp` records "unknown" when the connection's is not available).
pub fn address(ip: Option<&str>) -> Msg {
    match ip.map(str::trim) {
        Some(ip) if !ip.is_empty() && ip != "unknown" => data(ip),
        _ => Msg::new("account-ip-unknown"),
    }
}

/// What a stored event name (`audit::AuditEvent::name`) means, in words.
pub fn describe_event(event: &str) -> Msg {
    let id = match event {
        "signin.success" => "account-event-signin-success",
        "signin.failure" => "account-event-signin-failure",
        "session.signed_out" => "account-event-signed-out",
        "account.registered" => "account-event-account-registered",
        "account.locked" => "account-event-account-locked",
        "password.set" => "account-event-password-set",
        "factor.added" => "account-event-factor-added",
        "factor.removed" => "account-event-factor-removed",
        "sms.sent" => "account-event-sms-sent",
        "device.locked" => "account-event-device-locked",
        "push.denied" => "account-event-push-denied",
        "push.wrong_number" => "account-event-push-wrong-number",
        "token.revoked" => "account-event-token-revoked",
        "token.code_replay" => "account-event-code-replayed",
        "token.refresh_reuse" => "account-event-refresh-reused",
        "recovery.link_sent" => "account-event-recovery-link-sent",
        "recovery.started" => "account-event-recovery-started",
        "recovery.cancelled" => "account-event-recovery-cancelled",
        "access.requested" => "account-event-access-requested",
        "access.approved" => "account-event-access-approved",
        "access.denied" => "account-event-access-denied",
        "access.revoked" => "account-event-access-revoked",
        "outbox.undelivered" => "account-event-message-undelivered",
        other => return data(other),
    };
    Msg::new(id)
}

/// Why a sign-in failed: the reasons the provider records have words; anything else
/// (a reason the helpdesk wrote) is shown as it is.
fn reason(reason: &str) -> Msg {
    let id = match reason {
        "wrong password" => "account-activity-reason-wrong-password",
        "no password set" => "account-activity-reason-no-password",
        "unknown account" => "account-activity-reason-unknown-account",
        "locked" => "account-activity-reason-locked",
        "wrong_code" => "account-activity-reason-wrong-code",
        "code_reused" => "account-activity-reason-code-reused",
        "too_many_codes" => "account-activity-reason-too-many-codes",
        "too_many_codes_this_hour" => "account-activity-reason-too-many-codes-hour",
        "device_locked" => "account-activity-reason-device-locked",
        // `authn::webauthn::Refused`, as recorded.
        "Expired" => "account-activity-reason-expired",
        "Malformed" | "Invalid" => "account-activity-reason-not-verified",
        "AlreadyRegistered" => "account-activity-reason-already-registered",
        other => return data(words(other)),
    };
    Msg::new(id)
}

/// Looks up every client, application and user the details name, once each.
async fn names_for(state: &AppState, details: &[Map<String, Value>]) -> Result<Names, AppError> {
    let ids = |keys: &[&str]| -> BTreeSet<String> {
        details
            .iter()
            .flat_map(|d| {
                keys.iter()
                    .filter_map(|k| d.get(*k).and_then(Value::as_str))
            })
            .map(str::to_owned)
            .collect()
    };
    let mut names = Names::default();
    for id in ids(&["client_id"]) {
        if let Some(c) = store::clients::find(&state.db, &id).await? {
            names.clients.insert(id, c.name);
        }
    }
    for id in ids(&["application"]) {
        if let Some(a) = store::access::find_application(&state.db, &id).await? {
            names.applications.insert(id, a.name);
        }
    }
    for id in ids(&["decided_by", "revoked_by"]) {
        if let Some(u) = store::users::find(&state.db, &id).await? {
            names.users.insert(id, u.display_name());
        }
    }
    Ok(names)
}

/// The details of one event as short phrases: every known field in words, ids replaced by
/// names, internal ids (requests, grants, devices) left out.
pub fn describe_details(d: &Map<String, Value>, names: &Names) -> Vec<Msg> {
    let text = |key: &str| d.get(key).and_then(Value::as_str);
    let mut parts: Vec<Msg> = Vec::new();
    if let Some(factor) = text("factor") {
        let kind = match factor {
            "phone" => Msg::new("account-activity-factor-phone"),
            "mobile_device" => Msg::new("account-activity-factor-mobile-device"),
            "security_key" => Msg::new("account-activity-factor-security-key"),
            "authenticator_app" => Msg::new("account-activity-factor-authenticator-app"),
            "all_devices" | "all" => {
                let count = d.get("count").and_then(Value::as_i64).unwrap_or(0);
                Msg::new("account-activity-factor-count").arg("count", count)
            }
            other => data(words(other)),
        };
        parts.push(match (text("name"), text("phone")) {
            (Some(name), _) => Msg::new("account-activity-factor-named")
                .arg("factor", kind)
                .arg("name", name),
            (None, Some(phone)) => Msg::new("account-activity-factor-phone-number")
                .arg("factor", kind)
                .arg("phone", phone),
            (None, None) => kind,
        });
    } else if let Some(name) = text("name") {
        parts.push(Msg::new("account-activity-name").arg("name", name));
    }
    if let Some(name) = text("method") {
        let how = Method::from_name(name).map_or_else(|| data(name), Method::label);
        parts.push(Msg::new("account-activity-method").arg("method", how));
    }
    if let Some(name) = text("level") {
        let which = Acr::from_name(name).map_or_else(|| data(name), Acr::label);
        parts.push(Msg::new("account-activity-level").arg("level", which));
    }
    if let Some(id) = text("client_id") {
        let client = names.clients.get(id).map_or(id, String::as_str);
        parts.push(Msg::new("account-activity-client").arg("client", client));
    }
    if let Some(via) = text("via") {
        parts.extend(
            match via {
                "my_account" => Some("account-activity-via-my-account"),
                "set_password" => Some("account-activity-via-set-password"),
                "reset" => Some("account-activity-via-reset"),
                "recovery" => Some("account-activity-via-recovery"),
                _ => None,
            }
            .map(Msg::new),
        );
    }
    if let Some(purpose) = text("purpose") {
        parts.extend(
            match purpose {
                "sms_enrol" => Some("account-activity-purpose-sms-enrol"),
                "sms_login" => Some("account-activity-purpose-sms-login"),
                _ => None,
            }
            .map(Msg::new),
        );
    }
    if let Some(to) = text("to") {
        parts.push(Msg::new("account-activity-to").arg("phone", to));
    }
    if let Some(failures) = d.get("pin_failures").and_then(Value::as_i64) {
        parts.push(Msg::new("account-activity-pin-failures").arg("count", failures));
    }
    for (key, id) in [
        ("until", "account-activity-until"),
        ("effective_at", "account-activity-on"),
    ] {
        if let Some(t) = d.get(key).and_then(Value::as_i64) {
            parts.push(Msg::new(id).arg("when", i18n::when(t)));
        }
    }
    if let Some(id) = text("application") {
        parts.push(data(names.applications.get(id).map_or(id, String::as_str)));
    }
    if let Some(profile) = text("profile") {
        parts.push(Msg::new("account-activity-profile").arg("profile", profile));
    }
    for key in ["decided_by", "revoked_by"] {
        if let Some(id) = text(key) {
            parts.push(match names.users.get(id) {
                Some(who) => Msg::new("account-activity-by").arg("name", who),
                None => Msg::new("account-activity-by-helpdesk"),
            });
        }
    }
    if let Some(why) = text("reason").filter(|r| !r.is_empty()) {
        parts.push(Msg::new("account-activity-reason").arg("reason", reason(why)));
    }
    if let Some(token_type) = text("token_type") {
        parts.push(match token_type {
            "access_token" => Msg::new("account-activity-token-access"),
            "refresh_token" => Msg::new("account-activity-token-refresh"),
            other => data(words(other)),
        });
    }
    if let Some(action) = text("action") {
        parts.push(match action {
            "grant revoked" => Msg::new("account-activity-grant-revoked"),
            "family revoked" => Msg::new("account-activity-family-revoked"),
            other => data(other),
        });
    }
    parts
}

/// `wrong_code` -> `wrong code`.
fn words(name: &str) -> String {
    name.replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ENGLISH;
    use serde_json::json;

    /// The details as the English page shows them.
    fn english(d: &Map<String, Value>, names: &Names) -> String {
        describe_details(d, names)
            .iter()
            .map(|m| m.text(ENGLISH))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn details(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(map) => map,
            _ => unreachable!("an object"),
        }
    }

    #[test]
    fn events_read_as_words_with_names_instead_of_ids() {
        let mut names = Names::default();
        names.clients.insert("cpms".into(), "CPMS".into());
        names.applications.insert("app-1".into(), "CPMS".into());
        names
            .users
            .insert("7z8Z8Jqje1GU872UOPKyMw".into(), "Helpdesk ERN".into());
        let cases = [
            (
                json!({"method": "sms", "level": "medium", "client_id": "cpms"}),
                "with Mobile + SMS, level medium, for CPMS",
            ),
            (
                json!({"method": "password", "reason": "wrong password"}),
                "with Password, reason: wrong password",
            ),
            (
                json!({"method": "sms", "reason": "wrong_code"}),
                "with Mobile + SMS, reason: wrong code",
            ),
            (
                json!({"factor": "phone", "phone": "+32******456"}),
                "mobile phone number +32******456",
            ),
            (
                json!({"factor": "security_key", "key": "k1", "name": "YubiKey", "level": "high"}),
                "security key \"YubiKey\", level high",
            ),
            (
                json!({"factor": "all_devices", "count": 1}),
                "1 verification method",
            ),
            (
                json!({"via": "reset"}),
                "with a \"Lost your password?\" link",
            ),
            (
                json!({"request": "r1", "application": "app-1", "centre_id": "c1",
                       "profile": "CPMS_USER", "decided_by": "7z8Z8Jqje1GU872UOPKyMw",
                       "reason": null}),
                "CPMS, access profile CPMS_USER, by Helpdesk ERN",
            ),
            (
                json!({"grant": "g1", "action": "grant revoked"}),
                "grant revoked",
            ),
        ];
        for (detail, expected) in cases {
            assert_eq!(
                english(&details(detail.clone()), &names),
                expected,
                "{detail}"
            );
        }
    }

    #[test]
    fn every_recorded_event_has_words() {
        for name in [
            "signin.success",
            "signin.failure",
            "session.signed_out",
            "account.registered",
            "account.locked",
            "password.set",
            "factor.added",
            "factor.removed",
            "sms.sent",
            "device.locked",
            "push.denied",
            "push.wrong_number",
            "token.revoked",
            "token.code_replay",
            "token.refresh_reuse",
            "recovery.link_sent",
            "recovery.started",
            "recovery.cancelled",
            "access.requested",
            "access.approved",
            "access.denied",
            "access.revoked",
            "outbox.undelivered",
        ] {
            let event = describe_event(name);
            assert_ne!(event.id, "account-activity-data", "{name}");
            assert!(!event.text(ENGLISH).contains('.'), "{name}");
        }
        assert_eq!(describe_event("new.kind").text(ENGLISH), "new.kind");
        assert_eq!(
            describe_event("access.approved").text(ENGLISH),
            "Access request approved"
        );
    }

    #[test]
    fn an_unknown_address_is_said_in_words() {
        assert_eq!(address(Some("192.0.2.7")).text(ENGLISH), "192.0.2.7");
        for unknown in [None, Some(""), Some("unknown")] {
            assert_eq!(address(unknown).id, "account-ip-unknown");
        }
    }

    #[test]
    fn no_internal_id_reaches_the_page() {
        let names = Names::default();
        let shown = english(
            &details(json!({"request": "Rq1", "grant": "Gr1", "device": "Dv1",
                            "decided_by": "Us1", "application": "app-9"})),
            &names,
        );
        for id in ["Rq1", "Gr1", "Dv1", "Us1"] {
            assert!(!shown.contains(id), "{shown}");
        }
        assert!(shown.contains("by the helpdesk"), "{shown}");
    }
}
