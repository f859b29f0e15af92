# The provider's texts in Irish (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Córas údaraithe
access-application = Feidhmchlár
access-organisation = Eagraíocht
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Próifíl rochtana
access-comments = Tráchtanna
access-reason = Cúis
# Table heading: when the request was sent.
access-submitted = Curtha isteach
access-status = Stádas

## Statuses of an access request

access-status-pending = Ar feitheamh
access-status-approved = Ceadaithe
access-status-denied = Diúltaithe
access-status-revoked = Cúlghairthe
access-status-unknown = Anaithnid

## My access requests (templates/access_home.html)

access-request-button = Iarr rochtain
access-helpdesk-queue = Scuaine na deisce cabhrach
access-my-requests = M’iarratais ar rochtain
# The quoted words are the name of the button access-request-button.
access-none-yet = Níl aon iarratas ar rochtain agat fós. Cliceáil "{ access-request-button }" chun rochtain ar fheidhmchlár a iarraidh.
access-request-submitted = Cuireadh d’iarratas isteach. Déanfaidh deasc chabhrach an fheidhmchláir athbhreithniú air; gheobhaidh tú ríomhphost leis an gcinneadh.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Iarr rochtain - Céim { $step }
access-request-heading = Iarratas nua ar rochtain ar fheidhmchlár
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Céim { $n }: { $label }
access-step-application = Roghnaigh feidhmchlár
access-step-organisation = Roghnaigh eagraíocht
access-step-profile = Roghnaigh próifíl rochtana
access-step-recap = Achoimre agus cur isteach
# Button that goes to step $n (1 to 4).
access-step-button = Céim { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Oscail
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Cliceáil "{ access-open }" in aice le do ERN, ansin "{ access-open }" in aice le tír d’ionaid, agus roghnaigh an cnaipe raidió in aice le d’ionad. Ní leor ERN nó tír amháin a roghnú: dhiúltófaí d’iarratas gan ionad.
# Caption of the table that sums the request up before it is sent.
access-summary = Achoimre
# Row heading in the summary of step 4.
access-summary-profile = Próifíl rochtana
access-submit = Cuir an t-iarratas ar rochtain isteach

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Deasc chabhrach
access-helpdesk-heading = Deasc chabhrach: iarratais ar rochtain
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Feidhmchláir: { $applications }
access-pending-heading = Iarratais ar feitheamh
access-requester = Iarrthóir
access-decision = Cinneadh
access-deny-reason-label = Cúis (riachtanach chun diúltú)
access-approve = Ceadaigh
access-deny = Diúltaigh
access-no-pending = Níl aon iarratas ar feitheamh.
access-granted-heading = Rochtain a deonaíodh
access-user = Úsáideoir
# Table heading: when the access was approved.
access-approved-on = Ceadaithe
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Gníomh
access-revoke = Cúlghair
access-none-granted = Níor deonaíodh aon rochtain fós.
access-done-approved = Ceadaíodh an t-iarratas; cuireadh an t-iarrthóir ar an eolas trí ríomhphost.
access-done-denied = Diúltaíodh don iarratas; cuireadh an t-iarrthóir ar an eolas trí ríomhphost.
access-done-revoked = Cúlghaireadh an rochtain; cuireadh an t-iarrthóir ar an eolas trí ríomhphost.

## Refusals: error pages and messages beside the form

access-forbidden-title = Rochtain diúltaithe
access-conflict-title = Ní féidir é sin a dhéanamh
access-unknown-step = Céim anaithnid den fhoirm iarratais.
access-choose-decision = Roghnaigh "{ access-approve }" nó "{ access-deny }".
access-select-application = Roghnaigh feidhmchlár sa bhosca "{ access-application }".
access-unknown-application = Feidhmchlár anaithnid.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Feidhmchlár anaithnid "{ $application }".
access-select-profile = Roghnaigh do phróifíl rochtana.
access-unknown-profile = Níl an phróifíl rochtana seo ann don fheidhmchlár a roghnaigh tú.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Tá iarratas ar feitheamh agat cheana do { $application } mar { $profile } ag { $centre }.
access-already-approved = Tá iarratas ceadaithe agat cheana do { $application } mar { $profile } ag { $centre }.
access-select-centre = Roghnaigh d’ionad: cliceáil "{ access-open }" in aice le do ERN, ansin in aice le tír d’ionaid, agus roghnaigh an cnaipe raidió in aice le d’ionad.
access-unknown-organisation = Níl an eagraíocht a roghnaigh tú ann. Roghnaigh d’ionad sa liosta.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Níor roghnaigh tú ach { $ern }. Cliceáil "{ access-open }" in aice le { $ern }, ansin in aice le tír d’ionaid, agus roghnaigh d’ionad: dhiúltófaí d’iarratas gan ionad.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Níor roghnaigh tú ach { $country } faoi { $ern }. Cliceáil "{ access-open }" in aice le { $country } agus roghnaigh d’ionad: dhiúltófaí d’iarratas gan ionad.
# $max: the most characters allowed (2000).
access-comment-too-long = Tá an trácht rófhada: ní cheadaítear níos mó ná { $max } carachtar.
access-reason-too-long = Tá an chúis rófhada: ní cheadaítear níos mó ná { $max } carachtar.
access-comment-not-allowed = Tá carachtair nach gceadaítear sa trácht.
access-reason-not-allowed = Tá carachtair nach gceadaítear sa chúis.
access-helpdesk-only = Is do dheasc chabhrach feidhmchláir an leathanach seo.
access-not-helpdesk-of = Níl tú ar dheasc chabhrach an fheidhmchláir seo.
access-not-own-request = Ní féidir leat cinneadh a dhéanamh ar d’iarratas féin ar rochtain: caithfidh ball eile den deasc chabhrach é a dhéanamh.
access-unknown-request = Iarratas anaithnid ar rochtain.
access-reason-required = Tabhair cúis an diúltaithe: gheobhaidh an t-iarrthóir í trí ríomhphost.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Rinneadh cinneadh ar an iarratas seo cheana (stádas: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Ní féidir ach rochtain cheadaithe a chúlghairm; tá an t-iarratas seo fós ar feitheamh.
    [denied] Ní féidir ach rochtain cheadaithe a chúlghairm; diúltaíodh don iarratas seo.
    [revoked] Ní féidir ach rochtain cheadaithe a chúlghairm; tá an rochtain seo cúlghairthe cheana.
   *[other] Ní féidir ach rochtain cheadaithe a chúlghairm.
}
