# The provider's texts in English (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = First name
account-last-name = Last name
account-email = E-mail
account-language = Language
account-cancel = Cancel
account-submit = Submit
account-save = Save
account-delete = Delete
account-sign-in = Sign in
account-back = My Account
account-wait-title = Please wait before asking again
account-link-invalid-title = This link is no longer valid
account-check-email-title = Please check your e-mail
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = expired
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = unknown

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Welcome { $name }
account-home-signed-in = You are signed in to { $brand } as { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = You are signed in to { $brand } as { $email } (verification level: { $level }).
account-home-change-password-hint = (in My Account, with your current password)
account-home-forgot-password = Lost your password?
account-home-sign-out = Sign out
account-home-intro = One account to sign in to every application connected to { $brand }.
account-home-register = Create an account

## My Account (templates/account.html)

account-title = My Account
account-details-heading = My account details
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (External)
account-level = Verification level of this session
account-needs-second-factor = Applications such as CPMS require a second verification method: add a mobile phone number, a mobile device, a security key or an authenticator app.
account-menu-change-password = Change password
account-menu-details = Modify my personal data
account-menu-delete = Delete my account
account-menu-devices = Manage my mobile devices
account-menu-phones = Manage my mobile phone numbers
account-menu-security-keys = Manage my security keys
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (added)
account-menu-authenticator-apps = Manage my authenticator apps
account-menu-sessions = Display my sessions
account-menu-sessions-hint = You can view the sessions opened for visited applications.
account-menu-delete-devices = Delete all my devices
account-menu-delete-devices-hint = For a new phone: removes every mobile device, security key and authenticator app.
account-menu-activity = Activity
account-menu-activity-hint = Recent security events of your account.
account-notice-password = Your password was changed. Your other sessions were ended.
account-notice-details = Your personal data was saved.
account-notice-devices = All your devices were deleted. You can now add your new device.
account-notice-session = The session was ended.
account-notice-sent-again = The e-mail is on its way again.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Some e-mails did not reach you
# $email: the account's address.
account-undelivered = The mail server of { $email } refused these e-mails, or they could not be delivered in time. If your mailbox was full or the address has changed, fix that first, then send them again.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = “{ $subject }”, { $when }
account-undelivered-send-again = Send again
account-undelivered-gone = This e-mail cannot be sent again: it was sent already, or it is not one of yours.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Modify my personal data
account-first-name-missing = Please enter your first name.
account-last-name-missing = Please enter your last name.
account-first-name-too-long = The first name must be at most 100 ordinary characters.
account-last-name-too-long = The last name must be at most 100 ordinary characters.
account-language-invalid = Please choose a language from the list.

## Change password (templates/account_password.html)

account-password-title = Change password
account-password-wait = For security reasons you have to wait before you can change your password again: { $wait } left. In urgent cases, please contact the helpdesk.
account-password-rules = Your new password must follow these rules:
account-password-current = Current password
account-password-new = New password
account-password-confirm = Confirm the new password
account-password-too-long = The password is too long.
account-password-wrong-current = Your current password is not correct.
account-password-too-soon = For security reasons you have to wait before changing your password again: { $wait } left. In urgent cases, please contact the helpdesk.
account-password-mismatch = The two new passwords are not the same.

## Delete my account (templates/account_delete.html)

account-delete-title = Delete my account
account-delete-warning = Your { $brand } account, its phone numbers, devices and security keys will be deleted, and every application you are signed in to will be told. This cannot be undone.
account-delete-confirm = I want to delete my { $brand } account
account-delete-unconfirmed = Please tick the box to confirm that your account must be deleted.
account-deleted-title = Your account was deleted
account-deleted = Your { $brand } account and everything attached to it were deleted.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Delete all my devices
account-delete-devices-pending = Every verification method of your account will be removed on { $when }, as you asked by e-mail.
account-delete-devices-none = Your account has no mobile device, security key or authenticator app. Add one from My Account.
account-delete-devices-now = Use this when you have a new phone: every mobile device, security key and authenticator app of your account is removed. Afterwards, add your new device from "Manage my mobile devices". Your mobile phone numbers are kept.
account-delete-devices-why = To protect your account, your password alone cannot remove your verification methods: whoever learnt it could then add their own.
account-delete-devices-can-use = I can still use one of them
account-delete-devices-can-use-text = Sign in again with your old phone, security key or authenticator app, then delete them all at once.
account-delete-devices-reauth = Sign in with a verification method
account-delete-devices-cannot-use = I cannot use any of them
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = We send a link to your e-mail address. After you confirm with it, every verification method of your account (mobile devices, security keys, authenticator apps and mobile phone numbers) is removed { $wait } later. You are told by e-mail at once and can cancel until then.
account-delete-devices-send-link = Send me the link

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Remove all verification methods
# $minutes: how long the link can be used.
account-recovery-sent = A link was sent to { $email }. It is valid for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
account-recovery-sent-next = Follow it to confirm. Your verification methods are removed { $wait } after you confirm, and you can cancel until then.
account-recovery-confirm-text = Every mobile device, security key, authenticator app and mobile phone number of the { $brand } account { $email } will be removed { $wait } after you confirm. You will be told by e-mail, with a link to cancel.
account-recovery-confirm = Confirm
account-recovery-started-title = Removal confirmed
account-recovery-started = Every verification method of your account will be removed on { $when }.
account-recovery-started-next = An e-mail with a link to cancel was sent to you. After that time, sign in with your password and add your new device in My Account.
account-recovery-cancel-title = Cancel the removal of your verification methods
account-recovery-due = Every verification method of your account is due to be removed on { $when }.
account-recovery-cancel = Cancel the removal
account-recovery-cancel-hint = If you did not ask for it, change your password too: someone knows it.
account-recovery-cancelled-title = Removal cancelled
account-recovery-cancelled = Nothing was removed. Your verification methods stay as they are.
account-recovery-nothing-title = Nothing to cancel
account-recovery-nothing = No removal of your verification methods was waiting.
account-recovery-invalid = The link you followed has expired, has already been used, or was replaced by a newer one.
account-recovery-start-again = Start again from "Delete all my devices"
account-recovery-paced = An e-mail with a link was sent a short while ago. You can ask for a new one in { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Display my sessions
account-sessions-title = My sessions
account-sessions-started = Started
account-sessions-last-seen = Last seen
account-sessions-level = Level
account-sessions-from = From
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Action
account-sessions-current = This session
account-sessions-end = End this session
account-sessions-not-yours = This session is not one of yours, or it has already ended.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Activity
account-activity-intro = The most recent security events of your account.
account-activity-when = When
account-activity-what = What
account-activity-from = From
account-activity-details = Details
account-event-signin-success = Signed in
account-event-signin-failure = Failed sign-in
account-event-signed-out = Signed out
account-event-account-registered = Account created
account-event-account-locked = Password sign-in blocked after too many failed attempts
account-event-password-set = Password set or changed
account-event-factor-added = Verification method added
account-event-factor-removed = Verification method removed
account-event-sms-sent = Text message sent
account-event-device-locked = Mobile device locked (wrong PINs)
account-event-push-denied = Sign-in request denied on a mobile device
account-event-push-wrong-number = Wrong number chosen on a mobile device
account-event-token-revoked = Access revoked by an application
account-event-code-replayed = A sign-in code was used twice: the access it gave was revoked
account-event-refresh-reused = An old access token was reused: the access it belonged to was revoked
account-event-recovery-link-sent = Removal of all verification methods asked (e-mail link sent)
account-event-recovery-started = Removal of all verification methods confirmed (waiting period)
account-event-recovery-cancelled = Removal of all verification methods cancelled
account-event-access-requested = Access requested
account-event-access-approved = Access request approved
account-event-access-denied = Access request denied
account-event-access-revoked = Access revoked
account-event-message-undelivered = E-mail or text message not delivered
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = mobile phone number
account-activity-factor-mobile-device = mobile device
account-activity-factor-security-key = security key
account-activity-factor-authenticator-app = authenticator app
account-activity-factor-count = { $count ->
    [one] { $count } verification method
   *[other] { $count } verification methods
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } "{ $name }"
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = "{ $name }"
# $method is the verification method used (one of login-method-*).
account-activity-method = with { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = level { $level }
# $client is the name of the application signed in to.
account-activity-client = for { $client }
account-activity-via-my-account = in My Account
account-activity-via-set-password = with the link of the registration e-mail
account-activity-via-reset = with a "Lost your password?" link
account-activity-via-recovery = after an account recovery
account-activity-purpose-sms-enrol = to confirm a new number
account-activity-purpose-sms-login = to sign in
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = to { $phone }
account-activity-pin-failures = after { $count ->
    [one] { $count } wrong PIN code
   *[other] { $count } wrong PIN codes
}
account-activity-until = until { $when }
account-activity-on = on { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = access profile { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = by { $name }
account-activity-by-helpdesk = by the helpdesk
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = reason: { $reason }
account-activity-reason-wrong-password = wrong password
account-activity-reason-no-password = no password set
account-activity-reason-unknown-account = unknown account
account-activity-reason-locked = locked
account-activity-reason-wrong-code = wrong code
account-activity-reason-code-reused = code reused
account-activity-reason-too-many-codes = too many codes
account-activity-reason-too-many-codes-hour = too many codes this hour
account-activity-reason-device-locked = device locked
account-activity-reason-expired = request expired
account-activity-reason-not-verified = answer not verified
account-activity-reason-already-registered = already registered
account-activity-token-access = access token
account-activity-token-refresh = refresh token
account-activity-grant-revoked = grant revoked
account-activity-family-revoked = family revoked

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Create an account
account-register-intro = Use of your institutional e-mail address is preferred. You will receive an e-mail with a link to create your password.
account-register-email-confirm = Confirm e-mail
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = E-mail language
account-register-submit = Create an account
account-register-sign-in = Already have an account? Sign in
account-register-thanks = Thank you for registering.
# $minutes: how long the link can be used.
account-register-sent = An e-mail is on its way to { $email } with a link to create your password. The link is valid for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. It may take a few minutes to arrive; check your spam folder too.
account-register-first-name-invalid = Your first name is too long or contains characters that are not allowed.
account-register-last-name-invalid = Your last name is too long or contains characters that are not allowed.
account-register-email-invalid = Please enter a valid e-mail address, for example name@hospital.eu.
account-register-email-mismatch = The two e-mail addresses are not the same.
account-register-throttled = An e-mail was sent to this address a short while ago, or too many were asked for from your network. You can ask again in { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Create your password
# $email is the address of the account whose password is being created.
account-set-password-account = Account: { $email }
account-set-password-rules = Your password must respect these rules:
account-set-password-new = New password
account-set-password-confirm = Confirm new password
account-set-password-mismatch = The two passwords are not the same.
account-set-password-done-title = Your password has been set
account-set-password-done = Your password has been saved. You can now sign in with your e-mail address and this password.
account-password-recent-title = You changed your password recently
account-password-recent = For security reasons you have to wait before changing your password again. You can change it again in { $wait }.
account-password-urgent = In urgent cases, please contact the helpdesk.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Lost your password?
# $minutes: how long a link can be used.
account-forgot-expired = The link you followed has expired or has already been used. Links are valid for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} and can be used once.
account-forgot-again = Re-enter your e-mail address to receive a new link.
account-forgot-intro = Enter the e-mail address of your { $brand } account. We will send you a link to choose a new password, valid for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
account-forgot-submit = Send me a link
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = If a { $brand } account exists for { $email }, an e-mail with a link to choose a password is on its way. The link is valid for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. If it does not arrive, you can ask for a new one in { $wait }.
