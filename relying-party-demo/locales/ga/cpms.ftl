# CPMS, the demo relying party: its texts in Irish. Every language has exactly the ids of
# the English reference catalogue, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) are written as the provider's
# pages show them in Irish (idp/locales/ga/access.ftl).

## The page frame (templates/base.html)

site-name = Córas cliniciúil bainistíochta othar
skip-to-content = Léim chuig an bpríomhábhar
sign-out = Logáil amach
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Teanga
language-title = Roghnaigh do theanga
tab-home = Baile
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Leathanaigh ERN
nav-preferences = Roghanna
nav-panels = Painéil
footer-networks = ERN eUROGEN · Líonraí Tagartha Eorpacha · Feidhmchlár taispeána (páirtí iontaoibhe)
footer-ecl = Tógtha le Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Ceadúnas (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Logáil isteach arís
link-home = Téigh chuig leathanach baile CPMS

## The landing page (templates/index.html)

index-title = Fáilte
index-heading = Fáilte go CPMS
index-lead = Córas cliniciúil bainistíochta othar na Líonraí Tagartha Eorpacha.
index-requirement = Chun logáil isteach, teastaíonn cuntas { $provider } le fíordheimhniú dhá fhachtóir (pasfhocal chomh maith le d’fhón póca, ECAS Mobile App nó eochair slándála).
index-sign-in = Logáil isteach le { $provider }

## Home (templates/home.html)

home-title = Baile
# $name is the signed-in person's name.
home-welcome = Fáilte, { $name }
home-role = Ról gairmiúil
home-area = Réimse téamach
home-access = Do rochtain
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Ionad
home-col-country = Tír
home-col-profile = Próifíl
# In a cell of that table when the grant does not say.
home-not-stated = níl sé luaite
home-ern-hint = Tá do roghanna agus do phainéil sa chluaisín ERN.
home-ern-link = Oscail an cluaisín ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Do ról gairmiúil
ern-area = Do réimse téamach
ern-change = Is féidir leat iad a athrú i do roghanna.
ern-preferences-link = Athraigh do roghanna
ern-panels-link = Oscail na painéil

## Preferences (templates/preferences.html)

preferences-title = Roghanna
preferences-first-heading = Fáilte go CPMS: do roghanna
preferences-first-intro = Is é seo an chéad uair a logáil tú isteach. Inis dúinn do ról gairmiúil (taispeántar é in aice le d’ainm sna painéil) agus an réimse téamach de chuid eUROGEN ar iarr tú rochtain air.
preferences-role-label = Ról gairmiúil
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Taispeántar é in aice le d’ainm sna painéil, mar shampla "Úireolaí péidiatraiceach" ({ $max ->
    [one] { $max } charachtar
    [two] { $max } charachtar
    [few] { $max } charachtar
    [many] { $max } gcarachtar
   *[other] { $max } carachtar
} ar a mhéad).
preferences-area-legend = Réimse téamach
preferences-submit = Nuashonraigh na roghanna
preferences-expired = Tá an fhoirm imithe in éag. Seol arís í.
preferences-role-missing = Clóscríobh do ról gairmiúil.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Ní féidir leis an ról gairmiúil a bheith níos faide ná { $max ->
    [one] { $max } charachtar
    [two] { $max } charachtar
    [few] { $max } charachtar
    [many] { $max } gcarachtar
   *[other] { $max } carachtar
}.
preferences-role-control = Ní féidir carachtair rialaithe a bheith sa ról gairmiúil.
preferences-area-unknown = Roghnaigh ceann de na réimsí téamacha atá liostaithe.

## Panels (templates/panels.html)

panels-title = Painéil
panels-no-members = Níl aon bhaill ann fós.

## Without access: how to request it (templates/access_request.html)

access-title = Iarr rochtain
access-heading = Níl rochtain agat ar CPMS fós
access-no-access = Níl aon rochtain cheadaithe ar CPMS ag do chuntas { $provider }. Iarr í sa chóras údaraithe, mar seo a leanas.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Oscail an córas údaraithe
# "Iarr rochtain": the provider's button (access-request-button).
access-step-start = Sa chóras údaraithe (ní gá fíordheimhniú dhá fhachtóir ansin), cliceáil "Iarr rochtain".
access-step-1 = Céim 1: roghnaigh an feidhmchlár "CPMS", ansin téigh ar aghaidh go Céim 2.
# "Oscail": the provider's button (access-open).
access-step-2 = Céim 2: cliceáil "Oscail" in aice le do ERN (mar shampla eUROGEN), ansin "Oscail" in aice le tír d’ionaid, agus roghnaigh d’ionad. Ná roghnaigh an cnaipe raidió in aice leis an ERN amháin: roghnaíonn sé sin an líonra gan d’ionad, agus diúltófar don iarratas.
access-step-3 = Céim 3: roghnaigh an phróifíl rochtana "HP" (gairmí sláinte).
# "Cuir an t-iarratas ar rochtain isteach": the provider's button (access-submit).
access-step-4 = Céim 4: seiceáil an achoimre (feidhmchlár CPMS, d’ionad, próifíl HP), cuir trácht leis más gá, agus cliceáil "Cuir an t-iarratas ar rochtain isteach".
access-after-approval = Nuair a bheidh d’iarratas ceadaithe ag deasc chabhrach CPMS, gheobhaidh tú ríomhphost; ansin logáil isteach arís.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Fíordheimhniú dhá fhachtóir ag teastáil
acr-required = Éilíonn CPMS fíordheimhniú dhá fhachtóir (leibhéal meánach).
acr-password-only = Níor logáil tú isteach ach le do phasfhocal.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Níor logáil tú isteach ach le do phasfhocal (leibhéal { $level }).
acr-how = Logáil isteach arís le do phasfhocal agus le dara fachtóir: cód SMS chuig d’fhón póca, ECAS Mobile App (cód PIN nó cód QR) nó eochair slándála. Mura bhfuil ceann ar bith agat fós, socraigh ceann in { $provider } ar dtús.

## Signing out (templates/logout.html)

logout-title = Logáil amach
logout-question = Logáil amach as CPMS agus as { $provider }?
logout-submit = Logáil amach
logout-stay = Fan logáilte isteach
signout-refused-title = Diúltaíodh don logáil amach
signout-refused = Tá an fhoirm imithe in éag. Bain triail eile as.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Tá an logáil isteach imithe in éag
signin-expired-elsewhere = Tá an logáil isteach seo imithe in éag, nó tosaíodh í i mbrabhsálaí eile. Logáil isteach arís.
signin-expired-used = Tá an logáil isteach seo imithe in éag, nó cuireadh i gcrích cheana í. Logáil isteach arís.
signin-refused-title = Diúltaíodh don logáil isteach
signin-refused-state = Ní bhaineann freagra { $provider } leis an logáil isteach seo. Logáil isteach arís.
signin-refused-issuer = Tháinig an freagra ó sholáthraí aitheantais nach rabhthas ag súil leis. Logáil isteach arís.
signin-refused-no-code = Níl aon chód údaraithe i bhfreagra { $provider }. Logáil isteach arís.
signin-cancelled-title = Cealaíodh an logáil isteach
signin-cancelled = Chealaigh tú an logáil isteach, mar sin níl tú logáilte isteach ar CPMS. Logáil isteach arís nuair a bheidh tú réidh.
signin-incomplete-title = Níor críochnaíodh an logáil isteach
signin-second-factor = Éilíonn CPMS fíordheimhniú dhá fhachtóir (leibhéal meánach). Socraigh dara fachtóir (fón póca, ECAS Mobile App nó eochair slándála) in { $provider }, ansin logáil isteach arís.
signin-incomplete = Níorbh fhéidir le { $provider } an logáil isteach a chríochnú. Logáil isteach arís.
signin-unverified-title = Níorbh fhéidir an logáil isteach a fhíorú
signin-unverified = Níorbh fhéidir le CPMS freagra { $provider } a fhíorú. Logáil isteach arís.

## Error pages (http/errors.rs)

error-not-found-title = Níor aimsíodh an leathanach
error-not-found = Níl aon leathanach ag an seoladh seo. Má chlóscríobh tú é, seiceáil é; mura ndearna, tosaigh arís ó leathanach baile CPMS.
error-method-title = Ní ghlacann an seoladh seo leis an gcineál seo iarratais
error-method = Tá an leathanach ann, ach ní don rud a sheol do bhrabhsálaí. Téigh chuig leathanach baile CPMS agus lean ar aghaidh as sin.
error-server-title = Tharla earráid
error-server = Bain triail eile as níos déanaí.
