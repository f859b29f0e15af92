//! The runner's configuration file (TOML, or JSON when it ends in `.json`): clients, test
//! user, how to sign in.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;

/// Client authentication at the token endpoint.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum AuthMethod {
    #[default]
    ClientSecretBasic,
    ClientSecretPost,
    None,
}

/// One statically registered client.
#[derive(Clone, Deserialize)]
pub struct Client {
    pub client_id: String,
    #[serde(default)]
    pub client_secret: Option<String>,
    #[serde(default)]
    pub auth_method: AuthMethod,
    /// A registered redirect URI on loopback; the runner listens on its port.
    pub redirect_uri: String,
    /// Registered post-logout redirect URI (RP-initiated logout plans).
    #[serde(default)]
    pub post_logout_redirect_uri: Option<String>,
    /// Registered back-channel logout URI (back-channel plan); must be on loopback.
    #[serde(default)]
    pub backchannel_logout_uri: Option<String>,
    /// Scope for ordinary requests.
    #[serde(default = "default_scope")]
    pub scope: String,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "<redacted>"),
            )
            .field("auth_method", &self.auth_method)
            .field("redirect_uri", &self.redirect_uri)
            .finish_non_exhaustive()
    }
}

fn default_scope() -> String {
    "openid".into()
}

/// The test user.
#[derive(Clone, Deserialize)]
pub struct User {
    pub email: String,
    pub password: String,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User")
            .field("email", &self.email)
            .field("password", &"<redacted>")
            .finish()
    }
}

/// How the runner signs in: by submitting the provider's HTML forms.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Login {
    /// Only "form" is supported.
    pub mode: String,
    /// Names of the e-mail / login input, first match wins.
    pub identifier_fields: Vec<String>,
    /// Names of the password input.
    pub password_fields: Vec<String>,
    /// Optional `id` of the form to use for signing in (otherwise detected by its fields).
    pub form_id: Option<String>,
    /// Substrings of a form's action that mark a consent / "continue" screen to accept.
    pub consent_actions: Vec<String>,
    /// Extra fields always set on the sign-in forms (e.g. `method = "password"`).
    pub extra_fields: std::collections::BTreeMap<String, String>,
}

impl Default for Login {
    fn default() -> Self {
        Self {
            mode: "form".into(),
            identifier_fields: vec!["email".into(), "login".into(), "username".into()],
            password_fields: vec!["password".into()],
            form_id: None,
            consent_actions: vec!["/confirm".into(), "consent".into()],
            extra_fields: Default::default(),
        }
    }
}

/// Where second factors come from.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SecondFactor {
    /// The provider's dev outbox folder: one JSON file per message
    /// (`{"channel":"sms","to":...,"body":...,"created_at":...}`), named so that they sort by time.
    pub outbox_dir: Option<PathBuf>,
    /// Or the provider's outbox page, e.g. `http://127.0.0.1:8080/dev/outbox`: a JSON array of
    /// such messages, or an HTML page whose text carries the codes.
    pub outbox_url: Option<String>,
    /// Path of a `mobile-app` binary and its state file (not driven yet: SKIPPED).
    pub mobile_app: Option<PathBuf>,
    pub mobile_app_state: Option<PathBuf>,
    pub mobile_app_pin: Option<String>,
}

/// Expected acr values.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Acr {
    /// acr reached by password alone.
    pub basic: Option<String>,
    /// acr that requires a second factor.
    pub medium: Option<String>,
}

/// The whole configuration.
#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub client: Client,
    /// A second client (code bound to client, refresh token bound to client).
    pub client2: Option<Client>,
    /// A client registered with client_secret_post (oidcc-server-client-secret-post).
    pub client_post: Option<Client>,
    pub user: User,
    #[serde(default)]
    pub login: Login,
    #[serde(default)]
    pub second_factor: SecondFactor,
    #[serde(default)]
    pub acr: Acr,
    /// Seconds to wait in oidcc-codereuse-30seconds (the Foundation waits 30).
    #[serde(default = "default_code_reuse_wait")]
    pub code_reuse_wait_seconds: u64,
}

fn default_code_reuse_wait() -> u64 {
    30
}

impl SecondFactor {
    /// Whether SMS codes can be read from an outbox.
    pub fn has_outbox(&self) -> bool {
        self.outbox_dir.is_some() || self.outbox_url.is_some()
    }
}

impl Config {
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading configuration {}", path.display()))?;
        let json = path.extension().is_some_and(|e| e == "json");
        let cfg: Config = if json {
            serde_json::from_str(&text).map_err(anyhow::Error::from)
        } else {
            toml::from_str(&text).map_err(anyhow::Error::from)
        }
        .with_context(|| format!("parsing configuration {}", path.display()))?;
        anyhow::ensure!(cfg.login.mode == "form", "login.mode must be \"form\"");
        Ok(cfg)
    }

    /// The client registered with client_secret_post, if any.
    pub fn post_client(&self) -> Option<&Client> {
        self.client_post.as_ref().or_else(|| {
            [Some(&self.client), self.client2.as_ref()]
                .into_iter()
                .flatten()
                .find(|c| c.auth_method == AuthMethod::ClientSecretPost)
        })
    }
}
