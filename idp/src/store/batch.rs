//! Group commit (issue 18, decisions 0041 and 0044). Under load dozens of token requests
//! wait at once for the same single SQLite connection, each paying hand-offs to the database
//! thread (a thread switch each way), its statements and a commit. Here the writes of one
//! kind queue for one writer task per node, which takes everything queued (up to
//! [`MAX_ROWS`]) and writes it in one transaction with one statement per table. Each request
//! is answered only after that commit, so a token a client received survives `kill -9`
//! exactly as before. A batch the database refuses (a row referring to a client or grant
//! removed a moment ago) is written again job by job, so only the job at fault fails.
//!
//! On PostgreSQL each writer has a connection of its own, without sqlx's pings
//! ([`super::postgres_writer`], decision 0061). A batch whose connection was lost may or may
//! not have committed (its `COMMIT`, or its one statement, may have been lost on the way
//! back). It is written again on a new connection, `again`, in a way that is right either
//! way: an insert keeps a row stored already (every key is new and random, so only the lost
//! attempt could have stored it), and a redemption takes a code or refresh token marked used
//! by one of its own access tokens for its own first use (decisions 0062 and 0063).
//!
//! Three kinds: [`AccessToken`] alone (`client_credentials`), [`Authorization`], a grant and
//! its code (the authorization endpoint), and [`Redemption`], a code or refresh token used
//! once with the tokens it yields.

use super::entities::{authorization_code, grant, refresh_token};
use super::postgres_readers::PostgresReaders;
use super::postgres_writer::{PostgresWriter, ATTEMPTS, IDLE};
use super::prebuilt::{json_error, json_rows, postgres_insert_sql, Duplicates, PrebuiltInsert};
use super::tokens::{AccessToken, AuthorizationCode, RefreshToken};
use super::{Db, StoreError};
use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, EntityTrait, ExecResult, ModelTrait, QueryResult, Statement,
    TransactionTrait,
};
use std::collections::HashSet;
use std::future::Future;
use std::sync::{Arc, OnceLock};
use tokio::sync::{mpsc, oneshot};

/// The most jobs of one batch (an access token has seven columns, so a batch's `INSERT` stays
/// far below SQLite's variable limit).
pub const MAX_ROWS: usize = 64;

/// What a group commit writes: one job per request.
pub trait Job: Send + Sync + Sized + 'static {
    /// What the request learns once its job is committed.
    type Done: Send + 'static;
    /// The label of `idp_token_batch_rows`.
    const KIND: &'static str;

    /// Writes every job of `batch`: one answer per job, in order. What a failed write leaves
    /// committed is completed by writing the batch, or its jobs one by one, again (a
    /// redemption's marks on PostgreSQL); otherwise it is one transaction. `again`: the
    /// batch is written again after a lost connection, whose attempt may have committed; the
    /// answers must then be those of that attempt, or of this one if it did not commit.
    fn write(
        target: &Target,
        batch: &[Self],
        again: bool,
    ) -> impl Future<Output = Result<Vec<Self::Done>, StoreError>> + Send;
}

type Reply<J> = oneshot::Sender<Result<<J as Job>::Done, StoreError>>;

/// This node's writer of one kind of job. Its task starts with the first job and ends when
/// the writer is dropped.
pub struct GroupCommit<J: Job> {
    db: Db,
    /// On PostgreSQL, where the writer's own connection comes from.
    postgres: Option<Arc<PostgresReaders>>,
    queue: OnceLock<mpsc::UnboundedSender<(J, Reply<J>)>>,
}

impl<J: Job> GroupCommit<J> {
    /// A writer through `db`, or on PostgreSQL through a connection of its own opened with
    /// the options of `postgres`, whose statements its hook is told of.
    pub fn new(db: Db, postgres: Option<Arc<PostgresReaders>>) -> Self {
        Self {
            db,
            postgres,
            queue: OnceLock::new(),
        }
    }

