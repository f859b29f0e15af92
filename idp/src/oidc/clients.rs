//! Registered relying parties: the vocabulary of a registration (the names of RFC 7591 and
//! OpenID Connect Discovery) and the rules every registration follows, whoever registers:
//! `idp client add`, the demo seed, the tests.

use crate::authn::acr::Acr;
use crate::authn::factors::Method;
use crate::error::AppError;
use crate::secret::{random_token, token_hash};
use crate::state::AppState;
use crate::store::{self, clients::Client};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

/// How a client authenticates at the token, introspection and revocation endpoints
/// (`token_endpoint_auth_method`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuthMethod {
    ClientSecretBasic,
    ClientSecretPost,
    PrivateKeyJwt,
    /// A public client (PKCE required).
    None,
}

impl ClientAuthMethod {
    pub const ALL: [ClientAuthMethod; 4] = [
        ClientAuthMethod::ClientSecretBasic,
        ClientAuthMethod::ClientSecretPost,
        ClientAuthMethod::PrivateKeyJwt,
        ClientAuthMethod::None,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClientAuthMethod::ClientSecretBasic => "client_secret_basic",
            ClientAuthMethod::ClientSecretPost => "client_secret_post",
            ClientAuthMethod::PrivateKeyJwt => "private_key_jwt",
            ClientAuthMethod::None => "none",
        }
    }

    /// Whether the provider gives this client a secret.
    pub fn has_secret(self) -> bool {
        matches!(
            self,
            ClientAuthMethod::ClientSecretBasic | ClientAuthMethod::ClientSecretPost
        )
    }

    /// The methods a client can authenticate with (`none` is not authentication).
    pub fn authenticating() -> impl Iterator<Item = ClientAuthMethod> {
        Self::ALL
            .into_iter()
            .filter(|m| *m != ClientAuthMethod::None)
    }
}

/// The grants a client may use at `/token` (`grant_types`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantType {
    AuthorizationCode,
    RefreshToken,
    ClientCredentials,
}

impl GrantType {
    pub const ALL: [GrantType; 3] = [
        GrantType::AuthorizationCode,
        GrantType::RefreshToken,
        GrantType::ClientCredentials,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GrantType::AuthorizationCode => "authorization_code",
            GrantType::RefreshToken => "refresh_token",
            GrantType::ClientCredentials => "client_credentials",
        }
    }
}

macro_rules! names {
    ($t:ty, $what:literal) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $t {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$t>::ALL
                    .into_iter()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| {
                        let names: Vec<&str> = <$t>::ALL.iter().map(|v| v.as_str()).collect();
                        format!("{s:?} is not a {}; use one of {}", $what, names.join(", "))
                    })
            }
        }
    };
}

names!(ClientAuthMethod, "client authentication method");
names!(GrantType, "grant type");

/// What a registration asks for.
#[derive(Debug, Clone)]
pub struct Registration {
    pub name: String,
    /// A fixed client id (default: random).
    pub client_id: Option<String>,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub auth_method: ClientAuthMethod,
    /// Empty: authorization_code and refresh_token.
    pub grant_types: Vec<GrantType>,
    pub scope: String,
    pub minimum_acr: Option<Acr>,
    /// Second factors accepted; empty: every enabled one.
    pub allowed_methods: Vec<Method>,
    pub backchannel_logout_uri: Option<String>,
    /// A JWKS document with the client's public keys (private_key_jwt).
    pub jwks: Option<String>,
    pub jwks_uri: Option<String>,
    pub id_token_alg: Option<String>,
    pub resource: Option<String>,
    pub audiences: Vec<String>,
}

/// A registration that breaks a rule, and which.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error("{0}")]
    Rule(String),
    #[error(transparent)]
    App(#[from] AppError),
}

fn rule(message: impl Into<String>) -> Refused {
    Refused::Rule(message.into())
}

/// Checks a registration against the rules; the grant types it gets.
pub fn check(r: &Registration) -> Result<Vec<GrantType>, Refused> {
    let grant_types = if r.grant_types.is_empty() {
        vec![GrantType::AuthorizationCode, GrantType::RefreshToken]
    } else {
        r.grant_types.clone()
    };
    if grant_types.contains(&GrantType::AuthorizationCode) && r.redirect_uris.is_empty() {
        return Err(rule(
            "--redirect-uri is required for the authorization_code grant",
        ));
    }
    for uri in r
        .redirect_uris
        .iter()
        .chain(&r.post_logout_redirect_uris)
        .chain(&r.backchannel_logout_uri)
    {
        let parsed = url::Url::parse(uri).map_err(|e| rule(format!("{uri} is not a URL: {e}")))?;
        if parsed.fragment().is_some() {
            return Err(rule(format!("{uri}: redirect URIs cannot have a fragment")));
        }
        if parsed.scheme() == "http" && !crate::config::is_loopback(&parsed) {
            return Err(rule(format!(
                "{uri}: plain http is only allowed for loopback addresses"
            )));
        }
    }
    let public = r.auth_method == ClientAuthMethod::None;
    if public && grant_types.contains(&GrantType::ClientCredentials) {
        return Err(rule("public clients cannot use client_credentials"));
    }
    if public && r.resource.is_some() {
        return Err(rule(
            "a resource server authenticates to introspect: it cannot be a public client",
        ));
    }
    for uri in r.resource.iter().chain(&r.audiences) {
        let parsed =
            url::Url::parse(uri).map_err(|e| rule(format!("{uri} is not an absolute URI: {e}")))?;
        if parsed.fragment().is_some() {
            return Err(rule(format!(
                "{uri}: a resource indicator has no fragment (RFC 8707)"
            )));
        }
    }
    if let Some(doc) = &r.jwks {
        keys::Jwks::from_json(doc).map_err(|e| rule(format!("the JWKS is not valid: {e}")))?;
    }
    if r.auth_method == ClientAuthMethod::PrivateKeyJwt && r.jwks.is_none() && r.jwks_uri.is_none()
    {
        return Err(rule("private_key_jwt needs --jwks or --jwks-uri"));
    }
    Ok(grant_types)
}

