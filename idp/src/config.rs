//! Configuration: one TOML file plus `IDP_<SECTION>_<KEY>` environment variables.
//!
//! Every number of SPEC section 5 lives here with its default. Tests lower the argon2 cost
//! explicitly through the same mechanism an operator would use.

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Public issuer URL. Defaults to `http://<listen>`; plain http only for loopback.
    pub issuer: Option<String>,
    pub listen: String,
    pub data_dir: PathBuf,
    /// `sqlite://...` or `postgres://...`; defaults to `<data>/idp.db`.
    pub database_url: Option<String>,
    /// Base64 of 32 bytes; seals private keys and device secrets. Generated into
    /// `<data>/master.key` when absent.
    pub master_key: Option<String>,
    /// Dev mode: outbox files and `/dev/outbox`. Never enable in production.
    pub dev_mode: bool,
    pub tls: Tls,
    pub argon2: Argon2,
    pub password: PasswordRules,
    pub lockout: Lockout,
    pub tokens: Tokens,
    pub session: Session,
    pub acr: AcrNames,
    pub smtp: Smtp,
    pub keys: Keys,
    pub clients: Clients,
    pub limits: Limits,
    pub sms: Sms,
    pub app: MobileApp,
    pub webauthn: WebAuthn,
    pub totp: Totp,
    pub pacing: Pacing,
    pub hsts: Hsts,
    pub recovery: Recovery,
    pub ui: Ui,
    pub outbox: Outbox,
    pub server: Server,
    pub metrics: Metrics,
    pub telemetry: Telemetry,
}

/// Prometheus metrics (issue 17), served on a listener of their own, never on the public
/// port. Off unless `listen` is set (`--metrics-listen`, `IDP_METRICS_LISTEN`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Metrics {
    /// ADDRESS:PORT of the metrics listener; it answers `GET /metrics` only.
    pub listen: Option<String>,
}

/// Export of the request spans over OTLP/HTTP (protobuf) to an OpenTelemetry collector.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Telemetry {
    /// The collector's base URL (`http://collector:4318`; spans go to `<it>/v1/traces`).
    /// Off when absent.
    pub otlp_endpoint: Option<String>,
}

/// Delivery of e-mail and SMS from the outbox table (issue 17): every message is written
/// first and sent by a worker on each node, with retries.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Outbox {
    /// The first retry waits this long; each further one twice as long as the one before.
    pub retry_base_secs: i64,
    /// The longest wait between two attempts.
    pub retry_max_secs: i64,
    /// An e-mail not delivered within this time is given up (and audited). An SMS is given
    /// up when its code expires, if that comes first.
    pub give_up_secs: i64,
    /// How long a node holds a message it is sending before another node may take it over.
    pub claim_secs: i64,
    /// How often a worker looks for due messages (it is also woken when this node writes one).
    pub poll_ms: u64,
    /// Sent and given-up messages are deleted after this time.
    pub keep_finished_secs: i64,
}

impl Default for Outbox {
    fn default() -> Self {
        Self {
            retry_base_secs: 5,
            retry_max_secs: 600,
            give_up_secs: 24 * 3600,
            claim_secs: 120,
            poll_ms: 1000,
            keep_finished_secs: 7 * 24 * 3600,
        }
    }
}

/// Stopping (SIGTERM or ctrl-c): the listener closes at once, requests in flight finish
/// (answered with `Connection: close`), then background work stops.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Server {
    /// The longest wait for requests in flight; connections still open then are closed.
    pub drain_secs: u64,
    /// After the drain, the longest wait for background work (outbox delivery, maintenance)
    /// to finish what it is doing. The process exits within `drain_secs + stop_secs`.
    pub stop_secs: u64,
}

impl Default for Server {
    fn default() -> Self {
        Self {
            drain_secs: 10,
            stop_secs: 5,
        }
    }
}

