# Udbyderens tekster på dansk (factors); se main.ftl.
# De anden faktorer, som en bruger tilføjer og administrerer i Min konto: mobilnumre (sms),
# mobilenheder med appen, sikkerhedsnøgler og godkendelsesapps.

## Ord, som siderne i denne fil deler

factors-cancel = Annuller
factors-add = Tilføj
# Kolonneoverskrift i en liste over anden faktorer: dens navn.
factors-name = Navn
# Kolonneoverskrift: den dato, en anden faktor blev tilføjet.
factors-added = Tilføjet
# Kolonneoverskrift: den dato, en anden faktor sidst blev brugt til at logge ind.
factors-last-used = Sidst brugt
# I kolonnen ”Sidst brugt” for en anden faktor, der endnu aldrig er brugt.
factors-never = aldrig
# Kolonneoverskrift, kun til skærmlæsere, for kolonnen med sletteknapperne.
factors-action = Handling

## Kodefelterne, som flere sider deler (templates/fields.html)

factors-sms-code-label = Bekræftelseskode fra sms
# Koden har 8 tegn vist som to grupper á 4 med bindestreg; X står for et bogstav eller et ciffer.
factors-sms-code-hint = 8 bogstaver og cifre, f.eks. XXXX-XXXX
# Pladsholder i kodefeltet: kodens form (X står for et bogstav eller et ciffer).
factors-sms-code-placeholder = XXXX-XXXX

## Administrer mine mobilnumre (templates/phones.html)

factors-phones-title = Administrer mine mobilnumre
factors-phones-number = Mobilnummer
factors-phones-delete = Slet et mobilnummer
factors-phones-none = Der er ikke registreret noget mobilnummer på din konto.
factors-phones-add = Tilføj et mobilnummer
factors-phones-hint = Sms'er afhænger af aftaler mellem teleselskaber og kommer ikke altid frem; mobilappen til { $brand } eller en sikkerhedsnøgle er mere pålidelig.
# $number er telefonnummeret i internationalt format, f.eks. +32470123456.
factors-phones-added = Dit mobilnummer { $number } er tilføjet.
factors-phones-deleted = Mobilnummeret er slettet.
factors-phones-unknown = Ukendt mobilnummer.

## Tilføj et mobilnummer (templates/phone_add.html)

factors-phone-add-title = Tilføj et mobilnummer
# $example er et belgisk mobilnummer i internationalt format, f.eks. +32 470 12 34 56.
factors-phone-add-hint = Internationalt format med landekode, f.eks. for Belgien: { $example }
# $number er telefonnummeret i internationalt format, f.eks. +32470123456.
factors-phone-already-registered = Mobilnummeret { $number } er allerede registreret på din konto.

## Hvorfor et indtastet telefonnummer afvises (authn/sms.rs); $example er et belgisk
## mobilnummer i internationalt format, f.eks. +32 470 12 34 56

factors-phone-missing = Indtast dit mobilnummer i internationalt format med landekode, f.eks. for Belgien: { $example }
factors-phone-no-plus = Nummeret skal begynde med et plustegn og landekoden, f.eks. for Belgien: { $example }
factors-phone-not-digits = Et telefonnummer indeholder kun cifre efter plustegnet (mellemrum er tilladt), f.eks. { $example }
factors-phone-invalid = Dette er ikke et gyldigt internationalt telefonnummer. Eksempel for Belgien: { $example }
factors-phone-not-in-plan = Dette er ikke et gyldigt internationalt telefonnummer (ukendt landekode eller et nummer, der ikke findes i landets nummerplan). Eksempel for Belgien: { $example }
factors-phone-not-mobile = Dette nummer er ikke et mobilnummer, så det kan ikke modtage sms'er. Indtast et mobilnummer, f.eks. for Belgien: { $example }

## Bekræft et nyt mobilnummer med den kode, det har modtaget (templates/phone_finalise.html)

# Browserfanens titel.
factors-phone-finalise-title = Bekræftelseskode
factors-phone-finalise-heading = Bekræftelseskode pr. sms til tilføjelse af et mobilnummer
factors-phone-finalise-intro = Indtast den bekræftelseskode, der er sendt pr. sms til din mobiltelefon.
factors-phone-finalise-delay = Det kan tage op til 8 minutter, før sms'en når frem til din mobiltelefon.
# $wait er et tidsrum, f.eks. ”5 minutter” eller ”1 time 5 minutter”.
factors-phone-finalise-resend = Hvis der ikke kommer nogen kode, kan du bede om en ny om { $wait } ved at tilføje nummeret igen.
factors-phone-finalise-number = Mobilnummer
factors-phone-finalise-submit = Fuldfør
factors-phone-code-dead = Denne bekræftelseskode er ikke længere gyldig (udløbet, erstattet af en nyere eller for mange forkerte forsøg). Tilføj nummeret igen for at få en ny kode.
# $remaining er antallet af tilbageværende forsøg, før koden holder op med at virke.
factors-phone-code-wrong = Bekræftelseskoden er forkert. { $remaining ->
    [one] { $remaining } forsøg tilbage.
   *[other] { $remaining } forsøg tilbage.
}

