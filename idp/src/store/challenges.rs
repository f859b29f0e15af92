//! Challenges: one row per SMS code, push request, QR code or enrolment waiting for an
//! answer. Every state change is a conditional `UPDATE`, so a challenge is answered once
//! even when several provider nodes race.

use super::entities::challenge;
use super::{Conn, StoreError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

pub type Challenge = challenge::Model;

pub const PENDING: &str = "pending";

pub struct NewChallenge<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub kind: &'a str,
    pub flow_id: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub secret_hash: Option<String>,
    pub data: Option<String>,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert(db: &impl Conn, c: NewChallenge<'_>) -> Result<(), StoreError> {
    challenge::Entity::insert(challenge::ActiveModel {
        id: Set(c.id.to_owned()),
        user_id: Set(c.user_id.to_owned()),
        kind: Set(c.kind.to_owned()),
        flow_id: Set(c.flow_id.map(str::to_owned)),
        subject: Set(c.subject.map(str::to_owned)),
        secret_hash: Set(c.secret_hash),
        data: Set(c.data),
        attempts: Set(0),
        status: Set(PENDING.to_owned()),
        created_at: Set(c.now),
        expires_at: Set(c.expires_at),
        decided_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find(db: &impl Conn, id: &str) -> Result<Option<Challenge>, StoreError> {
    Ok(challenge::Entity::find_by_id(id.to_owned()).one(db).await?)
}

/// The newest pending, unexpired challenge of `kind` for a user, optionally for a flow.
pub async fn latest_pending(
    db: &impl Conn,
    user_id: &str,
    kind: &str,
    flow_id: Option<&str>,
    now: i64,
) -> Result<Option<Challenge>, StoreError> {
    let mut q = challenge::Entity::find()
        .filter(challenge::Column::UserId.eq(user_id))
        .filter(challenge::Column::Kind.eq(kind))
        .filter(challenge::Column::Status.eq(PENDING))
        .filter(challenge::Column::ExpiresAt.gt(now));
    if let Some(flow) = flow_id {
        q = q.filter(challenge::Column::FlowId.eq(flow));
    }
    Ok(q.order_by_desc(challenge::Column::CreatedAt)
        .one(db)
        .await?)
}

/// Whether the newest challenge of `kind` (in `flow_id`, if given) could not be delivered:
/// the outbox gave its SMS up and decided it `not_sent`.
pub async fn latest_not_sent(
    db: &impl Conn,
    user_id: &str,
    kind: &str,
    flow_id: Option<&str>,
) -> Result<bool, StoreError> {
    let mut q = challenge::Entity::find()
        .filter(challenge::Column::UserId.eq(user_id))
        .filter(challenge::Column::Kind.eq(kind));
    if let Some(flow) = flow_id {
        q = q.filter(challenge::Column::FlowId.eq(flow));
    }
    let latest = q
        .order_by_desc(challenge::Column::CreatedAt)
        .one(db)
        .await?;
    Ok(latest.is_some_and(|c| c.status == "not_sent"))
}

/// Pending, unexpired challenges of `kind` about `subject` (e.g. push requests for a device).
pub async fn pending_for_subject(
    db: &impl Conn,
    subject: &str,
    kind: &str,
    now: i64,
) -> Result<Vec<Challenge>, StoreError> {
    Ok(challenge::Entity::find()
        .filter(challenge::Column::Subject.eq(subject))
        .filter(challenge::Column::Kind.eq(kind))
        .filter(challenge::Column::Status.eq(PENDING))
        .filter(challenge::Column::ExpiresAt.gt(now))
        .order_by_asc(challenge::Column::CreatedAt)
        .all(db)
        .await?)
}

/// Voids the user's pending challenges of `kind` (a new code invalidates the previous one).
pub async fn supersede(
    db: &impl Conn,
    user_id: &str,
    kind: &str,
    now: i64,
) -> Result<u64, StoreError> {
    let res = challenge::Entity::update_many()
        .col_expr(challenge::Column::Status, "superseded".into())
        .col_expr(challenge::Column::DecidedAt, now.into())
        .filter(challenge::Column::UserId.eq(user_id))
        .filter(challenge::Column::Kind.eq(kind))
        .filter(challenge::Column::Status.eq(PENDING))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

/// Counts one wrong answer; returns the attempts so far, or `None` if the challenge is no
/// longer pending.
pub async fn add_attempt(db: &impl Conn, id: &str, now: i64) -> Result<Option<i32>, StoreError> {
    let res = challenge::Entity::update_many()
        .col_expr(
            challenge::Column::Attempts,
            Expr::col(challenge::Column::Attempts).add(1),
        )
        .filter(challenge::Column::Id.eq(id))
        .filter(challenge::Column::Status.eq(PENDING))
        .filter(challenge::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    if res.rows_affected == 0 {
        return Ok(None);
    }
    Ok(find(db, id).await?.map(|c| c.attempts))
}

/// Moves a pending, unexpired challenge to `status`; true only for the first caller.
pub async fn decide(db: &impl Conn, id: &str, status: &str, now: i64) -> Result<bool, StoreError> {
    let res = challenge::Entity::update_many()
        .col_expr(challenge::Column::Status, status.into())
        .col_expr(challenge::Column::DecidedAt, now.into())
        .filter(challenge::Column::Id.eq(id))
        .filter(challenge::Column::Status.eq(PENDING))
        .filter(challenge::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Moves a challenge from one decided status to another (e.g. `approved` -> `used` when the
/// waiting page consumes it); true only for the first caller.
pub async fn transition(
    db: &impl Conn,
    id: &str,
    from: &str,
    to: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let res = challenge::Entity::update_many()
        .col_expr(challenge::Column::Status, to.into())
        .col_expr(challenge::Column::DecidedAt, now.into())
        .filter(challenge::Column::Id.eq(id))
        .filter(challenge::Column::Status.eq(from))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Replaces the challenge's data (e.g. the device that answered).
pub async fn set_data(db: &impl Conn, id: &str, data: &str) -> Result<(), StoreError> {
    challenge::Entity::update_many()
        .col_expr(challenge::Column::Data, data.into())
        .filter(challenge::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete_for_user(db: &impl Conn, user_id: &str) -> Result<u64, StoreError> {
    let res = challenge::Entity::delete_many()
        .filter(challenge::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

pub async fn purge_expired(db: &impl Conn, now: i64) -> Result<u64, StoreError> {
    // Keep a day of history so late answers get a clear "expired" rather than "unknown".
    let res = challenge::Entity::delete_many()
        .filter(challenge::Column::ExpiresAt.lte(now - 86_400))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
