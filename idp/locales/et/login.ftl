# The provider's texts in English (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Sisselogimine
login-heading = Jätkamiseks logige sisse
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Tere tulemast, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (pole teie aadress?)
login-submit = Logi sisse
login-cancel = Tühista ja naase rakendusse
login-choose-another = Valige muu autentimisviis
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = põhiline
login-level-medium = keskmine
login-level-high = kõrge

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Salasõna
login-method-sms = Mobiiltelefon + SMS
login-method-app-pin = Mobiilirakenduse PIN-kood
login-method-app-qr = Mobiilirakenduse QR-kood
login-method-webauthn = Turvavõti või seadme autentija
login-method-totp = Autentimisrakendus (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Kõigi oma seadmete kustutamiseks kinnitage oma isik, logides uuesti sisse.
login-reauth-devices = Mobiilseadme lisamiseks või eemaldamiseks kinnitage oma isik, logides uuesti sisse.
login-reauth-phones = Mobiiltelefoni numbri lisamiseks või eemaldamiseks kinnitage oma isik, logides uuesti sisse.
login-reauth-security-keys = Turvavõtme lisamiseks või eemaldamiseks kinnitage oma isik, logides uuesti sisse.
login-reauth-authenticator-apps = Autentimisrakenduse lisamiseks või eemaldamiseks kinnitage oma isik, logides uuesti sisse.
login-reauth-delete-account = Konto kustutamiseks kinnitage oma isik, logides uuesti sisse.
login-reauth-sessions = Seansi lõpetamiseks kinnitage oma isik, logides uuesti sisse.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Sisselogimisviiside muutmiseks on alati vaja hiljutist sisselogimist.

## The identifier page (login_identifier.html)

login-client-uses = { $client } kasutab teie tuvastamiseks teenust { $brand }.
login-email-label = Teie e-posti aadress
login-email-required = Sisestage oma konto e-posti aadress teenuses { $brand }.
login-remember = Jäta mind selles seadmes meelde
login-next = Edasi
login-create-account = Loo konto

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } nõuab sisselogimist teise autentimisviisiga (autentimistase: { $level }).
login-password-label = Salasõna
login-method-label = Valige autentimisviis
login-method-hint = Mobiiltelefoni numbrid, mobiilseadmed ja turvavõtmed lisatakse jaotises „Minu konto“ (hammasrattamenüü) pärast salasõnaga sisselogimist.
login-lost-password = Kas unustasite salasõna?
login-method-invalid = Valige loendist üks autentimisviis.
login-invalid-credentials = Vale e-posti aadress või salasõna
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Selle e-posti aadressiga on tehtud liiga palju ebaõnnestunud sisselogimiskatseid. Konto kaitsmiseks on salasõnaga sisselogimine blokeeritud (blokeeringu lõpp: { $until }, jäänud on { $wait }). Kui olete salasõna unustanud, valige uus lingi „Kas unustasite salasõna?“ kaudu.
# $wait is a length of time ("5 minutes").
login-throttled = Teie võrgust on tehtud liiga palju ebaõnnestunud sisselogimiskatseid. Proovige uuesti, kui { $wait } on möödunud.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Autentimisviis
login-password-accepted = Teie salasõna on vastu võetud.
# $method is one of login-method-*.
login-method-not-added = Te ei ole seda autentimisviisi ({ $method }) veel oma kontole lisanud.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = { $method } ei vasta selle rakenduse nõutud autentimistasemele ({ $level }).
login-no-usable-method = Teie kontol ei ole veel ühtegi autentimisviisi, mida see rakendus aktsepteerib.
login-not-added-yet = Teie kontole veel lisamata:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: logige salasõnaga sisse ja lisage see seejärel jaotises „Minu konto“ (hammasrattamenüü).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } jaotises „Minu konto“
# $method is one of login-method-*.
login-method-not-accepted = See rakendus ei aktsepteeri autentimisviisi { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Saada kinnituskood SMS-iga numbrile
login-sms-send = Saada kood
login-sms-sent = Kinnituskood saadeti SMS-iga teie mobiiltelefonile. Selle saabumiseks võib kuluda kuni 8 minutit.
# $wait is a length of time ("1 minute").
login-sms-next-code = Kui koodi ei saabu, saate küsida uue koodi, kui { $wait } on möödunud.
login-sms-resend = Saada uus kood
login-sms-off = See teenus ei paku autentimisviisi „Mobiiltelefon + SMS“.
login-sms-limited-title = Oodake enne uue koodi küsimist
# $wait is a length of time ("1 minute").
login-sms-limited = SMS saadeti hetk tagasi või on neid saadetud liiga palju. Uue koodi saate küsida, kui { $wait } on möödunud.
login-sms-not-delivered = Teie koodiga SMS-i ei õnnestunud sellele numbrile kohale toimetada. Saatke uus kood või valige muu autentimisviis.
login-sms-choose-phone = Valige üks oma registreeritud mobiiltelefoni numbritest.
login-sms-wrong = Kinnituskood on vale. { $remaining ->
    [one] Jäänud on { $remaining } katse.
   *[other] Jäänud on { $remaining } katset.
}
login-sms-dead = See kinnituskood ei kehti enam (see on aegunud või asendatud või on tehtud liiga palju valesid katseid). Saatke uus kood.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Autentimisrakendus
login-totp-intro = Avage oma telefonis autentimisrakendus ja sisestage 6-kohaline kood, mida see teenuse { $brand } jaoks näitab.
login-totp-code-label = Sisestage 6-kohaline kood
login-totp-wrong = Kood on vale. Sisestage 6-kohaline kood, mida teie autentimisrakendus praegu näitab. { $remaining ->
    [one] Jäänud on { $remaining } katse.
   *[other] Jäänud on { $remaining } katset.
}
login-totp-reused = Seda koodi on juba kasutatud. Oodake, kuni autentimisrakendus näitab uut koodi, ja sisestage see. { $remaining ->
    [one] Jäänud on { $remaining } katse.
   *[other] Jäänud on { $remaining } katset.
}
login-totp-stopped = Sisestati liiga palju valesid koode. Teie turvalisuse huvides see sisselogimine peatati: alustage rakendusest uuesti.
login-totp-paused-title = Liiga palju valesid koode
# $wait is a length of time ("50 minutes").
login-totp-paused = Teie kontole on sisestatud liiga palju valesid autentimisrakenduse koode. Saate seda uuesti kasutada, kui { $wait } on möödunud; seni valige muu autentimisviis.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Kui brauser seda palub, sisestage turvavõti ja puudutage seda või avage oma arvuti või telefoni lukk.
login-webauthn-start = Kasuta turvavõtit
login-webauthn-off = Selle teenusega ei saa turvavõtmeid kasutada.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Teie mobiilseadmetele saadeti päring rakendusse { $client } sisselogimiseks. Avage { $brand } mobiilirakendus, valige see number ja sisestage oma PIN-kood:
login-app-pin-waiting = Ootame teie kinnitust mobiilseadmes…
# A button shown only when the browser runs no script.
login-app-pin-continue = Olen kinnitanud: jätka
login-app-pin-resend = Saada uus päring
login-app-pin-approved = Kinnitatud teie mobiilseadmes. Logime teid sisse…
login-app-pin-denied = Päring lükati teie mobiilseadmes tagasi.
login-app-pin-wrong-number = Mobiilseadmes valitud number ei olnud see, mida siin näidati. Päring tühistati.
login-app-pin-expired = Päring on aegunud. Saatke oma mobiilseadmele uus päring.
login-app-pin-limited-title = Liiga palju päringuid
# $wait is a length of time ("1 minute").
login-app-pin-limited = Teie mobiilseadmetele on saadetud liiga palju sisselogimispäringuid. Proovige uuesti, kui { $wait } on möödunud, või valige muu autentimisviis.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Skannige see QR-kood { $brand } mobiilirakendusega ja sisestage rakenduses oma PIN-kood. See toimib ka siis, kui teie telefonil ei ole võrguühendust.
# The text alternative of the QR code image.
login-app-qr-alt = QR-kood skannimiseks { $brand } mobiilirakendusega
login-app-qr-paste = Ei saa skannida? Kleepige see tekst rakendusse:
login-app-qr-code-label = Rakenduse loodud kood
login-app-qr-wrong = Kood on vale. { $remaining ->
    [one] Jäänud on { $remaining } katse.
   *[other] Jäänud on { $remaining } katset.
}
login-app-qr-dead = See QR-kood ei kehti enam (see on aegunud või on sisestatud liiga palju valesid koode). Kuvatakse uus QR-kood: skannige see oma rakendusega.
login-app-qr-locked-title = Mobiilseade on lukustatud
login-app-qr-locked = Teie mobiilseade lukustati, sest sisestati liiga palju valesid koode või PIN-koode. Kustutage seade ja lisage see uuesti jaotises „Minu konto“ või valige muu autentimisviis.

## Refusals of any sign-in step

login-expired-title = See sisselogimisleht on aegunud
login-expired = Sisselogimislehed kehtivad piiratud aja ja ainult ühe korra. Kui logisite sisse mõnda rakendusse, minge sinna tagasi ja logige uuesti sisse; muul juhul alustage avalehelt.
login-form-incomplete = Vorm ei olnud täielikult täidetud. Minge tagasi ja proovige uuesti.
login-request-invalid = Rakenduse saadetud päring ei ole kehtiv, seega ei saa seda täita. Minge tagasi rakendusse ja proovige uuesti.
login-already-completed = See sisselogimine on juba lõpule viidud.
login-redirect-invalid = Registreeritud ümbersuunamise URI ei ole kehtiv.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Vaja on tugevamat autentimisviisi
# $level is one of login-level-*.
login-step-up-needed = { $client } nõuab sisselogimist autentimistasemel „{ $level }“ (salasõna ja teine autentimisviis, näiteks mobiiltelefon või turvavõti). Teie kontol sellist autentimisviisi veel ei ole.
login-step-up-hint = Lisage jaotises „Minu konto“ mobiiltelefoni number, mobiilseade või turvavõti ja tulge siis tagasi.
login-step-up-account = Lisa autentimisviis jaotises „Minu konto“
login-return-to-app = Naase rakendusse

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Naasmine rakendusse
login-form-post-noscript = JavaScript on välja lülitatud: jätkamiseks vajutage nuppu.
login-continue = Jätka

## Signing out (logout.html)

login-logout-title = Väljalogimine
# $email is the address of the signed-in account.
login-logout-question-as = Kas soovite kasutajana { $email } teenusest { $brand } välja logida?
login-logout-question = Kas soovite teenusest { $brand } välja logida?
login-logout-apps = Teid logitakse välja ka rakendustest, mida selles seansis kasutasite.
login-logout-submit = Logi välja
login-signed-out-title = Olete välja logitud
login-signed-out = Olete teenusest { $brand } välja logitud.
login-sign-in-again = Logi uuesti sisse
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = id_token_hint ei ole selle teenuse väljastatud ID-tõend.
login-logout-client-mismatch = client_id ei vasta parameetrile id_token_hint.
login-logout-uri-unregistered = post_logout_redirect_uri ei ole selle rakenduse jaoks registreeritud.
login-logout-uri-invalid = post_logout_redirect_uri ei ole kehtiv.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Vähemalt { $min } märki (kuni { $max }); mõni omavahel mitteseotud sõna annab hea salasõna
login-policy-rule-any = Lubatud on tühikud ja kõik märgid; eri tüüpi märkide segamine ei ole nõutav
login-policy-rule-common = Ei tohi olla sageli kasutatav ega lekkinud salasõna ega kergesti äraarvatav (korduvad sõnad, klahvirivid ja jadad ei sobi)
login-policy-rule-personal = Ei tohi sisaldada teie nime ega e-posti aadressi
# $length and $min are numbers of characters.
login-policy-too-short = Salasõna on liiga lühike: { $length ->
    [one] { $length } märk
   *[other] { $length } märki
}, vaja on vähemalt { $min }.
# $max is a number of characters.
login-policy-too-long = Salasõna on liiga pikk: lubatud on kuni { $max } märki.
login-policy-personal = Salasõna ei tohi sisaldada teie nime ega e-posti aadressi.
login-policy-common = See salasõna on liiga levinud: see esineb lekkinud salasõnade loendites.
login-policy-guessable = Seda salasõna on liiga lihtne ära arvata. Proovige mõnda omavahel mitteseotud sõna, näiteks lühikest lauset, mida ainult teie kirjutaksite.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Seda salasõna on liiga lihtne ära arvata: { $reason } Proovige mõnda omavahel mitteseotud sõna, näiteks lühikest lauset, mida ainult teie kirjutaksite.
login-policy-why-keyboard-rows = sirgeid klahviridu on lihtne ära arvata.
login-policy-why-keyboard-patterns = lühikesi klaviatuurimustreid on lihtne ära arvata.
login-policy-why-repeats = kordusi nagu „aaa“ on lihtne ära arvata.
login-policy-why-repeated-words = kordusi nagu „abcabcabc“ on vaid veidi raskem ära arvata kui „abc“.
login-policy-why-top-10 = see on üks 10 levinuimast salasõnast.
login-policy-why-top-100 = see on üks 100 levinuimast salasõnast.
login-policy-why-common = see on väga levinud salasõna.
login-policy-why-similar = see sarnaneb sageli kasutatava salasõnaga.
login-policy-why-sequences = jadasid nagu abc või 6543 on lihtne ära arvata.
login-policy-why-years = hiljutisi aastaarve on lihtne ära arvata.
login-policy-why-word = üksikut sõna on lihtne ära arvata.
login-policy-why-dates = kuupäevi on sageli lihtne ära arvata.
login-policy-why-names = ees- ja perekonnanimesid eraldi võetuna on lihtne ära arvata.
login-policy-why-common-names = levinud ees- ja perekonnanimesid on lihtne ära arvata.
