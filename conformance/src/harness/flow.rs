//! The authorization code flow as a relying party runs it: request building, the callback
//! checks, the token endpoint (client_secret_basic / _post), userinfo.

use anyhow::{bail, ensure, Context, Result};
use base64::Engine;
use serde_json::{Map, Value};
use sha2::Digest;

use super::browser::{Browser, Journey, Mode};
use super::jose::{self, Expect};
use super::listener::Received;
use super::{random, Run};
use crate::config::{AuthMethod, Client};

/// An authorization request under construction.
#[derive(Debug, Clone)]
pub struct AuthRequest {
    pub client: Client,
    pub params: Vec<(String, String)>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_verifier: Option<String>,
}

impl AuthRequest {
    /// response_type=code with state and nonce, scope from the client configuration, and
    /// response_mode=form_post in the form_post variant.
    pub fn new(run: &Run<'_>, client: &Client) -> Self {
        let state = random(24);
        let nonce = random(24);
        let mut r = Self {
            client: client.clone(),
            params: vec![
                ("client_id".into(), client.client_id.clone()),
                ("redirect_uri".into(), client.redirect_uri.clone()),
                ("response_type".into(), "code".into()),
                ("scope".into(), client.scope.clone()),
                ("state".into(), state.clone()),
                ("nonce".into(), nonce.clone()),
            ],
            state: Some(state),
            nonce: Some(nonce),
            code_verifier: None,
        };
        if run.ctx.form_post {
            r.set("response_mode", "form_post");
        }
        r
    }

    pub fn set(&mut self, k: &str, v: &str) -> &mut Self {
        self.remove(k);
        self.params.push((k.into(), v.into()));
        match k {
            "state" => self.state = Some(v.into()),
            "nonce" => self.nonce = Some(v.into()),
            _ => {}
        }
        self
    }

    pub fn remove(&mut self, k: &str) -> &mut Self {
        self.params.retain(|(n, _)| n != k);
        match k {
            "state" => self.state = None,
            "nonce" => self.nonce = None,
            _ => {}
        }
        self
    }

    pub fn get(&self, k: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    }

    /// Adds PKCE S256.
    pub fn pkce_s256(&mut self) -> &mut Self {
        let verifier = random(32);
        let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(sha2::Sha256::digest(verifier.as_bytes()));
        self.set("code_challenge", &challenge);
        self.set("code_challenge_method", "S256");
        self.code_verifier = Some(verifier);
        self
    }

    pub fn url(&self, run: &Run<'_>) -> Result<String> {
        let mut u = url::Url::parse(&run.ctx.endpoint("authorization_endpoint")?)?;
        u.query_pairs_mut().extend_pairs(self.params.iter());
        Ok(u.to_string())
    }

    /// Sends the browser to the authorization endpoint (GET).
    pub async fn send(&self, run: &Run<'_>, browser: &Browser, mode: Mode) -> Result<Journey> {
        browser.get(&self.url(run)?, mode).await
    }
}

/// Checks an authorization response (what the redirect URI received) and returns the
/// parameters: no error, state echoed, `iss` (RFC 9207) right, the right response mode.
pub fn callback_params(
    run: &Run<'_>,
    req: &AuthRequest,
    journey: &Journey,
) -> Result<Vec<(String, String)>> {
    let Some(received) = journey.received() else {
        bail!(
            "the authorization endpoint did not redirect back: {}",
            journey.describe()
        );
    };
    check_arrived_at(req, received)?;
    if run.ctx.form_post {
        ensure!(
            received.method == "POST",
            "response_mode=form_post was requested but the response came by {}",
            received.method
        );
    }
    Ok(received.params().to_vec())
}

fn check_arrived_at(req: &AuthRequest, received: &Received) -> Result<()> {
    let expected = url::Url::parse(&req.client.redirect_uri)?;
    ensure!(
        received.path == expected.path(),
        "redirected to {} instead of the redirect_uri {}",
        received.path,
        req.client.redirect_uri
    );
    Ok(())
}

pub fn param<'p>(params: &'p [(String, String)], k: &str) -> Option<&'p str> {
    params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
}

/// Checks `iss` in an authorization response (RFC 9207).
pub fn check_iss(run: &Run<'_>, params: &[(String, String)]) -> Result<()> {
    let advertised = run
        .ctx
        .disc
        .get("authorization_response_iss_parameter_supported")
        == Some(&Value::Bool(true));
    match param(params, "iss") {
        Some(iss) => ensure!(
            iss == run.ctx.issuer,
            "iss {iss} in the authorization response is not the issuer {}",
            run.ctx.issuer
        ),
        None if advertised => bail!(
            "authorization_response_iss_parameter_supported is true but the response has no iss"
        ),
        None => {}
    }
    Ok(())
}

