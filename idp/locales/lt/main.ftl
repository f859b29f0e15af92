# The provider's texts in Lithuanian. Every language has exactly the ids of the English
# reference catalogue (idp/locales/en), with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Pereiti prie pagrindinio turinio
account-menu = Paskyros meniu
menu-my-account = Mano paskyra
menu-change-password = Keisti slaptažodį
menu-logout = Atsijungti
language-label = Kalba
language-change = Keisti kalbą
language-title = Pasirinkite kalbą

## Error pages (http/errors.rs)

link-home = Pagrindinis puslapis
error-invalid-request = Netinkama užklausa
error-csrf-title = Netinkama forma
error-csrf = Formos galiojimas baigėsi arba ji buvo pateikta ne iš šios svetainės. Grįžkite atgal ir bandykite dar kartą.
error-not-found-title = Puslapis nerastas
error-not-found = Šiuo adresu puslapio nėra. Galbūt adresas įvestas su klaida arba puslapis perkeltas.
error-method-title = Šiuo adresu tokia užklausa nepriimama
error-method = Atidarykite puslapį per nuorodą arba adreso juostą, arba grįžkite į ankstesnę formą ir pateikite ją dar kartą.
error-server-title = Įvyko klaida
error-server = Mūsų sistemoje įvyko klaida. Netrukus bandykite dar kartą.
error-unavailable-title = Laikinai nepasiekiama
error-unavailable = Paslauga šiuo metu negali atsakyti. Netrukus bandykite dar kartą.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12, in the genitive), $time "08:34". Times are in UTC.
# "2026 m. gruodžio 6 d. 08:34 UTC"
date-time = { $year } m. { $month } { $day } d. { $time } UTC
date-unknown = nežinoma data
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio
# In the nominative: the sentences that use a length of time are written for it
# ("liko 5 minutės", "kai praeis 1 valanda").
duration-minutes = { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}
duration-hours = { $hours ->
    [one] { $hours } valanda
    [few] { $hours } valandos
    [many] { $hours } valandos
   *[other] { $hours } valandų
}
duration-hours-minutes = { $hours ->
    [one] { $hours } valanda
    [few] { $hours } valandos
    [many] { $hours } valandos
   *[other] { $hours } valandų
} { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}
error-no-client-id = Užklausoje nėra client_id: jus čia nukreipusi programa sukonfigūruota netinkamai.
error-unknown-client = Nežinoma programa: šios užklausos client_id čia neužregistruotas.
error-redirect-unregistered = Šios užklausos redirect_uri šiai programai neužregistruotas, todėl grąžinti jūsų į ją negalima.
error-no-redirect-uri = Užklausoje nėra redirect_uri.
error-cross-origin-title = Užklausa atmesta
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Ši forma išsiųsta ne iš { $brand } puslapių, todėl ji neįvykdyta. Atidarykite { $brand } adresu { $issuer } ir bandykite dar kartą.
error-nul = Užklausoje yra NUL simbolis, kurio negali būti jokiame parametre.
error-too-large-title = Užklausa per didelė
error-uri-too-long = Užklausos URI per ilgas.
error-body-too-large = Užklausos turinys per didelis.
error-redirect-target = Peradresavimo tikslas netinkamas.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Yra problema