/// What people see: the name pages and e-mails go by.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Ui {
    /// The service's name in page headers, titles and e-mails (for example "EU Login" for an
    /// operator entitled to it). Defaults to the issuer's host name: no name that is not the
    /// operator's own.
    pub brand: Option<String>,
    /// Offers the pseudo-locale `en-XA` (every letter accented, a third longer) beside the
    /// real languages: for translators and tests, to find words that are not in the
    /// catalogue and layouts that break with longer words. Off in production.
    pub pseudo_locale: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tls {
    pub certificate: Option<PathBuf>,
    pub private_key: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Argon2 {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    /// Hashes computed at once; further sign-ins wait. 0 = number of cores.
    pub max_concurrent: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PasswordRules {
    pub min_length: usize,
    pub max_length: usize,
    /// Minimum time between two password changes (FAQ Q4), seconds.
    pub min_age_secs: i64,
    /// Lifetime of set-password and reset links, seconds (EU Login: 5 minutes).
    pub link_ttl_secs: i64,
    /// Lowest zxcvbn score accepted (0-4; 3 = "safely unguessable": more than 10^8 guesses).
    pub min_score: u8,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Lockout {
    /// Consecutive failures that lock an account temporarily.
    pub max_consecutive_failures: i32,
    pub lock_secs: i64,
    /// Hard cap on failures per account per 24 h (NIST 800-63B).
    pub max_failures_per_day: i32,
    /// Failed sign-ins per source IP per window before 429.
    pub ip_failures_per_window: i32,
    pub ip_window_secs: i64,
    /// Progressive delay per recent failure, milliseconds, capped.
    pub delay_step_ms: u64,
    pub delay_max_ms: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tokens {
    pub code_ttl_secs: i64,
    pub access_token_ttl_secs: i64,
    pub id_token_ttl_secs: i64,
    /// Absolute lifetime of a refresh-token family.
    pub refresh_token_ttl_secs: i64,
    pub flow_ttl_secs: i64,
    /// Clock leeway for every JWT time claim we check (`iat`, `nbf`, `exp` of client
    /// assertions and of the mobile app's signatures), seconds.
    pub jwt_leeway_secs: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Session {
    /// Maximum age of a basic (password) sign-in.
    pub basic_max_age_secs: i64,
    /// Maximum age of a second-factor sign-in (medium); an elevated level expires sooner.
    pub mfa_max_age_secs: i64,
    /// Maximum age of a high-level sign-in (phishing-resistant key with user verification).
    pub high_max_age_secs: i64,
    /// How recent a sign-in must be to change e-mail, phone numbers, devices or keys.
    pub reauth_max_age_secs: i64,
    /// Idle timeout.
    pub idle_secs: i64,
}

/// The acr values published for each level; defaults are `<issuer>/loa/<level>`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AcrNames {
    pub basic: Option<String>,
    pub medium: Option<String>,
    pub high: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Smtp {
    /// `smtp://host:port` or `smtps://user:pass@host`; no SMTP when absent (dev outbox only).
    pub url: Option<String>,
    pub from: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Keys {
    pub algorithm: String,
    /// How long a rotated key is published before it signs (JWKS caches).
    pub publish_lead_secs: i64,
    /// How long a node uses the keys it loaded before reading them again: every node
    /// publishes a rotation (and stops using a retired key) within this many seconds.
    pub cache_secs: i64,
}

/// Registered clients are read once and kept in each node's memory (issue 18).
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Clients {
    /// How long a node uses a client it read before reading it again: a removed client, a
    /// new secret or changed redirect URIs take effect on every node within this many
    /// seconds (and the second it is read in). 0 reads the client on every request.
    pub cache_secs: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Largest accepted request body, bytes.
    pub max_body_bytes: usize,
    /// Largest accepted query string / single parameter, bytes.
    pub max_param_bytes: usize,
}

/// SMS (SPEC J5, J6 and section 5). A restricted authenticator: it can be switched off.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sms {
    pub enabled: bool,
    /// The SMS gateway: the provider POSTs `{"to","from","text"}` as JSON to this URL.
    /// Without it, SMS only reach the dev outbox.
    pub gateway_url: Option<String>,
    /// Sent as `Authorization: Bearer <token>` to the gateway.
    pub gateway_token: Option<String>,
    pub sender: String,
    /// Validity of a challenge code ("it might take up to 8 minutes").
    pub code_ttl_secs: i64,
    /// Wrong codes that void a challenge.
    pub max_attempts: i32,
    pub per_number_per_hour: i32,
    pub per_account_per_day: i32,
}

/// Pacing of everything that costs money or reaches a person (SPEC section 5): a minimum
/// interval per recipient, caps per address, IP and globally per hour. SMS also keep the
/// per-number and per-account caps of `[sms]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Pacing {
    /// Minimum time between two text messages to one number.
    pub sms_min_interval_secs: i64,
    pub sms_per_ip_per_hour: i32,
    pub sms_global_per_hour: i32,
    /// Minimum time between two e-mails of one kind (registration, reset, recovery, lockout)
    /// to one address.
    pub email_min_interval_secs: i64,
    pub email_per_address_per_hour: i32,
    pub email_per_ip_per_hour: i32,
    pub email_global_per_hour: i32,
}

impl Default for Pacing {
    fn default() -> Self {
        Self {
            sms_min_interval_secs: 60,
            sms_per_ip_per_hour: 20,
            sms_global_per_hour: 1000,
            email_min_interval_secs: 60,
            email_per_address_per_hour: 5,
            email_per_ip_per_hour: 20,
            email_global_per_hour: 5000,
        }
    }
}

/// HTTP Strict Transport Security, sent on every response whenever the issuer is https.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Hsts {
    pub max_age_secs: i64,
    /// Opt-in: every subdomain of the issuer's host must serve https too.
    pub include_subdomains: bool,
}

impl Default for Hsts {
    fn default() -> Self {
        Self {
            max_age_secs: 365 * 24 * 3600,
            include_subdomains: false,
        }
    }
}

/// Removing every second factor without being able to use one (the lost-phone case): an
/// e-mail link, then a waiting period announced to the owner and cancellable by them.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Recovery {
    pub wait_secs: i64,
    /// Validity of the e-mail link that confirms the request.
    pub link_ttl_secs: i64,
}

impl Default for Recovery {
    fn default() -> Self {
        Self {
            wait_secs: 24 * 3600,
            link_ttl_secs: 3600,
        }
    }
}

/// The mobile authenticator app (SPEC J7-J9 and section 5).
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MobileApp {
    /// Consecutive wrong PINs that lock a device (re-enrolment needed).
    pub pin_max_failures: i32,
    /// Validity of the enrolment QR code.
    pub enrol_ttl_secs: i64,
    /// Validity of a push request; a stale push cannot be approved.
    pub push_ttl_secs: i64,
    /// Push requests per user per `push_window_secs` (against push bombing).
    pub push_per_window: i32,
    pub push_window_secs: i64,
    /// Validity of a sign-in QR code and the tries it allows.
    pub qr_ttl_secs: i64,
    pub qr_max_attempts: i32,
    /// How long the app's long poll waits for a push request.
    pub long_poll_secs: u64,
    /// The origins (`scheme://host[:port]`) of the installable app that may call `/app/v1/*`
    /// from a browser (CORS); any other origin is refused. A TOML list, or in
    /// `IDP_APP_ORIGINS` a comma-separated one. `idp demo` defaults it to the demo app's
    /// `http://localhost:8082`.
    #[serde(deserialize_with = "list")]
    pub origins: Vec<String>,
    /// The contact in the VAPID token of every Web Push message (RFC 8292 `sub`), a
    /// `mailto:` or `https:` URL; the issuer when unset.
    pub push_contact: Option<String>,
}

impl MobileApp {
    /// Whether a browser's `Origin` is one of [`MobileApp::origins`] (compared as browsers
    /// serialise an origin: lower case, no trailing slash).
    pub fn allows_origin(&self, origin: &str) -> bool {
        self.origins
            .iter()
            .any(|o| o.trim().trim_end_matches('/').eq_ignore_ascii_case(origin))
    }
}

/// A list from TOML (`["a", "b"]`) or from the environment (`"a,b"`); empty items dropped.
fn list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum List {
        Items(Vec<String>),
        Text(String),
    }
    let items = match List::deserialize(d)? {
        List::Items(items) => items,
        List::Text(text) => text.split(',').map(str::to_owned).collect(),
    };
    Ok(items
        .into_iter()
        .map(|i| i.trim().to_owned())
        .filter(|i| !i.is_empty())
        .collect())
}

/// Authenticator apps (TOTP, RFC 6238).
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Totp {
    /// Wrong codes that end one sign-in attempt (the flow must start again).
    pub max_attempts: i32,
    /// Wrong codes per account per hour, over every sign-in: then the app is refused for
    /// the rest of the hour (a new sign-in must not start the guessing afresh).
    pub max_failures_per_hour: i32,
    /// Wrong codes allowed while confirming a new authenticator app.
    pub enrol_max_attempts: i32,
    /// Time steps accepted before and after the current one (clock drift of the phone).
    pub skew_steps: i64,
    /// Length of a time step, seconds (RFC 6238 recommends 30; apps assume it).
    pub step_secs: i64,
    /// How long a new authenticator app may wait for its first code.
    pub enrol_ttl_secs: i64,
    /// The issuer name shown in the authenticator app.
    pub issuer_label: String,
}

impl Default for Totp {
    fn default() -> Self {
        Self {
            max_attempts: 5,
            max_failures_per_hour: 10,
            enrol_max_attempts: 5,
            skew_steps: 1,
            step_secs: 30,
            enrol_ttl_secs: 600,
            issuer_label: "EU Login".into(),
        }
    }
}

/// WebAuthn relying party; defaults follow the issuer (id = its host, origin = its origin).
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WebAuthn {
    pub rp_id: Option<String>,
    pub rp_origin: Option<String>,
    pub rp_name: Option<String>,
    /// How long a registration or sign-in ceremony may take.
    pub ceremony_ttl_secs: i64,
}

impl Default for WebAuthn {
    fn default() -> Self {
        Self {
            rp_id: None,
            rp_origin: None,
            rp_name: None,
            ceremony_ttl_secs: 300,
        }
    }
}

impl Default for Sms {
    fn default() -> Self {
        Self {
            enabled: true,
            gateway_url: None,
            gateway_token: None,
            sender: "EU Login".into(),
            code_ttl_secs: 600,
            max_attempts: 5,
            per_number_per_hour: 5,
            per_account_per_day: 10,
        }
    }
}

impl Default for MobileApp {
    fn default() -> Self {
        Self {
            pin_max_failures: 5,
            enrol_ttl_secs: 600,
            push_ttl_secs: 120,
            push_per_window: 5,
            push_window_secs: 600,
            qr_ttl_secs: 300,
            qr_max_attempts: 5,
            long_poll_secs: 25,
            origins: Vec::new(),
            push_contact: None,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            issuer: None,
            listen: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("data"),
            database_url: None,
            master_key: None,
            dev_mode: false,
            tls: Tls::default(),
            argon2: Argon2::default(),
            password: PasswordRules::default(),
            lockout: Lockout::default(),
            tokens: Tokens::default(),
            session: Session::default(),
            acr: AcrNames::default(),
            smtp: Smtp::default(),
            keys: Keys::default(),
            clients: Clients::default(),
            limits: Limits::default(),
            sms: Sms::default(),
            app: MobileApp::default(),
            webauthn: WebAuthn::default(),
            totp: Totp::default(),
            pacing: Pacing::default(),
            hsts: Hsts::default(),
            recovery: Recovery::default(),
            ui: Ui::default(),
            outbox: Outbox::default(),
            server: Server::default(),
            metrics: Metrics::default(),
            telemetry: Telemetry::default(),
        }
    }
}

impl Default for Argon2 {
    fn default() -> Self {
        // OWASP: argon2id, 19 MiB, 2 iterations, 1 lane.
        Self {
            memory_kib: 19 * 1024,
            iterations: 2,
            parallelism: 1,
            max_concurrent: 0,
        }
    }
}

impl Default for PasswordRules {
    fn default() -> Self {
        Self {
            min_length: 15,
            max_length: 256,
            min_age_secs: 24 * 3600,
            link_ttl_secs: 300,
            min_score: 3,
        }
    }
}

impl Default for Lockout {
    fn default() -> Self {
        Self {
            max_consecutive_failures: 10,
            lock_secs: 15 * 60,
            max_failures_per_day: 100,
            ip_failures_per_window: 50,
            ip_window_secs: 15 * 60,
            delay_step_ms: 200,
            delay_max_ms: 2000,
        }
    }
}

impl Default for Tokens {
    fn default() -> Self {
        Self {
            code_ttl_secs: 60,
            access_token_ttl_secs: 600,
            id_token_ttl_secs: 3600,
            refresh_token_ttl_secs: 30 * 24 * 3600,
            flow_ttl_secs: 30 * 60,
            jwt_leeway_secs: 30,
        }
    }
}

impl Default for Session {
    fn default() -> Self {
        Self {
            basic_max_age_secs: 12 * 3600,
            mfa_max_age_secs: 3600,
            high_max_age_secs: 30 * 60,
            reauth_max_age_secs: 10 * 60,
            idle_secs: 2 * 3600,
        }
    }
}

impl Default for Keys {
    fn default() -> Self {
        Self {
            algorithm: "ES256".into(),
            publish_lead_secs: 600,
            cache_secs: 30,
        }
    }
}

impl Default for Clients {
    fn default() -> Self {
        Self { cache_secs: 1 }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: 64 * 1024,
            max_param_bytes: 8 * 1024,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read configuration file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

impl Config {
    /// Reads the TOML file (if any), then applies `IDP_*` environment variables.
    pub fn load(
        file: Option<&Path>,
        env: impl Iterator<Item = (String, String)>,
    ) -> Result<Self, ConfigError> {
        let mut table = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.to_owned(),
                    source,
                })?;
                text.parse::<toml::Table>()
                    .map_err(|e| ConfigError::Invalid(format!("{}: {e}", path.display())))?
            }
            None => toml::Table::new(),
        };
        for (name, value) in env {
            if let Some(key) = name.strip_prefix("IDP_") {
                apply_env(&mut table, key, &value)?;
            }
        }
        if let Ok(url) = std::env::var("DATABASE_URL") {
            table
                .entry("database_url")
                .or_insert(toml::Value::String(url));
        }
        let config: Config = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError::Invalid(e.to_string()))?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if self.password.min_length < 8 || self.password.max_length < 64 {
            return Err(ConfigError::Invalid(
                "password.min_length must be at least 8 and password.max_length at least 64".into(),
            ));
        }
        if self.password.min_score > 4 {
            return Err(ConfigError::Invalid(
                "password.min_score is a zxcvbn score from 0 to 4".into(),
            ));
        }
        if !(0..=300).contains(&self.tokens.jwt_leeway_secs) {
            return Err(ConfigError::Invalid(
                "tokens.jwt_leeway_secs must be between 0 and 300".into(),
            ));
        }
        if self.totp.step_secs < 1 || !(0..=10).contains(&self.totp.skew_steps) {
            return Err(ConfigError::Invalid(
                "totp.step_secs must be positive and totp.skew_steps between 0 and 10".into(),
            ));
        }
        if self.totp.issuer_label.contains(':') {
            return Err(ConfigError::Invalid(
                "totp.issuer_label must not contain ':'".into(),
            ));
        }
        for origin in &self.app.origins {
            let url = url::Url::parse(origin).map_err(|e| {
                ConfigError::Invalid(format!("app.origins: {origin} is not a URL: {e}"))
            })?;
            let bare = url.origin().ascii_serialization();
            if !matches!(url.scheme(), "http" | "https")
                || bare != origin.trim_end_matches('/').to_ascii_lowercase()
            {
                return Err(ConfigError::Invalid(format!(
                    "app.origins: {origin} is not an origin (scheme://host[:port], no path)"
                )));
            }
        }
        if let Some(contact) = &self.app.push_contact {
            if !(contact.starts_with("mailto:") || contact.starts_with("https://")) {
                return Err(ConfigError::Invalid(
                    "app.push_contact must be a mailto: or https: URL".into(),
                ));
            }
        }
        if !(0..=300).contains(&self.clients.cache_secs) {
            return Err(ConfigError::Invalid(
                "clients.cache_secs must be between 0 and 300".into(),
            ));
        }
        if self.tls.certificate.is_some() != self.tls.private_key.is_some() {
            return Err(ConfigError::Invalid(
                "tls.certificate and tls.private_key go together".into(),
            ));
        }
        Ok(())
    }

    pub fn tls_enabled(&self) -> bool {
        self.tls.certificate.is_some()
    }

    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("idp.db").display()
            ),
        }
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    /// The issuer, checked: https, or http on a loopback host only.
    pub fn issuer(&self) -> Result<url::Url, ConfigError> {
        let raw = match &self.issuer {
            Some(issuer) => issuer.clone(),
            None if self.tls_enabled() => format!("https://{}", self.listen),
            None => format!("http://{}", self.listen),
        };
        let url = url::Url::parse(raw.trim_end_matches('/'))
            .map_err(|e| ConfigError::Invalid(format!("issuer {raw}: {e}")))?;
        if url.query().is_some() || url.fragment().is_some() {
            return Err(ConfigError::Invalid(
                "the issuer has no query or fragment".into(),
            ));
        }
        match url.scheme() {
            "https" => Ok(url),
            "http" if is_loopback(&url) => Ok(url),
            "http" => Err(ConfigError::Invalid(format!(
                "issuer {url} uses plain http on a non-loopback host; configure TLS (tls.certificate, tls.private_key) or an https issuer"
            ))),
            other => Err(ConfigError::Invalid(format!("issuer scheme {other} is not http(s)"))),
        }
    }

    /// The name pages and e-mails go by: `ui.brand`, else the issuer's host.
    pub fn brand(&self) -> String {
        match self.ui.brand.as_deref().map(str::trim) {
            Some(brand) if !brand.is_empty() => brand.to_owned(),
            _ => self
                .issuer()
                .ok()
                .and_then(|url| url.host_str().map(str::to_owned))
                .unwrap_or_else(|| "Sign in".into()),
        }
    }
}

pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// `ARGON2_MEMORY_KIB=8` sets `[argon2] memory_kib = 8`; a key without a known section
/// (`DEV_MODE`, `LISTEN`) is top level. Values are parsed as TOML scalars, else strings.
fn apply_env(table: &mut toml::Table, key: &str, value: &str) -> Result<(), ConfigError> {
    const SECTIONS: &[&str] = &[
        "tls",
        "argon2",
        "password",
        "lockout",
        "tokens",
        "session",
        "acr",
        "smtp",
        "keys",
        "limits",
        "sms",
        "app",
        "webauthn",
        "totp",
        "pacing",
        "hsts",
        "recovery",
        "ui",
        "outbox",
        "server",
        "metrics",
        "telemetry",
    ];
    // `LOG_FORMAT` (json or plain) is read by the binary before the configuration.
    const NOT_CONFIG: &[&str] = &["CONFIG", "DATA", "LOG", "DEMO_CPMS_URL", "LOG_FORMAT"];
    let lower = key.to_ascii_lowercase();
    if NOT_CONFIG.contains(&key) {
        return Ok(());
    }
    let parsed = parse_scalar(value);
    if lower == "data" || lower == "data_dir" {
        table.insert("data_dir".into(), toml::Value::String(value.into()));
        return Ok(());
    }
    for section in SECTIONS {
        if let Some(field) = lower
            .strip_prefix(section)
            .and_then(|r| r.strip_prefix('_'))
        {
            let entry = table
                .entry(section.to_string())
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            let toml::Value::Table(inner) = entry else {
                return Err(ConfigError::Invalid(format!("{section} must be a table")));
            };
            inner.insert(field.to_string(), parsed);
            return Ok(());
        }
    }
    table.insert(lower, parsed);
    Ok(())
}

