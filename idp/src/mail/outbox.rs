//! The outbox: every e-mail and SMS is written as a row (with what caused it, in the
//! caller's transaction where there is one) and delivered by [`run`], a worker on each node.
//! A worker claims a message before sending it, so two nodes never send one message at
//! once; a failure that may pass (no connection, a 4xx, a gateway's 5xx) is tried again
//! after a doubling wait; a refusal for good (SMTP 5xx, a gateway's 4xx), or the end of the
//! message's time, gives it up: recorded in the audit log, offered to be sent again on the
//! user's next visit (My Account for an e-mail, the code page for an SMS), listed by
//! `idp outbox stuck`. Delivery is at least once: a node that dies after the server took
//! the message but before recording it leaves it to be sent again when its claim lapses.

use super::{Delivery, Message, Sms};
use crate::audit::{self, AuditEvent, Subject};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::outbox::{self as rows, Attempt, NewMessage, OutboxRow};
use crate::store::{self, Conn};
use std::time::Duration;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

/// This node's side of the outbox: its name in claims, and the bell that wakes its worker
/// when it writes a message.
pub struct Outbox {
    node: String,
    wake: Notify,
}

impl Default for Outbox {
    fn default() -> Self {
        Self::new()
    }
}

impl Outbox {
    pub fn new() -> Self {
        Self {
            node: crate::secret::random_token(12).expose().to_owned(),
            wake: Notify::new(),
        }
    }

    /// Wakes this node's worker (after a message was written).
    pub fn wake(&self) {
        self.wake.notify_one();
    }
}

/// What a message is about: its kind (for the audit log and the operator's listing), the
/// account it goes to, and what it refers to (the SMS challenge it carries the code of).
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    pub kind: &'static str,
    pub user_id: Option<&'a str>,
    pub reference: Option<&'a str>,
    /// After this time the message is worthless (the code in it expired).
    pub expires_at: Option<i64>,
}

impl<'a> About<'a> {
    pub fn user(kind: &'static str, user_id: &'a str) -> Self {
        About {
            kind,
            user_id: Some(user_id),
            reference: None,
            expires_at: None,
        }
    }

    /// A message to an address that may or may not be an account's (registration, reset).
    pub fn to_address(kind: &'static str, user_id: Option<&'a str>) -> Self {
        About {
            kind,
            user_id,
            reference: None,
            expires_at: None,
        }
    }
}

/// Writes an e-mail to `to` on `db` (the connection, or the caller's transaction).
pub async fn email(
    state: &AppState,
    db: &impl Conn,
    to: &str,
    message: &Message,
    about: About<'_>,
) -> Result<(), AppError> {
    let new = new_row(
        state,
        "email",
        to,
        &message.subject,
        &message.body,
        message.locale.code,
        about,
    );
    rows::insert(db, new).await?;
    state.outbox.wake();
    Ok(())
}

/// Writes an SMS to `to` (E.164) on `db` (the connection, or the caller's transaction).
pub async fn sms(
    state: &AppState,
    db: &impl Conn,
    to: &str,
    sms: &Sms,
    about: About<'_>,
) -> Result<(), AppError> {
    let segments = crate::sms::segments(&sms.text);
    if segments > 2 {
        tracing::warn!(
            segments,
            "an SMS longer than 2 segments: shorten its text in the catalogue"
        );
    }
    let new = new_row(state, "sms", to, "", &sms.text, sms.locale.code, about);
    rows::insert(db, new).await?;
    state.outbox.wake();
    Ok(())
}

fn new_row<'a>(
    state: &AppState,
    channel: &'a str,
    to: &'a str,
    subject: &'a str,
    body: &'a str,
    lang: &'a str,
    about: About<'a>,
) -> NewMessage<'a> {
    let now = state.now();
    let mut give_up_at = now + state.config.outbox.give_up_secs;
    if let Some(expires_at) = about.expires_at {
        give_up_at = give_up_at.min(expires_at);
    }
    NewMessage {
        id: message_id(),
        channel,
        recipient: to,
        subject,
        body,
        lang,
        kind: about.kind,
        user_id: about.user_id,
        reference: about.reference,
        now,
        give_up_at,
    }
}

/// Ids that sort in the order messages were written (nanoseconds, then randomness), so the
/// dev outbox and the worker take them oldest first.
fn message_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{nanos:024}-{}", crate::secret::random_token(6).expose())
}

/// The worker of this node: delivers what is due, then sleeps until a message is written
/// here, `outbox.poll_ms` passes (another node may have written one), or `shutdown`
/// is cancelled; a message being sent then is finished first.
pub async fn run(state: AppState, shutdown: CancellationToken) {
    let poll = Duration::from_millis(state.config.outbox.poll_ms.max(50));
    loop {
        if shutdown.is_cancelled() {
            break;
        }
        if let Err(e) = deliver_due(&state, Some(&shutdown)).await {
            tracing::warn!(error = %e, "outbox: delivery round failed");
        }
        match rows::depth(&state.db).await {
            Ok(depth) => metrics::gauge!(crate::telemetry::OUTBOX_DEPTH).set(depth as f64),
            Err(e) => tracing::warn!(error = %e, "outbox: depth unknown"),
        }
        tokio::select! {
            _ = state.outbox.wake.notified() => {}
            _ = tokio::time::sleep(poll) => {}
            () = shutdown.cancelled() => {}
        }
    }
    tracing::info!("outbox worker stopped");
}

