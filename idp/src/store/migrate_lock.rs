//! One migration at a time across processes, so that any number of nodes may run
//! `idp migrate`, or start (which migrates), at once.
//!
//! - PostgreSQL: a transaction of its own holds `pg_advisory_xact_lock` while the migrations
//!   run on the pool's other connections; committing it (or the connection dying) releases
//!   the lock. A transaction-level lock also works behind a transaction-pooling proxy.
//! - SQLite: the pool has one connection, which the migrations need, so no SQLite
//!   transaction can hold the lock; an exclusive lock (`flock`) on a file beside the
//!   database does, released when the file is closed (also when the process dies). An
//!   in-memory database belongs to one process and needs none.

use super::{Db, StoreError};
use sea_orm::{
    ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, Statement, TransactionTrait,
};
use std::path::PathBuf;

/// The advisory lock's key: the bytes of "idp:migr", fixed for every version of the provider.
const ADVISORY_KEY: i64 = i64::from_be_bytes(*b"idp:migr");

/// Held while migrating; [`MigrationLock::release`] ends it.
pub(super) enum MigrationLock {
    Postgres(DatabaseTransaction),
    File(std::fs::File),
    Unneeded,
}

impl MigrationLock {
    /// Waits until no other process migrates this database, then holds the lock.
    pub(super) async fn acquire(db: &Db) -> Result<Self, StoreError> {
        match db.get_database_backend() {
            DbBackend::Postgres => {
                let tx = db.begin().await?;
                tx.execute(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    "SELECT pg_advisory_xact_lock($1)",
                    [ADVISORY_KEY.into()],
                ))
                .await?;
                Ok(Self::Postgres(tx))
            }
            DbBackend::Sqlite => match sqlite_file(db).await? {
                Some(path) => lock_beside(path).await.map(Self::File),
                None => Ok(Self::Unneeded),
            },
            _ => Ok(Self::Unneeded),
        }
    }

    pub(super) async fn release(self) -> Result<(), StoreError> {
        match self {
            Self::Postgres(tx) => Ok(tx.commit().await?),
            Self::File(file) => {
                drop(file);
                Ok(())
            }
            Self::Unneeded => Ok(()),
        }
    }
}

/// The file of the main SQLite database, `None` when it is in memory.
async fn sqlite_file(db: &Db) -> Result<Option<PathBuf>, StoreError> {
    let rows = db
        .query_all(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA database_list",
        ))
        .await?;
    for row in rows {
        let name: String = row.try_get("", "name")?;
        if name == "main" {
            let file: String = row.try_get("", "file")?;
            return Ok((!file.is_empty()).then(|| PathBuf::from(file)));
        }
    }
    Ok(None)
}

/// An exclusive lock on `<database>.migrate-lock`. The file stays after use: removing a lock
/// file races with a process that has just opened it.
async fn lock_beside(database: PathBuf) -> Result<std::fs::File, StoreError> {
    let mut name = database.into_os_string();
    name.push(".migrate-lock");
    let path = PathBuf::from(name);
    let shown = path.display().to_string();
    let locked = tokio::task::spawn_blocking(move || {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        file.lock()?;
        Ok::<_, std::io::Error>(file)
    })
    .await
    .map_err(|e| DbErr::Migration(format!("locking {shown} for migrations: {e}")))?;
    locked.map_err(|e| DbErr::Migration(format!("cannot lock {shown} for migrations: {e}")).into())
}
