//! A PostgreSQL connection of a group commit writer's own (issue 18, decision 0061).
//!
//! Through sqlx's pool a batch paid two pings beside its statements: one before the pool
//! lent it a connection (`test_before_acquire`, decision 0045) and one when the connection
//! came back. Each writer of [`super::batch`] keeps one connection instead, as the readers
//! do ([`super::postgres_readers`]), and sends only `BEGIN`, its statements and `COMMIT`
//! (a batch of `client_credentials` tokens is one `INSERT`, with no transaction around it).
//!
//! - A lost connection (a restart, a failover, `pg_terminate_backend`) shows as a statement
//!   failing with it ([`PostgresWriter::lost_connection`]); the connection is dropped, and
//!   the next statement opens a new one. [`super::batch`] then writes the batch again, in a
//!   way that is right whether or not a lost `COMMIT` (or statement outside a transaction)
//!   committed.
//! - A batch that failed midway leaves its transaction open: [`PostgresWriter::finish`]
//!   rolls it back before the next batch.
//! - A connection older than [`LIFETIME`] is closed and replaced between batches, and the
//!   writer closes its connection after [`IDLE`] without a batch.

use super::postgres_readers::{self, Op, Open, Outcome, PostgresReaders};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, ExecResult, QueryResult, RuntimeErr, Statement};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;
use std::time::Instant;

pub use super::postgres_readers::{ATTEMPTS, IDLE, LIFETIME};

/// The writers' connections to one database, for `idp_db_pool_connections{pool="writers"}`.
#[derive(Debug, Default)]
pub struct WriterUsage {
    open: AtomicUsize,
    in_use: AtomicUsize,
}

impl WriterUsage {
    /// Open connections: between statements, and sending one now.
    pub fn usage(&self) -> super::PoolUsage {
        let open = self.open.load(Relaxed);
        let in_use = self.in_use.load(Relaxed).min(open);
        super::PoolUsage {
            idle: open - in_use,
            in_use,
        }
    }
}

/// Counts a step in [`WriterUsage::in_use`] until dropped (a cancelled one too).
struct Sending<'a>(&'a AtomicUsize);

impl<'a> Sending<'a> {
    fn new(in_use: &'a AtomicUsize) -> Self {
        in_use.fetch_add(1, Relaxed);
        Self(in_use)
    }
}

impl Drop for Sending<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Relaxed);
    }
}

/// One writer's connection, opened with the main pool's options on its first statement.
pub struct PostgresWriter {
    /// Where the options and the statement hook come from.
    readers: Arc<PostgresReaders>,
    slot: tokio::sync::Mutex<Slot>,
}

#[derive(Default)]
struct Slot {
    open: Option<Open>,
    /// A transaction was begun on `open` and has not ended.
    in_transaction: bool,
    /// The last step lost its connection.
    lost: bool,
}

/// What the writer sends.
enum Step<'a> {
    Begin,
    Commit,
    Rollback,
    /// A statement of the batch: counted, and timed in `idp_db_query_duration_seconds`.
    Statement(Op<'a>),
}

impl PostgresWriter {
    pub fn new(readers: Arc<PostgresReaders>) -> Self {
        Self {
            readers,
            slot: tokio::sync::Mutex::new(Slot::default()),
        }
    }

    pub async fn begin(&self) -> Result<(), DbErr> {
        self.run(Step::Begin).await.map(drop)
    }

    pub async fn commit(&self) -> Result<(), DbErr> {
        self.run(Step::Commit).await.map(drop)
    }

    /// Ends a batch: rolls back the transaction it left open when it failed midway. A
    /// connection lost meanwhile is dropped; there is nothing left to roll back on it.
    pub async fn finish(&self) {
        if self.slot.lock().await.in_transaction {
            let _ = self.run(Step::Rollback).await;
        }
    }

    /// Whether the last step lost its connection: it failed without an answer. Not when it
    /// failed for another reason or no connection could be opened for it.
    pub async fn lost_connection(&self) -> bool {
        self.slot.lock().await.lost
    }

    /// Closes the connection, if one is open, as a client should (a `Terminate` message).
    pub async fn close(&self) {
        let open = {
            let mut slot = self.slot.lock().await;
            slot.in_transaction = false;
            slot.open.take()
        };
        if let Some(open) = open {
            self.forget();
            postgres_readers::close(vec![open]).await;
        }
    }

    /// Stops counting a connection closed or lost.
    fn forget(&self) {
        self.readers.writers.open.fetch_sub(1, Relaxed);
    }

    async fn run(&self, step: Step<'_>) -> Result<Outcome, DbErr> {
        let _sending = Sending::new(&self.readers.writers.in_use);
        let mut guard = self.slot.lock().await;
        let slot = &mut *guard;
        slot.lost = false;
        let between_batches = !slot.in_transaction;
        let open = match slot.open.take() {
            Some(open) if between_batches && open.opened.elapsed() >= LIFETIME => {
                self.forget();
                postgres_readers::close(vec![open]).await;
                None
            }
            open => open,
        };
        let mut open = match open {
            Some(open) => open,
            None => {
                slot.in_transaction = false;
                let open = self.readers.open_for_writes().await?;
                self.readers.writers.open.fetch_add(1, Relaxed);
                open
            }
        };
        let op = match &step {
            Step::Begin => Op::Unprepared("BEGIN"),
            Step::Commit => Op::Unprepared("COMMIT"),
            Step::Rollback => Op::Unprepared("ROLLBACK"),
            Step::Statement(op) => *op,
        };
        let started = Instant::now();
        let result = postgres_readers::send(&mut open.conn, &op).await;
        if let Step::Statement(op) = &step {
            self.readers.report(op, started.elapsed(), result.is_err());
        }
        match result {
            Ok(outcome) => {
                slot.in_transaction = match step {
                    Step::Begin => true,
                    Step::Commit | Step::Rollback => false,
                    Step::Statement(_) => slot.in_transaction,
                };
                slot.open = Some(open);
                Ok(outcome)
            }
            Err(e) => {
                let e = DbErr::Query(RuntimeErr::SqlxError(e));
                if super::connection_lost(&e) {
                    tracing::warn!(error = %e, "a PostgreSQL write connection was lost");
                    drop(open);
                    self.forget();
                    slot.in_transaction = false;
                    slot.lost = true;
                } else {
                    // The statement failed, not the connection. A transaction stays open
                    // (aborted) until `finish`; one whose `COMMIT` failed has ended.
                    if matches!(step, Step::Commit | Step::Rollback) {
                        slot.in_transaction = false;
                    }
                    slot.open = Some(open);
                }
                Err(e)
            }
        }
    }

    async fn statement(&self, op: Op<'_>) -> Result<Outcome, DbErr> {
        self.run(Step::Statement(op)).await
    }
}

impl Drop for PostgresWriter {
    fn drop(&mut self) {
        if self.slot.get_mut().open.is_some() {
            self.forget();
        }
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for PostgresWriter {
    fn get_database_backend(&self) -> DbBackend {
        DbBackend::Postgres
    }

    async fn execute(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.statement(Op::Execute(&stmt)).await?.done()
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.statement(Op::Unprepared(sql)).await?.done()
    }

    async fn query_one(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.statement(Op::One(&stmt)).await?.one()
    }

    async fn query_all(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.statement(Op::All(&stmt)).await?.all()
    }
}
