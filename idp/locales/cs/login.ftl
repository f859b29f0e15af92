# The provider's texts in Czech (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Přihlášení
login-heading = Pro pokračování se přihlaste
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Vítejte, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (nejste to vy?)
login-submit = Přihlásit se
login-cancel = Zrušit a vrátit se do aplikace
login-choose-another = Zvolit jiný způsob ověření
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level (úroveň: feminine).
login-level-basic = základní
login-level-medium = střední
login-level-high = vysoká

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Heslo
login-method-sms = Mobilní telefon + SMS
login-method-app-pin = Kód PIN v mobilní aplikaci
login-method-app-qr = Kód QR v mobilní aplikaci
login-method-webauthn = Bezpečnostní klíč nebo důvěryhodná platforma
login-method-totp = Ověřovací aplikace (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Chcete-li odstranit všechna svá zařízení, potvrďte prosím svou totožnost opětovným přihlášením.
login-reauth-devices = Chcete-li přidat nebo odebrat mobilní zařízení, potvrďte prosím svou totožnost opětovným přihlášením.
login-reauth-phones = Chcete-li přidat nebo odebrat číslo mobilního telefonu, potvrďte prosím svou totožnost opětovným přihlášením.
login-reauth-security-keys = Chcete-li přidat nebo odebrat bezpečnostní klíč, potvrďte prosím svou totožnost opětovným přihlášením.
login-reauth-authenticator-apps = Chcete-li přidat nebo odebrat ověřovací aplikaci, potvrďte prosím svou totožnost opětovným přihlášením.
login-reauth-delete-account = Chcete-li odstranit svůj účet, potvrďte prosím svou totožnost opětovným přihlášením.
login-reauth-sessions = Chcete-li ukončit relaci, potvrďte prosím svou totožnost opětovným přihlášením.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Změny způsobu přihlašování vždy vyžadují nedávné přihlášení.

## The identifier page (login_identifier.html)

login-client-uses = { $client } vás identifikuje prostřednictvím služby { $brand }.
login-email-label = Použijte svou e-mailovou adresu
login-email-required = Zadejte prosím e-mailovou adresu svého účtu { $brand }.
login-remember = Zapamatovat si mě v tomto zařízení
login-next = Další
login-create-account = Vytvořit účet

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } vyžaduje přihlášení s druhým způsobem ověření (úroveň „{ $level }“).
login-password-label = Heslo
login-method-label = Zvolte způsob ověření
login-method-hint = Čísla mobilních telefonů, mobilní zařízení a bezpečnostní klíče se přidávají v části „Můj účet“ (nabídka s ozubeným kolem) po přihlášení heslem.
login-lost-password = Zapomněli jste heslo?
login-method-invalid = Zvolte prosím jeden ze způsobů ověření v seznamu.
login-invalid-credentials = Neplatná e-mailová adresa nebo heslo
# $until is a date and time ("6. prosince 2026, 08:34 UTC"), $wait a length of time
# ("1 hodinu a 5 minut"). "Zapomněli jste heslo?" is the link login-lost-password.
login-locked = Příliš mnoho neúspěšných pokusů o přihlášení s touto e-mailovou adresou. Z důvodu ochrany účtu je přihlášení heslem zablokováno do { $until } (tedy za { $wait }). Pokud jste zapomněli heslo, zvolte si nové pomocí odkazu „Zapomněli jste heslo?“.
# $wait is a length of time ("5 minut").
login-throttled = Příliš mnoho neúspěšných pokusů o přihlášení z vaší sítě. Zkuste to prosím znovu za { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Způsob ověření
login-password-accepted = Vaše heslo bylo přijato.
# $method is one of login-method-*.
login-method-not-added = Tento způsob ověření ({ $method }) jste ke svému účtu zatím nepřidali.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Způsob ověření „{ $method }“ nedosahuje úrovně, kterou tato aplikace vyžaduje ({ $level }).
login-no-usable-method = Váš účet zatím nemá žádný způsob ověření, který tato aplikace přijímá.
login-not-added-yet = Zatím nepřidáno k vašemu účtu:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: přihlaste se heslem a poté tento způsob přidejte v části „Můj účet“ (nabídka s ozubeným kolem).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } v části „Můj účet“
# $method is one of login-method-*.
login-method-not-accepted = Tato aplikace nepřijímá způsob ověření „{ $method }“.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Odeslat ověřovací kód v SMS na číslo
login-sms-send = Odeslat kód
login-sms-sent = Ověřovací kód byl odeslán v SMS na váš mobilní telefon. Doručení může trvat až 8 minut.
# $wait is a length of time ("1 minutu").
login-sms-next-code = Pokud kód nepřijde, můžete o nový požádat za { $wait }.
login-sms-resend = Odeslat nový kód
login-sms-off = Tato služba nenabízí ověření „Mobilní telefon + SMS“.
login-sms-limited-title = Před žádostí o nový kód prosím počkejte
# $wait is a length of time ("1 minutu").
login-sms-limited = SMS byla odeslána před chvílí, nebo jich bylo odesláno příliš mnoho. O nový kód můžete požádat za { $wait }.
login-sms-not-delivered = SMS s vaším kódem se na toto číslo nepodařilo doručit. Odešlete nový kód, nebo zvolte jiný způsob ověření.
login-sms-choose-phone = Zvolte prosím jedno ze svých registrovaných čísel mobilních telefonů.
login-sms-wrong = Ověřovací kód není správný. { $remaining ->
    [one] Zbývá { $remaining } pokus.
    [few] Zbývají { $remaining } pokusy.
    [many] Zbývá { $remaining } pokusu.
   *[other] Zbývá { $remaining } pokusů.
}
login-sms-dead = Tento ověřovací kód již neplatí (vypršel, byl nahrazen nebo bylo zadáno příliš mnoho chybných kódů). Odešlete nový kód.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Ověřovací aplikace
login-totp-intro = Otevřete v telefonu ověřovací aplikaci a zadejte šestimístný kód, který zobrazuje pro službu { $brand }.
login-totp-code-label = Zadejte šestimístný kód
login-totp-wrong = Kód není správný. Zadejte šestimístný kód, který vaše ověřovací aplikace právě zobrazuje. { $remaining ->
    [one] Zbývá { $remaining } pokus.
    [few] Zbývají { $remaining } pokusy.
    [many] Zbývá { $remaining } pokusu.
   *[other] Zbývá { $remaining } pokusů.
}
login-totp-reused = Tento kód již byl použit. Počkejte, až ověřovací aplikace zobrazí nový kód, a zadejte ho. { $remaining ->
    [one] Zbývá { $remaining } pokus.
    [few] Zbývají { $remaining } pokusy.
    [many] Zbývá { $remaining } pokusu.
   *[other] Zbývá { $remaining } pokusů.
}
login-totp-stopped = Bylo zadáno příliš mnoho chybných kódů. Z bezpečnostních důvodů bylo toto přihlášení ukončeno: začněte prosím znovu z aplikace.
login-totp-paused-title = Příliš mnoho chybných kódů
# $wait is a length of time ("50 minut").
login-totp-paused = Pro váš účet bylo zadáno příliš mnoho chybných kódů z ověřovací aplikace. Znovu ji budete moci použít za { $wait }; mezitím zvolte jiný způsob ověření.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Až vás o to prohlížeč požádá, vložte bezpečnostní klíč a dotkněte se ho, nebo odemkněte počítač či telefon.
login-webauthn-start = Použít bezpečnostní klíč
login-webauthn-off = V této službě nelze bezpečnostní klíče používat.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Na vaše mobilní zařízení byl odeslán požadavek na přihlášení do aplikace { $client }. Otevřete mobilní aplikaci { $brand }, zvolte toto číslo a zadejte svůj kód PIN:
login-app-pin-waiting = Čeká se na vaše schválení v mobilním zařízení...
# A button shown only when the browser runs no script.
login-app-pin-continue = Pokračovat po schválení
login-app-pin-resend = Odeslat nový požadavek
login-app-pin-approved = Schváleno v mobilním zařízení. Probíhá přihlášení...
login-app-pin-denied = Požadavek byl v mobilním zařízení zamítnut.
login-app-pin-wrong-number = Číslo zvolené v mobilním zařízení neodpovídá číslu zobrazenému zde. Požadavek byl zrušen.
login-app-pin-expired = Platnost požadavku vypršela. Odešlete do mobilního zařízení nový požadavek.
login-app-pin-limited-title = Příliš mnoho požadavků
# $wait is a length of time ("1 minutu").
login-app-pin-limited = Na vaše mobilní zařízení bylo odesláno příliš mnoho požadavků na přihlášení. Zkuste to prosím znovu za { $wait }, nebo zvolte jiný způsob ověření.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Naskenujte tento kód QR mobilní aplikací { $brand } a zadejte v aplikaci svůj kód PIN. Telefon k tomu nepotřebuje připojení k síti.
# The text alternative of the QR code image.
login-app-qr-alt = Kód QR k naskenování mobilní aplikací { $brand }
login-app-qr-paste = Nemůžete kód naskenovat? Vložte do aplikace tento text:
login-app-qr-code-label = Kód vygenerovaný vaší aplikací
login-app-qr-wrong = Kód není správný. { $remaining ->
    [one] Zbývá { $remaining } pokus.
    [few] Zbývají { $remaining } pokusy.
    [many] Zbývá { $remaining } pokusu.
   *[other] Zbývá { $remaining } pokusů.
}
login-app-qr-dead = Tento kód QR již neplatí (vypršel nebo bylo zadáno příliš mnoho chybných kódů). Zobrazuje se nový kód QR: naskenujte ho aplikací.
login-app-qr-locked-title = Mobilní zařízení je zablokováno
login-app-qr-locked = Vaše mobilní zařízení bylo zablokováno po příliš mnoha chybných kódech nebo kódech PIN. Odstraňte ho a znovu přidejte v části „Můj účet“, nebo zvolte jiný způsob ověření.

