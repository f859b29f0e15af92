# De teksten van de aanbieder in het Nederlands (login); zie main.ftl.
# De aanmeldpagina's (identificatie, wachtwoord, tweede factor), het afmelden, de pagina die
# terugkeert naar een toepassing, en de wachtwoordregels.
# { $brand } is de naam van de dienst (bijvoorbeeld "EU Login"); { $client } is de naam van
# de toepassing waarbij de gebruiker zich aanmeldt. Beide zijn namen: nooit vertalen.

## Gedeeld door de aanmeldpagina's

# De titel van het browsertabblad van de eerste aanmeldpagina's ("Aanmelden - EU Login").
login-title = Aanmelden
login-heading = Meld u aan om verder te gaan
# Boven elke aanmeldstap zodra het e-mailadres bekend is; $email is het adres.
login-welcome = Welkom, { $email }
# Een link naast login-welcome die teruggaat naar het veld voor het e-mailadres.
login-not-you = (niet u?)
login-submit = Aanmelden
login-cancel = Annuleren en terugkeren naar de toepassing
login-choose-another = Een andere verificatiemethode kiezen
# Het betrouwbaarheidsniveau dat een toepassing vereist, zoals getoond in
# login-client-requires-factor en login-method-below-level.
login-level-basic = basis
login-level-medium = gemiddeld
login-level-high = hoog

## De namen van de verificatiemethoden (de lijst op de wachtwoordpagina, paginatitels)

login-method-password = Wachtwoord
login-method-sms = Mobiele telefoon + sms
login-method-app-pin = Pincode mobiele app
login-method-app-qr = QR-code mobiele app
login-method-webauthn = Beveiligingssleutel of platform
login-method-totp = Authenticatie-app (TOTP)

## Opnieuw aanmelden vóór een wijziging in Mijn account (boven het aanmeldformulier)

login-reauth-delete-devices = Om al uw apparaten te verwijderen, moet u bevestigen dat u het bent door u opnieuw aan te melden.
login-reauth-devices = Om een mobiel apparaat toe te voegen of te verwijderen, moet u bevestigen dat u het bent door u opnieuw aan te melden.
login-reauth-phones = Om een mobiel telefoonnummer toe te voegen of te verwijderen, moet u bevestigen dat u het bent door u opnieuw aan te melden.
login-reauth-security-keys = Om een beveiligingssleutel toe te voegen of te verwijderen, moet u bevestigen dat u het bent door u opnieuw aan te melden.
login-reauth-authenticator-apps = Om een authenticatie-app toe te voegen of te verwijderen, moet u bevestigen dat u het bent door u opnieuw aan te melden.
login-reauth-delete-account = Om uw account te verwijderen, moet u bevestigen dat u het bent door u opnieuw aan te melden.
login-reauth-sessions = Om een sessie te beëindigen, moet u bevestigen dat u het bent door u opnieuw aan te melden.
# Volgt op een van de login-reauth-*-zinnen.
login-reauth-why = Voor wijzigingen in de manier waarop u zich aanmeldt, is altijd een recente aanmelding nodig.

## De identificatiepagina (login_identifier.html)

login-client-uses = { $client } gebruikt { $brand } om u te identificeren.
login-email-label = Gebruik uw e-mailadres
login-email-required = Voer het e-mailadres van uw { $brand }-account in.
login-remember = Onthoud mij op dit apparaat
login-next = Volgende
login-create-account = Account aanmaken

## De wachtwoordpagina (login_password.html)

# $level is een van login-level-*.
login-client-requires-factor = { $client } vereist een aanmelding met een tweede verificatiemethode (niveau “{ $level }”).
login-password-label = Wachtwoord
login-method-label = Kies uw verificatiemethode
login-method-hint = Mobiele telefoonnummers, mobiele apparaten en beveiligingssleutels voegt u toe in Mijn account (tandwielmenu) nadat u zich met uw wachtwoord hebt aangemeld.
login-lost-password = Wachtwoord vergeten?
login-method-invalid = Kies een van de verificatiemethoden in de lijst.
login-invalid-credentials = Ongeldig e-mailadres of wachtwoord
# $until is een datum en tijd ("6 december 2026 om 08:34 UTC"), $wait een tijdsduur
# ("1 uur 5 minuten"). "Wachtwoord vergeten?" is de link login-lost-password.
login-locked = Te veel mislukte aanmeldpogingen met dit e-mailadres. Ter bescherming van het account is aanmelden met een wachtwoord geblokkeerd tot { $until } (nog { $wait }). Bent u uw wachtwoord vergeten, kies dan een nieuw wachtwoord via “Wachtwoord vergeten?”.
# $wait is een tijdsduur ("5 minuten").
login-throttled = Te veel mislukte aanmeldpogingen vanaf uw netwerk. Probeer het over { $wait } opnieuw.

