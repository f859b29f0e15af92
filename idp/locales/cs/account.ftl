# The provider's texts in Czech (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hodinu a 5 minut", "6. prosince 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Jméno
account-last-name = Příjmení
account-email = E-mail
account-language = Jazyk
account-cancel = Zrušit
account-submit = Odeslat
account-save = Uložit
account-delete = Odstranit
account-sign-in = Přihlásit se
account-back = Můj účet
account-wait-title = Než požádáte znovu, chvíli počkejte
account-link-invalid-title = Tento odkaz již neplatí
account-check-email-title = Zkontrolujte svůj e-mail
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = vypršela
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = neznámo

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Vítejte, { $name }
account-home-signed-in = Jste přihlášeni ke službě { $brand } jako { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Jste přihlášeni ke službě { $brand } jako { $email } (úroveň ověření: { $level }).
account-home-change-password-hint = (v části „Můj účet“, se současným heslem)
account-home-forgot-password = Zapomněli jste heslo?
account-home-sign-out = Odhlásit se
account-home-intro = Jeden účet pro přihlášení do všech aplikací připojených ke službě { $brand }.
account-home-register = Vytvořit účet

## My Account (templates/account.html)

account-title = Můj účet
account-details-heading = Údaje mého účtu
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (externí)
account-level = Úroveň ověření této relace
account-needs-second-factor = Aplikace jako CPMS vyžadují druhý způsob ověření: přidejte číslo mobilního telefonu, mobilní zařízení, bezpečnostní klíč nebo ověřovací aplikaci.
account-menu-change-password = Změnit heslo
account-menu-details = Upravit osobní údaje
account-menu-delete = Odstranit můj účet
account-menu-devices = Spravovat mobilní zařízení
account-menu-phones = Spravovat čísla mobilních telefonů
account-menu-security-keys = Spravovat bezpečnostní klíče
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (přidáno)
account-menu-authenticator-apps = Spravovat ověřovací aplikace
account-menu-sessions = Zobrazit mé relace
account-menu-sessions-hint = Můžete si prohlédnout relace otevřené v navštívených aplikacích.
account-menu-delete-devices = Odstranit všechna má zařízení
account-menu-delete-devices-hint = Pro nový telefon: odstraní všechna mobilní zařízení, bezpečnostní klíče a ověřovací aplikace.
account-menu-activity = Aktivita
account-menu-activity-hint = Nedávné bezpečnostní události vašeho účtu.
account-notice-password = Vaše heslo bylo změněno. Ostatní relace byly ukončeny.
account-notice-details = Vaše osobní údaje byly uloženy.
account-notice-devices = Všechna vaše zařízení byla odstraněna. Nyní můžete přidat nové zařízení.
account-notice-session = Relace byla ukončena.
account-notice-sent-again = E-mail je znovu na cestě.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Některé e-maily se k vám nedostaly
# $email: the account's address.
account-undelivered = Poštovní server adresy { $email } tyto e-maily odmítl, nebo je nebylo možné včas doručit. Pokud byla vaše schránka plná nebo se adresa změnila, nejprve to napravte a pak je odešlete znovu.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }“, { $when }
account-undelivered-send-again = Odeslat znovu
account-undelivered-gone = Tento e-mail nelze odeslat znovu: už byl odeslán, nebo vám nepatří.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Upravit osobní údaje
account-first-name-missing = Zadejte prosím své jméno.
account-last-name-missing = Zadejte prosím své příjmení.
account-first-name-too-long = Jméno smí mít nejvýše 100 běžných znaků.
account-last-name-too-long = Příjmení smí mít nejvýše 100 běžných znaků.
account-language-invalid = Zvolte prosím jazyk ze seznamu.

## Change password (templates/account_password.html)

account-password-title = Změnit heslo
account-password-wait = Z bezpečnostních důvodů musíte před další změnou hesla ještě počkat { $wait }. V naléhavých případech se obraťte na podporu.
account-password-rules = Nové heslo musí splňovat tato pravidla:
account-password-current = Současné heslo
account-password-new = Nové heslo
account-password-confirm = Potvrzení nového hesla
account-password-too-long = Heslo je příliš dlouhé.
account-password-wrong-current = Vaše současné heslo není správné.
account-password-too-soon = Z bezpečnostních důvodů musíte před další změnou hesla ještě počkat { $wait }. V naléhavých případech se obraťte na podporu.
account-password-mismatch = Zadaná nová hesla se neshodují.

