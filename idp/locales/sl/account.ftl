# The provider's texts in Slovenian (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Ime
account-last-name = Priimek
account-email = E-pošta
account-language = Jezik
account-cancel = Prekliči
account-submit = Pošlji
account-save = Shrani
account-delete = Izbriši
account-sign-in = Prijava
account-back = Moj račun
account-wait-title = Pred ponovno zahtevo počakajte
account-link-invalid-title = Ta povezava ni več veljavna
account-check-email-title = Preverite svojo e-pošto
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = potekla
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = neznano

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Dobrodošli, { $name }
account-home-signed-in = V storitev { $brand } ste prijavljeni kot { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = V storitev { $brand } ste prijavljeni kot { $email } (raven preverjanja: { $level }).
account-home-change-password-hint = (v razdelku „Moj račun“, s trenutnim geslom)
account-home-forgot-password = Ste pozabili geslo?
account-home-sign-out = Odjava
account-home-intro = En račun za prijavo v vse aplikacije, povezane s storitvijo { $brand }.
account-home-register = Ustvarite račun

## My Account (templates/account.html)

account-title = Moj račun
account-details-heading = Podatki mojega računa
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (zunanji)
account-level = Raven preverjanja te seje
account-needs-second-factor = Aplikacije, kot je CPMS, zahtevajo drugo metodo preverjanja: dodajte številko mobilnega telefona, mobilno napravo, varnostni ključ ali aplikacijo za preverjanje pristnosti.
account-menu-change-password = Sprememba gesla
account-menu-details = Sprememba mojih osebnih podatkov
account-menu-delete = Izbris mojega računa
account-menu-devices = Upravljanje mojih mobilnih naprav
account-menu-phones = Upravljanje mojih številk mobilnih telefonov
account-menu-security-keys = Upravljanje mojih varnostnih ključev
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (dodano)
account-menu-authenticator-apps = Upravljanje mojih aplikacij za preverjanje pristnosti
account-menu-sessions = Prikaz mojih sej
account-menu-sessions-hint = Ogledate si lahko seje, odprte za obiskane aplikacije.
account-menu-delete-devices = Izbris vseh mojih naprav
account-menu-delete-devices-hint = Za nov telefon: odstrani vse mobilne naprave, varnostne ključe in aplikacije za preverjanje pristnosti.
account-menu-activity = Dejavnost
account-menu-activity-hint = Nedavni varnostni dogodki vašega računa.
account-notice-password = Vaše geslo je bilo spremenjeno. Vaše druge seje so bile končane.
account-notice-details = Vaši osebni podatki so bili shranjeni.
account-notice-devices = Vse vaše naprave so bile izbrisane. Zdaj lahko dodate novo napravo.
account-notice-session = Seja je bila končana.
account-notice-sent-again = E-poštno sporočilo je znova na poti.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Nekatera e-poštna sporočila vas niso dosegla
# $email: the account's address.
account-undelivered = Poštni strežnik naslova { $email } je ta e-poštna sporočila zavrnil ali pa jih ni bilo mogoče pravočasno dostaviti. Če je bil vaš poštni predal poln ali se je naslov spremenil, to najprej odpravite, nato jih pošljite znova.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }“, { $when }
account-undelivered-send-again = Pošlji znova
account-undelivered-gone = Tega e-poštnega sporočila ni mogoče znova poslati: je že bilo poslano ali pa ni vaše.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Sprememba mojih osebnih podatkov
account-first-name-missing = Vnesite svoje ime.
account-last-name-missing = Vnesite svoj priimek.
account-first-name-too-long = Ime sme imeti največ 100 običajnih znakov.
account-last-name-too-long = Priimek sme imeti največ 100 običajnih znakov.
account-language-invalid = Izberite jezik s seznama.

## Change password (templates/account_password.html)

account-password-title = Sprememba gesla
account-password-wait = Iz varnostnih razlogov morate pred ponovno spremembo gesla počakati: znova ga lahko spremenite čez { $wait }. V nujnih primerih se obrnite na službo za pomoč uporabnikom.
account-password-rules = Vaše novo geslo mora upoštevati ta pravila:
account-password-current = Trenutno geslo
account-password-new = Novo geslo
account-password-confirm = Potrdite novo geslo
account-password-too-long = Geslo je predolgo.
account-password-wrong-current = Vaše trenutno geslo ni pravilno.
account-password-too-soon = Iz varnostnih razlogov morate pred ponovno spremembo gesla počakati: znova ga lahko spremenite čez { $wait }. V nujnih primerih se obrnite na službo za pomoč uporabnikom.
account-password-mismatch = Novi gesli se ne ujemata.

