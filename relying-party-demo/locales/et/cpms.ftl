# CPMS, the demo relying party: its texts in English, the reference catalogue. Every other
# language has exactly these ids, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) should be written as the
# provider's pages show them in your language: the provider's catalogue has them
# (idp/locales/<code>/access.ftl).

## The page frame (templates/base.html)

site-name = Kliiniline patsiendihaldussüsteem
skip-to-content = Liigu põhisisu juurde
sign-out = Logi välja
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Keel
language-title = Valige keel
tab-home = Avaleht
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = ERN-i lehed
nav-preferences = Eelistused
nav-panels = Paneelid
footer-networks = ERN eUROGEN · Euroopa tugivõrgustikud · Näidisrakendus (usaldav osapool)
footer-ecl = Loodud Europa Component Library abil.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Litsents (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Logi uuesti sisse
link-home = Mine CPMS-i avalehele

## The landing page (templates/index.html)

index-title = Tere tulemast
index-heading = Tere tulemast CPMS-i
index-lead = Euroopa tugivõrgustike kliiniline patsiendihaldussüsteem.
index-requirement = Sisselogimiseks on vaja teenust { $provider } ja kaheastmelist autentimist (salasõna ning mobiiltelefon, ECAS Mobile App või turvavõti).
index-sign-in = Logi sisse teenusega { $provider }

## Home (templates/home.html)

home-title = Avaleht
# $name is the signed-in person's name.
home-welcome = Tere tulemast, { $name }
home-role = Ametiroll
home-area = Temaatiline valdkond
home-access = Teie juurdepääs
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Keskus
home-col-country = Riik
home-col-profile = Profiil
# In a cell of that table when the grant does not say.
home-not-stated = märkimata
home-ern-hint = Teie eelistused ja paneelid on vahekaardil ERN.
home-ern-link = Ava vahekaart ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Teie ametiroll
ern-area = Teie temaatiline valdkond
ern-change = Saate neid muuta oma eelistustes.
ern-preferences-link = Muuda eelistusi
ern-panels-link = Ava paneelid

## Preferences (templates/preferences.html)

preferences-title = Eelistused
preferences-first-heading = Tere tulemast CPMS-i: teie eelistused
preferences-first-intro = Logite sisse esimest korda. Märkige oma ametiroll (seda näidatakse paneelides teie nime kõrval) ja eUROGEN-i temaatiline valdkond, millele juurdepääsu taotlesite.
preferences-role-label = Ametiroll
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Näidatakse paneelides teie nime kõrval, näiteks „Lasteuroloog“ (kuni { $max ->
    [one] { $max } märk
   *[other] { $max } märki
}).
preferences-area-legend = Temaatiline valdkond
preferences-submit = Uuenda eelistusi
preferences-expired = Vorm on aegunud. Esitage see uuesti.
preferences-role-missing = Sisestage oma ametiroll.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Ametiroll võib olla kuni { $max ->
    [one] { $max } märk
   *[other] { $max } märki
} pikk.
preferences-role-control = Ametiroll ei tohi sisaldada juhtmärke.
preferences-area-unknown = Valige üks loetletud temaatilistest valdkondadest.

## Panels (templates/panels.html)

panels-title = Paneelid
panels-no-members = Liikmeid veel ei ole.

## Without access: how to request it (templates/access_request.html)

access-title = Taotle juurdepääsu
access-heading = Teil ei ole veel juurdepääsu CPMS-ile
access-no-access = Teie kontol teenuses { $provider } ei ole heakskiidetud juurdepääsu CPMS-ile. Taotlege seda juurdepääsuõiguste süsteemis järgmiselt.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Ava juurdepääsuõiguste süsteem
# "Request access": the provider's button (access-request-button).
access-step-start = Klõpsake juurdepääsuõiguste süsteemis (seal ei ole kaheastmeline autentimine nõutav) nuppu „Taotle juurdepääsu“.
access-step-1 = Samm 1: valige rakendus „CPMS“ ja minge edasi sammu 2 juurde.
# “Open”: the provider's button (access-open).
access-step-2 = Samm 2: klõpsake oma ERN-i (näiteks eUROGEN) kõrval nuppu „Ava“, seejärel oma keskuse riigi kõrval nuppu „Ava“ ja valige oma keskus. Ärge märkige ainult ERN-i kõrval olevat raadionuppu: nii valite võrgustiku ilma oma keskuseta ja taotlus lükatakse tagasi.
access-step-3 = Samm 3: valige juurdepääsuprofiil „HP“ (tervishoiutöötaja).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Samm 4: kontrollige kokkuvõtet (rakendus CPMS, teie keskus, profiil HP), lisage vajaduse korral kommentaar ja klõpsake nuppu „Esita juurdepääsutaotlus“.
access-after-approval = Kui CPMS-i kasutajatugi on teie taotluse heaks kiitnud, saate e-kirja; seejärel logige uuesti sisse.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Nõutav on kaheastmeline autentimine
acr-required = CPMS nõuab kaheastmelist autentimist (keskmine tase).
acr-password-only = Logisite sisse ainult salasõnaga.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Logisite sisse ainult salasõnaga (tase { $level }).
acr-how = Logige uuesti sisse salasõna ja teise autentimisviisiga: SMS-kood teie mobiiltelefonile, ECAS Mobile App (PIN-kood või QR-kood) või turvavõti. Kui teil seda veel ei ole, seadistage see kõigepealt teenuses { $provider }.

## Signing out (templates/logout.html)

logout-title = Väljalogimine
logout-question = Kas logida välja CPMS-ist ja teenusest { $provider }?
logout-submit = Logi välja
logout-stay = Jää sisselogituks
signout-refused-title = Väljalogimine lükati tagasi
signout-refused = Vorm on aegunud. Proovige uuesti.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Sisselogimine on aegunud
signin-expired-elsewhere = See sisselogimine on aegunud või alustati seda teises brauseris. Logige uuesti sisse.
signin-expired-used = See sisselogimine on aegunud või juba lõpule viidud. Logige uuesti sisse.
signin-refused-title = Sisselogimine lükati tagasi
signin-refused-state = Teenuse { $provider } vastus ei kuulu selle sisselogimise juurde. Logige uuesti sisse.
signin-refused-issuer = Vastus tuli teiselt identiteedipakkujalt kui oodatud. Logige uuesti sisse.
signin-refused-no-code = Teenuse { $provider } vastuses puudub autoriseerimiskood. Logige uuesti sisse.
signin-cancelled-title = Sisselogimine tühistati
signin-cancelled = Tühistasite sisselogimise, seega ei ole te CPMS-i sisse logitud. Logige uuesti sisse, kui olete valmis.
signin-incomplete-title = Sisselogimine jäi pooleli
signin-second-factor = CPMS nõuab kaheastmelist autentimist (keskmine tase). Seadistage teenuses { $provider } teine autentimisviis (mobiiltelefon, ECAS Mobile App või turvavõti) ja logige seejärel uuesti sisse.
signin-incomplete = Teenus { $provider } ei saanud sisselogimist lõpule viia. Logige uuesti sisse.
signin-unverified-title = Sisselogimist ei õnnestunud kontrollida
signin-unverified = CPMS ei suutnud teenuse { $provider } vastust kontrollida. Logige uuesti sisse.

## Error pages (http/errors.rs)

error-not-found-title = Lehte ei leitud
error-not-found = Sellel aadressil lehte ei ole. Kui sisestasite aadressi ise, kontrollige seda; muul juhul alustage uuesti CPMS-i avalehelt.
error-method-title = See aadress ei võta sellist päringut vastu
error-method = Leht on olemas, kuid mitte selle jaoks, mida teie brauser saatis. Minge CPMS-i avalehele ja jätkake sealt.
error-server-title = Midagi läks valesti
error-server = Proovige hiljem uuesti.
