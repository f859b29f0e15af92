# The provider's texts in Slovak (mail); see main.ftl.
#
# The e-mails and SMS the provider sends, in the language of the account they are about
# (mail/messages.rs), the messages of the mobile app's API that the app shows its user
# (http/app_api.rs), and the development outbox page (templates/outbox.html).
#
# In the e-mails: $brand is the name of the service ("EU Login"), $email the e-mail address of
# the account, $link a web address. Keep every { $link } alone on its line, as here: mail
# programs make it a link. A line holding only {""} is a blank line between two paragraphs
# (the HTML part of the mail makes each paragraph a block): keep them where they are.

## Every e-mail

# The first line of every e-mail, followed by a blank line. $first_name and $last_name are the
# recipient's names.
mail-greeting = Dobrý deň, { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Túto správu Vám poslala služba { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Boli ste zaregistrovaní v službe { $brand }
# $duration: how long the link works, in words ("1 hodinu", "30 minút").
mail-registered-body =
    Boli ste zaregistrovaní v službe { $brand }.
    Vaša e-mailová adresa je { $email }
    {""}
    Ak si chcete vytvoriť heslo, kliknite na tento odkaz:
    {""}
    { $link }
    {""}
    Na vytvorenie hesla máte najviac { $duration } od času odoslania tejto správy, odporúčame Vám to však urobiť podľa možnosti hneď. Po uplynutí tohto času môžete pomocou toho istého odkazu podať novú žiadosť: budete potom musieť znova zadať svoju e-mailovú adresu a žiadosť potvrdiť.
    {""}
    Ak uvedený odkaz nefunguje, skopírujte celú adresu a vložte ju do panela s adresou v prehliadači.
    {""}
    Ak máte nejaký problém, neodpovedajte na túto správu, ale využite pomoc alebo kontaktné údaje na stránke, na ktorej ste sa pokúšali zaregistrovať.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Vaše heslo do služby { $brand }
# $duration: how long the link works, in words ("1 hodinu", "30 minút").
mail-reset-body =
    Pre Váš účet { $brand } s adresou { $email } bolo vyžiadané nové heslo.
    Ak si chcete zvoliť nové heslo, kliknite na tento odkaz:
    {""}
    { $link }
    {""}
    Odkaz platí { $duration } a možno ho použiť iba raz. Ak ste o nové heslo nežiadali, túto správu ignorujte: Vaše heslo nebolo zmenené.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Pokus o registráciu s Vašou e-mailovou adresou
mail-existing-body =
    Niekto sa pokúsil zaregistrovať v službe { $brand } s Vašou e-mailovou adresou { $email }, ku ktorej už existuje účet.
    Ak ste to boli Vy a nepamätáte si heslo, môžete si tu zvoliť nové:
    {""}
    { $link }
    {""}
    Ak ste to neboli Vy, túto správu ignorujte: nič sa nezmenilo.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: príliš veľa neúspešných pokusov o prihlásenie
# $until: the date and time the block ends ("6. decembra 2026, 08:34 UTC").
mail-lockout-body =
    Zaznamenali sme príliš veľa neúspešných pokusov o prihlásenie heslom do Vášho účtu { $brand } s adresou { $email }. Na ochranu účtu je prihlásenie heslom zablokované do { $until }.
    {""}
    Ak ste to boli Vy a nepamätáte si heslo, zvoľte si tu nové; tým sa zároveň zablokovanie zruší:
    {""}
    { $link }
    {""}
    Ak ste to neboli Vy, niekto sa možno snaží uhádnuť Vaše heslo: pomocou toho istého odkazu si zvoľte nové, dlhé heslo a skontrolujte aktivitu svojho účtu v časti „{ menu-my-account }“.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: Váš účet bol zmenený
# Below the sentence that says what changed.
mail-changed-advice = Ak ste túto zmenu nevykonali Vy, prihláste sa do služby { $brand }, v časti „{ menu-my-account }“ odstráňte všetko, čo nepoznáte, zmeňte si heslo a kontaktujte podporu.
mail-change-password = Heslo k Vášmu účtu { $brand } bolo zmenené.
# $number: a phone number ("+32470123456").
mail-change-phone-added = K Vášmu účtu { $brand } bolo pridané číslo mobilného telefónu { $number }.
mail-change-phone-removed = Z Vášho účtu { $brand } bolo odstránené číslo mobilného telefónu { $number }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = K Vášmu účtu { $brand } bolo pridané mobilné zariadenie „{ $name }“.
mail-change-device-removed = Z Vášho účtu { $brand } bolo odstránené mobilné zariadenie „{ $name }“.
mail-change-device-locked = Vaše mobilné zariadenie „{ $name }“ bolo zablokované po zadaní príliš veľa nesprávnych kódov PIN. Ak ho chcete ďalej používať, odstráňte ho a znova ho pridajte v časti „{ menu-my-account }“.
mail-change-security-key-added = K Vášmu účtu { $brand } bol pridaný bezpečnostný kľúč „{ $name }“.
mail-change-security-key-removed = Z Vášho účtu { $brand } bol odstránený bezpečnostný kľúč „{ $name }“.
mail-change-authenticator-app-added = K Vášmu účtu { $brand } bola pridaná overovacia aplikácia „{ $name }“.
mail-change-authenticator-app-removed = Z Vášho účtu { $brand } bola odstránená overovacia aplikácia „{ $name }“.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Všetky zariadenia Vášho účtu { $brand } boli odstránené (1 mobilné zariadenie, bezpečnostný kľúč alebo overovacia aplikácia).
   *[other] Všetky zariadenia Vášho účtu { $brand } boli odstránené (mobilné zariadenia, bezpečnostné kľúče a overovacie aplikácie – spolu { $count }).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: Váš účet bol odstránený
mail-deleted-body = Váš účet { $brand } bol na Vašu žiadosť odstránený.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: potvrďte odstránenie svojich spôsobov overenia
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minút", "72 hodín").
mail-recovery-link-body =
    Niekto sa prihlásil heslom do Vášho účtu { $brand } s adresou { $email } a požiadal o odstránenie všetkých spôsobov overenia účtu (mobilných zariadení, bezpečnostných kľúčov, overovacích aplikácií a čísel mobilných telefónov), pretože žiadny z nich už nemožno použiť.
    {""}
    Ak ste to boli Vy, potvrďte to týmto odkazom (platí { $duration }):
    {""}
    { $link }
    {""}
    Spôsoby overenia budú odstránené { $wait } po potvrdení; dovtedy môžete odstránenie zrušiť a budete o tom informovaní e-mailom.
    {""}
    Ak ste to neboli Vy, na odkaz neklikajte a zmeňte si heslo: niekto iný ho pozná.
mail-recovery-started-subject = { $brand }: Vaše spôsoby overenia budú odstránené
# $when: the date and time of the removal ("6. decembra 2026, 08:34 UTC"). The last sentence
# names a page of My Account: its title in Slovak.
mail-recovery-started-body =
    Všetky spôsoby overenia Vášho účtu { $brand } s adresou { $email } (mobilné zariadenia, bezpečnostné kľúče, overovacie aplikácie a čísla mobilných telefónov) budú odstránené { $when }, ako bolo požadované a potvrdené z tejto e-mailovej schránky.
    {""}
    Ak ste o to nežiadali, zrušte odstránenie hneď teraz týmto odkazom a potom si zmeňte heslo:
    {""}
    { $link }
    {""}
    Odstránenie môžete zrušiť aj v časti „{ menu-my-account }“ > „Odstrániť všetky moje zariadenia“.
mail-recovery-cancelled-subject = { $brand }: odstránenie Vašich spôsobov overenia bolo zrušené
mail-recovery-cancelled-body = Odstránenie spôsobov overenia Vášho účtu { $brand } bolo zrušené. Nič nebolo odstránené.
mail-recovery-done-subject = { $brand }: Vaše spôsoby overenia boli odstránené
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Podľa Vašej žiadosti boli odstránené všetky spôsoby overenia Vášho účtu { $brand } (spolu 1). Nové mobilné zariadenie, bezpečnostný kľúč alebo telefónne číslo pridajte v časti „{ menu-my-account }“.
   *[other] Podľa Vašej žiadosti boli odstránené všetky spôsoby overenia Vášho účtu { $brand } (spolu { $count }). Nové mobilné zariadenie, bezpečnostný kľúč alebo telefónne číslo pridajte v časti „{ menu-my-account }“.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Váš prístup k aplikácii { $app } bol schválený
mail-access-denied-subject = Vaša žiadosť o prístup k aplikácii { $app } bola zamietnutá
mail-access-revoked-subject = Váš prístup k aplikácii { $app } bol odvolaný
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Vaša žiadosť o prístup k aplikácii { $app } (prístupový profil { $profile }, organizácia { $centre }) bola schválená podporou aplikácie { $app }.
mail-access-denied = Vaša žiadosť o prístup k aplikácii { $app } (prístupový profil { $profile }, organizácia { $centre }) bola zamietnutá podporou aplikácie { $app }.
mail-access-revoked = Prístup udelený na základe Vašej žiadosti o prístup k aplikácii { $app } (prístupový profil { $profile }, organizácia { $centre }) bol odvolaný podporou aplikácie { $app }.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Komentár podpory: { $comment }
mail-access-reason = Dôvod: { $reason }
mail-access-sign-in = Teraz sa môžete prihlásiť do aplikácie { $app } pomocou svojho účtu { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Teraz sa môžete prihlásiť do aplikácie { $app } pomocou svojho účtu { $brand }:
mail-access-again = Novú žiadosť môžete podať na adrese { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Vaše žiadosti: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it): with Slovak letters the whole SMS holds 134 characters, of which the service's name and
# the code take up to 45. $code looks like "ABCD-EFGH": keep a space or a full stop on each
# side of it. $minutes is a number.
sms-code = Kód { $brand }: { $code }. Platí { $minutes } min. Nikomu ho neposkytujte.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Tento kód QR nie je známy. Naskenujte kód QR, ktorý sa zobrazí pri pridávaní mobilného zariadenia v časti „{ menu-my-account }“.
app-token-not-valid = Tento kód QR už bol použitý, vypršal alebo bol zneplatnený nesprávnymi kódmi PIN. Pridajte zariadenie znova v časti „{ menu-my-account }“.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] Kód PIN nezodpovedá kódu zvolenému v časti „{ menu-my-account }“. Zostáva 1 pokus.
    [few] Kód PIN nezodpovedá kódu zvolenému v časti „{ menu-my-account }“. Zostávajú { $remaining } pokusy.
    [many] Kód PIN nezodpovedá kódu zvolenému v časti „{ menu-my-account }“. Zostáva { $remaining } pokusu.
   *[other] Kód PIN nezodpovedá kódu zvolenému v časti „{ menu-my-account }“. Zostáva { $remaining } pokusov.
}
app-unknown-device = Toto zariadenie nie je (alebo už nie je) zaregistrované.
app-bad-signature = Podpis zariadenia nemožno overiť.
# $seconds: a number.
app-stale = Podpis zariadenia je starší ako { $seconds } s (alebo má zariadenie nesprávne nastavené hodiny).
app-replayed = Tento podpis zariadenia už bol použitý.
app-device-locked = Toto zariadenie je po zadaní príliš veľa nesprávnych kódov PIN zablokované. Odstráňte ho a znova ho pridajte v časti „{ menu-my-account }“.
app-not-pending = Platnosť tejto požiadavky vypršala alebo na ňu už bolo odpovedané.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Nesprávny kód PIN. Do zablokovania zariadenia zostáva 1 pokus.
    [few] Nesprávny kód PIN. Do zablokovania zariadenia zostávajú { $remaining } pokusy.
    [many] Nesprávny kód PIN. Do zablokovania zariadenia zostáva { $remaining } pokusu.
   *[other] Nesprávny kód PIN. Do zablokovania zariadenia zostáva { $remaining } pokusov.
}
app-wrong-number = Toto nie je číslo zobrazené na webovej stránke. Požiadavka bola zrušená.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Požiadavka na prihlásenie z aplikácie { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Odchádzajúca pošta (vývojový režim)
outbox-hint = Iba vo vývojovom režime: všetky e-maily a SMS odoslané poskytovateľom identity, od najnovších.
outbox-empty = Odchádzajúca pošta je prázdna.
outbox-email = E-mail
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } pre { $to }, odoslané { $when }
