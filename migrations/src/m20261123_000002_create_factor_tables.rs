//! Second factors: mobile phone numbers, mobile-app devices, WebAuthn credentials and
//! authenticator-app (TOTP) secrets, plus the challenges that use them (SMS codes, push
//! requests, QR codes, enrolments). Sign-in flows learn where a direct sign-in returns to
//! and which level it needs (re-authentication before changing a factor).

use crate::columns::*;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000002_create_factor_tables"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            Table::create()
                .table(id("phone_numbers"))
                .col(key("id"))
                .col(reference("user_id"))
                .col(text("e164"))
                .col(time("created_at"))
                .col(time_null("verified_at"))
                .foreign_key(&mut cascade("phone_numbers", "user_id", "users", "id"))
                .to_owned(),
            Table::create()
                .table(id("mobile_devices"))
                .col(key("id"))
                .col(reference("user_id"))
                .col(text("name"))
                .col(text("pin_hash"))
                .col(text_null("public_jwk"))
                .col(text_null("sealed_secret"))
                .col(int("pin_failures"))
                .col(time_null("locked_at"))
                .col(time("created_at"))
                .col(time_null("enrolled_at"))
                .col(time_null("last_used_at"))
                .foreign_key(&mut cascade("mobile_devices", "user_id", "users", "id"))
                .to_owned(),
            Table::create()
                .table(id("webauthn_credentials"))
                .col(key("id"))
                .col(reference("user_id"))
                .col(text("name"))
                .col(text("credential_id"))
                .col(text("passkey"))
                .col(text("level"))
                .col(time("created_at"))
                .col(time_null("last_used_at"))
                .foreign_key(&mut cascade(
                    "webauthn_credentials",
                    "user_id",
                    "users",
                    "id",
                ))
                .to_owned(),
            Table::create()
                .table(id("totp_authenticators"))
                .col(key("id"))
                .col(reference("user_id"))
                .col(text("name"))
                .col(text("sealed_secret"))
                .col(
                    ColumnDef::new(id("last_step"))
                        .big_integer()
                        .not_null()
                        .default(0),
                )
                .col(time("created_at"))
                .col(time_null("confirmed_at"))
                .foreign_key(&mut cascade(
                    "totp_authenticators",
                    "user_id",
                    "users",
                    "id",
                ))
                .to_owned(),
            Table::create()
                .table(id("challenges"))
                .col(key("id"))
                .col(reference("user_id"))
                .col(text("kind"))
                .col(reference_null("flow_id"))
                .col(reference_null("subject"))
                .col(text_null("secret_hash"))
                .col(text_null("data"))
                .col(int("attempts"))
                .col(text("status"))
                .col(time("created_at"))
                .col(time("expires_at"))
                .col(time_null("decided_at"))
                .foreign_key(&mut cascade("challenges", "user_id", "users", "id"))
                .to_owned(),
        ];
        for table in tables {
            manager.create_table(table).await?;
        }
        let indexes = [
            index("phone_numbers", &["user_id"]),
            index("mobile_devices", &["user_id"]),
            index("webauthn_credentials", &["user_id"]),
            index("totp_authenticators", &["user_id"]),
            index("challenges", &["user_id", "kind"]),
            index("challenges", &["subject"]),
            index("challenges", &["expires_at"]),
        ];
        for index in indexes {
            manager.create_index(index).await?;
        }
        for column in [text_null("return_to"), text_null("min_acr")] {
            manager
                .alter_table(
                    Table::alter()
                        .table(id("auth_flows"))
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["return_to", "min_acr"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(id("auth_flows"))
                        .drop_column(id(column))
                        .to_owned(),
                )
                .await?;
        }
        for table in [
            "challenges",
            "totp_authenticators",
            "webauthn_credentials",
            "mobile_devices",
            "phone_numbers",
        ] {
            manager
                .drop_table(Table::drop().table(id(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
