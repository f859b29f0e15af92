//! My Account > Activity: the account's recent security events in words. The audit trail
//! stores names and ids (`access.approved`, `decided_by: <user id>`); this turns them into
//! what the owner reads ("Access request approved", "by Helpdesk ERN, for CPMS").

use crate::audit;
use crate::authn::factors::Method;
use crate::error::AppError;
use crate::state::AppState;
use crate::store;
use serde_json::{Map, Value};
use std::collections::{BTreeSet, HashMap};

/// One line of the activity page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    pub at: String,
    /// What happened, in words.
    pub event: String,
    /// The source address.
    pub ip: String,
    /// The details in words.
    pub detail: String,
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
            at: crate::clock::utc(e.at),
            event: audit::describe(&e.event).to_owned(),
            ip: e.ip.clone().unwrap_or_default(),
            detail: describe_details(d, &names),
        })
        .collect())
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

/// The details of one event as a sentence fragment: every known field in words, ids
/// replaced by names, internal ids (requests, grants, devices) left out.
pub fn describe_details(d: &Map<String, Value>, names: &Names) -> String {
    let text = |key: &str| d.get(key).and_then(Value::as_str);
    let mut parts: Vec<String> = Vec::new();
    if let Some(factor) = text("factor") {
        let name = text("name")
            .map(|n| format!(" \"{n}\""))
            .or_else(|| text("phone").map(|p| format!(" {p}")))
            .unwrap_or_default();
        let kind = match factor {
            "phone" => "mobile phone number".to_owned(),
            "mobile_device" => "mobile device".to_owned(),
            "security_key" => "security key".to_owned(),
            "authenticator_app" => "authenticator app".to_owned(),
            "all_devices" | "all" => {
                let count = d.get("count").and_then(Value::as_u64).unwrap_or(0);
                format!(
                    "{count} verification method{}",
                    if count == 1 { "" } else { "s" }
                )
            }
            other => words(other),
        };
        parts.push(format!("{kind}{name}"));
    } else if let Some(name) = text("name") {
        parts.push(format!("\"{name}\""));
    }
    if let Some(method) = text("method") {
        parts.push(match Method::from_name(method) {
            Some(m) => format!("with {}", m.label()),
            None => format!("with {method}"),
        });
    }
    if let Some(level) = text("level") {
        parts.push(format!("level {level}"));
    }
    if let Some(id) = text("client_id") {
        parts.push(format!(
            "for {}",
            names.clients.get(id).map_or(id, String::as_str)
        ));
    }
    if let Some(via) = text("via") {
        parts.push(
            match via {
                "my_account" => "in My Account",
                "set_password" => "with the link of the registration e-mail",
                "reset" => "with a \"Lost your password?\" link",
                "recovery" => "after an account recovery",
                _ => "",
            }
            .to_owned(),
        );
    }
    if let Some(purpose) = text("purpose") {
        parts.push(
            match purpose {
                "sms_enrol" => "to confirm a new number",
                "sms_login" => "to sign in",
                _ => "",
            }
            .to_owned(),
        );
    }
    if let Some(to) = text("to") {
        parts.push(format!("to {to}"));
    }
    if let Some(failures) = d.get("pin_failures").and_then(Value::as_i64) {
        parts.push(format!("after {failures} wrong PIN codes"));
    }
    for (key, label) in [("until", "until"), ("effective_at", "on")] {
        if let Some(t) = d.get(key).and_then(Value::as_i64) {
            parts.push(format!("{label} {}", crate::clock::utc(t)));
        }
    }
    if let Some(id) = text("application") {
        parts.push(
            names
                .applications
                .get(id)
                .map_or(id, String::as_str)
                .to_owned(),
        );
    }
    if let Some(profile) = text("profile") {
        parts.push(format!("access profile {profile}"));
    }
    for (key, label) in [("decided_by", "by"), ("revoked_by", "by")] {
        if let Some(id) = text(key) {
            let who = names.users.get(id).map_or("the helpdesk", String::as_str);
            parts.push(format!("{label} {who}"));
        }
    }
    if let Some(reason) = text("reason").filter(|r| !r.is_empty()) {
        parts.push(format!("reason: {}", words(reason)));
    }
    if let Some(token_type) = text("token_type") {
        parts.push(format!("{token_type} token"));
    }
    if let Some(action) = text("action") {
        parts.push(action.to_owned());
    }
    parts.retain(|p| !p.is_empty());
    parts.join(", ")
}

/// `wrong_code` -> `wrong code`.
fn words(name: &str) -> String {
    name.replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
                describe_details(&details(detail.clone()), &names),
                expected,
                "{detail}"
            );
        }
    }

    #[test]
    fn no_internal_id_reaches_the_page() {
        let names = Names::default();
        let shown = describe_details(
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
