//! `relying-party-demo`: the CPMS portal as a relying party of the provider.

use std::time::Duration;

use anyhow::Context;
use clap::Parser;
use relying_party_demo::config::Args;
use relying_party_demo::provider::Provider;
use relying_party_demo::store::Store;
use relying_party_demo::{app, AppState, Settings};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let settings = Settings::from_args(Args::parse())?;
    let store = Store::open(&settings.data)?;
    let provider = Provider::discover(&settings, Duration::from_secs(60)).await?;
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("listen on {}", settings.listen))?;
    println!(
        "CPMS listening on {} (public URL {}), relying party {:?} of {}",
        listener.local_addr()?,
        settings.public_url,
        settings.client_id,
        settings.issuer
    );
    tracing::info!(settings = ?settings, "CPMS started");
    let state = AppState::new(settings, provider, store)?;
    axum::serve(listener, app(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
