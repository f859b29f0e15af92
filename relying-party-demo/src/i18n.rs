//! The language of CPMS's pages (issue 15): the one picked in CPMS's own selector (a
//! cookie), else the browser's `Accept-Language`, else English; only languages whose
//! catalogue ships (`locales/<code>/cpms.ftl`) are chosen, and anything unknown or
//! malformed is passed over quietly. The page's language is also the `ui_locales` of every
//! authorization request CPMS sends, so that the provider speaks it too.
//!
//! The pseudo-locale `en-XA` (English with every letter accented and a third longer) can be
//! switched on (`--pseudo-locale`) for tests and translators: a page in it shows at a
//! glance any word that did not come from the catalogue.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_templates::{LanguageIdentifier, Loader};

// The catalogues of `locales/<code>/cpms.ftl`, embedded at compile time. An id missing from
// a language reads English; the tests require every shipped catalogue to be complete.
fluent_templates::static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around placeables (names, the provider's name).
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The English catalogue, the reference (and the source of the pseudo-locale).
const ENGLISH_SOURCE: &str = include_str!("../locales/en/cpms.ftl");

/// A language of CPMS's pages: its code (ISO 639-1) and its name in itself.
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

const fn locale(code: &'static str, name: &'static str) -> Locale {
    Locale { code, name }
}

/// The 24 official languages of the EU, in the order of their codes.
pub const LOCALES: [Locale; 24] = [
    locale("bg", "български"),
    locale("cs", "čeština"),
    locale("da", "dansk"),
    locale("de", "Deutsch"),
    locale("el", "ελληνικά"),
    locale("en", "English"),
    locale("es", "español"),
    locale("et", "eesti"),
    locale("fi", "suomi"),
    locale("fr", "français"),
    locale("ga", "Gaeilge"),
    locale("hr", "hrvatski"),
    locale("hu", "magyar"),
    locale("it", "italiano"),
    locale("lt", "lietuvių"),
    locale("lv", "latviešu"),
    locale("mt", "Malti"),
    locale("nl", "Nederlands"),
    locale("pl", "polski"),
    locale("pt", "português"),
    locale("ro", "română"),
    locale("sk", "slovenčina"),
    locale("sl", "slovenščina"),
    locale("sv", "svenska"),
];

/// English: the last resort, and the catalogue every other is checked against.
pub const ENGLISH: Locale = LOCALES[5];

/// The pseudo-locale: not a language of the service, offered only when switched on.
pub const PSEUDO: Locale = locale("en-XA", "Ƥšéûðö");

/// The language of a code ("de", or "en-XA"), else `None`.
pub fn find(code: &str) -> Option<Locale> {
    LOCALES
        .iter()
        .copied()
        .chain([PSEUDO])
        .find(|l| l.code == code)
}

/// The languages whose catalogue ships in this binary, in the order of [`LOCALES`].
pub fn shipped() -> &'static [Locale] {
    static SHIPPED: OnceLock<Vec<Locale>> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let loaded: Vec<String> = CATALOGUES.locales().map(|l| l.to_string()).collect();
        LOCALES
            .iter()
            .copied()
            .filter(|l| loaded.iter().any(|c| c == l.code))
            .collect()
    })
}

/// The languages a visitor may pick: the shipped ones, and the pseudo-locale when it is on.
pub fn selectable(pseudo: bool) -> &'static [Locale] {
    static WITH_PSEUDO: OnceLock<Vec<Locale>> = OnceLock::new();
    if !pseudo {
        return shipped();
    }
    WITH_PSEUDO.get_or_init(|| {
        let mut all = shipped().to_vec();
        all.push(PSEUDO);
        all
    })
}

/// What a request says about its visitor's language.
#[derive(Debug, Default, Clone, Copy)]
pub struct Wishes<'a> {
    /// The value of CPMS's language cookie.
    pub cookie: Option<&'a str>,
    /// The browser's `Accept-Language` header.
    pub accept_language: Option<&'a str>,
}

/// The language of a page among `among`: the cookie's, the browser's, then English; never
/// fails.
pub fn choose(w: Wishes<'_>, among: &[Locale]) -> Locale {
    w.cookie
        .and_then(|c| among.iter().copied().find(|l| l.code == c.trim()))
        .or_else(|| {
            w.accept_language
                .and_then(|v| from_accept_language(v, among))
        })
        .unwrap_or(ENGLISH)
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
            if weight == 0 || tag == "*" {
                return None;
            }
            tag.parse().ok().map(|id| (weight, i, id))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let tags: Vec<LanguageIdentifier> = weighted.into_iter().map(|(_, _, id)| id).collect();
    negotiate(&tags, among)
}

/// The text `id` in `locale`, with its placeables filled from `args`.
pub fn text(locale: Locale, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    if locale == PSEUDO {
        return pseudo_text(id, args);
    }
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

/// A text to show, named by its catalogue id with its placeables, put into words when the
/// page is rendered (templates write it with `t(value)`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Msg {
    pub id: &'static str,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<&'static str, Arg>,
}

