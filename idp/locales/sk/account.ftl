# The provider's texts in Slovak (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hodinu 5 minút", "6. decembra 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Meno
account-last-name = Priezvisko
account-email = E-mail
account-language = Jazyk
account-cancel = Zrušiť
account-submit = Odoslať
account-save = Uložiť
account-delete = Odstrániť
account-sign-in = Prihlásiť sa
account-back = Môj účet
account-wait-title = Pred ďalšou žiadosťou chvíľu počkajte
account-link-invalid-title = Tento odkaz už neplatí
account-check-email-title = Skontrolujte svoj e-mail
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = vypršala
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = neznámo

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Vitajte, { $name }
account-home-signed-in = Ste prihlásení do služby { $brand } ako { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Ste prihlásení do služby { $brand } ako { $email } (úroveň overenia: { $level }).
account-home-change-password-hint = (v časti „Môj účet“, so súčasným heslom)
account-home-forgot-password = Zabudli ste heslo?
account-home-sign-out = Odhlásiť sa
account-home-intro = Jeden účet na prihlásenie do všetkých aplikácií pripojených k službe { $brand }.
account-home-register = Vytvoriť účet

## My Account (templates/account.html)

account-title = Môj účet
account-details-heading = Údaje môjho účtu
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (externá adresa)
account-level = Úroveň overenia tejto relácie
account-needs-second-factor = Aplikácie ako CPMS vyžadujú druhý spôsob overenia: pridajte číslo mobilného telefónu, mobilné zariadenie, bezpečnostný kľúč alebo overovaciu aplikáciu.
account-menu-change-password = Zmeniť heslo
account-menu-details = Upraviť osobné údaje
account-menu-delete = Odstrániť môj účet
account-menu-devices = Spravovať mobilné zariadenia
account-menu-phones = Spravovať čísla mobilných telefónov
account-menu-security-keys = Spravovať bezpečnostné kľúče
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (pridané)
account-menu-authenticator-apps = Spravovať overovacie aplikácie
account-menu-sessions = Zobraziť moje relácie
account-menu-sessions-hint = Môžete si pozrieť relácie otvorené v navštívených aplikáciách.
account-menu-delete-devices = Odstrániť všetky moje zariadenia
account-menu-delete-devices-hint = Pre nový telefón: odstráni všetky mobilné zariadenia, bezpečnostné kľúče a overovacie aplikácie.
account-menu-activity = Aktivita
account-menu-activity-hint = Nedávne bezpečnostné udalosti vášho účtu.
account-notice-password = Vaše heslo bolo zmenené. Ostatné relácie boli ukončené.
account-notice-details = Vaše osobné údaje boli uložené.
account-notice-devices = Všetky vaše zariadenia boli odstránené. Teraz môžete pridať nové zariadenie.
account-notice-session = Relácia bola ukončená.
account-notice-sent-again = E-mail je znova na ceste.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Niektoré e-maily sa k vám nedostali
# $email: the account's address.
account-undelivered = Poštový server adresy { $email } tieto e-maily odmietol alebo ich nebolo možné včas doručiť. Ak bola vaša schránka plná alebo sa adresa zmenila, najprv to napravte a potom ich pošlite znova.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }“, { $when }
account-undelivered-send-again = Poslať znova
account-undelivered-gone = Tento e-mail nemožno poslať znova: už bol odoslaný alebo vám nepatrí.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Upraviť osobné údaje
account-first-name-missing = Zadajte svoje meno.
account-last-name-missing = Zadajte svoje priezvisko.
account-first-name-too-long = Meno môže mať najviac 100 bežných znakov.
account-last-name-too-long = Priezvisko môže mať najviac 100 bežných znakov.
account-language-invalid = Vyberte jazyk zo zoznamu.

## Change password (templates/account_password.html)

account-password-title = Zmeniť heslo
account-password-wait = Z bezpečnostných dôvodov musíte pred ďalšou zmenou hesla ešte počkať { $wait }. V naliehavých prípadoch sa obráťte na podporu.
account-password-rules = Nové heslo musí spĺňať tieto pravidlá:
account-password-current = Súčasné heslo
account-password-new = Nové heslo
account-password-confirm = Potvrdenie nového hesla
account-password-too-long = Heslo je príliš dlhé.
account-password-wrong-current = Vaše súčasné heslo nie je správne.
account-password-too-soon = Z bezpečnostných dôvodov musíte pred ďalšou zmenou hesla ešte počkať { $wait }. V naliehavých prípadoch sa obráťte na podporu.
account-password-mismatch = Zadané nové heslá sa nezhodujú.

