//! Browser sessions. The cookie holds a random token; the row is keyed by its hash.

use super::entities::{session, user};
use super::prebuilt::Prebuilt;
use super::users::User;
use super::{Conn, StoreError};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, RelationDef, SelectTwoModel,
};

pub type Session = session::Model;

pub struct NewSession<'a> {
    pub id_hash: String,
    pub sid: String,
    pub user_id: &'a str,
    pub now: i64,
    pub expires_at: i64,
    pub password_at: i64,
    pub mfa_at: Option<i64>,
    pub mfa_acr: Option<String>,
    pub mfa_amr: Option<Vec<String>>,
    pub ip: String,
    pub user_agent: String,
}

pub async fn insert(db: &impl Conn, s: NewSession<'_>) -> Result<(), StoreError> {
    session::Entity::insert(session::ActiveModel {
        id: Set(s.id_hash),
        sid: Set(s.sid),
        user_id: Set(s.user_id.to_owned()),
        created_at: Set(s.now),
        last_seen_at: Set(s.now),
        expires_at: Set(s.expires_at),
        password_at: Set(s.password_at),
        mfa_at: Set(s.mfa_at),
        mfa_acr: Set(s.mfa_acr),
        mfa_amr: Set(s.mfa_amr.as_deref().map(super::to_json_list)),
        ip: Set(s.ip),
        user_agent: Set(s.user_agent),
        ended_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// The `amr` of the session's second factor, decoded (`None` without one, or unreadable).
pub fn mfa_amr(s: &Session) -> Option<Vec<String>> {
    serde_json::from_str(s.mfa_amr.as_deref()?).ok()
}

/// A live session by cookie-token hash: not ended, not expired.
pub async fn find_live(
    db: &impl Conn,
    id_hash: &str,
    now: i64,
) -> Result<Option<Session>, StoreError> {
    Ok(live(id_hash, now).one(db).await?)
}

/// The session `id_hash` if it has not ended or expired by `now`.
fn live(id_hash: &str, now: i64) -> sea_orm::Select<session::Entity> {
    session::Entity::find_by_id(id_hash.to_owned())
        .filter(session::Column::EndedAt.is_null())
        .filter(session::Column::ExpiresAt.gt(now))
}

/// A live session with its user, in one statement (the session of a removed user is gone
/// with it).
pub async fn find_live_with_user(
    db: &impl Conn,
    id_hash: &str,
    now: i64,
) -> Result<Option<(Session, User)>, StoreError> {
    static SQL: Prebuilt = Prebuilt::new();
    let query = |b| {
        let of_user: RelationDef = session::Entity::belongs_to(user::Entity)
            .from(session::Column::UserId)
            .to(user::Column::Id)
            .into();
        live(id_hash, now)
            .join(JoinType::InnerJoin, of_user)
            .select_also(user::Entity)
            .limit(1)
            .build(b)
    };
    let values = vec![id_hash.into(), now.into(), 1u64.into()];
    let found = SQL
        .one::<SelectTwoModel<session::Model, user::Model>>(db, values, query)
        .await?;
    Ok(found.and_then(|(session, user)| Some((session, user?))))
}

pub async fn find_by_sid(db: &impl Conn, sid: &str) -> Result<Option<Session>, StoreError> {
    Ok(session::Entity::find()
        .filter(session::Column::Sid.eq(sid))
        .one(db)
        .await?)
}

pub async fn touch(db: &impl Conn, id_hash: &str, now: i64) -> Result<(), StoreError> {
    session::Entity::update_many()
        .col_expr(session::Column::LastSeenAt, now.into())
        .filter(session::Column::Id.eq(id_hash))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends a session; returns whether it was live.
pub async fn end(db: &impl Conn, id_hash: &str, now: i64) -> Result<bool, StoreError> {
    let res = session::Entity::update_many()
        .col_expr(session::Column::EndedAt, now.into())
        .filter(session::Column::Id.eq(id_hash))
        .filter(session::Column::EndedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

pub async fn list_live_for_user(
    db: &impl Conn,
    user_id: &str,
    now: i64,
) -> Result<Vec<Session>, StoreError> {
    Ok(session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::EndedAt.is_null())
        .filter(session::Column::ExpiresAt.gt(now))
        .order_by_desc(session::Column::LastSeenAt)
        .all(db)
        .await?)
}

/// Gives an ended session row a throw-away sid so its successor can take the public one.
pub async fn rename_sid(db: &impl Conn, id_hash: &str, sid: &str) -> Result<(), StoreError> {
    session::Entity::update_many()
        .col_expr(session::Column::Sid, sid.into())
        .filter(session::Column::Id.eq(id_hash))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every live session of a user (after a password change).
pub async fn end_all_for_user(db: &impl Conn, user_id: &str, now: i64) -> Result<u64, StoreError> {
    let res = session::Entity::update_many()
        .col_expr(session::Column::EndedAt, now.into())
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::EndedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
