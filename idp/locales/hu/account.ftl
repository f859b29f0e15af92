# The provider's texts in Hungarian (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 óra 5 perc", "2026. december 6., 08:34 UTC". Hungarian puts no
# case ending on them: they follow "múlva", "elteltével", a colon or "időpontig".

## Words several account pages share

account-first-name = Utónév
account-last-name = Vezetéknév
account-email = E-mail-cím
account-language = Nyelv
account-cancel = Mégse
account-submit = Küldés
account-save = Mentés
account-delete = Törlés
account-sign-in = Bejelentkezés
account-back = Saját fiók
account-wait-title = Kérjük, várjon az újabb kérés előtt
account-link-invalid-title = Ez a link már nem érvényes
account-check-email-title = Kérjük, ellenőrizze postafiókját
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = lejárt
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = ismeretlen

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Üdvözöljük, { $name }
account-home-signed-in = Bejelentkezett a(z) { $brand } szolgáltatásba ({ $email }).
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Bejelentkezett a(z) { $brand } szolgáltatásba ({ $email }; ellenőrzési szint: { $level }).
account-home-change-password-hint = (a Saját fiók oldalon, jelenlegi jelszavával)
account-home-forgot-password = Elfelejtette jelszavát?
account-home-sign-out = Kijelentkezés
account-home-intro = Egyetlen fiók a(z) { $brand } szolgáltatáshoz kapcsolódó összes alkalmazáshoz.
account-home-register = Fiók létrehozása

## My Account (templates/account.html)

account-title = Saját fiók
account-details-heading = Fiókom adatai
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (külső)
account-level = E munkamenet ellenőrzési szintje
account-needs-second-factor = Az olyan alkalmazások, mint a CPMS, második ellenőrzési módszert igényelnek: adjon hozzá mobiltelefonszámot, mobileszközt, biztonsági kulcsot vagy hitelesítő alkalmazást.
account-menu-change-password = Jelszó módosítása
account-menu-details = Személyes adataim módosítása
account-menu-delete = Fiókom törlése
account-menu-devices = Mobileszközeim kezelése
account-menu-phones = Mobiltelefonszámaim kezelése
account-menu-security-keys = Biztonsági kulcsaim kezelése
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (hozzáadva)
account-menu-authenticator-apps = Hitelesítő alkalmazásaim kezelése
account-menu-sessions = Munkameneteim megjelenítése
account-menu-sessions-hint = Megtekintheti a felkeresett alkalmazásokhoz megnyitott munkameneteket.
account-menu-delete-devices = Összes eszközöm törlése
account-menu-delete-devices-hint = Új telefon esetén: eltávolít minden mobileszközt, biztonsági kulcsot és hitelesítő alkalmazást.
account-menu-activity = Tevékenység
account-menu-activity-hint = Fiókja legutóbbi biztonsági eseményei.
account-notice-password = Jelszava megváltozott. Többi munkamenetét lezártuk.
account-notice-details = Személyes adatait elmentettük.
account-notice-devices = Összes eszközét töröltük. Most hozzáadhatja új eszközét.
account-notice-session = A munkamenetet lezártuk.
account-notice-sent-again = Az e-mail ismét úton van.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Néhány e-mail nem érte el Önt
# $email: the account's address.
account-undelivered = A(z) { $email } cím levelezőszervere elutasította ezeket az e-maileket, vagy nem sikerült időben kézbesíteni őket. Ha postafiókja megtelt, vagy megváltozott a címe, először ezt hárítsa el, majd küldje el őket újra.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }”, { $when }
account-undelivered-send-again = Újraküldés
account-undelivered-gone = Ez az e-mail nem küldhető el újra: már elküldtük, vagy nem az Öné.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Személyes adataim módosítása
account-first-name-missing = Kérjük, adja meg utónevét.
account-last-name-missing = Kérjük, adja meg vezetéknevét.
account-first-name-too-long = Az utónév legfeljebb 100 szokásos karakterből állhat.
account-last-name-too-long = A vezetéknév legfeljebb 100 szokásos karakterből állhat.
account-language-invalid = Kérjük, válasszon nyelvet a listából.

## Change password (templates/account_password.html)

