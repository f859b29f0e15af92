//! SQLite reads on the reading task's own thread (issue 18, decision 0046).
//!
//! sqlx gives every SQLite connection a thread of its own: a statement goes to that thread
//! over a channel and its rows come back over another, two thread switches for a point read
//! that takes SQLite a few microseconds. These readers run the statement sea-orm built on
//! the caller's thread instead, through rusqlite, as a sea-orm proxy connection, so the
//! queries of `store` are unchanged.
//!
//! - Each connection is opened beside the writer on the same file (WAL: a reader sees every
//!   transaction committed before its statement began and nothing else) with `query_only`,
//!   so a write through one fails instead of taking the writer's lock.
//! - A statement runs to its end without yielding, so a reader never waits for another: a
//!   connection is opened when none is free (at most one per thread that reads at once) and
//!   closed by a task of the runtime once unused for [`IDLE`].
//! - A reader that finds the file busy waits [`BUSY_WAIT`] at most (it holds its thread);
//!   past that the read fails as the database being unavailable, a 503.
//! - sea-orm reads a proxy row's fields by exact type, so each column is given the type its
//!   entity field has: from the column's declared type, and for SQLite's `INTEGER` (both a
//!   row id, `i64`, and the counters, `i32`) from the entities' fields of that name
//!   (`entities::narrow_integer_columns`). An expression is typed by its value, except
//!   sea-orm's own count (`num_items`), which it reads as an `i32` on SQLite.

use sea_orm::sea_query::Value;
use sea_orm::{DbErr, ProxyDatabaseTrait, ProxyExecResult, ProxyRow, RuntimeErr, Statement};
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::{Duration, Instant};

/// How long an unused connection stays open.
pub const IDLE: Duration = Duration::from_secs(10);
/// How long a read waits for a busy file before it fails.
pub const BUSY_WAIT: Duration = Duration::from_millis(500);

/// Called with each statement run, its time and whether it failed.
pub type OnStatement = Arc<dyn Fn(&sea_orm::metric::Info<'_>) + Send + Sync>;

/// The read connections of one SQLite file.
pub struct SqliteReaders {
    path: PathBuf,
    idle: Mutex<Vec<(rusqlite::Connection, Instant)>>,
    in_use: std::sync::atomic::AtomicUsize,
    on_statement: OnceLock<OnStatement>,
}

impl std::fmt::Debug for SqliteReaders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteReaders")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl SqliteReaders {
    /// Readers of the database file at `path`; none is opened before the first read. With a
    /// runtime at hand, a task closes idle connections every [`IDLE`] until the readers are
    /// dropped.
    pub fn new(path: PathBuf) -> Arc<Self> {
        let readers = Arc::new(Self {
            path,
            idle: Mutex::new(Vec::new()),
            in_use: Default::default(),
            on_statement: OnceLock::new(),
        });
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let weak = Arc::downgrade(&readers);
            runtime.spawn(close_idle_every(weak));
        }
        readers
    }

    /// Also tell `f` of every statement (tests count them). Set once; a second `f` is
    /// ignored.
    pub fn on_statement(&self, f: OnStatement) {
        let _ = self.on_statement.set(f);
    }

    /// Open connections: idle, and reading now.
    pub fn usage(&self) -> super::PoolUsage {
        super::PoolUsage {
            idle: lock(&self.idle).len(),
            in_use: self.in_use.load(std::sync::atomic::Ordering::Relaxed),
        }
    }

    fn run<T>(
        &self,
        statement: &Statement,
        f: impl FnOnce(&rusqlite::Connection) -> Result<T, rusqlite::Error>,
    ) -> Result<T, DbErr> {
        use std::sync::atomic::Ordering::Relaxed;
        let started = Instant::now();
        let conn = match lock(&self.idle).pop() {
            Some((conn, _)) => conn,
            None => self.open().map_err(connection_error)?,
        };
        self.in_use.fetch_add(1, Relaxed);
        let result = f(&conn);
        self.in_use.fetch_sub(1, Relaxed);
        let now = Instant::now();
        lock(&self.idle).push((conn, now));
        let elapsed = now - started;
        crate::telemetry::db_query(elapsed);
        if let Some(hook) = self.on_statement.get() {
            hook(&sea_orm::metric::Info {
                elapsed,
                statement,
                failed: result.is_err(),
            });
        }
        result.map_err(statement_error)
    }

    fn open(&self) -> Result<rusqlite::Connection, rusqlite::Error> {
        use rusqlite::OpenFlags;
        // Without the create flag: the writer made the file; a missing one is an error.
        let conn = rusqlite::Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_WAIT)?;
        conn.pragma_update(None, "query_only", true)?;
        // The readers' statements are few and run again and again.
        conn.set_prepared_statement_cache_capacity(64);
        Ok(conn)
    }
}

/// The readers as sea-orm's proxy connection sees them. Each call runs to its end on the
/// calling thread; nothing in it awaits.
#[derive(Debug)]
pub struct Reading(pub Arc<SqliteReaders>);

