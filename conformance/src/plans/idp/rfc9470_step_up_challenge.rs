//! idp-rfc9470-step-up-challenge: RFC 9470 from a resource server's point of view.
//!
//! The runner plays a protected resource that receives only the bearer access token. It
//! learns how the user authenticated the way a resource server can: token introspection
//! (RFC 7662 with RFC 9470 section 6.2 `acr` / `auth_time`), or else the claims of a JWT access
//! token (RFC 9068, section 6.1) verified with the OP's keys. Its policy is first "auth_time no
//! older than max_age", then (with `[acr] medium`) "acr is medium". A token that falls short
//! gets a 401 `WWW-Authenticate: Bearer error="insufficient_user_authentication"` challenge
//! with `max_age` / `acr_values` (section 3); the client parses it, sends a new authorization
//! request with those parameters (section 4), and the resource must accept the new token.
//!
//! FAILED when the OP does not satisfy the challenge (no fresh authentication, wrong acr) or
//! the resource sees other values than the ID token says. WARNING when the OP gives a
//! resource server no way to see a token's auth_time or acr (the resource then cannot enforce
//! the challenge; the module checks the ID token instead). The acr step runs when the
//! configuration names `[acr] medium` (the level above a password sign-in).
use anyhow::{bail, ensure, Context, Result};
use serde_json::{Map, Value};

use crate::config::Client;
use crate::harness::flow::{self, param, Tokens};
use crate::harness::{jose, AuthRequest, Browser, Mode, Run};

/// The seconds of the resource's max_age policy.
const MAX_AGE: i64 = 3;

/// What the resource server learnt about an access token.
#[derive(Debug, Default)]
struct TokenInfo {
    active: bool,
    sub: Option<String>,
    acr: Option<String>,
    auth_time: Option<i64>,
    /// "introspection" or "JWT access token".
    source: &'static str,
}

/// The resource server's policy.
#[derive(Debug, Clone, Default)]
struct Policy {
    max_age: Option<i64>,
    acr: Option<String>,
}

/// The resource's answer to one request.
#[derive(Debug)]
enum Answer {
    Ok(TokenInfo),
    /// 401 with this `WWW-Authenticate` value.
    Challenge(String),
    /// The resource cannot tell whether the token meets its policy (the OP does not say).
    Undecidable(String),
}

/// A `Bearer` challenge (RFC 6750 section 3 syntax, RFC 9470 section 3 parameters).
fn challenge(error: &str, description: &str, policy: &Policy) -> String {
    let mut parts = vec![
        "realm=\"conformance-resource\"".to_string(),
        format!("error=\"{error}\""),
        format!("error_description=\"{description}\""),
    ];
    if let Some(acr) = &policy.acr {
        parts.push(format!("acr_values=\"{acr}\""));
    }
    if let Some(m) = policy.max_age {
        parts.push(format!("max_age=\"{m}\""));
    }
    format!("Bearer {}", parts.join(", "))
}

/// The auth-params of a `Bearer` challenge (quoted strings or tokens).
fn parse_challenge(header: &str) -> Result<Vec<(String, String)>> {
    let rest = header
        .strip_prefix("Bearer ")
        .context("the challenge is not a Bearer challenge")?;
    let mut out = Vec::new();
    let mut s = rest.trim_start();
    while !s.is_empty() {
        let (name, after) = s.split_once('=').context("malformed auth-param")?;
        let name = name.trim().to_ascii_lowercase();
        let (value, after) = if let Some(q) = after.strip_prefix('"') {
            let mut value = String::new();
            let mut chars = q.char_indices();
            let mut end = None;
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, n)) = chars.next() {
                            value.push(n);
                        }
                    }
                    '"' => {
                        end = Some(i + 1);
                        break;
                    }
                    c => value.push(c),
                }
            }
            let end = end.context("unterminated quoted string")?;
            (value, &q[end..])
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (after[..end].trim().to_string(), &after[end..])
        };
        out.push((name, value));
        s = after.trim_start().trim_start_matches(',').trim_start();
    }
    Ok(out)
}

