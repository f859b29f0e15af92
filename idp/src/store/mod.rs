//! Storage: the only module that knows sea-orm. Queries take `&impl Conn` so a service can
//! pass the connection or an open transaction.

pub mod access;
pub mod audit;
pub mod challenges;
pub mod clients;
pub mod devices;
pub mod email_tokens;
pub mod entities;
pub mod flows;
pub mod keys;
pub mod maintenance;
pub mod phones;
pub mod rate_limits;
pub mod recoveries;
pub mod sessions;
pub mod throttles;
pub mod tokens;
pub mod totp;
pub mod users;
pub mod web_push;
pub mod webauthn;

use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DbErr, TransactionTrait};
use std::time::Duration;

pub use sea_orm::ConnectionTrait as Conn;
pub type Db = sea_orm::DatabaseConnection;
pub type Tx = sea_orm::DatabaseTransaction;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] DbErr),
    #[error("stored value is not valid: {0}")]
    Corrupt(String),
}

/// Connects to SQLite (WAL, foreign keys, busy timeout) or PostgreSQL.
pub async fn connect(url: &str) -> Result<Db, StoreError> {
    let sqlite = url.starts_with("sqlite:");
    let mut options = ConnectOptions::new(url.to_owned());
    options
        // SQLite has one writer: a single connection serialises statements in the process
        // instead of letting transactions sleep in SQLite's busy handler (see decision 0002).
        .max_connections(if sqlite { 1 } else { 16 })
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    if sqlite {
        options.map_sqlx_sqlite_opts(|o| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
        });
    }
    Ok(Database::connect(options).await?)
}

pub async fn migrate(db: &Db) -> Result<(), StoreError> {
    Migrator::up(db, None).await?;
    Ok(())
}

pub async fn begin(db: &Db) -> Result<Tx, StoreError> {
    Ok(db.begin().await?)
}

/// Commits a transaction begun with [`begin`].
pub async fn commit(tx: Tx) -> Result<(), StoreError> {
    Ok(tx.commit().await?)
}

/// Rolls a transaction back (dropping it does too; this says so where it matters).
pub async fn rollback(tx: Tx) -> Result<(), StoreError> {
    Ok(tx.rollback().await?)
}

pub async fn ping(db: &Db) -> Result<(), StoreError> {
    Ok(db.ping().await?)
}

pub(crate) fn json_list(raw: &str) -> Result<Vec<String>, StoreError> {
    serde_json::from_str(raw).map_err(|e| StoreError::Corrupt(format!("list {raw:?}: {e}")))
}

pub(crate) fn to_json_list<S: AsRef<str> + serde::Serialize>(items: &[S]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".into())
}
