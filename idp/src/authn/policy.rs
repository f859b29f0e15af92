//! Password policy: NIST SP 800-63B-4 and OWASP ASVS 5.0. Length (15 by default, at least 64
//! allowed, never truncated), any Unicode, no composition rules; refused when it is a common
//! or breached password (a shipped list of 30,000), when zxcvbn (with the user's name and
//! e-mail address as inputs) estimates it guessable in fewer than 10^8 guesses
//! (`password.min_score`, 3 by default), or when it contains the user's e-mail or name.
//! Passwords are judged and hashed in Unicode NFC (NIST SP 800-63B 5.1.1.2), so the same
//! password typed on two keyboards is the same password.

use crate::config::PasswordRules;
use crate::i18n::Msg;
use crate::secret::Secret;
use crate::store::users::User;
use std::collections::HashSet;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

static COMMON: OnceLock<HashSet<&'static str>> = OnceLock::new();

fn common() -> &'static HashSet<&'static str> {
    COMMON.get_or_init(|| {
        include_str!("../../assets/common-passwords.txt")
            .lines()
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// The password as it is judged and hashed: its NFC form.
pub fn normalise(password: &str) -> String {
    password.nfc().collect()
}

/// The rules as the set-password page shows them.
pub fn rules(cfg: &PasswordRules) -> Vec<Msg> {
    vec![
        Msg::new("login-policy-rule-length")
            .arg("min", cfg.min_length)
            .arg("max", cfg.max_length),
        Msg::new("login-policy-rule-any"),
        Msg::new("login-policy-rule-common"),
        Msg::new("login-policy-rule-personal"),
    ]
}

/// Checks a new password of `user`; every rule it breaks, in words a user understands.
pub fn check(cfg: &PasswordRules, password: &Secret, user: &User) -> Result<(), Vec<Msg>> {
    check_for(
        cfg,
        password.expose(),
        &user.email,
        &user.first_name,
        &user.last_name,
    )
}

pub fn check_for(
    cfg: &PasswordRules,
    password: &str,
    email: &str,
    first: &str,
    last: &str,
) -> Result<(), Vec<Msg>> {
    let password = normalise(password);
    let mut problems = Vec::new();
    let length = password.chars().count();
    if length < cfg.min_length {
        problems.push(
            Msg::new("login-policy-too-short")
                .arg("length", length)
                .arg("min", cfg.min_length),
        );
    }
    if length > cfg.max_length {
        problems.push(Msg::new("login-policy-too-long").arg("max", cfg.max_length));
    }
    let lower = password.to_lowercase();
    let email = email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or("");
    let mine = [email.as_str(), local]
        .into_iter()
        .filter(|part| part.chars().count() >= 4)
        .chain(
            [first, last]
                .into_iter()
                .map(str::trim)
                .filter(|n| n.chars().count() >= 3),
        )
        .map(str::to_lowercase)
        .any(|part| lower.contains(&part));
    if mine {
        problems.push(Msg::new("login-policy-personal"));
    }
    if common().contains(lower.as_str()) || common().contains(lower.trim()) {
        problems.push(Msg::new("login-policy-common"));
    } else if length >= cfg.min_length && length <= cfg.max_length && !mine {
        if let Some(why) = too_guessable(cfg, &password, &[&email, local, first, last]) {
            problems.push(why);
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// zxcvbn's estimate below `min_score`: why, with its warning, and what to do instead.
fn too_guessable(cfg: &PasswordRules, password: &str, user_inputs: &[&str]) -> Option<Msg> {
    let mut inputs: Vec<&str> = user_inputs
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    inputs.extend(["eu login", "eulogin", "ecas"]);
    let estimate = zxcvbn::zxcvbn(password, &inputs);
    if u8::from(estimate.score()) >= cfg.min_score {
        return None;
    }
    Some(match estimate.feedback().and_then(|f| f.warning()) {
        Some(warning) => {
            Msg::new("login-policy-guessable-because").arg("reason", Msg::new(why(warning)))
        }
        None => Msg::new("login-policy-guessable"),
    })
}

/// zxcvbn's warning as a catalogue id (its own words are English only).
fn why(warning: zxcvbn::feedback::Warning) -> &'static str {
    use zxcvbn::feedback::Warning as W;
    match warning {
        W::StraightRowsOfKeysAreEasyToGuess => "login-policy-why-keyboard-rows",
        W::ShortKeyboardPatternsAreEasyToGuess => "login-policy-why-keyboard-patterns",
        W::RepeatsLikeAaaAreEasyToGuess => "login-policy-why-repeats",
        W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "login-policy-why-repeated-words",
        W::ThisIsATop10Password => "login-policy-why-top-10",
        W::ThisIsATop100Password => "login-policy-why-top-100",
        W::ThisIsACommonPassword => "login-policy-why-common",
        W::ThisIsSimilarToACommonlyUsedPassword => "login-policy-why-similar",
        W::SequencesLikeAbcAreEasyToGuess => "login-policy-why-sequences",
        W::RecentYearsAreEasyToGuess => "login-policy-why-years",
        W::AWordByItselfIsEasyToGuess => "login-policy-why-word",
        W::DatesAreOftenEasyToGuess => "login-policy-why-dates",
        W::NamesAndSurnamesByThemselvesAreEasyToGuess => "login-policy-why-names",
        W::CommonNamesAndSurnamesAreEasyToGuess => "login-policy-why-common-names",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> PasswordRules {
        PasswordRules::default()
    }

    /// The problems in English.
    fn check(password: &str) -> Result<(), Vec<String>> {
        english(check_for(&cfg(), password, "a@b.org", "Ada", "Lovelace"))
    }

    fn english(result: Result<(), Vec<Msg>>) -> Result<(), Vec<String>> {
        result.map_err(|problems| {
            problems
                .iter()
                .map(|m| m.text(crate::i18n::ENGLISH))
                .collect()
        })
    }

    #[test]
    fn length_is_what_counts() {
        assert!(check("short one").is_err());
        assert!(check("correct horse battery staple").is_ok());
        assert!(
            check("ünïcödé pässwörd ✓ 🐙 mit Bergblick").is_ok(),
            "any Unicode"
        );
        assert!(
            check("ölçü 🐙 gemi kütüp").is_ok(),
            "15 characters, not bytes"
        );
        assert!(check(&"z".repeat(257)).is_err());
    }

    #[test]
    fn common_personal_and_guessable_passwords_are_refused() {
        assert!(common().len() >= 10_000);
        let long_common = common()
            .iter()
            .find(|p| p.chars().count() >= 15)
            .copied()
            .unwrap();
        let err = check(&long_common.to_uppercase()).unwrap_err();
        assert!(err.iter().any(|e| e.contains("common")), "{err:?}");
        let err = check("my name is lovelace indeed").unwrap_err();
        assert!(err.iter().any(|e| e.contains("name")));
        let err = english(check_for(
            &cfg(),
            "ada.lovelace@example.org!!",
            "ada.lovelace@example.org",
            "X",
            "Y",
        ))
        .unwrap_err();
        assert!(err.iter().any(|e| e.contains("e-mail")));
        // Long, outside the list, and guessable (the router tests type all that the security
        // review typed).
        for weak in [
            "passwordpassword",
            "1qaz2wsx3edc4rfv5tgb",
            "abcdefghijklmnop",
        ] {
            let err = check(weak).unwrap_err();
            assert!(err.iter().any(|e| e.contains("guess")), "{weak}: {err:?}");
        }
    }

    #[test]
    fn nfd_and_nfc_spellings_are_one_password() {
        let nfc = "Crème brûlée au café, s'il vous plaît";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        assert_eq!(normalise(&nfd), nfc);
        assert_eq!(check(&nfd), check(nfc));
    }
}