## De tweede verificatiemethode kiezen (login_second_factor.html)

login-second-factor-title = Verificatiemethode
login-password-accepted = Uw wachtwoord is geaccepteerd.
# $method is een van login-method-*.
login-method-not-added = U hebt deze verificatiemethode ({ $method }) nog niet aan uw account toegevoegd.
# $method is een van login-method-*, $level een van login-level-*.
login-method-below-level = { $method } haalt niet het niveau dat deze toepassing vereist ({ $level }).
login-no-usable-method = Uw account heeft nog geen verificatiemethode die deze toepassing accepteert.
login-not-added-yet = Nog niet aan uw account toegevoegd:
# Eén regel per methode die de gebruiker niet heeft toegevoegd; gevolgd door de link login-method-missing-link.
login-method-missing = { $method }: meld u aan met uw wachtwoord en voeg de methode daarna toe in Mijn account (tandwielmenu).
# Een link naar de pagina van Mijn account waar de methode wordt toegevoegd.
login-method-missing-link = { $method } in Mijn account
# $method is een van login-method-*.
login-method-not-accepted = Deze toepassing accepteert { $method } niet.

## Mobiele telefoon + sms (login_sms.html)

login-sms-send-to = Een controlecode per sms sturen naar
login-sms-send = Code versturen
login-sms-sent = Er is een controlecode per sms naar uw mobiele telefoon gestuurd. Het kan tot 8 minuten duren voordat die aankomt.
# $wait is een tijdsduur ("1 minuut").
login-sms-next-code = Als er geen code aankomt, kunt u over { $wait } een nieuwe aanvragen.
login-sms-resend = Nieuwe code versturen
login-sms-off = Mobiele telefoon + sms wordt door deze dienst niet aangeboden.
login-sms-limited-title = Wacht even voordat u een nieuwe code aanvraagt
# $wait is een tijdsduur ("1 minuut").
login-sms-limited = Er is kort geleden al een sms verstuurd, of er zijn er te veel verstuurd. U kunt over { $wait } een nieuwe code aanvragen.
login-sms-not-delivered = De sms met uw code kon niet op dit nummer worden afgeleverd. Verstuur een nieuwe code, of kies een andere verificatiemethode.
login-sms-choose-phone = Kies een van uw geregistreerde mobiele telefoonnummers.
login-sms-wrong = De controlecode is niet juist. { $remaining ->
    [one] Nog { $remaining } poging.
   *[other] Nog { $remaining } pogingen.
}
login-sms-dead = Deze controlecode is niet meer geldig (verlopen, vervangen of te veel onjuiste pogingen). Vraag een nieuwe code aan.

## Authenticatie-app (login_totp.html)

# De titel van het browsertabblad van de pagina van de authenticatie-app.
login-totp-title = Authenticatie-app
login-totp-intro = Open de authenticatie-app op uw telefoon en voer de 6-cijferige code in die de app voor { $brand } toont.
login-totp-code-label = Voer de 6-cijferige code in
login-totp-wrong = De code is niet juist. Voer de 6-cijferige code in die uw authenticatie-app nu toont. { $remaining ->
    [one] Nog { $remaining } poging.
   *[other] Nog { $remaining } pogingen.
}
login-totp-reused = Deze code is al gebruikt. Wacht tot uw authenticatie-app een nieuwe code toont en voer die in. { $remaining ->
    [one] Nog { $remaining } poging.
   *[other] Nog { $remaining } pogingen.
}
login-totp-stopped = Er zijn te veel onjuiste codes ingevoerd. Voor uw veiligheid is deze aanmelding afgebroken: begin opnieuw vanuit de toepassing.
login-totp-paused-title = Te veel onjuiste codes
# $wait is een tijdsduur ("50 minuten").
login-totp-paused = Er zijn voor uw account te veel onjuiste codes van een authenticatie-app ingevoerd. U kunt de app over { $wait } weer gebruiken; kies in de tussentijd een andere verificatiemethode.

