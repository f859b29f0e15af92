//! My Account changes (SPEC J4): password change with a minimum age, personal data,
//! deleting the account, and deleting all devices (the FAQ's "new phone" case).

use crate::account::links::wait_before_change;
use crate::account::registration;
use crate::audit::{self, AuditEvent, Factor, Subject};
use crate::authn::attempts::{verify_password, SignInOutcome};
use crate::authn::policy;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::{self, messages, messages::Change};
use crate::secret::Secret;
use crate::state::AppState;
use crate::store::{self, users::User};

pub enum PasswordChange {
    Done,
    /// The current password is wrong (or sign-ins are throttled).
    WrongCurrent,
    /// Every rule the new password breaks.
    Refused(Vec<Msg>),
    TooSoon {
        wait_secs: i64,
    },
}

/// Changes the password of a signed-in user who knows the current one (audited, the owner
/// told). Other sessions end; the caller renews this browser's session.
pub async fn change_password(
    state: &AppState,
    user: &User,
    current: &Secret,
    new: &Secret,
    confirm: &Secret,
    ip: &str,
) -> Result<PasswordChange, AppError> {
    let wait = wait_before_change(state, user);
    if wait > 0 {
        return Ok(PasswordChange::TooSoon { wait_secs: wait });
    }
    if new != confirm {
        return Ok(PasswordChange::Refused(vec![Msg::new(
            "account-password-mismatch",
        )]));
    }
    if let Err(problems) = policy::check(&state.config.password, new, user) {
        return Ok(PasswordChange::Refused(problems));
    }
    match verify_password(state, &user.email, current, ip)
        .await?
        .settle()
        .await
    {
        SignInOutcome::Success(_) => {}
        _ => return Ok(PasswordChange::WrongCurrent),
    }
    let hash = state.hasher.hash(new).await?;
    let now = state.now();
    let tx = store::begin(&state.db).await?;
    store::users::set_password(&tx, &user.id, &hash, now, true).await?;
    store::sessions::end_all_for_user(&tx, &user.id, now).await?;
    store::commit(tx).await?;
    audit::log(
        state,
        AuditEvent::PasswordSet { via: "my_account" },
        Subject::user(Some(&user.id), ip),
    )
    .await?;
    mail::notify(state, user, Change::PasswordChanged).await?;
    Ok(PasswordChange::Done)
}

/// Validates and saves first name, last name and language; otherwise the problems, each
/// with the form field it is about (`first_name`, `last_name`, `language`).
pub async fn update_details(
    state: &AppState,
    user: &User,
    first_name: &str,
    last_name: &str,
    language: &str,
) -> Result<Result<(), Vec<(&'static str, Msg)>>, AppError> {
    let first = first_name.trim();
    let last = last_name.trim();
    let mut problems = Vec::new();
    for (field, value, missing, too_long) in [
        (
            "first_name",
            first,
            "account-first-name-missing",
            "account-first-name-too-long",
        ),
        (
            "last_name",
            last,
            "account-last-name-missing",
            "account-last-name-too-long",
        ),
    ] {
        if value.is_empty() {
            problems.push((field, Msg::new(missing)));
        } else if value.chars().count() > 100 || value.chars().any(char::is_control) {
            problems.push((field, Msg::new(too_long)));
        }
    }
    if registration::language(language).is_none() {
        problems.push(("language", Msg::new("account-language-invalid")));
    }
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    store::users::set_details(&state.db, &user.id, first, last, language, state.now()).await?;
    Ok(Ok(()))
}

/// Removes every mobile device, security key and authenticator app of the user (phone
/// numbers stay: they are not devices), audited and told. Returns how many were removed.
pub async fn delete_all_devices(state: &AppState, user: &User, ip: &str) -> Result<u64, AppError> {
    let tx = store::begin(&state.db).await?;
    let mut removed = store::devices::delete_all(&tx, &user.id).await?;
    removed += store::webauthn::delete_all(&tx, &user.id).await?;
    removed += store::totp::delete_all(&tx, &user.id).await?;
    store::commit(tx).await?;
    audit::log(
        state,
        AuditEvent::FactorRemoved(Factor::AllDevices { count: removed }),
        Subject::user(Some(&user.id), ip),
    )
    .await?;
    mail::notify(state, user, Change::AllDevicesDeleted(removed)).await?;
    Ok(removed)
}

/// Deletes the account and everything attached to it; its sessions end first, so clients
/// with back-channel logout hear of it. The address is told once it is done.
pub async fn delete_account(state: &AppState, user: &User, ip: &str) -> Result<(), AppError> {
    let now = state.now();
    for session in store::sessions::list_live_for_user(&state.db, &user.id, now).await? {
        crate::oidc::logout::end_session(state, &session, ip).await?;
    }
    audit::log(
        state,
        AuditEvent::AccountDeleted {
            user: user.id.clone(),
        },
        Subject::user(None, ip),
    )
    .await?;
    let tx = store::begin(&state.db).await?;
    store::challenges::delete_for_user(&tx, &user.id).await?;
    store::phones::delete_all(&tx, &user.id).await?;
    store::devices::delete_all(&tx, &user.id).await?;
    store::webauthn::delete_all(&tx, &user.id).await?;
    store::totp::delete_all(&tx, &user.id).await?;
    store::users::delete(&tx, &user.id).await?;
    store::commit(tx).await?;
    crate::mail::outbox::email(
        state,
        &state.db,
        &user.email,
        &messages::account_deleted(crate::i18n::of_account(&user.language), &state.brand),
        crate::mail::outbox::About::to_address("account_deleted", None),
    )
    .await?;
    Ok(())
}
