//! The audit trail of security events.

use super::entities::audit_event;
use super::{Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

pub type AuditEvent = audit_event::Model;

pub struct NewEvent<'a> {
    pub at: i64,
    pub event: &'a str,
    pub user_id: Option<&'a str>,
    pub client_id: Option<&'a str>,
    pub ip: Option<&'a str>,
    pub detail: Option<serde_json::Value>,
}

pub async fn record(db: &impl Conn, e: NewEvent<'_>) -> Result<(), StoreError> {
    audit_event::Entity::insert(audit_event::ActiveModel {
        at: Set(e.at),
        event: Set(e.event.to_owned()),
        user_id: Set(e.user_id.map(str::to_owned)),
        client_id: Set(e.client_id.map(str::to_owned)),
        ip: Set(e.ip.map(str::to_owned)),
        detail: Set(e.detail.map(|d| d.to_string())),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn recent_for_user(
    db: &impl Conn,
    user_id: &str,
    limit: u64,
) -> Result<Vec<AuditEvent>, StoreError> {
    Ok(audit_event::Entity::find()
        .filter(audit_event::Column::UserId.eq(user_id))
        .order_by_desc(audit_event::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

pub async fn count_events(db: &impl Conn, event: &str) -> Result<u64, StoreError> {
    use sea_orm::PaginatorTrait;
    Ok(audit_event::Entity::find()
        .filter(audit_event::Column::Event.eq(event))
        .count(db)
        .await?)
}
