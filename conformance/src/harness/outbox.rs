//! SMS challenge codes from the provider's dev outbox, as a tester reads them: a folder of
//! JSON messages (`outbox_dir`) or the provider's outbox page (`outbox_url`, JSON or HTML).

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde_json::Value;

use crate::config::SecondFactor;

/// Where SMS codes are read.
#[derive(Clone)]
pub struct Outbox {
    dir: Option<PathBuf>,
    url: Option<String>,
    http: reqwest::Client,
}

impl Outbox {
    pub fn new(sf: &SecondFactor, http: reqwest::Client) -> Option<Self> {
        sf.has_outbox().then(|| Self {
            dir: sf.outbox_dir.clone(),
            url: sf.outbox_url.clone(),
            http,
        })
    }

    fn describe(&self) -> String {
        match (&self.dir, &self.url) {
            (Some(d), _) => d.display().to_string(),
            (None, Some(u)) => u.clone(),
            (None, None) => String::new(),
        }
    }

    /// Every SMS code in the outbox, oldest first.
    pub async fn codes(&self) -> Result<Vec<String>> {
        if let Some(dir) = &self.dir {
            return codes_in_dir(dir);
        }
        let Some(url) = &self.url else {
            return Ok(Vec::new());
        };
        let resp = self
            .http
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json, text/html")
            .send()
            .await
            .with_context(|| format!("GET {url}"))?;
        anyhow::ensure!(
            resp.status().is_success(),
            "outbox {url} answered HTTP {}",
            resp.status()
        );
        let body = resp.text().await?;
        if let Ok(Value::Array(messages)) = serde_json::from_str::<Value>(&body) {
            // A JSON list: ordered by created_at (ties keep the list order).
            let mut sms: Vec<(i64, usize, &Value)> = messages
                .iter()
                .enumerate()
                .filter(|(_, m)| is_sms(m))
                .map(|(i, m)| (m["created_at"].as_i64().unwrap_or(0), i, m))
                .collect();
            sms.sort_by_key(|(t, i, _)| (*t, *i));
            return Ok(sms
                .into_iter()
                .flat_map(|(_, _, m)| codes_in(m["body"].as_str().unwrap_or("")))
                .collect());
        }
        // An HTML page: its text, newest message first (as outbox pages list them).
        let mut codes = codes_in(&super::html::text(&body));
        codes.reverse();
        Ok(codes)
    }

    /// Waits for an SMS code that is not in `known` and returns the newest such code.
    pub async fn wait_new(&self, known: &HashSet<String>, timeout: Duration) -> Result<String> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(code) = self
                .codes()
                .await?
                .into_iter()
                .rev()
                .find(|c| !known.contains(c))
            {
                return Ok(code);
            }
            if Instant::now() >= deadline {
                bail!(
                    "no new SMS code arrived in the outbox {} within {} s",
                    self.describe(),
                    timeout.as_secs()
                );
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

fn is_sms(m: &Value) -> bool {
    m.get("channel")
        .and_then(Value::as_str)
        .is_none_or(|c| c == "sms")
}

fn codes_in_dir(dir: &std::path::Path) -> Result<Vec<String>> {
    let mut names: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        // The provider creates the folder with its first message.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("read outbox {}", dir.display())),
    };
    names.sort();
    let mut codes = Vec::new();
    for path in names {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok(m) = serde_json::from_slice::<Value>(&bytes) else {
            continue;
        };
        if is_sms(&m) {
            codes.extend(codes_in(m["body"].as_str().unwrap_or("")));
        }
    }
    Ok(codes)
}

/// The `XXXX-XXXX` challenge codes in a text.
pub fn codes_in(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| {
            let b = w.as_bytes();
            b.len() == 9
                && b[4] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == 4 || c.is_ascii_alphanumeric())
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_challenge_codes_in_a_message() {
        assert_eq!(
            codes_in("Your EU Login challenge code is K7Q2-9XPA. It expires in 10 minutes."),
            ["K7Q2-9XPA"]
        );
        assert!(codes_in("call +32 123 45 67 89 on 2026-01-01").is_empty());
    }

    #[test]
    fn reads_a_folder_oldest_first_and_only_sms() {
        let dir = tempfile::tempdir().expect("tempdir");
        let write = |name: &str, channel: &str, body: &str| {
            let m = serde_json::json!({"channel": channel, "to": "x", "subject": "s",
                                       "body": body, "created_at": 1});
            std::fs::write(dir.path().join(name), m.to_string()).expect("write");
        };
        write("0002-sms.json", "sms", "code BBBB-2222");
        write("0001-sms.json", "sms", "code AAAA-1111");
        write("0003-email.json", "email", "code CCCC-3333");
        assert_eq!(
            codes_in_dir(dir.path()).expect("read"),
            ["AAAA-1111", "BBBB-2222"]
        );
        assert!(codes_in_dir(&dir.path().join("missing"))
            .expect("missing folder")
            .is_empty());
    }
}
