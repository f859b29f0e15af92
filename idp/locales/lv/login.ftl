# The provider's texts in Latvian (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Pieteikšanās
login-heading = Piesakieties, lai turpinātu
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Sveicināti, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (ne jūs?)
login-submit = Pieteikties
login-cancel = Atcelt un atgriezties lietojumprogrammā
login-choose-another = Izvēlēties citu verifikācijas metodi
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level (agrees with "līmenis", masculine).
login-level-basic = pamata
login-level-medium = vidējs
login-level-high = augsts

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Parole
login-method-sms = Mobilais tālrunis + SMS
login-method-app-pin = Mobilās lietotnes PIN kods
login-method-app-qr = Mobilās lietotnes QR kods
login-method-webauthn = Drošības atslēga vai platforma
login-method-totp = Autentifikatora lietotne (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Lai dzēstu visas savas ierīces, lūdzu, apstipriniet savu identitāti, piesakoties vēlreiz.
login-reauth-devices = Lai pievienotu vai noņemtu mobilo ierīci, lūdzu, apstipriniet savu identitāti, piesakoties vēlreiz.
login-reauth-phones = Lai pievienotu vai noņemtu mobilā tālruņa numuru, lūdzu, apstipriniet savu identitāti, piesakoties vēlreiz.
login-reauth-security-keys = Lai pievienotu vai noņemtu drošības atslēgu, lūdzu, apstipriniet savu identitāti, piesakoties vēlreiz.
login-reauth-authenticator-apps = Lai pievienotu vai noņemtu autentifikatora lietotni, lūdzu, apstipriniet savu identitāti, piesakoties vēlreiz.
login-reauth-delete-account = Lai dzēstu savu kontu, lūdzu, apstipriniet savu identitāti, piesakoties vēlreiz.
login-reauth-sessions = Lai beigtu sesiju, lūdzu, apstipriniet savu identitāti, piesakoties vēlreiz.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Lai mainītu pieteikšanās veidu, vienmēr ir nepieciešama nesena pieteikšanās.

## The identifier page (login_identifier.html)

login-client-uses = { $client } izmanto { $brand }, lai jūs identificētu.
login-email-label = Izmantojiet savu e-pasta adresi
login-email-required = Lūdzu, ievadiet sava { $brand } konta e-pasta adresi.
login-remember = Atcerēties mani šajā ierīcē
login-next = Tālāk
login-create-account = Izveidot kontu

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } pieprasa pieteikšanos ar otru verifikācijas metodi (līmenis „{ $level }”).
login-password-label = Parole
login-method-label = Izvēlieties verifikācijas metodi
login-method-hint = Mobilā tālruņa numurus, mobilās ierīces un drošības atslēgas var pievienot sadaļā „Mans konts” (zobrata izvēlnē) pēc pieteikšanās ar paroli.
login-lost-password = Aizmirsāt paroli?
login-method-invalid = Lūdzu, izvēlieties kādu no sarakstā norādītajām verifikācijas metodēm.
login-invalid-credentials = Nepareiza e-pasta adrese vai parole
# $until is a date and time ("2026. gada 6. decembrī plkst. 08:34 UTC", locative), $wait a
# length of time in the nominative ("1 stunda 5 minūtes"). „Aizmirsāt paroli?” is the link
# login-lost-password.
login-locked = Ar šo e-pasta adresi ir veikts pārāk daudz neveiksmīgu pieteikšanās mēģinājumu. Lai aizsargātu kontu, pieteikšanās ar paroli ir bloķēta; bloķēšana beigsies { $until } (vēl { $wait }). Ja paroli neatceraties, izvēlieties jaunu, izmantojot saiti „Aizmirsāt paroli?”.
# $wait is a length of time ("5 minūtes").
login-throttled = No jūsu tīkla ir veikts pārāk daudz neveiksmīgu pieteikšanās mēģinājumu. Lai mēģinātu vēlreiz, vēl jāgaida { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Verifikācijas metode
login-password-accepted = Jūsu parole ir pieņemta.
# $method is one of login-method-*.
login-method-not-added = Šī verifikācijas metode ({ $method }) jūsu kontam vēl nav pievienota.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = { $method } neatbilst šīs lietojumprogrammas pieprasītajam līmenim ({ $level }).
login-no-usable-method = Jūsu kontam vēl nav nevienas verifikācijas metodes, ko pieņem šī lietojumprogramma.
login-not-added-yet = Jūsu kontam vēl nav pievienots:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: piesakieties ar paroli, tad pievienojiet šo metodi sadaļā „Mans konts” (zobrata izvēlnē).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } sadaļā „Mans konts”
# $method is one of login-method-*.
login-method-not-accepted = Šī lietojumprogramma nepieņem šo verifikācijas metodi: { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Nosūtīt verifikācijas kodu īsziņā uz numuru
login-sms-send = Nosūtīt kodu
login-sms-sent = Verifikācijas kods ir nosūtīts īsziņā uz jūsu mobilo tālruni. Tā piegāde var ilgt līdz 8 minūtēm.
# $wait is a length of time in the nominative ("1 minūte").
login-sms-next-code = Ja kods nepienāk, jaunu kodu varēsiet pieprasīt vēlāk (jāgaida { $wait }).
login-sms-resend = Nosūtīt jaunu kodu
login-sms-off = Šis pakalpojums nepiedāvā metodi „Mobilais tālrunis + SMS”.
login-sms-limited-title = Pirms jauna koda pieprasīšanas, lūdzu, uzgaidiet
# $wait is a length of time in the nominative ("1 minūte").
login-sms-limited = Īsziņa tika nosūtīta pirms neilga laika, vai arī nosūtīts pārāk daudz īsziņu. Lai pieprasītu jaunu kodu, vēl jāgaida { $wait }.
login-sms-not-delivered = Īsziņu ar jūsu kodu nevarēja piegādāt uz šo numuru. Nosūtiet jaunu kodu vai izvēlieties citu verifikācijas metodi.
login-sms-choose-phone = Lūdzu, izvēlieties kādu no saviem reģistrētajiem mobilā tālruņa numuriem.
login-sms-wrong = Verifikācijas kods nav pareizs. { $remaining ->
    [zero] Atlikuši { $remaining } mēģinājumi.
    [one] Atlicis { $remaining } mēģinājums.
   *[other] Atlikuši { $remaining } mēģinājumi.
}
login-sms-dead = Šis verifikācijas kods vairs nav derīgs (beidzies tā derīguma termiņš, tas aizstāts ar jaunāku vai veikts pārāk daudz nepareizu mēģinājumu). Nosūtiet jaunu kodu.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Autentifikatora lietotne
login-totp-intro = Atveriet tālrunī autentifikatora lietotni un ievadiet tajā redzamo { $brand } 6 ciparu kodu.
login-totp-code-label = Ievadiet 6 ciparu kodu
login-totp-wrong = Kods nav pareizs. Ievadiet 6 ciparu kodu, ko autentifikatora lietotne rāda tagad. { $remaining ->
    [zero] Atlikuši { $remaining } mēģinājumi.
    [one] Atlicis { $remaining } mēģinājums.
   *[other] Atlikuši { $remaining } mēģinājumi.
}
login-totp-reused = Šis kods jau ir izmantots. Uzgaidiet, līdz autentifikatora lietotne parāda jaunu kodu, un ievadiet to. { $remaining ->
    [zero] Atlikuši { $remaining } mēģinājumi.
    [one] Atlicis { $remaining } mēģinājums.
   *[other] Atlikuši { $remaining } mēģinājumi.
}
login-totp-stopped = Ievadīts pārāk daudz nepareizu kodu. Jūsu drošības labad šī pieteikšanās ir pārtraukta: atgriezieties lietojumprogrammā un sāciet no jauna.
login-totp-paused-title = Pārāk daudz nepareizu kodu
# $wait is a length of time in the nominative ("50 minūtes").
login-totp-paused = Jūsu kontam ievadīts pārāk daudz nepareizu autentifikatora lietotnes kodu. Lai to atkal varētu izmantot, vēl jāgaida { $wait }; pa to laiku izvēlieties citu verifikācijas metodi.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Kad pārlūkprogramma to pieprasa, ievietojiet drošības atslēgu un pieskarieties tai vai atbloķējiet datoru vai tālruni.
login-webauthn-start = Izmantot drošības atslēgu
login-webauthn-off = Šajā pakalpojumā drošības atslēgas izmantot nevar.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Pieprasījums pieteikties lietojumprogrammā { $client } ir nosūtīts uz jūsu mobilajām ierīcēm. Atveriet { $brand } mobilo lietotni, izvēlieties šo skaitli un ievadiet savu PIN kodu:
login-app-pin-waiting = Gaida apstiprinājumu jūsu mobilajā ierīcē...
# A button shown only when the browser runs no script.
login-app-pin-continue = Apstiprināts — turpināt
login-app-pin-resend = Nosūtīt jaunu pieprasījumu
login-app-pin-approved = Apstiprināts jūsu mobilajā ierīcē. Notiek pieteikšanās...
login-app-pin-denied = Pieprasījums tika noraidīts jūsu mobilajā ierīcē.
login-app-pin-wrong-number = Mobilajā ierīcē izvēlētais skaitlis nav tas, kas redzams šeit. Pieprasījums ir atcelts.
login-app-pin-expired = Pieprasījuma derīguma termiņš ir beidzies. Nosūtiet jaunu pieprasījumu uz savu mobilo ierīci.
login-app-pin-limited-title = Pārāk daudz pieprasījumu
# $wait is a length of time in the nominative ("1 minūte").
login-app-pin-limited = Uz jūsu mobilajām ierīcēm nosūtīts pārāk daudz pieteikšanās pieprasījumu. Lai mēģinātu vēlreiz, vēl jāgaida { $wait }; varat arī izvēlēties citu verifikācijas metodi.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Noskenējiet šo QR kodu ar { $brand } mobilo lietotni un ievadiet lietotnē savu PIN kodu. Tālrunim nav vajadzīgs tīkla savienojums.
# The text alternative of the QR code image.
login-app-qr-alt = QR kods, kas jānoskenē ar { $brand } mobilo lietotni
login-app-qr-paste = Nevarat noskenēt? Ielīmējiet šo tekstu lietotnē:
login-app-qr-code-label = Lietotnes ģenerētais kods
login-app-qr-wrong = Kods nav pareizs. { $remaining ->
    [zero] Atlikuši { $remaining } mēģinājumi.
    [one] Atlicis { $remaining } mēģinājums.
   *[other] Atlikuši { $remaining } mēģinājumi.
}
login-app-qr-dead = Šis QR kods vairs nav derīgs (beidzies tā derīguma termiņš vai ievadīts pārāk daudz nepareizu kodu). Tiek rādīts jauns QR kods: noskenējiet to ar lietotni.
login-app-qr-locked-title = Mobilā ierīce ir bloķēta
login-app-qr-locked = Jūsu mobilā ierīce ir bloķēta, jo pārāk daudz reižu ievadīts nepareizs kods vai PIN kods. Dzēsiet to un pievienojiet vēlreiz sadaļā „Mans konts” vai izvēlieties citu verifikācijas metodi.

## Refusals of any sign-in step

login-expired-title = Šīs pieteikšanās lapas derīguma termiņš ir beidzies
login-expired = Pieteikšanās lapas ir derīgas ierobežotu laiku un tikai vienu reizi. Ja mēģinājāt pieteikties lietojumprogrammā, atgriezieties tajā un piesakieties vēlreiz; citādi sāciet no sākumlapas.
login-form-incomplete = Veidlapa nav aizpildīta pilnībā. Lūdzu, atgriezieties un mēģiniet vēlreiz.
login-request-invalid = Lietojumprogrammas nosūtītais pieprasījums nav derīgs, tāpēc to nevar izpildīt. Lūdzu, atgriezieties lietojumprogrammā un mēģiniet vēlreiz.
login-already-completed = Šī pieteikšanās jau ir pabeigta.
login-redirect-invalid = Reģistrētais novirzīšanas URI nav derīgs.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Nepieciešama drošāka verifikācijas metode
# $level is one of login-level-*.
login-step-up-needed = { $client } pieprasa pieteikšanos ar līmeni „{ $level }” (parole un otra verifikācijas metode, piemēram, mobilais tālrunis vai drošības atslēga). Jūsu kontam šādas metodes vēl nav.
login-step-up-hint = Pievienojiet mobilā tālruņa numuru, mobilo ierīci vai drošības atslēgu sadaļā „Mans konts” un pēc tam atgriezieties.
login-step-up-account = Pievienot verifikācijas metodi sadaļā „Mans konts”
login-return-to-app = Atgriezties lietojumprogrammā

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Atgriešanās lietojumprogrammā
login-form-post-noscript = JavaScript ir izslēgts: lai turpinātu, nospiediet pogu.
login-continue = Turpināt

## Signing out (logout.html)

login-logout-title = Izrakstīšanās
# $email is the address of the signed-in account.
login-logout-question-as = Vai vēlaties izrakstīties no { $brand } kā { $email }?
login-logout-question = Vai vēlaties izrakstīties no { $brand }?
login-logout-apps = Tiks veikta izrakstīšanās arī no lietojumprogrammām, kuras izmantojāt šajā sesijā.
login-logout-submit = Izrakstīties
login-signed-out-title = Izrakstīšanās ir veikta
login-signed-out = Izrakstīšanās no { $brand } ir veikta.
login-sign-in-again = Pieteikties vēlreiz
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = id_token_hint nav šī pakalpojumu sniedzēja izdots ID marķieris.
login-logout-client-mismatch = client_id neatbilst id_token_hint.
login-logout-uri-unregistered = post_logout_redirect_uri šai lietojumprogrammai nav reģistrēts.
login-logout-uri-invalid = post_logout_redirect_uri nav derīgs.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Vismaz { $min ->
    [one] { $min } rakstzīme
   *[other] { $min } rakstzīmes
} (ne vairāk kā { $max }); laba parole ir daži savstarpēji nesaistīti vārdi
login-policy-rule-any = Atļautas atstarpes un jebkuras rakstzīmes; dažādu veidu rakstzīmes jaukt nav obligāti
login-policy-rule-common = Nedrīkst būt bieži lietota vai nopludināta parole, un tai jābūt grūti uzminamai (bez atkārtotiem vārdiem, tastatūras rindām vai secībām)
login-policy-rule-personal = Nedrīkst saturēt jūsu vārdu, uzvārdu vai e-pasta adresi
# $length and $min are numbers of characters.
login-policy-too-short = Parole ir pārāk īsa: { $length ->
    [zero] { $length } rakstzīmes
    [one] { $length } rakstzīme
   *[other] { $length } rakstzīmes
}, bet nepieciešams vismaz { $min }.
# $max is a number of characters.
login-policy-too-long = Parole ir pārāk gara: tajā drīkst būt ne vairāk kā { $max ->
    [one] { $max } rakstzīme
   *[other] { $max } rakstzīmes
}.
login-policy-personal = Parole nedrīkst saturēt jūsu vārdu, uzvārdu vai e-pasta adresi.
login-policy-common = Šī parole ir pārāk izplatīta: tā ir atrodama nopludinātu paroļu sarakstos.
login-policy-guessable = Šo paroli ir pārāk viegli uzminēt. Izmēģiniet dažus savstarpēji nesaistītus vārdus, piemēram, īsu teikumu, ko uzrakstītu tikai jūs.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Šo paroli ir pārāk viegli uzminēt: { $reason } Izmēģiniet dažus savstarpēji nesaistītus vārdus, piemēram, īsu teikumu, ko uzrakstītu tikai jūs.
login-policy-why-keyboard-rows = taisnas tastatūras taustiņu rindas ir viegli uzminēt.
login-policy-why-keyboard-patterns = īsas tastatūras taustiņu kombinācijas ir viegli uzminēt.
login-policy-why-repeats = atkārtojumus, piemēram, „aaa”, ir viegli uzminēt.
login-policy-why-repeated-words = atkārtojumus, piemēram, „abcabcabc”, ir tikai nedaudz grūtāk uzminēt nekā „abc”.
login-policy-why-top-10 = šī ir viena no 10 visbiežāk lietotajām parolēm.
login-policy-why-top-100 = šī ir viena no 100 visbiežāk lietotajām parolēm.
login-policy-why-common = šī ir ļoti bieži lietota parole.
login-policy-why-similar = tā ir līdzīga bieži lietotai parolei.
login-policy-why-sequences = secības, piemēram, abc vai 6543, ir viegli uzminēt.
login-policy-why-years = nesenus gadus ir viegli uzminēt.
login-policy-why-word = vienu atsevišķu vārdu ir viegli uzminēt.
login-policy-why-dates = datumus bieži ir viegli uzminēt.
login-policy-why-names = vārdus un uzvārdus vienus pašus ir viegli uzminēt.
login-policy-why-common-names = izplatītus vārdus un uzvārdus ir viegli uzminēt.
