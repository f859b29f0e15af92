//! Internal errors. Their details go to the log, never to a client: `http::errors` renders
//! them as a plain 500, or 503 with `Retry-After` while the database is unreachable.

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

impl AppError {
    /// Whether the database was out of reach (a 503 the client may retry, not a defect).
    pub fn is_unavailable(&self) -> bool {
        matches!(self, AppError::Store(e) if e.is_unavailable())
    }
}
