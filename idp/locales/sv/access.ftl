# The provider's texts in English (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Behörighetssystem
access-application = Applikation
access-organisation = Organisation
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Åtkomstprofil
access-comments = Kommentarer
access-reason = Orsak
# Table heading: when the request was sent.
access-submitted = Skickad
access-status = Status

## Statuses of an access request

access-status-pending = Väntande
access-status-approved = Godkänd
access-status-denied = Avslagen
access-status-revoked = Återkallad
access-status-unknown = Okänd

## My access requests (templates/access_home.html)

access-request-button = Begär åtkomst
access-helpdesk-queue = Supportens kö
access-my-requests = Mina begäranden om åtkomst
# The quoted words are the name of the button access-request-button.
access-none-yet = Du har inga begäranden om åtkomst ännu. Klicka på ”{ access-request-button }” för att begära åtkomst till en applikation.
access-request-submitted = Din begäran har skickats. Applikationens support granskar den, och du får ett e-postmeddelande med beslutet.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Begär åtkomst – steg { $step }
access-request-heading = Ny begäran om åtkomst till en applikation
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Steg { $n }: { $label }
access-step-application = Välj applikation
access-step-organisation = Välj organisation
access-step-profile = Välj åtkomstprofil
access-step-recap = Sammanfattning och inlämning
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Steg { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Öppna
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Klicka på ”{ access-open }” bredvid ditt ERN, sedan på ”{ access-open }” bredvid det land där ditt centrum ligger, och markera alternativknappen bredvid ditt centrum. Det räcker inte att bara välja ett ERN eller ett land: en begäran utan centrum skulle avslås.
# Caption of the table that sums the request up before it is sent.
access-summary = Sammanfattning
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Åtkomstprofil
access-submit = Skicka begäran om åtkomst

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Support
access-helpdesk-heading = Support: begäranden om åtkomst
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Applikationer: { $applications }
access-pending-heading = Väntande begäranden
access-requester = Sökande
access-decision = Beslut
access-deny-reason-label = Orsak (krävs vid avslag)
access-approve = Godkänn
access-deny = Avslå
access-no-pending = Inga väntande begäranden.
access-granted-heading = Beviljad åtkomst
access-user = Användare
# Table heading: when the access was approved.
access-approved-on = Godkänd
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Åtgärd
access-revoke = Återkalla
access-none-granted = Ingen åtkomst har beviljats ännu.
access-done-approved = Begäran har godkänts. Den sökande har informerats via e-post.
access-done-denied = Begäran har avslagits. Den sökande har informerats via e-post.
access-done-revoked = Åtkomsten har återkallats. Den sökande har informerats via e-post.

## Refusals: error pages and messages beside the form

access-forbidden-title = Åtkomst nekad
access-conflict-title = Inte möjligt
access-unknown-step = Okänt steg i formuläret.
access-choose-decision = Välj ”{ access-approve }” eller ”{ access-deny }”.
access-select-application = Välj en applikation i fältet ”{ access-application }”.
access-unknown-application = Okänd applikation.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Okänd applikation ”{ $application }”.
access-select-profile = Välj din åtkomstprofil.
access-unknown-profile = Den här åtkomstprofilen finns inte för den applikation som du har valt.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Du har redan en väntande begäran för { $application } som { $profile } vid { $centre }.
access-already-approved = Du har redan en godkänd begäran för { $application } som { $profile } vid { $centre }.
access-select-centre = Välj ditt centrum: klicka på ”{ access-open }” bredvid ditt ERN, sedan bredvid det land där ditt centrum ligger, och markera alternativknappen bredvid ditt centrum.
access-unknown-organisation = Organisationen som du valde finns inte. Välj ditt centrum i listan.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Du har bara valt { $ern }. Klicka på ”{ access-open }” bredvid { $ern }, sedan bredvid det land där ditt centrum ligger, och välj ditt centrum: en begäran utan centrum skulle avslås.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Du har bara valt { $country } i { $ern }. Klicka på ”{ access-open }” bredvid { $country } och välj ditt centrum: en begäran utan centrum skulle avslås.
# $max: the most characters allowed (2000).
access-comment-too-long = Kommentaren är för lång: högst { $max } tecken.
access-reason-too-long = Orsaken är för lång: högst { $max } tecken.
access-comment-not-allowed = Kommentaren innehåller otillåtna tecken.
access-reason-not-allowed = Orsaken innehåller otillåtna tecken.
access-helpdesk-only = Den här sidan är avsedd för en applikations support.
access-not-helpdesk-of = Du ingår inte i den här applikationens support.
access-not-own-request = Du kan inte fatta beslut om din egen begäran om åtkomst: det måste en annan medlem av supporten göra.
access-unknown-request = Okänd begäran om åtkomst.
access-reason-required = Ange orsaken till avslaget: den sökande får den via e-post.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Det har redan fattats beslut om den här begäran (status: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Bara godkänd åtkomst kan återkallas. Den här begäran väntar fortfarande på beslut.
    [denied] Bara godkänd åtkomst kan återkallas. Den här begäran har avslagits.
    [revoked] Bara godkänd åtkomst kan återkallas. Den här åtkomsten är redan återkallad.
   *[other] Bara godkänd åtkomst kan återkallas.
}
