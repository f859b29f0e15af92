//! The authorization request as an ordered pipeline of small checks producing an
//! `AuthRequest`. The client and redirect URI are checked first: until the redirect URI is
//! known to be registered, errors are shown to the user and never redirected.

use super::acr::{Acr, AcrValues};
use super::error::{ErrorCode, OAuthError};
use crate::http::params::Params;
use crate::state::AppState;
use crate::store::{self, clients::Client};
use serde::{Deserialize, Serialize};

pub const SUPPORTED_SCOPES: [&str; 6] = [
    "openid",
    "profile",
    "email",
    "address",
    "phone",
    "offline_access",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseMode {
    Query,
    FormPost,
}

/// A validated authorization request, kept in the flow while the user signs in.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthRequest {
    pub client_id: String,
    pub redirect_uri: String,
    pub response_mode: ResponseMode,
    pub scope: Vec<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub prompt: Vec<String>,
    pub max_age: Option<i64>,
    /// Lowest level that satisfies both the client's minimum and the request.
    pub min_level: Acr,
    /// The request made acr essential (or the client requires a minimum): not reaching
    /// `min_level` is `unmet_authentication_requirements`, never a lower acr.
    pub acr_essential: bool,
    pub claims: Option<serde_json::Value>,
    pub login_hint: Option<String>,
    /// `sub` of a valid id_token_hint: the request is for that user only.
    pub id_token_hint_sub: Option<String>,
    pub ui_locales: Option<String>,
    /// Second-factor methods the client accepts (`None` = any).
    #[serde(default)]
    pub allowed_methods: Option<Vec<String>>,
}

impl AuthRequest {
    pub fn prompts(&self, value: &str) -> bool {
        self.prompt.iter().any(|p| p == value)
    }

    pub fn has_scope(&self, value: &str) -> bool {
        self.scope.iter().any(|s| s == value)
    }
}

/// Why a request cannot go on.
pub enum Rejection {
    /// Client or redirect URI invalid: shown on a page, never redirected.
    Page(String),
    /// Sent back to the (verified) redirect URI.
    Redirect {
        error: OAuthError,
        redirect_uri: String,
        response_mode: ResponseMode,
        state: Option<String>,
    },
}

impl<E: Into<crate::error::AppError>> From<E> for Rejection {
    fn from(e: E) -> Self {
        let e: crate::error::AppError = e.into();
        tracing::error!(error = %e, "authorization request failed");
        Rejection::Page(
            "The service is temporarily unavailable. Please try again in a moment.".into(),
        )
    }
}

/// Runs every check in order.
pub async fn validate(
    state: &AppState,
    params: &Params,
) -> Result<(Client, AuthRequest), Rejection> {
    let client = check_client(state, params).await?;
    let redirect_uri = check_redirect_uri(&client, params)?;
    let state_param = params.get("state").map(str::to_owned);
    let response_mode = check_response_mode(params).map_err(|error| Rejection::Redirect {
        error,
        redirect_uri: redirect_uri.clone(),
        response_mode: ResponseMode::Query,
        state: state_param.clone(),
    })?;
    let redirect = |error: OAuthError| Rejection::Redirect {
        error,
        redirect_uri: redirect_uri.clone(),
        response_mode,
        state: state_param.clone(),
    };
    check_request_object(params).map_err(redirect)?;
    check_response_type(params, &client).map_err(redirect)?;
    let scope = check_scope(params).map_err(redirect)?;
    let code_challenge = check_pkce(params, &client).map_err(redirect)?;
    let prompt = check_prompt(params).map_err(redirect)?;
    let max_age = check_max_age(params).map_err(redirect)?;
    let claims = check_claims(params).map_err(redirect)?;
    let (min_level, acr_essential) =
        check_acr(state, params, &client, claims.as_ref()).map_err(redirect)?;
    let id_token_hint_sub = check_id_token_hint(state, params, &client)
        .await
        .map_err(redirect)?;
    Ok((
        client.clone(),
        AuthRequest {
            client_id: client.client_id,
            redirect_uri: redirect_uri.clone(),
            response_mode,
            scope,
            state: state_param.clone(),
            nonce: params.get("nonce").map(str::to_owned),
            code_challenge,
            prompt,
            max_age,
            min_level,
            acr_essential,
            claims,
            login_hint: params.get("login_hint").map(str::to_owned),
            id_token_hint_sub,
            ui_locales: params.get("ui_locales").map(str::to_owned),
            allowed_methods: client.allowed_methods.clone(),
        },
    ))
}

