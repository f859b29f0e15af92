//! Every text the provider sends to a person, e-mail or SMS, in one place, in the language of
//! the account it is about (`i18n::of_account`), whoever triggers it: the user, the helpdesk,
//! a scheduled recovery. The words are in the catalogue (`locales/<code>/mail.ftl`); this
//! module only puts them together: the greeting, the paragraphs, the signature.

use crate::i18n::{duration, when, Locale, Msg};
use crate::store::users::User;

/// An e-mail: subject and plain-text body (paragraphs separated by a blank line), in the
/// language of its recipient.
#[derive(Debug, Clone)]
pub struct Message {
    pub subject: String,
    pub body: String,
    pub locale: Locale,
}

/// An SMS text, in the language of its recipient.
#[derive(Debug, Clone)]
pub struct Sms {
    pub text: String,
    pub locale: Locale,
}

/// The catalogue's text `id`, with the service's name as `$brand`.
fn say(id: &'static str, brand: &str) -> Msg {
    Msg::new(id).arg("brand", brand)
}

/// Who the mail greets ("Dear Ada Lovelace,"), if anyone.
enum Greeting<'a> {
    /// First and last name as registered.
    Names(&'a User),
    /// The last name in capitals, as the account's pages write it.
    Display(&'a User),
    Nobody,
}

/// A mail: the greeting, the paragraphs (each may hold several lines), the signature.
fn compose(
    locale: Locale,
    brand: &str,
    greeting: Greeting<'_>,
    subject: Msg,
    paragraphs: Vec<Msg>,
) -> Message {
    let greeting = match greeting {
        Greeting::Names(u) => Some((u.first_name.clone(), u.last_name.clone())),
        Greeting::Display(u) => Some((u.first_name.clone(), u.last_name.to_uppercase())),
        Greeting::Nobody => None,
    };
    let mut parts: Vec<String> = Vec::with_capacity(paragraphs.len() + 2);
    if let Some((first, last)) = greeting {
        parts.push(
            Msg::new("mail-greeting")
                .arg("first_name", first)
                .arg("last_name", last)
                .text(locale),
        );
    }
    parts.extend(paragraphs.iter().map(|p| p.text(locale)));
    parts.push(say("mail-signature", brand).text(locale));
    Message {
        subject: subject.text(locale),
        body: parts.join("\n\n"),
        locale,
    }
}

/// J1: "You have been registered", with the link to create the password (valid `minutes`).
pub fn registered(locale: Locale, brand: &str, user: &User, link: &str, minutes: i64) -> Message {
    compose(
        locale,
        brand,
        Greeting::Names(user),
        say("mail-registered-subject", brand),
        vec![say("mail-registered-body", brand)
            .arg("email", &user.email)
            .arg("link", link)
            .arg("duration", duration(minutes * 60))],
    )
}

/// "Lost your password?": the link to choose a new one (valid `minutes`).
pub fn reset(locale: Locale, brand: &str, user: &User, link: &str, minutes: i64) -> Message {
    compose(
        locale,
        brand,
        Greeting::Names(user),
        say("mail-reset-subject", brand),
        vec![say("mail-reset-body", brand)
            .arg("email", &user.email)
            .arg("link", link)
            .arg("duration", duration(minutes * 60))],
    )
}

/// A registration with an address that has an account: its owner is told instead.
pub fn existing_account(locale: Locale, brand: &str, user: &User, link: &str) -> Message {
    compose(
        locale,
        brand,
        Greeting::Names(user),
        say("mail-existing-subject", brand),
        vec![say("mail-existing-body", brand)
            .arg("email", &user.email)
            .arg("link", link)],
    )
}

/// Password sign-in to the account is blocked until `until` (Unix seconds).
pub fn lockout(locale: Locale, brand: &str, user: &User, until: i64, link: &str) -> Message {
    compose(
        locale,
        brand,
        Greeting::Display(user),
        say("mail-lockout-subject", brand),
        vec![say("mail-lockout-body", brand)
            .arg("email", &user.email)
            .arg("until", when(until))
            .arg("link", link)],
    )
}

/// What changed on an account, in the words of the notification.
#[derive(Debug, Clone)]
pub enum Change {
    PasswordChanged,
    PhoneAdded(String),
    PhoneRemoved(String),
    DeviceAdded(String),
    DeviceRemoved(String),
    DeviceLocked(String),
    SecurityKeyAdded(String),
    SecurityKeyRemoved(String),
    AuthenticatorAppAdded(String),
    AuthenticatorAppRemoved(String),
    AllDevicesDeleted(u64),
}

impl Change {
    fn sentence(&self, brand: &str) -> Msg {
        let named = |id, name: &String| say(id, brand).arg("name", name);
        let number = |id, n: &String| say(id, brand).arg("number", n);
        match self {
            Change::PasswordChanged => say("mail-change-password", brand),
            Change::PhoneAdded(n) => number("mail-change-phone-added", n),
            Change::PhoneRemoved(n) => number("mail-change-phone-removed", n),
            Change::DeviceAdded(name) => named("mail-change-device-added", name),
            Change::DeviceRemoved(name) => named("mail-change-device-removed", name),
            Change::DeviceLocked(name) => named("mail-change-device-locked", name),
            Change::SecurityKeyAdded(name) => named("mail-change-security-key-added", name),
            Change::SecurityKeyRemoved(name) => named("mail-change-security-key-removed", name),
            Change::AuthenticatorAppAdded(name) => {
                named("mail-change-authenticator-app-added", name)
            }
            Change::AuthenticatorAppRemoved(name) => {
                named("mail-change-authenticator-app-removed", name)
            }
            Change::AllDevicesDeleted(count) => say("mail-change-all-devices-deleted", brand)
                .arg("count", i64::try_from(*count).unwrap_or(i64::MAX)),
        }
    }
}

/// Something changed on the account (SPEC section 5: every change is told).
pub fn account_changed(locale: Locale, brand: &str, user: &User, change: &Change) -> Message {
    compose(
        locale,
        brand,
        Greeting::Display(user),
        say("mail-changed-subject", brand),
        vec![change.sentence(brand), say("mail-changed-advice", brand)],
    )
}

/// The account was deleted at its owner's request.
pub fn account_deleted(locale: Locale, brand: &str) -> Message {
    compose(
        locale,
        brand,
        Greeting::Nobody,
        say("mail-deleted-subject", brand),
        vec![say("mail-deleted-body", brand)],
    )
}

/// Recovery, step 1: the link (valid `link_secs`) that confirms the removal of every factor,
/// `wait_secs` after the confirmation.
pub fn recovery_link(
    locale: Locale,
    brand: &str,
    user: &User,
    link: &str,
    link_secs: i64,
    wait_secs: i64,
) -> Message {
    compose(
        locale,
        brand,
        Greeting::Display(user),
        say("mail-recovery-link-subject", brand),
        vec![say("mail-recovery-link-body", brand)
            .arg("email", &user.email)
            .arg("link", link)
            .arg("duration", duration(link_secs))
            .arg("wait", duration(wait_secs))],
    )
}

/// Recovery, step 2: the waiting period started, the factors go at `at` (Unix seconds);
/// the link cancels it.
pub fn recovery_started(
    locale: Locale,
    brand: &str,
    user: &User,
    at: i64,
    cancel: &str,
) -> Message {
    compose(
        locale,
        brand,
        Greeting::Display(user),
        say("mail-recovery-started-subject", brand),
        vec![say("mail-recovery-started-body", brand)
            .arg("email", &user.email)
            .arg("when", when(at))
            .arg("link", cancel)],
    )
}

pub fn recovery_cancelled(locale: Locale, brand: &str, user: &User) -> Message {
    compose(
        locale,
        brand,
        Greeting::Display(user),
        say("mail-recovery-cancelled-subject", brand),
        vec![say("mail-recovery-cancelled-body", brand)],
    )
}

pub fn recovery_done(locale: Locale, brand: &str, user: &User, removed: u64) -> Message {
    compose(
        locale,
        brand,
        Greeting::Display(user),
        say("mail-recovery-done-subject", brand),
        vec![say("mail-recovery-done-body", brand)
            .arg("count", i64::try_from(removed).unwrap_or(i64::MAX))],
    )
}

/// What the helpdesk decided on an access request.
pub enum AccessNotice<'a> {
    /// `open` is the application's address, when it is known.
    Approved {
        comment: Option<&'a str>,
        open: Option<&'a str>,
    },
    Denied {
        reason: &'a str,
        again: &'a str,
    },
    Revoked {
        reason: Option<&'a str>,
    },
}

