//! The outbox (issue 17): every e-mail and SMS is first a row here, written in the same
//! transaction as what caused it where there is one, and delivered by a worker on each node.
//! A worker claims a row for a while (`claimed_by`, `claimed_until`) with a conditional
//! update, so two nodes never send one message at once; a claim that lapses (a node died)
//! lets another node take the row over. `state` is `waiting`, `sent` or `failed`.

use crate::columns::{id, index, int, key, reference_null, text, text_null, time, time_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261206_000007_outbox"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(id("outbox"))
                    .col(key("id"))
                    .col(text("channel"))
                    .col(text("recipient"))
                    .col(text("subject"))
                    .col(text("body"))
                    .col(text("lang"))
                    .col(text("kind"))
                    .col(reference_null("user_id"))
                    .col(reference_null("reference"))
                    .col(text("state"))
                    .col(int("attempts"))
                    .col(time("created_at"))
                    .col(time("next_attempt_at"))
                    .col(time("give_up_at"))
                    .col(text_null("claimed_by"))
                    .col(time_null("claimed_until"))
                    .col(text_null("last_error"))
                    .col(time_null("finished_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("outbox", &["state", "next_attempt_at"]))
            .await?;
        manager.create_index(index("outbox", &["user_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("outbox")).to_owned())
            .await
    }
}
