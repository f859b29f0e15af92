//! Grants and what is issued from them: authorization codes, access tokens, refresh tokens.
//! Every token is stored as a hash. Single use is enforced by conditional updates
//! (`store::batch::Redemption`), so two concurrent redemptions of one code or refresh token
//! succeed at most once.

use super::entities::{
    access_token, authorization_code, grant, refresh_token, used_assertion, user,
};
use super::prebuilt::{Prebuilt, PrebuiltByKey};
use super::users::User;
use super::{Conn, StoreError};
use sea_orm::sea_query::extension::postgres::PgFunc;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DbBackend, EntityTrait, JoinType, QueryFilter, QuerySelect,
    QueryTrait, RelationDef, SelectThreeModel,
};

/// What a user (or, for client_credentials, a client) granted a client, and how the user
/// signed in for it: the `amr` list and the requested `claims` decoded from their JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    pub id: String,
    pub client_id: String,
    pub user_id: Option<String>,
    pub sid: Option<String>,
    pub scope: String,
    /// The acr value as issued.
    pub acr: Option<String>,
    /// Empty without a user sign-in.
    pub amr: Vec<String>,
    pub auth_time: Option<i64>,
    /// The `claims` request parameter (OpenID Connect Core 5.5).
    pub claims: Option<serde_json::Value>,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
}

fn grant_from(m: grant::Model) -> Result<Grant, StoreError> {
    let corrupt = |what: &str, e: serde_json::Error| {
        StoreError::Corrupt(format!("grant {}: {what}: {e}", m.id))
    };
    let amr = match m.amr.as_deref() {
        Some(json) => serde_json::from_str(json).map_err(|e| corrupt("amr", e))?,
        None => Vec::new(),
    };
    let claims = match m.claims.as_deref() {
        Some(json) => Some(serde_json::from_str(json).map_err(|e| corrupt("claims", e))?),
        None => None,
    };
    Ok(Grant {
        id: m.id,
        client_id: m.client_id,
        user_id: m.user_id,
        sid: m.sid,
        scope: m.scope,
        acr: m.acr,
        amr,
        auth_time: m.auth_time,
        claims,
        created_at: m.created_at,
        expires_at: m.expires_at,
        revoked_at: m.revoked_at,
    })
}

pub type AuthorizationCode = authorization_code::Model;
pub type AccessToken = access_token::Model;
pub type RefreshToken = refresh_token::Model;

/// The row of `g`: its `amr` list and `claims` as their JSON.
pub fn grant_row(g: Grant) -> grant::Model {
    grant::Model {
        id: g.id,
        client_id: g.client_id,
        user_id: g.user_id,
        sid: g.sid,
        scope: g.scope,
        acr: g.acr,
        amr: (!g.amr.is_empty()).then(|| super::to_json_list(&g.amr)),
        auth_time: g.auth_time,
        claims: g.claims.as_ref().map(|c| c.to_string()),
        created_at: g.created_at,
        expires_at: g.expires_at,
        revoked_at: g.revoked_at,
    }
}

pub async fn find_grant(db: &impl Conn, id: &str) -> Result<Option<Grant>, StoreError> {
    grant::Entity::find_by_id(id.to_owned())
        .one(db)
        .await?
        .map(grant_from)
        .transpose()
}

