# The provider's texts in English (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Avbryt
factors-add = Lägg till
# Column header of a list of second factors: its name.
factors-name = Namn
# Column header: the date a second factor was added.
factors-added = Tillagd
# Column header: the date a second factor was last used to sign in.
factors-last-used = Senast använd
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = aldrig
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Åtgärd

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Bekräftelsekod från sms
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 bokstäver och siffror, till exempel XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Hantera mina mobilnummer
factors-phones-number = Mobilnummer
factors-phones-delete = Ta bort ett mobilnummer
factors-phones-none = Inget mobilnummer är registrerat på ditt konto.
factors-phones-add = Lägg till ett mobilnummer
factors-phones-hint = Sms är beroende av avtal mellan mobiloperatörer och kommer inte alltid fram. Mobilappen för { $brand } eller en säkerhetsnyckel är mer tillförlitliga.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Ditt mobilnummer { $number } har lagts till.
factors-phones-deleted = Mobilnumret har tagits bort.
factors-phones-unknown = Okänt mobilnummer.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Lägg till ett mobilnummer
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Internationellt format med landsnummer, till exempel för Belgien: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Mobilnumret { $number } är redan registrerat på ditt konto.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Ange ditt mobilnummer i internationellt format med landsnummer, till exempel för Belgien: { $example }
factors-phone-no-plus = Numret måste börja med ett plustecken och landsnumret, till exempel för Belgien: { $example }
factors-phone-not-digits = Ett telefonnummer innehåller bara siffror efter plustecknet (mellanslag är tillåtna), till exempel { $example }
factors-phone-invalid = Det här är inte ett giltigt internationellt telefonnummer. Exempel för Belgien: { $example }
factors-phone-not-in-plan = Det här är inte ett giltigt internationellt telefonnummer (okänt landsnummer, eller ett nummer som inte finns i landets nummerplan). Exempel för Belgien: { $example }
factors-phone-not-mobile = Det här numret är inte ett mobilnummer och kan därför inte ta emot sms. Ange ett mobilnummer, till exempel för Belgien: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Bekräftelsekod
factors-phone-finalise-heading = Bekräftelsekod via sms för att lägga till ett mobilnummer
factors-phone-finalise-intro = Ange bekräftelsekoden som skickades via sms till din mobiltelefon.
factors-phone-finalise-delay = Det kan ta upp till 8 minuter innan meddelandet når din mobiltelefon.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Om ingen kod kommer kan du begära en ny om { $wait } genom att lägga till numret igen.
factors-phone-finalise-number = Mobilnummer
factors-phone-finalise-submit = Slutför
factors-phone-code-dead = Den här bekräftelsekoden är inte längre giltig (den har gått ut eller ersatts av en nyare, eller så har du gjort för många felaktiga försök). Lägg till numret igen för att få en ny kod.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Bekräftelsekoden är felaktig. { $remaining ->
    [one] { $remaining } försök kvar.
   *[other] { $remaining } försök kvar.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Hantera mina mobila enheter
factors-devices-name = Enhetens namn
factors-devices-status = Status
factors-devices-locked = Spärrad (för många felaktiga pinkoder): ta bort den och lägg till den igen
factors-devices-active = Aktiv
factors-devices-delete = Ta bort en mobil enhet
factors-devices-none = Ingen mobil enhet är registrerad på ditt konto.
factors-devices-add = Lägg till en mobil enhet
factors-devices-hint = Installera mobilappen för { $brand } i din telefon eller surfplatta och lägg sedan till enheten här genom att skanna QR-koden med appen.
factors-devices-deleted = Den mobila enheten har tagits bort.
factors-devices-unknown = Okänd mobil enhet.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Lägg till en mobil enhet
factors-device-add-intro = Ge din mobila enhet ett namn som du känner igen den på och välj en pinkod att använda för den.
factors-device-add-name = Enhetens namn
factors-device-add-pin = Din fyrsiffriga pinkod
factors-device-add-pin-hint = Undvik enkla pinkoder som 0000, 1111 eller 1234: de godtas inte.
factors-device-add-pin-confirm = Bekräfta din pinkod
factors-device-add-submit = Skicka
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Ge din mobila enhet ett namn på 1–{ $max } tecken.
factors-pin-not-four-digits = Pinkoden måste bestå av exakt 4 siffror.
factors-pin-mismatch = De två pinkoderna stämmer inte överens.
factors-pin-too-easy = Pinkoden är för lätt att gissa (till exempel 0000, 1234 eller 1111). Välj en annan.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Öppna mobilappen för { $brand } på { $name }, välj att lägga till det här kontot och skanna den här QR-koden. Appen frågar sedan efter pinkoden som du just har valt.
factors-device-enrol-qr-alt = QR-kod att skanna med mobilappen för { $brand }
factors-device-enrol-paste = Kan du inte skanna? Klistra in den här texten i appen:
factors-device-enrol-validity = { $minutes ->
    [one] QR-koden är giltig i { $minutes } minut och kan användas en gång.
   *[other] QR-koden är giltig i { $minutes } minuter och kan användas en gång.
}
factors-device-enrol-waiting = Väntar på din mobila enhet …
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = En enhet har lagts till
factors-device-enrol-expired = QR-koden har gått ut. Lägg till enheten igen.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Hantera mina säkerhetsnycklar
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Nivå
factors-keys-delete = Ta bort en säkerhetsnyckel
factors-keys-none = Ingen säkerhetsnyckel är registrerad på ditt konto.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Lägg till en säkerhetsnyckel eller inbyggd autentisering
factors-keys-hint = En säkerhetsnyckel (till exempel en USB- eller NFC-nyckel) eller den autentisering som är inbyggd i din dator eller telefon (fingeravtryck, ansiktsigenkänning eller skärmlås). Med en pinkod eller ett fingeravtryck på en nyckel som förvarar sin hemlighet i enheten uppnås den högsta verifieringsnivån.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Din säkerhetsnyckel ”{ $name }” har lagts till.
factors-keys-deleted = Säkerhetsnyckeln har tagits bort.
factors-keys-unknown = Okänd säkerhetsnyckel.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Lägg till en säkerhetsnyckel
factors-key-add-heading = Lägg till en säkerhetsnyckel eller inbyggd autentisering
factors-key-add-intro = Ge din säkerhetsnyckel ett namn och följ sedan webbläsarens instruktioner: sätt i och rör vid nyckeln, eller lås upp din dator eller telefon.
factors-key-add-name = Säkerhetsnyckelns namn
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Ge säkerhetsnyckeln ett namn på 1–{ $max } tecken.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Begäran har gått ut eller har redan använts. Försök igen.
factors-webauthn-not-verified = Din säkerhetsnyckel eller inbyggda autentisering kunde inte verifieras. Försök igen eller välj en annan verifieringsmetod.
factors-webauthn-already-registered = Säkerhetsnyckeln är redan registrerad.
factors-webauthn-unsupported = Den här webbläsaren har inte stöd för säkerhetsnycklar. Använd en annan verifieringsmetod.
factors-webauthn-follow = Följ webbläsarens instruktioner och rör vid eller lås upp din säkerhetsnyckel.
factors-webauthn-no-answer = Din säkerhetsnyckel svarade inte. Försök igen eller välj en annan verifieringsmetod.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Hantera mina autentiseringsappar
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = En autentiseringsapp i din telefon (till exempel FreeOTP, Google Authenticator, Microsoft Authenticator eller Aegis) visar en ny sexsiffrig kod var 30:e sekund. Du kan använda den som verifieringsmetod när du loggar in.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Ta bort
factors-totp-none = Ingen autentiseringsapp är registrerad på ditt konto.
factors-totp-add = Lägg till en autentiseringsapp
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Din autentiseringsapp ”{ $name }” har lagts till. Nu kan du använda den för att logga in.
factors-totp-deleted = Autentiseringsappen har tagits bort.
factors-totp-unknown = Okänd autentiseringsapp.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Lägg till en autentiseringsapp
factors-totp-add-intro = Ge autentiseringsappen ett namn som du känner igen den på, till exempel namnet på din telefon.
factors-totp-add-name = Autentiseringsappens namn
factors-totp-add-next = Nästa
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Ge din autentiseringsapp ett namn på 1–{ $max } tecken.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Öppna autentiseringsappen i din telefon, lägg till ett konto och skanna den här QR-koden. Den är giltig i { $minutes } minut.
   *[other] Öppna autentiseringsappen i din telefon, lägg till ett konto och skanna den här QR-koden. Den är giltig i { $minutes } minuter.
}
factors-totp-enrol-qr-alt = QR-kod att skanna med din autentiseringsapp
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Kan du inte skanna? Ange den här nyckeln manuellt i appen (tidsbaserad, 6 siffror, var 30:e sekund), med kontot { $account } hos { $issuer }:
factors-totp-enrol-uri = Visa länken bakom QR-koden
factors-totp-code-label = Ange den sexsiffriga koden
factors-totp-confirm = Bekräfta
factors-totp-enrol-gone = Den här autentiseringsappen väntar inte längre på bekräftelse (den har gått ut, har bekräftats eller har fått för många felaktiga koder). Lägg till den igen.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Koden är felaktig. Kontrollera att tiden i din telefon är rätt och ange den kod som appen visar just nu. { $remaining ->
    [one] { $remaining } försök kvar.
   *[other] { $remaining } försök kvar.
}
