# The provider's texts in Slovak (main). Same ids and placeables as the English catalogue
# (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Prejsť na hlavný obsah
account-menu = Ponuka účtu
menu-my-account = Môj účet
menu-change-password = Zmeniť heslo
menu-logout = Odhlásiť sa
language-label = Jazyk
language-change = Zmeniť jazyk
language-title = Vyberte jazyk

## Error pages (http/errors.rs)

link-home = Domovská stránka
error-invalid-request = Neplatná požiadavka
error-csrf-title = Neplatný formulár
error-csrf = Platnosť formulára vypršala alebo formulár nebol odoslaný z tejto stránky. Vráťte sa späť a skúste to znova.
error-not-found-title = Stránka sa nenašla
error-not-found = Na tejto adrese sa nenachádza žiadna stránka. Adresa mohla byť zadaná nesprávne alebo stránka mohla byť presunutá.
error-method-title = Táto adresa neprijíma tento typ požiadavky
error-method = Otvorte stránku pomocou odkazu alebo z panela s adresou, prípadne sa vráťte do formulára, z ktorého ste prišli, a odošlite ho znova.
error-server-title = Niečo sa pokazilo
error-server = Na našej strane sa vyskytla chyba. Skúste to znova o chvíľu.
error-unavailable-title = Dočasne nedostupné
error-unavailable = Služba momentálne nemôže odpovedať. Skúste to znova o chvíľu.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: "6. decembra 2026, 08:34 UTC"; the months in the genitive.
date-time = { $day }. { $month } { $year }, { $time } UTC
date-unknown = neznámy dátum
month-1 = januára
month-2 = februára
month-3 = marca
month-4 = apríla
month-5 = mája
month-6 = júna
month-7 = júla
month-8 = augusta
month-9 = septembra
month-10 = októbra
month-11 = novembra
month-12 = decembra
# Lengths of time in the accusative: they follow "o", "platí", "počkať" ("o 1 hodinu").
duration-minutes = { $minutes ->
    [one] { $minutes } minútu
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}
duration-hours = { $hours ->
    [one] { $hours } hodinu
    [few] { $hours } hodiny
    [many] { $hours } hodiny
   *[other] { $hours } hodín
}
duration-hours-minutes = { $hours ->
    [one] { $hours } hodinu
    [few] { $hours } hodiny
    [many] { $hours } hodiny
   *[other] { $hours } hodín
} { $minutes ->
    [one] { $minutes } minútu
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}
error-no-client-id = Požiadavka neobsahuje parameter client_id: aplikácia, ktorá vás sem presmerovala, je nesprávne nastavená.
error-unknown-client = Neznáma aplikácia: parameter client_id tejto požiadavky tu nie je zaregistrovaný.
error-redirect-unregistered = Parameter redirect_uri tejto požiadavky nie je pre túto aplikáciu zaregistrovaný, preto vás do nej nemožno vrátiť.
error-no-redirect-uri = Požiadavka neobsahuje parameter redirect_uri.
error-cross-origin-title = Požiadavka bola odmietnutá
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Tento formulár nebol odoslaný zo stránok služby { $brand }, preto nebol spracovaný. Otvorte službu { $brand } na adrese { $issuer } a skúste to znova.
error-nul = Požiadavka obsahuje znak NUL, ktorý nesmie obsahovať žiadny parameter.
error-too-large-title = Príliš veľká požiadavka
error-uri-too-long = Identifikátor URI požiadavky je príliš dlhý.
error-body-too-large = Telo požiadavky je príliš veľké.
error-redirect-target = Cieľ presmerovania nie je platný.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Vyskytol sa problém
