//! Everything CPMS asks of the identity provider, through the `openidconnect` crate:
//! discovery, the authorization URL (PKCE S256, state, nonce, `acr_values`), the code
//! exchange and ID-token validation, RP-initiated logout URLs, the JWKS for logout tokens, and
//! token introspection (RFC 7662, a plain form POST with client_secret_basic).

use std::time::Duration;

use anyhow::{anyhow, bail, Context};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthenticationFlow, CoreClaimName, CoreClaimType, CoreClient,
    CoreClientAuthMethod, CoreGenderClaim, CoreGrantType, CoreIdTokenVerifier, CoreJsonWebKey,
    CoreJsonWebKeySet, CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm,
    CoreJwsSigningAlgorithm, CoreResponseMode, CoreResponseType, CoreSubjectIdentifierType,
    CoreUserInfoClaims,
};
use openidconnect::{
    AccessTokenHash, AdditionalClaims, AdditionalProviderMetadata, AuthorizationCode, ClientId,
    ClientSecret, CsrfToken, EndSessionUrl, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdToken,
    IssuerUrl, LanguageTag, LogoutRequest, Nonce, OAuth2TokenResponse, PkceCodeChallenge,
    PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadata, RedirectUrl, Scope, TokenResponse,
};
use serde::{Deserialize, Serialize};
use tokio::sync::RwLock;

use crate::acr::AcrPolicy;
use crate::bearer::Introspection;
use crate::entitlements::Entitlement;
use crate::logout_token::{self, LogoutClaims, LogoutTokenError};
use crate::Settings;

/// Claims of CPMS ID tokens beyond OpenID Connect Core.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CpmsClaims {
    /// The access grants (see [`crate::entitlements`]).
    #[serde(default)]
    pub entitlements: Vec<Entitlement>,
    /// The provider's session id (Back-Channel Logout 1.0).
    #[serde(default)]
    pub sid: Option<String>,
}

impl AdditionalClaims for CpmsClaims {}

/// The ID token of a CPMS sign-in.
pub type CpmsIdToken = IdToken<
    CpmsClaims,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;

/// Discovery fields `openidconnect`'s core metadata leaves out.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExtraMetadata {
    #[serde(default)]
    pub end_session_endpoint: Option<EndSessionUrl>,
    #[serde(default)]
    pub introspection_endpoint: Option<String>,
}

impl AdditionalProviderMetadata for ExtraMetadata {}

pub type CpmsProviderMetadata = ProviderMetadata<
    ExtraMetadata,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

type DiscoveredClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// An authorization request about to be sent.
pub struct AuthorizationStart {
    pub url: url::Url,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// A verified sign-in.
#[derive(Debug, Clone)]
pub struct VerifiedSignIn {
    pub sub: String,
    pub sid: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub acr: Option<String>,
    pub entitlements: Vec<Entitlement>,
    pub id_token: String,
}

/// The provider as CPMS sees it.
pub struct Provider {
    client: DiscoveredClient,
    issuer: String,
    issuer_url: IssuerUrl,
    client_id: String,
    client_secret: String,
    /// The CPMS API's credentials as a resource server (introspection).
    api_client_id: String,
    api_client_secret: String,
    end_session: Option<EndSessionUrl>,
    introspection: Option<String>,
    jwks_uri: openidconnect::JsonWebKeySetUrl,
    jwks: RwLock<CoreJsonWebKeySet>,
    signing_algs: Vec<CoreJwsSigningAlgorithm>,
    pub acr: AcrPolicy,
    http: reqwest::Client,
}

impl Provider {
    /// Discovers the provider, retrying until `deadline` (the provider may still be starting).
    pub async fn discover(settings: &Settings, deadline: Duration) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(15))
            .build()?;
        let issuer = IssuerUrl::new(settings.issuer.clone())?;
        let end = tokio::time::Instant::now() + deadline;
        let metadata = loop {
            match CpmsProviderMetadata::discover_async(issuer.clone(), &http).await {
                Ok(m) => break m,
                Err(e) if tokio::time::Instant::now() < end => {
                    tracing::warn!(error = %e, "discovery failed; retrying");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(e) => return Err(anyhow!("OpenID discovery at {}: {e}", settings.issuer)),
            }
        };
        let acr = AcrPolicy::from_supported(
            &settings.issuer,
            metadata
                .acr_values_supported()
                .into_iter()
                .flatten()
                .map(|a| a.as_str()),
        );
        let signing_algs = metadata.id_token_signing_alg_values_supported().clone();
        let extra = metadata.additional_metadata().clone();
        let jwks_uri = metadata.jwks_uri().clone();
        let jwks = metadata.jwks().clone();
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(settings.client_id.clone()),
            Some(ClientSecret::new(settings.client_secret.clone())),
        )
        .set_redirect_uri(RedirectUrl::new(settings.redirect_uri())?);
        Ok(Self {
            client,
            issuer: settings.issuer.clone(),
            issuer_url: issuer,
            client_id: settings.client_id.clone(),
            client_secret: settings.client_secret.clone(),
            api_client_id: settings.api_client_id.clone(),
            api_client_secret: settings.api_client_secret.clone(),
            end_session: extra.end_session_endpoint,
            introspection: extra.introspection_endpoint,
            jwks_uri,
            jwks: RwLock::new(jwks),
            signing_algs,
            acr,
            http,
        })
    }

    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// An authorization-code request with PKCE S256, a random state and nonce, the profile
    /// and e-mail scopes, `acr_values=<medium>`, and `ui_locales=<language>` (OpenID Connect
    /// Core 3.1.2.1): the language of CPMS's pages, for the provider's pages.
    pub fn authorization_request(&self, language: &str) -> AuthorizationStart {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = self
            .client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("profile".into()))
            .add_scope(Scope::new("email".into()))
            .add_extra_param("acr_values", self.acr.requested())
            .add_ui_locale(LanguageTag::new(language.to_owned()))
            .set_pkce_challenge(challenge)
            .url();
        AuthorizationStart {
            url,
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        }
    }

    /// Exchanges the code and validates the ID token (signature via JWKS, algorithm, `iss`,
    /// `aud`/`azp`, `exp`, `nonce`, `at_hash`). The `acr` is returned, not judged here.
    pub async fn finish_sign_in(
        &self,
        code: &str,
        pkce_verifier: &str,
        nonce: &str,
    ) -> anyhow::Result<VerifiedSignIn> {
        let tokens = self
            .client
            .exchange_code(AuthorizationCode::new(code.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_string()))
            .request_async(&self.http)
            .await
            .map_err(|e| anyhow!("token request failed: {e}"))?;
        let raw = tokens
            .id_token()
            .context("the token response has no id_token")?
            .to_string();
        let id_token: CpmsIdToken = raw.parse().context("parse the ID token")?;
        let nonce = Nonce::new(nonce.to_string());
        let current = self.jwks.read().await.clone();
        let mut verifier = self.id_token_verifier(current);
        if let Err(first) = id_token.claims(&verifier, &nonce) {
            // The provider may have published a new key since discovery: fetch the JWKS once.
            tracing::info!(error = %first, "ID token did not validate; refreshing the JWKS");
            let fresh = CoreJsonWebKeySet::fetch_async(&self.jwks_uri, &self.http)
                .await
                .map_err(|e| anyhow!("the ID token does not validate ({first}); JWKS: {e}"))?;
            *self.jwks.write().await = fresh.clone();
            verifier = self.id_token_verifier(fresh);
        }
        let claims = id_token
            .claims(&verifier, &nonce)
            .context("the ID token does not validate")?;
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
        let mut name = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_string())
            .or_else(|| {
                let given = claims.given_name().and_then(|n| n.get(None))?;
                let family = claims.family_name().and_then(|n| n.get(None))?;
                Some(format!("{} {}", given.as_str(), family.as_str()))
            });
        let mut email = claims.email().map(|e| e.as_str().to_string());
        if name.is_none() || email.is_none() {
            // OpenID Connect Core 5.4: with an access token, the profile and email claims
            // come from the userinfo endpoint, not the ID token.
            match self.userinfo(tokens.access_token(), claims.subject()).await {
                Ok((n, e)) => {
                    name = name.or(n);
                    email = email.or(e);
                }
                Err(e) => {
                    tracing::warn!(error = %format!("{e:#}"), "userinfo failed; no name shown");
                }
            }
        }
        Ok(VerifiedSignIn {
            sub: claims.subject().as_str().to_string(),
            sid: claims.additional_claims().sid.clone(),
            name,
            email,
            acr: claims.auth_context_ref().map(|a| a.as_str().to_string()),
            entitlements: claims.additional_claims().entitlements.clone(),
            id_token: raw,
        })
    }

    /// Name and e-mail address from the userinfo endpoint, for the subject of the ID token
    /// (`openidconnect` refuses a response about another subject).
    async fn userinfo(
        &self,
        access_token: &openidconnect::AccessToken,
        subject: &openidconnect::SubjectIdentifier,
    ) -> anyhow::Result<(Option<String>, Option<String>)> {
        let info: CoreUserInfoClaims = self
            .client
            .user_info(access_token.clone(), Some(subject.clone()))?
            .request_async(&self.http)
            .await
            .map_err(|e| anyhow!("userinfo request failed: {e}"))?;
        let name = info
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_string())
            .or_else(|| {
                let given = info.given_name().and_then(|n| n.get(None))?;
                let family = info.family_name().and_then(|n| n.get(None))?;
                Some(format!("{} {}", given.as_str(), family.as_str()))
            });
        Ok((name, info.email().map(|e| e.as_str().to_string())))
    }

    /// Checks signature (asymmetric algorithms from discovery only), `iss`, `aud`/`azp`,
    /// `exp` and `iat` of ID tokens.
    fn id_token_verifier(&self, jwks: CoreJsonWebKeySet) -> CoreIdTokenVerifier<'static> {
        CoreIdTokenVerifier::new_confidential_client(
            ClientId::new(self.client_id.clone()),
            ClientSecret::new(self.client_secret.clone()),
            self.issuer_url.clone(),
            jwks,
        )
        .set_allowed_algs(
            self.signing_algs
                .iter()
                .filter(|a| logout_token::asymmetric(a))
                .cloned(),
        )
    }

    /// The provider's `end_session_endpoint` with `id_token_hint`, `client_id` and
    /// `post_logout_redirect_uri`, when the provider has one.
    pub fn end_session_url(
        &self,
        id_token: &str,
        post_logout_redirect_uri: &str,
    ) -> Option<url::Url> {
        Some(end_session_url(
            self.end_session.clone()?,
            &self.client_id,
            id_token,
            post_logout_redirect_uri,
        ))
    }

    /// Verifies a back-channel logout token; fetches the JWKS again once when no key matches
    /// (the provider may have rotated its keys).
    pub async fn verify_logout_token(
        &self,
        jwt: &str,
        now: i64,
    ) -> Result<LogoutClaims, LogoutTokenError> {
        let first = {
            let jwks = self.jwks.read().await;
            logout_token::verify(
                jwt,
                &jwks,
                &self.signing_algs,
                &self.issuer,
                &self.client_id,
                now,
            )
        };
        if first != Err(LogoutTokenError::Signature) {
            return first;
        }
        match CoreJsonWebKeySet::fetch_async(&self.jwks_uri, &self.http).await {
            Ok(fresh) => {
                let result = logout_token::verify(
                    jwt,
                    &fresh,
                    &self.signing_algs,
                    &self.issuer,
                    &self.client_id,
                    now,
                );
                *self.jwks.write().await = fresh;
                result
            }
            Err(e) => {
                tracing::warn!(error = %e, "JWKS refresh failed");
                first
            }
        }
    }

    /// RFC 7662 introspection with client_secret_basic (id and secret form-urlencoded first,
    /// RFC 6749 section 2.3.1), as the CPMS API: the provider answers for tokens whose
    /// audience is the resource the API holds.
    pub async fn introspect(&self, token: &str) -> anyhow::Result<Introspection> {
        let endpoint = self
            .introspection
            .as_deref()
            .context("the provider publishes no introspection_endpoint")?;
        let encode =
            |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        let basic = STANDARD.encode(format!(
            "{}:{}",
            encode(&self.api_client_id),
            encode(&self.api_client_secret)
        ));
        let response = self
            .http
            .post(endpoint)
            .header("Authorization", format!("Basic {basic}"))
            .header("Accept", "application/json")
            .form(&[("token", token), ("token_type_hint", "access_token")])
            .send()
            .await
            .context("introspection request")?;
        let status = response.status();
        if !status.is_success() {
            bail!("introspection answered {status}");
        }
        response
            .json::<Introspection>()
            .await
            .context("introspection response")
    }
}

/// RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) through `openidconnect`'s
/// `LogoutRequest`.
pub fn end_session_url(
    end_session: EndSessionUrl,
    client_id: &str,
    id_token: &str,
    post_logout_redirect_uri: &str,
) -> url::Url {
    let mut request =
        LogoutRequest::from(end_session).set_client_id(ClientId::new(client_id.to_string()));
    if let Ok(token) = id_token.parse::<CpmsIdToken>() {
        request = request.set_id_token_hint(&token);
    }
    if let Ok(uri) = PostLogoutRedirectUrl::new(post_logout_redirect_uri.to_string()) {
        request = request.set_post_logout_redirect_uri(uri);
    }
    request.http_get_url()
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    #[test]
    fn logout_sends_the_id_token_hint_and_the_post_logout_uri() {
        let enc = |v: serde_json::Value| URL_SAFE_NO_PAD.encode(v.to_string());
        let id_token = format!(
            "{}.{}.{}",
            enc(serde_json::json!({"alg": "ES256", "typ": "JWT"})),
            enc(serde_json::json!({
                "iss": "http://idp.test", "sub": "u1", "aud": "cpms",
                "exp": 1_900_000_000, "iat": 1_800_000_000,
                "entitlements": [{"application": "cpms", "profile": "HP"}]
            })),
            URL_SAFE_NO_PAD.encode([1u8; 64])
        );
        let url = end_session_url(
            EndSessionUrl::new("http://idp.test/logout".into()).unwrap(),
            "cpms",
            &id_token,
            "http://127.0.0.1:8081/",
        );
        let params: std::collections::HashMap<String, String> =
            url.query_pairs().into_owned().collect();
        assert!(url.as_str().starts_with("http://idp.test/logout?"));
        assert_eq!(params["id_token_hint"], id_token);
        assert_eq!(params["client_id"], "cpms");
        assert_eq!(params["post_logout_redirect_uri"], "http://127.0.0.1:8081/");
    }

    #[test]
    fn entitlements_are_read_from_the_id_token() {
        let claims: CpmsClaims = serde_json::from_value(serde_json::json!({
            "sid": "s1",
            "entitlements": [{"application": "cpms", "profile": "HP", "ern": "eUROGEN",
                "country": "NL", "centre": "Radboud University Medical Center", "centre_id": "c1"}]
        }))
        .unwrap();
        assert_eq!(claims.sid.as_deref(), Some("s1"));
        assert!(crate::entitlements::has_cpms_access(&claims.entitlements));
        let none: CpmsClaims = serde_json::from_value(serde_json::json!({})).unwrap();
        assert!(none.entitlements.is_empty());
    }
}
