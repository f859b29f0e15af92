//! `idp keys list|rotate|retire`.

use crate::state::AppState;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    /// List keys with their state.
    List,
    /// Publish a new key now; it signs after the publish lead, and the old key stays
    /// published until the tokens it signed have expired.
    Rotate {
        #[arg(long, value_parser = ["ES256", "RS256", "EdDSA"])]
        alg: Option<String>,
    },
    /// Stop using and publishing a key at once (compromise).
    Retire {
        /// A kid is a base64url thumbprint, which may begin with `-`.
        #[arg(allow_hyphen_values = true)]
        kid: String,
    },
}

pub async fn run(state: AppState, cmd: KeysCommand) -> anyhow::Result<()> {
    match cmd {
        KeysCommand::List => {
            let now = state.now();
            let records = state.signer.records().await?;
            let plan = keys::plan(now, &records);
            for r in records {
                let status = if plan.signing.as_deref() == Some(&r.kid) {
                    "signing"
                } else if plan.published.contains(&r.kid) {
                    "published"
                } else {
                    "retired"
                };
                println!(
                    "{}\t{}\t{}\tactivates {}\tretires {}",
                    r.kid,
                    r.alg,
                    status,
                    r.activate_at,
                    r.retire_at
                        .map(|t| t.to_string())
                        .unwrap_or_else(|| "-".into())
                );
            }
        }
        KeysCommand::Rotate { alg } => {
            let alg = alg
                .map(|a| a.parse())
                .transpose()
                .map_err(|_| anyhow::anyhow!("unknown algorithm"))?;
            let kid = state.signer.rotate(alg).await?;
            println!("{kid}");
        }
        KeysCommand::Retire { kid } => {
            if !state.signer.retire(&kid).await? {
                anyhow::bail!("no key {kid}");
            }
            println!("retired {kid}");
        }
    }
    Ok(())
}
