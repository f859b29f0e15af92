//! Command line and environment: the provider, CPMS's client credentials, the CPMS API's
//! credentials as a resource server, where to listen and where to keep the data.
//! `--demo-json` reads the issuer and the credentials of the clients named "CPMS" and
//! "CPMS API" from the `demo.json` that `idp demo` writes.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use clap::Parser;
use serde::Deserialize;

#[derive(Debug, Clone, Parser)]
#[command(name = "relying-party-demo", about = "CPMS: the demo relying party")]
pub struct Args {
    /// Issuer URL of the identity provider.
    #[arg(long, env = "CPMS_ISSUER")]
    pub issuer: Option<String>,
    /// CPMS's client id at the provider.
    #[arg(long, env = "CPMS_CLIENT_ID")]
    pub client_id: Option<String>,
    /// CPMS's client secret.
    #[arg(long, env = "CPMS_CLIENT_SECRET", hide_env_values = true)]
    pub client_secret: Option<String>,
    /// The CPMS API's client id at the provider: a resource server that introspects the
    /// tokens issued to CPMS (default: CPMS's own credentials).
    #[arg(long, env = "CPMS_API_CLIENT_ID")]
    pub api_client_id: Option<String>,
    #[arg(long, env = "CPMS_API_CLIENT_SECRET", hide_env_values = true)]
    pub api_client_secret: Option<String>,
    /// Read issuer, client id and secret of the client "CPMS" (and "CPMS API") from the
    /// provider's demo.json.
    #[arg(long, env = "CPMS_DEMO_JSON")]
    pub demo_json: Option<PathBuf>,
    /// The identity provider's name as CPMS shows it ("Sign in with ..."); default the
    /// `brand` of `--demo-json`, else "EU Login".
    #[arg(long, env = "CPMS_PROVIDER_NAME")]
    pub provider_name: Option<String>,
    /// Address to listen on.
    #[arg(long, env = "CPMS_LISTEN", default_value = "127.0.0.1:8081")]
    pub listen: SocketAddr,
    /// Folder for CPMS's own data (preferences).
    #[arg(long, env = "CPMS_DATA", default_value = "cpms-data")]
    pub data: PathBuf,
    /// The URL browsers reach CPMS at (default `http://<listen>`); the redirect URI is
    /// `<public-url>/callback`.
    #[arg(long, env = "CPMS_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Offer the pseudo-locale `en-XA` (every letter accented, a third longer) in the
    /// language selector, for tests and translators.
    #[arg(long, env = "CPMS_PSEUDO_LOCALE")]
    pub pseudo_locale: bool,
}

/// Settings after resolving `--demo-json` and defaults.
#[derive(Clone)]
pub struct Settings {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// Who introspects bearer tokens for the API: the CPMS API's resource-server client.
    pub api_client_id: String,
    pub api_client_secret: String,
    pub listen: SocketAddr,
    pub data: PathBuf,
    /// No trailing slash.
    pub public_url: String,
    /// The identity provider's name on CPMS's pages.
    pub provider_name: String,
    /// Whether the pseudo-locale `en-XA` can be picked (tests, translators).
    pub pseudo_locale: bool,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("api_client_id", &self.api_client_id)
            .field("api_client_secret", &"<redacted>")
            .field("listen", &self.listen)
            .field("data", &self.data)
            .field("public_url", &self.public_url)
            .field("provider_name", &self.provider_name)
            .field("pseudo_locale", &self.pseudo_locale)
            .finish()
    }
}

#[derive(Deserialize)]
struct DemoFile {
    issuer: String,
    #[serde(default)]
    brand: String,
    clients: Vec<DemoClient>,
}

#[derive(Deserialize)]
struct DemoClient {
    name: String,
    client_id: String,
    client_secret: Option<String>,
}

/// What a `demo.json` says about CPMS: the issuer, the CPMS client, and the CPMS API's
/// resource-server client if the demo has one.
pub struct DemoCredentials {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    pub api: Option<(String, String)>,
    /// The provider's name (`brand`), when demo.json has one.
    pub brand: Option<String>,
}

pub fn read_demo_json(path: &Path) -> anyhow::Result<DemoCredentials> {
    let text = std::fs::read_to_string(path).with_context(|| format!("read {}", path.display()))?;
    let demo: DemoFile =
        serde_json::from_str(&text).with_context(|| format!("parse {}", path.display()))?;
    let api = demo
        .clients
        .iter()
        .find(|c| c.name.eq_ignore_ascii_case("cpms api") || c.client_id == "cpms-api")
        .and_then(|c| Some((c.client_id.clone(), c.client_secret.clone()?)));
    let client = demo
        .clients
        .into_iter()
        .find(|c| c.name.eq_ignore_ascii_case("cpms") || c.client_id == "cpms")
        .with_context(|| format!("{} lists no client named CPMS", path.display()))?;
    Ok(DemoCredentials {
        brand: Some(demo.brand).filter(|b| !b.trim().is_empty()),
        issuer: demo.issuer,
        client_id: client.client_id,
        client_secret: client.client_secret,
        api,
    })
}

