# The provider's texts in Slovak (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Prihlásenie
login-heading = Ak chcete pokračovať, prihláste sa
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Vitajte, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (nie ste to vy?)
login-submit = Prihlásiť sa
login-cancel = Zrušiť a vrátiť sa do aplikácie
login-choose-another = Vybrať iný spôsob overenia
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level (úroveň: feminine).
login-level-basic = základná
login-level-medium = stredná
login-level-high = vysoká

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Heslo
login-method-sms = Mobilný telefón + SMS
login-method-app-pin = Kód PIN v mobilnej aplikácii
login-method-app-qr = Kód QR v mobilnej aplikácii
login-method-webauthn = Bezpečnostný kľúč alebo dôveryhodná platforma
login-method-totp = Overovacia aplikácia (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Ak chcete odstrániť všetky svoje zariadenia, potvrďte svoju totožnosť opätovným prihlásením.
login-reauth-devices = Ak chcete pridať alebo odstrániť mobilné zariadenie, potvrďte svoju totožnosť opätovným prihlásením.
login-reauth-phones = Ak chcete pridať alebo odstrániť číslo mobilného telefónu, potvrďte svoju totožnosť opätovným prihlásením.
login-reauth-security-keys = Ak chcete pridať alebo odstrániť bezpečnostný kľúč, potvrďte svoju totožnosť opätovným prihlásením.
login-reauth-authenticator-apps = Ak chcete pridať alebo odstrániť overovaciu aplikáciu, potvrďte svoju totožnosť opätovným prihlásením.
login-reauth-delete-account = Ak chcete odstrániť svoj účet, potvrďte svoju totožnosť opätovným prihlásením.
login-reauth-sessions = Ak chcete ukončiť reláciu, potvrďte svoju totožnosť opätovným prihlásením.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Zmeny spôsobu prihlasovania si vždy vyžadujú nedávne prihlásenie.

## The identifier page (login_identifier.html)

login-client-uses = { $client } vás identifikuje prostredníctvom služby { $brand }.
login-email-label = Použite svoju e-mailovú adresu
login-email-required = Zadajte e-mailovú adresu svojho účtu { $brand }.
login-remember = Zapamätať si ma v tomto zariadení
login-next = Ďalej
login-create-account = Vytvoriť účet

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } vyžaduje prihlásenie s druhým spôsobom overenia (úroveň „{ $level }“).
login-password-label = Heslo
login-method-label = Vyberte spôsob overenia
login-method-hint = Čísla mobilných telefónov, mobilné zariadenia a bezpečnostné kľúče sa pridávajú v časti „Môj účet“ (ponuka s ozubeným kolieskom) po prihlásení heslom.
login-lost-password = Zabudli ste heslo?
login-method-invalid = Vyberte jeden zo spôsobov overenia v zozname.
login-invalid-credentials = Neplatná e-mailová adresa alebo heslo
# $until is a date and time ("6. decembra 2026, 08:34 UTC"), $wait a length of time
# ("1 hodinu 5 minút"). "Zabudli ste heslo?" is the link login-lost-password.
login-locked = Príliš veľa neúspešných pokusov o prihlásenie s touto e-mailovou adresou. Na ochranu účtu je prihlásenie heslom zablokované do { $until } (teda o { $wait }). Ak ste zabudli heslo, zvoľte si nové pomocou odkazu „Zabudli ste heslo?“.
# $wait is a length of time ("5 minút").
login-throttled = Príliš veľa neúspešných pokusov o prihlásenie z vašej siete. Skúste to znova o { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Spôsob overenia
login-password-accepted = Vaše heslo bolo prijaté.
# $method is one of login-method-*.
login-method-not-added = Tento spôsob overenia ({ $method }) ste do svojho účtu zatiaľ nepridali.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Spôsob overenia „{ $method }“ nedosahuje úroveň, ktorú táto aplikácia vyžaduje ({ $level }).
login-no-usable-method = Váš účet zatiaľ nemá žiadny spôsob overenia, ktorý táto aplikácia prijíma.
login-not-added-yet = Zatiaľ nepridané do vášho účtu:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: prihláste sa heslom a potom tento spôsob pridajte v časti „Môj účet“ (ponuka s ozubeným kolieskom).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } v časti „Môj účet“
# $method is one of login-method-*.
login-method-not-accepted = Táto aplikácia neprijíma spôsob overenia „{ $method }“.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Poslať overovací kód v SMS na číslo
login-sms-send = Poslať kód
login-sms-sent = Overovací kód bol odoslaný v SMS na váš mobilný telefón. Doručenie môže trvať až 8 minút.
# $wait is a length of time ("1 minútu").
login-sms-next-code = Ak kód nepríde, môžete si nový vyžiadať o { $wait }.
login-sms-resend = Poslať nový kód
login-sms-off = Táto služba neponúka overenie „Mobilný telefón + SMS“.
login-sms-limited-title = Pred žiadosťou o nový kód chvíľu počkajte
# $wait is a length of time ("1 minútu").
login-sms-limited = SMS bola odoslaná pred chvíľou alebo ich bolo odoslaných príliš veľa. Nový kód si môžete vyžiadať o { $wait }.
login-sms-not-delivered = SMS s vaším kódom sa na toto číslo nepodarilo doručiť. Pošlite nový kód alebo vyberte iný spôsob overenia.
login-sms-choose-phone = Vyberte jedno zo svojich zaregistrovaných čísel mobilných telefónov.
login-sms-wrong = Overovací kód nie je správny. { $remaining ->
    [one] Zostáva { $remaining } pokus.
    [few] Zostávajú { $remaining } pokusy.
    [many] Zostáva { $remaining } pokusu.
   *[other] Zostáva { $remaining } pokusov.
}
login-sms-dead = Tento overovací kód už neplatí (vypršal, bol nahradený alebo bolo zadaných príliš veľa nesprávnych kódov). Pošlite si nový kód.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Overovacia aplikácia
login-totp-intro = Otvorte v telefóne overovaciu aplikáciu a zadajte šesťmiestny kód, ktorý zobrazuje pre { $brand }.
login-totp-code-label = Zadajte šesťmiestny kód
login-totp-wrong = Kód nie je správny. Zadajte šesťmiestny kód, ktorý vaša overovacia aplikácia práve zobrazuje. { $remaining ->
    [one] Zostáva { $remaining } pokus.
    [few] Zostávajú { $remaining } pokusy.
    [many] Zostáva { $remaining } pokusu.
   *[other] Zostáva { $remaining } pokusov.
}
login-totp-reused = Tento kód už bol použitý. Počkajte, kým overovacia aplikácia zobrazí nový kód, a zadajte ho. { $remaining ->
    [one] Zostáva { $remaining } pokus.
    [few] Zostávajú { $remaining } pokusy.
    [many] Zostáva { $remaining } pokusu.
   *[other] Zostáva { $remaining } pokusov.
}
login-totp-stopped = Bolo zadaných príliš veľa nesprávnych kódov. Z bezpečnostných dôvodov bolo toto prihlásenie ukončené: začnite znova z aplikácie.
login-totp-paused-title = Príliš veľa nesprávnych kódov
# $wait is a length of time ("50 minút").
login-totp-paused = Pre váš účet bolo zadaných príliš veľa nesprávnych kódov z overovacej aplikácie. Znova ju budete môcť použiť o { $wait }; dovtedy vyberte iný spôsob overenia.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Keď vás o to prehliadač požiada, vložte bezpečnostný kľúč a dotknite sa ho alebo odomknite počítač či telefón.
login-webauthn-start = Použiť bezpečnostný kľúč
login-webauthn-off = V tejto službe nemožno používať bezpečnostné kľúče.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Do vašich mobilných zariadení bola odoslaná požiadavka na prihlásenie do aplikácie { $client }. Otvorte mobilnú aplikáciu { $brand }, vyberte toto číslo a zadajte svoj kód PIN:
login-app-pin-waiting = Čaká sa na vaše schválenie v mobilnom zariadení...
# A button shown only when the browser runs no script.
login-app-pin-continue = Pokračovať po schválení
login-app-pin-resend = Poslať novú požiadavku
login-app-pin-approved = Schválené v mobilnom zariadení. Prebieha prihlásenie...
login-app-pin-denied = Požiadavka bola v mobilnom zariadení zamietnutá.
login-app-pin-wrong-number = Číslo vybrané v mobilnom zariadení nezodpovedá číslu zobrazenému tu. Požiadavka bola zrušená.
login-app-pin-expired = Platnosť požiadavky vypršala. Pošlite do mobilného zariadenia novú požiadavku.
login-app-pin-limited-title = Príliš veľa požiadaviek
# $wait is a length of time ("1 minútu").
login-app-pin-limited = Do vašich mobilných zariadení bolo odoslaných príliš veľa požiadaviek na prihlásenie. Skúste to znova o { $wait } alebo vyberte iný spôsob overenia.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Naskenujte tento kód QR mobilnou aplikáciou { $brand } a zadajte v aplikácii svoj kód PIN. Telefón na to nepotrebuje pripojenie k sieti.
# The text alternative of the QR code image.
login-app-qr-alt = Kód QR na naskenovanie mobilnou aplikáciou { $brand }
login-app-qr-paste = Nemôžete kód naskenovať? Vložte do aplikácie tento text:
login-app-qr-code-label = Kód vygenerovaný vašou aplikáciou
login-app-qr-wrong = Kód nie je správny. { $remaining ->
    [one] Zostáva { $remaining } pokus.
    [few] Zostávajú { $remaining } pokusy.
    [many] Zostáva { $remaining } pokusu.
   *[other] Zostáva { $remaining } pokusov.
}
login-app-qr-dead = Tento kód QR už neplatí (vypršal alebo bolo zadaných príliš veľa nesprávnych kódov). Zobrazuje sa nový kód QR: naskenujte ho aplikáciou.
login-app-qr-locked-title = Mobilné zariadenie je zablokované
login-app-qr-locked = Vaše mobilné zariadenie bolo zablokované po zadaní príliš veľa nesprávnych kódov alebo kódov PIN. Odstráňte ho a znova ho pridajte v časti „Môj účet“ alebo vyberte iný spôsob overenia.

