//! `idp serve`: plain HTTP on loopback, or TLS terminated here with rustls, on an accept
//! loop of our own over hyper, so that stopping loses no request.
//!
//! On SIGTERM or ctrl-c the listener closes at once (new connections are refused, so a load
//! balancer or client moves on); requests in flight finish, and every HTTP/1 response given
//! from then on says `Connection: close`, so that a keep-alive client opens a new connection
//! elsewhere instead of sending its next request on one about to close (HTTP/2 clients get a
//! GOAWAY). Connections still open after `server.drain_secs` (idle keep-alive ones, or
//! requests slower than that) are closed; a second signal closes them at once. Then the
//! background tasks are told to stop and awaited for at most `server.stop_secs`.

use super::build_state;
use crate::config::Config;
use crate::http::app;
use crate::AppState;
use anyhow::Context;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderValue, Request, Version};
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::{JoinHandle, JoinSet};
use tokio_rustls::TlsAcceptor;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

/// How long a client may take over its TLS handshake.
const TLS_HANDSHAKE: Duration = Duration::from_secs(10);

pub async fn serve(config: Config) -> anyhow::Result<()> {
    let state = build_state(config).await?;
    run(state).await
}

pub async fn run(state: AppState) -> anyhow::Result<()> {
    crate::http::observe::serve_metrics(&state).await?;
    let config = state.config.clone();
    let addr: SocketAddr = config
        .listen
        .parse()
        .with_context(|| format!("--listen {} is not an ADDRESS:PORT", config.listen))?;
    let tls = match (&config.tls.certificate, &config.tls.private_key) {
        (Some(cert), Some(key)) => Some(tls_acceptor(cert, key)?),
        _ => None,
    };
    let router = app(crate::http::web::Web::new(state.clone()));
    let listener = TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let stop = CancellationToken::new();
    let background = spawn_background(&state, stop.clone());
    tracing::info!(issuer = %state.issuer, %addr, tls = config.tls_enabled(), "identity provider listening");
    serve_until_signal(
        listener,
        tls,
        router,
        Duration::from_secs(config.server.drain_secs),
    )
    .await;
    stop.cancel();
    stop_background(background, Duration::from_secs(config.server.stop_secs)).await;
    tracing::info!("stopped");
    Ok(())
}

/// The rustls acceptor for the configured certificate chain and key (HTTP/2 and HTTP/1.1 by
/// ALPN).
fn tls_acceptor(cert: &Path, key: &Path) -> anyhow::Result<TlsAcceptor> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let loaded = (|| -> anyhow::Result<rustls::ServerConfig> {
        let mut pem = std::io::BufReader::new(std::fs::File::open(cert)?);
        let chain = rustls_pemfile::certs(&mut pem).collect::<Result<Vec<_>, _>>()?;
        let mut pem = std::io::BufReader::new(std::fs::File::open(key)?);
        let key = rustls_pemfile::private_key(&mut pem)?.context("no private key in the file")?;
        Ok(rustls::ServerConfig::builder()
            .with_no_client_auth()
            .with_single_cert(chain, key)?)
    })();
    let mut tls = loaded.with_context(|| {
        format!(
            "loading TLS certificate {} and key {}",
            cert.display(),
            key.display()
        )
    })?;
    tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(tls)))
}

