# CPMS, the demo relying party: its texts in Latvian. Every language has exactly the ids of
# the English reference catalogue, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) are written as the provider's
# pages show them in Latvian (idp/locales/lv/access.ftl).

## The page frame (templates/base.html)

site-name = Klīniskā pacientu pārvaldības sistēma
skip-to-content = Pāriet uz galveno saturu
sign-out = Izrakstīties
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Valoda
language-title = Izvēlieties valodu
tab-home = Sākums
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = ERN lapas
nav-preferences = Iestatījumi
nav-panels = Konsīliji
footer-networks = ERN eUROGEN · Eiropas references tīkli · Demonstrācijas paļāvīgā puse
footer-ecl = Izveidots, izmantojot „Europa Component Library”.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licence (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Pieteikties vēlreiz
link-home = Uz CPMS sākumlapu

## The landing page (templates/index.html)

index-title = Laipni lūdzam
index-heading = Laipni lūdzam CPMS
index-lead = Eiropas references tīklu klīniskā pacientu pārvaldības sistēma.
index-requirement = Lai pieteiktos, ir nepieciešams { $provider } konts ar divfaktoru autentifikāciju (parole un jūsu mobilais tālrunis, ECAS Mobile App vai drošības atslēga).
index-sign-in = Pieteikties ar { $provider }

## Home (templates/home.html)

home-title = Sākums
# $name is the signed-in person's name.
home-welcome = Sveicināti, { $name }
home-role = Profesionālā loma
home-area = Tematiskā joma
home-access = Jūsu piekļuve
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Centrs
home-col-country = Valsts
home-col-profile = Profils
# In a cell of that table when the grant does not say.
home-not-stated = nav norādīts
home-ern-hint = Jūsu iestatījumi un konsīliji ir cilnē ERN.
home-ern-link = Atvērt cilni ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Jūsu profesionālā loma
ern-area = Jūsu tematiskā joma
ern-change = Tās varat mainīt savos iestatījumos.
ern-preferences-link = Mainīt iestatījumus
ern-panels-link = Atvērt konsīlijus

## Preferences (templates/preferences.html)

preferences-title = Iestatījumi
preferences-first-heading = Laipni lūdzam CPMS: jūsu iestatījumi
preferences-first-intro = Šī ir jūsu pirmā pieteikšanās. Lūdzu, norādiet savu profesionālo lomu (tā tiek rādīta blakus jūsu vārdam konsīlijos) un eUROGEN tematisko jomu, kurai pieprasījāt piekļuvi.
preferences-role-label = Profesionālā loma
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Tiek rādīta blakus jūsu vārdam konsīlijos, piemēram, „Bērnu urologs” (ne vairāk kā { $max ->
    [one] { $max } rakstzīme
   *[other] { $max } rakstzīmes
}).
preferences-area-legend = Tematiskā joma
preferences-submit = Atjaunināt iestatījumus
preferences-expired = Veidlapas derīguma termiņš ir beidzies. Lūdzu, iesniedziet to vēlreiz.
preferences-role-missing = Lūdzu, ierakstiet savu profesionālo lomu.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Profesionālajā lomā drīkst būt ne vairāk kā { $max ->
    [one] { $max } rakstzīme
   *[other] { $max } rakstzīmes
}.
preferences-role-control = Profesionālajā lomā nedrīkst būt vadības rakstzīmes.
preferences-area-unknown = Lūdzu, izvēlieties kādu no norādītajām tematiskajām jomām.

## Panels (templates/panels.html)

panels-title = Konsīliji
panels-no-members = Dalībnieku vēl nav.

## Without access: how to request it (templates/access_request.html)

access-title = Piekļuves pieprasījums
access-heading = Jums vēl nav piekļuves sistēmai CPMS
access-no-access = Jūsu { $provider } kontam nav apstiprinātas piekļuves sistēmai CPMS. Pieprasiet to autorizācijas sistēmā, kā aprakstīts tālāk.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Atvērt autorizācijas sistēmu
# "Request access": the provider's button (access-request-button).
access-step-start = Autorizācijas sistēmā (tur divfaktoru autentifikācija nav nepieciešama) noklikšķiniet uz „Pieprasīt piekļuvi”.
access-step-1 = 1. solis: izvēlieties lietojumprogrammu „CPMS”, pēc tam pārejiet uz 2. soli.
# “Open”: the provider's button (access-open).
access-step-2 = 2. solis: noklikšķiniet uz „Atvērt” blakus savam ERN (piemēram, eUROGEN), pēc tam uz „Atvērt” blakus sava centra valstij un izvēlieties savu centru. Neatzīmējiet tikai apaļo pogu blakus ERN: tā tiek izvēlēts tīkls bez jūsu centra, un pieprasījums tiks noraidīts.
access-step-3 = 3. solis: izvēlieties piekļuves profilu „HP” (veselības aprūpes speciālists).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = 4. solis: pārbaudiet kopsavilkumu (lietojumprogramma CPMS, jūsu centrs, profils HP), ja nepieciešams, pievienojiet komentāru un noklikšķiniet uz „Iesniegt piekļuves pieprasījumu”.
access-after-approval = Kad CPMS palīdzības dienests būs apstiprinājis jūsu pieprasījumu, jūs saņemsiet e-pastu; tad piesakieties vēlreiz.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Nepieciešama divfaktoru autentifikācija
acr-required = CPMS pieprasa divfaktoru autentifikāciju (vidējs līmenis).
acr-password-only = Jūs pieteicāties tikai ar paroli.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Jūs pieteicāties tikai ar paroli (līmenis { $level }).
acr-how = Piesakieties vēlreiz ar paroli un otru faktoru: SMS kodu uz jūsu mobilo tālruni, ECAS Mobile App (PIN kodu vai QR kodu) vai drošības atslēgu. Ja jums neviena no tiem vēl nav, vispirms iestatiet to sistēmā { $provider }.

## Signing out (templates/logout.html)

logout-title = Izrakstīšanās
logout-question = Izrakstīties no CPMS un { $provider }?
logout-submit = Izrakstīties
logout-stay = Neizrakstīties
signout-refused-title = Izrakstīšanās noraidīta
signout-refused = Veidlapas derīguma termiņš ir beidzies. Lūdzu, mēģiniet vēlreiz.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Pieteikšanās termiņš ir beidzies
signin-expired-elsewhere = Šīs pieteikšanās derīguma termiņš ir beidzies, vai arī tā tika sākta citā pārlūkprogrammā. Lūdzu, piesakieties vēlreiz.
signin-expired-used = Šīs pieteikšanās derīguma termiņš ir beidzies, vai arī tā jau ir pabeigta. Lūdzu, piesakieties vēlreiz.
signin-refused-title = Pieteikšanās noraidīta
signin-refused-state = { $provider } atbilde neattiecas uz šo pieteikšanos. Lūdzu, piesakieties vēlreiz.
signin-refused-issuer = Atbilde tika saņemta no negaidīta identitātes nodrošinātāja. Lūdzu, piesakieties vēlreiz.
signin-refused-no-code = { $provider } atbildē nav autorizācijas koda. Lūdzu, piesakieties vēlreiz.
signin-cancelled-title = Pieteikšanās atcelta
signin-cancelled = Jūs atcēlāt pieteikšanos, tāpēc pieteikšanās sistēmā CPMS nav notikusi. Varat pieteikties vēlreiz jebkurā laikā.
signin-incomplete-title = Pieteikšanās nav pabeigta
signin-second-factor = CPMS pieprasa divfaktoru autentifikāciju (vidējs līmenis). Iestatiet otru faktoru (mobilo tālruni, ECAS Mobile App vai drošības atslēgu) sistēmā { $provider } un pēc tam piesakieties vēlreiz.
signin-incomplete = { $provider } nevarēja pabeigt pieteikšanos. Lūdzu, piesakieties vēlreiz.
signin-unverified-title = Pieteikšanos nevarēja verificēt
signin-unverified = CPMS nevarēja verificēt { $provider } atbildi. Lūdzu, piesakieties vēlreiz.

## Error pages (http/errors.rs)

error-not-found-title = Lapa nav atrasta
error-not-found = Šajā adresē nav nevienas lapas. Ja adresi ievadījāt manuāli, pārbaudiet to; citādi sāciet no jauna CPMS sākumlapā.
error-method-title = Šī adrese nepieņem šāda veida pieprasījumus
error-method = Lapa pastāv, taču jūsu pārlūkprogrammas pieprasījums tai neder. Atveriet CPMS sākumlapu un turpiniet no turienes.
error-server-title = Radās kļūda
error-server = Lūdzu, mēģiniet vēlreiz vēlāk.
