# The provider's texts in Hungarian (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them. Their
# article is written "a(z)", as the first sound of the name is not known.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Bejelentkezés
login-heading = A folytatáshoz jelentkezzen be
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Üdvözöljük, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (nem Ön az?)
login-submit = Bejelentkezés
login-cancel = Mégse, vissza az alkalmazáshoz
login-choose-another = Másik ellenőrzési módszer választása
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = alap
login-level-medium = közepes
login-level-high = magas

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Jelszó
login-method-sms = Mobiltelefon + SMS
login-method-app-pin = Mobilalkalmazás PIN-kódja
login-method-app-qr = Mobilalkalmazás QR-kódja
login-method-webauthn = Biztonsági kulcs vagy beépített hitelesítő
login-method-totp = Hitelesítő alkalmazás (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Az összes eszköze törléséhez kérjük, újbóli bejelentkezéssel erősítse meg személyazonosságát.
login-reauth-devices = Mobileszköz hozzáadásához vagy eltávolításához kérjük, újbóli bejelentkezéssel erősítse meg személyazonosságát.
login-reauth-phones = Mobiltelefonszám hozzáadásához vagy eltávolításához kérjük, újbóli bejelentkezéssel erősítse meg személyazonosságát.
login-reauth-security-keys = Biztonsági kulcs hozzáadásához vagy eltávolításához kérjük, újbóli bejelentkezéssel erősítse meg személyazonosságát.
login-reauth-authenticator-apps = Hitelesítő alkalmazás hozzáadásához vagy eltávolításához kérjük, újbóli bejelentkezéssel erősítse meg személyazonosságát.
login-reauth-delete-account = Fiókja törléséhez kérjük, újbóli bejelentkezéssel erősítse meg személyazonosságát.
login-reauth-sessions = Munkamenet befejezéséhez kérjük, újbóli bejelentkezéssel erősítse meg személyazonosságát.
# Follows one of the login-reauth-* sentences.
login-reauth-why = A bejelentkezési mód bármilyen módosításához mindig friss bejelentkezés szükséges.

## The identifier page (login_identifier.html)

login-client-uses = A(z) { $client } a(z) { $brand } segítségével azonosítja Önt.
login-email-label = Adja meg e-mail-címét
login-email-required = Kérjük, adja meg a(z) { $brand }-fiókjához tartozó e-mail-címet.
login-remember = Emlékezzen rám ezen az eszközön
login-next = Tovább
login-create-account = Fiók létrehozása

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = A(z) { $client } második ellenőrzési módszerrel történő bejelentkezést kér („{ $level }” szint).
login-password-label = Jelszó
login-method-label = Válassza ki az ellenőrzési módszert
login-method-hint = Mobiltelefonszámot, mobileszközt és biztonsági kulcsot a jelszavas bejelentkezés után, a Saját fiók oldalon (fogaskerék menü) adhat hozzá.
login-lost-password = Elfelejtette jelszavát?
login-method-invalid = Kérjük, válasszon a listában szereplő ellenőrzési módszerek közül.
login-invalid-credentials = Érvénytelen e-mail-cím vagy jelszó
# $until is a date and time ("2026. december 6., 08:34 UTC"), $wait a length of time
# ("1 óra 5 perc"). The quoted words are the link login-lost-password.
login-locked = Túl sok sikertelen bejelentkezési kísérlet történt ezzel az e-mail-címmel. A fiók védelme érdekében a jelszavas bejelentkezés le van tiltva a következő időpontig: { $until } (még { $wait }). Ha elfelejtette jelszavát, az „Elfelejtette jelszavát?” linken választhat újat.
# $wait is a length of time ("5 perc").
login-throttled = Túl sok sikertelen bejelentkezési kísérlet történt az Ön hálózatáról. Kérjük, próbálja újra { $wait } múlva.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Ellenőrzési módszer
login-password-accepted = Jelszavát elfogadtuk.
# $method is one of login-method-*.
login-method-not-added = Ezt az ellenőrzési módszert ({ $method }) még nem adta hozzá fiókjához.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Ez a módszer ({ $method }) nem éri el az alkalmazás által megkövetelt szintet ({ $level }).
login-no-usable-method = Fiókjához még nem tartozik olyan ellenőrzési módszer, amelyet ez az alkalmazás elfogad.
login-not-added-yet = Még nincs hozzáadva a fiókjához:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: jelentkezzen be jelszavával, majd adja hozzá a Saját fiók oldalon (fogaskerék menü).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } a Saját fiók oldalon
# $method is one of login-method-*.
login-method-not-accepted = Ez az alkalmazás nem fogadja el ezt a módszert: { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Ellenőrző kód küldése SMS-ben erre a számra:
login-sms-send = Kód küldése
login-sms-sent = Az ellenőrző kódot SMS-ben elküldtük mobiltelefonjára. A kézbesítés akár 8 percig is tarthat.
# $wait is a length of time ("1 perc").
login-sms-next-code = Ha nem érkezik kód, { $wait } múlva újat kérhet.
login-sms-resend = Új kód küldése
login-sms-off = Ez a szolgáltatás nem kínálja a Mobiltelefon + SMS módszert.
login-sms-limited-title = Kérjük, várjon, mielőtt új kódot kér
# $wait is a length of time ("1 perc").
login-sms-limited = Nemrég már küldtünk SMS-t, vagy túl sokat küldtünk. { $wait } múlva kérhet új kódot.
login-sms-not-delivered = A kódját tartalmazó SMS-t nem sikerült kézbesíteni erre a számra. Kérjen új kódot, vagy válasszon másik ellenőrzési módszert.
login-sms-choose-phone = Kérjük, válasszon regisztrált mobiltelefonszámai közül.
# After a number Hungarian nouns stay in the singular: one form for every number.
login-sms-wrong = Az ellenőrző kód helytelen. Még { $remaining } próbálkozási lehetősége van.
login-sms-dead = Ez az ellenőrző kód már nem érvényes (lejárt, újabb kód váltotta fel, vagy túl sok hibás próbálkozás történt). Kérjen új kódot.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Hitelesítő alkalmazás
login-totp-intro = Nyissa meg telefonján a hitelesítő alkalmazást, és adja meg a(z) { $brand } szolgáltatáshoz megjelenített 6 számjegyű kódot.
login-totp-code-label = Adja meg a 6 számjegyű kódot
login-totp-wrong = A kód helytelen. Adja meg a hitelesítő alkalmazásban most megjelenő 6 számjegyű kódot. Még { $remaining } próbálkozási lehetősége van.
login-totp-reused = Ezt a kódot már felhasználták. Várja meg, amíg a hitelesítő alkalmazás új kódot jelenít meg, majd adja meg azt. Még { $remaining } próbálkozási lehetősége van.
login-totp-stopped = Túl sok hibás kódot adott meg. Biztonsága érdekében ezt a bejelentkezést leállítottuk: kérjük, kezdje újra az alkalmazásból.
login-totp-paused-title = Túl sok hibás kód
# $wait is a length of time ("50 perc").
login-totp-paused = Fiókjához túl sok hibás kódot adtak meg hitelesítő alkalmazásból. { $wait } múlva használhatja újra; addig válasszon másik ellenőrzési módszert.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Amikor a böngésző kéri, csatlakoztassa és érintse meg biztonsági kulcsát, vagy oldja fel számítógépe vagy telefonja zárolását.
login-webauthn-start = Biztonsági kulcs használata
login-webauthn-off = Ebben a szolgáltatásban nem használható biztonsági kulcs.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Mobileszközeire kérést küldtünk a(z) { $client } alkalmazásba való bejelentkezéshez. Nyissa meg a(z) { $brand } mobilalkalmazást, válassza ki ezt a számot, és adja meg PIN-kódját:
login-app-pin-waiting = Várakozás a mobileszközén történő jóváhagyásra…
# A button shown only when the browser runs no script.
login-app-pin-continue = Jóváhagytam: tovább
login-app-pin-resend = Új kérés küldése
login-app-pin-approved = Jóváhagyva a mobileszközén. Bejelentkezés folyamatban…
login-app-pin-denied = A kérést elutasították a mobileszközén.
login-app-pin-wrong-number = A mobileszközén kiválasztott szám nem az itt megjelenített szám volt. A kérést visszavontuk.
login-app-pin-expired = A kérés lejárt. Küldjön új kérést mobileszközére.
login-app-pin-limited-title = Túl sok kérés
# $wait is a length of time ("1 perc").
login-app-pin-limited = Túl sok bejelentkezési kérést küldtünk mobileszközeire. Kérjük, próbálja újra { $wait } múlva, vagy válasszon másik ellenőrzési módszert.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Olvassa be ezt a QR-kódot a(z) { $brand } mobilalkalmazással, és adja meg PIN-kódját az alkalmazásban. Akkor is működik, ha telefonján nincs hálózati kapcsolat.
# The text alternative of the QR code image.
login-app-qr-alt = A(z) { $brand } mobilalkalmazással beolvasandó QR-kód
login-app-qr-paste = Nem tudja beolvasni? Illessze be ezt a szöveget az alkalmazásba:
login-app-qr-code-label = Az alkalmazás által előállított kód
login-app-qr-wrong = A kód helytelen. Még { $remaining } próbálkozási lehetősége van.
login-app-qr-dead = Ez a QR-kód már nem érvényes (lejárt, vagy túl sok hibás kódot adtak meg). Megjelent egy új QR-kód: olvassa be az alkalmazással.
login-app-qr-locked-title = A mobileszköz zárolva
login-app-qr-locked = Mobileszközét túl sok hibás kód vagy PIN-kód miatt zároltuk. Törölje, majd adja hozzá újra a Saját fiók oldalon, vagy válasszon másik ellenőrzési módszert.

## Refusals of any sign-in step

login-expired-title = Ez a bejelentkezési oldal lejárt
login-expired = A bejelentkezési oldalak korlátozott ideig és csak egyszer érvényesek. Ha egy alkalmazásba jelentkezett be, térjen vissza oda, és jelentkezzen be újra; ellenkező esetben kezdje újra a kezdőlapról.
login-form-incomplete = Az űrlap nincs teljesen kitöltve. Kérjük, lépjen vissza, és próbálja újra.
login-request-invalid = Az alkalmazás által küldött kérés érvénytelen, ezért nem hajtható végre. Kérjük, térjen vissza az alkalmazáshoz, és próbálja újra.
login-already-completed = Ez a bejelentkezés már befejeződött.
login-redirect-invalid = A regisztrált átirányítási URI érvénytelen.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Erősebb ellenőrzési módszer szükséges
# $level is one of login-level-*.
login-step-up-needed = A(z) { $client } „{ $level }” szintű bejelentkezést kér (jelszó és egy második ellenőrzési módszer, például mobiltelefon vagy biztonsági kulcs). Fiókjához még nem tartozik ilyen módszer.
login-step-up-hint = Adjon hozzá mobiltelefonszámot, mobileszközt vagy biztonsági kulcsot a Saját fiók oldalon, majd térjen vissza ide.
login-step-up-account = Ellenőrzési módszer hozzáadása a Saját fiók oldalon
login-return-to-app = Vissza az alkalmazáshoz

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Visszatérés az alkalmazáshoz
login-form-post-noscript = A JavaScript ki van kapcsolva: a folytatáshoz nyomja meg a gombot.
login-continue = Tovább

## Signing out (logout.html)

login-logout-title = Kijelentkezés
# $email is the address of the signed-in account.
login-logout-question-as = Szeretne kijelentkezni a(z) { $brand } szolgáltatásból ({ $email })?
login-logout-question = Szeretne kijelentkezni a(z) { $brand } szolgáltatásból?
login-logout-apps = Az ebben a munkamenetben használt alkalmazásokból is ki fog jelentkezni.
login-logout-submit = Kijelentkezés
login-signed-out-title = Kijelentkezett
login-signed-out = Kijelentkezett a(z) { $brand } szolgáltatásból.
login-sign-in-again = Újbóli bejelentkezés
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = Az id_token_hint nem e szolgáltató által kiállított azonosító token (ID token).
login-logout-client-mismatch = A client_id nem egyezik az id_token_hint értékével.
login-logout-uri-unregistered = A post_logout_redirect_uri nincs regisztrálva ehhez az alkalmazáshoz.
login-logout-uri-invalid = A post_logout_redirect_uri érvénytelen.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Legalább { $min } karakter (legfeljebb { $max }); néhány egymással össze nem függő szó jó jelszót alkot
login-policy-rule-any = Szóköz és bármilyen karakter használható; nem kötelező különböző karaktertípusokat keverni
login-policy-rule-common = Ne legyen gyakran használt vagy kiszivárgott jelszó, és ne legyen könnyen kitalálható (ne tartalmazzon ismétlődő szavakat, billentyűsorokat vagy sorozatokat)
login-policy-rule-personal = Nem tartalmazhatja az Ön nevét vagy e-mail-címét
# $length and $min are numbers of characters.
login-policy-too-short = A jelszó túl rövid: { $length } karakter, de legalább { $min } szükséges.
# $max is a number of characters.
login-policy-too-long = A jelszó túl hosszú: legfeljebb { $max } karakter lehet.
login-policy-personal = A jelszó nem tartalmazhatja az Ön nevét vagy e-mail-címét.
login-policy-common = Ez a jelszó túl gyakori: szerepel a kiszivárgott jelszavak listáin.
login-policy-guessable = Ez a jelszó túl könnyen kitalálható. Próbálkozzon néhány egymással össze nem függő szóval, például egy rövid mondattal, amelyet csak Ön írna le.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Ez a jelszó túl könnyen kitalálható: { $reason } Próbálkozzon néhány egymással össze nem függő szóval, például egy rövid mondattal, amelyet csak Ön írna le.
login-policy-why-keyboard-rows = az egyenes billentyűsorok könnyen kitalálhatók.
login-policy-why-keyboard-patterns = a rövid billentyűzetminták könnyen kitalálhatók.
login-policy-why-repeats = az olyan ismétlődések, mint az „aaa”, könnyen kitalálhatók.
login-policy-why-repeated-words = az olyan ismétlődéseket, mint az „abcabcabc”, csak alig nehezebb kitalálni, mint az „abc”-t.
login-policy-why-top-10 = ez a 10 leggyakoribb jelszó egyike.
login-policy-why-top-100 = ez a 100 leggyakoribb jelszó egyike.
login-policy-why-common = ez egy nagyon gyakori jelszó.
login-policy-why-similar = ez hasonlít egy gyakran használt jelszóhoz.
login-policy-why-sequences = az olyan sorozatok, mint az abc vagy a 6543, könnyen kitalálhatók.
login-policy-why-years = a közelmúlt évszámai könnyen kitalálhatók.
login-policy-why-word = egy önmagában álló szó könnyen kitalálható.
login-policy-why-dates = a dátumok gyakran könnyen kitalálhatók.
login-policy-why-names = az önmagukban álló utó- és vezetéknevek könnyen kitalálhatók.
login-policy-why-common-names = a gyakori utó- és vezetéknevek könnyen kitalálhatók.
