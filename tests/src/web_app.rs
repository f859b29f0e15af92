//! Runs the installable app's server, `mobile-app serve --listen=127.0.0.1:PORT
//! --provider=URL`, on a loopback port and waits until it answers `GET /config.json`.
//!
//! The app's origin must be in the provider's `app.origins` before the provider starts, and
//! the app needs the provider's URL: take a port with [`WebAppPort::reserve`], start the
//! provider with `IDP_APP_ORIGINS` = [`WebAppPort::origin`], then [`WebApp::start`] on that
//! port.

use std::fs::File;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result};
use tempfile::TempDir;

use crate::{bins, flag_arg, net, wait};

/// A loopback port chosen for the app before it starts.
#[derive(Debug, Clone, Copy)]
pub struct WebAppPort(pub u16);

impl WebAppPort {
    pub fn reserve() -> Result<Self> {
        Ok(Self(net::free_port()?))
    }

    /// `http://127.0.0.1:PORT`, the app's origin.
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.0)
    }
}

/// A running `mobile-app serve`; killed when dropped (its log is kept as `kept` says).
pub struct WebApp {
    child: Option<Child>,
    temp: Option<TempDir>,
    data: PathBuf,
    port: WebAppPort,
}

impl WebApp {
    /// Starts `mobile-app serve --listen=127.0.0.1:PORT --provider=PROVIDER`.
    pub async fn start(port: WebAppPort, provider: &str) -> Result<Self> {
        let bin = bins::bin_path("mobile-app")?;
        let temp = crate::kept::data_folder("web-app-")?;
        let data = temp.path().to_path_buf();
        let stderr = File::create(data.join("mobile-app.stderr.log"))?;
        let stdout = File::create(data.join("mobile-app.stdout.log"))?;
        let child = Command::new(&bin)
            .arg("serve")
            .arg(format!("--listen=127.0.0.1:{}", port.0))
            .arg(flag_arg("--provider", provider))
            // Each request in the log (tower-http's traces), to tell what the browser fetched.
            .env("MOBILE_APP_LOG", "info,tower_http=debug")
            .env_remove("MOBILE_APP_LISTEN")
            .env_remove("MOBILE_APP_PROVIDER")
            .env_remove("MOBILE_APP_STATE")
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .with_context(|| format!("spawn {} serve", bin.display()))?;
        let mut app = Self {
            child: Some(child),
            temp: Some(temp),
            data,
            port,
        };
        let ready = app.url("/config.json");
        let log = app.stderr_log();
        if let Some(child) = app.child.as_mut() {
            wait::until_serving(
                "mobile-app serve",
                &ready,
                Duration::from_secs(60),
                child,
                &log,
            )
            .await?;
        }
        Ok(app)
    }

    /// The app's origin, `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> String {
        self.port.origin()
    }

    /// The origin followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin())
    }

    pub fn stderr_log(&self) -> PathBuf {
        self.data.join("mobile-app.stderr.log")
    }

    /// The last 30 lines the server logged.
    pub fn stderr_tail(&self) -> String {
        wait::tail(&self.stderr_log(), 30)
    }

    /// Stops the server: the app's origin no longer answers (the phone has no network to
    /// it); what the browser cached is all that is left.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for WebApp {
    fn drop(&mut self) {
        self.stop();
        crate::kept::keep(
            self.temp.take(),
            &self.data,
            "mobile-app",
            "mobile-app.stderr.log",
        );
    }
}
