//! oidcc-discovery-endpoint-verification: the discovery document has what OpenID Connect
//! Discovery 1.0 section 3 and RFC 8414 require; the JWKS is valid and public.
use anyhow::{bail, ensure, Context, Result};
use serde_json::Value;

use crate::harness::discovery;
use crate::harness::Run;

fn strings<'v>(disc: &'v Value, k: &str) -> Option<Vec<&'v str>> {
    disc.get(k)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
}

fn check_jwks(raw: &Value) -> Result<()> {
    let keys = raw
        .get("keys")
        .and_then(Value::as_array)
        .context("JWKS has no keys array")?;
    ensure!(!keys.is_empty(), "JWKS has no keys");
    for k in keys {
        let kty = k
            .get("kty")
            .and_then(Value::as_str)
            .context("a JWK has no kty")?;
        let need: &[&str] = match kty {
            "RSA" => &["n", "e"],
            "EC" => &["crv", "x", "y"],
            "OKP" => &["crv", "x"],
            "oct" => bail!("the JWKS publishes a symmetric key"),
            other => bail!("unknown kty {other}"),
        };
        for m in need {
            ensure!(
                k.get(*m).and_then(Value::as_str).is_some(),
                "{kty} JWK lacks {m}"
            );
        }
        for private in ["d", "p", "q", "dp", "dq", "qi"] {
            ensure!(
                k.get(private).is_none(),
                "the JWKS publishes private key material ({private})"
            );
        }
    }
    Ok(())
}

fn locale_ok(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

pub async fn run(run: &Run<'_>) -> Result<()> {
    let ctx = run.ctx;
    let iss = &ctx.issuer;
    let url = discovery::discovery_url(iss);
    let (status, ct, body) = discovery::get(&ctx.http, &url).await?;
    ensure!(status == 200, "discovery returned HTTP {status}");
    ensure!(
        ct.starts_with("application/json"),
        "discovery content type is {ct}"
    );
    let disc: Value = serde_json::from_str(&body).context("discovery is not JSON")?;
    let rts = strings(&disc, "response_types_supported").context("no response_types_supported")?;
    ensure!(rts.contains(&"code"), "response_types_supported lacks code");
    let issuer = disc
        .get("issuer")
        .and_then(Value::as_str)
        .context("no issuer")?;
    ensure!(
        issuer == iss,
        "issuer {issuer} differs from the issuer URL {iss} (OIDCD-4.3)"
    );
    let u = url::Url::parse(issuer).context("issuer is not a URL")?;
    ensure!(
        u.query().is_none() && u.fragment().is_none(),
        "issuer has a query or fragment"
    );
    super::check_https("issuer", issuer, iss)?;
    let st = strings(&disc, "subject_types_supported").context("no subject_types_supported")?;
    ensure!(!st.is_empty(), "subject_types_supported is empty");
    ensure!(
        st.iter().all(|s| *s == "public" || *s == "pairwise"),
        "unknown subject type in {st:?}"
    );
    let algs = strings(&disc, "id_token_signing_alg_values_supported")
        .context("no id_token_signing_alg_values_supported")?;
    ensure!(
        algs.contains(&"RS256"),
        "id_token_signing_alg_values_supported {algs:?} lacks RS256 (OIDCD-3)"
    );
    if let Some(ua) = strings(&disc, "userinfo_signing_alg_values_supported") {
        ensure!(
            !ua.is_empty(),
            "userinfo_signing_alg_values_supported is empty"
        );
    }
    for required in ["authorization_endpoint", "token_endpoint", "jwks_uri"] {
        let v = disc
            .get(required)
            .and_then(Value::as_str)
            .with_context(|| format!("no {required}"))?;
        super::check_https(required, v, iss)?;
    }
    match disc.get("userinfo_endpoint").and_then(Value::as_str) {
        Some(v) => super::check_https("userinfo_endpoint", v, iss)?,
        None => run.warn("no userinfo_endpoint (recommended)"),
    }
    let (raw, _) = discovery::fetch_jwks(&ctx.http, &disc).await?;
    check_jwks(&raw)?;
    if disc
        .get("claims_supported")
        .and_then(Value::as_array)
        .is_none()
    {
        run.warn("no claims_supported (recommended)");
    }
    if let Some(gt) = strings(&disc, "grant_types_supported") {
        ensure!(
            gt.contains(&"authorization_code"),
            "grant_types_supported lacks authorization_code"
        );
    }
    match strings(&disc, "scopes_supported") {
        Some(s) => {
            ensure!(s.contains(&"openid"), "scopes_supported lacks openid");
            for sc in s {
                ensure!(
                    !sc.is_empty()
                        && sc.bytes().all(|b| b == 0x21
                            || (0x23..=0x5b).contains(&b)
                            || (0x5d..=0x7e).contains(&b)),
                    "scope {sc:?} is not a valid scope-token (RFC 6749 3.3)"
                );
            }
        }
        None => run.warn("no scopes_supported"),
    }
    for k in ["ui_locales_supported", "claims_locales_supported"] {
        if let Some(ls) = strings(&disc, k) {
            for l in ls {
                ensure!(locale_ok(l), "{k} has an invalid language tag {l:?}");
                let mut parts = l.split('-');
                let primary = parts.next().unwrap_or_default();
                if primary.chars().any(|c| c.is_ascii_uppercase()) {
                    run.warn(format!("{k}: {l} is not in canonical casing"));
                }
            }
        }
    }
    super::check_all_https(&disc, iss)?;
    if let Some(v) = disc.get("code_challenge_methods_supported") {
        ensure!(
            v.is_array(),
            "code_challenge_methods_supported is not an array"
        );
    }
    Ok(())
}
