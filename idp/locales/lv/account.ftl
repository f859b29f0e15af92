# The provider's texts in Latvian (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 stunda 5 minūtes" (nominative), "2026. gada 6. decembrī plkst.
# 08:34 UTC" (locative: "on ...").

## Words several account pages share

account-first-name = Vārds
account-last-name = Uzvārds
account-email = E-pasts
account-language = Valoda
account-cancel = Atcelt
account-submit = Iesniegt
account-save = Saglabāt
account-delete = Dzēst
account-sign-in = Pieteikties
account-back = Mans konts
account-wait-title = Pirms atkārtota pieprasījuma, lūdzu, uzgaidiet
account-link-invalid-title = Šī saite vairs nav derīga
account-check-email-title = Lūdzu, pārbaudiet savu e-pastu
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = vairs nav derīgs
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = nezināms

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Sveicināti, { $name }
account-home-signed-in = Pašlaik izmantojat { $brand } kontu { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Pašlaik izmantojat { $brand } kontu { $email } (verifikācijas līmenis: { $level }).
account-home-change-password-hint = (sadaļā „Mans konts”, norādot pašreizējo paroli)
account-home-forgot-password = Aizmirsāt paroli?
account-home-sign-out = Izrakstīties
account-home-intro = Viens konts, lai pieteiktos visās lietojumprogrammās, kas savienotas ar { $brand }.
account-home-register = Izveidot kontu

## My Account (templates/account.html)

account-title = Mans konts
account-details-heading = Mana konta dati
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (ārējs)
account-level = Šīs sesijas verifikācijas līmenis
account-needs-second-factor = Tādām lietojumprogrammām kā CPMS ir nepieciešama otra verifikācijas metode: pievienojiet mobilā tālruņa numuru, mobilo ierīci, drošības atslēgu vai autentifikatora lietotni.
account-menu-change-password = Mainīt paroli
account-menu-details = Mainīt personas datus
account-menu-delete = Dzēst kontu
account-menu-devices = Pārvaldīt mobilās ierīces
account-menu-phones = Pārvaldīt mobilā tālruņa numurus
account-menu-security-keys = Pārvaldīt drošības atslēgas
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (pievienotas)
account-menu-authenticator-apps = Pārvaldīt autentifikatora lietotnes
account-menu-sessions = Skatīt sesijas
account-menu-sessions-hint = Varat skatīt sesijas, kas atvērtas apmeklētajās lietojumprogrammās.
account-menu-delete-devices = Dzēst visas ierīces
account-menu-delete-devices-hint = Jaunam tālrunim: tiek noņemtas visas mobilās ierīces, drošības atslēgas un autentifikatora lietotnes.
account-menu-activity = Darbības
account-menu-activity-hint = Jūsu konta jaunākie drošības notikumi.
account-notice-password = Jūsu parole ir nomainīta. Pārējās jūsu sesijas ir beigtas.
account-notice-details = Jūsu personas dati ir saglabāti.
account-notice-devices = Visas jūsu ierīces ir dzēstas. Tagad varat pievienot jauno ierīci.
account-notice-session = Sesija ir beigta.
account-notice-sent-again = E-pasts atkal ir ceļā.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Daži e-pasti jūs nesasniedza
# $email: the account's address.
account-undelivered = Adreses { $email } pasta serveris noraidīja šos e-pastus, vai arī tos nevarēja piegādāt laikā. Ja jūsu pastkastīte bija pilna vai adrese ir mainījusies, vispirms novērsiet to un pēc tam nosūtiet tos vēlreiz.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }”, { $when }
account-undelivered-send-again = Nosūtīt vēlreiz
account-undelivered-gone = Šo e-pastu nevar nosūtīt vēlreiz: tas jau ir nosūtīts vai nav jūsu.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Mainīt personas datus
account-first-name-missing = Lūdzu, ievadiet vārdu.
account-last-name-missing = Lūdzu, ievadiet uzvārdu.
account-first-name-too-long = Vārds drīkst saturēt ne vairāk kā 100 parastas rakstzīmes.
account-last-name-too-long = Uzvārds drīkst saturēt ne vairāk kā 100 parastas rakstzīmes.
account-language-invalid = Lūdzu, izvēlieties valodu no saraksta.

