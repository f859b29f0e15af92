//! `mobile-app serve`: the router in-process (`oneshot`), then the real binary on a free port
//! (its log line, a request, a graceful stop on SIGTERM, and a refused provider URL).

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::response::Response;
use http_body_util::BodyExt;
use mobile_app::serve::{embedded_paths, router, Provider};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tower::ServiceExt;

/// A provider with a path and a port, so that its origin and its URL differ.
const PROVIDER: &str = "https://idp.example.eu:8443/eulogin/";
const PROVIDER_ORIGIN: &str = "https://idp.example.eu:8443";

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

async fn request(method: Method, path: &str, etag: Option<&str>) -> Response {
    let provider: Provider = PROVIDER.parse().unwrap();
    let mut builder = Request::builder().method(method).uri(path);
    if let Some(etag) = etag {
        builder = builder.header(header::IF_NONE_MATCH, etag);
    }
    router(&provider)
        .oneshot(builder.body(Body::empty()).unwrap())
        .await
        .unwrap()
}

async fn get(path: &str) -> Response {
    request(Method::GET, path, None).await
}

fn header_of(response: &Response, name: impl header::AsHeaderName) -> &str {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or_default()
}

async fn body(response: Response) -> Vec<u8> {
    response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec()
}

/// The headers of the contract that every answer carries, a 404 included.
fn assert_contract_headers(response: &Response, path: &str) {
    assert_eq!(
        header_of(response, header::CONTENT_SECURITY_POLICY),
        format!(
            "default-src 'self'; connect-src 'self' {PROVIDER_ORIGIN}; img-src 'self' data: blob:; \
             style-src 'self'; script-src 'self'; worker-src 'self'; manifest-src 'self'; \
             base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        ),
        "{path}"
    );
    assert_eq!(
        header_of(response, header::X_CONTENT_TYPE_OPTIONS),
        "nosniff",
        "{path}"
    );
    assert_eq!(
        header_of(response, header::REFERRER_POLICY),
        "no-referrer",
        "{path}"
    );
}

/// Every file under `dir`, as paths relative to it with `/` separators.
fn files_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(dir).unwrap();
                let parts: Vec<_> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                found.push(parts.join("/"));
            }
        }
    }
    found.sort();
    found
}

fn served_from_web(relative: &str) -> bool {
    let name = relative.rsplit('/').next().unwrap_or_default();
    let excluded = relative.starts_with("test/")
        || relative.starts_with("node_modules/")
        || name.starts_with('.')
        || (relative.starts_with("package") && relative.ends_with(".json"));
    !excluded
}

#[tokio::test]
async fn the_index_and_the_contract_headers() {
    let response = get("/").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_contract_headers(&response, "/");
    assert_eq!(
        header_of(&response, header::CONTENT_TYPE),
        "text/html; charset=utf-8"
    );
    assert_eq!(header_of(&response, header::CACHE_CONTROL), "no-cache");
    let html = String::from_utf8(body(response).await).unwrap();
    assert!(html.contains("src=\"/app.js\""), "{html}");
    let file = std::fs::read_to_string(crate_dir().join("web/index.html")).unwrap();
    assert_eq!(html, file);
}

