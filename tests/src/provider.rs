//! Runs the real `idp` binary: prepares a data folder with `idp` sub-commands, then serves on
//! a free loopback port and waits until `GET /readyz` answers 200.

use std::fmt;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use tempfile::TempDir;

use crate::outbox::Outbox;
use crate::{bins, flag_arg, net, wait};

/// Which sub-command serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// `idp serve`
    #[default]
    Serve,
    /// `idp demo` (dev mode on the demo seed; writes `demo.json`)
    Demo,
}

/// A client to register with `idp client add --json` before serving.
#[derive(Clone, Default)]
pub struct ClientSpec {
    pub name: String,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    /// `client_secret_basic`, `client_secret_post`, `private_key_jwt` or `none`.
    pub auth_method: Option<String>,
    pub grant_types: Vec<String>,
    pub scope: Option<String>,
    /// `basic`, `medium` or `high`.
    pub minimum_acr: Option<String>,
    pub backchannel_logout_uri: Option<String>,
    /// Any further arguments for `idp client add` (a flag with a value as one `--flag=VALUE`).
    pub extra_args: Vec<String>,
}

impl ClientSpec {
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }

    pub fn redirect_uri(mut self, uri: impl Into<String>) -> Self {
        self.redirect_uris.push(uri.into());
        self
    }

    pub fn post_logout_redirect_uri(mut self, uri: impl Into<String>) -> Self {
        self.post_logout_redirect_uris.push(uri.into());
        self
    }

    pub fn auth_method(mut self, method: impl Into<String>) -> Self {
        self.auth_method = Some(method.into());
        self
    }

    pub fn grant_type(mut self, grant: impl Into<String>) -> Self {
        self.grant_types.push(grant.into());
        self
    }

    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    pub fn minimum_acr(mut self, acr: impl Into<String>) -> Self {
        self.minimum_acr = Some(acr.into());
        self
    }

    pub fn backchannel_logout_uri(mut self, uri: impl Into<String>) -> Self {
        self.backchannel_logout_uri = Some(uri.into());
        self
    }

    /// The arguments after `idp client add`, each flag with its value as one `--flag=VALUE`.
    pub fn args(&self) -> Vec<String> {
        let mut args = vec!["--json".to_string(), format!("--name={}", self.name)];
        let mut push = |flag: &str, value: &str| args.push(format!("{flag}={value}"));
        for uri in &self.redirect_uris {
            push("--redirect-uri", uri);
        }
        for uri in &self.post_logout_redirect_uris {
            push("--post-logout-redirect-uri", uri);
        }
        if let Some(method) = &self.auth_method {
            push("--auth-method", method);
        }
        for grant in &self.grant_types {
            push("--grant-type", grant);
        }
        if let Some(scope) = &self.scope {
            push("--scope", scope);
        }
        if let Some(acr) = &self.minimum_acr {
            push("--minimum-acr", acr);
        }
        if let Some(uri) = &self.backchannel_logout_uri {
            push("--backchannel-logout-uri", uri);
        }
        args.extend(self.extra_args.iter().cloned());
        args
    }
}

impl fmt::Debug for ClientSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientSpec")
            .field("name", &self.name)
            .field("args", &self.args())
            .finish()
    }
}

/// A user to create with `idp user add` (e-mail already confirmed).
#[derive(Clone, Default)]
pub struct UserSpec {
    pub email: String,
    pub password: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub roles: Vec<String>,
    /// Mobile phone numbers registered as already confirmed (`idp user add --phone`).
    pub phones: Vec<String>,
}

impl UserSpec {
    pub fn new(email: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            password: password.into(),
            ..Self::default()
        }
    }

    pub fn name(mut self, first: impl Into<String>, last: impl Into<String>) -> Self {
        self.first_name = Some(first.into());
        self.last_name = Some(last.into());
        self
    }

    pub fn role(mut self, role: impl Into<String>) -> Self {
        self.roles.push(role.into());
        self
    }

    /// A confirmed mobile phone number (any spelling `idp` accepts).
    pub fn phone(mut self, number: impl Into<String>) -> Self {
        self.phones.push(number.into());
        self
    }

    /// The arguments after `idp user add`, each flag with its value as one `--flag=VALUE`
    /// (a password may begin with `-`).
    pub fn args(&self) -> Vec<String> {
        let mut args = vec![
            format!("--email={}", self.email),
            format!("--password={}", self.password),
        ];
        if let Some(first) = &self.first_name {
            args.push(format!("--first-name={first}"));
        }
        if let Some(last) = &self.last_name {
            args.push(format!("--last-name={last}"));
        }
        for role in &self.roles {
            args.push(format!("--role={role}"));
        }
        for phone in &self.phones {
            args.push(format!("--phone={phone}"));
        }
        args
    }
}

