//! The 24 official languages of the EU and which one a page, an e-mail or an SMS is in
//! (issue 15). `choose` applies the order of the issue: the authorization request's
//! `ui_locales` (OpenID Connect Core 3.1.2.1, the first one supported), the language picked
//! in the selector (a cookie), the account's language, the browser's `Accept-Language`,
//! then English. Anything unknown or malformed is passed over quietly.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_templates::fluent_bundle::{FluentArgs, FluentValue};
use fluent_templates::LanguageIdentifier;

mod catalogues;
mod pseudo;
pub use pseudo::{enable_pseudo, PSEUDO};

/// The text `id` in `locale`, with its placeables filled from `args`.
pub fn text(locale: Locale, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    if locale == PSEUDO {
        return pseudo::text(id, args);
    }
    if args.is_empty() {
        return catalogues::lookup(locale, id, None);
    }
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    catalogues::lookup(locale, id, Some(&fluent_args))
}

/// A text to show, named by its catalogue id with its placeables, put into words only
/// where its language is known: when the page or the message is rendered. Pages get it as
/// `{"id", "args"}` and write it with `t(value)`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Msg {
    pub id: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(&'static str, Arg)>,
}

/// A placeable's value: numbers stay numbers, for plural rules.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A text of its own (a date, a duration), put into words in the same language.
    Msg(Box<Msg>),
}

impl From<Msg> for Arg {
    fn from(v: Msg) -> Self {
        Arg::Msg(Box::new(v))
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_owned())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Number(v)
    }
}
impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Arg::Number(v.into())
    }
}
impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Number(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl Arg {
    pub fn fluent(&self, locale: Locale) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Msg(m) => FluentValue::from(m.text(locale)),
        }
    }
}