/// A successful authorization response: checks it and returns the code.
pub fn expect_code(run: &Run<'_>, req: &AuthRequest, journey: &Journey) -> Result<String> {
    let params = callback_params(run, req, journey)?;
    if let Some(err) = param(&params, "error") {
        bail!(
            "the authorization endpoint returned error {err}: {}",
            param(&params, "error_description").unwrap_or("")
        );
    }
    ensure!(
        param(&params, "state") == req.state.as_deref(),
        "state in the authorization response does not match the request"
    );
    check_iss(run, &params)?;
    let known = ["code", "state", "iss", "session_state"];
    let extra: Vec<&str> = params
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| !known.contains(k))
        .collect();
    if !extra.is_empty() {
        run.warn(format!(
            "unexpected parameters in the authorization response: {extra:?}"
        ));
    }
    param(&params, "code")
        .map(str::to_string)
        .context("the authorization response has no code")
}

/// An error authorization response: checks it and returns the error code.
pub fn expect_error(run: &Run<'_>, req: &AuthRequest, journey: &Journey) -> Result<String> {
    let params = callback_params(run, req, journey)?;
    ensure!(
        param(&params, "code").is_none(),
        "expected an error but got an authorization code"
    );
    let err =
        param(&params, "error").context("the authorization response has neither code nor error")?;
    ensure!(
        err.bytes()
            .all(|b| (0x20..=0x7e).contains(&b) && b != b'"' && b != b'\\'),
        "error code has characters RFC 6749 forbids"
    );
    ensure!(
        param(&params, "state") == req.state.as_deref(),
        "state in the error response does not match the request"
    );
    check_iss(run, &params)?;
    Ok(err.to_string())
}

/// A raw token endpoint response.
#[derive(Debug)]
pub struct TokenResponse {
    pub status: u16,
    pub content_type: String,
    pub cache_control: String,
    pub json: Map<String, Value>,
}

impl TokenResponse {
    pub fn str(&self, k: &str) -> Option<&str> {
        self.json.get(k).and_then(Value::as_str)
    }

    /// Checks an RFC 6749 5.2 error response and returns the error code.
    pub fn expect_error(&self) -> Result<String> {
        ensure!(
            self.status == 400 || self.status == 401,
            "expected HTTP 400 error, got {}",
            self.status
        );
        ensure!(
            self.content_type.starts_with("application/json"),
            "error response is not JSON"
        );
        let e = self
            .str("error")
            .context("error response has no error member")?;
        Ok(e.to_string())
    }
}

/// POSTs to the token endpoint (or another endpoint that takes client authentication).
pub async fn client_post(
    run: &Run<'_>,
    endpoint: &str,
    client: &Client,
    mut form: Vec<(String, String)>,
) -> Result<TokenResponse> {
    let url = run.ctx.endpoint(endpoint)?;
    let mut req = run.ctx.http.post(&url);
    let secret = client.client_secret.clone().unwrap_or_default();
    match client.auth_method {
        AuthMethod::ClientSecretBasic => {
            let enc =
                |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            let cred = base64::engine::general_purpose::STANDARD.encode(format!(
                "{}:{}",
                enc(&client.client_id),
                enc(&secret)
            ));
            req = req.header(reqwest::header::AUTHORIZATION, format!("Basic {cred}"));
        }
        AuthMethod::ClientSecretPost => {
            form.push(("client_id".into(), client.client_id.clone()));
            form.push(("client_secret".into(), secret));
        }
        AuthMethod::None => form.push(("client_id".into(), client.client_id.clone())),
    }
    let resp = req
        .form(&form)
        .send()
        .await
        .with_context(|| format!("POST {url}"))?;
    let status = resp.status().as_u16();
    let header = |h| {
        resp.headers()
            .get(h)
            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let content_type = header(reqwest::header::CONTENT_TYPE);
    let cache_control = header(reqwest::header::CACHE_CONTROL);
    let body = resp.text().await.unwrap_or_default();
    let json = serde_json::from_str::<Value>(&body)
        .ok()
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    Ok(TokenResponse {
        status,
        content_type,
        cache_control,
        json,
    })
}

/// Tokens from a successful token response, with the ID token's validated claims.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access_token: String,
    pub id_token: String,
    pub refresh_token: Option<String>,
    pub claims: Map<String, Value>,
}

impl Tokens {
    pub fn claim_str(&self, k: &str) -> Option<&str> {
        self.claims.get(k).and_then(Value::as_str)
    }
    pub fn claim_i64(&self, k: &str) -> Option<i64> {
        self.claims.get(k).and_then(Value::as_i64)
    }
}

