# The provider's texts in Romanian, translated from the English reference catalogue. Every other language has exactly
# these ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Salt la conținutul principal
account-menu = Meniul contului
menu-my-account = Contul meu
menu-change-password = Schimbarea parolei
menu-logout = Deconectare
language-label = Limba
language-change = Schimbați limba
language-title = Alegeți limba

## Error pages (http/errors.rs)

link-home = Pagina principală
error-invalid-request = Cerere nevalidă
error-csrf-title = Formular nevalid
error-csrf = Formularul a expirat sau nu a fost trimis de pe acest site. Reveniți la pagina anterioară și încercați din nou.
error-not-found-title = Pagina nu a fost găsită
error-not-found = Nu există nicio pagină la această adresă. Este posibil ca adresa să fi fost scrisă greșit sau ca pagina să fi fost mutată.
error-method-title = Această adresă nu acceptă acest tip de cerere
error-method = Deschideți pagina dintr-un link sau din bara de adrese ori reveniți la formularul de la care ați pornit și trimiteți-l din nou.
error-server-title = A apărut o eroare
error-server = A apărut o eroare din partea noastră. Încercați din nou peste câteva momente.
error-unavailable-title = Temporar indisponibil
error-unavailable = Serviciul nu poate răspunde în acest moment. Încercați din nou peste câteva momente.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
date-time = { $day } { $month } { $year }, ora { $time } UTC
date-unknown = dată necunoscută
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
duration-minutes = { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}
duration-hours = { $hours ->
    [one] { $hours } oră
    [few] { $hours } ore
   *[other] { $hours } de ore
}
duration-hours-minutes = { $hours ->
    [one] { $hours } oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} și { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}
error-no-client-id = Cererea nu conține niciun client_id: aplicația care v-a trimis aici nu este configurată corect.
error-unknown-client = Aplicație necunoscută: client_id din această cerere nu este înregistrat aici.
error-redirect-unregistered = redirect_uri din această cerere nu este înregistrat pentru această aplicație, așa că redirecționarea către aceasta nu este posibilă.
error-no-redirect-uri = Cererea nu conține niciun redirect_uri.
error-cross-origin-title = Cerere refuzată
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Acest formular nu a fost trimis din paginile { $brand }, așa că nu a fost executat. Deschideți { $brand } la adresa { $issuer } și încercați din nou.
error-nul = Cererea conține un caracter NUL, pe care niciun parametru nu îl poate conține.
error-too-large-title = Cerere prea mare
error-uri-too-long = URI-ul cererii este prea lung.
error-body-too-large = Corpul cererii este prea mare.
error-redirect-target = Destinația redirecționării nu este validă.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Există o problemă
