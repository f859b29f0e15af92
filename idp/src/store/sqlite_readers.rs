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
//! - The four hottest reads (`prebuilt`) skip the proxy: [`SqliteReaders::first`] reads their
//!   row straight into its models ([`Typed`]), each column typed by its entity's definition,
//!   with no map of owned column names and no copy of each value (decision 0050).

use super::idle::Idle;
use sea_orm::sea_query::{Value, Values};
use sea_orm::{
    ActiveModelTrait, DbErr, EntityTrait, ModelTrait, ProxyDatabaseTrait, ProxyExecResult,
    ProxyRow, RuntimeErr, Statement, TryIntoModel,
};
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
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
    idle: Idle<rusqlite::Connection>,
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
            idle: Idle::new(),
            on_statement: OnceLock::new(),
        });
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let weak = Arc::downgrade(&readers);
            runtime.spawn(super::idle::close_stale_every(
                weak,
                |readers: &Self| &readers.idle,
                IDLE,
                |stale| async move { drop(stale) },
            ));
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
        self.idle.usage()
    }

    /// Runs `f` on a connection: `sql` and `values` are what it runs, for the statement hook.
    fn run<T>(
        &self,
        sql: &str,
        values: Option<&Values>,
        f: impl FnOnce(&rusqlite::Connection) -> Result<T, DbErr>,
    ) -> Result<T, DbErr> {
        let started = Instant::now();
        let conn = match self.idle.take() {
            Some(conn) => conn,
            None => self.open().map_err(connection_error)?,
        };
        let lent = self.idle.lend();
        let result = f(&conn);
        drop(lent);
        self.idle.give_back(conn);
        let elapsed = started.elapsed();
        crate::telemetry::db_query(elapsed);
        if let Some(hook) = self.on_statement.get() {
            let statement = Statement {
                sql: sql.to_owned(),
                values: values.cloned(),
                db_backend: sea_orm::DbBackend::Sqlite,
            };
            hook(&sea_orm::metric::Info {
                elapsed,
                statement: &statement,
                failed: result.is_err(),
            });
        }
        result
    }

    /// The first row of a prebuilt query (`prebuilt`), read straight into its models: no
    /// proxy row (a map of owned column names), no copy of the SQL.
    /// `layout` is where each column of `sql`'s rows goes: worked out from the first row's
    /// column names and kept there for the rows after it.
    pub fn first<T: Typed>(
        &self,
        sql: &str,
        values: &Values,
        layout: &OnceLock<Layout>,
    ) -> Result<Option<T>, DbErr> {
        self.run(sql, Some(values), |conn| {
            let mut prepared = conn.prepare_cached(sql).map_err(statement_error)?;
            let mut rows = prepared
                .query(rusqlite::params_from_iter(values.0.iter().map(Bind)))
                .map_err(statement_error)?;
            let Some(row) = rows.next().map_err(statement_error)? else {
                return Ok(None);
            };
            let layout = layout.get_or_init(|| T::layout(row));
            if layout.0.len() != row.as_ref().column_count() {
                return Err(DbErr::Type(
                    "a prebuilt statement's columns changed after its first row".into(),
                ));
            }
            T::from_row(row, layout).map(Some)
        })
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
        let values = statement.values.as_ref();
        self.0.run(&statement.sql, values, |conn| {
            read(conn, &statement.sql, values).map_err(statement_error)
        })
    }

    async fn execute(&self, statement: Statement) -> Result<ProxyExecResult, DbErr> {
        let values = statement.values.as_ref();
        self.0.run(&statement.sql, values, |conn| {
            let run = || {
                let mut prepared = conn.prepare_cached(&statement.sql)?;
                let mut rows = prepared.query(rusqlite::params_from_iter(binds(values)))?;
                while rows.next()?.is_some() {}
                Ok(ProxyExecResult::new(
                    conn.last_insert_rowid() as u64,
                    conn.changes(),
                ))
            };
            run().map_err(statement_error)
        })
    }
}

/// The rows of a `SELECT`, each column typed as its entity field is.
fn read(
    conn: &rusqlite::Connection,
    sql: &str,
    values: Option<&Values>,
) -> Result<Vec<ProxyRow>, rusqlite::Error> {
    let mut prepared = conn.prepare_cached(sql)?;
    let columns: Vec<(String, Kind)> = prepared
        .columns()
        .iter()
        .map(|c| (c.name().to_owned(), Kind::of(c.decl_type(), c.name())))
        .collect();
    let mut rows = prepared.query(rusqlite::params_from_iter(binds(values)))?;
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
    /// The type of an entity's column, as its field has it.
    fn of_column(column: &sea_orm::ColumnType) -> Kind {
        use sea_orm::ColumnType as C;
        match column {
            C::Integer | C::SmallInteger | C::TinyInteger => Kind::Int,
            C::BigInteger => Kind::BigInt,
            C::Boolean => Kind::Bool,
            C::Char(_) | C::String(_) | C::Text => Kind::Text,
            C::Binary(_) | C::VarBinary(_) | C::Blob => Kind::Bytes,
            C::Double | C::Float => Kind::Double,
            _ => Kind::Any,
        }
    }

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

/// The statement's parameters, bound as sqlx binds them.
fn binds(values: Option<&Values>) -> impl Iterator<Item = Bind<'_>> {
    values.into_iter().flat_map(|v| v.0.iter()).map(Bind)
}