/// Checks and stores a registration; the client and its secret (shown once; `None` for
/// clients without one).
pub async fn register(
    state: &AppState,
    r: Registration,
) -> Result<(Client, Option<String>), Refused> {
    let grant_types = check(&r)?;
    let secret = r
        .auth_method
        .has_secret()
        .then(|| random_token(32).expose().to_owned());
    let client = Client {
        client_id: r
            .client_id
            .unwrap_or_else(|| random_token(16).expose().to_owned()),
        name: r.name,
        secret_hash: secret.as_deref().map(token_hash),
        auth_method: r.auth_method,
        redirect_uris: r.redirect_uris,
        post_logout_redirect_uris: r.post_logout_redirect_uris,
        grant_types,
        scope: r.scope,
        minimum_acr: r.minimum_acr,
        allowed_methods: (!r.allowed_methods.is_empty()).then_some(r.allowed_methods),
        backchannel_logout_uri: r.backchannel_logout_uri,
        jwks: r.jwks,
        jwks_uri: r.jwks_uri,
        id_token_alg: r.id_token_alg,
        created_at: state.now(),
        resource: r.resource,
        audiences: r.audiences,
    };
    store::clients::insert(&state.db, &client)
        .await
        .map_err(AppError::from)?;
    Ok((client, secret))
}

/// The client registered as `client_id`, from this node's cache (`clients.cache_secs`).
pub async fn registered(
    state: &AppState,
    client_id: &str,
) -> Result<Option<Arc<Client>>, store::StoreError> {
    state
        .clients
        .find(&state.reader, state.now(), client_id)
        .await
}

/// Whether `client_id` is no longer registered, read from the database rather than the
/// cache: for a request that failed after its client was removed, within the cache bound
/// (its rows refer to the client, and the database refuses them).
pub async fn removed(state: &AppState, client_id: &str) -> bool {
    matches!(store::clients::find(&state.db, client_id).await, Ok(None))
}

/// The ids of the access applications of `client_id` (for the `entitlements` claim), from
/// this node's cache (`clients.cache_secs`).
pub async fn applications(
    state: &AppState,
    client_id: &str,
) -> Result<Arc<Vec<String>>, store::StoreError> {
    state
        .clients
        .applications(&state.reader, state.now(), client_id)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registration() -> Registration {
        Registration {
            name: "RP".into(),
            client_id: None,
            redirect_uris: vec!["https://rp.example/cb".into()],
            post_logout_redirect_uris: vec![],
            auth_method: ClientAuthMethod::ClientSecretBasic,
            grant_types: vec![],
            scope: "openid".into(),
            minimum_acr: None,
            allowed_methods: vec![],
            backchannel_logout_uri: None,
            jwks: None,
            jwks_uri: None,
            id_token_alg: None,
            resource: None,
            audiences: vec![],
        }
    }

    #[test]
    fn names_are_the_registered_ones_and_unknown_names_say_what_is_allowed() {
        for m in ClientAuthMethod::ALL {
            assert_eq!(m.as_str().parse::<ClientAuthMethod>(), Ok(m));
        }
        for g in GrantType::ALL {
            assert_eq!(g.as_str().parse::<GrantType>(), Ok(g));
        }
        let err = "implicit".parse::<GrantType>().unwrap_err();
        assert!(err.contains("authorization_code, refresh_token, client_credentials"));
    }

    #[test]
    fn registrations_that_break_a_rule_are_refused() {
        type Tweak = fn(&mut Registration);
        let cases: [(&str, Tweak); 8] = [
            ("no redirect URI", (|r| r.redirect_uris.clear())),
            (
                "a fragment",
                (|r| r.redirect_uris = vec!["https://rp.example/cb#x".into()]),
            ),
            (
                "plain http off loopback",
                (|r| r.redirect_uris = vec!["http://rp.example/cb".into()]),
            ),
            (
                "a public client with client_credentials",
                (|r| {
                    r.auth_method = ClientAuthMethod::None;
                    r.grant_types = vec![GrantType::ClientCredentials];
                }),
            ),
            (
                "a public resource server",
                (|r| {
                    r.auth_method = ClientAuthMethod::None;
                    r.resource = Some("https://api.example".into());
                }),
            ),
            (
                "a relative resource",
                (|r| r.audiences = vec!["api".into()]),
            ),
            (
                "private_key_jwt without keys",
                (|r| r.auth_method = ClientAuthMethod::PrivateKeyJwt),
            ),
            ("a JWKS that is not one", (|r| r.jwks = Some("{}".into()))),
        ];
        for (what, tweak) in cases {
            let mut r = registration();
            tweak(&mut r);
            assert!(
                matches!(check(&r), Err(Refused::Rule(_))),
                "{what} was accepted"
            );
        }
    }

    #[test]
    fn the_default_grants_are_code_and_refresh_and_loopback_http_is_allowed() {
        let mut r = registration();
        r.redirect_uris = vec!["http://127.0.0.1:9000/callback".into()];
        assert_eq!(
            check(&r).unwrap(),
            [GrantType::AuthorizationCode, GrantType::RefreshToken]
        );
        r.redirect_uris.clear();
        r.grant_types = vec![GrantType::ClientCredentials];
        assert_eq!(check(&r).unwrap(), [GrantType::ClientCredentials]);
    }
}
