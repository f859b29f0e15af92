# The provider's texts in Irish (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Logáil isteach
login-heading = Logáil isteach chun leanúint ar aghaidh
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Fáilte, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (ní tusa?)
login-submit = Logáil isteach
login-cancel = Cealaigh agus fill ar an bhfeidhmchlár
login-choose-another = Roghnaigh modh fíoraithe eile
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = bunúsach
login-level-medium = meánach
login-level-high = ard

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Pasfhocal
login-method-sms = Fón póca + SMS
login-method-app-pin = Cód PIN na haipe móibílí
login-method-app-qr = Cód QR na haipe móibílí
login-method-webauthn = Eochair slándála nó ardán iontaofa
login-method-totp = Aip fíordheimhnithe (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Chun do ghléasanna go léir a scriosadh, logáil isteach arís le deimhniú gur tusa atá ann.
login-reauth-devices = Chun gléas soghluaiste a chur leis nó a bhaint, logáil isteach arís le deimhniú gur tusa atá ann.
login-reauth-phones = Chun uimhir fóin phóca a chur leis nó a bhaint, logáil isteach arís le deimhniú gur tusa atá ann.
login-reauth-security-keys = Chun eochair slándála a chur leis nó a bhaint, logáil isteach arís le deimhniú gur tusa atá ann.
login-reauth-authenticator-apps = Chun aip fíordheimhnithe a chur leis nó a bhaint, logáil isteach arís le deimhniú gur tusa atá ann.
login-reauth-delete-account = Chun do chuntas a scriosadh, logáil isteach arís le deimhniú gur tusa atá ann.
login-reauth-sessions = Chun seisiún a chríochnú, logáil isteach arís le deimhniú gur tusa atá ann.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Chun an bealach a logálann tú isteach a athrú, bíonn logáil isteach le déanaí ag teastáil i gcónaí.

## The identifier page (login_identifier.html)

login-client-uses = Úsáideann { $client } { $brand } chun thú a shainaithint.
login-email-label = Úsáid do sheoladh ríomhphoist
login-email-required = Cuir isteach seoladh ríomhphoist do chuntais { $brand }.
login-remember = Cuimhnigh orm ar an ngléas seo
login-next = Ar aghaidh
login-create-account = Cruthaigh cuntas

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = Éilíonn { $client } logáil isteach le dara modh fíoraithe (leibhéal "{ $level }").
login-password-label = Pasfhocal
login-method-label = Roghnaigh do mhodh fíoraithe
login-method-hint = Cuirtear uimhreacha fóin phóca, gléasanna soghluaiste agus eochracha slándála leis in Mo chuntas (roghchlár an ghiar) tar éis duit logáil isteach le do phasfhocal.
login-lost-password = Ar chaill tú do phasfhocal?
login-method-invalid = Roghnaigh ceann de na modhanna fíoraithe atá sa liosta.
login-invalid-credentials = Seoladh ríomhphoist nó pasfhocal neamhbhailí
# $until is a date and time ("6 Nollaig 2026, 08:34 UTC"), $wait a length of time
# ("1 uair an chloig agus 5 nóiméad"). The quoted words are the link login-lost-password.
login-locked = Rinneadh an iomarca iarrachtaí teipthe logáil isteach leis an seoladh ríomhphoist seo. Chun an cuntas a chosaint, tá logáil isteach le pasfhocal blocáilte go dtí { $until } (i gceann { $wait }). Má tá dearmad déanta agat ar do phasfhocal, roghnaigh ceann nua le "Ar chaill tú do phasfhocal?".
# $wait is a length of time ("5 nóiméad").
login-throttled = Rinneadh an iomarca iarrachtaí teipthe logáil isteach ó do líonra. Bain triail eile as i gceann { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Modh fíoraithe
login-password-accepted = Glacadh le do phasfhocal.
# $method is one of login-method-*.
login-method-not-added = Níor chuir tú an modh fíoraithe seo ({ $method }) le do chuntas fós.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Ní shroicheann { $method } an leibhéal a éilíonn an feidhmchlár seo ({ $level }).
login-no-usable-method = Níl aon mhodh fíoraithe ag do chuntas fós a nglacann an feidhmchlár seo leis.
login-not-added-yet = Níl siad seo curtha le do chuntas fós:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: logáil isteach le do phasfhocal, ansin cuir leis é ó Mo chuntas (roghchlár an ghiar).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } in Mo chuntas
# $method is one of login-method-*.
login-method-not-accepted = Ní ghlacann an feidhmchlár seo le { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Seol cód fíoraithe i dteachtaireacht téacs chuig
login-sms-send = Seol an cód
login-sms-sent = Seoladh cód fíoraithe i dteachtaireacht téacs chuig d’fhón póca. D’fhéadfadh sé suas le 8 nóiméad a thógáil teacht.
# $wait is a length of time ("1 nóiméad").
login-sms-next-code = Mura dtagann aon chód, is féidir leat ceann nua a iarraidh i gceann { $wait }.
login-sms-resend = Seol cód nua
login-sms-off = Ní thairgeann an tseirbhís seo Fón póca + SMS.
login-sms-limited-title = Fan tamall sula n-iarrann tú cód nua
# $wait is a length of time ("1 nóiméad").
login-sms-limited = Seoladh teachtaireacht téacs tamall beag ó shin, nó seoladh an iomarca díobh. Is féidir leat cód nua a iarraidh i gceann { $wait }.
login-sms-not-delivered = Níorbh fhéidir an teachtaireacht téacs le do chód a sheachadadh chuig an uimhir seo. Seol cód nua, nó roghnaigh modh fíoraithe eile.
login-sms-choose-phone = Roghnaigh ceann de na huimhreacha fóin phóca atá cláraithe agat.
login-sms-wrong = Níl an cód fíoraithe ceart. { $remaining ->
    [one] { $remaining } iarracht fágtha.
    [two] { $remaining } iarracht fágtha.
    [few] { $remaining } iarracht fágtha.
    [many] { $remaining } n-iarracht fágtha.
   *[other] { $remaining } iarracht fágtha.
}
login-sms-dead = Níl an cód fíoraithe seo bailí a thuilleadh (imithe in éag, curtha ar ceal ag cód níos nuaí, nó an iomarca iarrachtaí míchearta). Seol cód nua.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Aip fíordheimhnithe
login-totp-intro = Oscail an aip fíordheimhnithe ar d’fhón agus cuir isteach an cód 6 dhigit a thaispeánann sí do { $brand }.
login-totp-code-label = Cuir isteach an cód 6 dhigit
login-totp-wrong = Níl an cód ceart. Cuir isteach an cód 6 dhigit atá á thaispeáint ag d’aip fíordheimhnithe anois. { $remaining ->
    [one] { $remaining } iarracht fágtha.
    [two] { $remaining } iarracht fágtha.
    [few] { $remaining } iarracht fágtha.
    [many] { $remaining } n-iarracht fágtha.
   *[other] { $remaining } iarracht fágtha.
}
login-totp-reused = Úsáideadh an cód seo cheana. Fan go dtaispeánfaidh d’aip fíordheimhnithe cód nua, ansin cuir isteach é. { $remaining ->
    [one] { $remaining } iarracht fágtha.
    [two] { $remaining } iarracht fágtha.
    [few] { $remaining } iarracht fágtha.
    [many] { $remaining } n-iarracht fágtha.
   *[other] { $remaining } iarracht fágtha.
}
login-totp-stopped = Cuireadh an iomarca cód mícheart isteach. Ar mhaithe le do shlándáil, stopadh an logáil isteach seo: tosaigh arís ón bhfeidhmchlár.
login-totp-paused-title = An iomarca cód mícheart
# $wait is a length of time ("50 nóiméad").
login-totp-paused = Cuireadh an iomarca cód mícheart ó aip fíordheimhnithe isteach do do chuntas. Is féidir leat í a úsáid arís i gceann { $wait }; idir an dá linn, roghnaigh modh fíoraithe eile.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Nuair a iarrann do bhrabhsálaí ort é, cuir isteach d’eochair slándála agus bain léi, nó díghlasáil do ríomhaire nó d’fhón.
login-webauthn-start = Úsáid m’eochair slándála
login-webauthn-off = Ní féidir eochracha slándála a úsáid leis an tseirbhís seo.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Seoladh iarratas ar logáil isteach san fheidhmchlár { $client } chuig do ghléasanna soghluaiste. Oscail aip mhóibíleach { $brand }, roghnaigh an uimhir seo agus cuir isteach do chód PIN:
login-app-pin-waiting = Ag fanacht le do cheadú ar do ghléas soghluaiste...
# A button shown only when the browser runs no script.
login-app-pin-continue = Cheadaigh mé é: lean ar aghaidh
login-app-pin-resend = Seol iarratas nua
login-app-pin-approved = Ceadaíodh ar do ghléas soghluaiste é. Do do logáil isteach...
login-app-pin-denied = Diúltaíodh don iarratas ar do ghléas soghluaiste.
login-app-pin-wrong-number = Ní hí an uimhir a roghnaíodh ar do ghléas soghluaiste an uimhir a thaispeántar anseo. Cealaíodh an t-iarratas.
login-app-pin-expired = Tá an t-iarratas imithe in éag. Seol iarratas nua chuig do ghléas soghluaiste.
login-app-pin-limited-title = An iomarca iarratas
# $wait is a length of time ("1 nóiméad").
login-app-pin-limited = Seoladh an iomarca iarratas ar logáil isteach chuig do ghléasanna soghluaiste. Bain triail eile as i gceann { $wait }, nó roghnaigh modh fíoraithe eile.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Scan an cód QR seo le haip mhóibíleach { $brand } agus cuir isteach do chód PIN san aip. Oibríonn sé fiú mura bhfuil líonra ar d’fhón.
# The text alternative of the QR code image.
login-app-qr-alt = Cód QR le scanadh le haip mhóibíleach { $brand }
login-app-qr-paste = Ní féidir leat é a scanadh? Greamaigh an téacs seo san aip:
login-app-qr-code-label = An cód a ghin d’aip
login-app-qr-wrong = Níl an cód ceart. { $remaining ->
    [one] { $remaining } iarracht fágtha.
    [two] { $remaining } iarracht fágtha.
    [few] { $remaining } iarracht fágtha.
    [many] { $remaining } n-iarracht fágtha.
   *[other] { $remaining } iarracht fágtha.
}
login-app-qr-dead = Níl an cód QR seo bailí a thuilleadh (imithe in éag, nó an iomarca cód mícheart). Tá cód QR nua á thaispeáint: scan é le d’aip.
login-app-qr-locked-title = Gléas soghluaiste faoi ghlas
login-app-qr-locked = Cuireadh do ghléas soghluaiste faoi ghlas tar éis an iomarca cód nó cód PIN mícheart. Scrios é agus cuir leis arís é in Mo chuntas, nó roghnaigh modh fíoraithe eile.

## Refusals of any sign-in step

login-expired-title = Tá an leathanach logála isteach seo imithe in éag
login-expired = Níl leathanaigh logála isteach bailí ach ar feadh tréimhse theoranta, agus ní féidir iad a úsáid ach uair amháin. Má bhí tú ag logáil isteach i bhfeidhmchlár, téigh ar ais chuige agus logáil isteach arís; mura raibh, tosaigh ón leathanach baile.
login-form-incomplete = Níor líonadh an fhoirm go hiomlán. Téigh ar ais agus bain triail eile as.
login-request-invalid = Níl an t-iarratas a sheol an feidhmchlár bailí, mar sin ní féidir é a chur i gcrích. Téigh ar ais chuig an bhfeidhmchlár agus bain triail eile as.
login-already-completed = Tá an logáil isteach seo curtha i gcrích cheana.
login-redirect-invalid = Níl an URI atreoraithe cláraithe bailí.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Tá modh fíoraithe níos láidre ag teastáil
# $level is one of login-level-*.
login-step-up-needed = Éilíonn { $client } logáil isteach ag leibhéal "{ $level }" (pasfhocal agus dara modh fíoraithe, amhail fón póca nó eochair slándála). Níl a leithéid de mhodh ag do chuntas fós.
login-step-up-hint = Cuir uimhir fóin phóca, gléas soghluaiste nó eochair slándála leis in Mo chuntas, ansin fill anseo.
login-step-up-account = Téigh chuig Mo chuntas chun modh fíoraithe a chur leis
login-return-to-app = Fill ar an bhfeidhmchlár

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Ag filleadh ar an bhfeidhmchlár
login-form-post-noscript = Tá JavaScript múchta: brúigh an cnaipe chun leanúint ar aghaidh.
login-continue = Lean ar aghaidh

## Signing out (logout.html)

login-logout-title = Logáil amach
# $email is the address of the signed-in account.
login-logout-question-as = An bhfuil tú ag iarraidh logáil amach as { $brand } mar { $email }?
login-logout-question = An bhfuil tú ag iarraidh logáil amach as { $brand }?
login-logout-apps = Logálfar amach thú as na feidhmchláir a d’úsáid tú sa seisiún seo.
login-logout-submit = Logáil amach
login-signed-out-title = Tá tú logáilte amach
login-signed-out = Tá tú logáilte amach as { $brand }.
login-sign-in-again = Logáil isteach arís
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = Ní comhartha aitheantais a d’eisigh an soláthraí seo é an id_token_hint.
login-logout-client-mismatch = Ní mheaitseálann client_id leis an id_token_hint.
login-logout-uri-unregistered = Níl an post_logout_redirect_uri cláraithe don fheidhmchlár seo.
login-logout-uri-invalid = Níl an post_logout_redirect_uri bailí.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Carachtair: { $min } ar a laghad (suas le { $max }); is pasfhocal maith é cúpla focal nach mbaineann le chéile
login-policy-rule-any = Ceadaítear spásanna agus carachtar ar bith; ní gá meascán de chineálacha carachtar
login-policy-rule-common = Gan a bheith ina phasfhocal coitianta nó sceite, agus gan a bheith furasta a thomhas (gan focail athráite, sraitheanna eochracha ná seichimh)
login-policy-rule-personal = Ní ceadmhach d’ainm ná do sheoladh ríomhphoist a bheith ann
# $length and $min are numbers of characters.
login-policy-too-short = Tá an pasfhocal róghearr: { $length ->
    [one] { $length } charachtar
    [two] { $length } charachtar
    [few] { $length } charachtar
    [many] { $length } gcarachtar
   *[other] { $length } carachtar
}, ach tá { $min } ar a laghad ag teastáil.
# $max is a number of characters.
login-policy-too-long = Tá an pasfhocal rófhada: ní cheadaítear níos mó ná { $max } carachtar.
login-policy-personal = Ní ceadmhach d’ainm ná do sheoladh ríomhphoist a bheith sa phasfhocal.
login-policy-common = Tá an pasfhocal seo róchoitianta: tá sé le fáil i liostaí de phasfhocail sceite.
login-policy-guessable = Tá an pasfhocal seo ró-éasca a thomhas. Bain triail as cúpla focal nach mbaineann le chéile, mar shampla abairt ghearr nach scríobhfadh aon duine ach tú féin.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Tá an pasfhocal seo ró-éasca a thomhas: { $reason } Bain triail as cúpla focal nach mbaineann le chéile, mar shampla abairt ghearr nach scríobhfadh aon duine ach tú féin.
login-policy-why-keyboard-rows = is furasta sraitheanna díreacha eochracha a thomhas.
login-policy-why-keyboard-patterns = is furasta patrúin ghearra méarchláir a thomhas.
login-policy-why-repeats = is furasta athrá cosúil le "aaa" a thomhas.
login-policy-why-repeated-words = níl athrá cosúil le "abcabcabc" ach beagán níos deacra a thomhas ná "abc".
login-policy-why-top-10 = tá sé seo ar cheann de na 10 bpasfhocal is coitianta.
login-policy-why-top-100 = tá sé seo ar cheann de na 100 pasfhocal is coitianta.
login-policy-why-common = is pasfhocal an-choitianta é seo.
login-policy-why-similar = tá sé seo cosúil le pasfhocal a úsáidtear go minic.
login-policy-why-sequences = is furasta seichimh cosúil le abc nó 6543 a thomhas.
login-policy-why-years = is furasta blianta le déanaí a thomhas.
login-policy-why-word = is furasta focal leis féin a thomhas.
login-policy-why-dates = is minic gur furasta dátaí a thomhas.
login-policy-why-names = is furasta ainmneacha agus sloinnte leo féin a thomhas.
login-policy-why-common-names = is furasta ainmneacha agus sloinnte coitianta a thomhas.
