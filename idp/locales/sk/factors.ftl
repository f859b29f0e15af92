# The provider's texts in Slovak (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Zrušiť
factors-add = Pridať
# Column header of a list of second factors: its name.
factors-name = Názov
# Column header: the date a second factor was added.
factors-added = Pridané
# Column header: the date a second factor was last used to sign in.
factors-last-used = Naposledy použité
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = nikdy
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Akcia

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Overovací kód z SMS
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 písmen a číslic, napríklad XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Spravovať čísla mobilných telefónov
factors-phones-number = Číslo mobilného telefónu
factors-phones-delete = Odstrániť číslo mobilného telefónu
factors-phones-none = K vášmu účtu nie je zaregistrované žiadne číslo mobilného telefónu.
factors-phones-add = Pridať číslo mobilného telefónu
factors-phones-hint = Doručovanie SMS závisí od dohôd medzi mobilnými operátormi a nemusí vždy fungovať; mobilná aplikácia { $brand } alebo bezpečnostný kľúč sú spoľahlivejšie.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Vaše číslo mobilného telefónu { $number } bolo úspešne pridané.
factors-phones-deleted = Číslo mobilného telefónu bolo odstránené.
factors-phones-unknown = Neznáme číslo mobilného telefónu.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Pridať číslo mobilného telefónu
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Medzinárodný formát vrátane predvoľby krajiny, napríklad pre Belgicko: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Číslo mobilného telefónu { $number } je k vášmu účtu už zaregistrované.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Zadajte číslo mobilného telefónu v medzinárodnom formáte vrátane predvoľby krajiny, napríklad pre Belgicko: { $example }
factors-phone-no-plus = Číslo musí začínať znamienkom plus a predvoľbou krajiny, napríklad pre Belgicko: { $example }
factors-phone-not-digits = Telefónne číslo obsahuje za znamienkom plus iba číslice (medzery sú povolené), napríklad { $example }
factors-phone-invalid = Toto nie je platné medzinárodné telefónne číslo. Príklad pre Belgicko: { $example }
factors-phone-not-in-plan = Toto nie je platné medzinárodné telefónne číslo (neznáma predvoľba krajiny alebo číslo, ktoré v číslovacom pláne danej krajiny neexistuje). Príklad pre Belgicko: { $example }
factors-phone-not-mobile = Toto číslo nie je číslom mobilného telefónu, a preto nemôže prijímať SMS. Zadajte mobilné číslo, napríklad pre Belgicko: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Overovací kód
factors-phone-finalise-heading = Overovací kód poslaný v SMS na pridanie čísla mobilného telefónu
factors-phone-finalise-intro = Zadajte overovací kód, ktorý vám prišiel v SMS na mobilný telefón.
factors-phone-finalise-delay = Doručenie správy na váš mobilný telefón môže trvať až 8 minút.
# $wait is a length of time, e.g. "5 minút" or "1 hodinu 5 minút".
factors-phone-finalise-resend = Ak kód nepríde, môžete si o { $wait } vyžiadať nový tak, že číslo pridáte znova.
factors-phone-finalise-number = Číslo mobilného telefónu
factors-phone-finalise-submit = Dokončiť
factors-phone-code-dead = Tento overovací kód už neplatí (vypršal, bol nahradený novším alebo bolo zadaných príliš veľa nesprávnych kódov). Ak chcete dostať nový kód, pridajte číslo znova.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Overovací kód nie je správny. { $remaining ->
    [one] Zostáva { $remaining } pokus.
    [few] Zostávajú { $remaining } pokusy.
    [many] Zostáva { $remaining } pokusu.
   *[other] Zostáva { $remaining } pokusov.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Spravovať mobilné zariadenia
factors-devices-name = Názov zariadenia
factors-devices-status = Stav
factors-devices-locked = Zablokované (príliš veľa nesprávnych kódov PIN): odstráňte ho a pridajte znova
factors-devices-active = Aktívne
factors-devices-delete = Odstrániť mobilné zariadenie
factors-devices-none = K vášmu účtu nie je zaregistrované žiadne mobilné zariadenie.
factors-devices-add = Pridať mobilné zariadenie
factors-devices-hint = Nainštalujte si do telefónu alebo tabletu mobilnú aplikáciu { $brand } a potom zariadenie pridajte tu naskenovaním kódu QR v aplikácii.
factors-devices-deleted = Mobilné zariadenie bolo odstránené.
factors-devices-unknown = Neznáme mobilné zariadenie.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Pridať mobilné zariadenie
factors-device-add-intro = Zadajte názov, podľa ktorého svoje mobilné zariadenie spoznáte, a kód PIN, ktorý preň budete používať.
factors-device-add-name = Názov zariadenia
factors-device-add-pin = Štvormiestny kód PIN
factors-device-add-pin-hint = Nepoužívajte jednoduché kódy PIN ako 0000, 1111 alebo 1234: budú odmietnuté.
factors-device-add-pin-confirm = Potvrdenie kódu PIN
factors-device-add-submit = Odoslať
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Zadajte pre mobilné zariadenie názov s dĺžkou 1 až { $max } znakov.
factors-pin-not-four-digits = Kód PIN musí mať presne 4 číslice.
factors-pin-mismatch = Zadané kódy PIN sa nezhodujú.
factors-pin-too-easy = Tento kód PIN sa dá príliš ľahko uhádnuť (napríklad 0000, 1234 alebo 1111). Vyberte iný.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Otvorte mobilnú aplikáciu { $brand } v zariadení „{ $name }“, zvoľte pridanie tohto účtu a naskenujte tento kód QR. Aplikácia si potom vyžiada kód PIN, ktorý ste práve zvolili.
factors-device-enrol-qr-alt = Kód QR na naskenovanie mobilnou aplikáciou { $brand }
factors-device-enrol-paste = Nemôžete kód naskenovať? Vložte do aplikácie tento text:
factors-device-enrol-validity = { $minutes ->
    [one] Kód QR platí { $minutes } minútu a možno ho použiť iba raz.
    [few] Kód QR platí { $minutes } minúty a možno ho použiť iba raz.
    [many] Kód QR platí { $minutes } minúty a možno ho použiť iba raz.
   *[other] Kód QR platí { $minutes } minút a možno ho použiť iba raz.
}
factors-device-enrol-waiting = Čaká sa na vaše mobilné zariadenie...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Zariadenie bolo pridané
factors-device-enrol-expired = Platnosť kódu QR vypršala. Pridajte zariadenie znova.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Spravovať bezpečnostné kľúče
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Úroveň
factors-keys-delete = Odstrániť bezpečnostný kľúč
factors-keys-none = K vášmu účtu nie je zaregistrovaný žiadny bezpečnostný kľúč.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Pridať bezpečnostný kľúč alebo dôveryhodnú platformu
factors-keys-hint = Bezpečnostný kľúč (napríklad kľúč USB alebo NFC) alebo overovací prvok zabudovaný do počítača či telefónu (odtlačok prsta, rozpoznanie tváre alebo zámka obrazovky). Kľúč, ktorý uchováva svoje tajné údaje priamo v zariadení a je chránený kódom PIN alebo odtlačkom prsta, dosahuje najvyššiu úroveň overenia.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Váš bezpečnostný kľúč „{ $name }“ bol úspešne pridaný.
factors-keys-deleted = Bezpečnostný kľúč bol odstránený.
factors-keys-unknown = Neznámy bezpečnostný kľúč.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Pridať bezpečnostný kľúč
factors-key-add-heading = Pridať bezpečnostný kľúč alebo dôveryhodnú platformu
factors-key-add-intro = Pomenujte svoj bezpečnostný kľúč a potom postupujte podľa pokynov prehliadača: vložte kľúč a dotknite sa ho alebo odomknite počítač či telefón.
factors-key-add-name = Názov bezpečnostného kľúča
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Zadajte pre bezpečnostný kľúč názov s dĺžkou 1 až { $max } znakov.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Platnosť tejto požiadavky vypršala alebo už bola použitá. Skúste to znova.
factors-webauthn-not-verified = Váš bezpečnostný kľúč ani dôveryhodnú platformu sa nepodarilo overiť. Skúste to znova alebo vyberte iný spôsob overenia.
factors-webauthn-already-registered = Tento bezpečnostný kľúč je už zaregistrovaný.
factors-webauthn-unsupported = Tento prehliadač nepodporuje bezpečnostné kľúče. Použite iný spôsob overenia.
factors-webauthn-follow = Postupujte podľa pokynov prehliadača a dotknite sa bezpečnostného kľúča alebo ho odomknite.
factors-webauthn-no-answer = Váš bezpečnostný kľúč neodpovedal. Skúste to znova alebo vyberte iný spôsob overenia.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Spravovať overovacie aplikácie
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Overovacia aplikácia v telefóne (napríklad FreeOTP, Google Authenticator, Microsoft Authenticator alebo Aegis) zobrazuje každých 30 sekúnd nový šesťmiestny kód. Pri prihlásení ju môžete použiť ako spôsob overenia.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Odstrániť
factors-totp-none = K vášmu účtu nie je zaregistrovaná žiadna overovacia aplikácia.
factors-totp-add = Pridať overovaciu aplikáciu
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Vaša overovacia aplikácia „{ $name }“ bola úspešne pridaná. Teraz ju môžete používať na prihlásenie.
factors-totp-deleted = Overovacia aplikácia bola odstránená.
factors-totp-unknown = Neznáma overovacia aplikácia.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Pridať overovaciu aplikáciu
factors-totp-add-intro = Zadajte názov, podľa ktorého túto overovaciu aplikáciu spoznáte, napríklad názov svojho telefónu.
factors-totp-add-name = Názov overovacej aplikácie
factors-totp-add-next = Ďalej
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Zadajte pre overovaciu aplikáciu názov s dĺžkou 1 až { $max } znakov.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Otvorte v telefóne overovaciu aplikáciu, pridajte účet a naskenujte tento kód QR. Kód platí { $minutes } minútu.
    [few] Otvorte v telefóne overovaciu aplikáciu, pridajte účet a naskenujte tento kód QR. Kód platí { $minutes } minúty.
    [many] Otvorte v telefóne overovaciu aplikáciu, pridajte účet a naskenujte tento kód QR. Kód platí { $minutes } minúty.
   *[other] Otvorte v telefóne overovaciu aplikáciu, pridajte účet a naskenujte tento kód QR. Kód platí { $minutes } minút.
}
factors-totp-enrol-qr-alt = Kód QR na naskenovanie overovacou aplikáciou
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Nemôžete kód naskenovať? Zadajte tento kľúč do aplikácie ručne (časovo založený, 6 číslic, každých 30 sekúnd) s účtom { $account } služby { $issuer }:
factors-totp-enrol-uri = Zobraziť odkaz obsiahnutý v kóde QR
factors-totp-code-label = Zadajte šesťmiestny kód
factors-totp-confirm = Potvrdiť
factors-totp-enrol-gone = Táto overovacia aplikácia už nečaká na potvrdenie (platnosť vypršala, už bola potvrdená alebo dostala príliš veľa nesprávnych kódov). Pridajte ju znova.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Kód nie je správny. Skontrolujte, či je v telefóne nastavený správny čas, a zadajte kód, ktorý aplikácia práve zobrazuje. { $remaining ->
    [one] Zostáva { $remaining } pokus.
    [few] Zostávajú { $remaining } pokusy.
    [many] Zostáva { $remaining } pokusu.
   *[other] Zostáva { $remaining } pokusov.
}
