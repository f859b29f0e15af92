# Udbyderens tekster på dansk (login); se main.ftl.
# Loginsiderne (identifikation, adgangskode, anden faktor), log ud, siden, der vender tilbage
# til en applikation, og reglerne for adgangskoder.
# { $brand } er tjenestens navn (f.eks. ”EU Login”); { $client } er navnet på den
# applikation, brugeren logger ind på. Begge er navne: oversæt dem aldrig.

## Fælles for loginsiderne

# Browserfanens titel på de første loginsider (”Log ind - EU Login”).
login-title = Log ind
login-heading = Log ind for at fortsætte
# Over hvert login-trin, når e-mailadressen kendes; $email er adressen.
login-welcome = Velkommen { $email }
# Et link ved siden af login-welcome, der fører tilbage til feltet til e-mailadressen.
login-not-you = (ikke dig?)
login-submit = Log ind
login-cancel = Annuller, og vend tilbage til applikationen
login-choose-another = Vælg en anden verifikationsmetode
# Det sikringsniveau, en applikation kræver, som vist i login-client-requires-factor og
# login-method-below-level.
login-level-basic = grundlæggende
login-level-medium = middel
login-level-high = højt

## Navnene på verifikationsmetoderne (listen på adgangskodesiden, sidetitler)

login-method-password = Adgangskode
login-method-sms = Mobiltelefon + sms
login-method-app-pin = Mobilapp med pinkode
login-method-app-qr = Mobilapp med QR-kode
login-method-webauthn = Sikkerhedsnøgle eller platform
login-method-totp = Godkendelsesapp (TOTP)

## Fornyet login før en ændring i Min konto (over loginformularen)

login-reauth-delete-devices = For at slette alle dine enheder skal du bekræfte, at det er dig, ved at logge ind igen.
login-reauth-devices = For at tilføje eller fjerne en mobilenhed skal du bekræfte, at det er dig, ved at logge ind igen.
login-reauth-phones = For at tilføje eller fjerne et mobilnummer skal du bekræfte, at det er dig, ved at logge ind igen.
login-reauth-security-keys = For at tilføje eller fjerne en sikkerhedsnøgle skal du bekræfte, at det er dig, ved at logge ind igen.
login-reauth-authenticator-apps = For at tilføje eller fjerne en godkendelsesapp skal du bekræfte, at det er dig, ved at logge ind igen.
login-reauth-delete-account = For at slette din konto skal du bekræfte, at det er dig, ved at logge ind igen.
login-reauth-sessions = For at afslutte en session skal du bekræfte, at det er dig, ved at logge ind igen.
# Følger efter en af login-reauth-*-sætningerne.
login-reauth-why = Ændringer af, hvordan du logger ind, kræver altid, at du har logget ind for nylig.

## Identifikationssiden (login_identifier.html)

login-client-uses = { $client } bruger { $brand } til at identificere dig.
login-email-label = Brug din e-mailadresse
login-email-required = Indtast e-mailadressen til din konto i { $brand }.
login-remember = Husk mig på denne enhed
login-next = Næste
login-create-account = Opret en konto

## Adgangskodesiden (login_password.html)

# $level er en af login-level-*.
login-client-requires-factor = { $client } kræver login med en anden verifikationsmetode (niveau ”{ $level }”).
login-password-label = Adgangskode
login-method-label = Vælg din verifikationsmetode
login-method-hint = Mobilnumre, mobilenheder og sikkerhedsnøgler tilføjes i Min konto (tandhjulsmenuen), når du har logget ind med din adgangskode.
login-lost-password = Har du glemt din adgangskode?
login-method-invalid = Vælg en af verifikationsmetoderne på listen.
login-invalid-credentials = Ugyldig e-mailadresse eller adgangskode
# $until er en dato og et klokkeslæt (”6. december 2026 kl. 08:34 UTC”), $wait et tidsrum
# (”1 time 5 minutter”). ”Har du glemt din adgangskode?” er linket login-lost-password.
login-locked = For mange mislykkede loginforsøg med denne e-mailadresse. For at beskytte kontoen er login med adgangskode spærret indtil { $until } (om { $wait }). Hvis du har glemt din adgangskode, kan du vælge en ny via ”Har du glemt din adgangskode?”.
# $wait er et tidsrum (”5 minutter”).
login-throttled = For mange mislykkede loginforsøg fra dit netværk. Prøv igen om { $wait }.

