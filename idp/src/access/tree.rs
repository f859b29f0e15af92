//! The organisation tree: ERN -> country -> centre. Only a centre is a valid choice: a
//! request for a whole ERN or country would be denied later (the seed's FAQ, Q1), so it is
//! refused at step 2 with the FAQ's explanation.

use crate::i18n::Msg;
use crate::store::access::Organisation;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

pub const ERN: &str = "ern";
pub const COUNTRY: &str = "country";
pub const CENTRE: &str = "centre";

/// A centre with its ERN and country: what a grant is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Centre {
    pub id: String,
    pub name: String,
    pub ern: String,
    pub ern_name: String,
    pub country: String,
    pub country_name: String,
}

impl Centre {
    /// "Radboud University Medical Center (eUROGEN, Netherlands)".
    pub fn label(&self) -> String {
        format!("{} ({}, {})", self.name, self.ern, self.country_name)
    }
}

/// Why a step-2 selection is not a centre.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectionError {
    Nothing,
    Unknown,
    OnlyErn { ern: String },
    OnlyCountry { ern: String, country: String },
}

impl SelectionError {
    /// Why the selection is refused, with what to do instead (the FAQ's explanation).
    pub fn message(&self) -> Msg {
        match self {
            SelectionError::Nothing => Msg::new("access-select-centre"),
            SelectionError::Unknown => Msg::new("access-unknown-organisation"),
            SelectionError::OnlyErn { ern } => Msg::new("access-only-ern").arg("ern", ern),
            SelectionError::OnlyCountry { ern, country } => Msg::new("access-only-country")
                .arg("country", country)
                .arg("ern", ern),
        }
    }
}

pub struct OrgTree {
    by_id: HashMap<String, Organisation>,
    /// Children of each parent (`None`: the ERNs), in name order.
    children: HashMap<Option<String>, Vec<String>>,
}

/// The tree as step 2 shows it: which nodes are open, which one is checked.
#[derive(Debug, Serialize)]
pub struct NodeView {
    pub id: String,
    pub kind: String,
    pub code: String,
    pub name: String,
    pub open: bool,
    pub checked: bool,
    pub children: Vec<NodeView>,
}

impl OrgTree {
    /// Builds the tree from the flat rows (already sorted by name).
    pub fn new(rows: Vec<Organisation>) -> Self {
        let mut children: HashMap<Option<String>, Vec<String>> = HashMap::new();
        for r in &rows {
            children
                .entry(r.parent_id.clone())
                .or_default()
                .push(r.id.clone());
        }
        let by_id = rows.into_iter().map(|r| (r.id.clone(), r)).collect();
        Self { by_id, children }
    }

    pub fn get(&self, id: &str) -> Option<&Organisation> {
        self.by_id.get(id)
    }

    fn parent(&self, org: &Organisation) -> Option<&Organisation> {
        org.parent_id.as_deref().and_then(|p| self.by_id.get(p))
    }

    /// The selection of step 2 as a centre, or why it is not one.
    pub fn centre(&self, selected: Option<&str>) -> Result<Centre, SelectionError> {
        let id = selected.map(str::trim).filter(|s| !s.is_empty());
        let Some(id) = id else {
            return Err(SelectionError::Nothing);
        };
        let org = self.by_id.get(id).ok_or(SelectionError::Unknown)?;
        match org.kind.as_str() {
            ERN => Err(SelectionError::OnlyErn {
                ern: org.code.clone(),
            }),
            COUNTRY => Err(SelectionError::OnlyCountry {
                ern: self.parent(org).map(|e| e.code.clone()).unwrap_or_default(),
                country: org.name.clone(),
            }),
            CENTRE => {
                let country = self
                    .parent(org)
                    .filter(|c| c.kind == COUNTRY)
                    .ok_or(SelectionError::Unknown)?;
                let ern = self
                    .parent(country)
                    .filter(|e| e.kind == ERN)
                    .ok_or(SelectionError::Unknown)?;
                Ok(Centre {
                    id: org.id.clone(),
                    name: org.name.clone(),
                    ern: ern.code.clone(),
                    ern_name: ern.name.clone(),
                    country: country.code.clone(),
                    country_name: country.name.clone(),
                })
            }
            _ => Err(SelectionError::Unknown),
        }
    }

    /// The node and its ancestors.
    fn path(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut current = self.by_id.get(id);
        while let Some(org) = current {
            if out.contains(&org.id) {
                break;
            }
            out.push(org.id.clone());
            current = self.parent(org);
        }
        out
    }

    /// The tree with `open` (and the ancestors of `open` and of `selected`) expanded.
    pub fn view(&self, open: Option<&str>, selected: Option<&str>) -> Vec<NodeView> {
        let mut expanded: BTreeSet<String> = BTreeSet::new();
        if let Some(o) = open {
            expanded.extend(self.path(o));
        }
        if let Some(s) = selected {
            expanded.extend(self.path(s));
        }
        self.nodes(None, &expanded, selected, 0)
    }