async fn check_client(state: &AppState, params: &Params) -> Result<Client, Rejection> {
    let Some(client_id) = params.get("client_id") else {
        return Err(Rejection::Page(
            "The request has no client_id: the application that sent you here is misconfigured."
                .into(),
        ));
    };
    match store::clients::find(&state.db, client_id).await? {
        Some(client) => Ok(client),
        None => Err(Rejection::Page(
            "Unknown application: the client_id of this request is not registered here.".into(),
        )),
    }
}

fn check_redirect_uri(client: &Client, params: &Params) -> Result<String, Rejection> {
    match params.get("redirect_uri") {
        Some(uri) if client.redirect_uris.iter().any(|r| r == uri) => Ok(uri.to_owned()),
        Some(_) => Err(Rejection::Page(
            "The redirect_uri of this request is not registered for this application, so you cannot be sent back to it.".into(),
        )),
        None => Err(Rejection::Page("The request has no redirect_uri.".into())),
    }
}

fn check_response_mode(params: &Params) -> Result<ResponseMode, OAuthError> {
    match params.get("response_mode") {
        None | Some("query") => Ok(ResponseMode::Query),
        Some("form_post") => Ok(ResponseMode::FormPost),
        Some(_) => Err(OAuthError::invalid_request(
            "response_mode is not supported; use query or form_post",
        )),
    }
}

fn check_request_object(params: &Params) -> Result<(), OAuthError> {
    if params.get("request").is_some() {
        return Err(OAuthError::new(
            ErrorCode::RequestNotSupported,
            "request objects are not supported",
        ));
    }
    if params.get("request_uri").is_some() {
        return Err(OAuthError::new(
            ErrorCode::RequestUriNotSupported,
            "request_uri is not supported",
        ));
    }
    if params.get("registration").is_some() {
        return Err(OAuthError::new(
            ErrorCode::RegistrationNotSupported,
            "registration is not supported",
        ));
    }
    Ok(())
}

fn check_response_type(params: &Params, client: &Client) -> Result<(), OAuthError> {
    match params.get("response_type") {
        None => Err(OAuthError::invalid_request(
            "missing parameter response_type",
        )),
        Some("code") if client.allows_grant("authorization_code") => Ok(()),
        Some("code") => Err(OAuthError::new(
            ErrorCode::UnauthorizedClient,
            "this client may not use the authorization code flow",
        )),
        Some(_) => Err(OAuthError::new(
            ErrorCode::UnsupportedResponseType,
            "response_type is not supported; use code",
        )),
    }
}

/// Unknown scope values are ignored (OpenID Connect Core 3.1.2.1).
fn check_scope(params: &Params) -> Result<Vec<String>, OAuthError> {
    let raw = params.get("scope").unwrap_or("");
    let mut scope: Vec<String> = Vec::new();
    for s in raw.split(' ').filter(|s| !s.is_empty()) {
        if SUPPORTED_SCOPES.contains(&s) && !scope.iter().any(|x| x == s) {
            scope.push(s.to_owned());
        }
    }
    if scope.is_empty() {
        return Err(OAuthError::new(
            ErrorCode::InvalidScope,
            "scope must include openid",
        ));
    }
    Ok(scope)
}

/// PKCE (RFC 7636): S256 only; `plain` is refused; public clients must use it.
fn check_pkce(params: &Params, client: &Client) -> Result<Option<String>, OAuthError> {
    let method = params.get("code_challenge_method");
    match params.get("code_challenge") {
        None if method.is_some() => Err(OAuthError::invalid_request(
            "code_challenge_method without code_challenge",
        )),
        None if client.is_public() => Err(OAuthError::invalid_request(
            "public clients must use PKCE (code_challenge with S256)",
        )),
        None => Ok(None),
        Some(challenge) => {
            match method {
                Some("S256") => {}
                Some("plain") | None => {
                    return Err(OAuthError::invalid_request(
                        "PKCE method plain is not allowed; use S256",
                    ))
                }
                Some(_) => {
                    return Err(OAuthError::invalid_request(
                        "unknown code_challenge_method; use S256",
                    ))
                }
            }
            let valid = challenge.len() == 43
                && challenge
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if !valid {
                return Err(OAuthError::invalid_request(
                    "code_challenge must be the base64url SHA-256 of the verifier (43 characters)",
                ));
            }
            Ok(Some(challenge.to_owned()))
        }
    }
}