impl Msg {
    pub const fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// With the placeable `name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The words of this text in `locale`.
    pub fn text(&self, locale: Locale) -> String {
        let args: Vec<(&str, FluentValue<'static>)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, v.fluent(locale)))
            .collect();
        text(locale, self.id, &args)
    }
}

/// A moment (Unix seconds) as people read it in their language: "6 December 2026, 08:34
/// UTC" in English, "6. Dezember 2026, 08:34 UTC" in German (`date-time` and the months'
/// names are in every catalogue).
pub fn when(unix: i64) -> Msg {
    let Ok(t) = time::OffsetDateTime::from_unix_timestamp(unix) else {
        return Msg::new("date-unknown");
    };
    const MONTHS: [&str; 12] = [
        "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
        "month-9", "month-10", "month-11", "month-12",
    ];
    Msg::new("date-time")
        .arg("day", i64::from(t.day()))
        .arg(
            "month",
            Msg::new(MONTHS[usize::from(u8::from(t.month())) - 1]),
        )
        .arg("year", i64::from(t.year()))
        .arg("time", format!("{:02}:{:02}", t.hour(), t.minute()))
}

/// A length of time, rounded up to the minute: "1 hour 5 minutes" (`duration-*`, with the
/// plural rules of each language).
pub fn duration(secs: i64) -> Msg {
    let total_minutes = (secs.max(0) + 59) / 60;
    let (hours, minutes) = (total_minutes / 60, total_minutes % 60);
    match (hours, minutes) {
        (0, m) => Msg::new("duration-minutes").arg("minutes", m),
        (h, 0) => Msg::new("duration-hours").arg("hours", h),
        (h, m) => Msg::new("duration-hours-minutes")
            .arg("hours", h)
            .arg("minutes", m),
    }
}

/// The language of mail and SMS to the holder of an account: the account's, when its
/// catalogue ships, else English.
pub fn of_account(code: &str) -> Locale {
    find(code)
        .filter(|l| shipped().contains(l) || *l == PSEUDO)
        .unwrap_or(ENGLISH)
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
pub const ENGLISH: Locale = LOCALES[ENGLISH_AT];

/// Where English stands in [`LOCALES`].
const ENGLISH_AT: usize = 5;

/// The language of a supported code ("de"), else `None`.
pub fn find(code: &str) -> Option<Locale> {
    LOCALES
        .iter()
        .copied()
        .find(|l| l.code == code)
        .or_else(|| (code == PSEUDO.code && pseudo::enabled()).then_some(PSEUDO))
}

/// The languages whose catalogue ships in this binary, in the order of [`LOCALES`]: the
/// only ones a page may be in (and that discovery lists in `ui_locales_supported`). Every
/// one of the 24 is embedded (`catalogues::SOURCES`, checked against the folders).
pub fn shipped() -> &'static [Locale] {
    &LOCALES
}

/// The languages a visitor may pick: the shipped ones, and the pseudo-locale when it is on.
pub fn selectable() -> &'static [Locale] {
    static WITH_PSEUDO: std::sync::OnceLock<Vec<Locale>> = std::sync::OnceLock::new();
    if !pseudo::enabled() {
        return shipped();
    }
    WITH_PSEUDO.get_or_init(|| {
        let mut all = shipped().to_vec();
        all.push(PSEUDO);
        all
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
        let found = matched.first().and_then(|id| {
            let tag = id.to_string();
            among
                .iter()
                .find(|l| l.code == tag)
                .or_else(|| among.iter().find(|l| l.code == id.language.as_str()))
        });
        if let Some(found) = found {
            return Some(*found);
        }
    }
    None
}

/// A BCP 47 tag as far as languages go: its extensions and private use (`-u-co-phonebk`,
/// `-x-...`, from the first single-letter subtag on) say nothing about the language.
fn language_tag(tag: &str) -> Option<LanguageIdentifier> {
    let end = tag
        .match_indices('-')
        .find(|(at, _)| {
            tag[at + 1..]
                .split('-')
                .next()
                .is_some_and(|s| s.len() == 1)
        })
        .map_or(tag.len(), |(at, _)| at);
    tag[..end].parse().ok()
}

/// `ui_locales` of an authorization request: space-separated BCP 47 tags, best first.
fn from_ui_locales(value: &str, among: &[Locale]) -> Option<Locale> {
    let tags: Vec<LanguageIdentifier> = value
        .split_whitespace()
        .take(20)
        .filter_map(language_tag)
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
                .then(|| language_tag(tag).map(|id| (weight, i, id)))
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
    choose_among(w, selectable())
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

    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

    /// The variables of a pattern, inside selectors and their variants too.
    fn variables(pattern: &Pattern<&str>, out: &mut std::collections::BTreeSet<String>) {
        fn inline(e: &InlineExpression<&str>, out: &mut std::collections::BTreeSet<String>) {
            match e {
                InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => expression_vars(expression, out),
                _ => {}
            }
        }
        fn expression_vars(e: &Expression<&str>, out: &mut std::collections::BTreeSet<String>) {
            match e {
                Expression::Inline(i) => inline(i, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
            }
        }
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }

    /// The message ids of a catalogue folder, each with its variables.
    fn catalogue(
        code: &str,
    ) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        use fluent_syntax::ast::Entry;
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
                    let mut vars = std::collections::BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables(value, &mut vars);
                    }
                    out.insert(m.id.name.to_owned(), vars);
                }
            }
        }
        out
    }

    /// Every message of every catalogue formats without an error (no reference to a
    /// missing message or term, no broken selector) for counts that pick each plural form.
    #[test]
    fn every_message_formats_in_every_language() {
        use fluent_templates::fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
        let english = catalogue("en");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut problems = Vec::new();
        for locale in LOCALES {
            let id: LanguageIdentifier = locale.code.parse().unwrap();
            let mut bundle = FluentBundle::new(vec![id]);
            bundle.set_use_isolating(false);
            for file in std::fs::read_dir(root.join(locale.code)).unwrap() {
                let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                let resource = FluentResource::try_new(text).unwrap();
                bundle.add_resource(resource).unwrap();
            }
            for (message, vars) in &english {
                for n in [0, 1, 2, 5, 11, 21, 100] {
                    let mut args = FluentArgs::new();
                    for var in vars {
                        args.set(var.as_str(), FluentValue::from(n));
                    }
                    let pattern = bundle.get_message(message).and_then(|m| m.value());
                    let Some(pattern) = pattern else {
                        problems.push(format!("{}: {message} missing", locale.code));
                        break;
                    };
                    let mut errors = Vec::new();
                    let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    if !errors.is_empty() || out.trim().is_empty() {
                        problems.push(format!("{}: {message} ({n}): {errors:?}", locale.code));
                        break;
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    /// Every id the code and the templates name (`Msg::new("…")`, `t('…')`) is in the
    /// English catalogue: a mistyped id would show as the id itself.
    #[test]
    fn every_id_in_the_code_and_templates_is_in_the_catalogue() {
        let english = catalogue("en");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut dirs = vec![root.join("src"), root.join("templates")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        let mut missing = Vec::new();
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            for opener in ["Msg::new(\"", "t('", "t(\"", "text(locale, \""] {
                for (at, _) in text.match_indices(opener) {
                    // `t(` as a call of its own, not the end of `get(` or `split(`.
                    let before = text[..at].chars().next_back();
                    if opener.starts_with('t')
                        && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
                    {
                        continue;
                    }
                    let rest = &text[at + opener.len()..];
                    let id: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    let closed = rest[id.len()..].starts_with(['"', '\'']);
                    if !id.is_empty() && closed && !english.contains_key(&id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "ids not in the English catalogue: {missing:#?}"
        );
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
    fn dates_and_durations_in_words() {
        // 2026-12-06 08:34 UTC
        assert_eq!(
            when(1_796_546_040).text(ENGLISH),
            "6 December 2026, 08:34 UTC"
        );
        assert_eq!(duration(60).text(ENGLISH), "1 minute");
        assert_eq!(duration(61).text(ENGLISH), "2 minutes");
        assert_eq!(duration(3600).text(ENGLISH), "1 hour");
        assert_eq!(duration(3660 + 3600).text(ENGLISH), "2 hours 1 minute");
    }

    #[test]
    fn texts_come_from_the_catalogue() {
        assert_eq!(text(ENGLISH, "menu-my-account", &[]), "My Account");
        assert_eq!(
            text(find("de").unwrap(), "menu-my-account", &[]),
            "Mein Konto"
        );
        // All 24 ship (the parity test keeps each one complete).
        assert_eq!(shipped().len(), 24);
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
        // Extensions and private use say nothing about the language.
        assert_eq!(ui("de-DE-u-co-phonebk"), "de");
        assert_eq!(ui("sl-rozaj-biske-x-private pl"), "sl");
        assert_eq!(ui("x-klingon fi"), "fi");
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