## Administrer mine mobilenheder (templates/device_list.html)

factors-devices-title = Administrer mine mobilenheder
factors-devices-name = Enhedens navn
factors-devices-status = Status
factors-devices-locked = Spærret (for mange forkerte pinkoder): slet den, og tilføj den igen
factors-devices-active = Aktiv
factors-devices-delete = Slet en mobilenhed
factors-devices-none = Der er ikke registreret nogen mobilenhed på din konto.
factors-devices-add = Tilføj en mobilenhed
factors-devices-hint = Installer mobilappen til { $brand } på din telefon eller tablet, og tilføj den derefter her ved at scanne QR-koden med appen.
factors-devices-deleted = Mobilenheden er slettet.
factors-devices-unknown = Ukendt mobilenhed.

## Tilføj en mobilenhed: navn og pinkode (templates/device_add.html)

factors-device-add-title = Tilføj en mobilenhed
factors-device-add-intro = Angiv et navn, som du kan genkende din mobilenhed på, og en pinkode, som du vil bruge til den.
factors-device-add-name = Din enheds navn
factors-device-add-pin = Din pinkode på 4 cifre
factors-device-add-pin-hint = Undgå lette pinkoder som 0000, 1111 eller 1234: de afvises.
factors-device-add-pin-confirm = Bekræft din pinkode
factors-device-add-submit = Send
# $max er det længste tilladte navn i tegn (50).
factors-device-name-invalid = Giv din mobilenhed et navn på 1 til { $max } tegn.
factors-pin-not-four-digits = Din pinkode skal bestå af præcis 4 cifre.
factors-pin-mismatch = De to pinkoder er ikke ens.
factors-pin-too-easy = Denne pinkode er for let at gætte (som 0000, 1234 eller 1111). Vælg en anden.

## Tilføj en mobilenhed: den QR-kode, appen scanner (templates/device_enrol.html)

# $name er det navn, brugeren har givet enheden, f.eks. ”Min telefon”.
factors-device-enrol-instructions = Åbn mobilappen til { $brand } på ”{ $name }”, vælg at tilføje denne konto, og scan denne QR-kode. Appen beder dig derefter om den pinkode, du lige har valgt.
factors-device-enrol-qr-alt = QR-kode, der skal scannes med mobilappen til { $brand }
factors-device-enrol-paste = Kan du ikke scanne? Indsæt denne tekst i appen:
factors-device-enrol-validity = { $minutes ->
    [one] QR-koden er gyldig i { $minutes } minut og kan bruges én gang.
   *[other] QR-koden er gyldig i { $minutes } minutter og kan bruges én gang.
}
factors-device-enrol-waiting = Venter på din mobilenhed …
# Vises på ventesiden, når appen har tilføjet enheden.
factors-device-enrolled = En enhed er tilføjet
factors-device-enrol-expired = QR-koden er udløbet. Tilføj enheden igen.

## Administrer mine sikkerhedsnøgler (templates/security_keys.html)

factors-keys-title = Administrer mine sikkerhedsnøgler
# Kolonneoverskrift: det verifikationsniveau, en sikkerhedsnøgle opnår (grundlæggende, middel eller højt).
factors-keys-level = Niveau
factors-keys-delete = Slet en sikkerhedsnøgle
factors-keys-none = Der er ikke registreret nogen sikkerhedsnøgle på din konto.
# En indbygget godkender (platform authenticator) er den, der sidder i en computer eller telefon (fingeraftryk, ansigt, skærmlås).
factors-keys-add = Tilføj en sikkerhedsnøgle eller indbygget godkender
factors-keys-hint = En sikkerhedsnøgle (f.eks. en USB- eller NFC-nøgle) eller den godkender, der er indbygget i din computer eller telefon (fingeraftryk, ansigtsgenkendelse eller skærmlås). Med en pinkode eller et fingeraftryk på en nøgle, der gemmer sin hemmelighed på enheden, opnås det højeste verifikationsniveau.
# $name er det navn, brugeren har givet nøglen, f.eks. ”YubiKey 5 NFC”.
factors-keys-added = Din sikkerhedsnøgle ”{ $name }” er tilføjet.
factors-keys-deleted = Sikkerhedsnøglen er slettet.
factors-keys-unknown = Ukendt sikkerhedsnøgle.