/// How a resource server learns a token's authentication: introspection when the OP offers
/// it, else a JWT access token's verified claims.
async fn learn(run: &Run<'_>, client: &Client, token: &str) -> Result<Option<TokenInfo>> {
    let str_of =
        |m: &Map<String, Value>, k: &str| m.get(k).and_then(Value::as_str).map(String::from);
    let int_of = |m: &Map<String, Value>, k: &str| {
        m.get(k)
            .and_then(|v| v.as_i64().or_else(|| v.as_f64().map(|f| f as i64)))
    };
    if run.ctx.disc.get("introspection_endpoint").is_some() {
        let m = super::introspect(run, client, token).await?;
        return Ok(Some(TokenInfo {
            active: super::active(&m),
            sub: str_of(&m, "sub"),
            acr: str_of(&m, "acr"),
            auth_time: int_of(&m, "auth_time"),
            source: "introspection",
        }));
    }
    if token.split('.').count() == 3 {
        if let Ok((_, claims)) = jose::verify(token, &run.ctx.jwks, None) {
            ensure!(
                claims.get("iss").and_then(Value::as_str) == Some(run.ctx.issuer.as_str()),
                "the JWT access token's iss is not the issuer"
            );
            let exp = int_of(&claims, "exp").unwrap_or(0);
            return Ok(Some(TokenInfo {
                active: exp > crate::harness::now(),
                sub: str_of(&claims, "sub"),
                acr: str_of(&claims, "acr"),
                auth_time: int_of(&claims, "auth_time"),
                source: "JWT access token",
            }));
        }
    }
    Ok(None)
}

/// The protected resource: a request with `Authorization: Bearer <token>`.
async fn resource(run: &Run<'_>, client: &Client, token: &str, policy: &Policy) -> Result<Answer> {
    let Some(info) = learn(run, client, token).await? else {
        return Ok(Answer::Undecidable(
            "the OP has no introspection endpoint and its access tokens are not JWTs it signs"
                .into(),
        ));
    };
    if !info.active {
        return Ok(Answer::Challenge(challenge(
            "invalid_token",
            "The access token is not active",
            &Policy::default(),
        )));
    }
    if let Some(max_age) = policy.max_age {
        let Some(at) = info.auth_time else {
            return Ok(Answer::Undecidable(format!(
                "{} does not give the access token's auth_time (RFC 9470 section 6), so a resource server cannot enforce max_age",
                info.source
            )));
        };
        if crate::harness::now() - at > max_age {
            return Ok(Answer::Challenge(challenge(
                "insufficient_user_authentication",
                "More recent authentication is required",
                policy,
            )));
        }
    }
    if let Some(acr) = &policy.acr {
        let Some(got) = &info.acr else {
            return Ok(Answer::Undecidable(format!(
                "{} does not give the access token's acr (RFC 9470 section 6), so a resource server cannot enforce acr_values",
                info.source
            )));
        };
        if got != acr {
            return Ok(Answer::Challenge(challenge(
                "insufficient_user_authentication",
                "A different authentication level is required",
                policy,
            )));
        }
    }
    Ok(Answer::Ok(info))
}

