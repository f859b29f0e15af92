//! Deleting what has expired. Idempotent, so every node may run it.

use super::entities::{
    access_token, auth_flow, authorization_code, email_token, grant, rate_limit, used_assertion,
};
use super::{Conn, StoreError};
use sea_orm::sea_query::Condition;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Removes expired flows, codes, tokens, grants, links, counters and assertion ids. (Sent
/// and given-up messages of the outbox go by `outbox::purge`, after their own time.)
/// Revoked grants are kept for a day so a replay is still recognised and refused.
pub async fn purge_expired(db: &impl Conn, now: i64) -> Result<u64, StoreError> {
    let day = 24 * 3600;
    let mut removed = 0;
    removed += auth_flow::Entity::delete_many()
        .filter(auth_flow::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?
        .rows_affected;
    removed += used_assertion::Entity::delete_many()
        .filter(used_assertion::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?
        .rows_affected;
    removed += authorization_code::Entity::delete_many()
        .filter(authorization_code::Column::ExpiresAt.lte(now - day))
        .exec(db)
        .await?
        .rows_affected;
    removed += access_token::Entity::delete_many()
        .filter(access_token::Column::ExpiresAt.lte(now - day))
        .exec(db)
        .await?
        .rows_affected;
    removed += grant::Entity::delete_many()
        .filter(
            Condition::any()
                .add(grant::Column::ExpiresAt.lte(now - day))
                .add(grant::Column::RevokedAt.lte(now - day)),
        )
        .exec(db)
        .await?
        .rows_affected;
    removed += email_token::Entity::delete_many()
        .filter(email_token::Column::ExpiresAt.lte(now - day))
        .exec(db)
        .await?
        .rows_affected;
    removed += rate_limit::Entity::delete_many()
        .filter(rate_limit::Column::WindowStart.lte(now - day))
        .exec(db)
        .await?
        .rows_affected;
    removed += super::throttles::purge(db, now - day).await?;
    removed += super::challenges::purge_expired(db, now).await?;
    Ok(removed)
}