    /// Writes `job`, committed together with the others queued at the same moment.
    pub async fn submit(&self, job: J) -> Result<J::Done, StoreError> {
        let queue = self.queue.get_or_init(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            let target = match &self.postgres {
                Some(readers) => Target::Postgres(PostgresWriter::new(readers.clone())),
                None => Target::Pool(self.db.clone()),
            };
            tokio::spawn(write_batches::<J>(target, rx));
            tx
        });
        let (reply, answer) = oneshot::channel();
        if let Err(mpsc::error::SendError((job, _))) = queue.send((job, reply)) {
            // The task is gone with the runtime that started it (a test's): nothing of this
            // job was written, so it is written here.
            return write_one(&Target::Pool(self.db.clone()), &job, false).await;
        }
        answer.await.unwrap_or_else(|_| {
            Err(StoreError::Unavailable(DbErr::Custom(
                "the group commit writer stopped".into(),
            )))
        })
    }
}

async fn write_batches<J: Job>(target: Target, mut queue: mpsc::UnboundedReceiver<(J, Reply<J>)>) {
    let mut batch = Vec::with_capacity(MAX_ROWS);
    loop {
        // `recv_many` is cancel safe: a timeout takes nothing off the queue.
        let Ok(received) = tokio::time::timeout(IDLE, queue.recv_many(&mut batch, MAX_ROWS)).await
        else {
            target.close().await;
            continue;
        };
        if received == 0 {
            break;
        }
        let (jobs, replies): (Vec<_>, Vec<_>) = batch.drain(..).unzip();
        crate::telemetry::token_batch(J::KIND, jobs.len());
        let (result, again) = write_retrying(&target, &jobs).await;
        match result {
            Ok(done) => {
                for (reply, done) in replies.into_iter().zip(done) {
                    let _ = reply.send(Ok(done));
                }
            }
            Err(e) if e.is_unavailable() || jobs.len() == 1 => {
                let lost = e.is_unavailable();
                let message = e.to_string();
                for reply in replies {
                    let _ = reply.send(Err(shared(lost, &message)));
                }
            }
            Err(_) => {
                for (job, reply) in jobs.iter().zip(replies) {
                    let _ = reply.send(write_one(&target, job, again).await);
                }
            }
        }
    }
    target.close().await;
}

/// Writes `jobs`, and again on a new connection while the connection is lost, [`ATTEMPTS`]
/// times at most. Also whether the last attempt was written again.
async fn write_retrying<J: Job>(
    target: &Target,
    jobs: &[J],
) -> (Result<Vec<J::Done>, StoreError>, bool) {
    let mut again = false;
    let mut attempt = 1;
    loop {
        let result = write_and_finish(target, jobs, again).await;
        let Err(e) = &result else {
            return (result, again);
        };
        if attempt == ATTEMPTS || !target.lost_connection().await {
            return (result, again);
        }
        tracing::warn!(error = %e, kind = J::KIND, attempt, "a batch is written again on a new connection");
        again = true;
        attempt += 1;
    }
}

/// Writes `jobs` once; a transaction the write left open (it failed midway) is rolled back.
async fn write_and_finish<J: Job>(
    target: &Target,
    jobs: &[J],
    again: bool,
) -> Result<Vec<J::Done>, StoreError> {
    let result = J::write(target, jobs, again).await;
    target.finish().await;
    result
}

async fn write_one<J: Job>(target: &Target, job: &J, again: bool) -> Result<J::Done, StoreError> {
    write_and_finish(target, std::slice::from_ref(job), again)
        .await?
        .pop()
        .ok_or_else(|| StoreError::Db(DbErr::Custom("a job without an answer".into())))
}

/// One batch's error, told to each of its requests.
fn shared(lost: bool, message: &str) -> StoreError {
    let e = DbErr::Custom(message.to_owned());
    if lost {
        StoreError::Unavailable(e)
    } else {
        StoreError::Db(e)
    }
}

/// Where a group commit writes.
pub enum Target {
    /// The main pool: SQLite's one connection (never pinged, decision 0045), or an in-memory
    /// database.
    Pool(Db),
    /// A PostgreSQL connection of the writer's own.
    Postgres(PostgresWriter),
}

