//! The CPMS resource API's decision on a bearer access token, from the provider's
//! introspection answer (RFC 7662), and the `WWW-Authenticate` challenges it sends
//! (RFC 6750 section 3, RFC 9470 section 3).

use serde::Deserialize;

use crate::acr::{AcrDecision, AcrPolicy};
use crate::entitlements::{has_cpms_access, Entitlement};

/// The fields of an introspection response CPMS uses.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Introspection {
    pub active: bool,
    #[serde(default)]
    pub sub: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
    #[serde(default)]
    pub aud: Option<serde_json::Value>,
    #[serde(default)]
    pub acr: Option<String>,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub entitlements: Vec<Entitlement>,
}

impl Introspection {
    /// Whether the token was issued to `client_id` (its `client_id`, or `aud` as a string or
    /// an array).
    pub fn issued_to(&self, client_id: &str) -> bool {
        if self.client_id.as_deref() == Some(client_id) {
            return true;
        }
        match &self.aud {
            Some(serde_json::Value::String(a)) => a == client_id,
            Some(serde_json::Value::Array(list)) => list.iter().any(|a| a == client_id),
            _ => false,
        }
    }
}

/// What the API does with a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BearerDecision {
    /// 200: the token is active, medium or high, and carries a CPMS grant.
    Allow { sub: String },
    /// 401 `invalid_request`: no bearer token in the request.
    Missing,
    /// 401 `invalid_token`: inactive, expired, revoked, unknown or not issued to CPMS.
    InvalidToken(&'static str),
    /// 401 `insufficient_user_authentication` (RFC 9470): the level is below medium.
    InsufficientUserAuthentication,
    /// 403 `insufficient_scope`: no approved CPMS access request.
    NoGrant,
}

/// Decides on an introspected token.
pub fn decide(introspection: &Introspection, client_id: &str, acr: &AcrPolicy) -> BearerDecision {
    if !introspection.active {
        return BearerDecision::InvalidToken("The access token is not active.");
    }
    if !introspection.issued_to(client_id) {
        return BearerDecision::InvalidToken("The access token was not issued to CPMS.");
    }
    let Some(sub) = introspection.sub.clone() else {
        return BearerDecision::InvalidToken("The access token has no subject.");
    };
    if let AcrDecision::TooLow { .. } = acr.check(introspection.acr.as_deref()) {
        return BearerDecision::InsufficientUserAuthentication;
    }
    if !has_cpms_access(&introspection.entitlements) {
        return BearerDecision::NoGrant;
    }
    BearerDecision::Allow { sub }
}

/// A `Bearer` challenge: `Bearer realm="cpms", error="...", error_description="..."` plus
/// `acr_values="..."` for RFC 9470. Quotes and backslashes are dropped from the values (they
/// are not allowed in these quoted strings), and control characters too.
pub fn challenge(
    error: Option<&str>,
    description: Option<&str>,
    acr_values: Option<&str>,
) -> String {
    fn clean(value: &str) -> String {
        value
            .chars()
            .filter(|c| *c != '"' && *c != '\\' && !c.is_control())
            .collect()
    }
    let mut parts = vec!["realm=\"cpms\"".to_string()];
    if let Some(e) = error {
        parts.push(format!("error=\"{}\"", clean(e)));
    }
    if let Some(d) = description {
        parts.push(format!("error_description=\"{}\"", clean(d)));
    }
    if let Some(a) = acr_values {
        parts.push(format!("acr_values=\"{}\"", clean(a)));
    }
    format!("Bearer {}", parts.join(", "))
}

impl BearerDecision {
    /// The `WWW-Authenticate` value for a refusal (`None` for `Allow`).
    pub fn www_authenticate(&self, acr: &AcrPolicy) -> Option<String> {
        match self {
            BearerDecision::Allow { .. } => None,
            BearerDecision::Missing => Some(challenge(None, None, None)),
            BearerDecision::InvalidToken(why) => {
                Some(challenge(Some("invalid_token"), Some(why), None))
            }
            BearerDecision::InsufficientUserAuthentication => Some(challenge(
                Some("insufficient_user_authentication"),
                Some("CPMS requires two-factor authentication (medium level)"),
                Some(acr.requested()),
            )),
            BearerDecision::NoGrant => Some(challenge(
                Some("insufficient_scope"),
                Some("No approved CPMS access request: request access in the authorization system"),
                None,
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> AcrPolicy {
        AcrPolicy {
            medium: "http://idp.test/loa/medium".into(),
            high: Some("http://idp.test/loa/high".into()),
        }
    }

    fn active(acr: &str, grant: bool) -> Introspection {
        Introspection {
            active: true,
            sub: Some("user-1".into()),
            client_id: Some("cpms".into()),
            aud: Some(serde_json::json!("cpms")),
            acr: Some(acr.into()),
            username: None,
            entitlements: if grant {
                vec![Entitlement {
                    application: "cpms".into(),
                    ..Entitlement::default()
                }]
            } else {
                Vec::new()
            },
        }
    }

    #[test]
    fn the_rfc_9470_challenge_names_the_required_level() {
        let header = BearerDecision::InsufficientUserAuthentication
            .www_authenticate(&policy())
            .unwrap();
        assert_eq!(
            header,
            "Bearer realm=\"cpms\", error=\"insufficient_user_authentication\", \
             error_description=\"CPMS requires two-factor authentication (medium level)\", \
             acr_values=\"http://idp.test/loa/medium\""
        );
    }

    #[test]
    fn an_invalid_token_challenge_follows_rfc_6750() {
        let header = challenge(Some("invalid_token"), Some("bad \"token\"\n"), None);
        assert_eq!(
            header,
            "Bearer realm=\"cpms\", error=\"invalid_token\", error_description=\"bad token\""
        );
        assert_eq!(challenge(None, None, None), "Bearer realm=\"cpms\"");
    }

    #[test]
    fn decisions_follow_activity_level_and_grant() {
        let p = policy();
        assert!(matches!(
            decide(&Introspection::default(), "cpms", &p),
            BearerDecision::InvalidToken(_)
        ));
        assert_eq!(
            decide(&active("http://idp.test/loa/basic", true), "cpms", &p),
            BearerDecision::InsufficientUserAuthentication
        );
        assert_eq!(
            decide(&active("http://idp.test/loa/medium", false), "cpms", &p),
            BearerDecision::NoGrant
        );
        assert_eq!(
            decide(&active("http://idp.test/loa/high", true), "cpms", &p),
            BearerDecision::Allow {
                sub: "user-1".into()
            }
        );
    }

    #[test]
    fn tokens_of_other_clients_are_invalid_here() {
        let mut i = active("http://idp.test/loa/medium", true);
        i.client_id = Some("other".into());
        i.aud = Some(serde_json::json!(["other", "x"]));
        assert!(matches!(
            decide(&i, "cpms", &policy()),
            BearerDecision::InvalidToken(_)
        ));
        i.aud = Some(serde_json::json!(["other", "cpms"]));
        assert!(matches!(
            decide(&i, "cpms", &policy()),
            BearerDecision::Allow { .. }
        ));
    }
}
