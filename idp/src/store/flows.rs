//! Sign-in flows: a validated authorization request waiting for the user to authenticate.
//! Kept in the database so a flow begun on one node finishes on another.

use super::entities::auth_flow;
use super::{Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

pub type Flow = auth_flow::Model;

pub async fn insert(
    db: &impl Conn,
    id_hash: &str,
    client_id: Option<&str>,
    request_json: Option<String>,
    email: Option<String>,
    now: i64,
    expires_at: i64,
) -> Result<(), StoreError> {
    auth_flow::Entity::insert(auth_flow::ActiveModel {
        id: Set(id_hash.to_owned()),
        client_id: Set(client_id.map(str::to_owned)),
        request: Set(request_json),
        email: Set(email),
        user_id: Set(None),
        password_at: Set(None),
        created_at: Set(now),
        expires_at: Set(expires_at),
        completed_at: Set(None),
        return_to: Set(None),
        min_acr: Set(None),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// A sign-in that does not come from a client: where it returns to, which level it needs,
/// and (for a re-authentication) whose e-mail it is for.
pub async fn insert_direct(
    db: &impl Conn,
    id_hash: &str,
    return_to: &str,
    min_acr: &str,
    email: Option<String>,
    now: i64,
    expires_at: i64,
) -> Result<(), StoreError> {
    auth_flow::Entity::insert(auth_flow::ActiveModel {
        id: Set(id_hash.to_owned()),
        client_id: Set(None),
        request: Set(None),
        email: Set(email),
        user_id: Set(None),
        password_at: Set(None),
        created_at: Set(now),
        expires_at: Set(expires_at),
        completed_at: Set(None),
        return_to: Set(Some(return_to.to_owned())),
        min_acr: Set(Some(min_acr.to_owned())),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// An open flow: not completed, not expired.
pub async fn find_open(
    db: &impl Conn,
    id_hash: &str,
    now: i64,
) -> Result<Option<Flow>, StoreError> {
    Ok(auth_flow::Entity::find_by_id(id_hash.to_owned())
        .filter(auth_flow::Column::CompletedAt.is_null())
        .filter(auth_flow::Column::ExpiresAt.gt(now))
        .one(db)
        .await?)
}

pub async fn set_email(db: &impl Conn, id_hash: &str, email: &str) -> Result<(), StoreError> {
    auth_flow::Entity::update_many()
        .col_expr(auth_flow::Column::Email, email.into())
        .filter(auth_flow::Column::Id.eq(id_hash))
        .exec(db)
        .await?;
    Ok(())
}

/// Records that `user_id` proved the password in this flow.
pub async fn set_password_ok(
    db: &impl Conn,
    id_hash: &str,
    user_id: &str,
    now: i64,
) -> Result<(), StoreError> {
    auth_flow::Entity::update_many()
        .col_expr(auth_flow::Column::UserId, user_id.into())
        .col_expr(auth_flow::Column::PasswordAt, now.into())
        .filter(auth_flow::Column::Id.eq(id_hash))
        .exec(db)
        .await?;
    Ok(())
}

/// Marks the flow completed; true only for the first caller (a flow finishes once).
pub async fn complete(db: &impl Conn, id_hash: &str, now: i64) -> Result<bool, StoreError> {
    let res = auth_flow::Entity::update_many()
        .col_expr(auth_flow::Column::CompletedAt, now.into())
        .filter(auth_flow::Column::Id.eq(id_hash))
        .filter(auth_flow::Column::CompletedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

pub async fn purge_expired(db: &impl Conn, now: i64) -> Result<u64, StoreError> {
    let res = auth_flow::Entity::delete_many()
        .filter(auth_flow::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
