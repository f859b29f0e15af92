//! The `entitlements` claim: the user's approved, unrevoked grants for the applications whose
//! OIDC client is the token's client, and only those. Evaluated when asked (ID token
//! issuance, userinfo, introspection), so a revoked grant disappears at once.
//!
//! ```json
//! "entitlements": [{"application":"cpms","profile":"HP","ern":"eUROGEN","country":"NL",
//!                   "centre":"Radboud University Medical Center","centre_id":"<id>"}]
//! ```

use super::tree::{Centre, OrgTree};
use super::APPROVED;
use crate::error::AppError;
use crate::store::{self, access::AccessRequest, Conn};
use serde_json::{json, Value};

/// The claim's name.
pub const CLAIM: &str = "entitlements";

/// The claim value for `user_id` in tokens of the client whose access applications are
/// `app_ids` (`oidc::clients::applications`); `None` when there is nothing to release (the
/// claim is then omitted). Takes a connection or an open transaction.
pub async fn entitlements(
    db: &impl Conn,
    app_ids: &[String],
    user_id: &str,
) -> Result<Option<Value>, AppError> {
    if app_ids.is_empty() {
        return Ok(None);
    }
    let grants = store::access::user_requests_with_status(db, user_id, app_ids, APPROVED).await?;
    if grants.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(grants.len());
    for g in &grants {
        if let Some(centre) = centre_of(db, g).await? {
            out.push(entry(g, &centre));
        }
    }
    Ok((!out.is_empty()).then(|| Value::Array(out)))
}

/// The centre of a grant with its country and ERN (three rows, read directly).
async fn centre_of(db: &impl Conn, g: &AccessRequest) -> Result<Option<Centre>, AppError> {
    let mut rows = Vec::new();
    let mut next = Some(g.organisation_id.clone());
    while let Some(id) = next.take() {
        if rows.len() >= 3 {
            break;
        }
        if let Some(org) = store::access::find_organisation(db, &id).await? {
            next = org.parent_id.clone();
            rows.push(org);
        }
    }
    Ok(OrgTree::new(rows).centre(Some(&g.organisation_id)).ok())
}

fn entry(g: &AccessRequest, c: &Centre) -> Value {
    json!({
        "application": g.application_id,
        "profile": g.profile_code,
        "ern": c.ern,
        "country": c.country,
        "centre": c.name,
        "centre_id": c.id,
    })
}
