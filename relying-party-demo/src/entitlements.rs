//! The access grant: the provider's authorization system puts approved access requests into
//! an `entitlements` claim (ID token, userinfo, introspection) of tokens issued to CPMS.
//!
//! Contract: `"entitlements": [{"application":"cpms","profile":"HP","ern":"eUROGEN",
//! "country":"NL","centre":"Radboud University Medical Center","centre_id":"<opaque id>"}]`;
//! absent or empty means no grant.

use serde::{Deserialize, Serialize};

/// The application name CPMS grants carry.
pub const CPMS: &str = "cpms";

/// One approved access request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Entitlement {
    pub application: String,
    #[serde(default)]
    pub profile: Option<String>,
    #[serde(default)]
    pub ern: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub centre: Option<String>,
    #[serde(default)]
    pub centre_id: Option<String>,
}

/// The CPMS grants among `entitlements` (application compared case-insensitively).
pub fn cpms_grants(entitlements: &[Entitlement]) -> Vec<&Entitlement> {
    entitlements
        .iter()
        .filter(|e| e.application.eq_ignore_ascii_case(CPMS))
        .collect()
}

/// Whether `entitlements` holds a grant for CPMS.
pub fn has_cpms_access(entitlements: &[Entitlement]) -> bool {
    !cpms_grants(entitlements).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Vec<Entitlement> {
        #[derive(Deserialize)]
        struct Claims {
            #[serde(default)]
            entitlements: Vec<Entitlement>,
        }
        serde_json::from_str::<Claims>(json).unwrap().entitlements
    }

    #[test]
    fn the_contract_example_grants_access() {
        let e = parse(
            r#"{"entitlements":[{"application":"cpms","profile":"HP","ern":"eUROGEN",
            "country":"NL","centre":"Radboud University Medical Center","centre_id":"c-1"}]}"#,
        );
        assert!(has_cpms_access(&e));
        let grant = cpms_grants(&e)[0];
        assert_eq!(grant.profile.as_deref(), Some("HP"));
        assert_eq!(
            grant.centre.as_deref(),
            Some("Radboud University Medical Center")
        );
    }

    #[test]
    fn absent_empty_or_other_applications_grant_nothing() {
        assert!(!has_cpms_access(&parse("{}")));
        assert!(!has_cpms_access(&parse(r#"{"entitlements":[]}"#)));
        assert!(!has_cpms_access(&parse(
            r#"{"entitlements":[{"application":"other-app","profile":"HP"}]}"#
        )));
    }

    #[test]
    fn missing_optional_fields_are_tolerated() {
        assert!(has_cpms_access(&parse(
            r#"{"entitlements":[{"application":"CPMS"}]}"#
        )));
    }
}
