//! Registration (J1) and "Lost your password?" (J3). Neither reveals whether an e-mail
//! address has an account: the screen is the same, and only the owner's mailbox learns.

use super::links::{self, Purpose};
use crate::audit::{self, AuditEvent, Subject};
use crate::error::AppError;
use crate::i18n::{self, Locale, Msg};
use crate::mail::messages;
use crate::mail::outbox::{self, About};
use crate::pacing::{self, Message, Paced};
use crate::secret::random_token;
use crate::state::AppState;
use crate::store;
use crate::store::users::User;
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
/// same either way, and the mail is written to the outbox (delivered off the request path), so
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
    let locale = |user: &User| crate::i18n::of_account(&user.language);
    match store::users::find_by_email(&state.db, &email).await? {
        // Registered before but no password chosen yet: the registration mail again, with
        // a new link (which voids the earlier one).
        Some(existing) if existing.password_hash.is_none() => {
            mail_link(
                state,
                &existing,
                Purpose::SetPassword,
                "registered",
                |link| {
                    messages::registered(
                        locale(&existing),
                        &state.brand,
                        &existing,
                        link,
                        minutes(state),
                    )
                },
            )
            .await?;
        }
        Some(existing) => {
            mail_link(
                state,
                &existing,
                Purpose::Reset,
                "existing_account",
                |link| messages::existing_account(locale(&existing), &state.brand, &existing, link),
            )
            .await?;
        }
        None => {
            // The account, its link, its mail and the audit entry in one transaction: a
            // registration is either all there, its mail waiting in the outbox, or not at all.
            let id = random_token(16).expose().to_owned();
            let tx = store::begin(&state.db).await?;
            store::users::insert(
                &tx,
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
            let Some(user) = store::users::find(&tx, &id).await? else {
                return Err(AppError::Internal("registered user vanished".into()));
            };
            let link = links::create_in(&tx, state, &user.id, Purpose::SetPassword).await?;
            let message =
                messages::registered(locale(&user), &state.brand, &user, &link, minutes(state));
            outbox::email(
                state,
                &tx,
                &user.email,
                &message,
                About::to_address("registered", Some(&user.id)),
            )
            .await?;
            audit::record(
                &tx,
                now,
                &AuditEvent::AccountRegistered,
                Subject::user(Some(&user.id), ip),
            )
            .await?;
            store::commit(tx).await?;
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
        let locale = crate::i18n::of_account(&user.language);
        let kind = match purpose {
            Purpose::SetPassword => "registered",
            _ => "reset",
        };
        mail_link(state, &user, purpose, kind, |link| match purpose {
            Purpose::SetPassword => {
                messages::registered(locale, &state.brand, &user, link, minutes(state))
            }
            _ => messages::reset(locale, &state.brand, &user, link, minutes(state)),
        })
        .await?;
    }
    Ok(None)
}

/// A new link of `purpose` for `user` and the mail that carries it, written together: the
/// outbox delivers the mail, so neither the answer's timing nor a mail-server failure tells
/// whether the address has an account.
async fn mail_link(
    state: &AppState,
    user: &User,
    purpose: Purpose,
    kind: &'static str,
    compose: impl FnOnce(&str) -> messages::Message,
) -> Result<(), AppError> {
    let tx = store::begin(&state.db).await?;
    let link = links::create_in(&tx, state, &user.id, purpose).await?;
    let about = About::to_address(kind, Some(&user.id));
    outbox::email(state, &tx, &user.email, &compose(&link), about).await?;
    store::commit(tx).await?;
    Ok(())
}

fn minutes(state: &AppState) -> i64 {
    (state.config.password.link_ttl_secs + 59) / 60
}
