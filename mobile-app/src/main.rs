//! `mobile-app`: the EU Login mobile app on the command line (SPEC section 7), and
//! `mobile-app serve`, the server of the installable web app (`mobile_app::serve`).
//!
//! Exit codes: 0 done, 1 error, 2 bad usage, 3 nothing arrived before `--timeout`,
//! 4 refused by the provider (wrong PIN, locked device, used QR code, ...).

use anyhow::{bail, Result};
use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand};
use mobile_app::client::{self, Decision, Refused};
use mobile_app::serve::Provider;
use mobile_app::{check_pin, read_payload, AppState, Payload};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(
    name = "mobile-app",
    version,
    about = "The EU Login mobile app on the command line, and the server of the installable web app"
)]
struct Cli {
    /// The app's state file (created with permissions 0600); every command but `serve` needs
    /// it.
    #[arg(long, env = "MOBILE_APP_STATE")]
    state: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct QrInput {
    /// The QR code as an image file: PNG, or the SVG shown by the provider (or a file holding
    /// its data: URL).
    #[arg(long, conflicts_with = "payload")]
    qr: Option<PathBuf>,
    /// The text payload behind the QR code.
    #[arg(long)]
    payload: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    #[command(flatten)]
    App(AppCommand),
    /// Serve the installable web app (the phone app) on its own origin until Ctrl-C/SIGTERM.
    Serve {
        /// The address to listen on.
        #[arg(
            long,
            env = "MOBILE_APP_LISTEN",
            value_name = "ADDR",
            default_value = "127.0.0.1:8082"
        )]
        listen: SocketAddr,
        /// The identity provider's URL (http:// or https://), e.g. http://localhost:8080: the
        /// one origin besides its own that the app may reach.
        #[arg(long, env = "MOBILE_APP_PROVIDER", value_name = "URL")]
        provider: Provider,
    },
}

/// The commands of the command-line app, on its state file.
#[derive(Subcommand)]
enum AppCommand {
    /// Scan the enrolment QR code of "Add a mobile device" and register this app.
    Enroll {
        /// The PIN code chosen in My Account.
        #[arg(long)]
        pin: String,
        #[command(flatten)]
        input: QrInput,
        /// Replace the device already enrolled in the state file.
        #[arg(long)]
        replace: bool,
    },
    /// Wait for sign-in requests (push) and approve or deny them.
    Approve {
        #[arg(long)]
        pin: String,
        /// The number shown on the web page (number matching).
        #[arg(long)]
        number: Option<u8>,
        /// Deny instead of approving.
        #[arg(long)]
        deny: bool,
        /// Stop after answering one request.
        #[arg(long)]
        once: bool,
        /// Give up after this many seconds.
        #[arg(long, default_value_t = 60)]
        timeout: u64,
    },
    /// Show the 8-digit code for a sign-in QR code (offline).
    Code {
        #[arg(long)]
        pin: String,
        #[command(flatten)]
        input: QrInput,
    },
    /// Show what this app is enrolled with (no secrets).
    Show,
}

enum Failure {
    Error(anyhow::Error),
    Timeout(String),
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Error(e)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let (command, state) = match (cli.command, cli.state) {
        (Command::Serve { listen, provider }, _) => return serve(listen, provider).await,
        (Command::App(command), Some(state)) => (command, state),
        (Command::App(_), None) => Cli::command()
            .error(
                ErrorKind::MissingRequiredArgument,
                "the argument '--state <STATE>' (or MOBILE_APP_STATE) is required",
            )
            .exit(),
    };
    match run(&state, command).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Timeout(msg)) => {
            eprintln!("mobile-app: {msg}");
            ExitCode::from(3)
        }
        Err(Failure::Error(e)) => {
            eprintln!("mobile-app: error: {e:#}");
            if e.downcast_ref::<Refused>().is_some() {
                ExitCode::from(4)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// Serves the web app; exit code 1 when the address cannot be had.
async fn serve(listen: SocketAddr, provider: Provider) -> ExitCode {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_env("MOBILE_APP_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    let listener = match tokio::net::TcpListener::bind(listen).await {
        Ok(listener) => listener,
        Err(e) => {
            tracing::error!("cannot listen on {listen}: {e}");
            return ExitCode::from(1);
        }
    };
    let address = listener.local_addr().unwrap_or(listen);
    tracing::info!(
        url = %format!("http://{address}/"),
        provider = provider.as_str(),
        "mobile app listening"
    );
    match mobile_app::serve::serve(listener, &provider, mobile_app::serve::shutdown_signal()).await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "the server stopped");
            ExitCode::from(1)
        }
    }
}