impl fmt::Debug for UserSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserSpec")
            .field("email", &self.email)
            .field("password", &"<redacted>")
            .field("roles", &self.roles)
            .finish()
    }
}

/// A client as `idp client add --json` reported it.
#[derive(Clone, Deserialize)]
pub struct RegisteredClient {
    #[serde(default)]
    pub name: String,
    pub client_id: String,
    #[serde(default)]
    pub client_secret: Option<String>,
}

impl fmt::Debug for RegisteredClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RegisteredClient")
            .field("name", &self.name)
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// How to start a provider.
#[derive(Debug, Clone)]
pub struct ProviderOptions {
    pub mode: Mode,
    /// `IDP_DEV_MODE=true` (the outbox). On by default.
    pub dev_mode: bool,
    pub clients: Vec<ClientSpec>,
    pub users: Vec<UserSpec>,
    /// Further environment for every `idp` invocation (e.g. `IDP_SESSION_...`, or
    /// `DATABASE_URL`: the caller's own `DATABASE_URL` is never passed on, so by default every
    /// provider has its own SQLite file in its data folder).
    pub env: Vec<(String, String)>,
    /// Reuse this data folder (kept afterwards) instead of a fresh temporary one.
    pub data_dir: Option<PathBuf>,
    /// How long `idp` may take to answer `GET /readyz` with 200.
    pub ready_deadline: Duration,
    /// Publish the issuer as `http://localhost:PORT` (WebAuthn needs a domain, not an IP).
    pub localhost: bool,
    /// Publish this issuer (`IDP_ISSUER`) instead of the node's own address, e.g. the URL of
    /// a proxy in front of several nodes. [`Provider::url`] then goes through it, and
    /// [`Provider::node_url`] straight to this node.
    pub issuer: Option<String>,
    /// Prepare the database (`idp migrate`, then the clients and users) before serving. Off
    /// for a further node on a database another node has prepared.
    pub prepare: bool,
    /// The name of the data folder kept after the run (`e2e-last/<test>-<name>`): distinct
    /// for each of several providers in one test.
    pub name: String,
}

impl Default for ProviderOptions {
    fn default() -> Self {
        Self {
            mode: Mode::Serve,
            dev_mode: true,
            clients: Vec::new(),
            users: Vec::new(),
            env: Vec::new(),
            data_dir: None,
            ready_deadline: Duration::from_secs(60),
            localhost: false,
            issuer: None,
            prepare: true,
            name: "idp".to_string(),
        }
    }
}

impl ProviderOptions {
    pub fn demo() -> Self {
        Self {
            mode: Mode::Demo,
            ..Self::default()
        }
    }

    pub fn client(mut self, client: ClientSpec) -> Self {
        self.clients.push(client);
        self
    }

    pub fn user(mut self, user: UserSpec) -> Self {
        self.users.push(user);
        self
    }

    pub fn env(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// The issuer becomes `http://localhost:PORT`, as security keys need a domain RP ID.
    pub fn on_localhost(mut self) -> Self {
        self.localhost = true;
        self
    }

    /// Publishes `issuer` (no trailing slash) instead of the node's own address.
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into());
        self
    }

    /// Serves from the database at `url` (`sqlite://FILE?mode=rwc` or `postgres://...`)
    /// instead of a SQLite file in the data folder; `idp` sub-commands run against it too.
    pub fn database_url(self, url: impl Into<String>) -> Self {
        self.env("DATABASE_URL", url)
    }

    /// Another node has prepared the database: no migration, clients or users from this
    /// one ([`ProviderOptions::clients`] and [`ProviderOptions::users`] are ignored).
    pub fn prepared_by_another_node(mut self) -> Self {
        self.prepare = false;
        self
    }

    /// The kept data folder's name (see [`ProviderOptions::name`]).
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }
}

/// A running `idp`; killed when dropped, its data folder (database, outbox,
/// `idp.stderr.log`) kept as `kept` says.
pub struct Provider {
    child: Option<Child>,
    temp: Option<TempDir>,
    data: PathBuf,
    port: u16,
    issuer: String,
    env: Vec<(String, String)>,
    clients: Vec<RegisteredClient>,
    demo: Option<serde_json::Value>,
    name: String,
}

