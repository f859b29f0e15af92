//! Web Push for the installable app (issue 16):
//! - `web_push_keys`: the provider's VAPID key pair (RFC 8292), one row named `vapid`,
//!   made on first need; the private key sealed under the master key like a signing key's
//!   (AES-256-GCM, its kid as associated data), apart from `signing_keys` so it never signs
//!   a token or shows in the JWKS;
//! - `push_subscriptions`: one push subscription per mobile device (its push service
//!   endpoint and the keys of RFC 8291), gone with the device.

use crate::columns::{cascade, id, key, text, time};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261206_000006_web_push"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(id("web_push_keys"))
                    .col(key("name"))
                    .col(text("kid"))
                    .col(text("public_jwk"))
                    .col(text("sealed_private"))
                    .col(time("created_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(id("push_subscriptions"))
                    .col(key("device_id"))
                    .col(text("endpoint"))
                    .col(text("p256dh"))
                    .col(text("auth"))
                    .col(time("created_at"))
                    .foreign_key(&mut cascade(
                        "push_subscriptions",
                        "device_id",
                        "mobile_devices",
                        "id",
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["push_subscriptions", "web_push_keys"] {
            manager
                .drop_table(Table::drop().table(id(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
