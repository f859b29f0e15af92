//! Proof that the runner is right: node `oidc-provider` (an OpenID-certified provider) is
//! installed from npm and started on loopback, and every module both support must pass.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{free_port, results, run_conformance, start_until, Guard};

/// Modules that are SKIPPED against oidc-provider for a stated reason.
const EXPECTED_SKIPS: &[(&str, &str)] = &[
    // oidc-provider does not enable request objects by default; the Foundation's suite skips too.
    (
        "oidcc-ensure-request-object-with-redirect-uri",
        "does not support unsigned request objects",
    ),
    // its development interactions cannot reach a second acr level; no [acr] is configured.
    ("idp-step-up-essential-acr", "no [acr]"),
];

fn node_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("node")
}

fn ensure_installed() {
    let dir = node_dir();
    if dir.join("node_modules/oidc-provider/package.json").exists() {
        return;
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir)
        .status()
        .unwrap_or_else(|e| {
            panic!(
                "npm is needed to install oidc-provider into {}: {e}",
                dir.display()
            )
        });
    assert!(status.success(), "npm ci failed in {}", dir.display());
}

struct Op {
    _guard: Guard,
    issuer: String,
    rp_port: u16,
    dir: tempfile::TempDir,
}

fn start_op() -> Op {
    ensure_installed();
    let dir = tempfile::tempdir().expect("tempdir");
    let (port, rp_port) = (free_port(), free_port());
    let rp = format!("http://127.0.0.1:{rp_port}");
    let clients = serde_json::json!([
        {
            "client_id": "conformance-1", "client_secret": "conformance-secret-1-0123456789abcdef",
            "token_endpoint_auth_method": "client_secret_basic",
            "redirect_uris": [format!("{rp}/callback")],
            "post_logout_redirect_uris": [format!("{rp}/logged-out")],
            "backchannel_logout_uri": format!("{rp}/backchannel"),
            "backchannel_logout_session_required": true,
            "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"]
        },
        {
            "client_id": "conformance-2", "client_secret": "conformance-secret-2-0123456789abcdef",
            "token_endpoint_auth_method": "client_secret_basic",
            "redirect_uris": [format!("{rp}/callback2")],
            "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"]
        },
        {
            "client_id": "conformance-post", "client_secret": "conformance-secret-3-0123456789abcdef",
            "token_endpoint_auth_method": "client_secret_post",
            "redirect_uris": [format!("{rp}/callback3")],
            "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"]
        }
    ]);
    let clients_file = dir.path().join("clients.json");
    std::fs::write(&clients_file, clients.to_string()).expect("write clients");
    let mut cmd = Command::new("node");
    cmd.arg(node_dir().join("op.mjs"))
        .arg(port.to_string())
        .arg(&clients_file);
    let guard = start_until(cmd, "READY");
    Op {
        _guard: guard,
        issuer: format!("http://127.0.0.1:{port}"),
        rp_port,
        dir,
    }
}

fn config(op: &Op, secret1: &str) -> PathBuf {
    let rp = format!("http://127.0.0.1:{}", op.rp_port);
    let text = format!(
        r#"
# the Foundation waits 30 s in oidcc-codereuse-30seconds; 2 s keeps this test short
code_reuse_wait_seconds = 2

[client]
client_id = "conformance-1"
client_secret = "{secret1}"
redirect_uri = "{rp}/callback"
post_logout_redirect_uri = "{rp}/logged-out"
backchannel_logout_uri = "{rp}/backchannel"

[client2]
client_id = "conformance-2"
client_secret = "conformance-secret-2-0123456789abcdef"
redirect_uri = "{rp}/callback2"

[client_post]
client_id = "conformance-post"
client_secret = "conformance-secret-3-0123456789abcdef"
auth_method = "client_secret_post"
redirect_uri = "{rp}/callback3"

[user]
email = "tester@example.org"
password = "any password works with the development interactions"
"#
    );
    let path = op.dir.path().join("conformance.toml");
    std::fs::write(&path, text).expect("write config");
    path
}

#[test]
fn every_module_both_support_passes_against_oidc_provider() {
    let op = start_op();
    let cfg = config(&op, "conformance-secret-1-0123456789abcdef");
    let report = op.dir.path().join("report.json");
    let (out, json) = run_conformance(&op.issuer, &cfg, &report, &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let rows = results(&json);
    let bad: Vec<_> = rows
        .iter()
        .filter(|(m, r, reason)| match r.as_str() {
            "PASSED" | "WARNING" => false,
            "SKIPPED" => !EXPECTED_SKIPS
                .iter()
                .any(|(name, why)| m.ends_with(name) && reason.contains(why)),
            _ => true,
        })
        .collect();
    assert!(
        bad.is_empty(),
        "modules that did not pass against oidc-provider: {bad:#?}\n{stdout}"
    );
    let names: Vec<&str> = rows.iter().map(|(m, _, _)| m.as_str()).collect();
    for plan in [
        "oidcc-basic-certification-test-plan / oidcc-server",
        "oidcc-config-certification-test-plan / oidcc-discovery-endpoint-verification",
        "oidcc-formpost-basic-certification-test-plan / oidcc-prompt-login",
        "oidcc-rp-initiated-logout-certification-test-plan / oidcc-rp-initiated-logout",
        "oidcc-backchannel-rp-initiated-logout-certification-test-plan / oidcc-backchannel-rp-initiated-logout",
        "idp-certification-test-plan / idp-refresh-token-reuse",
    ] {
        assert!(names.contains(&plan), "{plan} did not run");
    }
    let last = stdout.lines().last().unwrap_or_default();
    let passed = rows.iter().filter(|(_, r, _)| r == "PASSED").count();
    assert_eq!(
        last,
        format!("{passed} passed, 0 failed"),
        "summary line: {last}"
    );
    assert!(out.status.success(), "exit status {:?}", out.status);
}

#[test]
fn a_wrong_client_secret_fails_the_server_module() {
    let op = start_op();
    let cfg = config(&op, "not-the-registered-secret");
    let report = op.dir.path().join("report.json");
    let (out, json) = run_conformance(&op.issuer, &cfg, &report, &["--module=oidcc-server"]);
    let rows = results(&json);
    assert_eq!(
        rows.len(),
        2,
        "oidcc-server runs in the basic and form_post plans: {rows:?}"
    );
    for (m, r, reason) in &rows {
        assert_eq!(r, "FAILED", "{m} should fail with a wrong secret");
        assert!(reason.contains("invalid_client"), "{m}: {reason}");
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().last(), Some("0 passed, 2 failed"));
    assert_eq!(out.status.code(), Some(1));
}
