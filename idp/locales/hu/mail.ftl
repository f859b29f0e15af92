# The provider's texts in Hungarian (mail); see main.ftl.
#
# The e-mails and SMS the provider sends, in the language of the account they are about
# (mail/messages.rs), the messages of the mobile app's API that the app shows its user
# (http/app_api.rs), and the development outbox page (templates/outbox.html).
#
# In the e-mails: $brand is the name of the service ("EU Login"), $email the e-mail address of
# the account, $link a web address. Keep every { $link } alone on its line, as here: mail
# programs make it a link. A line holding only {""} is a blank line between two paragraphs
# (the HTML part of the mail makes each paragraph a block): keep them where they are.
# "{ $brand }-fiókja" is the Hungarian compound for "your EU Login account".

## Every e-mail

# The first line of every e-mail, followed by a blank line. In Hungarian the last name comes
# first in a formal letter ("Tisztelt Kovács Anna!").
mail-greeting = Tisztelt { $last_name } { $first_name }!
# The last line of every e-mail.
mail-signature = Ezt az üzenetet a(z) { $brand } küldte Önnek

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Regisztrációja megtörtént: { $brand }
# $duration: how long the link works, in words ("1 óra", "30 perc").
mail-registered-body =
    Regisztrációja megtörtént a(z) { $brand } szolgáltatásban.
    E-mail-címe: { $email }
    {""}
    Jelszava létrehozásához kövesse az alábbi linket:
    {""}
    { $link }
    {""}
    Jelszava létrehozására az üzenet elküldésétől számítva legfeljebb { $duration } áll rendelkezésére, de javasoljuk, hogy lehetőleg azonnal tegye meg. Ezt követően új kérést nyújthat be ugyanezen link követésével: ekkor újra meg kell adnia e-mail-címét, és meg kell erősítenie kérését.
    {""}
    Ha a fenti link nem működik, másolja ki a teljes fenti címet, és illessze be böngészője címsorába.
    {""}
    Ha problémája van, ne erre az üzenetre válaszoljon, hanem kövesse annak a webhelynek a súgóját vagy kapcsolatfelvételi információit, ahol regisztrálni próbált.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Az Ön { $brand }-jelszava
# $duration: how long the link works, in words ("1 óra", "30 perc").
mail-reset-body =
    Új jelszót kértek { $brand }-fiókjához ({ $email }).
    Új jelszó választásához kövesse az alábbi linket:
    {""}
    { $link }
    {""}
    A link érvényességi ideje { $duration }, és egyszer használható fel. Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet: jelszava nem változott.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Regisztrációs kísérlet az Ön e-mail-címével
mail-existing-body =
    Valaki megpróbált regisztrálni a(z) { $brand } szolgáltatásban az Ön e-mail-címével ({ $email }), amelyhez már tartozik fiók.
    Ha Ön volt, és nem emlékszik jelszavára, itt választhat újat:
    {""}
    { $link }
    {""}
    Ha nem Ön volt, hagyja figyelmen kívül ezt az üzenetet: semmi sem változott.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: túl sok sikertelen bejelentkezési kísérlet
# $until: the date and time the block ends ("2026. december 6., 08:34 UTC").
mail-lockout-body =
    Túl sok sikertelen jelszavas bejelentkezési kísérlet történt { $brand }-fiókjába ({ $email }). Fiókja védelme érdekében a jelszavas bejelentkezés le van tiltva a következő időpontig: { $until }.
    {""}
    Ha Ön volt, és nem emlékszik jelszavára, itt választhat újat; ezzel a letiltás is megszűnik:
    {""}
    { $link }
    {""}
    Ha nem Ön volt, lehet, hogy valaki megpróbálja kitalálni jelszavát: ugyanezen a linken válasszon új, hosszú jelszót, és ellenőrizze fiókja tevékenységét a { menu-my-account } oldalon.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: fiókja módosult
