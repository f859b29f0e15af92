//! The real `idp` binary starting and stopping as nodes do (issue 17): several nodes
//! migrating one database at once (a PostgreSQL advisory lock, a lock file beside SQLite),
//! and SIGTERM under load (stop accepting at once, finish the requests in flight with
//! `Connection: close`, close what is left at `server.drain_secs`, exit 0).

use crate::binary::{free_port, wait_ready};
use base64::Engine;
use e2e::pg::FreshDatabase;
use sea_orm::ConnectionTrait;
use std::path::Path;
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::process::{Child, Command};

/// `idp --data <data> <args>`, its log (stderr) in `<data>/<log>`, its stdout piped.
fn idp(data: &Path, args: &[&str], envs: &[(&str, &str)], log: &str) -> Command {
    let mut cmd = crate::binary::idp(data, args, envs);
    cmd.stdout(Stdio::piped())
        .stderr(std::fs::File::create(data.join(log)).unwrap());
    cmd
}

fn log(data: &Path, name: &str) -> String {
    std::fs::read_to_string(data.join(name)).unwrap_or_default()
}

/// `idp serve` on a free port, once it answers `/readyz`.
async fn serve(data: &Path, envs: &[(&str, &str)]) -> (Child, String) {
    let listen = format!("127.0.0.1:{}", free_port());
    let base = format!("http://{listen}");
    // A client of its own, dropped at the end: its idle connection would hold a drain open.
    let child = start(data, &listen, envs, &base, reqwest::Client::new()).await;
    (child, base)
}

async fn start(
    data: &Path,
    listen: &str,
    envs: &[(&str, &str)],
    base: &str,
    client: reqwest::Client,
) -> Child {
    let mut child = idp(data, &["--listen", listen, "serve"], envs, "serve.log")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    wait_ready(&client, base, &mut child, || log(data, "serve.log")).await;
    child
}

/// A confidential client for client_credentials, registered with `idp client add`.
async fn add_client(data: &Path) -> (String, String) {
    add_client_with(data, &[]).await
}

async fn add_client_with(data: &Path, envs: &[(&str, &str)]) -> (String, String) {
    let out = idp(
        data,
        &[
            "client",
            "add",
            "--name=Load",
            "--grant-type=client_credentials",
            "--scope=",
            "--json",
        ],
        envs,
        "client.log",
    )
    .output()
    .await
    .unwrap();
    assert!(out.status.success(), "{}", log(data, "client.log"));
    let client: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (
        client["client_id"].as_str().unwrap().to_owned(),
        client["client_secret"].as_str().unwrap().to_owned(),
    )
}

fn terminate(child: &Child) {
    let pid = child.id().expect("idp still running").to_string();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(status.success());
}

/// A `client_credentials` token request with client_secret_basic.
fn token_request(
    client: &reqwest::Client,
    url: &str,
    id: &str,
    secret: &str,
) -> reqwest::RequestBuilder {
    client
        .post(url)
        .basic_auth(id, Some(secret))
        .form(&[("grant_type", "client_credentials")])
}

/// What a load task saw: complete responses, of which how many said `Connection: close`.
#[derive(Debug, Default)]
struct Tally {
    answered: usize,
    closing: usize,
}

