//! minijinja templates, embedded in the binary (HTML auto-escaped), their words from the
//! catalogue of the page's language (`t()`, [`crate::i18n`]).

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use minijinja::Environment;
use serde::Serialize;

use super::language::PageLanguage;
use super::AppError;
use crate::i18n::{self, Locale};
use fluent_templates::fluent_bundle::FluentValue;

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
    (
        "language.html",
        include_str!("../../templates/language.html"),
    ),
];

pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// The templates, with `provider` (the identity provider's name) known to all of them,
    /// and `t()` for the texts of the catalogue.
    pub fn new(provider: &str) -> anyhow::Result<Self> {
        let mut env = Environment::new();
        env.add_global("provider", provider.to_owned());
        // `t('message-id', name=value, ...)`: the text in the page's language (`lang`).
        env.add_function("t", translate);
        for (name, source) in TEMPLATES {
            env.add_template(name, source)?;
        }
        Ok(Self { env })
    }

    /// A template rendered in `locale` (`lang` and `lang_label` added to `ctx`).
    pub fn render(
        &self,
        name: &str,
        locale: Locale,
        ctx: impl Serialize,
    ) -> Result<String, AppError> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| AppError::Internal(e.into()))?;
        let ctx = minijinja::context! {
            lang => locale.code,
            lang_label => locale.label(),
            ..minijinja::Value::from_serialize(ctx)
        };
        template
            .render(ctx)
            .map_err(|e| AppError::Internal(e.into()))
    }

    /// A rendered page with a status, in the page's language, its header linking to the
    /// language selector.
    pub fn page(
        &self,
        lang: &PageLanguage,
        status: StatusCode,
        name: &str,
        ctx: impl Serialize,
    ) -> Result<Response, AppError> {
        let ctx = minijinja::context! {
            language_href => lang.selector_href(),
            ..minijinja::Value::from_serialize(ctx)
        };
        Ok((status, Html(self.render(name, lang.locale, ctx)?)).into_response())
    }
}

