//! Fixed-window counters in the database, so limits hold across several provider nodes.

use super::entities::rate_limit;
use super::{Conn, StoreError};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

/// Adds one to the counter `key` in the current window and returns the new count, in one
/// statement (`RETURNING`), so concurrent hits each see their own count and a burst cannot
/// slip through between the increment and the read. A counter whose window has passed
/// starts again at one.
pub async fn hit(db: &impl Conn, key: &str, now: i64, window_secs: i64) -> Result<i32, StoreError> {
    // Restart an expired window first, then increment (or create) atomically.
    rate_limit::Entity::update_many()
        .col_expr(rate_limit::Column::WindowStart, now.into())
        .col_expr(rate_limit::Column::Count, 0.into())
        .filter(rate_limit::Column::Key.eq(key))
        .filter(rate_limit::Column::WindowStart.lte(now - window_secs))
        .exec(db)
        .await?;
    let row = rate_limit::Entity::insert(rate_limit::ActiveModel {
        key: Set(key.to_owned()),
        window_start: Set(now),
        count: Set(1),
    })
    .on_conflict(
        OnConflict::column(rate_limit::Column::Key)
            .value(
                rate_limit::Column::Count,
                Expr::col((rate_limit::Entity, rate_limit::Column::Count)).add(1),
            )
            .to_owned(),
    )
    .exec_with_returning(db)
    .await?;
    Ok(row.count)
}

/// The count in the current window without adding to it.
pub async fn current(
    db: &impl Conn,
    key: &str,
    now: i64,
    window_secs: i64,
) -> Result<i32, StoreError> {
    let row = rate_limit::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?;
    Ok(match row {
        Some(r) if r.window_start > now - window_secs => r.count,
        _ => 0,
    })
}

/// Seconds until the window of `key` ends (0 if none is open).
pub async fn retry_after(
    db: &impl Conn,
    key: &str,
    now: i64,
    window_secs: i64,
) -> Result<i64, StoreError> {
    let row = rate_limit::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?;
    Ok(row
        .map(|r| (r.window_start + window_secs - now).max(0))
        .unwrap_or(0))
}

pub async fn reset(db: &impl Conn, key: &str) -> Result<(), StoreError> {
    rate_limit::Entity::delete_by_id(key.to_owned())
        .exec(db)
        .await?;
    Ok(())
}
