# Udbyderens tekster på dansk (account); se main.ftl.
# { $brand } er tjenestens navn, som det er konfigureret (f.eks. ”EU Login”); det er
# tilgængeligt i alle meddelelser. Hvor { $wait } eller { $when } står, er det allerede en hel
# vending på læserens sprog: ”1 time 5 minutter”, ”6. december 2026 kl. 08:34 UTC”.

## Ord, som flere kontosider deler

account-first-name = Fornavn
account-last-name = Efternavn
account-email = E-mail
account-language = Sprog
account-cancel = Annuller
account-submit = Send
account-save = Gem
account-delete = Slet
account-sign-in = Log ind
account-back = Min konto
account-wait-title = Vent, før du beder om det igen
account-link-invalid-title = Dette link er ikke længere gyldigt
account-check-email-title = Tjek din e-mail
# I kolonnen ”Niveau” på sessionssiden (hvor de andre viser ”grundlæggende”, ”middel” eller
# ”højt”, login-level-*): sessionens verifikationsniveau er ikke længere gyldigt, det blev
# påvist for for længe siden.
account-level-expired = udløbet
# I kolonnen ”Oprindelse” på sessions- og aktivitetssiderne, når kildeadressen for et login
# eller en hændelse ikke kendes.
account-ip-unknown = ukendt

## Forside (templates/home.html)

# $name er brugerens navn, som vedkommende har angivet det (”Ada LOVELACE”).
account-home-welcome = Velkommen { $name }
account-home-signed-in = Du er logget ind på { $brand } som { $email }.
# $level er en af login-level-basic, -medium, -high.
account-home-signed-in-level = Du er logget ind på { $brand } som { $email } (verifikationsniveau: { $level }).
account-home-change-password-hint = (i Min konto, med din nuværende adgangskode)
account-home-forgot-password = Har du glemt din adgangskode?
account-home-sign-out = Log ud
account-home-intro = Én konto til at logge ind på alle applikationer, der er forbundet med { $brand }.
account-home-register = Opret en konto

## Min konto (templates/account.html)

account-title = Min konto
account-details-heading = Mine kontooplysninger
# Efter kontoens e-mailadresse: adressen administreres uden for denne tjeneste.
account-email-external = { $email } (ekstern)
account-level = Verifikationsniveau for denne session
account-needs-second-factor = Applikationer som CPMS kræver en anden verifikationsmetode: tilføj et mobilnummer, en mobilenhed, en sikkerhedsnøgle eller en godkendelsesapp.
account-menu-change-password = Skift adgangskode
account-menu-details = Rediger mine personoplysninger
account-menu-delete = Slet min konto
account-menu-devices = Administrer mine mobilenheder
account-menu-phones = Administrer mine mobilnumre
account-menu-security-keys = Administrer mine sikkerhedsnøgler
# Efter ”Administrer mine sikkerhedsnøgler”, når kontoen har mindst én.
account-menu-security-keys-added = (tilføjet)
account-menu-authenticator-apps = Administrer mine godkendelsesapps
account-menu-sessions = Vis mine sessioner
account-menu-sessions-hint = Du kan se de sessioner, der er åbnet for de applikationer, du har besøgt.
account-menu-delete-devices = Slet alle mine enheder
account-menu-delete-devices-hint = Ved ny telefon: fjerner alle mobilenheder, sikkerhedsnøgler og godkendelsesapps.
account-menu-activity = Aktivitet
account-menu-activity-hint = De seneste sikkerhedshændelser på din konto.
account-notice-password = Din adgangskode er ændret. Dine andre sessioner er afsluttet.
account-notice-details = Dine personoplysninger er gemt.
account-notice-devices = Alle dine enheder er slettet. Du kan nu tilføje din nye enhed.
account-notice-session = Sessionen er afsluttet.
account-notice-sent-again = E-mailen er på vej igen.
## E-mails, som udbakken har opgivet (templates/account.html)
account-undelivered-title = Nogle e-mails nåede ikke frem til dig
# $email: kontoens adresse.
account-undelivered = Mailserveren for { $email } afviste disse e-mails, eller de kunne ikke leveres i tide. Hvis din postkasse var fuld, eller adressen er ændret, skal du først rette det og derefter sende dem igen.
# $subject: e-mailens emne; $when: hvornår den blev opgivet.
account-undelivered-item = ”{ $subject }”, { $when }
account-undelivered-send-again = Send igen
account-undelivered-gone = Denne e-mail kan ikke sendes igen: den er allerede sendt, eller den er ikke din.