/// A placeable's value: numbers stay numbers, for plural rules.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(i64),
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
impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Number(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl Msg {
    pub const fn new(id: &'static str) -> Self {
        Self {
            id,
            args: BTreeMap::new(),
        }
    }

    /// With the placeable `name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.insert(name, value.into());
        self
    }

    /// The words of this text in `locale`.
    pub fn text(&self, locale: Locale) -> String {
        let args: Vec<(&str, FluentValue<'static>)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Text(s) => FluentValue::from(s.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                (*k, v)
            })
            .collect();
        text(locale, self.id, &args)
    }
}

/// An ASCII letter with an accent (or a look-alike); anything else as it is.
fn accent(c: char) -> char {
    const LOWER: &str = "áƀçđéƒĝĥíĵķĺɱñóþʠŕšţúṽŵẋýž";
    const UPPER: &str = "ÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ";
    match c {
        'a'..='z' => LOWER.chars().nth(c as usize - 'a' as usize).unwrap_or(c),
        'A'..='Z' => UPPER.chars().nth(c as usize - 'A' as usize).unwrap_or(c),
        _ => c,
    }
}

/// A piece of text accented, every third letter doubled (a third longer).
fn stretch(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0;
    for c in text.chars() {
        out.push(accent(c));
        if c.is_ascii_alphabetic() {
            letters += 1;
            if letters % 3 == 0 {
                out.push(accent(c));
            }
        }
    }
    out
}

fn stretch_pattern(pattern: &mut Pattern<String>) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = stretch(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    stretch_pattern(&mut variant.value);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

/// The pseudo-locale's catalogue, made from the English one on first use.
fn pseudo_bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let id = PSEUDO.code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        // The English catalogue is checked to parse by the tests.
        if let Ok(mut resource) = fluent_syntax::parser::parse(ENGLISH_SOURCE.to_owned()) {
            for entry in &mut resource.body {
                if let Entry::Message(m) = entry {
                    if let Some(value) = &mut m.value {
                        stretch_pattern(value);
                    }
                }
            }
            let text = fluent_syntax::serializer::serialize(&resource);
            if let Ok(resource) = FluentResource::try_new(text) {
                let _ = bundle.add_resource(resource);
            }
        }
        bundle
    })
}