#[tokio::test]
async fn modules_are_javascript() {
    for path in ["/app.js", "/api.js", "/vendor/jsQR.js"] {
        let response = get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_contract_headers(&response, path);
        assert_eq!(
            header_of(&response, header::CONTENT_TYPE),
            "text/javascript; charset=utf-8",
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_service_worker_may_control_the_whole_app_and_is_revalidated() {
    let response = get("/sw.js").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_contract_headers(&response, "/sw.js");
    assert_eq!(header_of(&response, "service-worker-allowed"), "/");
    assert_eq!(header_of(&response, header::CACHE_CONTROL), "no-cache");
    assert_eq!(
        header_of(&response, header::CONTENT_TYPE),
        "text/javascript; charset=utf-8"
    );
    // Only the service worker gets the scope header.
    assert_eq!(
        header_of(&get("/app.js").await, "service-worker-allowed"),
        ""
    );
}

#[tokio::test]
async fn the_manifest_and_its_icons() {
    let response = get("/manifest.webmanifest").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header_of(&response, header::CONTENT_TYPE),
        "application/manifest+json"
    );
    let manifest: serde_json::Value = serde_json::from_slice(&body(response).await).unwrap();
    let icons = manifest["icons"].as_array().unwrap();
    assert!(!icons.is_empty());
    for icon in icons {
        let src = icon["src"].as_str().unwrap();
        let response = get(src).await;
        assert_eq!(response.status(), StatusCode::OK, "{src}");
        assert_eq!(
            header_of(&response, header::CONTENT_TYPE),
            icon["type"].as_str().unwrap(),
            "{src}"
        );
    }
    let png = get("/icons/icon-192.png").await;
    assert_eq!(header_of(&png, header::CONTENT_TYPE), "image/png");
    assert!(body(png).await.starts_with(b"\x89PNG"));
}

#[tokio::test]
async fn the_config_names_the_provider() {
    let response = get("/config.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_contract_headers(&response, "/config.json");
    assert_eq!(
        header_of(&response, header::CONTENT_TYPE),
        "application/json"
    );
    let config: serde_json::Value = serde_json::from_slice(&body(response).await).unwrap();
    assert_eq!(
        config,
        serde_json::json!({ "provider": "https://idp.example.eu:8443/eulogin" })
    );
}

#[tokio::test]
async fn the_ecl_files_are_the_providers() {
    for (name, content_type) in [
        ("ecl-reset.css", "text/css; charset=utf-8"),
        ("ecl-eu.css", "text/css; charset=utf-8"),
        ("ecl-eu-utilities.css", "text/css; charset=utf-8"),
        ("icons.svg", "image/svg+xml"),
        ("LICENSE.txt", "text/plain; charset=utf-8"),
    ] {
        let path = format!("/ecl/{name}");
        let response = get(&path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_contract_headers(&response, &path);
        assert_eq!(
            header_of(&response, header::CONTENT_TYPE),
            content_type,
            "{path}"
        );
        let vendored = std::fs::read(crate_dir().join("../vendor/ecl").join(name)).unwrap();
        assert!(body(response).await == vendored, "{path} differs");
    }
    assert_eq!(get("/ecl/README.md").await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_file_of_the_web_app_is_served_as_it_is_and_nothing_else() {
    let web = crate_dir().join("web");
    let wanted: Vec<String> = files_under(&web)
        .into_iter()
        .filter(|f| served_from_web(f))
        .collect();
    assert!(wanted.iter().any(|f| f == "index.html"));
    for relative in &wanted {
        let path = format!("/{relative}");
        let response = get(&path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_ne!(
            header_of(&response, header::CONTENT_TYPE),
            "application/octet-stream",
            "{path} has no content type"
        );
        let on_disk = std::fs::read(web.join(relative)).unwrap();
        assert!(
            body(response).await == on_disk,
            "{path} differs from the file: rebuild"
        );
    }
    // The embedded list is exactly these files and the ECL ones.
    let mut embedded: Vec<String> = embedded_paths()
        .into_iter()
        .filter(|p| !p.starts_with("/ecl/"))
        .collect();
    embedded.sort();
    let mut expected: Vec<String> = wanted.iter().map(|f| format!("/{f}")).collect();
    expected.sort();
    assert_eq!(embedded, expected);
}

#[tokio::test]
async fn the_service_workers_shell_is_all_served() {
    let sw = std::fs::read_to_string(crate_dir().join("web/sw.js")).unwrap();
    let start = sw.find("const SHELL = [").expect("sw.js lists its SHELL");
    let list = &sw[start..start + sw[start..].find("];").unwrap()];
    let paths: Vec<&str> = list.split('"').skip(1).step_by(2).collect();
    assert!(paths.contains(&"/config.json"), "{paths:?}");
    for path in paths {
        assert_eq!(get(path).await.status(), StatusCode::OK, "{path}");
    }
}

#[tokio::test]
async fn anything_else_is_not_found() {
    for path in [
        "/nope",
        "/nope.js",
        "/test/shell.test.mjs",
        "/test/",
        "/package.json",
        "/icons/",
        "/icons//icon.svg",
        "/../Cargo.toml",
        "/ecl/",
        "/ecl/../index.html",
        "/index.html/",
    ] {
        let response = get(path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert_contract_headers(&response, path);
    }
    for file in files_under(&crate_dir().join("web/test")) {
        let path = format!("/test/{file}");
        assert_eq!(get(&path).await.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn only_get_and_head() {
    let response = request(Method::POST, "/", None).await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(header_of(&response, header::ALLOW), "GET, HEAD");
    assert_contract_headers(&response, "POST /");

    let response = request(Method::HEAD, "/app.js", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    let length: usize = header_of(&response, header::CONTENT_LENGTH)
        .parse()
        .unwrap();
    assert_eq!(
        length,
        std::fs::metadata(crate_dir().join("web/app.js"))
            .unwrap()
            .len() as usize
    );
    assert!(body(response).await.is_empty());
}

#[tokio::test]
async fn a_known_etag_is_not_modified() {
    let response = get("/app.css").await;
    let etag = header_of(&response, header::ETAG).to_owned();
    assert!(etag.starts_with('"') && etag.len() > 10, "{etag}");
    let again = request(Method::GET, "/app.css", Some(&etag)).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(header_of(&again, header::ETAG), etag);
    assert_contract_headers(&again, "/app.css");
    assert!(body(again).await.is_empty());
    let other = request(Method::GET, "/app.css", Some("\"other\"")).await;
    assert_eq!(other.status(), StatusCode::OK);
    // The config's tag changes with the provider.
    let config = get("/config.json").await;
    assert!(!header_of(&config, header::ETAG).is_empty());
}

/// Waits for the binary's "listening" log line; the address it serves.
async fn listening_address(stderr: tokio::process::ChildStderr) -> String {
    let mut lines = BufReader::new(stderr).lines();
    let found = tokio::time::timeout(Duration::from_secs(30), async {
        while let Some(line) = lines.next_line().await.unwrap() {
            if line.contains("listening") {
                let start = line.find("http://").expect("the log line has the URL");
                let url = line[start..].split_whitespace().next().unwrap().to_owned();
                return Some(url);
            }
        }
        None
    })
    .await
    .expect("mobile-app serve did not log its address within 30 s")
    .expect("mobile-app serve stopped before listening");
    // Keep reading, so that the server never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    found
}

#[tokio::test]
async fn the_binary_serves_and_stops_on_sigterm() {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_mobile-app"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--provider",
            "http://localhost:8080",
        ])
        .env_remove("MOBILE_APP_STATE")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let url = listening_address(child.stderr.take().unwrap()).await;
    let url = url.trim_end_matches('/');
    let http = reqwest::Client::new();
    let response = http.get(format!("{url}/sw.js")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["service-worker-allowed"], "/");
    assert!(response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("connect-src 'self' http://localhost:8080;"));
    let config: serde_json::Value = http
        .get(format!("{url}/config.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(config["provider"], "http://localhost:8080");
    let missing = http.get(format!("{url}/missing")).send().await.unwrap();
    assert_eq!(missing.status(), 404);

    let pid = child.id().unwrap().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .expect("mobile-app serve did not stop within 10 s of SIGTERM")
        .unwrap();
    assert!(status.success(), "{status}");
}

#[test]
fn a_provider_that_is_not_http_is_refused_as_bad_usage() {
    for provider in ["ftp://idp.example.eu", "localhost:8080", "not a url"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_mobile-app"))
            .args(["serve", "--listen", "127.0.0.1:0", "--provider", provider])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{provider}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("http://") && stderr.contains("--provider"),
            "{provider}: {stderr}"
        );
    }
}

#[test]
fn the_command_line_app_still_needs_its_state_file() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mobile-app"))
        .arg("show")
        .env_remove("MOBILE_APP_STATE")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--state"));
}
