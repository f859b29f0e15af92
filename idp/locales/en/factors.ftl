# The provider's texts in English (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Cancel
factors-add = Add
# Column header of a list of second factors: its name.
factors-name = Name
# Column header: the date a second factor was added.
factors-added = Added
# Column header: the date a second factor was last used to sign in.
factors-last-used = Last used
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = never
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Action

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Text message challenge code
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 letters and digits, for example XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Manage my mobile phone numbers
factors-phones-number = Mobile phone number
factors-phones-delete = Delete a mobile phone number
factors-phones-none = No mobile phone number is registered on your account.
factors-phones-add = Add a mobile phone number
factors-phones-hint = Text messages depend on agreements between mobile operators and may not always arrive; the { $brand } mobile app or a security key are more reliable.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Your mobile phone number { $number } was added successfully.
factors-phones-deleted = The mobile phone number was deleted.
factors-phones-unknown = Unknown mobile phone number.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Add a mobile phone number
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = International format including country code, e.g. for Belgium: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = The mobile phone number { $number } is already registered on your account.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Please enter your mobile phone number in international format including the country code, e.g. for Belgium: { $example }
factors-phone-no-plus = The number must start with a plus sign and the country code, e.g. for Belgium: { $example }
factors-phone-not-digits = A phone number contains only digits after the plus sign (blanks are allowed), e.g. { $example }
factors-phone-invalid = This is not a valid international phone number. Example for Belgium: { $example }
factors-phone-not-in-plan = This is not a valid international phone number (unknown country code, or a number that does not exist in that country's plan). Example for Belgium: { $example }
factors-phone-not-mobile = This number is not a mobile phone number, so it cannot receive text messages. Please enter a mobile number, e.g. for Belgium: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Challenge code
factors-phone-finalise-heading = Challenge code for adding a mobile phone number, sent by text message
factors-phone-finalise-intro = Please enter the challenge code that was texted to your mobile phone.
factors-phone-finalise-delay = It might take up to 8 minutes for the message to reach your mobile phone.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = If no code arrives, you can ask for a new one in { $wait } by adding the number again.
factors-phone-finalise-number = Mobile phone number
factors-phone-finalise-submit = Finalise
factors-phone-code-dead = This challenge code is no longer valid (expired, replaced by a newer one, or too many wrong tries). Add the number again to receive a new code.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = The challenge code is not correct. { $remaining ->
    [one] { $remaining } try left.
   *[other] { $remaining } tries left.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Manage my mobile devices
factors-devices-name = Device name
factors-devices-status = Status
factors-devices-locked = Locked (too many wrong PIN codes): delete it and add it again
factors-devices-active = Active
factors-devices-delete = Delete a mobile device
factors-devices-none = No mobile device is registered on your account.
factors-devices-add = Add a mobile device
factors-devices-hint = Install the { $brand } mobile app on your phone or tablet, then add it here by scanning the QR code with the app.
factors-devices-deleted = The mobile device was deleted.
factors-devices-unknown = Unknown mobile device.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Add a mobile device
factors-device-add-intro = Please give a name to identify your mobile device and a PIN code to use for it.
factors-device-add-name = Your device name
factors-device-add-pin = Your 4 digit PIN code
factors-device-add-pin-hint = Avoid easy PIN codes such as 0000, 1111 or 1234: they are refused.
factors-device-add-pin-confirm = Confirm your PIN code
factors-device-add-submit = Submit
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Please give a name of 1 to { $max } characters to your mobile device.
factors-pin-not-four-digits = Your PIN code must be exactly 4 digits.
factors-pin-mismatch = The two PIN codes are not the same.
factors-pin-too-easy = This PIN code is too easy to guess (such as 0000, 1234 or 1111). Please choose another one.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Open the { $brand } mobile app on { $name }, choose to add this account and scan this QR code. The app then asks for the PIN code you have just chosen.
factors-device-enrol-qr-alt = QR code to scan with the { $brand } mobile app
factors-device-enrol-paste = Cannot scan? Paste this text in the app:
factors-device-enrol-validity = { $minutes ->
    [one] The QR code is valid for { $minutes } minute and can be used once.
   *[other] The QR code is valid for { $minutes } minutes and can be used once.
}
factors-device-enrol-waiting = Waiting for your mobile device...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = A device has been added
factors-device-enrol-expired = The QR code has expired. Please add the device again.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Manage my security keys
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Level
factors-keys-delete = Delete a security key
factors-keys-none = No security key is registered on your account.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Add a security key or platform authenticator
factors-keys-hint = A security key (for example a USB or NFC key) or the authenticator built into your computer or phone (fingerprint, face or screen lock). With a PIN or fingerprint on a key that keeps its secret on the device, it reaches the highest verification level.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Your security key "{ $name }" was added successfully.
factors-keys-deleted = The security key was deleted.
factors-keys-unknown = Unknown security key.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Add a security key
factors-key-add-heading = Add a security key or platform authenticator
factors-key-add-intro = Give your security key a name, then follow the instructions of your browser: insert and touch the key, or unlock your computer or phone.
factors-key-add-name = Security key name
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Please give the security key a name of 1 to { $max } characters.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = This request has expired or was already used. Please try again.
factors-webauthn-not-verified = Your security key or platform authenticator could not be verified. Please try again, or choose another verification method.
factors-webauthn-already-registered = This security key is already registered.
factors-webauthn-unsupported = This browser does not support security keys. Please use another verification method.
factors-webauthn-follow = Follow the instructions of your browser and touch or unlock your security key.
factors-webauthn-no-answer = Your security key did not answer. Please try again, or choose another verification method.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Manage my authenticator apps
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = An authenticator app on your phone (for example FreeOTP, Google Authenticator, Microsoft Authenticator or Aegis) shows a new 6-digit code every 30 seconds. You can use it as a verification method when you sign in.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Delete
factors-totp-none = No authenticator app is registered on your account.
factors-totp-add = Add an authenticator app
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Your authenticator app "{ $name }" was added successfully. You can now use it to sign in.
factors-totp-deleted = The authenticator app was deleted.
factors-totp-unknown = Unknown authenticator app.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Add an authenticator app
factors-totp-add-intro = Please give a name to identify this authenticator app, for example the name of your phone.
factors-totp-add-name = Name of the authenticator app
factors-totp-add-next = Next
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Please give a name of 1 to { $max } characters to your authenticator app.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Open the authenticator app on your phone, add an account and scan this QR code. It is valid for { $minutes } minute.
   *[other] Open the authenticator app on your phone, add an account and scan this QR code. It is valid for { $minutes } minutes.
}
factors-totp-enrol-qr-alt = QR code to scan with your authenticator app
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Cannot scan? Enter this key in the app by hand (time-based, 6 digits, every 30 seconds), with the account { $account } of { $issuer }:
factors-totp-enrol-uri = Show the link behind the QR code
factors-totp-code-label = Enter the 6-digit code
factors-totp-confirm = Confirm
factors-totp-enrol-gone = This authenticator app is not waiting for confirmation any more (it expired, was confirmed, or received too many wrong codes). Please add it again.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = The code is not correct. Check that the time of your phone is right and enter the code your app shows now. { $remaining ->
    [one] { $remaining } try left.
   *[other] { $remaining } tries left.
}
