# The provider's texts in Czech (main). Same ids and placeables as the English catalogue
# (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Přejít na hlavní obsah
account-menu = Nabídka účtu
menu-my-account = Můj účet
menu-change-password = Změnit heslo
menu-logout = Odhlásit se
language-label = Jazyk
language-change = Změnit jazyk
language-title = Zvolte jazyk

## Error pages (http/errors.rs)

link-home = Domovská stránka
error-invalid-request = Neplatný požadavek
error-csrf-title = Neplatný formulář
error-csrf = Platnost formuláře vypršela nebo nebyl odeslán z tohoto webu. Vraťte se prosím zpět a zkuste to znovu.
error-not-found-title = Stránka nenalezena
error-not-found = Na této adrese žádná stránka není. Adresa mohla být zadána chybně nebo byla stránka přesunuta.
error-method-title = Tato adresa tento typ požadavku nepřijímá
error-method = Otevřete stránku pomocí odkazu nebo z adresního řádku, případně se vraťte do formuláře, ze kterého jste přišli, a odešlete jej znovu.
error-server-title = Něco se pokazilo
error-server = Na naší straně došlo k chybě. Zkuste to prosím za chvíli znovu.
error-unavailable-title = Dočasně nedostupné
error-unavailable = Služba teď nemůže odpovědět. Zkuste to prosím za chvíli znovu.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: "6. prosince 2026, 08:34 UTC"; the months in the genitive.
date-time = { $day }. { $month } { $year }, { $time } UTC
date-unknown = neznámé datum
month-1 = ledna
month-2 = února
month-3 = března
month-4 = dubna
month-5 = května
month-6 = června
month-7 = července
month-8 = srpna
month-9 = září
month-10 = října
month-11 = listopadu
month-12 = prosince
# Lengths of time in the accusative: they follow "za", "platí", "počkat" ("za 1 hodinu").
duration-minutes = { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}
duration-hours = { $hours ->
    [one] { $hours } hodinu
    [few] { $hours } hodiny
    [many] { $hours } hodiny
   *[other] { $hours } hodin
}
duration-hours-minutes = { $hours ->
    [one] { $hours } hodinu
    [few] { $hours } hodiny
    [many] { $hours } hodiny
   *[other] { $hours } hodin
} a { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}
error-no-client-id = Požadavek neobsahuje parametr client_id: aplikace, která vás sem odkázala, je chybně nastavena.
error-unknown-client = Neznámá aplikace: parametr client_id tohoto požadavku zde není registrován.
error-redirect-unregistered = Parametr redirect_uri tohoto požadavku není pro tuto aplikaci registrován, proto vás do ní nelze vrátit.
error-no-redirect-uri = Požadavek neobsahuje parametr redirect_uri.
error-cross-origin-title = Požadavek odmítnut
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Tento formulář nebyl odeslán ze stránek služby { $brand }, proto nebyl zpracován. Otevřete službu { $brand } na adrese { $issuer } a zkuste to znovu.
error-nul = Požadavek obsahuje znak NUL, který nesmí obsahovat žádný parametr.
error-too-large-title = Příliš velký požadavek
error-uri-too-long = Identifikátor URI požadavku je příliš dlouhý.
error-body-too-large = Tělo požadavku je příliš velké.
error-redirect-target = Cíl přesměrování není platný.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Vyskytl se problém
