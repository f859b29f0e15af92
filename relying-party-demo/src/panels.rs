//! Panels: case-review groups of an ERN thematic area. Every user who completed the
//! first-login preferences is a member of the panels of their thematic area.

use serde::Serialize;

use crate::preferences::THEMATIC_AREAS;
use crate::store::Profile;

/// A demo panel.
#[derive(Debug, Clone, Serialize)]
pub struct Panel {
    pub name: &'static str,
    pub thematic_area: &'static str,
}

/// The seeded demo panels.
pub fn demo_panels() -> Vec<Panel> {
    vec![
        Panel {
            name: "eUROGEN WS1 case review",
            thematic_area: THEMATIC_AREAS[0],
        },
        Panel {
            name: "eUROGEN WS2 reconstructive surgery board",
            thematic_area: THEMATIC_AREAS[1],
        },
        Panel {
            name: "eUROGEN WS3 tumour board",
            thematic_area: THEMATIC_AREAS[2],
        },
    ]
}

/// A member as a panel shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub name: String,
    pub professional_role: String,
}

impl Member {
    /// "First Last — professional role".
    pub fn label(&self) -> String {
        format!("{} \u{2014} {}", self.name, self.professional_role)
    }
}

/// A panel with its members, sorted by name.
#[derive(Debug, Clone, Serialize)]
pub struct PanelView {
    pub name: &'static str,
    pub thematic_area: &'static str,
    pub members: Vec<Member>,
}

/// Every panel with the members of its thematic area.
pub fn with_members(profiles: &[Profile]) -> Vec<PanelView> {
    demo_panels()
        .into_iter()
        .map(|panel| {
            let mut members: Vec<Member> = profiles
                .iter()
                .filter_map(|p| {
                    let prefs = p.preferences.as_ref()?;
                    (prefs.thematic_area == panel.thematic_area).then(|| Member {
                        name: p.display_name(),
                        professional_role: prefs.professional_role.clone(),
                    })
                })
                .collect();
            members.sort_by(|a, b| a.name.cmp(&b.name));
            PanelView {
                name: panel.name,
                thematic_area: panel.thematic_area,
                members,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preferences::Preferences;

    fn profile(name: &str, role: &str, area: usize) -> Profile {
        Profile {
            sub: name.to_lowercase(),
            name: Some(name.into()),
            email: None,
            preferences: Some(Preferences {
                professional_role: role.into(),
                thematic_area: THEMATIC_AREAS[area].into(),
            }),
        }
    }

    #[test]
    fn members_join_the_panels_of_their_thematic_area_with_their_role() {
        let profiles = vec![
            profile("Wout Feitz", "Paediatric urologist", 0),
            profile("Anna Bakker", "Clinical geneticist", 0),
            profile("Marie Curie", "Oncologist", 2),
            Profile {
                sub: "no-prefs".into(),
                name: Some("No Prefs".into()),
                email: None,
                preferences: None,
            },
        ];
        let panels = with_members(&profiles);
        assert_eq!(panels.len(), 3);
        let ws1 = &panels[0];
        assert_eq!(ws1.name, "eUROGEN WS1 case review");
        let labels: Vec<String> = ws1.members.iter().map(Member::label).collect();
        assert_eq!(
            labels,
            [
                "Anna Bakker \u{2014} Clinical geneticist",
                "Wout Feitz \u{2014} Paediatric urologist"
            ]
        );
        assert!(panels[1].members.is_empty());
        assert_eq!(panels[2].members[0].name, "Marie Curie");
    }
}
