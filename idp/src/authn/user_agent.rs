//! The browser a sign-in comes from, as a person names it ("Firefox on Windows", "Safari on
//! iPhone"), read from its `User-Agent`: the app shows it beside a push request, so that
//! its user can tell their own sign-in from someone else's. Only the names of well-known
//! browsers and systems, never versions or the header itself; an unknown browser (a
//! script, a rare one) is no description at all (decision 0033).

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

/// A recognised browser and, when known, the system it runs on: names, not words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeenBrowser {
    pub browser: String,
    pub system: Option<String>,
}

impl SeenBrowser {
    /// What a `User-Agent` header says, if it names a browser this module knows.
    pub fn recognise(user_agent: &str) -> Option<SeenBrowser> {
        // Real headers are a few hundred bytes; a longer one is read no further.
        let mut end = user_agent.len().min(512);
        while !user_agent.is_char_boundary(end) {
            end -= 1;
        }
        let ua = &user_agent[..end];
        let browser = BROWSERS
            .iter()
            .find(|(marks, _)| marks.iter().any(|m| ua.contains(m)))
            .map(|(_, name)| *name)
            .or_else(|| safari(ua))?;
        let system = SYSTEMS
            .iter()
            .find(|(marks, _)| marks.iter().any(|m| ua.contains(m)))
            .map(|(_, name)| (*name).to_owned());
        Some(SeenBrowser {
            browser: browser.to_owned(),
            system,
        })
    }

    /// "Firefox on Windows", or the browser's name alone, in the reader's language.
    pub fn describe(&self) -> Msg {
        match &self.system {
            Some(system) => Msg::new("app-browser-on")
                .arg("browser", &self.browser)
                .arg("system", system),
            None => Msg::new("app-browser").arg("browser", &self.browser),
        }
    }
}

/// Browsers by the tokens only they send, most specific first: Edge, Opera and Samsung
/// Internet also say "Chrome/", and every Chromium browser also says "Safari/".
const BROWSERS: [(&[&str], &str); 7] = [
    (&["Edg/", "EdgA/", "EdgiOS/", "Edge/"], "Edge"),
    (&["OPR/", "OPiOS/", "Opera"], "Opera"),
    (&["SamsungBrowser/"], "Samsung Internet"),
    (&["Firefox/", "FxiOS/"], "Firefox"),
    (&["Chrome/", "CriOS/", "HeadlessChrome/"], "Chrome"),
    (&["Trident/", "MSIE "], "Internet Explorer"),
    (&["Vivaldi/"], "Vivaldi"),
];

/// Safari says only "Safari/" (with "Version/"), which every Chromium browser says too:
/// it is Safari when no other browser was recognised first.
fn safari(ua: &str) -> Option<&'static str> {
    (ua.contains("Safari/") && ua.contains("Version/")).then_some("Safari")
}

/// Systems, the phones first: an iPhone says "like Mac OS X", Android and ChromeOS say
/// "Linux".
const SYSTEMS: [(&[&str], &str); 8] = [
    (&["iPhone"], "iPhone"),
    (&["iPad"], "iPad"),
    (&["iPod"], "iPod"),
    (&["Android"], "Android"),
    (&["Windows"], "Windows"),
    (&["CrOS"], "ChromeOS"),
    (&["Macintosh", "Mac OS X"], "macOS"),
    (&["Linux", "X11"], "Linux"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ENGLISH;

    fn words(ua: &str) -> String {
        SeenBrowser::recognise(ua)
            .map(|b| b.describe().text(ENGLISH))
            .unwrap_or_default()
    }

    #[test]
    fn common_browsers_are_named_with_their_system() {
        for (ua, expected) in [
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
                "Firefox on Windows",
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                "Chrome on Windows",
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
                "Edge on Windows",
            ),
            (
                "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
                "Chrome on Android",
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
                "Safari on iPhone",
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
                "Chrome on iPhone",
            ),
            (
                "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15",
                "Firefox on iPad",
            ),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
                "Safari on macOS",
            ),
            (
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
                "Chrome on Linux",
            ),
            (
                "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
                "Firefox on Linux",
            ),
            (
                "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                "Chrome on ChromeOS",
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
                "Samsung Internet on Android",
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0",
                "Opera on Windows",
            ),
            (
                "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
                "Firefox on Android",
            ),
        ] {
            assert_eq!(words(ua), expected, "{ua}");
        }
    }

    #[test]
    fn a_browser_on_an_unknown_system_is_named_alone() {
        assert_eq!(
            words("Mozilla/5.0 (Haiku) Gecko/20100101 Firefox/115.0"),
            "Firefox"
        );
    }

    #[test]
    fn scripts_and_empty_or_odd_headers_say_nothing() {
        for ua in [
            "",
            "curl/8.5.0",
            "python-requests/2.32",
            "mobile-app/0.1",
            "Mozilla/5.0",
            "Safari/537.36",
            "Windows",
        ] {
            assert_eq!(words(ua), "", "{ua:?}");
        }
        // Never the header itself, however long or strange.
        let long = format!("x{}Firefox/1", "é".repeat(400));
        assert_eq!(words(&long), "");
    }

    #[test]
    fn names_are_stored_and_described_in_the_readers_language() {
        let seen = SeenBrowser::recognise("Mozilla/5.0 (Windows NT 10.0) Firefox/133.0").unwrap();
        let stored = serde_json::to_string(&seen).unwrap();
        assert_eq!(serde_json::from_str::<SeenBrowser>(&stored).unwrap(), seen);
        let german = crate::i18n::find("de").unwrap();
        assert_eq!(seen.describe().text(german), "Firefox auf Windows");
    }
}
