//! A real OpenID Connect relying party built on the `openidconnect` crate: discovery, an
//! authorization URL with PKCE S256, state and nonce, the code exchange, ID-token validation
//! (signature via JWKS, issuer, audience, nonce, expiry) and userinfo.

use anyhow::{bail, Context, Result};
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreIdTokenClaims, CoreProviderMetadata, CoreTokenResponse,
    CoreUserInfoClaims,
};
use openidconnect::{
    AccessToken, AccessTokenHash, AuthorizationCode, ClientId, ClientSecret, CsrfToken,
    EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};

/// A client configured from the provider's discovery document.
pub type DiscoveredClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// What the relying party remembers between sending the browser away and the callback.
pub struct AuthorizationRequest {
    pub url: url::Url,
    pub state: CsrfToken,
    pub nonce: Nonce,
    pub pkce_verifier: PkceCodeVerifier,
}

pub struct RelyingParty {
    pub client: DiscoveredClient,
    pub metadata: CoreProviderMetadata,
    pub http: reqwest::Client,
}

impl RelyingParty {
    /// The HTTP client an RP must use with `openidconnect`: no redirects (so a token
    /// endpoint cannot bounce credentials elsewhere), no proxy (tests stay on loopback).
    pub fn http_client() -> Result<reqwest::Client> {
        Ok(reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .timeout(std::time::Duration::from_secs(15))
            .build()?)
    }

    /// Discovers `issuer` and configures a client (client_secret_basic when a secret is
    /// given, a public client otherwise).
    /// The relying party of the client registered as `name` on `provider`, receiving its
    /// callbacks at `rp`'s `/callback`.
    pub async fn for_client(
        provider: &crate::Provider,
        name: &str,
        rp: &crate::RedirectListener,
    ) -> Result<Self> {
        let client = provider.client(name)?;
        Self::discover(
            provider.issuer(),
            &client.client_id,
            client.client_secret.as_deref(),
            &rp.url("/callback"),
        )
        .await
    }

    pub async fn discover(
        issuer: &str,
        client_id: &str,
        client_secret: Option<&str>,
        redirect_uri: &str,
    ) -> Result<Self> {
        let http = Self::http_client()?;
        let metadata =
            CoreProviderMetadata::discover_async(IssuerUrl::new(issuer.to_string())?, &http)
                .await
                .with_context(|| format!("OpenID discovery at {issuer}"))?;
        let mut client = CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(client_id.to_string()),
            client_secret.map(|s| ClientSecret::new(s.to_string())),
        )
        .set_redirect_uri(RedirectUrl::new(redirect_uri.to_string())?);
        if client_secret.is_none() {
            client = client.set_auth_type(openidconnect::AuthType::RequestBody);
        }
        Ok(Self {
            client,
            metadata,
            http,
        })
    }

    /// An authorization-code request for `scopes` (`openid` is always added) with PKCE S256,
    /// a random state and a random nonce; `extra` adds parameters such as `acr_values`.
    pub fn authorization_request(
        &self,
        scopes: &[&str],
        extra: &[(&str, &str)],
    ) -> AuthorizationRequest {
        let (challenge, pkce_verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = self.client.authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        );
        for scope in scopes.iter().filter(|s| **s != "openid") {
            request = request.add_scope(Scope::new(scope.to_string()));
        }
        for (name, value) in extra {
            request = request.add_extra_param(*name, *value);
        }
        let (url, state, nonce) = request.set_pkce_challenge(challenge).url();
        AuthorizationRequest {
            url,
            state,
            nonce,
            pkce_verifier,
        }
    }

    /// Exchanges an authorization code at the token endpoint.
    pub async fn exchange_code(
        &self,
        code: &str,
        pkce_verifier: PkceCodeVerifier,
    ) -> Result<CoreTokenResponse> {
        self.client
            .exchange_code(AuthorizationCode::new(code.to_string()))?
            .set_pkce_verifier(pkce_verifier)
            .request_async(&self.http)
            .await
            .map_err(|e| anyhow::anyhow!("token request failed: {e:?}"))
    }

    /// Validates the ID token of `tokens` as an RP must (signature with a key from the JWKS,
    /// algorithm from discovery, `iss`, `aud`/`azp`, `exp`, `nonce`) and, when present,
    /// `at_hash` against the access token. Returns its claims.
    pub fn verify_id_token(
        &self,
        tokens: &CoreTokenResponse,
        nonce: &Nonce,
    ) -> Result<CoreIdTokenClaims> {
        let id_token = tokens
            .id_token()
            .context("the token response has no id_token")?;
        let verifier = self.client.id_token_verifier();
        let claims = id_token
            .claims(&verifier, nonce)
            .context("the ID token does not validate")?
            .clone();
        if let Some(expected) = claims.access_token_hash() {
            let alg = id_token.signing_alg().context("ID token algorithm")?;
            let key = id_token
                .signing_key(&verifier)
                .context("ID token signing key")?;
            let actual = AccessTokenHash::from_token(tokens.access_token(), alg, key)
                .context("hash the access token")?;
            if &actual != expected {
                bail!("at_hash does not match the access token");
            }
        }
        Ok(claims)
    }

    /// What a relying party does with the browser's return: exchanges the callback's code
    /// (with the request's PKCE verifier) and validates the ID token against the request's
    /// nonce ([`RelyingParty::verify_id_token`]).
    pub async fn redeem(
        &self,
        callback: &crate::Callback,
        request: AuthorizationRequest,
    ) -> Result<(CoreTokenResponse, CoreIdTokenClaims)> {
        let code = callback
            .param("code")
            .with_context(|| format!("the callback carries no code: {callback:?}"))?;
        let tokens = self.exchange_code(&code, request.pkce_verifier).await?;
        let claims = self.verify_id_token(&tokens, &request.nonce)?;
        Ok((tokens, claims))
    }

    /// Calls the userinfo endpoint with a bearer access token.
    pub async fn userinfo(&self, access_token: &AccessToken) -> Result<CoreUserInfoClaims> {
        self.client
            .user_info(access_token.clone(), None)?
            .request_async(&self.http)
            .await
            .map_err(|e| anyhow::anyhow!("userinfo request failed: {e:?}"))
    }
}

/// The ID token's `acr`.
pub fn acr(claims: &CoreIdTokenClaims) -> Result<String> {
    Ok(claims
        .auth_context_ref()
        .context("no acr in the ID token")?
        .as_str()
        .to_owned())
}

/// The ID token's `amr`, in order.
pub fn amr(claims: &CoreIdTokenClaims) -> Result<Vec<String>> {
    Ok(claims
        .auth_method_refs()
        .context("no amr in the ID token")?
        .iter()
        .map(|m| m.as_str().to_owned())
        .collect())
}