/// A parameter bound as sqlx encodes it for SQLite, text and bytes without a copy.
struct Bind<'a>(&'a Value);

impl rusqlite::ToSql for Bind<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput as Out, Value as S, ValueRef as R};
        let int = |v: Option<i64>| Out::Owned(v.map_or(S::Null, S::Integer));
        Ok(match self.0 {
            Value::Bool(b) => int(b.map(i64::from)),
            Value::TinyInt(i) => int(i.map(i64::from)),
            Value::SmallInt(i) => int(i.map(i64::from)),
            Value::Int(i) => int(i.map(i64::from)),
            Value::BigInt(i) => int(*i),
            Value::TinyUnsigned(i) => int(i.map(i64::from)),
            Value::SmallUnsigned(i) => int(i.map(i64::from)),
            Value::Unsigned(i) => int(i.map(i64::from)),
            Value::BigUnsigned(i) => match i {
                Some(i) => {
                    Out::Owned(S::Integer(i64::try_from(*i).map_err(|e| {
                        rusqlite::Error::ToSqlConversionFailure(Box::new(e))
                    })?))
                }
                None => Out::Owned(S::Null),
            },
            Value::Float(f) => Out::Owned(f.map_or(S::Null, |f| S::Real(f64::from(f)))),
            Value::Double(f) => Out::Owned(f.map_or(S::Null, S::Real)),
            Value::String(s) => match s {
                Some(s) => Out::Borrowed(R::Text(s.as_bytes())),
                None => Out::Owned(S::Null),
            },
            Value::Char(c) => Out::Owned(c.map_or(S::Null, |c| S::Text(c.to_string()))),
            Value::Bytes(b) => match b {
                Some(b) => Out::Borrowed(R::Blob(b)),
                None => Out::Owned(S::Null),
            },
            Value::Json(j) => Out::Owned(j.as_ref().map_or(S::Null, |j| S::Text(j.to_string()))),
            #[allow(unreachable_patterns)]
            other => {
                return Err(rusqlite::Error::ToSqlConversionFailure(
                    format!("a parameter of a type the readers do not bind: {other:?}").into(),
                ))
            }
        })
    }
}

/// A row read straight into models: the rows of the prebuilt joins (`prebuilt`), as
/// sea-orm's `SelectTwoModel` and `SelectThreeModel` give them. Each column is typed by its
/// entity's own definition of it.
pub trait Typed: Sized {
    /// Where each column of `row`'s statement goes, from its names.
    fn layout(row: &rusqlite::Row<'_>) -> Layout;
    /// The models of `row`, its columns placed by `layout`.
    fn from_row(row: &rusqlite::Row<'_>, layout: &Layout) -> Result<Self, DbErr>;
}

impl<A: Read, B: Read> Typed for (A, Option<B>) {
    fn layout(row: &rusqlite::Row<'_>) -> Layout {
        Layout::of(row, |model, field| match model {
            b'A' => Part::<A>::place(field),
            b'B' => Part::<B>::place(field),
            _ => None,
        })
    }

    fn from_row(row: &rusqlite::Row<'_>, layout: &Layout) -> Result<Self, DbErr> {
        let (mut a, mut b) = (Part::<A>::new(), Part::<B>::new());
        layout.read(row, |model, place, raw| match model {
            b'A' => a.set(place, raw),
            b'B' => b.set(place, raw),
            _ => Err(()),
        })?;
        Ok((required(a.finish()?)?, b.finish()?))
    }
}

impl<A: Read, B: Read, C: Read> Typed for (A, Option<B>, Option<C>) {
    fn layout(row: &rusqlite::Row<'_>) -> Layout {
        Layout::of(row, |model, field| match model {
            b'A' => Part::<A>::place(field),
            b'B' => Part::<B>::place(field),
            b'C' => Part::<C>::place(field),
            _ => None,
        })
    }

    fn from_row(row: &rusqlite::Row<'_>, layout: &Layout) -> Result<Self, DbErr> {
        let (mut a, mut b, mut c) = (Part::<A>::new(), Part::<B>::new(), Part::<C>::new());
        layout.read(row, |model, place, raw| match model {
            b'A' => a.set(place, raw),
            b'B' => b.set(place, raw),
            b'C' => c.set(place, raw),
            _ => Err(()),
        })?;
        Ok((required(a.finish()?)?, b.finish()?, c.finish()?))
    }
}

/// A model that [`Typed`] can read: set field by field through its active model.
pub trait Read: ModelTrait {
    type Active: ActiveModelTrait<Entity = Self::Entity> + TryIntoModel<Self>;
}

impl<M> Read for M
where
    M: ModelTrait,
    <M::Entity as EntityTrait>::ActiveModel: TryIntoModel<M>,
{
    type Active = <M::Entity as EntityTrait>::ActiveModel;
}

/// Where each column of a prebuilt statement's rows goes, in column order: worked out once
/// from the names sea-orm gives the columns of a join (`A_scope`: field `scope` of the first
/// model), so a row is read without its names. `None` is a column of no model of the join.
#[derive(Debug)]
pub struct Layout(Vec<Option<(u8, Place)>>);

/// A column's field: its position among its entity's columns, whether it may be NULL, and
/// the type its field reads.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    column: usize,
    nullable: bool,
    kind: Kind,
}

impl Layout {
    fn of(row: &rusqlite::Row<'_>, place: impl Fn(u8, &str) -> Option<Place>) -> Layout {
        let statement = row.as_ref();
        let places = (0..statement.column_count())
            .map(|i| {
                let name = statement.column_name(i).ok()?;
                match name.as_bytes() {
                    [model, b'_', ..] if model.is_ascii_uppercase() => {
                        Some((*model, place(*model, name.get(2..)?)?))
                    }
                    _ => None,
                }
            })
            .collect();
        Layout(places)
    }

