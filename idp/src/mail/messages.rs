//! Every text the provider sends to a person, e-mail or SMS, in one place: the wording the
//! users read, kept apart from the code that decides when to send it (and ready for
//! translation).

use crate::store::users::User;

/// An e-mail: subject and plain-text body.
#[derive(Debug, Clone)]
pub struct Message {
    pub subject: String,
    pub body: String,
}

fn message(subject: impl Into<String>, body: String) -> Message {
    Message {
        subject: subject.into(),
        body,
    }
}

/// J1: "You have been registered", with the link to create the password.
pub fn registered(brand: &str, user: &User, link: &str, minutes: i64) -> Message {
    message(
        format!("You have been registered in {brand}"),
        format!(
            "Dear {first} {last},\n\n\
             You have been registered in {brand}.\n\
             Your email address is {email}\n\n\
             To create your password, follow the link below:\n\n{link}\n\n\
             You have a maximum of {minutes} min, starting from the time that this message was sent, to create your password, \
             but you are encouraged to do so immediately if possible. After this time, you can make another request by \
             following the same link: you will then need to re-enter your e-mail address and confirm your request.\n\n\
             If the above link does not work, copy the complete address above and paste it into your browser's address bar.\n\n\
             Instead of replying to this message, if you have a problem, please follow the help or contact information on \
             the site where you were trying to register.\n\nSent to you by {brand}",
            first = user.first_name,
            last = user.last_name,
            email = user.email,
        ),
    )
}

/// "Lost your password?": the link to choose a new one.
pub fn reset(brand: &str, user: &User, link: &str, minutes: i64) -> Message {
    message(
        format!("Your {brand} password"),
        format!(
            "Dear {first} {last},\n\n\
             A new password was requested for your {brand} account {email}.\n\
             To choose a new password, follow the link below:\n\n{link}\n\n\
             The link is valid for {minutes} min and can be used once. If you did not ask for this, ignore this message: \
             your password has not been changed.\n\nSent to you by {brand}",
            first = user.first_name,
            last = user.last_name,
            email = user.email,
        ),
    )
}

/// A registration with an address that has an account: its owner is told instead.
pub fn existing_account(brand: &str, user: &User, link: &str) -> Message {
    message(
        "Registration attempt with your e-mail address",
        format!(
            "Dear {first} {last},\n\n\
             Someone tried to register in {brand} with your e-mail address {email}, which already has an account.\n\
             If it was you and you do not remember your password, you can choose a new one here:\n\n{link}\n\n\
             If it was not you, ignore this message: nothing has changed.\n\nSent to you by {brand}",
            first = user.first_name,
            last = user.last_name,
            email = user.email,
        ),
    )
}