impl Target {
    async fn begin(&self) -> Result<BatchTx<'_>, DbErr> {
        match self {
            Target::Pool(db) => Ok(BatchTx::Pool(db.begin().await?)),
            Target::Postgres(writer) => {
                writer.begin().await?;
                Ok(BatchTx::Postgres(writer))
            }
        }
    }

    /// After a batch: what it left open is rolled back.
    async fn finish(&self) {
        if let Target::Postgres(writer) = self {
            writer.finish().await;
        }
    }

    /// Whether the last statement lost its connection. Not when no connection could be
    /// opened (the next would not be either), and never on SQLite, whose connection is not
    /// lost as a network one is (busy past its timeout is unavailable, and waiting longer
    /// is the caller's choice).
    async fn lost_connection(&self) -> bool {
        match self {
            Target::Pool(_) => false,
            Target::Postgres(writer) => writer.lost_connection().await,
        }
    }

    async fn close(&self) {
        if let Target::Postgres(writer) = self {
            writer.close().await;
        }
    }

    fn conn(&self) -> &(dyn ConnectionTrait + Sync) {
        match self {
            Target::Pool(db) => db,
            Target::Postgres(writer) => writer,
        }
    }
}

/// A batch's transaction.
enum BatchTx<'a> {
    Pool(sea_orm::DatabaseTransaction),
    Postgres(&'a PostgresWriter),
}

impl BatchTx<'_> {
    async fn commit(self) -> Result<(), DbErr> {
        match self {
            BatchTx::Pool(tx) => tx.commit().await,
            BatchTx::Postgres(writer) => writer.commit().await,
        }
    }

    fn conn(&self) -> &(dyn ConnectionTrait + Sync) {
        match self {
            BatchTx::Pool(tx) => tx,
            BatchTx::Postgres(writer) => *writer,
        }
    }
}

/// Statements of a batch go to its target's connection, or into its transaction.
macro_rules! delegate_connection {
    ($($type:ty),*) => {$(
        #[async_trait::async_trait]
        impl ConnectionTrait for $type {
            fn get_database_backend(&self) -> DbBackend {
                self.conn().get_database_backend()
            }

            async fn execute(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
                self.conn().execute(stmt).await
            }

            async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
                self.conn().execute_unprepared(sql).await
            }

            async fn query_one(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
                self.conn().query_one(stmt).await
            }

            async fn query_all(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
                self.conn().query_all(stmt).await
            }
        }
    )*};
}

delegate_connection!(Target, BatchTx<'_>);

/// A stand-alone access token (`client_credentials`): one multi-row `INSERT` per batch.
impl Job for AccessToken {
    type Done = ();
    const KIND: &'static str = "client_credentials";

    async fn write(target: &Target, batch: &[Self], again: bool) -> Result<Vec<()>, StoreError> {
        let rows = batch.iter().collect::<Vec<_>>();
        insert_access(target, &rows, Duplicates::when_again(again)).await?;
        Ok(vec![(); batch.len()])
    }
}

/// Access tokens, one multi-row `INSERT` whose SQL is kept per row count (none: nothing).
async fn insert_access(
    db: &impl ConnectionTrait,
    rows: &[&AccessToken],
    duplicates: Duplicates,
) -> Result<(), DbErr> {
    static SQL: PrebuiltInsert<MAX_ROWS> = PrebuiltInsert::new();
    SQL.insert(db, rows, duplicates).await
}

/// A grant and its single-use code, issued by the authorization endpoint: one multi-row
/// `INSERT` per table and batch, in one transaction.
#[derive(Debug)]
pub struct Authorization {
    pub grant: grant::Model,
    pub code: AuthorizationCode,
}

impl Job for Authorization {
    type Done = ();
    const KIND: &'static str = "authorization";

    async fn write(target: &Target, batch: &[Self], again: bool) -> Result<Vec<()>, StoreError> {
        static GRANTS: PrebuiltInsert<MAX_ROWS> = PrebuiltInsert::new();
        static CODES: PrebuiltInsert<MAX_ROWS> = PrebuiltInsert::new();
        let duplicates = Duplicates::when_again(again);
        let grants = batch.iter().map(|a| &a.grant).collect::<Vec<_>>();
        let codes = batch.iter().map(|a| &a.code).collect::<Vec<_>>();
        if let Target::Postgres(writer) = target {
            static SQL: OnceLock<[String; 2]> = OnceLock::new();
            insert_two(writer, &SQL, &grants, &codes, duplicates).await?;
            return Ok(vec![(); batch.len()]);
        }
        let tx = target.begin().await?;
        GRANTS.insert(&tx, &grants, duplicates).await?;
        CODES.insert(&tx, &codes, duplicates).await?;
        tx.commit().await?;
        Ok(vec![(); batch.len()])
    }
}

/// Rows of two tables in one statement on PostgreSQL, so one round trip: the first
/// table's `INSERT` as a `WITH` of the second's. A row of the second that refers to one of
/// the first finds it: references are checked at the end of the statement. `sql` keeps the
/// statement of the two tables, per [`Duplicates`]. No rows of a table insert none.
async fn insert_two<A: ModelTrait, B: ModelTrait>(
    writer: &PostgresWriter,
    sql: &OnceLock<[String; 2]>,
    first: &[&A],
    second: &[&B],
    duplicates: Duplicates,
) -> Result<(), DbErr> {
    if first.is_empty() && second.is_empty() {
        return Ok(());
    }
    let [refuse, skip] = sql.get_or_init(|| {
        let sql = |duplicates: Duplicates| {
            let first = postgres_insert_sql::<A>(1);
            let second = postgres_insert_sql::<B>(2);
            format!(
                "WITH written AS ({}) {}",
                duplicates.apply(&first),
                duplicates.apply(&second)
            )
        };
        [sql(Duplicates::Refuse), sql(Duplicates::Skip)]
    });
    let sql = match duplicates {
        Duplicates::Refuse => refuse,
        Duplicates::Skip => skip,
    };
    let values = vec![json_rows(first)?.into(), json_rows(second)?.into()];
    writer
        .execute(Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql.as_str(),
            values,
        ))
        .await?;
    Ok(())
}

