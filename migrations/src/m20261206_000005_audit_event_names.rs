//! One spelling for audit event names (issue 13): every event is `area.what`, as
//! `idp::audit::AuditEvent::name` writes them; rows written before keep their meaning under
//! the new name, so operators query one name per event.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261206_000005_audit_event_names"
    }
}

/// (old, new)
const RENAMED: [(&str, &str); 7] = [
    ("signout", "session.signed_out"),
    ("push_denied", "push.denied"),
    ("push_wrong_number", "push.wrong_number"),
    ("access_requested", "access.requested"),
    ("access_approved", "access.approved"),
    ("access_denied", "access.denied"),
    ("access_revoked", "access.revoked"),
];

async fn rename(manager: &SchemaManager<'_>, from: &str, to: &str) -> Result<(), DbErr> {
    let update = Query::update()
        .table(Alias::new("audit_events"))
        .value(Alias::new("event"), to)
        .and_where(Expr::col(Alias::new("event")).eq(from))
        .to_owned();
    manager.exec_stmt(update).await
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (old, new) in RENAMED {
            rename(manager, old, new).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (old, new) in RENAMED {
            rename(manager, new, old).await?;
        }
        Ok(())
    }
}
