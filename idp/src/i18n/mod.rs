//! The 24 official languages of the EU and which one a page, an e-mail or an SMS is in
//! (issue 15). `choose` applies the order of the issue: the authorization request's
//! `ui_locales` (OpenID Connect Core 3.1.2.1, the first one supported), the language picked
//! in the selector (a cookie), the account's language, the browser's `Accept-Language`,
//! then English. Anything unknown or malformed is passed over quietly.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;

// The catalogues of `idp/locales/<code>/*.ftl`, embedded at compile time. A language
// without a catalogue (or an id missing from one) falls back to English; the tests require
// every shipped catalogue to be complete.
fluent_templates::static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
    };
}

/// The text `id` in `locale`, with its placeables filled from `args`.
pub fn text(locale: Locale, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let lang: LanguageIdentifier = locale.code.parse().unwrap_or_default();
    if args.is_empty() {
        return CATALOGUES.lookup(&lang, id);
    }
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(k, v)| (Cow::Owned((*k).to_owned()), v.clone()))
        .collect();
    CATALOGUES.lookup_with_args(&lang, id, &args)
}

/// A language of the service: its code (ISO 639-1) and its name in itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub code: &'static str,
    pub name: &'static str,
}

impl Locale {
    /// How the selector shows it: "Deutsch (de)".
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.code)
    }
}

/// The 24 official languages of the EU, in the order of their codes.
pub const LOCALES: [Locale; 24] = [
    Locale {
        code: "bg",
        name: "български",
    },
    Locale {
        code: "cs",
        name: "čeština",
    },
    Locale {
        code: "da",
        name: "dansk",
    },
    Locale {
        code: "de",
        name: "Deutsch",
    },
    Locale {
        code: "el",
        name: "ελληνικά",
    },
    Locale {
        code: "en",
        name: "English",
    },
    Locale {
        code: "es",
        name: "español",
    },
    Locale {
        code: "et",
        name: "eesti",
    },
    Locale {
        code: "fi",
        name: "suomi",
    },
    Locale {
        code: "fr",
        name: "français",
    },
    Locale {
        code: "ga",
        name: "Gaeilge",
    },
    Locale {
        code: "hr",
        name: "hrvatski",
    },
    Locale {
        code: "hu",
        name: "magyar",
    },
    Locale {
        code: "it",
        name: "italiano",
    },
    Locale {
        code: "lt",
        name: "lietuvių",
    },
    Locale {
        code: "lv",
        name: "latviešu",
    },
    Locale {
        code: "mt",
        name: "Malti",
    },
    Locale {
        code: "nl",
        name: "Nederlands",
    },
    Locale {
        code: "pl",
        name: "polski",
    },
    Locale {
        code: "pt",
        name: "português",
    },
    Locale {
        code: "ro",
        name: "română",
    },
    Locale {
        code: "sk",
        name: "slovenčina",
    },
    Locale {
        code: "sl",
        name: "slovenščina",
    },
    Locale {
        code: "sv",
        name: "svenska",
    },
];

/// English: the last resort, and the catalogue every other is checked against.
pub const ENGLISH: Locale = LOCALES[5];

/// The language of a supported code ("de"), else `None`.
pub fn find(code: &str) -> Option<Locale> {
    LOCALES.iter().copied().find(|l| l.code == code)
}

/// The languages whose catalogue ships in this binary, in the order of [`LOCALES`]: the
/// only ones a page may be in (and that discovery lists in `ui_locales_supported`).
pub fn shipped() -> &'static [Locale] {
    static SHIPPED: std::sync::OnceLock<Vec<Locale>> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(|| {
        let loaded: Vec<String> = CATALOGUES.locales().map(|l| l.to_string()).collect();
        LOCALES
            .iter()
            .copied()
            .filter(|l| loaded.iter().any(|c| c == l.code))
            .collect()
    })
}

