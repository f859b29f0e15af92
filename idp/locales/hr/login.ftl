# The provider's texts in Croatian (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Prijava
login-heading = Prijavite se za nastavak
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Dobro došli, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (niste vi?)
login-submit = Prijava
login-cancel = Odustani i vrati se u aplikaciju
login-choose-another = Odaberite drugu metodu provjere
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = osnovna
login-level-medium = srednja
login-level-high = visoka

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Lozinka
login-method-sms = Mobilni telefon + SMS
login-method-app-pin = PIN mobilne aplikacije
login-method-app-qr = QR kôd mobilne aplikacije
login-method-webauthn = Sigurnosni ključ ili pouzdana platforma
login-method-totp = Aplikacija za autentifikaciju (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Da biste izbrisali sve svoje uređaje, potvrdite da ste to vi tako da se ponovno prijavite.
login-reauth-devices = Da biste dodali ili uklonili mobilni uređaj, potvrdite da ste to vi tako da se ponovno prijavite.
login-reauth-phones = Da biste dodali ili uklonili broj mobilnog telefona, potvrdite da ste to vi tako da se ponovno prijavite.
login-reauth-security-keys = Da biste dodali ili uklonili sigurnosni ključ, potvrdite da ste to vi tako da se ponovno prijavite.
login-reauth-authenticator-apps = Da biste dodali ili uklonili aplikaciju za autentifikaciju, potvrdite da ste to vi tako da se ponovno prijavite.
login-reauth-delete-account = Da biste izbrisali svoj račun, potvrdite da ste to vi tako da se ponovno prijavite.
login-reauth-sessions = Da biste završili sesiju, potvrdite da ste to vi tako da se ponovno prijavite.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Za promjene načina prijave uvijek je potrebna nedavna prijava.

## The identifier page (login_identifier.html)

login-client-uses = { $client } upotrebljava uslugu { $brand } za vašu identifikaciju.
login-email-label = Upotrijebite svoju adresu e-pošte
login-email-required = Unesite adresu e-pošte svojeg računa za { $brand }.
login-remember = Zapamti me na ovom uređaju
login-next = Dalje
login-create-account = Izradite račun

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } zahtijeva prijavu s drugom metodom provjere (razina „{ $level }”).
login-password-label = Lozinka
login-method-label = Odaberite metodu provjere
login-method-hint = Brojevi mobilnih telefona, mobilni uređaji i sigurnosni ključevi dodaju se u odjeljku „Moj račun” (izbornik sa zupčanikom) nakon prijave lozinkom.
login-lost-password = Zaboravili ste lozinku?
login-method-invalid = Odaberite jednu od metoda provjere s popisa.
login-invalid-credentials = Nevaljana adresa e-pošte ili lozinka
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Previše neuspjelih pokušaja prijave s ovom adresom e-pošte. Radi zaštite računa prijava lozinkom blokirana je do { $until } (za { $wait }). Ako ste zaboravili lozinku, odaberite novu putem poveznice „Zaboravili ste lozinku?”.
# $wait is a length of time ("5 minutes").
login-throttled = Previše neuspjelih pokušaja prijave iz vaše mreže. Pokušajte ponovno za { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Metoda provjere
login-password-accepted = Vaša je lozinka prihvaćena.
# $method is one of login-method-*.
login-method-not-added = Ovu metodu provjere ({ $method }) još niste dodali svojem računu.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Metoda „{ $method }” ne doseže razinu koju zahtijeva ova aplikacija ({ $level }).
login-no-usable-method = Vaš račun još nema metodu provjere koju ova aplikacija prihvaća.
login-not-added-yet = Još nije dodano vašem računu:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: prijavite se lozinkom, a zatim je dodajte u odjeljku „Moj račun” (izbornik sa zupčanikom).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } u odjeljku „Moj račun”
# $method is one of login-method-*.
login-method-not-accepted = Ova aplikacija ne prihvaća metodu „{ $method }”.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Pošalji kôd za provjeru SMS porukom na broj
login-sms-send = Pošalji kôd
login-sms-sent = Kôd za provjeru poslan je SMS porukom na vaš mobilni telefon. Može stići i tek za 8 minuta.
# $wait is a length of time ("1 minute").
login-sms-next-code = Ako kôd ne stigne, novi možete zatražiti za { $wait }.
login-sms-resend = Pošalji novi kôd
login-sms-off = Ova usluga ne nudi metodu „Mobilni telefon + SMS”.
login-sms-limited-title = Pričekajte prije nego što zatražite novi kôd
# $wait is a length of time ("1 minute").
login-sms-limited = SMS poruka poslana je maloprije ili ih je poslano previše. Novi kôd možete zatražiti za { $wait }.
login-sms-not-delivered = SMS poruku s vašim kôdom nije bilo moguće isporučiti na ovaj broj. Pošaljite novi kôd ili odaberite drugu metodu provjere.
login-sms-choose-phone = Odaberite jedan od svojih registriranih brojeva mobilnog telefona.
login-sms-wrong = Kôd za provjeru nije točan. { $remaining ->
    [one] Preostao vam je još { $remaining } pokušaj.
    [few] Preostala su vam još { $remaining } pokušaja.
   *[other] Preostalo vam je još { $remaining } pokušaja.
}
login-sms-dead = Ovaj kôd za provjeru više nije valjan (istekao je, zamijenjen je ili je bilo previše pogrešnih pokušaja). Pošaljite novi kôd.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Aplikacija za autentifikaciju
login-totp-intro = Otvorite aplikaciju za autentifikaciju na telefonu i unesite šesteroznamenkasti kôd koji prikazuje za uslugu { $brand }.
login-totp-code-label = Unesite šesteroznamenkasti kôd
login-totp-wrong = Kôd nije točan. Unesite šesteroznamenkasti kôd koji vaša aplikacija za autentifikaciju sada prikazuje. { $remaining ->
    [one] Preostao vam je još { $remaining } pokušaj.
    [few] Preostala su vam još { $remaining } pokušaja.
   *[other] Preostalo vam je još { $remaining } pokušaja.
}
login-totp-reused = Ovaj je kôd već upotrijebljen. Pričekajte da vaša aplikacija za autentifikaciju prikaže novi kôd, a zatim ga unesite. { $remaining ->
    [one] Preostao vam je još { $remaining } pokušaj.
    [few] Preostala su vam još { $remaining } pokušaja.
   *[other] Preostalo vam je još { $remaining } pokušaja.
}
login-totp-stopped = Uneseno je previše pogrešnih kodova. Radi vaše sigurnosti ova je prijava prekinuta: započnite ponovno iz aplikacije.
login-totp-paused-title = Previše pogrešnih kodova
# $wait is a length of time ("50 minutes").
login-totp-paused = Za vaš je račun uneseno previše pogrešnih kodova iz aplikacije za autentifikaciju. Ponovno je možete upotrijebiti za { $wait }; u međuvremenu odaberite drugu metodu provjere.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Kada to preglednik zatraži, umetnite i dodirnite svoj sigurnosni ključ ili otključajte računalo ili telefon.
login-webauthn-start = Upotrijebi sigurnosni ključ
login-webauthn-off = Sigurnosni ključevi ne mogu se upotrebljavati s ovom uslugom.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Zahtjev za prijavu u { $client } poslan je na vaše mobilne uređaje. Otvorite mobilnu aplikaciju { $brand }, odaberite ovaj broj i unesite svoj PIN:
login-app-pin-waiting = Čeka se vaše odobrenje na mobilnom uređaju...
# A button shown only when the browser runs no script.
login-app-pin-continue = Odobreno: nastavi
login-app-pin-resend = Pošalji novi zahtjev
login-app-pin-approved = Odobreno na vašem mobilnom uređaju. Prijava u tijeku...
login-app-pin-denied = Zahtjev je odbijen na vašem mobilnom uređaju.
login-app-pin-wrong-number = Broj odabran na vašem mobilnom uređaju nije onaj koji je ovdje prikazan. Zahtjev je otkazan.
login-app-pin-expired = Zahtjev je istekao. Pošaljite novi zahtjev na svoj mobilni uređaj.
login-app-pin-limited-title = Previše zahtjeva
# $wait is a length of time ("1 minute").
login-app-pin-limited = Na vaše je mobilne uređaje poslano previše zahtjeva za prijavu. Pokušajte ponovno za { $wait } ili odaberite drugu metodu provjere.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Skenirajte ovaj QR kôd mobilnom aplikacijom { $brand } i unesite svoj PIN u aplikaciju. To funkcionira i kad telefon nije povezan s mrežom.
# The text alternative of the QR code image.
login-app-qr-alt = QR kôd za skeniranje mobilnom aplikacijom { $brand }
login-app-qr-paste = Ne možete skenirati? Zalijepite ovaj tekst u aplikaciju:
login-app-qr-code-label = Kôd koji je generirala vaša aplikacija
login-app-qr-wrong = Kôd nije točan. { $remaining ->
    [one] Preostao vam je još { $remaining } pokušaj.
    [few] Preostala su vam još { $remaining } pokušaja.
   *[other] Preostalo vam je još { $remaining } pokušaja.
}
login-app-qr-dead = Ovaj QR kôd više nije valjan (istekao je ili je uneseno previše pogrešnih kodova). Prikazan je novi QR kôd: skenirajte ga aplikacijom.
login-app-qr-locked-title = Mobilni uređaj je zaključan
login-app-qr-locked = Vaš je mobilni uređaj zaključan nakon previše pogrešnih kodova ili PIN-ova. Izbrišite ga i ponovno dodajte u odjeljku „Moj račun” ili odaberite drugu metodu provjere.

