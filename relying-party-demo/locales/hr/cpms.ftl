# CPMS, the demo relying party: its texts in Croatian, translated from the reference catalogue
# (../en/cpms.ftl): the same ids, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) should be written as the
# provider's pages show them in your language: the provider's catalogue has them
# (idp/locales/<code>/access.ftl).

## The page frame (templates/base.html)

site-name = Klinički sustav za upravljanje pacijentima
skip-to-content = Prijeđi na glavni sadržaj
sign-out = Odjava
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Jezik
language-title = Odaberite jezik
tab-home = Početna
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Stranice mreže ERN
nav-preferences = Postavke
nav-panels = Paneli
footer-networks = ERN eUROGEN · Europske referentne mreže · Demonstracijska pouzdajuća strana
footer-ecl = Izrađeno s pomoću biblioteke Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licencija (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Ponovno se prijavite
link-home = Idite na početnu stranicu CPMS-a

## The landing page (templates/index.html)

index-title = Dobro došli
index-heading = Dobro došli u CPMS
index-lead = Klinički sustav za upravljanje pacijentima europskih referentnih mreža.
index-requirement = Za prijavu je potreban { $provider } s autentifikacijom u dva koraka (lozinka i vaš mobilni telefon, ECAS Mobile App ili sigurnosni ključ).
index-sign-in = Prijava putem usluge { $provider }

## Home (templates/home.html)

home-title = Početna
# $name is the signed-in person's name.
home-welcome = Dobro došli, { $name }
home-role = Profesionalna uloga
home-area = Tematsko područje
home-access = Vaš pristup
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Centar
home-col-country = Država
home-col-profile = Profil
# In a cell of that table when the grant does not say.
home-not-stated = nije navedeno
home-ern-hint = Vaše postavke i paneli nalaze se na kartici ERN.
home-ern-link = Otvori karticu ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Vaša profesionalna uloga
ern-area = Vaše tematsko područje
ern-change = Možete ih promijeniti u svojim postavkama.
ern-preferences-link = Promijenite postavke
ern-panels-link = Otvori panele

## Preferences (templates/preferences.html)

preferences-title = Postavke
preferences-first-heading = Dobro došli u CPMS: vaše postavke
preferences-first-intro = Ovo je vaša prva prijava. Navedite svoju profesionalnu ulogu (prikazuje se uz vaše ime u panelima) i tematsko područje mreže eUROGEN za koje ste zatražili pristup.
preferences-role-label = Profesionalna uloga
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Prikazuje se uz vaše ime u panelima, npr. „Dječji urolog” (najviše { $max ->
    [one] { $max } znak
    [few] { $max } znaka
   *[other] { $max } znakova
}).
preferences-area-legend = Tematsko područje
preferences-submit = Ažuriraj postavke
preferences-expired = Obrazac je istekao. Ponovno ga pošaljite.
preferences-role-missing = Upišite svoju profesionalnu ulogu.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Profesionalna uloga smije imati najviše { $max ->
    [one] { $max } znak
    [few] { $max } znaka
   *[other] { $max } znakova
}.
preferences-role-control = Profesionalna uloga ne smije sadržavati kontrolne znakove.
preferences-area-unknown = Odaberite jedno od navedenih tematskih područja.

## Panels (templates/panels.html)

panels-title = Paneli
panels-no-members = Još nema članova.

## Without access: how to request it (templates/access_request.html)

access-title = Zatraži pristup
access-heading = Još nemate pristup CPMS-u
access-no-access = Vaš račun za { $provider } nema odobren pristup CPMS-u. Zatražite ga u sustavu za autorizaciju na sljedeći način.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Otvori sustav za autorizaciju
# "Request access": the provider's button (access-request-button).
access-step-start = U sustavu za autorizaciju (ondje autentifikacija u dva koraka nije potrebna) kliknite „Zatraži pristup”.
access-step-1 = Korak 1: odaberite aplikaciju „CPMS”, a zatim prijeđite na korak 2.
# “Open”: the provider's button (access-open).
access-step-2 = Korak 2: kliknite „Otvori” pokraj svoje mreže ERN (npr. eUROGEN), zatim „Otvori” pokraj države svojeg centra i odaberite svoj centar. Nemojte označiti samo okrugli gumb pokraj mreže ERN: time se odabire mreža bez vašeg centra i zahtjev će biti odbijen.
access-step-3 = Korak 3: odaberite profil pristupa „HP” (zdravstveni djelatnik).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Korak 4: provjerite sažetak (aplikacija CPMS, vaš centar, profil HP), prema potrebi dodajte komentar i kliknite „Podnesi zahtjev za pristup”.
access-after-approval = Kada služba za podršku CPMS-a odobri vaš zahtjev, primit ćete e-poruku; zatim se ponovno prijavite.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Potrebna je autentifikacija u dva koraka
acr-required = CPMS zahtijeva autentifikaciju u dva koraka (srednja razina).
acr-password-only = Prijavili ste se samo lozinkom.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Prijavili ste se samo lozinkom (razina { $level }).
acr-how = Ponovno se prijavite lozinkom i drugim faktorom: kodom poslanim SMS porukom na vaš mobilni telefon, aplikacijom ECAS Mobile App (PIN ili QR kôd) ili sigurnosnim ključem. Ako ga još nemate, najprije ga postavite u usluzi { $provider }.

## Signing out (templates/logout.html)

logout-title = Odjava
logout-question = Odjaviti se iz CPMS-a i usluge { $provider }?
logout-submit = Odjava
logout-stay = Ostanite prijavljeni
signout-refused-title = Odjava je odbijena
signout-refused = Obrazac je istekao. Pokušajte ponovno.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Prijava je istekla
signin-expired-elsewhere = Ova je prijava istekla ili je započeta u drugom pregledniku. Ponovno se prijavite.
signin-expired-used = Ova je prijava istekla ili je već dovršena. Ponovno se prijavite.
signin-refused-title = Prijava je odbijena
signin-refused-state = Odgovor usluge { $provider } ne pripada ovoj prijavi. Ponovno se prijavite.
signin-refused-issuer = Odgovor je stigao od neočekivanog pružatelja identiteta. Ponovno se prijavite.
signin-refused-no-code = Odgovor usluge { $provider } ne sadržava autorizacijski kôd. Ponovno se prijavite.
signin-cancelled-title = Prijava je otkazana
signin-cancelled = Otkazali ste prijavu pa niste prijavljeni u CPMS. Ponovno se prijavite kada budete spremni.
signin-incomplete-title = Prijava nije dovršena
signin-second-factor = CPMS zahtijeva autentifikaciju u dva koraka (srednja razina). Postavite drugi faktor (mobilni telefon, ECAS Mobile App ili sigurnosni ključ) u usluzi { $provider }, a zatim se ponovno prijavite.
signin-incomplete = Usluga { $provider } nije mogla dovršiti prijavu. Ponovno se prijavite.
signin-unverified-title = Prijavu nije bilo moguće provjeriti
signin-unverified = CPMS nije mogao provjeriti odgovor usluge { $provider }. Ponovno se prijavite.

## Error pages (http/errors.rs)

error-not-found-title = Stranica nije pronađena
error-not-found = Na ovoj adresi nema stranice. Ako ste je upisali ručno, provjerite je; u suprotnom započnite ponovno s početne stranice CPMS-a.
error-method-title = Ova adresa ne prihvaća ovu vrstu zahtjeva
error-method = Stranica postoji, ali ne za ono što je poslao vaš preglednik. Idite na početnu stranicu CPMS-a i nastavite odande.
error-server-title = Došlo je do pogreške
error-server = Pokušajte ponovno poslije.