fn check_prompt(params: &Params) -> Result<Vec<String>, OAuthError> {
    let prompt: Vec<String> = params
        .get("prompt")
        .unwrap_or("")
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    for p in &prompt {
        if !["none", "login", "consent", "select_account"].contains(&p.as_str()) {
            return Err(OAuthError::invalid_request(
                "unknown prompt value; use none, login, consent or select_account",
            ));
        }
    }
    if prompt.iter().any(|p| p == "none") && prompt.len() > 1 {
        return Err(OAuthError::invalid_request(
            "prompt=none cannot be combined with other values",
        ));
    }
    Ok(prompt)
}

fn check_max_age(params: &Params) -> Result<Option<i64>, OAuthError> {
    match params.get("max_age") {
        None => Ok(None),
        Some(v) => match v.parse::<i64>() {
            Ok(n) if n >= 0 => Ok(Some(n)),
            _ => Err(OAuthError::invalid_request(
                "max_age must be a non-negative number of seconds",
            )),
        },
    }
}

fn check_claims(params: &Params) -> Result<Option<serde_json::Value>, OAuthError> {
    match params.get("claims") {
        None => Ok(None),
        Some(raw) => match serde_json::from_str::<serde_json::Value>(raw) {
            Ok(v @ serde_json::Value::Object(_)) => Ok(Some(v)),
            _ => Err(OAuthError::invalid_request("claims must be a JSON object")),
        },
    }
}

/// The level to reach: the client's minimum, raised by the request's acceptable values.
/// `acr_values` lists acceptable levels (the lowest known one is the floor; unknown values
/// are ignored); an essential `acr` claim with `values` is a hard requirement.
fn check_acr(
    state: &AppState,
    params: &Params,
    client: &Client,
    claims: Option<&serde_json::Value>,
) -> Result<(Acr, bool), OAuthError> {
    let acr_values = AcrValues::new(&state.config, &state.issuer);
    let client_min = client
        .minimum_acr
        .as_deref()
        .and_then(Acr::from_name)
        .unwrap_or(Acr::Basic);
    let mut floor = client_min;
    let mut essential = client_min > Acr::Basic;
    let requested: Vec<Acr> = params
        .get("acr_values")
        .unwrap_or("")
        .split(' ')
        .filter_map(|v| acr_values.level(v))
        .collect();
    if let Some(lowest) = requested.iter().min() {
        floor = floor.max(*lowest);
    }
    if let Some(acr_claim) = claims
        .and_then(|c| c.get("id_token"))
        .and_then(|t| t.get("acr"))
    {
        let is_essential = acr_claim
            .get("essential")
            .and_then(|e| e.as_bool())
            .unwrap_or(false);
        let values: Vec<&str> = match (acr_claim.get("values"), acr_claim.get("value")) {
            (Some(serde_json::Value::Array(vs)), _) => {
                vs.iter().filter_map(|v| v.as_str()).collect()
            }
            (_, Some(serde_json::Value::String(v))) => vec![v.as_str()],
            _ => Vec::new(),
        };
        let known: Vec<Acr> = values.iter().filter_map(|v| acr_values.level(v)).collect();
        if is_essential && !values.is_empty() {
            let Some(lowest) = known.iter().min() else {
                return Err(OAuthError::new(
                    ErrorCode::UnmetAuthenticationRequirements,
                    "none of the essential acr values is supported by this provider",
                ));
            };
            floor = floor.max(*lowest);
            essential = true;
        } else if let Some(lowest) = known.iter().min() {
            floor = floor.max(*lowest);
        }
    }
    Ok((floor, essential))
}

async fn check_id_token_hint(
    state: &AppState,
    params: &Params,
    client: &Client,
) -> Result<Option<String>, OAuthError> {
    let Some(hint) = params.get("id_token_hint") else {
        return Ok(None);
    };
    let claims = super::id_token::verify_own(state, hint)
        .await
        .map_err(|_| {
            OAuthError::invalid_request("id_token_hint is not an ID token issued by this provider")
        })?;
    let audience_ok = match claims.get("aud") {
        Some(serde_json::Value::String(a)) => a == &client.client_id,
        Some(serde_json::Value::Array(list)) => {
            list.iter().any(|a| a.as_str() == Some(&client.client_id))
        }
        _ => false,
    };
    if !audience_ok {
        return Err(OAuthError::invalid_request(
            "id_token_hint was issued to another client",
        ));
    }
    Ok(claims
        .get("sub")
        .and_then(|s| s.as_str())
        .map(str::to_owned))
}