/// Sends token requests over one keep-alive client until a connection is refused; any other
/// failure (a request sent and cut, a response cut short, not 200) is returned as an error.
async fn load(
    url: String,
    id: String,
    secret: String,
    answered: Arc<AtomicUsize>,
) -> Result<Tally, String> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let mut tally = Tally::default();
    loop {
        let sent = token_request(&client, &url, &id, &secret).send().await;
        let res = match sent {
            Ok(res) => res,
            Err(e) if e.is_connect() => return Ok(tally),
            Err(e) => return Err(format!("a request was cut: {e:?}")),
        };
        let status = res.status();
        let closing = res
            .headers()
            .get(reqwest::header::CONNECTION)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"close"));
        let body = res
            .text()
            .await
            .map_err(|e| format!("a response was cut: {e:?}"))?;
        if status != 200 || !body.contains("access_token") {
            return Err(format!("{status}: {body}"));
        }
        if tally.closing > 0 {
            return Err("answered on a new connection after the listener closed".into());
        }
        tally.answered += 1;
        tally.closing += usize::from(closing);
        answered.fetch_add(1, Ordering::Relaxed);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_under_load_finishes_every_request_in_flight_and_exits_zero() {
    const DRAIN_SECS: u64 = 10;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let (id, secret) = add_client(data).await;
    let drain = DRAIN_SECS.to_string();
    let (mut child, base) = serve(data, &[("IDP_SERVER_DRAIN_SECS", &drain)]).await;
    let answered = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            tokio::spawn(load(
                format!("{base}/token"),
                id.clone(),
                secret.clone(),
                answered.clone(),
            ))
        })
        .collect();
    // In the middle of the load: once every client is surely under way.
    let deadline = Instant::now() + Duration::from_secs(60);
    while answered.load(Ordering::Relaxed) < 400 {
        assert!(Instant::now() < deadline, "the load did not get going");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let before = answered.load(Ordering::Relaxed);
    let signalled = Instant::now();
    terminate(&child);
    let status = tokio::time::timeout(Duration::from_secs(DRAIN_SECS + 5), child.wait())
        .await
        .unwrap_or_else(|_| panic!("idp still running\n{}", log(data, "serve.log")))
        .unwrap();
    let took = signalled.elapsed();
    assert!(status.success(), "{status}\n{}", log(data, "serve.log"));

    let mut total = Tally::default();
    for task in tasks {
        let tally = tokio::time::timeout(Duration::from_secs(30), task)
            .await
            .expect("a load task ended")
            .unwrap()
            .unwrap_or_else(|e| panic!("{e}\n{}", log(data, "serve.log")));
        // Whether its request was in flight at the signal or sent just after it on its
        // keep-alive connection, each client got its answer saying `Connection: close`,
        // then found the port closed.
        assert_eq!(tally.closing, 1, "{tally:?}");
        total.answered += tally.answered;
        total.closing += tally.closing;
    }
    assert!(
        total.answered > before,
        "{total:?}, {before} before the signal"
    );
    let server_log = log(data, "serve.log");
    assert!(
        server_log.contains("no longer accepting connections"),
        "{server_log}"
    );
    eprintln!("{total:?}; exited {took:?} after SIGTERM");
}

/// One HTTP/1.1 response read off a raw connection; `None` when the server closed it first.
async fn read_response(
    conn: &mut BufReader<TcpStream>,
) -> std::io::Result<Option<(u16, Vec<String>, String)>> {
    let mut line = String::new();
    if conn.read_line(&mut line).await? == 0 {
        return Ok(None);
    }
    let status = line.split(' ').nth(1).unwrap_or("0").parse().unwrap_or(0);
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        conn.read_line(&mut line).await?;
        let line = line.trim_end().to_ascii_lowercase();
        if line.is_empty() {
            break;
        }
        headers.push(line);
    }
    let length = headers
        .iter()
        .find_map(|h| h.strip_prefix("content-length:"))
        .map_or(0, |n| n.trim().parse().unwrap());
    let mut body = vec![0; length];
    conn.read_exact(&mut body).await?;
    Ok(Some((
        status,
        headers,
        String::from_utf8_lossy(&body).into(),
    )))
}

