//! `idp serve`: plain HTTP on loopback, or TLS terminated here with rustls.

use super::build_state;
use crate::config::Config;
use crate::http::app;
use anyhow::Context;
use std::net::SocketAddr;

pub async fn serve(config: Config) -> anyhow::Result<()> {
    let state = build_state(config).await?;
    run(state).await
}

pub async fn run(state: crate::AppState) -> anyhow::Result<()> {
    let config = state.config.clone();
    let addr: SocketAddr = config
        .listen
        .parse()
        .with_context(|| format!("--listen {} is not an ADDRESS:PORT", config.listen))?;
    spawn_maintenance(state.clone());
    let router = app(crate::http::web::Web::new(state.clone())?)
        .into_make_service_with_connect_info::<SocketAddr>();
    tracing::info!(issuer = %state.issuer, %addr, tls = config.tls_enabled(), "identity provider listening");
    match (&config.tls.certificate, &config.tls.private_key) {
        (Some(cert), Some(key)) => {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key)
                .await
                .with_context(|| {
                    format!(
                        "loading TLS certificate {} and key {}",
                        cert.display(),
                        key.display()
                    )
                })?;
            let handle = axum_server::Handle::new();
            let shutdown = handle.clone();
            tokio::spawn(async move {
                shutdown_signal().await;
                shutdown.graceful_shutdown(Some(std::time::Duration::from_secs(5)));
            });
            axum_server::bind_rustls(addr, tls)
                .handle(handle)
                .serve(router)
                .await?;
        }
        _ => {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .with_context(|| format!("cannot listen on {addr}"))?;
            axum::serve(listener, router)
                .with_graceful_shutdown(shutdown_signal())
                .await?;
        }
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}

/// Every minute, carry out the account recoveries whose waiting period is over; every five
/// minutes, delete what has expired. Both are safe on every node at once.
fn spawn_maintenance(state: crate::AppState) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(60));
        let mut ticks: u64 = 0;
        loop {
            interval.tick().await;
            match crate::account::recovery::complete_due(&state).await {
                Ok(n) if n > 0 => tracing::info!(recoveries = n, "account recoveries carried out"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "account recoveries failed"),
            }
            if ticks.is_multiple_of(5) {
                match crate::store::maintenance::purge_expired(&state.db, state.now()).await {
                    Ok(n) if n > 0 => tracing::info!(removed = n, "purged expired rows"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "purge failed"),
                }
            }
            ticks += 1;
        }
    });
}
