//! Sign-ins in progress (`authn::sign_in`) and the authorization request that may wait on
//! each (`oidc::flow`). Kept in the database so a sign-in begun on one node finishes on
//! another.

use super::entities::auth_flow;
use super::{Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

pub type Flow = auth_flow::Model;

pub struct NewFlow<'a> {
    pub id_hash: &'a str,
    /// The client whose authorization request waits (`None`: a page of this site).
    pub client_id: Option<&'a str>,
    pub return_to: Option<&'a str>,
    /// What waits on the sign-in, as JSON (the authorization request of `oidc::flow`).
    pub request: Option<String>,
    pub min_acr: &'a str,
    pub email: Option<String>,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert(db: &impl Conn, f: NewFlow<'_>) -> Result<(), StoreError> {
    auth_flow::Entity::insert(auth_flow::ActiveModel {
        id: Set(f.id_hash.to_owned()),
        client_id: Set(f.client_id.map(str::to_owned)),
        request: Set(f.request),
        email: Set(f.email),
        user_id: Set(None),
        password_at: Set(None),
        created_at: Set(f.now),
        expires_at: Set(f.expires_at),
        completed_at: Set(None),
        return_to: Set(f.return_to.map(str::to_owned)),
        min_acr: Set(Some(f.min_acr.to_owned())),
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

/// Replaces what waits on this flow (the authorization request, as JSON).
pub async fn set_request(db: &impl Conn, id_hash: &str, request: &str) -> Result<(), StoreError> {
    auth_flow::Entity::update_many()
        .col_expr(auth_flow::Column::Request, request.into())
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
