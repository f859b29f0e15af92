//! Registration (J1) and "Lost your password?" (J3). Neither reveals whether an e-mail
//! address has an account: the screen is the same, and only the owner's mailbox learns.

use super::links::{self, Purpose};
use crate::audit::{self, AuditEvent, Subject};
use crate::error::AppError;
use crate::i18n::{self, Locale, Msg};
use crate::mail::messages;
use crate::pacing::{self, Message, Paced};
use crate::secret::random_token;
use crate::state::AppState;
use crate::store;
use std::collections::BTreeMap;

/// The languages an account may have (issue 15): the 24 of the service, by their own names,
/// and the pseudo-locale while it is switched on (for tests and translators). Registration
/// and My Account list exactly these and accept nothing else.
pub fn languages() -> impl Iterator<Item = Locale> {
    i18n::LOCALES
        .iter()
        .copied()
        .chain(i18n::find(i18n::PSEUDO.code))
}

/// The language of `code` if an account may have it.
pub fn language(code: &str) -> Option<Locale> {
    languages().find(|l| l.code == code)
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Registration {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub email_confirm: String,
    pub language: Option<String>,
}

pub enum Outcome {
    /// Same screen in both cases: "check your e-mail".
    Accepted,
    /// What is wrong, beside each field.
    Invalid(BTreeMap<&'static str, Msg>),
    Throttled {
        retry_after_secs: i64,
    },
}

/// A plausible e-mail address: one `@`, a non-empty local part, a dotted domain, no spaces.
pub fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && domain.len() <= 255
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
        && !domain.contains('@')
        && !email
            .chars()
            .any(|c| c.is_control() || "<>()[],;:\\\"".contains(c))
}

fn validate(form: &Registration) -> BTreeMap<&'static str, Msg> {
    let mut errors = BTreeMap::new();
    for (field, value, missing, invalid) in [
        (
            "first_name",
            &form.first_name,
            "account-first-name-missing",
            "account-register-first-name-invalid",
        ),
        (
            "last_name",
            &form.last_name,
            "account-last-name-missing",
            "account-register-last-name-invalid",
        ),
    ] {
        let v = value.trim();
        if v.is_empty() {
            errors.insert(field, Msg::new(missing));
        } else if v.chars().count() > 100 || v.chars().any(char::is_control) {
            errors.insert(field, Msg::new(invalid));
        }
    }
    let email = store::users::normalise_email(&form.email);
    if !valid_email(&email) || email.len() > 320 {
        errors.insert("email", Msg::new("account-register-email-invalid"));
    } else if store::users::normalise_email(&form.email_confirm) != email {
        errors.insert("email_confirm", Msg::new("account-register-email-mismatch"));
    }
    if let Some(lang) = &form.language {
        if language(lang).is_none() {
            errors.insert("language", Msg::new("account-language-invalid"));
        }
    }
    errors
}

/// Registers an account, or tells the owner of a known address by e-mail. The answer is the
/// same either way, and the mail leaves off the request path (`Mailer::send_detached`), so
/// neither the page, its timing nor a mail-server failure tells whether the address exists.
/// Pacing is per address and source IP, for every address alike.
#[tracing::instrument(skip_all, fields(ip = %ip))]
pub async fn register(
    state: &AppState,
    form: &Registration,
    ip: &str,
) -> Result<Outcome, AppError> {
    let errors = validate(form);
    if !errors.is_empty() {
        return Ok(Outcome::Invalid(errors));
    }
    let now = state.now();
    let email = store::users::normalise_email(&form.email);
    let paced = pacing::pace(
        state,
        &Message::Email {
            kind: "register",
            address: &email,
            ip,
        },
    )
    .await?;
    if let Paced::Wait { retry_after_secs } = paced {
        return Ok(Outcome::Throttled { retry_after_secs });
    }
    match store::users::find_by_email(&state.db, &email).await? {
        // Registered before but no password chosen yet: the registration mail again, with
        // a new link (which voids the earlier one).
        Some(existing) if existing.password_hash.is_none() => {
            let link = links::create(state, &existing, Purpose::SetPassword).await?;
            send(
                state,
                &existing.email,
                messages::registered(
                    crate::i18n::of_account(&existing.language),
                    &state.brand,
                    &existing,
                    &link,
                    minutes(state),
                ),
            )
            .await?;
        }
        Some(existing) => {
            let link = links::create(state, &existing, Purpose::Reset).await?;
            send(
                state,
                &existing.email,
                messages::existing_account(
                    crate::i18n::of_account(&existing.language),
                    &state.brand,
                    &existing,
                    &link,
                ),
            )
            .await?;
        }
        None => {
            let id = random_token(16).expose().to_owned();
            store::users::insert(
                &state.db,
                store::users::NewUser {
                    id: id.clone(),
                    email: &email,
                    email_verified: false,
                    first_name: form.first_name.trim(),
                    last_name: form.last_name.trim(),
                    language: form.language.as_deref().unwrap_or("en"),
                    password_hash: None,
                    roles: &[],
                    now,
                },
            )
            .await?;
            let Some(user) = store::users::find(&state.db, &id).await? else {
                return Err(AppError::Internal("registered user vanished".into()));
            };
            let link = links::create(state, &user, Purpose::SetPassword).await?;
            send(
                state,
                &user.email,
                messages::registered(
                    crate::i18n::of_account(&user.language),
                    &state.brand,
                    &user,
                    &link,
                    minutes(state),
                ),
            )
            .await?;
            audit::log(
                state,
                AuditEvent::AccountRegistered,
                Subject::user(Some(&user.id), ip),
            )
            .await?;
        }
    }
    Ok(Outcome::Accepted)
}

/// "Lost your password?": sends a link to choose a password if the account exists; the
/// screen says the same either way. Paced per address and source IP for every address
/// alike, so it cannot flood a mailbox and its limits reveal nothing. `Some(seconds)` when
/// a limit is reached.
pub async fn forgot(state: &AppState, email: &str, ip: &str) -> Result<Option<i64>, AppError> {
    let email = store::users::normalise_email(email);
    if !valid_email(&email) {
        return Ok(None);
    }
    let paced = pacing::pace(
        state,
        &Message::Email {
            kind: "reset",
            address: &email,
            ip,
        },
    )
    .await?;
    if let Paced::Wait { retry_after_secs } = paced {
        return Ok(Some(retry_after_secs));
    }
    if let Some(user) = store::users::find_by_email(&state.db, &email).await? {
        let purpose = if user.password_hash.is_some() {
            Purpose::Reset
        } else {
            Purpose::SetPassword
        };
        let link = links::create(state, &user, purpose).await?;
        let locale = crate::i18n::of_account(&user.language);
        let message = match purpose {
            Purpose::SetPassword => {
                messages::registered(locale, &state.brand, &user, &link, minutes(state))
            }
            _ => messages::reset(locale, &state.brand, &user, &link, minutes(state)),
        };
        send(state, &user.email, message).await?;
    }
    Ok(None)
}

async fn send(state: &AppState, to: &str, message: messages::Message) -> Result<(), AppError> {
    state
        .mailer
        .send_in_background(to, &message, state.now())
        .await
}

fn minutes(state: &AppState) -> i64 {
    (state.config.password.link_ttl_secs + 59) / 60
}
