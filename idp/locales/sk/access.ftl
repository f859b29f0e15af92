# The provider's texts in Slovak (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Autorizačný systém
access-application = Aplikácia
access-organisation = Organizácia
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Prístupový profil
access-comments = Komentáre
access-reason = Dôvod
# Table heading: when the request was sent.
access-submitted = Podané
access-status = Stav

## Statuses of an access request

access-status-pending = Čaká na vybavenie
access-status-approved = Schválené
access-status-denied = Zamietnuté
access-status-revoked = Odvolané
access-status-unknown = Neznámy

## My access requests (templates/access_home.html)

access-request-button = Požiadať o prístup
access-helpdesk-queue = Front podpory
access-my-requests = Moje žiadosti o prístup
# The quoted words are the name of the button access-request-button.
access-none-yet = Zatiaľ nemáte žiadne žiadosti o prístup. Kliknutím na „{ access-request-button }“ požiadate o prístup k aplikácii.
access-request-submitted = Vaša žiadosť bola odoslaná. Posúdi ju podpora aplikácie; o rozhodnutí budete informovaní e-mailom.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Žiadosť o prístup – krok { $step }
access-request-heading = Nová žiadosť o prístup k aplikácii
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Krok { $n }: { $label }
access-step-application = Výber aplikácie
access-step-organisation = Výber organizácie
access-step-profile = Výber prístupového profilu
access-step-recap = Zhrnutie a odoslanie
# Button that goes to step $n (1 to 4).
access-step-button = Krok { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Otvoriť
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Kliknite na „{ access-open }“ vedľa svojej siete ERN, potom na „{ access-open }“ vedľa krajiny svojho pracoviska a začiarknite okrúhle tlačidlo vedľa svojho pracoviska. Výber iba siete ERN alebo krajiny nestačí: žiadosť bez pracoviska by bola zamietnutá.
# Caption of the table that sums the request up before it is sent.
access-summary = Zhrnutie
# Row heading in the summary of step 4.
access-summary-profile = Prístupový profil
access-submit = Odoslať žiadosť o prístup

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Podpora
access-helpdesk-heading = Podpora: žiadosti o prístup
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Aplikácie: { $applications }
access-pending-heading = Čakajúce žiadosti
access-requester = Žiadateľ
access-decision = Rozhodnutie
access-deny-reason-label = Dôvod (povinný pri zamietnutí)
access-approve = Schváliť
access-deny = Zamietnuť
access-no-pending = Žiadne čakajúce žiadosti.
access-granted-heading = Udelené prístupy
access-user = Používateľ
# Table heading: when the access was approved.
access-approved-on = Schválené
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Akcia
access-revoke = Odvolať
access-none-granted = Zatiaľ nebol udelený žiadny prístup.
access-done-approved = Žiadosť bola schválená; žiadateľ bol informovaný e-mailom.
access-done-denied = Žiadosť bola zamietnutá; žiadateľ bol informovaný e-mailom.
access-done-revoked = Prístup bol odvolaný; žiadateľ bol informovaný e-mailom.

## Refusals: error pages and messages beside the form

access-forbidden-title = Prístup zamietnutý
access-conflict-title = Nemožno vykonať
access-unknown-step = Neznámy krok formulára žiadosti.
access-choose-decision = Vyberte „{ access-approve }“ alebo „{ access-deny }“.
access-select-application = Vyberte aplikáciu v poli „{ access-application }“.
access-unknown-application = Neznáma aplikácia.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Neznáma aplikácia „{ $application }“.
access-select-profile = Vyberte svoj prístupový profil.
access-unknown-profile = Tento prístupový profil pre vybranú aplikáciu neexistuje.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Už máte čakajúcu žiadosť o prístup k aplikácii { $application } s profilom { $profile } na pracovisku { $centre }.
access-already-approved = Už máte schválenú žiadosť o prístup k aplikácii { $application } s profilom { $profile } na pracovisku { $centre }.
access-select-centre = Vyberte svoje pracovisko: kliknite na „{ access-open }“ vedľa svojej siete ERN, potom vedľa krajiny svojho pracoviska a začiarknite okrúhle tlačidlo vedľa svojho pracoviska.
access-unknown-organisation = Vybraná organizácia neexistuje. Vyberte svoje pracovisko zo zoznamu.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Vybrali ste iba sieť { $ern }. Kliknite na „{ access-open }“ vedľa siete { $ern }, potom vedľa krajiny svojho pracoviska a vyberte svoje pracovisko: žiadosť bez pracoviska by bola zamietnutá.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Vybrali ste iba krajinu „{ $country }“ v sieti { $ern }. Kliknite na „{ access-open }“ vedľa položky „{ $country }“ a vyberte svoje pracovisko: žiadosť bez pracoviska by bola zamietnutá.
# $max: the most characters allowed (2000).
access-comment-too-long = Komentár je príliš dlhý: môže mať najviac { $max } znakov.
access-reason-too-long = Dôvod je príliš dlhý: môže mať najviac { $max } znakov.
access-comment-not-allowed = Komentár obsahuje nepovolené znaky.
access-reason-not-allowed = Dôvod obsahuje nepovolené znaky.
access-helpdesk-only = Táto stránka je určená pre podporu aplikácie.
access-not-helpdesk-of = Nepatríte k podpore tejto aplikácie.
access-not-own-request = O vlastnej žiadosti o prístup nemôžete rozhodnúť: musí to urobiť iný člen podpory.
access-unknown-request = Neznáma žiadosť o prístup.
access-reason-required = Uveďte dôvod zamietnutia: žiadateľ ho dostane e-mailom.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = O tejto žiadosti už bolo rozhodnuté (stav: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Odvolať možno iba schválený prístup; táto žiadosť stále čaká na vybavenie.
    [denied] Odvolať možno iba schválený prístup; táto žiadosť bola zamietnutá.
    [revoked] Odvolať možno iba schválený prístup; tento prístup už bol odvolaný.
   *[other] Odvolať možno iba schválený prístup.
}
