# The provider's texts in Croatian (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Sustav za autorizaciju
access-application = Aplikacija
access-organisation = Organizacija
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Profil pristupa
access-comments = Komentari
access-reason = Razlog
# Table heading: when the request was sent.
access-submitted = Podneseno
access-status = Status

## Statuses of an access request

access-status-pending = Na čekanju
access-status-approved = Odobreno
access-status-denied = Odbijeno
access-status-revoked = Opozvano
access-status-unknown = Nepoznato

## My access requests (templates/access_home.html)

access-request-button = Zatraži pristup
access-helpdesk-queue = Red čekanja službe za podršku
access-my-requests = Moji zahtjevi za pristup
# The quoted words are the name of the button access-request-button.
access-none-yet = Još nemate zahtjeva za pristup. Kliknite „{ access-request-button }” kako biste zatražili pristup aplikaciji.
access-request-submitted = Vaš je zahtjev podnesen. Služba za podršku aplikacije razmotrit će ga; odluku ćete primiti e-poštom.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Zatraži pristup – korak { $step }
access-request-heading = Novi zahtjev za pristup aplikaciji
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Korak { $n }: { $label }
access-step-application = Odabir aplikacije
access-step-organisation = Odabir organizacije
access-step-profile = Odabir profila pristupa
access-step-recap = Pregled i podnošenje
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Korak { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Otvori
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Kliknite „{ access-open }” pokraj svoje mreže ERN, zatim „{ access-open }” pokraj države svojeg centra i označite okrugli gumb pokraj svojeg centra. Nije dovoljno odabrati samo mrežu ERN ili državu: zahtjev bez centra bio bi odbijen.
# Caption of the table that sums the request up before it is sent.
access-summary = Sažetak
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Profil pristupa
access-submit = Podnesi zahtjev za pristup

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Služba za podršku
access-helpdesk-heading = Služba za podršku: zahtjevi za pristup
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Aplikacije: { $applications }
access-pending-heading = Zahtjevi na čekanju
access-requester = Podnositelj zahtjeva
access-decision = Odluka
access-deny-reason-label = Razlog (obvezan za odbijanje)
access-approve = Odobri
access-deny = Odbij
access-no-pending = Nema zahtjeva na čekanju.
access-granted-heading = Odobreni pristupi
access-user = Korisnik
# Table heading: when the access was approved.
access-approved-on = Odobreno
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Radnja
access-revoke = Opozovi
access-none-granted = Još nije odobren nijedan pristup.
access-done-approved = Zahtjev je odobren; podnositelj zahtjeva obaviješten je e-poštom.
access-done-denied = Zahtjev je odbijen; podnositelj zahtjeva obaviješten je e-poštom.
access-done-revoked = Pristup je opozvan; podnositelj zahtjeva obaviješten je e-poštom.

## Refusals: error pages and messages beside the form

access-forbidden-title = Pristup odbijen
access-conflict-title = Nije moguće
access-unknown-step = Nepoznat korak obrasca zahtjeva.
access-choose-decision = Odaberite „{ access-approve }” ili „{ access-deny }”.
access-select-application = Odaberite aplikaciju u polju „{ access-application }”.
access-unknown-application = Nepoznata aplikacija.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Nepoznata aplikacija „{ $application }”.
access-select-profile = Odaberite svoj profil pristupa.
access-unknown-profile = Ovaj profil pristupa ne postoji za odabranu aplikaciju.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Već imate zahtjev na čekanju za { $application } s profilom { $profile } u centru { $centre }.
access-already-approved = Već imate odobren zahtjev za { $application } s profilom { $profile } u centru { $centre }.
access-select-centre = Odaberite svoj centar: kliknite „{ access-open }” pokraj svoje mreže ERN, zatim pokraj države svojeg centra i označite okrugli gumb pokraj svojeg centra.
access-unknown-organisation = Odabrana organizacija ne postoji. Odaberite svoj centar s popisa.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Odabrali ste samo mrežu { $ern }. Kliknite „{ access-open }” pokraj mreže { $ern }, zatim pokraj države svojeg centra i odaberite svoj centar: zahtjev bez centra bio bi odbijen.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Odabrali ste samo državu „{ $country }” u mreži { $ern }. Kliknite „{ access-open }” pokraj stavke „{ $country }” i odaberite svoj centar: zahtjev bez centra bio bi odbijen.
# $max: the most characters allowed (2000).
access-comment-too-long = Komentar je predugačak: dopušteno je najviše { $max } znakova.
access-reason-too-long = Razlog je predugačak: dopušteno je najviše { $max } znakova.
access-comment-not-allowed = Komentar sadržava nedopuštene znakove.
access-reason-not-allowed = Razlog sadržava nedopuštene znakove.
access-helpdesk-only = Ova je stranica namijenjena službi za podršku aplikacije.
access-not-helpdesk-of = Niste član službe za podršku ove aplikacije.
access-not-own-request = Ne možete odlučivati o vlastitom zahtjevu za pristup: to mora učiniti drugi član službe za podršku.
access-unknown-request = Nepoznat zahtjev za pristup.
access-reason-required = Navedite razlog odbijanja: podnositelj zahtjeva prima ga e-poštom.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = O ovom je zahtjevu već odlučeno (status: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Opozvati se može samo odobreni pristup; ovaj je zahtjev još na čekanju.
    [denied] Opozvati se može samo odobreni pristup; ovaj je zahtjev odbijen.
    [revoked] Opozvati se može samo odobreni pristup; ovaj je pristup već opozvan.
   *[other] Opozvati se može samo odobreni pristup.
}
