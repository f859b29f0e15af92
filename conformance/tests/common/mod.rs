//! Shared by the integration tests: free ports, child processes, running the binary.
#![allow(dead_code)]

use std::ffi::{OsStr, OsString};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

/// A free loopback port (bound then released).
pub fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port");
    l.local_addr().expect("local addr").port()
}

/// Kills the child when dropped.
pub struct Guard(pub Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `cmd` and waits until a stdout line starts with `ready`; the rest of its output is
/// drained in a thread so the child never blocks.
pub fn start_until(mut cmd: Command, ready: &str) -> Guard {
    cmd.stdout(Stdio::piped()).stderr(Stdio::inherit());
    let mut child = cmd.spawn().expect("start child process");
    let stdout = child.stdout.take().expect("child stdout");
    let mut lines = BufReader::new(stdout).lines();
    let guard = Guard(child);
    loop {
        match lines.next() {
            Some(Ok(line)) if line.starts_with(ready) => break,
            Some(Ok(_)) => continue,
            _ => panic!("the child process exited before printing {ready:?}"),
        }
    }
    std::thread::spawn(move || for _ in lines.by_ref() {});
    guard
}

/// `--flag=VALUE` as one argument: our command lines never pass a value as an argument of its
/// own, since a generated one (client id, secret, password) may begin with `-`.
pub fn flag_arg(flag: &str, value: impl AsRef<OsStr>) -> OsString {
    let mut arg = OsString::from(flag);
    arg.push("=");
    arg.push(value);
    arg
}

/// Runs the conformance binary (`extra`: further arguments, each flag with its value as one
/// `--flag=VALUE`); returns its output and the parsed JSON report.
pub fn run_conformance(
    issuer: &str,
    config: &Path,
    report: &Path,
    extra: &[&str],
) -> (Output, Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_conformance"))
        .arg(format!("--issuer={issuer}"))
        .arg(flag_arg("--config", config))
        .arg(flag_arg("--report", report))
        .args(extra)
        .output()
        .expect("run the conformance binary");
    let text = std::fs::read_to_string(report).unwrap_or_else(|_| {
        panic!(
            "no report written; stdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let json: Value = serde_json::from_str(&text).expect("report is JSON");
    (out, json)
}

/// (module, result, reason) of every report entry, prefixed by plan.
pub fn results(report: &Value) -> Vec<(String, String, String)> {
    report["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| {
            (
                format!(
                    "{} / {}",
                    e["plan"].as_str().unwrap_or(""),
                    e["module"].as_str().unwrap_or("")
                ),
                e["result"].as_str().unwrap_or("").to_string(),
                e["reason"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}
