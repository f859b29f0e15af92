//! Back-channel logout tokens (OpenID Connect Back-Channel Logout 1.0, section 2.6): the
//! signature is checked against the provider's JWKS with `openidconnect`'s key types, then the
//! claims. `openidconnect` has no logout-token type, hence this module.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use openidconnect::core::{CoreJsonWebKeySet, CoreJwsSigningAlgorithm};
use openidconnect::JsonWebKey;
use serde::Deserialize;
use serde_json::Value;

/// The event a logout token must carry.
pub const BACKCHANNEL_LOGOUT_EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

/// How far `iat` may lie in the future, and how old a token may be, in seconds.
pub const CLOCK_SKEW_SECS: i64 = 60;
pub const MAX_AGE_SECS: i64 = 300;

/// Why a logout token was refused (logged; the provider only sees 400).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LogoutTokenError {
    #[error("not a compact JWS")]
    Malformed,
    #[error("algorithm not accepted")]
    Algorithm,
    #[error("no key of the provider verifies the signature")]
    Signature,
    #[error("claim check failed: {0}")]
    Claims(&'static str),
}

/// What a valid logout token identifies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoutClaims {
    pub sub: Option<String>,
    pub sid: Option<String>,
    /// The token's id, for replay detection.
    pub jti: Option<String>,
}

#[derive(Deserialize)]
struct Header {
    alg: Value,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default)]
    typ: Option<String>,
}

/// Whether `alg` is a public-key signature (not `none`, not HMAC with a shared secret).
pub fn asymmetric(alg: &CoreJwsSigningAlgorithm) -> bool {
    !matches!(
        alg,
        CoreJwsSigningAlgorithm::None
            | CoreJwsSigningAlgorithm::HmacSha256
            | CoreJwsSigningAlgorithm::HmacSha384
            | CoreJwsSigningAlgorithm::HmacSha512
    )
}

/// Verifies `jwt`: compact JWS signed with one of `algs` (never `none` or HMAC) by a key of
/// `jwks`, then [`check_claims`].
pub fn verify(
    jwt: &str,
    jwks: &CoreJsonWebKeySet,
    algs: &[CoreJwsSigningAlgorithm],
    issuer: &str,
    client_id: &str,
    now: i64,
) -> Result<LogoutClaims, LogoutTokenError> {
    if jwt.len() > 16 * 1024 {
        return Err(LogoutTokenError::Malformed);
    }
    let mut parts = jwt.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(LogoutTokenError::Malformed);
    };
    let decode = |part: &str| {
        URL_SAFE_NO_PAD
            .decode(part)
            .map_err(|_| LogoutTokenError::Malformed)
    };
    let header: Header =
        serde_json::from_slice(&decode(h)?).map_err(|_| LogoutTokenError::Malformed)?;
    if let Some(typ) = header.typ.as_deref() {
        let typ = typ.to_ascii_lowercase();
        if typ != "logout+jwt" && typ != "application/logout+jwt" && typ != "jwt" {
            return Err(LogoutTokenError::Malformed);
        }
    }
    let alg: CoreJwsSigningAlgorithm =
        serde_json::from_value(header.alg).map_err(|_| LogoutTokenError::Algorithm)?;
    if !asymmetric(&alg) || !algs.contains(&alg) {
        return Err(LogoutTokenError::Algorithm);
    }
    let signature = decode(s)?;
    let message = format!("{h}.{p}");
    let verified = jwks
        .keys()
        .iter()
        .filter(|key| match (&header.kid, key.key_id()) {
            (Some(kid), Some(id)) => id.as_str() == kid,
            (Some(_), None) => false,
            (None, _) => true,
        })
        .any(|key| {
            key.verify_signature(&alg, message.as_bytes(), &signature)
                .is_ok()
        });
    if !verified {
        return Err(LogoutTokenError::Signature);
    }
    let claims: Value =
        serde_json::from_slice(&decode(p)?).map_err(|_| LogoutTokenError::Malformed)?;
    check_claims(&claims, issuer, client_id, now)
}

