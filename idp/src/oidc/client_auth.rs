//! Client authentication at the token, introspection and revocation endpoints:
//! client_secret_basic, client_secret_post, private_key_jwt and none (public clients).
//! The method used must be the one registered.

use super::clients::ClientAuthMethod;
use super::error::OAuthError;
use crate::oidc::params::Params;
use crate::secret::{constant_time_eq, token_hash};
use crate::state::AppState;
use crate::store::{self, clients::Client};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::sync::Arc;

const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// Parses an `Authorization: Basic` header (RFC 6749 2.3.1: id and secret are
/// form-url-encoded before base64).
pub fn parse_basic(header: Option<&str>) -> Result<Option<(String, String)>, OAuthError> {
    let Some(value) = header else { return Ok(None) };
    let Some(encoded) = value
        .strip_prefix("Basic ")
        .or_else(|| value.strip_prefix("basic "))
    else {
        return Ok(None);
    };
    let bad = || OAuthError::invalid_client("malformed Basic authorization header");
    let decoded = STANDARD.decode(encoded.trim()).map_err(|_| bad())?;
    let text = String::from_utf8(decoded).map_err(|_| bad())?;
    let (id, secret) = text.split_once(':').ok_or_else(bad)?;
    // Each is form-urlencoded (RFC 6749 2.3.1); one that is not a valid value is empty, and
    // no client has an empty id or secret.
    let decoded = |part: &str| Params::decode_value(part.as_bytes(), 1024).unwrap_or_default();
    let (id, secret) = (decoded(id), decoded(secret));
    Ok(Some((id, secret)))
}

pub async fn authenticate(
    state: &AppState,
    basic: Option<(String, String)>,
    params: &Params,
    endpoint: &str,
) -> Result<Arc<Client>, OAuthError> {
    let assertion_type = params.get("client_assertion_type");
    let assertion = params.get("client_assertion");
    let post_secret = params.get("client_secret");
    let methods_used = [basic.is_some(), post_secret.is_some(), assertion.is_some()]
        .iter()
        .filter(|x| **x)
        .count();
    if methods_used > 1 {
        return Err(OAuthError::invalid_request(
            "use exactly one client authentication method",
        ));
    }
    if let Some((id, secret)) = basic {
        if params.get("client_id").is_some_and(|p| p != id) {
            return Err(OAuthError::invalid_request(
                "client_id does not match the authenticated client",
            ));
        }
        let client = find(state, &id).await?;
        return check_secret(client, &secret, ClientAuthMethod::ClientSecretBasic);
    }
    if let Some(assertion) = assertion {
        if assertion_type != Some(JWT_BEARER) {
            return Err(OAuthError::invalid_client(
                "unsupported client_assertion_type",
            ));
        }
        return private_key_jwt(state, assertion, params.get("client_id"), endpoint).await;
    }
    let client_id = params
        .get("client_id")
        .ok_or_else(|| OAuthError::invalid_client("client authentication is required"))?;
    let client = find(state, client_id).await?;
    match post_secret {
        Some(secret) => check_secret(client, secret, ClientAuthMethod::ClientSecretPost),
        None if client.is_public() => Ok(client),
        None => Err(OAuthError::invalid_client(
            "client authentication is required",
        )),
    }
}

async fn find(state: &AppState, client_id: &str) -> Result<Arc<Client>, OAuthError> {
    super::clients::registered(state, client_id)
        .await?
        .ok_or_else(|| OAuthError::invalid_client("client authentication failed"))
}

fn check_secret(
    client: Arc<Client>,
    secret: &str,
    method: ClientAuthMethod,
) -> Result<Arc<Client>, OAuthError> {
    let stored = client.secret_hash.as_deref().unwrap_or("");
    let matches =
        !stored.is_empty() && constant_time_eq(token_hash(secret).as_bytes(), stored.as_bytes());
    if !matches || client.auth_method != method {
        return Err(OAuthError::invalid_client("client authentication failed"));
    }
    Ok(client)
}

