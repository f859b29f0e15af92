//! The real `idp` binary, for the tests of this suite that start it (`serving`, `lifecycle`,
//! `metrics`): a command on a data folder of its own, with a cheap argon2 and none of the
//! caller's provider settings, killed when dropped; a free port; readiness.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

/// A loopback port free a moment ago.
pub fn free_port() -> u16 {
    e2e::free_port().unwrap()
}

/// `idp --data <data> <args>` with `envs`; the process is killed when its `Child` is dropped.
pub fn idp(data: &Path, args: &[&str], envs: &[(&str, &str)]) -> Command {
    std::fs::create_dir_all(data).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_idp"));
    cmd.args(["--data", data.to_str().unwrap()])
        .args(args)
        .env("IDP_ARGON2_MEMORY_KIB", "8")
        .env("IDP_ARGON2_ITERATIONS", "1")
        .env_remove("DATABASE_URL")
        .env_remove("IDP_LOG")
        .env_remove("IDP_METRICS_LISTEN")
        .env_remove("IDP_TELEMETRY_OTLP_ENDPOINT")
        .stdin(Stdio::null())
        .kill_on_drop(true);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd
}

/// Waits (at most 30 s) until `<base>/readyz` answers 200; if `child` exits first, fails
/// with what `log` returns (its stderr, where the test kept it).
pub async fn wait_ready(
    client: &reqwest::Client,
    base: &str,
    child: &mut Child,
    log: impl Fn() -> String,
) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("idp exited early: {status}\n{}", log());
        }
        if let Ok(r) = client.get(format!("{base}/readyz")).send().await {
            if r.status().is_success() {
                return;
            }
        }
        assert!(
            Instant::now() < deadline,
            "idp did not become ready at {base}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
