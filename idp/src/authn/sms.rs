//! Mobile + SMS (SPEC J5, J6): phone numbers normalised to E.164, `XXXX-XXXX` challenge
//! codes, and the SMS limits of section 5 (per number per hour, per account per day, wrong
//! codes per challenge), all counted in the database.

use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::outbox::{self, About};
use crate::pacing::{self, Message, Paced};
use crate::secret::{random_token, Secret};
use crate::state::AppState;
use crate::store::{self, challenges::NewChallenge, phones::PhoneNumber};
use hmac::{Hmac, Mac};
use rand::Rng;
use sha2::Sha256;

/// The example shown with every phone-number error: a Belgian mobile number in the seed's
/// spelling (country code, blanks between groups).
pub const EXAMPLE: &str = "+32 470 12 34 56";

/// Challenge kinds in the `challenges` table.
pub const ENROL: &str = "sms_enrol";
pub const LOGIN: &str = "sms_login";

/// Unambiguous alphabet: no 0/O, 1/I/L, no lower case.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// Normalises any reasonable spelling of an international mobile number (`+32 470 12 34 56`,
/// `+3247012345 6`, `0032 ...`, dots, hyphens, parentheses) to E.164, or says why not: the
/// number must be valid in libphonenumber's metadata, and a mobile number where the
/// metadata can tell. A refusal is a text for the person who typed it (`factors-phone-*`).
pub fn normalise_phone(input: &str) -> Result<String, Msg> {
    // Every refusal says why, with the example.
    let refused = |id: &'static str| Msg::new(id).arg("example", EXAMPLE);
    let trimmed = input.trim();
    if trimmed.is_empty() || trimmed.len() > 40 {
        return Err(refused("factors-phone-missing"));
    }
    let compact: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')' | '/' | '\u{a0}'))
        .collect();
    let international = if let Some(rest) = compact.strip_prefix("00") {
        format!("+{rest}")
    } else {
        compact
    };
    let Some(digits_typed) = international.strip_prefix('+') else {
        return Err(refused("factors-phone-no-plus"));
    };
    if digits_typed.is_empty() || !digits_typed.chars().all(|c| c.is_ascii_digit()) {
        return Err(refused("factors-phone-not-digits"));
    }
    let parsed =
        phonenumber::parse(None, &international).map_err(|_| refused("factors-phone-invalid"))?;
    let e164 = parsed.format().mode(phonenumber::Mode::E164).to_string();
    // The parser completes some short local numbers (Barbados' area code before "+1 668 3"):
    // an SMS must go to the digits the user typed, or nowhere.
    if !parsed.is_valid() || e164.len() > 16 || e164.trim_start_matches('+') != digits_typed {
        return Err(refused("factors-phone-not-in-plan"));
    }
    // Text messages reach mobile numbers: where the country's plan tells mobile numbers
    // apart (most of Europe), a fixed line, a toll-free or a premium number is refused;
    // where it does not (the United States), any valid number is taken.
    let metadata = parsed
        .country()
        .id()
        .and_then(|id| phonenumber::metadata::DATABASE.by_id(id.as_ref()));
    let tells_mobile = metadata.is_some_and(|m| m.descriptors().mobile().is_some());
    let kind = parsed.number_type(&phonenumber::metadata::DATABASE);
    if tells_mobile
        && !matches!(
            kind,
            phonenumber::Type::Mobile | phonenumber::Type::FixedLineOrMobile
        )
    {
        return Err(refused("factors-phone-not-mobile"));
    }
    Ok(e164)
}

/// A fresh 8-character code from the unambiguous alphabet.
fn new_code() -> String {
    let mut rng = rand::thread_rng();
    (0..8)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// `ABCD-EFGH` as shown in the SMS.
pub fn display_code(code: &str) -> String {
    format!("{}-{}", &code[..4], &code[4..])
}

/// What the user typed, in canonical form: hyphen, blanks and case do not matter.
pub fn canonical_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\u{2010}'..='\u{2015}'))
        .flat_map(char::to_uppercase)
        .take(32)
        .collect()
}

