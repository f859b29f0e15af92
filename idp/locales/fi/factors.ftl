# The provider's texts in English (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Peruuta
factors-add = Lisää
# Column header of a list of second factors: its name.
factors-name = Nimi
# Column header: the date a second factor was added.
factors-added = Lisätty
# Column header: the date a second factor was last used to sign in.
factors-last-used = Viimeksi käytetty
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = ei koskaan
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Toiminto

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Tekstiviestillä saatu vahvistuskoodi
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 kirjainta ja numeroa, esimerkiksi XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Hallinnoi matkapuhelinnumeroitani
factors-phones-number = Matkapuhelinnumero
factors-phones-delete = Poista matkapuhelinnumero
factors-phones-none = Tilillesi ei ole rekisteröity matkapuhelinnumeroa.
factors-phones-add = Lisää matkapuhelinnumero
factors-phones-hint = Tekstiviestien toimitus riippuu teleoperaattorien välisistä sopimuksista, eivätkä viestit aina tule perille; { $brand } -mobiilisovellus tai suojausavain on luotettavampi.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Matkapuhelinnumerosi { $number } lisättiin onnistuneesti.
factors-phones-deleted = Matkapuhelinnumero poistettiin.
factors-phones-unknown = Tuntematon matkapuhelinnumero.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Lisää matkapuhelinnumero
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Kansainvälisessä muodossa maatunnus mukaan lukien, esimerkiksi belgialainen numero: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Matkapuhelinnumero { $number } on jo rekisteröity tilillesi.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Anna matkapuhelinnumerosi kansainvälisessä muodossa maatunnus mukaan lukien, esimerkiksi belgialainen numero: { $example }
factors-phone-no-plus = Numeron on alettava plusmerkillä ja maatunnuksella, esimerkiksi belgialainen numero: { $example }
factors-phone-not-digits = Puhelinnumerossa saa olla plusmerkin jälkeen vain numeroita (välilyönnit ovat sallittuja), esimerkiksi { $example }
factors-phone-invalid = Tämä ei ole kelvollinen kansainvälinen puhelinnumero. Esimerkki (Belgia): { $example }
factors-phone-not-in-plan = Tämä ei ole kelvollinen kansainvälinen puhelinnumero (tuntematon maatunnus tai numero, jota ei ole kyseisen maan numerointisuunnitelmassa). Esimerkki (Belgia): { $example }
factors-phone-not-mobile = Tämä numero ei ole matkapuhelinnumero, joten se ei voi vastaanottaa tekstiviestejä. Anna matkapuhelinnumero, esimerkiksi belgialainen: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Vahvistuskoodi
factors-phone-finalise-heading = Tekstiviestillä lähetetty vahvistuskoodi matkapuhelinnumeron lisäämistä varten
factors-phone-finalise-intro = Syötä vahvistuskoodi, joka lähetettiin tekstiviestinä matkapuhelimeesi.
factors-phone-finalise-delay = Viestin saapuminen matkapuhelimeesi voi kestää jopa 8 minuuttia.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Jos koodia ei tule, voit pyytää uuden lisäämällä numeron uudelleen, kun { $wait } on kulunut.
factors-phone-finalise-number = Matkapuhelinnumero
factors-phone-finalise-submit = Vahvista
factors-phone-code-dead = Tämä vahvistuskoodi ei ole enää voimassa (se on vanhentunut tai korvattu uudemmalla, tai virheellisiä yrityksiä on ollut liian monta). Lisää numero uudelleen, niin saat uuden koodin.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Vahvistuskoodi on virheellinen. { $remaining ->
    [one] { $remaining } yritys jäljellä.
   *[other] { $remaining } yritystä jäljellä.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Hallinnoi mobiililaitteitani
factors-devices-name = Laitteen nimi
factors-devices-status = Tila
factors-devices-locked = Lukittu (liian monta virheellistä PIN-koodia): poista laite ja lisää se uudelleen
factors-devices-active = Käytössä
factors-devices-delete = Poista mobiililaite
factors-devices-none = Tilillesi ei ole rekisteröity mobiililaitetta.
factors-devices-add = Lisää mobiililaite
factors-devices-hint = Asenna { $brand } -mobiilisovellus puhelimeesi tai tablettiisi ja lisää laite sitten tässä skannaamalla QR-koodi sovelluksella.
factors-devices-deleted = Mobiililaite poistettiin.
factors-devices-unknown = Tuntematon mobiililaite.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Lisää mobiililaite
factors-device-add-intro = Anna mobiililaitteellesi nimi, josta tunnistat sen, ja valitse PIN-koodi, jota käytät sen kanssa.
factors-device-add-name = Laitteesi nimi
factors-device-add-pin = 4-numeroinen PIN-koodisi
factors-device-add-pin-hint = Vältä helppoja PIN-koodeja, kuten 0000, 1111 tai 1234: niitä ei hyväksytä.
factors-device-add-pin-confirm = Vahvista PIN-koodisi
factors-device-add-submit = Lähetä
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Anna mobiililaitteellesi nimi, jossa on 1–{ $max } merkkiä.
factors-pin-not-four-digits = PIN-koodissa on oltava täsmälleen 4 numeroa.
factors-pin-mismatch = PIN-koodit eivät ole samat.
factors-pin-too-easy = Tämä PIN-koodi on liian helppo arvata (kuten 0000, 1234 tai 1111). Valitse toinen.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Avaa { $brand } -mobiilisovellus laitteessa { $name }, valitse tämän tilin lisääminen ja skannaa tämä QR-koodi. Sovellus kysyy sitten juuri valitsemaasi PIN-koodia.
factors-device-enrol-qr-alt = QR-koodi, joka skannataan { $brand } -mobiilisovelluksella
factors-device-enrol-paste = Etkö voi skannata? Liitä tämä teksti sovellukseen:
factors-device-enrol-validity = { $minutes ->
    [one] QR-koodi on voimassa { $minutes } minuutin, ja sitä voi käyttää kerran.
   *[other] QR-koodi on voimassa { $minutes } minuuttia, ja sitä voi käyttää kerran.
}
factors-device-enrol-waiting = Odotetaan mobiililaitettasi…
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Laite on lisätty
factors-device-enrol-expired = QR-koodi on vanhentunut. Lisää laite uudelleen.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Hallinnoi suojausavaimiani
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Taso
factors-keys-delete = Poista suojausavain
factors-keys-none = Tilillesi ei ole rekisteröity suojausavainta.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Lisää suojausavain tai laitteen todentaja
factors-keys-hint = Suojausavain (esimerkiksi USB- tai NFC-avain) tai tietokoneeseesi tai puhelimeesi sisäänrakennettu todentaja (sormenjälki, kasvojentunnistus tai näytön lukitus). Kun avaimessa on PIN-koodi tai sormenjälkitunnistus ja avain säilyttää salaisuutensa laitteessa, sillä saavutetaan korkein todentamistaso.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Suojausavaimesi ”{ $name }” lisättiin onnistuneesti.
factors-keys-deleted = Suojausavain poistettiin.
factors-keys-unknown = Tuntematon suojausavain.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Lisää suojausavain
factors-key-add-heading = Lisää suojausavain tai laitteen todentaja
factors-key-add-intro = Anna suojausavaimellesi nimi ja noudata sitten selaimesi ohjeita: aseta avain paikalleen ja kosketa sitä tai avaa tietokoneesi tai puhelimesi lukitus.
factors-key-add-name = Suojausavaimen nimi
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Anna suojausavaimelle nimi, jossa on 1–{ $max } merkkiä.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Tämä pyyntö on vanhentunut, tai se on jo käytetty. Yritä uudelleen.
factors-webauthn-not-verified = Suojausavaintasi tai laitteen todentajaa ei voitu todentaa. Yritä uudelleen tai valitse toinen todentamistapa.
factors-webauthn-already-registered = Tämä suojausavain on jo rekisteröity.
factors-webauthn-unsupported = Tämä selain ei tue suojausavaimia. Käytä toista todentamistapaa.
factors-webauthn-follow = Noudata selaimesi ohjeita ja kosketa suojausavaintasi tai avaa sen lukitus.
factors-webauthn-no-answer = Suojausavaimesi ei vastannut. Yritä uudelleen tai valitse toinen todentamistapa.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Hallinnoi todennussovelluksiani
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Puhelimesi todennussovellus (esimerkiksi FreeOTP, Google Authenticator, Microsoft Authenticator tai Aegis) näyttää uuden 6-numeroisen koodin 30 sekunnin välein. Voit käyttää sitä todentamistapana kirjautuessasi.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Poista
factors-totp-none = Tilillesi ei ole rekisteröity todennussovellusta.
factors-totp-add = Lisää todennussovellus
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Todennussovelluksesi ”{ $name }” lisättiin onnistuneesti. Voit nyt käyttää sitä kirjautumiseen.
factors-totp-deleted = Todennussovellus poistettiin.
factors-totp-unknown = Tuntematon todennussovellus.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Lisää todennussovellus
factors-totp-add-intro = Anna todennussovellukselle nimi, josta tunnistat sen, esimerkiksi puhelimesi nimi.
factors-totp-add-name = Todennussovelluksen nimi
factors-totp-add-next = Seuraava
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Anna todennussovelluksellesi nimi, jossa on 1–{ $max } merkkiä.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Avaa puhelimesi todennussovellus, lisää tili ja skannaa tämä QR-koodi. Koodi on voimassa { $minutes } minuutin.
   *[other] Avaa puhelimesi todennussovellus, lisää tili ja skannaa tämä QR-koodi. Koodi on voimassa { $minutes } minuuttia.
}
factors-totp-enrol-qr-alt = QR-koodi, joka skannataan todennussovelluksella
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Etkö voi skannata? Syötä tämä avain sovellukseen käsin (aikaperusteinen, 6 numeroa, 30 sekunnin välein) tilille { $account } (palvelu { $issuer }):
factors-totp-enrol-uri = Näytä QR-koodin sisältämä linkki
factors-totp-code-label = Syötä 6-numeroinen koodi
factors-totp-confirm = Vahvista
factors-totp-enrol-gone = Tämä todennussovellus ei enää odota vahvistusta (se on vanhentunut tai jo vahvistettu, tai siihen syötettiin liian monta virheellistä koodia). Lisää se uudelleen.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Koodi on virheellinen. Tarkista, että puhelimesi kellonaika on oikein, ja syötä koodi, jonka sovelluksesi näyttää nyt. { $remaining ->
    [one] { $remaining } yritys jäljellä.
   *[other] { $remaining } yritystä jäljellä.
}
