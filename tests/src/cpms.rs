//! Runs the real `relying-party-demo` binary (CPMS) on a loopback port as a relying party of a
//! running [`crate::Provider`], and waits until it answers `GET /healthz`.
//!
//! CPMS's redirect URI contains its port, and the client must be registered at the provider
//! with it before the provider starts: take a port with [`CpmsPort::reserve`], register
//! [`CpmsPort::url`]`("/callback")`, start the provider, then [`Cpms::start`] on that port.

use std::fs::File;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result};
use tempfile::TempDir;

use crate::{bins, flag_arg, net, wait};

/// A loopback port chosen for CPMS before it starts.
#[derive(Debug, Clone, Copy)]
pub struct CpmsPort(pub u16);

impl CpmsPort {
    pub fn reserve() -> Result<Self> {
        Ok(Self(net::free_port()?))
    }

    /// `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.0)
    }
}

/// A running CPMS; killed when dropped (its data folder is kept if the test panics).
pub struct Cpms {
    child: Option<Child>,
    temp: Option<TempDir>,
    data: PathBuf,
    port: CpmsPort,
}

impl Cpms {
    /// Starts `relying-party-demo --issuer=ISSUER --client-id=ID --listen=127.0.0.1:PORT
    /// --data=TMP` with the secret in `CPMS_CLIENT_SECRET`.
    pub async fn start(
        port: CpmsPort,
        issuer: &str,
        client_id: &str,
        client_secret: &str,
    ) -> Result<Self> {
        Self::start_with(
            port,
            &[
                &format!("--issuer={issuer}"),
                &format!("--client-id={client_id}"),
            ],
            &[("CPMS_CLIENT_SECRET", client_secret)],
        )
        .await
    }

    /// Starts `relying-party-demo ARGS --listen=127.0.0.1:PORT --data=TMP` with `env`. Pass
    /// each flag with its value as one argument, `--flag=VALUE` (e.g. `--demo-json=PATH`): a
    /// generated value may begin with `-` and would otherwise be read as a flag.
    pub async fn start_with(port: CpmsPort, args: &[&str], env: &[(&str, &str)]) -> Result<Self> {
        let bin = bins::bin_path("relying-party-demo")?;
        let temp = crate::kept::data_folder("cpms-")?;
        let data = temp.path().to_path_buf();
        let stderr = File::create(data.join("cpms.stderr.log"))?;
        let stdout = File::create(data.join("cpms.stdout.log"))?;
        let child = Command::new(&bin)
            .args(args)
            .arg(format!("--listen=127.0.0.1:{}", port.0))
            .arg(flag_arg("--data", data.join("cpms")))
            .env("RUST_LOG", "info")
            .env_remove("CPMS_ISSUER")
            .env_remove("CPMS_CLIENT_ID")
            .env_remove("CPMS_CLIENT_SECRET")
            .env_remove("CPMS_DEMO_JSON")
            .env_remove("CPMS_PUBLIC_URL")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .with_context(|| format!("spawn {}", bin.display()))?;
        let mut cpms = Self {
            child: Some(child),
            temp: Some(temp),
            data,
            port,
        };
        let health = cpms.url("/healthz");
        let log = cpms.stderr_log();
        if let Some(child) = cpms.child.as_mut() {
            wait::until_serving(
                "relying-party-demo",
                &health,
                Duration::from_secs(60),
                child,
                &log,
            )
            .await?;
        }
        Ok(cpms)
    }

    /// `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        self.port.url(path)
    }

    pub fn stderr_log(&self) -> PathBuf {
        self.data.join("cpms.stderr.log")
    }

    /// The last 30 lines CPMS logged.
    pub fn stderr_tail(&self) -> String {
        wait::tail(&self.stderr_log(), 30)
    }
}

impl Drop for Cpms {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        crate::kept::keep(self.temp.take(), &self.data, "cpms", "cpms.stderr.log");
    }
}
