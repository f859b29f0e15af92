//! Assurance levels (SPEC section 2): basic, medium, high, their acr values and amr.

use crate::config::Config;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Acr {
    Basic,
    Medium,
    High,
}

impl Acr {
    pub const ALL: [Acr; 3] = [Acr::Basic, Acr::Medium, Acr::High];

    pub fn name(self) -> &'static str {
        match self {
            Acr::Basic => "basic",
            Acr::Medium => "medium",
            Acr::High => "high",
        }
    }

    pub fn from_name(name: &str) -> Option<Acr> {
        Acr::ALL.into_iter().find(|a| a.name() == name)
    }

    /// The level as a person reads it, in their language (`name` is the protocol's word).
    pub fn label(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(match self {
            Acr::Basic => "login-level-basic",
            Acr::Medium => "login-level-medium",
            Acr::High => "login-level-high",
        })
    }
}

/// Maps levels to the acr strings published by this provider and back.
#[derive(Debug, Clone)]
pub struct AcrValues {
    values: [String; 3],
}

impl AcrValues {
    pub fn new(config: &Config, issuer: &str) -> Self {
        let pick = |configured: &Option<String>, level: Acr| {
            configured
                .clone()
                .unwrap_or_else(|| format!("{issuer}/loa/{}", level.name()))
        };
        Self {
            values: [
                pick(&config.acr.basic, Acr::Basic),
                pick(&config.acr.medium, Acr::Medium),
                pick(&config.acr.high, Acr::High),
            ],
        }
    }

    pub fn value(&self, level: Acr) -> &str {
        &self.values[level as usize]
    }

    /// The level of an acr string: ours, or a bare level name (`medium`).
    pub fn level(&self, value: &str) -> Option<Acr> {
        Acr::ALL
            .into_iter()
            .find(|l| self.value(*l) == value)
            .or_else(|| Acr::from_name(value))
    }

    pub fn all(&self) -> Vec<String> {
        self.values.to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_and_named_after_the_issuer() {
        assert!(Acr::Basic < Acr::Medium && Acr::Medium < Acr::High);
        let values = AcrValues::new(&Config::default(), "https://idp.example");
        assert_eq!(values.value(Acr::Medium), "https://idp.example/loa/medium");
        assert_eq!(
            values.level("https://idp.example/loa/high"),
            Some(Acr::High)
        );
        assert_eq!(values.level("medium"), Some(Acr::Medium));
        assert_eq!(values.level("https://other/loa/high"), None);
    }
}
