//! What an operator sees inside the real `idp` binary (issue 17): Prometheus metrics on the
//! separate `--metrics-listen` port moving with a sign-in and a token request, request ids
//! in responses and in the log, the public port never serving `/metrics`, and spans
//! exported over OTLP/HTTP to a collector of the test's own.

use crate::binary::{free_port, idp, wait_ready};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::Child;

/// `idp` on its own data folder, its log (stderr) in `<data>/idp.log`.
fn start(data: &Path, args: &[&str], envs: &[(&str, &str)]) -> Child {
    let log = std::fs::File::create(data.join("idp.log")).unwrap();
    idp(data, args, envs)
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap()
}

fn log_of(data: &Path) -> String {
    std::fs::read_to_string(data.join("idp.log")).unwrap_or_default()
}

/// One scrape: every sample as (name, labels) -> value.
type Samples = BTreeMap<(String, BTreeMap<String, String>), f64>;

fn parse(text: &str) -> Samples {
    let mut samples = Samples::new();
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (series, value) = line.rsplit_once(' ').unwrap();
        let value: f64 = value.parse().unwrap();
        let (name, labels) = match series.split_once('{') {
            Some((name, rest)) => {
                let rest = rest.strip_suffix('}').unwrap();
                let labels = rest
                    .split("\",")
                    .filter(|p| !p.is_empty())
                    .map(|pair| {
                        let (k, v) = pair.split_once("=\"").unwrap();
                        (k.to_owned(), v.trim_end_matches('"').to_owned())
                    })
                    .collect();
                (name.to_owned(), labels)
            }
            None => (series.to_owned(), BTreeMap::new()),
        };
        samples.insert((name, labels), value);
    }
    samples
}

