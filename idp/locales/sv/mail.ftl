# The provider's texts in English (mail); see main.ftl.
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
# recipient's names (the last name is sometimes written in capitals); put them in the order
# your language uses in a formal letter.
mail-greeting = Hej { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Skickat till dig av { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Du har registrerats i { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    Du har registrerats i { $brand }.
    Din e-postadress är { $email }
    {""}
    Följ länken nedan för att skapa ditt lösenord:
    {""}
    { $link }
    {""}
    Du har högst { $duration } på dig, räknat från den tidpunkt då meddelandet skickades, att skapa ditt lösenord, men vi rekommenderar att du gör det direkt om möjligt. Efter den tiden kan du göra en ny begäran via samma länk: du behöver då ange din e-postadress igen och bekräfta din begäran.
    {""}
    Om länken ovan inte fungerar kopierar du hela adressen ovan och klistrar in den i webbläsarens adressfält.
    {""}
    Svara inte på det här meddelandet. Om du har problem kan du i stället använda hjälpen eller kontaktuppgifterna på den webbplats där du försökte registrera dig.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Ditt lösenord för { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    Ett nytt lösenord har begärts för ditt konto { $email } i { $brand }.
    Följ länken nedan för att välja ett nytt lösenord:
    {""}
    { $link }
    {""}
    Länken är giltig i { $duration } och kan användas en gång. Om det inte var du som begärde detta kan du bortse från meddelandet: ditt lösenord har inte ändrats.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Registreringsförsök med din e-postadress
mail-existing-body =
    Någon försökte registrera sig i { $brand } med din e-postadress { $email }, som redan har ett konto.
    Om det var du och du inte kommer ihåg ditt lösenord kan du välja ett nytt här:
    {""}
    { $link }
    {""}
    Om det inte var du kan du bortse från meddelandet: ingenting har ändrats.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: för många misslyckade inloggningsförsök
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    Det har gjorts för många misslyckade försök att logga in med lösenord på ditt konto { $email } i { $brand }. För att skydda ditt konto är inloggning med lösenord spärrad till { $until }.
    {""}
    Om det var du och du inte kommer ihåg ditt lösenord kan du välja ett nytt här. Då upphör även spärren:
    {""}
    { $link }
    {""}
    Om det inte var du kan någon försöka gissa ditt lösenord: välj ett nytt, långt lösenord via samma länk och kontrollera aktiviteten på ditt konto under { menu-my-account }.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: ditt konto har ändrats
# Below the sentence that says what changed.
mail-changed-advice = Om det inte var du som gjorde detta: logga in i { $brand }, ta bort det du inte känner igen under { menu-my-account }, byt lösenord och kontakta supporten.
mail-change-password = Lösenordet för ditt konto i { $brand } har ändrats.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Mobilnumret { $number } har lagts till i ditt konto i { $brand }.
mail-change-phone-removed = Mobilnumret { $number } har tagits bort från ditt konto i { $brand }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Den mobila enheten ”{ $name }” har lagts till i ditt konto i { $brand }.
mail-change-device-removed = Den mobila enheten ”{ $name }” har tagits bort från ditt konto i { $brand }.
mail-change-device-locked = Din mobila enhet ”{ $name }” har spärrats efter för många felaktiga pinkoder. Ta bort den och lägg till den igen under { menu-my-account } för att kunna använda den.
mail-change-security-key-added = Säkerhetsnyckeln ”{ $name }” har lagts till i ditt konto i { $brand }.
mail-change-security-key-removed = Säkerhetsnyckeln ”{ $name }” har tagits bort från ditt konto i { $brand }.
mail-change-authenticator-app-added = Autentiseringsappen ”{ $name }” har lagts till i ditt konto i { $brand }.
mail-change-authenticator-app-removed = Autentiseringsappen ”{ $name }” har tagits bort från ditt konto i { $brand }.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Alla enheter för ditt konto i { $brand } har raderats (1 mobil enhet, säkerhetsnyckel eller autentiseringsapp).
   *[other] Alla enheter för ditt konto i { $brand } har raderats ({ $count } mobila enheter, säkerhetsnycklar och autentiseringsappar).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: ditt konto har raderats
mail-deleted-body = Ditt konto i { $brand } har raderats på din begäran.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: bekräfta borttagningen av dina verifieringsmetoder
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Någon loggade in på ditt konto { $email } i { $brand } med ditt lösenord och begärde att alla verifieringsmetoder för kontot (mobila enheter, säkerhetsnycklar, autentiseringsappar och mobilnummer) ska tas bort, eftersom ingen av dem längre kan användas.
    {""}
    Om det var du bekräftar du med den här länken (giltig i { $duration }):
    {""}
    { $link }
    {""}
    Metoderna tas bort { $wait } efter att du har bekräftat. Fram till dess kan du avbryta, och du får ett meddelande via e-post.
    {""}
    Om det inte var du ska du inte följa länken, utan byta lösenord: någon känner till det.
mail-recovery-started-subject = { $brand }: dina verifieringsmetoder kommer att tas bort
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Alla verifieringsmetoder för ditt konto { $email } i { $brand } (mobila enheter, säkerhetsnycklar, autentiseringsappar och mobilnummer) tas bort den { $when }, enligt en begäran som gjorts och bekräftats från den här e-postadressen.
    {""}
    Om det inte var du som begärde detta ska du avbryta nu med den här länken och sedan byta lösenord:
    {""}
    { $link }
    {""}
    Du kan också avbryta under { menu-my-account } > Radera alla mina enheter.
mail-recovery-cancelled-subject = { $brand }: borttagningen av dina verifieringsmetoder har avbrutits
mail-recovery-cancelled-body = Borttagningen av verifieringsmetoderna för ditt konto i { $brand } har avbrutits. Ingenting har tagits bort.
mail-recovery-done-subject = { $brand }: dina verifieringsmetoder har tagits bort
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Enligt din begäran har alla verifieringsmetoder för ditt konto i { $brand } tagits bort (totalt 1). Lägg till din nya mobila enhet, säkerhetsnyckel eller ditt nya telefonnummer under { menu-my-account }.
   *[other] Enligt din begäran har alla verifieringsmetoder för ditt konto i { $brand } tagits bort (totalt { $count }). Lägg till din nya mobila enhet, säkerhetsnyckel eller ditt nya telefonnummer under { menu-my-account }.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Din åtkomst till { $app } har godkänts
mail-access-denied-subject = Din begäran om åtkomst till { $app } har avslagits
mail-access-revoked-subject = Din åtkomst till { $app } har återkallats
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Din begäran om åtkomst till { $app } (åtkomstprofil { $profile }, organisation { $centre }) har godkänts av supporten för { $app }.
mail-access-denied = Din begäran om åtkomst till { $app } (åtkomstprofil { $profile }, organisation { $centre }) har avslagits av supporten för { $app }.
mail-access-revoked = Den åtkomst som beviljades på din begäran om åtkomst till { $app } (åtkomstprofil { $profile }, organisation { $centre }) har återkallats av supporten för { $app }.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Supportens kommentar: { $comment }
mail-access-reason = Orsak: { $reason }
mail-access-sign-in = Nu kan du logga in i { $app } med ditt konto i { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Nu kan du logga in i { $app } med ditt konto i { $brand }:
mail-access-again = Du kan skicka en ny begäran på { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Dina begäranden: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = Kod för { $brand }: { $code }. Giltig i { $minutes } min. Dela aldrig koden.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = QR-koden är okänd. Skanna den QR-kod som visas när du lägger till en mobil enhet under { menu-my-account }.
app-token-not-valid = QR-koden har redan använts, har gått ut eller har gjorts ogiltig av felaktiga pinkoder. Lägg till enheten igen under { menu-my-account }.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] Pinkoden är inte den som valdes under { menu-my-account }. 1 försök kvar.
   *[other] Pinkoden är inte den som valdes under { menu-my-account }. { $remaining } försök kvar.
}
app-unknown-device = Enheten är inte (eller inte längre) registrerad.
app-bad-signature = Enhetens signatur kunde inte verifieras.
# $seconds: a number.
app-stale = Enhetens signatur är äldre än { $seconds } sekunder (eller så går enhetens klocka fel).
app-replayed = Den här enhetssignaturen har redan använts.
app-device-locked = Enheten har spärrats efter för många felaktiga pinkoder. Ta bort den och lägg till den igen under { menu-my-account }.
app-not-pending = Begäran har gått ut eller har redan besvarats.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Felaktig pinkod. 1 försök kvar innan enheten spärras.
   *[other] Felaktig pinkod. { $remaining } försök kvar innan enheten spärras.
}
app-wrong-number = Det här är inte numret som visas på webbsidan. Begäran har avbrutits.
app-browser-on = { $browser } på { $system }
app-browser = { $browser }
app-push-title = Inloggningsbegäran från { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Utkorg (utvecklingsläge)
outbox-hint = Endast i utvecklingsläge: all e-post och alla sms som tjänsten har skickat, de senaste först.
outbox-empty = Utkorgen är tom.
outbox-email = E-post
outbox-sms = Sms
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } till { $to } den { $when }
