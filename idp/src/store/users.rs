//! Accounts.

use super::entities::user;
use super::{json_list, to_json_list, Conn, StoreError};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

pub type User = user::Model;

impl User {
    pub fn role_list(&self) -> Vec<String> {
        json_list(&self.roles).unwrap_or_default()
    }

    pub fn display_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name.to_uppercase())
    }
}

/// E-mail addresses are compared case-insensitively: stored lower-cased and trimmed.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub struct NewUser<'a> {
    pub id: String,
    pub email: &'a str,
    pub email_verified: bool,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub language: &'a str,
    pub password_hash: Option<String>,
    pub roles: &'a [String],
    pub now: i64,
}

pub async fn insert(db: &impl Conn, u: NewUser<'_>) -> Result<(), StoreError> {
    user::Entity::insert(user::ActiveModel {
        id: Set(u.id),
        email: Set(normalise_email(u.email)),
        email_verified: Set(u.email_verified),
        first_name: Set(u.first_name.to_owned()),
        last_name: Set(u.last_name.to_owned()),
        language: Set(u.language.to_owned()),
        // A first password is not a change: the minimum age between changes (FAQ Q4) does
        // not hold its owner back.
        password_changed_at: Set(None),
        password_hash: Set(u.password_hash),
        roles: Set(to_json_list(u.roles)),
        password_nfc: Set(true),
        created_at: Set(u.now),
        updated_at: Set(u.now),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find(db: &impl Conn, id: &str) -> Result<Option<User>, StoreError> {
    Ok(user::Entity::find_by_id(id.to_owned()).one(db).await?)
}

pub async fn find_by_email(db: &impl Conn, email: &str) -> Result<Option<User>, StoreError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await?)
}

/// A new password (its hash from the NFC form); the e-mail address is proven by the link
/// or the sign-in that led here.
/// Stores a new password hash. `change` says whether it replaces a password the user had
/// (a change, which starts the minimum age before the next one, FAQ Q4) or is the first
/// one (which does not).
pub async fn set_password(
    db: &impl Conn,
    id: &str,
    hash: &str,
    now: i64,
    change: bool,
) -> Result<(), StoreError> {
    let changed_at: Option<i64> = change.then_some(now);
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, hash.into())
        .col_expr(user::Column::PasswordNfc, true.into())
        .col_expr(user::Column::PasswordChangedAt, changed_at.into())
        .col_expr(user::Column::EmailVerified, true.into())
        .col_expr(user::Column::UpdatedAt, now.into())
        .filter(user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces an older hash made from the bytes typed by one made from the NFC form, keeping
/// the time of the last change (an upgrade is not a change).
pub async fn upgrade_password_hash(
    db: &impl Conn,
    id: &str,
    old_hash: &str,
    new_hash: &str,
) -> Result<bool, StoreError> {
    let res = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, new_hash.into())
        .col_expr(user::Column::PasswordNfc, true.into())
        .filter(user::Column::Id.eq(id))
        .filter(user::Column::PasswordHash.eq(old_hash))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

pub async fn set_roles(
    db: &impl Conn,
    id: &str,
    roles: &[String],
    now: i64,
) -> Result<(), StoreError> {
    user::Entity::update_many()
        .col_expr(user::Column::Roles, to_json_list(roles).into())
        .col_expr(user::Column::UpdatedAt, now.into())
        .filter(user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete(db: &impl Conn, id: &str) -> Result<bool, StoreError> {
    let res = user::Entity::delete_by_id(id.to_owned()).exec(db).await?;
    Ok(res.rows_affected > 0)
}

/// Changes the personal data the user may edit.
pub async fn set_details(
    db: &impl Conn,
    id: &str,
    first_name: &str,
    last_name: &str,
    language: &str,
    now: i64,
) -> Result<(), StoreError> {
    user::Entity::update_many()
        .col_expr(user::Column::FirstName, first_name.into())
        .col_expr(user::Column::LastName, last_name.into())
        .col_expr(user::Column::Language, language.into())
        .col_expr(user::Column::UpdatedAt, now.into())
        .filter(user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
