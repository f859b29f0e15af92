//! The provider's dev-mode outbox: every e-mail and SMS is one JSON file in `<data>/outbox/`,
//! `{ "channel": "email"|"sms", "to", "subject", "body", "created_at" }`, file names sortable
//! by time.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::wait;

/// One message the provider sent.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Message {
    pub channel: String,
    pub to: String,
    #[serde(default)]
    pub subject: Option<String>,
    pub body: String,
    #[serde(default)]
    pub created_at: serde_json::Value,
    /// Name of the file it was read from (not part of the JSON).
    #[serde(skip)]
    pub file: String,
}

impl Message {
    /// The first link in the body whose path is `path` (see [`extract_link`]).
    pub fn link(&self, path: &str) -> Result<String> {
        extract_link(&self.body, path).with_context(|| {
            format!(
                "no {path} link in the message to {}: {}",
                self.to, self.body
            )
        })
    }

    /// The `XXXX-XXXX` challenge code in an SMS body.
    pub fn sms_code(&self) -> Result<String> {
        // Four capitals or digits, a hyphen, four more, wherever the language puts them.
        let code_char = |c: &char| c.is_ascii_uppercase() || c.is_ascii_digit();
        let padded: Vec<char> = std::iter::once(' ')
            .chain(self.body.chars())
            .chain(std::iter::once(' '))
            .collect();
        padded
            .windows(11)
            .find(|w| {
                !code_char(&w[0])
                    && w[1..5].iter().all(code_char)
                    && w[5] == '-'
                    && w[6..10].iter().all(code_char)
                    && !code_char(&w[10])
            })
            .map(|w| w[1..10].iter().collect::<String>())
            .with_context(|| {
                format!(
                    "no XXXX-XXXX code in the SMS to {}: {:?}",
                    self.to, self.body
                )
            })
    }
}

/// Reader of an outbox folder.
#[derive(Debug, Clone)]
pub struct Outbox {
    dir: PathBuf,
}

impl Outbox {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// All complete messages, oldest first. A missing folder is an empty outbox; a file that
    /// does not parse yet (still being written) is left out.
    pub fn messages(&self) -> Result<Vec<Message>> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e).with_context(|| format!("read {}", self.dir.display())),
        };
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") {
                names.push(name);
            }
        }
        names.sort();
        let mut messages = Vec::new();
        for name in names {
            let Ok(text) = std::fs::read_to_string(self.dir.join(&name)) else {
                continue;
            };
            if let Ok(mut message) = serde_json::from_str::<Message>(&text) {
                message.file = name;
                messages.push(message);
            }
        }
        Ok(messages)
    }

    /// Messages to `to` (case-insensitive) on `channel` ("email" or "sms"), oldest first.
    pub fn messages_to(&self, to: &str, channel: &str) -> Result<Vec<Message>> {
        Ok(self
            .messages()?
            .into_iter()
            .filter(|m| m.channel == channel && m.to.eq_ignore_ascii_case(to))
            .collect())
    }

    /// Waits (bounded) for a message to `to` on `channel` and returns the newest one.
    pub async fn wait_for(&self, to: &str, channel: &str) -> Result<Message> {
        self.wait_for_count(to, channel, 1).await
    }

    /// Waits (bounded) until at least `count` messages went to `to` on `channel` and returns
    /// the newest one. Use it to wait for the second mail of a flow.
    pub async fn wait_for_count(&self, to: &str, channel: &str, count: usize) -> Result<Message> {
        let what = format!(
            "{count} {channel} message(s) to {to} in {}",
            self.dir.display()
        );
        wait::until(&what, wait::DEFAULT_DEADLINE, || async {
            let mut found = self.messages_to(to, channel)?;
            Ok((found.len() >= count).then(|| found.pop()).flatten())
        })
        .await
    }

    /// Waits (bounded) for an e-mail to `to` and returns the link in the newest one whose
    /// path is `path`, e.g. `wait_for_link(email, "/password/set")`.
    pub async fn wait_for_link(&self, to: &str, path: &str) -> Result<String> {
        self.wait_for(to, "email").await?.link(path)
    }

    /// Waits (bounded) until at least `count` SMS went to `to` and returns the challenge code
    /// of the newest one.
    pub async fn wait_for_sms_code(&self, to: &str, count: usize) -> Result<String> {
        self.wait_for_count(to, "sms", count).await?.sms_code()
    }

    /// Waits (bounded, `deadline`) for the first message that satisfies `pred`.
    pub async fn wait_for_where(
        &self,
        what: &str,
        deadline: Duration,
        pred: impl Fn(&Message) -> bool,
    ) -> Result<Message> {
        wait::until(what, deadline, || async {
            Ok(self.messages()?.into_iter().find(|m| pred(m)))
        })
        .await
    }
}

