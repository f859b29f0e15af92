//! Database migrations for the identity provider.
//!
//! The same migrations run on SQLite (the embedded default) and PostgreSQL. Timestamps are
//! unix seconds in `BIGINT` columns and structured values are JSON text, so the SQL stays
//! portable to Postgres-compatible distributed engines too.

pub use sea_orm_migration::prelude::*;

mod columns;
mod m20261122_000001_create_core_tables;
mod m20261123_000002_create_factor_tables;
mod m20261123_000003_create_access_tables;
mod m20261206_000004_security_hardening;
mod m20261206_000005_audit_event_names;
mod m20261206_000006_web_push;
mod m20261206_000007_outbox;
mod m20261207_000008_redemption_marks;

pub struct Migrator;

#[sea_orm_migration::async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_create_core_tables::Migration),
            Box::new(m20261123_000002_create_factor_tables::Migration),
            Box::new(m20261123_000003_create_access_tables::Migration),
            Box::new(m20261206_000004_security_hardening::Migration),
            Box::new(m20261206_000005_audit_event_names::Migration),
            Box::new(m20261206_000006_web_push::Migration),
            Box::new(m20261206_000007_outbox::Migration),
            Box::new(m20261207_000008_redemption_marks::Migration),
        ]
    }
}
