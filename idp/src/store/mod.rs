//! Storage: the only module that knows sea-orm. Queries take `&impl Conn` so a service can
//! pass the connection or an open transaction.

pub mod access;
pub mod audit;
pub mod batch;
pub mod challenges;
pub mod clients;
pub mod coalesce;
pub mod devices;
pub mod email_tokens;
pub mod entities;
pub mod flows;
mod idle;
pub mod keys;
pub mod maintenance;
mod migrate_lock;
pub mod outbox;
pub mod phones;
pub mod postgres_readers;
pub mod postgres_writer;
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
use sea_orm::sqlx::postgres::PgSslMode;
use sea_orm::{ConnectOptions, Database, DbErr, TransactionTrait};
use std::time::Duration;

pub type Db = sea_orm::DatabaseConnection;
pub type Tx = sea_orm::DatabaseTransaction;

/// What the queries of `store` run on: the main pool, a transaction, or the readers.
pub trait Conn: sea_orm::ConnectionTrait {
    /// SQLite's read connections, when this connection's statements run on them: the
    /// hottest reads then take their row straight into models ([`prebuilt`]).
    fn sqlite_readers(&self) -> Option<&sqlite_readers::SqliteReaders> {
        None
    }

    /// PostgreSQL's read connections, when this connection's statements run on them: an
    /// access token's read then waits for the others of the moment under load ([`coalesce`]).
    fn postgres_readers(&self) -> Option<&std::sync::Arc<postgres_readers::PostgresReaders>> {
        None
    }
}

impl Conn for Db {}
impl Conn for Tx {}

impl Conn for Reader {
    fn sqlite_readers(&self) -> Option<&sqlite_readers::SqliteReaders> {
        match self {
            Reader::Sqlite { readers, .. } => Some(readers),
            _ => None,
        }
    }

    fn postgres_readers(&self) -> Option<&std::sync::Arc<postgres_readers::PostgresReaders>> {
        match self {
            Reader::Postgres(readers) => Some(readers),
            _ => None,
        }
    }
}

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
                || sqlite_busy(&code)
        }),
        _ => false,
    }
}

/// SQLITE_BUSY and SQLITE_LOCKED, with their extended codes.
fn sqlite_busy(code: &str) -> bool {
    matches!(code, "5" | "6" | "261" | "262" | "517" | "773")
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
    if !sqlite && without_tls(url, std::env::var("PGSSLMODE").ok().as_deref()) {
        options.map_sqlx_postgres_opts(|o| o.ssl_mode(PgSslMode::Disable));
    }
    let mut db = if sqlite {
        connect_sqlite(options).await?
    } else {
        Database::connect(options).await?
    };
    // Every statement's time, for `idp_db_query_duration_seconds` (a no-op without a recorder).
    db.set_metric_callback(|info| crate::telemetry::db_query(info.elapsed));
    Ok(db)
}

/// Whether connections to the PostgreSQL server of `url` go without TLS: a server on this
/// host (a loopback address or `localhost`) when neither the URL (`sslmode`) nor the
/// environment (`PGSSLMODE`) chooses. libpq's default there, `prefer`, encrypts without
/// checking who answers, which keeps out no one on the loopback interface and costs the
/// server and the provider CPU on every statement (decision 0066). Any choice made is kept.
fn without_tls(url: &str, pgsslmode: Option<&str>) -> bool {
    let Ok(parsed) = url::Url::parse(url) else {
        return false;
    };
    let chosen = parsed
        .query_pairs()
        .any(|(k, _)| k == "sslmode" || k == "ssl-mode");
    // A `postgres:` URL's host is not parsed as an address (not a special scheme).
    let host = parsed.host_str().unwrap_or_default();
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    loopback && !chosen && pgsslmode.is_none_or(str::is_empty)
}