#[tokio::test]
async fn a_request_in_flight_finishes_after_the_signal_and_a_stalled_one_is_cut_at_the_drain_bound()
{
    const DRAIN: Duration = Duration::from_secs(3);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let (id, secret) = add_client(data).await;
    let (mut child, base) = serve(data, &[("IDP_SERVER_DRAIN_SECS", "3")]).await;
    let addr = base.trim_start_matches("http://").to_owned();
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"));
    let body = "grant_type=client_credentials";
    let head = format!(
        "POST /token HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Basic {auth}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let connect = || async { BufReader::new(TcpStream::connect(&addr).await.unwrap()) };

    // A keep-alive connection, idle at the signal.
    let mut idle = connect().await;
    idle.get_mut()
        .write_all(format!("{head}{body}").as_bytes())
        .await
        .unwrap();
    let (status, headers, _) = read_response(&mut idle).await.unwrap().unwrap();
    assert_eq!(status, 200);
    assert!(
        !headers.contains(&"connection: close".into()),
        "{headers:?}"
    );
    // A slow upload: half the form sent before the signal, the rest after it.
    let mut slow = connect().await;
    slow.get_mut()
        .write_all(format!("{head}{}", &body[..10]).as_bytes())
        .await
        .unwrap();
    // A stalled upload that never ends.
    let mut stalled = connect().await;
    stalled
        .get_mut()
        .write_all(format!("{head}{}", &body[..10]).as_bytes())
        .await
        .unwrap();

    let signalled = Instant::now();
    terminate(&child);
    // New connections are refused at once.
    let deadline = Instant::now() + Duration::from_secs(2);
    while TcpStream::connect(&addr).await.is_ok() {
        assert!(
            Instant::now() < deadline,
            "still accepting connections after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // The slow upload, finished while draining, gets its token and the connection's end.
    slow.get_mut()
        .write_all(&body.as_bytes()[10..])
        .await
        .unwrap();
    let (status, headers, text) = read_response(&mut slow).await.unwrap().unwrap();
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("access_token"), "{text}");
    assert!(headers.contains(&"connection: close".into()), "{headers:?}");
    assert!(
        read_response(&mut slow).await.unwrap().is_none(),
        "the server closes it"
    );
    // The idle keep-alive connection still takes a request, answered likewise.
    idle.get_mut()
        .write_all(format!("{head}{body}").as_bytes())
        .await
        .unwrap();
    let (status, headers, _) = read_response(&mut idle).await.unwrap().unwrap();
    assert_eq!(status, 200);
    assert!(headers.contains(&"connection: close".into()), "{headers:?}");
    assert!(
        read_response(&mut idle).await.unwrap().is_none(),
        "the server closes it"
    );

    // The stalled request holds the drain open until its bound, no longer; then exit 0.
    let status = tokio::time::timeout(DRAIN + Duration::from_secs(5), child.wait())
        .await
        .unwrap_or_else(|_| panic!("idp still running\n{}", log(data, "serve.log")))
        .unwrap();
    let took = signalled.elapsed();
    assert!(status.success(), "{status}\n{}", log(data, "serve.log"));
    assert!(
        took >= DRAIN,
        "exited {took:?} after SIGTERM, before the drain bound, with a request in flight"
    );
    assert!(
        !matches!(read_response(&mut stalled).await, Ok(Some(_))),
        "the stalled request is cut, not answered"
    );
    let server_log = log(data, "serve.log");
    assert!(server_log.contains("drain time over"), "{server_log}");
}

/// The applied migrations, each once, and all of them.
async fn assert_fully_migrated(url: &str) {
    use migrations::MigratorTrait;
    let db = idp::store::connect(url).await.unwrap();
    let rows = db
        .query_all(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT version, COUNT(*) AS n FROM seaql_migrations GROUP BY version",
        ))
        .await
        .unwrap();
    let expected = migrations::Migrator::migrations().len();
    assert_eq!(rows.len(), expected, "every migration recorded");
    for row in rows {
        let n: i64 = row.try_get("", "n").unwrap();
        assert_eq!(n, 1);
    }
    db.close().await.unwrap();
}

/// Starts `idp migrate` `count` times at once; all must exit 0.
async fn migrate_at_once(count: usize, data: &Path, envs: &[(&str, &str)]) {
    let children: Vec<_> = (0..count)
        .map(|i| {
            idp(data, &["migrate"], envs, &format!("migrate-{i}.log"))
                .spawn()
                .unwrap()
        })
        .collect();
    for (i, child) in children.into_iter().enumerate() {
        let out = tokio::time::timeout(Duration::from_secs(60), child.wait_with_output())
            .await
            .expect("idp migrate finished")
            .unwrap();
        assert!(
            out.status.success(),
            "migrate {i}: {}",
            log(data, &format!("migrate-{i}.log"))
        );
    }
}

#[tokio::test]
async fn four_nodes_migrating_one_fresh_sqlite_database_at_once_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    migrate_at_once(4, dir.path(), &[]).await;
    let url = format!("sqlite://{}?mode=rw", dir.path().join("idp.db").display());
    assert_fully_migrated(&url).await;
}