/// Environment every `idp` invocation gets: cheap password hashing for tests.
fn base_env(options: &ProviderOptions) -> Vec<(String, String)> {
    let mut env = vec![
        ("IDP_ARGON2_MEMORY_KIB".to_string(), "8".to_string()),
        ("IDP_ARGON2_ITERATIONS".to_string(), "1".to_string()),
        ("RUST_LOG".to_string(), "info".to_string()),
        // The seeds' name, as an operator entitled to it configures it.
        ("IDP_UI_BRAND".to_string(), "EU Login".to_string()),
    ];
    if options.dev_mode {
        env.push(("IDP_DEV_MODE".to_string(), "true".to_string()));
    }
    env.extend(options.env.iter().cloned());
    env
}

impl Provider {
    pub async fn start(options: ProviderOptions) -> Result<Self> {
        let idp = bins::bin_path("idp")?;
        let (temp, data) = match &options.data_dir {
            Some(dir) => {
                std::fs::create_dir_all(dir)?;
                (None, dir.clone())
            }
            None => {
                let temp = crate::kept::data_folder("idp-")?;
                let path = temp.path().to_path_buf();
                (Some(temp), path)
            }
        };
        let mut provider = Self {
            child: None,
            temp,
            data,
            port: 0,
            issuer: String::new(),
            env: base_env(&options),
            clients: Vec::new(),
            demo: None,
            name: options.name.clone(),
        };

        if options.mode == Mode::Serve && options.prepare {
            provider.run(["migrate"]).await?;
        }
        let clients = if options.prepare {
            &options.clients[..]
        } else {
            &[]
        };
        for spec in clients {
            let mut args = vec!["client".to_string(), "add".to_string()];
            args.extend(spec.args());
            let out = provider.run(&args).await?;
            let mut client: RegisteredClient = serde_json::from_str(out.trim())
                .with_context(|| format!("`idp client add --json` printed no JSON: {out}"))?;
            client.name = spec.name.clone();
            provider.clients.push(client);
        }
        let users = if options.prepare {
            &options.users[..]
        } else {
            &[]
        };
        for user in users {
            let mut args = vec!["user".to_string(), "add".to_string()];
            args.extend(user.args());
            provider.run(&args).await?;
        }

        // The port may be taken between free_port() and idp binding it: retry a few times.
        let mut last_error = None;
        for _ in 0..3 {
            match provider.serve(&idp, &options).await {
                Ok(()) => {
                    if options.mode == Mode::Demo {
                        let path = provider.data.join("demo.json");
                        let text = std::fs::read_to_string(&path)
                            .with_context(|| format!("`idp demo` wrote no {}", path.display()))?;
                        provider.demo = Some(serde_json::from_str(&text)?);
                    }
                    return Ok(provider);
                }
                Err(e) => {
                    provider.kill();
                    let log = wait::tail(&provider.stderr_log(), 5);
                    if !log.contains("in use") {
                        return Err(e);
                    }
                    last_error = Some(e);
                }
            }
        }
        Err(last_error.unwrap_or_else(|| anyhow::anyhow!("idp did not start")))
    }

    async fn serve(&mut self, idp: &Path, options: &ProviderOptions) -> Result<()> {
        self.port = net::free_port()?;
        let listen = format!("127.0.0.1:{}", self.port);
        self.issuer = match &options.issuer {
            Some(issuer) => issuer.clone(),
            None if options.localhost => format!("http://localhost:{}", self.port),
            None => format!("http://{listen}"),
        };
        let stderr = File::create(self.stderr_log())?;
        let stdout = File::create(self.data.join("idp.stdout.log"))?;
        let sub = match options.mode {
            Mode::Serve => "serve",
            Mode::Demo => "demo",
        };
        let child = Command::new(idp)
            .arg(format!("--listen={listen}"))
            .arg(flag_arg("--data", &self.data))
            .arg(sub)
            .env_remove("DATABASE_URL")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .envs(
                (options.localhost || options.issuer.is_some())
                    .then(|| ("IDP_ISSUER", self.issuer.clone())),
            )
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .with_context(|| format!("spawn {}", idp.display()))?;
        self.child = Some(child);

        let ready = self.node_url("/readyz");
        let log = self.stderr_log();
        let Some(child) = self.child.as_mut() else {
            bail!("idp {sub} was not started");
        };
        wait::until_serving(
            &format!("idp {sub}"),
            &ready,
            options.ready_deadline,
            child,
            &log,
        )
        .await
    }

