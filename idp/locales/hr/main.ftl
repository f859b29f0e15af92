# The provider's texts in Croatian, translated from the reference catalogue
# (../en/main.ftl): the same ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Prijeđi na glavni sadržaj
account-menu = Izbornik računa
menu-my-account = Moj račun
menu-change-password = Promjena lozinke
menu-logout = Odjava
language-label = Jezik
language-change = Promjena jezika
language-title = Odaberite jezik

## Error pages (http/errors.rs)

link-home = Početna stranica
error-invalid-request = Nevaljan zahtjev
error-csrf-title = Nevaljan obrazac
error-csrf = Obrazac je istekao ili ga nije poslala ova stranica. Vratite se i pokušajte ponovno.
error-not-found-title = Stranica nije pronađena
error-not-found = Na ovoj adresi nema stranice. Adresa je možda pogrešno upisana ili je stranica premještena.
error-method-title = Ova adresa ne prihvaća ovu vrstu zahtjeva
error-method = Otvorite stranicu putem poveznice ili adresne trake ili se vratite na obrazac s kojeg ste došli i ponovno ga pošaljite.
error-server-title = Došlo je do pogreške
error-server = Došlo je do pogreške na našoj strani. Pokušajte ponovno za nekoliko trenutaka.
error-unavailable-title = Privremeno nedostupno
error-unavailable = Usluga trenutačno ne može odgovoriti. Pokušajte ponovno za nekoliko trenutaka.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
# Croatian: "6. prosinca 2026. u 08:34 UTC"; the months are in the genitive.
date-time = { $day }. { $month } { $year }. u { $time } UTC
date-unknown = nepoznat datum
month-1 = siječnja
month-2 = veljače
month-3 = ožujka
month-4 = travnja
month-5 = svibnja
month-6 = lipnja
month-7 = srpnja
month-8 = kolovoza
month-9 = rujna
month-10 = listopada
month-11 = studenoga
month-12 = prosinca
# Croatian: the lengths of time are in the accusative ("1 minutu"), the case every message
# that uses them needs ("za 1 minutu", "vrijedi 1 minutu", "1 minutu nakon potvrde").
duration-minutes = { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}
duration-hours = { $hours ->
    [one] { $hours } sat
    [few] { $hours } sata
   *[other] { $hours } sati
}
duration-hours-minutes = { $hours ->
    [one] { $hours } sat
    [few] { $hours } sata
   *[other] { $hours } sati
} i { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}
error-no-client-id = Zahtjev ne sadržava client_id: aplikacija koja vas je ovamo uputila nije ispravno konfigurirana.
error-unknown-client = Nepoznata aplikacija: client_id ovog zahtjeva ovdje nije registriran.
error-redirect-unregistered = redirect_uri ovog zahtjeva nije registriran za ovu aplikaciju pa vas se ne može vratiti u nju.
error-no-redirect-uri = Zahtjev ne sadržava redirect_uri.
error-cross-origin-title = Zahtjev je odbijen
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Ovaj obrazac nije poslan sa stranica usluge { $brand } pa nije izvršen. Otvorite uslugu { $brand } na adresi { $issuer } i pokušajte ponovno.
error-nul = Zahtjev sadržava znak NUL, koji ne smije sadržavati nijedan parametar.
error-too-large-title = Zahtjev je prevelik
error-uri-too-long = URI zahtjeva predugačak je.
error-body-too-large = Tijelo zahtjeva preveliko je.
error-redirect-target = Odredište preusmjeravanja nije valjano.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Postoji problem
