//! Group commit of access tokens that stand alone (issue 18, decision 0041). A
//! `client_credentials` token is one row written outside any other transaction; under load
//! dozens of them wait at once for the same single SQLite connection, each paying the
//! hand-off to the database thread and a commit. Here they queue for one writer task, which
//! takes everything queued (up to [`MAX_ROWS`]) and writes it as one multi-row `INSERT`, one
//! transaction. Each request is answered only after that commit, so a token a client
//! received survives `kill -9` exactly as before. A batch the database refuses for one of its
//! rows (a client removed a moment ago) is written again row by row, so only that row fails.

use super::entities::access_token;
use super::tokens::AccessToken;
use super::{Db, StoreError};
use sea_orm::{DbErr, EntityTrait, IntoActiveModel};
use std::sync::OnceLock;
use tokio::sync::{mpsc, oneshot};

/// The most rows of one `INSERT` (seven columns each: far below SQLite's variable limit).
pub const MAX_ROWS: usize = 64;

type Reply = oneshot::Sender<Result<(), StoreError>>;

/// This node's writer of stand-alone access tokens. Its task starts with the first token
/// and ends when the writer is dropped.
#[derive(Default)]
pub struct AccessTokenWriter {
    queue: OnceLock<mpsc::UnboundedSender<(AccessToken, Reply)>>,
}

impl AccessTokenWriter {
    /// Stores `token`, committed together with the others queued at the same moment.
    pub async fn insert(&self, db: &Db, token: AccessToken) -> Result<(), StoreError> {
        let queue = self.queue.get_or_init(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            tokio::spawn(write_batches(db.clone(), rx));
            tx
        });
        let (reply, answer) = oneshot::channel();
        if let Err(mpsc::error::SendError((token, _))) = queue.send((token, reply)) {
            // The task is gone with the runtime that started it (a test's): nothing of this
            // token was written, so it is written here.
            return super::tokens::insert_access(db, token).await;
        }
        answer.await.unwrap_or_else(|_| {
            Err(StoreError::Unavailable(DbErr::Custom(
                "the token writer stopped".into(),
            )))
        })
    }
}

async fn write_batches(db: Db, mut queue: mpsc::UnboundedReceiver<(AccessToken, Reply)>) {
    let mut batch = Vec::with_capacity(MAX_ROWS);
    while queue.recv_many(&mut batch, MAX_ROWS).await > 0 {
        let (tokens, replies): (Vec<_>, Vec<_>) = batch.drain(..).unzip();
        crate::telemetry::token_batch(tokens.len());
        match insert_all(&db, tokens.clone()).await {
            Ok(()) => {
                for reply in replies {
                    let _ = reply.send(Ok(()));
                }
            }
            Err(e) if e.is_unavailable() || tokens.len() == 1 => {
                let lost = e.is_unavailable();
                let message = e.to_string();
                for reply in replies {
                    let _ = reply.send(Err(shared(lost, &message)));
                }
            }
            Err(_) => {
                for (token, reply) in tokens.into_iter().zip(replies) {
                    let _ = reply.send(super::tokens::insert_access(&db, token).await);
                }
            }
        }
    }
}

async fn insert_all(db: &Db, tokens: Vec<AccessToken>) -> Result<(), StoreError> {
    access_token::Entity::insert_many(tokens.into_iter().map(IntoActiveModel::into_active_model))
        .exec_without_returning(db)
        .await?;
    Ok(())
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
