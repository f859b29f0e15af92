//! Authentication context classes: CPMS accepts "medium" (password + a second factor) or
//! "high", and checks the `acr` of every ID token and introspected access token itself, even
//! though the provider is configured to raise CPMS requests to medium.

/// The acr values CPMS accepts, taken from the provider's `acr_values_supported`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcrPolicy {
    /// `<issuer>/loa/medium`: what CPMS asks for.
    pub medium: String,
    /// `<issuer>/loa/high`, when the provider offers it.
    pub high: Option<String>,
}

/// The outcome of checking an `acr` claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AcrDecision {
    Accepted,
    /// Missing, unknown or below medium (e.g. basic).
    TooLow {
        actual: Option<String>,
    },
}

impl AcrPolicy {
    /// Picks the entries ending in `/loa/medium` and `/loa/high` from `acr_values_supported`.
    /// Falls back to `<issuer>/loa/medium` when the provider lists none.
    pub fn from_supported<'a>(issuer: &str, supported: impl IntoIterator<Item = &'a str>) -> Self {
        let mut medium = None;
        let mut high = None;
        for value in supported {
            if value.ends_with("/loa/medium") && medium.is_none() {
                medium = Some(value.to_string());
            } else if value.ends_with("/loa/high") && high.is_none() {
                high = Some(value.to_string());
            }
        }
        Self {
            medium: medium
                .unwrap_or_else(|| format!("{}/loa/medium", issuer.trim_end_matches('/'))),
            high,
        }
    }

    /// The `acr_values` parameter of CPMS authorization requests (and of RFC 9470
    /// challenges): the medium value only, so the provider steps a basic session up to medium.
    pub fn requested(&self) -> &str {
        &self.medium
    }

    /// Medium or high is accepted; anything else (basic, an unknown value, none) is refused.
    pub fn check(&self, acr: Option<&str>) -> AcrDecision {
        match acr {
            Some(a) if a == self.medium || self.high.as_deref() == Some(a) => AcrDecision::Accepted,
            other => AcrDecision::TooLow {
                actual: other.map(str::to_string),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ISSUER: &str = "http://127.0.0.1:8080";

    fn policy() -> AcrPolicy {
        AcrPolicy::from_supported(
            ISSUER,
            [
                "http://127.0.0.1:8080/loa/basic",
                "http://127.0.0.1:8080/loa/medium",
                "http://127.0.0.1:8080/loa/high",
            ],
        )
    }

    #[test]
    fn medium_and_high_come_from_discovery() {
        let p = policy();
        assert_eq!(p.medium, "http://127.0.0.1:8080/loa/medium");
        assert_eq!(p.high.as_deref(), Some("http://127.0.0.1:8080/loa/high"));
        assert_eq!(p.requested(), "http://127.0.0.1:8080/loa/medium");
    }

    #[test]
    fn configured_values_such_as_eu_logins_are_recognised() {
        let p = AcrPolicy::from_supported(
            ISSUER,
            [
                "https://ecas.ec.europa.eu/loa/basic",
                "https://ecas.ec.europa.eu/loa/medium",
            ],
        );
        assert_eq!(p.medium, "https://ecas.ec.europa.eu/loa/medium");
        assert_eq!(p.high, None);
    }

    #[test]
    fn medium_and_high_are_accepted() {
        let p = policy();
        assert_eq!(
            p.check(Some("http://127.0.0.1:8080/loa/medium")),
            AcrDecision::Accepted
        );
        assert_eq!(
            p.check(Some("http://127.0.0.1:8080/loa/high")),
            AcrDecision::Accepted
        );
    }

    #[test]
    fn basic_missing_and_foreign_values_are_refused() {
        let p = policy();
        for acr in [
            Some("http://127.0.0.1:8080/loa/basic"),
            None,
            Some("http://evil.example/loa/medium"),
            Some(""),
        ] {
            assert!(
                matches!(p.check(acr), AcrDecision::TooLow { .. }),
                "{acr:?} was accepted"
            );
        }
    }

    #[test]
    fn without_discovery_values_medium_is_derived_from_the_issuer() {
        let p = AcrPolicy::from_supported("http://idp.test/", std::iter::empty());
        assert_eq!(p.medium, "http://idp.test/loa/medium");
    }
}