/// The sum of the samples named `name` whose labels include `labels` (0 when none).
fn value(samples: &Samples, name: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|((n, l), _)| {
            n == name
                && labels
                    .iter()
                    .all(|(k, v)| l.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|(_, v)| v)
        .sum()
}

async fn scrape(client: &reqwest::Client, metrics: &str) -> (String, Samples) {
    let res = client
        .get(format!("{metrics}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let text = res.text().await.unwrap();
    let samples = parse(&text);
    (text, samples)
}

fn cookie_of(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(|c| c.split(';').next().unwrap().to_owned())
}

fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

/// A password sign-in through the real forms; the password attempt's status.
async fn sign_in(client: &reqwest::Client, base: &str, email: &str, password: &str) -> u16 {
    let res = client.get(format!("{base}/login")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let res = client
        .get(format!("{base}{location}"))
        .send()
        .await
        .unwrap();
    let csrf_cookie = cookie_of(&res, "idp_csrf").unwrap();
    let html = res.text().await.unwrap();
    let (flow, csrf) = (hidden(&html, "flow"), hidden(&html, "csrf"));
    let res = client
        .post(format!("{base}/login/identifier"))
        .header("cookie", &csrf_cookie)
        .form(&[
            ("flow", &flow),
            ("email", &email.to_owned()),
            ("csrf", &csrf),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = client
        .post(format!("{base}/login/password"))
        .header("cookie", &csrf_cookie)
        .form(&[
            ("flow", flow.as_str()),
            ("password", password),
            ("method", "password"),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    res.status().as_u16()
}

#[tokio::test]
async fn metrics_listener_shows_sign_ins_tokens_requests_and_queries() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let listen = format!("127.0.0.1:{}", free_port());
    let metrics_listen = format!("127.0.0.1:{}", free_port());
    let mut server = start(
        data,
        &[
            "--listen",
            &listen,
            "--metrics-listen",
            &metrics_listen,
            "demo",
        ],
        &[],
    );
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let base = format!("http://{listen}");
    let metrics = format!("http://{metrics_listen}");
    wait_ready(&client, &base, &mut server, || log_of(data)).await;
    let demo: serde_json::Value =
        serde_json::from_slice(&std::fs::read(data.join("demo.json")).unwrap()).unwrap();
    let user = &demo["users"][0];
    let (email, password) = (
        user["email"].as_str().unwrap(),
        user["password"].as_str().unwrap(),
    );
    let api = demo["clients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["client_id"] == "cpms-api")
        .unwrap();

    let (text, before) = scrape(&client, &metrics).await;
    assert_eq!(
        value(
            &before,
            "idp_build_info",
            &[("version", env!("CARGO_PKG_VERSION"))]
        ),
        1.0,
        "{text}"
    );

    // A wrong password, then the right one; a client_credentials token.
    assert_eq!(
        sign_in(&client, &base, email, "not the password").await,
        401
    );
    assert_eq!(sign_in(&client, &base, email, password).await, 303);
    let token = client
        .post(format!("{base}/token"))
        .basic_auth("cpms-api", api["client_secret"].as_str())
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    assert_eq!(token.status(), 200);
    let request_id = token.headers()["x-request-id"].to_str().unwrap().to_owned();
    assert!(uuid::Uuid::parse_str(&request_id).is_ok(), "{request_id}");

    // The public port does not serve the metrics (and that 404 is counted as unmatched).
    let public = client.get(format!("{base}/metrics")).send().await.unwrap();
    assert_eq!(public.status(), 404);

    let (text, after) = scrape(&client, &metrics).await;
    let moved = |name: &str, labels: &[(&str, &str)]| {
        value(&after, name, labels) - value(&before, name, labels)
    };
    let token_labels = [("grant", "client_credentials"), ("client", "cpms-api")];
    assert_eq!(
        moved("idp_tokens_issued_total", &token_labels),
        1.0,
        "{text}"
    );
    let token_route = [("route", "/token"), ("method", "POST"), ("status", "200")];
    assert_eq!(
        moved("idp_http_requests_total", &token_route),
        1.0,
        "{text}"
    );
    assert_eq!(
        moved("idp_http_request_duration_seconds_count", &token_route),
        1.0,
        "{text}"
    );
    let password_route = [("route", "/login/password"), ("method", "POST")];
    for (status, n) in [("401", 1.0), ("303", 1.0)] {
        let labels = [password_route.as_slice(), &[("status", status)]].concat();
        assert_eq!(
            moved("idp_http_requests_total", &labels),
            n,
            "{status}: {text}"
        );
    }
    let unmatched = [("route", "unmatched"), ("method", "GET"), ("status", "404")];
    assert_eq!(moved("idp_http_requests_total", &unmatched), 1.0, "{text}");
    assert!(
        !text.contains("route=\"/metrics\""),
        "raw paths never become labels: {text}"
    );
    for outcome in ["success", "failure"] {
        let labels = [("method", "password"), ("outcome", outcome)];
        assert_eq!(
            moved("idp_sign_ins_total", &labels),
            1.0,
            "{outcome}: {text}"
        );
    }
    assert!(
        moved("idp_db_query_duration_seconds_count", &[]) >= 5.0,
        "{text}"
    );
    assert!(
        value(
            &after,
            "idp_db_query_duration_seconds_bucket",
            &[("le", "+Inf")]
        ) > 0.0
    );
    let pool = value(&after, "idp_db_pool_connections", &[("state", "idle")])
        + value(&after, "idp_db_pool_connections", &[("state", "in_use")]);
    assert!(pool >= 1.0, "the pool holds a connection: {text}");
    // SQLite's read connections are a pool of their own; the sign-in read its session there.
    let readers = value(
        &after,
        "idp_db_pool_connections",
        &[("pool", "readers"), ("state", "idle")],
    ) + value(
        &after,
        "idp_db_pool_connections",
        &[("pool", "readers"), ("state", "in_use")],
    );
    assert!(readers >= 1.0, "the readers hold a connection: {text}");
    assert_eq!(value(&after, "idp_argon2_queue_depth", &[]), 0.0, "{text}");
    assert!(
        text.contains("# TYPE idp_argon2_queue_depth gauge"),
        "{text}"
    );
    assert!(
        text.contains("# TYPE idp_http_request_duration_seconds histogram"),
        "{text}"
    );

    // The metrics port serves nothing else.
    let other = client.get(format!("{metrics}/")).send().await.unwrap();
    assert_eq!(other.status(), 404);
    let post = client
        .post(format!("{metrics}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 405);

    // Request ids: a well-formed one sent is kept, a malformed one replaced.
    let kept = client
        .get(format!("{base}/healthz"))
        .header("x-request-id", "lb-7f3a.2_x")
        .send()
        .await
        .unwrap();
    assert_eq!(kept.headers()["x-request-id"], "lb-7f3a.2_x");
    for bad in ["has space", &"x".repeat(65), "semi;colon"] {
        let replaced = client
            .get(format!("{base}/.well-known/openid-configuration"))
            .header("x-request-id", bad)
            .send()
            .await
            .unwrap();
        let id = replaced.headers()["x-request-id"].to_str().unwrap();
        assert!(uuid::Uuid::parse_str(id).is_ok(), "{bad:?} -> {id}");
    }
    // The token request's id is in the log, on its line with route and status.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let log = log_of(data);
        let line = log.lines().find(|l| l.contains(&request_id));
        if let Some(line) = line {
            assert!(
                line.contains("/token") && line.contains("200"),
                "the request's log line: {line}"
            );
            assert!(!log.contains("has space"), "malformed ids are not logged");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{request_id} not in the log:\n{log}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Traces arriving at a loopback OTLP/HTTP collector of the test's own.
#[tokio::test]
async fn spans_are_exported_over_otlp_http() {
    use axum::body::Bytes;
    use axum::http::HeaderMap;
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(String, Bytes)>();
    let collector = axum::Router::new().route(
        "/v1/traces",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let tx = tx.clone();
            async move {
                let kind = headers
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                let _ = tx.send((kind, body));
                (
                    [("content-type", "application/x-protobuf")],
                    Vec::<u8>::new(),
                )
            }
        }),
    );
    let sink = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let endpoint = format!("http://{}", sink.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(sink, collector).await });

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let listen = format!("127.0.0.1:{}", free_port());
    let mut server = start(
        data,
        &["--listen", &listen, "serve"],
        &[
            ("IDP_TELEMETRY_OTLP_ENDPOINT", &endpoint),
            // The batch goes out after 100 ms instead of 5 s.
            ("OTEL_BSP_SCHEDULE_DELAY", "100"),
            ("IDP_LOG_FORMAT", "json"),
        ],
    );
    let client = reqwest::Client::new();
    let base = format!("http://{listen}");
    wait_ready(&client, &base, &mut server, || log_of(data)).await;
    let res = client
        .get(format!("{base}/.well-known/openid-configuration"))
        .header("x-request-id", "otlp-probe-42")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let (kind, body) = tokio::time::timeout_at(deadline, rx.recv())
            .await
            .unwrap_or_else(|_| panic!("no span with the request id arrived\n{}", log_of(data)))
            .unwrap();
        assert_eq!(kind, "application/x-protobuf");
        let has = |needle: &[u8]| body.windows(needle.len()).any(|w| w == needle);
        if has(b"otlp-probe-42") {
            assert!(has(b"GET /.well-known/openid-configuration"), "span name");
            assert!(has(b"service.name") && has(b"idp"), "resource");
            break;
        }
    }
    // The JSON log has the request's line, its id a field of the request's span.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let log = log_of(data);
        let line = log
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .find(|l| l["span"]["request_id"] == "otlp-probe-42");
        if let Some(line) = line {
            assert_eq!(line["span"]["route"], "/.well-known/openid-configuration");
            assert_eq!(line["fields"]["status"], 200);
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no JSON line of the request:\n{log}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
