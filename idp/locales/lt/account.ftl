# The provider's texts in Lithuanian (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 valanda 5 minutės" (nominative), "2026 m. gruodžio 6 d. 08:34 UTC".

## Words several account pages share

account-first-name = Vardas
account-last-name = Pavardė
account-email = El. paštas
account-language = Kalba
account-cancel = Atšaukti
account-submit = Pateikti
account-save = Išsaugoti
account-delete = Ištrinti
account-sign-in = Prisijungti
account-back = Mano paskyra
account-wait-title = Prieš prašydami dar kartą, palaukite
account-link-invalid-title = Ši nuoroda nebegalioja
account-check-email-title = Patikrinkite el. paštą
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = nebegalioja
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = nežinoma

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Sveiki, { $name }
account-home-signed-in = Prisijungta prie { $brand } kaip { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Prisijungta prie { $brand } kaip { $email } (patvirtinimo lygis: { $level }).
account-home-change-password-hint = (skiltyje „Mano paskyra“, nurodžius dabartinį slaptažodį)
account-home-forgot-password = Pamiršote slaptažodį?
account-home-sign-out = Atsijungti
account-home-intro = Viena paskyra prisijungti prie visų su { $brand } susietų programų.
account-home-register = Sukurti paskyrą

## My Account (templates/account.html)

account-title = Mano paskyra
account-details-heading = Mano paskyros duomenys
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (išorinis)
account-level = Šio seanso patvirtinimo lygis
account-needs-second-factor = Tokioms programoms kaip CPMS reikia antro patvirtinimo būdo: pridėkite mobiliojo telefono numerį, mobilųjį įrenginį, saugos raktą arba autentifikavimo programėlę.
account-menu-change-password = Keisti slaptažodį
account-menu-details = Keisti asmens duomenis
account-menu-delete = Ištrinti paskyrą
account-menu-devices = Tvarkyti mobiliuosius įrenginius
account-menu-phones = Tvarkyti mobiliojo telefono numerius
account-menu-security-keys = Tvarkyti saugos raktus
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (pridėta)
account-menu-authenticator-apps = Tvarkyti autentifikavimo programėles
account-menu-sessions = Peržiūrėti seansus
account-menu-sessions-hint = Galite peržiūrėti seansus, atidarytus lankytose programose.
account-menu-delete-devices = Ištrinti visus įrenginius
account-menu-delete-devices-hint = Naujam telefonui: pašalinami visi mobilieji įrenginiai, saugos raktai ir autentifikavimo programėlės.
account-menu-activity = Veikla
account-menu-activity-hint = Naujausi jūsų paskyros saugumo įvykiai.
account-notice-password = Jūsų slaptažodis pakeistas. Kiti jūsų seansai baigti.
account-notice-details = Jūsų asmens duomenys išsaugoti.
account-notice-devices = Visi jūsų įrenginiai ištrinti. Dabar galite pridėti naują įrenginį.
account-notice-session = Seansas baigtas.
account-notice-sent-again = El. laiškas vėl siunčiamas.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Kai kurie el. laiškai jūsų nepasiekė
# $email: the account's address.
account-undelivered = Adreso { $email } pašto serveris atmetė šiuos el. laiškus arba jų nepavyko pristatyti laiku. Jei jūsų pašto dėžutė buvo pilna arba adresas pasikeitė, pirmiausia tai ištaisykite, tada išsiųskite juos dar kartą.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }“, { $when }
account-undelivered-send-again = Siųsti dar kartą
account-undelivered-gone = Šio el. laiško negalima išsiųsti dar kartą: jis jau išsiųstas arba jis ne jūsų.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Keisti asmens duomenis
account-first-name-missing = Įveskite vardą.
account-last-name-missing = Įveskite pavardę.
account-first-name-too-long = Varde gali būti ne daugiau kaip 100 įprastų simbolių.
account-last-name-too-long = Pavardėje gali būti ne daugiau kaip 100 įprastų simbolių.
account-language-invalid = Pasirinkite kalbą iš sąrašo.

## Change password (templates/account_password.html)

account-password-title = Keisti slaptažodį
account-password-wait = Saugumo sumetimais prieš vėl keisdami slaptažodį turite palaukti: liko { $wait }. Skubiais atvejais kreipkitės į pagalbos tarnybą.
account-password-rules = Naujas slaptažodis turi atitikti šias taisykles:
account-password-current = Dabartinis slaptažodis
account-password-new = Naujas slaptažodis
account-password-confirm = Pakartokite naują slaptažodį
account-password-too-long = Slaptažodis per ilgas.
account-password-wrong-current = Dabartinis slaptažodis neteisingas.
account-password-too-soon = Saugumo sumetimais slaptažodį vėl pakeisti galėsite tik po tam tikro laiko: liko { $wait }. Skubiais atvejais kreipkitės į pagalbos tarnybą.
account-password-mismatch = Nauji slaptažodžiai nesutampa.