/// The client's side: a challenge's parameters turned into a new authorization request,
/// signed in with the same browser, and the new tokens.
async fn answer_challenge(
    run: &Run<'_>,
    browser: &Browser,
    client: &Client,
    header: &str,
) -> Result<(Tokens, usize)> {
    let params = parse_challenge(header)?;
    ensure!(
        param(&params, "error") == Some("insufficient_user_authentication"),
        "unexpected challenge {header}"
    );
    let mut req = AuthRequest::new(run, client);
    if let Some(m) = param(&params, "max_age") {
        req.set("max_age", m);
    }
    if let Some(a) = param(&params, "acr_values") {
        req.set("acr_values", a);
    }
    let journey = req.send(run, browser, Mode::SignIn).await?;
    if let Some(r) = journey.received() {
        if let Some(err) = param(r.params(), "error") {
            bail!("the OP answered the step-up request with {err}");
        }
    }
    let code = flow::expect_code(run, &req, &journey)?;
    let tokens = flow::exchange(run, &req, &code).await?;
    Ok((tokens, journey.logins))
}

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let browser = run.browser()?;
    let (t1, _) = flow::login(run, &browser, &AuthRequest::new(run, client)).await?;
    let at1 = t1.claim_i64("auth_time");
    let freshness = Policy {
        max_age: Some(MAX_AGE),
        acr: None,
    };
    // A fresh token is accepted.
    match resource(run, client, &t1.access_token, &freshness).await? {
        Answer::Ok(info) => {
            ensure!(
                info.sub.is_none() || info.sub.as_deref() == t1.claim_str("sub"),
                "the resource sees another subject ({:?}) than the ID token's",
                info.sub
            );
            ensure!(
                info.auth_time == at1 || at1.is_none(),
                "the resource sees auth_time {:?}, the ID token says {at1:?}",
                info.auth_time
            );
        }
        Answer::Challenge(h) => bail!("a token from a sign-in just now was challenged: {h}"),
        Answer::Undecidable(why) => {
            run.warn(why);
            return id_token_fallback(run, &browser, client, &t1).await;
        }
    }
    // Later, the same token is too old for the resource: challenge, step-up, accepted.
    crate::plans::basic::wait_past(at1.unwrap_or_else(crate::harness::now) + MAX_AGE).await;
    let header = match resource(run, client, &t1.access_token, &freshness).await? {
        Answer::Challenge(h) => h,
        other => bail!("the resource should challenge an old authentication: {other:?}"),
    };
    let (t2, logins) = answer_challenge(run, &browser, client, &header).await?;
    let at2 = t2
        .claim_i64("auth_time")
        .context("no auth_time in the ID token after a max_age challenge")?;
    ensure!(
        logins > 0 && at1.is_none_or(|a| at2 > a),
        "the max_age challenge did not lead to a fresh authentication"
    );
    match resource(run, client, &t2.access_token, &freshness).await? {
        Answer::Ok(info) => ensure!(
            info.auth_time == Some(at2),
            "the resource sees auth_time {:?}, the new ID token says {at2}",
            info.auth_time
        ),
        other => bail!("the resource refused the token of the fresh authentication: {other:?}"),
    }
    // An acr requirement, when the configuration names the level above basic.
    let Some(medium) = run.cfg().acr.medium.clone() else {
        return Ok(());
    };
    if run.ctx.supports("acr_values_supported", &medium) != Some(true) {
        bail!("acr_values_supported lacks the configured medium acr {medium}");
    }
    let level = Policy {
        max_age: None,
        acr: Some(medium.clone()),
    };
    let header = match resource(run, client, &t2.access_token, &level).await? {
        Answer::Challenge(h) => h,
        Answer::Ok(info) => bail!(
            "a password sign-in already has acr {:?}; [acr] medium must name a level above it",
            info.acr
        ),
        Answer::Undecidable(why) => {
            run.warn(why);
            return Ok(());
        }
    };
    let (t3, logins) = answer_challenge(run, &browser, client, &header).await?;
    ensure!(
        t3.claim_str("acr") == Some(medium.as_str()),
        "the acr challenge for {medium} gave an ID token with acr {:?}",
        t3.claim_str("acr")
    );
    ensure!(logins == 0, "the acr step-up asked for the password again");
    match resource(run, client, &t3.access_token, &level).await? {
        Answer::Ok(_) => Ok(()),
        other => bail!("the resource refused the stepped-up token: {other:?}"),
    }
}

/// When a resource server cannot see auth_time: the OP's side of the max_age challenge is
/// still checked on the ID token.
async fn id_token_fallback(
    run: &Run<'_>,
    browser: &Browser,
    client: &Client,
    t1: &Tokens,
) -> Result<()> {
    let at1 = t1
        .claim_i64("auth_time")
        .unwrap_or_else(crate::harness::now);
    crate::plans::basic::wait_past(at1 + 1).await;
    let header = challenge(
        "insufficient_user_authentication",
        "More recent authentication is required",
        &Policy {
            max_age: Some(1),
            acr: None,
        },
    );
    let (t2, logins) = answer_challenge(run, browser, client, &header).await?;
    let at2 = t2
        .claim_i64("auth_time")
        .context("no auth_time after a max_age challenge")?;
    ensure!(
        logins > 0 && at2 > at1,
        "the max_age challenge did not lead to a fresh authentication"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_challenge_round_trips() {
        let p = Policy {
            max_age: Some(3),
            acr: Some("http://op/loa/medium".into()),
        };
        let h = challenge("insufficient_user_authentication", "More, please", &p);
        assert_eq!(
            h,
            "Bearer realm=\"conformance-resource\", error=\"insufficient_user_authentication\", \
             error_description=\"More, please\", acr_values=\"http://op/loa/medium\", max_age=\"3\""
        );
        let params = parse_challenge(&h).expect("parse");
        assert_eq!(param(&params, "max_age"), Some("3"));
        assert_eq!(param(&params, "acr_values"), Some("http://op/loa/medium"));
        assert_eq!(param(&params, "error_description"), Some("More, please"));
    }

    #[test]
    fn token_and_escaped_values_parse() {
        let params =
            parse_challenge(r#"Bearer error=insufficient_user_authentication, max_age=5, error_description="a \"b\"""#)
                .expect("parse");
        assert_eq!(
            param(&params, "error"),
            Some("insufficient_user_authentication")
        );
        assert_eq!(param(&params, "max_age"), Some("5"));
        assert_eq!(param(&params, "error_description"), Some("a \"b\""));
        assert!(parse_challenge("Basic realm=x").is_err());
    }
}
