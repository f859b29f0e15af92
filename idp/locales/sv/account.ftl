# The provider's texts in English (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Förnamn
account-last-name = Efternamn
account-email = E-post
account-language = Språk
account-cancel = Avbryt
account-submit = Skicka
account-save = Spara
account-delete = Radera
account-sign-in = Logga in
account-back = Mitt konto
account-wait-title = Vänta innan du försöker igen
account-link-invalid-title = Länken är inte längre giltig
account-check-email-title = Kontrollera din e-post
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = utgången
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = okänd

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Välkommen, { $name }
account-home-signed-in = Du är inloggad i { $brand } som { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Du är inloggad i { $brand } som { $email } (verifieringsnivå: { $level }).
account-home-change-password-hint = (under Mitt konto, med ditt nuvarande lösenord)
account-home-forgot-password = Glömt lösenordet?
account-home-sign-out = Logga ut
account-home-intro = Ett enda konto för att logga in i alla applikationer som är anslutna till { $brand }.
account-home-register = Skapa ett konto

## My Account (templates/account.html)

account-title = Mitt konto
account-details-heading = Mina kontouppgifter
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (extern)
account-level = Verifieringsnivå för den här sessionen
account-needs-second-factor = Applikationer som CPMS kräver ytterligare en verifieringsmetod: lägg till ett mobilnummer, en mobil enhet, en säkerhetsnyckel eller en autentiseringsapp.
account-menu-change-password = Byt lösenord
account-menu-details = Ändra mina personuppgifter
account-menu-delete = Radera mitt konto
account-menu-devices = Hantera mina mobila enheter
account-menu-phones = Hantera mina mobilnummer
account-menu-security-keys = Hantera mina säkerhetsnycklar
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (tillagd)
account-menu-authenticator-apps = Hantera mina autentiseringsappar
account-menu-sessions = Visa mina sessioner
account-menu-sessions-hint = Du kan se de sessioner som har öppnats för applikationer du har besökt.
account-menu-delete-devices = Radera alla mina enheter
account-menu-delete-devices-hint = Vid ny telefon: tar bort alla mobila enheter, säkerhetsnycklar och autentiseringsappar.
account-menu-activity = Aktivitet
account-menu-activity-hint = De senaste säkerhetshändelserna på ditt konto.
account-notice-password = Ditt lösenord har ändrats. Dina övriga sessioner har avslutats.
account-notice-details = Dina personuppgifter har sparats.
account-notice-devices = Alla dina enheter har raderats. Nu kan du lägga till din nya enhet.
account-notice-session = Sessionen har avslutats.
account-notice-sent-again = E-postmeddelandet är på väg igen.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Några e-postmeddelanden nådde inte fram till dig
# $email: the account's address.
account-undelivered = E-postservern för { $email } avvisade de här e-postmeddelandena, eller så kunde de inte levereras i tid. Om din brevlåda var full eller adressen har ändrats, åtgärda det först och skicka dem sedan igen.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = ”{ $subject }”, { $when }
account-undelivered-send-again = Skicka igen
account-undelivered-gone = Det här e-postmeddelandet kan inte skickas igen: det har redan skickats, eller så är det inte ditt.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Ändra mina personuppgifter
account-first-name-missing = Ange ditt förnamn.
account-last-name-missing = Ange ditt efternamn.
account-first-name-too-long = Förnamnet får innehålla högst 100 vanliga tecken.
account-last-name-too-long = Efternamnet får innehålla högst 100 vanliga tecken.
account-language-invalid = Välj ett språk i listan.

## Change password (templates/account_password.html)

account-password-title = Byt lösenord
account-password-wait = Av säkerhetsskäl måste du vänta innan du kan byta lösenord igen: { $wait } återstår. Kontakta supporten i brådskande fall.
account-password-rules = Ditt nya lösenord måste följa de här reglerna:
account-password-current = Nuvarande lösenord
account-password-new = Nytt lösenord
account-password-confirm = Bekräfta det nya lösenordet
account-password-too-long = Lösenordet är för långt.
account-password-wrong-current = Ditt nuvarande lösenord är felaktigt.
account-password-too-soon = Av säkerhetsskäl måste du vänta innan du byter lösenord igen: { $wait } återstår. Kontakta supporten i brådskande fall.
account-password-mismatch = De två nya lösenorden stämmer inte överens.

## Delete my account (templates/account_delete.html)

account-delete-title = Radera mitt konto
account-delete-warning = Ditt konto i { $brand } raderas tillsammans med dess telefonnummer, enheter och säkerhetsnycklar, och alla applikationer som du är inloggad i informeras. Detta kan inte ångras.
account-delete-confirm = Jag vill radera mitt konto i { $brand }
account-delete-unconfirmed = Kryssa i rutan för att bekräfta att ditt konto ska raderas.
account-deleted-title = Ditt konto har raderats
account-deleted = Ditt konto i { $brand } och allt som hörde till det har raderats.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Radera alla mina enheter
account-delete-devices-pending = Alla verifieringsmetoder för ditt konto tas bort den { $when }, enligt din begäran via e-post.
account-delete-devices-none = Ditt konto har ingen mobil enhet, säkerhetsnyckel eller autentiseringsapp. Lägg till en under Mitt konto.
account-delete-devices-now = Använd det här när du har en ny telefon: alla mobila enheter, säkerhetsnycklar och autentiseringsappar för ditt konto tas bort. Lägg sedan till din nya enhet under ”Hantera mina mobila enheter”. Dina mobilnummer behålls.
account-delete-devices-why = För att skydda ditt konto kan du inte ta bort dina verifieringsmetoder med enbart lösenordet: då skulle den som fått reda på det kunna lägga till sina egna.
account-delete-devices-can-use = Jag kan fortfarande använda någon av dem
account-delete-devices-can-use-text = Logga in igen med din gamla telefon, säkerhetsnyckel eller autentiseringsapp och radera sedan alla på en gång.
account-delete-devices-reauth = Logga in med en verifieringsmetod
account-delete-devices-cannot-use = Jag kan inte använda någon av dem
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Vi skickar en länk till din e-postadress. När du har bekräftat via länken tas alla verifieringsmetoder för ditt konto (mobila enheter, säkerhetsnycklar, autentiseringsappar och mobilnummer) bort { $wait } senare. Du får genast ett meddelande via e-post och kan avbryta fram till dess.
account-delete-devices-send-link = Skicka länken till mig

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Ta bort alla verifieringsmetoder
# $minutes: how long the link can be used.
account-recovery-sent = En länk har skickats till { $email }. Den är giltig i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}.
account-recovery-sent-next = Följ länken för att bekräfta. Dina verifieringsmetoder tas bort { $wait } efter att du har bekräftat, och du kan avbryta fram till dess.
account-recovery-confirm-text = Alla mobila enheter, säkerhetsnycklar, autentiseringsappar och mobilnummer för kontot { $email } i { $brand } tas bort { $wait } efter att du har bekräftat. Du får ett meddelande via e-post med en länk för att avbryta.
account-recovery-confirm = Bekräfta
account-recovery-started-title = Borttagningen är bekräftad
account-recovery-started = Alla verifieringsmetoder för ditt konto tas bort den { $when }.
account-recovery-started-next = Ett e-postmeddelande med en länk för att avbryta har skickats till dig. När tiden har gått loggar du in med ditt lösenord och lägger till din nya enhet under Mitt konto.
account-recovery-cancel-title = Avbryt borttagningen av dina verifieringsmetoder
account-recovery-due = Alla verifieringsmetoder för ditt konto ska tas bort den { $when }.
account-recovery-cancel = Avbryt borttagningen
account-recovery-cancel-hint = Om det inte var du som begärde det ska du också byta lösenord: någon känner till det.
account-recovery-cancelled-title = Borttagningen har avbrutits
account-recovery-cancelled = Ingenting har tagits bort. Dina verifieringsmetoder finns kvar som tidigare.
account-recovery-nothing-title = Inget att avbryta
account-recovery-nothing = Det fanns ingen väntande borttagning av dina verifieringsmetoder.
account-recovery-invalid = Länken du följde har gått ut, har redan använts eller har ersatts av en nyare.
account-recovery-start-again = Börja om från ”Radera alla mina enheter”
account-recovery-paced = Ett e-postmeddelande med en länk skickades för en liten stund sedan. Du kan begära ett nytt om { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Visa mina sessioner
account-sessions-title = Mina sessioner
account-sessions-started = Startad
account-sessions-last-seen = Senast aktiv
account-sessions-level = Nivå
account-sessions-from = Från
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Åtgärd
account-sessions-current = Den här sessionen
account-sessions-end = Avsluta sessionen
account-sessions-not-yours = Den här sessionen är inte din, eller så har den redan avslutats.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Aktivitet
account-activity-intro = De senaste säkerhetshändelserna på ditt konto.
account-activity-when = När
account-activity-what = Vad
account-activity-from = Från
account-activity-details = Detaljer
account-event-signin-success = Inloggning
account-event-signin-failure = Misslyckad inloggning
account-event-signed-out = Utloggning
account-event-account-registered = Konto skapat
account-event-account-locked = Inloggning med lösenord spärrad efter för många misslyckade försök
account-event-password-set = Lösenord skapat eller ändrat
account-event-factor-added = Verifieringsmetod tillagd
account-event-factor-removed = Verifieringsmetod borttagen
account-event-sms-sent = Sms skickat
account-event-device-locked = Mobil enhet spärrad (felaktiga pinkoder)
account-event-push-denied = Inloggningsbegäran avvisad på en mobil enhet
account-event-push-wrong-number = Fel nummer valt på en mobil enhet
account-event-token-revoked = Åtkomst återkallad av en applikation
account-event-code-replayed = En inloggningskod användes två gånger: åtkomsten som den gav har återkallats
account-event-refresh-reused = En gammal åtkomsttoken återanvändes: åtkomsten som den hörde till har återkallats
account-event-recovery-link-sent = Borttagning av alla verifieringsmetoder begärd (länk skickad via e-post)
account-event-recovery-started = Borttagning av alla verifieringsmetoder bekräftad (väntetid)
account-event-recovery-cancelled = Borttagning av alla verifieringsmetoder avbruten
account-event-access-requested = Åtkomst begärd
account-event-access-approved = Begäran om åtkomst godkänd
account-event-access-denied = Begäran om åtkomst avslagen
account-event-access-revoked = Åtkomst återkallad
account-event-message-undelivered = E-postmeddelande eller sms inte levererat
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = mobilnummer
account-activity-factor-mobile-device = mobil enhet
account-activity-factor-security-key = säkerhetsnyckel
account-activity-factor-authenticator-app = autentiseringsapp
account-activity-factor-count = { $count ->
    [one] { $count } verifieringsmetod
   *[other] { $count } verifieringsmetoder
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } ”{ $name }”
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = ”{ $name }”
# $method is the verification method used (one of login-method-*).
account-activity-method = med { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = nivå { $level }
# $client is the name of the application signed in to.
account-activity-client = för { $client }
account-activity-via-my-account = under Mitt konto
account-activity-via-set-password = med länken i e-postmeddelandet om registreringen
account-activity-via-reset = med en länk från ”Glömt lösenordet?”
account-activity-via-recovery = efter en återställning av kontot
account-activity-purpose-sms-enrol = för att bekräfta ett nytt nummer
account-activity-purpose-sms-login = för inloggning
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = till { $phone }
account-activity-pin-failures = { $count ->
    [one] efter { $count } felaktig pinkod
   *[other] efter { $count } felaktiga pinkoder
}
account-activity-until = till { $when }
account-activity-on = den { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = åtkomstprofil { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = av { $name }
account-activity-by-helpdesk = av supporten
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = orsak: { $reason }
account-activity-reason-wrong-password = fel lösenord
account-activity-reason-no-password = inget lösenord skapat
account-activity-reason-unknown-account = okänt konto
account-activity-reason-locked = spärrat
account-activity-reason-wrong-code = fel kod
account-activity-reason-code-reused = koden återanvänd
account-activity-reason-too-many-codes = för många koder
account-activity-reason-too-many-codes-hour = för många koder den här timmen
account-activity-reason-device-locked = enheten spärrad
account-activity-reason-expired = begäran har gått ut
account-activity-reason-not-verified = svaret kunde inte verifieras
account-activity-reason-already-registered = redan registrerad
account-activity-token-access = åtkomsttoken
account-activity-token-refresh = förnyelsetoken
account-activity-grant-revoked = beviljad åtkomst återkallad
account-activity-family-revoked = tokenkedja återkallad

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Skapa ett konto
account-register-intro = Använd helst e-postadressen vid din organisation. Du får ett e-postmeddelande med en länk för att skapa ditt lösenord.
account-register-email-confirm = Bekräfta e-postadressen
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Språk för e-post
account-register-submit = Skapa ett konto
account-register-sign-in = Har du redan ett konto? Logga in
account-register-thanks = Tack för din registrering.
# $minutes: how long the link can be used.
account-register-sent = Ett e-postmeddelande med en länk för att skapa ditt lösenord är på väg till { $email }. Länken är giltig i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}. Det kan ta några minuter innan meddelandet kommer fram. Kontrollera även skräppostmappen.
account-register-first-name-invalid = Ditt förnamn är för långt eller innehåller otillåtna tecken.
account-register-last-name-invalid = Ditt efternamn är för långt eller innehåller otillåtna tecken.
account-register-email-invalid = Ange en giltig e-postadress, till exempel namn@sjukhus.eu.
account-register-email-mismatch = De två e-postadresserna stämmer inte överens.
account-register-throttled = Ett e-postmeddelande skickades till den här adressen för en liten stund sedan, eller så har för många begärts från ditt nätverk. Du kan försöka igen om { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Skapa ditt lösenord
# $email is the address of the account whose password is being created.
account-set-password-account = Konto: { $email }
account-set-password-rules = Ditt lösenord måste följa de här reglerna:
account-set-password-new = Nytt lösenord
account-set-password-confirm = Bekräfta det nya lösenordet
account-set-password-mismatch = De två lösenorden stämmer inte överens.
account-set-password-done-title = Ditt lösenord har skapats
account-set-password-done = Ditt lösenord har sparats. Nu kan du logga in med din e-postadress och det här lösenordet.
account-password-recent-title = Du har nyligen bytt lösenord
account-password-recent = Av säkerhetsskäl måste du vänta innan du byter lösenord igen. Du kan byta det igen om { $wait }.
account-password-urgent = Kontakta supporten i brådskande fall.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Glömt lösenordet?
# $minutes: how long a link can be used.
account-forgot-expired = Länken du följde har gått ut eller har redan använts. Länkar är giltiga i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
} och kan användas en gång.
account-forgot-again = Ange din e-postadress igen för att få en ny länk.
account-forgot-intro = Ange e-postadressen till ditt konto i { $brand }. Vi skickar en länk där du kan välja ett nytt lösenord. Länken är giltig i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}.
account-forgot-submit = Skicka en länk till mig
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Om det finns ett konto i { $brand } för { $email } är ett e-postmeddelande med en länk för att välja lösenord på väg. Länken är giltig i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}. Om det inte kommer fram kan du begära ett nytt om { $wait }.
