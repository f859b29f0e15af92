//! JOSE: JWS signature verification against the provider's JWKS and ID token validation
//! (OpenID Connect Core 3.1.3.7), independent of the provider's own code.

use anyhow::{anyhow, bail, ensure, Context, Result};
use base64::Engine;
use josekit::jwk::{Jwk, JwkSet};
use josekit::jws::JwsVerifier;
use serde_json::{Map, Value};
use sha2::Digest;

use super::{now, Run};
use crate::config::Client;

/// Allowed clock skew, seconds.
pub const SKEW: i64 = 300;

fn b64(s: &str) -> Result<Vec<u8>> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s.trim_end_matches('='))
        .context("invalid base64url")
}

/// The decoded (unverified) header and payload of a compact JWS.
pub fn decode_unverified(token: &str) -> Result<(Map<String, Value>, Map<String, Value>)> {
    let parts: Vec<&str> = token.split('.').collect();
    ensure!(
        parts.len() == 3,
        "not a compact JWS (expected 3 parts, got {})",
        parts.len()
    );
    let header: Map<String, Value> =
        serde_json::from_slice(&b64(parts[0])?).context("JWS header is not a JSON object")?;
    let payload: Map<String, Value> =
        serde_json::from_slice(&b64(parts[1])?).context("JWS payload is not a JSON object")?;
    Ok((header, payload))
}

fn verifier(alg: &str, jwk: &Jwk) -> Result<Box<dyn JwsVerifier>> {
    use josekit::jws::*;
    let v: Box<dyn JwsVerifier> = match alg {
        "RS256" => Box::new(RS256.verifier_from_jwk(jwk)?),
        "RS384" => Box::new(RS384.verifier_from_jwk(jwk)?),
        "RS512" => Box::new(RS512.verifier_from_jwk(jwk)?),
        "PS256" => Box::new(PS256.verifier_from_jwk(jwk)?),
        "PS384" => Box::new(PS384.verifier_from_jwk(jwk)?),
        "PS512" => Box::new(PS512.verifier_from_jwk(jwk)?),
        "ES256" => Box::new(ES256.verifier_from_jwk(jwk)?),
        "ES384" => Box::new(ES384.verifier_from_jwk(jwk)?),
        "ES512" => Box::new(ES512.verifier_from_jwk(jwk)?),
        "EdDSA" => Box::new(EdDSA.verifier_from_jwk(jwk)?),
        other => bail!("unsupported JWS alg {other}"),
    };
    Ok(v)
}

fn hmac_verifier(alg: &str, secret: &[u8]) -> Result<Box<dyn JwsVerifier>> {
    use josekit::jws::*;
    let v: Box<dyn JwsVerifier> = match alg {
        "HS256" => Box::new(HS256.verifier_from_bytes(secret)?),
        "HS384" => Box::new(HS384.verifier_from_bytes(secret)?),
        "HS512" => Box::new(HS512.verifier_from_bytes(secret)?),
        other => bail!("unsupported JWS alg {other}"),
    };
    Ok(v)
}

fn kty_for(alg: &str) -> &'static str {
    match alg.get(..2) {
        Some("RS") | Some("PS") => "RSA",
        Some("ES") => "EC",
        Some("Ed") => "OKP",
        _ => "oct",
    }
}

