# It-testi tal-fornitur bil-Malti (tradotti mill-katalgu ta' referenza bl-Ingliż).
# Kull lingwa għandha eżattament l-istess identifikaturi, bl-istess varjabbli.
# Il-plurali bil-Malti: one = 1 (singular), two u few = 2 sa 10 u 0 (plural), many = 11 sa 19
# ("11-il minuta"), other = 20 'il fuq (singular).

## Il-qafas tal-paġni (templates/base.html)

# Link għal min juża t-tastiera, li jidher meta jkollu l-fokus: jaqbeż l-intestatura.
skip-to-content = Aqbeż għall-kontenut ewlieni
account-menu = Menu tal-kont
menu-my-account = Il-kont tiegħi
menu-change-password = Ibdel il-password
menu-logout = Oħroġ
language-label = Lingwa
language-change = Ibdel il-lingwa
language-title = Agħżel il-lingwa tiegħek

## Paġni ta' żball (http/errors.rs)

link-home = Paġna ewlenija
error-invalid-request = Talba invalida
error-csrf-title = Formola invalida
error-csrf = Il-formola skadiet jew ma ntbagħtitx minn dan is-sit. Jekk jogħġbok mur lura u erġa' pprova.
error-not-found-title = Il-paġna ma nstabitx
error-not-found = M'hemm l-ebda paġna f'dan l-indirizz. Jista' jkun li l-indirizz inkiteb ħażin, jew li l-paġna ġiet imċaqalqa.
error-method-title = Dan l-indirizz ma jaċċettax dan it-tip ta' talba
error-method = Iftaħ il-paġna minn link jew mill-bar tal-indirizzi, jew mur lura għall-formola li ġejt minnha u ibgħatha mill-ġdid.
error-server-title = Inqalgħet problema
error-server = Inqalgħet problema min-naħa tagħna. Jekk jogħġbok erġa' pprova wara ftit.
error-unavailable-title = Temporanjament mhux disponibbli
error-unavailable = Is-servizz ma jistax iwieġeb bħalissa. Jekk jogħġbok erġa' pprova wara ftit.

## Dati u tul ta' żmien (i18n::when, i18n::duration)

# Mument: $day u $year huma numri, $month l-isem tax-xahar kif jinkiteb f'data
# (month-1 … month-12), $time "08:34". Il-ħinijiet huma UTC.
date-time = { $day } ta' { $month } { $year }, { $time } UTC
date-unknown = data mhux magħrufa
month-1 = Jannar
month-2 = Frar
month-3 = Marzu
month-4 = April
month-5 = Mejju
month-6 = Ġunju
month-7 = Lulju
month-8 = Awwissu
month-9 = Settembru
month-10 = Ottubru
month-11 = Novembru
month-12 = Diċembru
duration-minutes = { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
}
duration-hours = { $hours ->
    [one] { $hours } siegħa
    [two] { $hours } sigħat
    [few] { $hours } sigħat
    [many] { $hours }-il siegħa
   *[other] { $hours } siegħa
}
duration-hours-minutes = { $hours ->
    [one] { $hours } siegħa
    [two] { $hours } sigħat
    [few] { $hours } sigħat
    [many] { $hours }-il siegħa
   *[other] { $hours } siegħa
} u { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
}
error-no-client-id = It-talba m'għandhiex client_id: l-applikazzjoni li bagħtitek hawn mhijiex ikkonfigurata sew.
error-unknown-client = Applikazzjoni mhux magħrufa: il-client_id ta' din it-talba mhuwiex irreġistrat hawn.
error-redirect-unregistered = Ir-redirect_uri ta' din it-talba mhuwiex irreġistrat għal din l-applikazzjoni, għalhekk ma tistax tintbagħat lura lejha.
error-no-redirect-uri = It-talba m'għandhiex redirect_uri.
error-cross-origin-title = Talba miċħuda
# $issuer huwa l-indirizz tas-servizz, eż. https://login.example.org
error-cross-origin = Din il-formola ma ntbagħtitx mill-paġni ta' { $brand }, għalhekk ma ġietx ipproċessata. Jekk jogħġbok iftaħ { $brand } fl-indirizz { $issuer } u erġa' pprova.
error-nul = It-talba fiha karattru NUL, li l-ebda parametru ma jista' jkun fih.
error-too-large-title = Talba kbira wisq
error-uri-too-long = L-URI tat-talba huwa twil wisq.
error-body-too-large = Il-korp tat-talba huwa kbir wisq.
error-redirect-target = Id-destinazzjoni tar-ridirezzjoni mhijiex valida.
# Indirizz web waħdu fuq linja (f'email).
link-alone = { $link }

form-errors-title = Hemm problema
