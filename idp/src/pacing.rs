//! Pacing of every message that costs money or reaches a person (SPEC section 5): before an
//! SMS or an e-mail of a paced kind goes out, a minimum interval per recipient and caps per
//! recipient, account, source IP and for the whole deployment are checked, all counted in
//! the database so they hold across nodes. Recipients are keyed by a hash, so addresses
//! without an account are counted exactly like addresses with one.

use crate::error::AppError;
use crate::secret::token_hash;
use crate::state::AppState;
use crate::store;

const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// What is about to be sent.
#[derive(Debug, Clone, Copy)]
pub enum Message<'a> {
    /// A text message of one kind (`sms_enrol`, `sms_login`) to an E.164 number, for an
    /// account. The minimum interval is per number and kind (a sign-in code may follow the
    /// code that confirmed the number at once); the caps count every kind.
    Sms {
        kind: &'a str,
        number: &'a str,
        account: &'a str,
        ip: &'a str,
    },
    /// An e-mail of one kind (`register`, `reset`, `recovery`, `lockout`) to an address.
    Email {
        kind: &'static str,
        address: &'a str,
        ip: &'a str,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paced {
    Go,
    /// A limit is reached: the message can be asked for again after this many seconds.
    Wait {
        retry_after_secs: i64,
    },
}

/// One counter: key, window, most messages in a window.
struct Limit {
    key: String,
    window_secs: i64,
    max: i32,
}

fn limits(state: &AppState, message: &Message<'_>) -> Vec<Limit> {
    let p = &state.config.pacing;
    let limit = |key: String, window_secs: i64, max: i32| Limit {
        key,
        window_secs,
        max,
    };
    match *message {
        Message::Sms {
            kind,
            number,
            account,
            ip,
        } => {
            let to = token_hash(number);
            vec![
                limit(
                    format!("pace:sms:next:{kind}:{to}"),
                    p.sms_min_interval_secs,
                    1,
                ),
                limit(
                    format!("pace:sms:number:{to}"),
                    HOUR,
                    state.config.sms.per_number_per_hour,
                ),
                limit(
                    format!("pace:sms:account:{account}"),
                    DAY,
                    state.config.sms.per_account_per_day,
                ),
                limit(format!("pace:sms:ip:{ip}"), HOUR, p.sms_per_ip_per_hour),
                limit("pace:sms:all".into(), HOUR, p.sms_global_per_hour),
            ]
        }
        Message::Email { kind, address, ip } => {
            let to = token_hash(&store::users::normalise_email(address));
            vec![
                limit(
                    format!("pace:email:{kind}:{to}"),
                    p.email_min_interval_secs,
                    1,
                ),
                limit(
                    format!("pace:email:address:{to}"),
                    HOUR,
                    p.email_per_address_per_hour,
                ),
                limit(format!("pace:email:ip:{ip}"), HOUR, p.email_per_ip_per_hour),
                limit("pace:email:all".into(), HOUR, p.email_global_per_hour),
            ]
        }
    }
}

/// Seconds until `message` could be sent (0: now), without counting anything.
pub async fn wait(state: &AppState, message: &Message<'_>) -> Result<i64, AppError> {
    let now = state.now();
    let mut wait = 0;
    for l in limits(state, message) {
        if l.window_secs <= 0 {
            continue;
        }
        if store::rate_limits::current(&state.db, &l.key, now, l.window_secs).await? >= l.max {
            let retry = store::rate_limits::retry_after(&state.db, &l.key, now, l.window_secs)
                .await?
                .max(1);
            wait = wait.max(retry);
        }
    }
    Ok(wait)
}

/// Checks every limit and, when all allow it, counts the message: `Go` means send it now.
/// The counters are taken in order, the per-recipient interval first, each by one atomic
/// increment that returns its own count: of a burst racing for one place, one request gets
/// it and the others stop at that counter without using up the later ones.
pub async fn pace(state: &AppState, message: &Message<'_>) -> Result<Paced, AppError> {
    let waiting = wait(state, message).await?;
    if waiting > 0 {
        crate::telemetry::paced(message);
        return Ok(Paced::Wait {
            retry_after_secs: waiting,
        });
    }
    let now = state.now();
    for l in limits(state, message) {
        if l.window_secs <= 0 {
            continue;
        }
        if store::rate_limits::hit(&state.db, &l.key, now, l.window_secs).await? > l.max {
            let retry = store::rate_limits::retry_after(&state.db, &l.key, now, l.window_secs)
                .await?
                .max(1);
            crate::telemetry::paced(message);
            return Ok(Paced::Wait {
                retry_after_secs: retry,
            });
        }
    }
    Ok(Paced::Go)
}