## Beveiligingssleutel of platform (login_webauthn.html)

login-webauthn-intro = Steek uw beveiligingssleutel in en raak die aan, of ontgrendel uw computer of telefoon, wanneer uw browser daarom vraagt.
login-webauthn-start = Mijn beveiligingssleutel gebruiken
login-webauthn-off = Beveiligingssleutels kunnen niet met deze dienst worden gebruikt.

## Pincode mobiele app (login_app_pin.html)

login-app-pin-intro = Er is een verzoek om u aan te melden bij { $client } naar uw mobiele apparaten gestuurd. Open de mobiele app van { $brand }, kies dit getal en voer uw pincode in:
login-app-pin-waiting = Wachten op uw goedkeuring op uw mobiele apparaat…
# Een knop die alleen wordt getoond als de browser geen scripts uitvoert.
login-app-pin-continue = Ik heb goedgekeurd: doorgaan
login-app-pin-resend = Nieuw verzoek versturen
login-app-pin-approved = Goedgekeurd op uw mobiele apparaat. U wordt aangemeld…
login-app-pin-denied = Het verzoek is op uw mobiele apparaat geweigerd.
login-app-pin-wrong-number = Het getal dat op uw mobiele apparaat is gekozen, was niet het getal dat hier wordt getoond. Het verzoek is geannuleerd.
login-app-pin-expired = Het verzoek is verlopen. Stuur een nieuw verzoek naar uw mobiele apparaat.
login-app-pin-limited-title = Te veel verzoeken
# $wait is een tijdsduur ("1 minuut").
login-app-pin-limited = Er zijn te veel aanmeldverzoeken naar uw mobiele apparaten gestuurd. Probeer het over { $wait } opnieuw, of kies een andere verificatiemethode.

## QR-code mobiele app (login_app_qr.html)

login-app-qr-intro = Scan deze QR-code met de mobiele app van { $brand } en voer uw pincode in de app in. Uw telefoon heeft hiervoor geen netwerkverbinding nodig.
# Het tekstalternatief voor de afbeelding van de QR-code.
login-app-qr-alt = QR-code om te scannen met de mobiele app van { $brand }
login-app-qr-paste = Lukt scannen niet? Plak deze tekst in de app:
login-app-qr-code-label = Code die uw app heeft gegenereerd
login-app-qr-wrong = De code is niet juist. { $remaining ->
    [one] Nog { $remaining } poging.
   *[other] Nog { $remaining } pogingen.
}
login-app-qr-dead = Deze QR-code is niet meer geldig (verlopen of te veel onjuiste codes). Er wordt een nieuwe QR-code getoond: scan die met uw app.
login-app-qr-locked-title = Mobiel apparaat geblokkeerd
login-app-qr-locked = Uw mobiele apparaat is geblokkeerd na te veel onjuiste codes of pincodes. Verwijder het in Mijn account en voeg het opnieuw toe, of kies een andere verificatiemethode.

## Weigeringen bij elke aanmeldstap

login-expired-title = Deze aanmeldpagina is verlopen
login-expired = Aanmeldpagina's zijn maar een beperkte tijd geldig en kunnen maar één keer worden gebruikt. Als u zich bij een toepassing aan het aanmelden was, ga dan terug naar die toepassing en meld u opnieuw aan; begin anders op de startpagina.
login-form-incomplete = Het formulier is niet volledig ingevuld. Ga terug en probeer het opnieuw.
login-request-invalid = Het verzoek van de toepassing is niet geldig en kan daarom niet worden uitgevoerd. Ga terug naar de toepassing en probeer het opnieuw.
login-already-completed = Deze aanmelding is al voltooid.
login-redirect-invalid = De geregistreerde URI voor doorverwijzing is niet geldig.

## Een sterkere verificatiemethode is vereist (een toepassing vraagt een hoger niveau)

login-step-up-title = Een sterkere verificatiemethode is vereist
# $level is een van login-level-*.
login-step-up-needed = { $client } vereist een aanmelding op niveau “{ $level }” (wachtwoord en een tweede verificatiemethode, zoals een mobiele telefoon of een beveiligingssleutel). Uw account heeft nog geen dergelijke methode.
login-step-up-hint = Voeg in Mijn account een mobiel telefoonnummer, een mobiel apparaat of een beveiligingssleutel toe en kom dan terug.
login-step-up-account = Naar Mijn account om een verificatiemethode toe te voegen
login-return-to-app = Terug naar de toepassing