## Tilføj en sikkerhedsnøgle (templates/security_key_add.html)

# Browserfanens titel.
factors-key-add-title = Tilføj en sikkerhedsnøgle
factors-key-add-heading = Tilføj en sikkerhedsnøgle eller indbygget godkender
factors-key-add-intro = Giv din sikkerhedsnøgle et navn, og følg derefter din browsers anvisninger: indsæt og rør ved nøglen, eller lås din computer eller telefon op.
factors-key-add-name = Sikkerhedsnøglens navn
# $max er det længste tilladte navn i tegn (50).
factors-key-name-invalid = Giv sikkerhedsnøglen et navn på 1 til { $max } tegn.

## Hvad browserens dialog for sikkerhedsnøgler førte til (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Denne anmodning er udløbet eller allerede brugt. Prøv igen.
factors-webauthn-not-verified = Din sikkerhedsnøgle eller din indbyggede godkender kunne ikke verificeres. Prøv igen, eller vælg en anden verifikationsmetode.
factors-webauthn-already-registered = Denne sikkerhedsnøgle er allerede registreret.
factors-webauthn-unsupported = Denne browser understøtter ikke sikkerhedsnøgler. Brug en anden verifikationsmetode.
factors-webauthn-follow = Følg din browsers anvisninger, og rør ved eller lås din sikkerhedsnøgle op.
factors-webauthn-no-answer = Din sikkerhedsnøgle svarede ikke. Prøv igen, eller vælg en anden verifikationsmetode.

## Administrer mine godkendelsesapps (templates/totp_list.html)

factors-totp-title = Administrer mine godkendelsesapps
# FreeOTP, Google Authenticator, Microsoft Authenticator og Aegis er navne på apps: lad dem stå.
factors-totp-intro = En godkendelsesapp på din telefon (f.eks. FreeOTP, Google Authenticator, Microsoft Authenticator eller Aegis) viser en ny 6-cifret kode hvert 30. sekund. Du kan bruge den som verifikationsmetode, når du logger ind.
# Knappen, der sletter én godkendelsesapp på listen.
factors-totp-delete = Slet
factors-totp-none = Der er ikke registreret nogen godkendelsesapp på din konto.
factors-totp-add = Tilføj en godkendelsesapp
# $name er det navn, brugeren har givet appen, f.eks. ”Pixel 8”.
factors-totp-added = Din godkendelsesapp ”{ $name }” er tilføjet. Du kan nu bruge den til at logge ind.
factors-totp-deleted = Godkendelsesappen er slettet.
factors-totp-unknown = Ukendt godkendelsesapp.

## Tilføj en godkendelsesapp: dens navn (templates/totp_add.html)

factors-totp-add-title = Tilføj en godkendelsesapp
factors-totp-add-intro = Angiv et navn, som du kan genkende denne godkendelsesapp på, f.eks. navnet på din telefon.
factors-totp-add-name = Godkendelsesappens navn
factors-totp-add-next = Næste
# $max er det længste tilladte navn i tegn (50).
factors-totp-name-invalid = Giv din godkendelsesapp et navn på 1 til { $max } tegn.

## Tilføj en godkendelsesapp: QR-koden og den første kode (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Åbn godkendelsesappen på din telefon, tilføj en konto, og scan denne QR-kode. Den er gyldig i { $minutes } minut.
   *[other] Åbn godkendelsesappen på din telefon, tilføj en konto, og scan denne QR-kode. Den er gyldig i { $minutes } minutter.
}
factors-totp-enrol-qr-alt = QR-kode, der skal scannes med din godkendelsesapp
# $account er brugerens e-mailadresse, $issuer tjenestens navn, som appen viser det.
factors-totp-enrol-manual = Kan du ikke scanne? Indtast denne nøgle manuelt i appen (tidsbaseret, 6 cifre, hvert 30. sekund) med kontoen { $account } hos { $issuer }:
factors-totp-enrol-uri = Vis linket bag QR-koden
factors-totp-code-label = Indtast den 6-cifrede kode
factors-totp-confirm = Bekræft
factors-totp-enrol-gone = Denne godkendelsesapp venter ikke længere på bekræftelse (den er udløbet, er bekræftet eller har modtaget for mange forkerte koder). Tilføj den igen.
# $remaining er antallet af koder, der stadig kan prøves.
factors-totp-code-wrong = Koden er forkert. Kontrollér, at klokkeslættet på din telefon er rigtigt, og indtast den kode, din app viser nu. { $remaining ->
    [one] { $remaining } forsøg tilbage.
   *[other] { $remaining } forsøg tilbage.
}
