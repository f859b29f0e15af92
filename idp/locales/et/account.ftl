# The provider's texts in English (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Eesnimi
account-last-name = Perekonnanimi
account-email = E-post
account-language = Keel
account-cancel = Tühista
account-submit = Esita
account-save = Salvesta
account-delete = Kustuta
account-sign-in = Logi sisse
account-back = Minu konto
account-wait-title = Oodake enne uuesti küsimist
account-link-invalid-title = See link ei kehti enam
account-check-email-title = Kontrollige oma e-posti
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = aegunud
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = teadmata

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Tere tulemast, { $name }
account-home-signed-in = Olete teenusesse { $brand } sisse logitud kasutajana { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Olete teenusesse { $brand } sisse logitud kasutajana { $email } (autentimistase: { $level }).
account-home-change-password-hint = (jaotises „Minu konto“, praeguse salasõnaga)
account-home-forgot-password = Kas unustasite salasõna?
account-home-sign-out = Logi välja
account-home-intro = Üks konto, millega logida sisse kõigisse teenusega { $brand } ühendatud rakendustesse.
account-home-register = Loo konto

## My Account (templates/account.html)

account-title = Minu konto
account-details-heading = Minu konto andmed
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (väline)
account-level = Selle seansi autentimistase
account-needs-second-factor = Sellised rakendused nagu CPMS nõuavad teist autentimisviisi: lisage mobiiltelefoni number, mobiilseade, turvavõti või autentimisrakendus.
account-menu-change-password = Muuda salasõna
account-menu-details = Muuda oma isikuandmeid
account-menu-delete = Kustuta oma konto
account-menu-devices = Halda oma mobiilseadmeid
account-menu-phones = Halda oma mobiiltelefoni numbreid
account-menu-security-keys = Halda oma turvavõtmeid
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (lisatud)
account-menu-authenticator-apps = Halda oma autentimisrakendusi
account-menu-sessions = Kuva oma seansid
account-menu-sessions-hint = Saate vaadata külastatud rakendustes avatud seansse.
account-menu-delete-devices = Kustuta kõik oma seadmed
account-menu-delete-devices-hint = Uue telefoni korral: eemaldab kõik mobiilseadmed, turvavõtmed ja autentimisrakendused.
account-menu-activity = Tegevused
account-menu-activity-hint = Teie konto hiljutised turvasündmused.
account-notice-password = Teie salasõna muudeti. Teie muud seansid lõpetati.
account-notice-details = Teie isikuandmed salvestati.
account-notice-devices = Kõik teie seadmed kustutati. Nüüd saate lisada oma uue seadme.
account-notice-session = Seanss lõpetati.
account-notice-sent-again = E-kiri on uuesti teel.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Mõned e-kirjad ei jõudnud teieni
# $email: the account's address.
account-undelivered = Aadressi { $email } e-posti server keeldus neid e-kirju vastu võtmast või ei õnnestunud neid õigel ajal kohale toimetada. Kui teie postkast oli täis või aadress on muutunud, parandage see kõigepealt ja saatke need siis uuesti.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }“, { $when }
account-undelivered-send-again = Saada uuesti
account-undelivered-gone = Seda e-kirja ei saa uuesti saata: see on juba saadetud või see ei ole teie oma.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Muuda oma isikuandmeid
account-first-name-missing = Sisestage oma eesnimi.
account-last-name-missing = Sisestage oma perekonnanimi.
account-first-name-too-long = Eesnimes võib olla kuni 100 tavalist märki.
account-last-name-too-long = Perekonnanimes võib olla kuni 100 tavalist märki.
account-language-invalid = Valige loendist keel.

## Change password (templates/account_password.html)

account-password-title = Muuda salasõna
account-password-wait = Turvalisuse huvides peate enne salasõna uuesti muutmist ootama: jäänud on { $wait }. Kiireloomulistel juhtudel võtke ühendust kasutajatoega.
account-password-rules = Teie uus salasõna peab vastama järgmistele reeglitele:
account-password-current = Praegune salasõna
account-password-new = Uus salasõna
account-password-confirm = Kinnitage uus salasõna
account-password-too-long = Salasõna on liiga pikk.
account-password-wrong-current = Teie praegune salasõna on vale.
account-password-too-soon = Turvalisuse huvides peate enne salasõna uuesti muutmist ootama: jäänud on { $wait }. Kiireloomulistel juhtudel võtke ühendust kasutajatoega.
account-password-mismatch = Kaks uut salasõna ei ole samad.

