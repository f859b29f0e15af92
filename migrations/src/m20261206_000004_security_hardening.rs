//! Security hardening (issue 12):
//! - `signin_throttles`: failure counters and locks per sign-in identifier (a hash of the
//!   normalised e-mail), kept alike for addresses with and without an account, replacing the
//!   per-account counters on `users`;
//! - `users.password_nfc`: whether the password hash was made from the NFC form;
//! - `clients.resource` (the resource indicator a resource server holds) and
//!   `clients.audiences` (the resources a client's tokens are for), for introspection;
//! - `account_recoveries`: removing every second factor after an e-mail link and a waiting
//!   period, when the user cannot use any of them.

use crate::columns::{cascade, id, index, int, key, reference, text, text_null, time, time_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261206_000004_security_hardening"
    }
}

const OLD_USER_COUNTERS: [&str; 4] = [
    "consecutive_failures",
    "failure_window_start",
    "failures_in_window",
    "locked_until",
];

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(id("signin_throttles"))
                    .col(key("key"))
                    .col(int("consecutive_failures"))
                    .col(time_null("window_start"))
                    .col(int("failures_in_window"))
                    .col(time_null("locked_until"))
                    .col(time("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(id("account_recoveries"))
                    .col(key("id"))
                    .col(reference("user_id"))
                    .col(time("requested_at"))
                    .col(time("effective_at"))
                    .col(time_null("cancelled_at"))
                    .col(time_null("completed_at"))
                    .col(text("ip"))
                    .foreign_key(&mut cascade("account_recoveries", "user_id", "users", "id"))
                    .to_owned(),
            )
            .await?;
        for index in [
            index("signin_throttles", &["updated_at"]),
            index("account_recoveries", &["user_id"]),
            index("account_recoveries", &["effective_at"]),
        ] {
            manager.create_index(index).await?;
        }
        // One column per statement: SQLite alters one column at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(id("users"))
                    .add_column(
                        ColumnDef::new(id("password_nfc"))
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;
        for column in OLD_USER_COUNTERS {
            manager
                .alter_table(
                    Table::alter()
                        .table(id("users"))
                        .drop_column(id(column))
                        .to_owned(),
                )
                .await?;
        }
        for column in ["resource", "audiences"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(id("clients"))
                        .add_column(text_null(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["resource", "audiences"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(id("clients"))
                        .drop_column(id(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(id("users"))
                    .drop_column(id("password_nfc"))
                    .to_owned(),
            )
            .await?;
        for column in OLD_USER_COUNTERS {
            let def = if matches!(column, "failure_window_start" | "locked_until") {
                time_null(column)
            } else {
                int(column)
            };
            manager
                .alter_table(Table::alter().table(id("users")).add_column(def).to_owned())
                .await?;
        }
        for table in ["account_recoveries", "signin_throttles"] {
            manager
                .drop_table(Table::drop().table(id(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