## Valg af den anden verifikationsmetode (login_second_factor.html)

login-second-factor-title = Verifikationsmetode
login-password-accepted = Din adgangskode er godkendt.
# $method er en af login-method-*.
login-method-not-added = Du har endnu ikke tilføjet denne verifikationsmetode ({ $method }) til din konto.
# $method er en af login-method-*, $level en af login-level-*.
login-method-below-level = { $method } når ikke det niveau, som denne applikation kræver ({ $level }).
login-no-usable-method = Din konto har endnu ingen verifikationsmetode, som denne applikation accepterer.
login-not-added-yet = Endnu ikke tilføjet til din konto:
# Én linje pr. metode, som brugeren ikke har tilføjet; efterfulgt af linket login-method-missing-link.
login-method-missing = { $method }: log ind med din adgangskode, og tilføj den derefter i Min konto (tandhjulsmenuen).
# Et link til den side i Min konto, hvor metoden tilføjes.
login-method-missing-link = { $method } i Min konto
# $method er en af login-method-*.
login-method-not-accepted = Denne applikation accepterer ikke { $method }.

## Mobiltelefon + sms (login_sms.html)

login-sms-send-to = Send en bekræftelseskode pr. sms til
login-sms-send = Send koden
login-sms-sent = Der er sendt en bekræftelseskode pr. sms til din mobiltelefon. Det kan tage op til 8 minutter, før den kommer frem.
# $wait er et tidsrum (”1 minut”).
login-sms-next-code = Hvis der ikke kommer nogen kode, kan du bede om en ny om { $wait }.
login-sms-resend = Send en ny kode
login-sms-off = Mobiltelefon + sms tilbydes ikke af denne tjeneste.
login-sms-limited-title = Vent, før du beder om en ny kode
# $wait er et tidsrum (”1 minut”).
login-sms-limited = Der blev sendt en sms for kort tid siden, eller der er sendt for mange. Du kan bede om en ny kode om { $wait }.
login-sms-not-delivered = Sms'en med din kode kunne ikke leveres til dette nummer. Send en ny kode, eller vælg en anden verifikationsmetode.
login-sms-choose-phone = Vælg et af dine registrerede mobilnumre.
login-sms-wrong = Bekræftelseskoden er forkert. { $remaining ->
    [one] { $remaining } forsøg tilbage.
   *[other] { $remaining } forsøg tilbage.
}
login-sms-dead = Denne bekræftelseskode er ikke længere gyldig (udløbet, erstattet eller for mange forkerte forsøg). Send en ny kode.

## Godkendelsesapp (login_totp.html)

# Browserfanens titel på siden for godkendelsesappen.
login-totp-title = Godkendelsesapp
login-totp-intro = Åbn godkendelsesappen på din telefon, og indtast den 6-cifrede kode, den viser for { $brand }.
login-totp-code-label = Indtast den 6-cifrede kode
login-totp-wrong = Koden er forkert. Indtast den 6-cifrede kode, som din godkendelsesapp viser nu. { $remaining ->
    [one] { $remaining } forsøg tilbage.
   *[other] { $remaining } forsøg tilbage.
}
login-totp-reused = Denne kode er allerede brugt. Vent, til din godkendelsesapp viser en ny kode, og indtast den. { $remaining ->
    [one] { $remaining } forsøg tilbage.
   *[other] { $remaining } forsøg tilbage.
}
login-totp-stopped = Der blev indtastet for mange forkerte koder. Af hensyn til din sikkerhed er dette login stoppet: start forfra fra applikationen.
login-totp-paused-title = For mange forkerte koder
# $wait er et tidsrum (”50 minutter”).
login-totp-paused = Der er indtastet for mange forkerte koder fra en godkendelsesapp til din konto. Du kan bruge den igen om { $wait }; vælg en anden verifikationsmetode indtil da.

