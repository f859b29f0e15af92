//! The outbox table: messages waiting, sent or given up, and the claims by which one node at
//! a time delivers a message (a conditional `UPDATE`, as for single-use codes).

use super::entities::outbox_message::{self, ActiveModel, Column, Entity};
use super::{Conn, StoreError};
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

pub type OutboxRow = outbox_message::Model;

pub const WAITING: &str = "waiting";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";

/// A message as its cause writes it.
pub struct NewMessage<'a> {
    pub id: String,
    pub channel: &'a str,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub lang: &'a str,
    pub kind: &'a str,
    pub user_id: Option<&'a str>,
    pub reference: Option<&'a str>,
    pub now: i64,
    pub give_up_at: i64,
}

pub async fn insert(db: &impl Conn, m: NewMessage<'_>) -> Result<(), StoreError> {
    Entity::insert(ActiveModel {
        id: Set(m.id),
        channel: Set(m.channel.to_owned()),
        recipient: Set(m.recipient.to_owned()),
        subject: Set(m.subject.to_owned()),
        body: Set(m.body.to_owned()),
        lang: Set(m.lang.to_owned()),
        kind: Set(m.kind.to_owned()),
        user_id: Set(m.user_id.map(str::to_owned)),
        reference: Set(m.reference.map(str::to_owned)),
        state: Set(WAITING.to_owned()),
        attempts: Set(0),
        created_at: Set(m.now),
        next_attempt_at: Set(m.now),
        give_up_at: Set(m.give_up_at),
        claimed_by: Set(None),
        claimed_until: Set(None),
        last_error: Set(None),
        finished_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Waiting messages whose time has come and that no node holds, oldest first.
pub async fn due(db: &impl Conn, now: i64, limit: u64) -> Result<Vec<OutboxRow>, StoreError> {
    Ok(Entity::find()
        .filter(Column::State.eq(WAITING))
        .filter(Column::NextAttemptAt.lte(now))
        .filter(unclaimed(now))
        .order_by_asc(Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

fn unclaimed(now: i64) -> Condition {
    Condition::any()
        .add(Column::ClaimedUntil.is_null())
        .add(Column::ClaimedUntil.lt(now))
}

/// Takes `id` for `node` until `until`, if it is still waiting and nobody holds it: `true`
/// when this node has it.
pub async fn claim(
    db: &impl Conn,
    id: &str,
    node: &str,
    now: i64,
    until: i64,
) -> Result<bool, StoreError> {
    let result = Entity::update_many()
        .col_expr(Column::ClaimedBy, Expr::value(node))
        .col_expr(Column::ClaimedUntil, Expr::value(until))
        .filter(Column::Id.eq(id))
        .filter(Column::State.eq(WAITING))
        .filter(unclaimed(now))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// What became of one attempt.
pub enum Attempt<'a> {
    /// Delivered; the body is kept only when `keep_body` (the dev outbox shows it).
    Sent { keep_body: bool },
    /// Not delivered; tried again at `next_at`.
    Retry { next_at: i64, error: &'a str },
    /// Given up: refused for good, or out of time.
    Failed { error: &'a str },
}

/// Records an attempt of `node` on the message it holds. `false` when the claim had lapsed
/// and another node took the message over (then that node's outcome stands).
pub async fn finish(
    db: &impl Conn,
    id: &str,
    node: &str,
    now: i64,
    attempt: Attempt<'_>,
) -> Result<bool, StoreError> {
    let mut update = Entity::update_many()
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .col_expr(Column::ClaimedBy, Expr::value(Option::<String>::None))
        .col_expr(Column::ClaimedUntil, Expr::value(Option::<i64>::None));
    update = match attempt {
        Attempt::Sent { keep_body } => {
            let update = update
                .col_expr(Column::State, Expr::value(SENT))
                .col_expr(Column::FinishedAt, Expr::value(now))
                .col_expr(Column::LastError, Expr::value(Option::<String>::None));
            if keep_body {
                update
            } else {
                // A sent message's link or code need not stay in the database.
                update.col_expr(Column::Body, Expr::value(""))
            }
        }
        Attempt::Retry { next_at, error } => update
            .col_expr(Column::NextAttemptAt, Expr::value(next_at))
            .col_expr(Column::LastError, Expr::value(error)),
        Attempt::Failed { error } => update
            .col_expr(Column::State, Expr::value(FAILED))
            .col_expr(Column::FinishedAt, Expr::value(now))
            .col_expr(Column::LastError, Expr::value(error)),
    };
    let result = update
        .filter(Column::Id.eq(id))
        .filter(Column::ClaimedBy.eq(node))
        .filter(Column::State.eq(WAITING))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Every message, oldest first (the dev outbox).
pub async fn all(db: &impl Conn) -> Result<Vec<OutboxRow>, StoreError> {
    Ok(Entity::find().order_by_asc(Column::Id).all(db).await?)
}

/// Messages an operator should look at: given up, or waiting after a failed attempt.
pub async fn stuck(db: &impl Conn) -> Result<Vec<OutboxRow>, StoreError> {
    Ok(Entity::find()
        .filter(
            Condition::any().add(Column::State.eq(FAILED)).add(
                Condition::all()
                    .add(Column::State.eq(WAITING))
                    .add(Column::Attempts.gt(0)),
            ),
        )
        .order_by_asc(Column::Id)
        .all(db)
        .await?)
}

/// Puts a stuck message (given up, or waiting for its next attempt) back in line now, with
/// `give_up_at` as its new deadline. `false` when there is no such message (or it was sent).
pub async fn retry(
    db: &impl Conn,
    id: &str,
    now: i64,
    give_up_at: i64,
) -> Result<bool, StoreError> {
    let result = Entity::update_many()
        .col_expr(Column::State, Expr::value(WAITING))
        .col_expr(Column::NextAttemptAt, Expr::value(now))
        .col_expr(Column::GiveUpAt, Expr::value(give_up_at))
        .col_expr(Column::FinishedAt, Expr::value(Option::<i64>::None))
        .filter(Column::Id.eq(id))
        .filter(Column::State.ne(SENT))
        .filter(unclaimed(now))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// How many messages wait to be sent.
pub async fn depth(db: &impl Conn) -> Result<u64, StoreError> {
    Ok(Entity::find()
        .filter(Column::State.eq(WAITING))
        .count(db)
        .await?)
}

/// The e-mails to `user_id` given up since `since`, newest first: what My Account offers to
/// send again.
pub async fn undelivered_email(
    db: &impl Conn,
    user_id: &str,
    since: i64,
) -> Result<Vec<OutboxRow>, StoreError> {
    Ok(Entity::find()
        .filter(Column::UserId.eq(user_id))
        .filter(Column::Channel.eq("email"))
        .filter(Column::State.eq(FAILED))
        .filter(Column::FinishedAt.gte(since))
        .order_by_desc(Column::Id)
        .all(db)
        .await?)
}

pub async fn find(db: &impl Conn, id: &str) -> Result<Option<OutboxRow>, StoreError> {
    Ok(Entity::find_by_id(id.to_owned()).one(db).await?)
}

/// Deletes messages finished before `before`.
pub async fn purge(db: &impl Conn, before: i64) -> Result<u64, StoreError> {
    Ok(Entity::delete_many()
        .filter(Column::State.ne(WAITING))
        .filter(Column::FinishedAt.lt(before))
        .exec(db)
        .await?
        .rows_affected)
}
