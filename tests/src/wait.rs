//! Bounded polling: wait for a condition with a deadline instead of sleeping for timing.

use std::future::Future;
use std::time::Duration;

use anyhow::{bail, Result};
use tokio::time::Instant;

/// How often conditions are re-checked.
pub const POLL_INTERVAL: Duration = Duration::from_millis(50);

/// Default deadline for things that should happen promptly (a page load, an e-mail).
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(15);

/// Calls `check` every [`POLL_INTERVAL`] until it returns `Ok(Some(value))` or `deadline`
/// passes. `Ok(None)` and `Err(_)` both mean "not yet"; the last error (if any) is reported
/// together with `what` when the deadline passes.
pub async fn until<T, F, Fut>(what: &str, deadline: Duration, mut check: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Option<T>>>,
{
    let end = Instant::now() + deadline;
    let mut last_error = None;
    loop {
        match check().await {
            Ok(Some(value)) => return Ok(value),
            Ok(None) => {}
            Err(e) => last_error = Some(e),
        }
        if Instant::now() >= end {
            match last_error {
                Some(e) => {
                    bail!("timed out after {deadline:?} waiting for {what}; last error: {e:#}")
                }
                None => bail!("timed out after {deadline:?} waiting for {what}"),
            }
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
}

/// Waits until `GET url` answers 200 (at most `deadline`) from the server `child` runs;
/// fails with the last 30 lines of its log `log` if it exits first or the deadline passes.
/// `what` names the server in the message.
pub async fn until_serving(
    what: &str,
    url: &str,
    deadline: Duration,
    child: &mut std::process::Child,
    log: &std::path::Path,
) -> Result<()> {
    let http = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(5))
        .build()?;
    let end = Instant::now() + deadline;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            bail!(
                "{what} exited early ({status}); its stderr ({}) ends with:\n{}",
                log.display(),
                tail(log, 30)
            );
        }
        if let Ok(res) = http.get(url).send().await {
            if res.status() == 200 {
                return Ok(());
            }
        }
        if Instant::now() >= end {
            bail!(
                "GET {url} did not answer 200 within {deadline:?}; {what}'s stderr ({}) ends with:\n{}",
                log.display(),
                tail(log, 30)
            );
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
}

/// The last `lines` lines of the file at `path` (empty when it cannot be read).
pub fn tail(path: &std::path::Path, lines: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn returns_the_first_ready_value() -> Result<()> {
        let mut calls = 0;
        let value = until("third call", Duration::from_secs(5), || {
            calls += 1;
            let ready = calls >= 3;
            async move { Ok(ready.then_some(calls)) }
        })
        .await?;
        assert_eq!(value, 3);
        Ok(())
    }

    #[tokio::test]
    async fn reports_the_last_error_at_the_deadline() {
        let err = until::<(), _, _>("never", Duration::from_millis(120), || async {
            Err(anyhow::anyhow!("still broken"))
        })
        .await
        .unwrap_err();
        let text = format!("{err:#}");
        assert!(text.contains("waiting for never"), "{text}");
        assert!(text.contains("still broken"), "{text}");
    }
}
