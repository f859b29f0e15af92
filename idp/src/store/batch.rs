//! Group commit (issue 18, decisions 0041 and 0044). Under load dozens of token requests
//! wait at once for the same single SQLite connection, each paying hand-offs to the database
//! thread (a thread switch each way), its statements and a commit. Here the writes of one
//! kind queue for one writer task per node, which takes everything queued (up to
//! [`MAX_ROWS`]) and writes it in one transaction with one statement per table. Each request
//! is answered only after that commit, so a token a client received survives `kill -9`
//! exactly as before. A batch the database refuses (a row referring to a client or grant
//! removed a moment ago) is written again job by job, so only the job at fault fails.
//!
//! Three kinds: [`AccessToken`] alone (`client_credentials`), [`Authorization`], a grant and
//! its code (the authorization endpoint), and [`Redemption`], a code or refresh token used
//! once with the tokens it yields.

use super::entities::{authorization_code, grant, refresh_token};
use super::prebuilt::PrebuiltInsert;
use super::tokens::{AccessToken, AuthorizationCode, RefreshToken};
use super::{Conn, Db, StoreError};
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, TransactionTrait};
use std::collections::HashSet;
use std::future::Future;
use std::sync::OnceLock;
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

    /// Writes every job of `batch` in one transaction, or none: one answer per job, in order.
    fn write(
        db: &Db,
        batch: &[Self],
    ) -> impl Future<Output = Result<Vec<Self::Done>, StoreError>> + Send;
}

type Reply<J> = oneshot::Sender<Result<<J as Job>::Done, StoreError>>;

/// This node's writer of one kind of job. Its task starts with the first job and ends when
/// the writer is dropped.
pub struct GroupCommit<J: Job> {
    queue: OnceLock<mpsc::UnboundedSender<(J, Reply<J>)>>,
}

impl<J: Job> Default for GroupCommit<J> {
    fn default() -> Self {
        Self {
            queue: OnceLock::new(),
        }
    }
}

impl<J: Job> GroupCommit<J> {
    /// Writes `job`, committed together with the others queued at the same moment.
    pub async fn submit(&self, db: &Db, job: J) -> Result<J::Done, StoreError> {
        let queue = self.queue.get_or_init(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            tokio::spawn(write_batches::<J>(db.clone(), rx));
            tx
        });
        let (reply, answer) = oneshot::channel();
        if let Err(mpsc::error::SendError((job, _))) = queue.send((job, reply)) {
            // The task is gone with the runtime that started it (a test's): nothing of this
            // job was written, so it is written here.
            return write_one(db, &job).await;
        }
        answer.await.unwrap_or_else(|_| {
            Err(StoreError::Unavailable(DbErr::Custom(
                "the group commit writer stopped".into(),
            )))
        })
    }
}

async fn write_batches<J: Job>(db: Db, mut queue: mpsc::UnboundedReceiver<(J, Reply<J>)>) {
    let mut batch = Vec::with_capacity(MAX_ROWS);
    while queue.recv_many(&mut batch, MAX_ROWS).await > 0 {
        let (jobs, replies): (Vec<_>, Vec<_>) = batch.drain(..).unzip();
        crate::telemetry::token_batch(J::KIND, jobs.len());
        match J::write(&db, &jobs).await {
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
                    let _ = reply.send(write_one(&db, job).await);
                }
            }
        }
    }
}

async fn write_one<J: Job>(db: &Db, job: &J) -> Result<J::Done, StoreError> {
    J::write(db, std::slice::from_ref(job))
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

/// A stand-alone access token (`client_credentials`): one multi-row `INSERT` per batch.
impl Job for AccessToken {
    type Done = ();
    const KIND: &'static str = "client_credentials";

    async fn write(db: &Db, batch: &[Self]) -> Result<Vec<()>, StoreError> {
        insert_access(db, &batch.iter().collect::<Vec<_>>()).await?;
        Ok(vec![(); batch.len()])
    }
}

/// Access tokens, one multi-row `INSERT` whose SQL is kept per row count (none: nothing).
async fn insert_access(db: &impl Conn, rows: &[&AccessToken]) -> Result<(), DbErr> {
    static SQL: PrebuiltInsert<MAX_ROWS> = PrebuiltInsert::new();
    SQL.insert(db, rows).await
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

    async fn write(db: &Db, batch: &[Self]) -> Result<Vec<()>, StoreError> {
        static GRANTS: PrebuiltInsert<MAX_ROWS> = PrebuiltInsert::new();
        static CODES: PrebuiltInsert<MAX_ROWS> = PrebuiltInsert::new();
        let tx = db.begin().await?;
        GRANTS
            .insert(&tx, &batch.iter().map(|a| &a.grant).collect::<Vec<_>>())
            .await?;
        CODES
            .insert(&tx, &batch.iter().map(|a| &a.code).collect::<Vec<_>>())
            .await?;
        tx.commit().await?;
        Ok(vec![(); batch.len()])
    }
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

    /// One transaction: one conditional `UPDATE ... RETURNING` per kind of used token (its
    /// single use: a row already used is not returned), then the access and refresh tokens of
    /// the first uses, one multi-row `INSERT` each.
    async fn write(db: &Db, batch: &[Self]) -> Result<Vec<bool>, StoreError> {
        let at = batch.iter().map(|r| r.at).max().unwrap_or_default();
        let (mut codes, mut refreshes) = (Vec::new(), Vec::new());
        for job in batch {
            match &job.used {
                Used::Code(hash) => codes.push(hash.as_str()),
                Used::Refresh(hash) => refreshes.push(hash.as_str()),
            }
        }
        let tx = db.begin().await?;
        let mut first_uses = HashSet::new();
        if !codes.is_empty() {
            let used = authorization_code::Entity::update_many()
                .col_expr(authorization_code::Column::ConsumedAt, at.into())
                .filter(authorization_code::Column::CodeHash.is_in(codes))
                .filter(authorization_code::Column::ConsumedAt.is_null())
                .exec_with_returning(&tx)
                .await?;
            first_uses.extend(used.into_iter().map(|c| Used::Code(c.code_hash)));
        }
        if !refreshes.is_empty() {
            let used = refresh_token::Entity::update_many()
                .col_expr(refresh_token::Column::UsedAt, at.into())
                .filter(refresh_token::Column::TokenHash.is_in(refreshes))
                .filter(refresh_token::Column::UsedAt.is_null())
                .exec_with_returning(&tx)
                .await?;
            first_uses.extend(used.into_iter().map(|t| Used::Refresh(t.token_hash)));
        }
        // A token named twice in one batch was updated once: the first job has it.
        let redeemed: Vec<bool> = batch.iter().map(|r| first_uses.remove(&r.used)).collect();
        let issued = || {
            batch
                .iter()
                .zip(&redeemed)
                .filter(|(_, ok)| **ok)
                .map(|(r, _)| r)
        };
        insert_access(&tx, &issued().map(|r| &r.access).collect::<Vec<_>>()).await?;
        let refresh: Vec<_> = issued().filter_map(|r| r.refresh.as_ref()).collect();
        static REFRESH: PrebuiltInsert<MAX_ROWS> = PrebuiltInsert::new();
        REFRESH.insert(&tx, &refresh).await?;
        tx.commit().await?;
        Ok(redeemed)
    }
}
