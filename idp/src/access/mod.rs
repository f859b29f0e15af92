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
use crate::store::StoreError;

pub use entitlements::entitlements;

/// Status of an access request. An approved request is the grant.
pub const PENDING: &str = "pending";
pub const APPROVED: &str = "approved";
pub const DENIED: &str = "denied";
pub const REVOKED: &str = "revoked";

/// The most characters kept in a comment or a reason.
pub const MAX_TEXT: usize = 2000;

/// Why an access operation was refused. Rendered by `http::access`: `Invalid` is 400,
/// `Forbidden` 403, `Conflict` 409; `App` is an internal error.
#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("{0}")]
    Invalid(String),
    /// One field of a form is wrong: the page shows the message beside it.
    #[error("{1}")]
    Field(&'static str, String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    Conflict(String),
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

/// A comment or a reason: trimmed, at most `MAX_TEXT` characters, no control characters
/// other than line breaks and tabs.
pub fn clean_text(text: &str, what: &str) -> Result<String, String> {
    let text = text.trim();
    if text.chars().count() > MAX_TEXT {
        return Err(format!(
            "The {what} is too long: at most {MAX_TEXT} characters, please."
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(format!(
            "The {what} contains characters that are not allowed."
        ));
    }
    Ok(text.replace("\r\n", "\n"))
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
            clean_text("  hello \r\nworld ", "comment").unwrap(),
            "hello \nworld"
        );
        assert!(clean_text(&"x".repeat(MAX_TEXT), "comment").is_ok());
        let long = clean_text(&"x".repeat(MAX_TEXT + 1), "comment").unwrap_err();
        assert!(long.contains("too long"), "{long}");
        assert!(clean_text("bell\u{7}", "reason").is_err());
    }
}