## Delete my account (templates/account_delete.html)

account-delete-title = Ištrinti paskyrą
account-delete-warning = Jūsų { $brand } paskyra, jos telefono numeriai, įrenginiai ir saugos raktai bus ištrinti, o visos programos, prie kurių dabar prisijungta, apie tai bus informuotos. Šio veiksmo atšaukti negalima.
account-delete-confirm = Noriu ištrinti savo { $brand } paskyrą
account-delete-unconfirmed = Pažymėkite langelį, kad patvirtintumėte, jog paskyrą reikia ištrinti.
account-deleted-title = Jūsų paskyra ištrinta
account-deleted = Jūsų { $brand } paskyra ir visa, kas su ja susieta, ištrinta.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Ištrinti visus įrenginius
account-delete-devices-pending = Kaip prašėte el. paštu, visi jūsų paskyros patvirtinimo būdai bus pašalinti { $when }.
account-delete-devices-none = Jūsų paskyroje nėra nei mobiliojo įrenginio, nei saugos rakto, nei autentifikavimo programėlės. Pridėkite bent vieną jų skiltyje „Mano paskyra“.
account-delete-devices-now = Naudokite šią funkciją, kai turite naują telefoną: pašalinami visi jūsų paskyros mobilieji įrenginiai, saugos raktai ir autentifikavimo programėlės. Po to pridėkite naują įrenginį skiltyje „Tvarkyti mobiliuosius įrenginius“. Jūsų mobiliojo telefono numeriai išsaugomi.
account-delete-devices-why = Siekiant apsaugoti jūsų paskyrą, vien slaptažodžiu patvirtinimo būdų pašalinti negalima: kitaip jį sužinojęs asmuo galėtų pridėti savo būdus.
account-delete-devices-can-use = Dar galiu naudoti vieną iš jų
account-delete-devices-can-use-text = Vėl prisijunkite senu telefonu, saugos raktu arba autentifikavimo programėle, tada ištrinkite juos visus iš karto.
account-delete-devices-reauth = Prisijungti naudojant patvirtinimo būdą
account-delete-devices-cannot-use = Negaliu naudoti nė vieno iš jų
# $wait is the waiting period of a recovery ("24 valandos", nominative).
account-delete-devices-recovery = Atsiųsime nuorodą jūsų el. pašto adresu. Ja patvirtinus, visi jūsų paskyros patvirtinimo būdai (mobilieji įrenginiai, saugos raktai, autentifikavimo programėlės ir mobiliojo telefono numeriai) bus pašalinti, kai nuo patvirtinimo praeis { $wait }. Apie tai iš karto pranešime el. paštu, o iki tol pašalinimą galėsite atšaukti.
account-delete-devices-send-link = Siųsti man nuorodą

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Pašalinti visus patvirtinimo būdus
# $minutes: how long the link can be used.
account-recovery-sent = Nuoroda išsiųsta adresu { $email }. Ji galioja { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minutes
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}.
account-recovery-sent-next = Norėdami patvirtinti, atidarykite šią nuorodą. Jūsų patvirtinimo būdai bus pašalinti, kai nuo patvirtinimo praeis { $wait }; iki tol pašalinimą galėsite atšaukti.
account-recovery-confirm-text = Visi { $brand } paskyros { $email } mobilieji įrenginiai, saugos raktai, autentifikavimo programėlės ir mobiliojo telefono numeriai bus pašalinti, kai nuo patvirtinimo praeis { $wait }. Apie tai jums bus pranešta el. paštu, kartu atsiunčiant nuorodą pašalinimui atšaukti.
account-recovery-confirm = Patvirtinti
account-recovery-started-title = Pašalinimas patvirtintas
account-recovery-started = Visi jūsų paskyros patvirtinimo būdai bus pašalinti { $when }.
account-recovery-started-next = Jums išsiųstas el. laiškas su nuoroda pašalinimui atšaukti. Tam laikui praėjus, prisijunkite slaptažodžiu ir skiltyje „Mano paskyra“ pridėkite naują įrenginį.
account-recovery-cancel-title = Atšaukti patvirtinimo būdų pašalinimą
account-recovery-due = Visus jūsų paskyros patvirtinimo būdus numatyta pašalinti { $when }.
account-recovery-cancel = Atšaukti pašalinimą
account-recovery-cancel-hint = Jei to neprašėte, pakeiskite ir slaptažodį: kažkas jį žino.
account-recovery-cancelled-title = Pašalinimas atšauktas
account-recovery-cancelled = Niekas nepašalinta. Jūsų patvirtinimo būdai lieka tokie patys.
account-recovery-nothing-title = Nėra ką atšaukti
account-recovery-nothing = Jūsų patvirtinimo būdų pašalinti nebuvo numatyta.
account-recovery-invalid = Nuorodos, kurią atidarėte, galiojimas baigėsi, ji jau panaudota arba pakeista naujesne.
account-recovery-start-again = Pradėkite iš naujo nuo „Ištrinti visus įrenginius“
account-recovery-paced = El. laiškas su nuoroda išsiųstas visai neseniai. Naujo galėsite paprašyti, kai praeis { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Peržiūrėti seansus
account-sessions-title = Mano seansai
account-sessions-started = Pradėtas
account-sessions-last-seen = Paskutinė veikla
account-sessions-level = Lygis
account-sessions-from = Iš kur
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Veiksmas
account-sessions-current = Šis seansas
account-sessions-end = Baigti šį seansą
account-sessions-not-yours = Šis seansas nėra jūsų arba jis jau baigtas.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Veikla
account-activity-intro = Naujausi jūsų paskyros saugumo įvykiai.
account-activity-when = Kada
account-activity-what = Kas
account-activity-from = Iš kur
account-activity-details = Informacija
account-event-signin-success = Prisijungta
account-event-signin-failure = Nesėkmingas prisijungimas
account-event-signed-out = Atsijungta
account-event-account-registered = Paskyra sukurta
account-event-account-locked = Prisijungimas slaptažodžiu užblokuotas po per daug nesėkmingų bandymų
account-event-password-set = Slaptažodis nustatytas arba pakeistas
account-event-factor-added = Patvirtinimo būdas pridėtas
account-event-factor-removed = Patvirtinimo būdas pašalintas
account-event-sms-sent = SMS žinutė išsiųsta
account-event-device-locked = Mobilusis įrenginys užblokuotas (neteisingi PIN kodai)
account-event-push-denied = Prisijungimo prašymas atmestas mobiliajame įrenginyje
account-event-push-wrong-number = Mobiliajame įrenginyje pasirinktas neteisingas skaičius
account-event-token-revoked = Programa atšaukė prieigą
account-event-code-replayed = Prisijungimo kodas panaudotas du kartus: jo suteikta prieiga atšaukta
account-event-refresh-reused = Pakartotinai panaudotas senas prieigos žetonas: prieiga, kuriai jis priklausė, atšaukta
account-event-recovery-link-sent = Paprašyta pašalinti visus patvirtinimo būdus (išsiųsta nuoroda el. paštu)
account-event-recovery-started = Visų patvirtinimo būdų pašalinimas patvirtintas (laukimo laikotarpis)
account-event-recovery-cancelled = Visų patvirtinimo būdų pašalinimas atšauktas
account-event-access-requested = Paprašyta prieigos
account-event-access-approved = Prieigos prašymas patvirtintas
account-event-access-denied = Prieigos prašymas atmestas
account-event-access-revoked = Prieiga atšaukta
account-event-message-undelivered = Nepavyko pristatyti el. laiško arba SMS žinutės
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "būdas: Mobilusis telefonas + SMS, lygis: vidutinis, programa: CPMS".
account-activity-factor-phone = mobiliojo telefono numeris
account-activity-factor-mobile-device = mobilusis įrenginys
account-activity-factor-security-key = saugos raktas
account-activity-factor-authenticator-app = autentifikavimo programėlė
account-activity-factor-count = { $count ->
    [one] { $count } patvirtinimo būdas
    [few] { $count } patvirtinimo būdai
    [many] { $count } patvirtinimo būdo
   *[other] { $count } patvirtinimo būdų
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }“
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }“
# $method is the verification method used (one of login-method-*).
account-activity-method = būdas: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = lygis: { $level }
# $client is the name of the application signed in to.
account-activity-client = programa: { $client }
account-activity-via-my-account = skiltyje „Mano paskyra“
account-activity-via-set-password = per registracijos el. laiško nuorodą
account-activity-via-reset = per nuorodą „Pamiršote slaptažodį?“
account-activity-via-recovery = atkūrus paskyrą
account-activity-purpose-sms-enrol = naujam numeriui patvirtinti
account-activity-purpose-sms-login = prisijungimui
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = numeriu { $phone }
account-activity-pin-failures = po { $count ->
    [one] { $count } neteisingo PIN kodo
   *[other] { $count } neteisingų PIN kodų
}
account-activity-until = iki { $when }
account-activity-on = { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = prieigos profilis { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = sprendimą priėmė { $name }
account-activity-by-helpdesk = sprendimą priėmė pagalbos tarnyba
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = priežastis: { $reason }
account-activity-reason-wrong-password = neteisingas slaptažodis
account-activity-reason-no-password = slaptažodis nenustatytas
account-activity-reason-unknown-account = nežinoma paskyra
account-activity-reason-locked = užblokuota
account-activity-reason-wrong-code = neteisingas kodas
account-activity-reason-code-reused = kodas panaudotas pakartotinai
account-activity-reason-too-many-codes = per daug kodų
account-activity-reason-too-many-codes-hour = per daug kodų per šią valandą
account-activity-reason-device-locked = įrenginys užblokuotas
account-activity-reason-expired = prašymo galiojimas baigėsi
account-activity-reason-not-verified = atsakymas nepatvirtintas
account-activity-reason-already-registered = jau užregistruota
account-activity-token-access = prieigos žetonas
account-activity-token-refresh = atnaujinimo žetonas
account-activity-grant-revoked = leidimas atšauktas
account-activity-family-revoked = žetonų šeima atšaukta

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Sukurti paskyrą
account-register-intro = Pageidautina naudoti institucijos el. pašto adresą. Gausite el. laišką su nuoroda slaptažodžiui sukurti.
account-register-email-confirm = Pakartokite el. pašto adresą
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = El. laiškų kalba
account-register-submit = Sukurti paskyrą
account-register-sign-in = Jau turite paskyrą? Prisijunkite
account-register-thanks = Dėkojame, kad užsiregistravote.
# $minutes: how long the link can be used.
account-register-sent = El. laiškas su nuoroda slaptažodžiui sukurti siunčiamas adresu { $email }. Nuoroda galioja { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minutes
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}. Laiškas gali ateiti tik po kelių minučių; patikrinkite ir šlamšto aplanką.
account-register-first-name-invalid = Vardas per ilgas arba jame yra neleistinų simbolių.
account-register-last-name-invalid = Pavardė per ilga arba joje yra neleistinų simbolių.
account-register-email-invalid = Įveskite tinkamą el. pašto adresą, pavyzdžiui, vardas@ligonine.eu.
account-register-email-mismatch = El. pašto adresai nesutampa.
account-register-throttled = Šiuo adresu visai neseniai išsiųstas el. laiškas arba iš jūsų tinklo paprašyta per daug laiškų. Vėl paprašyti galėsite, kai praeis { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Sukurkite slaptažodį
# $email is the address of the account whose password is being created.
account-set-password-account = Paskyra: { $email }
account-set-password-rules = Slaptažodis turi atitikti šias taisykles:
account-set-password-new = Naujas slaptažodis
account-set-password-confirm = Pakartokite naują slaptažodį
account-set-password-mismatch = Slaptažodžiai nesutampa.
account-set-password-done-title = Slaptažodis nustatytas
account-set-password-done = Jūsų slaptažodis išsaugotas. Dabar galite prisijungti savo el. pašto adresu ir šiuo slaptažodžiu.
account-password-recent-title = Neseniai pakeitėte slaptažodį
account-password-recent = Saugumo sumetimais slaptažodį vėl pakeisti galėsite tik po tam tikro laiko. Tai padaryti galėsite, kai praeis { $wait }.
account-password-urgent = Skubiais atvejais kreipkitės į pagalbos tarnybą.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Pamiršote slaptažodį?
# $minutes: how long a link can be used.
account-forgot-expired = Nuorodos, kurią atidarėte, galiojimas baigėsi arba ji jau panaudota. Nuorodos galioja { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minutes
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
} ir jas galima panaudoti tik vieną kartą.
account-forgot-again = Norėdami gauti naują nuorodą, dar kartą įveskite el. pašto adresą.
account-forgot-intro = Įveskite savo { $brand } paskyros el. pašto adresą. Atsiųsime nuorodą naujam slaptažodžiui nustatyti; ji galios { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minutes
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}.
account-forgot-submit = Siųsti man nuorodą
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Jei adresu { $email } yra sukurta { $brand } paskyra, jums siunčiamas el. laiškas su nuoroda slaptažodžiui nustatyti. Nuoroda galioja { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minutes
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}. Jei laiškas neateis, naujo galėsite paprašyti, kai praeis { $wait }.
