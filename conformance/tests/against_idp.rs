//! The runner against OUR provider: `target/debug/idp serve` (dev mode) on a free loopback
//! port with a fresh data folder, three clients and a test user with a confirmed phone; every
//! module of the basic, config, form_post and logout plans and of our own plan must PASS (step-up
//! by SMS included, its codes read from the dev outbox), the only exception being modules the
//! Foundation's suite itself skips as not applicable (listed below with their reason).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{flag_arg, free_port, results, run_conformance, Guard};

const PLANS: &[&str] = &[
    "oidcc-basic-certification-test-plan",
    "oidcc-config-certification-test-plan",
    "oidcc-formpost-basic-certification-test-plan",
    "oidcc-rp-initiated-logout-certification-test-plan",
    "oidcc-backchannel-rp-initiated-logout-certification-test-plan",
    "idp-certification-test-plan",
];

/// Modules that are SKIPPED against idp because they do not apply, for the reason given (the
/// Foundation's suite skips them too): idp does not take unsigned request objects (it rejects
/// them as unsupported, which oidcc-unsigned-request-object-supported-correctly-or-rejected-as-
/// unsupported checks), so the redirect_uri-inside-a-request-object module has nothing to test.
const EXPECTED_SKIPS: &[(&str, &str)] = &[(
    "oidcc-ensure-request-object-with-redirect-uri",
    "does not support unsigned request objects",
)];

/// Modules that end with a WARNING against idp, for the reason given (the Foundation's suite
/// warns too, OIDCC 5.4 "VerifyScopesReturnedInUserInfoClaims"): idp lists the address
/// scope but releases no claim for it, since it holds no postal address. (The phone scope
/// releases the user's confirmed mobile number.)
const EXPECTED_WARNINGS: &[(&str, &str)] = &[
    ("oidcc-scope-address", "no claim of scope address"),
    ("oidcc-scope-all", "no claim of scope address"),
];

/// Whether `module` ("plan / module") is listed in `list` with a reason containing `why`.
fn listed(list: &[(&str, &str)], module: &str, reason: &str) -> bool {
    list.iter()
        .any(|(n, why)| module.ends_with(&format!("/ {n}")) && reason.contains(why))
}

/// Modules whose PASSED result this test names explicitly (they need the second factor).
const MUST_PASS: &[&str] = &[
    "idp-certification-test-plan / idp-step-up-essential-acr",
    "idp-certification-test-plan / idp-rfc9470-step-up-challenge",
];

fn idp_binary() -> PathBuf {
    // CARGO_BIN_EXE_* only covers this package; the provider is built next to us.
    let exe = PathBuf::from(env!("CARGO_BIN_EXE_conformance"));
    let dir = exe.parent().expect("target dir").to_path_buf();
    let idp = dir.join(format!("idp{}", std::env::consts::EXE_SUFFIX));
    if !idp.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--package=idp"])
            .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
            .status()
            .expect("run cargo build --package=idp");
        assert!(status.success(), "cargo build -p idp failed");
    }
    assert!(idp.exists(), "{} not found after building", idp.display());
    idp
}

fn idp(data: &Path) -> Command {
    let mut c = Command::new(idp_binary());
    c.arg(flag_arg("--data", data))
        .env("IDP_ARGON2_MEMORY_KIB", "8")
        .env("IDP_ARGON2_ITERATIONS", "1")
        .env("IDP_DEV_MODE", "true")
        .env("IDP_UI_BRAND", "EU Login")
        // The step-up modules sign in with SMS codes to one number in quick succession; the
        // minute between two codes to a number is the provider's own test's business.
        .env("IDP_PACING_SMS_MIN_INTERVAL_SECS", "0");
    c
}

