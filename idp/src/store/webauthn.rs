//! WebAuthn credentials (security keys and platform authenticators) as webauthn-rs passkeys
//! serialised to JSON, with the level each reaches (medium, or high with user verification
//! on a hardware-bound key).

use super::entities::webauthn_credential;
use super::{Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

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

pub struct NewCredential<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub name: &'a str,
    pub credential_id: &'a str,
    pub passkey: &'a str,
    pub level: &'a str,
    pub now: i64,
}

pub async fn insert(db: &impl Conn, c: NewCredential<'_>) -> Result<(), StoreError> {
    webauthn_credential::Entity::insert(webauthn_credential::ActiveModel {
        id: Set(c.id.to_owned()),
        user_id: Set(c.user_id.to_owned()),
        name: Set(c.name.to_owned()),
        credential_id: Set(c.credential_id.to_owned()),
        passkey: Set(c.passkey.to_owned()),
        level: Set(c.level.to_owned()),
        created_at: Set(c.now),
        last_used_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// Any account's credential with this WebAuthn credential id (they must be unique).
pub async fn by_credential_id(
    db: &impl Conn,
    credential_id: &str,
) -> Result<Option<Credential>, StoreError> {
    Ok(webauthn_credential::Entity::find()
        .filter(webauthn_credential::Column::CredentialId.eq(credential_id))
        .one(db)
        .await?)
}

/// Stores the credential after a sign-in (new signature counter, last use).
pub async fn used(
    db: &impl Conn,
    user_id: &str,
    id: &str,
    passkey: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    let mut update = webauthn_credential::Entity::update_many()
        .col_expr(webauthn_credential::Column::LastUsedAt, now.into());
    if let Some(passkey) = passkey {
        update = update.col_expr(webauthn_credential::Column::Passkey, passkey.into());
    }
    update
        .filter(webauthn_credential::Column::Id.eq(id))
        .filter(webauthn_credential::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes one of the user's credentials; false if it was not theirs or already gone.
pub async fn delete(db: &impl Conn, user_id: &str, id: &str) -> Result<bool, StoreError> {
    let res = webauthn_credential::Entity::delete_many()
        .filter(webauthn_credential::Column::Id.eq(id))
        .filter(webauthn_credential::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}
