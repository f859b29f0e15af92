# The provider's texts in Slovenian (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Prijava
login-heading = Za nadaljevanje se prijavite
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Dobrodošli, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (niste vi?)
login-submit = Prijava
login-cancel = Prekliči in se vrni v aplikacijo
login-choose-another = Izberite drugo metodo preverjanja
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = osnovna
login-level-medium = srednja
login-level-high = visoka

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Geslo
login-method-sms = Mobilni telefon + SMS
login-method-app-pin = Koda PIN mobilne aplikacije
login-method-app-qr = Koda QR mobilne aplikacije
login-method-webauthn = Varnostni ključ ali zaupanja vredna platforma
login-method-totp = Aplikacija za preverjanje pristnosti (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Če želite izbrisati vse svoje naprave, se znova prijavite in tako potrdite, da ste to vi.
login-reauth-devices = Če želite dodati ali odstraniti mobilno napravo, se znova prijavite in tako potrdite, da ste to vi.
login-reauth-phones = Če želite dodati ali odstraniti številko mobilnega telefona, se znova prijavite in tako potrdite, da ste to vi.
login-reauth-security-keys = Če želite dodati ali odstraniti varnostni ključ, se znova prijavite in tako potrdite, da ste to vi.
login-reauth-authenticator-apps = Če želite dodati ali odstraniti aplikacijo za preverjanje pristnosti, se znova prijavite in tako potrdite, da ste to vi.
login-reauth-delete-account = Če želite izbrisati svoj račun, se znova prijavite in tako potrdite, da ste to vi.
login-reauth-sessions = Če želite končati sejo, se znova prijavite in tako potrdite, da ste to vi.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Za spremembe načina prijave je vedno potrebna nedavna prijava.

## The identifier page (login_identifier.html)

login-client-uses = { $client } za vašo identifikacijo uporablja { $brand }.
login-email-label = Uporabite svoj e-poštni naslov
login-email-required = Vnesite e-poštni naslov svojega računa { $brand }.
login-remember = Zapomni si me v tej napravi
login-next = Naprej
login-create-account = Ustvarite račun

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } zahteva prijavo z drugo metodo preverjanja (raven „{ $level }“).
login-password-label = Geslo
login-method-label = Izberite metodo preverjanja
login-method-hint = Številke mobilnih telefonov, mobilne naprave in varnostne ključe dodate v razdelku „Moj račun“ (meni z zobnikom), ko se prijavite z geslom.
login-lost-password = Ste pozabili geslo?
login-method-invalid = Izberite eno od metod preverjanja na seznamu.
login-invalid-credentials = Neveljaven e-poštni naslov ali geslo
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Preveč neuspešnih poskusov prijave s tem e-poštnim naslovom. Zaradi zaščite računa je prijava z geslom onemogočena do { $until } (še { $wait }). Če ste pozabili geslo, izberite novo prek povezave „Ste pozabili geslo?“.
# $wait is a length of time ("5 minutes").
login-throttled = Preveč neuspešnih poskusov prijave iz vašega omrežja. Poskusite znova čez { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Metoda preverjanja
login-password-accepted = Vaše geslo je bilo sprejeto.
# $method is one of login-method-*.
login-method-not-added = Te metode preverjanja ({ $method }) še niste dodali svojemu računu.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Metoda „{ $method }“ ne dosega ravni, ki jo zahteva ta aplikacija ({ $level }).
login-no-usable-method = Vaš račun še nima metode preverjanja, ki bi jo ta aplikacija sprejemala.
login-not-added-yet = Še ni dodano vašemu računu:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: prijavite se z geslom, nato to metodo dodajte v razdelku „Moj račun“ (meni z zobnikom).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } v razdelku „Moj račun“
# $method is one of login-method-*.
login-method-not-accepted = Ta aplikacija ne sprejema metode „{ $method }“.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Pošlji potrditveno kodo v sporočilu SMS na številko
login-sms-send = Pošlji kodo
login-sms-sent = Potrditvena koda je bila poslana v sporočilu SMS na vaš mobilni telefon. Prejem lahko traja do 8 minut.
# $wait is a length of time ("1 minute").
login-sms-next-code = Če koda ne prispe, lahko novo zahtevate čez { $wait }.
login-sms-resend = Pošlji novo kodo
login-sms-off = Ta storitev ne ponuja metode „Mobilni telefon + SMS“.
login-sms-limited-title = Pred zahtevo za novo kodo počakajte
# $wait is a length of time ("1 minute").
login-sms-limited = Sporočilo SMS je bilo poslano pred kratkim ali pa jih je bilo poslanih preveč. Novo kodo lahko zahtevate čez { $wait }.
login-sms-not-delivered = Sporočila SMS z vašo kodo ni bilo mogoče dostaviti na to številko. Pošljite novo kodo ali izberite drugo metodo preverjanja.
login-sms-choose-phone = Izberite eno od svojih registriranih številk mobilnega telefona.
login-sms-wrong = Potrditvena koda ni pravilna. { $remaining ->
    [one] Na voljo imate še { $remaining } poskus.
    [two] Na voljo imate še { $remaining } poskusa.
    [few] Na voljo imate še { $remaining } poskuse.
   *[other] Na voljo imate še { $remaining } poskusov.
}
login-sms-dead = Ta potrditvena koda ni več veljavna (potekla je, zamenjana je bila ali pa je bilo preveč napačnih poskusov). Pošljite novo kodo.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Aplikacija za preverjanje pristnosti
login-totp-intro = Odprite aplikacijo za preverjanje pristnosti v telefonu in vnesite 6-mestno kodo, ki jo prikazuje za { $brand }.
login-totp-code-label = Vnesite 6-mestno kodo
login-totp-wrong = Koda ni pravilna. Vnesite 6-mestno kodo, ki jo aplikacija za preverjanje pristnosti prikazuje zdaj. { $remaining ->
    [one] Na voljo imate še { $remaining } poskus.
    [two] Na voljo imate še { $remaining } poskusa.
    [few] Na voljo imate še { $remaining } poskuse.
   *[other] Na voljo imate še { $remaining } poskusov.
}
login-totp-reused = Ta koda je bila že uporabljena. Počakajte, da aplikacija za preverjanje pristnosti prikaže novo kodo, in jo vnesite. { $remaining ->
    [one] Na voljo imate še { $remaining } poskus.
    [two] Na voljo imate še { $remaining } poskusa.
    [few] Na voljo imate še { $remaining } poskuse.
   *[other] Na voljo imate še { $remaining } poskusov.
}
login-totp-stopped = Vnesenih je bilo preveč napačnih kod. Zaradi vaše varnosti je bila ta prijava prekinjena: začnite znova v aplikaciji.
login-totp-paused-title = Preveč napačnih kod
# $wait is a length of time ("50 minutes").
login-totp-paused = Za vaš račun je bilo vnesenih preveč napačnih kod iz aplikacije za preverjanje pristnosti. Znova jo lahko uporabite čez { $wait }; medtem izberite drugo metodo preverjanja.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Ko vas brskalnik pozove, vstavite varnostni ključ in se ga dotaknite ali pa odklenite računalnik oziroma telefon.
login-webauthn-start = Uporabi varnostni ključ
login-webauthn-off = Varnostnih ključev s to storitvijo ni mogoče uporabljati.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Na vaše mobilne naprave je bila poslana zahteva za prijavo v { $client }. Odprite mobilno aplikacijo { $brand }, izberite to številko in vnesite svojo kodo PIN:
login-app-pin-waiting = Čakanje na vašo odobritev v mobilni napravi ...
# A button shown only when the browser runs no script.
login-app-pin-continue = Odobreno: nadaljuj
login-app-pin-resend = Pošlji novo zahtevo
login-app-pin-approved = Odobreno v vaši mobilni napravi. Prijavljanje ...
login-app-pin-denied = Zahteva je bila zavrnjena v vaši mobilni napravi.
login-app-pin-wrong-number = Številka, izbrana v vaši mobilni napravi, ni bila ta, ki je prikazana tukaj. Zahteva je bila preklicana.
login-app-pin-expired = Zahteva je potekla. Pošljite novo zahtevo na svojo mobilno napravo.
login-app-pin-limited-title = Preveč zahtev
# $wait is a length of time ("1 minute").
login-app-pin-limited = Na vaše mobilne naprave je bilo poslanih preveč zahtev za prijavo. Poskusite znova čez { $wait } ali izberite drugo metodo preverjanja.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = To kodo QR optično preberite z mobilno aplikacijo { $brand } in v aplikacijo vnesite svojo kodo PIN. Deluje tudi, ko telefon ni povezan v omrežje.
# The text alternative of the QR code image.
login-app-qr-alt = Koda QR za optično branje z mobilno aplikacijo { $brand }
login-app-qr-paste = Ne morete optično prebrati? Prilepite to besedilo v aplikacijo:
login-app-qr-code-label = Koda, ki jo je ustvarila vaša aplikacija
login-app-qr-wrong = Koda ni pravilna. { $remaining ->
    [one] Na voljo imate še { $remaining } poskus.
    [two] Na voljo imate še { $remaining } poskusa.
    [few] Na voljo imate še { $remaining } poskuse.
   *[other] Na voljo imate še { $remaining } poskusov.
}
login-app-qr-dead = Ta koda QR ni več veljavna (potekla je ali pa je bilo vnesenih preveč napačnih kod). Prikazana je nova koda QR: preberite jo z aplikacijo.
login-app-qr-locked-title = Mobilna naprava je zaklenjena
login-app-qr-locked = Vaša mobilna naprava je bila zaklenjena po preveč napačnih kodah ali kodah PIN. Izbrišite jo in jo znova dodajte v razdelku „Moj račun“ ali izberite drugo metodo preverjanja.

