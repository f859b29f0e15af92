//! A mail server on loopback for the outbox's fault tests (issue 17): it speaks enough SMTP
//! for lettre, records every message it accepts, can refuse every recipient for good (`550`),
//! and can be stopped and started again on the same port (a mail server that goes down and
//! comes back).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::task::JoinHandle;

use crate::wait;

/// The server; stopped when dropped.
pub struct SmtpServer {
    port: u16,
    received: Arc<Mutex<Vec<String>>>,
    refuse: Arc<AtomicBool>,
    accepting: Option<JoinHandle<()>>,
}

impl SmtpServer {
    /// A server that is not running yet, on a port free a moment ago: mail sent to it is
    /// refused a connection until [`SmtpServer::start`].
    pub fn stopped() -> Result<Self> {
        Ok(Self {
            port: crate::free_port()?,
            received: Arc::default(),
            refuse: Arc::default(),
            accepting: None,
        })
    }

    /// A running server.
    pub async fn running() -> Result<Self> {
        let mut server = Self::stopped()?;
        server.start().await?;
        Ok(server)
    }

    /// `smtp://127.0.0.1:PORT`, for `smtp.url`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Starts accepting on its port (again).
    pub async fn start(&mut self) -> Result<()> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port))
            .await
            .with_context(|| format!("bind 127.0.0.1:{}", self.port))?;
        let (received, refuse) = (self.received.clone(), self.refuse.clone());
        self.accepting = Some(tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let (received, refuse) = (received.clone(), refuse.clone());
                tokio::spawn(session(socket, received, refuse));
            }
        }));
        Ok(())
    }

    /// Stops accepting: new connections are refused (sessions under way finish).
    pub fn stop(&mut self) {
        if let Some(task) = self.accepting.take() {
            task.abort();
        }
    }

    /// Whether every recipient is refused with `550 5.1.1` (a mailbox that does not exist).
    pub fn refuse_recipients(&self, refuse: bool) {
        self.refuse.store(refuse, Ordering::SeqCst);
    }

    /// Every message accepted so far (headers and body as sent), oldest first.
    pub fn messages(&self) -> Vec<String> {
        self.received.lock().map(|m| m.clone()).unwrap_or_default()
    }

    /// Waits (bounded) until at least `count` messages arrived; returns them all.
    pub async fn wait_for_count(&self, count: usize, deadline: Duration) -> Result<Vec<String>> {
        let what = format!("{count} message(s) at the SMTP server");
        wait::until(&what, deadline, || async {
            let all = self.messages();
            Ok((all.len() >= count).then_some(all))
        })
        .await
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn session(
    socket: tokio::net::TcpStream,
    received: Arc<Mutex<Vec<String>>>,
    refuse: Arc<AtomicBool>,
) {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    if write.write_all(b"220 sink ESMTP\r\n").await.is_err() {
        return;
    }
    let (mut data, mut in_data) = (String::new(), false);
    while let Ok(Some(line)) = lines.next_line().await {
        if in_data {
            if line == "." {
                in_data = false;
                if let Ok(mut all) = received.lock() {
                    all.push(std::mem::take(&mut data));
                }
                if write.write_all(b"250 queued\r\n").await.is_err() {
                    return;
                }
            } else {
                data.push_str(&line);
                data.push('\n');
            }
            continue;
        }
        let upper = line.to_ascii_uppercase();
        let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            b"250-sink\r\n250 OK\r\n"
        } else if upper.starts_with("RCPT") && refuse.load(Ordering::SeqCst) {
            b"550 5.1.1 no such mailbox\r\n"
        } else if upper.starts_with("DATA") {
            in_data = true;
            b"354 go on\r\n"
        } else if upper.starts_with("QUIT") {
            let _ = write.write_all(b"221 bye\r\n").await;
            return;
        } else {
            b"250 OK\r\n"
        };
        if write.write_all(reply).await.is_err() {
            return;
        }
    }
}
