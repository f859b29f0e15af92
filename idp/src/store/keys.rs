//! Sealed signing keys and their lifecycle timestamps.

use super::entities::signing_key;
use super::{Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

pub type StoredKey = signing_key::Model;

pub async fn all(db: &impl Conn) -> Result<Vec<StoredKey>, StoreError> {
    Ok(signing_key::Entity::find()
        .order_by_asc(signing_key::Column::CreatedAt)
        .all(db)
        .await?)
}

pub async fn insert(db: &impl Conn, key: StoredKey) -> Result<(), StoreError> {
    signing_key::Entity::insert(signing_key::ActiveModel {
        kid: Set(key.kid),
        alg: Set(key.alg),
        public_jwk: Set(key.public_jwk),
        sealed_private: Set(key.sealed_private),
        created_at: Set(key.created_at),
        activate_at: Set(key.activate_at),
        deactivated_at: Set(key.deactivated_at),
        retire_at: Set(key.retire_at),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn set_deactivation(
    db: &impl Conn,
    kid: &str,
    deactivated_at: i64,
    retire_at: i64,
) -> Result<bool, StoreError> {
    let res = signing_key::Entity::update_many()
        .col_expr(signing_key::Column::DeactivatedAt, deactivated_at.into())
        .col_expr(signing_key::Column::RetireAt, retire_at.into())
        .filter(signing_key::Column::Kid.eq(kid))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}
