//! minijinja templates, embedded in the binary (HTML auto-escaped).

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use minijinja::Environment;
use serde::Serialize;

use super::AppError;

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("ern.html", include_str!("../../templates/ern.html")),
    (
        "preferences.html",
        include_str!("../../templates/preferences.html"),
    ),
    ("panels.html", include_str!("../../templates/panels.html")),
    (
        "acr_refused.html",
        include_str!("../../templates/acr_refused.html"),
    ),
    (
        "access_request.html",
        include_str!("../../templates/access_request.html"),
    ),
    ("message.html", include_str!("../../templates/message.html")),
    ("logout.html", include_str!("../../templates/logout.html")),
];

pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// The templates, with `provider` (the identity provider's name) known to all of them.
    pub fn new(provider: &str) -> anyhow::Result<Self> {
        let mut env = Environment::new();
        env.add_global("provider", provider.to_owned());
        for (name, source) in TEMPLATES {
            env.add_template(name, source)?;
        }
        Ok(Self { env })
    }

    pub fn render(&self, name: &str, ctx: impl Serialize) -> Result<String, AppError> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| AppError::Internal(e.into()))?;
        template
            .render(ctx)
            .map_err(|e| AppError::Internal(e.into()))
    }

    /// A rendered page with a status.
    pub fn page(
        &self,
        status: StatusCode,
        name: &str,
        ctx: impl Serialize,
    ) -> Result<Response, AppError> {
        Ok((status, Html(self.render(name, ctx)?)).into_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_renders() {
        let t = Templates::new("EU Login").unwrap();
        let ctx = minijinja::context! {
            user => "Ada Lovelace",
            csrf => "token",
            tab => "ern",
            side => "panels",
            has_preferences => true,
            preferences => minijinja::context! {
                professional_role => "Surgeon",
                thematic_area => "WS3 Rare urogenital tumours",
            },
            grants => vec![minijinja::context! { ern => "eUROGEN", centre => "Radboud", country => "NL", profile => "HP" }],
            panels => vec![minijinja::context! {
                name => "eUROGEN WS1 case review",
                thematic_area => "WS1",
                members => vec![minijinja::context! { name => "Ada Lovelace", professional_role => "Surgeon" }],
            }],
            areas => crate::preferences::THEMATIC_AREAS,
            title => "Title",
            text => "Text",
            request_url => "http://idp.test/access/request?application=cpms",
        };
        for (name, _) in TEMPLATES {
            let html = t.render(name, &ctx).unwrap();
            let ecl = html.find("/static/ecl/ecl-eu.css");
            let overrides = html.find("/static/style.css");
            assert!(
                ecl.is_some() && ecl < overrides,
                "{name}: ECL, then the overrides"
            );
        }
        let panels = t.render("panels.html", &ctx).unwrap();
        assert!(
            panels.contains("Ada Lovelace</span> — <span class=\"member-role\">Surgeon"),
            "{panels}"
        );
        let prefs = t.render("preferences.html", &ctx).unwrap();
        assert!(prefs.contains("Update preferences"));
        assert!(prefs.contains("name=\"csrf\" value=\"token\""));
        let home = t.render("home.html", &ctx).unwrap();
        assert!(
            home.contains("data-ecl-table-header=\"Centre\">Radboud</td>"),
            "{home}"
        );
    }

    #[test]
    fn a_form_error_is_shown_beside_its_field() {
        let t = Templates::new("EU Login").unwrap();
        let ctx = |field: &str| {
            minijinja::context! {
                user => "Ada Lovelace",
                csrf => "token",
                areas => crate::preferences::THEMATIC_AREAS,
                max_role => 100,
                error => "Please type in your professional role.",
                error_field => field,
            }
        };
        let html = t
            .render("preferences.html", ctx("professional_role"))
            .unwrap();
        assert!(html.contains("id=\"professional_role-error\""), "{html}");
        assert!(html.contains("ecl-text-input--invalid"), "{html}");
        assert!(html.contains("href=\"#professional_role\""), "{html}");
        assert!(!html.contains("thematic_area-error"), "{html}");
        let html = t.render("preferences.html", ctx("thematic_area")).unwrap();
        assert!(html.contains("id=\"thematic_area-error\""), "{html}");
        assert!(!html.contains("professional_role-error"), "{html}");
    }

    #[test]
    fn html_is_escaped() {
        let t = Templates::new("EU Login").unwrap();
        let html = t
            .render(
                "message.html",
                minijinja::context! { title => "<script>x</script>" },
            )
            .unwrap();
        assert!(!html.contains("<script>x"), "{html}");
    }
}