/// The first of `wanted` (best first) that matches one of `among`, a regional variant
/// included ("de-AT" is German).
fn negotiate(wanted: &[LanguageIdentifier], among: &[Locale]) -> Option<Locale> {
    let available: Vec<LanguageIdentifier> =
        among.iter().filter_map(|l| l.code.parse().ok()).collect();
    for one in wanted {
        let matched = negotiate_languages(
            std::slice::from_ref(one),
            &available,
            None,
            NegotiationStrategy::Lookup,
        );
        let found = matched
            .first()
            .and_then(|id| among.iter().find(|l| l.code == id.language.as_str()));
        if let Some(found) = found {
            return Some(*found);
        }
    }
    None
}

/// `ui_locales` of an authorization request: space-separated BCP 47 tags, best first.
fn from_ui_locales(value: &str, among: &[Locale]) -> Option<Locale> {
    let tags: Vec<LanguageIdentifier> = value
        .split_whitespace()
        .take(20)
        .filter_map(|t| t.parse().ok())
        .collect();
    negotiate(&tags, among)
}

/// `Accept-Language`: tags with optional weights; the weights decide the order (RFC 9110
/// 12.5.4), a weight of 0 means "not this one".
fn from_accept_language(value: &str, among: &[Locale]) -> Option<Locale> {
    let mut weighted: Vec<(u16, usize, LanguageIdentifier)> = value
        .split(',')
        .take(30)
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let weight =
                parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1000), |q| {
                        q.trim()
                            .parse::<f32>()
                            .ok()
                            .filter(|q| (0.0..=1.0).contains(q))
                            .map(|q| (q * 1000.0).round() as u16)
                    })?;
            (weight > 0 && tag != "*")
                .then(|| tag.parse().ok().map(|id| (weight, i, id)))
                .flatten()
        })
        .collect();
    weighted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let tags: Vec<LanguageIdentifier> = weighted.into_iter().map(|(_, _, id)| id).collect();
    negotiate(&tags, among)
}

/// What is known of a visit, for choosing its language.
#[derive(Debug, Default, Clone, Copy)]
pub struct Wishes<'a> {
    pub ui_locales: Option<&'a str>,
    pub cookie: Option<&'a str>,
    pub account: Option<&'a str>,
    pub accept_language: Option<&'a str>,
}

/// The language to use among the shipped ones, by the order of issue 15; never fails.
pub fn choose(w: Wishes<'_>) -> Locale {
    choose_among(w, shipped())
}

