//! `idp client add|list|remove`.

use crate::secret::{random_token, token_hash};
use crate::state::AppState;
use crate::store::{self, clients::Client};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
#[allow(clippy::large_enum_variant)] // parsed once per process
pub enum ClientCommand {
    /// Register a relying party; prints its client_id and secret (shown once).
    Add(AddClient),
    /// List relying parties.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove a relying party and everything issued to it.
    Remove { client_id: String },
}

#[derive(Args, Debug, Clone)]
pub struct AddClient {
    #[arg(long)]
    pub name: String,
    /// Fixed client id (default: random).
    #[arg(long)]
    pub client_id: Option<String>,
    #[arg(long = "redirect-uri")]
    pub redirect_uris: Vec<String>,
    #[arg(long = "post-logout-redirect-uri")]
    pub post_logout_redirect_uris: Vec<String>,
    #[arg(long, default_value = "client_secret_basic", value_parser = ["client_secret_basic", "client_secret_post", "private_key_jwt", "none"])]
    pub auth_method: String,
    #[arg(long = "grant-type", value_parser = ["authorization_code", "refresh_token", "client_credentials"])]
    pub grant_types: Vec<String>,
    #[arg(long, default_value = "openid profile email offline_access")]
    pub scope: String,
    #[arg(long, value_parser = ["basic", "medium", "high"])]
    pub minimum_acr: Option<String>,
    /// Second-factor methods accepted (default: all enabled).
    #[arg(long = "allowed-method")]
    pub allowed_methods: Vec<String>,
    #[arg(long)]
    pub backchannel_logout_uri: Option<String>,
    /// A JWKS document with the client's public keys (private_key_jwt).
    #[arg(long)]
    pub jwks: Option<PathBuf>,
    #[arg(long)]
    pub jwks_uri: Option<String>,
    /// Algorithm of this client's ID tokens (default: the provider's keys.algorithm).
    #[arg(long, value_parser = ["ES256", "RS256", "EdDSA"])]
    pub id_token_alg: Option<String>,
    /// This client is a resource server holding this resource (an absolute URI, RFC 8707):
    /// it may introspect access tokens whose audience includes it.
    #[arg(long)]
    pub resource: Option<String>,
    /// A resource this client's access tokens are for (repeatable): resource servers holding
    /// it may introspect them.
    #[arg(long = "audience")]
    pub audiences: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

pub async fn run(state: AppState, cmd: ClientCommand) -> anyhow::Result<()> {
    match cmd {
        ClientCommand::Add(add) => {
            let json = add.json;
            let (client, secret) = add_client(&state, add).await?;
            if json {
                println!(
                    "{}",
                    serde_json::json!({ "client_id": client.client_id, "client_secret": secret })
                );
            } else {
                println!("client_id:     {}", client.client_id);
                match secret {
                    Some(s) => println!("client_secret: {s}   (shown once; store it now)"),
                    None => println!("client_secret: (none: public client, PKCE required)"),
                }
            }
        }
        ClientCommand::List { json } => {
            let clients = store::clients::list(&state.db).await?;
            if json {
                let list: Vec<_> = clients
                    .iter()
                    .map(|c| serde_json::json!({ "client_id": c.client_id, "name": c.name, "auth_method": c.auth_method,
                        "redirect_uris": c.redirect_uris, "grant_types": c.grant_types, "minimum_acr": c.minimum_acr,
                        "resource": c.resource, "audiences": c.audiences }))
                    .collect();
                println!("{}", serde_json::Value::Array(list));
            } else {
                for c in clients {
                    println!(
                        "{}\t{}\t{}\t{}",
                        c.client_id,
                        c.name,
                        c.auth_method,
                        c.redirect_uris.join(" ")
                    );
                }
            }
        }
        ClientCommand::Remove { client_id } => {
            if store::clients::remove(&state.db, &client_id).await? {
                println!("removed {client_id}");
            } else {
                anyhow::bail!("no client {client_id}");
            }
        }
    }
    Ok(())
}

/// Validates and stores a client; returns it with its secret (None for public clients).
pub async fn add_client(
    state: &AppState,
    add: AddClient,
) -> anyhow::Result<(Client, Option<String>)> {
    let mut grant_types = add.grant_types.clone();
    if grant_types.is_empty() {
        grant_types = vec!["authorization_code".into(), "refresh_token".into()];
    }
    if grant_types.iter().any(|g| g == "authorization_code") && add.redirect_uris.is_empty() {
        anyhow::bail!("--redirect-uri is required for the authorization_code grant");
    }
    for uri in add
        .redirect_uris
        .iter()
        .chain(&add.post_logout_redirect_uris)
        .chain(&add.backchannel_logout_uri)
    {
        let parsed =
            url::Url::parse(uri).map_err(|e| anyhow::anyhow!("{uri} is not a URL: {e}"))?;
        if parsed.fragment().is_some() {
            anyhow::bail!("{uri}: redirect URIs cannot have a fragment");
        }
        if parsed.scheme() == "http" && !crate::config::is_loopback(&parsed) {
            anyhow::bail!("{uri}: plain http is only allowed for loopback addresses");
        }
    }
    if add.auth_method == "none" && grant_types.iter().any(|g| g == "client_credentials") {
        anyhow::bail!("public clients cannot use client_credentials");
    }
    if add.auth_method == "none" && add.resource.is_some() {
        anyhow::bail!(
            "a resource server authenticates to introspect: it cannot be a public client"
        );
    }
    for uri in add.resource.iter().chain(&add.audiences) {
        let parsed = url::Url::parse(uri)
            .map_err(|e| anyhow::anyhow!("{uri} is not an absolute URI: {e}"))?;
        if parsed.fragment().is_some() {
            anyhow::bail!("{uri}: a resource indicator has no fragment (RFC 8707)");
        }
    }
    let jwks = match &add.jwks {
        Some(path) => {
            let doc = std::fs::read_to_string(path)?;
            keys::Jwks::from_json(&doc).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            Some(doc)
        }
        None => None,
    };
    if add.auth_method == "private_key_jwt" && jwks.is_none() && add.jwks_uri.is_none() {
        anyhow::bail!("private_key_jwt needs --jwks or --jwks-uri");
    }
    let secret = matches!(
        add.auth_method.as_str(),
        "client_secret_basic" | "client_secret_post"
    )
    .then(|| random_token(32).expose().to_owned());
    let client = Client {
        client_id: add
            .client_id
            .unwrap_or_else(|| random_token(16).expose().to_owned()),
        name: add.name,
        secret_hash: secret.as_deref().map(token_hash),
        auth_method: add.auth_method,
        redirect_uris: add.redirect_uris,
        post_logout_redirect_uris: add.post_logout_redirect_uris,
        grant_types,
        scope: add.scope,
        minimum_acr: add.minimum_acr,
        allowed_methods: (!add.allowed_methods.is_empty()).then_some(add.allowed_methods),
        backchannel_logout_uri: add.backchannel_logout_uri,
        jwks,
        jwks_uri: add.jwks_uri,
        id_token_alg: add.id_token_alg,
        created_at: state.now(),
        resource: add.resource,
        audiences: add.audiences,
    };
    store::clients::insert(&state.db, &client).await?;
    Ok((client, secret))
}