/// Verifies a compact JWS with the provider's keys (or the client secret for HS*), returning
/// its header and payload. Fails on `alg: none`, unknown kid, or a bad signature.
pub fn verify(
    token: &str,
    jwks: &JwkSet,
    client_secret: Option<&str>,
) -> Result<(Map<String, Value>, Map<String, Value>)> {
    let (header, payload) = decode_unverified(token)?;
    let alg = header
        .get("alg")
        .and_then(Value::as_str)
        .context("JWS header has no alg")?;
    ensure!(alg != "none", "token is unsigned (alg none)");
    if alg.starts_with("HS") {
        let secret = client_secret.context("HMAC-signed token but the client has no secret")?;
        let v = hmac_verifier(alg, secret.as_bytes())?;
        josekit::jws::deserialize_compact(token, v.as_ref())
            .map_err(|e| anyhow!("signature verification failed: {e}"))?;
        return Ok((header, payload));
    }
    let kid = header.get("kid").and_then(Value::as_str);
    let candidates: Vec<&Jwk> = jwks
        .keys()
        .into_iter()
        .filter(|k| k.key_type() == kty_for(alg))
        .filter(|k| k.key_use().is_none_or(|u| u == "sig"))
        .filter(|k| k.algorithm().is_none_or(|a| a == alg))
        .filter(|k| match kid {
            Some(kid) => k.key_id() == Some(kid),
            None => true,
        })
        .collect();
    match (kid, candidates.len()) {
        (Some(kid), 0) => bail!("no key with kid {kid} for {alg} in the provider's JWKS"),
        (None, 0) => bail!("no {alg} key in the provider's JWKS"),
        (None, n) if n > 1 => {
            bail!("token has no kid and the JWKS has {n} candidate keys (OIDCC-10.1)")
        }
        _ => {}
    }
    let mut last = None;
    for jwk in candidates {
        let v = verifier(alg, jwk)?;
        match josekit::jws::deserialize_compact(token, v.as_ref()) {
            Ok(_) => return Ok((header, payload)),
            Err(e) => last = Some(e),
        }
    }
    bail!(
        "signature verification failed: {}",
        last.map(|e| e.to_string()).unwrap_or_default()
    )
}

/// What the relying party expects of an ID token.
#[derive(Debug, Default, Clone)]
pub struct Expect<'a> {
    pub nonce: Option<&'a str>,
    pub access_token: Option<&'a str>,
    /// max_age was requested, so auth_time is required.
    pub max_age: bool,
    /// acr was requested as an essential claim with these values.
    pub essential_acr: Option<Vec<String>>,
}

/// Left half of the hash of `value`, base64url (at_hash / c_hash), for the JWS `alg`.
pub fn half_hash(alg: &str, value: &str) -> Result<String> {
    let digest: Vec<u8> = match &alg[alg.len().saturating_sub(3)..] {
        "256" => sha2::Sha256::digest(value.as_bytes()).to_vec(),
        "384" => sha2::Sha384::digest(value.as_bytes()).to_vec(),
        "512" => sha2::Sha512::digest(value.as_bytes()).to_vec(),
        _ if alg == "EdDSA" => sha2::Sha512::digest(value.as_bytes()).to_vec(),
        _ => bail!("cannot compute a half hash for alg {alg}"),
    };
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..digest.len() / 2]))
}

fn num(claims: &Map<String, Value>, name: &str) -> Result<Option<i64>> {
    match claims.get(name) {
        None => Ok(None),
        Some(v) => v
            .as_i64()
            .or_else(|| v.as_f64().map(|f| f as i64))
            .map(Some)
            .ok_or_else(|| anyhow!("{name} is not a number")),
    }
}

