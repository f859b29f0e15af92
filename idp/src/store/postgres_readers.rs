//! PostgreSQL reads without a ping before or after them (issue 18, decision 0049).
//!
//! sqlx's pool pings a PostgreSQL connection before lending it (`test_before_acquire`, which
//! the main pool keeps, decision 0045) and again when it comes back, so a point read through
//! it was three round trips to PostgreSQL, two of them pings. These readers keep connections
//! of their own and send only the statement:
//!
//! - A connection lost while idle (a restart, a failover, `pg_terminate_backend`) shows as
//!   the read failing with a lost connection. A read is a statement outside any
//!   transaction, so it is run again on a new connection, and every idle connection is
//!   closed (what ended one has usually ended all). A read fails, a 503, only when
//!   [`ATTEMPTS`] connections in a row are lost or none can be opened.
//! - A read cancelled mid-statement (its client went away) drops its connection, so no
//!   connection is lent again with half an answer unread.
//! - Each connection is read-only (`default_transaction_read_only`): a write sent through
//!   one fails instead of committing outside the transaction it belongs to.
//! - At most [`MAX`] connections are open. A read waits [`ACQUIRE_WAIT`] for one, then it is
//!   a 503. Idle ones close after [`IDLE`], any after [`LIFETIME`].
//! - Statements are prepared once per connection and kept (sqlx's statement cache), as on
//!   the main pool, and planned once (`plan_cache_mode = force_generic_plan`): PostgreSQL
//!   would otherwise plan each execution of a read with a `LIMIT` or an array parameter
//!   anew, because its generic plan's estimate looks dearer, and planning the join of a
//!   token with its grant and user cost more than running it.
//! - An access token's reads (introspection, userinfo) wait for each other under load and
//!   go as one statement ([`super::coalesce`], decision 0057):
//!   [`PostgresReaders::access_tokens`].

use super::coalesce::Coalesced;
use super::idle::Idle;
use super::sqlite_readers::OnStatement;
use super::tokens::{access_key, AccessRow};
use sea_orm::sea_query::Values;
use sea_orm::sqlx::postgres::{PgConnectOptions, PgConnection, PgQueryResult, PgRow};
use sea_orm::sqlx::{self, Connection as _, Executor as _};
use sea_orm::{
    ConnAcquireErr, ConnectionTrait, DbBackend, DbErr, ExecResult, QueryResult, RuntimeErr,
    Statement,
};
use sea_query_binder::SqlxValues;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// The most connections open at once, beside the main pool's 16: a read holds one for one
/// round trip only.
pub const MAX: usize = 8;
/// How long an unused connection stays open.
pub const IDLE: Duration = Duration::from_secs(30);
/// How long a connection is used at most: it is closed when it comes back after that.
pub const LIFETIME: Duration = Duration::from_secs(30 * 60);
/// How long a read waits for a connection: a free one, or a new one to open.
pub const ACQUIRE_WAIT: Duration = Duration::from_secs(10);
/// How many connections a read tries when each is found lost.
pub const ATTEMPTS: usize = 3;

pub(super) struct Open {
    pub(super) conn: PgConnection,
    pub(super) opened: Instant,
}

/// The read connections to one PostgreSQL database.
pub struct PostgresReaders {
    options: PgConnectOptions,
    /// The main pool's options, for the group commit's writers
    /// ([`super::postgres_writer`]), which find rows by key only.
    writes: PgConnectOptions,
    /// The writers' connections, counted.
    pub(super) writers: super::postgres_writer::WriterUsage,
    idle: Idle<Open>,
    slots: tokio::sync::Semaphore,
    on_statement: OnceLock<OnStatement>,
    /// The reads of an access token with its grant and user (introspection, userinfo), which
    /// wait for each other under load.
    pub access_tokens: Arc<Coalesced<AccessRow>>,
}

impl std::fmt::Debug for PostgresReaders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresReaders").finish_non_exhaustive()
    }
}