/// Password sign-in to the account is blocked for a while.
pub fn lockout(brand: &str, user: &User, until: &str, link: &str) -> Message {
    message(
        format!("{brand}: too many failed sign-in attempts"),
        format!(
            "Dear {name},\n\n\
             There were too many failed attempts to sign in to your {brand} account {email} with a password. \
             To protect your account, signing in with a password is blocked until {until}.\n\n\
             If it was you and you do not remember your password, choose a new one here; this also ends the block:\n\n\
             {link}\n\n\
             If it was not you, someone may be trying to guess your password: choose a new, long password at the \
             same link, and check the activity of your account in My Account.\n\nSent to you by {brand}",
            name = user.display_name(),
            email = user.email,
        ),
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
    fn sentence(&self, brand: &str) -> String {
        match self {
            Change::PasswordChanged => format!("The password of your {brand} account was changed."),
            Change::PhoneAdded(n) => {
                format!("The mobile phone number {n} was added to your {brand} account.")
            }
            Change::PhoneRemoved(n) => {
                format!("The mobile phone number {n} was removed from your {brand} account.")
            }
            Change::DeviceAdded(name) => {
                format!("The mobile device \"{name}\" was added to your {brand} account.")
            }
            Change::DeviceRemoved(name) => {
                format!("The mobile device \"{name}\" was removed from your {brand} account.")
            }
            Change::DeviceLocked(name) => format!(
                "Your mobile device \"{name}\" was locked after too many wrong PIN codes. Delete it and add it again in My Account to use it."
            ),
            Change::SecurityKeyAdded(name) => {
                format!("The security key \"{name}\" was added to your {brand} account.")
            }
            Change::SecurityKeyRemoved(name) => {
                format!("The security key \"{name}\" was removed from your {brand} account.")
            }
            Change::AuthenticatorAppAdded(name) => {
                format!("The authenticator app \"{name}\" was added to your {brand} account.")
            }
            Change::AuthenticatorAppRemoved(name) => format!(
                "The authenticator app \"{name}\" was removed from your {brand} account."
            ),
            Change::AllDevicesDeleted(count) => format!(
                "All the devices of your {brand} account were deleted ({count} mobile devices, security keys and authenticator apps)."
            ),
        }
    }
}

/// Something changed on the account (SPEC section 5: every change is told).
pub fn account_changed(brand: &str, user: &User, change: &Change) -> Message {
    message(
        format!("{brand}: your account was changed"),
        format!(
            "Dear {},\n\n{}\n\nIf you did not do this, sign in to {brand}, remove what you do not recognise in My Account, change your password, and contact the helpdesk.\n\nSent to you by {brand}",
            user.display_name(),
            change.sentence(brand)
        ),
    )
}

pub fn account_deleted(brand: &str) -> Message {
    message(
        format!("{brand}: your account was deleted"),
        format!("Your {brand} account was deleted at your request.\n\nSent to you by {brand}"),
    )
}

/// Recovery, step 1: the link that confirms the removal of every factor.
pub fn recovery_link(brand: &str, user: &User, link: &str, minutes: i64, wait: &str) -> Message {
    message(
        format!("{brand}: confirm the removal of your verification methods"),
        format!(
            "Dear {name},\n\n\
             Someone signed in to your {brand} account {email} with your password and asked to remove every \
             verification method of the account (mobile devices, security keys, authenticator apps and mobile \
             phone numbers), because none of them can be used any more.\n\n\
             If it was you, confirm with this link (valid {minutes} minutes):\n\n{link}\n\n\
             The methods are removed {wait} after you confirm; until then you can cancel, and you will be \
             told by e-mail.\n\n\
             If it was not you, do not follow the link, and change your password: someone knows it.\n\nSent to you by {brand}",
            name = user.display_name(),
            email = user.email,
        ),
    )
}

/// Recovery, step 2: the waiting period started; the link cancels it.
pub fn recovery_started(brand: &str, user: &User, when: &str, cancel: &str) -> Message {
    message(
        format!("{brand}: your verification methods will be removed"),
        format!(
            "Dear {name},\n\n\
             Every verification method of your {brand} account {email} (mobile devices, security keys, \
             authenticator apps and mobile phone numbers) will be removed on {when}, as was asked and confirmed \
             from this mailbox.\n\n\
             If you did not ask for this, cancel it now with this link, then change your password:\n\n{cancel}\n\n\
             You can also cancel it in My Account > Delete all my devices.\n\nSent to you by {brand}",
            name = user.display_name(),
            email = user.email,
        ),
    )
}

pub fn recovery_cancelled(brand: &str, user: &User) -> Message {
    message(
        format!("{brand}: the removal of your verification methods was cancelled"),
        format!(
            "Dear {},\n\nThe removal of the verification methods of your {brand} account was cancelled. \
             Nothing was removed.\n\nSent to you by {brand}",
            user.display_name()
        ),
    )
}

pub fn recovery_done(brand: &str, user: &User, removed: u64) -> Message {
    message(
        format!("{brand}: your verification methods were removed"),
        format!(
            "Dear {},\n\nAs requested, every verification method of your {brand} account was removed \
             ({removed} in all). Add your new mobile device, security key or phone number in My Account.\n\nSent to you by {brand}",
            user.display_name()
        ),
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
pub fn access_notice(
    brand: &str,
    user: &User,
    app_name: &str,
    profile: &str,
    centre: &str,
    requests: &str,
    notice: AccessNotice<'_>,
) -> Message {
    let what = format!(
        "your request for access to {app_name} (access profile {profile}, organisation {centre})"
    );
    let greeting = format!("Dear {} {},", user.first_name, user.last_name);
    match notice {
        AccessNotice::Approved { comment, open } => message(
            format!("Your access to {app_name} was approved"),
            format!(
                "{greeting}\n\n{} was approved by the {app_name} helpdesk.{}\n\nYou can now sign in to {app_name} with your {brand} account{}.\n\nYour requests: {requests}\n",
                capitalise(&what),
                comment
                    .map(|c| format!("\n\nComment of the helpdesk: {c}"))
                    .unwrap_or_default(),
                open.map(|url| format!(":\n\n{url}\n")).unwrap_or_default(),
            ),
        ),
        AccessNotice::Denied { reason, again } => message(
            format!("Your access request for {app_name} was denied"),
            format!(
                "{greeting}\n\n{} was denied by the {app_name} helpdesk.\n\nReason: {reason}\n\nYou can submit a new request at {again}\n",
                capitalise(&what),
            ),
        ),
        AccessNotice::Revoked { reason } => message(
            format!("Your access to {app_name} was revoked"),
            format!(
                "{greeting}\n\nThe access granted on {what} was revoked by the {app_name} helpdesk.{}\n\nYour requests: {requests}\n",
                reason.map(|c| format!("\n\nReason: {c}")).unwrap_or_default(),
            ),
        ),
    }
}

/// The SMS with a challenge code.
pub fn sms_code(brand: &str, code: &str, minutes: i64) -> String {
    format!("{brand}: your challenge code is {code}. It is valid for {minutes} minutes. Never share it.")
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::capitalise;

    #[test]
    fn sentences_start_with_a_capital() {
        assert_eq!(capitalise("your request"), "Your request");
        assert_eq!(capitalise(""), "");
    }
}
