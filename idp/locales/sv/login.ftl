# The provider's texts in English (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Logga in
login-heading = Logga in för att fortsätta
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Välkommen, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (inte du?)
login-submit = Logga in
login-cancel = Avbryt och återgå till applikationen
login-choose-another = Välj en annan verifieringsmetod
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = grundläggande
login-level-medium = medel
login-level-high = hög

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Lösenord
login-method-sms = Mobiltelefon + sms
login-method-app-pin = Mobilappens pinkod
login-method-app-qr = Mobilappens QR-kod
login-method-webauthn = Säkerhetsnyckel eller inbyggd autentisering
login-method-totp = Autentiseringsapp (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Bekräfta att det är du genom att logga in igen för att radera alla dina enheter.
login-reauth-devices = Bekräfta att det är du genom att logga in igen för att lägga till eller ta bort en mobil enhet.
login-reauth-phones = Bekräfta att det är du genom att logga in igen för att lägga till eller ta bort ett mobilnummer.
login-reauth-security-keys = Bekräfta att det är du genom att logga in igen för att lägga till eller ta bort en säkerhetsnyckel.
login-reauth-authenticator-apps = Bekräfta att det är du genom att logga in igen för att lägga till eller ta bort en autentiseringsapp.
login-reauth-delete-account = Bekräfta att det är du genom att logga in igen för att radera ditt konto.
login-reauth-sessions = Bekräfta att det är du genom att logga in igen för att avsluta en session.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Ändringar av hur du loggar in kräver alltid en nyligen gjord inloggning.

## The identifier page (login_identifier.html)

login-client-uses = { $client } använder { $brand } för att identifiera dig.
login-email-label = Din e-postadress
login-email-required = Ange e-postadressen till ditt konto i { $brand }.
login-remember = Kom ihåg mig på den här enheten
login-next = Nästa
login-create-account = Skapa ett konto

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } kräver inloggning med ytterligare en verifieringsmetod (nivå: { $level }).
login-password-label = Lösenord
login-method-label = Välj verifieringsmetod
login-method-hint = Mobilnummer, mobila enheter och säkerhetsnycklar läggs till under Mitt konto (kugghjulsmenyn) när du har loggat in med ditt lösenord.
login-lost-password = Glömt lösenordet?
login-method-invalid = Välj en av verifieringsmetoderna i listan.
login-invalid-credentials = Ogiltig e-postadress eller ogiltigt lösenord
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = För många misslyckade inloggningsförsök med den här e-postadressen. För att skydda kontot är inloggning med lösenord spärrad till { $until } (återstående tid: { $wait }). Om du har glömt ditt lösenord kan du välja ett nytt via ”Glömt lösenordet?”.
# $wait is a length of time ("5 minutes").
login-throttled = För många misslyckade inloggningsförsök från ditt nätverk. Försök igen om { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Verifieringsmetod
login-password-accepted = Ditt lösenord har godkänts.
# $method is one of login-method-*.
login-method-not-added = Du har ännu inte lagt till den här verifieringsmetoden ({ $method }) i ditt konto.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = { $method } når inte upp till den nivå som applikationen kräver ({ $level }).
login-no-usable-method = Ditt konto har ännu ingen verifieringsmetod som den här applikationen godtar.
login-not-added-yet = Ännu inte tillagt i ditt konto:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: logga in med ditt lösenord och lägg sedan till metoden under Mitt konto (kugghjulsmenyn).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } under Mitt konto
# $method is one of login-method-*.
login-method-not-accepted = Den här applikationen godtar inte { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Skicka en bekräftelsekod via sms till
login-sms-send = Skicka koden
login-sms-sent = En bekräftelsekod har skickats via sms till din mobiltelefon. Det kan ta upp till 8 minuter innan den kommer fram.
# $wait is a length of time ("1 minute").
login-sms-next-code = Om ingen kod kommer kan du begära en ny om { $wait }.
login-sms-resend = Skicka en ny kod
login-sms-off = Mobiltelefon + sms erbjuds inte av den här tjänsten.
login-sms-limited-title = Vänta innan du begär en ny kod
# $wait is a length of time ("1 minute").
login-sms-limited = Ett sms skickades för en liten stund sedan, eller så har för många skickats. Du kan begära en ny kod om { $wait }.
login-sms-not-delivered = Sms:et med din kod kunde inte levereras till det här numret. Skicka en ny kod, eller välj en annan verifieringsmetod.
login-sms-choose-phone = Välj ett av dina registrerade mobilnummer.
login-sms-wrong = Bekräftelsekoden är felaktig. { $remaining ->
    [one] { $remaining } försök kvar.
   *[other] { $remaining } försök kvar.
}
login-sms-dead = Den här bekräftelsekoden är inte längre giltig (den har gått ut eller ersatts, eller så har du gjort för många felaktiga försök). Skicka en ny kod.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Autentiseringsapp
login-totp-intro = Öppna autentiseringsappen i din telefon och ange den sexsiffriga kod som den visar för { $brand }.
login-totp-code-label = Ange den sexsiffriga koden
login-totp-wrong = Koden är felaktig. Ange den sexsiffriga kod som din autentiseringsapp visar just nu. { $remaining ->
    [one] { $remaining } försök kvar.
   *[other] { $remaining } försök kvar.
}
login-totp-reused = Den här koden har redan använts. Vänta tills din autentiseringsapp visar en ny kod och ange den. { $remaining ->
    [one] { $remaining } försök kvar.
   *[other] { $remaining } försök kvar.
}
login-totp-stopped = För många felaktiga koder har angetts. För din säkerhet har inloggningen avbrutits: börja om från applikationen.
login-totp-paused-title = För många felaktiga koder
# $wait is a length of time ("50 minutes").
login-totp-paused = För många felaktiga koder från en autentiseringsapp har angetts för ditt konto. Du kan använda den igen om { $wait }. Välj under tiden en annan verifieringsmetod.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Sätt i och rör vid din säkerhetsnyckel, eller lås upp din dator eller telefon, när webbläsaren ber om det.
login-webauthn-start = Använd min säkerhetsnyckel
login-webauthn-off = Säkerhetsnycklar kan inte användas med den här tjänsten.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = En begäran om att logga in i { $client } har skickats till dina mobila enheter. Öppna mobilappen för { $brand }, välj det här numret och ange din pinkod:
login-app-pin-waiting = Väntar på ditt godkännande på den mobila enheten …
# A button shown only when the browser runs no script.
login-app-pin-continue = Jag har godkänt: fortsätt
login-app-pin-resend = Skicka en ny begäran
login-app-pin-approved = Godkänt på din mobila enhet. Du loggas in …
login-app-pin-denied = Begäran avvisades på din mobila enhet.
login-app-pin-wrong-number = Numret som valdes på din mobila enhet var inte det som visas här. Begäran har avbrutits.
login-app-pin-expired = Begäran har gått ut. Skicka en ny begäran till din mobila enhet.
login-app-pin-limited-title = För många begäranden
# $wait is a length of time ("1 minute").
login-app-pin-limited = För många inloggningsbegäranden har skickats till dina mobila enheter. Försök igen om { $wait }, eller välj en annan verifieringsmetod.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Skanna den här QR-koden med mobilappen för { $brand } och ange din pinkod i appen. Det fungerar även utan nätverksanslutning i telefonen.
# The text alternative of the QR code image.
login-app-qr-alt = QR-kod att skanna med mobilappen för { $brand }
login-app-qr-paste = Kan du inte skanna? Klistra in den här texten i appen:
login-app-qr-code-label = Kod som genererats av din app
login-app-qr-wrong = Koden är felaktig. { $remaining ->
    [one] { $remaining } försök kvar.
   *[other] { $remaining } försök kvar.
}
login-app-qr-dead = Den här QR-koden är inte längre giltig (den har gått ut, eller så har för många felaktiga koder angetts). En ny QR-kod visas: skanna den med din app.
login-app-qr-locked-title = Den mobila enheten är spärrad
login-app-qr-locked = Din mobila enhet har spärrats efter för många felaktiga koder eller pinkoder. Ta bort den och lägg till den igen under Mitt konto, eller välj en annan verifieringsmetod.

## Refusals of any sign-in step

login-expired-title = Inloggningssidan har gått ut
login-expired = Inloggningssidor är giltiga under en begränsad tid och kan bara användas en gång. Om du höll på att logga in i en applikation går du tillbaka dit och loggar in igen. Annars börjar du från startsidan.
login-form-incomplete = Formuläret var inte helt ifyllt. Gå tillbaka och försök igen.
login-request-invalid = Begäran som applikationen skickade är ogiltig och kan därför inte utföras. Gå tillbaka till applikationen och försök igen.
login-already-completed = Den här inloggningen har redan slutförts.
login-redirect-invalid = Den registrerade omdirigerings-URI:n är ogiltig.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = En starkare verifieringsmetod krävs
# $level is one of login-level-*.
login-step-up-needed = { $client } kräver inloggning på nivån ”{ $level }” (lösenord och ytterligare en verifieringsmetod, till exempel en mobiltelefon eller en säkerhetsnyckel). Ditt konto har ännu ingen sådan metod.
login-step-up-hint = Lägg till ett mobilnummer, en mobil enhet eller en säkerhetsnyckel under Mitt konto och kom sedan tillbaka.
login-step-up-account = Gå till Mitt konto och lägg till en verifieringsmetod
login-return-to-app = Återgå till applikationen

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Återgår till applikationen
login-form-post-noscript = Javascript är avstängt: tryck på knappen för att fortsätta.
login-continue = Fortsätt

## Signing out (logout.html)

login-logout-title = Logga ut
# $email is the address of the signed-in account.
login-logout-question-as = Vill du logga ut från { $brand } som { $email }?
login-logout-question = Vill du logga ut från { $brand }?
login-logout-apps = Du loggas också ut från de applikationer som du har använt under den här sessionen.
login-logout-submit = Logga ut
login-signed-out-title = Du har loggats ut
login-signed-out = Du har loggats ut från { $brand }.
login-sign-in-again = Logga in igen
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = id_token_hint är inte en id-token som utfärdats av den här tjänsten.
login-logout-client-mismatch = client_id stämmer inte med id_token_hint.
login-logout-uri-unregistered = post_logout_redirect_uri är inte registrerad för den här applikationen.
login-logout-uri-invalid = post_logout_redirect_uri är ogiltig.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Minst { $min } tecken (högst { $max }); några orelaterade ord ger ett bra lösenord
login-policy-rule-any = Mellanslag och alla tecken är tillåtna; ingen blandning av teckentyper krävs
login-policy-rule-common = Inte ett vanligt eller läckt lösenord, och inte lätt att gissa (inga upprepade ord, tangentrader eller sekvenser)
login-policy-rule-personal = Får inte innehålla ditt namn eller din e-postadress
# $length and $min are numbers of characters.
login-policy-too-short = Lösenordet är för kort: { $length ->
    [one] { $length } tecken
   *[other] { $length } tecken
}, minst { $min } krävs.
# $max is a number of characters.
login-policy-too-long = Lösenordet är för långt: högst { $max } tecken.
login-policy-personal = Lösenordet får inte innehålla ditt namn eller din e-postadress.
login-policy-common = Lösenordet är för vanligt: det finns med i listor över läckta lösenord.
login-policy-guessable = Lösenordet är för lätt att gissa. Prova några orelaterade ord, till exempel en kort mening som bara du skulle skriva.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Lösenordet är för lätt att gissa: { $reason } Prova några orelaterade ord, till exempel en kort mening som bara du skulle skriva.
login-policy-why-keyboard-rows = raka tangentrader är lätta att gissa.
login-policy-why-keyboard-patterns = korta tangentbordsmönster är lätta att gissa.
login-policy-why-repeats = upprepningar som ”aaa” är lätta att gissa.
login-policy-why-repeated-words = upprepningar som ”abcabcabc” är bara lite svårare att gissa än ”abc”.
login-policy-why-top-10 = det här är ett av de 10 vanligaste lösenorden.
login-policy-why-top-100 = det här är ett av de 100 vanligaste lösenorden.
login-policy-why-common = det här är ett mycket vanligt lösenord.
login-policy-why-similar = det här liknar ett vanligt förekommande lösenord.
login-policy-why-sequences = sekvenser som abc eller 6543 är lätta att gissa.
login-policy-why-years = de senaste årtalen är lätta att gissa.
login-policy-why-word = ett ensamt ord är lätt att gissa.
login-policy-why-dates = datum är ofta lätta att gissa.
login-policy-why-names = för- och efternamn ensamma är lätta att gissa.
login-policy-why-common-names = vanliga för- och efternamn är lätta att gissa.