## Delete my account (templates/account_delete.html)

account-delete-title = Kustuta oma konto
account-delete-warning = Teie konto teenuses { $brand } kustutatakse koos selle telefoninumbrite, seadmete ja turvavõtmetega ning kõiki rakendusi, kuhu olete sisse logitud, teavitatakse sellest. Seda ei saa tagasi võtta.
account-delete-confirm = Soovin kustutada oma konto teenuses { $brand }
account-delete-unconfirmed = Konto kustutamise kinnitamiseks märkige ruut.
account-deleted-title = Teie konto kustutati
account-deleted = Teie konto teenuses { $brand } ja kõik sellega seotud andmed kustutati.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Kustuta kõik oma seadmed
account-delete-devices-pending = Vastavalt teie e-posti teel esitatud soovile eemaldatakse teie konto kõik autentimisviisid järgmisel ajal: { $when }.
account-delete-devices-none = Teie kontol ei ole mobiilseadet, turvavõtit ega autentimisrakendust. Lisage see jaotises „Minu konto“.
account-delete-devices-now = Kasutage seda, kui teil on uus telefon: teie konto kõik mobiilseadmed, turvavõtmed ja autentimisrakendused eemaldatakse. Seejärel lisage oma uus seade jaotises „Halda oma mobiilseadmeid“. Teie mobiiltelefoni numbrid jäävad alles.
account-delete-devices-why = Teie konto kaitsmiseks ei saa autentimisviise eemaldada ainult salasõnaga: muidu saaks igaüks, kes teie salasõna teada saab, lisada asemele enda omad.
account-delete-devices-can-use = Saan veel mõnda neist kasutada
account-delete-devices-can-use-text = Logige uuesti sisse oma vana telefoni, turvavõtme või autentimisrakendusega ja kustutage need siis kõik korraga.
account-delete-devices-reauth = Logi sisse autentimisviisiga
account-delete-devices-cannot-use = Ma ei saa ühtegi neist kasutada
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Saadame teie e-posti aadressile lingi. Kui olete selle kaudu kinnitanud, eemaldatakse teie konto kõik autentimisviisid (mobiilseadmed, turvavõtmed, autentimisrakendused ja mobiiltelefoni numbrid), kui { $wait } on möödunud. Teid teavitatakse kohe e-posti teel ja saate eemaldamise seni tühistada.
account-delete-devices-send-link = Saada mulle link

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Eemalda kõik autentimisviisid
# $minutes: how long the link can be used.
account-recovery-sent = Link saadeti aadressile { $email }. See kehtib { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutit
}.
account-recovery-sent-next = Kinnitamiseks avage link. Teie autentimisviisid eemaldatakse, kui kinnitamisest on möödunud { $wait }, ja seni saate eemaldamise tühistada.
account-recovery-confirm-text = Kõik mobiilseadmed, turvavõtmed, autentimisrakendused ja mobiiltelefoni numbrid, mis on seotud kontoga { $email } teenuses { $brand }, eemaldatakse, kui kinnitamisest on möödunud { $wait }. Teid teavitatakse e-posti teel ja kirjas on tühistamislink.
account-recovery-confirm = Kinnita
account-recovery-started-title = Eemaldamine on kinnitatud
account-recovery-started = Teie konto kõik autentimisviisid eemaldatakse järgmisel ajal: { $when }.
account-recovery-started-next = Teile saadeti e-kiri tühistamislingiga. Pärast seda aega logige salasõnaga sisse ja lisage oma uus seade jaotises „Minu konto“.
account-recovery-cancel-title = Tühista autentimisviiside eemaldamine
account-recovery-due = Teie konto kõik autentimisviisid on kavas eemaldada järgmisel ajal: { $when }.
account-recovery-cancel = Tühista eemaldamine
account-recovery-cancel-hint = Kui te seda ei taotlenud, muutke ka oma salasõna: keegi teab seda.
account-recovery-cancelled-title = Eemaldamine on tühistatud
account-recovery-cancelled = Midagi ei eemaldatud. Teie autentimisviisid jäävad samaks.
account-recovery-nothing-title = Pole midagi tühistada
account-recovery-nothing = Teie autentimisviiside eemaldamist ei olnud ootel.
account-recovery-invalid = Link, mille avasite, on aegunud, seda on juba kasutatud või see on asendatud uuemaga.
account-recovery-start-again = Alustage uuesti jaotisest „Kustuta kõik oma seadmed“
account-recovery-paced = Lingiga e-kiri saadeti hetk tagasi. Uue saate küsida, kui { $wait } on möödunud.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Kuva oma seansid
account-sessions-title = Minu seansid
account-sessions-started = Algus
account-sessions-last-seen = Viimati aktiivne
account-sessions-level = Tase
account-sessions-from = Päritolu
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Toiming
account-sessions-current = See seanss
account-sessions-end = Lõpeta see seanss
account-sessions-not-yours = See seanss ei ole teie oma või on see juba lõppenud.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Tegevused
account-activity-intro = Teie konto viimased turvasündmused.
account-activity-when = Aeg
account-activity-what = Sündmus
account-activity-from = Päritolu
account-activity-details = Üksikasjad
account-event-signin-success = Sisselogimine
account-event-signin-failure = Ebaõnnestunud sisselogimine
account-event-signed-out = Väljalogimine
account-event-account-registered = Konto loodud
account-event-account-locked = Salasõnaga sisselogimine blokeeritud liiga paljude ebaõnnestunud katsete tõttu
account-event-password-set = Salasõna määratud või muudetud
account-event-factor-added = Autentimisviis lisatud
account-event-factor-removed = Autentimisviis eemaldatud
account-event-sms-sent = SMS saadetud
account-event-device-locked = Mobiilseade lukustatud (valed PIN-koodid)
account-event-push-denied = Sisselogimispäring mobiilseadmes tagasi lükatud
account-event-push-wrong-number = Mobiilseadmes valiti vale number
account-event-token-revoked = Rakendus tühistas juurdepääsu
account-event-code-replayed = Sisselogimiskoodi kasutati kaks korda: selle kaudu antud juurdepääs tühistati
account-event-refresh-reused = Vana juurdepääsutõendit kasutati uuesti: sellega seotud juurdepääs tühistati
account-event-recovery-link-sent = Taotleti kõigi autentimisviiside eemaldamist (e-postiga saadeti link)
account-event-recovery-started = Kõigi autentimisviiside eemaldamine kinnitatud (ooteaeg)
account-event-recovery-cancelled = Kõigi autentimisviiside eemaldamine tühistatud
account-event-access-requested = Juurdepääsu taotletud
account-event-access-approved = Juurdepääsutaotlus heaks kiidetud
account-event-access-denied = Juurdepääsutaotlus tagasi lükatud
account-event-access-revoked = Juurdepääs tühistatud
account-event-message-undelivered = E-kiri või SMS jäi kohale toimetamata
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = mobiiltelefoni number
account-activity-factor-mobile-device = mobiilseade
account-activity-factor-security-key = turvavõti
account-activity-factor-authenticator-app = autentimisrakendus
account-activity-factor-count = { $count ->
    [one] { $count } autentimisviis
   *[other] { $count } autentimisviisi
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }“
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }“
# $method is the verification method used (one of login-method-*).
account-activity-method = autentimisviis: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = tase: { $level }
# $client is the name of the application signed in to.
account-activity-client = rakendus: { $client }
account-activity-via-my-account = jaotises „Minu konto“
account-activity-via-set-password = registreerimiskirja lingiga
account-activity-via-reset = lingiga „Kas unustasite salasõna?“
account-activity-via-recovery = pärast konto taastamist
account-activity-purpose-sms-enrol = uue numbri kinnitamiseks
account-activity-purpose-sms-login = sisselogimiseks
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = numbrile { $phone }
account-activity-pin-failures = { $count ->
    [one] pärast { $count } vale PIN-koodi
   *[other] pärast { $count } vale PIN-koodi
}
account-activity-until = kuni { $when }
account-activity-on = aeg: { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = juurdepääsuprofiil { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = otsustaja: { $name }
account-activity-by-helpdesk = otsustaja: kasutajatugi
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = põhjus: { $reason }
account-activity-reason-wrong-password = vale salasõna
account-activity-reason-no-password = salasõna on määramata
account-activity-reason-unknown-account = tundmatu konto
account-activity-reason-locked = lukustatud
account-activity-reason-wrong-code = vale kood
account-activity-reason-code-reused = koodi kasutati uuesti
account-activity-reason-too-many-codes = liiga palju koode
account-activity-reason-too-many-codes-hour = liiga palju koode selle tunni jooksul
account-activity-reason-device-locked = seade on lukustatud
account-activity-reason-expired = päring on aegunud
account-activity-reason-not-verified = vastust ei õnnestunud kontrollida
account-activity-reason-already-registered = juba registreeritud
account-activity-token-access = juurdepääsutõend
account-activity-token-refresh = värskendustõend
account-activity-grant-revoked = antud õigus tühistatud
account-activity-family-revoked = tõendiahel tühistatud

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Loo konto
account-register-intro = Eelistatav on kasutada oma asutuse e-posti aadressi. Saate e-kirja lingiga, mille kaudu saate salasõna luua.
account-register-email-confirm = Kinnitage e-posti aadress
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = E-kirjade keel
account-register-submit = Loo konto
account-register-sign-in = Kas teil on juba konto? Logige sisse
account-register-thanks = Täname registreerumise eest.
# $minutes: how long the link can be used.
account-register-sent = Aadressile { $email } on teel e-kiri lingiga salasõna loomiseks. Link kehtib { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutit
}. Kirja saabumiseks võib kuluda mõni minut; kontrollige ka rämpsposti kausta.
account-register-first-name-invalid = Teie eesnimi on liiga pikk või sisaldab lubamatuid märke.
account-register-last-name-invalid = Teie perekonnanimi on liiga pikk või sisaldab lubamatuid märke.
account-register-email-invalid = Sisestage kehtiv e-posti aadress, näiteks nimi@haigla.eu.
account-register-email-mismatch = Kaks e-posti aadressi ei ole samad.
account-register-throttled = Sellele aadressile saadeti hetk tagasi e-kiri või on teie võrgust küsitud liiga palju e-kirju. Saate uuesti küsida, kui { $wait } on möödunud.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Looge oma salasõna
# $email is the address of the account whose password is being created.
account-set-password-account = Konto: { $email }
account-set-password-rules = Teie salasõna peab vastama järgmistele reeglitele:
account-set-password-new = Uus salasõna
account-set-password-confirm = Kinnitage uus salasõna
account-set-password-mismatch = Kaks salasõna ei ole samad.
account-set-password-done-title = Teie salasõna on määratud
account-set-password-done = Teie salasõna on salvestatud. Nüüd saate sisse logida oma e-posti aadressi ja selle salasõnaga.
account-password-recent-title = Muutsite hiljuti oma salasõna
account-password-recent = Turvalisuse huvides peate enne salasõna uuesti muutmist ootama. Saate seda uuesti muuta, kui { $wait } on möödunud.
account-password-urgent = Kiireloomulistel juhtudel võtke ühendust kasutajatoega.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Kas unustasite salasõna?
# $minutes: how long a link can be used.
account-forgot-expired = Link, mille avasite, on aegunud või seda on juba kasutatud. Lingid kehtivad { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutit
} ja neid saab kasutada ühe korra.
account-forgot-again = Uue lingi saamiseks sisestage uuesti oma e-posti aadress.
account-forgot-intro = Sisestage oma konto e-posti aadress teenuses { $brand }. Saadame teile lingi uue salasõna valimiseks; link kehtib { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutit
}.
account-forgot-submit = Saada mulle link
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Kui aadressiga { $email } on seotud konto teenuses { $brand }, on teile teel e-kiri lingiga salasõna valimiseks. Link kehtib { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutit
}. Kui kiri ei saabu, saate uue küsida, kui { $wait } on möödunud.
