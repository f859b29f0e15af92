# The provider's texts in Czech (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Zrušit
factors-add = Přidat
# Column header of a list of second factors: its name.
factors-name = Název
# Column header: the date a second factor was added.
factors-added = Přidáno
# Column header: the date a second factor was last used to sign in.
factors-last-used = Naposledy použito
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = nikdy
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Akce

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Ověřovací kód z SMS
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 písmen a číslic, například XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Spravovat čísla mobilních telefonů
factors-phones-number = Číslo mobilního telefonu
factors-phones-delete = Odstranit číslo mobilního telefonu
factors-phones-none = K vašemu účtu není registrováno žádné číslo mobilního telefonu.
factors-phones-add = Přidat číslo mobilního telefonu
factors-phones-hint = Doručování SMS závisí na dohodách mezi mobilními operátory a nemusí vždy fungovat; mobilní aplikace { $brand } nebo bezpečnostní klíč jsou spolehlivější.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Vaše číslo mobilního telefonu { $number } bylo úspěšně přidáno.
factors-phones-deleted = Číslo mobilního telefonu bylo odstraněno.
factors-phones-unknown = Neznámé číslo mobilního telefonu.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Přidat číslo mobilního telefonu
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Mezinárodní formát včetně předvolby země, například pro Belgii: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Číslo mobilního telefonu { $number } je k vašemu účtu již registrováno.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Zadejte prosím číslo mobilního telefonu v mezinárodním formátu včetně předvolby země, například pro Belgii: { $example }
factors-phone-no-plus = Číslo musí začínat znaménkem plus a předvolbou země, například pro Belgii: { $example }
factors-phone-not-digits = Telefonní číslo obsahuje za znaménkem plus pouze číslice (mezery jsou povoleny), například { $example }
factors-phone-invalid = Toto není platné mezinárodní telefonní číslo. Příklad pro Belgii: { $example }
factors-phone-not-in-plan = Toto není platné mezinárodní telefonní číslo (neznámá předvolba země nebo číslo, které v číslovacím plánu dané země neexistuje). Příklad pro Belgii: { $example }
factors-phone-not-mobile = Toto číslo není číslem mobilního telefonu, a nemůže tedy přijímat SMS. Zadejte prosím mobilní číslo, například pro Belgii: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Ověřovací kód
factors-phone-finalise-heading = Ověřovací kód zaslaný v SMS pro přidání čísla mobilního telefonu
factors-phone-finalise-intro = Zadejte prosím ověřovací kód, který vám přišel v SMS na mobilní telefon.
factors-phone-finalise-delay = Doručení zprávy na váš mobilní telefon může trvat až 8 minut.
# $wait is a length of time, e.g. "5 minut" or "1 hodinu a 5 minut".
factors-phone-finalise-resend = Pokud kód nepřijde, můžete si za { $wait } vyžádat nový tím, že číslo přidáte znovu.
factors-phone-finalise-number = Číslo mobilního telefonu
factors-phone-finalise-submit = Dokončit
factors-phone-code-dead = Tento ověřovací kód již neplatí (vypršel, byl nahrazen novějším nebo bylo zadáno příliš mnoho chybných kódů). Chcete-li obdržet nový kód, přidejte číslo znovu.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Ověřovací kód není správný. { $remaining ->
    [one] Zbývá { $remaining } pokus.
    [few] Zbývají { $remaining } pokusy.
    [many] Zbývá { $remaining } pokusu.
   *[other] Zbývá { $remaining } pokusů.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Spravovat mobilní zařízení
factors-devices-name = Název zařízení
factors-devices-status = Stav
factors-devices-locked = Zablokováno (příliš mnoho chybných kódů PIN): odstraňte ho a přidejte znovu
factors-devices-active = Aktivní
factors-devices-delete = Odstranit mobilní zařízení
factors-devices-none = K vašemu účtu není registrováno žádné mobilní zařízení.
factors-devices-add = Přidat mobilní zařízení
factors-devices-hint = Nainstalujte si do telefonu nebo tabletu mobilní aplikaci { $brand } a poté zařízení přidejte zde naskenováním kódu QR v aplikaci.
factors-devices-deleted = Mobilní zařízení bylo odstraněno.
factors-devices-unknown = Neznámé mobilní zařízení.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Přidat mobilní zařízení
factors-device-add-intro = Zadejte prosím název, podle kterého své mobilní zařízení poznáte, a kód PIN, který pro něj budete používat.
factors-device-add-name = Název zařízení
factors-device-add-pin = Čtyřmístný kód PIN
factors-device-add-pin-hint = Nepoužívejte snadné kódy PIN jako 0000, 1111 nebo 1234: budou odmítnuty.
factors-device-add-pin-confirm = Potvrzení kódu PIN
factors-device-add-submit = Odeslat
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Zadejte prosím pro mobilní zařízení název o délce 1 až { $max } znaků.
factors-pin-not-four-digits = Kód PIN musí mít přesně 4 číslice.
factors-pin-mismatch = Zadané kódy PIN se neshodují.
factors-pin-too-easy = Tento kód PIN lze příliš snadno uhodnout (například 0000, 1234 nebo 1111). Zvolte prosím jiný.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Otevřete mobilní aplikaci { $brand } v zařízení „{ $name }“, zvolte možnost přidat účet a naskenujte tento kód QR. Aplikace si poté vyžádá kód PIN, který jste právě zvolili.
factors-device-enrol-qr-alt = Kód QR k naskenování mobilní aplikací { $brand }
factors-device-enrol-paste = Nemůžete kód naskenovat? Vložte do aplikace tento text:
factors-device-enrol-validity = { $minutes ->
    [one] Kód QR platí { $minutes } minutu a lze jej použít jen jednou.
    [few] Kód QR platí { $minutes } minuty a lze jej použít jen jednou.
    [many] Kód QR platí { $minutes } minuty a lze jej použít jen jednou.
   *[other] Kód QR platí { $minutes } minut a lze jej použít jen jednou.
}
factors-device-enrol-waiting = Čeká se na vaše mobilní zařízení...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Zařízení bylo přidáno
factors-device-enrol-expired = Platnost kódu QR vypršela. Přidejte prosím zařízení znovu.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Spravovat bezpečnostní klíče
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Úroveň
factors-keys-delete = Odstranit bezpečnostní klíč
factors-keys-none = K vašemu účtu není registrován žádný bezpečnostní klíč.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Přidat bezpečnostní klíč nebo důvěryhodnou platformu
factors-keys-hint = Bezpečnostní klíč (například klíč USB nebo NFC) nebo ověřovací prvek zabudovaný do počítače či telefonu (otisk prstu, rozpoznání obličeje nebo zámek obrazovky). Klíč, který uchovává svá tajná data přímo v zařízení a je chráněn kódem PIN nebo otiskem prstu, dosahuje nejvyšší úrovně ověření.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Váš bezpečnostní klíč „{ $name }“ byl úspěšně přidán.
factors-keys-deleted = Bezpečnostní klíč byl odstraněn.
factors-keys-unknown = Neznámý bezpečnostní klíč.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Přidat bezpečnostní klíč
factors-key-add-heading = Přidat bezpečnostní klíč nebo důvěryhodnou platformu
factors-key-add-intro = Pojmenujte svůj bezpečnostní klíč a poté postupujte podle pokynů prohlížeče: vložte klíč a dotkněte se ho, nebo odemkněte počítač či telefon.
factors-key-add-name = Název bezpečnostního klíče
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Zadejte prosím pro bezpečnostní klíč název o délce 1 až { $max } znaků.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Platnost tohoto požadavku vypršela nebo již byl použit. Zkuste to prosím znovu.
factors-webauthn-not-verified = Váš bezpečnostní klíč nebo důvěryhodnou platformu se nepodařilo ověřit. Zkuste to prosím znovu, nebo zvolte jiný způsob ověření.
factors-webauthn-already-registered = Tento bezpečnostní klíč je již registrován.
factors-webauthn-unsupported = Tento prohlížeč nepodporuje bezpečnostní klíče. Použijte prosím jiný způsob ověření.
factors-webauthn-follow = Postupujte podle pokynů prohlížeče a dotkněte se bezpečnostního klíče nebo ho odemkněte.
factors-webauthn-no-answer = Váš bezpečnostní klíč neodpověděl. Zkuste to prosím znovu, nebo zvolte jiný způsob ověření.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Spravovat ověřovací aplikace
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Ověřovací aplikace v telefonu (například FreeOTP, Google Authenticator, Microsoft Authenticator nebo Aegis) zobrazuje každých 30 sekund nový šestimístný kód. Při přihlášení ji můžete použít jako způsob ověření.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Odstranit
factors-totp-none = K vašemu účtu není registrována žádná ověřovací aplikace.
factors-totp-add = Přidat ověřovací aplikaci
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Vaše ověřovací aplikace „{ $name }“ byla úspěšně přidána. Nyní ji můžete používat k přihlášení.
factors-totp-deleted = Ověřovací aplikace byla odstraněna.
factors-totp-unknown = Neznámá ověřovací aplikace.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Přidat ověřovací aplikaci
factors-totp-add-intro = Zadejte prosím název, podle kterého tuto ověřovací aplikaci poznáte, například název svého telefonu.
factors-totp-add-name = Název ověřovací aplikace
factors-totp-add-next = Další
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Zadejte prosím pro ověřovací aplikaci název o délce 1 až { $max } znaků.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Otevřete v telefonu ověřovací aplikaci, přidejte účet a naskenujte tento kód QR. Kód platí { $minutes } minutu.
    [few] Otevřete v telefonu ověřovací aplikaci, přidejte účet a naskenujte tento kód QR. Kód platí { $minutes } minuty.
    [many] Otevřete v telefonu ověřovací aplikaci, přidejte účet a naskenujte tento kód QR. Kód platí { $minutes } minuty.
   *[other] Otevřete v telefonu ověřovací aplikaci, přidejte účet a naskenujte tento kód QR. Kód platí { $minutes } minut.
}
factors-totp-enrol-qr-alt = Kód QR k naskenování ověřovací aplikací
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Nemůžete kód naskenovat? Zadejte tento klíč do aplikace ručně (podle času, 6 číslic, každých 30 sekund) s účtem { $account } služby { $issuer }:
factors-totp-enrol-uri = Zobrazit odkaz obsažený v kódu QR
factors-totp-code-label = Zadejte šestimístný kód
factors-totp-confirm = Potvrdit
factors-totp-enrol-gone = Tato ověřovací aplikace již nečeká na potvrzení (platnost vypršela, byla již potvrzena nebo obdržela příliš mnoho chybných kódů). Přidejte ji prosím znovu.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Kód není správný. Zkontrolujte, zda je v telefonu nastaven správný čas, a zadejte kód, který aplikace právě zobrazuje. { $remaining ->
    [one] Zbývá { $remaining } pokus.
    [few] Zbývají { $remaining } pokusy.
    [many] Zbývá { $remaining } pokusu.
   *[other] Zbývá { $remaining } pokusů.
}
