# The provider's texts in Romanian (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Sistemul de autorizare
access-application = Aplicație
access-organisation = Organizație
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Profil de acces
access-comments = Comentarii
access-reason = Motiv
# Table heading: when the request was sent.
access-submitted = Data trimiterii
access-status = Stare

## Statuses of an access request

access-status-pending = În așteptare
access-status-approved = Aprobată
access-status-denied = Refuzată
access-status-revoked = Revocată
access-status-unknown = Necunoscută

## My access requests (templates/access_home.html)

access-request-button = Solicitați acces
access-helpdesk-queue = Coada serviciului de asistență
access-my-requests = Cererile mele de acces
# The quoted words are the name of the button access-request-button.
access-none-yet = Nu aveți încă nicio cerere de acces. Dați clic pe „{ access-request-button }” pentru a solicita acces la o aplicație.
access-request-submitted = Cererea dumneavoastră a fost trimisă. Serviciul de asistență al aplicației o va analiza; veți primi un e-mail cu decizia.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Cerere de acces – pasul { $step }
access-request-heading = Cerere nouă de acces la o aplicație
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Pasul { $n }: { $label }
access-step-application = Selectarea aplicației
access-step-organisation = Selectarea organizației
access-step-profile = Selectarea profilului de acces
access-step-recap = Rezumat și trimitere
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Pasul { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Deschideți
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Dați clic pe „{ access-open }” lângă rețeaua ERN, apoi pe „{ access-open }” lângă țara centrului dumneavoastră și bifați butonul rotund de lângă centrul dumneavoastră. Nu este suficient să selectați doar o rețea ERN sau o țară: o cerere fără centru ar fi refuzată.
# Caption of the table that sums the request up before it is sent.
access-summary = Rezumat
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Profil de acces
access-submit = Trimiteți cererea de acces

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Serviciul de asistență
access-helpdesk-heading = Serviciul de asistență: cereri de acces
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Aplicații: { $applications }
access-pending-heading = Cereri în așteptare
access-requester = Solicitant
access-decision = Decizie
access-deny-reason-label = Motiv (obligatoriu pentru refuz)
access-approve = Aprobați
access-deny = Refuzați
access-no-pending = Nu există cereri în așteptare.
access-granted-heading = Drepturi de acces acordate
access-user = Utilizator
# Table heading: when the access was approved.
access-approved-on = Data aprobării
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Acțiune
access-revoke = Revocați
access-none-granted = Nu a fost acordat încă niciun drept de acces.
access-done-approved = Cererea a fost aprobată; solicitantul a fost informat prin e-mail.
access-done-denied = Cererea a fost refuzată; solicitantul a fost informat prin e-mail.
access-done-revoked = Accesul a fost revocat; solicitantul a fost informat prin e-mail.

## Refusals: error pages and messages beside the form

access-forbidden-title = Acces refuzat
access-conflict-title = Operațiune imposibilă
access-unknown-step = Pas necunoscut al formularului de cerere.
access-choose-decision = Alegeți „{ access-approve }” sau „{ access-deny }”.
access-select-application = Selectați o aplicație în câmpul „{ access-application }”.
access-unknown-application = Aplicație necunoscută.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Aplicație necunoscută: „{ $application }”.
access-select-profile = Selectați profilul de acces.
access-unknown-profile = Acest profil de acces nu există pentru aplicația selectată.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Aveți deja o cerere în așteptare pentru { $application } ca { $profile } la { $centre }.
access-already-approved = Aveți deja o cerere aprobată pentru { $application } ca { $profile } la { $centre }.
access-select-centre = Selectați centrul dumneavoastră: dați clic pe „{ access-open }” lângă rețeaua ERN, apoi lângă țara centrului dumneavoastră, și bifați butonul rotund de lângă centrul dumneavoastră.
access-unknown-organisation = Organizația selectată nu există. Selectați centrul dumneavoastră din listă.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Ați selectat doar { $ern }. Dați clic pe „{ access-open }” lângă { $ern }, apoi lângă țara centrului dumneavoastră, și selectați centrul: o cerere fără centru ar fi refuzată.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Ați selectat doar { $country } în { $ern }. Dați clic pe „{ access-open }” lângă { $country } și selectați centrul: o cerere fără centru ar fi refuzată.
# $max: the most characters allowed (2000).
access-comment-too-long = Comentariul este prea lung: cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
access-reason-too-long = Motivul este prea lung: cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
access-comment-not-allowed = Comentariul conține caractere nepermise.
access-reason-not-allowed = Motivul conține caractere nepermise.
access-helpdesk-only = Această pagină este destinată serviciului de asistență al unei aplicații.
access-not-helpdesk-of = Nu faceți parte din serviciul de asistență al acestei aplicații.
access-not-own-request = Nu puteți decide cu privire la propria cerere de acces: trebuie să o facă un alt membru al serviciului de asistență.
access-unknown-request = Cerere de acces necunoscută.
access-reason-required = Indicați motivul refuzului: solicitantul îl primește prin e-mail.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = S-a luat deja o decizie cu privire la această cerere (stare: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Numai un acces aprobat poate fi revocat; această cerere este încă în așteptare.
    [denied] Numai un acces aprobat poate fi revocat; această cerere a fost refuzată.
    [revoked] Numai un acces aprobat poate fi revocat; acest acces a fost deja revocat.
   *[other] Numai un acces aprobat poate fi revocat.
}
