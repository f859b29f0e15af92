# De teksten van de aanbieder in het Nederlands (access); zie main.ftl.
#
# Het autorisatiesysteem: gebruikers vragen toegang aan tot een toepassing (bijvoorbeeld CPMS)
# met een toegangsprofiel (bijvoorbeeld HP) voor hun centrum, een ziekenhuis in een Europees
# referentienetwerk (ERN); de helpdesk van de toepassing keurt de aanvraag goed of wijst haar
# af. Namen van toepassingen, profielen, ERN's, landen en centra komen uit de database en
# staan nooit in dit bestand.

## Woorden op meerdere toegangspagina's (tabelkoppen, veldlabels)

# De naam van de hele dienst voor toegangsaanvragen (paginatitel, kop, terugkeerlink).
access-title = Autorisatiesysteem
access-application = Toepassing
access-organisation = Organisatie
# Een toegangsprofiel is de rol die de gebruiker in de toepassing aanvraagt (bijvoorbeeld "HP").
access-profile = Toegangsprofiel
access-comments = Opmerkingen
access-reason = Reden
# Tabelkop: wanneer de aanvraag is verzonden.
access-submitted = Ingediend
access-status = Status

## Statussen van een toegangsaanvraag

access-status-pending = In behandeling
access-status-approved = Goedgekeurd
access-status-denied = Afgewezen
access-status-revoked = Ingetrokken
access-status-unknown = Onbekend

## Mijn toegangsaanvragen (templates/access_home.html)

access-request-button = Toegang aanvragen
access-helpdesk-queue = Wachtrij van de helpdesk
access-my-requests = Mijn toegangsaanvragen
# De woorden tussen aanhalingstekens zijn de naam van de knop access-request-button.
access-none-yet = U hebt nog geen toegangsaanvragen. Klik op “{ access-request-button }” om toegang tot een toepassing aan te vragen.
access-request-submitted = Uw aanvraag is ingediend. De helpdesk van de toepassing beoordeelt ze; u ontvangt een e-mail met de beslissing.

## Nieuwe aanvraag, in vier stappen (templates/access_request.html)

# Titel van het browsertabblad; $step is het nummer van de stap, 1 tot 4.
access-request-title = Toegang aanvragen – stap { $step }
access-request-heading = Nieuwe aanvraag voor toegang tot een toepassing
# Een stap in de lijst van stappen en als kop van een stap: $n is het nummer (1 tot 4),
# $label de naam van de stap (access-step-application ... access-step-recap).
access-step-numbered = Stap { $n }: { $label }
access-step-application = Toepassing selecteren
access-step-organisation = Organisatie selecteren
access-step-profile = Toegangsprofiel selecteren
access-step-recap = Overzicht en indiening
# Knop die naar stap $n gaat (1 tot 4).
access-step-button = Stap { $n }
# Knop bij een ERN of een land in de boomstructuur van organisaties: toont wat erin zit.
access-open = Openen
# Hulptekst boven de boomstructuur van organisaties (ERN, dan land, dan centrum). Het woord
# tussen aanhalingstekens is de naam van de knop access-open.
access-organisation-hint = Klik op “{ access-open }” naast uw ERN, dan op “{ access-open }” naast het land van uw centrum, en selecteer het keuzerondje naast uw centrum. Alleen een ERN of een land selecteren is niet genoeg: een aanvraag zonder centrum zou worden afgewezen.
# Bijschrift van de tabel die de aanvraag samenvat voordat ze wordt verzonden.
access-summary = Overzicht
# Rijkop in het overzicht van stap 4.
access-summary-profile = Toegangsprofiel
access-submit = Toegangsaanvraag indienen

## Helpdesk (templates/access_helpdesk.html)

# Titel van het browsertabblad en kop van de pagina van de helpdesk.
access-helpdesk-title = Helpdesk
access-helpdesk-heading = Helpdesk: toegangsaanvragen
# $applications: de korte namen van de toepassingen waarvoor deze helpdeskmedewerker
# verantwoordelijk is, gescheiden door komma's ("cpms, other").
access-helpdesk-applications = Toepassingen: { $applications }
access-pending-heading = Aanvragen in behandeling
access-requester = Aanvrager
access-decision = Beslissing
access-deny-reason-label = Reden (verplicht bij afwijzing)
access-approve = Goedkeuren
access-deny = Afwijzen
access-no-pending = Geen aanvragen in behandeling.
access-granted-heading = Verleende toegang
access-user = Gebruiker
# Tabelkop: wanneer de toegang is goedgekeurd.
access-approved-on = Goedgekeurd
# Verborgen kop van de kolom met de knoppen "Intrekken", voor schermlezers.
access-action = Actie
access-revoke = Intrekken
access-none-granted = Nog geen toegang verleend.
access-done-approved = De aanvraag is goedgekeurd; de aanvrager is per e-mail op de hoogte gebracht.
access-done-denied = De aanvraag is afgewezen; de aanvrager is per e-mail op de hoogte gebracht.
access-done-revoked = De toegang is ingetrokken; de aanvrager is per e-mail op de hoogte gebracht.

