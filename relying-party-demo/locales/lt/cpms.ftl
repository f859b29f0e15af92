# CPMS, the demo relying party: its texts in Lithuanian. Every language has exactly the ids
# of the English reference catalogue, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) are written as the provider's
# pages show them in Lithuanian (idp/locales/lt/access.ftl).

## The page frame (templates/base.html)

site-name = Klinikinė pacientų valdymo sistema
skip-to-content = Pereiti prie pagrindinio turinio
sign-out = Atsijungti
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Kalba
language-title = Pasirinkite kalbą
tab-home = Pradžia
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = ERN puslapiai
nav-preferences = Nuostatos
nav-panels = Konsiliumai
footer-networks = ERN eUROGEN · Europos referencijos tinklai · Demonstracinė pasikliaujančioji šalis
footer-ecl = Sukurta naudojant „Europa Component Library“.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licencija (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Prisijungti dar kartą
link-home = Eiti į CPMS pagrindinį puslapį

## The landing page (templates/index.html)

index-title = Sveiki
index-heading = Sveiki atvykę į CPMS
index-lead = Europos referencijos tinklų klinikinė pacientų valdymo sistema.
index-requirement = Norint prisijungti, reikia { $provider } paskyros ir dviejų veiksnių autentifikavimo (slaptažodžio ir mobiliojo telefono, ECAS Mobile App arba saugos rakto).
index-sign-in = Prisijungti per { $provider }

## Home (templates/home.html)

home-title = Pradžia
# $name is the signed-in person's name.
home-welcome = Sveiki, { $name }
home-role = Profesinis vaidmuo
home-area = Teminė sritis
home-access = Jūsų prieiga
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Centras
home-col-country = Šalis
home-col-profile = Profilis
# In a cell of that table when the grant does not say.
home-not-stated = nenurodyta
home-ern-hint = Jūsų nuostatos ir konsiliumai yra skirtuke ERN.
home-ern-link = Atidaryti skirtuką ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Jūsų profesinis vaidmuo
ern-area = Jūsų teminė sritis
ern-change = Juos galite pakeisti savo nuostatose.
ern-preferences-link = Keisti nuostatas
ern-panels-link = Atidaryti konsiliumus

## Preferences (templates/preferences.html)

preferences-title = Nuostatos
preferences-first-heading = Sveiki atvykę į CPMS: jūsų nuostatos
preferences-first-intro = Jungiatės pirmą kartą. Nurodykite savo profesinį vaidmenį (jis rodomas šalia jūsų vardo konsiliumuose) ir eUROGEN teminę sritį, kurioje prašėte prieigos.
preferences-role-label = Profesinis vaidmuo
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Rodomas šalia jūsų vardo konsiliumuose, pavyzdžiui, „Vaikų urologas“ (iki { $max ->
    [one] { $max } simbolio
   *[other] { $max } simbolių
}).
preferences-area-legend = Teminė sritis
preferences-submit = Atnaujinti nuostatas
preferences-expired = Formos galiojimas baigėsi. Pateikite ją dar kartą.
preferences-role-missing = Įveskite savo profesinį vaidmenį.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Profesinio vaidmens ilgis – iki { $max ->
    [one] { $max } simbolio
   *[other] { $max } simbolių
}.
preferences-role-control = Profesiniame vaidmenyje negali būti valdymo simbolių.
preferences-area-unknown = Pasirinkite vieną iš pateiktų teminių sričių.

## Panels (templates/panels.html)

panels-title = Konsiliumai
panels-no-members = Narių dar nėra.

## Without access: how to request it (templates/access_request.html)

access-title = Prieigos prašymas
access-heading = Kol kas neturite prieigos prie CPMS
access-no-access = Jūsų { $provider } paskyrai nesuteikta patvirtinta prieiga prie CPMS. Paprašykite jos prieigos suteikimo sistemoje, kaip nurodyta toliau.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Atidaryti prieigos suteikimo sistemą
# "Request access": the provider's button (access-request-button).
access-step-start = Prieigos suteikimo sistemoje (dviejų veiksnių autentifikavimas ten nereikalingas) spustelėkite „Prašyti prieigos“.
access-step-1 = 1 žingsnis: pasirinkite programą „CPMS“, tada pereikite prie 2 žingsnio.
# “Open”: the provider's button (access-open).
access-step-2 = 2 žingsnis: spustelėkite „Atidaryti“ šalia savo ERN (pavyzdžiui, eUROGEN), tada „Atidaryti“ šalia savo centro šalies ir pasirinkite savo centrą. Nepakanka pažymėti apvalų mygtuką šalia ERN: taip pasirenkamas tinklas be jūsų centro, ir prašymas bus atmestas.
access-step-3 = 3 žingsnis: pasirinkite prieigos profilį „HP“ (sveikatos priežiūros specialistas).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = 4 žingsnis: patikrinkite suvestinę (programa CPMS, jūsų centras, profilis HP), jei reikia, įrašykite komentarą ir spustelėkite „Pateikti prieigos prašymą“.
access-after-approval = Kai CPMS pagalbos tarnyba patvirtins jūsų prašymą, gausite el. laišką; tada prisijunkite iš naujo.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Reikalingas dviejų veiksnių autentifikavimas
acr-required = CPMS reikalauja dviejų veiksnių autentifikavimo (vidutinis lygis).
acr-password-only = Prisijungėte tik slaptažodžiu.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Prisijungėte tik slaptažodžiu (lygis { $level }).
acr-how = Vėl prisijunkite slaptažodžiu ir antru veiksniu: SMS kodu į mobilųjį telefoną, ECAS Mobile App (PIN kodu arba QR kodu) arba saugos raktu. Jei dar neturite nė vieno iš jų, pirmiausia jį nustatykite sistemoje { $provider }.

## Signing out (templates/logout.html)

logout-title = Atsijungimas
logout-question = Atsijungti nuo CPMS ir { $provider }?
logout-submit = Atsijungti
logout-stay = Likti prisijungus
signout-refused-title = Atsijungti nepavyko
signout-refused = Formos galiojimas baigėsi. Bandykite dar kartą.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Prisijungimo galiojimas baigėsi
signin-expired-elsewhere = Šio prisijungimo galiojimas baigėsi arba jis pradėtas kitoje naršyklėje. Prisijunkite dar kartą.
signin-expired-used = Šio prisijungimo galiojimas baigėsi arba jis jau užbaigtas. Prisijunkite dar kartą.
signin-refused-title = Prisijungimas atmestas
signin-refused-state = { $provider } atsakymas nepriklauso šiam prisijungimui. Prisijunkite dar kartą.
signin-refused-issuer = Atsakymas gautas iš netikėto tapatybės teikėjo. Prisijunkite dar kartą.
signin-refused-no-code = { $provider } atsakyme nėra autorizacijos kodo. Prisijunkite dar kartą.
signin-cancelled-title = Prisijungimas atšauktas
signin-cancelled = Atšaukėte prisijungimą, todėl prie CPMS neprisijungta. Prisijungti galėsite bet kada vėliau.
signin-incomplete-title = Prisijungimas neužbaigtas
signin-second-factor = CPMS reikalauja dviejų veiksnių autentifikavimo (vidutinis lygis). Sistemoje { $provider } nustatykite antrą veiksnį (mobilųjį telefoną, ECAS Mobile App arba saugos raktą), tada prisijunkite dar kartą.
signin-incomplete = { $provider } nepavyko užbaigti prisijungimo. Prisijunkite dar kartą.
signin-unverified-title = Prisijungimo patikrinti nepavyko
signin-unverified = CPMS nepavyko patikrinti { $provider } atsakymo. Prisijunkite dar kartą.

## Error pages (http/errors.rs)

error-not-found-title = Puslapis nerastas
error-not-found = Šiuo adresu puslapio nėra. Jei adresą įvedėte ranka, patikrinkite jį; kitu atveju pradėkite iš naujo nuo CPMS pagrindinio puslapio.
error-method-title = Šiuo adresu tokia užklausa nepriimama
error-method = Puslapis yra, tačiau jūsų naršyklės užklausa jam netinka. Eikite į CPMS pagrindinį puslapį ir tęskite iš ten.
error-server-title = Įvyko klaida
error-server = Vėliau bandykite dar kartą.
