# The provider's texts in Czech (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Autorizační systém
access-application = Aplikace
access-organisation = Organizace
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Přístupový profil
access-comments = Komentáře
access-reason = Důvod
# Table heading: when the request was sent.
access-submitted = Podáno
access-status = Stav

## Statuses of an access request

access-status-pending = Čeká na vyřízení
access-status-approved = Schváleno
access-status-denied = Zamítnuto
access-status-revoked = Odvoláno
access-status-unknown = Neznámý

## My access requests (templates/access_home.html)

access-request-button = Požádat o přístup
access-helpdesk-queue = Fronta podpory
access-my-requests = Moje žádosti o přístup
# The quoted words are the name of the button access-request-button.
access-none-yet = Zatím nemáte žádné žádosti o přístup. Kliknutím na „{ access-request-button }“ požádáte o přístup k aplikaci.
access-request-submitted = Vaše žádost byla odeslána. Posoudí ji podpora aplikace; o rozhodnutí budete informováni e-mailem.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Žádost o přístup – krok { $step }
access-request-heading = Nová žádost o přístup k aplikaci
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Krok { $n }: { $label }
access-step-application = Výběr aplikace
access-step-organisation = Výběr organizace
access-step-profile = Výběr přístupového profilu
access-step-recap = Shrnutí a odeslání
# Button that goes to step $n (1 to 4).
access-step-button = Krok { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Otevřít
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Klikněte na „{ access-open }“ vedle své sítě ERN, poté na „{ access-open }“ vedle země svého pracoviště a zaškrtněte kulaté tlačítko vedle svého pracoviště. Výběr pouze sítě ERN nebo země nestačí: žádost bez pracoviště by byla zamítnuta.
# Caption of the table that sums the request up before it is sent.
access-summary = Shrnutí
# Row heading in the summary of step 4.
access-summary-profile = Přístupový profil
access-submit = Odeslat žádost o přístup

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Podpora
access-helpdesk-heading = Podpora: žádosti o přístup
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Aplikace: { $applications }
access-pending-heading = Čekající žádosti
access-requester = Žadatel
access-decision = Rozhodnutí
access-deny-reason-label = Důvod (povinný při zamítnutí)
access-approve = Schválit
access-deny = Zamítnout
access-no-pending = Žádné čekající žádosti.
access-granted-heading = Udělené přístupy
access-user = Uživatel
# Table heading: when the access was approved.
access-approved-on = Schváleno
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Akce
access-revoke = Odvolat
access-none-granted = Zatím nebyl udělen žádný přístup.
access-done-approved = Žádost byla schválena; žadatel byl informován e-mailem.
access-done-denied = Žádost byla zamítnuta; žadatel byl informován e-mailem.
access-done-revoked = Přístup byl odvolán; žadatel byl informován e-mailem.

## Refusals: error pages and messages beside the form

access-forbidden-title = Přístup odepřen
access-conflict-title = Nelze provést
access-unknown-step = Neznámý krok formuláře žádosti.
access-choose-decision = Zvolte prosím „{ access-approve }“ nebo „{ access-deny }“.
access-select-application = Vyberte prosím aplikaci v poli „{ access-application }“.
access-unknown-application = Neznámá aplikace.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Neznámá aplikace „{ $application }“.
access-select-profile = Vyberte prosím svůj přístupový profil.
access-unknown-profile = Tento přístupový profil pro vybranou aplikaci neexistuje.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Již máte čekající žádost o přístup k aplikaci { $application } s profilem { $profile } na pracovišti { $centre }.
access-already-approved = Již máte schválenou žádost o přístup k aplikaci { $application } s profilem { $profile } na pracovišti { $centre }.
access-select-centre = Vyberte prosím své pracoviště: klikněte na „{ access-open }“ vedle své sítě ERN, poté vedle země svého pracoviště a zaškrtněte kulaté tlačítko vedle svého pracoviště.
access-unknown-organisation = Vybraná organizace neexistuje. Vyberte prosím své pracoviště ze seznamu.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Vybrali jste pouze síť { $ern }. Klikněte prosím na „{ access-open }“ vedle sítě { $ern }, poté vedle země svého pracoviště a vyberte své pracoviště: žádost bez pracoviště by byla zamítnuta.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Vybrali jste pouze zemi „{ $country }“ v síti { $ern }. Klikněte prosím na „{ access-open }“ vedle položky „{ $country }“ a vyberte své pracoviště: žádost bez pracoviště by byla zamítnuta.
# $max: the most characters allowed (2000).
access-comment-too-long = Komentář je příliš dlouhý: smí mít nejvýše { $max } znaků.
access-reason-too-long = Důvod je příliš dlouhý: smí mít nejvýše { $max } znaků.
access-comment-not-allowed = Komentář obsahuje nepovolené znaky.
access-reason-not-allowed = Důvod obsahuje nepovolené znaky.
access-helpdesk-only = Tato stránka je určena pro podporu aplikace.
access-not-helpdesk-of = Nepatříte k podpoře této aplikace.
access-not-own-request = O vlastní žádosti o přístup rozhodnout nemůžete: musí to udělat jiný člen podpory.
access-unknown-request = Neznámá žádost o přístup.
access-reason-required = Uveďte prosím důvod zamítnutí: žadatel jej obdrží e-mailem.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = O této žádosti již bylo rozhodnuto (stav: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Odvolat lze pouze schválený přístup; tato žádost stále čeká na vyřízení.
    [denied] Odvolat lze pouze schválený přístup; tato žádost byla zamítnuta.
    [revoked] Odvolat lze pouze schválený přístup; tento přístup již byl odvolán.
   *[other] Odvolat lze pouze schválený přístup.
}
