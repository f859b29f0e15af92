//! Web Push: the provider's sealed VAPID key pair and each device's push subscription.

use super::entities::{push_subscription, web_push_key};
use super::{Conn, StoreError};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

pub type Subscription = push_subscription::Model;
pub type StoredVapidKey = web_push_key::Model;

/// The name of the one VAPID key row.
const VAPID: &str = "vapid";

pub async fn vapid_key(db: &impl Conn) -> Result<Option<StoredVapidKey>, StoreError> {
    Ok(web_push_key::Entity::find_by_id(VAPID.to_owned())
        .one(db)
        .await?)
}

/// Stores `key` as the VAPID key unless one is there already (another node made it first):
/// the first one stays, and [`vapid_key`] reads it.
pub async fn insert_vapid_key_once(
    db: &impl Conn,
    kid: &str,
    public_jwk: &str,
    sealed_private: &str,
    now: i64,
) -> Result<(), StoreError> {
    web_push_key::Entity::insert(web_push_key::ActiveModel {
        name: Set(VAPID.to_owned()),
        kid: Set(kid.to_owned()),
        public_jwk: Set(public_jwk.to_owned()),
        sealed_private: Set(sealed_private.to_owned()),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(web_push_key::Column::Name)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn subscription(
    db: &impl Conn,
    device_id: &str,
) -> Result<Option<Subscription>, StoreError> {
    Ok(push_subscription::Entity::find_by_id(device_id.to_owned())
        .one(db)
        .await?)
}

/// The device's subscription becomes `s`, replacing any earlier one.
pub async fn subscribe(db: &impl Conn, s: Subscription) -> Result<(), StoreError> {
    push_subscription::Entity::insert(push_subscription::ActiveModel {
        device_id: Set(s.device_id),
        endpoint: Set(s.endpoint),
        p256dh: Set(s.p256dh),
        auth: Set(s.auth),
        created_at: Set(s.created_at),
    })
    .on_conflict(
        OnConflict::column(push_subscription::Column::DeviceId)
            .update_columns([
                push_subscription::Column::Endpoint,
                push_subscription::Column::P256dh,
                push_subscription::Column::Auth,
                push_subscription::Column::CreatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Removes the device's subscription; with `endpoint`, only if it is still that one (a push
/// service said it is gone, and the app may have subscribed anew since).
pub async fn unsubscribe(
    db: &impl Conn,
    device_id: &str,
    endpoint: Option<&str>,
) -> Result<bool, StoreError> {
    let mut q = push_subscription::Entity::delete_many()
        .filter(push_subscription::Column::DeviceId.eq(device_id));
    if let Some(endpoint) = endpoint {
        q = q.filter(push_subscription::Column::Endpoint.eq(endpoint));
    }
    Ok(q.exec(db).await?.rows_affected > 0)
}