    fn nodes(
        &self,
        parent: Option<&str>,
        expanded: &BTreeSet<String>,
        selected: Option<&str>,
        depth: usize,
    ) -> Vec<NodeView> {
        let Some(ids) = self.children.get(&parent.map(str::to_owned)) else {
            return Vec::new();
        };
        ids.iter()
            .filter_map(|id| self.by_id.get(id))
            .map(|org| {
                let open = expanded.contains(&org.id) && org.kind != CENTRE;
                NodeView {
                    id: org.id.clone(),
                    kind: org.kind.clone(),
                    code: org.code.clone(),
                    name: org.name.clone(),
                    open,
                    checked: selected == Some(org.id.as_str()),
                    children: if open && depth < 3 {
                        self.nodes(Some(&org.id), expanded, selected, depth + 1)
                    } else {
                        Vec::new()
                    },
                }
            })
            .collect()
    }
}

/// Lower-case ASCII letters and digits joined by `-`: the stable part of generated ids.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(fold).flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    out.chars()
        .take(60)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

/// Common Latin letters with diacritics folded to ASCII (hospital names are full of them).
fn fold(c: char) -> Vec<char> {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' | 'č' | 'Č' | 'ć' | 'Ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ő' => {
            "o"
        }
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ű' => "u",
        'ß' => "ss",
        'š' | 'Š' | 'ś' => "s",
        'ž' | 'Ž' | 'ź' | 'ż' => "z",
        'ł' | 'Ł' => "l",
        _ => return vec![c],
    };
    s.chars().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(id: &str, parent: Option<&str>, kind: &str, code: &str, name: &str) -> Organisation {
        Organisation {
            id: id.into(),
            parent_id: parent.map(str::to_owned),
            kind: kind.into(),
            code: code.into(),
            name: name.into(),
            created_at: 0,
        }
    }

    fn tree() -> OrgTree {
        OrgTree::new(vec![
            org(
                "eurogen",
                None,
                ERN,
                "eUROGEN",
                "European Reference Network on urogenital diseases",
            ),
            org("eurogen.nl", Some("eurogen"), COUNTRY, "NL", "Netherlands"),
            org(
                "eurogen.nl.radboud",
                Some("eurogen.nl"),
                CENTRE,
                "radboud",
                "Radboud University Medical Center",
            ),
            org(
                "erknet",
                None,
                ERN,
                "ERKNet",
                "European Rare Kidney Disease Reference Network",
            ),
        ])
    }

    #[test]
    fn only_a_centre_is_a_valid_choice() {
        let t = tree();
        let c = t.centre(Some("eurogen.nl.radboud")).unwrap();
        assert_eq!(c.ern, "eUROGEN");
        assert_eq!(c.country, "NL");
        assert_eq!(c.name, "Radboud University Medical Center");
        assert_eq!(
            c.label(),
            "Radboud University Medical Center (eUROGEN, Netherlands)"
        );
    }

    #[test]
    fn an_ern_alone_is_refused_with_the_faq_explanation() {
        let err = tree().centre(Some("eurogen")).unwrap_err();
        assert_eq!(
            err.message().text(crate::i18n::ENGLISH),
            "You selected only eUROGEN. Please click \"Open\" next to eUROGEN, then next to the country of your centre, and select your centre: a request without a centre would be denied."
        );
    }

    #[test]
    fn a_country_alone_nothing_and_unknown_ids_are_refused() {
        let t = tree();
        let err = t.centre(Some("eurogen.nl")).unwrap_err();
        assert_eq!(
            err,
            SelectionError::OnlyCountry {
                ern: "eUROGEN".into(),
                country: "Netherlands".into()
            }
        );
        assert_eq!(
            err.message().text(crate::i18n::ENGLISH),
            "You selected only Netherlands in eUROGEN. Please click \"Open\" next to Netherlands and select your centre: a request without a centre would be denied."
        );
        assert!(SelectionError::Nothing
            .message()
            .text(crate::i18n::ENGLISH)
            .starts_with("Please select your centre: click \"Open\" next to your ERN"));
        assert_eq!(t.centre(None).unwrap_err(), SelectionError::Nothing);
        assert_eq!(t.centre(Some("  ")).unwrap_err(), SelectionError::Nothing);
        assert_eq!(t.centre(Some("nope")).unwrap_err(), SelectionError::Unknown);
    }

    #[test]
    fn opening_a_country_opens_its_ern_and_shows_its_centres() {
        let view = tree().view(Some("eurogen.nl"), None);
        assert_eq!(view.len(), 2);
        let eurogen = view.iter().find(|n| n.id == "eurogen").unwrap();
        assert!(eurogen.open);
        assert!(eurogen.children[0].open);
        assert_eq!(eurogen.children[0].children[0].id, "eurogen.nl.radboud");
        let erknet = view.iter().find(|n| n.id == "erknet").unwrap();
        assert!(!erknet.open && erknet.children.is_empty());
        let closed = tree().view(None, None);
        assert!(closed.iter().all(|n| !n.open && n.children.is_empty()));
        let selected = tree().view(None, Some("eurogen.nl.radboud"));
        assert!(selected[1].open || selected[0].open);
    }

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(
            slug("Hôpital Necker-Enfants Malades (AP-HP)"),
            "hopital-necker-enfants-malades-ap-hp"
        );
        assert_eq!(
            slug("Charité – Universitätsmedizin Berlin"),
            "charite-universitatsmedizin-berlin"
        );
        assert_eq!(slug("  "), "");
        assert!(slug(&"a b ".repeat(100)).len() <= 60);
    }
}