## Sikkerhedsnøgle eller platform (login_webauthn.html)

login-webauthn-intro = Indsæt og rør ved din sikkerhedsnøgle, eller lås din computer eller telefon op, når din browser beder om det.
login-webauthn-start = Brug min sikkerhedsnøgle
login-webauthn-off = Sikkerhedsnøgler kan ikke bruges med denne tjeneste.

## Mobilapp med pinkode (login_app_pin.html)

login-app-pin-intro = Der er sendt en anmodning om at logge ind på { $client } til dine mobilenheder. Åbn mobilappen til { $brand }, vælg dette tal, og indtast din pinkode:
login-app-pin-waiting = Venter på din godkendelse på din mobilenhed …
# En knap, der kun vises, når browseren ikke kører scripts.
login-app-pin-continue = Jeg har godkendt: fortsæt
login-app-pin-resend = Send en ny anmodning
login-app-pin-approved = Godkendt på din mobilenhed. Du logges ind …
login-app-pin-denied = Anmodningen blev afvist på din mobilenhed.
login-app-pin-wrong-number = Det tal, der blev valgt på din mobilenhed, var ikke det, der vises her. Anmodningen er annulleret.
login-app-pin-expired = Anmodningen er udløbet. Send en ny anmodning til din mobilenhed.
login-app-pin-limited-title = For mange anmodninger
# $wait er et tidsrum (”1 minut”).
login-app-pin-limited = Der er sendt for mange loginanmodninger til dine mobilenheder. Prøv igen om { $wait }, eller vælg en anden verifikationsmetode.

## Mobilapp med QR-kode (login_app_qr.html)

login-app-qr-intro = Scan denne QR-kode med mobilappen til { $brand }, og indtast din pinkode i appen. Din telefon behøver ikke netværksforbindelse til det.
# Tekstalternativet til billedet af QR-koden.
login-app-qr-alt = QR-kode, der skal scannes med mobilappen til { $brand }
login-app-qr-paste = Kan du ikke scanne? Indsæt denne tekst i appen:
login-app-qr-code-label = Kode genereret af din app
login-app-qr-wrong = Koden er forkert. { $remaining ->
    [one] { $remaining } forsøg tilbage.
   *[other] { $remaining } forsøg tilbage.
}
login-app-qr-dead = Denne QR-kode er ikke længere gyldig (udløbet eller for mange forkerte koder). Der vises en ny QR-kode: scan den med din app.
login-app-qr-locked-title = Mobilenhed spærret
login-app-qr-locked = Din mobilenhed blev spærret efter for mange forkerte koder eller pinkoder. Slet den, og tilføj den igen i Min konto, eller vælg en anden verifikationsmetode.

## Afvisninger på et hvilket som helst login-trin

login-expired-title = Denne loginside er udløbet
login-expired = Loginsider er kun gyldige i begrænset tid og kun én gang. Hvis du var ved at logge ind på en applikation, så gå tilbage til den, og log ind igen; ellers skal du starte fra forsiden.
login-form-incomplete = Formularen blev ikke udfyldt helt. Gå tilbage, og prøv igen.
login-request-invalid = Den anmodning, applikationen har sendt, er ugyldig og kan derfor ikke udføres. Gå tilbage til applikationen, og prøv igen.
login-already-completed = Dette login er allerede gennemført.
login-redirect-invalid = Den registrerede omdirigerings-URI er ugyldig.

## Der kræves en stærkere verifikationsmetode (en applikation kræver et højere niveau)

login-step-up-title = Der kræves en stærkere verifikationsmetode
# $level er en af login-level-*.
login-step-up-needed = { $client } kræver login på niveau ”{ $level }” (adgangskode og en anden verifikationsmetode, f.eks. en mobiltelefon eller en sikkerhedsnøgle). Din konto har endnu ikke en sådan metode.
login-step-up-hint = Tilføj et mobilnummer, en mobilenhed eller en sikkerhedsnøgle i Min konto, og kom så tilbage.
login-step-up-account = Gå til Min konto for at tilføje en verifikationsmetode
login-return-to-app = Vend tilbage til applikationen

