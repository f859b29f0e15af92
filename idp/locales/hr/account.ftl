# The provider's texts in Croatian (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Ime
account-last-name = Prezime
account-email = E-pošta
account-language = Jezik
account-cancel = Odustani
account-submit = Pošalji
account-save = Spremi
account-delete = Izbriši
account-sign-in = Prijava
account-back = Moj račun
account-wait-title = Pričekajte prije novog zahtjeva
account-link-invalid-title = Ova poveznica više nije valjana
account-check-email-title = Provjerite svoju e-poštu
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = istekla
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = nepoznato

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Dobro došli, { $name }
account-home-signed-in = Prijavljeni ste u uslugu { $brand } kao { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Prijavljeni ste u uslugu { $brand } kao { $email } (razina provjere: { $level }).
account-home-change-password-hint = (u odjeljku „Moj račun”, uz trenutačnu lozinku)
account-home-forgot-password = Zaboravili ste lozinku?
account-home-sign-out = Odjava
account-home-intro = Jedan račun za prijavu u sve aplikacije povezane s uslugom { $brand }.
account-home-register = Izradite račun

## My Account (templates/account.html)

account-title = Moj račun
account-details-heading = Podaci o mojem računu
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (vanjska)
account-level = Razina provjere ove sesije
account-needs-second-factor = Aplikacije poput CPMS-a zahtijevaju drugu metodu provjere: dodajte broj mobilnog telefona, mobilni uređaj, sigurnosni ključ ili aplikaciju za autentifikaciju.
account-menu-change-password = Promjena lozinke
account-menu-details = Izmjena mojih osobnih podataka
account-menu-delete = Brisanje mojeg računa
account-menu-devices = Upravljanje mojim mobilnim uređajima
account-menu-phones = Upravljanje mojim brojevima mobilnih telefona
account-menu-security-keys = Upravljanje mojim sigurnosnim ključevima
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (dodano)
account-menu-authenticator-apps = Upravljanje mojim aplikacijama za autentifikaciju
account-menu-sessions = Prikaz mojih sesija
account-menu-sessions-hint = Možete pregledati sesije otvorene za posjećene aplikacije.
account-menu-delete-devices = Brisanje svih mojih uređaja
account-menu-delete-devices-hint = Za novi telefon: uklanja sve mobilne uređaje, sigurnosne ključeve i aplikacije za autentifikaciju.
account-menu-activity = Aktivnost
account-menu-activity-hint = Nedavni sigurnosni događaji na vašem računu.
account-notice-password = Vaša je lozinka promijenjena. Vaše su ostale sesije završene.
account-notice-details = Vaši su osobni podaci spremljeni.
account-notice-devices = Svi su vaši uređaji izbrisani. Sada možete dodati novi uređaj.
account-notice-session = Sesija je završena.
account-notice-sent-again = E-poruka je ponovno na putu.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Neke e-poruke nisu stigle do vas
# $email: the account's address.
account-undelivered = Poslužitelj e-pošte za { $email } odbio je te e-poruke ili ih nije bilo moguće isporučiti na vrijeme. Ako je vaš poštanski sandučić bio pun ili se adresa promijenila, najprije to riješite, a zatim ih ponovno pošaljite.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }”, { $when }
account-undelivered-send-again = Pošalji ponovno
account-undelivered-gone = Ovu e-poruku nije moguće ponovno poslati: već je poslana ili nije vaša.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Izmjena mojih osobnih podataka
account-first-name-missing = Unesite svoje ime.
account-last-name-missing = Unesite svoje prezime.
account-first-name-too-long = Ime smije imati najviše 100 običnih znakova.
account-last-name-too-long = Prezime smije imati najviše 100 običnih znakova.
account-language-invalid = Odaberite jezik s popisa.

## Change password (templates/account_password.html)

