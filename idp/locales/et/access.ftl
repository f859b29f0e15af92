# The provider's texts in English (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Juurdepääsuõiguste süsteem
access-application = Rakendus
access-organisation = Organisatsioon
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Juurdepääsuprofiil
access-comments = Kommentaarid
access-reason = Põhjus
# Table heading: when the request was sent.
access-submitted = Esitatud
access-status = Olek

## Statuses of an access request

access-status-pending = Ootel
access-status-approved = Heaks kiidetud
access-status-denied = Tagasi lükatud
access-status-revoked = Tühistatud
access-status-unknown = Teadmata

## My access requests (templates/access_home.html)

access-request-button = Taotle juurdepääsu
access-helpdesk-queue = Kasutajatoe järjekord
access-my-requests = Minu juurdepääsutaotlused
# The quoted words are the name of the button access-request-button.
access-none-yet = Teil ei ole veel juurdepääsutaotlusi. Rakendusele juurdepääsu taotlemiseks klõpsake nuppu „{ access-request-button }“.
access-request-submitted = Teie taotlus on esitatud. Rakenduse kasutajatugi vaatab selle läbi ja saadab teile otsuse kohta e-kirja.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Taotle juurdepääsu – samm { $step }
access-request-heading = Uus rakendusele juurdepääsu taotlus
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Samm { $n }: { $label }
access-step-application = Valige rakendus
access-step-organisation = Valige organisatsioon
access-step-profile = Valige juurdepääsuprofiil
access-step-recap = Kokkuvõte ja esitamine
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Samm { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Ava
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Klõpsake oma ERN-i kõrval nuppu „{ access-open }“, seejärel oma keskuse riigi kõrval nuppu „{ access-open }“ ja märkige oma keskuse kõrval olev raadionupp. Ainult ERN-i või riigi valimisest ei piisa: keskuseta taotlus lükataks tagasi.
# Caption of the table that sums the request up before it is sent.
access-summary = Kokkuvõte
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Juurdepääsuprofiil
access-submit = Esita juurdepääsutaotlus

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Kasutajatugi
access-helpdesk-heading = Kasutajatugi: juurdepääsutaotlused
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Rakendused: { $applications }
access-pending-heading = Ootel taotlused
access-requester = Taotleja
access-decision = Otsus
access-deny-reason-label = Põhjus (tagasilükkamisel kohustuslik)
access-approve = Kiida heaks
access-deny = Lükka tagasi
access-no-pending = Ootel taotlusi ei ole.
access-granted-heading = Antud juurdepääsud
access-user = Kasutaja
# Table heading: when the access was approved.
access-approved-on = Heaks kiidetud
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Toiming
access-revoke = Tühista
access-none-granted = Juurdepääsu ei ole veel antud.
access-done-approved = Taotlus kiideti heaks; taotlejat on e-posti teel teavitatud.
access-done-denied = Taotlus lükati tagasi; taotlejat on e-posti teel teavitatud.
access-done-revoked = Juurdepääs tühistati; taotlejat on e-posti teel teavitatud.

## Refusals: error pages and messages beside the form

access-forbidden-title = Juurdepääs keelatud
access-conflict-title = Ei ole võimalik
access-unknown-step = Taotlusvormi tundmatu samm.
access-choose-decision = Valige „{ access-approve }“ või „{ access-deny }“.
access-select-application = Valige väljal „{ access-application }“ rakendus.
access-unknown-application = Tundmatu rakendus.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Tundmatu rakendus „{ $application }“.
access-select-profile = Valige oma juurdepääsuprofiil.
access-unknown-profile = Valitud rakenduses sellist juurdepääsuprofiili ei ole.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Teil on juba ootel taotlus: rakendus { $application }, profiil { $profile }, keskus { $centre }.
access-already-approved = Teil on juba heakskiidetud taotlus: rakendus { $application }, profiil { $profile }, keskus { $centre }.
access-select-centre = Valige oma keskus: klõpsake oma ERN-i kõrval nuppu „{ access-open }“, seejärel oma keskuse riigi kõrval ja märkige oma keskuse kõrval olev raadionupp.
access-unknown-organisation = Valitud organisatsiooni ei ole olemas. Valige loendist oma keskus.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Valisite ainult võrgustiku { $ern }. Klõpsake võrgustiku { $ern } kõrval nuppu „{ access-open }“, seejärel oma keskuse riigi kõrval ja valige oma keskus: keskuseta taotlus lükataks tagasi.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Valisite võrgustikus { $ern } ainult riigi { $country }. Klõpsake riigi { $country } kõrval nuppu „{ access-open }“ ja valige oma keskus: keskuseta taotlus lükataks tagasi.
# $max: the most characters allowed (2000).
access-comment-too-long = Kommentaar on liiga pikk: lubatud on kuni { $max } märki.
access-reason-too-long = Põhjus on liiga pikk: lubatud on kuni { $max } märki.
access-comment-not-allowed = Kommentaar sisaldab lubamatuid märke.
access-reason-not-allowed = Põhjus sisaldab lubamatuid märke.
access-helpdesk-only = See leht on mõeldud rakenduse kasutajatoele.
access-not-helpdesk-of = Te ei ole selle rakenduse kasutajatoe liige.
access-not-own-request = Te ei saa oma juurdepääsutaotluse kohta ise otsust teha: selle peab tegema mõni teine kasutajatoe liige.
access-unknown-request = Tundmatu juurdepääsutaotlus.
access-reason-required = Märkige tagasilükkamise põhjus: taotleja saab selle e-kirjaga.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Selle taotluse kohta on juba otsus tehtud (olek: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Tühistada saab ainult heakskiidetud juurdepääsu; see taotlus on alles ootel.
    [denied] Tühistada saab ainult heakskiidetud juurdepääsu; see taotlus lükati tagasi.
    [revoked] Tühistada saab ainult heakskiidetud juurdepääsu; see juurdepääs on juba tühistatud.
   *[other] Tühistada saab ainult heakskiidetud juurdepääsu.
}
