//! Authenticator apps (TOTP, RFC 6238): sealed secrets and the last time step accepted
//! (a code is never accepted twice). Accepting a step is a conditional `UPDATE`, so two
//! provider nodes cannot both accept the same code.

use super::entities::totp_authenticator;
use super::{Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

pub type Authenticator = totp_authenticator::Model;

/// The user's confirmed authenticator apps.
pub async fn confirmed(db: &impl Conn, user_id: &str) -> Result<Vec<Authenticator>, StoreError> {
    Ok(totp_authenticator::Entity::find()
        .filter(totp_authenticator::Column::UserId.eq(user_id))
        .filter(totp_authenticator::Column::ConfirmedAt.is_not_null())
        .order_by_asc(totp_authenticator::Column::CreatedAt)
        .all(db)
        .await?)
}

/// One of the user's authenticator apps, confirmed or not.
pub async fn find(
    db: &impl Conn,
    user_id: &str,
    id: &str,
) -> Result<Option<Authenticator>, StoreError> {
    Ok(totp_authenticator::Entity::find_by_id(id.to_owned())
        .filter(totp_authenticator::Column::UserId.eq(user_id))
        .one(db)
        .await?)
}

/// A new authenticator app waiting for its first code.
pub async fn insert_pending(
    db: &impl Conn,
    id: &str,
    user_id: &str,
    name: &str,
    sealed_secret: &str,
    now: i64,
) -> Result<(), StoreError> {
    totp_authenticator::Entity::insert(totp_authenticator::ActiveModel {
        id: Set(id.to_owned()),
        user_id: Set(user_id.to_owned()),
        name: Set(name.to_owned()),
        sealed_secret: Set(sealed_secret.to_owned()),
        last_step: Set(0),
        created_at: Set(now),
        confirmed_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Removes the user's unconfirmed apps created before `before`.
pub async fn delete_stale_pending(
    db: &impl Conn,
    user_id: &str,
    before: i64,
) -> Result<u64, StoreError> {
    let res = totp_authenticator::Entity::delete_many()
        .filter(totp_authenticator::Column::UserId.eq(user_id))
        .filter(totp_authenticator::Column::ConfirmedAt.is_null())
        .filter(totp_authenticator::Column::CreatedAt.lt(before))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

/// Confirms a pending app with its first code's time step; true only for the first caller.
pub async fn confirm(db: &impl Conn, id: &str, step: i64, now: i64) -> Result<bool, StoreError> {
    let res = totp_authenticator::Entity::update_many()
        .col_expr(totp_authenticator::Column::ConfirmedAt, now.into())
        .col_expr(totp_authenticator::Column::LastStep, step.into())
        .filter(totp_authenticator::Column::Id.eq(id))
        .filter(totp_authenticator::Column::ConfirmedAt.is_null())
        .filter(totp_authenticator::Column::LastStep.lt(step))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Accepts time step `step` of a confirmed app if it is newer than every step accepted
/// before; true only for the first caller with that step.
pub async fn accept_step(db: &impl Conn, id: &str, step: i64) -> Result<bool, StoreError> {
    let res = totp_authenticator::Entity::update_many()
        .col_expr(totp_authenticator::Column::LastStep, step.into())
        .filter(totp_authenticator::Column::Id.eq(id))
        .filter(totp_authenticator::Column::ConfirmedAt.is_not_null())
        .filter(totp_authenticator::Column::LastStep.lt(step))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

pub async fn delete(db: &impl Conn, user_id: &str, id: &str) -> Result<bool, StoreError> {
    let res = totp_authenticator::Entity::delete_many()
        .filter(totp_authenticator::Column::UserId.eq(user_id))
        .filter(totp_authenticator::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

pub async fn delete_all(db: &impl Conn, user_id: &str) -> Result<u64, StoreError> {
    let res = totp_authenticator::Entity::delete_many()
        .filter(totp_authenticator::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
