//! Mobile-app devices: PIN hash, device public key (push approvals), sealed shared secret
//! (QR codes), PIN failure counter and lock.

use super::entities::mobile_device;
use super::{Conn, StoreError};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

pub type Device = mobile_device::Model;

/// The user's enrolled devices (locked ones included), oldest first.
pub async fn enrolled(db: &impl Conn, user_id: &str) -> Result<Vec<Device>, StoreError> {
    Ok(mobile_device::Entity::find()
        .filter(mobile_device::Column::UserId.eq(user_id))
        .filter(mobile_device::Column::EnrolledAt.is_not_null())
        .order_by_asc(mobile_device::Column::CreatedAt)
        .all(db)
        .await?)
}

pub async fn delete_all(db: &impl Conn, user_id: &str) -> Result<u64, StoreError> {
    let res = mobile_device::Entity::delete_many()
        .filter(mobile_device::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

use super::entities::challenge;
use sea_orm::sea_query::Expr;
use sea_orm::ActiveValue::Set;

/// A device being added: name and PIN hash, no key or secret until the app enrols.
pub async fn insert_pending(
    db: &impl Conn,
    id: &str,
    user_id: &str,
    name: &str,
    pin_hash: &str,
    now: i64,
) -> Result<(), StoreError> {
    mobile_device::Entity::insert(mobile_device::ActiveModel {
        id: Set(id.to_owned()),
        user_id: Set(user_id.to_owned()),
        name: Set(name.to_owned()),
        pin_hash: Set(pin_hash.to_owned()),
        public_jwk: Set(None),
        sealed_secret: Set(None),
        pin_failures: Set(0),
        locked_at: Set(None),
        created_at: Set(now),
        enrolled_at: Set(None),
        last_used_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find(db: &impl Conn, id: &str) -> Result<Option<Device>, StoreError> {
    Ok(mobile_device::Entity::find_by_id(id.to_owned())
        .one(db)
        .await?)
}

/// Completes an enrolment once: the device key and the sealed secret.
pub async fn complete_enrolment(
    db: &impl Conn,
    id: &str,
    public_jwk: &str,
    sealed_secret: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let res = mobile_device::Entity::update_many()
        .col_expr(mobile_device::Column::PublicJwk, public_jwk.into())
        .col_expr(mobile_device::Column::SealedSecret, sealed_secret.into())
        .col_expr(mobile_device::Column::EnrolledAt, now.into())
        .filter(mobile_device::Column::Id.eq(id))
        .filter(mobile_device::Column::EnrolledAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Counts one wrong PIN (atomically); returns the consecutive failures so far.
pub async fn add_pin_failure(db: &impl Conn, id: &str) -> Result<i32, StoreError> {
    mobile_device::Entity::update_many()
        .col_expr(
            mobile_device::Column::PinFailures,
            Expr::col(mobile_device::Column::PinFailures).add(1),
        )
        .filter(mobile_device::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(find(db, id).await?.map(|d| d.pin_failures).unwrap_or(0))
}

/// Locks a device; true only for the first caller.
pub async fn lock(db: &impl Conn, id: &str, now: i64) -> Result<bool, StoreError> {
    let res = mobile_device::Entity::update_many()
        .col_expr(mobile_device::Column::LockedAt, now.into())
        .filter(mobile_device::Column::Id.eq(id))
        .filter(mobile_device::Column::LockedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// A right PIN: the failure counter starts again, and the device was used now.
pub async fn used(db: &impl Conn, id: &str, now: i64) -> Result<(), StoreError> {
    mobile_device::Entity::update_many()
        .col_expr(mobile_device::Column::PinFailures, 0.into())
        .col_expr(mobile_device::Column::LastUsedAt, now.into())
        .filter(mobile_device::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete(db: &impl Conn, user_id: &str, id: &str) -> Result<bool, StoreError> {
    let res = mobile_device::Entity::delete_many()
        .filter(mobile_device::Column::Id.eq(id))
        .filter(mobile_device::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Pending devices never enrolled by an app, older than `before` (an expired enrolment).
pub async fn delete_stale_pending(
    db: &impl Conn,
    user_id: &str,
    before: i64,
) -> Result<u64, StoreError> {
    let res = mobile_device::Entity::delete_many()
        .filter(mobile_device::Column::UserId.eq(user_id))
        .filter(mobile_device::Column::EnrolledAt.is_null())
        .filter(mobile_device::Column::CreatedAt.lt(before))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

/// The challenge of `kind` whose secret hashes to `secret_hash` (an enrolment token).
pub async fn challenge_by_secret(
    db: &impl Conn,
    kind: &str,
    secret_hash: &str,
) -> Result<Option<challenge::Model>, StoreError> {
    Ok(challenge::Entity::find()
        .filter(challenge::Column::Kind.eq(kind))
        .filter(challenge::Column::SecretHash.eq(secret_hash))
        .one(db)
        .await?)
}

/// Every challenge of `kind` of one sign-in flow (one push per device), any status.
pub async fn challenges_for_flow(
    db: &impl Conn,
    kind: &str,
    flow_hash: &str,
) -> Result<Vec<challenge::Model>, StoreError> {
    Ok(challenge::Entity::find()
        .filter(challenge::Column::Kind.eq(kind))
        .filter(challenge::Column::FlowId.eq(flow_hash))
        .order_by_asc(challenge::Column::CreatedAt)
        .all(db)
        .await?)
}

/// Voids the other pending challenges of a flow once one device has answered.
pub async fn supersede_flow(
    db: &impl Conn,
    kind: &str,
    flow_hash: &str,
    now: i64,
) -> Result<u64, StoreError> {
    let res = challenge::Entity::update_many()
        .col_expr(challenge::Column::Status, "superseded".into())
        .col_expr(challenge::Column::DecidedAt, now.into())
        .filter(challenge::Column::Kind.eq(kind))
        .filter(challenge::Column::FlowId.eq(flow_hash))
        .filter(challenge::Column::Status.eq(super::challenges::PENDING))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