/// Delivers every message that is due now, one at a time (stopping between two messages
/// when `shutdown` is cancelled). Returns how many this node attempted.
pub async fn deliver_due(
    state: &AppState,
    shutdown: Option<&CancellationToken>,
) -> Result<usize, AppError> {
    let mut attempted = 0;
    loop {
        let now = state.now();
        let due = rows::due(&state.db, now, 32).await?;
        if due.is_empty() {
            return Ok(attempted);
        }
        let mut claimed_any = false;
        for row in due {
            if shutdown.is_some_and(CancellationToken::is_cancelled) {
                return Ok(attempted);
            }
            let now = state.now();
            let until = now + state.config.outbox.claim_secs;
            if !rows::claim(&state.db, &row.id, &state.outbox.node, now, until).await? {
                continue; // another node has it
            }
            claimed_any = true;
            attempted += 1;
            let delivery = match row.channel.as_str() {
                "sms" => state.sms.deliver(&row).await,
                _ => state.mailer.deliver(&row).await,
            };
            record(state, &row, delivery).await?;
        }
        if !claimed_any {
            return Ok(attempted);
        }
    }
}

/// Records what became of one attempt on `row`, which this node holds.
async fn record(state: &AppState, row: &OutboxRow, delivery: Delivery) -> Result<(), AppError> {
    let now = state.now();
    let cfg = &state.config.outbox;
    let node = &state.outbox.node;
    let (outcome, given_up) = match &delivery {
        Delivery::Sent => {
            let attempt = Attempt::Sent {
                keep_body: state.config.dev_mode,
            };
            rows::finish(&state.db, &row.id, node, now, attempt).await?;
            ("sent", None)
        }
        Delivery::Retry(error) if now < row.give_up_at => {
            let wait = backoff(cfg.retry_base_secs, cfg.retry_max_secs, row.attempts);
            let next_at = (now + wait).min(row.give_up_at);
            tracing::warn!(message = %row.id, kind = %row.kind, channel = %row.channel,
                           attempts = row.attempts + 1, retry_in_secs = next_at - now,
                           error = %error, "message not delivered; will try again");
            rows::finish(
                &state.db,
                &row.id,
                node,
                now,
                Attempt::Retry { next_at, error },
            )
            .await?;
            ("retry", None)
        }
        Delivery::Retry(error) => ("failed", Some(("expired", error))),
        Delivery::Refused(error) => ("failed", Some(("refused", error))),
    };
    let channel = row.channel.clone();
    metrics::counter!(crate::telemetry::OUTBOX_DELIVERIES, "channel" => channel, "outcome" => outcome)
        .increment(1);
    let Some((reason, error)) = given_up else {
        return Ok(());
    };
    tracing::error!(message = %row.id, kind = %row.kind, channel = %row.channel,
                    attempts = row.attempts + 1, reason, error = %error, "message given up");
    let tx = store::begin(&state.db).await?;
    if rows::finish(&tx, &row.id, node, now, Attempt::Failed { error }).await? {
        audit::record(
            &tx,
            now,
            &AuditEvent::MessageUndelivered {
                channel: row.channel.clone(),
                kind: row.kind.to_owned(),
                reason,
            },
            Subject {
                user_id: row.user_id.as_deref(),
                ..Subject::default()
            },
        )
        .await?;
        // The code page sees the challenge as not sent and offers a new code.
        if let (Some(challenge), "sms") = (&row.reference, row.channel.as_str()) {
            store::challenges::decide(&tx, challenge, "not_sent", now).await?;
        }
    }
    store::commit(tx).await?;
    Ok(())
}

/// The wait before the attempt after `attempts` failed ones: `base`, doubling, at most `max`.
fn backoff(base: i64, max: i64, attempts: i32) -> i64 {
    let doublings = attempts.clamp(0, 30) as u32;
    base.max(1)
        .saturating_mul(1_i64 << doublings)
        .min(max.max(1))
}

/// The e-mails to this account given up in the last week, for My Account to offer them again.
pub async fn undelivered(state: &AppState, user_id: &str) -> Result<Vec<OutboxRow>, AppError> {
    let since = state.now() - 7 * 24 * 3600;
    Ok(rows::undelivered_email(&state.db, user_id, since).await?)
}

/// Puts a given-up e-mail of `user_id` back in line ("Send again"). `false` when it is not
/// theirs or not given up.
pub async fn send_again(state: &AppState, user_id: &str, id: &str) -> Result<bool, AppError> {
    let Some(row) = rows::find(&state.db, id).await? else {
        return Ok(false);
    };
    if row.user_id.as_deref() != Some(user_id) || row.state != rows::FAILED {
        return Ok(false);
    }
    let now = state.now();
    let again = rows::retry(&state.db, id, now, now + state.config.outbox.give_up_secs).await?;
    state.outbox.wake();
    Ok(again)
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn the_wait_doubles_from_the_base_up_to_the_maximum() {
        assert_eq!(backoff(5, 600, 0), 5);
        assert_eq!(backoff(5, 600, 1), 10);
        assert_eq!(backoff(5, 600, 4), 80);
        assert_eq!(backoff(5, 600, 7), 600);
        assert_eq!(backoff(5, 600, i32::MAX), 600);
        assert_eq!(backoff(0, 0, 3), 1);
    }
}
