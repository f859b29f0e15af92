//! Which first use a code or refresh token had (issue 18, decisions 0062 and 0063). The mark
//! names the access token its first use issued, so a redemption batch written again after a
//! lost connection knows the uses that are its own, and issues their tokens if they were not
//! stored, instead of taking them for replays.

use crate::columns::{id, reference_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000008_redemption_marks"
    }
}

/// The table, and its column of the access token issued for the first use.
const MARKS: [(&str, &str); 2] = [
    ("authorization_codes", "consumed_by"),
    ("refresh_tokens", "used_by"),
];

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in MARKS {
            manager
                .alter_table(
                    Table::alter()
                        .table(id(table))
                        .add_column(reference_null(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in MARKS {
            manager
                .alter_table(
                    Table::alter()
                        .table(id(table))
                        .drop_column(id(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
