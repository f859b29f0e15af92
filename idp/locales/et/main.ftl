# The provider's texts in English: the reference catalogue. Every other language has exactly
# these ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Liigu põhisisu juurde
account-menu = Konto menüü
menu-my-account = Minu konto
menu-change-password = Muuda salasõna
menu-logout = Logi välja
language-label = Keel
language-change = Muuda keelt
language-title = Valige keel

## Error pages (http/errors.rs)

link-home = Avaleht
error-invalid-request = Vigane päring
error-csrf-title = Vigane vorm
error-csrf = Vorm on aegunud või ei saadetud seda sellelt saidilt. Minge tagasi ja proovige uuesti.
error-not-found-title = Lehte ei leitud
error-not-found = Sellel aadressil lehte ei ole. Aadress võib olla valesti sisestatud või leht on teisaldatud.
error-method-title = See aadress ei võta sellist päringut vastu
error-method = Avage leht lingi või aadressiriba kaudu või minge tagasi vormi juurde, millelt tulite, ja saatke see uuesti.
error-server-title = Midagi läks valesti
error-server = Meie poolel tekkis viga. Proovige mõne aja pärast uuesti.
error-unavailable-title = Ajutiselt kättesaamatu
error-unavailable = Teenus ei saa praegu vastata. Proovige mõne aja pärast uuesti.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
date-time = { $day }. { $month } { $year } kell { $time } UTC
date-unknown = teadmata aeg
month-1 = jaanuar
month-2 = veebruar
month-3 = märts
month-4 = aprill
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = august
month-9 = september
month-10 = oktoober
month-11 = november
month-12 = detsember
duration-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutit
}
duration-hours = { $hours ->
    [one] { $hours } tund
   *[other] { $hours } tundi
}
duration-hours-minutes = { $hours ->
    [one] { $hours } tund
   *[other] { $hours } tundi
} { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutit
}
error-no-client-id = Päringus puudub client_id: teid siia suunanud rakendus on valesti seadistatud.
error-unknown-client = Tundmatu rakendus: selle päringu client_id ei ole siin registreeritud.
error-redirect-unregistered = Selle päringu redirect_uri ei ole selle rakenduse jaoks registreeritud, seega ei saa teid rakendusse tagasi suunata.
error-no-redirect-uri = Päringus puudub redirect_uri.
error-cross-origin-title = Päring lükati tagasi
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Seda vormi ei saadetud teenuse { $brand } lehtedelt, seega seda ei täidetud. Avage teenus { $brand } aadressil { $issuer } ja proovige uuesti.
error-nul = Päring sisaldab NUL-märki, mida ükski parameeter ei tohi sisaldada.
error-too-large-title = Päring on liiga suur
error-uri-too-long = Päringu URI on liiga pikk.
error-body-too-large = Päringu sisu on liiga suur.
error-redirect-target = Ümbersuunamise sihtkoht ei ole kehtiv.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Esines probleem
