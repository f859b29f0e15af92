//! The catalogues of `idp/locales/<code>/*.ftl`, embedded at compile time and each parsed
//! the first time a text in its language is needed (issue 18): all 24 parsed at once held
//! 14 MiB from the first page on, while a node serves the few languages its users read.
//! An id missing from a language falls back to English; the tests require every shipped
//! catalogue to be complete.

use super::{Locale, LOCALES};
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

macro_rules! catalogues {
    ($($code:literal),* $(,)?) => {
        [$(($code, [
            include_str!(concat!("../../locales/", $code, "/main.ftl")),
            include_str!(concat!("../../locales/", $code, "/login.ftl")),
            include_str!(concat!("../../locales/", $code, "/account.ftl")),
            include_str!(concat!("../../locales/", $code, "/factors.ftl")),
            include_str!(concat!("../../locales/", $code, "/access.ftl")),
            include_str!(concat!("../../locales/", $code, "/mail.ftl")),
        ])),*]
    };
}

/// Each language's code and the text of its six files.
pub(super) const SOURCES: [(&str, [&str; 6]); 24] = catalogues!(
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
);

/// The sources of the language `code` (one of [`LOCALES`]).
pub(super) fn sources(code: &str) -> Option<&'static [&'static str; 6]> {
    SOURCES.iter().find(|(c, _)| *c == code).map(|(_, s)| s)
}

static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 24] = [const { OnceLock::new() }; 24];

/// The bundle of `locale`, parsed on first use.
fn bundle(locale: Locale) -> &'static FluentBundle<FluentResource> {
    let at = LOCALES
        .iter()
        .position(|l| *l == locale)
        .unwrap_or(super::ENGLISH_AT);
    BUNDLES[at].get_or_init(|| {
        let locale = LOCALES[at];
        let mut bundle =
            FluentBundle::new_concurrent(vec![locale.code.parse().unwrap_or_default()]);
        // No Unicode isolation marks around placeables: they would show in plain-text mail
        // and push an SMS out of the GSM alphabet.
        bundle.set_use_isolating(false);
        for source in sources(locale.code).into_iter().flatten() {
            // The tests parse every file of every catalogue without an error.
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// The text `id` in `locale` (in English when that catalogue lacks it; the id itself when
/// no catalogue has it).
pub(super) fn lookup(locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    for bundle in [bundle(locale), bundle(super::ENGLISH)] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if !errors.is_empty() {
                tracing::warn!(id, lang = locale.code, ?errors, "a text did not format");
            }
            return text;
        }
    }
    tracing::warn!(id, lang = locale.code, "no catalogue has this text");
    id.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files of every catalogue, in the order of the macro.
    const FILES: [&str; 6] = [
        "main.ftl",
        "login.ftl",
        "account.ftl",
        "factors.ftl",
        "access.ftl",
        "mail.ftl",
    ];

    #[test]
    fn every_folder_is_embedded_with_its_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut folders: Vec<String> = std::fs::read_dir(&root)
            .unwrap()
            .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        folders.sort();
        let embedded: Vec<&str> = SOURCES.iter().map(|(c, _)| *c).collect();
        assert_eq!(folders, embedded);
        let locales: Vec<&str> = LOCALES.iter().map(|l| l.code).collect();
        let mut sorted = locales.clone();
        sorted.sort();
        assert_eq!(
            sorted, embedded,
            "one catalogue for each of the 24 languages"
        );
        for code in folders {
            let mut files: Vec<String> = std::fs::read_dir(root.join(&code))
                .unwrap()
                .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            files.sort();
            let mut listed: Vec<&str> = FILES.to_vec();
            listed.sort();
            assert_eq!(files, listed, "{code}");
        }
    }
}
