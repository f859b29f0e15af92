# The provider's texts in Lithuanian (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Prieigos suteikimo sistema
access-application = Programa
access-organisation = Organizacija
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Prieigos profilis
access-comments = Komentarai
access-reason = Priežastis
# Table heading: when the request was sent.
access-submitted = Pateikta
access-status = Būsena

## Statuses of an access request

access-status-pending = Laukia sprendimo
access-status-approved = Patvirtinta
access-status-denied = Atmesta
access-status-revoked = Atšaukta
access-status-unknown = Nežinoma

## My access requests (templates/access_home.html)

access-request-button = Prašyti prieigos
access-helpdesk-queue = Pagalbos tarnybos eilė
access-my-requests = Mano prieigos prašymai
# The quoted words are the name of the button access-request-button.
access-none-yet = Dar neturite prieigos prašymų. Norėdami paprašyti prieigos prie programos, spustelėkite „{ access-request-button }“.
access-request-submitted = Jūsų prašymas pateiktas. Programos pagalbos tarnyba jį išnagrinės; apie sprendimą gausite el. laišką.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Prieigos prašymas – { $step } žingsnis
access-request-heading = Naujas prieigos prie programos prašymas
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = { $n } žingsnis. { $label }
access-step-application = Pasirinkite programą
access-step-organisation = Pasirinkite organizaciją
access-step-profile = Pasirinkite prieigos profilį
access-step-recap = Suvestinė ir pateikimas
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = { $n } žingsnis
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Atidaryti
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Spustelėkite „{ access-open }“ šalia savo ERN, tada „{ access-open }“ šalia savo centro šalies ir pažymėkite apvalų mygtuką šalia savo centro. Pasirinkti tik ERN ar šalį nepakanka: prašymas be centro būtų atmestas.
# Caption of the table that sums the request up before it is sent.
access-summary = Suvestinė
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Prieigos profilis
access-submit = Pateikti prieigos prašymą

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Pagalbos tarnyba
access-helpdesk-heading = Pagalbos tarnyba: prieigos prašymai
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Programos: { $applications }
access-pending-heading = Laukiantys prašymai
access-requester = Prašymo teikėjas
access-decision = Sprendimas
access-deny-reason-label = Priežastis (privaloma atmetant)
access-approve = Patvirtinti
access-deny = Atmesti
access-no-pending = Laukiančių prašymų nėra.
access-granted-heading = Suteikta prieiga
access-user = Naudotojas
# Table heading: when the access was approved.
access-approved-on = Patvirtinta
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Veiksmas
access-revoke = Atšaukti
access-none-granted = Prieiga dar niekam nesuteikta.
access-done-approved = Prašymas patvirtintas; prašymo teikėjas informuotas el. paštu.
access-done-denied = Prašymas atmestas; prašymo teikėjas informuotas el. paštu.
access-done-revoked = Prieiga atšaukta; prašymo teikėjas informuotas el. paštu.

## Refusals: error pages and messages beside the form

access-forbidden-title = Prieiga neleidžiama
access-conflict-title = Neįmanoma
access-unknown-step = Nežinomas prašymo formos žingsnis.
access-choose-decision = Pasirinkite „{ access-approve }“ arba „{ access-deny }“.
access-select-application = Laukelyje „{ access-application }“ pasirinkite programą.
access-unknown-application = Nežinoma programa.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Nežinoma programa „{ $application }“.
access-select-profile = Pasirinkite prieigos profilį.
access-unknown-profile = Pasirinktoje programoje tokio prieigos profilio nėra.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Jau turite laukiantį prašymą: programa { $application }, profilis { $profile }, centras { $centre }.
access-already-approved = Jau turite patvirtintą prašymą: programa { $application }, profilis { $profile }, centras { $centre }.
access-select-centre = Pasirinkite savo centrą: spustelėkite „{ access-open }“ šalia savo ERN, tada šalia savo centro šalies, ir pažymėkite apvalų mygtuką šalia savo centro.
access-unknown-organisation = Pasirinktos organizacijos nėra. Pasirinkite savo centrą sąraše.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Pasirinkote tik tinklą { $ern }. Spustelėkite „{ access-open }“ šalia tinklo { $ern }, tada šalia savo centro šalies, ir pasirinkite savo centrą: prašymas be centro būtų atmestas.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Tinkle { $ern } pasirinkote tik šalį: { $country }. Spustelėkite „{ access-open }“ šalia šios šalies ir pasirinkite savo centrą: prašymas be centro būtų atmestas.
# $max: the most characters allowed (2000).
access-comment-too-long = Komentaras per ilgas: leidžiama iki { $max ->
    [one] { $max } simbolio
   *[other] { $max } simbolių
}.
access-reason-too-long = Priežastis per ilga: leidžiama iki { $max ->
    [one] { $max } simbolio
   *[other] { $max } simbolių
}.
access-comment-not-allowed = Komentare yra neleistinų simbolių.
access-reason-not-allowed = Priežasties tekste yra neleistinų simbolių.
access-helpdesk-only = Šis puslapis skirtas programos pagalbos tarnybai.
access-not-helpdesk-of = Jūs nepriklausote šios programos pagalbos tarnybai.
access-not-own-request = Negalite priimti sprendimo dėl savo prieigos prašymo: tai turi padaryti kitas pagalbos tarnybos narys.
access-unknown-request = Nežinomas prieigos prašymas.
access-reason-required = Nurodykite atmetimo priežastį: prašymo teikėjas ją gaus el. paštu.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Dėl šio prašymo sprendimas jau priimtas (būsena: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Atšaukti galima tik patvirtintą prieigą; šis prašymas dar laukia sprendimo.
    [denied] Atšaukti galima tik patvirtintą prieigą; šis prašymas buvo atmestas.
    [revoked] Atšaukti galima tik patvirtintą prieigą; ši prieiga jau atšaukta.
   *[other] Atšaukti galima tik patvirtintą prieigą.
}