#[async_trait::async_trait]
impl ProxyDatabaseTrait for Reading {
    async fn query(&self, statement: Statement) -> Result<Vec<ProxyRow>, DbErr> {
        self.0.run(&statement, |conn| read(conn, &statement))
    }

    async fn execute(&self, statement: Statement) -> Result<ProxyExecResult, DbErr> {
        self.0.run(&statement, |conn| {
            let mut prepared = conn.prepare_cached(&statement.sql)?;
            let mut rows = prepared.query(rusqlite::params_from_iter(binds(&statement)?))?;
            while rows.next()?.is_some() {}
            Ok(ProxyExecResult::new(
                conn.last_insert_rowid() as u64,
                conn.changes(),
            ))
        })
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding these locks leaves nothing half-done (a push or a pop).
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Closes the connections unused for [`IDLE`]: the oldest are at the front.
fn close_idle(idle: &mut Vec<(rusqlite::Connection, Instant)>, now: Instant) {
    let stale = idle
        .iter()
        .take_while(|(_, since)| now.duration_since(*since) >= IDLE)
        .count();
    idle.drain(..stale);
}

async fn close_idle_every(readers: Weak<SqliteReaders>) {
    let mut every = tokio::time::interval(IDLE);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        let Some(readers) = readers.upgrade() else {
            return;
        };
        close_idle(&mut lock(&readers.idle), Instant::now());
    }
}

/// The rows of a `SELECT`, each column typed as its entity field is.
fn read(
    conn: &rusqlite::Connection,
    statement: &Statement,
) -> Result<Vec<ProxyRow>, rusqlite::Error> {
    let mut prepared = conn.prepare_cached(&statement.sql)?;
    let columns: Vec<(String, Kind)> = prepared
        .columns()
        .iter()
        .map(|c| (c.name().to_owned(), Kind::of(c.decl_type(), c.name())))
        .collect();
    let mut rows = prepared.query(rusqlite::params_from_iter(binds(statement)?))?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let mut values = BTreeMap::new();
        for (i, (name, kind)) in columns.iter().enumerate() {
            values.insert(name.clone(), kind.value(row.get_ref(i)?, name)?);
        }
        out.push(ProxyRow { values });
    }
    Ok(out)
}

/// The type sea-orm expects of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    BigInt,
    Bool,
    Text,
    Bytes,
    Double,
    /// An expression: typed by the value's own storage class.
    Any,
}

impl Kind {
    fn of(declared: Option<&str>, name: &str) -> Kind {
        let Some(declared) = declared else {
            // An expression. sea-orm reads its own `COUNT(*)` on SQLite as an i32.
            return if name == "num_items" {
                Kind::Int
            } else {
                Kind::Any
            };
        };
        // Compared without case and without a lowered copy: this runs for every column read.
        let starts = |prefix: &str| {
            declared
                .get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        };
        let contains = |part: &str| {
            declared
                .as_bytes()
                .windows(part.len())
                .any(|w| w.eq_ignore_ascii_case(part.as_bytes()))
        };
        if starts("bigint") {
            Kind::BigInt
        } else if starts("bool") {
            Kind::Bool
        } else if starts("int") {
            if narrow_integers().contains(unaliased(name)) {
                Kind::Int
            } else {
                Kind::BigInt
            }
        } else if contains("char") || contains("text") || declared.eq_ignore_ascii_case("json") {
            Kind::Text
        } else if contains("blob") || contains("binary") {
            Kind::Bytes
        } else if contains("real") || contains("double") || declared.eq_ignore_ascii_case("float") {
            Kind::Double
        } else {
            Kind::Any
        }
    }

    fn value(self, v: rusqlite::types::ValueRef<'_>, name: &str) -> Result<Value, rusqlite::Error> {
        use rusqlite::types::ValueRef as R;
        let value = match (self, v) {
            (Kind::Int, R::Null) => Value::Int(None),
            (Kind::BigInt, R::Null) | (Kind::Any, R::Null) => Value::BigInt(None),
            (Kind::Bool, R::Null) => Value::Bool(None),
            (Kind::Text, R::Null) => Value::String(None),
            (Kind::Bytes, R::Null) => Value::Bytes(None),
            (Kind::Double, R::Null) => Value::Double(None),
            (Kind::Int, R::Integer(i)) => Value::Int(Some(
                i32::try_from(i).map_err(|_| mistyped(name, "an i32"))?,
            )),
            (Kind::BigInt | Kind::Any, R::Integer(i)) => Value::BigInt(Some(i)),
            (Kind::Bool, R::Integer(i)) => Value::Bool(Some(i != 0)),
            (Kind::Double, R::Integer(i)) => Value::Double(Some(i as f64)),
            (Kind::Double | Kind::Any, R::Real(f)) => Value::Double(Some(f)),
            (Kind::Text | Kind::Any, R::Text(t)) => Value::String(Some(Box::new(
                std::str::from_utf8(t)
                    .map_err(|_| mistyped(name, "UTF-8 text"))?
                    .to_owned(),
            ))),
            (Kind::Bytes | Kind::Any, R::Blob(b)) => Value::Bytes(Some(Box::new(b.to_vec()))),
            (kind, _) => return Err(mistyped(name, &format!("{kind:?}"))),
        };
        Ok(value)
    }
}

