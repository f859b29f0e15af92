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

site-name = Kliininen potilashallintajärjestelmä
skip-to-content = Siirry pääsisältöön
sign-out = Kirjaudu ulos
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Kieli
language-title = Valitse kieli
tab-home = Etusivu
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = ERN-sivut
nav-preferences = Asetukset
nav-panels = Paneelit
footer-networks = ERN eUROGEN · Eurooppalaiset osaamisverkostot · Esittelysovellus (luottava osapuoli)
footer-ecl = Toteutettu Europa Component Library -komponenttikirjastolla.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Lisenssi (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Kirjaudu uudelleen
link-home = Siirry CPMS:n etusivulle

## The landing page (templates/index.html)

index-title = Tervetuloa
index-heading = Tervetuloa CPMS:ään
index-lead = Eurooppalaisten osaamisverkostojen kliininen potilashallintajärjestelmä.
index-requirement = Kirjautuminen edellyttää { $provider } -palvelua ja kaksivaiheista tunnistautumista (salasana sekä matkapuhelin, ECAS Mobile App -sovellus tai suojausavain).
index-sign-in = Kirjaudu { $provider } -palvelulla

## Home (templates/home.html)

home-title = Etusivu
# $name is the signed-in person's name.
home-welcome = Tervetuloa, { $name }
home-role = Ammatillinen rooli
home-area = Aihealue
home-access = Käyttöoikeutesi
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Keskus
home-col-country = Maa
home-col-profile = Profiili
# In a cell of that table when the grant does not say.
home-not-stated = ei ilmoitettu
home-ern-hint = Asetuksesi ja paneelisi ovat ERN-välilehdellä.
home-ern-link = Avaa ERN-välilehti

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Ammatillinen roolisi
ern-area = Aihealueesi
ern-change = Voit muuttaa niitä asetuksissasi.
ern-preferences-link = Muuta asetuksiasi
ern-panels-link = Avaa paneelit

## Preferences (templates/preferences.html)

preferences-title = Asetukset
preferences-first-heading = Tervetuloa CPMS:ään: asetuksesi
preferences-first-intro = Kirjaudut nyt ensimmäistä kertaa. Kerro ammatillinen roolisi (se näytetään paneeleissa nimesi vieressä) ja eUROGEN-verkoston aihealue, jolle pyysit käyttöoikeutta.
preferences-role-label = Ammatillinen rooli
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Näytetään paneeleissa nimesi vieressä, esimerkiksi ”Lastenurologi” (enintään { $max ->
    [one] { $max } merkki
   *[other] { $max } merkkiä
}).
preferences-area-legend = Aihealue
preferences-submit = Päivitä asetukset
preferences-expired = Lomake on vanhentunut. Lähetä se uudelleen.
preferences-role-missing = Kirjoita ammatillinen roolisi.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Ammatillinen rooli saa olla enintään { $max ->
    [one] { $max } merkin
   *[other] { $max } merkin
} pituinen.
preferences-role-control = Ammatillinen rooli ei saa sisältää ohjausmerkkejä.
preferences-area-unknown = Valitse jokin luetelluista aihealueista.

## Panels (templates/panels.html)

panels-title = Paneelit
panels-no-members = Ei vielä jäseniä.

## Without access: how to request it (templates/access_request.html)

access-title = Pyydä käyttöoikeutta
access-heading = Sinulla ei ole vielä käyttöoikeutta CPMS:ään
access-no-access = { $provider } -tililläsi ei ole hyväksyttyä käyttöoikeutta CPMS:ään. Pyydä sitä käyttöoikeusjärjestelmässä seuraavasti.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Avaa käyttöoikeusjärjestelmä
# "Request access": the provider's button (access-request-button).
access-step-start = Napsauta käyttöoikeusjärjestelmässä (siellä ei vaadita kaksivaiheista tunnistautumista) ”Pyydä käyttöoikeutta”.
access-step-1 = Vaihe 1: valitse sovellus ”CPMS” ja siirry sitten vaiheeseen 2.
# “Open”: the provider's button (access-open).
access-step-2 = Vaihe 2: napsauta ERN-verkostosi (esimerkiksi eUROGEN) vieressä ”Avaa”, sitten keskuksesi maan vieressä ”Avaa”, ja valitse keskuksesi. Älä valitse pelkkää ERN-verkoston vieressä olevaa pyöreää valintanappia: silloin valitaan verkosto ilman keskustasi, ja pyyntö hylätään.
access-step-3 = Vaihe 3: valitse käyttöoikeusprofiili ”HP” (terveydenhuollon ammattilainen).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Vaihe 4: tarkista yhteenveto (sovellus CPMS, keskuksesi, profiili HP), lisää tarvittaessa kommentti ja napsauta ”Lähetä käyttöoikeuspyyntö”.
access-after-approval = Kun CPMS:n tukipalvelu on hyväksynyt pyyntösi, saat sähköpostiviestin. Kirjaudu sen jälkeen uudelleen.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Kaksivaiheinen tunnistautuminen vaaditaan
acr-required = CPMS edellyttää kaksivaiheista tunnistautumista (keskitaso).
acr-password-only = Kirjauduit pelkällä salasanalla.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Kirjauduit pelkällä salasanalla (taso { $level }).
acr-how = Kirjaudu uudelleen salasanallasi ja toisella todentamistavalla: matkapuhelimeesi lähetetyllä tekstiviestikoodilla, ECAS Mobile App -sovelluksella (PIN-koodi tai QR-koodi) tai suojausavaimella. Jos sinulla ei vielä ole sellaista, ota se ensin käyttöön { $provider } -palvelussa.

## Signing out (templates/logout.html)

logout-title = Kirjaudu ulos
logout-question = Haluatko kirjautua ulos CPMS:stä ja { $provider } -palvelusta?
logout-submit = Kirjaudu ulos
logout-stay = Pysy kirjautuneena
signout-refused-title = Uloskirjautuminen hylättiin
signout-refused = Lomake on vanhentunut. Yritä uudelleen.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Kirjautuminen vanhentui
signin-expired-elsewhere = Tämä kirjautuminen on vanhentunut, tai se aloitettiin toisessa selaimessa. Kirjaudu uudelleen.
signin-expired-used = Tämä kirjautuminen on vanhentunut, tai se on jo suoritettu. Kirjaudu uudelleen.
signin-refused-title = Kirjautuminen hylättiin
signin-refused-state = { $provider } -palvelun vastaus ei kuulu tähän kirjautumiseen. Kirjaudu uudelleen.
signin-refused-issuer = Vastaus tuli odottamattomalta tunnistuspalvelulta. Kirjaudu uudelleen.
signin-refused-no-code = { $provider } -palvelun vastauksessa ei ole valtuutuskoodia. Kirjaudu uudelleen.
signin-cancelled-title = Kirjautuminen peruttiin
signin-cancelled = Peruit kirjautumisen, joten et ole kirjautunut CPMS:ään. Kirjaudu uudelleen, kun olet valmis.
signin-incomplete-title = Kirjautuminen jäi kesken
signin-second-factor = CPMS edellyttää kaksivaiheista tunnistautumista (keskitaso). Ota { $provider } -palvelussa käyttöön toinen todentamistapa (matkapuhelin, ECAS Mobile App -sovellus tai suojausavain) ja kirjaudu sitten uudelleen.
signin-incomplete = { $provider } -palvelu ei voinut viedä kirjautumista loppuun. Kirjaudu uudelleen.
signin-unverified-title = Kirjautumista ei voitu vahvistaa
signin-unverified = CPMS ei voinut vahvistaa { $provider } -palvelun vastausta. Kirjaudu uudelleen.

## Error pages (http/errors.rs)

error-not-found-title = Sivua ei löydy
error-not-found = Tässä osoitteessa ei ole sivua. Jos kirjoitit osoitteen itse, tarkista se; muussa tapauksessa aloita alusta CPMS:n etusivulta.
error-method-title = Tämä osoite ei hyväksy tällaista pyyntöä
error-method = Sivu on olemassa, mutta ei sitä varten, mitä selaimesi lähetti. Siirry CPMS:n etusivulle ja jatka sieltä.
error-server-title = Jokin meni vikaan
error-server = Yritä myöhemmin uudelleen.
