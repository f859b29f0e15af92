//! The `idp` command line: serve, demo, migrate, keys, client, user.

pub mod access;
pub mod client;
pub mod demo;
mod keys_cmd;
mod outbox_cmd;
mod serve;
pub mod user;

use crate::clock::SystemClock;
use crate::config::Config;
use crate::state::AppState;
use crate::store;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Parser, Debug)]
#[command(
    name = "idp",
    version,
    about = "OpenID Connect identity provider with EU Login assurance levels"
)]
pub struct Cli {
    /// Address to listen on (also IDP_LISTEN).
    #[arg(long, env = "IDP_LISTEN", global = true)]
    pub listen: Option<String>,
    /// Data folder: SQLite database, master key, outbox (also IDP_DATA).
    #[arg(long, env = "IDP_DATA", global = true)]
    pub data: Option<PathBuf>,
    /// Configuration file (also IDP_CONFIG); default <data>/idp.toml when present.
    #[arg(long, env = "IDP_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// Address of the Prometheus metrics listener, separate from the public one (also
    /// IDP_METRICS_LISTEN, config `metrics.listen`); off when absent.
    #[arg(long, env = "IDP_METRICS_LISTEN", global = true)]
    pub metrics_listen: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
#[allow(clippy::large_enum_variant)] // parsed once per process
pub enum Command {
    /// Run the provider.
    Serve,
    /// Run the provider in dev mode on the demo seed (idempotent).
    Demo,
    /// Apply database migrations.
    Migrate,
    /// Signing keys.
    #[command(subcommand)]
    Keys(keys_cmd::KeysCommand),
    /// Relying parties.
    #[command(subcommand)]
    Client(client::ClientCommand),
    /// Accounts.
    #[command(subcommand)]
    User(user::UserCommand),
    /// The authorization system: applications, profiles, organisations, grants.
    #[command(subcommand)]
    Access(access::AccessCommand),
    /// E-mail and SMS that did not go out: list them, send them again.
    #[command(subcommand)]
    Outbox(outbox_cmd::OutboxCommand),
}

/// Where `idp demo` expects the installable app unless `app.origins` says otherwise.
pub const DEMO_APP_ORIGIN: &str = "http://localhost:8082";

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = load_config(&cli)?;
    if matches!(cli.command, Command::Demo) {
        config.dev_mode = true;
        // The installable app as `scripts/demo` serves it (`mobile-app serve`).
        if config.app.origins.is_empty() {
            config.app.origins = vec![DEMO_APP_ORIGIN.to_owned()];
        }
    }
    std::fs::create_dir_all(&config.data_dir)?;
    match cli.command {
        Command::Serve => serve::serve(config).await,
        Command::Demo => demo::demo(config).await,
        Command::Migrate => {
            let db = store::connect(&config.database_url()).await?;
            store::migrate(&db).await?;
            eprintln!("migrations applied");
            Ok(())
        }
        Command::Keys(cmd) => keys_cmd::run(build_state(config).await?, cmd).await,
        Command::Client(cmd) => client::run(build_state(config).await?, cmd).await,
        Command::User(cmd) => user::run(build_state(config).await?, cmd).await,
        Command::Access(cmd) => access::run(build_state(config).await?, cmd).await,
        Command::Outbox(cmd) => outbox_cmd::run(build_state(config).await?, cmd).await,
    }
}

/// The configuration: the file, then `IDP_*` variables, then the command line's options.
pub fn load_config(cli: &Cli) -> anyhow::Result<Config> {
    let data = cli.data.clone().unwrap_or_else(|| PathBuf::from("data"));
    let file = cli.config.clone().or_else(|| {
        let default = data.join("idp.toml");
        default.exists().then_some(default)
    });
    let mut config = Config::load(file.as_deref(), std::env::vars())?;
    config.data_dir = data;
    if let Some(listen) = &cli.listen {
        config.listen = listen.clone();
    }
    if let Some(listen) = &cli.metrics_listen {
        config.metrics.listen = Some(listen.clone());
    }
    Ok(config)
}

/// The master key: from the configuration, else from `<data>/master.key` (created on
/// first start with mode 0600).
fn master_key(config: &Config) -> anyhow::Result<keys::MasterKey> {
    if let Some(k) = &config.master_key {
        return Ok(keys::MasterKey::from_base64(k)?);
    }
    let path = config.data_dir.join("master.key");
    if path.exists() {
        let text = std::fs::read_to_string(&path)?;
        return Ok(keys::MasterKey::from_base64(text.trim())?);
    }
    let key = keys::MasterKey::generate();
    write_private(&path, &key.to_base64())?;
    tracing::info!(path = %path.display(), "generated a new master key");
    Ok(key)
}

fn write_private(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    Ok(())
}

pub async fn build_state(config: Config) -> anyhow::Result<AppState> {
    let db = store::connect(&config.database_url()).await?;
    store::migrate(&db).await?;
    let master = master_key(&config)?;
    Ok(AppState::build(config, db, Arc::new(SystemClock), master).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kid or client_id copied from a JWKS or a listing is taken as it is, even when it
    /// begins with `-` (a random base64url id does once in 32).
    #[test]
    fn an_id_that_begins_with_a_hyphen_is_a_value() {
        for id in [
            "-Rxhy9ji-WnLFopR1r6UXT7PV6RpFuS1tNGoHnkr9Z0",
            "-hV",
            "--x",
            "-",
        ] {
            let cli = Cli::try_parse_from(["idp", "keys", "retire", id]).unwrap();
            let Command::Keys(keys_cmd::KeysCommand::Retire { kid }) = cli.command else {
                panic!("{:?}", cli.command);
            };
            assert_eq!(kid, id);
            let cli = Cli::try_parse_from(["idp", "client", "remove", id]).unwrap();
            let Command::Client(client::ClientCommand::Remove { client_id }) = cli.command else {
                panic!("{:?}", cli.command);
            };
            assert_eq!(client_id, id);
            let args = ["idp", "access", "application", "add", "--id", "cpms"];
            let args = args
                .into_iter()
                .chain(["--name", "CPMS", "--client-id", id]);
            let cli = Cli::try_parse_from(args).unwrap();
            let Command::Access(access::AccessCommand::Application(
                access::ApplicationCommand::Add { client_id, .. },
            )) = cli.command
            else {
                panic!("{:?}", cli.command);
            };
            assert_eq!(client_id, id);
        }
    }
}