#[tokio::test]
async fn nodes_migrating_or_starting_on_one_fresh_postgresql_database_at_once_all_succeed() {
    let Some(db) = FreshDatabase::create("idp_test").await.unwrap() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    migrate_at_once(4, dir.path(), &[("IDP_DATABASE_URL", db.url())]).await;
    assert_fully_migrated(db.url()).await;

    // Two nodes starting together (each migrates first) on another fresh database.
    let Some(fresh) = FreshDatabase::create("idp_test").await.unwrap() else {
        return;
    };
    let master = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
    let envs = [
        ("IDP_DATABASE_URL", fresh.url()),
        ("IDP_MASTER_KEY", master.as_str()),
    ];
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let ((_node_a, base_a), (_node_b, base_b)) = tokio::join!(serve(&a, &envs), serve(&b, &envs));
    for base in [base_a, base_b] {
        let jwks: serde_json::Value = reqwest::get(format!("{base}/jwks.json"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(!jwks["keys"].as_array().unwrap().is_empty(), "{jwks}");
    }
    assert_fully_migrated(fresh.url()).await;
}

#[tokio::test]
async fn over_tls_http1_answers_with_connection_close_and_http2_gets_a_goaway() {
    use hyper_util::rt::{TokioExecutor, TokioIo};
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    let (cert_path, key_path) = (data.join("cert.pem"), data.join("key.pem"));
    std::fs::write(&cert_path, cert.cert.pem()).unwrap();
    std::fs::write(&key_path, cert.key_pair.serialize_pem()).unwrap();
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let base = format!("https://localhost:{port}");
    let client = || {
        reqwest::Client::builder()
            .add_root_certificate(
                reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap(),
            )
            .resolve("localhost", listen.parse().unwrap())
            .build()
            .unwrap()
    };
    let envs = [
        ("IDP_TLS_CERTIFICATE", cert_path.to_str().unwrap()),
        ("IDP_TLS_PRIVATE_KEY", key_path.to_str().unwrap()),
        ("IDP_ISSUER", base.as_str()),
        ("IDP_SERVER_DRAIN_SECS", "10"),
    ];
    let mut child = start(data, &listen, &envs, &base, client()).await;

    // HTTP/1.1 over TLS, kept alive.
    let http1 = client();
    let res = http1.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers().get("connection").is_none());
    res.bytes().await.unwrap();
    // HTTP/2, chosen by ALPN.
    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert.cert.der().clone()).unwrap();
    let mut config = rustls::ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec()];
    let tcp = TcpStream::connect(&listen).await.unwrap();
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect("localhost".try_into().unwrap(), tcp)
        .await
        .unwrap();
    let (mut http2, conn) =
        hyper::client::conn::http2::handshake(TokioExecutor::new(), TokioIo::new(tls))
            .await
            .unwrap();
    let conn = tokio::spawn(conn);
    let req = hyper::Request::get(format!("{base}/healthz"))
        .body(http_body_util::Empty::<hyper::body::Bytes>::new())
        .unwrap();
    let res = http2.send_request(req).await.unwrap();
    assert_eq!(
        (res.status().as_u16(), res.version()),
        (200, hyper::Version::HTTP_2)
    );

    let signalled = Instant::now();
    terminate(&child);
    // The HTTP/2 connection is told to go away and ends, without waiting for the bound.
    tokio::time::timeout(Duration::from_secs(5), conn)
        .await
        .expect("the HTTP/2 connection ended after the GOAWAY")
        .unwrap()
        .unwrap();
    // The HTTP/1.1 connection takes one more request, answered with Connection: close.
    let res = http1.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["connection"], "close");
    res.bytes().await.unwrap();
    // Then no connection is left and the process ends well before the drain bound.
    let status = tokio::time::timeout(Duration::from_secs(5), child.wait())
        .await
        .unwrap_or_else(|_| panic!("idp still running\n{}", log(data, "serve.log")))
        .unwrap();
    assert!(status.success(), "{status}\n{}", log(data, "serve.log"));
    assert!(signalled.elapsed() < Duration::from_secs(10));
}

/// Sends token requests until the server is gone, keeping every token it received.
async fn collect_tokens(
    url: String,
    id: String,
    secret: String,
    kept: Arc<std::sync::Mutex<Vec<String>>>,
) {
    let client = reqwest::Client::new();
    loop {
        let sent = token_request(&client, &url, &id, &secret).send().await;
        let Ok(res) = sent else { return };
        let Ok(body) = res.json::<serde_json::Value>().await else {
            return;
        };
        let token = body["access_token"].as_str().expect("a token answer");
        kept.lock().unwrap().push(token.to_owned());
    }
}

/// `kill -9` in the middle of `client_credentials` load, whose tokens are written by group
/// commit (decision 0041); after a restart every token a client received is valid.
async fn tokens_survive_kill_9(data: &Path, envs: &[(&str, &str)]) {
    let (id, secret) = add_client_with(data, envs).await;
    let (mut child, base) = serve(data, envs).await;
    let kept = Arc::new(std::sync::Mutex::new(Vec::new()));
    let tasks: Vec<_> = (0..24)
        .map(|_| {
            let url = format!("{base}/token");
            tokio::spawn(collect_tokens(
                url,
                id.clone(),
                secret.clone(),
                kept.clone(),
            ))
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    while kept.lock().unwrap().len() < 500 {
        assert!(Instant::now() < deadline, "the load did not get going");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    child.start_kill().unwrap();
    child.wait().await.unwrap();
    for task in tasks {
        task.await.unwrap();
    }
    let kept = std::mem::take(&mut *kept.lock().unwrap());

    let (_again, base) = serve(data, envs).await;
    let client = reqwest::Client::new();
    for token in &kept {
        let seen: serde_json::Value = client
            .post(format!("{base}/introspect"))
            .basic_auth(&id, Some(&secret))
            .form(&[("token", token.as_str())])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            seen["active"], true,
            "a token received before kill -9 was lost"
        );
    }
    eprintln!(
        "{} tokens received before kill -9, all valid after a restart",
        kept.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_token_received_before_kill_9_is_valid_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    tokens_survive_kill_9(dir.path(), &[]).await;
    if let Some(db) = FreshDatabase::create("idp_test").await.unwrap() {
        let dir = tempfile::tempdir().unwrap();
        tokens_survive_kill_9(dir.path(), &[("IDP_DATABASE_URL", db.url())]).await;
    }
}
