# The provider's texts in English (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Käyttöoikeusjärjestelmä
access-application = Sovellus
access-organisation = Organisaatio
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Käyttöoikeusprofiili
access-comments = Kommentit
access-reason = Syy
# Table heading: when the request was sent.
access-submitted = Lähetetty
access-status = Tila

## Statuses of an access request

access-status-pending = Odottaa käsittelyä
access-status-approved = Hyväksytty
access-status-denied = Hylätty
access-status-revoked = Peruttu
access-status-unknown = Tuntematon

## My access requests (templates/access_home.html)

access-request-button = Pyydä käyttöoikeutta
access-helpdesk-queue = Tukipalvelun jono
access-my-requests = Käyttöoikeuspyyntöni
# The quoted words are the name of the button access-request-button.
access-none-yet = Sinulla ei ole vielä käyttöoikeuspyyntöjä. Pyydä käyttöoikeutta sovellukseen napsauttamalla ”{ access-request-button }”.
access-request-submitted = Pyyntösi on lähetetty. Sovelluksen tukipalvelu käsittelee sen, ja saat päätöksestä ilmoituksen sähköpostitse.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Pyydä käyttöoikeutta – vaihe { $step }
access-request-heading = Uusi sovelluksen käyttöoikeuspyyntö
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Vaihe { $n }: { $label }
access-step-application = Valitse sovellus
access-step-organisation = Valitse organisaatio
access-step-profile = Valitse käyttöoikeusprofiili
access-step-recap = Yhteenveto ja lähetys
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Vaihe { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Avaa
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Napsauta ERN-verkostosi vieressä ”{ access-open }”, sitten keskuksesi maan vieressä ”{ access-open }”, ja valitse keskuksesi vieressä oleva pyöreä valintanappi. Pelkän ERN-verkoston tai maan valitseminen ei riitä: pyyntö ilman keskusta hylättäisiin.
# Caption of the table that sums the request up before it is sent.
access-summary = Yhteenveto
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Käyttöoikeusprofiili
access-submit = Lähetä käyttöoikeuspyyntö

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Tukipalvelu
access-helpdesk-heading = Tukipalvelu: käyttöoikeuspyynnöt
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Sovellukset: { $applications }
access-pending-heading = Käsittelyä odottavat pyynnöt
access-requester = Pyytäjä
access-decision = Päätös
access-deny-reason-label = Syy (pakollinen hylättäessä)
access-approve = Hyväksy
access-deny = Hylkää
access-no-pending = Ei käsittelyä odottavia pyyntöjä.
access-granted-heading = Myönnetyt käyttöoikeudet
access-user = Käyttäjä
# Table heading: when the access was approved.
access-approved-on = Hyväksytty
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Toiminto
access-revoke = Peru
access-none-granted = Käyttöoikeuksia ei ole vielä myönnetty.
access-done-approved = Pyyntö hyväksyttiin. Pyytäjälle on ilmoitettu asiasta sähköpostitse.
access-done-denied = Pyyntö hylättiin. Pyytäjälle on ilmoitettu asiasta sähköpostitse.
access-done-revoked = Käyttöoikeus peruttiin. Pyytäjälle on ilmoitettu asiasta sähköpostitse.

## Refusals: error pages and messages beside the form

access-forbidden-title = Pääsy estetty
access-conflict-title = Ei mahdollista
access-unknown-step = Pyyntölomakkeen tuntematon vaihe.
access-choose-decision = Valitse ”{ access-approve }” tai ”{ access-deny }”.
access-select-application = Valitse sovellus kentässä ”{ access-application }”.
access-unknown-application = Tuntematon sovellus.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Tuntematon sovellus ”{ $application }”.
access-select-profile = Valitse käyttöoikeusprofiilisi.
access-unknown-profile = Valitsemallasi sovelluksella ei ole tätä käyttöoikeusprofiilia.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Sinulla on jo käsittelyä odottava pyyntö sovellukseen { $application } profiililla { $profile } keskuksessa { $centre }.
access-already-approved = Sinulla on jo hyväksytty pyyntö sovellukseen { $application } profiililla { $profile } keskuksessa { $centre }.
access-select-centre = Valitse keskuksesi: napsauta ERN-verkostosi vieressä ”{ access-open }”, sitten keskuksesi maan vieressä, ja valitse keskuksesi vieressä oleva pyöreä valintanappi.
access-unknown-organisation = Valitsemaasi organisaatiota ei ole olemassa. Valitse keskuksesi luettelosta.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Valitsit vain verkoston { $ern }. Napsauta verkoston { $ern } vieressä ”{ access-open }”, sitten keskuksesi maan vieressä, ja valitse keskuksesi: pyyntö ilman keskusta hylättäisiin.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Valitsit vain maan { $country } verkostossa { $ern }. Napsauta maan { $country } vieressä ”{ access-open }” ja valitse keskuksesi: pyyntö ilman keskusta hylättäisiin.
# $max: the most characters allowed (2000).
access-comment-too-long = Kommentti on liian pitkä: enintään { $max } merkkiä.
access-reason-too-long = Syy on liian pitkä: enintään { $max } merkkiä.
access-comment-not-allowed = Kommentissa on merkkejä, jotka eivät ole sallittuja.
access-reason-not-allowed = Syyssä on merkkejä, jotka eivät ole sallittuja.
access-helpdesk-only = Tämä sivu on tarkoitettu sovelluksen tukipalvelulle.
access-not-helpdesk-of = Et kuulu tämän sovelluksen tukipalveluun.
access-not-own-request = Et voi tehdä päätöstä omasta käyttöoikeuspyynnöstäsi: päätöksen tekee toinen tukipalvelun jäsen.
access-unknown-request = Tuntematon käyttöoikeuspyyntö.
access-reason-required = Ilmoita hylkäämisen syy: pyytäjä saa sen sähköpostitse.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Tästä pyynnöstä on jo tehty päätös (tila: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Vain hyväksytyn käyttöoikeuden voi perua; tämä pyyntö odottaa vielä käsittelyä.
    [denied] Vain hyväksytyn käyttöoikeuden voi perua; tämä pyyntö hylättiin.
    [revoked] Vain hyväksytyn käyttöoikeuden voi perua; tämä käyttöoikeus on jo peruttu.
   *[other] Vain hyväksytyn käyttöoikeuden voi perua.
}
