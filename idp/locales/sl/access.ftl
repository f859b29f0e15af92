# The provider's texts in Slovenian (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Sistem za avtorizacijo
access-application = Aplikacija
access-organisation = Organizacija
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Profil dostopa
access-comments = Pripombe
access-reason = Razlog
# Table heading: when the request was sent.
access-submitted = Oddano
access-status = Stanje

## Statuses of an access request

access-status-pending = V obravnavi
access-status-approved = Odobreno
access-status-denied = Zavrnjeno
access-status-revoked = Odvzeto
access-status-unknown = Neznano

## My access requests (templates/access_home.html)

access-request-button = Zahtevaj dostop
access-helpdesk-queue = Čakalna vrsta službe za pomoč uporabnikom
access-my-requests = Moje zahteve za dostop
# The quoted words are the name of the button access-request-button.
access-none-yet = Še nimate zahtev za dostop. Kliknite „{ access-request-button }“, če želite zahtevati dostop do aplikacije.
access-request-submitted = Vaša zahteva je bila oddana. Služba za pomoč uporabnikom aplikacije jo bo pregledala; o odločitvi boste obveščeni po e-pošti.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Zahteva za dostop – korak { $step }
access-request-heading = Nova zahteva za dostop do aplikacije
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Korak { $n }: { $label }
access-step-application = Izbira aplikacije
access-step-organisation = Izbira organizacije
access-step-profile = Izbira profila dostopa
access-step-recap = Povzetek in oddaja
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Korak { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Odpri
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Kliknite „{ access-open }“ ob svoji mreži ERN, nato „{ access-open }“ ob državi svojega centra in označite okrogli gumb ob svojem centru. Izbira samo mreže ERN ali države ne zadošča: zahteva brez centra bi bila zavrnjena.
# Caption of the table that sums the request up before it is sent.
access-summary = Povzetek
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Profil dostopa
access-submit = Oddaj zahtevo za dostop

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Služba za pomoč uporabnikom
access-helpdesk-heading = Služba za pomoč uporabnikom: zahteve za dostop
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Aplikacije: { $applications }
access-pending-heading = Zahteve v obravnavi
access-requester = Vlagatelj
access-decision = Odločitev
access-deny-reason-label = Razlog (obvezen pri zavrnitvi)
access-approve = Odobri
access-deny = Zavrni
access-no-pending = Ni zahtev v obravnavi.
access-granted-heading = Odobreni dostopi
access-user = Uporabnik
# Table heading: when the access was approved.
access-approved-on = Odobreno
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Dejanje
access-revoke = Odvzemi
access-none-granted = Odobren še ni noben dostop.
access-done-approved = Zahteva je odobrena; vlagatelj je bil obveščen po e-pošti.
access-done-denied = Zahteva je zavrnjena; vlagatelj je bil obveščen po e-pošti.
access-done-revoked = Dostop je odvzet; vlagatelj je bil obveščen po e-pošti.

## Refusals: error pages and messages beside the form

access-forbidden-title = Dostop zavrnjen
access-conflict-title = Ni mogoče
access-unknown-step = Neznan korak obrazca zahteve.
access-choose-decision = Izberite „{ access-approve }“ ali „{ access-deny }“.
access-select-application = Izberite aplikacijo v polju „{ access-application }“.
access-unknown-application = Neznana aplikacija.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Neznana aplikacija „{ $application }“.
access-select-profile = Izberite svoj profil dostopa.
access-unknown-profile = Ta profil dostopa za izbrano aplikacijo ne obstaja.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Za { $application } s profilom { $profile } v centru { $centre } že imate zahtevo v obravnavi.
access-already-approved = Za { $application } s profilom { $profile } v centru { $centre } že imate odobreno zahtevo.
access-select-centre = Izberite svoj center: kliknite „{ access-open }“ ob svoji mreži ERN, nato ob državi svojega centra in označite okrogli gumb ob svojem centru.
access-unknown-organisation = Izbrana organizacija ne obstaja. Izberite svoj center s seznama.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Izbrali ste samo mrežo { $ern }. Kliknite „{ access-open }“ ob mreži { $ern }, nato ob državi svojega centra in izberite svoj center: zahteva brez centra bi bila zavrnjena.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Izbrali ste samo državo { $country } v mreži { $ern }. Kliknite „{ access-open }“ ob državi { $country } in izberite svoj center: zahteva brez centra bi bila zavrnjena.
# $max: the most characters allowed (2000).
access-comment-too-long = Pripomba je predolga: dovoljenih je največ { $max } znakov.
access-reason-too-long = Razlog je predolg: dovoljenih je največ { $max } znakov.
access-comment-not-allowed = Pripomba vsebuje nedovoljene znake.
access-reason-not-allowed = Razlog vsebuje nedovoljene znake.
access-helpdesk-only = Ta stran je namenjena službi za pomoč uporabnikom aplikacije.
access-not-helpdesk-of = Niste član službe za pomoč uporabnikom te aplikacije.
access-not-own-request = O svoji zahtevi za dostop ne morete odločati sami: to mora storiti drug član službe za pomoč uporabnikom.
access-unknown-request = Neznana zahteva za dostop.
access-reason-required = Navedite razlog za zavrnitev: vlagatelj ga prejme po e-pošti.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = O tej zahtevi je že bilo odločeno (stanje: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Odvzeti je mogoče samo odobren dostop; ta zahteva je še v obravnavi.
    [denied] Odvzeti je mogoče samo odobren dostop; ta zahteva je bila zavrnjena.
    [revoked] Odvzeti je mogoče samo odobren dostop; ta dostop je že odvzet.
   *[other] Odvzeti je mogoče samo odobren dostop.
}
