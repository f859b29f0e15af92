# The provider's texts in Hungarian (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Mégse
factors-add = Hozzáadás
# Column header of a list of second factors: its name.
factors-name = Név
# Column header: the date a second factor was added.
factors-added = Hozzáadva
# Column header: the date a second factor was last used to sign in.
factors-last-used = Utolsó használat
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = soha
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Művelet

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = SMS-ben kapott ellenőrző kód
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 betű és számjegy, például XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Mobiltelefonszámaim kezelése
factors-phones-number = Mobiltelefonszám
factors-phones-delete = Mobiltelefonszám törlése
factors-phones-none = Fiókjához nincs regisztrálva mobiltelefonszám.
factors-phones-add = Mobiltelefonszám hozzáadása
factors-phones-hint = Az SMS-ek kézbesítése a mobilszolgáltatók közötti megállapodásoktól függ, ezért nem mindig érkeznek meg; a(z) { $brand } mobilalkalmazás vagy egy biztonsági kulcs megbízhatóbb.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Mobiltelefonszámát ({ $number }) sikeresen hozzáadtuk.
factors-phones-deleted = A mobiltelefonszámot töröltük.
factors-phones-unknown = Ismeretlen mobiltelefonszám.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Mobiltelefonszám hozzáadása
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Nemzetközi formátum országkóddal, például Belgium esetében: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Ez a mobiltelefonszám ({ $number }) már regisztrálva van a fiókjában.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Kérjük, adja meg mobiltelefonszámát nemzetközi formátumban, országkóddal, például Belgium esetében: { $example }
factors-phone-no-plus = A számnak pluszjellel és az országkóddal kell kezdődnie, például Belgium esetében: { $example }
factors-phone-not-digits = A telefonszám a pluszjel után csak számjegyeket tartalmazhat (szóköz megengedett), például: { $example }
factors-phone-invalid = Ez nem érvényes nemzetközi telefonszám. Példa Belgium esetében: { $example }
factors-phone-not-in-plan = Ez nem érvényes nemzetközi telefonszám (ismeretlen országkód, vagy olyan szám, amely nem létezik az adott ország számozási tervében). Példa Belgium esetében: { $example }
factors-phone-not-mobile = Ez a szám nem mobiltelefonszám, ezért nem fogadhat SMS-t. Kérjük, mobilszámot adjon meg, például Belgium esetében: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Ellenőrző kód
factors-phone-finalise-heading = SMS-ben küldött ellenőrző kód a mobiltelefonszám hozzáadásához
factors-phone-finalise-intro = Kérjük, adja meg a mobiltelefonjára SMS-ben küldött ellenőrző kódot.
factors-phone-finalise-delay = Az üzenet kézbesítése akár 8 percig is tarthat.
# $wait is a length of time, e.g. "5 perc" or "1 óra 5 perc".
factors-phone-finalise-resend = Ha nem érkezik kód, { $wait } múlva a szám újbóli hozzáadásával kérhet újat.
factors-phone-finalise-number = Mobiltelefonszám
factors-phone-finalise-submit = Véglegesítés
factors-phone-code-dead = Ez az ellenőrző kód már nem érvényes (lejárt, újabb kód váltotta fel, vagy túl sok hibás próbálkozás történt). Új kód kéréséhez adja hozzá újra a számot.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Az ellenőrző kód helytelen. Még { $remaining } próbálkozási lehetősége van.

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Mobileszközeim kezelése
factors-devices-name = Eszköz neve
factors-devices-status = Állapot
factors-devices-locked = Zárolva (túl sok hibás PIN-kód): törölje, majd adja hozzá újra
factors-devices-active = Aktív
factors-devices-delete = Mobileszköz törlése
factors-devices-none = Fiókjához nincs regisztrálva mobileszköz.
factors-devices-add = Mobileszköz hozzáadása
factors-devices-hint = Telepítse a(z) { $brand } mobilalkalmazást telefonjára vagy táblagépére, majd adja hozzá itt az eszközt: olvassa be a QR-kódot az alkalmazással.
factors-devices-deleted = A mobileszközt töröltük.
factors-devices-unknown = Ismeretlen mobileszköz.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Mobileszköz hozzáadása
factors-device-add-intro = Kérjük, adjon meg egy nevet mobileszköze azonosításához, valamint egy PIN-kódot a használatához.
factors-device-add-name = Eszköze neve
factors-device-add-pin = 4 számjegyű PIN-kódja
factors-device-add-pin-hint = Kerülje az olyan egyszerű PIN-kódokat, mint 0000, 1111 vagy 1234: ezeket a rendszer elutasítja.
factors-device-add-pin-confirm = PIN-kód megerősítése
factors-device-add-submit = Küldés
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Kérjük, adjon mobileszközének 1–{ $max } karakterből álló nevet.
factors-pin-not-four-digits = A PIN-kódnak pontosan 4 számjegyből kell állnia.
factors-pin-mismatch = A két PIN-kód nem egyezik.
factors-pin-too-easy = Ez a PIN-kód túl könnyen kitalálható (például 0000, 1234 vagy 1111). Kérjük, válasszon másikat.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "Saját telefon".
factors-device-enrol-instructions = Nyissa meg a(z) { $brand } mobilalkalmazást az eszközén („{ $name }”), válassza a fiók hozzáadását, és olvassa be ezt a QR-kódot. Az alkalmazás ezután kéri az imént választott PIN-kódot.
factors-device-enrol-qr-alt = A(z) { $brand } mobilalkalmazással beolvasandó QR-kód
factors-device-enrol-paste = Nem tudja beolvasni? Illessze be ezt a szöveget az alkalmazásba:
factors-device-enrol-validity = A QR-kód { $minutes } percig érvényes, és egyszer használható fel.
factors-device-enrol-waiting = Várakozás a mobileszközre…
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Az eszközt hozzáadtuk
factors-device-enrol-expired = A QR-kód lejárt. Kérjük, adja hozzá újra az eszközt.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Biztonsági kulcsaim kezelése
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Szint
factors-keys-delete = Biztonsági kulcs törlése
factors-keys-none = Fiókjához nincs regisztrálva biztonsági kulcs.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Biztonsági kulcs vagy beépített hitelesítő hozzáadása
factors-keys-hint = Biztonsági kulcs (például USB- vagy NFC-kulcs) vagy a számítógépébe, illetve telefonjába épített hitelesítő (ujjlenyomat, arcfelismerés vagy képernyőzár). A legmagasabb ellenőrzési szint PIN-kóddal vagy ujjlenyomattal érhető el, olyan kulccsal, amely a titkát magán az eszközön tárolja.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Biztonsági kulcsát („{ $name }”) sikeresen hozzáadtuk.
factors-keys-deleted = A biztonsági kulcsot töröltük.
factors-keys-unknown = Ismeretlen biztonsági kulcs.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Biztonsági kulcs hozzáadása
factors-key-add-heading = Biztonsági kulcs vagy beépített hitelesítő hozzáadása
factors-key-add-intro = Adjon nevet biztonsági kulcsának, majd kövesse a böngésző utasításait: csatlakoztassa és érintse meg a kulcsot, vagy oldja fel számítógépe vagy telefonja zárolását.
factors-key-add-name = Biztonsági kulcs neve
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Kérjük, adjon a biztonsági kulcsnak 1–{ $max } karakterből álló nevet.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Ez a kérés lejárt, vagy már felhasználták. Kérjük, próbálja újra.
factors-webauthn-not-verified = Biztonsági kulcsát vagy beépített hitelesítőjét nem sikerült ellenőrizni. Kérjük, próbálja újra, vagy válasszon másik ellenőrzési módszert.
factors-webauthn-already-registered = Ez a biztonsági kulcs már regisztrálva van.
factors-webauthn-unsupported = Ez a böngésző nem támogatja a biztonsági kulcsokat. Kérjük, használjon másik ellenőrzési módszert.
factors-webauthn-follow = Kövesse a böngésző utasításait, és érintse meg vagy oldja fel biztonsági kulcsát.
factors-webauthn-no-answer = Biztonsági kulcsa nem válaszolt. Kérjük, próbálja újra, vagy válasszon másik ellenőrzési módszert.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Hitelesítő alkalmazásaim kezelése
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = A telefonján lévő hitelesítő alkalmazás (például FreeOTP, Google Authenticator, Microsoft Authenticator vagy Aegis) 30 másodpercenként új, 6 számjegyű kódot jelenít meg. Bejelentkezéskor ellenőrzési módszerként használhatja.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Törlés
factors-totp-none = Fiókjához nincs regisztrálva hitelesítő alkalmazás.
factors-totp-add = Hitelesítő alkalmazás hozzáadása
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Hitelesítő alkalmazását („{ $name }”) sikeresen hozzáadtuk. Mostantól használhatja bejelentkezéshez.
factors-totp-deleted = A hitelesítő alkalmazást töröltük.
factors-totp-unknown = Ismeretlen hitelesítő alkalmazás.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Hitelesítő alkalmazás hozzáadása
factors-totp-add-intro = Kérjük, adjon meg egy nevet a hitelesítő alkalmazás azonosításához, például telefonja nevét.
factors-totp-add-name = A hitelesítő alkalmazás neve
factors-totp-add-next = Tovább
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Kérjük, adjon hitelesítő alkalmazásának 1–{ $max } karakterből álló nevet.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = Nyissa meg telefonján a hitelesítő alkalmazást, adjon hozzá egy fiókot, és olvassa be ezt a QR-kódot. A kód { $minutes } percig érvényes.
factors-totp-enrol-qr-alt = A hitelesítő alkalmazással beolvasandó QR-kód
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Nem tudja beolvasni? Adja meg kézzel ezt a kulcsot az alkalmazásban (időalapú, 6 számjegy, 30 másodpercenként) a következő fiókhoz: { $account } ({ $issuer }):
factors-totp-enrol-uri = A QR-kód mögötti link megjelenítése
factors-totp-code-label = Adja meg a 6 számjegyű kódot
factors-totp-confirm = Megerősítés
factors-totp-enrol-gone = Ez a hitelesítő alkalmazás már nem vár megerősítésre (lejárt, már megerősítették, vagy túl sok hibás kódot kapott). Kérjük, adja hozzá újra.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = A kód helytelen. Ellenőrizze, hogy pontos-e az idő a telefonján, és adja meg az alkalmazásban most megjelenő kódot. Még { $remaining } próbálkozási lehetősége van.
