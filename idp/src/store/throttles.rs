//! Sign-in failure counters per identifier (a hash of the normalised e-mail address), kept
//! alike whether or not an account has that address, so counting reveals nothing.

use super::entities::signin_throttle;
use super::{Conn, StoreError};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter};

pub type Throttle = signin_throttle::Model;

pub async fn get(db: &impl Conn, key: &str) -> Result<Option<Throttle>, StoreError> {
    Ok(signin_throttle::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?)
}

/// Counts one failure atomically: a daily window older than `window_secs` starts again,
/// then the consecutive and daily counters go up by one. Returns the counters after, from
/// the same statement (`RETURNING`).
pub async fn add_failure(
    db: &impl Conn,
    key: &str,
    now: i64,
    window_secs: i64,
) -> Result<Throttle, StoreError> {
    signin_throttle::Entity::update_many()
        .col_expr(signin_throttle::Column::WindowStart, now.into())
        .col_expr(signin_throttle::Column::FailuresInWindow, 0.into())
        .filter(signin_throttle::Column::Key.eq(key))
        .filter(
            Condition::any()
                .add(signin_throttle::Column::WindowStart.is_null())
                .add(signin_throttle::Column::WindowStart.lte(now - window_secs)),
        )
        .exec(db)
        .await?;
    let column = |c| Expr::col((signin_throttle::Entity, c));
    Ok(
        signin_throttle::Entity::insert(signin_throttle::ActiveModel {
            key: Set(key.to_owned()),
            consecutive_failures: Set(1),
            window_start: Set(Some(now)),
            failures_in_window: Set(1),
            locked_until: Set(None),
            updated_at: Set(now),
        })
        .on_conflict(
            OnConflict::column(signin_throttle::Column::Key)
                .value(
                    signin_throttle::Column::ConsecutiveFailures,
                    column(signin_throttle::Column::ConsecutiveFailures).add(1),
                )
                .value(
                    signin_throttle::Column::FailuresInWindow,
                    column(signin_throttle::Column::FailuresInWindow).add(1),
                )
                .value(signin_throttle::Column::UpdatedAt, Expr::value(now))
                .to_owned(),
        )
        .exec_with_returning(db)
        .await?,
    )
}

/// Locks the identifier until `until` unless it already is; true only for the caller that
/// locked it (so the owner is told once). The consecutive count starts again.
pub async fn lock(db: &impl Conn, key: &str, now: i64, until: i64) -> Result<bool, StoreError> {
    let res = signin_throttle::Entity::update_many()
        .col_expr(signin_throttle::Column::LockedUntil, until.into())
        .col_expr(signin_throttle::Column::ConsecutiveFailures, 0.into())
        .col_expr(signin_throttle::Column::UpdatedAt, now.into())
        .filter(signin_throttle::Column::Key.eq(key))
        .filter(
            Condition::any()
                .add(signin_throttle::Column::LockedUntil.is_null())
                .add(signin_throttle::Column::LockedUntil.lte(now)),
        )
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// A right password: the consecutive count starts again (the daily count stays).
pub async fn succeeded(db: &impl Conn, key: &str, now: i64) -> Result<(), StoreError> {
    signin_throttle::Entity::update_many()
        .col_expr(signin_throttle::Column::ConsecutiveFailures, 0.into())
        .col_expr(signin_throttle::Column::UpdatedAt, now.into())
        .filter(signin_throttle::Column::Key.eq(key))
        .filter(signin_throttle::Column::ConsecutiveFailures.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// A new password was chosen through an e-mail link: the identifier is unlocked.
pub async fn clear(db: &impl Conn, key: &str) -> Result<(), StoreError> {
    signin_throttle::Entity::delete_by_id(key.to_owned())
        .exec(db)
        .await?;
    Ok(())
}

/// Removes counters untouched since `before`.
pub async fn purge(db: &impl Conn, before: i64) -> Result<u64, StoreError> {
    Ok(signin_throttle::Entity::delete_many()
        .filter(signin_throttle::Column::UpdatedAt.lte(before))
        .filter(
            Condition::any()
                .add(signin_throttle::Column::LockedUntil.is_null())
                .add(signin_throttle::Column::LockedUntil.lte(before)),
        )
        .exec(db)
        .await?
        .rows_affected)
}
