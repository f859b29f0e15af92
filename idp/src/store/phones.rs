//! Mobile phone numbers (E.164), pending until the SMS challenge is answered.

use super::entities::phone_number;
use super::{Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

pub type PhoneNumber = phone_number::Model;

pub async fn insert(
    db: &impl Conn,
    id: &str,
    user_id: &str,
    e164: &str,
    now: i64,
) -> Result<(), StoreError> {
    phone_number::Entity::insert(phone_number::ActiveModel {
        id: Set(id.to_owned()),
        user_id: Set(user_id.to_owned()),
        e164: Set(e164.to_owned()),
        created_at: Set(now),
        verified_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find(
    db: &impl Conn,
    user_id: &str,
    id: &str,
) -> Result<Option<PhoneNumber>, StoreError> {
    Ok(phone_number::Entity::find_by_id(id.to_owned())
        .filter(phone_number::Column::UserId.eq(user_id))
        .one(db)
        .await?)
}

/// The user's confirmed numbers, oldest first.
pub async fn verified(db: &impl Conn, user_id: &str) -> Result<Vec<PhoneNumber>, StoreError> {
    Ok(phone_number::Entity::find()
        .filter(phone_number::Column::UserId.eq(user_id))
        .filter(phone_number::Column::VerifiedAt.is_not_null())
        .order_by_asc(phone_number::Column::CreatedAt)
        .all(db)
        .await?)
}

/// Confirms a pending number; true only the first time.
pub async fn verify(db: &impl Conn, user_id: &str, id: &str, now: i64) -> Result<bool, StoreError> {
    let res = phone_number::Entity::update_many()
        .col_expr(phone_number::Column::VerifiedAt, now.into())
        .filter(phone_number::Column::Id.eq(id))
        .filter(phone_number::Column::UserId.eq(user_id))
        .filter(phone_number::Column::VerifiedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

pub async fn delete(db: &impl Conn, user_id: &str, id: &str) -> Result<bool, StoreError> {
    let res = phone_number::Entity::delete_many()
        .filter(phone_number::Column::Id.eq(id))
        .filter(phone_number::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Removes pending (never confirmed) numbers of the user with this E.164 spelling, and
/// stale pending numbers of anyone.
pub async fn delete_pending(db: &impl Conn, user_id: &str, e164: &str) -> Result<u64, StoreError> {
    let res = phone_number::Entity::delete_many()
        .filter(phone_number::Column::UserId.eq(user_id))
        .filter(phone_number::Column::E164.eq(e164))
        .filter(phone_number::Column::VerifiedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

pub async fn delete_all(db: &impl Conn, user_id: &str) -> Result<u64, StoreError> {
    let res = phone_number::Entity::delete_many()
        .filter(phone_number::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