## Delete my account (templates/account_delete.html)

account-delete-title = Odstrániť môj účet
account-delete-warning = Váš účet { $brand } vrátane telefónnych čísel, zariadení a bezpečnostných kľúčov bude odstránený a všetky aplikácie, do ktorých ste prihlásení, o tom budú informované. Túto akciu nemožno vrátiť späť.
account-delete-confirm = Chcem odstrániť svoj účet { $brand }
account-delete-unconfirmed = Začiarknutím políčka potvrďte, že sa má váš účet odstrániť.
account-deleted-title = Váš účet bol odstránený
account-deleted = Váš účet { $brand } a všetko, čo k nemu patrilo, bolo odstránené.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Odstrániť všetky moje zariadenia
account-delete-devices-pending = Všetky spôsoby overenia vášho účtu budú podľa vašej žiadosti potvrdenej e-mailom odstránené { $when }.
account-delete-devices-none = Váš účet nemá žiadne mobilné zariadenie, bezpečnostný kľúč ani overovaciu aplikáciu. Môžete ich pridať v časti „Môj účet“.
account-delete-devices-now = Túto možnosť použite, keď máte nový telefón: odstránia sa všetky mobilné zariadenia, bezpečnostné kľúče a overovacie aplikácie vášho účtu. Potom pridajte nové zariadenie v časti „Spravovať mobilné zariadenia“. Čísla mobilných telefónov zostanú zachované.
account-delete-devices-why = Na ochranu vášho účtu nemožno spôsoby overenia odstrániť len pomocou hesla: ktokoľvek, kto by heslo zistil, by si potom mohol pridať vlastné.
account-delete-devices-can-use = Jeden z nich ešte môžem použiť
account-delete-devices-can-use-text = Prihláste sa znova pomocou starého telefónu, bezpečnostného kľúča alebo overovacej aplikácie a potom ich všetky naraz odstráňte.
account-delete-devices-reauth = Prihlásiť sa pomocou spôsobu overenia
account-delete-devices-cannot-use = Žiadny z nich nemôžem použiť
# $wait is the waiting period of a recovery ("24 hodín").
account-delete-devices-recovery = Na vašu e-mailovú adresu pošleme odkaz. Keď ním akciu potvrdíte, všetky spôsoby overenia vášho účtu (mobilné zariadenia, bezpečnostné kľúče, overovacie aplikácie a čísla mobilných telefónov) budú odstránené o { $wait } neskôr. Ihneď vás o tom budeme informovať e-mailom a dovtedy môžete odstránenie zrušiť.
account-delete-devices-send-link = Poslať odkaz

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Odstrániť všetky spôsoby overenia
# $minutes: how long the link can be used.
account-recovery-sent = Na adresu { $email } bol odoslaný odkaz. Platí { $minutes ->
    [one] { $minutes } minútu
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}.
account-recovery-sent-next = Otvorte ho a akciu potvrďte. Spôsoby overenia budú odstránené { $wait } po potvrdení; dovtedy môžete odstránenie zrušiť.
account-recovery-confirm-text = Všetky mobilné zariadenia, bezpečnostné kľúče, overovacie aplikácie a čísla mobilných telefónov účtu { $brand } { $email } budú odstránené { $wait } po vašom potvrdení. Budete informovaní e-mailom s odkazom na zrušenie.
account-recovery-confirm = Potvrdiť
account-recovery-started-title = Odstránenie potvrdené
account-recovery-started = Všetky spôsoby overenia vášho účtu budú odstránené { $when }.
account-recovery-started-next = Poslali sme vám e-mail s odkazom na zrušenie. Po uplynutí tohto času sa prihláste heslom a pridajte nové zariadenie v časti „Môj účet“.
account-recovery-cancel-title = Zrušiť odstránenie spôsobov overenia
account-recovery-due = Všetky spôsoby overenia vášho účtu majú byť odstránené { $when }.
account-recovery-cancel = Zrušiť odstránenie
account-recovery-cancel-hint = Ak ste o odstránenie nežiadali, zmeňte si aj heslo: niekto iný ho pozná.
account-recovery-cancelled-title = Odstránenie zrušené
account-recovery-cancelled = Nič nebolo odstránené. Vaše spôsoby overenia zostávajú bez zmeny.
account-recovery-nothing-title = Nie je čo zrušiť
account-recovery-nothing = Žiadne odstránenie vašich spôsobov overenia nečakalo na vykonanie.
account-recovery-invalid = Platnosť odkazu vypršala, odkaz už bol použitý alebo bol nahradený novším.
account-recovery-start-again = Začať znova v časti „Odstrániť všetky moje zariadenia“
account-recovery-paced = E-mail s odkazom bol odoslaný pred chvíľou. Nový si môžete vyžiadať o { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Zobraziť moje relácie
account-sessions-title = Moje relácie
account-sessions-started = Začiatok
account-sessions-last-seen = Posledná aktivita
account-sessions-level = Úroveň
account-sessions-from = Odkiaľ
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Akcia
account-sessions-current = Táto relácia
account-sessions-end = Ukončiť túto reláciu
account-sessions-not-yours = Táto relácia nepatrí vám alebo už bola ukončená.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Aktivita
account-activity-intro = Najnovšie bezpečnostné udalosti vášho účtu.
account-activity-when = Kedy
account-activity-what = Čo
account-activity-from = Odkiaľ
account-activity-details = Podrobnosti
account-event-signin-success = Prihlásenie
account-event-signin-failure = Neúspešné prihlásenie
account-event-signed-out = Odhlásenie
account-event-account-registered = Vytvorenie účtu
account-event-account-locked = Zablokovanie prihlásenia heslom po príliš mnohých neúspešných pokusoch
account-event-password-set = Nastavenie alebo zmena hesla
account-event-factor-added = Pridanie spôsobu overenia
account-event-factor-removed = Odstránenie spôsobu overenia
account-event-sms-sent = Odoslanie SMS
account-event-device-locked = Zablokovanie mobilného zariadenia (nesprávne kódy PIN)
account-event-push-denied = Zamietnutie požiadavky na prihlásenie v mobilnom zariadení
account-event-push-wrong-number = Výber nesprávneho čísla v mobilnom zariadení
account-event-token-revoked = Odvolanie prístupu aplikáciou
account-event-code-replayed = Prihlasovací kód bol použitý dvakrát: prístup, ktorý poskytol, bol odvolaný
account-event-refresh-reused = Bol opätovne použitý starý prístupový token: prístup, ku ktorému patril, bol odvolaný
account-event-recovery-link-sent = Žiadosť o odstránenie všetkých spôsobov overenia (odkaz poslaný e-mailom)
account-event-recovery-started = Potvrdenie odstránenia všetkých spôsobov overenia (čakacia lehota)
account-event-recovery-cancelled = Zrušenie odstránenia všetkých spôsobov overenia
account-event-access-requested = Žiadosť o prístup
account-event-access-approved = Schválenie žiadosti o prístup
account-event-access-denied = Zamietnutie žiadosti o prístup
account-event-access-revoked = Odvolanie prístupu
account-event-message-undelivered = Nedoručenie e-mailu alebo SMS
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "spôsob: Mobilný telefón + SMS, úroveň stredná, aplikácia: CPMS".
account-activity-factor-phone = číslo mobilného telefónu
account-activity-factor-mobile-device = mobilné zariadenie
account-activity-factor-security-key = bezpečnostný kľúč
account-activity-factor-authenticator-app = overovacia aplikácia
account-activity-factor-count = { $count ->
    [one] { $count } spôsob overenia
    [few] { $count } spôsoby overenia
    [many] { $count } spôsobu overenia
   *[other] { $count } spôsobov overenia
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }“
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }“
# $method is the verification method used (one of login-method-*).
account-activity-method = spôsob: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = úroveň { $level }
# $client is the name of the application signed in to.
account-activity-client = aplikácia: { $client }
account-activity-via-my-account = v časti „Môj účet“
account-activity-via-set-password = pomocou odkazu z registračného e-mailu
account-activity-via-reset = pomocou odkazu „Zabudli ste heslo?“
account-activity-via-recovery = po obnovení účtu
account-activity-purpose-sms-enrol = na potvrdenie nového čísla
account-activity-purpose-sms-login = na prihlásenie
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = na číslo { $phone }
account-activity-pin-failures = po { $count ->
    [one] { $count } nesprávnom kóde PIN
    [few] { $count } nesprávnych kódoch PIN
    [many] { $count } nesprávnych kódoch PIN
   *[other] { $count } nesprávnych kódoch PIN
}
account-activity-until = do { $when }
account-activity-on = dňa { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = prístupový profil { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = rozhodnutie: { $name }
account-activity-by-helpdesk = rozhodnutie: podpora
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = dôvod: { $reason }
account-activity-reason-wrong-password = nesprávne heslo
account-activity-reason-no-password = heslo nie je nastavené
account-activity-reason-unknown-account = neznámy účet
account-activity-reason-locked = zablokované
account-activity-reason-wrong-code = nesprávny kód
account-activity-reason-code-reused = opakovane použitý kód
account-activity-reason-too-many-codes = príliš veľa kódov
account-activity-reason-too-many-codes-hour = príliš veľa kódov za túto hodinu
account-activity-reason-device-locked = zariadenie zablokované
account-activity-reason-expired = platnosť požiadavky vypršala
account-activity-reason-not-verified = odpoveď nebola overená
account-activity-reason-already-registered = už zaregistrované
account-activity-token-access = prístupový token
account-activity-token-refresh = obnovovací token
account-activity-grant-revoked = oprávnenie odvolané
account-activity-family-revoked = celý rad tokenov odvolaný

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Vytvoriť účet
account-register-intro = Odporúčame použiť pracovnú e-mailovú adresu vašej inštitúcie. Dostanete e-mail s odkazom na vytvorenie hesla.
account-register-email-confirm = Potvrdenie e-mailu
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Jazyk e-mailov
account-register-submit = Vytvoriť účet
account-register-sign-in = Už máte účet? Prihláste sa
account-register-thanks = Ďakujeme za registráciu.
# $minutes: how long the link can be used.
account-register-sent = Na adresu { $email } je na ceste e-mail s odkazom na vytvorenie hesla. Odkaz platí { $minutes ->
    [one] { $minutes } minútu
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}. Doručenie môže trvať niekoľko minút; skontrolujte aj priečinok nevyžiadanej pošty.
account-register-first-name-invalid = Vaše meno je príliš dlhé alebo obsahuje nepovolené znaky.
account-register-last-name-invalid = Vaše priezvisko je príliš dlhé alebo obsahuje nepovolené znaky.
account-register-email-invalid = Zadajte platnú e-mailovú adresu, napríklad meno@nemocnica.eu.
account-register-email-mismatch = Zadané e-mailové adresy sa nezhodujú.
account-register-throttled = Na túto adresu bol pred chvíľou odoslaný e-mail alebo bolo z vašej siete vyžiadaných príliš veľa e-mailov. Znova to môžete skúsiť o { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Vytvorenie hesla
# $email is the address of the account whose password is being created.
account-set-password-account = Účet: { $email }
account-set-password-rules = Heslo musí spĺňať tieto pravidlá:
account-set-password-new = Nové heslo
account-set-password-confirm = Potvrdenie nového hesla
account-set-password-mismatch = Zadané heslá sa nezhodujú.
account-set-password-done-title = Heslo bolo nastavené
account-set-password-done = Vaše heslo bolo uložené. Teraz sa môžete prihlásiť svojou e-mailovou adresou a týmto heslom.
account-password-recent-title = Heslo ste nedávno zmenili
account-password-recent = Z bezpečnostných dôvodov musíte pred ďalšou zmenou hesla počkať. Heslo budete môcť znova zmeniť o { $wait }.
account-password-urgent = V naliehavých prípadoch sa obráťte na podporu.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Zabudli ste heslo?
# $minutes: how long a link can be used.
account-forgot-expired = Platnosť odkazu vypršala alebo už bol použitý. Odkazy platia { $minutes ->
    [one] { $minutes } minútu
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
} a možno ich použiť iba raz.
account-forgot-again = Znova zadajte svoju e-mailovú adresu a dostanete nový odkaz.
account-forgot-intro = Zadajte e-mailovú adresu svojho účtu { $brand }. Pošleme vám odkaz na nastavenie nového hesla, ktorý bude platiť { $minutes ->
    [one] { $minutes } minútu
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}.
account-forgot-submit = Poslať odkaz
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Ak pre adresu { $email } existuje účet { $brand }, bol na ňu odoslaný e-mail s odkazom na nastavenie hesla. Odkaz platí { $minutes ->
    [one] { $minutes } minútu
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}. Ak e-mail nepríde, nový odkaz si môžete vyžiadať o { $wait }.
