# The provider's texts in English (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Sign in
login-heading = Sign in to continue
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Welcome { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (not you?)
login-submit = Sign in
login-cancel = Cancel and return to the application
login-choose-another = Choose another verification method
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = basic
login-level-medium = medium
login-level-high = high

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Password
login-method-sms = Mobile + SMS
login-method-app-pin = Mobile app PIN code
login-method-app-qr = Mobile app QR code
login-method-webauthn = Security key or platform
login-method-totp = Authenticator app (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = To delete all your devices, please confirm that it is you by signing in again.
login-reauth-devices = To add or remove a mobile device, please confirm that it is you by signing in again.
login-reauth-phones = To add or remove a mobile phone number, please confirm that it is you by signing in again.
login-reauth-security-keys = To add or remove a security key, please confirm that it is you by signing in again.
login-reauth-authenticator-apps = To add or remove an authenticator app, please confirm that it is you by signing in again.
login-reauth-delete-account = To delete your account, please confirm that it is you by signing in again.
login-reauth-sessions = To end a session, please confirm that it is you by signing in again.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Changes to how you sign in always need a recent sign-in.

## The identifier page (login_identifier.html)

login-client-uses = { $client } uses { $brand } to identify you.
login-email-label = Use your e-mail address
login-email-required = Please enter the e-mail address of your { $brand } account.
login-remember = Remember me on this device
login-next = Next
login-create-account = Create an account

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } requires a sign-in with a second verification method (level "{ $level }").
login-password-label = Password
login-method-label = Choose your verification method
login-method-hint = Mobile phone numbers, mobile devices and security keys are added in My Account (gear menu) after you sign in with your password.
login-lost-password = Lost your password?
login-method-invalid = Please choose one of the verification methods in the list.
login-invalid-credentials = Invalid e-mail address or password
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Too many failed sign-in attempts with this e-mail address. To protect the account, signing in with a password is blocked until { $until } (in { $wait }). If you have forgotten your password, choose a new one with "Lost your password?".
# $wait is a length of time ("5 minutes").
login-throttled = Too many failed sign-in attempts from your network. Please try again in { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Verification method
login-password-accepted = Your password has been accepted.
# $method is one of login-method-*.
login-method-not-added = You have not added this verification method ({ $method }) to your account yet.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = { $method } does not reach the level this application requires ({ $level }).
login-no-usable-method = Your account has no verification method that this application accepts yet.
login-not-added-yet = Not added to your account yet:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: sign in with your password, then add it from My Account (gear menu).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } in My Account
# $method is one of login-method-*.
login-method-not-accepted = This application does not accept { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Send a challenge code by text message to
login-sms-send = Send the code
login-sms-sent = A challenge code was texted to your mobile phone. It might take up to 8 minutes to arrive.
# $wait is a length of time ("1 minute").
login-sms-next-code = If no code arrives, you can ask for a new one in { $wait }.
login-sms-resend = Send a new code
login-sms-off = Mobile + SMS is not offered by this service.
login-sms-limited-title = Please wait before asking for a new code
# $wait is a length of time ("1 minute").
login-sms-limited = A text message was sent a short while ago, or too many were sent. You can ask for a new code in { $wait }.
login-sms-not-delivered = The text message with your code could not be delivered to this number. Send a new code, or choose another verification method.
login-sms-choose-phone = Please choose one of your registered mobile phone numbers.
login-sms-wrong = The challenge code is not correct. { $remaining ->
    [one] { $remaining } try left.
   *[other] { $remaining } tries left.
}
login-sms-dead = This challenge code is no longer valid (expired, replaced, or too many wrong tries). Send a new code.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Authenticator app
login-totp-intro = Open the authenticator app on your phone and enter the 6-digit code it shows for { $brand }.
login-totp-code-label = Enter the 6-digit code
login-totp-wrong = The code is not correct. Enter the 6-digit code your authenticator app shows now. { $remaining ->
    [one] { $remaining } try left.
   *[other] { $remaining } tries left.
}
login-totp-reused = This code was already used. Wait until your authenticator app shows a new code, then enter it. { $remaining ->
    [one] { $remaining } try left.
   *[other] { $remaining } tries left.
}
login-totp-stopped = Too many wrong codes were entered. For your security this sign-in was stopped: please start again from the application.
login-totp-paused-title = Too many wrong codes
# $wait is a length of time ("50 minutes").
login-totp-paused = Too many wrong codes from an authenticator app were entered for your account. You can use it again in { $wait }; meanwhile, choose another verification method.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Insert and touch your security key, or unlock your computer or phone, when your browser asks.
login-webauthn-start = Use my security key
login-webauthn-off = Security keys cannot be used with this service.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = A request to sign in to { $client } was sent to your mobile devices. Open the { $brand } mobile app, choose this number and enter your PIN code:
login-app-pin-waiting = Waiting for your approval on your mobile device...
# A button shown only when the browser runs no script.
login-app-pin-continue = I have approved: continue
login-app-pin-resend = Send a new request
login-app-pin-approved = Approved on your mobile device. Signing you in...
login-app-pin-denied = The request was denied on your mobile device.
login-app-pin-wrong-number = The number chosen on your mobile device was not the one shown here. The request was cancelled.
login-app-pin-expired = The request has expired. Send a new request to your mobile device.
login-app-pin-limited-title = Too many requests
# $wait is a length of time ("1 minute").
login-app-pin-limited = Too many sign-in requests were sent to your mobile devices. Please try again in { $wait }, or choose another verification method.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Scan this QR code with the { $brand } mobile app and enter your PIN code in the app. It works without network on your phone.
# The text alternative of the QR code image.
login-app-qr-alt = QR code to scan with the { $brand } mobile app
login-app-qr-paste = Cannot scan? Paste this text in the app:
login-app-qr-code-label = Code generated by your app
login-app-qr-wrong = The code is not correct. { $remaining ->
    [one] { $remaining } try left.
   *[other] { $remaining } tries left.
}
login-app-qr-dead = This QR code is no longer valid (expired or too many wrong codes). A new QR code is shown: scan it with your app.
login-app-qr-locked-title = Mobile device locked
login-app-qr-locked = Your mobile device was locked after too many wrong codes or PIN codes. Delete it and add it again in My Account, or choose another verification method.

## Refusals of any sign-in step

login-expired-title = This sign-in page has expired
login-expired = Sign-in pages are valid for a limited time and only once. If you were signing in to an application, go back to it and sign in again; otherwise start from the home page.
login-form-incomplete = The form was not filled in completely. Please go back and try again.
login-request-invalid = The request sent by the application is not valid, so it cannot be carried out. Please go back to the application and try again.
login-already-completed = This sign-in has already been completed.
login-redirect-invalid = The registered redirect URI is not valid.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = A stronger verification method is required
# $level is one of login-level-*.
login-step-up-needed = { $client } requires a sign-in at level "{ $level }" (password and a second verification method such as a mobile phone or a security key). Your account has no such method yet.
login-step-up-hint = Add a mobile phone number, a mobile device or a security key in My Account, then come back.
login-step-up-account = Go to My Account to add a verification method
login-return-to-app = Return to the application

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Returning to the application
login-form-post-noscript = JavaScript is off: press the button to continue.
login-continue = Continue

## Signing out (logout.html)

login-logout-title = Sign out
# $email is the address of the signed-in account.
login-logout-question-as = Do you want to sign out of { $brand } as { $email }?
login-logout-question = Do you want to sign out of { $brand }?
login-logout-apps = You will be signed out of the applications you used in this session.
login-logout-submit = Sign out
login-signed-out-title = You have been signed out
login-signed-out = You have been signed out of { $brand }.
login-sign-in-again = Sign in again
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = The id_token_hint is not an ID token issued by this provider.
login-logout-client-mismatch = client_id does not match the id_token_hint.
login-logout-uri-unregistered = The post_logout_redirect_uri is not registered for this application.
login-logout-uri-invalid = The post_logout_redirect_uri is not valid.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = At least { $min } characters (up to { $max }); a few unrelated words make a good password
login-policy-rule-any = Spaces and any characters are allowed; no mix of character types is required
login-policy-rule-common = Not a commonly used or breached password, and not easy to guess (no repeated words, keyboard rows or sequences)
login-policy-rule-personal = Must not contain your name or e-mail address
# $length and $min are numbers of characters.
login-policy-too-short = The password is too short: { $length ->
    [one] { $length } character
   *[other] { $length } characters
}, at least { $min } are needed.
# $max is a number of characters.
login-policy-too-long = The password is too long: at most { $max } characters.
login-policy-personal = The password must not contain your name or e-mail address.
login-policy-common = This password is too common: it appears in lists of breached passwords.
login-policy-guessable = This password is too easy to guess. Try a few unrelated words, such as a short sentence only you would write.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = This password is too easy to guess: { $reason } Try a few unrelated words, such as a short sentence only you would write.
login-policy-why-keyboard-rows = straight rows of keys are easy to guess.
login-policy-why-keyboard-patterns = short keyboard patterns are easy to guess.
login-policy-why-repeats = repeats like "aaa" are easy to guess.
login-policy-why-repeated-words = repeats like "abcabcabc" are only slightly harder to guess than "abc".
login-policy-why-top-10 = this is a top-10 common password.
login-policy-why-top-100 = this is a top-100 common password.
login-policy-why-common = this is a very common password.
login-policy-why-similar = this is similar to a commonly used password.
login-policy-why-sequences = sequences like abc or 6543 are easy to guess.
login-policy-why-years = recent years are easy to guess.
login-policy-why-word = a word by itself is easy to guess.
login-policy-why-dates = dates are often easy to guess.
login-policy-why-names = names and surnames by themselves are easy to guess.
login-policy-why-common-names = common names and surnames are easy to guess.
