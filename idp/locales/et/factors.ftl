# The provider's texts in English (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Tühista
factors-add = Lisa
# Column header of a list of second factors: its name.
factors-name = Nimi
# Column header: the date a second factor was added.
factors-added = Lisatud
# Column header: the date a second factor was last used to sign in.
factors-last-used = Viimati kasutatud
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = pole kasutatud
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Toiming

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = SMS-iga saadud kinnituskood
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 tähte ja numbrit, näiteks XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Halda oma mobiiltelefoni numbreid
factors-phones-number = Mobiiltelefoni number
factors-phones-delete = Kustuta mobiiltelefoni number
factors-phones-none = Teie kontol ei ole registreeritud ühtegi mobiiltelefoni numbrit.
factors-phones-add = Lisa mobiiltelefoni number
factors-phones-hint = SMS-ide kohaletoimetamine sõltub mobiilioperaatorite vahelistest lepingutest ja need ei pruugi alati kohale jõuda; { $brand } mobiilirakendus või turvavõti on usaldusväärsem.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Teie mobiiltelefoni number { $number } lisati edukalt.
factors-phones-deleted = Mobiiltelefoni number kustutati.
factors-phones-unknown = Tundmatu mobiiltelefoni number.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Lisa mobiiltelefoni number
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Rahvusvahelises vormingus koos riigikoodiga, näiteks Belgia puhul: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Mobiiltelefoni number { $number } on teie kontol juba registreeritud.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Sisestage oma mobiiltelefoni number rahvusvahelises vormingus koos riigikoodiga, näiteks Belgia puhul: { $example }
factors-phone-no-plus = Number peab algama plussmärgi ja riigikoodiga, näiteks Belgia puhul: { $example }
factors-phone-not-digits = Telefoninumbris võivad pärast plussmärki olla ainult numbrid (tühikud on lubatud), näiteks { $example }
factors-phone-invalid = See ei ole kehtiv rahvusvaheline telefoninumber. Näide (Belgia): { $example }
factors-phone-not-in-plan = See ei ole kehtiv rahvusvaheline telefoninumber (tundmatu riigikood või number, mida selle riigi numeratsiooniplaanis ei ole). Näide (Belgia): { $example }
factors-phone-not-mobile = See number ei ole mobiiltelefoni number, seega ei saa sellele SMS-e saata. Sisestage mobiiltelefoni number, näiteks Belgia puhul: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Kinnituskood
factors-phone-finalise-heading = SMS-iga saadetud kinnituskood mobiiltelefoni numbri lisamiseks
factors-phone-finalise-intro = Sisestage kinnituskood, mis saadeti SMS-iga teie mobiiltelefonile.
factors-phone-finalise-delay = Sõnumi jõudmiseks teie mobiiltelefonile võib kuluda kuni 8 minutit.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Kui koodi ei saabu, saate uue koodi küsida, kui { $wait } on möödunud: selleks lisage number uuesti.
factors-phone-finalise-number = Mobiiltelefoni number
factors-phone-finalise-submit = Kinnita
factors-phone-code-dead = See kinnituskood ei kehti enam (see on aegunud või asendatud uuemaga või on tehtud liiga palju valesid katseid). Uue koodi saamiseks lisage number uuesti.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Kinnituskood on vale. { $remaining ->
    [one] Jäänud on { $remaining } katse.
   *[other] Jäänud on { $remaining } katset.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Halda oma mobiilseadmeid
factors-devices-name = Seadme nimi
factors-devices-status = Olek
factors-devices-locked = Lukustatud (liiga palju valesid PIN-koode): kustutage seade ja lisage see uuesti
factors-devices-active = Aktiivne
factors-devices-delete = Kustuta mobiilseade
factors-devices-none = Teie kontol ei ole registreeritud ühtegi mobiilseadet.
factors-devices-add = Lisa mobiilseade
factors-devices-hint = Paigaldage { $brand } mobiilirakendus oma telefoni või tahvelarvutisse ja lisage seade siin, skannides rakendusega QR-koodi.
factors-devices-deleted = Mobiilseade kustutati.
factors-devices-unknown = Tundmatu mobiilseade.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Lisa mobiilseade
factors-device-add-intro = Andke oma mobiilseadmele nimi, mille järgi seda ära tunda, ja valige PIN-kood, mida sellega kasutada.
factors-device-add-name = Teie seadme nimi
factors-device-add-pin = Teie 4-kohaline PIN-kood
factors-device-add-pin-hint = Vältige lihtsaid PIN-koode nagu 0000, 1111 või 1234: neid ei aktsepteerita.
factors-device-add-pin-confirm = Kinnitage PIN-kood
factors-device-add-submit = Esita
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Andke oma mobiilseadmele 1–{ $max } märgi pikkune nimi.
factors-pin-not-four-digits = PIN-kood peab koosnema täpselt 4 numbrist.
factors-pin-mismatch = Kaks PIN-koodi ei ole samad.
factors-pin-too-easy = Seda PIN-koodi on liiga lihtne ära arvata (näiteks 0000, 1234 või 1111). Valige muu PIN-kood.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Avage { $brand } mobiilirakendus seadmes { $name }, valige selle konto lisamine ja skannige see QR-kood. Seejärel küsib rakendus äsja valitud PIN-koodi.
factors-device-enrol-qr-alt = QR-kood skannimiseks { $brand } mobiilirakendusega
factors-device-enrol-paste = Ei saa skannida? Kleepige see tekst rakendusse:
factors-device-enrol-validity = { $minutes ->
    [one] QR-kood kehtib { $minutes } minut ja seda saab kasutada ühe korra.
   *[other] QR-kood kehtib { $minutes } minutit ja seda saab kasutada ühe korra.
}
factors-device-enrol-waiting = Ootame teie mobiilseadet…
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Seade on lisatud
factors-device-enrol-expired = QR-kood on aegunud. Lisage seade uuesti.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Halda oma turvavõtmeid
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Tase
factors-keys-delete = Kustuta turvavõti
factors-keys-none = Teie kontol ei ole registreeritud ühtegi turvavõtit.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Lisa turvavõti või seadme autentija
factors-keys-hint = Turvavõti (näiteks USB- või NFC-võti) või teie arvutisse või telefoni sisseehitatud autentija (sõrmejälg, näotuvastus või ekraanilukk). Kui võtmel on PIN-kood või sõrmejälg ja võti hoiab oma saladust seadmes, saavutatakse sellega kõrgeim autentimistase.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Teie turvavõti „{ $name }“ lisati edukalt.
factors-keys-deleted = Turvavõti kustutati.
factors-keys-unknown = Tundmatu turvavõti.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Lisa turvavõti
factors-key-add-heading = Lisa turvavõti või seadme autentija
factors-key-add-intro = Andke turvavõtmele nimi ja järgige seejärel brauseri juhiseid: sisestage võti ja puudutage seda või avage oma arvuti või telefoni lukk.
factors-key-add-name = Turvavõtme nimi
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Andke turvavõtmele 1–{ $max } märgi pikkune nimi.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = See päring on aegunud või seda on juba kasutatud. Proovige uuesti.
factors-webauthn-not-verified = Teie turvavõtit või seadme autentijat ei õnnestunud kontrollida. Proovige uuesti või valige muu autentimisviis.
factors-webauthn-already-registered = See turvavõti on juba registreeritud.
factors-webauthn-unsupported = See brauser ei toeta turvavõtmeid. Kasutage muud autentimisviisi.
factors-webauthn-follow = Järgige brauseri juhiseid ja puudutage turvavõtit või avage selle lukk.
factors-webauthn-no-answer = Teie turvavõti ei vastanud. Proovige uuesti või valige muu autentimisviis.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Halda oma autentimisrakendusi
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Teie telefonis olev autentimisrakendus (näiteks FreeOTP, Google Authenticator, Microsoft Authenticator või Aegis) näitab iga 30 sekundi järel uut 6-kohalist koodi. Saate seda kasutada sisselogimisel autentimisviisina.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Kustuta
factors-totp-none = Teie kontol ei ole registreeritud ühtegi autentimisrakendust.
factors-totp-add = Lisa autentimisrakendus
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Teie autentimisrakendus „{ $name }“ lisati edukalt. Nüüd saate seda kasutada sisselogimiseks.
factors-totp-deleted = Autentimisrakendus kustutati.
factors-totp-unknown = Tundmatu autentimisrakendus.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Lisa autentimisrakendus
factors-totp-add-intro = Andke sellele autentimisrakendusele nimi, mille järgi seda ära tunda, näiteks oma telefoni nimi.
factors-totp-add-name = Autentimisrakenduse nimi
factors-totp-add-next = Edasi
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Andke oma autentimisrakendusele 1–{ $max } märgi pikkune nimi.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Avage oma telefonis autentimisrakendus, lisage konto ja skannige see QR-kood. See kehtib { $minutes } minut.
   *[other] Avage oma telefonis autentimisrakendus, lisage konto ja skannige see QR-kood. See kehtib { $minutes } minutit.
}
factors-totp-enrol-qr-alt = QR-kood skannimiseks autentimisrakendusega
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Ei saa skannida? Sisestage see võti rakendusse käsitsi (ajapõhine, 6 numbrit, iga 30 sekundi järel) kontole { $account } teenuses { $issuer }:
factors-totp-enrol-uri = Näita QR-koodi taga olevat linki
factors-totp-code-label = Sisestage 6-kohaline kood
factors-totp-confirm = Kinnita
factors-totp-enrol-gone = See autentimisrakendus ei oota enam kinnitamist (see on aegunud või juba kinnitatud või on sisestatud liiga palju valesid koode). Lisage see uuesti.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Kood on vale. Kontrollige, kas teie telefoni kellaaeg on õige, ja sisestage kood, mida rakendus praegu näitab. { $remaining ->
    [one] Jäänud on { $remaining } katse.
   *[other] Jäänud on { $remaining } katset.
}