/// `B_user_id` (sea-orm's alias for a column of the second model of a join) is `user_id`.
fn unaliased(name: &str) -> &str {
    match name.as_bytes() {
        [first, b'_', ..] if first.is_ascii_uppercase() => &name[2..],
        _ => name,
    }
}

fn narrow_integers() -> &'static HashSet<String> {
    static NARROW: OnceLock<HashSet<String>> = OnceLock::new();
    NARROW.get_or_init(|| {
        super::entities::narrow_integer_columns()
            .into_iter()
            .collect()
    })
}

fn mistyped(column: &str, expected: &str) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnType(
        0,
        format!("{column} (expected {expected})"),
        rusqlite::types::Type::Null,
    )
}

/// The statement's parameters as SQLite values, encoded as sqlx encodes them.
fn binds(statement: &Statement) -> Result<Vec<rusqlite::types::Value>, rusqlite::Error> {
    use rusqlite::types::Value as S;
    let Some(values) = &statement.values else {
        return Ok(Vec::new());
    };
    let int = |v: Option<i64>| v.map_or(S::Null, S::Integer);
    values
        .0
        .iter()
        .map(|v| {
            Ok(match v {
                Value::Bool(b) => int(b.map(i64::from)),
                Value::TinyInt(i) => int(i.map(i64::from)),
                Value::SmallInt(i) => int(i.map(i64::from)),
                Value::Int(i) => int(i.map(i64::from)),
                Value::BigInt(i) => int(*i),
                Value::TinyUnsigned(i) => int(i.map(i64::from)),
                Value::SmallUnsigned(i) => int(i.map(i64::from)),
                Value::Unsigned(i) => int(i.map(i64::from)),
                Value::BigUnsigned(i) => match i {
                    Some(i) => S::Integer(
                        i64::try_from(*i)
                            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?,
                    ),
                    None => S::Null,
                },
                Value::Float(f) => f.map_or(S::Null, |f| S::Real(f64::from(f))),
                Value::Double(f) => f.map_or(S::Null, S::Real),
                Value::String(s) => s.as_ref().map_or(S::Null, |s| S::Text(s.to_string())),
                Value::Char(c) => c.map_or(S::Null, |c| S::Text(c.to_string())),
                Value::Bytes(b) => b.as_ref().map_or(S::Null, |b| S::Blob(b.to_vec())),
                Value::Json(j) => j.as_ref().map_or(S::Null, |j| S::Text(j.to_string())),
                #[allow(unreachable_patterns)]
                other => {
                    return Err(rusqlite::Error::ToSqlConversionFailure(
                        format!("a parameter of a type the readers do not bind: {other:?}").into(),
                    ))
                }
            })
        })
        .collect()
}

/// A connection that could not be opened: the database is out of reach (a 503).
fn connection_error(e: rusqlite::Error) -> DbErr {
    DbErr::Conn(RuntimeErr::Internal(format!("SQLite reader: {e}")))
}

/// A statement that failed; busy past [`BUSY_WAIT`] counts as the database out of reach.
fn statement_error(e: rusqlite::Error) -> DbErr {
    use rusqlite::ErrorCode::{DatabaseBusy, DatabaseLocked};
    match e.sqlite_error_code() {
        Some(DatabaseBusy | DatabaseLocked) => connection_error(e),
        _ => DbErr::Query(RuntimeErr::Internal(format!("SQLite reader: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_typed_as_their_entity_fields() {
        assert_eq!(Kind::of(Some("bigint"), "created_at"), Kind::BigInt);
        assert_eq!(Kind::of(Some("boolean"), "email_verified"), Kind::Bool);
        assert_eq!(Kind::of(Some("varchar(128)"), "id"), Kind::Text);
        assert_eq!(Kind::of(Some("TEXT"), "scope"), Kind::Text);
        // SQLite's INTEGER: the counters are i32, a row id is i64.
        assert_eq!(Kind::of(Some("INTEGER"), "attempts"), Kind::Int);
        assert_eq!(Kind::of(Some("INTEGER"), "B_attempts"), Kind::Int);
        assert_eq!(Kind::of(Some("INTEGER"), "id"), Kind::BigInt);
        assert_eq!(Kind::of(None, "num_items"), Kind::Int);
        assert_eq!(Kind::of(None, "max_created_at"), Kind::Any);
    }

    #[test]
    fn only_a_capital_and_an_underscore_are_an_alias() {
        assert_eq!(unaliased("B_user_id"), "user_id");
        assert_eq!(unaliased("user_id"), "user_id");
        assert_eq!(unaliased("a_b"), "a_b");
    }
}
