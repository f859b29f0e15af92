//! Requesting access: the checks behind each step of the form, and the submission. The form
//! keeps its state in hidden fields, so every step re-validates everything before it.

use super::tree::{Centre, OrgTree, SelectionError};
use super::{clean_text, status_text, AccessError, FreeText, APPROVED, PENDING};
use crate::audit::{self, AuditEvent, Subject};
use crate::error::AppError;
use crate::i18n::{when, Msg};
use crate::secret::random_token;
use crate::state::AppState;
use crate::store;
use crate::store::access::{AccessRequest, Application, Profile};
use crate::store::users::User;

/// Every application users can request, by name.
pub async fn applications(state: &AppState) -> Result<Vec<Application>, AppError> {
    Ok(store::access::applications(&state.db).await?)
}

/// Step 1: the application, which must exist.
pub async fn application(state: &AppState, id: Option<&str>) -> Result<Application, AccessError> {
    let id = id
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| AccessError::Invalid(Msg::new("access-select-application")))?;
    if id.len() > 128 {
        return Err(AccessError::Invalid(Msg::new("access-unknown-application")));
    }
    store::access::find_application(&state.db, id)
        .await?
        .ok_or_else(|| {
            AccessError::Invalid(
                Msg::new("access-unknown-application-named").arg("application", id),
            )
        })
}

pub async fn tree(state: &AppState) -> Result<OrgTree, AppError> {
    Ok(OrgTree::new(store::access::organisations(&state.db).await?))
}

/// Step 2: the organisation, which must be a centre.
pub fn centre(tree: &OrgTree, selected: Option<&str>) -> Result<Centre, SelectionError> {
    tree.centre(selected)
}

pub async fn profiles(state: &AppState, application: &str) -> Result<Vec<Profile>, AppError> {
    Ok(store::access::profiles(&state.db, application).await?)
}

/// Step 3: one of the application's access profiles.
pub fn profile<'a>(profiles: &'a [Profile], code: Option<&str>) -> Result<&'a Profile, Msg> {
    let code = code.map(str::trim).filter(|s| !s.is_empty());
    let Some(code) = code else {
        return Err(Msg::new("access-select-profile"));
    };
    profiles
        .iter()
        .find(|p| p.code == code)
        .ok_or_else(|| Msg::new("access-unknown-profile"))
}

/// What step 4 submits, re-validated here in full.
pub struct Submission<'a> {
    pub application: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub profile: Option<&'a str>,
    pub comment: &'a str,
}

#[tracing::instrument(skip_all, fields(user = %user.id))]
pub async fn submit(
    state: &AppState,
    user: &User,
    s: Submission<'_>,
    ip: &str,
) -> Result<AccessRequest, AccessError> {
    let app = application(state, s.application).await?;
    let tree = tree(state).await?;
    let centre = centre(&tree, s.organisation).map_err(|e| AccessError::Invalid(e.message()))?;
    let profiles = profiles(state, &app.id).await?;
    let profile = profile(&profiles, s.profile).map_err(AccessError::Invalid)?;
    let comment = clean_text(s.comment, FreeText::Comment).map_err(AccessError::Invalid)?;
    let now = state.now();
    let tx = store::begin(&state.db).await?;
    for status in [PENDING, APPROVED] {
        let existing = store::access::user_requests_with_status(
            &tx,
            &user.id,
            std::slice::from_ref(&app.id),
            status,
        )
        .await?;
        if existing
            .iter()
            .any(|r| r.organisation_id == centre.id && r.profile_code == profile.code)
        {
            let id = if status == PENDING {
                "access-already-pending"
            } else {
                "access-already-approved"
            };
            return Err(AccessError::Conflict(
                Msg::new(id)
                    .arg("application", &app.name)
                    .arg("profile", &profile.code)
                    .arg("centre", &centre.name),
            ));
        }
    }
    let request = AccessRequest {
        id: random_token(16).expose().to_owned(),
        user_id: user.id.clone(),
        application_id: app.id.clone(),
        organisation_id: centre.id.clone(),
        profile_code: profile.code.clone(),
        comment,
        status: PENDING.into(),
        created_at: now,
        decided_by: None,
        decided_at: None,
        reason: None,
        revoked_by: None,
        revoked_at: None,
        revoke_reason: None,
    };
    store::access::insert_request(&tx, request.clone()).await?;
    audit::record(
        &tx,
        now,
        &AuditEvent::AccessRequested(super::helpdesk::facts(&request)),
        Subject {
            user_id: Some(&user.id),
            client_id: Some(&app.client_id),
            ip: Some(ip),
        },
    )
    .await?;
    store::commit(tx).await.map_err(AppError::from)?;
    Ok(request)
}

