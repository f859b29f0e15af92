# CPMS, the demo relying party: its texts in Hungarian. Every language has exactly the ids of
# the English reference catalogue, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) are written as the provider's
# pages show them in Hungarian (idp/locales/hu/access.ftl).

## The page frame (templates/base.html)

site-name = Klinikai betegmenedzsment-rendszer
skip-to-content = Ugrás a fő tartalomra
sign-out = Kijelentkezés
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Nyelv
language-title = Válassza ki a nyelvet
tab-home = Kezdőlap
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = ERN-oldalak
nav-preferences = Beállítások
nav-panels = Panelek
footer-networks = ERN eUROGEN · Európai referenciahálózatok · Bemutató alkalmazás (érintett fél)
footer-ecl = Készült a Europa Component Library felhasználásával.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licenc (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Újbóli bejelentkezés
link-home = Ugrás a CPMS kezdőlapjára

## The landing page (templates/index.html)

index-title = Üdvözöljük
index-heading = Üdvözöljük a CPMS-ben
index-lead = Az európai referenciahálózatok klinikai betegmenedzsment-rendszere.
index-requirement = A bejelentkezéshez { $provider }-fiók és kétfaktoros hitelesítés szükséges (jelszó, valamint mobiltelefon, az ECAS Mobile App alkalmazás vagy biztonsági kulcs).
index-sign-in = Bejelentkezés { $provider }-fiókkal

## Home (templates/home.html)

home-title = Kezdőlap
# $name is the signed-in person's name.
home-welcome = Üdvözöljük, { $name }
home-role = Szakmai szerepkör
home-area = Szakterület
home-access = Az Ön hozzáférései
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Központ
home-col-country = Ország
home-col-profile = Profil
# In a cell of that table when the grant does not say.
home-not-stated = nincs megadva
home-ern-hint = Beállításait és paneljeit az ERN lapon találja.
home-ern-link = Az ERN lap megnyitása

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Szakmai szerepköre
ern-area = Szakterülete
ern-change = Ezeket a beállításaiban módosíthatja.
ern-preferences-link = Beállítások módosítása
ern-panels-link = A panelek megnyitása

## Preferences (templates/preferences.html)

preferences-title = Beállítások
preferences-first-heading = Üdvözöljük a CPMS-ben: az Ön beállításai
preferences-first-intro = Ez az első bejelentkezése. Kérjük, adja meg szakmai szerepkörét (ez a panelekben a neve mellett jelenik meg), valamint az eUROGEN azon szakterületét, amelyhez hozzáférést kért.
preferences-role-label = Szakmai szerepkör
# $max is the greatest number of characters allowed (100).
preferences-role-hint = A panelekben a neve mellett jelenik meg, például „Gyermekurológus” (legfeljebb { $max } karakter).
preferences-area-legend = Szakterület
preferences-submit = Beállítások frissítése
preferences-expired = Az űrlap lejárt. Kérjük, küldje el újra.
preferences-role-missing = Kérjük, adja meg szakmai szerepkörét.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = A szakmai szerepkör legfeljebb { $max } karakter hosszú lehet.
preferences-role-control = A szakmai szerepkör nem tartalmazhat vezérlőkaraktereket.
preferences-area-unknown = Kérjük, válasszon a felsorolt szakterületek közül.

## Panels (templates/panels.html)

panels-title = Panelek
panels-no-members = Még nincsenek tagok.

## Without access: how to request it (templates/access_request.html)

access-title = Hozzáférés kérése
access-heading = Még nincs hozzáférése a CPMS-hez
access-no-access = { $provider }-fiókjához nem tartozik jóváhagyott CPMS-hozzáférés. Kérelmezze azt az engedélyezési rendszerben az alábbiak szerint.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Az engedélyezési rendszer megnyitása
# „Hozzáférés kérése”: the provider's button (access-request-button).
access-step-start = Az engedélyezési rendszerben (ahol nincs szükség kétfaktoros hitelesítésre) kattintson a „Hozzáférés kérése” gombra.
access-step-1 = 1. lépés: válassza ki a „CPMS” alkalmazást, majd lépjen tovább a 2. lépésre.
# „Megnyitás”: the provider's button (access-open).
access-step-2 = 2. lépés: kattintson a „Megnyitás” gombra az ERN-je (például az eUROGEN) mellett, majd a „Megnyitás” gombra központja országa mellett, és válassza ki központját. Ne csak az ERN melletti választógombot jelölje be: ezzel a hálózatot választja ki a központja nélkül, és a kérelmet elutasítják.
access-step-3 = 3. lépés: válassza ki a „HP” (egészségügyi szakember) hozzáférési profilt.
# „Hozzáférési kérelem benyújtása”: the provider's button (access-submit).
access-step-4 = 4. lépés: ellenőrizze az összegzést (CPMS alkalmazás, az Ön központja, HP profil), szükség esetén fűzzön hozzá megjegyzést, és kattintson a „Hozzáférési kérelem benyújtása” gombra.
access-after-approval = Miután a CPMS ügyfélszolgálata jóváhagyta kérelmét, e-mailt kap; ezután jelentkezzen be újra.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Kétfaktoros hitelesítés szükséges
acr-required = A CPMS kétfaktoros hitelesítést igényel (közepes szint).
acr-password-only = Csak jelszóval jelentkezett be.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Csak jelszóval jelentkezett be (szint: { $level }).
acr-how = Jelentkezzen be újra jelszavával és egy második tényezővel: mobiltelefonjára küldött SMS-kóddal, az ECAS Mobile App alkalmazással (PIN-kód vagy QR-kód) vagy biztonsági kulccsal. Ha még nincs ilyenje, előbb állítson be egyet a(z) { $provider } szolgáltatásban.

## Signing out (templates/logout.html)

logout-title = Kijelentkezés
logout-question = Kijelentkezik a CPMS-ből és a(z) { $provider } szolgáltatásból?
logout-submit = Kijelentkezés
logout-stay = Bejelentkezve maradok
signout-refused-title = Kijelentkezés elutasítva
signout-refused = Az űrlap lejárt. Kérjük, próbálja újra.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = A bejelentkezés lejárt
signin-expired-elsewhere = Ez a bejelentkezés lejárt, vagy egy másik böngészőben kezdődött. Kérjük, jelentkezzen be újra.
signin-expired-used = Ez a bejelentkezés lejárt, vagy már befejeződött. Kérjük, jelentkezzen be újra.
signin-refused-title = Bejelentkezés elutasítva
signin-refused-state = A(z) { $provider } válasza nem ehhez a bejelentkezéshez tartozik. Kérjük, jelentkezzen be újra.
signin-refused-issuer = A válasz nem várt identitásszolgáltatótól érkezett. Kérjük, jelentkezzen be újra.
signin-refused-no-code = A(z) { $provider } válasza nem tartalmaz engedélyezési kódot. Kérjük, jelentkezzen be újra.
signin-cancelled-title = Bejelentkezés megszakítva
signin-cancelled = Megszakította a bejelentkezést, ezért nincs bejelentkezve a CPMS-be. Jelentkezzen be újra, amikor készen áll.
signin-incomplete-title = A bejelentkezés nem fejeződött be
signin-second-factor = A CPMS kétfaktoros hitelesítést igényel (közepes szint). Állítson be egy második tényezőt (mobiltelefon, ECAS Mobile App vagy biztonsági kulcs) a(z) { $provider } szolgáltatásban, majd jelentkezzen be újra.
signin-incomplete = A(z) { $provider } nem tudta befejezni a bejelentkezést. Kérjük, jelentkezzen be újra.
signin-unverified-title = A bejelentkezést nem sikerült ellenőrizni
signin-unverified = A CPMS nem tudta ellenőrizni a(z) { $provider } válaszát. Kérjük, jelentkezzen be újra.

## Error pages (http/errors.rs)

error-not-found-title = Az oldal nem található
error-not-found = Ezen a címen nincs oldal. Ha begépelte, ellenőrizze; egyébként kezdje újra a CPMS kezdőlapjáról.
error-method-title = Ez a cím nem fogad ilyen típusú kérést
error-method = Az oldal létezik, de nem azt fogadja, amit a böngészője küldött. Lépjen a CPMS kezdőlapjára, és onnan folytassa.
error-server-title = Hiba történt
error-server = Kérjük, próbálja újra később.