/// What a read (or a writer, [`super::postgres_writer`]) sends.
#[derive(Clone, Copy)]
pub(super) enum Op<'a> {
    One(&'a Statement),
    All(&'a Statement),
    Execute(&'a Statement),
    Unprepared(&'a str),
    /// A statement whose one parameter is a text array.
    Keys(&'a str, &'a [String]),
}

/// What it gets back.
pub(super) enum Outcome {
    One(Option<PgRow>),
    All(Vec<PgRow>),
    Done(PgQueryResult),
}

/// The answer as sea-orm's `ConnectionTrait` gives it, for the `Op` sent.
impl Outcome {
    pub(super) fn done(self) -> Result<ExecResult, DbErr> {
        match self {
            Outcome::Done(done) => Ok(done.into()),
            _ => Err(unexpected()),
        }
    }

    pub(super) fn one(self) -> Result<Option<QueryResult>, DbErr> {
        match self {
            Outcome::One(row) => Ok(row.map(QueryResult::from)),
            _ => Err(unexpected()),
        }
    }

    pub(super) fn all(self) -> Result<Vec<QueryResult>, DbErr> {
        match self {
            Outcome::All(rows) => Ok(rows.into_iter().map(QueryResult::from).collect()),
            _ => Err(unexpected()),
        }
    }
}

impl PostgresReaders {
    /// Readers with the main pool's connection options, read-only; none is opened before
    /// the first read. With a runtime at hand, a task closes idle connections every
    /// [`IDLE`] until the readers are dropped.
    pub fn new(options: &PgConnectOptions) -> Arc<Self> {
        let readers = Arc::new(Self {
            // A writer's statements insert, or update by key, and check references by key.
            // PostgreSQL keeps the plan it made on a statement's fifth run; made while a
            // table was small, a sequential scan, which it would keep as the table grows
            // (decision 0062).
            writes: options.clone().options([("enable_seqscan", "off")]),
            writers: Default::default(),
            options: options.clone().options([
                ("default_transaction_read_only", "on"),
                // Every read here is by key: the generic plan is the right one, and
                // PostgreSQL otherwise plans each execution anew (decision 0057).
                ("plan_cache_mode", "force_generic_plan"),
            ]),
            idle: Idle::new(),
            slots: tokio::sync::Semaphore::new(MAX),
            on_statement: OnceLock::new(),
            access_tokens: Arc::new(Coalesced::new(access_key)),
        });
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(super::idle::close_stale_every(
                Arc::downgrade(&readers),
                |readers: &Self| &readers.idle,
                IDLE,
                close,
            ));
        }
        readers
    }

    /// Also tell `f` of every read (tests count them). Set once; a second `f` is ignored.
    pub fn on_statement(&self, f: OnStatement) {
        let _ = self.on_statement.set(f);
    }

    /// Open connections: idle, and reading now.
    pub fn usage(&self) -> super::PoolUsage {
        self.idle.usage()
    }

    /// The open connections of the group commit writers made from these readers.
    pub fn writers_usage(&self) -> super::PoolUsage {
        self.writers.usage()
    }

    /// The rows of `sql`, whose one parameter (`$1`) is bound to `keys` as a text array.
    pub async fn by_keys(&self, sql: &str, keys: &[String]) -> Result<Vec<QueryResult>, DbErr> {
        self.run(Op::Keys(sql, keys)).await?.all()
    }

    /// Reads waiting for a statement of theirs under way (`coalesce`).
    pub fn waiting(&self) -> usize {
        self.access_tokens.waiting()
    }

    async fn run(&self, op: Op<'_>) -> Result<Outcome, DbErr> {
        let started = Instant::now();
        let result = self.attempts(&op).await;
        self.report(&op, started.elapsed(), result.is_err());
        result
    }

    /// Tells the metrics, and the hook of [`PostgresReaders::on_statement`], of a statement
    /// that took `elapsed`.
    pub(super) fn report(&self, op: &Op<'_>, elapsed: Duration, failed: bool) {
        crate::telemetry::db_query(elapsed);
        if let Some(hook) = self.on_statement.get() {
            let unprepared;
            let statement = match *op {
                Op::One(s) | Op::All(s) | Op::Execute(s) => s,
                Op::Unprepared(sql) | Op::Keys(sql, _) => {
                    unprepared = Statement::from_string(DbBackend::Postgres, sql);
                    &unprepared
                }
            };
            hook(&sea_orm::metric::Info {
                elapsed,
                statement,
                failed,
            });
        }
    }

    async fn attempts(&self, op: &Op<'_>) -> Result<Outcome, DbErr> {
        let Ok(Ok(_slot)) = tokio::time::timeout(ACQUIRE_WAIT, self.slots.acquire()).await else {
            return Err(DbErr::ConnectionAcquire(ConnAcquireErr::Timeout));
        };
        let _lent = self.idle.lend();
        let mut lost = None;
        for attempt in 0..ATTEMPTS {
            // The first attempt takes the connection that came back last; after a lost one,
            // only a new connection is tried.
            let idle = if attempt == 0 { self.idle.take() } else { None };
            let mut open = match idle {
                Some(open) => open,
                None => self.open().await?,
            };
            match send(&mut open.conn, op).await {
                Ok(outcome) => {
                    self.give_back(open);
                    return Ok(outcome);
                }
                Err(e) => {
                    let e = DbErr::Query(RuntimeErr::SqlxError(e));
                    if !super::connection_lost(&e) {
                        // The statement failed, not the connection.
                        self.give_back(open);
                        return Err(e);
                    }
                    tracing::warn!(error = %e, attempt, "a PostgreSQL read connection was lost; reading on a new one");
                    drop(open);
                    drop(self.idle.take_all());
                    lost = Some(e);
                }
            }
        }
        Err(lost.unwrap_or(DbErr::ConnectionAcquire(ConnAcquireErr::ConnectionClosed)))
    }

    async fn open(&self) -> Result<Open, DbErr> {
        open(&self.options).await
    }

    /// A new connection with the main pool's options, for a writer.
    pub(super) async fn open_for_writes(&self) -> Result<Open, DbErr> {
        open(&self.writes).await
    }

    fn give_back(&self, open: Open) {
        if open.opened.elapsed() >= LIFETIME {
            tokio::spawn(close(vec![open]));
        } else {
            self.idle.give_back(open);
        }
    }
}

async fn open(options: &PgConnectOptions) -> Result<Open, DbErr> {
    let conn = tokio::time::timeout(ACQUIRE_WAIT, PgConnection::connect_with(options))
        .await
        .map_err(|_| DbErr::ConnectionAcquire(ConnAcquireErr::Timeout))?
        .map_err(|e| DbErr::Conn(RuntimeErr::SqlxError(e)))?;
    Ok(Open {
        conn,
        opened: Instant::now(),
    })
}

pub(super) async fn send(conn: &mut PgConnection, op: &Op<'_>) -> Result<Outcome, sqlx::Error> {
    let values = |s: &Statement| SqlxValues(s.values.clone().unwrap_or(Values(Vec::new())));
    Ok(match op {
        Op::One(s) => Outcome::One(
            sqlx::query_with(&s.sql, values(s))
                .fetch_optional(&mut *conn)
                .await?,
        ),
        Op::All(s) => Outcome::All(
            sqlx::query_with(&s.sql, values(s))
                .fetch_all(&mut *conn)
                .await?,
        ),
        Op::Execute(s) => Outcome::Done(
            sqlx::query_with(&s.sql, values(s))
                .execute(&mut *conn)
                .await?,
        ),
        Op::Unprepared(sql) => Outcome::Done(conn.execute(*sql).await?),
        Op::Keys(sql, keys) => {
            Outcome::All(sqlx::query(sql).bind(*keys).fetch_all(&mut *conn).await?)
        }
    })
}

fn unexpected() -> DbErr {
    DbErr::Custom("a PostgreSQL statement answered with another kind of result".into())
}

#[async_trait::async_trait]
impl ConnectionTrait for PostgresReaders {
    fn get_database_backend(&self) -> DbBackend {
        DbBackend::Postgres
    }

    async fn execute(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.run(Op::Execute(&stmt)).await?.done()
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.run(Op::Unprepared(sql)).await?.done()
    }

    async fn query_one(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.run(Op::One(&stmt)).await?.one()
    }

    async fn query_all(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.run(Op::All(&stmt)).await?.all()
    }
}

/// Ends connections as a client should (a `Terminate` message), ignoring those already gone.
pub(super) async fn close(connections: Vec<Open>) {
    for open in connections {
        let _ = open.conn.close().await;
    }
}