fn run_ok(mut c: Command) -> String {
    let out = c.output().expect("run idp");
    assert!(
        out.status.success(),
        "{c:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `idp client add ... --json` -> (client_id, client_secret)
fn add_client(
    data: &Path,
    listen: &str,
    name: &str,
    auth: &str,
    rp: &str,
    path: &str,
    logout: bool,
) -> (String, String) {
    let mut c = idp(data);
    c.args([
        format!("--listen={listen}"),
        "client".into(),
        "add".into(),
        format!("--name={name}"),
        "--json".into(),
        format!("--redirect-uri={rp}/{path}"),
        format!("--auth-method={auth}"),
        "--grant-type=authorization_code".into(),
        "--grant-type=refresh_token".into(),
        "--scope=openid profile email address phone offline_access".into(),
    ]);
    if logout {
        c.arg(format!("--post-logout-redirect-uri={rp}/logged-out"))
            .arg(format!("--backchannel-logout-uri={rp}/backchannel"));
    }
    let out = run_ok(c);
    let v: serde_json::Value =
        serde_json::from_str(out.trim()).expect("client add --json prints JSON");
    (
        v["client_id"].as_str().expect("client_id").to_string(),
        v["client_secret"]
            .as_str()
            .expect("client_secret")
            .to_string(),
    )
}

/// A minimal HTTP/1.0 GET returning the status code (no client library needed here).
fn get_status(addr: &str, path: &str) -> Option<u16> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").ok()?;
    let mut buf = String::new();
    s.read_to_string(&mut buf).ok()?;
    buf.split_whitespace().nth(1)?.parse().ok()
}

fn wait_ready(issuer: &str, guard: &mut Guard) {
    let deadline = Instant::now() + Duration::from_secs(60);
    let url = format!("{issuer}/readyz");
    loop {
        if let Ok(Some(status)) = guard.0.try_wait() {
            panic!("idp serve exited early with {status}");
        }
        if get_status(issuer.trim_start_matches("http://"), "/readyz") == Some(200) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "idp did not become ready at {url}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_foundations_plans_pass_against_idp() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let (port, rp_port) = (free_port(), free_port());
    let listen = format!("127.0.0.1:{port}");
    let issuer = format!("http://{listen}");
    let rp = format!("http://127.0.0.1:{rp_port}");
    run_ok({
        let mut c = idp(&data);
        c.args([&format!("--listen={listen}"), "migrate"]);
        c
    });
    let (id1, s1) = add_client(
        &data,
        &listen,
        "conformance 1",
        "client_secret_basic",
        &rp,
        "callback",
        true,
    );
    let (id2, s2) = add_client(
        &data,
        &listen,
        "conformance 2",
        "client_secret_basic",
        &rp,
        "callback2",
        false,
    );
    let (id3, s3) = add_client(
        &data,
        &listen,
        "conformance post",
        "client_secret_post",
        &rp,
        "callback3",
        false,
    );
    let password = "Conformance-Password-2026!";
    run_ok({
        let mut c = idp(&data);
        c.args([
            &format!("--listen={listen}"),
            "user",
            "add",
            "--email=tester@example.org",
            &format!("--password={password}"),
            "--first-name=Test",
            "--last-name=User",
            // A confirmed phone: the runner reads its SMS codes from the dev outbox for step-up.
            "--phone=+32 470 12 34 56",
        ]);
        c
    });
    let mut serve = idp(&data);
    serve
        .args([&format!("--listen={listen}"), "serve"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut guard = Guard(serve.spawn().expect("start idp serve"));
    wait_ready(&issuer, &mut guard);
    let cfg = |second_factor: &str| {
        format!(
            r#"
code_reuse_wait_seconds = 2
[client]
client_id = "{id1}"
client_secret = "{s1}"
redirect_uri = "{rp}/callback"
post_logout_redirect_uri = "{rp}/logged-out"
backchannel_logout_uri = "{rp}/backchannel"
[client2]
client_id = "{id2}"
client_secret = "{s2}"
redirect_uri = "{rp}/callback2"
[client_post]
client_id = "{id3}"
client_secret = "{s3}"
auth_method = "client_secret_post"
redirect_uri = "{rp}/callback3"
[user]
email = "tester@example.org"
password = "{password}"
[acr]
basic = "{issuer}/loa/basic"
medium = "{issuer}/loa/medium"
[second_factor]
{second_factor}
"#
        )
    };
    // SMS codes from the outbox folder for the whole run ...
    let cfg_path = dir.path().join("conformance.toml");
    let outbox_dir = format!(
        "outbox_dir = {:?}",
        data.join("outbox").display().to_string()
    );
    std::fs::write(&cfg_path, cfg(&outbox_dir)).expect("write config");
    let report = dir.path().join("report.json");
    let plans: Vec<String> = PLANS.iter().map(|p| format!("--plan={p}")).collect();
    let args: Vec<&str> = plans.iter().map(String::as_str).collect();
    let (out, json) = run_conformance(&issuer, &cfg_path, &report, &args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let rows = results(&json);
    let bad: Vec<_> = rows
        .iter()
        .filter(|(m, r, reason)| match r.as_str() {
            "PASSED" => false,
            "SKIPPED" => !listed(EXPECTED_SKIPS, m, reason),
            // every one of its warnings must be an expected one
            "WARNING" => !reason.split("; ").all(|w| listed(EXPECTED_WARNINGS, m, w)),
            _ => true,
        })
        .collect();
    assert!(
        bad.is_empty(),
        "modules that did not pass against idp: {bad:#?}\n{stdout}"
    );
    // Every module of every plan ran (none silently left out).
    let listed = list_modules(&issuer, &cfg_path);
    let ran: Vec<&str> = rows.iter().map(|(m, _, _)| m.as_str()).collect();
    for m in &listed {
        assert!(ran.contains(&m.as_str()), "{m} did not run\n{stdout}");
    }
    for m in MUST_PASS {
        assert!(
            rows.iter().any(|(n, r, _)| n == m && r == "PASSED"),
            "{m} did not pass\n{stdout}"
        );
    }
    let passed = rows.iter().filter(|(_, r, _)| r == "PASSED").count();
    assert_eq!(
        stdout.lines().last(),
        Some(format!("{passed} passed, 0 failed").as_str()),
        "summary line"
    );
    assert!(out.status.success(), "exit status {:?}", out.status);

    // ... and from the provider's /dev/outbox page for the step-up module once more.
    let url_cfg = dir.path().join("conformance-outbox-url.toml");
    let outbox_url = format!("outbox_url = \"{issuer}/dev/outbox\"");
    std::fs::write(&url_cfg, cfg(&outbox_url)).expect("write config");
    let report2 = dir.path().join("report-outbox-url.json");
    let (out2, json2) = run_conformance(
        &issuer,
        &url_cfg,
        &report2,
        &["--module=idp-step-up-essential-acr"],
    );
    let rows2 = results(&json2);
    assert!(
        rows2.len() == 1 && rows2[0].1 == "PASSED",
        "step-up with codes from /dev/outbox: {rows2:#?}\n{}",
        String::from_utf8_lossy(&out2.stdout)
    );
}

/// `conformance --list` for the plans of this test: "plan / module" names.
fn list_modules(issuer: &str, cfg: &Path) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_conformance"))
        .arg(format!("--issuer={issuer}"))
        .arg(flag_arg("--config", cfg))
        .arg("--list")
        .output()
        .expect("conformance --list");
    assert!(out.status.success());
    let mut plan = String::new();
    let mut names = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        match line.strip_prefix("  ") {
            Some(m) if PLANS.contains(&plan.as_str()) => names.push(format!("{plan} / {m}")),
            Some(_) => {}
            None => plan = line.to_string(),
        }
    }
    assert!(names.len() > 50, "conformance --list: {names:?}");
    names
}
