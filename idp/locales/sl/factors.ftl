# The provider's texts in Slovenian (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Prekliči
factors-add = Dodaj
# Column header of a list of second factors: its name.
factors-name = Ime
# Column header: the date a second factor was added.
factors-added = Dodano
# Column header: the date a second factor was last used to sign in.
factors-last-used = Zadnja uporaba
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = nikoli
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Dejanje

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Potrditvena koda iz sporočila SMS
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 črk in števk, na primer XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Upravljanje mojih številk mobilnih telefonov
factors-phones-number = Številka mobilnega telefona
factors-phones-delete = Izbriši številko mobilnega telefona
factors-phones-none = V vašem računu ni registrirana nobena številka mobilnega telefona.
factors-phones-add = Dodaj številko mobilnega telefona
factors-phones-hint = Dostava sporočil SMS je odvisna od dogovorov med mobilnimi operaterji, zato ne prispejo vedno; mobilna aplikacija { $brand } ali varnostni ključ sta zanesljivejša.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Vaša številka mobilnega telefona { $number } je bila uspešno dodana.
factors-phones-deleted = Številka mobilnega telefona je bila izbrisana.
factors-phones-unknown = Neznana številka mobilnega telefona.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Dodajanje številke mobilnega telefona
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = V mednarodni obliki s kodo države, na primer za Belgijo: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Številka mobilnega telefona { $number } je v vašem računu že registrirana.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Vnesite številko mobilnega telefona v mednarodni obliki s kodo države, na primer za Belgijo: { $example }
factors-phone-no-plus = Številka se mora začeti z znakom plus in kodo države, na primer za Belgijo: { $example }
factors-phone-not-digits = Telefonska številka za znakom plus vsebuje samo števke (presledki so dovoljeni), na primer { $example }
factors-phone-invalid = To ni veljavna mednarodna telefonska številka. Primer za Belgijo: { $example }
factors-phone-not-in-plan = To ni veljavna mednarodna telefonska številka (neznana koda države ali številka, ki v načrtu številčenja te države ne obstaja). Primer za Belgijo: { $example }
factors-phone-not-mobile = Ta številka ni številka mobilnega telefona, zato ne more prejemati sporočil SMS. Vnesite mobilno številko, na primer za Belgijo: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Potrditvena koda
factors-phone-finalise-heading = Potrditvena koda za dodajanje številke mobilnega telefona, poslana v sporočilu SMS
factors-phone-finalise-intro = Vnesite potrditveno kodo, ki je bila v sporočilu SMS poslana na vaš mobilni telefon.
factors-phone-finalise-delay = Sporočilo lahko do vašega mobilnega telefona potuje do 8 minut.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Če koda ne prispe, lahko novo zahtevate čez { $wait }, tako da številko znova dodate.
factors-phone-finalise-number = Številka mobilnega telefona
factors-phone-finalise-submit = Dokončaj
factors-phone-code-dead = Ta potrditvena koda ni več veljavna (potekla je, nadomestila jo je novejša ali pa je bilo preveč napačnih poskusov). Številko dodajte znova, da prejmete novo kodo.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Potrditvena koda ni pravilna. { $remaining ->
    [one] Na voljo imate še { $remaining } poskus.
    [two] Na voljo imate še { $remaining } poskusa.
    [few] Na voljo imate še { $remaining } poskuse.
   *[other] Na voljo imate še { $remaining } poskusov.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Upravljanje mojih mobilnih naprav
factors-devices-name = Ime naprave
factors-devices-status = Stanje
factors-devices-locked = Zaklenjena (preveč napačnih kod PIN): izbrišite jo in jo znova dodajte
factors-devices-active = Aktivna
factors-devices-delete = Izbriši mobilno napravo
factors-devices-none = V vašem računu ni registrirana nobena mobilna naprava.
factors-devices-add = Dodaj mobilno napravo
factors-devices-hint = Namestite mobilno aplikacijo { $brand } v telefon ali tablični računalnik, nato napravo dodajte tukaj, tako da z aplikacijo optično preberete kodo QR.
factors-devices-deleted = Mobilna naprava je bila izbrisana.
factors-devices-unknown = Neznana mobilna naprava.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Dodajanje mobilne naprave
factors-device-add-intro = Vnesite ime, po katerem boste prepoznali svojo mobilno napravo, in kodo PIN, ki jo boste uporabljali zanjo.
factors-device-add-name = Ime naprave
factors-device-add-pin = Štirimestna koda PIN
factors-device-add-pin-hint = Izogibajte se preprostim kodam PIN, kot so 0000, 1111 ali 1234: te so zavrnjene.
factors-device-add-pin-confirm = Potrdite kodo PIN
factors-device-add-submit = Pošlji
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Mobilni napravi dajte ime, dolgo od 1 do { $max } znakov.
factors-pin-not-four-digits = Koda PIN mora imeti natanko 4 števke.
factors-pin-mismatch = Kodi PIN se ne ujemata.
factors-pin-too-easy = To kodo PIN je preveč lahko uganiti (na primer 0000, 1234 ali 1111). Izberite drugo.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Odprite mobilno aplikacijo { $brand } v napravi „{ $name }“, izberite dodajanje tega računa in optično preberite to kodo QR. Aplikacija bo nato zahtevala kodo PIN, ki ste jo pravkar izbrali.
factors-device-enrol-qr-alt = Koda QR za optično branje z mobilno aplikacijo { $brand }
factors-device-enrol-paste = Ne morete optično prebrati? Prilepite to besedilo v aplikacijo:
factors-device-enrol-validity = { $minutes ->
    [one] Koda QR velja { $minutes } minuto in jo je mogoče uporabiti samo enkrat.
    [two] Koda QR velja { $minutes } minuti in jo je mogoče uporabiti samo enkrat.
    [few] Koda QR velja { $minutes } minute in jo je mogoče uporabiti samo enkrat.
   *[other] Koda QR velja { $minutes } minut in jo je mogoče uporabiti samo enkrat.
}
factors-device-enrol-waiting = Čakanje na vašo mobilno napravo ...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Naprava je dodana
factors-device-enrol-expired = Koda QR je potekla. Znova dodajte napravo.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Upravljanje mojih varnostnih ključev
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Raven
factors-keys-delete = Izbriši varnostni ključ
factors-keys-none = V vašem računu ni registriran noben varnostni ključ.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Dodaj varnostni ključ ali zaupanja vredno platformo
factors-keys-hint = Varnostni ključ (na primer ključ USB ali NFC) ali avtentikator, vgrajen v vaš računalnik ali telefon (prstni odtis, obraz ali zaklepanje zaslona). S kodo PIN ali prstnim odtisom na ključu, ki svojo skrivnost hrani v sami napravi, se doseže najvišja raven preverjanja.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Vaš varnostni ključ „{ $name }“ je bil uspešno dodan.
factors-keys-deleted = Varnostni ključ je bil izbrisan.
factors-keys-unknown = Neznan varnostni ključ.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Dodajanje varnostnega ključa
factors-key-add-heading = Dodajanje varnostnega ključa ali zaupanja vredne platforme
factors-key-add-intro = Varnostnemu ključu dajte ime, nato sledite navodilom brskalnika: vstavite ključ in se ga dotaknite ali odklenite računalnik oziroma telefon.
factors-key-add-name = Ime varnostnega ključa
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Varnostnemu ključu dajte ime, dolgo od 1 do { $max } znakov.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Ta zahteva je potekla ali je bila že uporabljena. Poskusite znova.
factors-webauthn-not-verified = Vašega varnostnega ključa ali zaupanja vredne platforme ni bilo mogoče preveriti. Poskusite znova ali izberite drugo metodo preverjanja.
factors-webauthn-already-registered = Ta varnostni ključ je že registriran.
factors-webauthn-unsupported = Ta brskalnik ne podpira varnostnih ključev. Uporabite drugo metodo preverjanja.
factors-webauthn-follow = Sledite navodilom brskalnika in se dotaknite varnostnega ključa ali ga odklenite.
factors-webauthn-no-answer = Vaš varnostni ključ se ni odzval. Poskusite znova ali izberite drugo metodo preverjanja.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Upravljanje mojih aplikacij za preverjanje pristnosti
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Aplikacija za preverjanje pristnosti v vašem telefonu (na primer FreeOTP, Google Authenticator, Microsoft Authenticator ali Aegis) vsakih 30 sekund prikaže novo 6-mestno kodo. Uporabite jo lahko kot metodo preverjanja pri prijavi.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Izbriši
factors-totp-none = V vašem računu ni registrirana nobena aplikacija za preverjanje pristnosti.
factors-totp-add = Dodaj aplikacijo za preverjanje pristnosti
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Vaša aplikacija za preverjanje pristnosti „{ $name }“ je bila uspešno dodana. Zdaj jo lahko uporabljate za prijavo.
factors-totp-deleted = Aplikacija za preverjanje pristnosti je bila izbrisana.
factors-totp-unknown = Neznana aplikacija za preverjanje pristnosti.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Dodajanje aplikacije za preverjanje pristnosti
factors-totp-add-intro = Vnesite ime, po katerem boste prepoznali to aplikacijo za preverjanje pristnosti, na primer ime svojega telefona.
factors-totp-add-name = Ime aplikacije za preverjanje pristnosti
factors-totp-add-next = Naprej
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Aplikaciji za preverjanje pristnosti dajte ime, dolgo od 1 do { $max } znakov.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Odprite aplikacijo za preverjanje pristnosti v telefonu, dodajte račun in optično preberite to kodo QR. Velja { $minutes } minuto.
    [two] Odprite aplikacijo za preverjanje pristnosti v telefonu, dodajte račun in optično preberite to kodo QR. Velja { $minutes } minuti.
    [few] Odprite aplikacijo za preverjanje pristnosti v telefonu, dodajte račun in optično preberite to kodo QR. Velja { $minutes } minute.
   *[other] Odprite aplikacijo za preverjanje pristnosti v telefonu, dodajte račun in optično preberite to kodo QR. Velja { $minutes } minut.
}
factors-totp-enrol-qr-alt = Koda QR za optično branje z aplikacijo za preverjanje pristnosti
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Ne morete optično prebrati? Ta ključ ročno vnesite v aplikacijo (časovno, 6 števk, vsakih 30 sekund) z računom { $account } izdajatelja { $issuer }:
factors-totp-enrol-uri = Prikaži povezavo za kodo QR
factors-totp-code-label = Vnesite 6-mestno kodo
factors-totp-confirm = Potrdi
factors-totp-enrol-gone = Ta aplikacija za preverjanje pristnosti ne čaka več na potrditev (potekla je, potrjena je bila ali pa je prejela preveč napačnih kod). Znova jo dodajte.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Koda ni pravilna. Preverite, ali je čas v telefonu pravilen, in vnesite kodo, ki jo aplikacija prikazuje zdaj. { $remaining ->
    [one] Na voljo imate še { $remaining } poskus.
    [two] Na voljo imate še { $remaining } poskusa.
    [few] Na voljo imate še { $remaining } poskuse.
   *[other] Na voljo imate še { $remaining } poskusov.
}
