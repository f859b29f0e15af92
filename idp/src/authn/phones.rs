//! Mobile phone numbers as a second factor (J5, J6): adding one (normalise, send a code,
//! confirm it), removing one, and sending a sign-in code. The SMS mechanics (codes, their
//! checks, pacing) are in `sms`.

use super::factors::factor_changed;
use super::sms::{self, Checked, Sent};
use crate::audit::{self, AuditEvent, Factor, Subject};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::messages::Change;
use crate::secret::{random_token, Secret};
use crate::state::AppState;
use crate::store::{self, phones::PhoneNumber, users::User};

/// What adding a number did.
pub enum Added {
    /// A code went to the number; confirm it on the finalise page of `phone_id`.
    CodeSent {
        phone_id: String,
    },
    /// The text is not a number we can use; the message says why, with an example.
    Invalid(Msg),
    /// The account has this confirmed number already.
    AlreadyRegistered(String),
    Limited {
        retry_after_secs: i64,
    },
}

/// Adds `typed` (any spelling) as an unconfirmed number and texts it a code.
pub async fn add(state: &AppState, user: &User, typed: &str, ip: &str) -> Result<Added, AppError> {
    let e164 = match sms::normalise_phone(typed) {
        Ok(n) => n,
        Err(message) => return Ok(Added::Invalid(message)),
    };
    if store::phones::verified(&state.db, &user.id)
        .await?
        .iter()
        .any(|p| p.e164 == e164)
    {
        return Ok(Added::AlreadyRegistered(e164));
    }
    let now = state.now();
    store::phones::delete_pending(&state.db, &user.id, &e164).await?;
    let phone_id = random_token(16).expose().to_owned();
    store::phones::insert(&state.db, &phone_id, &user.id, &e164, now).await?;
    let Some(phone) = store::phones::find(&state.db, &user.id, &phone_id).await? else {
        return Err(AppError::Internal("phone number vanished".into()));
    };
    Ok(
        match sms::send_challenge(state, &user.id, &phone, sms::ENROL, None, ip).await? {
            Sent::Sent(_) => {
                sent(state, &user.id, "enrol", &e164, ip).await?;
                Added::CodeSent { phone_id }
            }
            Sent::Limited { retry_after_secs } => Added::Limited { retry_after_secs },
        },
    )
}

async fn sent(
    state: &AppState,
    user_id: &str,
    purpose: &'static str,
    e164: &str,
    ip: &str,
) -> Result<(), AppError> {
    audit::log(
        state,
        AuditEvent::SmsSent {
            purpose,
            to: sms::masked(e164),
        },
        Subject::user(Some(user_id), ip),
    )
    .await
}

/// What confirming a number's code did.
pub enum Finalised {
    Added(PhoneNumber),
    /// Expired, replaced, or voided by wrong codes: add the number again.
    Dead,
    Wrong {
        remaining: i32,
    },
}

/// Confirms `phone` with the code it received; the owner is told when it is added.
pub async fn finalise(
    state: &AppState,
    user: &User,
    phone: &PhoneNumber,
    code: &Secret,
    ip: &str,
) -> Result<Finalised, AppError> {
    Ok(
        match sms::check(state, &user.id, sms::ENROL, None, code).await? {
            Checked::Ok { phone_id } if phone_id == phone.id => {
                store::phones::verify(&state.db, &user.id, &phone.id, state.now()).await?;
                factor_changed(
                    state,
                    user,
                    ip,
                    AuditEvent::FactorAdded(Factor::Phone {
                        masked: sms::masked(&phone.e164),
                    }),
                    Change::PhoneAdded(phone.e164.clone()),
                )
                .await?;
                Finalised::Added(phone.clone())
            }
            Checked::Ok { .. } | Checked::Dead | Checked::NotDelivered => Finalised::Dead,
            Checked::Wrong { remaining } => Finalised::Wrong { remaining },
        },
    )
}

/// Removes one of the user's numbers; the owner is told. False if it is not theirs.
pub async fn remove(
    state: &AppState,
    user: &User,
    phone_id: &str,
    ip: &str,
) -> Result<bool, AppError> {
    let Some(phone) = store::phones::find(&state.db, &user.id, phone_id).await? else {
        return Ok(false);
    };
    store::phones::delete(&state.db, &user.id, &phone.id).await?;
    factor_changed(
        state,
        user,
        ip,
        AuditEvent::FactorRemoved(Factor::Phone {
            masked: sms::masked(&phone.e164),
        }),
        Change::PhoneRemoved(phone.e164),
    )
    .await?;
    Ok(true)
}

/// Sends a sign-in code for the sign-in `flow_hash` to one of the user's confirmed
/// numbers; `None` when `phone_id` is not one.
pub async fn send_sign_in_code(
    state: &AppState,
    user_id: &str,
    phone_id: &str,
    flow_hash: &str,
    ip: &str,
) -> Result<Option<Sent>, AppError> {
    let Some(phone) = store::phones::find(&state.db, user_id, phone_id)
        .await?
        .filter(|n| n.verified_at.is_some())
    else {
        return Ok(None);
    };
    let sent_now =
        sms::send_challenge(state, user_id, &phone, sms::LOGIN, Some(flow_hash), ip).await?;
    if let Sent::Sent(_) = &sent_now {
        sent(state, user_id, "signin", &phone.e164, ip).await?;
    }
    Ok(Some(sent_now))
}
