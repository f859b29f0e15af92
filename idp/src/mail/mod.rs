//! Outgoing e-mail through SMTP (lettre), and in dev mode a copy of every message (e-mail
//! and SMS) as one JSON file in the outbox folder. The texts are in `messages`.

pub mod html;
pub mod messages;

pub use messages::{Message, Sms};

use crate::config::Config;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::users::User;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use messages::Change;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

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
                "no smtp.url configured and dev mode is off: e-mails will not be delivered"
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

    pub fn outbox_dir(&self) -> Option<&PathBuf> {
        self.outbox.as_ref()
    }

    /// Sends `message` to `to` and waits for the mail server.
    #[tracing::instrument(skip_all, fields(to = %to, subject = %message.subject))]
    pub async fn send(&self, to: &str, message: &Message, now: i64) -> Result<(), AppError> {
        self.write_mail(to, message, now).await?;
        self.deliver(to, message).await
    }

    /// Sends an English text given as subject and body (for tools and tests; the provider's
    /// own mail is a [`Message`] in its recipient's language).
    pub async fn send_email(
        &self,
        to: &str,
        subject: &str,
        body: &str,
        now: i64,
    ) -> Result<(), AppError> {
        let message = Message {
            subject: subject.to_owned(),
            body: body.to_owned(),
            locale: crate::i18n::ENGLISH,
        };
        self.send(to, &message, now).await
    }

    /// Sends an e-mail without making the request wait for the mail server: the dev outbox
    /// copy is written now, SMTP delivery happens in the background and a failure is logged.
    /// For the paths that must answer alike whether or not an account exists (registration,
    /// reset, lockout), so neither the time taken nor a mail-server failure tells them apart.
    #[tracing::instrument(skip_all, fields(to = %to, subject = %message.subject))]
    pub async fn send_in_background(
        self: &std::sync::Arc<Self>,
        to: &str,
        message: &Message,
        now: i64,
    ) -> Result<(), AppError> {
        self.write_mail(to, message, now).await?;
        if self.smtp.is_none() {
            return Ok(());
        }
        let (mailer, to, message) = (self.clone(), to.to_owned(), message.clone());
        tokio::spawn(async move {
            if let Err(e) = mailer.deliver(&to, &message).await {
                tracing::error!(error = %e, subject = %message.subject, "e-mail not delivered");
            }
        });
        Ok(())
    }

    async fn deliver(&self, to: &str, message: &Message) -> Result<(), AppError> {
        let Some(smtp) = &self.smtp else {
            return Ok(());
        };
        let mail = lettre::Message::builder()
            .from(self.from.clone())
            .to(to
                .parse()
                .map_err(|e| AppError::Mail(format!("recipient {to}: {e}")))?)
            .subject(&message.subject)
            .multipart(lettre::message::MultiPart::alternative_plain_html(
                message.body.clone(),
                html::render(
                    message.locale.code,
                    &self.brand,
                    &message.subject,
                    &message.body,
                ),
            ))
            .map_err(|e| AppError::Mail(e.to_string()))?;
        smtp.send(mail)
            .await
            .map_err(|e| AppError::Mail(e.to_string()))?;
        tracing::info!("e-mail sent");
        Ok(())
    }

    /// Writes an e-mail to the dev outbox (no-op outside dev mode).
    async fn write_mail(&self, to: &str, message: &Message, now: i64) -> Result<(), AppError> {
        self.write_entry(OutboxEntry {
            channel: "email".into(),
            to: to.into(),
            subject: message.subject.clone(),
            body: message.body.clone(),
            lang: message.locale.code.into(),
            created_at: now,
        })
        .await
    }

    /// Writes an SMS to the dev outbox (no-op outside dev mode).
    pub async fn write_sms(&self, to: &str, sms: &Sms, now: i64) -> Result<(), AppError> {
        self.write_entry(OutboxEntry {
            channel: "sms".into(),
            to: to.into(),
            subject: String::new(),
            body: sms.text.clone(),
            lang: sms.locale.code.into(),
            created_at: now,
        })
        .await
    }

    /// Writes one message to the dev outbox (no-op outside dev mode).
    async fn write_entry(&self, entry: OutboxEntry) -> Result<(), AppError> {
        let Some(dir) = &self.outbox else {
            return Ok(());
        };
        let channel = entry.channel.clone();
        let json =
            serde_json::to_vec_pretty(&entry).map_err(|e| AppError::Internal(e.to_string()))?;
        tokio::fs::create_dir_all(dir)
            .await
            .map_err(|e| AppError::Mail(format!("outbox {}: {e}", dir.display())))?;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let seq = self.sequence.fetch_add(1, Ordering::Relaxed);
        let name = format!("{nanos:024}-{seq:06}-{channel}.json");
        let tmp = dir.join(format!(".{name}.tmp"));
        tokio::fs::write(&tmp, json)
            .await
            .map_err(|e| AppError::Mail(e.to_string()))?;
        tokio::fs::rename(&tmp, dir.join(name))
            .await
            .map_err(|e| AppError::Mail(e.to_string()))?;
        Ok(())
    }
}

/// Tells the owner by e-mail, in the account's language, that something changed on the
/// account (SPEC section 5: every change is told).
pub async fn notify(state: &AppState, user: &User, change: Change) -> Result<(), AppError> {
    let locale = crate::i18n::of_account(&user.language);
    state
        .mailer
        .send(
            &user.email,
            &messages::account_changed(locale, &state.brand, user, &change),
            state.now(),
        )
        .await
}

/// Reads the outbox, oldest first.
pub fn read_outbox(dir: &std::path::Path) -> Vec<OutboxEntry> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    names
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|b| serde_json::from_slice(&b).ok())
        .collect()
}
