# The provider's texts in Romanian (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Anulați
factors-add = Adăugați
# Column header of a list of second factors: its name.
factors-name = Nume
# Column header: the date a second factor was added.
factors-added = Data adăugării
# Column header: the date a second factor was last used to sign in.
factors-last-used = Ultima utilizare
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = niciodată
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Acțiune

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Codul de verificare primit prin SMS
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 litere și cifre, de exemplu XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Gestionarea numerelor mele de telefon mobil
factors-phones-number = Număr de telefon mobil
factors-phones-delete = Ștergeți un număr de telefon mobil
factors-phones-none = Niciun număr de telefon mobil nu este înregistrat în contul dumneavoastră.
factors-phones-add = Adăugați un număr de telefon mobil
factors-phones-hint = SMS-urile depind de acordurile dintre operatorii de telefonie mobilă și nu ajung întotdeauna; aplicația mobilă { $brand } sau o cheie de securitate sunt mai fiabile.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Numărul de telefon mobil { $number } a fost adăugat cu succes.
factors-phones-deleted = Numărul de telefon mobil a fost șters.
factors-phones-unknown = Număr de telefon mobil necunoscut.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Adăugarea unui număr de telefon mobil
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Format internațional, inclusiv prefixul țării; de exemplu, pentru Belgia: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Numărul de telefon mobil { $number } este deja înregistrat în contul dumneavoastră.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Introduceți numărul de telefon mobil în format internațional, inclusiv prefixul țării; de exemplu, pentru Belgia: { $example }
factors-phone-no-plus = Numărul trebuie să înceapă cu semnul plus și prefixul țării; de exemplu, pentru Belgia: { $example }
factors-phone-not-digits = Un număr de telefon conține numai cifre după semnul plus (spațiile sunt permise); de exemplu: { $example }
factors-phone-invalid = Acesta nu este un număr de telefon internațional valid. Exemplu pentru Belgia: { $example }
factors-phone-not-in-plan = Acesta nu este un număr de telefon internațional valid (prefix de țară necunoscut sau număr care nu există în planul de numerotare al țării respective). Exemplu pentru Belgia: { $example }
factors-phone-not-mobile = Acest număr nu este un număr de telefon mobil, așa că nu poate primi SMS-uri. Introduceți un număr de telefon mobil; de exemplu, pentru Belgia: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Cod de verificare
factors-phone-finalise-heading = Cod de verificare trimis prin SMS pentru adăugarea unui număr de telefon mobil
factors-phone-finalise-intro = Introduceți codul de verificare trimis prin SMS pe telefonul dumneavoastră mobil.
factors-phone-finalise-delay = Poate dura până la 8 minute ca mesajul să ajungă pe telefonul dumneavoastră mobil.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Dacă nu primiți niciun cod, puteți solicita unul nou peste { $wait }, adăugând din nou numărul.
factors-phone-finalise-number = Număr de telefon mobil
factors-phone-finalise-submit = Finalizați
factors-phone-code-dead = Acest cod de verificare nu mai este valabil (a expirat, a fost înlocuit cu unul mai recent sau au existat prea multe încercări greșite). Adăugați din nou numărul pentru a primi un cod nou.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Codul de verificare nu este corect. { $remaining ->
    [one] Mai aveți { $remaining } încercare.
    [few] Mai aveți { $remaining } încercări.
   *[other] Mai aveți { $remaining } de încercări.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Gestionarea dispozitivelor mele mobile
factors-devices-name = Numele dispozitivului
factors-devices-status = Stare
factors-devices-locked = Blocat (prea multe coduri PIN greșite): ștergeți-l și adăugați-l din nou
factors-devices-active = Activ
factors-devices-delete = Ștergeți un dispozitiv mobil
factors-devices-none = Niciun dispozitiv mobil nu este înregistrat în contul dumneavoastră.
factors-devices-add = Adăugați un dispozitiv mobil
factors-devices-hint = Instalați aplicația mobilă { $brand } pe telefon sau pe tabletă, apoi adăugați dispozitivul aici scanând codul QR cu aplicația.
factors-devices-deleted = Dispozitivul mobil a fost șters.
factors-devices-unknown = Dispozitiv mobil necunoscut.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Adăugarea unui dispozitiv mobil
factors-device-add-intro = Dați un nume pentru identificarea dispozitivului mobil și alegeți un cod PIN pentru acesta.
factors-device-add-name = Numele dispozitivului dumneavoastră
factors-device-add-pin = Codul PIN din 4 cifre
factors-device-add-pin-hint = Evitați codurile PIN ușoare, precum 0000, 1111 sau 1234: acestea sunt refuzate.
factors-device-add-pin-confirm = Confirmați codul PIN
factors-device-add-submit = Trimiteți
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Dați dispozitivului mobil un nume de la 1 la { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
factors-pin-not-four-digits = Codul PIN trebuie să aibă exact 4 cifre.
factors-pin-mismatch = Cele două coduri PIN nu coincid.
factors-pin-too-easy = Acest cod PIN este prea ușor de ghicit (de exemplu 0000, 1234 sau 1111). Alegeți altul.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Deschideți aplicația mobilă { $brand } pe dispozitivul „{ $name }”, alegeți adăugarea acestui cont și scanați acest cod QR. Aplicația vă va cere apoi codul PIN pe care tocmai l-ați ales.
factors-device-enrol-qr-alt = Cod QR de scanat cu aplicația mobilă { $brand }
factors-device-enrol-paste = Nu puteți scana? Lipiți acest text în aplicație:
factors-device-enrol-validity = { $minutes ->
    [one] Codul QR este valabil { $minutes } minut și poate fi folosit o singură dată.
    [few] Codul QR este valabil { $minutes } minute și poate fi folosit o singură dată.
   *[other] Codul QR este valabil { $minutes } de minute și poate fi folosit o singură dată.
}
factors-device-enrol-waiting = Se așteaptă dispozitivul mobil...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Un dispozitiv a fost adăugat
factors-device-enrol-expired = Codul QR a expirat. Adăugați din nou dispozitivul.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Gestionarea cheilor mele de securitate
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Nivel
factors-keys-delete = Ștergeți o cheie de securitate
factors-keys-none = Nicio cheie de securitate nu este înregistrată în contul dumneavoastră.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Adăugați o cheie de securitate sau un autentificator de platformă
factors-keys-hint = O cheie de securitate (de exemplu, o cheie USB sau NFC) sau autentificatorul integrat în computer sau în telefon (amprentă, recunoaștere facială sau blocarea ecranului). Cu un PIN sau o amprentă pe o cheie care își păstrează secretul pe dispozitiv, se atinge cel mai înalt nivel de verificare.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Cheia de securitate „{ $name }” a fost adăugată cu succes.
factors-keys-deleted = Cheia de securitate a fost ștearsă.
factors-keys-unknown = Cheie de securitate necunoscută.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Adăugarea unei chei de securitate
factors-key-add-heading = Adăugarea unei chei de securitate sau a unui autentificator de platformă
factors-key-add-intro = Dați un nume cheii de securitate, apoi urmați instrucțiunile browserului: introduceți și atingeți cheia sau deblocați computerul ori telefonul.
factors-key-add-name = Numele cheii de securitate
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Dați cheii de securitate un nume de la 1 la { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Această cerere a expirat sau a fost deja folosită. Încercați din nou.
factors-webauthn-not-verified = Cheia de securitate sau autentificatorul de platformă nu a putut fi verificat. Încercați din nou sau alegeți o altă metodă de verificare.
factors-webauthn-already-registered = Această cheie de securitate este deja înregistrată.
factors-webauthn-unsupported = Acest browser nu acceptă chei de securitate. Folosiți o altă metodă de verificare.
factors-webauthn-follow = Urmați instrucțiunile browserului și atingeți sau deblocați cheia de securitate.
factors-webauthn-no-answer = Cheia de securitate nu a răspuns. Încercați din nou sau alegeți o altă metodă de verificare.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Gestionarea aplicațiilor mele de autentificare
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = O aplicație de autentificare de pe telefon (de exemplu FreeOTP, Google Authenticator, Microsoft Authenticator sau Aegis) afișează un nou cod din 6 cifre la fiecare 30 de secunde. O puteți folosi ca metodă de verificare atunci când vă conectați.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Ștergeți
factors-totp-none = Nicio aplicație de autentificare nu este înregistrată în contul dumneavoastră.
factors-totp-add = Adăugați o aplicație de autentificare
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Aplicația de autentificare „{ $name }” a fost adăugată cu succes. Acum o puteți folosi pentru a vă conecta.
factors-totp-deleted = Aplicația de autentificare a fost ștearsă.
factors-totp-unknown = Aplicație de autentificare necunoscută.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Adăugarea unei aplicații de autentificare
factors-totp-add-intro = Dați un nume pentru identificarea acestei aplicații de autentificare, de exemplu numele telefonului.
factors-totp-add-name = Numele aplicației de autentificare
factors-totp-add-next = Înainte
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Dați aplicației de autentificare un nume de la 1 la { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Deschideți aplicația de autentificare de pe telefon, adăugați un cont și scanați acest cod QR. Este valabil { $minutes } minut.
    [few] Deschideți aplicația de autentificare de pe telefon, adăugați un cont și scanați acest cod QR. Este valabil { $minutes } minute.
   *[other] Deschideți aplicația de autentificare de pe telefon, adăugați un cont și scanați acest cod QR. Este valabil { $minutes } de minute.
}
factors-totp-enrol-qr-alt = Cod QR de scanat cu aplicația de autentificare
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Nu puteți scana? Introduceți manual această cheie în aplicație (bazată pe timp, 6 cifre, la fiecare 30 de secunde), pentru contul { $account } de la { $issuer }:
factors-totp-enrol-uri = Afișați linkul din spatele codului QR
factors-totp-code-label = Introduceți codul din 6 cifre
factors-totp-confirm = Confirmați
factors-totp-enrol-gone = Această aplicație de autentificare nu mai așteaptă confirmarea (a expirat, a fost deja confirmată sau a primit prea multe coduri greșite). Adăugați-o din nou.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Codul nu este corect. Verificați dacă ora telefonului este corectă și introduceți codul afișat acum de aplicație. { $remaining ->
    [one] Mai aveți { $remaining } încercare.
    [few] Mai aveți { $remaining } încercări.
   *[other] Mai aveți { $remaining } de încercări.
}