/// Serves connections until SIGTERM or ctrl-c, then drains them (see the module's doc).
async fn serve_until_signal(
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    router: Router,
    drain: Duration,
) {
    let (draining_tx, draining) = watch::channel(false);
    let mut connections = JoinSet::new();
    let accept = |connections: &mut JoinSet<()>, (tcp, remote): (TcpStream, SocketAddr)| {
        connections.spawn(connection(
            tcp,
            remote,
            tls.clone(),
            router.clone(),
            draining.clone(),
        ));
    };
    let signal = shutdown_signal();
    tokio::pin!(signal);
    loop {
        tokio::select! {
            () = &mut signal => break,
            accepted = listener.accept() => match accepted {
                Ok(conn) => accept(&mut connections, conn),
                Err(e) => accept_failed(e).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    // Connections the kernel completed before the signal would be reset with the listener:
    // serve them too, then refuse every new one.
    while let Some(conn) = accept_now(&listener) {
        accept(&mut connections, conn);
    }
    drop(listener);
    draining_tx.send_replace(true);
    tracing::info!(
        connections = connections.len(),
        drain_secs = drain.as_secs(),
        "no longer accepting connections; finishing the requests in flight (a second signal stops at once)"
    );
    let deadline = tokio::time::sleep(drain);
    tokio::pin!(deadline);
    let again = shutdown_signal();
    tokio::pin!(again);
    loop {
        tokio::select! {
            next = connections.join_next() => if next.is_none() {
                tracing::info!("every connection closed");
                return;
            },
            () = &mut deadline => {
                tracing::warn!(connections = connections.len(), "drain time over: closing the connections still open");
                break;
            }
            () = &mut again => {
                tracing::warn!(connections = connections.len(), "second signal: closing the connections still open");
                break;
            }
        }
    }
    connections.shutdown().await;
}

/// A connection already accepted by the kernel, if there is one, without waiting.
fn accept_now(listener: &TcpListener) -> Option<(TcpStream, SocketAddr)> {
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match listener.poll_accept(&mut cx) {
        std::task::Poll::Ready(Ok(conn)) => Some(conn),
        _ => None,
    }
}

async fn accept_failed(e: std::io::Error) {
    use std::io::ErrorKind;
    // The peer gave up before we took the connection: nothing to do.
    if matches!(
        e.kind(),
        ErrorKind::ConnectionAborted | ErrorKind::ConnectionReset | ErrorKind::Interrupted
    ) {
        return;
    }
    // Out of file descriptors, most likely: pause rather than spin.
    tracing::error!(error = %e, "cannot accept a connection");
    tokio::time::sleep(Duration::from_millis(100)).await;
}

async fn connection(
    tcp: TcpStream,
    remote: SocketAddr,
    tls: Option<TlsAcceptor>,
    router: Router,
    draining: watch::Receiver<bool>,
) {
    let _ = tcp.set_nodelay(true);
    let Some(acceptor) = tls else {
        return http1(tcp, remote, router, draining).await;
    };
    let stream = match tokio::time::timeout(TLS_HANDSHAKE, acceptor.accept(tcp)).await {
        Ok(Ok(stream)) => stream,
        Ok(Err(e)) => {
            tracing::debug!(%remote, error = %e, "TLS handshake failed");
            return;
        }
        Err(_) => {
            tracing::debug!(%remote, "TLS handshake timed out");
            return;
        }
    };
    if stream.get_ref().1.alpn_protocol() == Some(b"h2") {
        http2(stream, remote, router, draining).await
    } else {
        http1(stream, remote, router, draining).await
    }
}

/// HTTP/1: an idle connection is left open while draining (closing it could cut a request
/// the client is sending right then); each response says `Connection: close` instead. No
/// timer, as with `axum::serve` before: hyper's header timeout would also close idle
/// keep-alive connections after 30 s, the very race this avoids.
async fn http1<S>(io: S, remote: SocketAddr, router: Router, draining: watch::Receiver<bool>)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let served = hyper::server::conn::http1::Builder::new()
        .serve_connection(TokioIo::new(io), service(router, remote, draining))
        .await;
    if let Err(e) = served {
        tracing::debug!(%remote, error = %e, "connection ended with an error");
    }
}

/// HTTP/2: a GOAWAY when draining starts; streams already open finish.
async fn http2<S>(io: S, remote: SocketAddr, router: Router, mut draining: watch::Receiver<bool>)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let conn = hyper::server::conn::http2::Builder::new(TokioExecutor::new())
        .serve_connection(TokioIo::new(io), service(router, remote, draining.clone()));
    tokio::pin!(conn);
    let started = async move { draining.wait_for(|d| *d).await.is_ok() };
    let served = tokio::select! {
        served = conn.as_mut() => served,
        true = started => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(e) = served {
        tracing::debug!(%remote, error = %e, "connection ended with an error");
    }
}

/// The router for one connection: its peer's address as `ConnectInfo` (client IPs), and
/// `Connection: close` on HTTP/1 responses once draining.
fn service(
    router: Router,
    remote: SocketAddr,
    draining: watch::Receiver<bool>,
) -> impl hyper::service::Service<
    Request<Incoming>,
    Response = axum::response::Response,
    Error = Infallible,
    Future = impl std::future::Future<Output = Result<axum::response::Response, Infallible>>
                 + Send
                 + 'static,
> + Clone {
    hyper::service::service_fn(move |mut req: Request<Incoming>| {
        req.extensions_mut().insert(ConnectInfo(remote));
        let http1 = req.version() < Version::HTTP_2;
        let router = router.clone();
        let draining = draining.clone();
        async move {
            let mut res = router.oneshot(req).await?;
            if http1 && *draining.borrow() {
                res.headers_mut()
                    .insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            Ok(res)
        }
    })
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

/// Starts the work a node does besides answering requests. Each task returns soon after
/// `stop` is cancelled, having finished what it was doing; [`run`] cancels it after the
/// HTTP drain and awaits the tasks (at most `server.stop_secs`).
pub fn spawn_background(state: &AppState, stop: CancellationToken) -> Vec<JoinHandle<()>> {
    vec![
        tokio::spawn(crate::mail::outbox::run(state.clone(), stop.clone())),
        tokio::spawn(maintenance(state.clone(), stop)),
    ]
}

async fn stop_background(tasks: Vec<JoinHandle<()>>, bound: Duration) {
    let mut tasks = tasks;
    let all = async {
        for task in &mut tasks {
            if let Err(e) = task.await {
                if e.is_panic() {
                    tracing::error!(error = %e, "a background task panicked");
                }
            }
        }
    };
    if tokio::time::timeout(bound, all).await.is_err() {
        tracing::warn!(
            stop_secs = bound.as_secs(),
            "background work did not stop in time; abandoning it"
        );
        for task in &tasks {
            task.abort();
        }
    }
}

/// Every minute, carry out the account recoveries whose waiting period is over; every five
/// minutes, delete what has expired. Both are safe on every node at once.
async fn maintenance(state: AppState, stop: CancellationToken) {
    let mut interval = tokio::time::interval(Duration::from_secs(60));
    let mut ticks: u64 = 0;
    loop {
        tokio::select! {
            () = stop.cancelled() => return,
            _ = interval.tick() => {}
        }
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
            let before = state.now() - state.config.outbox.keep_finished_secs;
            match crate::store::outbox::purge(&state.db, before).await {
                Ok(n) if n > 0 => tracing::info!(removed = n, "purged finished outbox messages"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "outbox purge failed"),
            }
        }
        ticks += 1;
    }
}
