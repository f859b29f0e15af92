# The provider's texts in Czech (mail); see main.ftl.
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
mail-greeting = Dobrý den, { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Tuto zprávu Vám zaslala služba { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Byli jste zaregistrováni ve službě { $brand }
# $duration: how long the link works, in words ("1 hodinu", "30 minut").
mail-registered-body =
    Byli jste zaregistrováni ve službě { $brand }.
    Vaše e-mailová adresa je { $email }
    {""}
    Chcete-li vytvořit heslo, klikněte na následující odkaz:
    {""}
    { $link }
    {""}
    Na vytvoření hesla máte nejvýše { $duration } od okamžiku odeslání této zprávy, doporučujeme to však udělat pokud možno ihned. Po uplynutí této doby můžete pomocí stejného odkazu podat novou žádost: budete pak muset znovu zadat svou e-mailovou adresu a žádost potvrdit.
    {""}
    Pokud výše uvedený odkaz nefunguje, zkopírujte celou adresu a vložte ji do adresního řádku prohlížeče.
    {""}
    Máte-li nějaký problém, neodpovídejte na tuto zprávu, ale využijte nápovědu nebo kontaktní údaje na webu, kde jste se pokoušeli zaregistrovat.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Vaše heslo ke službě { $brand }
# $duration: how long the link works, in words ("1 hodinu", "30 minut").
mail-reset-body =
    Pro Váš účet { $brand } s adresou { $email } bylo vyžádáno nové heslo.
    Chcete-li zvolit nové heslo, klikněte na následující odkaz:
    {""}
    { $link }
    {""}
    Odkaz platí { $duration } a lze jej použít jen jednou. Pokud jste o nové heslo nežádali, tuto zprávu ignorujte: Vaše heslo nebylo změněno.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Pokus o registraci s Vaší e-mailovou adresou
mail-existing-body =
    Někdo se pokusil zaregistrovat ve službě { $brand } s Vaší e-mailovou adresou { $email }, ke které již existuje účet.
    Pokud jste to byli Vy a nepamatujete si heslo, můžete si zde zvolit nové:
    {""}
    { $link }
    {""}
    Pokud jste to nebyli Vy, tuto zprávu ignorujte: nic se nezměnilo.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: příliš mnoho neúspěšných pokusů o přihlášení
# $until: the date and time the block ends ("6. prosince 2026, 08:34 UTC").
mail-lockout-body =
    Bylo zaznamenáno příliš mnoho neúspěšných pokusů o přihlášení heslem k Vašemu účtu { $brand } s adresou { $email }. Z důvodu ochrany účtu je přihlášení heslem zablokováno do { $until }.
    {""}
    Pokud jste to byli Vy a nepamatujete si heslo, zvolte si zde nové; tím se zároveň zablokování zruší:
    {""}
    { $link }
    {""}
    Pokud jste to nebyli Vy, někdo se možná snaží Vaše heslo uhodnout: pomocí stejného odkazu si zvolte nové, dlouhé heslo a zkontrolujte aktivitu svého účtu v části „{ menu-my-account }“.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: Váš účet byl změněn
# Below the sentence that says what changed.
mail-changed-advice = Pokud jste tuto změnu neprovedli Vy, přihlaste se ke službě { $brand }, v části „{ menu-my-account }“ odstraňte vše, co nepoznáváte, změňte si heslo a kontaktujte podporu.
mail-change-password = Heslo k Vašemu účtu { $brand } bylo změněno.
# $number: a phone number ("+32470123456").
mail-change-phone-added = K Vašemu účtu { $brand } bylo přidáno číslo mobilního telefonu { $number }.
mail-change-phone-removed = Z Vašeho účtu { $brand } bylo odebráno číslo mobilního telefonu { $number }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = K Vašemu účtu { $brand } bylo přidáno mobilní zařízení „{ $name }“.
mail-change-device-removed = Z Vašeho účtu { $brand } bylo odebráno mobilní zařízení „{ $name }“.
mail-change-device-locked = Vaše mobilní zařízení „{ $name }“ bylo zablokováno po příliš mnoha chybných kódech PIN. Chcete-li ho dále používat, odstraňte ho a znovu přidejte v části „{ menu-my-account }“.
mail-change-security-key-added = K Vašemu účtu { $brand } byl přidán bezpečnostní klíč „{ $name }“.
mail-change-security-key-removed = Z Vašeho účtu { $brand } byl odebrán bezpečnostní klíč „{ $name }“.
mail-change-authenticator-app-added = K Vašemu účtu { $brand } byla přidána ověřovací aplikace „{ $name }“.
mail-change-authenticator-app-removed = Z Vašeho účtu { $brand } byla odebrána ověřovací aplikace „{ $name }“.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Všechna zařízení Vašeho účtu { $brand } byla odstraněna (1 mobilní zařízení, bezpečnostní klíč nebo ověřovací aplikace).
   *[other] Všechna zařízení Vašeho účtu { $brand } byla odstraněna (mobilní zařízení, bezpečnostní klíče a ověřovací aplikace – celkem { $count }).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: Váš účet byl odstraněn
mail-deleted-body = Váš účet { $brand } byl na Vaši žádost odstraněn.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: potvrďte odstranění svých způsobů ověření
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minut", "72 hodin").
mail-recovery-link-body =
    Někdo se přihlásil heslem k Vašemu účtu { $brand } s adresou { $email } a požádal o odstranění všech způsobů ověření účtu (mobilních zařízení, bezpečnostních klíčů, ověřovacích aplikací a čísel mobilních telefonů), protože žádný z nich již nelze použít.
    {""}
    Pokud jste to byli Vy, potvrďte to tímto odkazem (platí { $duration }):
    {""}
    { $link }
    {""}
    Způsoby ověření budou odstraněny { $wait } po potvrzení; do té doby můžete odstranění zrušit a budete o tom informováni e-mailem.
    {""}
    Pokud jste to nebyli Vy, na odkaz neklikejte a změňte si heslo: někdo jiný ho zná.
mail-recovery-started-subject = { $brand }: Vaše způsoby ověření budou odstraněny
# $when: the date and time of the removal ("6. prosince 2026, 08:34 UTC"). The last sentence
# names a page of My Account: its title in Czech.
mail-recovery-started-body =
    Všechny způsoby ověření Vašeho účtu { $brand } s adresou { $email } (mobilní zařízení, bezpečnostní klíče, ověřovací aplikace a čísla mobilních telefonů) budou odstraněny { $when }, jak bylo z této e-mailové schránky požadováno a potvrzeno.
    {""}
    Pokud jste o to nežádali, zrušte odstranění nyní tímto odkazem a poté si změňte heslo:
    {""}
    { $link }
    {""}
    Odstranění můžete zrušit také v části „{ menu-my-account }“ > „Odstranit všechna má zařízení“.
mail-recovery-cancelled-subject = { $brand }: odstranění Vašich způsobů ověření bylo zrušeno
mail-recovery-cancelled-body = Odstranění způsobů ověření Vašeho účtu { $brand } bylo zrušeno. Nic nebylo odstraněno.
mail-recovery-done-subject = { $brand }: Vaše způsoby ověření byly odstraněny
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Podle Vaší žádosti byly odstraněny všechny způsoby ověření Vašeho účtu { $brand } (celkem 1). Nové mobilní zařízení, bezpečnostní klíč nebo telefonní číslo přidejte v části „{ menu-my-account }“.
   *[other] Podle Vaší žádosti byly odstraněny všechny způsoby ověření Vašeho účtu { $brand } (celkem { $count }). Nové mobilní zařízení, bezpečnostní klíč nebo telefonní číslo přidejte v části „{ menu-my-account }“.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Váš přístup k aplikaci { $app } byl schválen
mail-access-denied-subject = Vaše žádost o přístup k aplikaci { $app } byla zamítnuta
mail-access-revoked-subject = Váš přístup k aplikaci { $app } byl odvolán
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Vaše žádost o přístup k aplikaci { $app } (přístupový profil { $profile }, organizace { $centre }) byla schválena podporou aplikace { $app }.
mail-access-denied = Vaše žádost o přístup k aplikaci { $app } (přístupový profil { $profile }, organizace { $centre }) byla zamítnuta podporou aplikace { $app }.
mail-access-revoked = Přístup udělený na základě Vaší žádosti o přístup k aplikaci { $app } (přístupový profil { $profile }, organizace { $centre }) byl odvolán podporou aplikace { $app }.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Komentář podpory: { $comment }
mail-access-reason = Důvod: { $reason }
mail-access-sign-in = Nyní se můžete přihlásit do aplikace { $app } pomocí svého účtu { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Nyní se můžete přihlásit do aplikace { $app } pomocí svého účtu { $brand }:
mail-access-again = Novou žádost můžete podat na adrese { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Vaše žádosti: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it): with Czech letters the whole SMS holds 134 characters, of which the service's name and
# the code take up to 45. $code looks like "ABCD-EFGH": keep a space or a full stop on each
# side of it. $minutes is a number.
sms-code = Kód { $brand }: { $code }. Platí { $minutes } min. Nikomu ho nesdělujte.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Tento kód QR není známý. Naskenujte kód QR, který se zobrazí při přidávání mobilního zařízení v části „{ menu-my-account }“.
app-token-not-valid = Tento kód QR již byl použit, vypršel nebo byl zneplatněn chybnými kódy PIN. Přidejte zařízení znovu v části „{ menu-my-account }“.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] Kód PIN neodpovídá kódu zvolenému v části „{ menu-my-account }“. Zbývá 1 pokus.
    [few] Kód PIN neodpovídá kódu zvolenému v části „{ menu-my-account }“. Zbývají { $remaining } pokusy.
    [many] Kód PIN neodpovídá kódu zvolenému v části „{ menu-my-account }“. Zbývá { $remaining } pokusu.
   *[other] Kód PIN neodpovídá kódu zvolenému v části „{ menu-my-account }“. Zbývá { $remaining } pokusů.
}
app-unknown-device = Toto zařízení není (nebo již není) zaregistrováno.
app-bad-signature = Podpis zařízení nelze ověřit.
# $seconds: a number.
app-stale = Podpis zařízení je starší než { $seconds } s (nebo má zařízení špatně nastavené hodiny).
app-replayed = Tento podpis zařízení již byl použit.
app-device-locked = Toto zařízení je po příliš mnoha chybných kódech PIN zablokováno. Odstraňte ho a znovu přidejte v části „{ menu-my-account }“.
app-not-pending = Platnost tohoto požadavku vypršela nebo na něj již bylo odpovězeno.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Chybný kód PIN. Do zablokování zařízení zbývá 1 pokus.
    [few] Chybný kód PIN. Do zablokování zařízení zbývají { $remaining } pokusy.
    [many] Chybný kód PIN. Do zablokování zařízení zbývá { $remaining } pokusu.
   *[other] Chybný kód PIN. Do zablokování zařízení zbývá { $remaining } pokusů.
}
app-wrong-number = Toto není číslo zobrazené na webové stránce. Požadavek byl zrušen.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Požadavek na přihlášení z aplikace { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Odchozí pošta (vývojový režim)
outbox-hint = Pouze ve vývojovém režimu: všechny e-maily a SMS odeslané poskytovatelem identity, od nejnovějších.
outbox-empty = Odchozí pošta je prázdná.
outbox-email = E-mail
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } pro { $to }, odesláno { $when }