## Delete my account (templates/account_delete.html)

account-delete-title = Izbris mojega računa
account-delete-warning = Vaš račun { $brand } ter njegove telefonske številke, naprave in varnostni ključi bodo izbrisani, vse aplikacije, v katere ste prijavljeni, pa bodo o tem obveščene. Tega ni mogoče razveljaviti.
account-delete-confirm = Želim izbrisati svoj račun { $brand }
account-delete-unconfirmed = Označite polje in tako potrdite, da želite izbrisati račun.
account-deleted-title = Vaš račun je bil izbrisan
account-deleted = Vaš račun { $brand } je bil izbrisan skupaj z vsem, kar je bilo povezano z njim.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Izbris vseh mojih naprav
account-delete-devices-pending = Vse metode preverjanja vašega računa bodo odstranjene { $when }, kot ste zahtevali po e-pošti.
account-delete-devices-none = Vaš račun nima mobilne naprave, varnostnega ključa ali aplikacije za preverjanje pristnosti. Dodajte katero od njih v razdelku „Moj račun“.
account-delete-devices-now = To uporabite, ko imate nov telefon: odstranijo se vse mobilne naprave, varnostni ključi in aplikacije za preverjanje pristnosti vašega računa. Nato dodajte novo napravo v razdelku „Upravljanje mojih mobilnih naprav“. Vaše številke mobilnih telefonov se ohranijo.
account-delete-devices-why = Zaradi zaščite vašega računa metod preverjanja ni mogoče odstraniti samo z geslom: kdor bi ga izvedel, bi lahko nato dodal svoje.
account-delete-devices-can-use = Eno od njih še lahko uporabim
account-delete-devices-can-use-text = Znova se prijavite s starim telefonom, varnostnim ključem ali aplikacijo za preverjanje pristnosti, nato jih izbrišite vse hkrati.
account-delete-devices-reauth = Prijava z metodo preverjanja
account-delete-devices-cannot-use = Nobene od njih ne morem uporabiti
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Na vaš e-poštni naslov bomo poslali povezavo. Ko z njo potrdite, bodo vse metode preverjanja vašega računa (mobilne naprave, varnostni ključi, aplikacije za preverjanje pristnosti in številke mobilnih telefonov) odstranjene { $wait } pozneje. O tem boste takoj obveščeni po e-pošti, do takrat pa lahko odstranitev prekličete.
account-delete-devices-send-link = Pošljite mi povezavo

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Odstranitev vseh metod preverjanja
# $minutes: how long the link can be used.
account-recovery-sent = Povezava je bila poslana na { $email }. Velja { $minutes ->
    [one] { $minutes } minuto
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}.
account-recovery-sent-next = Odprite jo in potrdite. Vaše metode preverjanja bodo odstranjene { $wait } po potrditvi, do takrat pa lahko odstranitev prekličete.
account-recovery-confirm-text = Vse mobilne naprave, varnostni ključi, aplikacije za preverjanje pristnosti in številke mobilnih telefonov računa { $brand } { $email } bodo odstranjeni { $wait } po vaši potrditvi. O tem boste obveščeni po e-pošti, s povezavo za preklic.
account-recovery-confirm = Potrdi
account-recovery-started-title = Odstranitev je potrjena
account-recovery-started = Vse metode preverjanja vašega računa bodo odstranjene { $when }.
account-recovery-started-next = Poslali smo vam e-poštno sporočilo s povezavo za preklic. Po tem času se prijavite z geslom in v razdelku „Moj račun“ dodajte novo napravo.
account-recovery-cancel-title = Preklic odstranitve vaših metod preverjanja
account-recovery-due = Vse metode preverjanja vašega računa naj bi bile odstranjene { $when }.
account-recovery-cancel = Prekliči odstranitev
account-recovery-cancel-hint = Če tega niste zahtevali vi, spremenite tudi geslo: nekdo ga pozna.
account-recovery-cancelled-title = Odstranitev je preklicana
account-recovery-cancelled = Nič ni bilo odstranjeno. Vaše metode preverjanja ostajajo nespremenjene.
account-recovery-nothing-title = Ničesar ni treba preklicati
account-recovery-nothing = Nobena odstranitev vaših metod preverjanja ni bila načrtovana.
account-recovery-invalid = Povezava, ki ste jo odprli, je potekla, je bila že uporabljena ali pa jo je nadomestila novejša.
account-recovery-start-again = Začnite znova v razdelku „Izbris vseh mojih naprav“
account-recovery-paced = E-poštno sporočilo s povezavo je bilo poslano pred kratkim. Novo lahko zahtevate čez { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Prikaz mojih sej
account-sessions-title = Moje seje
account-sessions-started = Začetek
account-sessions-last-seen = Zadnja dejavnost
account-sessions-level = Raven
account-sessions-from = Izvor
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Dejanje
account-sessions-current = Ta seja
account-sessions-end = Končaj to sejo
account-sessions-not-yours = Ta seja ni vaša ali pa je že končana.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Dejavnost
account-activity-intro = Najnovejši varnostni dogodki vašega računa.
account-activity-when = Kdaj
account-activity-what = Kaj
account-activity-from = Izvor
account-activity-details = Podrobnosti
account-event-signin-success = Prijava
account-event-signin-failure = Neuspešna prijava
account-event-signed-out = Odjava
account-event-account-registered = Račun ustvarjen
account-event-account-locked = Prijava z geslom onemogočena po preveč neuspešnih poskusih
account-event-password-set = Geslo nastavljeno ali spremenjeno
account-event-factor-added = Metoda preverjanja dodana
account-event-factor-removed = Metoda preverjanja odstranjena
account-event-sms-sent = Sporočilo SMS poslano
account-event-device-locked = Mobilna naprava zaklenjena (napačne kode PIN)
account-event-push-denied = Zahteva za prijavo zavrnjena v mobilni napravi
account-event-push-wrong-number = V mobilni napravi izbrana napačna številka
account-event-token-revoked = Aplikacija je preklicala dostop
account-event-code-replayed = Koda za prijavo je bila uporabljena dvakrat: dostop, ki ga je omogočila, je preklican
account-event-refresh-reused = Star žeton za dostop je bil znova uporabljen: dostop, ki mu je pripadal, je preklican
account-event-recovery-link-sent = Zahtevana odstranitev vseh metod preverjanja (povezava poslana po e-pošti)
account-event-recovery-started = Potrjena odstranitev vseh metod preverjanja (čakalno obdobje)
account-event-recovery-cancelled = Preklicana odstranitev vseh metod preverjanja
account-event-access-requested = Zahtevan dostop
account-event-access-approved = Zahteva za dostop odobrena
account-event-access-denied = Zahteva za dostop zavrnjena
account-event-access-revoked = Dostop odvzet
account-event-message-undelivered = Nedostavljeno e-poštno sporočilo ali sporočilo SMS
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = številka mobilnega telefona
account-activity-factor-mobile-device = mobilna naprava
account-activity-factor-security-key = varnostni ključ
account-activity-factor-authenticator-app = aplikacija za preverjanje pristnosti
account-activity-factor-count = { $count ->
    [one] { $count } metoda preverjanja
    [two] { $count } metodi preverjanja
    [few] { $count } metode preverjanja
   *[other] { $count } metod preverjanja
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }“
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }“
# $method is the verification method used (one of login-method-*).
account-activity-method = metoda: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = raven: { $level }
# $client is the name of the application signed in to.
account-activity-client = za { $client }
account-activity-via-my-account = v razdelku „Moj račun“
account-activity-via-set-password = prek povezave iz e-poštnega sporočila o registraciji
account-activity-via-reset = prek povezave „Ste pozabili geslo?“
account-activity-via-recovery = po obnovitvi računa
account-activity-purpose-sms-enrol = za potrditev nove številke
account-activity-purpose-sms-login = za prijavo
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = na { $phone }
account-activity-pin-failures = po { $count ->
    [one] { $count } napačni kodi PIN
   *[other] { $count } napačnih kodah PIN
}
account-activity-until = do { $when }
account-activity-on = dne { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = profil dostopa { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = član službe za pomoč uporabnikom { $name }
account-activity-by-helpdesk = služba za pomoč uporabnikom
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = razlog: { $reason }
account-activity-reason-wrong-password = napačno geslo
account-activity-reason-no-password = geslo ni nastavljeno
account-activity-reason-unknown-account = neznan račun
account-activity-reason-locked = onemogočeno
account-activity-reason-wrong-code = napačna koda
account-activity-reason-code-reused = ponovno uporabljena koda
account-activity-reason-too-many-codes = preveč kod
account-activity-reason-too-many-codes-hour = preveč kod v tej uri
account-activity-reason-device-locked = naprava zaklenjena
account-activity-reason-expired = zahteva je potekla
account-activity-reason-not-verified = odgovor ni preverjen
account-activity-reason-already-registered = že registrirano
account-activity-token-access = žeton za dostop
account-activity-token-refresh = žeton za osvežitev
account-activity-grant-revoked = odobritev preklicana
account-activity-family-revoked = skupina žetonov preklicana

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Ustvarjanje računa
account-register-intro = Zaželena je uporaba službenega e-poštnega naslova vaše ustanove. Prejeli boste e-poštno sporočilo s povezavo za ustvarjanje gesla.
account-register-email-confirm = Potrdite e-poštni naslov
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Jezik e-poštnih sporočil
account-register-submit = Ustvari račun
account-register-sign-in = Že imate račun? Prijavite se
account-register-thanks = Hvala za registracijo.
# $minutes: how long the link can be used.
account-register-sent = Na { $email } je na poti e-poštno sporočilo s povezavo za ustvarjanje gesla. Povezava velja { $minutes ->
    [one] { $minutes } minuto
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}. Prejem lahko traja nekaj minut; preverite tudi mapo z vsiljeno pošto.
account-register-first-name-invalid = Vaše ime je predolgo ali vsebuje nedovoljene znake.
account-register-last-name-invalid = Vaš priimek je predolg ali vsebuje nedovoljene znake.
account-register-email-invalid = Vnesite veljaven e-poštni naslov, na primer ime@bolnisnica.eu.
account-register-email-mismatch = E-poštna naslova se ne ujemata.
account-register-throttled = Na ta naslov je bilo pred kratkim poslano e-poštno sporočilo ali pa jih je bilo iz vašega omrežja zahtevanih preveč. Znova lahko zahtevate čez { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Ustvarjanje gesla
# $email is the address of the account whose password is being created.
account-set-password-account = Račun: { $email }
account-set-password-rules = Vaše geslo mora upoštevati ta pravila:
account-set-password-new = Novo geslo
account-set-password-confirm = Potrdite novo geslo
account-set-password-mismatch = Gesli se ne ujemata.
account-set-password-done-title = Vaše geslo je nastavljeno
account-set-password-done = Vaše geslo je shranjeno. Zdaj se lahko prijavite s svojim e-poštnim naslovom in tem geslom.
account-password-recent-title = Geslo ste nedavno spremenili
account-password-recent = Iz varnostnih razlogov morate pred ponovno spremembo gesla počakati. Znova ga lahko spremenite čez { $wait }.
account-password-urgent = V nujnih primerih se obrnite na službo za pomoč uporabnikom.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Ste pozabili geslo?
# $minutes: how long a link can be used.
account-forgot-expired = Povezava, ki ste jo odprli, je potekla ali je bila že uporabljena. Povezave veljajo { $minutes ->
    [one] { $minutes } minuto
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
} in jih je mogoče uporabiti samo enkrat.
account-forgot-again = Znova vnesite svoj e-poštni naslov, da prejmete novo povezavo.
account-forgot-intro = Vnesite e-poštni naslov svojega računa { $brand }. Poslali vam bomo povezavo za izbiro novega gesla, ki bo veljala { $minutes ->
    [one] { $minutes } minuto
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}.
account-forgot-submit = Pošljite mi povezavo
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Če za { $email } obstaja račun { $brand }, je e-poštno sporočilo s povezavo za izbiro gesla na poti. Povezava velja { $minutes ->
    [one] { $minutes } minuto
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}. Če ne prispe, lahko novo zahtevate čez { $wait }.
