# CPMS, the demo relying party: its texts in Slovenian, translated from the reference catalogue
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

site-name = Klinični sistem za upravljanje pacientov
skip-to-content = Preskoči na glavno vsebino
sign-out = Odjava
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Jezik
language-title = Izberite jezik
tab-home = Domov
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Strani mreže ERN
nav-preferences = Nastavitve
nav-panels = Paneli
footer-networks = ERN eUROGEN · Evropske referenčne mreže · Predstavitvena zanašajoča se stranka
footer-ecl = Izdelano s knjižnico Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licenca (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Znova se prijavite
link-home = Na domačo stran CPMS

## The landing page (templates/index.html)

index-title = Dobrodošli
index-heading = Dobrodošli v CPMS
index-lead = Klinični sistem za upravljanje pacientov evropskih referenčnih mrež.
index-requirement = Za prijavo potrebujete račun { $provider } z dvofaktorskim preverjanjem pristnosti (geslo in vaš mobilni telefon, ECAS Mobile App ali varnostni ključ).
index-sign-in = Prijava prek { $provider }

## Home (templates/home.html)

home-title = Domov
# $name is the signed-in person's name.
home-welcome = Dobrodošli, { $name }
home-role = Poklicna vloga
home-area = Tematsko področje
home-access = Vaš dostop
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Center
home-col-country = Država
home-col-profile = Profil
# In a cell of that table when the grant does not say.
home-not-stated = ni navedeno
home-ern-hint = Vaše nastavitve in paneli so na zavihku ERN.
home-ern-link = Odpri zavihek ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Vaša poklicna vloga
ern-area = Vaše tematsko področje
ern-change = Spremenite ju lahko v svojih nastavitvah.
ern-preferences-link = Spremenite nastavitve
ern-panels-link = Odpri panele

## Preferences (templates/preferences.html)

preferences-title = Nastavitve
preferences-first-heading = Dobrodošli v CPMS: vaše nastavitve
preferences-first-intro = To je vaša prva prijava. Navedite svojo poklicno vlogo (prikazana je ob vašem imenu v panelih) in tematsko področje mreže eUROGEN, za katero ste zahtevali dostop.
preferences-role-label = Poklicna vloga
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Prikazana ob vašem imenu v panelih, na primer „Pediatrični urolog“ (največ { $max ->
    [one] { $max } znak
    [two] { $max } znaka
    [few] { $max } znaki
   *[other] { $max } znakov
}).
preferences-area-legend = Tematsko področje
preferences-submit = Posodobi nastavitve
preferences-expired = Obrazec je potekel. Znova ga pošljite.
preferences-role-missing = Vpišite svojo poklicno vlogo.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Poklicna vloga je lahko dolga največ { $max ->
    [one] { $max } znak
    [two] { $max } znaka
    [few] { $max } znake
   *[other] { $max } znakov
}.
preferences-role-control = Poklicna vloga ne sme vsebovati kontrolnih znakov.
preferences-area-unknown = Izberite eno od navedenih tematskih področij.

## Panels (templates/panels.html)

panels-title = Paneli
panels-no-members = Še ni članov.

## Without access: how to request it (templates/access_request.html)

access-title = Zahteva za dostop
access-heading = Do CPMS še nimate dostopa
access-no-access = Vaš račun { $provider } nima odobrenega dostopa do CPMS. Zahtevajte ga v sistemu za avtorizacijo, kot sledi.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Odpri sistem za avtorizacijo
# "Request access": the provider's button (access-request-button).
access-step-start = V sistemu za avtorizacijo (tam dvofaktorsko preverjanje pristnosti ni potrebno) kliknite „Zahtevaj dostop“.
access-step-1 = Korak 1: izberite aplikacijo „CPMS“, nato nadaljujte s korakom 2.
# “Open”: the provider's button (access-open).
access-step-2 = Korak 2: kliknite „Odpri“ ob svoji mreži ERN (na primer eUROGEN), nato „Odpri“ ob državi svojega centra in izberite svoj center. Ne označite samo okroglega gumba ob mreži ERN: s tem izberete mrežo brez svojega centra in zahteva bo zavrnjena.
access-step-3 = Korak 3: izberite profil dostopa „HP“ (zdravstveni delavec).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Korak 4: preverite povzetek (aplikacija CPMS, vaš center, profil HP), po potrebi dodajte pripombo in kliknite „Oddaj zahtevo za dostop“.
access-after-approval = Ko bo služba za pomoč uporabnikom CPMS odobrila vašo zahtevo, boste prejeli e-poštno sporočilo; nato se znova prijavite.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Potrebno je dvofaktorsko preverjanje pristnosti
acr-required = CPMS zahteva dvofaktorsko preverjanje pristnosti (srednja raven).
acr-password-only = Prijavili ste se samo z geslom.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Prijavili ste se samo z geslom (raven { $level }).
acr-how = Znova se prijavite z geslom in drugim faktorjem: s kodo iz sporočila SMS na mobilni telefon, z aplikacijo ECAS Mobile App (koda PIN ali koda QR) ali z varnostnim ključem. Če ga še nimate, ga najprej nastavite v storitvi { $provider }.

## Signing out (templates/logout.html)

logout-title = Odjava
logout-question = Se želite odjaviti iz CPMS in iz storitve { $provider }?
logout-submit = Odjava
logout-stay = Ostanite prijavljeni
signout-refused-title = Odjava je zavrnjena
signout-refused = Obrazec je potekel. Poskusite znova.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Prijava je potekla
signin-expired-elsewhere = Ta prijava je potekla ali pa se je začela v drugem brskalniku. Znova se prijavite.
signin-expired-used = Ta prijava je potekla ali pa je že zaključena. Znova se prijavite.
signin-refused-title = Prijava je zavrnjena
signin-refused-state = Odgovor storitve { $provider } ne pripada tej prijavi. Znova se prijavite.
signin-refused-issuer = Odgovor je prišel od nepričakovanega ponudnika identitete. Znova se prijavite.
signin-refused-no-code = Odgovor storitve { $provider } ne vsebuje avtorizacijske kode. Znova se prijavite.
signin-cancelled-title = Prijava je preklicana
signin-cancelled = Prijavo ste preklicali, zato niste prijavljeni v CPMS. Znova se prijavite, ko boste pripravljeni.
signin-incomplete-title = Prijava ni dokončana
signin-second-factor = CPMS zahteva dvofaktorsko preverjanje pristnosti (srednja raven). V storitvi { $provider } nastavite drugi faktor (mobilni telefon, ECAS Mobile App ali varnostni ključ), nato se znova prijavite.
signin-incomplete = Storitev { $provider } ni mogla dokončati prijave. Znova se prijavite.
signin-unverified-title = Prijave ni bilo mogoče preveriti
signin-unverified = CPMS ni mogel preveriti odgovora storitve { $provider }. Znova se prijavite.

## Error pages (http/errors.rs)

error-not-found-title = Strani ni mogoče najti
error-not-found = Na tem naslovu ni strani. Če ste ga vpisali ročno, ga preverite; sicer začnite znova na domači strani CPMS.
error-method-title = Ta naslov ne sprejema te vrste zahteve
error-method = Stran obstaja, vendar ne za to, kar je poslal vaš brskalnik. Pojdite na domačo stran CPMS in nadaljujte od tam.
error-server-title = Prišlo je do napake
error-server = Poskusite znova pozneje.
