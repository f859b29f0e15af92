//! Outgoing SMS: an HTTP gateway adapter (POST of a JSON body to a configured URL), used by
//! the outbox worker (`mail::outbox`), which also puts a copy of each delivered SMS in the dev
//! outbox; and [`segments`], how many SMS a text takes (the texts are in `mail::messages`).

use crate::config::Config;
use crate::mail::{Delivery, Mailer};
use crate::store::outbox::OutboxRow;
use std::sync::Arc;

pub struct SmsGateway {
    url: Option<String>,
    token: Option<String>,
    sender: String,
    http: reqwest::Client,
    outbox: Arc<Mailer>,
}

impl SmsGateway {
    pub fn new(config: &Config, http: reqwest::Client, outbox: Arc<Mailer>) -> Self {
        if config.sms.enabled && config.sms.gateway_url.is_none() && !config.dev_mode {
            tracing::warn!("sms.enabled without sms.gateway_url: every SMS will be given up");
        }
        Self {
            url: config.sms.gateway_url.clone(),
            token: config.sms.gateway_token.clone(),
            sender: config.sms.sender.clone(),
            http,
            outbox,
        }
    }

    /// Hands the SMS of `row` to the gateway (no-op without `sms.gateway_url`). The body is
    /// `{"to": "+32...", "from": "<sender>", "text": "..."}`. A 2xx is delivered; another 4xx
    /// (but 408 and 429) is a refusal for good; a 5xx, 408, 429 or no answer may pass later.
    #[tracing::instrument(skip_all, fields(message = %row.id, lang = %row.lang))]
    pub async fn deliver(&self, row: &OutboxRow) -> Delivery {
        if self.url.is_none() && !self.outbox.keeps_dev_copies() {
            return Delivery::Refused("no sms.gateway_url configured".into());
        }
        if let Some(url) = &self.url {
            let mut request = self.http.post(url).json(&serde_json::json!({
                "to": row.recipient,
                "from": self.sender,
                "text": row.body,
            }));
            if let Some(token) = &self.token {
                request = request.bearer_auth(token);
            }
            match request.send().await {
                Ok(r) if r.status().is_success() => tracing::info!("sms sent"),
                Ok(r) => {
                    let status = r.status().as_u16();
                    let error = format!("gateway answered {status}");
                    // 5xx, 408 (timeout) and 429 (too many requests) may pass later.
                    let passing = status >= 500 || status == 408 || status == 429;
                    return if passing {
                        Delivery::Retry(error)
                    } else {
                        Delivery::Refused(error)
                    };
                }
                Err(e) => return Delivery::Retry(format!("gateway unreachable: {e}")),
            }
        }
        self.outbox.write_dev_copy(row).await
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