## Tilbage til applikationen (form_post.html, når browseren ikke kører scripts)

login-form-post-title = Tilbage til applikationen
login-form-post-noscript = JavaScript er slået fra: tryk på knappen for at fortsætte.
login-continue = Fortsæt

## Log ud (logout.html)

login-logout-title = Log ud
# $email er adressen på den konto, der er logget ind.
login-logout-question-as = Vil du logge ud af { $brand } som { $email }?
login-logout-question = Vil du logge ud af { $brand }?
login-logout-apps = Du bliver logget ud af de applikationer, du har brugt i denne session.
login-logout-submit = Log ud
login-signed-out-title = Du er logget ud
login-signed-out = Du er logget ud af { $brand }.
login-sign-in-again = Log ind igen
# id_token_hint, client_id og post_logout_redirect_uri er navne på protokolparametre:
# lad dem stå uændret.
login-logout-bad-hint = id_token_hint er ikke et ID-token udstedt af denne udbyder.
login-logout-client-mismatch = client_id svarer ikke til id_token_hint.
login-logout-uri-unregistered = post_logout_redirect_uri er ikke registreret for denne applikation.
login-logout-uri-invalid = post_logout_redirect_uri er ugyldig.

## Reglerne for adgangskoder (siderne til at oprette adgangskode, registrering og Min konto)

# $min og $max er antal tegn.
login-policy-rule-length = Mindst { $min } tegn (højst { $max }); nogle få ord uden sammenhæng giver en god adgangskode
login-policy-rule-any = Mellemrum og alle tegn er tilladt; der kræves ingen blanding af tegntyper
login-policy-rule-common = Ikke en almindeligt brugt eller lækket adgangskode og ikke let at gætte (ingen gentagne ord, tasterækker eller sekvenser)
login-policy-rule-personal = Må ikke indeholde dit navn eller din e-mailadresse
# $length og $min er antal tegn.
login-policy-too-short = Adgangskoden er for kort: { $length ->
    [one] { $length } tegn
   *[other] { $length } tegn
}; der kræves mindst { $min }.
# $max er et antal tegn.
login-policy-too-long = Adgangskoden er for lang: højst { $max } tegn.
login-policy-personal = Adgangskoden må ikke indeholde dit navn eller din e-mailadresse.
login-policy-common = Denne adgangskode er for almindelig: den findes på lister over lækkede adgangskoder.
login-policy-guessable = Denne adgangskode er for let at gætte. Prøv nogle få ord uden sammenhæng, f.eks. en kort sætning, som kun du ville skrive.
# $reason er en af login-policy-why-*: hvorfor den er let at gætte.
login-policy-guessable-because = Denne adgangskode er for let at gætte: { $reason } Prøv nogle få ord uden sammenhæng, f.eks. en kort sætning, som kun du ville skrive.
login-policy-why-keyboard-rows = lige rækker af taster er lette at gætte.
login-policy-why-keyboard-patterns = korte tastaturmønstre er lette at gætte.
login-policy-why-repeats = gentagelser som ”aaa” er lette at gætte.
login-policy-why-repeated-words = gentagelser som ”abcabcabc” er kun lidt sværere at gætte end ”abc”.
login-policy-why-top-10 = dette er en af de 10 mest almindelige adgangskoder.
login-policy-why-top-100 = dette er en af de 100 mest almindelige adgangskoder.
login-policy-why-common = dette er en meget almindelig adgangskode.
login-policy-why-similar = dette ligner en almindeligt brugt adgangskode.
login-policy-why-sequences = sekvenser som abc eller 6543 er lette at gætte.
login-policy-why-years = de seneste år er lette at gætte.
login-policy-why-word = et enkelt ord er let at gætte.
login-policy-why-dates = datoer er ofte lette at gætte.
login-policy-why-names = for- og efternavne alene er lette at gætte.
login-policy-why-common-names = almindelige for- og efternavne er lette at gætte.