/// An access request decided or revoked, told to the requester.
#[allow(clippy::too_many_arguments)]
pub fn access_notice(
    locale: Locale,
    brand: &str,
    user: &User,
    app_name: &str,
    profile: &str,
    centre: &str,
    requests: &str,
    notice: AccessNotice<'_>,
) -> Message {
    let about = |id| {
        say(id, brand)
            .arg("app", app_name)
            .arg("profile", profile)
            .arg("centre", centre)
    };
    let app = |id| say(id, brand).arg("app", app_name);
    let your_requests = say("mail-access-requests", brand).arg("link", requests);
    let (subject, paragraphs) = match notice {
        AccessNotice::Approved { comment, open } => {
            let mut p = vec![about("mail-access-approved")];
            if let Some(c) = comment {
                p.push(say("mail-access-comment", brand).arg("comment", c));
            }
            match open {
                Some(url) => {
                    p.push(app("mail-access-sign-in-at"));
                    p.push(Msg::new("link-alone").arg("link", url));
                }
                None => p.push(app("mail-access-sign-in")),
            }
            p.push(your_requests);
            (app("mail-access-approved-subject"), p)
        }
        AccessNotice::Denied { reason, again } => (
            app("mail-access-denied-subject"),
            vec![
                about("mail-access-denied"),
                say("mail-access-reason", brand).arg("reason", reason),
                say("mail-access-again", brand).arg("link", again),
            ],
        ),
        AccessNotice::Revoked { reason } => {
            let mut p = vec![about("mail-access-revoked")];
            if let Some(r) = reason {
                p.push(say("mail-access-reason", brand).arg("reason", r));
            }
            p.push(your_requests);
            (app("mail-access-revoked-subject"), p)
        }
    };
    compose(locale, brand, Greeting::Names(user), subject, paragraphs)
}