/// Opens a SQLite database, again while it is busy, for as long as its busy timeout. Opening
/// turns a new database file to WAL, which takes an exclusive lock that SQLite's busy
/// timeout does not wait for: nodes (or `idp migrate` and `idp serve`) starting at once on a
/// fresh file would otherwise fail with "database is locked".
async fn connect_sqlite(options: ConnectOptions) -> Result<Db, DbErr> {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut pause = Duration::from_millis(10);
    loop {
        match Database::connect(options.clone()).await {
            Err(DbErr::Conn(sea_orm::RuntimeErr::SqlxError(sea_orm::sqlx::Error::Database(
                db,
            )))) if db.code().is_some_and(|code| sqlite_busy(&code))
                && std::time::Instant::now() < deadline =>
            {
                tracing::debug!(error = %db, "the SQLite database is busy; opening it again");
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_millis(200));
            }
            opened => return opened,
        }
    }
}

/// The connections for reads that need no transaction (introspection, userinfo, the token
/// endpoint's first look at a code or refresh token, the session of a page, client lookups).
///
/// On SQLite, connections of their own beside the one writer ([`sqlite_readers`]): WAL lets
/// them read the last commit while the writer writes, so they do not queue behind it, and
/// they run each statement on the reading task's thread instead of sqlx's connection thread
/// (decisions 0043 and 0046). On PostgreSQL, connections of their own that send the
/// statement alone, without sqlx's ping before and after it, and read again on a new
/// connection when one was lost ([`postgres_readers`], decision 0049). Either sees every
/// transaction committed before its statement began, so a token a client received can be
/// read by its next request. For an in-memory SQLite database, `db` itself.
pub fn readers(db: &Db) -> Readers {
    if let Db::SqlxPostgresPoolConnection(_) = db {
        let options = db.get_postgres_connection_pool().connect_options();
        let pool = postgres_readers::PostgresReaders::new(&options);
        return Readers {
            db: Reader::Postgres(pool.clone()),
            pool: Some(ReaderPool::Postgres(pool)),
        };
    }
    let Some(path) = sqlite_file(db) else {
        return Readers {
            db: Reader::Db(db.clone()),
            pool: None,
        };
    };
    let pool = sqlite_readers::SqliteReaders::new(path);
    let proxy: std::sync::Arc<Box<dyn sea_orm::ProxyDatabaseTrait>> =
        std::sync::Arc::new(Box::new(sqlite_readers::Reading(pool.clone())));
    Readers {
        db: Reader::Sqlite {
            proxy: sea_orm::DatabaseConnection::ProxyDatabaseConnection(std::sync::Arc::new(
                sea_orm::ProxyDatabaseConnection::new(sea_orm::DbBackend::Sqlite, proxy),
            )),
            readers: pool.clone(),
        },
        pool: Some(ReaderPool::Sqlite(pool)),
    }
}

/// Where [`readers`] send reads.
#[derive(Clone)]
pub struct Readers {
    /// The connection to read through.
    pub db: Reader,
    /// The readers' own connections; `None` where `db` is the main pool.
    pub pool: Option<ReaderPool>,
}

impl Readers {
    /// Also tell `f` of every statement the readers run (tests count them).
    pub fn on_statement(&mut self, f: impl Fn(&sea_orm::metric::Info<'_>) + Send + Sync + 'static) {
        match &self.pool {
            Some(ReaderPool::Sqlite(pool)) => pool.on_statement(std::sync::Arc::new(f)),
            Some(ReaderPool::Postgres(pool)) => pool.on_statement(std::sync::Arc::new(f)),
            None => {
                if let Reader::Db(db) = &mut self.db {
                    db.set_metric_callback(f)
                }
            }
        }
    }
}

/// A connection for reads. Queries take it as any other `&impl Conn`.
#[derive(Clone)]
pub enum Reader {
    /// The main pool (an in-memory SQLite database).
    Db(Db),
    /// SQLite's readers, behind sea-orm's proxy connection; the prebuilt reads use them
    /// directly.
    Sqlite {
        proxy: Db,
        readers: std::sync::Arc<sqlite_readers::SqliteReaders>,
    },
    Postgres(std::sync::Arc<postgres_readers::PostgresReaders>),
}

#[async_trait::async_trait]
impl sea_orm::ConnectionTrait for Reader {
    fn get_database_backend(&self) -> sea_orm::DbBackend {
        match self {
            Reader::Db(db) | Reader::Sqlite { proxy: db, .. } => db.get_database_backend(),
            Reader::Postgres(pg) => pg.get_database_backend(),
        }
    }