## Refusals of any sign-in step

login-expired-title = Ta stran za prijavo je potekla
login-expired = Strani za prijavo veljajo omejen čas in samo enkrat. Če ste se prijavljali v aplikacijo, se vrnite vanjo in se znova prijavite; sicer začnite na domači strani.
login-form-incomplete = Obrazec ni bil v celoti izpolnjen. Vrnite se in poskusite znova.
login-request-invalid = Zahteva, ki jo je poslala aplikacija, ni veljavna, zato je ni mogoče izvesti. Vrnite se v aplikacijo in poskusite znova.
login-already-completed = Ta prijava je že zaključena.
login-redirect-invalid = Registrirani URI za preusmeritev ni veljaven.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Potrebna je močnejša metoda preverjanja
# $level is one of login-level-*.
login-step-up-needed = { $client } zahteva prijavo na ravni „{ $level }“ (geslo in druga metoda preverjanja, na primer mobilni telefon ali varnostni ključ). Vaš račun še nima takšne metode.
login-step-up-hint = V razdelku „Moj račun“ dodajte številko mobilnega telefona, mobilno napravo ali varnostni ključ, nato se vrnite.
login-step-up-account = Dodajte metodo preverjanja v razdelku „Moj račun“
login-return-to-app = Nazaj v aplikacijo

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Vračanje v aplikacijo
login-form-post-noscript = JavaScript je izklopljen: za nadaljevanje pritisnite gumb.
login-continue = Nadaljuj

