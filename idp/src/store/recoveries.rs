//! Account recoveries: every second factor of an account removed after a waiting period,
//! when its owner cannot use any of them (confirmed by an e-mail link, cancellable).

use super::entities::account_recovery;
use super::{Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

pub type Recovery = account_recovery::Model;

pub async fn insert(
    db: &impl Conn,
    id: &str,
    user_id: &str,
    now: i64,
    effective_at: i64,
    ip: &str,
) -> Result<(), StoreError> {
    account_recovery::Entity::insert(account_recovery::ActiveModel {
        id: Set(id.to_owned()),
        user_id: Set(user_id.to_owned()),
        requested_at: Set(now),
        effective_at: Set(effective_at),
        cancelled_at: Set(None),
        completed_at: Set(None),
        ip: Set(ip.to_owned()),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// The user's recovery that is neither cancelled nor completed, if any.
pub async fn open_for_user(db: &impl Conn, user_id: &str) -> Result<Option<Recovery>, StoreError> {
    Ok(account_recovery::Entity::find()
        .filter(account_recovery::Column::UserId.eq(user_id))
        .filter(account_recovery::Column::CancelledAt.is_null())
        .filter(account_recovery::Column::CompletedAt.is_null())
        .order_by_desc(account_recovery::Column::RequestedAt)
        .one(db)
        .await?)
}

/// Open recoveries whose waiting period is over, on every account.
pub async fn due(db: &impl Conn, now: i64) -> Result<Vec<Recovery>, StoreError> {
    Ok(account_recovery::Entity::find()
        .filter(account_recovery::Column::CancelledAt.is_null())
        .filter(account_recovery::Column::CompletedAt.is_null())
        .filter(account_recovery::Column::EffectiveAt.lte(now))
        .all(db)
        .await?)
}

/// Cancels the user's open recoveries; how many there were.
pub async fn cancel(db: &impl Conn, user_id: &str, now: i64) -> Result<u64, StoreError> {
    let res = account_recovery::Entity::update_many()
        .col_expr(account_recovery::Column::CancelledAt, now.into())
        .filter(account_recovery::Column::UserId.eq(user_id))
        .filter(account_recovery::Column::CancelledAt.is_null())
        .filter(account_recovery::Column::CompletedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

/// Marks one recovery completed; true only for the first caller (one node carries it out).
pub async fn complete(db: &impl Conn, id: &str, now: i64) -> Result<bool, StoreError> {
    let res = account_recovery::Entity::update_many()
        .col_expr(account_recovery::Column::CompletedAt, now.into())
        .filter(account_recovery::Column::Id.eq(id))
        .filter(account_recovery::Column::CancelledAt.is_null())
        .filter(account_recovery::Column::CompletedAt.is_null())
        .filter(account_recovery::Column::EffectiveAt.lte(now))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}