## Rediger mine personoplysninger (templates/account_details.html, account/profile.rs)

account-details-title = Rediger mine personoplysninger
account-first-name-missing = Indtast dit fornavn.
account-last-name-missing = Indtast dit efternavn.
account-first-name-too-long = Fornavnet må højst være på 100 almindelige tegn.
account-last-name-too-long = Efternavnet må højst være på 100 almindelige tegn.
account-language-invalid = Vælg et sprog på listen.

## Skift adgangskode (templates/account_password.html)

account-password-title = Skift adgangskode
account-password-wait = Af sikkerhedshensyn skal du vente, før du kan skifte din adgangskode igen: { $wait } tilbage. Kontakt helpdesken i hastende tilfælde.
account-password-rules = Din nye adgangskode skal overholde disse regler:
account-password-current = Nuværende adgangskode
account-password-new = Ny adgangskode
account-password-confirm = Bekræft den nye adgangskode
account-password-too-long = Adgangskoden er for lang.
account-password-wrong-current = Din nuværende adgangskode er forkert.
account-password-too-soon = Af sikkerhedshensyn skal du vente, før du skifter din adgangskode igen: { $wait } tilbage. Kontakt helpdesken i hastende tilfælde.
account-password-mismatch = De to nye adgangskoder er ikke ens.

## Slet min konto (templates/account_delete.html)

account-delete-title = Slet min konto
account-delete-warning = Din konto i { $brand } med tilhørende mobilnumre, enheder og sikkerhedsnøgler bliver slettet, og alle applikationer, du er logget ind på, får besked. Dette kan ikke fortrydes.
account-delete-confirm = Jeg vil slette min konto i { $brand }
account-delete-unconfirmed = Sæt kryds i feltet for at bekræfte, at din konto skal slettes.
account-deleted-title = Din konto er slettet
account-deleted = Din konto i { $brand } og alt, hvad der var knyttet til den, er slettet.

## Slet alle mine enheder (templates/account_delete_devices.html)

account-delete-devices-title = Slet alle mine enheder
account-delete-devices-pending = Alle verifikationsmetoder på din konto bliver fjernet den { $when }, som du har bedt om pr. e-mail.
account-delete-devices-none = Din konto har ingen mobilenhed, sikkerhedsnøgle eller godkendelsesapp. Tilføj en i Min konto.
account-delete-devices-now = Brug dette, når du har fået en ny telefon: alle mobilenheder, sikkerhedsnøgler og godkendelsesapps på din konto bliver fjernet. Tilføj derefter din nye enhed via ”Administrer mine mobilenheder”. Dine mobilnumre bevares.
account-delete-devices-why = For at beskytte din konto kan din adgangskode ikke alene fjerne dine verifikationsmetoder: den, der har fået fat i den, kunne så tilføje sine egne.
account-delete-devices-can-use = Jeg kan stadig bruge en af dem
account-delete-devices-can-use-text = Log ind igen med din gamle telefon, sikkerhedsnøgle eller godkendelsesapp, og slet dem så alle på én gang.
account-delete-devices-reauth = Log ind med en verifikationsmetode
account-delete-devices-cannot-use = Jeg kan ikke bruge nogen af dem
# $wait er ventetiden ved en gendannelse (”24 timer”).
account-delete-devices-recovery = Vi sender et link til din e-mailadresse. Når du har bekræftet med det, bliver alle verifikationsmetoder på din konto (mobilenheder, sikkerhedsnøgler, godkendelsesapps og mobilnumre) fjernet { $wait } senere. Du får straks besked pr. e-mail og kan annullere indtil da.
account-delete-devices-send-link = Send mig linket

