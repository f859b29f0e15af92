//! The authorization request as an ordered pipeline of small checks producing an
//! `AuthRequest`. The client and redirect URI are checked first: until the redirect URI is
//! known to be registered, errors are shown to the user and never redirected.

use super::error::{ErrorCode, OAuthError};
use crate::authn::acr::{Acr, AcrValues};
use crate::authn::factors::Method;
use crate::oidc::clients::GrantType;
use crate::oidc::params::Params;
use crate::oidc::response_mode::ResponseMode;
use crate::state::AppState;
use crate::store::clients::Client;
use serde::{Deserialize, Serialize};

pub const SUPPORTED_SCOPES: [&str; 6] = [
    "openid",
    "profile",
    "email",
    "address",
    "phone",
    "offline_access",
];

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
    pub allowed_methods: Option<Vec<Method>>,
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
    Page(crate::i18n::Msg),
    /// An internal failure before the redirect URI was verified: a page (503 while the
    /// database is out of reach, else 500).
    Failed(crate::error::AppError),
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
        Rejection::Failed(e.into())
    }
}

/// Runs every check in order.
pub async fn validate(
    state: &AppState,
    params: &Params,
) -> Result<(std::sync::Arc<Client>, AuthRequest), Rejection> {
    let client = check_client(state, params).await?;
    let redirect_uri = check_redirect_uri(&client, params)?;
    let state_param = params.get("state").map(str::to_owned);
    let response_mode = ResponseMode::of(params).map_err(|error| Rejection::Redirect {
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
        check_acr(&state.acr, params, &client, claims.as_ref()).map_err(redirect)?;
    let id_token_hint_sub = check_id_token_hint(state, params, &client)
        .await
        .map_err(redirect)?;
    Ok((
        client.clone(),
        AuthRequest {
            client_id: client.client_id.clone(),
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

async fn check_client(
    state: &AppState,
    params: &Params,
) -> Result<std::sync::Arc<Client>, Rejection> {
    let Some(client_id) = params.get("client_id") else {
        return Err(Rejection::Page(crate::i18n::Msg::new("error-no-client-id")));
    };
    match crate::oidc::clients::registered(state, client_id).await? {
        Some(client) => Ok(client),
        None => Err(Rejection::Page(crate::i18n::Msg::new(
            "error-unknown-client",
        ))),
    }
}

fn check_redirect_uri(client: &Client, params: &Params) -> Result<String, Rejection> {
    match params.get("redirect_uri") {
        Some(uri) if client.redirect_uris.iter().any(|r| r == uri) => Ok(uri.to_owned()),
        Some(_) => Err(Rejection::Page(crate::i18n::Msg::new(
            "error-redirect-unregistered",
        ))),
        None => Err(Rejection::Page(crate::i18n::Msg::new(
            "error-no-redirect-uri",
        ))),
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
        Some("code") if client.allows_grant(GrantType::AuthorizationCode) => Ok(()),
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
    acr_values: &AcrValues,
    params: &Params,
    client: &Client,
    claims: Option<&serde_json::Value>,
) -> Result<(Acr, bool), OAuthError> {
    let client_min = client.minimum_acr.unwrap_or(Acr::Basic);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::oidc::clients::ClientAuthMethod;

    const CB: &str = "https://rp.example/cb";
    /// A well-formed S256 challenge (RFC 7636 appendix B).
    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    fn params(raw: &str) -> Params {
        Params::parse(raw.as_bytes(), 4096).expect("test parameters parse")
    }

    fn client(auth_method: ClientAuthMethod, grant_types: Vec<GrantType>) -> Client {
        Client {
            name: "RP".into(),
            auth_method,
            redirect_uris: vec![CB.into(), "https://rp.example/other".into()],
            grant_types,
            scope: "openid".into(),
            ..Client::bare("rp")
        }
    }

    /// A web application with a secret.
    fn confidential() -> Client {
        client(
            ClientAuthMethod::ClientSecretBasic,
            vec![GrantType::AuthorizationCode, GrantType::RefreshToken],
        )
    }

    /// A native or browser application without a secret.
    fn public() -> Client {
        client(ClientAuthMethod::None, vec![GrantType::AuthorizationCode])
    }

    /// A machine client: client credentials only.
    fn machine() -> Client {
        client(
            ClientAuthMethod::ClientSecretBasic,
            vec![GrantType::ClientCredentials],
        )
    }

    fn with_minimum(level: Acr) -> Client {
        Client {
            minimum_acr: Some(level),
            ..confidential()
        }
    }

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| (*v).to_owned()).collect()
    }

    fn code<T>(result: Result<T, OAuthError>) -> Result<T, ErrorCode> {
        result.map_err(|e| e.code)
    }

    /// A table row: its name, the parameters, the expected answer.
    type Row<T> = (&'static str, &'static str, Result<T, ErrorCode>);
    /// A table row for a check that also reads the client.
    type ClientRow<T> = (&'static str, String, Client, Result<T, ErrorCode>);

    #[test]
    fn redirect_uri_must_be_registered_exactly_and_is_never_redirected_to_otherwise() {
        // (name, parameters, the URI accepted; None: refused on a page)
        let cases: Vec<(&str, &str, Option<&str>)> = vec![
            ("registered", "redirect_uri=https://rp.example/cb", Some(CB)),
            (
                "second registered",
                "redirect_uri=https://rp.example/other",
                Some("https://rp.example/other"),
            ),
            (
                "percent-encoded",
                "redirect_uri=https%3A%2F%2Frp.example%2Fcb",
                Some(CB),
            ),
            ("missing", "client_id=rp", None),
            ("empty", "redirect_uri=", None),
            ("unregistered", "redirect_uri=https://evil.example/cb", None),
            (
                "trailing slash",
                "redirect_uri=https://rp.example/cb/",
                None,
            ),
            (
                "extra query",
                "redirect_uri=https://rp.example/cb?x=1",
                None,
            ),
            ("other case", "redirect_uri=https://RP.example/cb", None),
        ];
        for (name, raw, expected) in cases {
            match (check_redirect_uri(&confidential(), &params(raw)), expected) {
                (Ok(uri), Some(want)) => assert_eq!(uri, want, "{name}"),
                (Err(Rejection::Page(_)), None) => {}
                (Ok(uri), None) => panic!("{name}: accepted {uri}"),
                (Err(Rejection::Page(text)), Some(_)) => panic!("{name}: refused: {text:?}"),
                (Err(Rejection::Failed(e)), _) => panic!("{name}: {e}"),
                (Err(Rejection::Redirect { .. }), _) => {
                    panic!("{name}: an unverified redirect_uri must never be redirected to")
                }
            }
        }
    }

    #[test]
    fn request_objects_and_registration_are_refused_with_their_own_codes() {
        let cases: Vec<Row<()>> = vec![
            ("none of them", "response_type=code&scope=openid", Ok(())),
            (
                "request",
                "request=eyJhbGciOiJub25lIn0.e30.",
                Err(ErrorCode::RequestNotSupported),
            ),
            (
                "request_uri",
                "request_uri=https://rp.example/req.jwt",
                Err(ErrorCode::RequestUriNotSupported),
            ),
            (
                "registration",
                "registration=%7B%7D",
                Err(ErrorCode::RegistrationNotSupported),
            ),
            (
                "request and request_uri: request first",
                "request_uri=https://rp.example/r&request=x",
                Err(ErrorCode::RequestNotSupported),
            ),
            ("empty request is omitted", "request=", Ok(())),
        ];
        for (name, raw, expected) in cases {
            assert_eq!(code(check_request_object(&params(raw))), expected, "{name}");
        }
    }

    #[test]
    fn response_type_is_code_for_clients_of_the_code_flow() {
        let cases: Vec<(&str, &str, Client, Result<(), ErrorCode>)> = vec![
            ("code", "response_type=code", confidential(), Ok(())),
            (
                "code, public client",
                "response_type=code",
                public(),
                Ok(()),
            ),
            (
                "code, client credentials client",
                "response_type=code",
                machine(),
                Err(ErrorCode::UnauthorizedClient),
            ),
            (
                "missing",
                "scope=openid",
                confidential(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "empty",
                "response_type=",
                confidential(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "implicit token",
                "response_type=token",
                confidential(),
                Err(ErrorCode::UnsupportedResponseType),
            ),
            (
                "hybrid",
                "response_type=code+id_token",
                confidential(),
                Err(ErrorCode::UnsupportedResponseType),
            ),
            (
                "upper case",
                "response_type=CODE",
                confidential(),
                Err(ErrorCode::UnsupportedResponseType),
            ),
            (
                "unsupported wins over unauthorized",
                "response_type=token",
                machine(),
                Err(ErrorCode::UnsupportedResponseType),
            ),
        ];
        for (name, raw, client, expected) in cases {
            assert_eq!(
                code(check_response_type(&params(raw), &client)),
                expected,
                "{name}"
            );
        }
    }

    #[test]
    fn scope_keeps_known_values_once_in_order() {
        let cases: Vec<Row<&[&str]>> = vec![
            ("openid", "scope=openid", Ok(&["openid"])),
            (
                "several",
                "scope=openid+profile+email",
                Ok(&["openid", "profile", "email"]),
            ),
            (
                "all supported",
                "scope=openid%20profile%20email%20address%20phone%20offline_access",
                Ok(&SUPPORTED_SCOPES),
            ),
            (
                "unknown values ignored",
                "scope=openid+calendar+profile",
                Ok(&["openid", "profile"]),
            ),
            (
                "duplicates kept once",
                "scope=openid+profile+openid+profile",
                Ok(&["openid", "profile"]),
            ),
            (
                "extra spaces",
                "scope=++openid+++email+",
                Ok(&["openid", "email"]),
            ),
            ("order kept", "scope=email+openid", Ok(&["email", "openid"])),
            // Current behaviour: nothing requires `openid` itself (see the error text).
            ("without openid", "scope=profile", Ok(&["profile"])),
            (
                "missing",
                "response_type=code",
                Err(ErrorCode::InvalidScope),
            ),
            (
                "only unknown values",
                "scope=calendar+contacts",
                Err(ErrorCode::InvalidScope),
            ),
            ("case matters", "scope=OpenID", Err(ErrorCode::InvalidScope)),
        ];
        for (name, raw, expected) in cases {
            assert_eq!(
                code(check_scope(&params(raw))),
                expected.map(strings),
                "{name}"
            );
        }
    }

    #[test]
    fn pkce_is_s256_only_and_required_of_public_clients() {
        let cases: Vec<ClientRow<Option<&str>>> = vec![
            (
                "no PKCE, confidential client",
                String::new(),
                confidential(),
                Ok(None),
            ),
            (
                "no PKCE, public client",
                String::new(),
                public(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "S256, confidential client",
                format!("code_challenge={CHALLENGE}&code_challenge_method=S256"),
                confidential(),
                Ok(Some(CHALLENGE)),
            ),
            (
                "S256, public client",
                format!("code_challenge={CHALLENGE}&code_challenge_method=S256"),
                public(),
                Ok(Some(CHALLENGE)),
            ),
            (
                "method without challenge",
                "code_challenge_method=S256".into(),
                confidential(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "method without challenge, public client",
                "code_challenge_method=S256".into(),
                public(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "plain",
                format!("code_challenge={CHALLENGE}&code_challenge_method=plain"),
                confidential(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "no method means plain",
                format!("code_challenge={CHALLENGE}"),
                public(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "unknown method",
                format!("code_challenge={CHALLENGE}&code_challenge_method=S512"),
                confidential(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "method names are case-sensitive",
                format!("code_challenge={CHALLENGE}&code_challenge_method=s256"),
                confidential(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "challenge too short",
                format!(
                    "code_challenge={}&code_challenge_method=S256",
                    &CHALLENGE[..42]
                ),
                public(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "challenge too long",
                format!("code_challenge={CHALLENGE}A&code_challenge_method=S256"),
                public(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "padded challenge",
                format!(
                    "code_challenge={}%3D&code_challenge_method=S256",
                    &CHALLENGE[..42]
                ),
                public(),
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "standard base64 alphabet",
                format!(
                    "code_challenge={}%2B&code_challenge_method=S256",
                    &CHALLENGE[..42]
                ),
                public(),
                Err(ErrorCode::InvalidRequest),
            ),
        ];
        for (name, raw, client, expected) in cases {
            assert_eq!(
                code(check_pkce(&params(&raw), &client)),
                expected.map(|c| c.map(str::to_owned)),
                "{name}"
            );
        }
    }

    #[test]
    fn prompt_takes_known_values_and_none_alone() {
        let cases: Vec<Row<&[&str]>> = vec![
            ("missing", "scope=openid", Ok(&[])),
            ("empty", "prompt=", Ok(&[])),
            ("none", "prompt=none", Ok(&["none"])),
            ("login", "prompt=login", Ok(&["login"])),
            ("consent", "prompt=consent", Ok(&["consent"])),
            (
                "select_account",
                "prompt=select_account",
                Ok(&["select_account"]),
            ),
            (
                "login and consent",
                "prompt=login+consent",
                Ok(&["login", "consent"]),
            ),
            (
                "extra spaces",
                "prompt=+login++consent+",
                Ok(&["login", "consent"]),
            ),
            // Current behaviour: a repeated value is kept twice.
            (
                "repeated login",
                "prompt=login+login",
                Ok(&["login", "login"]),
            ),
            (
                "none with login",
                "prompt=none+login",
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "consent with none",
                "prompt=consent+none",
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "none twice",
                "prompt=none+none",
                Err(ErrorCode::InvalidRequest),
            ),
            ("unknown", "prompt=create", Err(ErrorCode::InvalidRequest)),
            (
                "unknown among known",
                "prompt=login+NONE",
                Err(ErrorCode::InvalidRequest),
            ),
        ];
        for (name, raw, expected) in cases {
            assert_eq!(
                code(check_prompt(&params(raw))),
                expected.map(strings),
                "{name}"
            );
        }
    }

    #[test]
    fn max_age_is_a_non_negative_number_of_seconds() {
        let cases: Vec<Row<Option<i64>>> = vec![
            ("missing", "scope=openid", Ok(None)),
            ("empty", "max_age=", Ok(None)),
            ("zero", "max_age=0", Ok(Some(0))),
            ("an hour", "max_age=3600", Ok(Some(3600))),
            ("leading plus", "max_age=%2B60", Ok(Some(60))),
            ("largest", "max_age=9223372036854775807", Ok(Some(i64::MAX))),
            ("negative", "max_age=-1", Err(ErrorCode::InvalidRequest)),
            ("fraction", "max_age=1.5", Err(ErrorCode::InvalidRequest)),
            ("word", "max_age=hour", Err(ErrorCode::InvalidRequest)),
            (
                "too large",
                "max_age=9223372036854775808",
                Err(ErrorCode::InvalidRequest),
            ),
        ];
        for (name, raw, expected) in cases {
            assert_eq!(code(check_max_age(&params(raw))), expected, "{name}");
        }
    }

    #[test]
    fn claims_is_a_json_object() {
        let cases: Vec<Row<Option<&str>>> = vec![
            ("missing", "scope=openid", Ok(None)),
            ("empty object", "claims=%7B%7D", Ok(Some("{}"))),
            (
                "acr request",
                r#"claims={"id_token":{"acr":{"essential":true,"values":["high"]}}}"#,
                Ok(Some(
                    r#"{"id_token":{"acr":{"essential":true,"values":["high"]}}}"#,
                )),
            ),
            ("array", "claims=[]", Err(ErrorCode::InvalidRequest)),
            ("null", "claims=null", Err(ErrorCode::InvalidRequest)),
            ("string", r#"claims="x""#, Err(ErrorCode::InvalidRequest)),
            (
                "not JSON",
                "claims=id_token",
                Err(ErrorCode::InvalidRequest),
            ),
            (
                "truncated",
                r#"claims={"id_token":"#,
                Err(ErrorCode::InvalidRequest),
            ),
        ];
        for (name, raw, expected) in cases {
            let expected = expected.map(|json| {
                json.map(|j| serde_json::from_str::<serde_json::Value>(j).expect("test JSON"))
            });
            assert_eq!(code(check_claims(&params(raw))), expected, "{name}");
        }
    }

    #[test]
    fn acr_floor_is_the_client_minimum_raised_by_the_request() {
        let acr = AcrValues::new(&Config::default(), "https://idp.example");
        let essential = |values: &str| {
            format!(r#"claims={{"id_token":{{"acr":{{"essential":true,"values":[{values}]}}}}}}"#)
        };
        let cases: Vec<ClientRow<(Acr, bool)>> = vec![
            // The client's minimum only.
            (
                "nothing asked",
                String::new(),
                confidential(),
                Ok((Acr::Basic, false)),
            ),
            (
                "client minimum basic",
                String::new(),
                with_minimum(Acr::Basic),
                Ok((Acr::Basic, false)),
            ),
            (
                "client minimum medium is essential",
                String::new(),
                with_minimum(Acr::Medium),
                Ok((Acr::Medium, true)),
            ),
            (
                "client minimum high is essential",
                String::new(),
                with_minimum(Acr::High),
                Ok((Acr::High, true)),
            ),
            // acr_values: voluntary, the lowest known value is the floor.
            (
                "acr_values bare name",
                "acr_values=medium".into(),
                confidential(),
                Ok((Acr::Medium, false)),
            ),
            (
                "acr_values published value",
                "acr_values=https://idp.example/loa/high".into(),
                confidential(),
                Ok((Acr::High, false)),
            ),
            (
                "acr_values lowest wins",
                "acr_values=high+medium".into(),
                confidential(),
                Ok((Acr::Medium, false)),
            ),
            (
                "acr_values unknown ignored",
                "acr_values=https://other.example/loa/basic+high".into(),
                confidential(),
                Ok((Acr::High, false)),
            ),
            (
                "acr_values all unknown",
                "acr_values=urn:example:gold+silver".into(),
                confidential(),
                Ok((Acr::Basic, false)),
            ),
            (
                "acr_values cannot lower the client minimum",
                "acr_values=basic".into(),
                with_minimum(Acr::Medium),
                Ok((Acr::Medium, true)),
            ),
            (
                "acr_values raise the client minimum",
                "acr_values=high".into(),
                with_minimum(Acr::Medium),
                Ok((Acr::High, true)),
            ),
            // The acr claim of the claims parameter.
            (
                "essential acr with values",
                essential(r#""high""#),
                confidential(),
                Ok((Acr::High, true)),
            ),
            (
                "essential acr, lowest of its values",
                essential(r#""https://idp.example/loa/high","medium""#),
                confidential(),
                Ok((Acr::Medium, true)),
            ),
            (
                "essential acr, unknown values ignored",
                essential(r#""urn:example:gold","medium""#),
                confidential(),
                Ok((Acr::Medium, true)),
            ),
            (
                "essential acr basic is still essential",
                essential(r#""basic""#),
                confidential(),
                Ok((Acr::Basic, true)),
            ),
            (
                "essential acr with only unknown values",
                essential(r#""urn:example:gold""#),
                confidential(),
                Err(ErrorCode::UnmetAuthenticationRequirements),
            ),
            (
                "essential acr with a single value",
                r#"claims={"id_token":{"acr":{"essential":true,"value":"medium"}}}"#.into(),
                confidential(),
                Ok((Acr::Medium, true)),
            ),
            (
                "essential acr without values",
                r#"claims={"id_token":{"acr":{"essential":true}}}"#.into(),
                confidential(),
                Ok((Acr::Basic, false)),
            ),
            (
                "voluntary acr with values raises the floor",
                r#"claims={"id_token":{"acr":{"values":["high"]}}}"#.into(),
                confidential(),
                Ok((Acr::High, false)),
            ),
            (
                "essential false is voluntary",
                r#"claims={"id_token":{"acr":{"essential":false,"values":["medium"]}}}"#.into(),
                confidential(),
                Ok((Acr::Medium, false)),
            ),
            (
                "voluntary acr with only unknown values",
                r#"claims={"id_token":{"acr":{"values":["urn:example:gold"]}}}"#.into(),
                confidential(),
                Ok((Acr::Basic, false)),
            ),
            (
                "acr asked for userinfo only is ignored",
                r#"claims={"userinfo":{"acr":{"essential":true,"values":["high"]}}}"#.into(),
                confidential(),
                Ok((Acr::Basic, false)),
            ),
            (
                "essential acr cannot lower the client minimum",
                essential(r#""basic""#),
                with_minimum(Acr::High),
                Ok((Acr::High, true)),
            ),
            (
                "acr_values and essential acr: the higher floor",
                format!("acr_values=high&{}", essential(r#""medium""#)),
                confidential(),
                Ok((Acr::High, true)),
            ),
        ];
        for (name, raw, client, expected) in cases {
            let params = params(&raw);
            let claims = check_claims(&params).expect("test claims are an object");
            assert_eq!(
                code(check_acr(&acr, &params, &client, claims.as_ref())),
                expected,
                "{name}"
            );
        }
    }
}
