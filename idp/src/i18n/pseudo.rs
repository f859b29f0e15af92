//! The pseudo-locale `en-XA`: English with every letter accented and a third longer, made
//! from the English catalogue when the provider starts. It is not a language of the
//! service: it is switched on for tests and translators (`ui.pseudo_locale`), so that a
//! page can be searched for any word that did not come from the catalogue, and so that
//! layouts are tried with longer words.

use super::Locale;
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

pub const PSEUDO: Locale = Locale {
    code: "en-XA",
    name: "Ƥšéûðö",
};

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Makes `en-XA` a language that can be picked (selector, account, `ui_locales`).
pub fn enable_pseudo() {
    ENABLED.store(true, Ordering::Relaxed);
}

pub(super) fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// An ASCII letter with an accent (or a look-alike); anything else as it is.
pub fn accent(c: char) -> char {
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

fn bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let id = PSEUDO.code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        for source in super::catalogues::sources("en").into_iter().flatten() {
            let Ok(mut resource) = fluent_syntax::parser::parse(source.to_string()) else {
                continue; // the English catalogue is checked to parse by the tests
            };
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
pub(super) fn text(id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let bundle = bundle();
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

    #[test]
    fn pseudo_text_is_accented_longer_and_keeps_placeables() {
        let plain = super::super::text(super::super::ENGLISH, "menu-my-account", &[]);
        let pseudo = text("menu-my-account", &[]);
        assert!(pseudo.chars().count() > plain.chars().count());
        assert!(!pseudo.chars().any(|c| c.is_ascii_alphabetic()), "{pseudo}");
        assert_eq!(stretch("Hi you"), "Ĥí ýýóú");
    }
}
