//! The helpdesk of an application (role `helpdesk:<application id>`): the queue of pending
//! requests, approval or denial with a reason, revocation of a grant. Each decision is one
//! conditional update plus its audit entry in one transaction (a request is decided once);
//! the requester is told by e-mail either way.

use super::request::{describe, RequestView};
use super::tree::Centre;
use super::{
    clean_text, helpdesk_applications, status_text, AccessError, FreeText, APPROVED, DENIED,
    PENDING,
};
use crate::audit::{self, AccessFacts, AuditEvent, Subject};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::messages::{self, AccessNotice};
use crate::state::AppState;
use crate::store;
use crate::store::access::AccessRequest;
use crate::store::users::User;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Deny,
}

impl Decision {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "approve" => Some(Decision::Approve),
            "deny" => Some(Decision::Deny),
            _ => None,
        }
    }

    fn status(self) -> &'static str {
        match self {
            Decision::Approve => APPROVED,
            Decision::Deny => DENIED,
        }
    }
}

/// Who acts: a helpdesk user on the web, or the operator on the command line.
pub enum Actor<'a> {
    Helpdesk(&'a User),
    Operator,
}

impl Actor<'_> {
    fn id(&self) -> String {
        match self {
            Actor::Helpdesk(u) => u.id.clone(),
            Actor::Operator => "operator".into(),
        }
    }

    fn may_act_for(&self, application: &str) -> bool {
        match self {
            Actor::Helpdesk(u) => helpdesk_applications(&u.role_list())
                .iter()
                .any(|a| a == application),
            Actor::Operator => true,
        }
    }

    /// Refuses users who are helpdesk of nothing before a request is looked up (so they
    /// learn nothing about which request ids exist).
    fn check_helpdesk(&self) -> Result<(), AccessError> {
        match self {
            Actor::Helpdesk(u) if helpdesk_applications(&u.role_list()).is_empty() => {
                Err(AccessError::Forbidden(Msg::new("access-helpdesk-only")))
            }
            _ => Ok(()),
        }
    }

    /// Whether `request` may be decided by this actor: helpdesk of its application, and not
    /// the requester (nobody approves their own access).
    fn check_request(&self, request: &AccessRequest) -> Result<(), AccessError> {
        if !self.may_act_for(&request.application_id) {
            return Err(AccessError::Forbidden(Msg::new("access-not-helpdesk-of")));
        }
        if let Actor::Helpdesk(u) = self {
            if u.id == request.user_id {
                return Err(AccessError::Forbidden(Msg::new("access-not-own-request")));
            }
        }
        Ok(())
    }
}

pub struct Queue {
    pub applications: Vec<String>,
    pub pending: Vec<RequestView>,
    pub approved: Vec<RequestView>,
}

/// The helpdesk's queue: pending requests and live grants of its applications.
pub async fn queue(state: &AppState, user: &User) -> Result<Queue, AccessError> {
    let applications = helpdesk_applications(&user.role_list());
    if applications.is_empty() {
        return Err(AccessError::Forbidden(Msg::new("access-helpdesk-only")));
    }
    let pending = store::access::requests_with_status(&state.db, &applications, PENDING).await?;
    let approved = store::access::requests_with_status(&state.db, &applications, APPROVED).await?;
    Ok(Queue {
        pending: describe(state, pending).await?,
        approved: describe(state, approved).await?,
        applications,
    })
}

async fn load(state: &AppState, id: &str) -> Result<AccessRequest, AccessError> {
    if id.is_empty() || id.len() > 128 {
        return Err(AccessError::Invalid(Msg::new("access-unknown-request")));
    }
    store::access::find_request(&state.db, id)
        .await?
        .ok_or_else(|| AccessError::Invalid(Msg::new("access-unknown-request")))
}

/// Approves or denies a pending request. A denial needs a reason.
#[tracing::instrument(skip_all, fields(request = %id))]
pub async fn decide(
    state: &AppState,
    actor: Actor<'_>,
    id: &str,
    decision: Decision,
    reason: &str,
    ip: &str,
) -> Result<AccessRequest, AccessError> {
    actor.check_helpdesk()?;
    let reason =
        clean_text(reason, FreeText::Reason).map_err(|m| AccessError::Field("reason", m))?;
    if decision == Decision::Deny && reason.is_empty() {
        return Err(AccessError::Field(
            "reason",
            Msg::new("access-reason-required"),
        ));
    }
    let request = load(state, id).await?;
    actor.check_request(&request)?;
    let app = store::access::find_application(&state.db, &request.application_id).await?;
    let now = state.now();
    let by = actor.id();
    let tx = store::begin(&state.db).await?;
    let reason_opt = (!reason.is_empty()).then_some(reason.as_str());
    if !store::access::decide(&tx, id, decision.status(), &by, reason_opt, now).await? {
        store::rollback(tx).await.map_err(AppError::from)?;
        let current = load(state, id).await?;
        return Err(AccessError::Conflict(
            Msg::new("access-already-decided").arg("status", status_text(&current.status)),
        ));
    }
    audit::record(
        &tx,
        now,
        &AuditEvent::AccessDecided {
            facts: facts(&request),
            approved: decision == Decision::Approve,
            decided_by: by.clone(),
            reason: reason_opt.map(str::to_owned),
        },
        Subject {
            user_id: Some(&request.user_id),
            client_id: app.as_ref().map(|a| a.client_id.as_str()),
            ip: Some(ip),
        },
    )
    .await?;
    store::commit(tx).await.map_err(AppError::from)?;
    let decided = load(state, id).await?;
    notify(state, &decided, Notice::Decided(decision)).await;
    Ok(decided)
}