/// The language to use among `among` (English is the last resort either way).
pub fn choose_among(w: Wishes<'_>, among: &[Locale]) -> Locale {
    let known = |code: &str| among.iter().copied().find(|l| l.code == code.trim());
    w.ui_locales
        .and_then(|v| from_ui_locales(v, among))
        .or_else(|| w.cookie.and_then(known))
        .or_else(|| w.account.and_then(known))
        .or_else(|| {
            w.accept_language
                .and_then(|v| from_accept_language(v, among))
        })
        .unwrap_or(ENGLISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message ids of a catalogue folder, each with its placeables (sorted).
    fn catalogue(code: &str) -> std::collections::BTreeMap<String, Vec<String>> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(code);
        let mut out = std::collections::BTreeMap::new();
        for file in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{code}: {errors:?}"));
            for entry in resource.body {
                if let Entry::Message(m) = entry {
                    let mut vars: Vec<String> = m
                        .value
                        .iter()
                        .flat_map(|p| p.elements.iter())
                        .filter_map(|e| match e {
                            PatternElement::Placeable {
                                expression:
                                    Expression::Inline(InlineExpression::VariableReference { id }),
                            } => Some(id.name.to_owned()),
                            _ => None,
                        })
                        .collect();
                    vars.sort();
                    out.insert(m.id.name.to_owned(), vars);
                }
            }
        }
        out
    }

    #[test]
    fn every_catalogue_has_the_english_ids_and_placeables() {
        let english = catalogue("en");
        assert!(!english.is_empty());
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        for dir in std::fs::read_dir(root).unwrap() {
            let code = dir.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                find(&code).is_some(),
                "{code} is not one of the 24 languages"
            );
            assert_eq!(catalogue(&code), english, "{code}");
        }
    }

    #[test]
    fn texts_come_from_the_catalogue() {
        assert_eq!(text(ENGLISH, "menu-my-account", &[]), "My Account");
        // A language without a catalogue yet reads English, never an id.
        assert_eq!(text(find("mt").unwrap(), "menu-logout", &[]), "Logout");
    }

    fn code(w: Wishes<'_>) -> &'static str {
        choose_among(w, &LOCALES).code
    }

    #[test]
    fn only_languages_with_a_catalogue_are_chosen() {
        assert!(shipped().contains(&ENGLISH));
        let w = Wishes {
            cookie: Some("xx"),
            ..Wishes::default()
        };
        assert_eq!(choose(w).code, "en");
        for &l in shipped() {
            let w = Wishes {
                cookie: Some(l.code),
                ..Wishes::default()
            };
            assert_eq!(choose(w), l);
        }
    }

    #[test]
    fn the_24_languages_with_their_own_names() {
        assert_eq!(LOCALES.len(), 24);
        assert_eq!(ENGLISH.code, "en");
        assert_eq!(find("de").unwrap().label(), "Deutsch (de)");
        assert_eq!(find("el").unwrap().label(), "ελληνικά (el)");
        let mut codes: Vec<_> = LOCALES.iter().map(|l| l.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), 24, "sorted and unique");
    }

    #[test]
    fn the_order_is_ui_locales_cookie_account_browser_english() {
        let all = Wishes {
            ui_locales: Some("fr-CA fr"),
            cookie: Some("de"),
            account: Some("pl"),
            accept_language: Some("el"),
        };
        assert_eq!(code(all), "fr");
        assert_eq!(
            code(Wishes {
                ui_locales: None,
                ..all
            }),
            "de"
        );
        assert_eq!(
            code(Wishes {
                ui_locales: None,
                cookie: None,
                ..all
            }),
            "pl"
        );
        let browser = Wishes {
            accept_language: Some("el"),
            ..Wishes::default()
        };
        assert_eq!(code(browser), "el");
        assert_eq!(code(Wishes::default()), "en");
    }

    #[test]
    fn ui_locales_takes_the_first_supported_tag() {
        let ui = |v| {
            code(Wishes {
                ui_locales: Some(v),
                ..Wishes::default()
            })
        };
        assert_eq!(ui("ja zh-Hant de-AT fr"), "de");
        assert_eq!(ui("pt-BR"), "pt");
        assert_eq!(ui("ja ko"), "en");
    }

    #[test]
    fn accept_language_follows_the_weights() {
        let al = |v| {
            code(Wishes {
                accept_language: Some(v),
                ..Wishes::default()
            })
        };
        assert_eq!(al("fi;q=0.3, sv;q=0.9, en;q=0.5"), "sv");
        assert_eq!(al("nl-BE,nl;q=0.9,en;q=0.8"), "nl");
        assert_eq!(al("ja, de;q=0.1"), "de");
        assert_eq!(al("de;q=0, fr;q=0.2"), "fr", "q=0 means not German");
        assert_eq!(al("*"), "en");
    }

    #[test]
    fn unknown_or_malformed_values_fall_through_quietly() {
        for bad in [
            "",
            " ",
            "xx-!!",
            "🙂",
            ";q=1",
            "de;q=abc",
            "de;q=7",
            "a".repeat(5000).as_str(),
        ] {
            let w = Wishes {
                ui_locales: Some(bad),
                cookie: Some(bad),
                account: Some(bad),
                accept_language: Some(bad),
            };
            assert_eq!(code(w), "en", "{bad:?}");
        }
        let next = Wishes {
            ui_locales: Some("<script>"),
            cookie: Some("klingon"),
            account: Some("it"),
            accept_language: Some("de"),
        };
        assert_eq!(code(next), "it", "each bad value passes to the next rule");
    }
}
