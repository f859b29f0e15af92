# The provider's texts in Irish (mail); see main.ftl.
#
# The e-mails and SMS the provider sends, in the language of the account they are about
# (mail/messages.rs), the messages of the mobile app's API that the app shows its user
# (http/app_api.rs), and the development outbox page (templates/outbox.html).
#
# In the e-mails: $brand is the name of the service ("EU Login"), $email the e-mail address of
# the account, $link a web address. Keep every { $link } alone on its line, as here: mail
# programs make it a link. A line holding only {""} is a blank line between two paragraphs
# (the HTML part of the mail makes each paragraph a block): keep them where they are.

## Every e-mail

# The first line of every e-mail, followed by a blank line. $first_name and $last_name are the
# recipient's names, in the order of an Irish formal letter.
mail-greeting = A { $first_name } { $last_name }, a chara,
# The last line of every e-mail.
mail-signature = Seolta chugat ag { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Cláraíodh thú le { $brand }
# $duration: how long the link works, in words ("1 uair an chloig", "30 nóiméad").
mail-registered-body =
    Cláraíodh thú le { $brand }.
    Is é { $email } do sheoladh ríomhphoist
    {""}
    Chun do phasfhocal a chruthú, lean an nasc thíos:
    {""}
    { $link }
    {""}
    Tá { $duration } ar a mhéad agat, ón am a seoladh an teachtaireacht seo, chun do phasfhocal a chruthú, ach moltar duit é a dhéanamh láithreach más féidir. Tar éis an ama sin, is féidir leat iarratas eile a dhéanamh tríd an nasc céanna a leanúint: beidh ort do sheoladh ríomhphoist a chur isteach arís agus d’iarratas a dheimhniú.
    {""}
    Mura n-oibríonn an nasc thuas, cóipeáil an seoladh iomlán thuas agus greamaigh é i mbarra seoltaí do bhrabhsálaí.
    {""}
    Má tá fadhb agat, ná freagair an teachtaireacht seo; lean an chabhair nó an fhaisnéis teagmhála ar an suíomh ar a raibh tú ag iarraidh clárú.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Do phasfhocal { $brand }
# $duration: how long the link works, in words ("1 uair an chloig", "30 nóiméad").
mail-reset-body =
    Iarradh pasfhocal nua do do chuntas { $brand } { $email }.
    Chun pasfhocal nua a roghnú, lean an nasc thíos:
    {""}
    { $link }
    {""}
    Tá an nasc bailí ar feadh { $duration } agus ní féidir é a úsáid ach uair amháin. Murar iarr tú é seo, déan neamhaird den teachtaireacht seo: níor athraíodh do phasfhocal.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Iarracht clárú le do sheoladh ríomhphoist
mail-existing-body =
    Rinne duine éigin iarracht clárú le { $brand } le do sheoladh ríomhphoist { $email }, a bhfuil cuntas aige cheana.
    Más tusa a bhí ann agus mura cuimhin leat do phasfhocal, is féidir leat ceann nua a roghnú anseo:
    {""}
    { $link }
    {""}
    Murab tusa a bhí ann, déan neamhaird den teachtaireacht seo: níor athraíodh aon rud.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: an iomarca iarrachtaí teipthe logáil isteach
# $until: the date and time the block ends ("6 Nollaig 2026, 08:34 UTC").
mail-lockout-body =
    Rinneadh an iomarca iarrachtaí teipthe logáil isteach le pasfhocal ar do chuntas { $brand } { $email }. Chun do chuntas a chosaint, tá logáil isteach le pasfhocal blocáilte go dtí { $until }.
    {""}
    Más tusa a bhí ann agus mura cuimhin leat do phasfhocal, roghnaigh ceann nua anseo; cuirfidh sé sin deireadh leis an mblocáil freisin:
    {""}
    { $link }
    {""}
    Murab tusa a bhí ann, b’fhéidir go bhfuil duine éigin ag iarraidh do phasfhocal a thomhas: roghnaigh pasfhocal nua fada ag an nasc céanna, agus seiceáil gníomhaíocht do chuntais in { menu-my-account }.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: athraíodh do chuntas
# Below the sentence that says what changed.
mail-changed-advice = Murab tusa a rinne é seo, logáil isteach ar { $brand }, bain in { menu-my-account } aon rud nach n-aithníonn tú, athraigh do phasfhocal, agus déan teagmháil leis an deasc chabhrach.
mail-change-password = Athraíodh pasfhocal do chuntais { $brand }.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Cuireadh an uimhir fóin phóca { $number } le do chuntas { $brand }.
mail-change-phone-removed = Baineadh an uimhir fóin phóca { $number } de do chuntas { $brand }.
# $name: the name the user gave the device, key or app ("M’fhón").
mail-change-device-added = Cuireadh an gléas soghluaiste "{ $name }" le do chuntas { $brand }.
mail-change-device-removed = Baineadh an gléas soghluaiste "{ $name }" de do chuntas { $brand }.
mail-change-device-locked = Cuireadh do ghléas soghluaiste "{ $name }" faoi ghlas tar éis an iomarca cód PIN mícheart. Chun é a úsáid, scrios é agus cuir leis arís é in { menu-my-account }.
mail-change-security-key-added = Cuireadh an eochair slándála "{ $name }" le do chuntas { $brand }.
mail-change-security-key-removed = Baineadh an eochair slándála "{ $name }" de do chuntas { $brand }.
mail-change-authenticator-app-added = Cuireadh an aip fíordheimhnithe "{ $name }" le do chuntas { $brand }.
mail-change-authenticator-app-removed = Baineadh an aip fíordheimhnithe "{ $name }" de do chuntas { $brand }.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Scriosadh gach gléas de do chuntas { $brand } (1 gléas soghluaiste, eochair slándála nó aip fíordheimhnithe).
   *[other] Scriosadh gach gléas de do chuntas { $brand } ({ $count } san iomlán: gléasanna soghluaiste, eochracha slándála agus aipeanna fíordheimhnithe).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: scriosadh do chuntas
mail-deleted-body = Scriosadh do chuntas { $brand } ar d’iarratas.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: deimhnigh baint do mhodhanna fíoraithe
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 nóiméad", "72 uair an chloig").
mail-recovery-link-body =
    Logáil duine éigin isteach ar do chuntas { $brand } { $email } le do phasfhocal, agus iarradh gach modh fíoraithe den chuntas a bhaint (gléasanna soghluaiste, eochracha slándála, aipeanna fíordheimhnithe agus uimhreacha fóin phóca), toisc nach féidir ceann ar bith acu a úsáid a thuilleadh.
    {""}
    Más tusa a bhí ann, deimhnigh é leis an nasc seo (bailí ar feadh { $duration }):
    {""}
    { $link }
    {""}
    Bainfear na modhanna { $wait } tar éis duit deimhniú; go dtí sin is féidir leat é a chealú, agus cuirfear ar an eolas thú trí ríomhphost.
    {""}
    Murab tusa a bhí ann, ná lean an nasc, agus athraigh do phasfhocal: tá sé ar eolas ag duine éigin.
mail-recovery-started-subject = { $brand }: bainfear do mhodhanna fíoraithe
# $when: the date and time of the removal ("6 Nollaig 2026, 08:34 UTC"). The last sentence
# names a page of My Account by its title.
mail-recovery-started-body =
    Bainfear gach modh fíoraithe de do chuntas { $brand } { $email } (gléasanna soghluaiste, eochracha slándála, aipeanna fíordheimhnithe agus uimhreacha fóin phóca) ar { $when }, mar a iarradh agus a deimhníodh ón mbosca poist seo.
    {""}
    Murar iarr tú é seo, cealaigh anois é leis an nasc seo, ansin athraigh do phasfhocal:
    {""}
    { $link }
    {""}
    Is féidir leat é a chealú freisin in { menu-my-account } > Scrios mo ghléasanna go léir.
mail-recovery-cancelled-subject = { $brand }: cealaíodh baint do mhodhanna fíoraithe
mail-recovery-cancelled-body = Cealaíodh baint mhodhanna fíoraithe do chuntais { $brand }. Níor baineadh aon rud.
mail-recovery-done-subject = { $brand }: baineadh do mhodhanna fíoraithe
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Mar a iarradh, baineadh an t-aon mhodh fíoraithe a bhí ar do chuntas { $brand }. Cuir gléas soghluaiste, eochair slándála nó uimhir fóin nua leis in { menu-my-account }.
   *[other] Mar a iarradh, baineadh gach modh fíoraithe de do chuntas { $brand } ({ $count } san iomlán). Cuir gléas soghluaiste, eochair slándála nó uimhir fóin nua leis in { menu-my-account }.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Ceadaíodh do rochtain ar { $app }
mail-access-denied-subject = Diúltaíodh d’iarratas ar rochtain ar { $app }
mail-access-revoked-subject = Cúlghaireadh do rochtain ar { $app }
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Cheadaigh deasc chabhrach { $app } d’iarratas ar rochtain ar { $app } (próifíl rochtana { $profile }, eagraíocht { $centre }).
mail-access-denied = Dhiúltaigh deasc chabhrach { $app } don iarratas a rinne tú ar rochtain ar { $app } (próifíl rochtana { $profile }, eagraíocht { $centre }).
mail-access-revoked = Chúlghair deasc chabhrach { $app } an rochtain a deonaíodh ar d’iarratas ar rochtain ar { $app } (próifíl rochtana { $profile }, eagraíocht { $centre }).
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Trácht ón deasc chabhrach: { $comment }
mail-access-reason = Cúis: { $reason }
mail-access-sign-in = Is féidir leat logáil isteach ar { $app } anois le do chuntas { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Is féidir leat logáil isteach ar { $app } anois le do chuntas { $brand }:
mail-access-again = Is féidir leat iarratas nua a chur isteach ag { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = D’iarratais: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it): á, í, ó, ú are not in the GSM alphabet, so the whole SMS holds 134 characters, of
# which the service's name and the code take up to 45. $code looks like "ABCD-EFGH": keep a
# space or a full stop on each side of it. $minutes is a number ("nóiméad" never changes).
sms-code = Cód { $brand }: { $code }. Bailí ar feadh { $minutes } nóiméad. Ná roinn é le duine ar bith.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Níl an cód QR seo ar eolas. Scan an cód QR a thaispeántar nuair a chuireann tú gléas soghluaiste leis in { menu-my-account }.
app-token-not-valid = Úsáideadh an cód QR seo cheana, tá sé imithe in éag, nó cuireadh ar neamhní é de bharr cóid PIN mhíchearta. Cuir an gléas leis arís in { menu-my-account }.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] Ní hé seo an cód PIN a roghnaíodh in { menu-my-account }. { $remaining } iarracht fágtha.
    [two] Ní hé seo an cód PIN a roghnaíodh in { menu-my-account }. { $remaining } iarracht fágtha.
    [few] Ní hé seo an cód PIN a roghnaíodh in { menu-my-account }. { $remaining } iarracht fágtha.
    [many] Ní hé seo an cód PIN a roghnaíodh in { menu-my-account }. { $remaining } n-iarracht fágtha.
   *[other] Ní hé seo an cód PIN a roghnaíodh in { menu-my-account }. { $remaining } iarracht fágtha.
}
app-unknown-device = Níl an gléas seo cláraithe (nó níl sé cláraithe a thuilleadh).
app-bad-signature = Ní fhíoraítear síniú an ghléis.
# $seconds: a number.
app-stale = Tá síniú an ghléis níos sine ná { $seconds ->
    [one] { $seconds } soicind
    [two] { $seconds } shoicind
    [few] { $seconds } shoicind
    [many] { $seconds } soicind
   *[other] { $seconds } soicind
} (nó tá clog an ghléis mícheart).
app-replayed = Úsáideadh síniú an ghléis seo cheana.
app-device-locked = Tá an gléas seo faoi ghlas tar éis an iomarca cód PIN mícheart. Scrios é agus cuir leis arís é in { menu-my-account }.
app-not-pending = Tá an t-iarratas seo imithe in éag, nó freagraíodh cheana é.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Cód PIN mícheart. { $remaining } iarracht fágtha sula gcuirfear an gléas faoi ghlas.
    [two] Cód PIN mícheart. { $remaining } iarracht fágtha sula gcuirfear an gléas faoi ghlas.
    [few] Cód PIN mícheart. { $remaining } iarracht fágtha sula gcuirfear an gléas faoi ghlas.
    [many] Cód PIN mícheart. { $remaining } n-iarracht fágtha sula gcuirfear an gléas faoi ghlas.
   *[other] Cód PIN mícheart. { $remaining } iarracht fágtha sula gcuirfear an gléas faoi ghlas.
}
app-wrong-number = Ní hí seo an uimhir a thaispeántar ar an leathanach gréasáin. Cealaíodh an t-iarratas.
app-browser-on = { $browser } ar { $system }
app-browser = { $browser }
app-push-title = Iarratas ar logáil isteach ó { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Bosca amach forbartha
outbox-hint = Mód forbartha amháin: gach ríomhphost agus SMS a sheol an soláthraí, an ceann is nuaí ar dtús.
outbox-empty = Tá an bosca amach folamh.
outbox-email = Ríomhphost
outbox-sms = Teachtaireacht téacs
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } chuig { $to } ar { $when }
