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
mail-greeting = Lugupeetud { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Selle kirja saatis teile { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Teid on registreeritud teenuse { $brand } kasutajaks
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    Teid on registreeritud teenuse { $brand } kasutajaks.
    Teie e-posti aadress on { $email }
    {""}
    Salasõna loomiseks avage allolev link:
    {""}
    { $link }
    {""}
    Salasõna loomiseks on teil aega kuni { $duration } alates selle kirja saatmisest, kuid soovitame seda võimaluse korral teha kohe. Pärast seda saate sama lingi kaudu esitada uue taotluse: siis peate uuesti sisestama oma e-posti aadressi ja taotluse kinnitama.
    {""}
    Kui link ei toimi, kopeerige kogu ülaltoodud aadress ja kleepige see brauseri aadressiribale.
    {""}
    Ärge sellele kirjale vastake. Kui teil tekib probleeme, kasutage selle saidi abi- või kontaktteavet, kus püüdsite registreeruda.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Teie salasõna teenuses { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    Teie kontole { $email } teenuses { $brand } taotleti uut salasõna.
    Uue salasõna valimiseks avage allolev link:
    {""}
    { $link }
    {""}
    Link kehtib { $duration } ja seda saab kasutada ühe korra. Kui te seda ei taotlenud, jätke see kiri tähelepanuta: teie salasõna ei ole muudetud.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Registreerimiskatse teie e-posti aadressiga
mail-existing-body =
    Keegi püüdis registreeruda teenusesse { $brand } teie e-posti aadressiga { $email }, millega on juba konto seotud.
    Kui see olite teie ja te ei mäleta oma salasõna, saate siin valida uue:
    {""}
    { $link }
    {""}
    Kui see ei olnud teie, jätke see kiri tähelepanuta: midagi ei muudetud.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: liiga palju ebaõnnestunud sisselogimiskatseid
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    Teie kontole { $email } teenuses { $brand } on tehtud liiga palju ebaõnnestunud sisselogimiskatseid salasõnaga. Teie konto kaitsmiseks on salasõnaga sisselogimine ajutiselt blokeeritud (blokeeringu lõpp: { $until }).
    {""}
    Kui see olite teie ja te ei mäleta oma salasõna, valige siin uus; see lõpetab ka blokeeringu:
    {""}
    { $link }
    {""}
    Kui see ei olnud teie, võib keegi üritada teie salasõna ära arvata: valige sama lingi kaudu uus pikk salasõna ja kontrollige oma konto tegevusi jaotises „{ menu-my-account }“.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: teie kontot muudeti
# Below the sentence that says what changed.
mail-changed-advice = Kui te seda ise ei teinud, logige sisse teenusesse { $brand }, eemaldage jaotises „{ menu-my-account }“ kõik, mida te ei tunne, muutke oma salasõna ja võtke ühendust kasutajatoega.
mail-change-password = Teie konto salasõna teenuses { $brand } muudeti.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Teie kontole teenuses { $brand } lisati mobiiltelefoni number { $number }.
mail-change-phone-removed = Teie kontolt teenuses { $brand } eemaldati mobiiltelefoni number { $number }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Teie kontole teenuses { $brand } lisati mobiilseade „{ $name }“.
mail-change-device-removed = Teie kontolt teenuses { $brand } eemaldati mobiilseade „{ $name }“.
mail-change-device-locked = Teie mobiilseade „{ $name }“ lukustati liiga paljude valede PIN-koodide tõttu. Seadme kasutamiseks kustutage see ja lisage see uuesti jaotises „{ menu-my-account }“.
mail-change-security-key-added = Teie kontole teenuses { $brand } lisati turvavõti „{ $name }“.
mail-change-security-key-removed = Teie kontolt teenuses { $brand } eemaldati turvavõti „{ $name }“.
mail-change-authenticator-app-added = Teie kontole teenuses { $brand } lisati autentimisrakendus „{ $name }“.
mail-change-authenticator-app-removed = Teie kontolt teenuses { $brand } eemaldati autentimisrakendus „{ $name }“.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Teie konto kõik seadmed teenuses { $brand } kustutati (1 mobiilseade, turvavõti või autentimisrakendus).
   *[other] Teie konto kõik seadmed teenuses { $brand } kustutati (kokku { $count } mobiilseadet, turvavõtit ja autentimisrakendust).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: teie konto kustutati
mail-deleted-body = Teie konto teenuses { $brand } kustutati teie taotluse alusel.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: kinnitage oma autentimisviiside eemaldamine
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Keegi logis teie salasõnaga sisse teie kontole { $email } teenuses { $brand } ja taotles konto kõigi autentimisviiside (mobiilseadmete, turvavõtmete, autentimisrakenduste ja mobiiltelefoni numbrite) eemaldamist, sest ühtegi neist ei saa enam kasutada.
    {""}
    Kui see olite teie, kinnitage eemaldamine selle lingiga (kehtib { $duration }):
    {""}
    { $link }
    {""}
    Autentimisviisid eemaldatakse, kui kinnitamisest on möödunud { $wait }; seni saate eemaldamise tühistada ja teid teavitatakse e-posti teel.
    {""}
    Kui see ei olnud teie, ärge linki avage ja muutke oma salasõna: keegi teab seda.
mail-recovery-started-subject = { $brand }: teie autentimisviisid eemaldatakse
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Teie konto { $email } kõik autentimisviisid teenuses { $brand } (mobiilseadmed, turvavõtmed, autentimisrakendused ja mobiiltelefoni numbrid) eemaldatakse järgmisel ajal: { $when }. Seda taotleti ja kinnitati sellest postkastist.
    {""}
    Kui te seda ei taotlenud, tühistage eemaldamine kohe selle lingiga ja muutke seejärel oma salasõna:
    {""}
    { $link }
    {""}
    Eemaldamise saate tühistada ka jaotises „{ menu-my-account } > Kustuta kõik oma seadmed“.
mail-recovery-cancelled-subject = { $brand }: teie autentimisviiside eemaldamine tühistati
mail-recovery-cancelled-body = Teie konto autentimisviiside eemaldamine teenuses { $brand } tühistati. Midagi ei eemaldatud.
mail-recovery-done-subject = { $brand }: teie autentimisviisid eemaldati
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Vastavalt taotlusele eemaldati teie konto kõik autentimisviisid teenuses { $brand } (kokku 1). Lisage oma uus mobiilseade, turvavõti või telefoninumber jaotises „{ menu-my-account }“.
   *[other] Vastavalt taotlusele eemaldati teie konto kõik autentimisviisid teenuses { $brand } (kokku { $count }). Lisage oma uus mobiilseade, turvavõti või telefoninumber jaotises „{ menu-my-account }“.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Teie juurdepääs rakendusele { $app } kiideti heaks
mail-access-denied-subject = Teie juurdepääsutaotlus rakendusele { $app } lükati tagasi
mail-access-revoked-subject = Teie juurdepääs rakendusele { $app } tühistati
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Rakenduse { $app } kasutajatugi kiitis heaks teie juurdepääsutaotluse rakendusele { $app } (juurdepääsuprofiil { $profile }, organisatsioon { $centre }).
mail-access-denied = Rakenduse { $app } kasutajatugi lükkas tagasi teie juurdepääsutaotluse rakendusele { $app } (juurdepääsuprofiil { $profile }, organisatsioon { $centre }).
mail-access-revoked = Rakenduse { $app } kasutajatugi tühistas juurdepääsu, mis anti teie taotluse alusel rakendusele { $app } (juurdepääsuprofiil { $profile }, organisatsioon { $centre }).
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Kasutajatoe kommentaar: { $comment }
mail-access-reason = Põhjus: { $reason }
mail-access-sign-in = Nüüd saate rakendusse { $app } sisse logida oma teenuse { $brand } kontoga.
# Followed by a line with the application's address.
mail-access-sign-in-at = Nüüd saate rakendusse { $app } sisse logida oma teenuse { $brand } kontoga:
mail-access-again = Uue taotluse saate esitada aadressil { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Teie taotlused: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = { $brand } kood: { $code }. Kehtib { $minutes } min. Ärge seda kellelegi avaldage.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Seda QR-koodi ei tunta. Skannige QR-kood, mida näidatakse mobiilseadme lisamisel jaotises „{ menu-my-account }“.
app-token-not-valid = Seda QR-koodi on juba kasutatud, see on aegunud või muudeti see valede PIN-koodide tõttu kehtetuks. Lisage seade uuesti jaotises „{ menu-my-account }“.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] PIN-kood ei ole see, mis valiti jaotises „{ menu-my-account }“. Jäänud on 1 katse.
   *[other] PIN-kood ei ole see, mis valiti jaotises „{ menu-my-account }“. Jäänud on { $remaining } katset.
}
app-unknown-device = See seade ei ole (enam) registreeritud.
app-bad-signature = Seadme allkirja ei õnnestunud kontrollida.
# $seconds: a number.
app-stale = Seadme allkiri on vanem kui { $seconds } sekundit (või on seadme kell vale).
app-replayed = Seda seadme allkirja on juba kasutatud.
app-device-locked = See seade on liiga paljude valede PIN-koodide tõttu lukustatud. Kustutage see ja lisage see uuesti jaotises „{ menu-my-account }“.
app-not-pending = See päring on aegunud või sellele on juba vastatud.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Vale PIN-kood. Enne seadme lukustamist on jäänud 1 katse.
   *[other] Vale PIN-kood. Enne seadme lukustamist on jäänud { $remaining } katset.
}
app-wrong-number = See ei ole veebilehel näidatud number. Päring tühistati.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Sisselogimispäring rakendusest { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Arendusrežiimi väljuvad kirjad
outbox-hint = Ainult arendusrežiimis: kõik teenuse saadetud e-kirjad ja SMS-id, uusimad eespool.
outbox-empty = Väljuvate kirjade kaust on tühi.
outbox-email = E-kiri
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } saajale { $to }, saadetud { $when }
