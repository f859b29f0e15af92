//! Internal errors. Their details go to the log, never to a client: `http::errors` renders
//! them as a plain 500 (or 503 while the database is unreachable).

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("signing keys: {0}")]
    Keys(#[from] keys::KeyError),
    #[error("mail: {0}")]
    Mail(String),
    #[error("{0}")]
    Internal(String),
}
