//! `idp outbox stuck|retry`: the operator's view of messages that did not go out.

use crate::state::AppState;
use crate::store::outbox as rows;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum OutboxCommand {
    /// List the messages given up, and those waiting after a failed attempt: id, state,
    /// channel, kind, recipient, attempts, last error.
    Stuck {
        /// One JSON object per line instead of tab-separated columns.
        #[arg(long)]
        json: bool,
    },
    /// Put stuck messages back in line now (their time to give up starts again).
    Retry {
        /// The messages' ids, as `stuck` lists them.
        ids: Vec<String>,
        /// Every stuck message.
        #[arg(long, conflicts_with = "ids")]
        all: bool,
    },
}

pub async fn run(state: AppState, cmd: OutboxCommand) -> anyhow::Result<()> {
    match cmd {
        OutboxCommand::Stuck { json } => {
            for row in rows::stuck(&state.db).await? {
                if json {
                    println!(
                        "{}",
                        serde_json::json!({
                            "id": row.id, "state": row.state, "channel": row.channel,
                            "kind": row.kind, "to": row.recipient, "attempts": row.attempts,
                            "created_at": row.created_at, "next_attempt_at": row.next_attempt_at,
                            "last_error": row.last_error,
                        })
                    );
                } else {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        row.id,
                        row.state,
                        row.channel,
                        row.kind,
                        row.recipient,
                        row.attempts,
                        row.last_error.as_deref().unwrap_or("-")
                    );
                }
            }
        }
        OutboxCommand::Retry { ids, all } => {
            let ids = if all {
                rows::stuck(&state.db)
                    .await?
                    .into_iter()
                    .map(|r| r.id)
                    .collect()
            } else if ids.is_empty() {
                anyhow::bail!("name the messages to retry, or --all");
            } else {
                ids
            };
            let now = state.now();
            let give_up_at = now + state.config.outbox.give_up_secs;
            let mut missing = Vec::new();
            for id in &ids {
                if rows::retry(&state.db, id, now, give_up_at).await? {
                    println!("{id}\twaiting");
                } else {
                    missing.push(id.as_str());
                }
            }
            if !missing.is_empty() {
                anyhow::bail!(
                    "not stuck (unknown, sent, or being sent): {}",
                    missing.join(", ")
                );
            }
        }
    }
    Ok(())
}