## Fjernelse af alle verifikationsmetoder via e-mail (templates/account_recovery.html)

account-recovery-title = Fjern alle verifikationsmetoder
# $minutes: hvor længe linket kan bruges.
account-recovery-sent = Der er sendt et link til { $email }. Det er gyldigt i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}.
account-recovery-sent-next = Følg det for at bekræfte. Dine verifikationsmetoder bliver fjernet { $wait } efter din bekræftelse, og du kan annullere indtil da.
account-recovery-confirm-text = Alle mobilenheder, sikkerhedsnøgler, godkendelsesapps og mobilnumre på kontoen { $email } i { $brand } bliver fjernet { $wait } efter din bekræftelse. Du får besked pr. e-mail med et link til at annullere.
account-recovery-confirm = Bekræft
account-recovery-started-title = Fjernelsen er bekræftet
account-recovery-started = Alle verifikationsmetoder på din konto bliver fjernet den { $when }.
account-recovery-started-next = Du har fået en e-mail med et link til at annullere. Efter dette tidspunkt skal du logge ind med din adgangskode og tilføje din nye enhed i Min konto.
account-recovery-cancel-title = Annuller fjernelsen af dine verifikationsmetoder
account-recovery-due = Alle verifikationsmetoder på din konto er planlagt til at blive fjernet den { $when }.
account-recovery-cancel = Annuller fjernelsen
account-recovery-cancel-hint = Hvis du ikke har bedt om det, så skift også din adgangskode: nogen kender den.
account-recovery-cancelled-title = Fjernelsen er annulleret
account-recovery-cancelled = Intet blev fjernet. Dine verifikationsmetoder forbliver, som de er.
account-recovery-nothing-title = Intet at annullere
account-recovery-nothing = Der var ingen ventende fjernelse af dine verifikationsmetoder.
account-recovery-invalid = Det link, du har fulgt, er udløbet, er allerede brugt eller er erstattet af et nyere.
account-recovery-start-again = Start forfra fra ”Slet alle mine enheder”
account-recovery-paced = Der blev sendt en e-mail med et link for kort tid siden. Du kan bede om en ny om { $wait }.

## Mine sessioner (templates/account_sessions.html)

account-sessions-page-title = Vis mine sessioner
account-sessions-title = Mine sessioner
account-sessions-started = Startet
account-sessions-last-seen = Sidst aktiv
account-sessions-level = Niveau
account-sessions-from = Oprindelse
# Overskriften på kolonnen med knapper, kun til skærmlæsere.
account-sessions-action = Handling
account-sessions-current = Denne session
account-sessions-end = Afslut denne session
account-sessions-not-yours = Denne session er ikke din, eller den er allerede afsluttet.

## Aktivitet (templates/account_activity.html, account/activity.rs)

