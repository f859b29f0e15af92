//! Applications, access profiles and the organisation tree as data: what `idp access ...`
//! and the demo seed call. Every `ensure_*` is idempotent: an existing row is reused.
//!
//! Generated ids are stable: an ERN is `slug(code)` (`eurogen`), a country
//! `<ern>.<iso code>` (`eurogen.nl`), a centre `<country>.<slug(name)>`
//! (`eurogen.nl.radboud-university-medical-center`).

use super::tree::{slug, CENTRE, COUNTRY, ERN};
use super::AccessError;
use crate::state::AppState;
use crate::store::{self, access::Application, access::Organisation, access::Profile};

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn valid_name(name: &str, max: usize) -> bool {
    let n = name.trim();
    !n.is_empty() && n.chars().count() <= max && !n.chars().any(char::is_control)
}

/// Creates an application for an existing OIDC client, or returns it when it exists with
/// the same client.
pub async fn ensure_application(
    state: &AppState,
    id: &str,
    name: &str,
    client_id: &str,
) -> Result<Application, AccessError> {
    if !valid_id(id) {
        return Err(AccessError::Data(
            "An application id is 1 to 64 lower-case letters, digits, '-' or '_'.".into(),
        ));
    }
    if !valid_name(name, 100) {
        return Err(AccessError::Data(
            "An application name is 1 to 100 characters.".into(),
        ));
    }
    if let Some(existing) = store::access::find_application(&state.db, id).await? {
        if existing.client_id != client_id {
            return Err(AccessError::Data(format!(
                "Application {id} exists and is linked to client {}.",
                existing.client_id
            )));
        }
        return Ok(existing);
    }
    if store::clients::find(&state.db, client_id).await?.is_none() {
        return Err(AccessError::Data(format!(
            "There is no client {client_id}: register it first (idp client add)."
        )));
    }
    let app = Application {
        id: id.to_owned(),
        name: name.trim().to_owned(),
        client_id: client_id.to_owned(),
        created_at: state.now(),
    };
    store::access::insert_application(&state.db, app.clone()).await?;
    Ok(app)
}

/// Adds an access profile (`HP`, ...) to an application, or returns the existing one.
pub async fn ensure_profile(
    state: &AppState,
    application_id: &str,
    code: &str,
    name: &str,
    description: &str,
) -> Result<Profile, AccessError> {
    if code.is_empty()
        || code.len() > 32
        || !code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(AccessError::Data(
            "A profile code is 1 to 32 letters, digits, '-' or '_' (for example HP).".into(),
        ));
    }
    if !valid_name(name, 100) || description.chars().count() > 500 {
        return Err(AccessError::Data(
            "A profile name is 1 to 100 characters, its description at most 500.".into(),
        ));
    }
    if store::access::find_application(&state.db, application_id)
        .await?
        .is_none()
    {
        return Err(AccessError::Data(format!(
            "There is no application {application_id}."
        )));
    }
    let existing = store::access::profiles(&state.db, application_id).await?;
    if let Some(p) = existing.iter().find(|p| p.code == code) {
        return Ok(p.clone());
    }
    let profile = Profile {
        id: format!("{application_id}:{code}"),
        application_id: application_id.to_owned(),
        code: code.to_owned(),
        name: name.trim().to_owned(),
        description: description.trim().to_owned(),
        position: i32::try_from(existing.len()).unwrap_or(i32::MAX),
    };
    store::access::insert_profile(&state.db, profile.clone()).await?;
    Ok(profile)
}

/// A path in the tree to create: an ERN, optionally a country in it, optionally a centre in
/// that country.
pub struct OrgPath<'a> {
    /// Short name of the ERN, as users know it: `eUROGEN`, `ERKNet`.
    pub ern: &'a str,
    /// Full name of the ERN (default: the short name).
    pub ern_name: Option<&'a str>,
    /// ISO 3166-1 alpha-2 code: `NL`.
    pub country: Option<&'a str>,
    /// Default: the English name of the code, when known.
    pub country_name: Option<&'a str>,
    pub centre: Option<&'a str>,
}

