//! The authorization system's data: applications, access profiles, the organisation tree
//! and access requests (an approved request is the grant).

use super::entities::{access_application, access_organisation, access_profile, access_request};
use super::{Conn, StoreError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

pub type Application = access_application::Model;
pub type Profile = access_profile::Model;
pub type Organisation = access_organisation::Model;
pub type AccessRequest = access_request::Model;

// Applications.

pub async fn insert_application(db: &impl Conn, a: Application) -> Result<(), StoreError> {
    access_application::Entity::insert(access_application::ActiveModel {
        id: Set(a.id),
        name: Set(a.name),
        client_id: Set(a.client_id),
        created_at: Set(a.created_at),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find_application(db: &impl Conn, id: &str) -> Result<Option<Application>, StoreError> {
    Ok(access_application::Entity::find_by_id(id.to_owned())
        .one(db)
        .await?)
}

pub async fn applications(db: &impl Conn) -> Result<Vec<Application>, StoreError> {
    Ok(access_application::Entity::find()
        .order_by_asc(access_application::Column::Name)
        .all(db)
        .await?)
}

pub async fn applications_of_client(
    db: &impl Conn,
    client_id: &str,
) -> Result<Vec<Application>, StoreError> {
    Ok(access_application::Entity::find()
        .filter(access_application::Column::ClientId.eq(client_id))
        .all(db)
        .await?)
}

// Access profiles.

pub async fn insert_profile(db: &impl Conn, p: Profile) -> Result<(), StoreError> {
    access_profile::Entity::insert(access_profile::ActiveModel {
        id: Set(p.id),
        application_id: Set(p.application_id),
        code: Set(p.code),
        name: Set(p.name),
        description: Set(p.description),
        position: Set(p.position),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn profiles(db: &impl Conn, application_id: &str) -> Result<Vec<Profile>, StoreError> {
    Ok(access_profile::Entity::find()
        .filter(access_profile::Column::ApplicationId.eq(application_id))
        .order_by_asc(access_profile::Column::Position)
        .order_by_asc(access_profile::Column::Code)
        .all(db)
        .await?)
}

// Organisations.

pub async fn insert_organisation(db: &impl Conn, o: Organisation) -> Result<(), StoreError> {
    access_organisation::Entity::insert(access_organisation::ActiveModel {
        id: Set(o.id),
        parent_id: Set(o.parent_id),
        kind: Set(o.kind),
        code: Set(o.code),
        name: Set(o.name),
        created_at: Set(o.created_at),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find_organisation(
    db: &impl Conn,
    id: &str,
) -> Result<Option<Organisation>, StoreError> {
    Ok(access_organisation::Entity::find_by_id(id.to_owned())
        .one(db)
        .await?)
}

/// The whole tree, flat (a few thousand rows at most: every ERN, country and centre).
pub async fn organisations(db: &impl Conn) -> Result<Vec<Organisation>, StoreError> {
    Ok(access_organisation::Entity::find()
        .order_by_asc(access_organisation::Column::Name)
        .all(db)
        .await?)
}

// Access requests.

pub async fn insert_request(db: &impl Conn, r: AccessRequest) -> Result<(), StoreError> {
    access_request::Entity::insert(access_request::ActiveModel {
        id: Set(r.id),
        user_id: Set(r.user_id),
        application_id: Set(r.application_id),
        organisation_id: Set(r.organisation_id),
        profile_code: Set(r.profile_code),
        comment: Set(r.comment),
        status: Set(r.status),
        created_at: Set(r.created_at),
        decided_by: Set(r.decided_by),
        decided_at: Set(r.decided_at),
        reason: Set(r.reason),
        revoked_by: Set(r.revoked_by),
        revoked_at: Set(r.revoked_at),
        revoke_reason: Set(r.revoke_reason),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find_request(db: &impl Conn, id: &str) -> Result<Option<AccessRequest>, StoreError> {
    Ok(access_request::Entity::find_by_id(id.to_owned())
        .one(db)
        .await?)
}

pub async fn requests_of_user(
    db: &impl Conn,
    user_id: &str,
) -> Result<Vec<AccessRequest>, StoreError> {
    Ok(access_request::Entity::find()
        .filter(access_request::Column::UserId.eq(user_id))
        .order_by_desc(access_request::Column::CreatedAt)
        .order_by_asc(access_request::Column::Id)
        .all(db)
        .await?)
}

/// Requests of these applications in this status, oldest first.
pub async fn requests_with_status(
    db: &impl Conn,
    application_ids: &[String],
    status: &str,
) -> Result<Vec<AccessRequest>, StoreError> {
    if application_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(access_request::Entity::find()
        .filter(access_request::Column::ApplicationId.is_in(application_ids.iter().cloned()))
        .filter(access_request::Column::Status.eq(status))
        .order_by_asc(access_request::Column::CreatedAt)
        .order_by_asc(access_request::Column::Id)
        .all(db)
        .await?)
}

/// The user's requests for these applications in this status.
pub async fn user_requests_with_status(
    db: &impl Conn,
    user_id: &str,
    application_ids: &[String],
    status: &str,
) -> Result<Vec<AccessRequest>, StoreError> {
    if application_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(access_request::Entity::find()
        .filter(access_request::Column::UserId.eq(user_id))
        .filter(access_request::Column::ApplicationId.is_in(application_ids.iter().cloned()))
        .filter(access_request::Column::Status.eq(status))
        .order_by_asc(access_request::Column::CreatedAt)
        .order_by_asc(access_request::Column::Id)
        .all(db)
        .await?)
}

/// Decides a pending request: a conditional update, so a request is decided once even when
/// two helpdesk users click at the same moment. Returns whether this call decided it.
pub async fn decide(
    db: &impl Conn,
    id: &str,
    status: &str,
    decided_by: &str,
    reason: Option<&str>,
    now: i64,
) -> Result<bool, StoreError> {
    let res = access_request::Entity::update_many()
        .col_expr(access_request::Column::Status, status.into())
        .col_expr(access_request::Column::DecidedBy, decided_by.into())
        .col_expr(access_request::Column::DecidedAt, now.into())
        .col_expr(
            access_request::Column::Reason,
            Expr::value(reason.map(str::to_owned)),
        )
        .filter(access_request::Column::Id.eq(id))
        .filter(access_request::Column::Status.eq("pending"))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Revokes an approved request (the grant). Returns whether this call revoked it.
pub async fn revoke(
    db: &impl Conn,
    id: &str,
    revoked_by: &str,
    reason: Option<&str>,
    now: i64,
) -> Result<bool, StoreError> {
    let res = access_request::Entity::update_many()
        .col_expr(access_request::Column::Status, "revoked".into())
        .col_expr(access_request::Column::RevokedBy, revoked_by.into())
        .col_expr(access_request::Column::RevokedAt, now.into())
        .col_expr(
            access_request::Column::RevokeReason,
            Expr::value(reason.map(str::to_owned)),
        )
        .filter(access_request::Column::Id.eq(id))
        .filter(access_request::Column::Status.eq("approved"))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn count_requests(db: &impl Conn) -> Result<u64, StoreError> {
    use sea_orm::PaginatorTrait;
    Ok(access_request::Entity::find().count(db).await?)
}