## Weigeringen: foutpagina's en meldingen naast het formulier

access-forbidden-title = Toegang geweigerd
access-conflict-title = Niet mogelijk
access-unknown-step = Onbekende stap van het aanvraagformulier.
access-choose-decision = Kies “{ access-approve }” of “{ access-deny }”.
access-select-application = Selecteer een toepassing in het vak “{ access-application }”.
access-unknown-application = Onbekende toepassing.
# $application: de korte naam die is verzonden, bijvoorbeeld "cpms".
access-unknown-application-named = Onbekende toepassing “{ $application }”.
access-select-profile = Selecteer uw toegangsprofiel.
access-unknown-profile = Dit toegangsprofiel bestaat niet voor de toepassing die u hebt geselecteerd.
# De gebruiker vraagt opnieuw aan wat al is aangevraagd: $application is de naam van de
# toepassing, $profile de korte code van het toegangsprofiel (HP), $centre de naam van het ziekenhuis.
access-already-pending = U hebt al een aanvraag in behandeling voor { $application } als { $profile } bij { $centre }.
access-already-approved = U hebt al een goedgekeurde aanvraag voor { $application } als { $profile } bij { $centre }.
access-select-centre = Selecteer uw centrum: klik op “{ access-open }” naast uw ERN, dan naast het land van uw centrum, en selecteer het keuzerondje naast uw centrum.
access-unknown-organisation = De organisatie die u hebt geselecteerd, bestaat niet. Selecteer uw centrum in de lijst.
# $ern: de korte naam van een ERN, bijvoorbeeld "eUROGEN".
access-only-ern = U hebt alleen { $ern } geselecteerd. Klik op “{ access-open }” naast { $ern }, dan naast het land van uw centrum, en selecteer uw centrum: een aanvraag zonder centrum zou worden afgewezen.
# $country: de naam van een land, $ern de korte naam van een ERN ("Nederland", "eUROGEN").
access-only-country = U hebt alleen { $country } in { $ern } geselecteerd. Klik op “{ access-open }” naast { $country } en selecteer uw centrum: een aanvraag zonder centrum zou worden afgewezen.
# $max: het maximale aantal tekens (2000).
access-comment-too-long = De opmerking is te lang: maximaal { $max } tekens.
access-reason-too-long = De reden is te lang: maximaal { $max } tekens.
access-comment-not-allowed = De opmerking bevat tekens die niet zijn toegestaan.
access-reason-not-allowed = De reden bevat tekens die niet zijn toegestaan.
access-helpdesk-only = Deze pagina is bestemd voor de helpdesk van een toepassing.
access-not-helpdesk-of = U maakt geen deel uit van de helpdesk van deze toepassing.
access-not-own-request = U kunt niet beslissen over uw eigen toegangsaanvraag: een ander lid van de helpdesk moet dat doen.
access-unknown-request = Onbekende toegangsaanvraag.
access-reason-required = Geef de reden van de afwijzing op: de aanvrager ontvangt die per e-mail.
# $status: de status van de aanvraag zoals getoond in de tabel (access-status-approved, ...).
access-already-decided = Over deze aanvraag is al beslist (status: { $status }).
# De helpdesk probeerde een aanvraag in te trekken die niet is goedgekeurd; $status is de
# status ervan (pending, denied of revoked).
access-revoke-not-approved = { $status ->
    [pending] Alleen goedgekeurde toegang kan worden ingetrokken; deze aanvraag is nog in behandeling.
    [denied] Alleen goedgekeurde toegang kan worden ingetrokken; deze aanvraag is afgewezen.
    [revoked] Alleen goedgekeurde toegang kan worden ingetrokken; deze toegang is al ingetrokken.
   *[other] Alleen goedgekeurde toegang kan worden ingetrokken.
}
