# CPMS, de demotoepassing die op de aanbieder steunt: de teksten in het Nederlands. De Engelse
# catalogus is de referentie: elke taal heeft precies dezelfde id's, met dezelfde
# placeholders (gecontroleerd door `i18n::tests`).
#
# "CPMS" (het Clinical Patient Management System) en "eUROGEN" zijn namen: ongewijzigd laten.
# { $provider } is de naam van de identiteitsaanbieder zoals die zichzelf noemt (bijvoorbeeld
# "EU Login"); die kan in elk bericht worden gebruikt. "ECAS Mobile App" is de naam van de
# mobiele app van de aanbieder.
# Labels van de pagina's van de aanbieder (hieronder tussen aanhalingstekens) worden
# geschreven zoals de pagina's van de aanbieder ze in het Nederlands tonen
# (idp/locales/nl/access.ftl).

## Het paginakader (templates/base.html)

site-name = Klinisch patiëntenbeheersysteem
skip-to-content = Naar de hoofdinhoud
sign-out = Afmelden
# De taalkeuze in de kop: "Taal: Nederlands (nl)", voorgelezen door schermlezers.
language-label = Taal
language-title = Kies uw taal
tab-home = Start
# De afkorting van "Europees referentienetwerk": de naam van een tabblad en een kop.
tab-ern = ERN
# De toegankelijke naam van de navigatie binnen het tabblad ERN (de pagina's: Voorkeuren, Panels).
nav-ern = ERN-pagina's
nav-preferences = Voorkeuren
nav-panels = Panels
footer-networks = ERN eUROGEN · Europese referentienetwerken · Demotoepassing
footer-ecl = Gebouwd met de Europa Component Library.
# Een link naar de licentie van de Europa Component Library.
footer-ecl-licence = Licentie (EUPL-1.2)

## Knoppen en links op meerdere pagina's

sign-in-again = Opnieuw aanmelden
link-home = Naar de startpagina van CPMS

## De welkomstpagina (templates/index.html)

index-title = Welkom
index-heading = Welkom bij CPMS
index-lead = Het klinisch patiëntenbeheersysteem van de Europese referentienetwerken.
index-requirement = Om u aan te melden hebt u { $provider } met tweefactorauthenticatie nodig (wachtwoord plus uw mobiele telefoon, de ECAS Mobile App of een beveiligingssleutel).
index-sign-in = Aanmelden met { $provider }

## Start (templates/home.html)

home-title = Start
# $name is de naam van de aangemelde persoon.
home-welcome = Welkom, { $name }
home-role = Beroepsrol
home-area = Thematisch gebied
home-access = Uw toegang
# De kolommen van de tabel met de toegangsrechten van de persoon.
home-col-ern = ERN
home-col-centre = Centrum
home-col-country = Land
home-col-profile = Profiel
# In een cel van die tabel als het toegangsrecht er niets over zegt.
home-not-stated = niet vermeld
home-ern-hint = Uw voorkeuren en panels vindt u op het tabblad ERN.
home-ern-link = Tabblad ERN openen

## Het tabblad ERN (templates/ern.html)

ern-title = ERN
# $ern is de naam van het netwerk, bijvoorbeeld "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Uw beroepsrol
ern-area = Uw thematisch gebied
ern-change = U kunt deze wijzigen in uw voorkeuren.
ern-preferences-link = Uw voorkeuren wijzigen
ern-panels-link = De panels openen

## Voorkeuren (templates/preferences.html)

preferences-title = Voorkeuren
preferences-first-heading = Welkom bij CPMS: uw voorkeuren
preferences-first-intro = Dit is uw eerste aanmelding. Vermeld uw beroepsrol (die wordt in panels naast uw naam getoond) en het thematische gebied van eUROGEN waarvoor u toegang hebt aangevraagd.
preferences-role-label = Beroepsrol
# $max is het maximale aantal tekens (100).
preferences-role-hint = Wordt in panels naast uw naam getoond, bijvoorbeeld “Kinderuroloog” (maximaal { $max ->
    [one] { $max } teken
   *[other] { $max } tekens
}).
preferences-area-legend = Thematisch gebied
preferences-submit = Voorkeuren bijwerken
preferences-expired = Het formulier is verlopen. Verzend het opnieuw.
preferences-role-missing = Vul uw beroepsrol in.
# $max is het maximale aantal tekens (100).
preferences-role-too-long = De beroepsrol mag maximaal { $max ->
    [one] { $max } teken
   *[other] { $max } tekens
} lang zijn.
preferences-role-control = De beroepsrol mag geen besturingstekens bevatten.
preferences-area-unknown = Kies een van de vermelde thematische gebieden.

## Panels (templates/panels.html)

panels-title = Panels
panels-no-members = Nog geen leden.

## Zonder toegang: hoe u die aanvraagt (templates/access_request.html)