    /// Runs `idp --data=DIR ARGS...` against this provider's data folder (possibly while it
    /// serves) and returns its stdout. Fails with its stderr if it exits unsuccessfully.
    /// Pass each flag with its value as one argument, `--flag=VALUE`: a generated value may
    /// begin with `-` and would otherwise be read as a flag.
    pub async fn run<I, S>(&self, args: I) -> Result<String>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let idp = bins::bin_path("idp")?;
        let args: Vec<std::ffi::OsString> = args.into_iter().map(|a| a.as_ref().into()).collect();
        let shown = args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        let out = tokio::process::Command::new(&idp)
            .arg(flag_arg("--data", &self.data))
            .args(&args)
            .env_remove("DATABASE_URL")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .output()
            .await
            .with_context(|| format!("run idp {shown}"))?;
        if !out.status.success() {
            bail!(
                "`idp {shown}` failed ({}):\n{}{}",
                out.status,
                String::from_utf8_lossy(&out.stderr),
                String::from_utf8_lossy(&out.stdout)
            );
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// The published issuer (no trailing slash): `http://127.0.0.1:PORT` unless
    /// [`ProviderOptions::issuer`] or [`ProviderOptions::on_localhost`] says otherwise.
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The issuer followed by `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.issuer)
    }

    /// `http://127.0.0.1:PORT{path}`: this node itself, whatever issuer it publishes.
    pub fn node_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data
    }

    /// The serving process's stderr (its logs).
    pub fn stderr_log(&self) -> PathBuf {
        self.data.join("idp.stderr.log")
    }

    pub fn outbox(&self) -> Outbox {
        Outbox::new(self.data.join("outbox"))
    }

    pub fn clients(&self) -> &[RegisteredClient] {
        &self.clients
    }

    /// A client registered at start, by the name given in its [`ClientSpec`].
    pub fn client(&self, name: &str) -> Result<&RegisteredClient> {
        self.clients
            .iter()
            .find(|c| c.name == name)
            .with_context(|| format!("no client named {name:?} was registered"))
    }

    /// `demo.json` of an `idp demo` start.
    pub fn demo_json(&self) -> Option<&serde_json::Value> {
        self.demo.as_ref()
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        self.kill();
        crate::kept::keep(self.temp.take(), &self.data, &self.name, "idp.stderr.log");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_spec_becomes_client_add_arguments() {
        let spec = ClientSpec::new("e2e")
            .redirect_uri("http://127.0.0.1:1/callback")
            .auth_method("client_secret_basic")
            .grant_type("authorization_code")
            .minimum_acr("medium");
        assert_eq!(
            spec.args(),
            [
                "--json",
                "--name=e2e",
                "--redirect-uri=http://127.0.0.1:1/callback",
                "--auth-method=client_secret_basic",
                "--grant-type=authorization_code",
                "--minimum-acr=medium"
            ]
        );
    }

    #[test]
    fn user_spec_joins_each_flag_and_its_value() {
        let user = UserSpec::new("a@example.test", "-starts-with-a-dash")
            .name("Ada", "Lovelace")
            .role("helpdesk:cpms")
            .phone("+33 6 12 34 56 78");
        assert_eq!(
            user.args(),
            [
                "--email=a@example.test",
                "--password=-starts-with-a-dash",
                "--first-name=Ada",
                "--last-name=Lovelace",
                "--role=helpdesk:cpms",
                "--phone=+33 6 12 34 56 78"
            ]
        );
    }

    #[test]
    fn secrets_are_redacted_in_debug() {
        let client = RegisteredClient {
            name: "e2e".into(),
            client_id: "id".into(),
            client_secret: Some("s3cret-value".into()),
        };
        let user = UserSpec::new("a@example.test", "s3cret-value");
        assert!(!format!("{client:?}{user:?}").contains("s3cret-value"));
    }

    #[test]
    fn test_hashing_is_cheap_and_dev_mode_is_on_by_default() {
        let env = base_env(&ProviderOptions::default());
        assert!(env.contains(&("IDP_ARGON2_MEMORY_KIB".into(), "8".into())));
        assert!(env.contains(&("IDP_ARGON2_ITERATIONS".into(), "1".into())));
        assert!(env.contains(&("IDP_DEV_MODE".into(), "true".into())));
    }
}