## Change password (templates/account_password.html)

account-password-title = Mainīt paroli
account-password-wait = Drošības apsvērumu dēļ pirms atkārtotas paroles maiņas ir jāuzgaida: atlikušais laiks – { $wait }. Steidzamos gadījumos, lūdzu, sazinieties ar palīdzības dienestu.
account-password-rules = Jaunajai parolei jāatbilst šiem noteikumiem:
account-password-current = Pašreizējā parole
account-password-new = Jaunā parole
account-password-confirm = Atkārtojiet jauno paroli
account-password-too-long = Parole ir pārāk gara.
account-password-wrong-current = Pašreizējā parole nav pareiza.
account-password-too-soon = Drošības apsvērumu dēļ paroli nevar mainīt pārāk bieži: atlikušais laiks – { $wait }. Steidzamos gadījumos, lūdzu, sazinieties ar palīdzības dienestu.
account-password-mismatch = Abas jaunās paroles nesakrīt.

## Delete my account (templates/account_delete.html)

account-delete-title = Dzēst kontu
account-delete-warning = Jūsu { $brand } konts, tā tālruņa numuri, ierīces un drošības atslēgas tiks dzēsti, un visas lietojumprogrammas, kurās pašlaik ir aktīva pieteikšanās, tiks par to informētas. Šo darbību nevar atsaukt.
account-delete-confirm = Es vēlos dzēst savu { $brand } kontu
account-delete-unconfirmed = Lūdzu, atzīmējiet izvēles rūtiņu, lai apstiprinātu, ka konts ir jādzēš.
account-deleted-title = Jūsu konts ir dzēsts
account-deleted = Jūsu { $brand } konts un viss, kas ar to saistīts, ir dzēsts.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Dzēst visas ierīces
account-delete-devices-pending = Kā pieprasījāt e-pastā, visas jūsu konta verifikācijas metodes tiks noņemtas { $when }.
account-delete-devices-none = Jūsu kontam nav nevienas mobilās ierīces, drošības atslēgas vai autentifikatora lietotnes. Pievienojiet kādu no tām sadaļā „Mans konts”.
account-delete-devices-now = Izmantojiet šo iespēju, ja jums ir jauns tālrunis: tiek noņemtas visas jūsu konta mobilās ierīces, drošības atslēgas un autentifikatora lietotnes. Pēc tam pievienojiet jauno ierīci sadaļā „Pārvaldīt mobilās ierīces”. Jūsu mobilā tālruņa numuri tiek saglabāti.
account-delete-devices-why = Lai aizsargātu jūsu kontu, ar paroli vien verifikācijas metodes noņemt nevar: citādi ikviens, kas to uzzinājis, varētu pievienot savējās.
account-delete-devices-can-use = Es vēl varu izmantot kādu no tām
account-delete-devices-can-use-text = Piesakieties vēlreiz ar veco tālruni, drošības atslēgu vai autentifikatora lietotni, tad dzēsiet tās visas uzreiz.
account-delete-devices-reauth = Pieteikties ar verifikācijas metodi
account-delete-devices-cannot-use = Nevaru izmantot nevienu no tām
# $wait is the waiting period of a recovery ("24 stundas", nominative).
account-delete-devices-recovery = Mēs nosūtīsim saiti uz jūsu e-pasta adresi. Pēc apstiprināšanas ar šo saiti visas jūsu konta verifikācijas metodes (mobilās ierīces, drošības atslēgas, autentifikatora lietotnes un mobilā tālruņa numuri) tiks noņemtas, kad beigsies gaidīšanas laiks ({ $wait }). Jūs uzreiz saņemsiet paziņojumu e-pastā un līdz tam varēsiet noņemšanu atcelt.
account-delete-devices-send-link = Sūtīt man saiti

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Noņemt visas verifikācijas metodes
# $minutes: how long the link can be used.
account-recovery-sent = Saite ir nosūtīta uz { $email }. Tā ir derīga { $minutes ->
    [zero] { $minutes } minūtes
    [one] { $minutes } minūti
   *[other] { $minutes } minūtes
}.
account-recovery-sent-next = Lai apstiprinātu, atveriet saiti. Jūsu verifikācijas metodes tiks noņemtas, kad pēc apstiprināšanas beigsies gaidīšanas laiks ({ $wait }); līdz tam noņemšanu varat atcelt.
account-recovery-confirm-text = Visas { $brand } konta { $email } mobilās ierīces, drošības atslēgas, autentifikatora lietotnes un mobilā tālruņa numuri tiks noņemti, kad pēc apstiprināšanas beigsies gaidīšanas laiks ({ $wait }). Jūs saņemsiet paziņojumu e-pastā ar saiti noņemšanas atcelšanai.
account-recovery-confirm = Apstiprināt
account-recovery-started-title = Noņemšana apstiprināta
account-recovery-started = Visas jūsu konta verifikācijas metodes tiks noņemtas { $when }.
account-recovery-started-next = Jums ir nosūtīts e-pasts ar saiti noņemšanas atcelšanai. Kad šis laiks būs pagājis, piesakieties ar paroli un pievienojiet jauno ierīci sadaļā „Mans konts”.
account-recovery-cancel-title = Atcelt verifikācijas metožu noņemšanu
account-recovery-due = Visas jūsu konta verifikācijas metodes ir paredzēts noņemt { $when }.
account-recovery-cancel = Atcelt noņemšanu
account-recovery-cancel-hint = Ja jūs to nepieprasījāt, nomainiet arī paroli: kāds to zina.
account-recovery-cancelled-title = Noņemšana atcelta
account-recovery-cancelled = Nekas netika noņemts. Jūsu verifikācijas metodes paliek nemainīgas.
account-recovery-nothing-title = Nav ko atcelt
account-recovery-nothing = Jūsu verifikācijas metožu noņemšana nebija ieplānota.
account-recovery-invalid = Saitei, kuru atvērāt, ir beidzies derīguma termiņš, tā jau ir izmantota vai aizstāta ar jaunāku.
account-recovery-start-again = Sāciet no jauna sadaļā „Dzēst visas ierīces”
account-recovery-paced = E-pasts ar saiti tika nosūtīts pirms neilga laika. Lai pieprasītu jaunu, vēl jāgaida { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Skatīt sesijas
account-sessions-title = Manas sesijas
account-sessions-started = Sākta
account-sessions-last-seen = Pēdējā darbība
account-sessions-level = Līmenis
account-sessions-from = No kurienes
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Darbība
account-sessions-current = Šī sesija
account-sessions-end = Beigt šo sesiju
account-sessions-not-yours = Šī sesija nav jūsu vai jau ir beigusies.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Darbības
account-activity-intro = Jūsu konta jaunākie drošības notikumi.
account-activity-when = Kad
account-activity-what = Kas
account-activity-from = No kurienes
account-activity-details = Sīkāka informācija
account-event-signin-success = Pieteikšanās
account-event-signin-failure = Neveiksmīga pieteikšanās
account-event-signed-out = Izrakstīšanās
account-event-account-registered = Konts izveidots
account-event-account-locked = Pieteikšanās ar paroli bloķēta pēc pārāk daudziem neveiksmīgiem mēģinājumiem
account-event-password-set = Parole iestatīta vai nomainīta
account-event-factor-added = Pievienota verifikācijas metode
account-event-factor-removed = Noņemta verifikācijas metode
account-event-sms-sent = Nosūtīta īsziņa
account-event-device-locked = Mobilā ierīce bloķēta (nepareizi PIN kodi)
account-event-push-denied = Pieteikšanās pieprasījums noraidīts mobilajā ierīcē
account-event-push-wrong-number = Mobilajā ierīcē izvēlēts nepareizs skaitlis
account-event-token-revoked = Lietojumprogramma atsauca piekļuvi
account-event-code-replayed = Pieteikšanās kods izmantots divreiz: ar to piešķirtā piekļuve atsaukta
account-event-refresh-reused = Atkārtoti izmantots vecs piekļuves marķieris: piekļuve, kurai tas piederēja, atsaukta
account-event-recovery-link-sent = Pieprasīta visu verifikācijas metožu noņemšana (nosūtīta saite e-pastā)
account-event-recovery-started = Apstiprināta visu verifikācijas metožu noņemšana (gaidīšanas periods)
account-event-recovery-cancelled = Atcelta visu verifikācijas metožu noņemšana
account-event-access-requested = Pieprasīta piekļuve
account-event-access-approved = Piekļuves pieprasījums apstiprināts
account-event-access-denied = Piekļuves pieprasījums noraidīts
account-event-access-revoked = Piekļuve atsaukta
account-event-message-undelivered = Nepiegādāts e-pasts vai īsziņa
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "metode: Mobilais tālrunis + SMS, līmenis: vidējs, lietojumprogramma: CPMS".
account-activity-factor-phone = mobilā tālruņa numurs
account-activity-factor-mobile-device = mobilā ierīce
account-activity-factor-security-key = drošības atslēga
account-activity-factor-authenticator-app = autentifikatora lietotne
account-activity-factor-count = { $count ->
    [zero] { $count } verifikācijas metodes
    [one] { $count } verifikācijas metode
   *[other] { $count } verifikācijas metodes
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }”
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }”
# $method is the verification method used (one of login-method-*).
account-activity-method = metode: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = līmenis: { $level }
# $client is the name of the application signed in to.
account-activity-client = lietojumprogramma: { $client }
account-activity-via-my-account = sadaļā „Mans konts”
account-activity-via-set-password = ar reģistrācijas e-pasta saiti
account-activity-via-reset = ar saiti „Aizmirsāt paroli?”
account-activity-via-recovery = pēc konta atkopšanas
account-activity-purpose-sms-enrol = jauna numura apstiprināšanai
account-activity-purpose-sms-login = pieteikšanās nolūkā
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = uz numuru { $phone }
account-activity-pin-failures = pēc { $count ->
    [zero] { $count } nepareiziem PIN kodiem
    [one] { $count } nepareiza PIN koda
   *[other] { $count } nepareiziem PIN kodiem
}
# $when is in the locative ("on ..."): "ends on ...".
account-activity-until = beidzas { $when }
account-activity-on = { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = piekļuves profils { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = lēmumu pieņēma { $name }
account-activity-by-helpdesk = lēmumu pieņēma palīdzības dienests
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = iemesls: { $reason }
account-activity-reason-wrong-password = nepareiza parole
account-activity-reason-no-password = parole nav iestatīta
account-activity-reason-unknown-account = nezināms konts
account-activity-reason-locked = bloķēts
account-activity-reason-wrong-code = nepareizs kods
account-activity-reason-code-reused = kods izmantots atkārtoti
account-activity-reason-too-many-codes = pārāk daudz kodu
account-activity-reason-too-many-codes-hour = pārāk daudz kodu šajā stundā
account-activity-reason-device-locked = ierīce bloķēta
account-activity-reason-expired = pieprasījuma derīguma termiņš beidzies
account-activity-reason-not-verified = atbilde nav verificēta
account-activity-reason-already-registered = jau reģistrēts
account-activity-token-access = piekļuves marķieris
account-activity-token-refresh = atsvaidzināšanas marķieris
account-activity-grant-revoked = atļauja atsaukta
account-activity-family-revoked = marķieru saime atsaukta

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Izveidot kontu
account-register-intro = Vēlams izmantot iestādes e-pasta adresi. Jūs saņemsiet e-pastu ar saiti paroles izveidei.
account-register-email-confirm = Atkārtojiet e-pasta adresi
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = E-pasta ziņojumu valoda
account-register-submit = Izveidot kontu
account-register-sign-in = Jums jau ir konts? Piesakieties
account-register-thanks = Paldies par reģistrēšanos.
# $minutes: how long the link can be used.
account-register-sent = Uz adresi { $email } tiek sūtīts e-pasts ar saiti paroles izveidei. Saite ir derīga { $minutes ->
    [zero] { $minutes } minūtes
    [one] { $minutes } minūti
   *[other] { $minutes } minūtes
}. E-pasta piegāde var aizņemt dažas minūtes; pārbaudiet arī surogātpasta mapi.
account-register-first-name-invalid = Vārds ir pārāk garš vai satur neatļautas rakstzīmes.
account-register-last-name-invalid = Uzvārds ir pārāk garš vai satur neatļautas rakstzīmes.
account-register-email-invalid = Lūdzu, ievadiet derīgu e-pasta adresi, piemēram, vards@slimnica.eu.
account-register-email-mismatch = Abas e-pasta adreses nesakrīt.
account-register-throttled = Uz šo adresi nesen jau tika nosūtīts e-pasts, vai arī no jūsu tīkla ir pieprasīts pārāk daudz e-pastu. Lai pieprasītu atkārtoti, vēl jāgaida { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Izveidojiet paroli
# $email is the address of the account whose password is being created.
account-set-password-account = Konts: { $email }
account-set-password-rules = Jūsu parolei jāatbilst šiem noteikumiem:
account-set-password-new = Jaunā parole
account-set-password-confirm = Atkārtojiet jauno paroli
account-set-password-mismatch = Abas paroles nesakrīt.
account-set-password-done-title = Parole ir iestatīta
account-set-password-done = Jūsu parole ir saglabāta. Tagad varat pieteikties ar savu e-pasta adresi un šo paroli.
account-password-recent-title = Jūs nesen nomainījāt paroli
account-password-recent = Drošības apsvērumu dēļ paroli nevar mainīt pārāk bieži. Lai to mainītu vēlreiz, vēl jāgaida { $wait }.
account-password-urgent = Steidzamos gadījumos, lūdzu, sazinieties ar palīdzības dienestu.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Aizmirsāt paroli?
# $minutes: how long a link can be used.
account-forgot-expired = Saitei, kuru atvērāt, ir beidzies derīguma termiņš, vai arī tā jau ir izmantota. Saites ir derīgas { $minutes ->
    [zero] { $minutes } minūtes
    [one] { $minutes } minūti
   *[other] { $minutes } minūtes
} un izmantojamas vienu reizi.
account-forgot-again = Lai saņemtu jaunu saiti, vēlreiz ievadiet savu e-pasta adresi.
account-forgot-intro = Ievadiet sava { $brand } konta e-pasta adresi. Mēs nosūtīsim saiti jaunas paroles izvēlei, kas būs derīga { $minutes ->
    [zero] { $minutes } minūtes
    [one] { $minutes } minūti
   *[other] { $minutes } minūtes
}.
account-forgot-submit = Sūtīt man saiti
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Ja adresei { $email } ir { $brand } konts, uz to tiek sūtīts e-pasts ar saiti paroles izvēlei. Saite ir derīga { $minutes ->
    [zero] { $minutes } minūtes
    [one] { $minutes } minūti
   *[other] { $minutes } minūtes
}. Ja e-pasts nepienāk, jaunu saiti varēsiet pieprasīt vēlāk (jāgaida { $wait }).