/// Checks a successful token response (RFC 6749 5.1, OIDC Core 3.1.3.3) and its ID token.
pub fn check_token_response(
    run: &Run<'_>,
    client: &Client,
    resp: &TokenResponse,
    expect: &Expect<'_>,
) -> Result<Tokens> {
    if resp.status != 200 {
        bail!(
            "token endpoint returned HTTP {}: {} {}",
            resp.status,
            resp.str("error").unwrap_or(""),
            resp.str("error_description").unwrap_or("")
        );
    }
    ensure!(
        resp.content_type.starts_with("application/json"),
        "token response is not JSON"
    );
    let access = resp
        .str("access_token")
        .context("token response has no access_token")?;
    let tt = resp
        .str("token_type")
        .context("token response has no token_type")?;
    ensure!(
        tt.eq_ignore_ascii_case("bearer"),
        "token_type is {tt}, expected Bearer"
    );
    if let Some(e) = resp.json.get("expires_in") {
        ensure!(
            e.as_i64().is_some_and(|n| n > 0),
            "expires_in is not a positive number"
        );
    }
    if !resp.cache_control.contains("no-store") {
        run.warn("token response lacks Cache-Control: no-store (RFC 6749 5.1)");
    }
    let id_token = resp
        .str("id_token")
        .context("token response has no id_token")?;
    let mut expect = expect.clone();
    expect.access_token = Some(access);
    let claims = jose::validate_id_token(run, client, id_token, &expect)?;
    Ok(Tokens {
        access_token: access.to_string(),
        id_token: id_token.to_string(),
        refresh_token: resp.str("refresh_token").map(str::to_string),
        claims,
    })
}

/// Redeems a code at the token endpoint (raw response).
pub async fn redeem(run: &Run<'_>, req: &AuthRequest, code: &str) -> Result<TokenResponse> {
    let mut form = vec![
        ("grant_type".to_string(), "authorization_code".to_string()),
        ("code".to_string(), code.to_string()),
        ("redirect_uri".to_string(), req.client.redirect_uri.clone()),
    ];
    if let Some(v) = &req.code_verifier {
        form.push(("code_verifier".into(), v.clone()));
    }
    client_post(run, "token_endpoint", &req.client, form).await
}

/// Redeems a code and validates the tokens.
pub async fn exchange(run: &Run<'_>, req: &AuthRequest, code: &str) -> Result<Tokens> {
    let resp = redeem(run, req, code).await?;
    let expect = Expect {
        nonce: req.nonce.as_deref(),
        max_age: req.get("max_age").is_some(),
        ..Default::default()
    };
    check_token_response(run, &req.client, &resp, &expect)
}

/// Runs a whole sign-in: authorization request, callback checks, code exchange.
pub async fn login(
    run: &Run<'_>,
    browser: &Browser,
    req: &AuthRequest,
) -> Result<(Tokens, Journey)> {
    let journey = req.send(run, browser, Mode::SignIn).await?;
    let code = expect_code(run, req, &journey)?;
    let tokens = exchange(run, req, &code).await?;
    Ok((tokens, journey))
}

/// How the access token is presented at the userinfo endpoint.
#[derive(Debug, Clone, Copy)]
pub enum UserInfoCall {
    Get,
    PostHeader,
    PostBody,
}

/// Calls userinfo, checks the response (OIDC Core 5.3.2) and returns its claims.
pub async fn userinfo(
    run: &Run<'_>,
    tokens: &Tokens,
    how: UserInfoCall,
) -> Result<Map<String, Value>> {
    let (status, ct, body) = userinfo_raw(run, &tokens.access_token, how).await?;
    ensure!(
        status == 200,
        "userinfo returned HTTP {status}: {}",
        body.chars().take(200).collect::<String>()
    );
    let claims: Map<String, Value> = if ct.starts_with("application/jwt") {
        jose::verify(body.trim(), &run.ctx.jwks, None)
            .context("signed userinfo")?
            .1
    } else {
        ensure!(
            ct.starts_with("application/json"),
            "userinfo content type is {ct}"
        );
        serde_json::from_str(&body).context("userinfo is not a JSON object")?
    };
    let sub = claims
        .get("sub")
        .and_then(Value::as_str)
        .context("userinfo has no sub")?;
    ensure!(
        Some(sub) == tokens.claim_str("sub"),
        "userinfo sub differs from the ID token's sub"
    );
    Ok(claims)
}

/// A raw userinfo call: (status, content type, body).
pub async fn userinfo_raw(
    run: &Run<'_>,
    access_token: &str,
    how: UserInfoCall,
) -> Result<(u16, String, String)> {
    let url = run.ctx.endpoint("userinfo_endpoint")?;
    let http = &run.ctx.http;
    let bearer = format!("Bearer {access_token}");
    let req = match how {
        UserInfoCall::Get => http
            .get(&url)
            .header(reqwest::header::AUTHORIZATION, bearer),
        UserInfoCall::PostHeader => http
            .post(&url)
            .header(reqwest::header::AUTHORIZATION, bearer)
            .header(reqwest::header::CONTENT_LENGTH, "0"),
        UserInfoCall::PostBody => http.post(&url).form(&[("access_token", access_token)]),
    };
    let resp = req.send().await.context("calling userinfo")?;
    let status = resp.status().as_u16();
    let ct = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    Ok((status, ct, resp.text().await.unwrap_or_default()))
}
