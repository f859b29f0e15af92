//! Password policy: NIST SP 800-63B-4 and OWASP ASVS 5.0. Length (15 by default, at least 64
//! allowed, never truncated), any Unicode, no composition rules; refused when it is a common
//! or breached password (a shipped list of 30,000), when zxcvbn (with the user's name and
//! e-mail address as inputs) estimates it guessable in fewer than 10^8 guesses
//! (`password.min_score`, 3 by default), or when it contains the user's e-mail or name.
//! Passwords are judged and hashed in Unicode NFC (NIST SP 800-63B 5.1.1.2), so the same
//! password typed on two keyboards is the same password.

use crate::config::PasswordRules;
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
pub fn rules(cfg: &PasswordRules) -> Vec<String> {
    vec![
        format!(
            "At least {} characters (up to {}); a few unrelated words make a good password",
            cfg.min_length, cfg.max_length
        ),
        "Spaces and any characters are allowed; no mix of character types is required".to_owned(),
        "Not a commonly used or breached password, and not easy to guess (no repeated words, keyboard rows or sequences)".to_owned(),
        "Must not contain your name or e-mail address".to_owned(),
    ]
}

/// Checks a new password of `user`; every rule it breaks, in words a user understands.
pub fn check(cfg: &PasswordRules, password: &Secret, user: &User) -> Result<(), Vec<String>> {
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
) -> Result<(), Vec<String>> {
    let password = normalise(password);
    let mut problems = Vec::new();
    let length = password.chars().count();
    if length < cfg.min_length {
        problems.push(format!(
            "The password is too short: {length} characters, at least {} are needed.",
            cfg.min_length
        ));
    }
    if length > cfg.max_length {
        problems.push(format!(
            "The password is too long: at most {} characters.",
            cfg.max_length
        ));
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
        problems.push("The password must not contain your name or e-mail address.".to_owned());
    }
    if common().contains(lower.as_str()) || common().contains(lower.trim()) {
        problems.push(
            "This password is too common: it appears in lists of breached passwords.".to_owned(),
        );
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

/// zxcvbn's estimate below `min_score`: why, with its warning and first suggestion.
fn too_guessable(cfg: &PasswordRules, password: &str, user_inputs: &[&str]) -> Option<String> {
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
    let mut why = "This password is too easy to guess".to_owned();
    match estimate.feedback().and_then(|f| f.warning()) {
        Some(warning) => why.push_str(&format!(": {}", warning.to_string().to_lowercase())),
        None => why.push('.'),
    }
    if !why.ends_with('.') {
        why.push('.');
    }
    why.push_str(" Try a few unrelated words, such as a short sentence only you would write.");
    Some(why)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> PasswordRules {
        PasswordRules::default()
    }

    fn check(password: &str) -> Result<(), Vec<String>> {
        check_for(&cfg(), password, "a@b.org", "Ada", "Lovelace")
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
        let err = check_for(
            &cfg(),
            "ada.lovelace@example.org!!",
            "ada.lovelace@example.org",
            "X",
            "Y",
        )
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
