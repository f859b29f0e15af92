# The provider's texts in Slovenian, translated from the reference catalogue
# (../en/main.ftl): the same ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Preskoči na glavno vsebino
account-menu = Meni računa
menu-my-account = Moj račun
menu-change-password = Sprememba gesla
menu-logout = Odjava
language-label = Jezik
language-change = Sprememba jezika
language-title = Izberite jezik

## Error pages (http/errors.rs)

link-home = Domača stran
error-invalid-request = Neveljavna zahteva
error-csrf-title = Neveljaven obrazec
error-csrf = Obrazec je potekel ali ga ni poslalo to spletišče. Vrnite se in poskusite znova.
error-not-found-title = Strani ni mogoče najti
error-not-found = Na tem naslovu ni strani. Naslov je morda napačno vpisan ali pa je bila stran premaknjena.
error-method-title = Ta naslov ne sprejema te vrste zahteve
error-method = Stran odprite prek povezave ali naslovne vrstice oziroma se vrnite na obrazec, s katerega ste prišli, in ga znova pošljite.
error-server-title = Prišlo je do napake
error-server = Pri nas je prišlo do napake. Poskusite znova čez nekaj trenutkov.
error-unavailable-title = Začasno ni na voljo
error-unavailable = Storitev trenutno ne more odgovoriti. Poskusite znova čez nekaj trenutkov.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
# Slovenian: "6. decembra 2026 ob 08:34 UTC"; the months are in the genitive.
date-time = { $day }. { $month } { $year } ob { $time } UTC
date-unknown = neznan datum
month-1 = januarja
month-2 = februarja
month-3 = marca
month-4 = aprila
month-5 = maja
month-6 = junija
month-7 = julija
month-8 = avgusta
month-9 = septembra
month-10 = oktobra
month-11 = novembra
month-12 = decembra
# Slovenian: the lengths of time are in the accusative ("1 minuto", "1 uro"), the case every
# message that uses them needs ("čez 1 minuto", "velja 1 uro", "1 uro po potrditvi").
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}
duration-hours = { $hours ->
    [one] { $hours } uro
    [two] { $hours } uri
    [few] { $hours } ure
   *[other] { $hours } ur
}
duration-hours-minutes = { $hours ->
    [one] { $hours } uro
    [two] { $hours } uri
    [few] { $hours } ure
   *[other] { $hours } ur
} in { $minutes ->
    [one] { $minutes } minuto
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}
error-no-client-id = Zahteva ne vsebuje parametra client_id: aplikacija, ki vas je napotila sem, je napačno nastavljena.
error-unknown-client = Neznana aplikacija: client_id te zahteve tu ni registriran.
error-redirect-unregistered = redirect_uri te zahteve ni registriran za to aplikacijo, zato vas ni mogoče vrniti vanjo.
error-no-redirect-uri = Zahteva ne vsebuje parametra redirect_uri.
error-cross-origin-title = Zahteva je zavrnjena
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Ta obrazec ni bil poslan s strani storitve { $brand }, zato ni bil izveden. Odprite { $brand } na naslovu { $issuer } in poskusite znova.
error-nul = Zahteva vsebuje znak NUL, ki ga ne sme vsebovati noben parameter.
error-too-large-title = Zahteva je prevelika
error-uri-too-long = URI zahteve je predolg.
error-body-too-large = Telo zahteve je preveliko.
error-redirect-target = Cilj preusmeritve ni veljaven.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Prišlo je do težave
