//! The security events of the audit trail (SPEC section 5): one variant per event, with
//! typed details, one name each (`area.what`), one way to record them. The user reads them
//! under My Account > Activity; operators query the `audit_events` table.

use crate::authn::acr::Acr;
use crate::authn::factors::Method;
use crate::error::AppError;
use crate::store::{self, audit::NewEvent, Conn};
use serde_json::{json, Value};

/// A second factor, as an audit entry names it.
#[derive(Debug, Clone)]
pub enum Factor {
    Phone {
        masked: String,
    },
    MobileDevice {
        device: String,
        name: String,
    },
    SecurityKey {
        key: String,
        name: String,
        level: Acr,
    },
    AuthenticatorApp {
        authenticator: String,
        name: String,
    },
    /// "Delete all my devices": every device, key and app.
    AllDevices {
        count: u64,
    },
    /// A recovery: every factor, phone numbers included.
    All {
        count: u64,
    },
}

/// An access request's facts, as its audit entries carry them.
#[derive(Debug, Clone)]
pub struct AccessFacts {
    pub request: String,
    pub application: String,
    pub centre_id: String,
    pub profile: String,
}

#[derive(Debug, Clone)]
pub enum AuditEvent {
    SignInSucceeded {
        method: Method,
        level: Option<Acr>,
        client_id: Option<String>,
    },
    SignInFailed {
        method: Method,
        reason: String,
    },
    AccountLocked {
        until: i64,
        daily_cap: bool,
    },
    AccountRegistered,
    AccountDeleted {
        user: String,
    },
    PasswordSet {
        via: &'static str,
    },
    FactorAdded(Factor),
    FactorRemoved(Factor),
    SmsSent {
        purpose: &'static str,
        to: String,
    },
    DeviceLocked {
        device: String,
        name: String,
        pin_failures: i32,
    },
    PushDenied {
        device: String,
    },
    PushWrongNumber {
        device: String,
    },
    SignedOut,
    TokenRevoked {
        token_type: &'static str,
    },
    CodeReplayed {
        grant: String,
    },
    RefreshTokenReused {
        grant: String,
    },
    AccessRequested(AccessFacts),
    AccessDecided {
        facts: AccessFacts,
        approved: bool,
        decided_by: String,
        reason: Option<String>,
    },
    AccessRevoked {
        facts: AccessFacts,
        revoked_by: String,
        reason: Option<String>,
    },
    RecoveryLinkSent,
    RecoveryStarted {
        effective_at: i64,
    },
    RecoveryCancelled,
    /// An e-mail or SMS given up: refused for good by the server, or not delivered in time.
    MessageUndelivered {
        channel: String,
        kind: String,
        reason: &'static str,
    },
}

