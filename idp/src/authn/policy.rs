//! Password policy: NIST SP 800-63B-4 and OWASP ASVS 5.0. Length only (15 by default, at
//! least 64 allowed, never truncated), any Unicode, no composition rules; refused when it is
//! a common or breached password (a shipped list of 30,000) or contains the user's e-mail
//! address or name.

use crate::config::PasswordRules;
use std::collections::HashSet;
use std::sync::OnceLock;

static COMMON: OnceLock<HashSet<&'static str>> = OnceLock::new();

fn common() -> &'static HashSet<&'static str> {
    COMMON.get_or_init(|| {
        include_str!("../../assets/common-passwords.txt")
            .lines()
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// The rules as the set-password page shows them.
pub fn rules(cfg: &PasswordRules) -> Vec<String> {
    vec![
        format!(
            "At least {} characters (up to {}); a few unrelated words make a good password",
            cfg.min_length, cfg.max_length
        ),
        "Spaces and any characters are allowed; no mix of character types is required".to_owned(),
        "Not a commonly used or breached password".to_owned(),
        "Must not contain your name or e-mail address".to_owned(),
    ]
}

/// Checks a new password; every rule it breaks, in words a user understands.
pub fn check(
    cfg: &PasswordRules,
    password: &str,
    email: &str,
    first: &str,
    last: &str,
) -> Result<(), Vec<String>> {
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
    if common().contains(lower.as_str()) || common().contains(lower.trim()) {
        problems.push(
            "This password is too common: it appears in lists of breached passwords.".to_owned(),
        );
    }
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
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> PasswordRules {
        PasswordRules::default()
    }

    #[test]
    fn length_is_what_counts() {
        assert!(check(&cfg(), "short one", "a@b.org", "Ada", "Lovelace").is_err());
        assert!(check(
            &cfg(),
            "correct horse battery staple",
            "a@b.org",
            "Ada",
            "Lovelace"
        )
        .is_ok());
        assert!(check(
            &cfg(),
            &"x".repeat(64).replace('x', "xy"),
            "a@b.org",
            "Ada",
            "Lovelace"
        )
        .is_ok());
        assert!(
            check(
                &cfg(),
                "ünïcödé pässwörd ✓ 🐙",
                "a@b.org",
                "Ada",
                "Lovelace"
            )
            .is_ok(),
            "any Unicode"
        );
        assert!(
            check(&cfg(), "aaaaaaaaaaaaaa🐙", "a@b.org", "Ada", "Lovelace").is_ok(),
            "15 characters, not bytes"
        );
        assert!(check(&cfg(), &"z".repeat(257), "a@b.org", "Ada", "Lovelace").is_err());
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        assert!(common().len() >= 10_000);
        let long_common = common()
            .iter()
            .find(|p| p.chars().count() >= 15)
            .copied()
            .unwrap();
        let err = check(
            &cfg(),
            &long_common.to_uppercase(),
            "a@b.org",
            "Ada",
            "Lovelace",
        )
        .unwrap_err();
        assert!(err.iter().any(|e| e.contains("common")), "{err:?}");
        let err = check(
            &cfg(),
            "my name is lovelace indeed",
            "a@b.org",
            "Ada",
            "Lovelace",
        )
        .unwrap_err();
        assert!(err.iter().any(|e| e.contains("name")));
        let err = check(
            &cfg(),
            "ada.lovelace@example.org!!",
            "ada.lovelace@example.org",
            "X",
            "Y",
        )
        .unwrap_err();
        assert!(err.iter().any(|e| e.contains("e-mail")));
    }
}