## Refusals of any sign-in step

login-expired-title = Platnost této přihlašovací stránky vypršela
login-expired = Přihlašovací stránky platí jen omezenou dobu a lze je použít pouze jednou. Pokud jste se přihlašovali do aplikace, vraťte se do ní a přihlaste se znovu; jinak začněte na domovské stránce.
login-form-incomplete = Formulář nebyl vyplněn úplně. Vraťte se prosím zpět a zkuste to znovu.
login-request-invalid = Požadavek odeslaný aplikací není platný, a proto jej nelze provést. Vraťte se prosím do aplikace a zkuste to znovu.
login-already-completed = Toto přihlášení již bylo dokončeno.
login-redirect-invalid = Registrovaná adresa URI pro přesměrování není platná.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Je vyžadován silnější způsob ověření
# $level is one of login-level-*.
login-step-up-needed = { $client } vyžaduje přihlášení na úrovni „{ $level }“ (heslo a druhý způsob ověření, například mobilní telefon nebo bezpečnostní klíč). Váš účet zatím žádný takový způsob nemá.
login-step-up-hint = Přidejte v části „Můj účet“ číslo mobilního telefonu, mobilní zařízení nebo bezpečnostní klíč a pak se sem vraťte.
login-step-up-account = Přidat způsob ověření v části „Můj účet“
login-return-to-app = Zpět do aplikace

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Návrat do aplikace
login-form-post-noscript = JavaScript je vypnutý: pokračujte stisknutím tlačítka.
login-continue = Pokračovat