account-activity-title = Aktivitet
account-activity-intro = De seneste sikkerhedshændelser på din konto.
account-activity-when = Hvornår
account-activity-what = Hvad
account-activity-from = Oprindelse
account-activity-details = Detaljer
account-event-signin-success = Logget ind
account-event-signin-failure = Mislykket login
account-event-signed-out = Logget ud
account-event-account-registered = Konto oprettet
account-event-account-locked = Login med adgangskode spærret efter for mange mislykkede forsøg
account-event-password-set = Adgangskode oprettet eller ændret
account-event-factor-added = Verifikationsmetode tilføjet
account-event-factor-removed = Verifikationsmetode fjernet
account-event-sms-sent = Sms sendt
account-event-device-locked = Mobilenhed spærret (forkerte pinkoder)
account-event-push-denied = Loginanmodning afvist på en mobilenhed
account-event-push-wrong-number = Forkert tal valgt på en mobilenhed
account-event-token-revoked = Adgang tilbagekaldt af en applikation
account-event-code-replayed = En loginkode blev brugt to gange: den adgang, den gav, er tilbagekaldt
account-event-refresh-reused = Et gammelt adgangstoken blev genbrugt: den adgang, det hørte til, er tilbagekaldt
account-event-recovery-link-sent = Anmodet om fjernelse af alle verifikationsmetoder (link sendt pr. e-mail)
account-event-recovery-started = Fjernelse af alle verifikationsmetoder bekræftet (ventetid)
account-event-recovery-cancelled = Fjernelse af alle verifikationsmetoder annulleret
account-event-access-requested = Anmodet om adgang
account-event-access-approved = Adgangsanmodning godkendt
account-event-access-denied = Adgangsanmodning afvist
account-event-access-revoked = Adgang tilbagekaldt
account-event-message-undelivered = E-mail eller sms ikke leveret
# En værdi, der er gemt med en hændelse, vist som den er: en applikations navn, en
# begrundelse skrevet af helpdesken eller det interne navn på en hændelse, som denne version
# ikke har ord for.
account-activity-data = { $value }
# Detaljerne om en hændelse er korte vendinger adskilt af kommaer, for eksempel:
# ”med Mobiltelefon + sms, niveau middel, for CPMS” eller ”sikkerhedsnøgle ”YubiKey”, niveau højt”.
account-activity-factor-phone = mobilnummer
account-activity-factor-mobile-device = mobilenhed
account-activity-factor-security-key = sikkerhedsnøgle
account-activity-factor-authenticator-app = godkendelsesapp
account-activity-factor-count = { $count ->
    [one] { $count } verifikationsmetode
   *[other] { $count } verifikationsmetoder
}
# $factor er en af vendingerne account-activity-factor-*; $name det navn, ejeren har givet den.
account-activity-factor-named = { $factor } ”{ $name }”
# $factor er ”mobilnummer”; $phone nummeret, delvist skjult (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = ”{ $name }”
# $method er den anvendte verifikationsmetode (en af login-method-*).
account-activity-method = med { $method }
# $level er en af login-level-basic, -medium, -high.
account-activity-level = niveau { $level }
# $client er navnet på den applikation, der blev logget ind på.
account-activity-client = for { $client }
account-activity-via-my-account = i Min konto
account-activity-via-set-password = med linket i registreringsmailen
account-activity-via-reset = med et ”Har du glemt din adgangskode?”-link
account-activity-via-recovery = efter en gendannelse af kontoen
account-activity-purpose-sms-enrol = for at bekræfte et nyt nummer
account-activity-purpose-sms-login = for at logge ind
# $phone er et mobilnummer, delvist skjult (+32******456).
account-activity-to = til { $phone }
account-activity-pin-failures = efter { $count ->
    [one] { $count } forkert pinkode
   *[other] { $count } forkerte pinkoder
}
account-activity-until = indtil { $when }
account-activity-on = den { $when }
# $profile er koden for en applikations adgangsprofil (CPMS_USER).
account-activity-profile = adgangsprofil { $profile }
# $name er navnet på det medlem af helpdesken, der traf afgørelsen.
account-activity-by = af { $name }
account-activity-by-helpdesk = af helpdesken
# $reason er en af vendingerne account-activity-reason-* eller en begrundelse skrevet af helpdesken.
account-activity-reason = begrundelse: { $reason }
account-activity-reason-wrong-password = forkert adgangskode
account-activity-reason-no-password = ingen adgangskode oprettet
account-activity-reason-unknown-account = ukendt konto
account-activity-reason-locked = spærret
account-activity-reason-wrong-code = forkert kode
account-activity-reason-code-reused = kode genbrugt
account-activity-reason-too-many-codes = for mange koder
account-activity-reason-too-many-codes-hour = for mange koder i denne time
account-activity-reason-device-locked = enhed spærret
account-activity-reason-expired = anmodning udløbet
account-activity-reason-not-verified = svar ikke verificeret
account-activity-reason-already-registered = allerede registreret
account-activity-token-access = adgangstoken
account-activity-token-refresh = opdateringstoken
account-activity-grant-revoked = tilladelse tilbagekaldt
account-activity-family-revoked = tokenfamilie tilbagekaldt