/// The SMS with a challenge code, valid `minutes`: short, so that it fits in two SMS
/// segments in every language (checked below for every shipped catalogue).
pub fn sms_code(locale: Locale, brand: &str, code: &str, minutes: i64) -> Sms {
    Sms {
        text: say("sms-code", brand)
            .arg("code", code)
            .arg("minutes", minutes)
            .text(locale),
        locale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{shipped, ENGLISH};
    use crate::sms::segments;

    fn ada() -> User {
        User {
            id: "u1".into(),
            email: "ada@example.org".into(),
            email_verified: true,
            first_name: "Ada".into(),
            last_name: "Lovelace".into(),
            language: "en".into(),
            password_hash: None,
            password_nfc: true,
            roles: "[]".into(),
            created_at: 0,
            updated_at: 0,
            password_changed_at: None,
        }
    }

    /// Every shipped language, English included.
    fn languages() -> Vec<Locale> {
        let mut all = shipped().to_vec();
        if !all.contains(&ENGLISH) {
            all.push(ENGLISH);
        }
        all
    }

    #[test]
    fn the_code_sms_fits_in_two_segments_in_every_language() {
        // The longest name a deployment would realistically give the service, and the
        // longest code and validity.
        let brand = "EU Login (acceptance environment)";
        for locale in languages() {
            let sms = sms_code(locale, brand, "WWWW-WWWW", 15);
            let count = segments(&sms.text);
            assert!(
                count <= 2,
                "{}: {count} segments: {:?}",
                locale.code,
                sms.text
            );
            assert!(sms.text.contains(" WWWW-WWWW"), "{}", locale.code);
        }
        let english = sms_code(ENGLISH, "EU Login", "ABCD-EFGH", 10).text;
        assert_eq!(
            english,
            "EU Login code: ABCD-EFGH. Valid 10 min. Never share it."
        );
        assert_eq!(segments(&english), 1);
    }

    #[test]
    fn a_mail_is_greeting_paragraphs_and_signature() {
        let m = registered(ENGLISH, "EU Login", &ada(), "https://x.test/set?t=1", 5);
        assert_eq!(m.subject, "You have been registered in EU Login");
        assert!(m
            .body
            .starts_with("Dear Ada Lovelace,\n\nYou have been registered"));
        assert!(
            m.body.contains("\n\nhttps://x.test/set?t=1\n\n"),
            "{}",
            m.body
        );
        assert!(m.body.contains("maximum of 5 minutes"), "{}", m.body);
        assert!(
            m.body.ends_with("\n\nSent to you by EU Login"),
            "{}",
            m.body
        );
        assert!(!m.body.contains("\n\n\n"), "{}", m.body);
        assert_eq!(m.locale, ENGLISH);
    }

    #[test]
    fn dates_and_counts_are_in_words() {
        let m = lockout(
            ENGLISH,
            "EU Login",
            &ada(),
            1_796_546_040,
            "https://x.test/f",
        );
        assert!(m.body.starts_with("Dear Ada LOVELACE,"));
        assert!(
            m.body.contains("until 6 December 2026, 08:34 UTC."),
            "{}",
            m.body
        );
        let one = account_changed(ENGLISH, "EU Login", &ada(), &Change::AllDevicesDeleted(1));
        assert!(one
            .body
            .contains("(1 mobile device, security key or authenticator app)"));
        let done = recovery_done(ENGLISH, "EU Login", &ada(), 3);
        assert!(done.body.contains("(3 in all)"), "{}", done.body);
        assert!(done.body.contains("in My Account."), "{}", done.body);
    }

    #[test]
    fn an_access_decision_tells_the_reason_and_where_to_go() {
        let approved = access_notice(
            ENGLISH,
            "EU Login",
            &ada(),
            "CPMS",
            "HP",
            "Centre",
            "https://x.test/access",
            AccessNotice::Approved {
                comment: Some("Welcome"),
                open: Some("https://cpms.test/"),
            },
        );
        assert_eq!(approved.subject, "Your access to CPMS was approved");
        assert!(approved.body.contains(
            "Comment of the helpdesk: Welcome\n\nYou can now sign in to CPMS with your EU Login account:\n\nhttps://cpms.test/\n\n"
        ), "{}", approved.body);
        let denied = access_notice(
            ENGLISH,
            "EU Login",
            &ada(),
            "CPMS",
            "HP",
            "Centre",
            "https://x.test/access",
            AccessNotice::Denied {
                reason: "No",
                again: "https://x.test/again",
            },
        );
        assert!(denied.body.contains(
            "Your request for access to CPMS (access profile HP, organisation Centre) was denied"
        ));
        assert!(denied
            .body
            .contains("Reason: No\n\nYou can submit a new request at https://x.test/again"));
    }
}
