//! Accounts, clients, keys, sessions, sign-in flows, codes, grants, tokens, e-mail tokens,
//! rate-limit counters and the audit trail.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261122_000001_create_core_tables"
    }
}

use crate::columns::*;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            Table::create()
                .table(id("users"))
                .col(key("id"))
                .col(
                    ColumnDef::new(id("email"))
                        .string_len(320)
                        .not_null()
                        .unique_key(),
                )
                .col(
                    ColumnDef::new(id("email_verified"))
                        .boolean()
                        .not_null()
                        .default(false),
                )
                .col(text("first_name"))
                .col(text("last_name"))
                .col(text("language"))
                .col(text_null("password_hash"))
                .col(time_null("password_changed_at"))
                .col(text("roles"))
                .col(int("consecutive_failures"))
                .col(time_null("failure_window_start"))
                .col(int("failures_in_window"))
                .col(time_null("locked_until"))
                .col(time("created_at"))
                .col(time("updated_at"))
                .to_owned(),
            Table::create()
                .table(id("clients"))
                .col(key("client_id"))
                .col(text("name"))
                .col(text_null("secret_hash"))
                .col(text("auth_method"))
                .col(text("redirect_uris"))
                .col(text("post_logout_redirect_uris"))
                .col(text("grant_types"))
                .col(text("scope"))
                .col(text_null("minimum_acr"))
                .col(text_null("allowed_methods"))
                .col(text_null("backchannel_logout_uri"))
                .col(text_null("jwks"))
                .col(text_null("jwks_uri"))
                .col(text_null("id_token_alg"))
                .col(time("created_at"))
                .to_owned(),
            Table::create()
                .table(id("signing_keys"))
                .col(key("kid"))
                .col(text("alg"))
                .col(text("public_jwk"))
                .col(text("sealed_private"))
                .col(time("created_at"))
                .col(time("activate_at"))
                .col(time_null("deactivated_at"))
                .col(time_null("retire_at"))
                .to_owned(),
            Table::create()
                .table(id("sessions"))
                .col(key("id"))
                .col(
                    ColumnDef::new(id("sid"))
                        .string_len(64)
                        .not_null()
                        .unique_key(),
                )
                .col(reference("user_id"))
                .col(time("created_at"))
                .col(time("last_seen_at"))
                .col(time("expires_at"))
                .col(time("password_at"))
                .col(time_null("mfa_at"))
                .col(text_null("mfa_acr"))
                .col(text_null("mfa_amr"))
                .col(text("ip"))
                .col(text("user_agent"))
                .col(time_null("ended_at"))
                .foreign_key(&mut cascade("sessions", "user_id", "users", "id"))
                .to_owned(),
            Table::create()
                .table(id("auth_flows"))
                .col(key("id"))
                .col(reference_null("client_id"))
                .col(text_null("request"))
                .col(text_null("email"))
                .col(reference_null("user_id"))
                .col(time_null("password_at"))
                .col(time("created_at"))
                .col(time("expires_at"))
                .col(time_null("completed_at"))
                .foreign_key(&mut cascade(
                    "auth_flows",
                    "client_id",
                    "clients",
                    "client_id",
                ))
                .to_owned(),
            Table::create()
                .table(id("grants"))
                .col(key("id"))
                .col(reference("client_id"))
                .col(reference_null("user_id"))
                .col(reference_null("sid"))
                .col(text("scope"))
                .col(text_null("acr"))
                .col(text_null("amr"))
                .col(time_null("auth_time"))
                .col(text_null("claims"))
                .col(time("created_at"))
                .col(time("expires_at"))
                .col(time_null("revoked_at"))
                .foreign_key(&mut cascade("grants", "client_id", "clients", "client_id"))
                .foreign_key(&mut cascade("grants", "user_id", "users", "id"))
                .to_owned(),
            Table::create()
                .table(id("authorization_codes"))
                .col(key("code_hash"))
                .col(reference("grant_id"))
                .col(text("redirect_uri"))
                .col(text_null("nonce"))
                .col(text_null("code_challenge"))
                .col(time("created_at"))
                .col(time("expires_at"))
                .col(time_null("consumed_at"))
                .foreign_key(&mut cascade(
                    "authorization_codes",
                    "grant_id",
                    "grants",
                    "id",
                ))
                .to_owned(),
            Table::create()
                .table(id("access_tokens"))
                .col(key("token_hash"))
                .col(reference_null("grant_id"))
                .col(reference("client_id"))
                .col(text("scope"))
                .col(time("created_at"))
                .col(time("expires_at"))
                .col(time_null("revoked_at"))
                .foreign_key(&mut cascade("access_tokens", "grant_id", "grants", "id"))
                .foreign_key(&mut cascade(
                    "access_tokens",
                    "client_id",
                    "clients",
                    "client_id",
                ))
                .to_owned(),
            Table::create()
                .table(id("refresh_tokens"))
                .col(key("token_hash"))
                .col(reference("grant_id"))
                .col(text("scope"))
                .col(time("created_at"))
                .col(time_null("used_at"))
                .foreign_key(&mut cascade("refresh_tokens", "grant_id", "grants", "id"))
                .to_owned(),
            Table::create()
                .table(id("email_tokens"))
                .col(key("token_hash"))
                .col(reference("user_id"))
                .col(text("purpose"))
                .col(time("created_at"))
                .col(time("expires_at"))
                .col(time_null("used_at"))
                .foreign_key(&mut cascade("email_tokens", "user_id", "users", "id"))
                .to_owned(),
            Table::create()
                .table(id("rate_limits"))
                .col(key("key"))
                .col(time("window_start"))
                .col(int("count"))
                .to_owned(),
            Table::create()
                .table(id("used_assertions"))
                .col(key("jti_hash"))
                .col(time("expires_at"))
                .to_owned(),
            Table::create()
                .table(id("audit_events"))
                .col(
                    ColumnDef::new(id("id"))
                        .big_integer()
                        .not_null()
                        .auto_increment()
                        .primary_key(),
                )
                .col(time("at"))
                .col(text("event"))
                .col(reference_null("user_id"))
                .col(reference_null("client_id"))
                .col(text_null("ip"))
                .col(text_null("detail"))
                .to_owned(),
        ];
        for table in tables {
            manager.create_table(table).await?;
        }
        let indexes = [
            index("sessions", &["user_id"]),
            index("grants", &["user_id"]),
            index("grants", &["sid"]),
            index("authorization_codes", &["grant_id"]),
            index("access_tokens", &["grant_id"]),
            index("refresh_tokens", &["grant_id"]),
            index("email_tokens", &["user_id"]),
            index("audit_events", &["user_id", "at"]),
            index("auth_flows", &["expires_at"]),
        ];
        for index in indexes {
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "audit_events",
            "used_assertions",
            "rate_limits",
            "email_tokens",
            "refresh_tokens",
            "access_tokens",
            "authorization_codes",
            "grants",
            "auth_flows",
            "sessions",
            "signing_keys",
            "clients",
            "users",
        ] {
            manager
                .drop_table(Table::drop().table(id(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
