use clap::Parser;
use idp::cli::{Cli, Command};
use opentelemetry::trace::TracerProvider as _;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

fn main() -> std::process::ExitCode {
    let large_blocks_returned = return_large_blocks_to_the_system();
    let cli = Cli::parse();
    // Spans go to an OpenTelemetry collector when `telemetry.otlp_endpoint` is set, for the
    // commands that serve. The exporter is built before the async runtime (its HTTP client
    // is a blocking one, on the exporter's own thread) and shut down after it, which sends
    // the spans still buffered.
    let otlp = otlp_endpoint(&cli).map(|endpoint| idp::telemetry::otlp_provider(&endpoint));
    let (provider, otlp_error) = match otlp {
        Some(Ok(provider)) => (Some(provider), None),
        Some(Err(e)) => (None, Some(e)),
        None => (None, None),
    };
    let filter = EnvFilter::try_from_env("IDP_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let json = std::env::var("IDP_LOG_FORMAT").is_ok_and(|f| f == "json");
    let fmt = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        // Colours only for a person at a terminal, not in a file or a log collector.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    let fmt = if json {
        fmt.json().boxed()
    } else {
        fmt.boxed()
    };
    let otel = provider.as_ref().map(|p| {
        idp::telemetry::set_exporting_spans();
        tracing_opentelemetry::layer().with_tracer(p.tracer("idp"))
    });
    tracing_subscriber::registry()
        .with(filter)
        .with(fmt)
        .with(otel)
        .init();
    if !large_blocks_returned {
        tracing::warn!("mallopt(M_MMAP_THRESHOLD) was refused: freed memory may stay resident");
    }
    let result = match otlp_error {
        Some(e) => Err(anyhow::Error::new(e)),
        None => run(cli),
    };
    if let Some(provider) = provider {
        if let Err(e) = provider.shutdown() {
            tracing::warn!(error = %e, "spans not exported at exit");
        }
    }
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    if matches!(cli.command, Command::Serve | Command::Demo) {
        trim_freed_memory_every(std::time::Duration::from_secs(10));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(idp::cli::run(cli))
}

/// The collector to export spans to, for `serve` and `demo`; a configuration that does not
/// load is reported by the command itself.
fn otlp_endpoint(cli: &Cli) -> Option<String> {
    if !matches!(cli.command, Command::Serve | Command::Demo) {
        return None;
    }
    idp::cli::load_config(cli)
        .ok()?
        .telemetry
        .otlp_endpoint
        .filter(|e| !e.trim().is_empty())
}

/// glibc serves an allocation of at least its mmap threshold with a mapping of its own,
/// unmapped when freed; but each such free raises the threshold to the block's size, so
/// after the first argon2 hash every later 19 MiB buffer came from a thread's arena and
/// stayed resident once freed, one per hashing thread (decision 0042). A threshold set
/// here stays fixed: buffers of 1 MiB and more go back to the system when freed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks_to_the_system() -> bool {
    // SAFETY: mallopt only sets a parameter of the allocator; it is called before any
    // other thread exists.
    unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20) == 1 }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks_to_the_system() -> bool {
    true
}

/// After a burst (hundreds of connections, their buffers and queued sign-ins) glibc keeps
/// the freed small blocks in its arenas, resident; only the top of an arena is ever given
/// back by itself. `malloc_trim` gives back every free page, so a provider that went idle
/// returns to its idle size within `every` (decision 0042). A pass over idle arenas takes
/// well under a millisecond.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim_freed_memory_every(every: std::time::Duration) {
    let started = std::thread::Builder::new()
        .name("malloc-trim".into())
        .spawn(move || loop {
            std::thread::sleep(every);
            // SAFETY: malloc_trim only hands free pages of the allocator back to the system.
            unsafe { libc::malloc_trim(0) };
        });
    if let Err(e) = started {
        tracing::warn!(error = %e, "freed memory will not be trimmed");
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim_freed_memory_every(_: std::time::Duration) {}