impl AuditEvent {
    /// The stored name.
    pub fn name(&self) -> &'static str {
        match self {
            AuditEvent::SignInSucceeded { .. } => "signin.success",
            AuditEvent::SignInFailed { .. } => "signin.failure",
            AuditEvent::AccountLocked { .. } => "account.locked",
            AuditEvent::AccountRegistered => "account.registered",
            AuditEvent::AccountDeleted { .. } => "account.deleted",
            AuditEvent::PasswordSet { .. } => "password.set",
            AuditEvent::FactorAdded(_) => "factor.added",
            AuditEvent::FactorRemoved(_) => "factor.removed",
            AuditEvent::SmsSent { .. } => "sms.sent",
            AuditEvent::DeviceLocked { .. } => "device.locked",
            AuditEvent::PushDenied { .. } => "push.denied",
            AuditEvent::PushWrongNumber { .. } => "push.wrong_number",
            AuditEvent::SignedOut => "session.signed_out",
            AuditEvent::TokenRevoked { .. } => "token.revoked",
            AuditEvent::CodeReplayed { .. } => "token.code_replay",
            AuditEvent::RefreshTokenReused { .. } => "token.refresh_reuse",
            AuditEvent::AccessRequested(_) => "access.requested",
            AuditEvent::AccessDecided { approved: true, .. } => "access.approved",
            AuditEvent::AccessDecided {
                approved: false, ..
            } => "access.denied",
            AuditEvent::AccessRevoked { .. } => "access.revoked",
            AuditEvent::RecoveryLinkSent => "recovery.link_sent",
            AuditEvent::RecoveryStarted { .. } => "recovery.started",
            AuditEvent::RecoveryCancelled => "recovery.cancelled",
            AuditEvent::MessageUndelivered { .. } => "outbox.undelivered",
        }
    }

    /// The details, as JSON (`None` when there are none).
    pub fn detail(&self) -> Option<Value> {
        let access = |f: &AccessFacts| {
            json!({ "request": f.request, "application": f.application,
                    "centre_id": f.centre_id, "profile": f.profile })
        };
        let with = |mut base: Value, extra: Value| {
            if let (Some(b), Value::Object(e)) = (base.as_object_mut(), extra) {
                b.extend(e);
            }
            base
        };
        Some(match self {
            AuditEvent::SignInSucceeded {
                method,
                level,
                client_id,
            } => json!({ "method": method.name(), "level": level.map(Acr::name),
                         "client_id": client_id }),
            AuditEvent::SignInFailed { method, reason } => {
                json!({ "method": method.name(), "reason": reason })
            }
            AuditEvent::AccountLocked { until, daily_cap } => {
                json!({ "until": until, "daily_cap": daily_cap })
            }
            AuditEvent::AccountDeleted { user } => json!({ "user": user }),
            AuditEvent::PasswordSet { via } => json!({ "via": via }),
            AuditEvent::FactorAdded(f) | AuditEvent::FactorRemoved(f) => factor(f),
            AuditEvent::SmsSent { purpose, to } => json!({ "purpose": purpose, "to": to }),
            AuditEvent::DeviceLocked {
                device,
                name,
                pin_failures,
            } => json!({ "device": device, "name": name, "pin_failures": pin_failures }),
            AuditEvent::PushDenied { device } | AuditEvent::PushWrongNumber { device } => {
                json!({ "device": device })
            }
            AuditEvent::TokenRevoked { token_type } => json!({ "token_type": token_type }),
            AuditEvent::CodeReplayed { grant } => {
                json!({ "grant": grant, "action": "grant revoked" })
            }
            AuditEvent::RefreshTokenReused { grant } => {
                json!({ "grant": grant, "action": "family revoked" })
            }
            AuditEvent::AccessRequested(f) => access(f),
            AuditEvent::AccessDecided {
                facts,
                decided_by,
                reason,
                ..
            } => with(
                access(facts),
                json!({ "decided_by": decided_by, "reason": reason }),
            ),
            AuditEvent::AccessRevoked {
                facts,
                revoked_by,
                reason,
            } => with(
                access(facts),
                json!({ "revoked_by": revoked_by, "reason": reason }),
            ),
            AuditEvent::RecoveryStarted { effective_at } => {
                json!({ "effective_at": effective_at })
            }
            AuditEvent::MessageUndelivered {
                channel,
                kind,
                reason,
            } => json!({ "channel": channel, "kind": kind, "reason": reason }),
            AuditEvent::AccountRegistered
            | AuditEvent::SignedOut
            | AuditEvent::RecoveryLinkSent
            | AuditEvent::RecoveryCancelled => return None,
        })
    }
}

fn factor(f: &Factor) -> Value {
    match f {
        Factor::Phone { masked } => json!({ "factor": "phone", "phone": masked }),
        Factor::MobileDevice { device, name } => {
            json!({ "factor": "mobile_device", "device": device, "name": name })
        }
        Factor::SecurityKey { key, name, level } => {
            json!({ "factor": "security_key", "key": key, "name": name, "level": level.name() })
        }
        Factor::AuthenticatorApp {
            authenticator,
            name,
        } => json!({ "factor": "authenticator_app", "authenticator": authenticator, "name": name }),
        Factor::AllDevices { count } => json!({ "factor": "all_devices", "count": count }),
        Factor::All { count } => json!({ "factor": "all", "count": count, "via": "recovery" }),
    }
}

/// Who and where an event is about.
#[derive(Debug, Clone, Copy, Default)]
pub struct Subject<'a> {
    pub user_id: Option<&'a str>,
    pub client_id: Option<&'a str>,
    pub ip: Option<&'a str>,
}

impl<'a> Subject<'a> {
    /// An event of `user_id` (if any) from `ip`.
    pub fn user(user_id: Option<&'a str>, ip: &'a str) -> Self {
        Subject {
            user_id,
            client_id: None,
            ip: Some(ip),
        }
    }
}

/// Records `event` at `now` on `db` (the connection, or a transaction of the caller's).
pub async fn record(
    db: &impl Conn,
    now: i64,
    event: &AuditEvent,
    subject: Subject<'_>,
) -> Result<(), AppError> {
    store::audit::record(
        db,
        NewEvent {
            at: now,
            event: event.name(),
            user_id: subject.user_id,
            client_id: subject.client_id,
            ip: subject.ip,
            detail: event.detail(),
        },
    )
    .await?;
    crate::telemetry::audited(event);
    Ok(())
}

/// Records `event` now, on the provider's database.
pub async fn log(
    state: &crate::state::AppState,
    event: AuditEvent,
    subject: Subject<'_>,
) -> Result<(), AppError> {
    record(&state.db, state.now(), &event, subject).await
}
