//! First-login preferences: the professional role (shown beside the name in panels) and the
//! eUROGEN thematic area.

use serde::{Deserialize, Serialize};

/// Longest professional role accepted, in characters.
pub const MAX_ROLE_CHARS: usize = 100;

/// The eUROGEN thematic areas (work streams), exactly as the seed names them.
pub const THEMATIC_AREAS: [&str; 3] = [
    "WS1 Rare congenital urorecto genital anomalies",
    "WS2 Functional urogenital conditions requiring highly specialised surgery",
    "WS3 Rare urogenital tumours",
];

/// Validated preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    pub professional_role: String,
    pub thematic_area: String,
}

/// Why a preferences form was refused. The page says it in the reader's language (the
/// catalogue's `preferences-*` texts); this English is for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PreferencesError {
    #[error("Please type in your professional role.")]
    RoleMissing,
    #[error(
        "The professional role may be at most {} characters long.",
        MAX_ROLE_CHARS
    )]
    RoleTooLong,
    #[error("The professional role may not contain control characters.")]
    RoleControlCharacters,
    #[error("Please choose one of the listed thematic areas.")]
    UnknownThematicArea,
}

impl Preferences {
    /// Trims the role and checks both fields.
    pub fn validate(role: &str, area: &str) -> Result<Self, PreferencesError> {
        let role = role.trim();
        if role.is_empty() {
            return Err(PreferencesError::RoleMissing);
        }
        if role.chars().count() > MAX_ROLE_CHARS {
            return Err(PreferencesError::RoleTooLong);
        }
        if role.chars().any(char::is_control) {
            return Err(PreferencesError::RoleControlCharacters);
        }
        let Some(area) = THEMATIC_AREAS.iter().find(|a| **a == area) else {
            return Err(PreferencesError::UnknownThematicArea);
        };
        Ok(Self {
            professional_role: role.to_string(),
            thematic_area: (*area).to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_and_a_listed_area_are_accepted_and_trimmed() {
        let p = Preferences::validate("  Paediatric urologist ", THEMATIC_AREAS[2]).unwrap();
        assert_eq!(p.professional_role, "Paediatric urologist");
        assert_eq!(p.thematic_area, "WS3 Rare urogenital tumours");
    }

    #[test]
    fn the_role_is_required_and_bounded() {
        assert_eq!(
            Preferences::validate("   ", THEMATIC_AREAS[0]),
            Err(PreferencesError::RoleMissing)
        );
        let long = "é".repeat(MAX_ROLE_CHARS + 1);
        assert_eq!(
            Preferences::validate(&long, THEMATIC_AREAS[0]),
            Err(PreferencesError::RoleTooLong)
        );
        let exactly = "é".repeat(MAX_ROLE_CHARS);
        assert!(Preferences::validate(&exactly, THEMATIC_AREAS[0]).is_ok());
        assert_eq!(
            Preferences::validate("Nurse\u{0}", THEMATIC_AREAS[0]),
            Err(PreferencesError::RoleControlCharacters)
        );
    }

    #[test]
    fn only_the_three_thematic_areas_exist() {
        for area in [
            "",
            "WS4 Something else",
            "ws1 rare congenital urorecto genital anomalies",
        ] {
            assert_eq!(
                Preferences::validate("Surgeon", area),
                Err(PreferencesError::UnknownThematicArea)
            );
        }
    }
}
