//! Storage: the only module that knows sea-orm. Queries take `&impl Conn` so a service can
//! pass the connection or an open transaction.

pub mod access;
pub mod audit;
pub mod batch;
pub mod challenges;
pub mod clients;
pub mod devices;
pub mod email_tokens;
pub mod entities;
pub mod flows;
pub mod keys;
pub mod maintenance;
mod migrate_lock;
pub mod outbox;
pub mod phones;
pub mod prebuilt;
pub mod rate_limits;
pub mod recoveries;
pub mod sessions;
pub mod sqlite_readers;
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
    /// The database could not be reached, or the connection was lost (a restart, a
    /// failover, a killed backend, a pool exhausted): the request may succeed in a moment,
    /// and the answer is 503 with `Retry-After`, never a 500.
    #[error("database unavailable: {0}")]
    Unavailable(DbErr),
    #[error("database: {0}")]
    Db(DbErr),
    #[error("stored value is not valid: {0}")]
    Corrupt(String),
}

impl From<DbErr> for StoreError {
    fn from(e: DbErr) -> Self {
        if connection_lost(&e) {
            StoreError::Unavailable(e)
        } else {
            StoreError::Db(e)
        }
    }
}

impl StoreError {
    /// Whether the error is the database being out of reach, not the request.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, StoreError::Unavailable(_))
    }
}

/// Whether `e` means the connection, not the statement, failed: no connection to be had,
/// an I/O or protocol failure on it, a PostgreSQL connection exception (SQLSTATE class 08)
/// or administrator shutdown (57P01-57P03, what `pg_terminate_backend` and a restart send),
/// or SQLite busy past its timeout.
fn connection_lost(e: &DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    use sea_orm::RuntimeErr;
    let sqlx = match e {
        // No connection to be had (refused, timed out, the database not accepting any).
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => e,
        _ => return false,
    };
    match sqlx {
        Sqlx::Io(_)
        | Sqlx::Tls(_)
        | Sqlx::Protocol(_)
        | Sqlx::PoolTimedOut
        | Sqlx::PoolClosed
        | Sqlx::WorkerCrashed => true,
        Sqlx::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08")
                || matches!(&*code, "57P01" | "57P02" | "57P03")
                // SQLITE_BUSY and SQLITE_LOCKED, with their extended codes
                || matches!(&*code, "5" | "6" | "261" | "262" | "517" | "773")
        }),
        _ => false,
    }
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
        // A SQLite connection lives in this process and cannot be lost as a network one can:
        // checking it before each use (sqlx's default) would only cost a round trip to its
        // thread. PostgreSQL connections keep the check (a restarted server, a killed
        // backend), decision 0045.
        options.test_before_acquire(false);
        options.map_sqlx_sqlite_opts(|o| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
        });
    }
    let mut db = Database::connect(options).await?;
    // Every statement's time, for `idp_db_query_duration_seconds` (a no-op without a recorder).
    db.set_metric_callback(|info| crate::telemetry::db_query(info.elapsed));
    Ok(db)
}

/// The connections for reads that need no transaction (introspection, userinfo, the token
/// endpoint's first look at a code or refresh token, client lookups).
///
/// On SQLite, connections of their own beside the one writer ([`sqlite_readers`]): WAL lets
/// them read the last commit while the writer writes, so they do not queue behind it, and
/// they run each statement on the reading task's thread instead of sqlx's connection thread
/// (decisions 0043 and 0046). A reader sees every transaction committed before its
/// statement began, so a token a client received can be read by its next request. On
/// PostgreSQL, and for an in-memory SQLite database, it is `db` itself, whose connections
/// already read beside each other.
pub fn readers(db: &Db) -> Readers {
    let Some(path) = sqlite_file(db) else {
        return Readers {
            db: db.clone(),
            pool: None,
        };
    };
    let pool = sqlite_readers::SqliteReaders::new(path);
    let proxy: std::sync::Arc<Box<dyn sea_orm::ProxyDatabaseTrait>> =
        std::sync::Arc::new(Box::new(sqlite_readers::Reading(pool.clone())));
    Readers {
        db: sea_orm::DatabaseConnection::ProxyDatabaseConnection(std::sync::Arc::new(
            sea_orm::ProxyDatabaseConnection::new(sea_orm::DbBackend::Sqlite, proxy),
        )),
        pool: Some(pool),
    }
}

/// Where [`readers`] send reads.
#[derive(Clone)]
pub struct Readers {
    /// The connection to read through: on SQLite, a sea-orm proxy over `pool`.
    pub db: Db,
    /// SQLite's read connections; `None` where `db` is the main pool.
    pub pool: Option<std::sync::Arc<sqlite_readers::SqliteReaders>>,
}

impl Readers {
    /// Also tell `f` of every statement the readers run (tests count them).
    pub fn on_statement(&mut self, f: impl Fn(&sea_orm::metric::Info<'_>) + Send + Sync + 'static) {
        match &self.pool {
            Some(pool) => pool.on_statement(std::sync::Arc::new(f)),
            None => self.db.set_metric_callback(f),
        }
    }
}

/// The file of a SQLite database, `None` for PostgreSQL or an in-memory database.
fn sqlite_file(db: &Db) -> Option<std::path::PathBuf> {
    if !matches!(db, Db::SqlxSqlitePoolConnection(_)) {
        return None;
    }
    let path = db
        .get_sqlite_connection_pool()
        .connect_options()
        .get_filename()
        .to_path_buf();
    let name = path.to_string_lossy();
    let in_memory = name.is_empty() || name.contains(":memory:") || name.starts_with("file:");
    (!in_memory).then_some(path)
}

/// The connections of the pool, read when the metrics are scraped.
pub fn pool_usage(db: &Db) -> PoolUsage {
    let (size, idle) = match db {
        Db::SqlxSqlitePoolConnection(_) => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        Db::SqlxPostgresPoolConnection(_) => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    };
    let size = size as usize;
    PoolUsage {
        idle: idle.min(size),
        in_use: size.saturating_sub(idle),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolUsage {
    pub idle: usize,
    pub in_use: usize,
}

/// Applies the migrations not yet applied. One process at a time (`migrate_lock`): any
/// number of nodes may migrate at once, the later ones finding the work done.
pub async fn migrate(db: &Db) -> Result<(), StoreError> {
    let lock = migrate_lock::MigrationLock::acquire(db).await?;
    let applied = Migrator::up(db, None).await;
    let released = lock.release().await;
    applied?;
    released
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