# Below the sentence that says what changed.
mail-changed-advice = Ha nem Ön hajtotta végre ezt a módosítást, jelentkezzen be a(z) { $brand } szolgáltatásba, távolítson el a { menu-my-account } oldalon mindent, amit nem ismer fel, módosítsa jelszavát, és forduljon az ügyfélszolgálathoz.
mail-change-password = { $brand }-fiókja jelszava megváltozott.
# $number: a phone number ("+32470123456").
mail-change-phone-added = { $brand }-fiókjához hozzáadták a következő mobiltelefonszámot: { $number }.
mail-change-phone-removed = { $brand }-fiókjából eltávolították a következő mobiltelefonszámot: { $number }.
# $name: the name the user gave the device, key or app ("Saját telefon").
mail-change-device-added = { $brand }-fiókjához hozzáadták a következő mobileszközt: „{ $name }”.
mail-change-device-removed = { $brand }-fiókjából eltávolították a következő mobileszközt: „{ $name }”.
mail-change-device-locked = „{ $name }” nevű mobileszközét túl sok hibás PIN-kód miatt zároltuk. A további használathoz törölje, majd adja hozzá újra a { menu-my-account } oldalon.
mail-change-security-key-added = { $brand }-fiókjához hozzáadták a következő biztonsági kulcsot: „{ $name }”.
mail-change-security-key-removed = { $brand }-fiókjából eltávolították a következő biztonsági kulcsot: „{ $name }”.
mail-change-authenticator-app-added = { $brand }-fiókjához hozzáadták a következő hitelesítő alkalmazást: „{ $name }”.
mail-change-authenticator-app-removed = { $brand }-fiókjából eltávolították a következő hitelesítő alkalmazást: „{ $name }”.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] { $brand }-fiókja összes eszközét töröltük (1 mobileszköz, biztonsági kulcs vagy hitelesítő alkalmazás).
   *[other] { $brand }-fiókja összes eszközét töröltük (összesen { $count } mobileszköz, biztonsági kulcs és hitelesítő alkalmazás).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: fiókját töröltük
mail-deleted-body = { $brand }-fiókját kérésére töröltük.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: erősítse meg ellenőrzési módszerei eltávolítását
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 perc", "72 óra").
mail-recovery-link-body =
    Valaki bejelentkezett { $brand }-fiókjába ({ $email }) az Ön jelszavával, és kérte a fiók összes ellenőrzési módszerének (mobileszközök, biztonsági kulcsok, hitelesítő alkalmazások és mobiltelefonszámok) eltávolítását, mivel egyik sem használható már.
    {""}
    Ha Ön volt, erősítse meg a kérést ezzel a linkkel (érvényességi idő: { $duration }):
    {""}
    { $link }
    {""}
    A módszereket a megerősítés után { $wait } elteltével távolítjuk el; addig visszavonhatja a kérést, és erről e-mailben értesítjük.
    {""}
    Ha nem Ön volt, ne kövesse a linket, és módosítsa jelszavát: valaki ismeri.
mail-recovery-started-subject = { $brand }: ellenőrzési módszereit eltávolítjuk
# $when: the date and time of the removal ("2026. december 6., 08:34 UTC"). The last sentence
# names a page of My Account by its title.
mail-recovery-started-body =
    { $brand }-fiókja ({ $email }) összes ellenőrzési módszerét (mobileszközök, biztonsági kulcsok, hitelesítő alkalmazások és mobiltelefonszámok) a következő időpontban eltávolítjuk: { $when }. Ezt erről a postafiókról kérték és erősítették meg.
    {""}
    Ha nem Ön kérte, most vonja vissza ezzel a linkkel, majd módosítsa jelszavát:
    {""}
    { $link }
    {""}
    A visszavonást a { menu-my-account } > Összes eszközöm törlése oldalon is elvégezheti.
