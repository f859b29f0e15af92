//! Single-use links sent by e-mail (set password, reset password). Stored hashed.

use super::entities::email_token;
use super::{Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

pub type EmailToken = email_token::Model;

pub async fn insert(
    db: &impl Conn,
    token_hash: &str,
    user_id: &str,
    purpose: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), StoreError> {
    email_token::Entity::insert(email_token::ActiveModel {
        token_hash: Set(token_hash.to_owned()),
        user_id: Set(user_id.to_owned()),
        purpose: Set(purpose.to_owned()),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find(db: &impl Conn, token_hash: &str) -> Result<Option<EmailToken>, StoreError> {
    Ok(email_token::Entity::find_by_id(token_hash.to_owned())
        .one(db)
        .await?)
}

/// Consumes the token; true only for the first caller and only while it is valid.
pub async fn consume(db: &impl Conn, token_hash: &str, now: i64) -> Result<bool, StoreError> {
    let res = email_token::Entity::update_many()
        .col_expr(email_token::Column::UsedAt, now.into())
        .filter(email_token::Column::TokenHash.eq(token_hash))
        .filter(email_token::Column::UsedAt.is_null())
        .filter(email_token::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// A new link voids the user's earlier unused links of the same purposes (choosing a
/// password after registration and after a reset are one purpose: a password link).
pub async fn void_unused(
    db: &impl Conn,
    user_id: &str,
    purposes: &[&str],
    now: i64,
) -> Result<(), StoreError> {
    email_token::Entity::update_many()
        .col_expr(email_token::Column::UsedAt, now.into())
        .filter(email_token::Column::UserId.eq(user_id))
        .filter(email_token::Column::Purpose.is_in(purposes.iter().copied()))
        .filter(email_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