/// What is used once.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Used {
    /// An authorization code, by its hash.
    Code(String),
    /// A refresh token, by its hash (rotation).
    Refresh(String),
}

/// A code or refresh token used once, and the tokens issued for it: written only if this is
/// its first use. Its answer is whether it was (a second use, earlier or in the same batch,
/// is `false`: a replay).
#[derive(Debug)]
pub struct Redemption {
    pub used: Used,
    pub at: i64,
    pub access: AccessToken,
    pub refresh: Option<RefreshToken>,
}

impl Job for Redemption {
    type Done = bool;
    const KIND: &'static str = "code_or_refresh";

    /// A row not used yet is marked used by the job's access token (the first job naming
    /// it, when a batch names it twice), and so is a row this batch marked already, in an
    /// attempt whose connection was lost. Then the access and refresh tokens of the first
    /// uses are stored.
    ///
    /// On PostgreSQL all of it is one statement, one round trip and one commit (decision
    /// 0063): written again, a batch whose lost attempt committed finds its marks as its
    /// own and its tokens stored already. On SQLite it is one transaction: one conditional
    /// `UPDATE ... RETURNING` per kind of used token, then one multi-row `INSERT` per table.
    async fn write(target: &Target, batch: &[Self], again: bool) -> Result<Vec<bool>, StoreError> {
        let duplicates = Duplicates::when_again(again);
        let first_uses = match target {
            Target::Postgres(writer) => redeem(writer, batch, duplicates).await?,
            Target::Pool(_) => {
                let tx = target.begin().await?;
                let first_uses = mark_used(&tx, batch).await?;
                let (access, refresh) = issued(batch, &first_uses);
                insert_access(&tx, &access, duplicates).await?;
                static REFRESH: PrebuiltInsert<MAX_ROWS> = PrebuiltInsert::new();
                REFRESH.insert(&tx, &refresh, duplicates).await?;
                tx.commit().await?;
                first_uses
            }
        };
        Ok(batch
            .iter()
            .map(|r| first_uses.contains(&r.access.token_hash))
            .collect())
    }
}

