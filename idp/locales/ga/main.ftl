# The provider's texts in Irish (main). English is the reference catalogue: every other
# language has exactly its ids, with the same placeables (checked by `i18n::tests`).
# Plural categories of Irish (CLDR): one (1), two (2), few (3-6), many (7-10), other.

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Léim chuig an bpríomhábhar
account-menu = Roghchlár an chuntais
menu-my-account = Mo chuntas
menu-change-password = Athraigh an pasfhocal
menu-logout = Logáil amach
language-label = Teanga
language-change = Athraigh an teanga
language-title = Roghnaigh do theanga

## Error pages (http/errors.rs)

link-home = Leathanach baile
error-invalid-request = Iarratas neamhbhailí
error-csrf-title = Foirm neamhbhailí
error-csrf = Tá an fhoirm imithe in éag, nó níor seoladh ón suíomh seo í. Téigh ar ais agus bain triail eile as.
error-not-found-title = Níor aimsíodh an leathanach
error-not-found = Níl aon leathanach ag an seoladh seo. B’fhéidir gur clóscríobhadh go mícheart é, nó gur bogadh an leathanach.
error-method-title = Ní ghlacann an seoladh seo leis an gcineál seo iarratais
error-method = Oscail an leathanach ó nasc nó ón mbarra seoltaí, nó téigh ar ais chuig an bhfoirm as ar tháinig tú agus seol arís í.
error-server-title = Tharla earráid
error-server = Tharla earráid ar ár dtaobh. Bain triail eile as ar ball beag.
error-unavailable-title = Níl sé ar fáil go sealadach
error-unavailable = Ní féidir leis an tseirbhís freagra a thabhairt faoi láthair. Bain triail eile as ar ball beag.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
date-time = { $day } { $month } { $year }, { $time } UTC
date-unknown = dáta anaithnid
month-1 = Eanáir
month-2 = Feabhra
month-3 = Márta
month-4 = Aibreán
month-5 = Bealtaine
month-6 = Meitheamh
month-7 = Iúil
month-8 = Lúnasa
month-9 = Meán Fómhair
month-10 = Deireadh Fómhair
month-11 = Samhain
month-12 = Nollaig
# "nóiméad" keeps the same form after every number.
duration-minutes = { $minutes } nóiméad
duration-hours = { $hours ->
    [one] { $hours } uair an chloig
    [two] { $hours } uair an chloig
    [few] { $hours } huaire an chloig
    [many] { $hours } n-uaire an chloig
   *[other] { $hours } uair an chloig
}
duration-hours-minutes = { $hours ->
    [one] { $hours } uair an chloig
    [two] { $hours } uair an chloig
    [few] { $hours } huaire an chloig
    [many] { $hours } n-uaire an chloig
   *[other] { $hours } uair an chloig
} agus { $minutes } nóiméad
error-no-client-id = Níl client_id san iarratas: tá an feidhmchlár a sheol anseo thú cumraithe go mícheart.
error-unknown-client = Feidhmchlár anaithnid: níl client_id an iarratais seo cláraithe anseo.
error-redirect-unregistered = Níl redirect_uri an iarratais seo cláraithe don fheidhmchlár seo, mar sin ní féidir thú a sheoladh ar ais chuige.
error-no-redirect-uri = Níl redirect_uri san iarratas.
error-cross-origin-title = Diúltaíodh don iarratas
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Níor seoladh an fhoirm seo ó leathanaigh { $brand }, mar sin níor cuireadh i gcrích í. Oscail { $brand } ag { $issuer } agus bain triail eile as.
error-nul = Tá carachtar NUL san iarratas, rud nach gceadaítear in aon pharaiméadar.
error-too-large-title = Iarratas rómhór
error-uri-too-long = Tá URI an iarratais rófhada.
error-body-too-large = Tá corp an iarratais rómhór.
error-redirect-target = Níl sprioc an atreoraithe bailí.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Tá fadhb ann