## Refusals of any sign-in step

login-expired-title = Platnosť tejto prihlasovacej stránky vypršala
login-expired = Prihlasovacie stránky platia len obmedzený čas a možno ich použiť iba raz. Ak ste sa prihlasovali do aplikácie, vráťte sa do nej a prihláste sa znova; inak začnite na domovskej stránke.
login-form-incomplete = Formulár nebol úplne vyplnený. Vráťte sa späť a skúste to znova.
login-request-invalid = Požiadavka odoslaná aplikáciou nie je platná, a preto ju nemožno vykonať. Vráťte sa do aplikácie a skúste to znova.
login-already-completed = Toto prihlásenie už bolo dokončené.
login-redirect-invalid = Zaregistrovaná adresa URI na presmerovanie nie je platná.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Vyžaduje sa silnejší spôsob overenia
# $level is one of login-level-*.
login-step-up-needed = { $client } vyžaduje prihlásenie na úrovni „{ $level }“ (heslo a druhý spôsob overenia, napríklad mobilný telefón alebo bezpečnostný kľúč). Váš účet zatiaľ žiadny taký spôsob nemá.
login-step-up-hint = Pridajte v časti „Môj účet“ číslo mobilného telefónu, mobilné zariadenie alebo bezpečnostný kľúč a potom sa sem vráťte.
login-step-up-account = Pridať spôsob overenia v časti „Môj účet“
login-return-to-app = Späť do aplikácie

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Návrat do aplikácie
login-form-post-noscript = JavaScript je vypnutý: pokračujte stlačením tlačidla.
login-continue = Pokračovať

