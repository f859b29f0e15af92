# Udbyderens tekster på dansk (access); se main.ftl.
#
# Autorisationssystemet: brugere anmoder om adgang til en applikation (f.eks. CPMS) med en
# adgangsprofil (f.eks. HP) for deres center, et hospital i et europæisk referencenetværk
# (ERN); applikationens helpdesk godkender eller afviser anmodningen. Navne på applikationer,
# profiler, ERN'er, lande og centre kommer fra databasen og står aldrig i denne fil.

## Ord, der bruges på flere adgangssider (tabeloverskrifter, feltetiketter)

# Navnet på hele tjenesten for adgangsanmodninger (sidetitel, overskrift, tilbagelink).
access-title = Autorisationssystem
access-application = Applikation
access-organisation = Organisation
# En adgangsprofil er den rolle, brugeren anmoder om i applikationen (f.eks. ”HP”).
access-profile = Adgangsprofil
access-comments = Kommentarer
access-reason = Begrundelse
# Tabeloverskrift: hvornår anmodningen blev sendt.
access-submitted = Indsendt
access-status = Status

## Status for en adgangsanmodning

access-status-pending = Afventer
access-status-approved = Godkendt
access-status-denied = Afvist
access-status-revoked = Tilbagekaldt
access-status-unknown = Ukendt

## Mine adgangsanmodninger (templates/access_home.html)

access-request-button = Anmod om adgang
access-helpdesk-queue = Helpdeskens kø
access-my-requests = Mine adgangsanmodninger
# Ordene i anførselstegn er navnet på knappen access-request-button.
access-none-yet = Du har endnu ingen adgangsanmodninger. Klik på ”{ access-request-button }” for at anmode om adgang til en applikation.
access-request-submitted = Din anmodning er indsendt. Applikationens helpdesk vil behandle den; du får en e-mail med afgørelsen.

## Ny anmodning i fire trin (templates/access_request.html)

# Browserfanens titel; $step er trinnets nummer, 1 til 4.
access-request-title = Anmod om adgang – trin { $step }
access-request-heading = Ny anmodning om adgang til en applikation
# Et trin i listen over trin og som overskrift på et trin: $n er dets nummer (1 til 4),
# $label trinnets navn (access-step-application ... access-step-recap).
access-step-numbered = Trin { $n }: { $label }
access-step-application = Vælg applikation
access-step-organisation = Vælg organisation
access-step-profile = Vælg adgangsprofil
access-step-recap = Oversigt og indsendelse
# Knap, der går til trin $n (1 til 4).
access-step-button = Trin { $n }
# Knap ved et ERN eller et land i organisationstræet: viser, hvad der er i det.
access-open = Åbn
# Hjælp over organisationstræet (ERN, derefter land, derefter center). Ordet i anførselstegn
# er navnet på knappen access-open.
access-organisation-hint = Klik på ”{ access-open }” ud for dit ERN, derefter på ”{ access-open }” ud for dit centers land, og markér den runde knap ud for dit center. Det er ikke nok kun at vælge et ERN eller et land: en anmodning uden center vil blive afvist.
# Billedtekst til tabellen, der opsummerer anmodningen, før den sendes.
access-summary = Oversigt
# Rækkeoverskrift i oversigten i trin 4.
access-summary-profile = Adgangsprofil
access-submit = Indsend adgangsanmodning

## Helpdesk (templates/access_helpdesk.html)

# Browserfanens titel og overskrift på helpdeskens side.
access-helpdesk-title = Helpdesk
access-helpdesk-heading = Helpdesk: adgangsanmodninger
# $applications: de korte navne på de applikationer, som denne helpdeskbruger har ansvaret
# for, adskilt af kommaer (”cpms, other”).
access-helpdesk-applications = Applikationer: { $applications }
access-pending-heading = Afventende anmodninger
access-requester = Ansøger
access-decision = Afgørelse
access-deny-reason-label = Begrundelse (påkrævet ved afvisning)
access-approve = Godkend
access-deny = Afvis
access-no-pending = Ingen afventende anmodninger.
access-granted-heading = Tildelt adgang
access-user = Bruger
# Tabeloverskrift: hvornår adgangen blev godkendt.
access-approved-on = Godkendt
# Skjult overskrift på kolonnen med knapperne ”Tilbagekald”, til skærmlæsere.
access-action = Handling
access-revoke = Tilbagekald
access-none-granted = Der er endnu ikke tildelt adgang.
access-done-approved = Anmodningen er godkendt; ansøgeren har fået besked pr. e-mail.
access-done-denied = Anmodningen er afvist; ansøgeren har fået besked pr. e-mail.
access-done-revoked = Adgangen er tilbagekaldt; ansøgeren har fået besked pr. e-mail.