access-title = Toegang aanvragen
access-heading = U hebt nog geen toegang tot CPMS
access-no-access = Uw { $provider }-account heeft geen goedgekeurde toegang tot CPMS. Vraag die als volgt aan in het autorisatiesysteem.
# De link naar het autorisatiesysteem van de aanbieder (een aparte website van de aanbieder).
access-open-link = Het autorisatiesysteem openen
# "Toegang aanvragen": de knop van de aanbieder (access-request-button).
access-step-start = Klik in het autorisatiesysteem (daar is geen tweefactorauthenticatie nodig) op “Toegang aanvragen”.
access-step-1 = Stap 1: selecteer de toepassing “CPMS” en ga dan verder naar stap 2.
# "Openen": de knop van de aanbieder (access-open).
access-step-2 = Stap 2: klik op “Openen” naast uw ERN (bijvoorbeeld eUROGEN), dan op “Openen” naast het land van uw centrum, en selecteer uw centrum. Selecteer niet alleen het keuzerondje naast het ERN: daarmee kiest u het netwerk zonder uw centrum, en wordt de aanvraag afgewezen.
access-step-3 = Stap 3: selecteer het toegangsprofiel “HP” (zorgprofessional).
# "Toegangsaanvraag indienen": de knop van de aanbieder (access-submit).
access-step-4 = Stap 4: controleer het overzicht (toepassing CPMS, uw centrum, profiel HP), voeg zo nodig een opmerking toe en klik op “Toegangsaanvraag indienen”.
access-after-approval = Zodra de helpdesk van CPMS uw aanvraag heeft goedgekeurd, ontvangt u een e-mail; meld u dan opnieuw aan.

## Tweefactorauthenticatie vereist (templates/acr_refused.html)

acr-title = Tweefactorauthenticatie vereist
acr-required = CPMS vereist tweefactorauthenticatie (gemiddeld niveau).
acr-password-only = U hebt zich alleen met uw wachtwoord aangemeld.
# $level is het authenticatieniveau dat de aanbieder heeft gemeld, een webadres.
acr-password-only-level = U hebt zich alleen met uw wachtwoord aangemeld (niveau { $level }).
acr-how = Meld u opnieuw aan met uw wachtwoord en een tweede factor: een sms-code naar uw mobiele telefoon, de ECAS Mobile App (pincode of QR-code) of een beveiligingssleutel. Hebt u er nog geen, stel er dan eerst een in bij { $provider }.

## Afmelden (templates/logout.html)

logout-title = Afmelden
logout-question = Afmelden bij CPMS en bij { $provider }?
logout-submit = Afmelden
logout-stay = Aangemeld blijven
signout-refused-title = Afmelden geweigerd
signout-refused = Het formulier is verlopen. Probeer het opnieuw.

## Het einde van een aanmelding (http/auth.rs, getoond in templates/message.html)

signin-expired-title = Aanmelding verlopen
signin-expired-elsewhere = Deze aanmelding is verlopen of is in een andere browser gestart. Meld u opnieuw aan.
signin-expired-used = Deze aanmelding is verlopen of is al voltooid. Meld u opnieuw aan.
signin-refused-title = Aanmelding geweigerd
signin-refused-state = Het antwoord van { $provider } hoort niet bij deze aanmelding. Meld u opnieuw aan.
signin-refused-issuer = Het antwoord kwam van een onverwachte identiteitsaanbieder. Meld u opnieuw aan.
signin-refused-no-code = Het antwoord van { $provider } bevat geen autorisatiecode. Meld u opnieuw aan.
signin-cancelled-title = Aanmelding geannuleerd
signin-cancelled = U hebt de aanmelding geannuleerd, dus u bent niet aangemeld bij CPMS. Meld u opnieuw aan wanneer u zover bent.
signin-incomplete-title = Aanmelding niet voltooid
signin-second-factor = CPMS vereist tweefactorauthenticatie (gemiddeld niveau). Stel in { $provider } een tweede factor in (mobiele telefoon, ECAS Mobile App of een beveiligingssleutel) en meld u dan opnieuw aan.
signin-incomplete = { $provider } kon de aanmelding niet voltooien. Meld u opnieuw aan.
signin-unverified-title = Aanmelding kon niet worden geverifieerd
signin-unverified = CPMS kon het antwoord van { $provider } niet verifiëren. Meld u opnieuw aan.

## Foutpagina's (http/errors.rs)

error-not-found-title = Pagina niet gevonden
error-not-found = Op dit adres staat geen pagina. Als u het adres hebt getypt, controleer het dan; begin anders opnieuw op de startpagina van CPMS.
error-method-title = Dit adres aanvaardt dit soort verzoek niet
error-method = De pagina bestaat, maar niet voor wat uw browser heeft verzonden. Ga naar de startpagina van CPMS en ga van daaruit verder.
error-server-title = Er is iets misgegaan
error-server = Probeer het later opnieuw.