    async fn execute(&self, stmt: sea_orm::Statement) -> Result<sea_orm::ExecResult, DbErr> {
        match self {
            Reader::Db(db) | Reader::Sqlite { proxy: db, .. } => db.execute(stmt).await,
            Reader::Postgres(pg) => pg.execute(stmt).await,
        }
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<sea_orm::ExecResult, DbErr> {
        match self {
            Reader::Db(db) | Reader::Sqlite { proxy: db, .. } => db.execute_unprepared(sql).await,
            Reader::Postgres(pg) => pg.execute_unprepared(sql).await,
        }
    }

    async fn query_one(
        &self,
        stmt: sea_orm::Statement,
    ) -> Result<Option<sea_orm::QueryResult>, DbErr> {
        match self {
            Reader::Db(db) | Reader::Sqlite { proxy: db, .. } => db.query_one(stmt).await,
            Reader::Postgres(pg) => pg.query_one(stmt).await,
        }
    }

    async fn query_all(
        &self,
        stmt: sea_orm::Statement,
    ) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
        match self {
            Reader::Db(db) | Reader::Sqlite { proxy: db, .. } => db.query_all(stmt).await,
            Reader::Postgres(pg) => pg.query_all(stmt).await,
        }
    }
}

/// The readers' own connections, counted by the metrics.
#[derive(Clone)]
pub enum ReaderPool {
    Sqlite(std::sync::Arc<sqlite_readers::SqliteReaders>),
    Postgres(std::sync::Arc<postgres_readers::PostgresReaders>),
}

impl ReaderPool {
    /// Open connections: idle, and reading now.
    pub fn usage(&self) -> PoolUsage {
        match self {
            ReaderPool::Sqlite(pool) => pool.usage(),
            ReaderPool::Postgres(pool) => pool.usage(),
        }
    }

    /// On PostgreSQL, the connections of the group commits' writers (decision 0061).
    pub fn writers_usage(&self) -> Option<PoolUsage> {
        match self {
            ReaderPool::Sqlite(_) => None,
            ReaderPool::Postgres(pool) => Some(pool.writers_usage()),
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

#[cfg(test)]
mod tests {
    use super::without_tls;

    #[test]
    fn only_a_server_on_this_host_left_to_the_default_goes_without_tls() {
        let cases = [
            ("postgres://idp@127.0.0.1:5432/idp", None, true),
            ("postgres://idp@127.0.0.53/idp", None, true),
            ("postgres://idp@localhost/idp", None, true),
            ("postgres://idp@LOCALHOST/idp", Some(""), true),
            ("postgres://idp@[::1]:5432/idp", None, true),
            ("postgres://idp@db.example.org/idp", None, false),
            ("postgres://idp@10.0.0.5/idp", None, false),
            ("postgres://idp@127.0.0.1/idp?sslmode=prefer", None, false),
            ("postgres://idp@127.0.0.1/idp?sslmode=require", None, false),
            (
                "postgres://idp@127.0.0.1/idp?ssl-mode=verify-full",
                None,
                false,
            ),
            ("postgres://idp@127.0.0.1/idp", Some("require"), false),
            ("postgres:///idp?host=/run/postgresql", None, false),
            ("not a url", None, false),
        ];
        for (url, env, expected) in cases {
            assert_eq!(
                without_tls(url, env),
                expected,
                "{url} with PGSSLMODE={env:?}"
            );
        }
    }
}