## Delete my account (templates/account_delete.html)

account-delete-title = Odstranit můj účet
account-delete-warning = Váš účet { $brand } včetně telefonních čísel, zařízení a bezpečnostních klíčů bude odstraněn a všechny aplikace, ke kterým jste přihlášeni, o tom budou informovány. Tuto akci nelze vrátit zpět.
account-delete-confirm = Chci odstranit svůj účet { $brand }
account-delete-unconfirmed = Zaškrtnutím políčka prosím potvrďte, že má být váš účet odstraněn.
account-deleted-title = Váš účet byl odstraněn
account-deleted = Váš účet { $brand } a vše, co k němu patřilo, bylo odstraněno.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Odstranit všechna má zařízení
account-delete-devices-pending = Všechny způsoby ověření vašeho účtu budou podle vaší žádosti potvrzené e-mailem odstraněny { $when }.
account-delete-devices-none = Váš účet nemá žádné mobilní zařízení, bezpečnostní klíč ani ověřovací aplikaci. Můžete je přidat v části „Můj účet“.
account-delete-devices-now = Tuto možnost použijte, když máte nový telefon: odstraní se všechna mobilní zařízení, bezpečnostní klíče a ověřovací aplikace vašeho účtu. Poté přidejte nové zařízení v části „Spravovat mobilní zařízení“. Čísla mobilních telefonů zůstanou zachována.
account-delete-devices-why = Z důvodu ochrany účtu nelze způsoby ověření odstranit pouze pomocí hesla: kdokoli by heslo zjistil, mohl by si pak přidat vlastní.
account-delete-devices-can-use = Jeden z nich ještě mohu použít
account-delete-devices-can-use-text = Přihlaste se znovu pomocí starého telefonu, bezpečnostního klíče nebo ověřovací aplikace a poté je všechny najednou odstraňte.
account-delete-devices-reauth = Přihlásit se pomocí způsobu ověření
account-delete-devices-cannot-use = Žádný z nich nemohu použít
# $wait is the waiting period of a recovery ("24 hodin").
account-delete-devices-recovery = Na vaši e-mailovou adresu zašleme odkaz. Jakmile jím akci potvrdíte, budou všechny způsoby ověření vašeho účtu (mobilní zařízení, bezpečnostní klíče, ověřovací aplikace a čísla mobilních telefonů) odstraněny o { $wait } později. Ihned vás o tom informujeme e-mailem a do té doby můžete odstranění zrušit.
account-delete-devices-send-link = Zaslat odkaz

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Odstranit všechny způsoby ověření
# $minutes: how long the link can be used.
account-recovery-sent = Na adresu { $email } byl odeslán odkaz. Platí { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}.
account-recovery-sent-next = Otevřete jej a akci potvrďte. Způsoby ověření budou odstraněny { $wait } po potvrzení; do té doby můžete odstranění zrušit.
account-recovery-confirm-text = Všechna mobilní zařízení, bezpečnostní klíče, ověřovací aplikace a čísla mobilních telefonů účtu { $brand } { $email } budou odstraněny { $wait } po vašem potvrzení. Budete informováni e-mailem s odkazem pro zrušení.
account-recovery-confirm = Potvrdit
account-recovery-started-title = Odstranění potvrzeno
account-recovery-started = Všechny způsoby ověření vašeho účtu budou odstraněny { $when }.
account-recovery-started-next = Byl vám zaslán e-mail s odkazem pro zrušení. Po uplynutí této doby se přihlaste heslem a přidejte nové zařízení v části „Můj účet“.
account-recovery-cancel-title = Zrušit odstranění způsobů ověření
account-recovery-due = Všechny způsoby ověření vašeho účtu mají být odstraněny { $when }.
account-recovery-cancel = Zrušit odstranění
account-recovery-cancel-hint = Pokud jste o odstranění nežádali, změňte také heslo: někdo jiný ho zná.
account-recovery-cancelled-title = Odstranění zrušeno
account-recovery-cancelled = Nic nebylo odstraněno. Vaše způsoby ověření zůstávají beze změny.
account-recovery-nothing-title = Není co zrušit
account-recovery-nothing = Žádné odstranění vašich způsobů ověření nečekalo na provedení.
account-recovery-invalid = Platnost odkazu vypršela, odkaz již byl použit nebo byl nahrazen novějším.
account-recovery-start-again = Začít znovu v části „Odstranit všechna má zařízení“
account-recovery-paced = E-mail s odkazem byl odeslán před chvílí. O nový můžete požádat za { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Zobrazit mé relace
account-sessions-title = Moje relace
account-sessions-started = Zahájena
account-sessions-last-seen = Poslední aktivita
account-sessions-level = Úroveň
account-sessions-from = Odkud
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Akce
account-sessions-current = Tato relace
account-sessions-end = Ukončit tuto relaci
account-sessions-not-yours = Tato relace vám nepatří nebo již byla ukončena.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Aktivita
account-activity-intro = Nejnovější bezpečnostní události vašeho účtu.
account-activity-when = Kdy
account-activity-what = Co
account-activity-from = Odkud
account-activity-details = Podrobnosti
account-event-signin-success = Přihlášení
account-event-signin-failure = Neúspěšné přihlášení
account-event-signed-out = Odhlášení
account-event-account-registered = Vytvoření účtu
account-event-account-locked = Přihlášení heslem zablokováno po příliš mnoha neúspěšných pokusech
account-event-password-set = Nastavení nebo změna hesla
account-event-factor-added = Přidání způsobu ověření
account-event-factor-removed = Odebrání způsobu ověření
account-event-sms-sent = Odeslání SMS
account-event-device-locked = Zablokování mobilního zařízení (chybné kódy PIN)
account-event-push-denied = Zamítnutí požadavku na přihlášení v mobilním zařízení
account-event-push-wrong-number = Volba chybného čísla v mobilním zařízení
account-event-token-revoked = Přístup odvolán aplikací
account-event-code-replayed = Přihlašovací kód byl použit dvakrát: přístup, který poskytl, byl odvolán
account-event-refresh-reused = Byl znovu použit starý přístupový token: přístup, k němuž patřil, byl odvolán
account-event-recovery-link-sent = Žádost o odstranění všech způsobů ověření (odkaz zaslán e-mailem)
account-event-recovery-started = Potvrzení odstranění všech způsobů ověření (čekací doba)
account-event-recovery-cancelled = Zrušení odstranění všech způsobů ověření
account-event-access-requested = Žádost o přístup
account-event-access-approved = Schválení žádosti o přístup
account-event-access-denied = Zamítnutí žádosti o přístup
account-event-access-revoked = Odvolání přístupu
account-event-message-undelivered = Nedoručení e-mailu nebo SMS
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "způsob: Mobilní telefon + SMS, úroveň střední, aplikace: CPMS".
account-activity-factor-phone = číslo mobilního telefonu
account-activity-factor-mobile-device = mobilní zařízení
account-activity-factor-security-key = bezpečnostní klíč
account-activity-factor-authenticator-app = ověřovací aplikace
account-activity-factor-count = { $count ->
    [one] { $count } způsob ověření
    [few] { $count } způsoby ověření
    [many] { $count } způsobu ověření
   *[other] { $count } způsobů ověření
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }“
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }“
# $method is the verification method used (one of login-method-*).
account-activity-method = způsob: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = úroveň { $level }
# $client is the name of the application signed in to.
account-activity-client = aplikace: { $client }
account-activity-via-my-account = v části „Můj účet“
account-activity-via-set-password = pomocí odkazu z registračního e-mailu
account-activity-via-reset = pomocí odkazu „Zapomněli jste heslo?“
account-activity-via-recovery = po obnovení účtu
account-activity-purpose-sms-enrol = k potvrzení nového čísla
account-activity-purpose-sms-login = k přihlášení
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = na číslo { $phone }
account-activity-pin-failures = po { $count ->
    [one] { $count } chybném kódu PIN
    [few] { $count } chybných kódech PIN
    [many] { $count } chybných kódech PIN
   *[other] { $count } chybných kódech PIN
}
account-activity-until = do { $when }
account-activity-on = dne { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = přístupový profil { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = rozhodnutí: { $name }
account-activity-by-helpdesk = rozhodnutí: podpora
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = důvod: { $reason }
account-activity-reason-wrong-password = chybné heslo
account-activity-reason-no-password = heslo není nastaveno
account-activity-reason-unknown-account = neznámý účet
account-activity-reason-locked = zablokováno
account-activity-reason-wrong-code = chybný kód
account-activity-reason-code-reused = opakovaně použitý kód
account-activity-reason-too-many-codes = příliš mnoho kódů
account-activity-reason-too-many-codes-hour = příliš mnoho kódů za tuto hodinu
account-activity-reason-device-locked = zařízení zablokováno
account-activity-reason-expired = platnost požadavku vypršela
account-activity-reason-not-verified = odpověď nebyla ověřena
account-activity-reason-already-registered = již registrováno
account-activity-token-access = přístupový token
account-activity-token-refresh = obnovovací token
account-activity-grant-revoked = oprávnění odvoláno
account-activity-family-revoked = celá řada tokenů odvolána

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Vytvořit účet
account-register-intro = Doporučujeme použít pracovní e-mailovou adresu vaší instituce. Obdržíte e-mail s odkazem pro vytvoření hesla.
account-register-email-confirm = Potvrzení e-mailu
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Jazyk e-mailů
account-register-submit = Vytvořit účet
account-register-sign-in = Již máte účet? Přihlaste se
account-register-thanks = Děkujeme za registraci.
# $minutes: how long the link can be used.
account-register-sent = Na adresu { $email } je na cestě e-mail s odkazem pro vytvoření hesla. Odkaz platí { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}. Doručení může trvat několik minut; zkontrolujte také složku nevyžádané pošty.
account-register-first-name-invalid = Vaše jméno je příliš dlouhé nebo obsahuje nepovolené znaky.
account-register-last-name-invalid = Vaše příjmení je příliš dlouhé nebo obsahuje nepovolené znaky.
account-register-email-invalid = Zadejte prosím platnou e-mailovou adresu, například jmeno@nemocnice.eu.
account-register-email-mismatch = Zadané e-mailové adresy se neshodují.
account-register-throttled = Na tuto adresu byl před chvílí odeslán e-mail, nebo bylo z vaší sítě vyžádáno příliš mnoho e-mailů. Znovu můžete požádat za { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Vytvoření hesla
# $email is the address of the account whose password is being created.
account-set-password-account = Účet: { $email }
account-set-password-rules = Heslo musí splňovat tato pravidla:
account-set-password-new = Nové heslo
account-set-password-confirm = Potvrzení nového hesla
account-set-password-mismatch = Zadaná hesla se neshodují.
account-set-password-done-title = Heslo bylo nastaveno
account-set-password-done = Vaše heslo bylo uloženo. Nyní se můžete přihlásit svou e-mailovou adresou a tímto heslem.
account-password-recent-title = Heslo jste nedávno změnili
account-password-recent = Z bezpečnostních důvodů musíte před další změnou hesla počkat. Heslo budete moci znovu změnit za { $wait }.
account-password-urgent = V naléhavých případech se obraťte na podporu.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Zapomněli jste heslo?
# $minutes: how long a link can be used.
account-forgot-expired = Platnost odkazu vypršela nebo již byl použit. Odkazy platí { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
} a lze je použít jen jednou.
account-forgot-again = Znovu zadejte svou e-mailovou adresu a obdržíte nový odkaz.
account-forgot-intro = Zadejte e-mailovou adresu svého účtu { $brand }. Zašleme vám odkaz pro nastavení nového hesla, který bude platit { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}.
account-forgot-submit = Zaslat odkaz
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Pokud pro adresu { $email } existuje účet { $brand }, byl na ni odeslán e-mail s odkazem pro nastavení hesla. Odkaz platí { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}. Pokud e-mail nepřijde, můžete o nový odkaz požádat za { $wait }.