## Terugkeren naar de toepassing (form_post.html, als de browser geen scripts uitvoert)

login-form-post-title = Terug naar de toepassing
login-form-post-noscript = JavaScript staat uit: klik op de knop om verder te gaan.
login-continue = Doorgaan

## Afmelden (logout.html)

login-logout-title = Afmelden
# $email is het adres van het aangemelde account.
login-logout-question-as = Wilt u zich als { $email } afmelden bij { $brand }?
login-logout-question = Wilt u zich afmelden bij { $brand }?
login-logout-apps = U wordt afgemeld bij de toepassingen die u in deze sessie hebt gebruikt.
login-logout-submit = Afmelden
login-signed-out-title = U bent afgemeld
login-signed-out = U bent afgemeld bij { $brand }.
login-sign-in-again = Opnieuw aanmelden
# id_token_hint, client_id en post_logout_redirect_uri zijn namen van protocolparameters:
# ongewijzigd laten.
login-logout-bad-hint = De id_token_hint is geen ID-token dat door deze aanbieder is uitgegeven.
login-logout-client-mismatch = De client_id komt niet overeen met de id_token_hint.
login-logout-uri-unregistered = De post_logout_redirect_uri is niet geregistreerd voor deze toepassing.
login-logout-uri-invalid = De post_logout_redirect_uri is niet geldig.

## De wachtwoordregels (pagina's voor het instellen van het wachtwoord, registratie en Mijn account)

# $min en $max zijn aantallen tekens.
login-policy-rule-length = Minstens { $min } tekens (maximaal { $max }); een paar losse woorden vormen een goed wachtwoord
login-policy-rule-any = Spaties en alle tekens zijn toegestaan; een mix van soorten tekens is niet vereist
login-policy-rule-common = Geen veelgebruikt of gelekt wachtwoord, en niet gemakkelijk te raden (geen herhaalde woorden, rijen toetsen of reeksen)
login-policy-rule-personal = Mag uw naam of e-mailadres niet bevatten
# $length en $min zijn aantallen tekens.
login-policy-too-short = Het wachtwoord is te kort: { $length ->
    [one] { $length } teken
   *[other] { $length } tekens
}, er zijn er minstens { $min } nodig.
# $max is een aantal tekens.
login-policy-too-long = Het wachtwoord is te lang: maximaal { $max } tekens.
login-policy-personal = Het wachtwoord mag uw naam of e-mailadres niet bevatten.
login-policy-common = Dit wachtwoord komt te vaak voor: het staat in lijsten van gelekte wachtwoorden.
login-policy-guessable = Dit wachtwoord is te gemakkelijk te raden. Probeer een paar losse woorden, zoals een korte zin die alleen u zou schrijven.
# $reason is een van login-policy-why-*: waarom het gemakkelijk te raden is.
login-policy-guessable-because = Dit wachtwoord is te gemakkelijk te raden: { $reason } Probeer een paar losse woorden, zoals een korte zin die alleen u zou schrijven.
login-policy-why-keyboard-rows = rechte rijen toetsen zijn gemakkelijk te raden.
login-policy-why-keyboard-patterns = korte toetsenbordpatronen zijn gemakkelijk te raden.
login-policy-why-repeats = herhalingen zoals “aaa” zijn gemakkelijk te raden.
login-policy-why-repeated-words = herhalingen zoals “abcabcabc” zijn maar iets moeilijker te raden dan “abc”.
login-policy-why-top-10 = dit is een van de 10 meest gebruikte wachtwoorden.
login-policy-why-top-100 = dit is een van de 100 meest gebruikte wachtwoorden.
login-policy-why-common = dit is een zeer veelgebruikt wachtwoord.
login-policy-why-similar = dit lijkt op een veelgebruikt wachtwoord.
login-policy-why-sequences = reeksen zoals abc of 6543 zijn gemakkelijk te raden.
login-policy-why-years = recente jaartallen zijn gemakkelijk te raden.
login-policy-why-word = een los woord is gemakkelijk te raden.
login-policy-why-dates = datums zijn vaak gemakkelijk te raden.
login-policy-why-names = voor- en achternamen op zich zijn gemakkelijk te raden.
login-policy-why-common-names = veelvoorkomende voor- en achternamen zijn gemakkelijk te raden.