/// The first absolute `http(s)` link in `body` (plain text or HTML) whose path is `path`,
/// e.g. `extract_link(body, "/password/set")`. HTML-escaped `&amp;` is undone.
pub fn extract_link(body: &str, path: &str) -> Option<String> {
    let mut rest = body;
    while let Some(start) = rest.find("http") {
        let candidate = &rest[start..];
        let end = candidate
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | ')' | ']'))
            .unwrap_or(candidate.len());
        let raw = candidate[..end].trim_end_matches(['.', ',', ';']);
        let unescaped = raw.replace("&amp;", "&");
        if let Ok(url) = url::Url::parse(&unescaped) {
            if matches!(url.scheme(), "http" | "https") && url.path() == path {
                return Some(unescaped);
            }
        }
        rest = &candidate[end.max(4)..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_link_in_plain_text() {
        let body =
            "Hello,\n\nset your password at http://127.0.0.1:4000/password/set?token=abc-123.\nBye";
        assert_eq!(
            extract_link(body, "/password/set").as_deref(),
            Some("http://127.0.0.1:4000/password/set?token=abc-123")
        );
    }

    #[test]
    fn finds_the_link_in_html_and_skips_other_links() {
        let body = r#"<a href="https://idp.test/help">help</a>
            <a href="https://idp.test/password/set?token=x&amp;lang=en">set</a>"#;
        assert_eq!(
            extract_link(body, "/password/set").as_deref(),
            Some("https://idp.test/password/set?token=x&lang=en")
        );
        assert_eq!(extract_link(body, "/password/forgot"), None);
    }

    #[tokio::test]
    async fn reads_messages_in_file_order_and_ignores_partial_files() -> Result<()> {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, to: &str, body: &str| {
            let json = serde_json::json!({
                "channel": "email", "to": to, "subject": "s", "body": body,
                "created_at": "2026-01-01T00:00:00Z"
            });
            std::fs::write(dir.path().join(name), json.to_string()).unwrap();
        };
        write("0002.json", "a@example.test", "second");
        write("0001.json", "A@example.test", "first");
        std::fs::write(dir.path().join("0003.json"), "{\"chan").unwrap();
        let outbox = Outbox::new(dir.path());
        let all = outbox.messages().unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].body, "first");
        let newest = outbox.wait_for("a@example.test", "email").await?;
        assert_eq!(newest.body, "second");
        assert!(outbox.messages_to("a@example.test", "sms")?.is_empty());
        Ok(())
    }

    #[test]
    fn finds_the_sms_code_and_says_when_there_is_none() {
        let sms = |body: &str| Message {
            channel: "sms".into(),
            to: "+33612345678".into(),
            subject: None,
            body: body.into(),
            created_at: serde_json::Value::Null,
            file: String::new(),
        };
        assert_eq!(
            sms("Your EU Login code is AB12-CD34. It expires in 8 minutes.")
                .sms_code()
                .unwrap(),
            "AB12-CD34"
        );
        let err = sms("no code here").sms_code().unwrap_err().to_string();
        assert!(err.contains("no code here"), "{err}");
    }

    #[test]
    fn a_missing_folder_is_empty() {
        let outbox = Outbox::new("/nonexistent/e2e/outbox");
        assert!(outbox.messages().unwrap().is_empty());
    }
}
