//! Authenticator apps (TOTP, RFC 6238): sealed secrets and the last time step accepted
//! (a code is never accepted twice).

use super::entities::totp_authenticator;
use super::{Conn, StoreError};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

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

pub async fn delete_all(db: &impl Conn, user_id: &str) -> Result<u64, StoreError> {
    let res = totp_authenticator::Entity::delete_many()
        .filter(totp_authenticator::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