/// Validates an ID token per OIDC Core 3.1.3.7 and returns its claims.
pub fn validate_id_token(
    run: &Run<'_>,
    client: &Client,
    token: &str,
    expect: &Expect<'_>,
) -> Result<Map<String, Value>> {
    let ctx = run.ctx;
    let (header, claims) =
        verify(token, &ctx.jwks, client.client_secret.as_deref()).context("ID token")?;
    let alg = header
        .get("alg")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    if let Some(false) = ctx.supports("id_token_signing_alg_values_supported", &alg) {
        bail!("ID token alg {alg} is not in id_token_signing_alg_values_supported");
    }
    let iss = claims
        .get("iss")
        .and_then(Value::as_str)
        .context("ID token has no iss")?;
    ensure!(
        iss == ctx.issuer,
        "ID token iss {iss} does not match the issuer {}",
        ctx.issuer
    );
    let aud: Vec<String> = match claims.get("aud") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => bail!("ID token has no aud"),
    };
    ensure!(
        aud.contains(&client.client_id),
        "ID token aud {aud:?} does not contain the client_id"
    );
    match claims.get("azp").and_then(Value::as_str) {
        Some(azp) => ensure!(
            azp == client.client_id,
            "ID token azp {azp} is not the client_id"
        ),
        None if aud.len() > 1 => bail!("ID token has several audiences but no azp"),
        None => {}
    }
    let t = now();
    let exp = num(&claims, "exp")?.context("ID token has no exp")?;
    ensure!(exp + SKEW > t, "ID token has expired (exp {exp}, now {t})");
    let iat = num(&claims, "iat")?.context("ID token has no iat")?;
    ensure!(
        iat <= t + SKEW,
        "ID token iat {iat} is in the future (now {t})"
    );
    if iat < t - 3600 {
        run.warn(format!("ID token iat {iat} is more than an hour old"));
    }
    let sub = claims
        .get("sub")
        .and_then(Value::as_str)
        .context("ID token has no sub")?;
    ensure!(
        !sub.is_empty() && sub.len() <= 255,
        "ID token sub must be 1..255 ASCII characters"
    );
    match (expect.nonce, claims.get("nonce").and_then(Value::as_str)) {
        (Some(n), Some(got)) => ensure!(n == got, "ID token nonce does not match the request"),
        (Some(_), None) => bail!("ID token has no nonce although the request had one"),
        (None, Some(_)) => bail!("ID token has a nonce although the request had none"),
        (None, None) => {}
    }
    let auth_time = num(&claims, "auth_time")?;
    if expect.max_age {
        ensure!(
            auth_time.is_some(),
            "max_age was requested but the ID token has no auth_time"
        );
    }
    if let (Some(at), Some(access)) = (
        claims.get("at_hash").and_then(Value::as_str),
        expect.access_token,
    ) {
        ensure!(
            at == half_hash(&alg, access)?,
            "ID token at_hash does not match the access token"
        );
    }
    if let Some(values) = &expect.essential_acr {
        let acr = claims
            .get("acr")
            .and_then(Value::as_str)
            .context("essential acr requested but missing")?;
        ensure!(
            values.iter().any(|v| v == acr),
            "ID token acr {acr} is not one of {values:?}"
        );
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;
    use josekit::jws::{JwsHeader, ES256};

    fn keys(kid: &str) -> (JwkSet, Box<dyn josekit::jws::JwsSigner>) {
        let pair = ES256.generate_key_pair().expect("key pair");
        let mut public = pair.to_jwk_public_key();
        public.set_key_id(kid);
        let mut set = JwkSet::new();
        set.push_key(public);
        let signer = ES256
            .signer_from_jwk(&pair.to_jwk_private_key())
            .expect("signer");
        (set, Box::new(signer))
    }

    fn sign(signer: &dyn josekit::jws::JwsSigner, kid: Option<&str>) -> String {
        let mut h = JwsHeader::new();
        if let Some(k) = kid {
            h.set_key_id(k);
        }
        josekit::jws::serialize_compact(br#"{"sub":"u1"}"#, &h, signer).expect("sign")
    }

    #[test]
    fn a_token_signed_by_a_published_key_verifies() {
        let (set, signer) = keys("k1");
        let (_, claims) = verify(&sign(signer.as_ref(), Some("k1")), &set, None).expect("valid");
        assert_eq!(claims.get("sub").and_then(Value::as_str), Some("u1"));
    }

    #[test]
    fn tampered_unsigned_and_unknown_kid_tokens_are_rejected() {
        let (set, signer) = keys("k1");
        let good = sign(signer.as_ref(), Some("k1"));
        let (head, sig) = good.rsplit_once('.').expect("jws");
        let flipped = if sig.starts_with('A') { "B" } else { "A" };
        let tampered = format!("{head}.{flipped}{}", &sig[1..]);
        assert!(verify(&tampered, &set, None).is_err());
        let (_, payload_and_sig) = good.split_once('.').expect("jws");
        let (payload, _) = payload_and_sig.split_once('.').expect("jws");
        let none = format!("eyJhbGciOiJub25lIn0.{payload}.");
        assert!(verify(&none, &set, None)
            .unwrap_err()
            .to_string()
            .contains("unsigned"));
        assert!(verify(&sign(signer.as_ref(), Some("other")), &set, None).is_err());
        let (_, stranger) = keys("k1");
        assert!(verify(&sign(stranger.as_ref(), Some("k1")), &set, None).is_err());
    }

    #[test]
    fn at_hash_is_the_left_half_of_the_sha256() {
        // OIDC Core A.3 example: access token "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y".
        let h = half_hash("RS256", "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y").expect("hash");
        assert_eq!(h, "77QmUPtjPfzWtF2AnpK9RQ");
    }
}
