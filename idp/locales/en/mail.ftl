# The provider's texts in English (mail); see main.ftl.
#
# The e-mails and SMS the provider sends, in the language of the account they are about
# (mail/messages.rs), the messages of the mobile app's API that the app shows its user
# (http/app_api.rs), and the development outbox page (templates/outbox.html).
#
# In the e-mails: $brand is the name of the service ("EU Login"), $email the e-mail address of
# the account, $link a web address. Keep every { $link } alone on its line, as here: mail
# programs make it a link. A line holding only {""} is a blank line between two paragraphs
# (the HTML part of the mail makes each paragraph a block): keep them where they are.

## Every e-mail

# The first line of every e-mail, followed by a blank line. $first_name and $last_name are the
# recipient's names (the last name is sometimes written in capitals); put them in the order
# your language uses in a formal letter.
mail-greeting = Dear { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Sent to you by { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = You have been registered in { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    You have been registered in { $brand }.
    Your e-mail address is { $email }
    {""}
    To create your password, follow the link below:
    {""}
    { $link }
    {""}
    You have a maximum of { $duration }, starting from the time that this message was sent, to create your password, but you are encouraged to do so immediately if possible. After this time, you can make another request by following the same link: you will then need to re-enter your e-mail address and confirm your request.
    {""}
    If the above link does not work, copy the complete address above and paste it into your browser's address bar.
    {""}
    Instead of replying to this message, if you have a problem, please follow the help or contact information on the site where you were trying to register.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Your { $brand } password
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    A new password was requested for your { $brand } account { $email }.
    To choose a new password, follow the link below:
    {""}
    { $link }
    {""}
    The link is valid for { $duration } and can be used once. If you did not ask for this, ignore this message: your password has not been changed.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Registration attempt with your e-mail address
mail-existing-body =
    Someone tried to register in { $brand } with your e-mail address { $email }, which already has an account.
    If it was you and you do not remember your password, you can choose a new one here:
    {""}
    { $link }
    {""}
    If it was not you, ignore this message: nothing has changed.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: too many failed sign-in attempts
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    There were too many failed attempts to sign in to your { $brand } account { $email } with a password. To protect your account, signing in with a password is blocked until { $until }.
    {""}
    If it was you and you do not remember your password, choose a new one here; this also ends the block:
    {""}
    { $link }
    {""}
    If it was not you, someone may be trying to guess your password: choose a new, long password at the same link, and check the activity of your account in { menu-my-account }.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: your account was changed
# Below the sentence that says what changed.
mail-changed-advice = If you did not do this, sign in to { $brand }, remove what you do not recognise in { menu-my-account }, change your password, and contact the helpdesk.
mail-change-password = The password of your { $brand } account was changed.
# $number: a phone number ("+32470123456").
mail-change-phone-added = The mobile phone number { $number } was added to your { $brand } account.
mail-change-phone-removed = The mobile phone number { $number } was removed from your { $brand } account.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = The mobile device "{ $name }" was added to your { $brand } account.
mail-change-device-removed = The mobile device "{ $name }" was removed from your { $brand } account.
mail-change-device-locked = Your mobile device "{ $name }" was locked after too many wrong PIN codes. Delete it and add it again in { menu-my-account } to use it.
mail-change-security-key-added = The security key "{ $name }" was added to your { $brand } account.
mail-change-security-key-removed = The security key "{ $name }" was removed from your { $brand } account.
mail-change-authenticator-app-added = The authenticator app "{ $name }" was added to your { $brand } account.
mail-change-authenticator-app-removed = The authenticator app "{ $name }" was removed from your { $brand } account.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] All the devices of your { $brand } account were deleted (1 mobile device, security key or authenticator app).
   *[other] All the devices of your { $brand } account were deleted ({ $count } mobile devices, security keys and authenticator apps).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: your account was deleted
mail-deleted-body = Your { $brand } account was deleted at your request.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: confirm the removal of your verification methods
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Someone signed in to your { $brand } account { $email } with your password and asked to remove every verification method of the account (mobile devices, security keys, authenticator apps and mobile phone numbers), because none of them can be used any more.
    {""}
    If it was you, confirm with this link (valid for { $duration }):
    {""}
    { $link }
    {""}
    The methods are removed { $wait } after you confirm; until then you can cancel, and you will be told by e-mail.
    {""}
    If it was not you, do not follow the link, and change your password: someone knows it.
mail-recovery-started-subject = { $brand }: your verification methods will be removed
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Every verification method of your { $brand } account { $email } (mobile devices, security keys, authenticator apps and mobile phone numbers) will be removed on { $when }, as was asked and confirmed from this mailbox.
    {""}
    If you did not ask for this, cancel it now with this link, then change your password:
    {""}
    { $link }
    {""}
    You can also cancel it in { menu-my-account } > Delete all my devices.
mail-recovery-cancelled-subject = { $brand }: the removal of your verification methods was cancelled
mail-recovery-cancelled-body = The removal of the verification methods of your { $brand } account was cancelled. Nothing was removed.
mail-recovery-done-subject = { $brand }: your verification methods were removed
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] As requested, every verification method of your { $brand } account was removed (1 in all). Add your new mobile device, security key or phone number in { menu-my-account }.
   *[other] As requested, every verification method of your { $brand } account was removed ({ $count } in all). Add your new mobile device, security key or phone number in { menu-my-account }.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Your access to { $app } was approved
mail-access-denied-subject = Your access request for { $app } was denied
mail-access-revoked-subject = Your access to { $app } was revoked
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Your request for access to { $app } (access profile { $profile }, organisation { $centre }) was approved by the { $app } helpdesk.
mail-access-denied = Your request for access to { $app } (access profile { $profile }, organisation { $centre }) was denied by the { $app } helpdesk.
mail-access-revoked = The access granted on your request for access to { $app } (access profile { $profile }, organisation { $centre }) was revoked by the { $app } helpdesk.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Comment of the helpdesk: { $comment }
mail-access-reason = Reason: { $reason }
mail-access-sign-in = You can now sign in to { $app } with your { $brand } account.
# Followed by a line with the application's address.
mail-access-sign-in-at = You can now sign in to { $app } with your { $brand } account:
mail-access-again = You can submit a new request at { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Your requests: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = { $brand } code: { $code }. Valid { $minutes } min. Never share it.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = This QR code is not known. Scan the QR code shown when you add a mobile device in { menu-my-account }.
app-token-not-valid = This QR code was already used, has expired, or was voided by wrong PIN codes. Add the device again in { menu-my-account }.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] The PIN code is not the one chosen in { menu-my-account }. 1 try left.
   *[other] The PIN code is not the one chosen in { menu-my-account }. { $remaining } tries left.
}
app-unknown-device = This device is not (or no longer) enrolled.
app-bad-signature = The device signature does not verify.
# $seconds: a number.
app-stale = The device signature is older than { $seconds } seconds (or the device clock is wrong).
app-replayed = This device signature was already used.
app-device-locked = This device is locked after too many wrong PIN codes. Delete it and add it again in { menu-my-account }.
app-not-pending = This request has expired or was already answered.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Wrong PIN code. 1 try left before the device is locked.
   *[other] Wrong PIN code. { $remaining } tries left before the device is locked.
}
app-wrong-number = This is not the number shown on the web page. The request was cancelled.
# The browser that asks to sign in, shown with a request in the app. $browser is a browser's
# name (Firefox, Chrome, Safari...), $system an operating system or a device (Windows,
# Android, iPhone...): names, kept as they are.
app-browser-on = { $browser } on { $system }
# The same when the system is not known: the browser's name alone.
app-browser = { $browser }
# The title of the phone's notification when a sign-in waits for approval in the app (Web
# Push). $client: the name of the application the person signs in to (for example CPMS).
app-push-title = Sign-in request from { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Dev outbox
outbox-hint = Dev mode only: every e-mail and SMS the provider sent, newest first.
outbox-empty = The outbox is empty.
outbox-email = E-mail
outbox-sms = Text message
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } to { $to } at { $when }
