# The provider's texts in Slovenian (mail); see main.ftl.
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
mail-greeting = Pozdravljeni, { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Sporočilo vam je poslala storitev { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Registrirani ste v storitvi { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    Registrirani ste v storitvi { $brand }.
    Vaš e-poštni naslov je { $email }
    {""}
    Za ustvarjanje gesla odprite spodnjo povezavo:
    {""}
    { $link }
    {""}
    Za ustvarjanje gesla imate od pošiljanja tega sporočila na voljo največ { $duration }, vendar vam priporočamo, da to storite takoj, če je mogoče. Po izteku tega časa lahko po isti povezavi oddate novo zahtevo: takrat boste morali znova vnesti svoj e-poštni naslov in potrditi zahtevo.
    {""}
    Če zgornja povezava ne deluje, kopirajte celoten zgornji naslov in ga prilepite v naslovno vrstico brskalnika.
    {""}
    Če imate težave, na to sporočilo ne odgovarjajte, temveč uporabite pomoč ali kontaktne podatke na spletišču, na katerem ste se poskušali registrirati.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Vaše geslo za { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    Za vaš račun { $brand } { $email } je bilo zahtevano novo geslo.
    Za izbiro novega gesla odprite spodnjo povezavo:
    {""}
    { $link }
    {""}
    Povezava velja { $duration } in jo je mogoče uporabiti samo enkrat. Če tega niste zahtevali, sporočilo prezrite: vaše geslo ni bilo spremenjeno.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Poskus registracije z vašim e-poštnim naslovom
mail-existing-body =
    Nekdo se je poskušal registrirati v storitvi { $brand } z vašim e-poštnim naslovom { $email }, za katerega račun že obstaja.
    Če ste bili to vi in se gesla ne spomnite, lahko tukaj izberete novo:
    {""}
    { $link }
    {""}
    Če to niste bili vi, sporočilo prezrite: nič se ni spremenilo.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: preveč neuspešnih poskusov prijave
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    Zabeleženih je bilo preveč neuspešnih poskusov prijave z geslom v vaš račun { $brand } { $email }. Zaradi zaščite vašega računa je prijava z geslom onemogočena do { $until }.
    {""}
    Če ste bili to vi in se gesla ne spomnite, tukaj izberite novo; s tem se odpravi tudi onemogočenje:
    {""}
    { $link }
    {""}
    Če to niste bili vi, morda nekdo poskuša uganiti vaše geslo: prek iste povezave izberite novo, dolgo geslo in preverite dejavnost svojega računa v razdelku „{ menu-my-account }“.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: vaš račun je bil spremenjen
# Below the sentence that says what changed.
mail-changed-advice = Če tega niste storili vi, se prijavite v storitev { $brand }, v razdelku „{ menu-my-account }“ odstranite, česar ne prepoznate, spremenite geslo in se obrnite na službo za pomoč uporabnikom.
mail-change-password = Geslo vašega računa { $brand } je bilo spremenjeno.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Številka mobilnega telefona { $number } je bila dodana vašemu računu { $brand }.
mail-change-phone-removed = Številka mobilnega telefona { $number } je bila odstranjena iz vašega računa { $brand }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Mobilna naprava „{ $name }“ je bila dodana vašemu računu { $brand }.
mail-change-device-removed = Mobilna naprava „{ $name }“ je bila odstranjena iz vašega računa { $brand }.
mail-change-device-locked = Vaša mobilna naprava „{ $name }“ je bila zaklenjena po preveč napačnih kodah PIN. Če jo želite uporabljati, jo izbrišite in znova dodajte v razdelku „{ menu-my-account }“.
mail-change-security-key-added = Varnostni ključ „{ $name }“ je bil dodan vašemu računu { $brand }.
mail-change-security-key-removed = Varnostni ključ „{ $name }“ je bil odstranjen iz vašega računa { $brand }.
mail-change-authenticator-app-added = Aplikacija za preverjanje pristnosti „{ $name }“ je bila dodana vašemu računu { $brand }.
mail-change-authenticator-app-removed = Aplikacija za preverjanje pristnosti „{ $name }“ je bila odstranjena iz vašega računa { $brand }.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Vse naprave vašega računa { $brand } so bile izbrisane ({ $count } mobilna naprava, varnostni ključ ali aplikacija za preverjanje pristnosti).
   *[other] Vse naprave vašega računa { $brand } so bile izbrisane: mobilne naprave, varnostni ključi in aplikacije za preverjanje pristnosti (skupaj { $count }).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: vaš račun je bil izbrisan
mail-deleted-body = Vaš račun { $brand } je bil na vašo zahtevo izbrisan.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: potrdite odstranitev svojih metod preverjanja
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Nekdo se je z vašim geslom prijavil v vaš račun { $brand } { $email } in zahteval odstranitev vseh metod preverjanja računa (mobilnih naprav, varnostnih ključev, aplikacij za preverjanje pristnosti in številk mobilnih telefonov), ker nobene od njih ni več mogoče uporabiti.
    {""}
    Če ste bili to vi, potrdite s to povezavo (velja { $duration }):
    {""}
    { $link }
    {""}
    Metode bodo odstranjene { $wait } po vaši potrditvi; do takrat lahko odstranitev prekličete, o vsem pa boste obveščeni po e-pošti.
    {""}
    Če to niste bili vi, povezave ne odpirajte in spremenite geslo: nekdo ga pozna.
mail-recovery-started-subject = { $brand }: vaše metode preverjanja bodo odstranjene
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Vse metode preverjanja vašega računa { $brand } { $email } (mobilne naprave, varnostni ključi, aplikacije za preverjanje pristnosti in številke mobilnih telefonov) bodo odstranjene { $when }, kot je bilo zahtevano in potrjeno iz tega e-poštnega predala.
    {""}
    Če tega niste zahtevali, odstranitev takoj prekličite s to povezavo, nato spremenite geslo:
    {""}
    { $link }
    {""}
    Odstranitev lahko prekličete tudi v razdelku „{ menu-my-account }“ > „Izbris vseh mojih naprav“.
mail-recovery-cancelled-subject = { $brand }: odstranitev vaših metod preverjanja je preklicana
mail-recovery-cancelled-body = Odstranitev metod preverjanja vašega računa { $brand } je bila preklicana. Nič ni bilo odstranjeno.
mail-recovery-done-subject = { $brand }: vaše metode preverjanja so odstranjene
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Kot ste zahtevali, so bile vse metode preverjanja vašega računa { $brand } odstranjene (skupaj { $count }). Novo mobilno napravo, varnostni ključ ali telefonsko številko dodajte v razdelku „{ menu-my-account }“.
   *[other] Kot ste zahtevali, so bile vse metode preverjanja vašega računa { $brand } odstranjene (skupaj { $count }). Novo mobilno napravo, varnostni ključ ali telefonsko številko dodajte v razdelku „{ menu-my-account }“.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Vaš dostop do { $app } je odobren
mail-access-denied-subject = Vaša zahteva za dostop do { $app } je zavrnjena
mail-access-revoked-subject = Vaš dostop do { $app } je odvzet
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Služba za pomoč uporabnikom aplikacije { $app } je odobrila vašo zahtevo za dostop do aplikacije { $app } (profil dostopa { $profile }, organizacija { $centre }).
mail-access-denied = Služba za pomoč uporabnikom aplikacije { $app } je zavrnila vašo zahtevo za dostop do aplikacije { $app } (profil dostopa { $profile }, organizacija { $centre }).
mail-access-revoked = Služba za pomoč uporabnikom aplikacije { $app } je odvzela dostop, odobren na podlagi vaše zahteve za dostop do aplikacije { $app } (profil dostopa { $profile }, organizacija { $centre }).
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Pripomba službe za pomoč uporabnikom: { $comment }
mail-access-reason = Razlog: { $reason }
mail-access-sign-in = V { $app } se zdaj lahko prijavite s svojim računom { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = V { $app } se zdaj lahko prijavite s svojim računom { $brand }:
mail-access-again = Novo zahtevo lahko oddate na naslovu { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Vaše zahteve: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = Koda za { $brand }: { $code }. Velja { $minutes } min. Ne delite je z nikomer.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Ta koda QR ni znana. Optično preberite kodo QR, ki se prikaže, ko v razdelku „{ menu-my-account }“ dodajate mobilno napravo.
app-token-not-valid = Ta koda QR je bila že uporabljena, je potekla ali pa je bila razveljavljena zaradi napačnih kod PIN. Napravo znova dodajte v razdelku „{ menu-my-account }“.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] Koda PIN ni tista, ki ste jo izbrali v razdelku „{ menu-my-account }“. Na voljo imate še { $remaining } poskus.
    [two] Koda PIN ni tista, ki ste jo izbrali v razdelku „{ menu-my-account }“. Na voljo imate še { $remaining } poskusa.
    [few] Koda PIN ni tista, ki ste jo izbrali v razdelku „{ menu-my-account }“. Na voljo imate še { $remaining } poskuse.
   *[other] Koda PIN ni tista, ki ste jo izbrali v razdelku „{ menu-my-account }“. Na voljo imate še { $remaining } poskusov.
}
app-unknown-device = Ta naprava ni (ali ni več) registrirana.
app-bad-signature = Podpisa naprave ni mogoče preveriti.
# $seconds: a number.
app-stale = { $seconds ->
    [one] Podpis naprave je starejši od { $seconds } sekunde (ali pa ura naprave ni pravilna).
    [two] Podpis naprave je starejši od { $seconds } sekund (ali pa ura naprave ni pravilna).
   *[other] Podpis naprave je starejši od { $seconds } sekund (ali pa ura naprave ni pravilna).
}
app-replayed = Ta podpis naprave je bil že uporabljen.
app-device-locked = Ta naprava je zaklenjena po preveč napačnih kodah PIN. Izbrišite jo in jo znova dodajte v razdelku „{ menu-my-account }“.
app-not-pending = Ta zahteva je potekla ali je bil nanjo že poslan odgovor.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Napačna koda PIN. Pred zaklepanjem naprave imate na voljo še { $remaining } poskus.
    [two] Napačna koda PIN. Pred zaklepanjem naprave imate na voljo še { $remaining } poskusa.
    [few] Napačna koda PIN. Pred zaklepanjem naprave imate na voljo še { $remaining } poskuse.
   *[other] Napačna koda PIN. Pred zaklepanjem naprave imate na voljo še { $remaining } poskusov.
}
app-wrong-number = To ni številka, prikazana na spletni strani. Zahteva je bila preklicana.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Zahteva za prijavo iz aplikacije { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Razvojni izhodni predal
outbox-hint = Samo v razvojnem načinu: vsa e-poštna sporočila in sporočila SMS, ki jih je poslal ponudnik, od najnovejšega naprej.
outbox-empty = Izhodni predal je prazen.
outbox-email = E-pošta
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } za { $to }, { $when }
