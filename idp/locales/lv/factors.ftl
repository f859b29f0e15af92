# The provider's texts in Latvian (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Atcelt
factors-add = Pievienot
# Column header of a list of second factors: its name.
factors-name = Nosaukums
# Column header: the date a second factor was added.
factors-added = Pievienots
# Column header: the date a second factor was last used to sign in.
factors-last-used = Pēdējoreiz izmantots
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = nekad
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Darbība

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Īsziņā saņemtais verifikācijas kods
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 burti un cipari, piemēram, XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Pārvaldīt mobilā tālruņa numurus
factors-phones-number = Mobilā tālruņa numurs
factors-phones-delete = Dzēst mobilā tālruņa numuru
factors-phones-none = Jūsu kontam nav reģistrēts neviens mobilā tālruņa numurs.
factors-phones-add = Pievienot mobilā tālruņa numuru
factors-phones-hint = Īsziņu piegāde ir atkarīga no mobilo sakaru operatoru savstarpējiem nolīgumiem, un tās ne vienmēr pienāk; { $brand } mobilā lietotne vai drošības atslēga ir uzticamākas.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Jūsu mobilā tālruņa numurs { $number } ir veiksmīgi pievienots.
factors-phones-deleted = Mobilā tālruņa numurs ir dzēsts.
factors-phones-unknown = Nezināms mobilā tālruņa numurs.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Pievienot mobilā tālruņa numuru
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Starptautiskā formātā ar valsts kodu, piemēram, Beļģijas numurs: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Mobilā tālruņa numurs { $number } jūsu kontam jau ir reģistrēts.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Lūdzu, ievadiet mobilā tālruņa numuru starptautiskā formātā ar valsts kodu, piemēram, Beļģijas numurs: { $example }
factors-phone-no-plus = Numuram jāsākas ar plus zīmi un valsts kodu, piemēram, Beļģijas numurs: { $example }
factors-phone-not-digits = Tālruņa numurā pēc plus zīmes drīkst būt tikai cipari (atstarpes ir atļautas), piemēram, { $example }
factors-phone-invalid = Šis nav derīgs starptautisks tālruņa numurs. Beļģijas numura piemērs: { $example }
factors-phone-not-in-plan = Šis nav derīgs starptautisks tālruņa numurs (nezināms valsts kods vai numurs, kas attiecīgās valsts numerācijas plānā neeksistē). Beļģijas numura piemērs: { $example }
factors-phone-not-mobile = Šis nav mobilā tālruņa numurs, tāpēc uz to nevar sūtīt īsziņas. Lūdzu, ievadiet mobilā tālruņa numuru, piemēram, Beļģijas numurs: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Verifikācijas kods
factors-phone-finalise-heading = Īsziņā nosūtītais verifikācijas kods mobilā tālruņa numura pievienošanai
factors-phone-finalise-intro = Lūdzu, ievadiet verifikācijas kodu, kas tika nosūtīts īsziņā uz jūsu mobilo tālruni.
factors-phone-finalise-delay = Īsziņas piegāde uz jūsu mobilo tālruni var ilgt līdz 8 minūtēm.
# $wait is a length of time in the nominative, e.g. "5 minūtes" or "1 stunda 5 minūtes".
factors-phone-finalise-resend = Ja kods nepienāk, jaunu varēsiet pieprasīt vēlāk (jāgaida { $wait }), vēlreiz pievienojot numuru.
factors-phone-finalise-number = Mobilā tālruņa numurs
factors-phone-finalise-submit = Pabeigt
factors-phone-code-dead = Šis verifikācijas kods vairs nav derīgs (beidzies tā derīguma termiņš, tas aizstāts ar jaunāku vai veikts pārāk daudz nepareizu mēģinājumu). Lai saņemtu jaunu kodu, pievienojiet numuru vēlreiz.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Verifikācijas kods nav pareizs. { $remaining ->
    [zero] Atlikuši { $remaining } mēģinājumi.
    [one] Atlicis { $remaining } mēģinājums.
   *[other] Atlikuši { $remaining } mēģinājumi.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Pārvaldīt mobilās ierīces
factors-devices-name = Ierīces nosaukums
factors-devices-status = Statuss
factors-devices-locked = Bloķēta (pārāk daudz nepareizu PIN kodu): dzēsiet to un pievienojiet vēlreiz
factors-devices-active = Aktīva
factors-devices-delete = Dzēst mobilo ierīci
factors-devices-none = Jūsu kontam nav reģistrēta neviena mobilā ierīce.
factors-devices-add = Pievienot mobilo ierīci
factors-devices-hint = Instalējiet { $brand } mobilo lietotni savā tālrunī vai planšetdatorā, pēc tam pievienojiet ierīci šeit, ar lietotni noskenējot QR kodu.
factors-devices-deleted = Mobilā ierīce ir dzēsta.
factors-devices-unknown = Nezināma mobilā ierīce.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Pievienot mobilo ierīci
factors-device-add-intro = Lūdzu, norādiet nosaukumu, pēc kura atpazīsiet savu mobilo ierīci, un PIN kodu, ko tajā izmantosiet.
factors-device-add-name = Ierīces nosaukums
factors-device-add-pin = 4 ciparu PIN kods
factors-device-add-pin-hint = Neizmantojiet vienkāršus PIN kodus, piemēram, 0000, 1111 vai 1234: tie netiek pieņemti.
factors-device-add-pin-confirm = Atkārtojiet PIN kodu
factors-device-add-submit = Iesniegt
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Lūdzu, norādiet mobilās ierīces nosaukumu, kura garums ir no 1 līdz { $max ->
    [one] { $max } rakstzīmei
   *[other] { $max } rakstzīmēm
}.
factors-pin-not-four-digits = PIN kodam jābūt tieši 4 cipariem.
factors-pin-mismatch = PIN kodi nesakrīt.
factors-pin-too-easy = Šo PIN kodu ir pārāk viegli uzminēt (piemēram, 0000, 1234 vai 1111). Lūdzu, izvēlieties citu.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Atveriet { $brand } mobilo lietotni ierīcē „{ $name }”, izvēlieties pievienot šo kontu un noskenējiet šo QR kodu. Pēc tam lietotne prasīs tikko izvēlēto PIN kodu.
factors-device-enrol-qr-alt = QR kods, kas jānoskenē ar { $brand } mobilo lietotni
factors-device-enrol-paste = Nevarat noskenēt? Ielīmējiet šo tekstu lietotnē:
factors-device-enrol-validity = { $minutes ->
    [zero] QR kods ir derīgs { $minutes } minūtes, un to var izmantot vienu reizi.
    [one] QR kods ir derīgs { $minutes } minūti, un to var izmantot vienu reizi.
   *[other] QR kods ir derīgs { $minutes } minūtes, un to var izmantot vienu reizi.
}
factors-device-enrol-waiting = Gaida jūsu mobilo ierīci...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Ierīce ir pievienota
factors-device-enrol-expired = QR koda derīguma termiņš ir beidzies. Lūdzu, pievienojiet ierīci vēlreiz.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Pārvaldīt drošības atslēgas
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Līmenis
factors-keys-delete = Dzēst drošības atslēgu
factors-keys-none = Jūsu kontam nav reģistrēta neviena drošības atslēga.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Pievienot drošības atslēgu vai iebūvētu autentifikatoru
factors-keys-hint = Drošības atslēga (piemēram, USB vai NFC atslēga) vai datorā vai tālrunī iebūvēts autentifikators (pirksta nospiedums, sejas atpazīšana vai ekrāna bloķēšana). Ar PIN kodu vai pirksta nospiedumu atslēgā, kas savu noslēpumu glabā pašā ierīcē, tiek sasniegts augstākais verifikācijas līmenis.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Jūsu drošības atslēga „{ $name }” ir veiksmīgi pievienota.
factors-keys-deleted = Drošības atslēga ir dzēsta.
factors-keys-unknown = Nezināma drošības atslēga.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Pievienot drošības atslēgu
factors-key-add-heading = Pievienot drošības atslēgu vai iebūvētu autentifikatoru
factors-key-add-intro = Piešķiriet drošības atslēgai nosaukumu, pēc tam izpildiet pārlūkprogrammas norādījumus: ievietojiet atslēgu un pieskarieties tai vai atbloķējiet datoru vai tālruni.
factors-key-add-name = Drošības atslēgas nosaukums
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Lūdzu, norādiet drošības atslēgas nosaukumu, kura garums ir no 1 līdz { $max ->
    [one] { $max } rakstzīmei
   *[other] { $max } rakstzīmēm
}.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Šī pieprasījuma derīguma termiņš ir beidzies, vai arī tas jau ir izmantots. Lūdzu, mēģiniet vēlreiz.
factors-webauthn-not-verified = Jūsu drošības atslēgu vai iebūvēto autentifikatoru nevarēja verificēt. Lūdzu, mēģiniet vēlreiz vai izvēlieties citu verifikācijas metodi.
factors-webauthn-already-registered = Šī drošības atslēga jau ir reģistrēta.
factors-webauthn-unsupported = Šī pārlūkprogramma neatbalsta drošības atslēgas. Lūdzu, izmantojiet citu verifikācijas metodi.
factors-webauthn-follow = Izpildiet pārlūkprogrammas norādījumus un pieskarieties drošības atslēgai vai atbloķējiet to.
factors-webauthn-no-answer = Jūsu drošības atslēga neatbildēja. Lūdzu, mēģiniet vēlreiz vai izvēlieties citu verifikācijas metodi.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Pārvaldīt autentifikatora lietotnes
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Autentifikatora lietotne jūsu tālrunī (piemēram, FreeOTP, Google Authenticator, Microsoft Authenticator vai Aegis) ik pēc 30 sekundēm rāda jaunu 6 ciparu kodu. To varat izmantot kā verifikācijas metodi, piesakoties.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Dzēst
factors-totp-none = Jūsu kontam nav reģistrēta neviena autentifikatora lietotne.
factors-totp-add = Pievienot autentifikatora lietotni
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Jūsu autentifikatora lietotne „{ $name }” ir veiksmīgi pievienota. Tagad varat to izmantot, lai pieteiktos.
factors-totp-deleted = Autentifikatora lietotne ir dzēsta.
factors-totp-unknown = Nezināma autentifikatora lietotne.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Pievienot autentifikatora lietotni
factors-totp-add-intro = Lūdzu, norādiet nosaukumu, pēc kura atpazīsiet šo autentifikatora lietotni, piemēram, sava tālruņa nosaukumu.
factors-totp-add-name = Autentifikatora lietotnes nosaukums
factors-totp-add-next = Tālāk
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Lūdzu, norādiet autentifikatora lietotnes nosaukumu, kura garums ir no 1 līdz { $max ->
    [one] { $max } rakstzīmei
   *[other] { $max } rakstzīmēm
}.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [zero] Atveriet tālrunī autentifikatora lietotni, pievienojiet kontu un noskenējiet šo QR kodu. Tas ir derīgs { $minutes } minūtes.
    [one] Atveriet tālrunī autentifikatora lietotni, pievienojiet kontu un noskenējiet šo QR kodu. Tas ir derīgs { $minutes } minūti.
   *[other] Atveriet tālrunī autentifikatora lietotni, pievienojiet kontu un noskenējiet šo QR kodu. Tas ir derīgs { $minutes } minūtes.
}
factors-totp-enrol-qr-alt = QR kods, kas jānoskenē ar autentifikatora lietotni
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Nevarat noskenēt? Ievadiet šo atslēgu lietotnē manuāli (laikā balstīts kods, 6 cipari, ik pēc 30 sekundēm), norādot { $issuer } kontu { $account }:
factors-totp-enrol-uri = Rādīt QR kodā ietverto saiti
factors-totp-code-label = Ievadiet 6 ciparu kodu
factors-totp-confirm = Apstiprināt
factors-totp-enrol-gone = Šī autentifikatora lietotne vairs negaida apstiprinājumu (beidzies tās derīguma termiņš, tā jau ir apstiprināta vai ievadīts pārāk daudz nepareizu kodu). Lūdzu, pievienojiet to vēlreiz.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Kods nav pareizs. Pārbaudiet, vai tālruņa pulkstenis rāda pareizu laiku, un ievadiet kodu, ko lietotne rāda tagad. { $remaining ->
    [zero] Atlikuši { $remaining } mēģinājumi.
    [one] Atlicis { $remaining } mēģinājums.
   *[other] Atlikuši { $remaining } mēģinājumi.
}