account-password-title = Jelszó módosítása
account-password-wait = Biztonsági okokból várnia kell, mielőtt újra módosíthatná jelszavát (hátralévő idő: { $wait }). Sürgős esetben forduljon az ügyfélszolgálathoz.
account-password-rules = Új jelszavának meg kell felelnie a következő szabályoknak:
account-password-current = Jelenlegi jelszó
account-password-new = Új jelszó
account-password-confirm = Új jelszó megerősítése
account-password-too-long = A jelszó túl hosszú.
account-password-wrong-current = Jelenlegi jelszava helytelen.
account-password-too-soon = Biztonsági okokból várnia kell, mielőtt újra módosíthatná jelszavát (hátralévő idő: { $wait }). Sürgős esetben forduljon az ügyfélszolgálathoz.
account-password-mismatch = A két új jelszó nem egyezik.

## Delete my account (templates/account_delete.html)

account-delete-title = Fiókom törlése
account-delete-warning = { $brand }-fiókját, valamint az ahhoz tartozó telefonszámokat, eszközöket és biztonsági kulcsokat töröljük, és értesítjük az összes alkalmazást, amelybe be van jelentkezve. Ez a művelet nem vonható vissza.
account-delete-confirm = Törölni szeretném { $brand }-fiókomat
account-delete-unconfirmed = Kérjük, a fiók törlésének megerősítéséhez jelölje be a négyzetet.
account-deleted-title = Fiókját töröltük
account-deleted = { $brand }-fiókját és minden hozzá tartozó adatot töröltünk.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Összes eszközöm törlése
account-delete-devices-pending = E-mailben benyújtott kérésének megfelelően fiókja összes ellenőrzési módszerét a következő időpontban eltávolítjuk: { $when }.
account-delete-devices-none = Fiókjához nem tartozik mobileszköz, biztonsági kulcs vagy hitelesítő alkalmazás. Adjon hozzá egyet a Saját fiók oldalon.
account-delete-devices-now = Akkor használja ezt a lehetőséget, ha új telefonja van: fiókja összes mobileszközét, biztonsági kulcsát és hitelesítő alkalmazását eltávolítjuk. Ezután adja hozzá új eszközét a „Mobileszközeim kezelése” oldalon. Mobiltelefonszámai megmaradnak.
account-delete-devices-why = Fiókja védelme érdekében ellenőrzési módszereit pusztán a jelszavával nem lehet eltávolítani: aki megtudná a jelszót, ezután a sajátjait adhatná hozzá.
account-delete-devices-can-use = Valamelyiket még tudom használni
account-delete-devices-can-use-text = Jelentkezzen be újra régi telefonjával, biztonsági kulcsával vagy hitelesítő alkalmazásával, majd törölje mindet egyszerre.
account-delete-devices-reauth = Bejelentkezés ellenőrzési módszerrel
account-delete-devices-cannot-use = Egyiket sem tudom használni
# $wait is the waiting period of a recovery ("24 óra").
account-delete-devices-recovery = Linket küldünk e-mail-címére. Miután azzal megerősítette a kérést, fiókja összes ellenőrzési módszerét (mobileszközök, biztonsági kulcsok, hitelesítő alkalmazások és mobiltelefonszámok) { $wait } elteltével eltávolítjuk. Erről azonnal e-mailben értesítjük, és addig visszavonhatja a kérést.
account-delete-devices-send-link = Link küldése

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Az összes ellenőrzési módszer eltávolítása
# $minutes: how long the link can be used.
account-recovery-sent = Linket küldtünk a következő címre: { $email }. A link { $minutes } percig érvényes.
account-recovery-sent-next = A megerősítéshez kövesse a linket. Ellenőrzési módszereit a megerősítés után { $wait } elteltével távolítjuk el; addig visszavonhatja a kérést.
account-recovery-confirm-text = A(z) { $brand }-fiók ({ $email }) összes mobileszközét, biztonsági kulcsát, hitelesítő alkalmazását és mobiltelefonszámát a megerősítés után { $wait } elteltével eltávolítjuk. Erről e-mailben értesítjük, a visszavonáshoz szükséges linkkel együtt.
account-recovery-confirm = Megerősítés
account-recovery-started-title = Eltávolítás megerősítve
account-recovery-started = Fiókja összes ellenőrzési módszerét a következő időpontban eltávolítjuk: { $when }.
account-recovery-started-next = E-mailt küldtünk Önnek a visszavonáshoz szükséges linkkel. Ezen időpont után jelentkezzen be jelszavával, és adja hozzá új eszközét a Saját fiók oldalon.
account-recovery-cancel-title = Ellenőrzési módszerei eltávolításának visszavonása
account-recovery-due = Fiókja összes ellenőrzési módszerének eltávolítása a következő időpontra van ütemezve: { $when }.
account-recovery-cancel = Az eltávolítás visszavonása
account-recovery-cancel-hint = Ha nem Ön kérte, módosítsa jelszavát is: valaki ismeri.
account-recovery-cancelled-title = Eltávolítás visszavonva
account-recovery-cancelled = Semmit nem távolítottunk el. Ellenőrzési módszerei változatlanok maradnak.
account-recovery-nothing-title = Nincs mit visszavonni
account-recovery-nothing = Ellenőrzési módszereinek eltávolítása nem volt folyamatban.
account-recovery-invalid = A követett link lejárt, már felhasználták, vagy újabb link váltotta fel.
account-recovery-start-again = Kezdje újra az „Összes eszközöm törlése” oldalon
account-recovery-paced = Nemrég e-mailt küldtünk egy linkkel. { $wait } múlva kérhet újat.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Munkameneteim megjelenítése
account-sessions-title = Munkameneteim
account-sessions-started = Kezdete
account-sessions-last-seen = Utolsó tevékenység
account-sessions-level = Szint
account-sessions-from = Honnan
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Művelet
account-sessions-current = Ez a munkamenet
account-sessions-end = Munkamenet befejezése
account-sessions-not-yours = Ez a munkamenet nem az Öné, vagy már befejeződött.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Tevékenység
account-activity-intro = Fiókja legutóbbi biztonsági eseményei.
account-activity-when = Időpont
account-activity-what = Esemény
account-activity-from = Honnan
account-activity-details = Részletek
account-event-signin-success = Bejelentkezés
account-event-signin-failure = Sikertelen bejelentkezés
account-event-signed-out = Kijelentkezés
account-event-account-registered = Fiók létrehozva
account-event-account-locked = Jelszavas bejelentkezés letiltva túl sok sikertelen kísérlet miatt
account-event-password-set = Jelszó beállítva vagy módosítva
account-event-factor-added = Ellenőrzési módszer hozzáadva
account-event-factor-removed = Ellenőrzési módszer eltávolítva
account-event-sms-sent = SMS elküldve
account-event-device-locked = Mobileszköz zárolva (hibás PIN-kódok)
account-event-push-denied = Bejelentkezési kérés elutasítva mobileszközön
account-event-push-wrong-number = Hibás szám kiválasztva mobileszközön
account-event-token-revoked = Egy alkalmazás visszavonta a hozzáférést
account-event-code-replayed = Egy bejelentkezési kódot kétszer használtak fel: az általa adott hozzáférést visszavontuk
account-event-refresh-reused = Egy régi hozzáférési tokent ismét felhasználtak: a hozzá tartozó hozzáférést visszavontuk
account-event-recovery-link-sent = Az összes ellenőrzési módszer eltávolítását kérték (link e-mailben elküldve)
account-event-recovery-started = Az összes ellenőrzési módszer eltávolítása megerősítve (várakozási idő)
account-event-recovery-cancelled = Az összes ellenőrzési módszer eltávolítása visszavonva
account-event-access-requested = Hozzáférés kérelmezve
account-event-access-approved = Hozzáférési kérelem jóváhagyva
account-event-access-denied = Hozzáférési kérelem elutasítva
account-event-access-revoked = Hozzáférés visszavonva
account-event-message-undelivered = Kézbesítetlen e-mail vagy SMS
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "módszer: Mobiltelefon + SMS, közepes szint, alkalmazás: CPMS" or
# "biztonsági kulcs „YubiKey”, magas szint".
account-activity-factor-phone = mobiltelefonszám
account-activity-factor-mobile-device = mobileszköz
account-activity-factor-security-key = biztonsági kulcs
account-activity-factor-authenticator-app = hitelesítő alkalmazás
account-activity-factor-count = { $count } ellenőrzési módszer
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }”
# $factor is "mobiltelefonszám"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }”
# $method is the verification method used (one of login-method-*).
account-activity-method = módszer: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = { $level } szint
# $client is the name of the application signed in to.
account-activity-client = alkalmazás: { $client }
account-activity-via-my-account = a Saját fiók oldalon
account-activity-via-set-password = a regisztrációs e-mailben kapott linkkel
account-activity-via-reset = az „Elfelejtette jelszavát?” linkkel
account-activity-via-recovery = fiók-helyreállítást követően
account-activity-purpose-sms-enrol = új szám megerősítéséhez
account-activity-purpose-sms-login = bejelentkezéshez
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = címzett: { $phone }
account-activity-pin-failures = { $count } hibás PIN-kód után
account-activity-until = { $when } időpontig
account-activity-on = időpont: { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = hozzáférési profil: { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = { $name } által
account-activity-by-helpdesk = az ügyfélszolgálat által
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = ok: { $reason }
account-activity-reason-wrong-password = hibás jelszó
account-activity-reason-no-password = nincs beállított jelszó
account-activity-reason-unknown-account = ismeretlen fiók
account-activity-reason-locked = zárolva
account-activity-reason-wrong-code = hibás kód
account-activity-reason-code-reused = újra felhasznált kód
account-activity-reason-too-many-codes = túl sok kód
account-activity-reason-too-many-codes-hour = túl sok kód ebben az órában
account-activity-reason-device-locked = eszköz zárolva
account-activity-reason-expired = a kérés lejárt
account-activity-reason-not-verified = a válasz nem ellenőrizhető
account-activity-reason-already-registered = már regisztrálva
account-activity-token-access = hozzáférési token
account-activity-token-refresh = frissítési token
account-activity-grant-revoked = engedély visszavonva
account-activity-family-revoked = tokencsalád visszavonva

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Fiók létrehozása
account-register-intro = Intézményi e-mail-címe használata ajánlott. E-mailt fog kapni egy linkkel, amellyel létrehozhatja jelszavát.
account-register-email-confirm = E-mail-cím megerősítése
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Az e-mailek nyelve
account-register-submit = Fiók létrehozása
account-register-sign-in = Már van fiókja? Jelentkezzen be
account-register-thanks = Köszönjük regisztrációját.
# $minutes: how long the link can be used.
account-register-sent = Úton van egy e-mail a következő címre: { $email }. Az abban található linkkel létrehozhatja jelszavát. A link { $minutes } percig érvényes. Az e-mail megérkezése néhány percet is igénybe vehet; ellenőrizze a levélszemét mappát is.
account-register-first-name-invalid = Utóneve túl hosszú, vagy nem engedélyezett karaktereket tartalmaz.
account-register-last-name-invalid = Vezetékneve túl hosszú, vagy nem engedélyezett karaktereket tartalmaz.
account-register-email-invalid = Kérjük, érvényes e-mail-címet adjon meg, például nev@korhaz.eu.
account-register-email-mismatch = A két e-mail-cím nem egyezik.
account-register-throttled = Nemrég e-mailt küldtünk erre a címre, vagy az Ön hálózatáról túl sok kérés érkezett. { $wait } múlva kérheti újra.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Jelszó létrehozása
# $email is the address of the account whose password is being created.
account-set-password-account = Fiók: { $email }
account-set-password-rules = Jelszavának meg kell felelnie a következő szabályoknak:
account-set-password-new = Új jelszó
account-set-password-confirm = Új jelszó megerősítése
account-set-password-mismatch = A két jelszó nem egyezik.
account-set-password-done-title = Jelszavát beállítottuk
account-set-password-done = Jelszavát elmentettük. Most már bejelentkezhet e-mail-címével és ezzel a jelszóval.
account-password-recent-title = Nemrég módosította jelszavát
account-password-recent = Biztonsági okokból várnia kell, mielőtt újra módosíthatná jelszavát. { $wait } múlva módosíthatja újra.
account-password-urgent = Sürgős esetben forduljon az ügyfélszolgálathoz.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Elfelejtette jelszavát?
# $minutes: how long a link can be used.
account-forgot-expired = A követett link lejárt, vagy már felhasználták. A linkek { $minutes } percig érvényesek, és csak egyszer használhatók.
account-forgot-again = Új link kéréséhez adja meg újra e-mail-címét.
account-forgot-intro = Adja meg { $brand }-fiókja e-mail-címét. Küldünk egy linket, amellyel új jelszót választhat; a link { $minutes } percig érvényes.
account-forgot-submit = Link küldése
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Ha a(z) { $email } címhez tartozik { $brand }-fiók, erre a címre elküldtük a jelszó választásához szükséges linket. A link { $minutes } percig érvényes. Ha az e-mail nem érkezik meg, { $wait } múlva kérhet újat.