/// Revokes a grant: every code, access token and refresh token issued from it dies with it.
pub async fn revoke_grant(db: &impl Conn, id: &str, now: i64) -> Result<bool, StoreError> {
    let res = grant::Entity::update_many()
        .col_expr(grant::Column::RevokedAt, now.into())
        .filter(grant::Column::Id.eq(id))
        .filter(grant::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Grants of a browser session (for logout), still live.
pub async fn live_grants_for_sid(db: &impl Conn, sid: &str) -> Result<Vec<Grant>, StoreError> {
    grant::Entity::find()
        .filter(grant::Column::Sid.eq(sid))
        .filter(grant::Column::RevokedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(grant_from)
        .collect()
}

/// The join of a row of `E` to the grant its `grant_id` column names.
fn grant_of<E: EntityTrait>(grant_id: E::Column) -> RelationDef {
    E::belongs_to(grant::Entity)
        .from(grant_id)
        .to(grant::Column::Id)
        .into()
}

/// The join of a grant to its user.
fn user_of_grant() -> RelationDef {
    grant::Entity::belongs_to(user::Entity)
        .from(grant::Column::UserId)
        .to(user::Column::Id)
        .into()
}

/// A code or refresh token as read, with its grant and the grant's user.
#[derive(Debug)]
pub struct Issued<T> {
    pub row: T,
    pub grant: Grant,
    /// `None` for a grant without a user, or whose user is gone.
    pub user: Option<User>,
}

/// The rows of `rows`, each with its grant and the grant's user (two left joins).
fn joined<E: EntityTrait>(
    rows: sea_orm::Select<E>,
    grant_id: E::Column,
) -> sea_orm::SelectThree<E, grant::Entity, user::Entity> {
    rows.join(JoinType::LeftJoin, grant_of::<E>(grant_id))
        .join(JoinType::LeftJoin, user_of_grant())
        .select_also(grant::Entity)
        .select_also(user::Entity)
}

/// At most one row of `rows`, with its grant and the grant's user (two left joins).
fn with_grant_and_user<E: EntityTrait>(
    rows: sea_orm::Select<E>,
    grant_id: E::Column,
) -> sea_orm::SelectThree<E, grant::Entity, user::Entity> {
    joined(rows, grant_id).limit(1)
}

/// A row of [`with_grant_and_user`] as read.
type WithGrantAndUser<M> = SelectThreeModel<M, grant::Model, user::Model>;

/// The row of `rows` (by its primary key, `hash`) with its grant and the grant's user, in
/// one statement; `None` when there is no such row or its grant is gone.
async fn one_with_grant<E: EntityTrait>(
    db: &impl Conn,
    sql: &Prebuilt,
    hash: &str,
    rows: impl FnOnce() -> sea_orm::Select<E>,
    grant_id: E::Column,
) -> Result<Option<Issued<E::Model>>, StoreError>
where
    E::Model: super::sqlite_readers::Read,
{
    let query = |b| with_grant_and_user(rows(), grant_id).build(b);
    let values = vec![hash.into(), 1u64.into()];
    match sql
        .one::<WithGrantAndUser<E::Model>>(db, values, query)
        .await?
    {
        Some((row, Some(grant), user)) => Ok(Some(Issued {
            row,
            grant: grant_from(grant)?,
            user,
        })),
        _ => Ok(None),
    }
}

/// An access token as read, with its grant and the grant's user.
pub type AccessRow = (AccessToken, Option<grant::Model>, Option<user::Model>);

/// Which token an [`AccessRow`] is: its hash.
pub fn access_key((token, _, _): &AccessRow) -> &str {
    &token.token_hash
}

/// An access token that is unexpired, unrevoked, and whose grant (if any) is live.
pub struct ActiveAccess {
    pub token: AccessToken,
    /// `None` for a client_credentials token.
    pub grant: Option<Grant>,
    /// The grant's user, when it has one.
    pub user: Option<User>,
}

/// The access token `token_hash` if it is active, with its grant and the grant's user, in
/// one statement (two left joins).
pub async fn find_active_access(
    db: &impl Conn,
    token_hash: &str,
    now: i64,
) -> Result<Option<ActiveAccess>, StoreError> {
    let found = match db.postgres_readers() {
        // Under load, with the other introspections and userinfo requests of the moment
        // (`coalesce`, decision 0057): by its hash alone, so whether it is live is decided
        // below, at this request's `now`.
        Some(readers) => {
            static SQL: PrebuiltByKey = PrebuiltByKey::new();
            let query = || {
                let hash = Expr::col((access_token::Entity, access_token::Column::TokenHash));
                let any = hash.eq(PgFunc::any(Expr::cust("$1")));
                let rows = access_token::Entity::find().filter(any);
                joined(rows, access_token::Column::GrantId).build(DbBackend::Postgres)
            };
            let reads = &readers.access_tokens;
            let read =
                SQL.one::<WithGrantAndUser<access_token::Model>>(readers, reads, token_hash, query);
            read.await?
        }
        None => {
            static SQL: Prebuilt = Prebuilt::new();
            let query = |b| {
                let live = access_token::Entity::find_by_id(token_hash.to_owned())
                    .filter(access_token::Column::RevokedAt.is_null())
                    .filter(access_token::Column::ExpiresAt.gt(now));
                with_grant_and_user(live, access_token::Column::GrantId).build(b)
            };
            let values = vec![token_hash.into(), now.into(), 1u64.into()];
            let read = SQL.one::<WithGrantAndUser<access_token::Model>>(db, values, query);
            read.await?
        }
    };
    let Some((token, grant, user)) = found else {
        return Ok(None);
    };
    if token.revoked_at.is_some() || token.expires_at <= now {
        return Ok(None);
    }
    let grant = match (&token.grant_id, grant) {
        (None, _) => None,
        (Some(_), Some(g)) if g.revoked_at.is_none() => Some(grant_from(g)?),
        _ => return Ok(None),
    };
    Ok(Some(ActiveAccess { token, grant, user }))
}

pub async fn find_access(
    db: &impl Conn,
    token_hash: &str,
) -> Result<Option<AccessToken>, StoreError> {
    Ok(access_token::Entity::find_by_id(token_hash.to_owned())
        .one(db)
        .await?)
}

pub async fn revoke_access(db: &impl Conn, token_hash: &str, now: i64) -> Result<bool, StoreError> {
    let res = access_token::Entity::update_many()
        .col_expr(access_token::Column::RevokedAt, now.into())
        .filter(access_token::Column::TokenHash.eq(token_hash))
        .filter(access_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

pub async fn find_refresh(
    db: &impl Conn,
    token_hash: &str,
) -> Result<Option<RefreshToken>, StoreError> {
    Ok(refresh_token::Entity::find_by_id(token_hash.to_owned())
        .one(db)
        .await?)
}

/// A refresh token with its grant and the grant's user, read in one statement.
pub async fn find_refresh_and_grant(
    db: &impl Conn,
    token_hash: &str,
) -> Result<Option<Issued<RefreshToken>>, StoreError> {
    static SQL: Prebuilt = Prebuilt::new();
    let rows = || refresh_token::Entity::find_by_id(token_hash.to_owned());
    one_with_grant(db, &SQL, token_hash, rows, refresh_token::Column::GrantId).await
}

/// Remembers a client assertion's `jti` until it expires; false if it was seen before.
pub async fn remember_assertion(
    db: &impl Conn,
    jti_hash: &str,
    expires_at: i64,
    now: i64,
) -> Result<bool, StoreError> {
    used_assertion::Entity::delete_many()
        .filter(used_assertion::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    let res = used_assertion::Entity::insert(used_assertion::ActiveModel {
        jti_hash: Set(jti_hash.to_owned()),
        expires_at: Set(expires_at),
    })
    .on_conflict(
        OnConflict::column(used_assertion::Column::JtiHash)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(res == 1)
}

/// An authorization code with its grant and the grant's user, read in one statement.
pub async fn find_code_and_grant(
    db: &impl Conn,
    code_hash: &str,
) -> Result<Option<Issued<AuthorizationCode>>, StoreError> {
    static SQL: Prebuilt = Prebuilt::new();
    let rows = || authorization_code::Entity::find_by_id(code_hash.to_owned());
    one_with_grant(
        db,
        &SQL,
        code_hash,
        rows,
        authorization_code::Column::GrantId,
    )
    .await
}