## Signing out (logout.html)

login-logout-title = Odhlášení
# $email is the address of the signed-in account.
login-logout-question-as = Chcete se odhlásit ze služby { $brand } jako { $email }?
login-logout-question = Chcete se odhlásit ze služby { $brand }?
login-logout-apps = Budete odhlášeni i z aplikací, které jste v této relaci použili.
login-logout-submit = Odhlásit se
login-signed-out-title = Byli jste odhlášeni
login-signed-out = Byli jste odhlášeni ze služby { $brand }.
login-sign-in-again = Znovu se přihlásit
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = Parametr id_token_hint není token ID vydaný tímto poskytovatelem identity.
login-logout-client-mismatch = Parametr client_id neodpovídá parametru id_token_hint.
login-logout-uri-unregistered = Adresa post_logout_redirect_uri není pro tuto aplikaci registrována.
login-logout-uri-invalid = Adresa post_logout_redirect_uri není platná.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Alespoň { $min } { $min ->
    [one] znak
    [few] znaky
    [many] znaku
   *[other] znaků
} (nejvýše { $max }); dobré heslo tvoří několik nesouvisejících slov
login-policy-rule-any = Mezery a jakékoli znaky jsou povoleny; kombinace různých typů znaků není nutná
login-policy-rule-common = Nesmí jít o běžně používané nebo uniklé heslo ani o heslo snadno uhodnutelné (žádná opakovaná slova, řady kláves nebo posloupnosti)
login-policy-rule-personal = Nesmí obsahovat vaše jméno ani e-mailovou adresu
# $length and $min are numbers of characters.
login-policy-too-short = Heslo je příliš krátké: { $length ->
    [one] { $length } znak
    [few] { $length } znaky
    [many] { $length } znaku
   *[other] { $length } znaků
}, je potřeba alespoň { $min }.
# $max is a number of characters.
login-policy-too-long = Heslo je příliš dlouhé: smí mít nejvýše { $max } { $max ->
    [one] znak
    [few] znaky
    [many] znaku
   *[other] znaků
}.
login-policy-personal = Heslo nesmí obsahovat vaše jméno ani e-mailovou adresu.
login-policy-common = Toto heslo je příliš běžné: objevuje se v seznamech uniklých hesel.
login-policy-guessable = Toto heslo lze příliš snadno uhodnout. Zkuste několik nesouvisejících slov, například krátkou větu, kterou byste napsali jen vy.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Toto heslo lze příliš snadno uhodnout: { $reason } Zkuste několik nesouvisejících slov, například krátkou větu, kterou byste napsali jen vy.
login-policy-why-keyboard-rows = souvislé řady kláves lze snadno uhodnout.
login-policy-why-keyboard-patterns = krátké vzory na klávesnici lze snadno uhodnout.
login-policy-why-repeats = opakování jako „aaa“ lze snadno uhodnout.
login-policy-why-repeated-words = opakování jako „abcabcabc“ se uhodne jen o málo hůře než „abc“.
login-policy-why-top-10 = jde o jedno z 10 nejběžnějších hesel.
login-policy-why-top-100 = jde o jedno ze 100 nejběžnějších hesel.
login-policy-why-common = jde o velmi běžné heslo.
login-policy-why-similar = podobá se běžně používanému heslu.
login-policy-why-sequences = posloupnosti jako abc nebo 6543 lze snadno uhodnout.
login-policy-why-years = nedávné letopočty lze snadno uhodnout.
login-policy-why-word = samotné slovo lze snadno uhodnout.
login-policy-why-dates = data lze často snadno uhodnout.
login-policy-why-names = samotná jména a příjmení lze snadno uhodnout.
login-policy-why-common-names = běžná jména a příjmení lze snadno uhodnout.