## Refusals of any sign-in step

login-expired-title = Ova je stranica za prijavu istekla
login-expired = Stranice za prijavu vrijede ograničeno vrijeme i samo jednom. Ako ste se prijavljivali u aplikaciju, vratite se u nju i ponovno se prijavite; u suprotnom započnite s početne stranice.
login-form-incomplete = Obrazac nije u potpunosti ispunjen. Vratite se i pokušajte ponovno.
login-request-invalid = Zahtjev koji je poslala aplikacija nije valjan pa ga nije moguće izvršiti. Vratite se u aplikaciju i pokušajte ponovno.
login-already-completed = Ova je prijava već dovršena.
login-redirect-invalid = Registrirani URI za preusmjeravanje nije valjan.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Potrebna je jača metoda provjere
# $level is one of login-level-*.
login-step-up-needed = { $client } zahtijeva prijavu na razini „{ $level }” (lozinka i druga metoda provjere, npr. mobilni telefon ili sigurnosni ključ). Vaš račun još nema takvu metodu.
login-step-up-hint = Dodajte broj mobilnog telefona, mobilni uređaj ili sigurnosni ključ u odjeljku „Moj račun”, a zatim se vratite.
login-step-up-account = Idite na „Moj račun” i dodajte metodu provjere
login-return-to-app = Povratak u aplikaciju

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Povratak u aplikaciju
login-form-post-noscript = JavaScript je isključen: pritisnite gumb za nastavak.
login-continue = Nastavi

