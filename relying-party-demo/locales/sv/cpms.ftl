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

site-name = Kliniskt patienthanteringssystem
skip-to-content = Gå till huvudinnehållet
sign-out = Logga ut
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Språk
language-title = Välj språk
tab-home = Start
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = ERN-sidor
nav-preferences = Inställningar
nav-panels = Paneler
footer-networks = ERN eUROGEN · Europeiska referensnätverk · Demoapplikation (förlitande part)
footer-ecl = Byggd med Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licens (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Logga in igen
link-home = Gå till startsidan för CPMS

## The landing page (templates/index.html)

index-title = Välkommen
index-heading = Välkommen till CPMS
index-lead = De europeiska referensnätverkens kliniska patienthanteringssystem.
index-requirement = För att logga in krävs { $provider } med tvåfaktorsautentisering (lösenord plus din mobiltelefon, ECAS Mobile App eller en säkerhetsnyckel).
index-sign-in = Logga in med { $provider }

## Home (templates/home.html)

home-title = Start
# $name is the signed-in person's name.
home-welcome = Välkommen, { $name }
home-role = Yrkesroll
home-area = Tematiskt område
home-access = Din åtkomst
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Centrum
home-col-country = Land
home-col-profile = Profil
# In a cell of that table when the grant does not say.
home-not-stated = ej angivet
home-ern-hint = Dina inställningar och paneler finns under fliken ERN.
home-ern-link = Öppna fliken ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Din yrkesroll
ern-area = Ditt tematiska område
ern-change = Du kan ändra dem i dina inställningar.
ern-preferences-link = Ändra dina inställningar
ern-panels-link = Öppna panelerna

## Preferences (templates/preferences.html)

preferences-title = Inställningar
preferences-first-heading = Välkommen till CPMS: dina inställningar
preferences-first-intro = Det här är första gången du loggar in. Ange din yrkesroll (den visas bredvid ditt namn i paneler) och det tematiska område inom eUROGEN som du har begärt åtkomst till.
preferences-role-label = Yrkesroll
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Visas bredvid ditt namn i paneler, till exempel ”Barnurolog” (högst { $max ->
    [one] { $max } tecken
   *[other] { $max } tecken
}).
preferences-area-legend = Tematiskt område
preferences-submit = Uppdatera inställningarna
preferences-expired = Formuläret har gått ut. Skicka det igen.
preferences-role-missing = Skriv in din yrkesroll.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Yrkesrollen får vara högst { $max ->
    [one] { $max } tecken
   *[other] { $max } tecken
} lång.
preferences-role-control = Yrkesrollen får inte innehålla styrtecken.
preferences-area-unknown = Välj ett av de tematiska områdena i listan.

## Panels (templates/panels.html)

panels-title = Paneler
panels-no-members = Inga medlemmar ännu.

## Without access: how to request it (templates/access_request.html)

access-title = Begär åtkomst
access-heading = Du har ännu inte åtkomst till CPMS
access-no-access = Ditt konto i { $provider } har ingen godkänd åtkomst till CPMS. Begär åtkomst i behörighetssystemet på följande sätt.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Öppna behörighetssystemet
# "Request access": the provider's button (access-request-button).
access-step-start = Klicka på ”Begär åtkomst” i behörighetssystemet (där krävs ingen tvåfaktorsautentisering).
access-step-1 = Steg 1: välj applikationen ”CPMS” och gå sedan vidare till steg 2.
# “Open”: the provider's button (access-open).
access-step-2 = Steg 2: klicka på ”Öppna” bredvid ditt ERN (till exempel eUROGEN), sedan på ”Öppna” bredvid det land där ditt centrum ligger, och välj ditt centrum. Markera inte bara alternativknappen bredvid ditt ERN: då väljs nätverket utan ditt centrum, och begäran avslås.
access-step-3 = Steg 3: välj åtkomstprofilen ”HP” (hälso- och sjukvårdspersonal).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Steg 4: kontrollera sammanfattningen (applikationen CPMS, ditt centrum, profilen HP), lägg till en kommentar om det behövs och klicka på ”Skicka begäran om åtkomst”.
access-after-approval = När supporten för CPMS har godkänt din begäran får du ett e-postmeddelande. Logga sedan in igen.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Tvåfaktorsautentisering krävs
acr-required = CPMS kräver tvåfaktorsautentisering (nivå medel).
acr-password-only = Du loggade bara in med ditt lösenord.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Du loggade bara in med ditt lösenord (nivå { $level }).
acr-how = Logga in igen med ditt lösenord och ytterligare en faktor: en sms-kod till din mobiltelefon, ECAS Mobile App (pinkod eller QR-kod) eller en säkerhetsnyckel. Om du inte har någon ännu lägger du först till en i { $provider }.

## Signing out (templates/logout.html)

logout-title = Logga ut
logout-question = Logga ut från CPMS och från { $provider }?
logout-submit = Logga ut
logout-stay = Förbli inloggad
signout-refused-title = Utloggningen avvisades
signout-refused = Formuläret har gått ut. Försök igen.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Inloggningen har gått ut
signin-expired-elsewhere = Inloggningen har gått ut eller påbörjades i en annan webbläsare. Logga in igen.
signin-expired-used = Inloggningen har gått ut eller har redan slutförts. Logga in igen.
signin-refused-title = Inloggningen avvisades
signin-refused-state = Svaret från { $provider } hör inte till den här inloggningen. Logga in igen.
signin-refused-issuer = Svaret kom från en oväntad identitetsleverantör. Logga in igen.
signin-refused-no-code = Svaret från { $provider } innehåller ingen auktoriseringskod. Logga in igen.
signin-cancelled-title = Inloggningen avbröts
signin-cancelled = Du avbröt inloggningen, så du är inte inloggad i CPMS. Logga in igen när du är redo.
signin-incomplete-title = Inloggningen slutfördes inte
signin-second-factor = CPMS kräver tvåfaktorsautentisering (nivå medel). Lägg till ytterligare en faktor (mobiltelefon, ECAS Mobile App eller en säkerhetsnyckel) i { $provider } och logga sedan in igen.
signin-incomplete = { $provider } kunde inte slutföra inloggningen. Logga in igen.
signin-unverified-title = Inloggningen kunde inte verifieras
signin-unverified = CPMS kunde inte verifiera svaret från { $provider }. Logga in igen.

## Error pages (http/errors.rs)

error-not-found-title = Sidan hittades inte
error-not-found = Det finns ingen sida på den här adressen. Om du skrev in adressen själv, kontrollera den. Annars börjar du om från startsidan för CPMS.
error-method-title = Den här adressen tar inte emot den här typen av begäran
error-method = Sidan finns, men inte för det som din webbläsare skickade. Gå till startsidan för CPMS och fortsätt därifrån.
error-server-title = Något gick fel
error-server = Försök igen senare.