account-password-title = Promjena lozinke
account-password-wait = Iz sigurnosnih razloga morate pričekati prije nove promjene lozinke: ponovno je možete promijeniti za { $wait }. U hitnim slučajevima obratite se službi za podršku.
account-password-rules = Nova lozinka mora ispunjavati sljedeća pravila:
account-password-current = Trenutačna lozinka
account-password-new = Nova lozinka
account-password-confirm = Potvrdite novu lozinku
account-password-too-long = Lozinka je predugačka.
account-password-wrong-current = Vaša trenutačna lozinka nije točna.
account-password-too-soon = Iz sigurnosnih razloga morate pričekati prije nove promjene lozinke: ponovno je možete promijeniti za { $wait }. U hitnim slučajevima obratite se službi za podršku.
account-password-mismatch = Dvije nove lozinke nisu iste.

## Delete my account (templates/account_delete.html)

account-delete-title = Brisanje mojeg računa
account-delete-warning = Vaš račun za { $brand } te njegovi telefonski brojevi, uređaji i sigurnosni ključevi bit će izbrisani, a sve aplikacije u koje ste prijavljeni bit će o tome obaviještene. To se ne može poništiti.
account-delete-confirm = Želim izbrisati svoj račun za { $brand }
account-delete-unconfirmed = Označite kućicu kako biste potvrdili da želite izbrisati račun.
account-deleted-title = Vaš je račun izbrisan
account-deleted = Vaš račun za { $brand } i sve što je s njim povezano izbrisani su.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Brisanje svih mojih uređaja
account-delete-devices-pending = Sve metode provjere vašeg računa bit će uklonjene { $when }, kako ste zatražili e-poštom.
account-delete-devices-none = Vaš račun nema mobilni uređaj, sigurnosni ključ ni aplikaciju za autentifikaciju. Dodajte ih u odjeljku „Moj račun”.
account-delete-devices-now = Upotrijebite ovu mogućnost kada imate novi telefon: uklanjaju se svi mobilni uređaji, sigurnosni ključevi i aplikacije za autentifikaciju vašeg računa. Nakon toga dodajte novi uređaj u odjeljku „Upravljanje mojim mobilnim uređajima”. Vaši brojevi mobilnih telefona zadržavaju se.
account-delete-devices-why = Radi zaštite vašeg računa samom lozinkom ne možete ukloniti metode provjere: inače bi svatko tko je dozna mogao dodati svoje.
account-delete-devices-can-use = Još mogu upotrijebiti neku od njih
account-delete-devices-can-use-text = Ponovno se prijavite starim telefonom, sigurnosnim ključem ili aplikacijom za autentifikaciju, a zatim ih sve izbrišite odjednom.
account-delete-devices-reauth = Prijava s metodom provjere
account-delete-devices-cannot-use = Ne mogu upotrijebiti nijednu od njih
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Poslat ćemo poveznicu na vašu adresu e-pošte. Nakon što putem nje potvrdite, sve metode provjere vašeg računa (mobilni uređaji, sigurnosni ključevi, aplikacije za autentifikaciju i brojevi mobilnih telefona) bit će uklonjene { $wait } kasnije. O tome ćete odmah biti obaviješteni e-poštom i do tada možete otkazati uklanjanje.
account-delete-devices-send-link = Pošaljite mi poveznicu

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Uklanjanje svih metoda provjere
# $minutes: how long the link can be used.
account-recovery-sent = Poveznica je poslana na { $email }. Vrijedi { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}.
account-recovery-sent-next = Otvorite je kako biste potvrdili. Vaše metode provjere uklanjaju se { $wait } nakon potvrde, a do tada možete otkazati uklanjanje.
account-recovery-confirm-text = Svi mobilni uređaji, sigurnosni ključevi, aplikacije za autentifikaciju i brojevi mobilnih telefona računa { $email } za { $brand } bit će uklonjeni { $wait } nakon vaše potvrde. O tome ćete biti obaviješteni e-poštom, uz poveznicu za otkazivanje.
account-recovery-confirm = Potvrdi
account-recovery-started-title = Uklanjanje je potvrđeno
account-recovery-started = Sve metode provjere vašeg računa bit će uklonjene { $when }.
account-recovery-started-next = Poslana vam je e-poruka s poveznicom za otkazivanje. Nakon tog trenutka prijavite se lozinkom i dodajte novi uređaj u odjeljku „Moj račun”.
account-recovery-cancel-title = Otkazivanje uklanjanja vaših metoda provjere
account-recovery-due = Sve metode provjere vašeg računa trebale bi biti uklonjene { $when }.
account-recovery-cancel = Otkaži uklanjanje
account-recovery-cancel-hint = Ako to niste zatražili vi, promijenite i lozinku: netko je zna.
account-recovery-cancelled-title = Uklanjanje je otkazano
account-recovery-cancelled = Ništa nije uklonjeno. Vaše metode provjere ostaju nepromijenjene.
account-recovery-nothing-title = Nema se što otkazati
account-recovery-nothing = Nije bilo zakazanog uklanjanja vaših metoda provjere.
account-recovery-invalid = Poveznica koju ste otvorili istekla je, već je upotrijebljena ili ju je zamijenila novija.
account-recovery-start-again = Započnite ponovno u odjeljku „Brisanje svih mojih uređaja”
account-recovery-paced = E-poruka s poveznicom poslana je maloprije. Novu možete zatražiti za { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Prikaz mojih sesija
account-sessions-title = Moje sesije
account-sessions-started = Početak
account-sessions-last-seen = Posljednja aktivnost
account-sessions-level = Razina
account-sessions-from = Izvor
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Radnja
account-sessions-current = Ova sesija
account-sessions-end = Završi ovu sesiju
account-sessions-not-yours = Ova sesija nije vaša ili je već završena.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Aktivnost
account-activity-intro = Najnoviji sigurnosni događaji na vašem računu.
account-activity-when = Kada
account-activity-what = Što
account-activity-from = Izvor
account-activity-details = Pojedinosti
account-event-signin-success = Prijava
account-event-signin-failure = Neuspjela prijava
account-event-signed-out = Odjava
account-event-account-registered = Račun je izrađen
account-event-account-locked = Prijava lozinkom blokirana nakon previše neuspjelih pokušaja
account-event-password-set = Lozinka je postavljena ili promijenjena
account-event-factor-added = Metoda provjere je dodana
account-event-factor-removed = Metoda provjere je uklonjena
account-event-sms-sent = SMS poruka je poslana
account-event-device-locked = Mobilni uređaj je zaključan (pogrešni PIN-ovi)
account-event-push-denied = Zahtjev za prijavu odbijen je na mobilnom uređaju
account-event-push-wrong-number = Na mobilnom uređaju odabran je pogrešan broj
account-event-token-revoked = Aplikacija je opozvala pristup
account-event-code-replayed = Kôd za prijavu upotrijebljen je dvaput: pristup koji je dao opozvan je
account-event-refresh-reused = Stari token za pristup ponovno je upotrijebljen: pristup kojem je pripadao opozvan je
account-event-recovery-link-sent = Zatraženo je uklanjanje svih metoda provjere (poveznica poslana e-poštom)
account-event-recovery-started = Potvrđeno je uklanjanje svih metoda provjere (razdoblje čekanja)
account-event-recovery-cancelled = Uklanjanje svih metoda provjere je otkazano
account-event-access-requested = Zatražen je pristup
account-event-access-approved = Zahtjev za pristup je odobren
account-event-access-denied = Zahtjev za pristup je odbijen
account-event-access-revoked = Pristup je opozvan
account-event-message-undelivered = E-poruka ili SMS poruka nije isporučena
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = broj mobilnog telefona
account-activity-factor-mobile-device = mobilni uređaj
account-activity-factor-security-key = sigurnosni ključ
account-activity-factor-authenticator-app = aplikacija za autentifikaciju
account-activity-factor-count = { $count ->
    [one] { $count } metoda provjere
    [few] { $count } metode provjere
   *[other] { $count } metoda provjere
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }”
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }”
# $method is the verification method used (one of login-method-*).
account-activity-method = metoda: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = razina: { $level }
# $client is the name of the application signed in to.
account-activity-client = za { $client }
account-activity-via-my-account = u odjeljku „Moj račun”
account-activity-via-set-password = putem poveznice iz e-poruke o registraciji
account-activity-via-reset = putem poveznice „Zaboravili ste lozinku?”
account-activity-via-recovery = nakon oporavka računa
account-activity-purpose-sms-enrol = za potvrdu novog broja
account-activity-purpose-sms-login = za prijavu
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = na { $phone }
account-activity-pin-failures = nakon { $count ->
    [one] { $count } pogrešnog PIN-a
    [few] { $count } pogrešna PIN-a
   *[other] { $count } pogrešnih PIN-ova
}
account-activity-until = do { $when }
account-activity-on = dana { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = profil pristupa { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = odluka: { $name }
account-activity-by-helpdesk = odluka: služba za podršku
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = razlog: { $reason }
account-activity-reason-wrong-password = pogrešna lozinka
account-activity-reason-no-password = lozinka nije postavljena
account-activity-reason-unknown-account = nepoznat račun
account-activity-reason-locked = blokirano
account-activity-reason-wrong-code = pogrešan kôd
account-activity-reason-code-reused = ponovno upotrijebljen kôd
account-activity-reason-too-many-codes = previše kodova
account-activity-reason-too-many-codes-hour = previše kodova u ovom satu
account-activity-reason-device-locked = uređaj je zaključan
account-activity-reason-expired = zahtjev je istekao
account-activity-reason-not-verified = odgovor nije provjeren
account-activity-reason-already-registered = već je registrirano
account-activity-token-access = token za pristup
account-activity-token-refresh = token za osvježavanje
account-activity-grant-revoked = odobrenje je opozvano
account-activity-family-revoked = skupina tokena je opozvana

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Izrada računa
account-register-intro = Poželjno je upotrijebiti službenu adresu e-pošte svoje ustanove. Primit ćete e-poruku s poveznicom za izradu lozinke.
account-register-email-confirm = Potvrdite adresu e-pošte
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Jezik e-poruka
account-register-submit = Izradi račun
account-register-sign-in = Već imate račun? Prijavite se
account-register-thanks = Hvala vam na registraciji.
# $minutes: how long the link can be used.
account-register-sent = Na adresu { $email } na putu je e-poruka s poveznicom za izradu lozinke. Poveznica vrijedi { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}. Može stići tek za nekoliko minuta; provjerite i mapu neželjene pošte.
account-register-first-name-invalid = Vaše je ime predugačko ili sadržava nedopuštene znakove.
account-register-last-name-invalid = Vaše je prezime predugačko ili sadržava nedopuštene znakove.
account-register-email-invalid = Unesite valjanu adresu e-pošte, npr. ime@bolnica.eu.
account-register-email-mismatch = Dvije adrese e-pošte nisu iste.
account-register-throttled = Na ovu je adresu maloprije poslana e-poruka ili ih je iz vaše mreže zatraženo previše. Ponovno možete zatražiti za { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Izrada lozinke
# $email is the address of the account whose password is being created.
account-set-password-account = Račun: { $email }
account-set-password-rules = Vaša lozinka mora ispunjavati sljedeća pravila:
account-set-password-new = Nova lozinka
account-set-password-confirm = Potvrdite novu lozinku
account-set-password-mismatch = Dvije lozinke nisu iste.
account-set-password-done-title = Lozinka je postavljena
account-set-password-done = Vaša je lozinka spremljena. Sada se možete prijaviti svojom adresom e-pošte i ovom lozinkom.
account-password-recent-title = Nedavno ste promijenili lozinku
account-password-recent = Iz sigurnosnih razloga morate pričekati prije nove promjene lozinke. Ponovno je možete promijeniti za { $wait }.
account-password-urgent = U hitnim slučajevima obratite se službi za podršku.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Zaboravili ste lozinku?
# $minutes: how long a link can be used.
account-forgot-expired = Poveznica koju ste otvorili istekla je ili je već upotrijebljena. Poveznice vrijede { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minute
   *[other] { $minutes } minuta
} i mogu se upotrijebiti samo jednom.
account-forgot-again = Ponovno unesite svoju adresu e-pošte kako biste primili novu poveznicu.
account-forgot-intro = Unesite adresu e-pošte svojeg računa za { $brand }. Poslat ćemo vam poveznicu za odabir nove lozinke, koja vrijedi { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}.
account-forgot-submit = Pošaljite mi poveznicu
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Ako postoji račun za { $brand } s adresom { $email }, e-poruka s poveznicom za odabir lozinke je na putu. Poveznica vrijedi { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}. Ako ne stigne, novu možete zatražiti za { $wait }.