/// Revokes an approved grant: its claim disappears from userinfo and introspection at once.
#[tracing::instrument(skip_all, fields(request = %id))]
pub async fn revoke(
    state: &AppState,
    actor: Actor<'_>,
    id: &str,
    reason: &str,
    ip: &str,
) -> Result<AccessRequest, AccessError> {
    actor.check_helpdesk()?;
    let reason = clean_text(reason, FreeText::Reason).map_err(AccessError::Invalid)?;
    let request = load(state, id).await?;
    actor.check_request(&request)?;
    let app = store::access::find_application(&state.db, &request.application_id).await?;
    let now = state.now();
    let by = actor.id();
    let reason_opt = (!reason.is_empty()).then_some(reason.as_str());
    let tx = store::begin(&state.db).await?;
    if !store::access::revoke(&tx, id, &by, reason_opt, now).await? {
        store::rollback(tx).await.map_err(AppError::from)?;
        return Err(AccessError::Conflict(
            Msg::new("access-revoke-not-approved").arg("status", request.status.as_str()),
        ));
    }
    audit::record(
        &tx,
        now,
        &AuditEvent::AccessRevoked {
            facts: facts(&request),
            revoked_by: by.clone(),
            reason: reason_opt.map(str::to_owned),
        },
        Subject {
            user_id: Some(&request.user_id),
            client_id: app.as_ref().map(|a| a.client_id.as_str()),
            ip: Some(ip),
        },
    )
    .await?;
    store::commit(tx).await.map_err(AppError::from)?;
    let revoked = load(state, id).await?;
    notify(state, &revoked, Notice::Revoked).await;
    Ok(revoked)
}

enum Notice {
    Decided(Decision),
    Revoked,
}

/// Tells the requester (the mail is written to the outbox, which delivers it). The decision
/// is already stored: a failure to write the mail is logged, not turned into an error page
/// for the helpdesk.
async fn notify(state: &AppState, r: &AccessRequest, notice: Notice) {
    if let Err(e) = send_notice(state, r, notice).await {
        tracing::error!(error = %e, request = %r.id, "access decision mail not sent");
    }
}

async fn send_notice(state: &AppState, r: &AccessRequest, notice: Notice) -> Result<(), AppError> {
    let Some(user) = store::users::find(&state.db, &r.user_id).await? else {
        return Ok(());
    };
    let application = store::access::find_application(&state.db, &r.application_id).await?;
    let open = match &application {
        Some(a) => store::clients::find(&state.db, &a.client_id)
            .await?
            .and_then(|c| application_address(&c.redirect_uris)),
        None => None,
    };
    let app_name = application
        .map(|a| a.name)
        .unwrap_or_else(|| r.application_id.clone());
    let tree = super::request::tree(state).await?;
    let centre = tree
        .centre(Some(&r.organisation_id))
        .map(|c: Centre| c.label())
        .unwrap_or_else(|_| r.organisation_id.clone());
    let requests = state.url("/access");
    let again = state.url(&format!("/access/request?application={}", r.application_id));
    let notice = match notice {
        Notice::Decided(Decision::Approve) => AccessNotice::Approved {
            comment: r.reason.as_deref(),
            open: open.as_deref(),
        },
        Notice::Decided(Decision::Deny) => AccessNotice::Denied {
            reason: r.reason.as_deref().unwrap_or(""),
            again: &again,
        },
        Notice::Revoked => AccessNotice::Revoked {
            reason: r.revoke_reason.as_deref(),
        },
    };
    let message = messages::access_notice(
        crate::i18n::of_account(&user.language),
        &state.brand,
        &user,
        &app_name,
        &r.profile_code,
        &centre,
        &requests,
        notice,
    );
    let about = crate::mail::outbox::About::user("access_notice", &user.id);
    crate::mail::outbox::email(state, &state.db, &user.email, &message, about).await
}

/// Where a user opens an application: the origin of its client's first redirect URI (the
/// address the application answers at; clients carry no `client_uri` yet).
fn application_address(redirect_uris: &[String]) -> Option<String> {
    let url = url::Url::parse(redirect_uris.first()?).ok()?;
    matches!(url.scheme(), "https" | "http")
        .then(|| format!("{}/", url.origin().ascii_serialization()))
}

/// The facts of a request, as its audit entries carry them.
pub(super) fn facts(r: &AccessRequest) -> AccessFacts {
    AccessFacts {
        request: r.id.clone(),
        application: r.application_id.clone(),
        centre_id: r.organisation_id.clone(),
        profile: r.profile_code.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_parse_from_the_form() {
        assert_eq!(Decision::parse("approve"), Some(Decision::Approve));
        assert_eq!(Decision::parse("deny"), Some(Decision::Deny));
        assert_eq!(Decision::parse("maybe"), None);
        assert_eq!(Decision::Deny.status(), "denied");
    }

    #[test]
    fn an_application_opens_at_the_origin_of_its_redirect_uri() {
        let uris = |u: &str| vec![u.to_owned()];
        assert_eq!(
            application_address(&uris("http://127.0.0.1:8081/callback")).as_deref(),
            Some("http://127.0.0.1:8081/")
        );
        assert_eq!(
            application_address(&uris("https://cpms.example.eu/auth/cb?x=1")).as_deref(),
            Some("https://cpms.example.eu/")
        );
        assert_eq!(application_address(&uris("eu.ern.app:/callback")), None);
        assert_eq!(application_address(&[]), None);
    }
}
