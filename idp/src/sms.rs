//! Outgoing SMS: an HTTP gateway adapter (POST of a JSON body to a configured URL) and, in
//! dev mode, a copy of each message in the outbox like e-mails.

use crate::config::Config;
use crate::error::AppError;
use crate::mail::Mailer;
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

    /// Sends `text` to `to` (E.164). The body is
    /// `{"to": "+32...", "from": "<sender>", "text": "..."}`.
    #[tracing::instrument(skip_all)]
    pub async fn send(
        &self,
        to: &str,
        text: &str,
        now: i64,
    ) -> Result<Result<(), NotSent>, AppError> {
        self.outbox
            .write_outbox("sms", to, "SMS", text, now)
            .await?;
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