/// Codes are short, so they are stored as an HMAC under a key derived from the master key
/// (a stolen database alone does not let anyone test guesses offline).
fn code_hash(state: &AppState, challenge_id: &str, code: &str) -> String {
    let key = state.master.derive("sms-codes");
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&key) else {
        return String::new();
    };
    mac.update(challenge_id.as_bytes());
    mac.update(b":");
    mac.update(code.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

pub enum Sent {
    /// The challenge id.
    Sent(String),
    /// A limit of section 5 was reached; try again after this many seconds.
    Limited { retry_after_secs: i64 },
}

/// Sends a new challenge code to `phone`, voiding the previous one of the same kind. Paced
/// (`crate::pacing`): a minimum interval per number, caps per number, account, source IP
/// and for the deployment.
pub async fn send_challenge(
    state: &AppState,
    user_id: &str,
    phone: &PhoneNumber,
    kind: &str,
    flow_hash: Option<&str>,
    ip: &str,
) -> Result<Sent, AppError> {
    let now = state.now();
    let cfg = &state.config.sms;
    let message = sms_message(kind, phone, user_id, ip);
    if let Paced::Wait { retry_after_secs } = pacing::pace(state, &message).await? {
        return Ok(Sent::Limited { retry_after_secs });
    }
    let id = random_token(16).expose().to_owned();
    let code = new_code();
    let locale = store::users::find(&state.db, user_id)
        .await?
        .map_or(crate::i18n::ENGLISH, |u| {
            crate::i18n::of_account(&u.language)
        });
    let text = crate::mail::messages::sms_code(
        locale,
        &state.brand,
        &display_code(&code),
        cfg.code_ttl_secs / 60,
    );
    // The challenge and its SMS in one transaction: the outbox delivers the SMS.
    let tx = store::begin(&state.db).await?;
    store::challenges::supersede(&tx, user_id, kind, now).await?;
    store::challenges::insert(
        &tx,
        NewChallenge {
            id: &id,
            user_id,
            kind,
            flow_id: flow_hash,
            subject: Some(&phone.id),
            secret_hash: Some(code_hash(state, &id, &code)),
            data: None,
            now,
            expires_at: now + cfg.code_ttl_secs,
        },
    )
    .await?;
    let about = About {
        kind: "sms_code",
        user_id: Some(user_id),
        reference: Some(&id),
        expires_at: Some(now + cfg.code_ttl_secs),
    };
    outbox::sms(state, &tx, &phone.e164, &text, about).await?;
    store::commit(tx).await?;
    Ok(Sent::Sent(id))
}

fn sms_message<'a>(
    kind: &'a str,
    phone: &'a PhoneNumber,
    user_id: &'a str,
    ip: &'a str,
) -> Message<'a> {
    Message::Sms {
        kind,
        number: &phone.e164,
        account: user_id,
        ip,
    }
}

/// Seconds until another code of `kind` can be sent to `phone` (0: now), for the page.
pub async fn next_code_in(
    state: &AppState,
    kind: &str,
    user_id: &str,
    phone: &PhoneNumber,
    ip: &str,
) -> Result<i64, AppError> {
    pacing::wait(state, &sms_message(kind, phone, user_id, ip)).await
}

pub enum Checked {
    /// Right code: the challenge is used up; the phone it was sent to.
    Ok { phone_id: String },
    /// Wrong code; this many tries remain.
    Wrong { remaining: i32 },
    /// No live challenge: expired, voided by too many wrong codes, or replaced.
    Dead,
    /// The newest code's SMS could not be delivered (the outbox gave it up): ask for a new
    /// one, or use another method.
    NotDelivered,
}