/// The claim rules of section 2.6: `iss`, `aud` containing the client, `iat` recent, `exp`
/// (when present) not passed, the back-channel logout event, no `nonce`, and `sid` and/or `sub`.
pub fn check_claims(
    claims: &Value,
    issuer: &str,
    client_id: &str,
    now: i64,
) -> Result<LogoutClaims, LogoutTokenError> {
    let err = LogoutTokenError::Claims;
    if claims.get("iss").and_then(Value::as_str) != Some(issuer) {
        return Err(err("iss"));
    }
    let aud_ok = match claims.get("aud") {
        Some(Value::String(a)) => a == client_id,
        Some(Value::Array(list)) => list.iter().any(|a| a == client_id),
        _ => false,
    };
    if !aud_ok {
        return Err(err("aud"));
    }
    let Some(iat) = claims.get("iat").and_then(Value::as_i64) else {
        return Err(err("iat missing"));
    };
    if iat > now + CLOCK_SKEW_SECS || now - iat > MAX_AGE_SECS {
        return Err(err("iat out of range"));
    }
    if let Some(exp) = claims.get("exp") {
        match exp.as_i64() {
            Some(exp) if exp + CLOCK_SKEW_SECS >= now => {}
            _ => return Err(err("exp")),
        }
    }
    let has_event = claims
        .get("events")
        .and_then(Value::as_object)
        .is_some_and(|events| {
            events
                .get(BACKCHANNEL_LOGOUT_EVENT)
                .is_some_and(Value::is_object)
        });
    if !has_event {
        return Err(err("events"));
    }
    if claims.get("nonce").is_some() {
        return Err(err("nonce present"));
    }
    let text = |name: &str| {
        claims
            .get(name)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let (sub, sid) = (text("sub"), text("sid"));
    if sub.is_none() && sid.is_none() {
        return Err(err("neither sub nor sid"));
    }
    Ok(LogoutClaims {
        sub,
        sid,
        jti: text("jti"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ISS: &str = "http://idp.test";
    const NOW: i64 = 1_800_000_000;

    fn valid() -> Value {
        json!({
            "iss": ISS, "aud": "cpms", "iat": NOW, "exp": NOW + 120, "jti": "j1",
            "sub": "user-1", "sid": "sid-1",
            "events": { BACKCHANNEL_LOGOUT_EVENT: {} }
        })
    }

    fn with(key: &str, value: Value) -> Value {
        let mut claims = valid();
        claims[key] = value;
        claims
    }

    fn without(key: &str) -> Value {
        let mut claims = valid();
        claims.as_object_mut().unwrap().remove(key);
        claims
    }

    #[test]
    fn a_valid_token_names_sub_and_sid() {
        assert_eq!(
            check_claims(&valid(), ISS, "cpms", NOW),
            Ok(LogoutClaims {
                sub: Some("user-1".into()),
                sid: Some("sid-1".into()),
                jti: Some("j1".into()),
            })
        );
        assert!(check_claims(&with("aud", json!(["x", "cpms"])), ISS, "cpms", NOW).is_ok());
        assert!(check_claims(&without("sub"), ISS, "cpms", NOW).is_ok());
        assert!(check_claims(&without("exp"), ISS, "cpms", NOW).is_ok());
    }

    #[test]
    fn each_rule_refuses() {
        let bad = [
            with("iss", json!("http://evil.test")),
            with("aud", json!("other")),
            without("iat"),
            with("iat", json!(NOW + 3600)),
            with("iat", json!(NOW - 3600)),
            with("exp", json!(NOW - 3600)),
            without("events"),
            with("events", json!({"http://example.test/other": {}})),
            with("nonce", json!("n")),
            {
                let mut c = without("sub");
                c.as_object_mut().unwrap().remove("sid");
                c
            },
        ];
        for claims in bad {
            assert!(
                check_claims(&claims, ISS, "cpms", NOW).is_err(),
                "accepted {claims}"
            );
        }
    }

    #[test]
    fn unsigned_malformed_and_hmac_tokens_are_refused() {
        let jwks = CoreJsonWebKeySet::new(Vec::new());
        let algs = [CoreJwsSigningAlgorithm::EcdsaP256Sha256];
        let enc = |v: Value| URL_SAFE_NO_PAD.encode(v.to_string());
        let payload = enc(valid());
        let none = format!("{}.{payload}.", enc(json!({"alg": "none"})));
        assert_eq!(
            verify(&none, &jwks, &algs, ISS, "cpms", NOW),
            Err(LogoutTokenError::Algorithm)
        );
        let hs = format!("{}.{payload}.c2ln", enc(json!({"alg": "HS256"})));
        assert_eq!(
            verify(&hs, &jwks, &algs, ISS, "cpms", NOW),
            Err(LogoutTokenError::Algorithm)
        );
        let es = format!(
            "{}.{payload}.c2ln",
            enc(json!({"alg": "ES256", "kid": "k"}))
        );
        assert_eq!(
            verify(&es, &jwks, &algs, ISS, "cpms", NOW),
            Err(LogoutTokenError::Signature)
        );
        assert_eq!(
            verify("a.b", &jwks, &algs, ISS, "cpms", NOW),
            Err(LogoutTokenError::Malformed)
        );
    }
}