/// A redemption batch on PostgreSQL in one statement: the `UPDATE`s that mark the codes and
/// refresh tokens as the `WITH`s of the `INSERT`s of the first uses' tokens. Each kind of
/// used token is named once, by the first job naming it; the tokens of a job are stored if
/// its access token's key came back from a mark. The keys of the access tokens of the first
/// uses.
async fn redeem(
    writer: &PostgresWriter,
    batch: &[Redemption],
    duplicates: Duplicates,
) -> Result<HashSet<String>, DbErr> {
    static SQL: OnceLock<[String; 2]> = OnceLock::new();
    let [refuse, skip] = SQL.get_or_init(|| {
        [
            redemption_sql(Duplicates::Refuse),
            redemption_sql(Duplicates::Skip),
        ]
    });
    let sql = match duplicates {
        Duplicates::Refuse => refuse,
        Duplicates::Skip => skip,
    };
    /// A row of `$1`.
    #[derive(serde::Serialize)]
    struct Use<'a> {
        code: Option<&'a str>,
        refresh: Option<&'a str>,
        access_key: &'a str,
    }
    let mut named = HashSet::with_capacity(batch.len());
    let mut uses = batch
        .iter()
        .filter(|job| named.insert(&job.used))
        .map(|job| {
            let (code, refresh) = match &job.used {
                Used::Code(hash) => (Some(hash.as_str()), None),
                Used::Refresh(hash) => (None, Some(hash.as_str())),
            };
            Use {
                code,
                refresh,
                access_key: &job.access.token_hash,
            }
        })
        .collect::<Vec<_>>();
    // In key order, so that every batch locks the rows it marks in the same order: two nodes
    // redeeming the same two codes at once then wait for each other instead of deadlocking.
    uses.sort_unstable_by_key(|u| (u.code, u.refresh));
    let at = batch.iter().map(|r| r.at).max().unwrap_or_default();
    let access = batch.iter().map(|r| &r.access).collect::<Vec<_>>();
    let (refresh, refresh_access): (Vec<_>, Vec<_>) = batch
        .iter()
        .filter_map(|r| Some((r.refresh.as_ref()?, &r.access.token_hash)))
        .unzip();
    let values = vec![
        serde_json::to_string(&uses).map_err(json_error)?.into(),
        at.into(),
        json_rows(&access)?.into(),
        json_rows(&refresh)?.into(),
        serde_json::to_string(&refresh_access)
            .map_err(json_error)?
            .into(),
    ];
    let statement = Statement::from_sql_and_values(DbBackend::Postgres, sql.as_str(), values);
    writer
        .query_all(statement)
        .await?
        .iter()
        .map(|row| row.try_get_by_index::<String>(0))
        .collect()
}

/// The statement of [`redeem`] (public for the test of its plan): `$1` the uses (`code` or
/// `refresh`, and `access_key`), `$2` the time of use, `$3` the access tokens, `$4` the
/// refresh tokens and `$5` the keys of their access tokens, in their order. The `INSERT`s
/// see the marks through the `UPDATE`s' `RETURNING`, as `first_uses`, which the statement
/// returns.
pub fn redemption_sql(duplicates: Duplicates) -> String {
    use sea_orm::IdenStatic;
    fn mark_sql<E: EntityTrait>((key, used_at, used_by): Marks<E::Column>, kind: &str) -> String {
        let entity = E::default();
        let (table, key, used_at, used_by) = (
            entity.table_name(),
            key.as_str(),
            used_at.as_str(),
            used_by.as_str(),
        );
        // The `ANY` finds the rows by their index whichever way the join is planned: a
        // plan made while the table was small would otherwise read all of it into a hash.
        format!(
            "UPDATE \"{table}\" AS t SET \"{used_at}\" = $2, \"{used_by}\" = u.access_key \
             FROM uses AS u WHERE t.\"{key}\" = u.{kind} \
             AND t.\"{key}\" = ANY(ARRAY(SELECT {kind} FROM uses)) \
             AND (t.\"{used_at}\" IS NULL OR t.\"{used_by}\" = u.access_key) \
             RETURNING u.access_key"
        )
    }
    let codes = mark_sql::<authorization_code::Entity>(CODE_MARKS, "code");
    let refreshes = mark_sql::<refresh_token::Entity>(REFRESH_MARKS, "refresh");
    let first = "IN (SELECT access_key FROM first_uses)";
    let access = format!(
        "{} WHERE \"token_hash\" {first}",
        postgres_insert_sql::<AccessToken>(3)
    );
    let refresh = format!(
        "{} WITH ORDINALITY \
         JOIN json_array_elements_text($5::json) WITH ORDINALITY AS issued(access_key, n) \
         ON issued.n = ordinality WHERE issued.access_key {first}",
        postgres_insert_sql::<RefreshToken>(4)
    );
    let (access, refresh) = (duplicates.apply(&access), duplicates.apply(&refresh));
    format!(
        "WITH uses AS (SELECT * FROM json_to_recordset($1::json) \
         AS u(code text, refresh text, access_key text)), \
         codes AS ({codes}), refreshes AS ({refreshes}), \
         first_uses AS (SELECT access_key FROM codes UNION ALL SELECT access_key FROM refreshes), \
         access_stored AS ({access}), refresh_stored AS ({refresh}) \
         SELECT access_key FROM first_uses"
    )
}

