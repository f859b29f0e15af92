//! `idp client add|list|remove`.

use crate::authn::acr::Acr;
use crate::authn::factors::Method;
use crate::oidc::clients::{self, ClientAuthMethod, GrantType, Registration};
use crate::state::AppState;
use crate::store::{self, clients::Client};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Subcommand};
use std::path::PathBuf;

/// A clap parser for one of `names`, turned into `T` (the names are `T`'s, so it parses).
fn one_of<T: Clone + Send + Sync + 'static>(
    names: Vec<&'static str>,
    parse: fn(&str) -> Option<T>,
) -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(names).try_map(move |s| parse(&s).ok_or(format!("unknown value {s}")))
}

fn auth_methods() -> impl TypedValueParser<Value = ClientAuthMethod> {
    one_of(
        ClientAuthMethod::ALL.iter().map(|m| m.as_str()).collect(),
        |s| s.parse().ok(),
    )
}

fn grant_types() -> impl TypedValueParser<Value = GrantType> {
    one_of(GrantType::ALL.iter().map(|g| g.as_str()).collect(), |s| {
        s.parse().ok()
    })
}

fn levels() -> impl TypedValueParser<Value = Acr> {
    one_of(Acr::ALL.iter().map(|a| a.name()).collect(), Acr::from_name)
}

fn methods() -> impl TypedValueParser<Value = Method> {
    one_of(
        Method::ALL.iter().map(|m| m.name()).collect(),
        Method::from_name,
    )
}

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
    Remove {
        /// Ids registered before they began with a letter or digit may begin with `-`.
        #[arg(allow_hyphen_values = true)]
        client_id: String,
    },
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
    #[arg(long, default_value = "client_secret_basic", value_parser = auth_methods())]
    pub auth_method: ClientAuthMethod,
    /// Default: authorization_code and refresh_token.
    #[arg(long = "grant-type", value_parser = grant_types())]
    pub grant_types: Vec<GrantType>,
    #[arg(long, default_value = "openid profile email offline_access")]
    pub scope: String,
    #[arg(long, value_parser = levels())]
    pub minimum_acr: Option<Acr>,
    /// Second-factor methods accepted (default: all enabled).
    #[arg(long = "allowed-method", value_parser = methods())]
    pub allowed_methods: Vec<Method>,
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
                    .map(|c| {
                        serde_json::json!({ "client_id": c.client_id, "name": c.name,
                        "auth_method": c.auth_method.as_str(), "redirect_uris": c.redirect_uris,
                        "grant_types": c.grant_types.iter().map(|g| g.as_str()).collect::<Vec<_>>(),
                        "minimum_acr": c.minimum_acr.map(Acr::name),
                        "resource": c.resource, "audiences": c.audiences })
                    })
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

/// Reads the JWKS file, then registers the client under the rules of `oidc::clients`;
/// returns it with its secret (None for clients without one).
pub async fn add_client(
    state: &AppState,
    add: AddClient,
) -> anyhow::Result<(Client, Option<String>)> {
    let jwks = match &add.jwks {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
        ),
        None => None,
    };
    let registration = Registration {
        name: add.name,
        client_id: add.client_id,
        redirect_uris: add.redirect_uris,
        post_logout_redirect_uris: add.post_logout_redirect_uris,
        auth_method: add.auth_method,
        grant_types: add.grant_types,
        scope: add.scope,
        minimum_acr: add.minimum_acr,
        allowed_methods: add.allowed_methods,
        backchannel_logout_uri: add.backchannel_logout_uri,
        jwks,
        jwks_uri: add.jwks_uri,
        id_token_alg: add.id_token_alg,
        resource: add.resource,
        audiences: add.audiences,
    };
    Ok(clients::register(state, registration).await?)
}
