# The provider's texts in Romanian (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Prenume
account-last-name = Nume
account-email = E-mail
account-language = Limba
account-cancel = Anulați
account-submit = Trimiteți
account-save = Salvați
account-delete = Ștergeți
account-sign-in = Conectare
account-back = Contul meu
account-wait-title = Așteptați înainte de a solicita din nou
account-link-invalid-title = Acest link nu mai este valabil
account-check-email-title = Verificați-vă e-mailul
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = expirat
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = necunoscută

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Bun venit, { $name }
account-home-signed-in = V-ați conectat la { $brand } cu adresa { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = V-ați conectat la { $brand } cu adresa { $email } (nivel de verificare: { $level }).
account-home-change-password-hint = (în Contul meu, cu parola actuală)
account-home-forgot-password = Ați uitat parola?
account-home-sign-out = Deconectare
account-home-intro = Un singur cont pentru a vă conecta la toate aplicațiile legate de { $brand }.
account-home-register = Creați un cont

## My Account (templates/account.html)

account-title = Contul meu
account-details-heading = Datele contului meu
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (extern)
account-level = Nivelul de verificare al acestei sesiuni
account-needs-second-factor = Aplicații precum CPMS necesită o a doua metodă de verificare: adăugați un număr de telefon mobil, un dispozitiv mobil, o cheie de securitate sau o aplicație de autentificare.
account-menu-change-password = Schimbarea parolei
account-menu-details = Modificarea datelor mele personale
account-menu-delete = Ștergerea contului meu
account-menu-devices = Gestionarea dispozitivelor mele mobile
account-menu-phones = Gestionarea numerelor mele de telefon mobil
account-menu-security-keys = Gestionarea cheilor mele de securitate
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (adăugate)
account-menu-authenticator-apps = Gestionarea aplicațiilor mele de autentificare
account-menu-sessions = Afișarea sesiunilor mele
account-menu-sessions-hint = Puteți vedea sesiunile deschise pentru aplicațiile accesate.
account-menu-delete-devices = Ștergerea tuturor dispozitivelor mele
account-menu-delete-devices-hint = Pentru un telefon nou: elimină toate dispozitivele mobile, cheile de securitate și aplicațiile de autentificare.
account-menu-activity = Activitate
account-menu-activity-hint = Evenimentele de securitate recente ale contului dumneavoastră.
account-notice-password = Parola a fost schimbată. Celelalte sesiuni ale dumneavoastră au fost închise.
account-notice-details = Datele dumneavoastră personale au fost salvate.
account-notice-devices = Toate dispozitivele dumneavoastră au fost șterse. Acum vă puteți adăuga noul dispozitiv.
account-notice-session = Sesiunea a fost închisă.
account-notice-sent-again = E-mailul este din nou pe drum.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Unele e-mailuri nu v-au parvenit
# $email: the account's address.
account-undelivered = Serverul de e-mail al adresei { $email } a refuzat aceste e-mailuri sau acestea nu au putut fi livrate la timp. Dacă căsuța dumneavoastră poștală era plină sau adresa s-a schimbat, remediați mai întâi problema, apoi trimiteți-le din nou.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }”, { $when }
account-undelivered-send-again = Trimiteți din nou
account-undelivered-gone = Acest e-mail nu poate fi trimis din nou: a fost deja trimis sau nu vă aparține.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Modificarea datelor mele personale
account-first-name-missing = Introduceți prenumele.
account-last-name-missing = Introduceți numele.
account-first-name-too-long = Prenumele poate avea cel mult 100 de caractere obișnuite.
account-last-name-too-long = Numele poate avea cel mult 100 de caractere obișnuite.
account-language-invalid = Alegeți o limbă din listă.

## Change password (templates/account_password.html)

