# The provider's texts in Latvian. Every language has exactly the ids of the English
# reference catalogue (idp/locales/en), with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Pāriet uz galveno saturu
account-menu = Konta izvēlne
menu-my-account = Mans konts
menu-change-password = Mainīt paroli
menu-logout = Izrakstīties
language-label = Valoda
language-change = Mainīt valodu
language-title = Izvēlieties valodu

## Error pages (http/errors.rs)

link-home = Sākumlapa
error-invalid-request = Nederīgs pieprasījums
error-csrf-title = Nederīga veidlapa
error-csrf = Veidlapas derīguma termiņš ir beidzies, vai arī tā netika nosūtīta no šīs vietnes. Lūdzu, atgriezieties un mēģiniet vēlreiz.
error-not-found-title = Lapa nav atrasta
error-not-found = Šajā adresē nav nevienas lapas. Iespējams, adrese ir ievadīta kļūdaini vai lapa ir pārvietota.
error-method-title = Šī adrese nepieņem šāda veida pieprasījumus
error-method = Atveriet lapu, izmantojot saiti vai adreses joslu, vai atgriezieties veidlapā, no kuras atnācāt, un nosūtiet to vēlreiz.
error-server-title = Radās kļūda
error-server = Mūsu pusē radās kļūda. Lūdzu, pēc brīža mēģiniet vēlreiz.
error-unavailable-title = Īslaicīgi nav pieejams
error-unavailable = Pakalpojums pašlaik nevar atbildēt. Lūdzu, pēc brīža mēģiniet vēlreiz.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
# The months are in the locative ("2026. gada 6. decembrī plkst. 08:34 UTC": "on ..."):
# the sentences that use a date are written for it.
date-time = { $year }. gada { $day }. { $month } plkst. { $time } UTC
date-unknown = nezināms datums
month-1 = janvārī
month-2 = februārī
month-3 = martā
month-4 = aprīlī
month-5 = maijā
month-6 = jūnijā
month-7 = jūlijā
month-8 = augustā
month-9 = septembrī
month-10 = oktobrī
month-11 = novembrī
month-12 = decembrī
# In the nominative: the sentences that use a length of time are written for it
# ("vēl jāgaida 5 minūtes", "atlikušais laiks: 1 stunda").
duration-minutes = { $minutes ->
    [zero] { $minutes } minūtes
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}
duration-hours = { $hours ->
    [zero] { $hours } stundas
    [one] { $hours } stunda
   *[other] { $hours } stundas
}
duration-hours-minutes = { $hours ->
    [zero] { $hours } stundas
    [one] { $hours } stunda
   *[other] { $hours } stundas
} { $minutes ->
    [zero] { $minutes } minūtes
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}
error-no-client-id = Pieprasījumā nav client_id: lietojumprogramma, kas jūs šeit novirzīja, ir nepareizi konfigurēta.
error-unknown-client = Nezināma lietojumprogramma: šī pieprasījuma client_id šeit nav reģistrēts.
error-redirect-unregistered = Šī pieprasījuma redirect_uri šai lietojumprogrammai nav reģistrēts, tāpēc jūs nevar novirzīt atpakaļ uz to.
error-no-redirect-uri = Pieprasījumā nav redirect_uri.
error-cross-origin-title = Pieprasījums noraidīts
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Šī veidlapa netika nosūtīta no { $brand } lapām, tāpēc tā netika izpildīta. Lūdzu, atveriet { $brand } adresē { $issuer } un mēģiniet vēlreiz.
error-nul = Pieprasījumā ir rakstzīme NUL, kas nedrīkst būt nevienā parametrā.
error-too-large-title = Pieprasījums ir pārāk liels
error-uri-too-long = Pieprasījuma URI ir pārāk garš.
error-body-too-large = Pieprasījuma saturs ir pārāk liels.
error-redirect-target = Novirzīšanas mērķis nav derīgs.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Radusies problēma
