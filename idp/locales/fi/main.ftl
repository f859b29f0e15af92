# Palvelun tekstit suomeksi. Englanninkielinen luettelo (en) on viiteluettelo: jokaisessa kielessä
# on täsmälleen samat tunnisteet ja samat muuttujat (tarkistetaan `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Siirry pääsisältöön
account-menu = Tilivalikko
menu-my-account = Oma tili
menu-change-password = Vaihda salasana
menu-logout = Kirjaudu ulos
language-label = Kieli
language-change = Vaihda kieli
language-title = Valitse kieli

## Error pages (http/errors.rs)

link-home = Etusivu
error-invalid-request = Virheellinen pyyntö
error-csrf-title = Virheellinen lomake
error-csrf = Lomake on vanhentunut, tai sitä ei lähetetty tältä sivustolta. Palaa takaisin ja yritä uudelleen.
error-not-found-title = Sivua ei löydy
error-not-found = Tässä osoitteessa ei ole sivua. Osoite on ehkä kirjoitettu väärin, tai sivu on siirretty.
error-method-title = Tämä osoite ei hyväksy tällaista pyyntöä
error-method = Avaa sivu linkistä tai osoiteriviltä, tai palaa lomakkeeseen, josta tulit, ja lähetä se uudelleen.
error-server-title = Jokin meni vikaan
error-server = Järjestelmässämme tapahtui virhe. Yritä hetken kuluttua uudelleen.
error-unavailable-title = Tilapäisesti poissa käytöstä
error-unavailable = Palvelu ei voi vastata juuri nyt. Yritä hetken kuluttua uudelleen.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
date-time = { $day }. { $month } { $year } klo { $time } UTC
date-unknown = tuntematon ajankohta
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta
duration-minutes = { $minutes ->
    [one] { $minutes } minuutti
   *[other] { $minutes } minuuttia
}
duration-hours = { $hours ->
    [one] { $hours } tunti
   *[other] { $hours } tuntia
}
duration-hours-minutes = { $hours ->
    [one] { $hours } tunti
   *[other] { $hours } tuntia
} { $minutes ->
    [one] { $minutes } minuutti
   *[other] { $minutes } minuuttia
}
error-no-client-id = Pyynnössä ei ole client_id-tunnistetta: sinut tänne ohjanneen sovelluksen asetukset ovat virheelliset.
error-unknown-client = Tuntematon sovellus: tämän pyynnön client_id-tunnistetta ei ole rekisteröity tähän palveluun.
error-redirect-unregistered = Tämän pyynnön redirect_uri-osoitetta ei ole rekisteröity tälle sovellukselle, joten sinua ei voida ohjata takaisin siihen.
error-no-redirect-uri = Pyynnössä ei ole redirect_uri-osoitetta.
error-cross-origin-title = Pyyntö hylättiin
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Tätä lomaketta ei lähetetty { $brand } -palvelun sivuilta, joten sitä ei käsitelty. Avaa { $brand } osoitteessa { $issuer } ja yritä uudelleen.
error-nul = Pyynnössä on NUL-merkki, jota mikään parametri ei saa sisältää.
error-too-large-title = Pyyntö on liian suuri
error-uri-too-long = Pyynnön URI-osoite on liian pitkä.
error-body-too-large = Pyynnön sisältö on liian suuri.
error-redirect-target = Uudelleenohjauksen kohde ei ole kelvollinen.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Lomakkeessa on virhe
