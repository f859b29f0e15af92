//! The authorization system (J11): who may enter which application, as what, for which
//! centre. Users request access in four steps (application, organisation, access profile,
//! recap); a helpdesk user of the application approves or denies with a reason; an approved,
//! unrevoked request is the grant, released as the `entitlements` claim to that
//! application's client only.
//!
//! - `tree`: the organisation tree (ERN -> country -> centre) and the selection rule (only a
//!   centre is a valid choice; the FAQ's explanation otherwise).
//! - `request`: validation of each step and submission.
//! - `helpdesk`: the queue, decisions, revocation, the mails to the requester.
//! - `entitlements`: the claim.
//! - `admin`: applications, profiles and the tree as data (CLI and demo seed).

pub mod admin;
pub mod entitlements;
pub mod helpdesk;
pub mod request;
pub mod tree;

use crate::error::AppError;
use crate::i18n::{Msg, ENGLISH};
use crate::store::StoreError;

pub use entitlements::entitlements;

/// Status of an access request. An approved request is the grant.
pub const PENDING: &str = "pending";
pub const APPROVED: &str = "approved";
pub const DENIED: &str = "denied";
pub const REVOKED: &str = "revoked";

/// The most characters kept in a comment or a reason.
pub const MAX_TEXT: usize = 2000;

/// Why an access operation was refused. Rendered by `http::access` in the visitor's
/// language: `Invalid` is 400, `Forbidden` 403, `Conflict` 409; `App` is an internal error.
/// As an error (the command line) it reads in English.
#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("{}", .0.text(ENGLISH))]
    Invalid(Msg),
    /// One field of a form is wrong: the page shows the message beside it.
    #[error("{}", .1.text(ENGLISH))]
    Field(&'static str, Msg),
    #[error("{}", .0.text(ENGLISH))]
    Forbidden(Msg),
    #[error("{}", .0.text(ENGLISH))]
    Conflict(Msg),
    /// The operator's data refused (`admin`: the command line and the demo seed), in
    /// English: it never reaches a page.
    #[error("{0}")]
    Data(String),
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<StoreError> for AccessError {
    fn from(e: StoreError) -> Self {
        AccessError::App(AppError::Store(e))
    }
}

/// The applications a user is helpdesk of: roles `helpdesk:<application id>`.
pub fn helpdesk_applications(roles: &[String]) -> Vec<String> {
    roles
        .iter()
        .filter_map(|r| r.strip_prefix("helpdesk:"))
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What a free text is, for the messages that refuse it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FreeText {
    /// The requester's comment (step 4).
    Comment,
    /// The helpdesk's reason for a decision or a revocation.
    Reason,
}

/// A comment or a reason: trimmed, at most `MAX_TEXT` characters, no control characters
/// other than line breaks and tabs.
pub fn clean_text(text: &str, what: FreeText) -> Result<String, Msg> {
    let text = text.trim();
    if text.chars().count() > MAX_TEXT {
        let id = match what {
            FreeText::Comment => "access-comment-too-long",
            FreeText::Reason => "access-reason-too-long",
        };
        return Err(Msg::new(id).arg("max", MAX_TEXT));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Msg::new(match what {
            FreeText::Comment => "access-comment-not-allowed",
            FreeText::Reason => "access-reason-not-allowed",
        }));
    }
    Ok(text.replace("\r\n", "\n"))
}

/// A request's status as people read it ("Pending").
pub fn status_text(status: &str) -> Msg {
    Msg::new(match status {
        PENDING => "access-status-pending",
        APPROVED => "access-status-approved",
        DENIED => "access-status-denied",
        REVOKED => "access-status-revoked",
        _ => "access-status-unknown",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpdesk_roles_name_their_applications() {
        let roles = vec![
            "helpdesk:cpms".to_owned(),
            "admin".to_owned(),
            "helpdesk:".to_owned(),
            "helpdesk:other".to_owned(),
        ];
        assert_eq!(helpdesk_applications(&roles), vec!["cpms", "other"]);
        assert!(helpdesk_applications(&[]).is_empty());
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(
            clean_text("  hello \r\nworld ", FreeText::Comment).unwrap(),
            "hello \nworld"
        );
        assert!(clean_text(&"x".repeat(MAX_TEXT), FreeText::Comment).is_ok());
        let long = clean_text(&"x".repeat(MAX_TEXT + 1), FreeText::Comment)
            .unwrap_err()
            .text(ENGLISH);
        assert_eq!(
            long, "The comment is too long: at most 2000 characters, please.",
            "{long}"
        );
        let bell = clean_text("bell\u{7}", FreeText::Reason).unwrap_err();
        assert_eq!(
            bell.text(ENGLISH),
            "The reason contains characters that are not allowed."
        );
    }

    #[test]
    fn statuses_read_as_words() {
        assert_eq!(status_text(PENDING).text(ENGLISH), "Pending");
        assert_eq!(status_text(REVOKED).text(ENGLISH), "Revoked");
        let odd = "odd";
        assert_eq!(status_text(odd).text(ENGLISH), "Unknown");
    }
}