/// RFC 7523 client assertion: iss = sub = client_id, aud = the endpoint or issuer,
/// unexpired, single-use jti, signed by a key of the client's registered JWKS.
async fn private_key_jwt(
    state: &AppState,
    assertion: &str,
    client_id: Option<&str>,
    endpoint: &str,
) -> Result<Arc<Client>, OAuthError> {
    let fail = || OAuthError::invalid_client("client assertion is not valid");
    if assertion.len() > 16 * 1024 {
        return Err(fail());
    }
    let unverified_iss = unverified_claim(assertion, "iss").ok_or_else(fail)?;
    if client_id.is_some_and(|id| id != unverified_iss) {
        return Err(fail());
    }
    let client = find(state, &unverified_iss).await?;
    if client.auth_method != ClientAuthMethod::PrivateKeyJwt {
        return Err(fail());
    }
    let jwks_doc = match (&client.jwks, &client.jwks_uri) {
        (Some(doc), _) => doc.clone(),
        (None, Some(uri)) => fetch_jwks(state, uri).await.ok_or_else(fail)?,
        (None, None) => return Err(fail()),
    };
    let jwks = keys::Jwks::from_json(&jwks_doc).map_err(|_| fail())?;
    let verified = jwks
        .verify_jwt(
            assertion,
            &[
                keys::Algorithm::ES256,
                keys::Algorithm::RS256,
                keys::Algorithm::EdDSA,
            ],
        )
        .map_err(|_| fail())?;
    let claims = verified.claims;
    let now = state.now();
    let str_claim = |k: &str| claims.get(k).and_then(|v| v.as_str());
    if str_claim("iss") != Some(&client.client_id) || str_claim("sub") != Some(&client.client_id) {
        return Err(fail());
    }
    let audiences: Vec<&str> = match claims.get("aud") {
        Some(serde_json::Value::String(a)) => vec![a.as_str()],
        Some(serde_json::Value::Array(list)) => list.iter().filter_map(|a| a.as_str()).collect(),
        _ => Vec::new(),
    };
    let endpoint_url = state.url(endpoint);
    if !audiences
        .iter()
        .any(|a| *a == endpoint_url || *a == &*state.issuer || *a == state.url("/token"))
    {
        return Err(fail());
    }
    // One leeway for every time claim (tokens.jwt_leeway_secs): an assertion dated in the
    // future, not yet valid, expired, or valid for more than an hour is refused.
    let leeway = state.config.tokens.jwt_leeway_secs;
    let time = |k: &str| claims.get(k).and_then(|v| v.as_i64());
    let exp = time("exp").ok_or_else(fail)?;
    if exp + leeway <= now || exp > now + 3600 + leeway {
        return Err(fail());
    }
    if time("iat").is_some_and(|iat| iat > now + leeway)
        || time("nbf").is_some_and(|nbf| nbf > now + leeway)
        || claims.get("iat").is_some_and(|v| !v.is_i64())
        || claims.get("nbf").is_some_and(|v| !v.is_i64())
    {
        return Err(fail());
    }
    let jti = str_claim("jti").ok_or_else(fail)?;
    let fresh = store::tokens::remember_assertion(
        &state.db,
        &token_hash(&format!("{}:{jti}", client.client_id)),
        exp + leeway,
        now,
    )
    .await?;
    if !fresh {
        return Err(OAuthError::invalid_client(
            "client assertion was already used",
        ));
    }
    Ok(client)
}

fn unverified_claim(jwt: &str, name: &str) -> Option<String> {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let payload = jwt.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload).ok()?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    value.get(name)?.as_str().map(str::to_owned)
}

async fn fetch_jwks(state: &AppState, uri: &str) -> Option<String> {
    let response = state.http.get(uri).send().await.ok()?;
    if !response.status().is_success() {
        return None;
    }
    let bytes = response.bytes().await.ok()?;
    if bytes.len() > 64 * 1024 {
        return None;
    }
    String::from_utf8(bytes.to_vec()).ok()
}

#[cfg(test)]
mod tests {
    use super::parse_basic;
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;

    fn basic(credentials: &str) -> String {
        format!("Basic {}", STANDARD.encode(credentials))
    }

    #[test]
    fn basic_credentials_are_form_urlencoded() {
        let parsed = |c: &str| parse_basic(Some(&basic(c))).unwrap().unwrap();
        assert_eq!(parsed("client:secret"), ("client".into(), "secret".into()));
        // RFC 6749 2.3.1: both are form-urlencoded, so `:` in an id is `%3A`.
        assert_eq!(parsed("a%3Ab:s+c%2B"), ("a:b".into(), "s c+".into()));
        // A value that could be no parameter is empty, and matches no client.
        assert_eq!(parsed("%0Aid:%ff"), (String::new(), String::new()));
        assert_eq!(parsed(":"), (String::new(), String::new()));
        assert_eq!(parse_basic(Some("Bearer x")).unwrap(), None);
        assert_eq!(parse_basic(None).unwrap(), None);
        assert!(parse_basic(Some("Basic !!")).is_err());
        assert!(parse_basic(Some(&basic("no colon"))).is_err());
    }
}
