# The provider's texts in Hungarian (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Engedélyezési rendszer
access-application = Alkalmazás
access-organisation = Szervezet
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Hozzáférési profil
access-comments = Megjegyzések
access-reason = Indoklás
# Table heading: when the request was sent.
access-submitted = Benyújtva
access-status = Állapot

## Statuses of an access request

access-status-pending = Függőben
access-status-approved = Jóváhagyva
access-status-denied = Elutasítva
access-status-revoked = Visszavonva
access-status-unknown = Ismeretlen

## My access requests (templates/access_home.html)

access-request-button = Hozzáférés kérése
access-helpdesk-queue = Ügyfélszolgálati várólista
access-my-requests = Hozzáférési kérelmeim
# The quoted words are the name of the button access-request-button.
access-none-yet = Még nincs hozzáférési kérelme. Ha hozzáférést szeretne kérni egy alkalmazáshoz, kattintson a „{ access-request-button }” gombra.
access-request-submitted = Kérelmét benyújtotta. Az alkalmazás ügyfélszolgálata elbírálja, a döntésről pedig e-mailben értesítjük.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Hozzáférés kérése – { $step }. lépés
access-request-heading = Új hozzáférési kérelem alkalmazáshoz
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = { $n }. lépés: { $label }
access-step-application = Alkalmazás kiválasztása
access-step-organisation = Szervezet kiválasztása
access-step-profile = Hozzáférési profil kiválasztása
access-step-recap = Összegzés és benyújtás
# Button that goes to step $n (1 to 4).
access-step-button = { $n }. lépés
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Megnyitás
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Kattintson a „{ access-open }” gombra az ERN-je mellett, majd a „{ access-open }” gombra központja országa mellett, és jelölje be a központja melletti választógombot. Nem elég csak egy ERN-t vagy egy országot kiválasztani: a központ nélküli kérelmet elutasítják.
# Caption of the table that sums the request up before it is sent.
access-summary = Összegzés
# Row heading in the summary of step 4.
access-summary-profile = Hozzáférési profil
access-submit = Hozzáférési kérelem benyújtása

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Ügyfélszolgálat
access-helpdesk-heading = Ügyfélszolgálat: hozzáférési kérelmek
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Alkalmazások: { $applications }
access-pending-heading = Függőben lévő kérelmek
access-requester = Kérelmező
access-decision = Döntés
access-deny-reason-label = Indoklás (elutasításhoz kötelező)
access-approve = Jóváhagyás
access-deny = Elutasítás
access-no-pending = Nincs függőben lévő kérelem.
access-granted-heading = Megadott hozzáférések
access-user = Felhasználó
# Table heading: when the access was approved.
access-approved-on = Jóváhagyva
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Művelet
access-revoke = Visszavonás
access-none-granted = Még nincs megadott hozzáférés.
access-done-approved = A kérelmet jóváhagyta; a kérelmezőt e-mailben értesítettük.
access-done-denied = A kérelmet elutasította; a kérelmezőt e-mailben értesítettük.
access-done-revoked = A hozzáférést visszavonta; a kérelmezőt e-mailben értesítettük.

## Refusals: error pages and messages beside the form

access-forbidden-title = Hozzáférés megtagadva
access-conflict-title = Nem lehetséges
access-unknown-step = A kéreleműrlap ismeretlen lépése.
# The articles fit the Hungarian button names: a „Jóváhagyás”, az „Elutasítás”.
access-choose-decision = Kérjük, válassza a „{ access-approve }” vagy az „{ access-deny }” lehetőséget.
access-select-application = Kérjük, válasszon alkalmazást az „{ access-application }” mezőben.
access-unknown-application = Ismeretlen alkalmazás.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Ismeretlen alkalmazás: „{ $application }”.
access-select-profile = Kérjük, válassza ki hozzáférési profilját.
access-unknown-profile = Ez a hozzáférési profil nem létezik a kiválasztott alkalmazáshoz.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Már van függőben lévő kérelme (alkalmazás: { $application }, profil: { $profile }, központ: { $centre }).
access-already-approved = Már van jóváhagyott kérelme (alkalmazás: { $application }, profil: { $profile }, központ: { $centre }).
access-select-centre = Kérjük, válassza ki központját: kattintson a „{ access-open }” gombra az ERN-je mellett, majd központja országa mellett, és jelölje be a központja melletti választógombot.
access-unknown-organisation = A kiválasztott szervezet nem létezik. Kérjük, válassza ki központját a listából.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Csak ezt választotta ki: { $ern }. Kérjük, kattintson a „{ access-open }” gombra a(z) { $ern } mellett, majd központja országa mellett, és válassza ki központját: a központ nélküli kérelmet elutasítják.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Csak ezt választotta ki: { $country } ({ $ern }). Kérjük, kattintson a „{ access-open }” gombra a(z) { $country } mellett, és válassza ki központját: a központ nélküli kérelmet elutasítják.
# $max: the most characters allowed (2000).
access-comment-too-long = A megjegyzés túl hosszú: legfeljebb { $max } karakter lehet.
access-reason-too-long = Az indoklás túl hosszú: legfeljebb { $max } karakter lehet.
access-comment-not-allowed = A megjegyzés nem engedélyezett karaktereket tartalmaz.
access-reason-not-allowed = Az indoklás nem engedélyezett karaktereket tartalmaz.
access-helpdesk-only = Ez az oldal az alkalmazások ügyfélszolgálata számára készült.
access-not-helpdesk-of = Ön nem tagja ezen alkalmazás ügyfélszolgálatának.
access-not-own-request = Saját hozzáférési kérelméről nem dönthet: ezt az ügyfélszolgálat egy másik tagjának kell megtennie.
access-unknown-request = Ismeretlen hozzáférési kérelem.
access-reason-required = Kérjük, adja meg az elutasítás indokát: a kérelmező e-mailben megkapja.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Erről a kérelemről már döntöttek (állapot: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Csak jóváhagyott hozzáférés vonható vissza; ez a kérelem még függőben van.
    [denied] Csak jóváhagyott hozzáférés vonható vissza; ezt a kérelmet elutasították.
    [revoked] Csak jóváhagyott hozzáférés vonható vissza; ezt a hozzáférést már visszavonták.
   *[other] Csak jóváhagyott hozzáférés vonható vissza.
}
