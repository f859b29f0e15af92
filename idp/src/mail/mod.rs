//! Outgoing e-mail. Every message (e-mail or SMS) is first a row of the outbox table
//! (`outbox`: written with what caused it, delivered by a worker on each node, retried,
//! given up and audited); [`Mailer`] hands an e-mail to the SMTP server (lettre) and, in dev
//! mode, writes a copy of every delivered message as one JSON file in the outbox folder.
//! The texts are in `messages`.

pub mod html;
pub mod messages;
pub mod outbox;

pub use messages::{Message, Sms};

use crate::config::Config;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::outbox::OutboxRow;
use crate::store::users::User;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use messages::Change;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct OutboxEntry {
    pub channel: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The language of the message (its BCP 47 code); empty in entries written before it was
    /// recorded.
    #[serde(default)]
    pub lang: String,
    pub created_at: i64,
    /// `waiting`, `sent` or `failed` (the outbox table's state; empty in a dev copy written
    /// before it was recorded).
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub attempts: i32,
    #[serde(default)]
    pub last_error: Option<String>,
}

pub struct Mailer {
    smtp: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
    /// The name in the header of the HTML part.
    brand: String,
    outbox: Option<PathBuf>,
    sequence: AtomicU64,
}

impl Mailer {
    pub fn from_config(config: &Config) -> Result<Self, AppError> {
        let smtp = match &config.smtp.url {
            Some(url) => Some(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| AppError::Mail(format!("smtp.url: {e}")))?
                    // Well within the outbox's claim on the message (`outbox.claim_secs`).
                    .timeout(Some(Duration::from_secs(30)))
                    .build(),
            ),
            None => None,
        };
        let brand = config.brand();
        let from = match config.smtp.from.as_deref() {
            Some(from) => from
                .parse::<Mailbox>()
                .map_err(|e| AppError::Mail(format!("smtp.from: {e}")))?,
            None => Mailbox::new(
                Some(brand.clone()),
                "no-reply@localhost"
                    .parse()
                    .map_err(|e| AppError::Mail(format!("smtp.from: {e}")))?,
            ),
        };
        let outbox = config.dev_mode.then(|| config.outbox_dir());
        if smtp.is_none() && outbox.is_none() {
            tracing::warn!(
                "no smtp.url configured and dev mode is off: every e-mail will be given up"
            );
        }
        Ok(Self {
            smtp,
            from,
            brand,
            outbox,
            sequence: AtomicU64::new(0),
        })
    }

    /// Hands one e-mail to the SMTP server and, in dev mode, puts a copy in the dev outbox
    /// folder once delivered. Without `smtp.url` the copy is the delivery, and outside dev
    /// mode the message is refused (given up, audited, offered again once configured).
    /// Called by the outbox worker only: the provider's code writes a message with
    /// [`outbox::email`].
    pub async fn deliver(&self, row: &OutboxRow) -> Delivery {
        if self.smtp.is_none() && self.outbox.is_none() {
            return Delivery::Refused("no smtp.url configured".into());
        }
        if let Some(smtp) = &self.smtp {
            let mail = match self.compose(row) {
                Ok(mail) => mail,
                Err(e) => return Delivery::Refused(e),
            };
            match smtp.send(mail).await {
                Ok(_) => tracing::info!(message = %row.id, kind = %row.kind, "e-mail sent"),
                // 5xx: the server will not take this message (unknown mailbox, refused
                // address); anything else (4xx, no connection, a timeout) may pass later.
                Err(e) if e.is_permanent() => return Delivery::Refused(e.to_string()),
                Err(e) => return Delivery::Retry(e.to_string()),
            }
        }
        self.write_dev_copy(row).await
    }

    /// Whether delivered messages are also copied to the dev outbox folder (dev mode).
    pub fn keeps_dev_copies(&self) -> bool {
        self.outbox.is_some()
    }

    fn compose(&self, row: &OutboxRow) -> Result<lettre::Message, String> {
        let to: Mailbox = row
            .recipient
            .parse()
            .map_err(|e| format!("recipient {}: {e}", row.recipient))?;
        lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&row.subject)
            .multipart(lettre::message::MultiPart::alternative_plain_html(
                row.body.clone(),
                html::render(&row.lang, &self.brand, &row.subject, &row.body),
            ))
            .map_err(|e| e.to_string())
    }

    /// In dev mode, a delivered message (e-mail or SMS) as one JSON file in the outbox folder,
    /// the folder a developer or an end-to-end test reads like a mailbox. A copy that cannot
    /// be written is a delivery to try again.
    pub(crate) async fn write_dev_copy(&self, row: &OutboxRow) -> Delivery {
        let Some(dir) = &self.outbox else {
            return Delivery::Sent;
        };
        let entry = OutboxEntry {
            state: crate::store::outbox::SENT.into(),
            attempts: row.attempts + 1,
            ..OutboxEntry::from(row)
        };
        match self.write_entry(dir, entry).await {
            Ok(()) => Delivery::Sent,
            Err(e) => Delivery::Retry(format!("dev outbox {}: {e}", dir.display())),
        }
    }

    async fn write_entry(&self, dir: &std::path::Path, entry: OutboxEntry) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(&entry)?;
        tokio::fs::create_dir_all(dir).await?;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let seq = self.sequence.fetch_add(1, Ordering::Relaxed);
        let name = format!("{nanos:024}-{seq:06}-{}.json", entry.channel);
        let tmp = dir.join(format!(".{name}.tmp"));
        tokio::fs::write(&tmp, json).await?;
        tokio::fs::rename(&tmp, dir.join(name)).await
    }
}

/// What became of one attempt to hand a message over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// Not now (server unreachable, busy, a temporary refusal): try again later.
    Retry(String),
    /// Refused for good: trying again would not help.
    Refused(String),
}

impl From<&OutboxRow> for OutboxEntry {
    fn from(row: &OutboxRow) -> Self {
        OutboxEntry {
            channel: row.channel.clone(),
            to: row.recipient.clone(),
            subject: row.subject.clone(),
            body: row.body.clone(),
            lang: row.lang.clone(),
            created_at: row.created_at,
            state: row.state.clone(),
            attempts: row.attempts,
            last_error: row.last_error.clone(),
        }
    }
}

/// Tells the owner by e-mail, in the account's language, that something changed on the
/// account (SPEC section 5: every change is told).
pub async fn notify(state: &AppState, user: &User, change: Change) -> Result<(), AppError> {
    let locale = crate::i18n::of_account(&user.language);
    outbox::email(
        state,
        &state.db,
        &user.email,
        &messages::account_changed(locale, &state.brand, user, &change),
        outbox::About::user("account_changed", &user.id),
    )
    .await
}