account-password-title = Schimbarea parolei
account-password-wait = Din motive de securitate, trebuie să așteptați înainte de a vă putea schimba din nou parola (timp rămas: { $wait }). În caz de urgență, contactați serviciul de asistență.
account-password-rules = Noua parolă trebuie să respecte următoarele reguli:
account-password-current = Parola actuală
account-password-new = Parola nouă
account-password-confirm = Confirmați parola nouă
account-password-too-long = Parola este prea lungă.
account-password-wrong-current = Parola actuală nu este corectă.
account-password-too-soon = Din motive de securitate, trebuie să așteptați înainte de a vă schimba din nou parola (timp rămas: { $wait }). În caz de urgență, contactați serviciul de asistență.
account-password-mismatch = Cele două parole noi nu coincid.

## Delete my account (templates/account_delete.html)

account-delete-title = Ștergerea contului meu
account-delete-warning = Contul dumneavoastră { $brand }, împreună cu numerele de telefon, dispozitivele și cheile de securitate asociate, va fi șters, iar toate aplicațiile la care v-ați conectat vor fi informate. Această acțiune este ireversibilă.
account-delete-confirm = Doresc să șterg contul meu { $brand }
account-delete-unconfirmed = Bifați caseta pentru a confirma că doriți ștergerea contului.
account-deleted-title = Contul dumneavoastră a fost șters
account-deleted = Contul dumneavoastră { $brand } și toate datele asociate acestuia au fost șterse.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Ștergerea tuturor dispozitivelor mele
account-delete-devices-pending = Toate metodele de verificare ale contului dumneavoastră vor fi eliminate pe { $when }, așa cum ați solicitat prin e-mail.
account-delete-devices-none = Contul dumneavoastră nu are niciun dispozitiv mobil, nicio cheie de securitate și nicio aplicație de autentificare. Adăugați o metodă din Contul meu.
account-delete-devices-now = Folosiți această opțiune când aveți un telefon nou: toate dispozitivele mobile, cheile de securitate și aplicațiile de autentificare ale contului dumneavoastră sunt eliminate. Apoi adăugați noul dispozitiv din „Gestionarea dispozitivelor mele mobile”. Numerele de telefon mobil sunt păstrate.
account-delete-devices-why = Pentru a vă proteja contul, parola singură nu permite eliminarea metodelor de verificare: altfel, oricine ar afla-o și-ar putea adăuga propriile metode.
account-delete-devices-can-use = Încă pot folosi una dintre ele
account-delete-devices-can-use-text = Conectați-vă din nou cu vechiul telefon, cu cheia de securitate sau cu aplicația de autentificare, apoi ștergeți-le pe toate odată.
account-delete-devices-reauth = Conectați-vă cu o metodă de verificare
account-delete-devices-cannot-use = Nu pot folosi niciuna dintre ele
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Vă trimitem un link la adresa de e-mail. După ce confirmați prin intermediul acestuia, toate metodele de verificare ale contului dumneavoastră (dispozitive mobile, chei de securitate, aplicații de autentificare și numere de telefon mobil) sunt eliminate după { $wait }. Primiți imediat o notificare prin e-mail și puteți anula eliminarea până atunci.
account-delete-devices-send-link = Trimiteți-mi linkul

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Eliminarea tuturor metodelor de verificare
# $minutes: how long the link can be used.
account-recovery-sent = Un link a fost trimis la { $email }. Este valabil { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}.
account-recovery-sent-next = Accesați-l pentru a confirma. Metodele de verificare sunt eliminate la { $wait } după confirmare, iar până atunci puteți anula eliminarea.
account-recovery-confirm-text = Toate dispozitivele mobile, cheile de securitate, aplicațiile de autentificare și numerele de telefon mobil ale contului { $brand } { $email } vor fi eliminate la { $wait } după confirmare. Veți primi o notificare prin e-mail, cu un link pentru anulare.
account-recovery-confirm = Confirmați
account-recovery-started-title = Eliminare confirmată
account-recovery-started = Toate metodele de verificare ale contului dumneavoastră vor fi eliminate pe { $when }.
account-recovery-started-next = V-a fost trimis un e-mail cu un link pentru anulare. După acest termen, conectați-vă cu parola și adăugați noul dispozitiv în Contul meu.
account-recovery-cancel-title = Anularea eliminării metodelor de verificare
account-recovery-due = Toate metodele de verificare ale contului dumneavoastră urmează să fie eliminate pe { $when }.
account-recovery-cancel = Anulați eliminarea
account-recovery-cancel-hint = Dacă nu dumneavoastră ați solicitat-o, schimbați-vă și parola: cineva o cunoaște.
account-recovery-cancelled-title = Eliminare anulată
account-recovery-cancelled = Nu a fost eliminat nimic. Metodele dumneavoastră de verificare rămân neschimbate.
account-recovery-nothing-title = Nimic de anulat
account-recovery-nothing = Nu era programată nicio eliminare a metodelor dumneavoastră de verificare.
account-recovery-invalid = Linkul accesat a expirat, a fost deja folosit sau a fost înlocuit cu unul mai recent.
account-recovery-start-again = Reluați de la „Ștergerea tuturor dispozitivelor mele”
account-recovery-paced = Un e-mail cu un link a fost trimis cu puțin timp în urmă. Puteți solicita unul nou peste { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Afișarea sesiunilor mele
account-sessions-title = Sesiunile mele
account-sessions-started = Început
account-sessions-last-seen = Ultima activitate
account-sessions-level = Nivel
account-sessions-from = Origine
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Acțiune
account-sessions-current = Această sesiune
account-sessions-end = Închideți această sesiune
account-sessions-not-yours = Această sesiune nu vă aparține sau a fost deja închisă.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Activitate
account-activity-intro = Cele mai recente evenimente de securitate ale contului dumneavoastră.
account-activity-when = Data
account-activity-what = Eveniment
account-activity-from = Origine
account-activity-details = Detalii
account-event-signin-success = Conectare reușită
account-event-signin-failure = Conectare eșuată
account-event-signed-out = Deconectare
account-event-account-registered = Cont creat
account-event-account-locked = Conectare cu parolă blocată după prea multe încercări eșuate
account-event-password-set = Parolă setată sau schimbată
account-event-factor-added = Metodă de verificare adăugată
account-event-factor-removed = Metodă de verificare eliminată
account-event-sms-sent = SMS trimis
account-event-device-locked = Dispozitiv mobil blocat (coduri PIN greșite)
account-event-push-denied = Cerere de conectare refuzată pe un dispozitiv mobil
account-event-push-wrong-number = Număr greșit ales pe un dispozitiv mobil
account-event-token-revoked = Acces revocat de o aplicație
account-event-code-replayed = Un cod de conectare a fost folosit de două ori: accesul acordat prin acesta a fost revocat
account-event-refresh-reused = Un token de acces vechi a fost refolosit: accesul căruia îi aparținea a fost revocat
account-event-recovery-link-sent = Eliminarea tuturor metodelor de verificare solicitată (link trimis prin e-mail)
account-event-recovery-started = Eliminarea tuturor metodelor de verificare confirmată (perioadă de așteptare)
account-event-recovery-cancelled = Eliminarea tuturor metodelor de verificare anulată
account-event-access-requested = Acces solicitat
account-event-access-approved = Cerere de acces aprobată
account-event-access-denied = Cerere de acces refuzată
account-event-access-revoked = Acces revocat
account-event-message-undelivered = E-mail sau SMS nelivrat
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = număr de telefon mobil
account-activity-factor-mobile-device = dispozitiv mobil
account-activity-factor-security-key = cheie de securitate
account-activity-factor-authenticator-app = aplicație de autentificare
account-activity-factor-count = { $count ->
    [one] { $count } metodă de verificare
    [few] { $count } metode de verificare
   *[other] { $count } de metode de verificare
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }”
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }”
# $method is the verification method used (one of login-method-*).
account-activity-method = cu { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = nivel { $level }
# $client is the name of the application signed in to.
account-activity-client = pentru { $client }
account-activity-via-my-account = în Contul meu
account-activity-via-set-password = cu linkul din e-mailul de înregistrare
account-activity-via-reset = cu un link „Ați uitat parola?”
account-activity-via-recovery = după o recuperare a contului
account-activity-purpose-sms-enrol = pentru confirmarea unui număr nou
account-activity-purpose-sms-login = pentru conectare
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = către { $phone }
account-activity-pin-failures = după { $count ->
    [one] { $count } cod PIN greșit
    [few] { $count } coduri PIN greșite
   *[other] { $count } de coduri PIN greșite
}
account-activity-until = până la { $when }
account-activity-on = pe { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = profil de acces { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = de către { $name }
account-activity-by-helpdesk = de către serviciul de asistență
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = motiv: { $reason }
account-activity-reason-wrong-password = parolă greșită
account-activity-reason-no-password = nicio parolă setată
account-activity-reason-unknown-account = cont necunoscut
account-activity-reason-locked = blocare activă
account-activity-reason-wrong-code = cod greșit
account-activity-reason-code-reused = cod refolosit
account-activity-reason-too-many-codes = prea multe coduri
account-activity-reason-too-many-codes-hour = prea multe coduri în ultima oră
account-activity-reason-device-locked = dispozitiv blocat
account-activity-reason-expired = cerere expirată
account-activity-reason-not-verified = răspuns neverificat
account-activity-reason-already-registered = deja înregistrat
account-activity-token-access = token de acces
account-activity-token-refresh = token de reîmprospătare
account-activity-grant-revoked = autorizare revocată
account-activity-family-revoked = familie de tokenuri revocată

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Crearea unui cont
account-register-intro = Se recomandă folosirea adresei de e-mail instituționale. Veți primi un e-mail cu un link pentru a vă crea parola.
account-register-email-confirm = Confirmați adresa de e-mail
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Limba e-mailurilor
account-register-submit = Creați contul
account-register-sign-in = Aveți deja un cont? Conectați-vă
account-register-thanks = Vă mulțumim pentru înregistrare.
# $minutes: how long the link can be used.
account-register-sent = Un e-mail cu un link pentru crearea parolei este pe drum către { $email }. Linkul este valabil { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}. Poate dura câteva minute până ajunge; verificați și dosarul de mesaje nedorite (spam).
account-register-first-name-invalid = Prenumele este prea lung sau conține caractere nepermise.
account-register-last-name-invalid = Numele este prea lung sau conține caractere nepermise.
account-register-email-invalid = Introduceți o adresă de e-mail validă, de exemplu nume@hospital.eu.
account-register-email-mismatch = Cele două adrese de e-mail nu coincid.
account-register-throttled = Un e-mail a fost trimis la această adresă cu puțin timp în urmă sau au fost solicitate prea multe din rețeaua dumneavoastră. Puteți solicita din nou peste { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Creați-vă parola
# $email is the address of the account whose password is being created.
account-set-password-account = Cont: { $email }
account-set-password-rules = Parola trebuie să respecte următoarele reguli:
account-set-password-new = Parola nouă
account-set-password-confirm = Confirmați parola nouă
account-set-password-mismatch = Cele două parole nu coincid.
account-set-password-done-title = Parola a fost setată
account-set-password-done = Parola a fost salvată. Acum vă puteți conecta cu adresa de e-mail și această parolă.
account-password-recent-title = V-ați schimbat parola recent
account-password-recent = Din motive de securitate, trebuie să așteptați înainte de a vă schimba din nou parola. O puteți schimba din nou peste { $wait }.
account-password-urgent = În caz de urgență, contactați serviciul de asistență.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Ați uitat parola?
# $minutes: how long a link can be used.
account-forgot-expired = Linkul accesat a expirat sau a fost deja folosit. Linkurile sunt valabile { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
} și pot fi folosite o singură dată.
account-forgot-again = Reintroduceți adresa de e-mail pentru a primi un link nou.
account-forgot-intro = Introduceți adresa de e-mail a contului dumneavoastră { $brand }. Vă vom trimite un link pentru a alege o parolă nouă, valabil { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}.
account-forgot-submit = Trimiteți-mi un link
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Dacă există un cont { $brand } pentru { $email }, vi s-a trimis un e-mail cu un link pentru alegerea unei parole. Linkul este valabil { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}. Dacă nu îl primiți, puteți solicita unul nou peste { $wait }.