/// Checks a typed code against the user's live challenge of `kind` (for a flow, if given).
pub async fn check(
    state: &AppState,
    user_id: &str,
    kind: &str,
    flow_hash: Option<&str>,
    typed: &Secret,
) -> Result<Checked, AppError> {
    let now = state.now();
    let Some(challenge) =
        store::challenges::latest_pending(&state.db, user_id, kind, flow_hash, now).await?
    else {
        if store::challenges::latest_not_sent(&state.db, user_id, kind, flow_hash).await? {
            return Ok(Checked::NotDelivered);
        }
        return Ok(Checked::Dead);
    };
    let max = state.config.sms.max_attempts;
    let canonical = canonical_code(typed.expose());
    let expected = challenge.secret_hash.as_deref().unwrap_or("");
    let actual = code_hash(state, &challenge.id, &canonical);
    if canonical.len() == 8
        && crate::secret::constant_time_eq(expected.as_bytes(), actual.as_bytes())
    {
        if store::challenges::decide(&state.db, &challenge.id, "used", now).await? {
            return Ok(Checked::Ok {
                phone_id: challenge.subject.unwrap_or_default(),
            });
        }
        return Ok(Checked::Dead);
    }
    match store::challenges::add_attempt(&state.db, &challenge.id, now).await? {
        Some(attempts) if attempts >= max => {
            store::challenges::decide(&state.db, &challenge.id, "failed", now).await?;
            Ok(Checked::Dead)
        }
        Some(attempts) => Ok(Checked::Wrong {
            remaining: max - attempts,
        }),
        None => Ok(Checked::Dead),
    }
}

/// The number as shown to the user: the E.164 form, or masked on the sign-in page.
pub fn masked(e164: &str) -> String {
    let n = e164.len();
    if n <= 6 {
        return e164.to_owned();
    }
    format!("{}{}{}", &e164[..3], "*".repeat(n - 6), &e164[n - 3..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_spellings_all_normalise_to_e164() {
        for spelling in [
            "+32 470 12 34 56",
            "+3247012345 6",
            "0032 470 12 34 56",
            "+32.470.12.34.56",
            "+32 (470) 12-34-56",
        ] {
            assert_eq!(
                normalise_phone(spelling).as_deref(),
                Ok("+32470123456"),
                "{spelling}"
            );
        }
        assert_eq!(
            normalise_phone("+33 6 12 34 56 78").as_deref(),
            Ok("+33612345678")
        );
    }

    #[test]
    fn bad_numbers_get_a_message_with_an_example() {
        for bad in [
            "",
            "0470 12 34 56",
            "+32 abc",
            "+",
            "+999 123456",
            "+32 1",
            "+31 6 1234",
            "+30 1000",
            "+1 246 668 3",
            "+35312345678901234",
            "+32 1111111111111 33",
            // the seed's placeholder: no such number in Belgium's plan
            "+32 123 45 67 89",
        ] {
            let err = normalise_phone(bad).unwrap_err();
            assert!(err.id.starts_with("factors-phone-"), "{bad}: {err:?}");
            let text = err.text(crate::i18n::ENGLISH);
            assert!(text.contains(EXAMPLE), "{bad}: {text}");
        }
    }

    #[test]
    fn only_numbers_that_receive_text_messages_are_taken() {
        // A Brussels fixed line, a Belgian and a French toll-free number: the plans tell
        // mobile numbers apart, so these are refused with their own message.
        for fixed in ["+32 2 551 18 11", "+32 800 12 345", "+33 1 23 45 67 89"] {
            let err = normalise_phone(fixed).unwrap_err();
            assert_eq!(err.id, "factors-phone-not-mobile", "{fixed}");
            let text = err.text(crate::i18n::ENGLISH);
            assert!(
                text.contains("not a mobile phone number"),
                "{fixed}: {text}"
            );
        }
        // German, Dutch and Italian mobiles; a US number (the plan cannot tell) is taken.
        for (typed, e164) in [
            ("+49 151 23456789", "+4915123456789"),
            ("+31 6 12345678", "+31612345678"),
            ("+39 312 345 6789", "+393123456789"),
            ("+1 201 555 0123", "+12015550123"),
        ] {
            assert_eq!(normalise_phone(typed).as_deref(), Ok(e164), "{typed}");
        }
    }

    #[test]
    fn codes_use_the_unambiguous_alphabet_and_show_with_a_hyphen() {
        for _ in 0..100 {
            let code = new_code();
            assert_eq!(code.len(), 8);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
            assert!(!code.contains(['0', 'O', '1', 'I', 'L']));
        }
        assert_eq!(display_code("ABCDEFGH"), "ABCD-EFGH");
        assert_eq!(canonical_code(" abcd-efgh "), "ABCDEFGH");
        assert_eq!(canonical_code("ABCDEFGH"), "ABCDEFGH");
    }
}