/// Creates the missing nodes of `path`; returns the deepest one.
pub async fn ensure_path(state: &AppState, path: OrgPath<'_>) -> Result<Organisation, AccessError> {
    if !valid_name(path.ern, 40) {
        return Err(AccessError::Data(
            "An ERN short name is 1 to 40 characters.".into(),
        ));
    }
    let ern_id = slug(path.ern);
    if ern_id.is_empty() {
        return Err(AccessError::Data(
            "An ERN short name needs letters or digits.".into(),
        ));
    }
    let mut node = ensure_node(
        state,
        &ern_id,
        None,
        ERN,
        path.ern.trim(),
        path.ern_name.unwrap_or(path.ern),
    )
    .await?;
    let Some(code) = path.country else {
        if path.centre.is_some() {
            return Err(AccessError::Data("A centre needs its country.".into()));
        }
        return Ok(node);
    };
    let code = code.trim().to_uppercase();
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(AccessError::Data(
            "A country is its ISO 3166-1 alpha-2 code, for example NL.".into(),
        ));
    }
    let name = match path.country_name {
        Some(n) => n.to_owned(),
        None => country_name(&code)
            .map(str::to_owned)
            .ok_or_else(|| AccessError::Data(format!("Please give the name of country {code}.")))?,
    };
    let country_id = format!("{ern_id}.{}", code.to_lowercase());
    node = ensure_node(state, &country_id, Some(&ern_id), COUNTRY, &code, &name).await?;
    if let Some(centre) = path.centre {
        let centre_slug = slug(centre);
        if centre_slug.is_empty() || !valid_name(centre, 200) {
            return Err(AccessError::Data(
                "A centre name is 1 to 200 characters, with letters or digits.".into(),
            ));
        }
        let id = format!("{country_id}.{centre_slug}");
        node = ensure_node(state, &id, Some(&country_id), CENTRE, &centre_slug, centre).await?;
    }
    Ok(node)
}

async fn ensure_node(
    state: &AppState,
    id: &str,
    parent: Option<&str>,
    kind: &str,
    code: &str,
    name: &str,
) -> Result<Organisation, AccessError> {
    if !valid_name(name, 200) {
        return Err(AccessError::Data(
            "An organisation name is 1 to 200 characters.".into(),
        ));
    }
    if let Some(existing) = store::access::find_organisation(&state.db, id).await? {
        if existing.kind != kind {
            return Err(AccessError::Data(format!(
                "Organisation {id} exists as a {}.",
                existing.kind
            )));
        }
        return Ok(existing);
    }
    let org = Organisation {
        id: id.to_owned(),
        parent_id: parent.map(str::to_owned),
        kind: kind.to_owned(),
        code: code.to_owned(),
        name: name.trim().to_owned(),
        created_at: state.now(),
    };
    store::access::insert_organisation(&state.db, org.clone()).await?;
    Ok(org)
}

/// English names of the countries of the ERNs (EU member states and Norway).
pub fn country_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "AT" => "Austria",
        "BE" => "Belgium",
        "BG" => "Bulgaria",
        "CY" => "Cyprus",
        "CZ" => "Czechia",
        "DE" => "Germany",
        "DK" => "Denmark",
        "EE" => "Estonia",
        "ES" => "Spain",
        "FI" => "Finland",
        "FR" => "France",
        "GR" => "Greece",
        "HR" => "Croatia",
        "HU" => "Hungary",
        "IE" => "Ireland",
        "IT" => "Italy",
        "LT" => "Lithuania",
        "LU" => "Luxembourg",
        "LV" => "Latvia",
        "MT" => "Malta",
        "NL" => "Netherlands",
        "NO" => "Norway",
        "PL" => "Poland",
        "PT" => "Portugal",
        "RO" => "Romania",
        "SE" => "Sweden",
        "SI" => "Slovenia",
        "SK" => "Slovakia",
        _ => return None,
    })
}

/// The access profiles of CPMS (see docs/access.md).
pub const CPMS_PROFILES: [(&str, &str, &str); 5] = [
    (
        "HP",
        "Healthcare professional",
        "Member of a centre: creates and joins virtual panels for patients of the centre.",
    ),
    (
        "CR",
        "Centre representative",
        "Contact point of the centre in the ERN: validates the members of the centre.",
    ),
    (
        "EC",
        "ERN coordinator",
        "Coordinates the network: manages panels, thematic areas and members across centres.",
    ),
    (
        "ED",
        "Expert (non-member)",
        "Healthcare professional outside the ERN, invited to panels as a guest expert.",
    ),
    (
        "ST",
        "Support staff",
        "Administrative staff of a centre: prepares panels, no access to clinical data.",
    ),
];

