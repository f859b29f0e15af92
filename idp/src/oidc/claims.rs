//! The user's claims, released by scope (OpenID Connect Core 5.4) and by the claims
//! parameter (5.5).

use crate::error::AppError;
use crate::state::AppState;
use crate::store::tokens::Grant;
use crate::store::users::User;
use serde_json::{json, Map, Value};

/// Whose claims: the user, and their first confirmed mobile phone number (the `phone`
/// scope's claims; EU Login holds no postal address).
pub struct Subject<'a> {
    pub user: &'a User,
    pub phone: Option<&'a str>,
}

fn claim(subject: &Subject<'_>, name: &str) -> Option<Value> {
    let user = subject.user;
    Some(match name {
        "name" => json!(format!("{} {}", user.first_name, user.last_name)),
        "given_name" => json!(user.first_name),
        "family_name" => json!(user.last_name),
        "locale" => json!(user.language),
        "updated_at" => json!(user.updated_at),
        "email" => json!(user.email),
        "email_verified" => json!(user.email_verified),
        "phone_number" => json!(subject.phone?),
        // Only numbers confirmed by an SMS challenge are ever released.
        "phone_number_verified" => json!(subject.phone.is_some().then_some(true)?),
        _ => return None,
    })
}

const PROFILE: [&str; 5] = ["name", "given_name", "family_name", "locale", "updated_at"];
const EMAIL: [&str; 2] = ["email", "email_verified"];
const PHONE: [&str; 2] = ["phone_number", "phone_number_verified"];

/// Whether userinfo may release the phone claims for this scope or claims request (so the
/// number is only looked up when it is asked for).
pub fn needs_phone(scope: &str, requested: Option<&Value>) -> bool {
    scope.split(' ').any(|s| s == "phone")
        || requested_names(requested, "userinfo")
            .iter()
            .any(|n| PHONE.contains(&n.as_str()))
}

/// Claims for the userinfo endpoint: by scope, plus those named in `claims.userinfo`.
pub fn userinfo(
    subject: &Subject<'_>,
    scope: &str,
    requested: Option<&Value>,
) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("sub".into(), json!(subject.user.id));
    let scopes: Vec<&str> = scope.split(' ').collect();
    let mut names: Vec<&str> = Vec::new();
    if scopes.contains(&"profile") {
        names.extend(PROFILE);
    }
    if scopes.contains(&"email") {
        names.extend(EMAIL);
    }
    if scopes.contains(&"phone") {
        names.extend(PHONE);
    }
    let extra = requested_names(requested, "userinfo");
    names.extend(extra.iter().map(String::as_str));
    for name in names {
        if let Some(v) = claim(subject, name) {
            out.insert(name.to_owned(), v);
        }
    }
    out
}

/// Claims requested for the ID token through the claims parameter.
pub fn id_token_extra(subject: &Subject<'_>, requested: Option<&Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for name in requested_names(requested, "id_token") {
        if let Some(v) = claim(subject, &name) {
            out.insert(name, v);
        }
    }
    out
}

fn requested_names(requested: Option<&Value>, member: &str) -> Vec<String> {
    requested
        .and_then(|c| c.get(member))
        .and_then(|m| m.as_object())
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// What userinfo and introspection both say of a grant: how the user signed in (`acr`,
/// `amr`, `auth_time`, as the ID token says them) and the `entitlements` of the client's
/// application, evaluated now, so an access grant revoked by the helpdesk disappears at once.
pub async fn of_grant(state: &AppState, grant: &Grant) -> Result<Map<String, Value>, AppError> {
    let mut out = Map::new();
    if let Some(acr) = &grant.acr {
        out.insert("acr".into(), json!(acr));
    }
    if !grant.amr.is_empty() {
        out.insert("amr".into(), json!(grant.amr));
    }
    if let Some(t) = grant.auth_time {
        out.insert("auth_time".into(), json!(t));
    }
    if let Some(user_id) = &grant.user_id {
        let applications = super::clients::applications(state, &grant.client_id).await?;
        if let Some(e) = crate::access::entitlements(&state.db, &applications, user_id).await? {
            out.insert(crate::access::entitlements::CLAIM.into(), e);
        }
    }
    Ok(out)
}