## Afvisninger: fejlsider og meddelelser ved formularen

access-forbidden-title = Adgang nægtet
access-conflict-title = Ikke muligt
access-unknown-step = Ukendt trin i anmodningsformularen.
access-choose-decision = Vælg ”{ access-approve }” eller ”{ access-deny }”.
access-select-application = Vælg en applikation i feltet ”{ access-application }”.
access-unknown-application = Ukendt applikation.
# $application: det korte navn, der blev sendt, f.eks. ”cpms”.
access-unknown-application-named = Ukendt applikation ”{ $application }”.
access-select-profile = Vælg din adgangsprofil.
access-unknown-profile = Denne adgangsprofil findes ikke for den applikation, du har valgt.
# Brugeren anmoder igen om det, vedkommende allerede har anmodet om: $application er
# applikationens navn, $profile adgangsprofilens korte kode (HP), $centre hospitalets navn.
access-already-pending = Du har allerede en afventende anmodning for { $application } som { $profile } på { $centre }.
access-already-approved = Du har allerede en godkendt anmodning for { $application } som { $profile } på { $centre }.
access-select-centre = Vælg dit center: klik på ”{ access-open }” ud for dit ERN, derefter ud for dit centers land, og markér den runde knap ud for dit center.
access-unknown-organisation = Den organisation, du har valgt, findes ikke. Vælg dit center på listen.
# $ern: det korte navn på et ERN, f.eks. ”eUROGEN”.
access-only-ern = Du har kun valgt { $ern }. Klik på ”{ access-open }” ud for { $ern }, derefter ud for dit centers land, og vælg dit center: en anmodning uden center vil blive afvist.
# $country: navnet på et land, $ern det korte navn på et ERN (”Nederlandene”, ”eUROGEN”).
access-only-country = Du har kun valgt { $country } i { $ern }. Klik på ”{ access-open }” ud for { $country }, og vælg dit center: en anmodning uden center vil blive afvist.
# $max: det største tilladte antal tegn (2000).
access-comment-too-long = Kommentaren er for lang: højst { $max } tegn.
access-reason-too-long = Begrundelsen er for lang: højst { $max } tegn.
access-comment-not-allowed = Kommentaren indeholder tegn, der ikke er tilladt.
access-reason-not-allowed = Begrundelsen indeholder tegn, der ikke er tilladt.
access-helpdesk-only = Denne side er til en applikations helpdesk.
access-not-helpdesk-of = Du er ikke med i helpdesken for denne applikation.
access-not-own-request = Du kan ikke træffe afgørelse om din egen adgangsanmodning: det skal et andet medlem af helpdesken gøre.
access-unknown-request = Ukendt adgangsanmodning.
access-reason-required = Angiv begrundelsen for afvisningen: ansøgeren får den pr. e-mail.
# $status: anmodningens status, som den vises i tabellen (access-status-approved, ...).
access-already-decided = Der er allerede truffet afgørelse om denne anmodning (status: { $status }).
# Helpdesken forsøgte at tilbagekalde en anmodning, der ikke er godkendt; $status er dens
# status (pending, denied eller revoked).
access-revoke-not-approved = { $status ->
    [pending] Kun godkendt adgang kan tilbagekaldes; denne anmodning afventer stadig.
    [denied] Kun godkendt adgang kan tilbagekaldes; denne anmodning blev afvist.
    [revoked] Kun godkendt adgang kan tilbagekaldes; denne adgang er allerede tilbagekaldt.
   *[other] Kun godkendt adgang kan tilbagekaldes.
}