impl Settings {
    pub fn from_args(args: Args) -> anyhow::Result<Self> {
        let (mut issuer, mut client_id, mut client_secret) =
            (args.issuer, args.client_id, args.client_secret);
        let (mut api_id, mut api_secret) = (args.api_client_id, args.api_client_secret);
        let mut provider_name = args.provider_name;
        if let Some(path) = &args.demo_json {
            let demo = read_demo_json(path)?;
            provider_name = provider_name.or(demo.brand);
            issuer = issuer.or(Some(demo.issuer));
            client_id = client_id.or(Some(demo.client_id));
            client_secret = client_secret.or(demo.client_secret);
            if let Some((id, secret)) = demo.api {
                api_id = api_id.or(Some(id));
                api_secret = api_secret.or(Some(secret));
            }
        }
        let Some(issuer) = issuer else {
            bail!("--issuer (or --demo-json) is required")
        };
        let Some(client_id) = client_id else {
            bail!("--client-id (or --demo-json) is required")
        };
        let Some(client_secret) = client_secret else {
            bail!("--client-secret (or --demo-json) is required: CPMS is a confidential client")
        };
        let public_url = args
            .public_url
            .unwrap_or_else(|| format!("http://{}", args.listen))
            .trim_end_matches('/')
            .to_string();
        url::Url::parse(&public_url).with_context(|| format!("--public-url {public_url}"))?;
        let (api_client_id, api_client_secret) = match (api_id, api_secret) {
            (Some(id), Some(secret)) => (id, secret),
            (None, None) => (client_id.clone(), client_secret.clone()),
            _ => bail!("--api-client-id and --api-client-secret go together"),
        };
        Ok(Self {
            issuer: issuer.trim_end_matches('/').to_string(),
            client_id,
            client_secret,
            api_client_id,
            api_client_secret,
            listen: args.listen,
            data: args.data,
            public_url,
            provider_name: provider_name
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| "EU Login".to_owned()),
            pseudo_locale: args.pseudo_locale,
        })
    }

    pub fn redirect_uri(&self) -> String {
        format!("{}/callback", self.public_url)
    }

    pub fn post_logout_redirect_uri(&self) -> String {
        format!("{}/", self.public_url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_json_supplies_the_cpms_client() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("demo.json");
        std::fs::write(
            &path,
            r#"{"issuer":"http://127.0.0.1:8080","brand":"EU Login (demo)","clients":[
              {"name":"Demo relying party","client_id":"demo-rp","client_secret":"a","redirect_uris":[]},
              {"name":"CPMS","client_id":"cpms","client_secret":"s3cret","redirect_uris":[]},
              {"name":"CPMS API","client_id":"cpms-api","client_secret":"api-s3cret","redirect_uris":[]}],
              "users":[]}"#,
        )
        .unwrap();
        let args = Args::parse_from([
            "relying-party-demo",
            &format!("--demo-json={}", path.to_str().unwrap()),
            "--listen=127.0.0.1:9999",
        ]);
        let s = Settings::from_args(args).unwrap();
        assert_eq!(s.issuer, "http://127.0.0.1:8080");
        assert_eq!(s.client_id, "cpms");
        assert_eq!(s.client_secret, "s3cret");
        assert_eq!(s.api_client_id, "cpms-api", "the API introspects as itself");
        assert_eq!(s.api_client_secret, "api-s3cret");
        assert_eq!(s.redirect_uri(), "http://127.0.0.1:9999/callback");
        assert_eq!(
            s.provider_name, "EU Login (demo)",
            "the provider's name from demo.json"
        );
        assert!(!format!("{s:?}").contains("s3cret"));
        let own = Args::parse_from([
            "relying-party-demo",
            "--issuer=http://x.test",
            "--client-id=cpms",
            "--client-secret=-starts-with-a-dash",
        ]);
        let s = Settings::from_args(own).unwrap();
        assert_eq!(s.api_client_id, "cpms", "without an API client, CPMS's own");
        assert_eq!(s.api_client_secret, "-starts-with-a-dash");
    }

    #[test]
    fn issuer_and_credentials_are_required() {
        let args = Args::parse_from(["relying-party-demo", "--issuer=http://x.test"]);
        assert!(Settings::from_args(args).is_err());
    }
}