/// A request as its requester and the helpdesk see it.
#[derive(Debug, serde::Serialize)]
pub struct RequestView {
    pub id: String,
    pub application: String,
    pub application_name: String,
    pub organisation: String,
    pub profile: String,
    pub profile_name: String,
    pub comment: String,
    pub status: String,
    /// `status` in words ("Pending").
    pub status_text: Msg,
    pub created_at: i64,
    /// `created_at` in words, in the reader's language.
    pub created: Msg,
    pub decided_at: Option<i64>,
    pub decided: Option<Msg>,
    pub reason: Option<String>,
    pub requester_name: String,
    pub requester_email: String,
}

/// Resolves names for display (unknown ones fall back to their ids).
pub async fn describe(
    state: &AppState,
    requests: Vec<AccessRequest>,
) -> Result<Vec<RequestView>, AppError> {
    let tree = tree(state).await?;
    let apps = applications(state).await?;
    let mut out = Vec::with_capacity(requests.len());
    for r in requests {
        let app = apps.iter().find(|a| a.id == r.application_id);
        let profile_name = profiles(state, &r.application_id)
            .await?
            .into_iter()
            .find(|p| p.code == r.profile_code)
            .map(|p| p.name)
            .unwrap_or_default();
        let requester = store::users::find(&state.db, &r.user_id).await?;
        out.push(RequestView {
            organisation: tree
                .centre(Some(&r.organisation_id))
                .map(|c| c.label())
                .unwrap_or_else(|_| r.organisation_id.clone()),
            application_name: app.map(|a| a.name.clone()).unwrap_or_default(),
            application: r.application_id,
            profile: r.profile_code,
            profile_name,
            comment: r.comment,
            status_text: status_text(&r.status),
            status: r.status,
            created_at: r.created_at,
            created: when(r.created_at),
            decided_at: r.revoked_at.or(r.decided_at),
            decided: r.revoked_at.or(r.decided_at).map(when),
            reason: r.revoke_reason.or(r.reason),
            requester_name: requester
                .as_ref()
                .map(User::display_name)
                .unwrap_or_default(),
            requester_email: requester.map(|u| u.email).unwrap_or_default(),
            id: r.id,
        });
    }
    Ok(out)
}

/// Unix seconds as "2026-11-23 10:15 UTC", for the command line (`idp access grant list`);
/// pages and mail use [`crate::i18n::when`].
pub fn date(t: i64) -> String {
    crate::clock::utc(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hp() -> Vec<Profile> {
        vec![Profile {
            id: "cpms:HP".into(),
            application_id: "cpms".into(),
            code: "HP".into(),
            name: "Healthcare professional".into(),
            description: String::new(),
            position: 0,
        }]
    }

    #[test]
    fn dates_are_utc_minutes() {
        assert_eq!(date(0), "1970-01-01 00:00 UTC");
        assert_eq!(date(1_900_000_000), "2030-03-17 17:46 UTC");
    }

    #[test]
    fn a_profile_must_be_one_of_the_application() {
        let profiles = hp();
        assert_eq!(profile(&profiles, Some("HP")).unwrap().code, "HP");
        assert_eq!(
            profile(&profiles, Some("XX")).unwrap_err(),
            Msg::new("access-unknown-profile")
        );
        assert_eq!(
            profile(&profiles, None).unwrap_err(),
            Msg::new("access-select-profile")
        );
        assert_eq!(
            profile(&profiles, Some(" ")).unwrap_err(),
            Msg::new("access-select-profile")
        );
    }
}