async fn run(state_path: &Path, command: AppCommand) -> Result<(), Failure> {
    match command {
        AppCommand::Enroll {
            pin,
            input,
            replace,
        } => {
            check_pin(&pin)?;
            if let Some(existing) = AppState::load(state_path)? {
                if !replace {
                    return Err(anyhow::anyhow!(
                        "{} already holds a device enrolled with {} for {} (pass --replace to enrol again)",
                        state_path.display(),
                        existing.issuer,
                        existing.account
                    )
                    .into());
                }
            }
            let payload = read_payload(input.qr.as_deref(), input.payload.as_deref())?;
            let Payload::Enrol {
                issuer,
                token,
                account,
            } = payload
            else {
                return Err(anyhow::anyhow!(
                    "this is a sign-in QR code, not an enrolment QR code (use `code`)"
                )
                .into());
            };
            eprintln!("Enrolling with {issuer} for {account}...");
            let state = client::enrol(&issuer, &token, &pin).await?;
            state.save(state_path)?;
            println!(
                "Enrolled: device {} for {} at {}",
                state.device_id, state.account, state.issuer
            );
            Ok(())
        }
        AppCommand::Code { pin, input } => {
            let state = AppState::load_required(state_path)?;
            let payload = read_payload(input.qr.as_deref(), input.payload.as_deref())?;
            if let Payload::SignIn { client, .. } = &payload {
                if !client.is_empty() {
                    eprintln!("Sign-in to {client} at {}", state.issuer);
                }
            }
            let code = mobile_app::code(&state, &payload, &pin)?;
            println!("{code}");
            Ok(())
        }
        AppCommand::Approve {
            pin,
            number,
            deny,
            once,
            timeout,
        } => approve(state_path, &pin, number, deny, once, timeout).await,
        AppCommand::Show => {
            let state = AppState::load_required(state_path)?;
            println!(
                "issuer: {}\naccount: {}\ndevice: {}\nocra suite: {}",
                state.issuer, state.account, state.device_id, state.ocra_suite
            );
            Ok(())
        }
    }
}

async fn approve(
    path: &Path,
    pin: &str,
    number: Option<u8>,
    deny: bool,
    once: bool,
    timeout: u64,
) -> Result<(), Failure> {
    check_pin(pin)?;
    if !deny && number.is_none() {
        return Err(anyhow::anyhow!(
            "pass --number NN, the number shown on the web page (or --deny)"
        )
        .into());
    }
    let state = AppState::load_required(path)?;
    let deadline = Instant::now() + Duration::from_secs(timeout);
    let mut answered = 0;
    loop {
        let left = deadline.saturating_duration_since(Instant::now()).as_secs();
        if left == 0 {
            if answered > 0 {
                return Ok(());
            }
            return Err(Failure::Timeout(format!(
                "no sign-in request arrived within {timeout} s"
            )));
        }
        for request in client::pending(&state, left.min(25)).await? {
            let numbers: Vec<String> = request.numbers.iter().map(|n| format!("{n:02}")).collect();
            println!(
                "Sign-in request from {} at {} from {}: numbers {}",
                request.client_name,
                when(request.time),
                request.ip,
                numbers.join(" ")
            );
            let decision = if deny {
                Decision::Deny
            } else {
                match number {
                    Some(n) if request.numbers.contains(&n) => Decision::Approve { number: n },
                    Some(n) => {
                        return Err(anyhow::anyhow!(
                            "{n:02} is not one of the numbers offered ({}): not answering",
                            numbers.join(" ")
                        )
                        .into())
                    }
                    None => bail_usage()?,
                }
            };
            let status = client::decide(&state, &request.id, decision, pin).await?;
            println!("{status}");
            answered += 1;
            if once {
                return Ok(());
            }
        }
    }
}

fn bail_usage() -> Result<Decision> {
    bail!("pass --number NN (or --deny)")
}

fn when(ts: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ts)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| ts.to_string())
}