/// The pseudo-locale's text `id` (the id itself when it is not in the catalogue).
fn pseudo_text(id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let bundle = pseudo_bundle();
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::InlineExpression;
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
    }

    /// The variables (`$name`) a pattern uses, in its text, its selectors and its variants.
    fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
        fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match e {
                InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => expression_vars(expression, out),
                InlineExpression::FunctionReference { arguments, .. } => {
                    for a in &arguments.positional {
                        inline(a, out);
                    }
                    for a in &arguments.named {
                        inline(&a.value, out);
                    }
                }
                _ => {}
            }
        }
        fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
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

    /// The message ids of a catalogue folder, each with its placeables.
    fn catalogue(code: &str) -> BTreeMap<String, BTreeSet<String>> {
        let dir = root().join("locales").join(code);
        let files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files, ["cpms.ftl"], "{code}: one file, cpms.ftl");
        let text = std::fs::read_to_string(dir.join("cpms.ftl")).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{code}: {errors:?}"));
        let mut out = BTreeMap::new();
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    let value = m.value.as_ref();
                    let value =
                        value.unwrap_or_else(|| panic!("{code}: {} has no text", m.id.name));
                    variables(value, &mut vars);
                    let before = out.insert(m.id.name.to_owned(), vars);
                    assert!(before.is_none(), "{code}: {} twice", m.id.name);
                }
                Entry::Junk { content } => panic!("{code}: junk {content:?}"),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn every_catalogue_has_exactly_the_english_ids_and_placeables() {
        let english = catalogue("en");
        assert!(english.len() > 50, "{}", english.len());
        for dir in std::fs::read_dir(root().join("locales")).unwrap() {
            let code = dir.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                LOCALES.iter().any(|l| l.code == code),
                "{code} is not one of the 24 languages"
            );
            assert_eq!(catalogue(&code), english, "{code}");
        }
    }

    /// Every `t('id')` of the templates and `Msg::new("id")` of the code is in the English
    /// catalogue, and every message of the catalogue is used somewhere.
    #[test]
    fn the_ids_used_are_the_ids_in_the_catalogue() {
        fn quoted_after(text: &str, marker: &str, out: &mut BTreeSet<String>) {
            for piece in text.split(marker).skip(1) {
                let Some(quote) = piece.chars().next().filter(|c| *c == '\'' || *c == '"') else {
                    continue; // t(title): a Msg from the code
                };
                let id: String = piece[1..].chars().take_while(|c| *c != quote).collect();
                out.insert(id);
            }
        }
        fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, files);
                } else {
                    files.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(&root().join("templates"), &mut files);
        walk(&root().join("src"), &mut files);
        let mut used = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            match file.extension().and_then(|e| e.to_str()) {
                Some("html") => quoted_after(&text, "t(", &mut used),
                Some("rs") if !file.ends_with("i18n.rs") => {
                    quoted_after(&text, "Msg::new(", &mut used)
                }
                _ => {}
            }
        }
        let english: BTreeSet<String> = catalogue("en").into_keys().collect();
        let missing: Vec<_> = used.difference(&english).collect();
        assert!(
            missing.is_empty(),
            "used but not in the catalogue: {missing:?}"
        );
        let unused: Vec<_> = english.difference(&used).collect();
        assert!(
            unused.is_empty(),
            "in the catalogue but never used: {unused:?}"
        );
    }

    #[test]
    fn texts_come_from_the_catalogue_with_their_placeables() {
        assert_eq!(text(ENGLISH, "tab-home", &[]), "Home");
        let sign_in = text(
            ENGLISH,
            "index-sign-in",
            &[("provider", FluentValue::from("EU Login"))],
        );
        assert_eq!(sign_in, "Sign in with EU Login", "no isolation marks");
        let long = Msg::new("preferences-role-too-long").arg("max", 100usize);
        assert_eq!(
            long.text(ENGLISH),
            "The professional role may be at most 100 characters long."
        );
        // Every language has its own words; an id missing from the catalogue reads as the
        // id, which the parity test keeps from happening.
        let maltese = text(find("mt").unwrap(), "tab-home", &[]);
        assert!(!maltese.is_empty() && maltese != "tab-home");
    }

    #[test]
    fn the_pseudo_locale_is_accented_longer_and_keeps_placeables() {
        let plain = text(ENGLISH, "tab-home", &[]);
        let pseudo = text(PSEUDO, "tab-home", &[]);
        assert!(pseudo.chars().count() > plain.chars().count());
        assert!(!pseudo.chars().any(|c| c.is_ascii_alphabetic()), "{pseudo}");
        assert_eq!(stretch("Hi you"), "Ĥí ýýóú");
        let long = Msg::new("preferences-role-too-long").arg("max", 100usize);
        assert!(long.text(PSEUDO).contains("100"), "{}", long.text(PSEUDO));
        let welcome = Msg::new("home-welcome").arg("name", "Ada");
        assert!(
            welcome.text(PSEUDO).ends_with("Ada"),
            "data is not accented"
        );
    }

    #[test]
    fn the_24_languages_with_their_own_names() {
        assert_eq!(LOCALES.len(), 24);
        assert_eq!(ENGLISH.code, "en");
        assert_eq!(find("de").unwrap().label(), "Deutsch (de)");
        assert_eq!(find("el").unwrap().label(), "ελληνικά (el)");
        assert_eq!(find("en-XA"), Some(PSEUDO));
        assert_eq!(find("xx"), None);
        let codes: BTreeSet<_> = LOCALES.iter().map(|l| l.code).collect();
        assert_eq!(codes.len(), 24, "unique");
        assert!(LOCALES.windows(2).all(|w| w[0].code < w[1].code), "sorted");
        assert!(shipped().contains(&ENGLISH));
        assert!(!shipped().contains(&PSEUDO));
        assert!(selectable(true).contains(&PSEUDO));
        assert!(!selectable(false).contains(&PSEUDO));
    }

    fn code(w: Wishes<'_>) -> &'static str {
        choose(w, &LOCALES).code
    }

    #[test]
    fn the_cookie_comes_before_the_browser_then_english() {
        let both = Wishes {
            cookie: Some("de"),
            accept_language: Some("fr, el;q=0.5"),
        };
        assert_eq!(code(both), "de");
        assert_eq!(
            code(Wishes {
                cookie: None,
                ..both
            }),
            "fr"
        );
        assert_eq!(code(Wishes::default()), "en");
        // Only languages with a catalogue are chosen.
        let only_english = Wishes {
            cookie: Some("de"),
            accept_language: Some("fr"),
        };
        assert_eq!(choose(only_english, &[ENGLISH]).code, "en");
        assert_eq!(
            choose(
                Wishes {
                    cookie: Some("en-XA"),
                    ..Wishes::default()
                },
                shipped()
            ),
            ENGLISH
        );
        assert_eq!(
            choose(
                Wishes {
                    cookie: Some("en-XA"),
                    ..Wishes::default()
                },
                selectable(true)
            ),
            PSEUDO
        );
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
        assert_eq!(al("de-AT"), "de");
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
            "de\u{0}",
            "a".repeat(5000).as_str(),
        ] {
            let w = Wishes {
                cookie: Some(bad),
                accept_language: Some(bad),
            };
            assert_eq!(code(w), "en", "{bad:?}");
        }
        let next = Wishes {
            cookie: Some("klingon"),
            accept_language: Some("it"),
        };
        assert_eq!(code(next), "it", "a bad cookie passes to the browser's");
    }
}
