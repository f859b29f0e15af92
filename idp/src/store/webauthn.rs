//! WebAuthn credentials (security keys and platform authenticators) as webauthn-rs passkeys
//! serialised to JSON, with the level each reaches (medium, or high with user verification
//! on a hardware-bound key).

use super::entities::webauthn_credential;
use super::{Conn, StoreError};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

pub type Credential = webauthn_credential::Model;

pub async fn for_user(db: &impl Conn, user_id: &str) -> Result<Vec<Credential>, StoreError> {
    Ok(webauthn_credential::Entity::find()
        .filter(webauthn_credential::Column::UserId.eq(user_id))
        .order_by_asc(webauthn_credential::Column::CreatedAt)
        .all(db)
        .await?)
}

pub async fn delete_all(db: &impl Conn, user_id: &str) -> Result<u64, StoreError> {
    let res = webauthn_credential::Entity::delete_many()
        .filter(webauthn_credential::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