## Opret en konto (templates/register.html, account/registration.rs)

account-register-title = Opret en konto
account-register-intro = Brug helst e-mailadressen fra din institution. Du får en e-mail med et link til at oprette din adgangskode.
account-register-email-confirm = Bekræft e-mail
# Kontoens sprog: sproget i dens e-mails og på dens sider, medmindre et andet vælges.
account-register-language = Sprog i e-mails
account-register-submit = Opret en konto
account-register-sign-in = Har du allerede en konto? Log ind
account-register-thanks = Tak for din registrering.
# $minutes: hvor længe linket kan bruges.
account-register-sent = En e-mail med et link til at oprette din adgangskode er på vej til { $email }. Linket er gyldigt i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}. Det kan tage et par minutter, før e-mailen kommer frem; tjek også din spammappe.
account-register-first-name-invalid = Dit fornavn er for langt eller indeholder tegn, der ikke er tilladt.
account-register-last-name-invalid = Dit efternavn er for langt eller indeholder tegn, der ikke er tilladt.
account-register-email-invalid = Indtast en gyldig e-mailadresse, f.eks. navn@hospital.eu.
account-register-email-mismatch = De to e-mailadresser er ikke ens.
account-register-throttled = Der blev sendt en e-mail til denne adresse for kort tid siden, eller der er anmodet om for mange fra dit netværk. Du kan prøve igen om { $wait }.

## Opret din adgangskode (templates/set_password.html, account/links.rs)

account-set-password-title = Opret din adgangskode
# $email er adressen på den konto, hvis adgangskode oprettes.
account-set-password-account = Konto: { $email }
account-set-password-rules = Din adgangskode skal overholde disse regler:
account-set-password-new = Ny adgangskode
account-set-password-confirm = Bekræft den nye adgangskode
account-set-password-mismatch = De to adgangskoder er ikke ens.
account-set-password-done-title = Din adgangskode er oprettet
account-set-password-done = Din adgangskode er gemt. Du kan nu logge ind med din e-mailadresse og denne adgangskode.
account-password-recent-title = Du har for nylig skiftet din adgangskode
account-password-recent = Af sikkerhedshensyn skal du vente, før du skifter din adgangskode igen. Du kan skifte den igen om { $wait }.
account-password-urgent = Kontakt helpdesken i hastende tilfælde.

## Har du glemt din adgangskode? (templates/forgot_password.html)

account-forgot-title = Har du glemt din adgangskode?
# $minutes: hvor længe et link kan bruges.
account-forgot-expired = Det link, du har fulgt, er udløbet eller allerede brugt. Links er gyldige i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
} og kan bruges én gang.
account-forgot-again = Indtast din e-mailadresse igen for at få et nyt link.
account-forgot-intro = Indtast e-mailadressen til din konto i { $brand }. Vi sender dig et link til at vælge en ny adgangskode, som er gyldigt i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}.
account-forgot-submit = Send mig et link
# $email er den indtastede adresse; $wait hvor længe der går, før der kan bedes om et nyt link.
account-forgot-sent = Hvis der findes en konto i { $brand } for { $email }, er en e-mail med et link til at vælge en adgangskode på vej. Linket er gyldigt i { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}. Hvis den ikke kommer frem, kan du bede om et nyt om { $wait }.