mail-recovery-cancelled-subject = { $brand }: ellenőrzési módszerei eltávolítását visszavonták
mail-recovery-cancelled-body = { $brand }-fiókja ellenőrzési módszereinek eltávolítását visszavonták. Semmit nem távolítottunk el.
mail-recovery-done-subject = { $brand }: ellenőrzési módszereit eltávolítottuk
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Kérésének megfelelően { $brand }-fiókja egyetlen ellenőrzési módszerét eltávolítottuk. Új mobileszközt, biztonsági kulcsot vagy telefonszámot a { menu-my-account } oldalon adhat hozzá.
   *[other] Kérésének megfelelően { $brand }-fiókja összes ellenőrzési módszerét eltávolítottuk (összesen { $count } darabot). Új mobileszközt, biztonsági kulcsot vagy telefonszámot a { menu-my-account } oldalon adhat hozzá.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = A(z) { $app } alkalmazáshoz való hozzáférését jóváhagyták
mail-access-denied-subject = A(z) { $app } alkalmazáshoz benyújtott hozzáférési kérelmét elutasították
mail-access-revoked-subject = A(z) { $app } alkalmazáshoz való hozzáférését visszavonták
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = A(z) { $app } alkalmazáshoz benyújtott hozzáférési kérelmét (hozzáférési profil: { $profile }, szervezet: { $centre }) a(z) { $app } ügyfélszolgálata jóváhagyta.
mail-access-denied = A(z) { $app } alkalmazáshoz benyújtott hozzáférési kérelmét (hozzáférési profil: { $profile }, szervezet: { $centre }) a(z) { $app } ügyfélszolgálata elutasította.
mail-access-revoked = A(z) { $app } alkalmazáshoz benyújtott kérelme alapján megadott hozzáférést (hozzáférési profil: { $profile }, szervezet: { $centre }) a(z) { $app } ügyfélszolgálata visszavonta.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Az ügyfélszolgálat megjegyzése: { $comment }
mail-access-reason = Indoklás: { $reason }
mail-access-sign-in = Mostantól bejelentkezhet a(z) { $app } alkalmazásba { $brand }-fiókjával.
# Followed by a line with the application's address.
mail-access-sign-in-at = Mostantól bejelentkezhet a(z) { $app } alkalmazásba { $brand }-fiókjával:
mail-access-again = Új kérelmet itt nyújthat be: { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Kérelmei: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it): á, í, ó, ő, ú, ű are not in the GSM alphabet, so the whole SMS holds 134 characters,
# of which the service's name and the code take up to 45. $code looks like "ABCD-EFGH": keep
# a space or a full stop on each side of it. $minutes is a number.
sms-code = { $brand }-kód: { $code }. Érvényes { $minutes } percig. Ne ossza meg senkivel.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Ez a QR-kód ismeretlen. Olvassa be azt a QR-kódot, amely mobileszköz hozzáadásakor jelenik meg a { menu-my-account } oldalon.
app-token-not-valid = Ezt a QR-kódot már felhasználták, lejárt, vagy hibás PIN-kódok miatt érvénytelenné vált. Adja hozzá újra az eszközt a { menu-my-account } oldalon.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = A PIN-kód nem egyezik a { menu-my-account } oldalon választottal. Még { $remaining } próbálkozási lehetősége van.
app-unknown-device = Ez az eszköz nincs (vagy már nincs) regisztrálva.
app-bad-signature = Az eszköz aláírása nem ellenőrizhető.
# $seconds: a number.
app-stale = Az eszköz aláírása { $seconds } másodpercnél régebbi (vagy az eszköz órája pontatlan).
app-replayed = Ezt az eszközaláírást már felhasználták.
app-device-locked = Ezt az eszközt túl sok hibás PIN-kód miatt zároltuk. Törölje, majd adja hozzá újra a { menu-my-account } oldalon.
app-not-pending = Ez a kérés lejárt, vagy már válaszoltak rá.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = Hibás PIN-kód. Az eszköz zárolásáig még { $remaining } próbálkozási lehetősége van.
app-wrong-number = Ez nem a weboldalon megjelenített szám. A kérést visszavontuk.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Bejelentkezési kérés: { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Fejlesztői kimenő üzenetek
outbox-hint = Csak fejlesztői módban: a szolgáltató által küldött összes e-mail és SMS, a legújabbal kezdve.
outbox-empty = Nincs kimenő üzenet.
outbox-email = E-mail
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } – címzett: { $to }, időpont: { $when }