## Signing out (logout.html)

login-logout-title = Odjava
# $email is the address of the signed-in account.
login-logout-question-as = Ali se želite odjaviti iz storitve { $brand } kot { $email }?
login-logout-question = Ali se želite odjaviti iz storitve { $brand }?
login-logout-apps = Odjavljeni boste iz aplikacij, ki ste jih uporabljali v tej seji.
login-logout-submit = Odjava
login-signed-out-title = Odjavljeni ste
login-signed-out = Odjavljeni ste iz storitve { $brand }.
login-sign-in-again = Znova se prijavite
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = id_token_hint ni žeton ID, ki bi ga izdal ta ponudnik.
login-logout-client-mismatch = client_id se ne ujema z id_token_hint.
login-logout-uri-unregistered = post_logout_redirect_uri ni registriran za to aplikacijo.
login-logout-uri-invalid = post_logout_redirect_uri ni veljaven.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Vsaj { $min ->
    [one] { $min } znak
    [two] { $min } znaka
    [few] { $min } znaki
   *[other] { $min } znakov
} (največ { $max }); nekaj nepovezanih besed je dobro geslo
login-policy-rule-any = Dovoljeni so presledki in vsi znaki; mešanje različnih vrst znakov ni obvezno
login-policy-rule-common = Ne sme biti pogosto uporabljeno ali razkrito geslo in ne sme ga biti lahko uganiti (brez ponovljenih besed, vrstic tipk ali zaporedij)
login-policy-rule-personal = Ne sme vsebovati vašega imena ali e-poštnega naslova
# $length and $min are numbers of characters.
login-policy-too-short = Geslo je prekratko: { $length ->
    [one] { $length } znak
    [two] { $length } znaka
    [few] { $length } znaki
   *[other] { $length } znakov
}, potrebnih je vsaj { $min }.
# $max is a number of characters.
login-policy-too-long = Geslo je predolgo: { $max ->
    [one] dovoljen je največ { $max } znak.
    [two] dovoljena sta največ { $max } znaka.
    [few] dovoljeni so največ { $max } znaki.
   *[other] dovoljenih je največ { $max } znakov.
}
login-policy-personal = Geslo ne sme vsebovati vašega imena ali e-poštnega naslova.
login-policy-common = To geslo je preveč pogosto: pojavlja se na seznamih razkritih gesel.
login-policy-guessable = To geslo je preveč lahko uganiti. Poskusite z nekaj nepovezanimi besedami, na primer s kratkim stavkom, ki bi ga napisali samo vi.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = To geslo je preveč lahko uganiti: { $reason } Poskusite z nekaj nepovezanimi besedami, na primer s kratkim stavkom, ki bi ga napisali samo vi.
login-policy-why-keyboard-rows = zaporedne tipke v vrstici je lahko uganiti.
login-policy-why-keyboard-patterns = kratke vzorce na tipkovnici je lahko uganiti.
login-policy-why-repeats = ponovitve, kot je „aaa“, je lahko uganiti.
login-policy-why-repeated-words = ponovitve, kot je „abcabcabc“, je le malo teže uganiti kot „abc“.
login-policy-why-top-10 = to je eno od 10 najpogostejših gesel.
login-policy-why-top-100 = to je eno od 100 najpogostejših gesel.
login-policy-why-common = to je zelo pogosto geslo.
login-policy-why-similar = podobno je pogosto uporabljenemu geslu.
login-policy-why-sequences = zaporedja, kot sta abc ali 6543, je lahko uganiti.
login-policy-why-years = nedavne letnice je lahko uganiti.
login-policy-why-word = posamezno besedo je lahko uganiti.
login-policy-why-dates = datume je pogosto lahko uganiti.
login-policy-why-names = sama imena in priimke je lahko uganiti.
login-policy-why-common-names = pogosta imena in priimke je lahko uganiti.
