# The provider's texts in Irish (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 uair an chloig agus 5 nóiméad", "6 Nollaig 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Céadainm
account-last-name = Sloinne
account-email = Ríomhphost
account-language = Teanga
account-cancel = Cealaigh
account-submit = Seol
account-save = Sábháil
account-delete = Scrios
account-sign-in = Logáil isteach
account-back = Mo chuntas
account-wait-title = Fan tamall sula n-iarrann tú arís
account-link-invalid-title = Níl an nasc seo bailí a thuilleadh
account-check-email-title = Seiceáil do ríomhphost
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = imithe in éag
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = anaithnid

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Fáilte, { $name }
account-home-signed-in = Tá tú logáilte isteach ar { $brand } mar { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Tá tú logáilte isteach ar { $brand } mar { $email } (leibhéal fíoraithe: { $level }).
account-home-change-password-hint = (in Mo chuntas, le do phasfhocal reatha)
account-home-forgot-password = Ar chaill tú do phasfhocal?
account-home-sign-out = Logáil amach
account-home-intro = Cuntas amháin chun logáil isteach ar gach feidhmchlár atá nasctha le { $brand }.
account-home-register = Cruthaigh cuntas

## My Account (templates/account.html)

account-title = Mo chuntas
account-details-heading = Sonraí mo chuntais
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (seachtrach)
account-level = Leibhéal fíoraithe an tseisiúin seo
account-needs-second-factor = Éilíonn feidhmchláir amhail CPMS dara modh fíoraithe: cuir uimhir fóin phóca, gléas soghluaiste, eochair slándála nó aip fíordheimhnithe leis.
account-menu-change-password = Athraigh an pasfhocal
account-menu-details = Athraigh mo shonraí pearsanta
account-menu-delete = Scrios mo chuntas
account-menu-devices = Bainistigh mo ghléasanna soghluaiste
account-menu-phones = Bainistigh m’uimhreacha fóin phóca
account-menu-security-keys = Bainistigh m’eochracha slándála
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (curtha leis)
account-menu-authenticator-apps = Bainistigh m’aipeanna fíordheimhnithe
account-menu-sessions = Taispeáin mo sheisiúin
account-menu-sessions-hint = Is féidir leat na seisiúin a osclaíodh do na feidhmchláir ar thug tú cuairt orthu a fheiceáil.
account-menu-delete-devices = Scrios mo ghléasanna go léir
account-menu-delete-devices-hint = Le haghaidh fóin nua: baintear gach gléas soghluaiste, eochair slándála agus aip fíordheimhnithe.
account-menu-activity = Gníomhaíocht
account-menu-activity-hint = Imeachtaí slándála le déanaí ar do chuntas.
account-notice-password = Athraíodh do phasfhocal. Críochnaíodh do sheisiúin eile.
account-notice-details = Sábháladh do shonraí pearsanta.
account-notice-devices = Scriosadh do ghléasanna go léir. Is féidir leat do ghléas nua a chur leis anois.
account-notice-session = Críochnaíodh an seisiún.
account-notice-sent-again = Tá an ríomhphost ar an mbealach arís.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Níor shroich roinnt ríomhphost thú
# $email: the account's address.
account-undelivered = Dhiúltaigh freastalaí ríomhphoist { $email } do na ríomhphoist seo, nó níorbh fhéidir iad a sheachadadh in am. Má bhí do bhosca poist lán nó má athraíodh an seoladh, ceartaigh é sin ar dtús, ansin seol arís iad.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = “{ $subject }”, { $when }
account-undelivered-send-again = Seol arís
account-undelivered-gone = Ní féidir an ríomhphost seo a sheoladh arís: seoladh cheana é, nó ní leatsa é.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Athraigh mo shonraí pearsanta
account-first-name-missing = Cuir isteach do chéadainm.
account-last-name-missing = Cuir isteach do shloinne.
account-first-name-too-long = Ní féidir níos mó ná 100 gnáthcharachtar a bheith sa chéadainm.
account-last-name-too-long = Ní féidir níos mó ná 100 gnáthcharachtar a bheith sa sloinne.
account-language-invalid = Roghnaigh teanga ón liosta.

## Change password (templates/account_password.html)

account-password-title = Athraigh an pasfhocal
account-password-wait = Ar chúiseanna slándála, ní mór duit fanacht sular féidir leat do phasfhocal a athrú arís (am fágtha: { $wait }). I gcás práinne, déan teagmháil leis an deasc chabhrach.
account-password-rules = Ní mór do do phasfhocal nua na rialacha seo a chomhlíonadh:
account-password-current = Pasfhocal reatha
account-password-new = Pasfhocal nua
account-password-confirm = Deimhnigh an pasfhocal nua
account-password-too-long = Tá an pasfhocal rófhada.
account-password-wrong-current = Níl do phasfhocal reatha ceart.
account-password-too-soon = Ar chúiseanna slándála, ní mór duit fanacht sular féidir leat do phasfhocal a athrú arís (am fágtha: { $wait }). I gcás práinne, déan teagmháil leis an deasc chabhrach.
account-password-mismatch = Níl an dá phasfhocal nua mar an gcéanna.

## Delete my account (templates/account_delete.html)

account-delete-title = Scrios mo chuntas
account-delete-warning = Scriosfar do chuntas { $brand }, a uimhreacha fóin, a ghléasanna agus a eochracha slándála, agus cuirfear gach feidhmchlár a bhfuil tú logáilte isteach air ar an eolas. Ní féidir é seo a chealú.
account-delete-confirm = Ba mhaith liom mo chuntas { $brand } a scriosadh
account-delete-unconfirmed = Cuir tic sa bhosca le deimhniú gur cheart do chuntas a scriosadh.
account-deleted-title = Scriosadh do chuntas
account-deleted = Scriosadh do chuntas { $brand } agus gach rud a bhain leis.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Scrios mo ghléasanna go léir
account-delete-devices-pending = Bainfear gach modh fíoraithe de do chuntas ar { $when }, mar a d’iarr tú trí ríomhphost.
account-delete-devices-none = Níl aon ghléas soghluaiste, eochair slándála ná aip fíordheimhnithe ag do chuntas. Cuir ceann leis ó Mo chuntas.
account-delete-devices-now = Úsáid é seo nuair atá fón nua agat: baintear gach gléas soghluaiste, eochair slándála agus aip fíordheimhnithe de do chuntas. Ina dhiaidh sin, cuir do ghléas nua leis ó "Bainistigh mo ghléasanna soghluaiste". Coinnítear d’uimhreacha fóin phóca.
account-delete-devices-why = Chun do chuntas a chosaint, ní féidir do mhodhanna fíoraithe a bhaint le do phasfhocal amháin: d’fhéadfadh duine ar bith a gheobhadh amach é a mhodhanna féin a chur leis ansin.
account-delete-devices-can-use = Is féidir liom ceann acu a úsáid fós
account-delete-devices-can-use-text = Logáil isteach arís le do sheanfhón, le d’eochair slándála nó le d’aip fíordheimhnithe, ansin scrios iad go léir le chéile.
account-delete-devices-reauth = Logáil isteach le modh fíoraithe
account-delete-devices-cannot-use = Ní féidir liom ceann ar bith acu a úsáid
# $wait is the waiting period of a recovery ("24 uair an chloig").
account-delete-devices-recovery = Seolfaimid nasc chuig do sheoladh ríomhphoist. Tar éis duit deimhniú leis, bainfear gach modh fíoraithe de do chuntas (gléasanna soghluaiste, eochracha slándála, aipeanna fíordheimhnithe agus uimhreacha fóin phóca) { $wait } ina dhiaidh sin. Cuirfear ar an eolas thú láithreach trí ríomhphost, agus is féidir leat é a chealú go dtí sin.
account-delete-devices-send-link = Seol an nasc chugam

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Bain gach modh fíoraithe
# $minutes: how long the link can be used ("nóiméad" keeps the same form after every number).
account-recovery-sent = Seoladh nasc chuig { $email }. Tá sé bailí ar feadh { $minutes } nóiméad.
account-recovery-sent-next = Lean é chun deimhniú. Bainfear do mhodhanna fíoraithe { $wait } tar éis duit deimhniú, agus is féidir leat é a chealú go dtí sin.
account-recovery-confirm-text = Bainfear gach gléas soghluaiste, eochair slándála, aip fíordheimhnithe agus uimhir fóin phóca den chuntas { $brand } { $email }, { $wait } tar éis duit deimhniú. Cuirfear ar an eolas thú trí ríomhphost, le nasc chun é a chealú.
account-recovery-confirm = Deimhnigh
account-recovery-started-title = Deimhníodh an bhaint
account-recovery-started = Bainfear gach modh fíoraithe de do chuntas ar { $when }.
account-recovery-started-next = Seoladh ríomhphost chugat le nasc chun é a chealú. Tar éis an ama sin, logáil isteach le do phasfhocal agus cuir do ghléas nua leis in Mo chuntas.
account-recovery-cancel-title = Cealaigh baint do mhodhanna fíoraithe
account-recovery-due = Tá gach modh fíoraithe de do chuntas le baint ar { $when }.
account-recovery-cancel = Cealaigh an bhaint
account-recovery-cancel-hint = Murar iarr tú é, athraigh do phasfhocal freisin: tá sé ar eolas ag duine éigin.
account-recovery-cancelled-title = Cealaíodh an bhaint
account-recovery-cancelled = Níor baineadh aon rud. Fanann do mhodhanna fíoraithe mar atá siad.
account-recovery-nothing-title = Níl aon rud le cealú
account-recovery-nothing = Ní raibh aon bhaint de do mhodhanna fíoraithe ar feitheamh.
account-recovery-invalid = Tá an nasc a lean tú imithe in éag, úsáideadh cheana é, nó cuireadh nasc níos nuaí ina áit.
account-recovery-start-again = Tosaigh arís ó "Scrios mo ghléasanna go léir"
account-recovery-paced = Seoladh ríomhphost le nasc tamall beag ó shin. Is féidir leat ceann nua a iarraidh i gceann { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Taispeáin mo sheisiúin
account-sessions-title = Mo sheisiúin
account-sessions-started = Tosaithe
account-sessions-last-seen = Feicthe go deireanach
account-sessions-level = Leibhéal
account-sessions-from = Ó
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Gníomh
account-sessions-current = An seisiún seo
account-sessions-end = Críochnaigh an seisiún seo
account-sessions-not-yours = Ní leatsa an seisiún seo, nó tá sé críochnaithe cheana.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Gníomhaíocht
account-activity-intro = Na himeachtaí slándála is déanaí ar do chuntas.
account-activity-when = Cathain
account-activity-what = Cad
account-activity-from = Ó
account-activity-details = Sonraí
account-event-signin-success = Logáil isteach
account-event-signin-failure = Teip ar logáil isteach
account-event-signed-out = Logáil amach
account-event-account-registered = Cuntas cruthaithe
account-event-account-locked = Logáil isteach le pasfhocal blocáilte tar éis an iomarca iarrachtaí teipthe
account-event-password-set = Pasfhocal socraithe nó athraithe
account-event-factor-added = Modh fíoraithe curtha leis
account-event-factor-removed = Modh fíoraithe bainte
account-event-sms-sent = Teachtaireacht téacs seolta
account-event-device-locked = Gléas soghluaiste faoi ghlas (cóid PIN mhíchearta)
account-event-push-denied = Iarratas ar logáil isteach diúltaithe ar ghléas soghluaiste
account-event-push-wrong-number = Uimhir mhícheart roghnaithe ar ghléas soghluaiste
account-event-token-revoked = Rochtain cúlghairthe ag feidhmchlár
account-event-code-replayed = Úsáideadh cód logála isteach faoi dhó: cúlghaireadh an rochtain a thug sé
account-event-refresh-reused = Athúsáideadh sean-chomhartha rochtana: cúlghaireadh an rochtain lenar bhain sé
account-event-recovery-link-sent = Iarradh gach modh fíoraithe a bhaint (nasc seolta trí ríomhphost)
account-event-recovery-started = Deimhníodh baint gach modh fíoraithe (tréimhse feithimh)
account-event-recovery-cancelled = Cealaíodh baint gach modh fíoraithe
account-event-access-requested = Rochtain iarrtha
account-event-access-approved = Iarratas ar rochtain ceadaithe
account-event-access-denied = Iarratas ar rochtain diúltaithe
account-event-access-revoked = Rochtain cúlghairthe
account-event-message-undelivered = Ríomhphost nó teachtaireacht téacs gan seachadadh
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "le Fón póca + SMS, leibhéal meánach, do CPMS" or "eochair slándála "YubiKey", leibhéal ard".
account-activity-factor-phone = uimhir fóin phóca
account-activity-factor-mobile-device = gléas soghluaiste
account-activity-factor-security-key = eochair slándála
account-activity-factor-authenticator-app = aip fíordheimhnithe
account-activity-factor-count = { $count ->
    [one] { $count } mhodh fíoraithe
    [two] { $count } mhodh fíoraithe
    [few] { $count } mhodh fíoraithe
    [many] { $count } modh fíoraithe
   *[other] { $count } modh fíoraithe
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } "{ $name }"
# $factor is "uimhir fóin phóca"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = "{ $name }"
# $method is the verification method used (one of login-method-*).
account-activity-method = le { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = leibhéal { $level }
# $client is the name of the application signed in to.
account-activity-client = do { $client }
account-activity-via-my-account = in Mo chuntas
account-activity-via-set-password = leis an nasc sa ríomhphost clárúcháin
account-activity-via-reset = le nasc "Ar chaill tú do phasfhocal?"
account-activity-via-recovery = tar éis athshlánú cuntais
account-activity-purpose-sms-enrol = chun uimhir nua a dheimhniú
account-activity-purpose-sms-login = chun logáil isteach
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = chuig { $phone }
account-activity-pin-failures = { $count ->
    [one] tar éis cód PIN mícheart amháin
   *[other] tar éis cóid PIN mhíchearta ({ $count })
}
account-activity-until = go dtí { $when }
account-activity-on = ar { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = próifíl rochtana { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = ag { $name }
account-activity-by-helpdesk = ag an deasc chabhrach
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = cúis: { $reason }
account-activity-reason-wrong-password = pasfhocal mícheart
account-activity-reason-no-password = níl aon phasfhocal socraithe
account-activity-reason-unknown-account = cuntas anaithnid
account-activity-reason-locked = faoi ghlas
account-activity-reason-wrong-code = cód mícheart
account-activity-reason-code-reused = cód athúsáidte
account-activity-reason-too-many-codes = an iomarca cód
account-activity-reason-too-many-codes-hour = an iomarca cód an uair seo
account-activity-reason-device-locked = gléas faoi ghlas
account-activity-reason-expired = iarratas imithe in éag
account-activity-reason-not-verified = freagra nár fíoraíodh
account-activity-reason-already-registered = cláraithe cheana
account-activity-token-access = comhartha rochtana
account-activity-token-refresh = comhartha athnuachana
account-activity-grant-revoked = deonú cúlghairthe
account-activity-family-revoked = teaghlach comharthaí cúlghairthe

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Cruthaigh cuntas
account-register-intro = Is fearr do sheoladh ríomhphoist institiúideach a úsáid. Gheobhaidh tú ríomhphost le nasc chun do phasfhocal a chruthú.
account-register-email-confirm = Deimhnigh an ríomhphost
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Teanga na ríomhphost
account-register-submit = Cruthaigh cuntas
account-register-sign-in = An bhfuil cuntas agat cheana? Logáil isteach
account-register-thanks = Go raibh maith agat as clárú.
# $minutes: how long the link can be used.
account-register-sent = Tá ríomhphost ar an mbealach chuig { $email } le nasc chun do phasfhocal a chruthú. Tá an nasc bailí ar feadh { $minutes } nóiméad. D’fhéadfadh sé cúpla nóiméad a thógáil teacht; seiceáil d’fhillteán turscair freisin.
account-register-first-name-invalid = Tá do chéadainm rófhada, nó tá carachtair ann nach gceadaítear.
account-register-last-name-invalid = Tá do shloinne rófhada, nó tá carachtair ann nach gceadaítear.
account-register-email-invalid = Cuir isteach seoladh ríomhphoist bailí, mar shampla ainm@ospideal.eu.
account-register-email-mismatch = Níl an dá sheoladh ríomhphoist mar an gcéanna.
account-register-throttled = Seoladh ríomhphost chuig an seoladh seo tamall beag ó shin, nó iarradh an iomarca díobh ó do líonra. Is féidir leat iarraidh arís i gceann { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Cruthaigh do phasfhocal
# $email is the address of the account whose password is being created.
account-set-password-account = Cuntas: { $email }
account-set-password-rules = Ní mór do do phasfhocal na rialacha seo a chomhlíonadh:
account-set-password-new = Pasfhocal nua
account-set-password-confirm = Deimhnigh an pasfhocal nua
account-set-password-mismatch = Níl an dá phasfhocal mar an gcéanna.
account-set-password-done-title = Socraíodh do phasfhocal
account-set-password-done = Sábháladh do phasfhocal. Is féidir leat logáil isteach anois le do sheoladh ríomhphoist agus leis an bpasfhocal seo.
account-password-recent-title = D’athraigh tú do phasfhocal le déanaí
account-password-recent = Ar chúiseanna slándála, ní mór duit fanacht sular féidir leat do phasfhocal a athrú arís. Is féidir leat é a athrú arís i gceann { $wait }.
account-password-urgent = I gcás práinne, déan teagmháil leis an deasc chabhrach.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Ar chaill tú do phasfhocal?
# $minutes: how long a link can be used.
account-forgot-expired = Tá an nasc a lean tú imithe in éag, nó úsáideadh cheana é. Tá naisc bailí ar feadh { $minutes } nóiméad agus ní féidir iad a úsáid ach uair amháin.
account-forgot-again = Cuir isteach do sheoladh ríomhphoist arís chun nasc nua a fháil.
account-forgot-intro = Cuir isteach seoladh ríomhphoist do chuntais { $brand }. Seolfaimid nasc chugat chun pasfhocal nua a roghnú; beidh sé bailí ar feadh { $minutes } nóiméad.
account-forgot-submit = Seol nasc chugam
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Má tá cuntas { $brand } ann do { $email }, tá ríomhphost le nasc chun pasfhocal a roghnú ar an mbealach. Tá an nasc bailí ar feadh { $minutes } nóiméad. Mura dtagann sé, is féidir leat ceann nua a iarraidh i gceann { $wait }.