    /// Each column of `row` to its model; a column that fits neither its place nor any model
    /// is an error that names it.
    fn read(
        &self,
        row: &rusqlite::Row<'_>,
        mut each: impl FnMut(u8, Place, rusqlite::types::ValueRef<'_>) -> Result<(), ()>,
    ) -> Result<(), DbErr> {
        let name = |i: usize| row.as_ref().column_name(i).unwrap_or("?").to_owned();
        for (i, place) in self.0.iter().enumerate() {
            let raw = row.get_ref(i).map_err(statement_error)?;
            let Some((model, place)) = place else {
                return Err(DbErr::Type(format!(
                    "column {} is not a field of a model of the join",
                    name(i)
                )));
            };
            if each(*model, *place, raw).is_err() {
                return Err(DbErr::Type(format!(
                    "column {} does not read as its field's type",
                    name(i)
                )));
            }
        }
        Ok(())
    }
}

fn required<M>(model: Option<M>) -> Result<M, DbErr> {
    model.ok_or_else(|| DbErr::Type("a row without its first model".into()))
}

/// One model of a row being read: its active model, and whether a column that may not be
/// NULL was (a left join that found no row: no model, as sea-orm reads it).
struct Part<M: Read> {
    active: M::Active,
    missing: bool,
}

impl<M: Read> Part<M> {
    fn new() -> Self {
        Self {
            active: M::Active::default(),
            missing: false,
        }
    }

    /// The place of `field` among `M`'s columns, typed by the entity's own definition.
    fn place(field: &str) -> Option<Place> {
        use sea_orm::{ColumnTrait, IdenStatic, Iterable};
        let (column, found) = <M::Entity as EntityTrait>::Column::iter()
            .enumerate()
            .find(|(_, c)| c.as_str() == field)?;
        let definition = found.def();
        Some(Place {
            column,
            nullable: definition.is_null(),
            kind: Kind::of_column(definition.get_column_type()),
        })
    }

    fn set(&mut self, place: Place, raw: rusqlite::types::ValueRef<'_>) -> Result<(), ()> {
        use sea_orm::Iterable;
        let column = <M::Entity as EntityTrait>::Column::iter()
            .nth(place.column)
            .ok_or(())?;
        if raw == rusqlite::types::ValueRef::Null && !place.nullable {
            self.missing = true;
            return Ok(());
        }
        let value = place.kind.value(raw, "").map_err(|_| ())?;
        self.active.try_set(column, value).map_err(|_| ())
    }

    fn finish(self) -> Result<Option<M>, DbErr> {
        if self.missing {
            return Ok(None);
        }
        self.active.try_into_model().map(Some)
    }
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
    fn a_column_of_no_field_is_refused_by_its_name() {
        use crate::store::entities::{access_token, client};
        type Joined = (access_token::Model, Option<client::Model>);
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let mut statement = conn
            .prepare("SELECT 'openid' AS A_scope, 1 AS A_nope, 2 AS plain")
            .unwrap();
        let mut rows = statement.query([]).unwrap();
        let row = rows.next().unwrap().unwrap();
        let layout = Joined::layout(row);
        assert!(matches!(layout.0.as_slice(), [Some((b'A', _)), None, None]));
        let err = Joined::from_row(row, &layout).unwrap_err();
        assert!(err.to_string().contains("A_nope"), "{err}");
    }

    #[test]
    fn only_a_capital_and_an_underscore_are_an_alias() {
        assert_eq!(unaliased("B_user_id"), "user_id");
        assert_eq!(unaliased("user_id"), "user_id");
        assert_eq!(unaliased("a_b"), "a_b");
    }
}