## Signing out (logout.html)

login-logout-title = Odjava
# $email is the address of the signed-in account.
login-logout-question-as = Želite li se odjaviti iz usluge { $brand } kao { $email }?
login-logout-question = Želite li se odjaviti iz usluge { $brand }?
login-logout-apps = Bit ćete odjavljeni iz aplikacija kojima ste se koristili u ovoj sesiji.
login-logout-submit = Odjava
login-signed-out-title = Odjavljeni ste
login-signed-out = Odjavljeni ste iz usluge { $brand }.
login-sign-in-again = Ponovno se prijavite
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = id_token_hint nije ID token koji je izdao ovaj pružatelj.
login-logout-client-mismatch = client_id ne odgovara parametru id_token_hint.
login-logout-uri-unregistered = post_logout_redirect_uri nije registriran za ovu aplikaciju.
login-logout-uri-invalid = post_logout_redirect_uri nije valjan.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Najmanje { $min ->
    [one] { $min } znak
    [few] { $min } znaka
   *[other] { $min } znakova
} (najviše { $max }); nekoliko nepovezanih riječi dobra je lozinka
login-policy-rule-any = Dopušteni su razmaci i svi znakovi; nije potrebna kombinacija različitih vrsta znakova
login-policy-rule-common = Ne smije biti često upotrebljavana ni kompromitirana lozinka niti lozinka koju je lako pogoditi (bez ponovljenih riječi, nizova tipki ili slijedova)
login-policy-rule-personal = Ne smije sadržavati vaše ime ni adresu e-pošte
# $length and $min are numbers of characters.
login-policy-too-short = Lozinka je prekratka: { $length ->
    [one] { $length } znak
    [few] { $length } znaka
   *[other] { $length } znakova
}, a potrebno je najmanje { $min }.
# $max is a number of characters.
login-policy-too-long = Lozinka je predugačka: { $max ->
    [one] dopušten je najviše { $max } znak.
    [few] dopuštena su najviše { $max } znaka.
   *[other] dopušteno je najviše { $max } znakova.
}
login-policy-personal = Lozinka ne smije sadržavati vaše ime ni adresu e-pošte.
login-policy-common = Ova je lozinka previše uobičajena: nalazi se na popisima kompromitiranih lozinki.
login-policy-guessable = Ovu je lozinku previše lako pogoditi. Pokušajte s nekoliko nepovezanih riječi, npr. kratkom rečenicom koju biste napisali samo vi.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Ovu je lozinku previše lako pogoditi: { $reason } Pokušajte s nekoliko nepovezanih riječi, npr. kratkom rečenicom koju biste napisali samo vi.
login-policy-why-keyboard-rows = nizove susjednih tipki lako je pogoditi.
login-policy-why-keyboard-patterns = kratke uzorke na tipkovnici lako je pogoditi.
login-policy-why-repeats = ponavljanja poput „aaa” lako je pogoditi.
login-policy-why-repeated-words = ponavljanja poput „abcabcabc” tek je malo teže pogoditi nego „abc”.
login-policy-why-top-10 = ovo je jedna od 10 najčešćih lozinki.
login-policy-why-top-100 = ovo je jedna od 100 najčešćih lozinki.
login-policy-why-common = ovo je vrlo česta lozinka.
login-policy-why-similar = slična je često upotrebljavanoj lozinki.
login-policy-why-sequences = slijedove poput abc ili 6543 lako je pogoditi.
login-policy-why-years = nedavne godine lako je pogoditi.
login-policy-why-word = jednu riječ samu po sebi lako je pogoditi.
login-policy-why-dates = datume je često lako pogoditi.
login-policy-why-names = imena i prezimena sama po sebi lako je pogoditi.
login-policy-why-common-names = česta imena i prezimena lako je pogoditi.