/// One ERN of the demo tree: code, full name, and its centres per country.
pub type DemoErn = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static [&'static str])],
);

/// The demo tree: real ERNs, countries and hospitals.
pub const DEMO_TREE: &[DemoErn] = &[
    (
        "eUROGEN",
        "European Reference Network for rare and complex urogenital diseases and conditions",
        &[
            (
                "NL",
                &[
                    "Radboud University Medical Center",
                    "Erasmus MC",
                    "Amsterdam UMC",
                ],
            ),
            (
                "IT",
                &[
                    "Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico",
                    "Azienda Ospedale Università Padova",
                ],
            ),
            (
                "DE",
                &[
                    "Charité – Universitätsmedizin Berlin",
                    "Universitätsklinikum Mainz",
                ],
            ),
            (
                "FR",
                &[
                    "Hôpital Necker-Enfants Malades (AP-HP)",
                    "Hospices Civils de Lyon",
                ],
            ),
            ("BE", &["UZ Leuven", "Ghent University Hospital"]),
        ],
    ),
    (
        "ERKNet",
        "European Rare Kidney Disease Reference Network",
        &[
            (
                "DE",
                &[
                    "Universitätsklinikum Heidelberg",
                    "Medizinische Hochschule Hannover",
                ],
            ),
            (
                "FR",
                &[
                    "Hôpital Necker-Enfants Malades (AP-HP)",
                    "Hôpital Robert-Debré (AP-HP)",
                ],
            ),
            (
                "IT",
                &[
                    "IRCCS Istituto Giannina Gaslini",
                    "Ospedale Pediatrico Bambino Gesù",
                ],
            ),
        ],
    ),
    (
        "ERN-RND",
        "European Reference Network for Rare Neurological Diseases",
        &[
            (
                "NL",
                &[
                    "Radboud University Medical Center",
                    "University Medical Center Groningen",
                ],
            ),
            ("DE", &["Universitätsklinikum Tübingen"]),
            ("IT", &["Fondazione IRCCS Istituto Neurologico Carlo Besta"]),
        ],
    ),
    (
        "VASCERN",
        "European Reference Network on Rare Multisystemic Vascular Diseases",
        &[
            (
                "FR",
                &[
                    "Hôpital Bichat – Claude-Bernard (AP-HP)",
                    "Hôpital européen Georges-Pompidou (AP-HP)",
                ],
            ),
            ("BE", &["Cliniques universitaires Saint-Luc"]),
            ("DK", &["Odense University Hospital"]),
        ],
    ),
];

/// The demo's CPMS application (client `cpms`), its profiles and the tree. Idempotent.
pub async fn seed_demo(state: &AppState) -> Result<(), AccessError> {
    ensure_application(state, "cpms", "CPMS", "cpms").await?;
    for (code, name, description) in CPMS_PROFILES {
        ensure_profile(state, "cpms", code, name, description).await?;
    }
    for (ern, ern_name, countries) in DEMO_TREE {
        for (country, centres) in *countries {
            for centre in *centres {
                ensure_path(
                    state,
                    OrgPath {
                        ern,
                        ern_name: Some(ern_name),
                        country: Some(country),
                        country_name: None,
                        centre: Some(centre),
                    },
                )
                .await?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_are_checked() {
        assert!(valid_id("cpms"));
        assert!(valid_id("ern-portal_2"));
        assert!(!valid_id("CPMS"));
        assert!(!valid_id(""));
        assert!(!valid_id(&"a".repeat(65)));
        assert!(valid_name(" CPMS ", 100));
        assert!(!valid_name("  ", 100));
        assert!(!valid_name("a\u{0}b", 100));
    }

    #[test]
    fn every_demo_country_has_a_name_and_centre_ids_are_unique() {
        let mut ids = std::collections::BTreeSet::new();
        for (ern, _, countries) in DEMO_TREE {
            for (country, centres) in *countries {
                assert!(country_name(country).is_some(), "{country}");
                for centre in *centres {
                    let id = format!("{}.{}.{}", slug(ern), country.to_lowercase(), slug(centre));
                    assert!(ids.insert(id.clone()), "duplicate {id}");
                    assert!(id.len() <= 128);
                }
            }
        }
        assert!(ids.len() >= 20);
    }
}