/// The columns that mark a row used: its key, the time of its use and the access token its
/// first use issued.
type Marks<C> = (C, C, C);

/// What marks a code used.
const CODE_MARKS: Marks<authorization_code::Column> = (
    authorization_code::Column::CodeHash,
    authorization_code::Column::ConsumedAt,
    authorization_code::Column::ConsumedBy,
);

/// What marks a refresh token used.
const REFRESH_MARKS: Marks<refresh_token::Column> = (
    refresh_token::Column::TokenHash,
    refresh_token::Column::UsedAt,
    refresh_token::Column::UsedBy,
);

/// Marks the codes and refresh tokens of `batch` used, each by the access token of the first
/// job naming it: the keys of the access tokens whose jobs are first uses.
async fn mark_used(
    db: &impl ConnectionTrait,
    batch: &[Redemption],
) -> Result<HashSet<String>, DbErr> {
    let at = batch.iter().map(|r| r.at).max().unwrap_or_default();
    let (mut codes, mut refreshes) = (Vec::new(), Vec::new());
    for job in batch {
        let by = job.access.token_hash.as_str();
        match &job.used {
            Used::Code(hash) => codes.push((hash.as_str(), by)),
            Used::Refresh(hash) => refreshes.push((hash.as_str(), by)),
        }
    }
    let mut first_uses = HashSet::new();
    first_uses.extend(mark::<authorization_code::Entity>(db, CODE_MARKS, &codes, at).await?);
    first_uses.extend(mark::<refresh_token::Entity>(db, REFRESH_MARKS, &refreshes, at).await?);
    Ok(first_uses)
}

/// One `UPDATE` of `E` for `uses` (the key of a row, the access token that uses it), by the
/// row's key, the time of its use and what it was used by: the access tokens of the first
/// uses, which a row used by another is not.
async fn mark<E: EntityTrait>(
    db: &impl ConnectionTrait,
    (key, used_at, used_by): Marks<E::Column>,
    uses: &[(&str, &str)],
    at: i64,
) -> Result<Vec<String>, DbErr> {
    use sea_orm::sea_query::{CaseStatement, Condition, Expr, Query};
    if uses.is_empty() {
        return Ok(Vec::new());
    }
    let by = uses.iter().fold(CaseStatement::new(), |by, (row, access)| {
        by.case(Expr::col(key).eq(*row), *access)
    });
    let update = Query::update()
        .table(E::default())
        .value(used_at, at)
        .value(used_by, by)
        .and_where(Expr::col(key).is_in(uses.iter().map(|(row, _)| *row)))
        .cond_where(
            Condition::any()
                .add(Expr::col(used_at).is_null())
                .add(Expr::col(used_by).is_in(uses.iter().map(|(_, access)| *access))),
        )
        .returning_col(used_by)
        .to_owned();
    let statement = db.get_database_backend().build(&update);
    db.query_all(statement)
        .await?
        .iter()
        .map(|row| row.try_get_by_index::<String>(0))
        .collect()
}

/// The access and refresh tokens of the jobs of `batch` that are first uses.
fn issued<'a>(
    batch: &'a [Redemption],
    first_uses: &HashSet<String>,
) -> (Vec<&'a AccessToken>, Vec<&'a RefreshToken>) {
    let first = || {
        batch
            .iter()
            .filter(|r| first_uses.contains(&r.access.token_hash))
    };
    let access = first().map(|r| &r.access).collect();
    let refresh = first().filter_map(|r| r.refresh.as_ref()).collect();
    (access, refresh)
}