fn parse_scalar(value: &str) -> toml::Value {
    if let Ok(b) = value.parse::<bool>() {
        return toml::Value::Boolean(b);
    }
    if let Ok(i) = value.parse::<i64>() {
        return toml::Value::Integer(i);
    }
    toml::Value::String(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Iterator<Item = (String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn environment_overrides_nested_numbers() {
        let config = Config::load(
            None,
            env(&[("IDP_ARGON2_MEMORY_KIB", "8"), ("IDP_DEV_MODE", "true")]),
        )
        .unwrap();
        assert_eq!(config.argon2.memory_kib, 8);
        assert!(config.dev_mode);
    }

    #[test]
    fn the_brand_comes_from_the_environment_or_the_issuer_host() {
        let named = Config::load(None, env(&[("IDP_UI_BRAND", "EU Login (demo)")])).unwrap();
        assert_eq!(named.brand(), "EU Login (demo)");
        let unnamed = Config {
            issuer: Some("https://login.example.org".into()),
            ..Config::default()
        };
        assert_eq!(unnamed.brand(), "login.example.org");
    }

    #[test]
    fn unknown_keys_are_refused() {
        let err = Config::load(None, env(&[("IDP_ARGON2_MEMORY", "8")])).unwrap_err();
        assert!(err.to_string().contains("memory"), "{err}");
    }

    #[test]
    fn app_origins_come_as_a_toml_list_or_a_comma_separated_variable() {
        let config = Config::load(
            None,
            env(&[(
                "IDP_APP_ORIGINS",
                "http://localhost:8082, https://app.example.eu/",
            )]),
        )
        .unwrap();
        assert_eq!(
            config.app.origins,
            ["http://localhost:8082", "https://app.example.eu/"]
        );
        assert!(config.app.allows_origin("https://app.example.eu"));
        assert!(config.app.allows_origin("http://localhost:8082"));
        assert!(!config.app.allows_origin("http://localhost:8083"));
        assert!(!config.app.allows_origin("null"));

        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("idp.toml");
        std::fs::write(&file, "[app]\norigins = [\"https://app.example.eu\"]\n").unwrap();
        let from_file = Config::load(Some(&file), env(&[])).unwrap();
        assert_eq!(from_file.app.origins, ["https://app.example.eu"]);
        assert!(Config::load(None, env(&[])).unwrap().app.origins.is_empty());

        for bad in [
            "app.example.eu",
            "https://app.example.eu/path",
            "ftp://x.eu",
        ] {
            let err = Config::load(None, env(&[("IDP_APP_ORIGINS", bad)])).unwrap_err();
            assert!(err.to_string().contains("app.origins"), "{bad}: {err}");
        }
        let err = Config::load(None, env(&[("IDP_APP_PUSH_CONTACT", "ops@example.eu")]));
        assert!(err.is_err());
    }

    #[test]
    fn the_drain_time_comes_from_the_environment() {
        let config = Config::load(None, env(&[("IDP_SERVER_DRAIN_SECS", "3")])).unwrap();
        assert_eq!((config.server.drain_secs, config.server.stop_secs), (3, 5));
        assert_eq!(Config::default().server.drain_secs, 10);
        assert!(Config::load(None, env(&[("IDP_SERVER_DRAIN_SECS", "-1")])).is_err());
    }

    #[test]
    fn plain_http_issuer_only_on_loopback() {
        let mut config = Config {
            issuer: Some("http://idp.example.org".into()),
            ..Config::default()
        };
        assert!(config.issuer().is_err());
        config.issuer = Some("http://localhost:8080/".into());
        assert_eq!(config.issuer().unwrap().as_str(), "http://localhost:8080/");
        config.issuer = Some("https://idp.example.org".into());
        assert!(config.issuer().is_ok());
    }
}