/// The template function `t`: the text in the language of the page being rendered (its
/// `lang`). Its first argument is a catalogue id, or a text the code made (`i18n::Msg`,
/// `{"id", "args"}`); keyword arguments add placeables, and `provider` is always one.
fn translate(
    state: &minijinja::State,
    text: minijinja::Value,
    kwargs: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    let locale = state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(i18n::find))
        .unwrap_or(i18n::ENGLISH);
    let fluent = |value: &minijinja::Value| match value.as_i64() {
        Some(n) => FluentValue::from(n),
        None => FluentValue::from(value.to_string()),
    };
    let mut args: Vec<(String, FluentValue<'static>)> = Vec::new();
    if let Some(provider) = state.lookup("provider") {
        args.push(("provider".into(), fluent(&provider)));
    }
    let id = match text.as_str() {
        Some(id) => id.to_owned(),
        None => {
            let id = text.get_attr("id")?;
            let Some(id) = id.as_str() else {
                return Err(minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("t() takes a message id or a message, not {text}"),
                ));
            };
            if let Ok(map) = text.get_attr("args") {
                if let Ok(names) = map.try_iter() {
                    for name in names {
                        if let Ok(value) = map.get_item(&name) {
                            args.push((name.to_string(), fluent(&value)));
                        }
                    }
                }
            }
            id.to_owned()
        }
    };
    for name in kwargs.args() {
        let value: minijinja::Value = kwargs.get(name)?;
        args.push((name.to_owned(), fluent(&value)));
    }
    kwargs.assert_all_used()?;
    let args: Vec<(&str, FluentValue<'static>)> =
        args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    Ok(i18n::text(locale, &id, &args))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Msg, ENGLISH, PSEUDO};

    fn every_context() -> minijinja::Value {
        minijinja::context! {
            user => "Ada Lovelace",
            csrf => "token",
            tab => "ern",
            side => "panels",
            has_preferences => true,
            preferences => minijinja::context! {
                professional_role => "Surgeon",
                thematic_area => "WS3 Rare urogenital tumours",
            },
            grants => vec![
                minijinja::context! { ern => "eUROGEN", centre => "Radboud", country => "NL", profile => "HP" },
                minijinja::context! { ern => "eUROGEN" },
            ],
            panels => vec![minijinja::context! {
                name => "eUROGEN WS1 case review",
                thematic_area => "WS1",
                members => vec![minijinja::context! { name => "Ada Lovelace", professional_role => "Surgeon" }],
            }],
            areas => crate::preferences::THEMATIC_AREAS,
            max_role => 100,
            title => Msg::new("error-not-found-title"),
            text => Msg::new("error-not-found"),
            actual => "http://idp.test/loa/basic",
            choices => vec![minijinja::context! { code => "en", label => "English (en)", href => "/language?lang=en&back=%2F" }],
            request_url => "http://idp.test/access/request?application=cpms",
        }
    }

    #[test]
    fn every_template_renders() {
        let t = Templates::new("EU Login").unwrap();
        let ctx = every_context();
        for (name, _) in TEMPLATES {
            let html = t.render(name, ENGLISH, &ctx).unwrap();
            let ecl = html.find("/static/ecl/ecl-eu.css");
            let overrides = html.find("/static/style.css");
            assert!(
                ecl.is_some() && ecl < overrides,
                "{name}: ECL, then the overrides"
            );
            assert!(html.contains("<html lang=\"en\">"), "{name}");
            assert!(!html.contains("Unknown localization"), "{name}: {html}");
        }
        let panels = t.render("panels.html", ENGLISH, &ctx).unwrap();
        assert!(
            panels.contains("Ada Lovelace</span> — <span class=\"member-role\">Surgeon"),
            "{panels}"
        );
        let prefs = t.render("preferences.html", ENGLISH, &ctx).unwrap();
        assert!(prefs.contains("Update preferences"));
        assert!(prefs.contains("(at most 100 characters)"), "{prefs}");
        assert!(prefs.contains("name=\"csrf\" value=\"token\""));
        let home = t.render("home.html", ENGLISH, &ctx).unwrap();
        assert!(
            home.contains("data-ecl-table-header=\"Centre\">Radboud</td>"),
            "{home}"
        );
        assert!(
            home.contains("data-ecl-table-header=\"Centre\">not stated</td>"),
            "{home}"
        );
        assert!(home.contains("Welcome, Ada Lovelace"), "{home}");
        let index = t.render("index.html", ENGLISH, &ctx).unwrap();
        assert!(index.contains("Sign in with EU Login"), "{index}");
        let acr = t.render("acr_refused.html", ENGLISH, &ctx).unwrap();
        assert!(
            acr.contains(
                "CPMS requires two-factor authentication (medium level). You signed in with \
                 your password only (level http:&#x2f;&#x2f;idp.test&#x2f;loa&#x2f;basic)."
            ),
            "{acr}"
        );
    }

    /// The ASCII words of a page's text (tags and escapes left out): in the pseudo-locale,
    /// data or words that did not come from the catalogue.
    fn ascii_words(html: &str) -> Vec<String> {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
            if c == '>' {
                text.push(' ');
            }
        }
        let mut words = Vec::new();
        for (i, piece) in text.split('&').enumerate() {
            // Every piece but the first starts with an escape (`&#x2f;`, `&quot;`): skip it.
            let piece = match piece.find(';') {
                Some(e) if i > 0 && e < 10 => &piece[e + 1..],
                _ => piece,
            };
            words.extend(
                piece
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned),
            );
        }
        words
    }

    #[test]
    fn in_the_pseudo_locale_only_data_is_left_in_english() {
        let t = Templates::new("EU Login").unwrap();
        let data = "CPMS EN XA EU Login Ada Lovelace Surgeon WS3 Rare urogenital tumours \
                    eUROGEN Radboud NL HP WS1 case review WS2 Functional conditions requiring \
                    highly specialised surgery congenital urorecto genital anomalies \
                    English en http idp test loa basic access request application cpms";
        let allowed: std::collections::BTreeSet<String> = ascii_words(data).into_iter().collect();
        for (name, _) in TEMPLATES {
            let html = t.render(name, PSEUDO, every_context()).unwrap();
            let stray: Vec<String> = ascii_words(&html)
                .into_iter()
                .filter(|w| !allowed.contains(w))
                .collect();
            assert!(stray.is_empty(), "{name}: {stray:?}\n{html}");
        }
    }

    #[test]
    fn pages_are_in_the_language_they_are_rendered_in() {
        let t = Templates::new("EU Login").unwrap();
        let html = t.render("index.html", PSEUDO, every_context()).unwrap();
        assert!(html.contains("<html lang=\"en-XA\">"), "{html}");
        assert!(!html.contains("Welcome to CPMS"), "{html}");
        assert!(
            html.contains(&i18n::text(PSEUDO, "index-heading", &[])),
            "{html}"
        );
        assert!(
            html.contains("EU Login"),
            "the provider's name is data: {html}"
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
                error => Msg::new("preferences-role-missing"),
                error_field => field,
            }
        };
        let html = t
            .render("preferences.html", ENGLISH, ctx("professional_role"))
            .unwrap();
        assert!(html.contains("id=\"professional_role-error\""), "{html}");
        assert!(html.contains("ecl-text-input--invalid"), "{html}");
        assert!(html.contains("href=\"#professional_role\""), "{html}");
        assert!(!html.contains("thematic_area-error"), "{html}");
        assert_eq!(
            html.matches("Please type in your professional role.")
                .count(),
            2,
            "in the summary and beside the field: {html}"
        );
        let html = t
            .render("preferences.html", ENGLISH, ctx("thematic_area"))
            .unwrap();
        assert!(html.contains("id=\"thematic_area-error\""), "{html}");
        assert!(!html.contains("professional_role-error"), "{html}");
    }

    #[test]
    fn html_is_escaped() {
        let t = Templates::new("EU Login <b>").unwrap();
        let ctx = minijinja::context! {
            user => "<script>x</script>",
            preferences => minijinja::context! { professional_role => "<i>", thematic_area => "a" },
        };
        let html = t.render("home.html", ENGLISH, ctx).unwrap();
        assert!(!html.contains("<script>x"), "{html}");
        assert!(html.contains("Welcome, &lt;script&gt;"), "{html}");
        let html = t
            .render("index.html", ENGLISH, minijinja::context! {})
            .unwrap();
        assert!(!html.contains("EU Login <b>"), "{html}");
    }
}
