# The provider's texts in Croatian (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Odustani
factors-add = Dodaj
# Column header of a list of second factors: its name.
factors-name = Naziv
# Column header: the date a second factor was added.
factors-added = Dodano
# Column header: the date a second factor was last used to sign in.
factors-last-used = Posljednja upotreba
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = nikad
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Radnja

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Kôd za provjeru iz SMS poruke
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 slova i znamenki, npr. XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Upravljanje mojim brojevima mobilnih telefona
factors-phones-number = Broj mobilnog telefona
factors-phones-delete = Izbriši broj mobilnog telefona
factors-phones-none = Na vašem računu nije registriran nijedan broj mobilnog telefona.
factors-phones-add = Dodaj broj mobilnog telefona
factors-phones-hint = Isporuka SMS poruka ovisi o sporazumima među mobilnim operaterima pa one ne stižu uvijek; mobilna aplikacija { $brand } ili sigurnosni ključ pouzdaniji su.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Vaš broj mobilnog telefona { $number } uspješno je dodan.
factors-phones-deleted = Broj mobilnog telefona je izbrisan.
factors-phones-unknown = Nepoznat broj mobilnog telefona.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Dodavanje broja mobilnog telefona
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = U međunarodnom formatu s pozivnim brojem države, npr. za Belgiju: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Broj mobilnog telefona { $number } već je registriran na vašem računu.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Unesite broj mobilnog telefona u međunarodnom formatu s pozivnim brojem države, npr. za Belgiju: { $example }
factors-phone-no-plus = Broj mora počinjati znakom plus i pozivnim brojem države, npr. za Belgiju: { $example }
factors-phone-not-digits = Telefonski broj nakon znaka plus sadržava samo znamenke (razmaci su dopušteni), npr. { $example }
factors-phone-invalid = Ovo nije valjan međunarodni telefonski broj. Primjer za Belgiju: { $example }
factors-phone-not-in-plan = Ovo nije valjan međunarodni telefonski broj (nepoznat pozivni broj države ili broj koji ne postoji u planu numeriranja te države). Primjer za Belgiju: { $example }
factors-phone-not-mobile = Ovo nije broj mobilnog telefona pa ne može primati SMS poruke. Unesite broj mobilnog telefona, npr. za Belgiju: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Kôd za provjeru
factors-phone-finalise-heading = Kôd za provjeru za dodavanje broja mobilnog telefona, poslan SMS porukom
factors-phone-finalise-intro = Unesite kôd za provjeru koji je poslan SMS porukom na vaš mobilni telefon.
factors-phone-finalise-delay = Poruka može stići na vaš mobilni telefon i tek za 8 minuta.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Ako kôd ne stigne, novi možete zatražiti za { $wait } tako da ponovno dodate broj.
factors-phone-finalise-number = Broj mobilnog telefona
factors-phone-finalise-submit = Završi
factors-phone-code-dead = Ovaj kôd za provjeru više nije valjan (istekao je, zamijenio ga je noviji ili je bilo previše pogrešnih pokušaja). Ponovno dodajte broj kako biste primili novi kôd.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Kôd za provjeru nije točan. { $remaining ->
    [one] Preostao vam je još { $remaining } pokušaj.
    [few] Preostala su vam još { $remaining } pokušaja.
   *[other] Preostalo vam je još { $remaining } pokušaja.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Upravljanje mojim mobilnim uređajima
factors-devices-name = Naziv uređaja
factors-devices-status = Status
factors-devices-locked = Zaključan (previše pogrešnih PIN-ova): izbrišite ga i ponovno dodajte
factors-devices-active = Aktivan
factors-devices-delete = Izbriši mobilni uređaj
factors-devices-none = Na vašem računu nije registriran nijedan mobilni uređaj.
factors-devices-add = Dodaj mobilni uređaj
factors-devices-hint = Instalirajte mobilnu aplikaciju { $brand } na telefon ili tablet, a zatim ga dodajte ovdje tako da aplikacijom skenirate QR kôd.
factors-devices-deleted = Mobilni uređaj je izbrisan.
factors-devices-unknown = Nepoznat mobilni uređaj.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Dodavanje mobilnog uređaja
factors-device-add-intro = Unesite naziv po kojem ćete prepoznati svoj mobilni uređaj i PIN koji ćete za njega upotrebljavati.
factors-device-add-name = Naziv uređaja
factors-device-add-pin = Četveroznamenkasti PIN
factors-device-add-pin-hint = Izbjegavajte jednostavne PIN-ove kao što su 0000, 1111 ili 1234: oni se odbijaju.
factors-device-add-pin-confirm = Potvrdite PIN
factors-device-add-submit = Pošalji
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Unesite naziv mobilnog uređaja duljine od 1 do { $max } znakova.
factors-pin-not-four-digits = PIN mora imati točno 4 znamenke.
factors-pin-mismatch = Dva PIN-a nisu ista.
factors-pin-too-easy = Ovaj je PIN previše lako pogoditi (npr. 0000, 1234 ili 1111). Odaberite drugi.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Otvorite mobilnu aplikaciju { $brand } na uređaju „{ $name }”, odaberite mogućnost dodavanja računa i skenirajte ovaj QR kôd. Aplikacija će zatim zatražiti PIN koji ste upravo odabrali.
factors-device-enrol-qr-alt = QR kôd za skeniranje mobilnom aplikacijom { $brand }
factors-device-enrol-paste = Ne možete skenirati? Zalijepite ovaj tekst u aplikaciju:
factors-device-enrol-validity = { $minutes ->
    [one] QR kôd vrijedi { $minutes } minutu i može se upotrijebiti samo jednom.
    [few] QR kôd vrijedi { $minutes } minute i može se upotrijebiti samo jednom.
   *[other] QR kôd vrijedi { $minutes } minuta i može se upotrijebiti samo jednom.
}
factors-device-enrol-waiting = Čeka se vaš mobilni uređaj...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Uređaj je dodan
factors-device-enrol-expired = QR kôd je istekao. Ponovno dodajte uređaj.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Upravljanje mojim sigurnosnim ključevima
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Razina
factors-keys-delete = Izbriši sigurnosni ključ
factors-keys-none = Na vašem računu nije registriran nijedan sigurnosni ključ.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Dodaj sigurnosni ključ ili pouzdanu platformu
factors-keys-hint = Sigurnosni ključ (npr. USB ili NFC ključ) ili autentifikator ugrađen u vaše računalo ili telefon (otisak prsta, prepoznavanje lica ili zaključavanje zaslona). Uz PIN ili otisak prsta na ključu koji svoju tajnu čuva na samom uređaju postiže se najviša razina provjere.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Vaš sigurnosni ključ „{ $name }” uspješno je dodan.
factors-keys-deleted = Sigurnosni ključ je izbrisan.
factors-keys-unknown = Nepoznat sigurnosni ključ.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Dodavanje sigurnosnog ključa
factors-key-add-heading = Dodavanje sigurnosnog ključa ili pouzdane platforme
factors-key-add-intro = Unesite naziv sigurnosnog ključa, a zatim slijedite upute preglednika: umetnite i dodirnite ključ ili otključajte računalo ili telefon.
factors-key-add-name = Naziv sigurnosnog ključa
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Unesite naziv sigurnosnog ključa duljine od 1 do { $max } znakova.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Ovaj je zahtjev istekao ili je već upotrijebljen. Pokušajte ponovno.
factors-webauthn-not-verified = Vaš sigurnosni ključ ili pouzdanu platformu nije bilo moguće provjeriti. Pokušajte ponovno ili odaberite drugu metodu provjere.
factors-webauthn-already-registered = Ovaj je sigurnosni ključ već registriran.
factors-webauthn-unsupported = Ovaj preglednik ne podržava sigurnosne ključeve. Upotrijebite drugu metodu provjere.
factors-webauthn-follow = Slijedite upute preglednika i dodirnite ili otključajte svoj sigurnosni ključ.
factors-webauthn-no-answer = Vaš sigurnosni ključ nije odgovorio. Pokušajte ponovno ili odaberite drugu metodu provjere.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Upravljanje mojim aplikacijama za autentifikaciju
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Aplikacija za autentifikaciju na vašem telefonu (npr. FreeOTP, Google Authenticator, Microsoft Authenticator ili Aegis) svakih 30 sekundi prikazuje novi šesteroznamenkasti kôd. Možete je upotrebljavati kao metodu provjere pri prijavi.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Izbriši
factors-totp-none = Na vašem računu nije registrirana nijedna aplikacija za autentifikaciju.
factors-totp-add = Dodaj aplikaciju za autentifikaciju
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Vaša aplikacija za autentifikaciju „{ $name }” uspješno je dodana. Sada se njome možete prijavljivati.
factors-totp-deleted = Aplikacija za autentifikaciju je izbrisana.
factors-totp-unknown = Nepoznata aplikacija za autentifikaciju.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Dodavanje aplikacije za autentifikaciju
factors-totp-add-intro = Unesite naziv po kojem ćete prepoznati ovu aplikaciju za autentifikaciju, npr. naziv svojeg telefona.
factors-totp-add-name = Naziv aplikacije za autentifikaciju
factors-totp-add-next = Dalje
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Unesite naziv aplikacije za autentifikaciju duljine od 1 do { $max } znakova.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Otvorite aplikaciju za autentifikaciju na telefonu, dodajte račun i skenirajte ovaj QR kôd. Vrijedi { $minutes } minutu.
    [few] Otvorite aplikaciju za autentifikaciju na telefonu, dodajte račun i skenirajte ovaj QR kôd. Vrijedi { $minutes } minute.
   *[other] Otvorite aplikaciju za autentifikaciju na telefonu, dodajte račun i skenirajte ovaj QR kôd. Vrijedi { $minutes } minuta.
}
factors-totp-enrol-qr-alt = QR kôd za skeniranje aplikacijom za autentifikaciju
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Ne možete skenirati? Ručno unesite ovaj ključ u aplikaciju (na temelju vremena, 6 znamenki, svakih 30 sekundi) za račun { $account } usluge { $issuer }:
factors-totp-enrol-uri = Prikaži poveznicu iza QR koda
factors-totp-code-label = Unesite šesteroznamenkasti kôd
factors-totp-confirm = Potvrdi
factors-totp-enrol-gone = Ova aplikacija za autentifikaciju više ne čeka potvrdu (istekla je, potvrđena je ili je primila previše pogrešnih kodova). Ponovno je dodajte.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Kôd nije točan. Provjerite je li vrijeme na telefonu točno i unesite kôd koji aplikacija sada prikazuje. { $remaining ->
    [one] Preostao vam je još { $remaining } pokušaj.
    [few] Preostala su vam još { $remaining } pokušaja.
   *[other] Preostalo vam je još { $remaining } pokušaja.
}
