# The provider's texts in Lithuanian (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Atšaukti
factors-add = Pridėti
# Column header of a list of second factors: its name.
factors-name = Pavadinimas
# Column header: the date a second factor was added.
factors-added = Pridėta
# Column header: the date a second factor was last used to sign in.
factors-last-used = Paskutinį kartą naudota
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = niekada
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Veiksmas

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = SMS žinute gautas patvirtinimo kodas
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 raidės ir skaitmenys, pavyzdžiui, XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Tvarkyti mobiliojo telefono numerius
factors-phones-number = Mobiliojo telefono numeris
factors-phones-delete = Ištrinti mobiliojo telefono numerį
factors-phones-none = Jūsų paskyroje neužregistruota nė vieno mobiliojo telefono numerio.
factors-phones-add = Pridėti mobiliojo telefono numerį
factors-phones-hint = SMS žinučių pristatymas priklauso nuo mobiliojo ryšio operatorių susitarimų, todėl jos ne visada pasiekia gavėją; { $brand } mobilioji programėlė arba saugos raktas yra patikimesni.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Jūsų mobiliojo telefono numeris { $number } sėkmingai pridėtas.
factors-phones-deleted = Mobiliojo telefono numeris ištrintas.
factors-phones-unknown = Nežinomas mobiliojo telefono numeris.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Pridėti mobiliojo telefono numerį
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Tarptautinis formatas su šalies kodu, pavyzdžiui, Belgijos numeris: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Mobiliojo telefono numeris { $number } jau užregistruotas jūsų paskyroje.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Įveskite mobiliojo telefono numerį tarptautiniu formatu su šalies kodu, pavyzdžiui, Belgijos numeris: { $example }
factors-phone-no-plus = Numeris turi prasidėti pliuso ženklu ir šalies kodu, pavyzdžiui, Belgijos numeris: { $example }
factors-phone-not-digits = Po pliuso ženklo telefono numeryje gali būti tik skaitmenys (tarpai leidžiami), pavyzdžiui, { $example }
factors-phone-invalid = Tai nėra tinkamas tarptautinis telefono numeris. Belgijos numerio pavyzdys: { $example }
factors-phone-not-in-plan = Tai nėra tinkamas tarptautinis telefono numeris (nežinomas šalies kodas arba tokio numerio toje šalyje nėra). Belgijos numerio pavyzdys: { $example }
factors-phone-not-mobile = Šis numeris nėra mobiliojo telefono numeris, todėl juo negalima gauti SMS žinučių. Įveskite mobiliojo telefono numerį, pavyzdžiui, Belgijos numeris: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Patvirtinimo kodas
factors-phone-finalise-heading = SMS žinute atsiųstas patvirtinimo kodas mobiliojo telefono numeriui pridėti
factors-phone-finalise-intro = Įveskite patvirtinimo kodą, atsiųstą SMS žinute į jūsų mobilųjį telefoną.
factors-phone-finalise-delay = Žinutės gali tekti palaukti iki 8 minučių.
# $wait is a length of time in the nominative, e.g. "5 minutės" or "1 valanda 5 minutės".
factors-phone-finalise-resend = Jei kodas neateis, naujo galėsite paprašyti, kai praeis { $wait }: tiesiog dar kartą pridėkite numerį.
factors-phone-finalise-number = Mobiliojo telefono numeris
factors-phone-finalise-submit = Užbaigti
factors-phone-code-dead = Šis patvirtinimo kodas nebegalioja (baigėsi jo galiojimas, jis pakeistas naujesniu arba per daug kartų įvestas neteisingai). Norėdami gauti naują kodą, dar kartą pridėkite numerį.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Patvirtinimo kodas neteisingas. { $remaining ->
    [one] Liko { $remaining } bandymas.
    [few] Liko { $remaining } bandymai.
    [many] Liko { $remaining } bandymo.
   *[other] Liko { $remaining } bandymų.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Tvarkyti mobiliuosius įrenginius
factors-devices-name = Įrenginio pavadinimas
factors-devices-status = Būsena
factors-devices-locked = Užblokuotas (per daug neteisingų PIN kodų): ištrinkite jį ir pridėkite iš naujo
factors-devices-active = Aktyvus
factors-devices-delete = Ištrinti mobilųjį įrenginį
factors-devices-none = Jūsų paskyroje neužregistruota nė vieno mobiliojo įrenginio.
factors-devices-add = Pridėti mobilųjį įrenginį
factors-devices-hint = Įdiekite { $brand } mobiliąją programėlę telefone arba planšetiniame kompiuteryje, tada pridėkite įrenginį čia, programėle nuskaitydami QR kodą.
factors-devices-deleted = Mobilusis įrenginys ištrintas.
factors-devices-unknown = Nežinomas mobilusis įrenginys.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Pridėti mobilųjį įrenginį
factors-device-add-intro = Nurodykite pavadinimą, pagal kurį atpažinsite savo mobilųjį įrenginį, ir PIN kodą, kurį jame naudosite.
factors-device-add-name = Įrenginio pavadinimas
factors-device-add-pin = 4 skaitmenų PIN kodas
factors-device-add-pin-hint = Nenaudokite lengvų PIN kodų, tokių kaip 0000, 1111 ar 1234: jie nepriimami.
factors-device-add-pin-confirm = Pakartokite PIN kodą
factors-device-add-submit = Pateikti
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Mobiliojo įrenginio pavadinimas turi būti nuo 1 iki { $max ->
    [one] { $max } simbolio
   *[other] { $max } simbolių
}.
factors-pin-not-four-digits = PIN kodą turi sudaryti lygiai 4 skaitmenys.
factors-pin-mismatch = PIN kodai nesutampa.
factors-pin-too-easy = Šį PIN kodą per lengva atspėti (pavyzdžiui, 0000, 1234 ar 1111). Pasirinkite kitą.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Atidarykite { $brand } mobiliąją programėlę įrenginyje „{ $name }“, pasirinkite pridėti šią paskyrą ir nuskaitykite šį QR kodą. Tada programėlė paprašys ką tik pasirinkto PIN kodo.
factors-device-enrol-qr-alt = QR kodas, kurį reikia nuskaityti { $brand } mobiliąja programėle
factors-device-enrol-paste = Nepavyksta nuskaityti? Įklijuokite šį tekstą programėlėje:
factors-device-enrol-validity = { $minutes ->
    [one] QR kodas galioja { $minutes } minutę ir jį galima panaudoti vieną kartą.
    [few] QR kodas galioja { $minutes } minutes ir jį galima panaudoti vieną kartą.
    [many] QR kodas galioja { $minutes } minutės ir jį galima panaudoti vieną kartą.
   *[other] QR kodas galioja { $minutes } minučių ir jį galima panaudoti vieną kartą.
}
factors-device-enrol-waiting = Laukiama jūsų mobiliojo įrenginio...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Įrenginys pridėtas
factors-device-enrol-expired = QR kodo galiojimas baigėsi. Pridėkite įrenginį iš naujo.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Tvarkyti saugos raktus
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Lygis
factors-keys-delete = Ištrinti saugos raktą
factors-keys-none = Jūsų paskyroje neužregistruota nė vieno saugos rakto.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Pridėti saugos raktą arba įtaisytąjį autentifikatorių
factors-keys-hint = Saugos raktas (pavyzdžiui, USB arba NFC raktas) arba į kompiuterį ar telefoną įtaisytas autentifikatorius (piršto atspaudas, veido atpažinimas arba ekrano užraktas). Naudojant PIN kodą arba piršto atspaudą su raktu, kuris paslaptį saugo pačiame įrenginyje, pasiekiamas aukščiausias patvirtinimo lygis.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Jūsų saugos raktas „{ $name }“ sėkmingai pridėtas.
factors-keys-deleted = Saugos raktas ištrintas.
factors-keys-unknown = Nežinomas saugos raktas.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Pridėti saugos raktą
factors-key-add-heading = Pridėti saugos raktą arba įtaisytąjį autentifikatorių
factors-key-add-intro = Suteikite saugos raktui pavadinimą, tada vykdykite naršyklės nurodymus: įkiškite ir palieskite raktą arba atrakinkite kompiuterį ar telefoną.
factors-key-add-name = Saugos rakto pavadinimas
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Saugos rakto pavadinimas turi būti nuo 1 iki { $max ->
    [one] { $max } simbolio
   *[other] { $max } simbolių
}.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Šio prašymo galiojimas baigėsi arba jis jau panaudotas. Bandykite dar kartą.
factors-webauthn-not-verified = Jūsų saugos rakto arba įtaisytojo autentifikatoriaus patikrinti nepavyko. Bandykite dar kartą arba pasirinkite kitą patvirtinimo būdą.
factors-webauthn-already-registered = Šis saugos raktas jau užregistruotas.
factors-webauthn-unsupported = Ši naršyklė nepalaiko saugos raktų. Naudokite kitą patvirtinimo būdą.
factors-webauthn-follow = Vykdykite naršyklės nurodymus ir palieskite arba atrakinkite saugos raktą.
factors-webauthn-no-answer = Jūsų saugos raktas neatsakė. Bandykite dar kartą arba pasirinkite kitą patvirtinimo būdą.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Tvarkyti autentifikavimo programėles
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Autentifikavimo programėlė telefone (pavyzdžiui, FreeOTP, Google Authenticator, Microsoft Authenticator arba Aegis) kas 30 sekundžių rodo naują 6 skaitmenų kodą. Ją galite naudoti kaip patvirtinimo būdą prisijungdami.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Ištrinti
factors-totp-none = Jūsų paskyroje neužregistruota nė vienos autentifikavimo programėlės.
factors-totp-add = Pridėti autentifikavimo programėlę
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Jūsų autentifikavimo programėlė „{ $name }“ sėkmingai pridėta. Dabar ją galite naudoti prisijungdami.
factors-totp-deleted = Autentifikavimo programėlė ištrinta.
factors-totp-unknown = Nežinoma autentifikavimo programėlė.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Pridėti autentifikavimo programėlę
factors-totp-add-intro = Nurodykite pavadinimą, pagal kurį atpažinsite šią autentifikavimo programėlę, pavyzdžiui, telefono pavadinimą.
factors-totp-add-name = Autentifikavimo programėlės pavadinimas
factors-totp-add-next = Toliau
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Autentifikavimo programėlės pavadinimas turi būti nuo 1 iki { $max ->
    [one] { $max } simbolio
   *[other] { $max } simbolių
}.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Atidarykite telefone autentifikavimo programėlę, pridėkite paskyrą ir nuskaitykite šį QR kodą. Jis galioja { $minutes } minutę.
    [few] Atidarykite telefone autentifikavimo programėlę, pridėkite paskyrą ir nuskaitykite šį QR kodą. Jis galioja { $minutes } minutes.
    [many] Atidarykite telefone autentifikavimo programėlę, pridėkite paskyrą ir nuskaitykite šį QR kodą. Jis galioja { $minutes } minutės.
   *[other] Atidarykite telefone autentifikavimo programėlę, pridėkite paskyrą ir nuskaitykite šį QR kodą. Jis galioja { $minutes } minučių.
}
factors-totp-enrol-qr-alt = QR kodas, kurį reikia nuskaityti autentifikavimo programėle
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Nepavyksta nuskaityti? Įveskite šį raktą programėlėje rankiniu būdu (pagal laiką, 6 skaitmenys, kas 30 sekundžių), nurodydami { $issuer } paskyrą { $account }:
factors-totp-enrol-uri = Rodyti QR kodo nuorodą
factors-totp-code-label = Įveskite 6 skaitmenų kodą
factors-totp-confirm = Patvirtinti
factors-totp-enrol-gone = Ši autentifikavimo programėlė nebelaukia patvirtinimo (baigėsi jos galiojimas, ji jau patvirtinta arba įvesta per daug neteisingų kodų). Pridėkite ją iš naujo.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Kodas neteisingas. Patikrinkite, ar telefono laikrodis rodo tikslų laiką, ir įveskite kodą, kurį programėlė rodo dabar. { $remaining ->
    [one] Liko { $remaining } bandymas.
    [few] Liko { $remaining } bandymai.
    [many] Liko { $remaining } bandymo.
   *[other] Liko { $remaining } bandymų.
}
