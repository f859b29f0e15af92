//! Outgoing SMS: an HTTP gateway adapter (POST of a JSON body to a configured URL) and, in
//! dev mode, a copy of each message in the outbox like e-mails; and [`segments`], how many
//! SMS a text takes (the texts are in `mail::messages`).

use crate::config::Config;
use crate::error::AppError;
use crate::mail::{Mailer, Sms};
use std::sync::Arc;

pub struct SmsGateway {
    url: Option<String>,
    token: Option<String>,
    sender: String,
    http: reqwest::Client,
    outbox: Arc<Mailer>,
}

/// The gateway refused or could not be reached: the user is told to try again later.
#[derive(Debug, thiserror::Error)]
#[error("the SMS gateway did not accept the message: {0}")]
pub struct NotSent(pub String);

impl SmsGateway {
    pub fn new(config: &Config, http: reqwest::Client, outbox: Arc<Mailer>) -> Self {
        if config.sms.enabled && config.sms.gateway_url.is_none() && !config.dev_mode {
            tracing::warn!("sms.enabled without sms.gateway_url: SMS will not be delivered");
        }
        Self {
            url: config.sms.gateway_url.clone(),
            token: config.sms.gateway_token.clone(),
            sender: config.sms.sender.clone(),
            http,
            outbox,
        }
    }

    /// Sends `sms` to `to` (E.164). The body is
    /// `{"to": "+32...", "from": "<sender>", "text": "..."}`.
    #[tracing::instrument(skip_all, fields(lang = sms.locale.code))]
    pub async fn send(
        &self,
        to: &str,
        sms: &Sms,
        now: i64,
    ) -> Result<Result<(), NotSent>, AppError> {
        let text = sms.text.as_str();
        if segments(text) > 2 {
            tracing::warn!(
                segments = segments(text),
                "an SMS longer than 2 segments: shorten its text in the catalogue"
            );
        }
        self.outbox.write_sms(to, sms, now).await?;
        let Some(url) = &self.url else {
            return Ok(Ok(()));
        };
        let mut request = self.http.post(url).json(&serde_json::json!({
            "to": to,
            "from": self.sender,
            "text": text,
        }));
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        match request.send().await {
            Ok(r) if r.status().is_success() => {
                tracing::info!("sms sent");
                Ok(Ok(()))
            }
            Ok(r) => {
                tracing::warn!(
                    status = r.status().as_u16(),
                    "sms gateway refused the message"
                );
                Ok(Err(NotSent(format!("status {}", r.status()))))
            }
            Err(e) => {
                tracing::warn!(error = %e, "sms gateway unreachable");
                Ok(Err(NotSent(e.to_string())))
            }
        }
    }
}

/// How many SMS segments carry `text`: in the GSM 7-bit alphabet (3GPP TS 23.038, the basic
/// set and its extension table, whose characters take two septets) 160 septets fit in one
/// segment and 153 in each of a concatenated message; any other character makes the whole
/// text UCS-2, 70 UTF-16 units in one segment and 67 in each of several. (National language
/// shift tables are left out: gateways rarely use them.)
pub fn segments(text: &str) -> usize {
    const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                         ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const EXTENSION: &str = "\u{c}^{}\\[~]|€";
    let septets: Option<usize> = text
        .chars()
        .map(|c| {
            if BASIC.contains(c) {
                Some(1)
            } else if EXTENSION.contains(c) {
                Some(2)
            } else {
                None
            }
        })
        .sum();
    let (units, single, each) = match septets {
        Some(n) => (n, 160, 153),
        None => (text.encode_utf16().count(), 70, 67),
    };
    if units <= single {
        1
    } else {
        units.div_ceil(each)
    }
}

#[cfg(test)]
mod tests {
    use super::segments;

    #[test]
    fn segments_follow_the_gsm_and_ucs2_limits() {
        assert_eq!(segments(""), 1);
        assert_eq!(segments(&"a".repeat(160)), 1);
        assert_eq!(segments(&"a".repeat(161)), 2);
        assert_eq!(segments(&"a".repeat(306)), 2);
        assert_eq!(segments(&"a".repeat(307)), 3);
        // Extension characters take two septets.
        assert_eq!(segments(&"€".repeat(80)), 1);
        assert_eq!(segments(&"€".repeat(81)), 2);
        // One character outside the alphabet makes the whole text UCS-2.
        assert_eq!(segments(&format!("ą{}", "a".repeat(69))), 1);
        assert_eq!(segments(&format!("ą{}", "a".repeat(70))), 2);
        assert_eq!(segments(&"α".repeat(134)), 2);
        assert_eq!(segments(&"α".repeat(135)), 3);
        // The Greek capitals unlike Latin ones are in the GSM alphabet; small Greek letters not.
        assert_eq!(segments(&"ΔΦΓΛΩΠΨΣΘΞ".repeat(16)), 1);
        // Outside the basic multilingual plane a character is two UTF-16 units.
        assert_eq!(segments(&"🙂".repeat(35)), 1);
        assert_eq!(segments(&"🙂".repeat(36)), 2);
    }
}
