# The provider's texts in Hungarian (main). English is the reference catalogue: every other
# language has exactly its ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Ugrás a fő tartalomra
account-menu = Fiókmenü
menu-my-account = Saját fiók
menu-change-password = Jelszó módosítása
menu-logout = Kijelentkezés
language-label = Nyelv
language-change = Nyelv módosítása
language-title = Válassza ki a nyelvet

## Error pages (http/errors.rs)

link-home = Kezdőlap
error-invalid-request = Érvénytelen kérés
error-csrf-title = Érvénytelen űrlap
error-csrf = Az űrlap lejárt, vagy nem erről a webhelyről küldték el. Kérjük, lépjen vissza, és próbálja újra.
error-not-found-title = Az oldal nem található
error-not-found = Ezen a címen nincs oldal. Lehet, hogy elgépelték a címet, vagy az oldal máshová került.
error-method-title = Ez a cím nem fogad ilyen típusú kérést
error-method = Nyissa meg az oldalt egy linkről vagy a címsorból, vagy lépjen vissza az űrlaphoz, amelyről érkezett, és küldje el újra.
error-server-title = Hiba történt
error-server = Hiba történt a rendszerünkben. Kérjük, kis idő múlva próbálja újra.
error-unavailable-title = Átmenetileg nem érhető el
error-unavailable = A szolgáltatás most nem tud válaszolni. Kérjük, kis idő múlva próbálja újra.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC. Hungarian order: 2026. december 6.
date-time = { $year }. { $month } { $day }., { $time } UTC
date-unknown = ismeretlen dátum
month-1 = január
month-2 = február
month-3 = március
month-4 = április
month-5 = május
month-6 = június
month-7 = július
month-8 = augusztus
month-9 = szeptember
month-10 = október
month-11 = november
month-12 = december
# After a number, Hungarian nouns stay in the singular ("5 perc"): no plural variants needed.
duration-minutes = { $minutes } perc
duration-hours = { $hours } óra
duration-hours-minutes = { $hours } óra { $minutes } perc
error-no-client-id = A kérésből hiányzik a client_id: az Önt ide irányító alkalmazás hibásan van beállítva.
error-unknown-client = Ismeretlen alkalmazás: a kérésben szereplő client_id itt nincs regisztrálva.
error-redirect-unregistered = A kérésben szereplő redirect_uri nincs regisztrálva ehhez az alkalmazáshoz, ezért nem lehet Önt visszairányítani oda.
error-no-redirect-uri = A kérésből hiányzik a redirect_uri.
error-cross-origin-title = A kérés elutasítva
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Ezt az űrlapot nem a(z) { $brand } oldalairól küldték el, ezért nem hajtottuk végre. Kérjük, nyissa meg a(z) { $brand } szolgáltatást a következő címen, és próbálja újra: { $issuer }
error-nul = A kérés NUL karaktert tartalmaz, amely egyetlen paraméterben sem szerepelhet.
error-too-large-title = Túl nagy kérés
error-uri-too-long = A kérés URI-ja túl hosszú.
error-body-too-large = A kérés törzse túl nagy.
error-redirect-target = Az átirányítási cél érvénytelen.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Hiba van az űrlapon
