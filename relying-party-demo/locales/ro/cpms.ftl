# CPMS, the demo relying party: its texts in Romanian, translated from the English reference catalogue. Every other
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

site-name = Sistemul de gestionare clinică a pacienților
skip-to-content = Salt la conținutul principal
sign-out = Deconectare
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Limba
language-title = Alegeți limba
tab-home = Acasă
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Paginile ERN
nav-preferences = Preferințe
nav-panels = Paneluri
footer-networks = ERN eUROGEN · Rețelele europene de referință · Parte care se bazează (demonstrație)
footer-ecl = Realizat cu Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licență (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Conectați-vă din nou
link-home = Accesați pagina principală CPMS

## The landing page (templates/index.html)

index-title = Bun venit
index-heading = Bun venit în CPMS
index-lead = Sistemul de gestionare clinică a pacienților din cadrul rețelelor europene de referință.
index-requirement = Conectarea necesită { $provider } cu autentificare cu doi factori (parola plus telefonul mobil, ECAS Mobile App sau o cheie de securitate).
index-sign-in = Conectați-vă cu { $provider }

## Home (templates/home.html)

home-title = Acasă
# $name is the signed-in person's name.
home-welcome = Bun venit, { $name }
home-role = Rol profesional
home-area = Domeniu tematic
home-access = Drepturile dumneavoastră de acces
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Centru
home-col-country = Țară
home-col-profile = Profil
# In a cell of that table when the grant does not say.
home-not-stated = nespecificat
home-ern-hint = Preferințele și panelurile dumneavoastră se află în fila ERN.
home-ern-link = Deschideți fila ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Rolul dumneavoastră profesional
ern-area = Domeniul dumneavoastră tematic
ern-change = Le puteți modifica în preferințe.
ern-preferences-link = Modificați preferințele
ern-panels-link = Deschideți panelurile

## Preferences (templates/preferences.html)

preferences-title = Preferințe
preferences-first-heading = Bun venit în CPMS: preferințele dumneavoastră
preferences-first-intro = Aceasta este prima dumneavoastră conectare. Vă rugăm să ne indicați rolul profesional (afișat lângă numele dumneavoastră în paneluri) și domeniul tematic al eUROGEN pentru care ați solicitat acces.
preferences-role-label = Rol profesional
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Afișat lângă numele dumneavoastră în paneluri, de exemplu „Urolog pediatru” (cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}).
preferences-area-legend = Domeniu tematic
preferences-submit = Actualizați preferințele
preferences-expired = Formularul a expirat. Trimiteți-l din nou.
preferences-role-missing = Introduceți rolul profesional.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Rolul profesional poate avea cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
preferences-role-control = Rolul profesional nu poate conține caractere de control.
preferences-area-unknown = Alegeți unul dintre domeniile tematice din listă.

## Panels (templates/panels.html)

panels-title = Paneluri
panels-no-members = Niciun membru deocamdată.

## Without access: how to request it (templates/access_request.html)

access-title = Solicitați acces
access-heading = Nu aveți încă acces la CPMS
access-no-access = Contul dumneavoastră { $provider } nu are niciun acces aprobat la CPMS. Solicitați-l în sistemul de autorizare, după cum urmează.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Deschideți sistemul de autorizare
# "Request access": the provider's button (access-request-button).
access-step-start = În sistemul de autorizare (unde nu este necesară autentificarea cu doi factori), dați clic pe „Solicitați acces”.
access-step-1 = Pasul 1: selectați aplicația „CPMS”, apoi treceți la pasul 2.
# “Open”: the provider's button (access-open).
access-step-2 = Pasul 2: dați clic pe „Deschideți” lângă rețeaua ERN (de exemplu eUROGEN), apoi pe „Deschideți” lângă țara centrului dumneavoastră și selectați centrul. Nu bifați doar butonul rotund de lângă rețeaua ERN: astfel selectați rețeaua fără centrul dumneavoastră, iar cererea va fi refuzată.
access-step-3 = Pasul 3: selectați profilul de acces „HP” (profesionist din domeniul sănătății).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Pasul 4: verificați rezumatul (aplicația CPMS, centrul dumneavoastră, profilul HP), adăugați un comentariu dacă este necesar și dați clic pe „Trimiteți cererea de acces”.
access-after-approval = După ce serviciul de asistență CPMS vă aprobă cererea, veți primi un e-mail; apoi conectați-vă din nou.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Este necesară autentificarea cu doi factori
acr-required = CPMS necesită autentificare cu doi factori (nivel mediu).
acr-password-only = V-ați conectat doar cu parola.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = V-ați conectat doar cu parola (nivel { $level }).
acr-how = Conectați-vă din nou cu parola și un al doilea factor: un cod primit prin SMS pe telefonul mobil, ECAS Mobile App (cod PIN sau cod QR) sau o cheie de securitate. Dacă nu aveți încă niciunul, configurați mai întâi unul în { $provider }.

## Signing out (templates/logout.html)

logout-title = Deconectare
logout-question = Vă deconectați de la CPMS și de la { $provider }?
logout-submit = Deconectare
logout-stay = Păstrați sesiunea deschisă
signout-refused-title = Deconectare refuzată
signout-refused = Formularul a expirat. Încercați din nou.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Conectare expirată
signin-expired-elsewhere = Această conectare a expirat sau a fost începută în alt browser. Conectați-vă din nou.
signin-expired-used = Această conectare a expirat sau a fost deja finalizată. Conectați-vă din nou.
signin-refused-title = Conectare refuzată
signin-refused-state = Răspunsul primit de la { $provider } nu corespunde acestei conectări. Conectați-vă din nou.
signin-refused-issuer = Răspunsul a venit de la un furnizor de identitate neașteptat. Conectați-vă din nou.
signin-refused-no-code = Răspunsul primit de la { $provider } nu conține niciun cod de autorizare. Conectați-vă din nou.
signin-cancelled-title = Conectare anulată
signin-cancelled = Ați anulat conectarea, așa că nu v-ați conectat la CPMS. Conectați-vă din nou când doriți.
signin-incomplete-title = Conectare nefinalizată
signin-second-factor = CPMS necesită autentificare cu doi factori (nivel mediu). Configurați un al doilea factor (telefon mobil, ECAS Mobile App sau cheie de securitate) în { $provider }, apoi conectați-vă din nou.
signin-incomplete = { $provider } nu a putut finaliza conectarea. Conectați-vă din nou.
signin-unverified-title = Conectarea nu a putut fi verificată
signin-unverified = CPMS nu a putut verifica răspunsul primit de la { $provider }. Conectați-vă din nou.

## Error pages (http/errors.rs)

error-not-found-title = Pagina nu a fost găsită
error-not-found = Nu există nicio pagină la această adresă. Dacă ați tastat-o, verificați-o; în caz contrar, porniți din nou de la pagina principală CPMS.
error-method-title = Această adresă nu acceptă acest tip de cerere
error-method = Pagina există, dar nu pentru ceea ce a trimis browserul dumneavoastră. Accesați pagina principală CPMS și continuați de acolo.
error-server-title = A apărut o eroare
error-server = Încercați din nou mai târziu.