## Signing out (logout.html)

login-logout-title = Odhlásenie
# $email is the address of the signed-in account.
login-logout-question-as = Chcete sa odhlásiť zo služby { $brand } ako { $email }?
login-logout-question = Chcete sa odhlásiť zo služby { $brand }?
login-logout-apps = Budete odhlásení aj z aplikácií, ktoré ste v tejto relácii použili.
login-logout-submit = Odhlásiť sa
login-signed-out-title = Boli ste odhlásení
login-signed-out = Boli ste odhlásení zo služby { $brand }.
login-sign-in-again = Znova sa prihlásiť
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = Parameter id_token_hint nie je token ID vydaný týmto poskytovateľom identity.
login-logout-client-mismatch = Parameter client_id nezodpovedá parametru id_token_hint.
login-logout-uri-unregistered = Adresa post_logout_redirect_uri nie je pre túto aplikáciu zaregistrovaná.
login-logout-uri-invalid = Adresa post_logout_redirect_uri nie je platná.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Aspoň { $min } { $min ->
    [one] znak
    [few] znaky
    [many] znaku
   *[other] znakov
} (najviac { $max }); dobré heslo tvorí niekoľko nesúvisiacich slov
login-policy-rule-any = Medzery a akékoľvek znaky sú povolené; kombinácia rôznych typov znakov sa nevyžaduje
login-policy-rule-common = Nesmie ísť o bežne používané ani uniknuté heslo, ani o heslo, ktoré sa dá ľahko uhádnuť (žiadne opakované slová, rady klávesov ani postupnosti)
login-policy-rule-personal = Nesmie obsahovať vaše meno ani e-mailovú adresu
# $length and $min are numbers of characters.
login-policy-too-short = Heslo je príliš krátke: { $length ->
    [one] { $length } znak
    [few] { $length } znaky
    [many] { $length } znaku
   *[other] { $length } znakov
}, potrebných je aspoň { $min }.
# $max is a number of characters.
login-policy-too-long = Heslo je príliš dlhé: môže mať najviac { $max } { $max ->
    [one] znak
    [few] znaky
    [many] znaku
   *[other] znakov
}.
login-policy-personal = Heslo nesmie obsahovať vaše meno ani e-mailovú adresu.
login-policy-common = Toto heslo je príliš bežné: nachádza sa v zoznamoch uniknutých hesiel.
login-policy-guessable = Toto heslo sa dá príliš ľahko uhádnuť. Skúste niekoľko nesúvisiacich slov, napríklad krátku vetu, ktorú by ste napísali len vy.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Toto heslo sa dá príliš ľahko uhádnuť: { $reason } Skúste niekoľko nesúvisiacich slov, napríklad krátku vetu, ktorú by ste napísali len vy.
login-policy-why-keyboard-rows = súvislé rady klávesov sa dajú ľahko uhádnuť.
login-policy-why-keyboard-patterns = krátke vzory na klávesnici sa dajú ľahko uhádnuť.
login-policy-why-repeats = opakovania ako „aaa“ sa dajú ľahko uhádnuť.
login-policy-why-repeated-words = opakovania ako „abcabcabc“ sa dajú uhádnuť len o málo ťažšie ako „abc“.
login-policy-why-top-10 = ide o jedno z 10 najbežnejších hesiel.
login-policy-why-top-100 = ide o jedno zo 100 najbežnejších hesiel.
login-policy-why-common = ide o veľmi bežné heslo.
login-policy-why-similar = podobá sa na bežne používané heslo.
login-policy-why-sequences = postupnosti ako abc alebo 6543 sa dajú ľahko uhádnuť.
login-policy-why-years = nedávne roky sa dajú ľahko uhádnuť.
login-policy-why-word = samotné slovo sa dá ľahko uhádnuť.
login-policy-why-dates = dátumy sa často dajú ľahko uhádnuť.
login-policy-why-names = samotné mená a priezviská sa dajú ľahko uhádnuť.
login-policy-why-common-names = bežné mená a priezviská sa dajú ľahko uhádnuť.
