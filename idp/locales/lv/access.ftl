# The provider's texts in Latvian (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Autorizācijas sistēma
access-application = Lietojumprogramma
access-organisation = Organizācija
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Piekļuves profils
access-comments = Komentāri
access-reason = Iemesls
# Table heading: when the request was sent.
access-submitted = Iesniegts
access-status = Statuss

## Statuses of an access request

access-status-pending = Gaida lēmumu
access-status-approved = Apstiprināts
access-status-denied = Noraidīts
access-status-revoked = Atsaukts
access-status-unknown = Nezināms

## My access requests (templates/access_home.html)

access-request-button = Pieprasīt piekļuvi
access-helpdesk-queue = Palīdzības dienesta rinda
access-my-requests = Mani piekļuves pieprasījumi
# The quoted words are the name of the button access-request-button.
access-none-yet = Jums vēl nav piekļuves pieprasījumu. Lai pieprasītu piekļuvi lietojumprogrammai, noklikšķiniet uz „{ access-request-button }”.
access-request-submitted = Jūsu pieprasījums ir iesniegts. Lietojumprogrammas palīdzības dienests to izskatīs; par lēmumu jūs saņemsiet e-pastu.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Piekļuves pieprasījums — { $step }. solis
access-request-heading = Jauns piekļuves pieprasījums lietojumprogrammai
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = { $n }. solis: { $label }
access-step-application = Izvēlieties lietojumprogrammu
access-step-organisation = Izvēlieties organizāciju
access-step-profile = Izvēlieties piekļuves profilu
access-step-recap = Kopsavilkums un iesniegšana
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = { $n }. solis
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Atvērt
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Noklikšķiniet uz „{ access-open }” blakus savam ERN, pēc tam uz „{ access-open }” blakus sava centra valstij un atzīmējiet apaļo pogu blakus savam centram. Ar ERN vai valsts izvēli vien nepietiek: pieprasījums bez centra tiktu noraidīts.
# Caption of the table that sums the request up before it is sent.
access-summary = Kopsavilkums
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Piekļuves profils
access-submit = Iesniegt piekļuves pieprasījumu

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Palīdzības dienests
access-helpdesk-heading = Palīdzības dienests: piekļuves pieprasījumi
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Lietojumprogrammas: { $applications }
access-pending-heading = Pieprasījumi, kas gaida lēmumu
access-requester = Pieprasītājs
access-decision = Lēmums
access-deny-reason-label = Iemesls (obligāts, ja pieprasījums tiek noraidīts)
access-approve = Apstiprināt
access-deny = Noraidīt
access-no-pending = Nav pieprasījumu, kas gaidītu lēmumu.
access-granted-heading = Piešķirtā piekļuve
access-user = Lietotājs
# Table heading: when the access was approved.
access-approved-on = Apstiprināts
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Darbība
access-revoke = Atsaukt
access-none-granted = Piekļuve vēl nav piešķirta.
access-done-approved = Pieprasījums ir apstiprināts; pieprasītājs ir informēts e-pastā.
access-done-denied = Pieprasījums ir noraidīts; pieprasītājs ir informēts e-pastā.
access-done-revoked = Piekļuve ir atsaukta; pieprasītājs ir informēts e-pastā.

## Refusals: error pages and messages beside the form

access-forbidden-title = Piekļuve liegta
access-conflict-title = Nav iespējams
access-unknown-step = Nezināms pieprasījuma veidlapas solis.
access-choose-decision = Lūdzu, izvēlieties „{ access-approve }” vai „{ access-deny }”.
access-select-application = Lūdzu, izvēlieties lietojumprogrammu laukā „{ access-application }”.
access-unknown-application = Nezināma lietojumprogramma.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Nezināma lietojumprogramma „{ $application }”.
access-select-profile = Lūdzu, izvēlieties savu piekļuves profilu.
access-unknown-profile = Izvēlētajai lietojumprogrammai šāda piekļuves profila nav.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Jums jau ir pieprasījums, kas gaida lēmumu: lietojumprogramma { $application }, profils { $profile }, centrs { $centre }.
access-already-approved = Jums jau ir apstiprināts pieprasījums: lietojumprogramma { $application }, profils { $profile }, centrs { $centre }.
access-select-centre = Lūdzu, izvēlieties savu centru: noklikšķiniet uz „{ access-open }” blakus savam ERN, pēc tam blakus sava centra valstij un atzīmējiet apaļo pogu blakus savam centram.
access-unknown-organisation = Izvēlētā organizācija neeksistē. Lūdzu, izvēlieties savu centru sarakstā.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Jūs izvēlējāties tikai tīklu { $ern }. Lūdzu, noklikšķiniet uz „{ access-open }” blakus tīklam { $ern }, pēc tam blakus sava centra valstij, un izvēlieties savu centru: pieprasījums bez centra tiktu noraidīts.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Tīklā { $ern } jūs izvēlējāties tikai valsti: { $country }. Lūdzu, noklikšķiniet uz „{ access-open }” blakus šai valstij un izvēlieties savu centru: pieprasījums bez centra tiktu noraidīts.
# $max: the most characters allowed (2000).
access-comment-too-long = Komentārs ir pārāk garš: tajā drīkst būt ne vairāk kā { $max ->
    [one] { $max } rakstzīme
   *[other] { $max } rakstzīmes
}.
access-reason-too-long = Iemesls ir pārāk garš: tajā drīkst būt ne vairāk kā { $max ->
    [one] { $max } rakstzīme
   *[other] { $max } rakstzīmes
}.
access-comment-not-allowed = Komentārā ir neatļautas rakstzīmes.
access-reason-not-allowed = Iemeslā ir neatļautas rakstzīmes.
access-helpdesk-only = Šī lapa ir paredzēta lietojumprogrammas palīdzības dienestam.
access-not-helpdesk-of = Jūs neesat šīs lietojumprogrammas palīdzības dienestā.
access-not-own-request = Jūs nevarat pieņemt lēmumu par savu piekļuves pieprasījumu: tas jādara citam palīdzības dienesta dalībniekam.
access-unknown-request = Nezināms piekļuves pieprasījums.
access-reason-required = Lūdzu, norādiet noraidīšanas iemeslu: pieprasītājs to saņems e-pastā.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Par šo pieprasījumu lēmums jau ir pieņemts (statuss: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Atsaukt var tikai apstiprinātu piekļuvi; par šo pieprasījumu lēmums vēl nav pieņemts.
    [denied] Atsaukt var tikai apstiprinātu piekļuvi; šis pieprasījums tika noraidīts.
    [revoked] Atsaukt var tikai apstiprinātu piekļuvi; šī piekļuve jau ir atsaukta.
   *[other] Atsaukt var tikai apstiprinātu piekļuvi.
}
