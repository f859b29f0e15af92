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
mail-greeting = Hyvä { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Tämän viestin lähetti { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Sinut on rekisteröity { $brand } -palveluun
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    Sinut on rekisteröity { $brand } -palveluun.
    Sähköpostiosoitteesi on { $email }
    {""}
    Luo salasanasi seuraavan linkin kautta:
    {""}
    { $link }
    {""}
    Sinulla on aikaa enintään { $duration } tämän viestin lähettämisestä salasanan luomiseen, mutta suosittelemme, että luot sen heti, jos mahdollista. Tämän ajan jälkeen voit tehdä uuden pyynnön samasta linkistä: sinun on silloin annettava sähköpostiosoitteesi uudelleen ja vahvistettava pyyntösi.
    {""}
    Jos yllä oleva linkki ei toimi, kopioi koko osoite ja liitä se selaimesi osoiteriville.
    {""}
    Älä vastaa tähän viestiin. Jos sinulla on ongelmia, käytä sen sivuston ohjeita tai yhteystietoja, jolla yritit rekisteröityä.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = { $brand } -salasanasi
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    { $brand } -tilillesi { $email } pyydettiin uutta salasanaa.
    Valitse uusi salasana seuraavan linkin kautta:
    {""}
    { $link }
    {""}
    Linkin voimassaoloaika on { $duration }, ja linkkiä voi käyttää vain kerran. Jos et pyytänyt uutta salasanaa, voit jättää tämän viestin huomiotta: salasanaasi ei ole vaihdettu.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Rekisteröitymisyritys sähköpostiosoitteellasi
mail-existing-body =
    Joku yritti rekisteröityä { $brand } -palveluun sähköpostiosoitteellasi { $email }, jolla on jo tili.
    Jos se olit sinä etkä muista salasanaasi, voit valita uuden tästä:
    {""}
    { $link }
    {""}
    Jos se et ollut sinä, voit jättää tämän viestin huomiotta: mitään ei ole muutettu.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: liian monta epäonnistunutta kirjautumisyritystä
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    { $brand } -tiliisi { $email } on yritetty kirjautua salasanalla liian monta kertaa epäonnistuneesti. Tilisi suojaamiseksi salasanalla kirjautuminen on estetty { $until } asti.
    {""}
    Jos se olit sinä etkä muista salasanaasi, valitse uusi tästä; samalla esto päättyy:
    {""}
    { $link }
    {""}
    Jos se et ollut sinä, joku saattaa yrittää arvata salasanaasi: valitse samasta linkistä uusi, pitkä salasana ja tarkista tilisi tapahtumat { menu-my-account } -sivulla.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: tiliäsi on muutettu
# Below the sentence that says what changed.
mail-changed-advice = Jos et tehnyt tätä itse, kirjaudu { $brand } -palveluun, poista { menu-my-account } -sivulla kaikki, mitä et tunnista, vaihda salasanasi ja ota yhteyttä tukipalveluun.
mail-change-password = { $brand } -tilisi salasana vaihdettiin.
# $number: a phone number ("+32470123456").
mail-change-phone-added = { $brand } -tiliisi lisättiin matkapuhelinnumero { $number }.
mail-change-phone-removed = { $brand } -tililtäsi poistettiin matkapuhelinnumero { $number }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = { $brand } -tiliisi lisättiin mobiililaite ”{ $name }”.
mail-change-device-removed = { $brand } -tililtäsi poistettiin mobiililaite ”{ $name }”.
mail-change-device-locked = Mobiililaitteesi ”{ $name }” lukittiin, koska virheellisiä PIN-koodeja syötettiin liian monta. Jotta voit käyttää laitetta, poista se ja lisää se uudelleen { menu-my-account } -sivulla.
mail-change-security-key-added = { $brand } -tiliisi lisättiin suojausavain ”{ $name }”.
mail-change-security-key-removed = { $brand } -tililtäsi poistettiin suojausavain ”{ $name }”.
mail-change-authenticator-app-added = { $brand } -tiliisi lisättiin todennussovellus ”{ $name }”.
mail-change-authenticator-app-removed = { $brand } -tililtäsi poistettiin todennussovellus ”{ $name }”.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Kaikki { $brand } -tilisi laitteet poistettiin (1 mobiililaite, suojausavain tai todennussovellus).
   *[other] Kaikki { $brand } -tilisi laitteet poistettiin (yhteensä { $count } mobiililaitetta, suojausavainta ja todennussovellusta).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: tilisi poistettiin
mail-deleted-body = { $brand } -tilisi poistettiin pyynnöstäsi.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: vahvista todentamistapojesi poisto
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Joku kirjautui { $brand } -tiliisi { $email } salasanallasi ja pyysi poistamaan tilin kaikki todentamistavat (mobiililaitteet, suojausavaimet, todennussovellukset ja matkapuhelinnumerot), koska mitään niistä ei voi enää käyttää.
    {""}
    Jos se olit sinä, vahvista poisto tällä linkillä (voimassaoloaika { $duration }):
    {""}
    { $link }
    {""}
    Todentamistavat poistetaan, kun vahvistuksestasi on kulunut { $wait }. Siihen asti voit perua poiston, ja saat ilmoituksen sähköpostitse.
    {""}
    Jos se et ollut sinä, älä avaa linkkiä, ja vaihda salasanasi: joku tietää sen.
mail-recovery-started-subject = { $brand }: todentamistapasi poistetaan
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Kaikki { $brand } -tilisi { $email } todentamistavat (mobiililaitteet, suojausavaimet, todennussovellukset ja matkapuhelinnumerot) poistetaan { $when }, kuten tästä sähköpostilaatikosta pyydettiin ja vahvistettiin.
    {""}
    Jos et pyytänyt tätä, peru poisto heti tällä linkillä ja vaihda sitten salasanasi:
    {""}
    { $link }
    {""}
    Voit perua poiston myös kohdassa { menu-my-account } > Poista kaikki laitteeni.
mail-recovery-cancelled-subject = { $brand }: todentamistapojesi poisto peruttiin
mail-recovery-cancelled-body = { $brand } -tilisi todentamistapojen poisto peruttiin. Mitään ei poistettu.
mail-recovery-done-subject = { $brand }: todentamistapasi poistettiin
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Pyyntösi mukaisesti kaikki { $brand } -tilisi todentamistavat poistettiin (yhteensä 1). Lisää uusi mobiililaite, suojausavain tai puhelinnumero { menu-my-account } -sivulla.
   *[other] Pyyntösi mukaisesti kaikki { $brand } -tilisi todentamistavat poistettiin (yhteensä { $count }). Lisää uusi mobiililaite, suojausavain tai puhelinnumero { menu-my-account } -sivulla.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Käyttöoikeutesi sovellukseen { $app } hyväksyttiin
mail-access-denied-subject = Käyttöoikeuspyyntösi sovellukseen { $app } hylättiin
mail-access-revoked-subject = Käyttöoikeutesi sovellukseen { $app } peruttiin
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Sovelluksen { $app } tukipalvelu hyväksyi käyttöoikeuspyyntösi sovellukseen { $app } (käyttöoikeusprofiili { $profile }, organisaatio { $centre }).
mail-access-denied = Sovelluksen { $app } tukipalvelu hylkäsi käyttöoikeuspyyntösi sovellukseen { $app } (käyttöoikeusprofiili { $profile }, organisaatio { $centre }).
mail-access-revoked = Sovelluksen { $app } tukipalvelu perui käyttöoikeuden, joka myönnettiin pyynnöstäsi sovellukseen { $app } (käyttöoikeusprofiili { $profile }, organisaatio { $centre }).
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Tukipalvelun kommentti: { $comment }
mail-access-reason = Syy: { $reason }
mail-access-sign-in = Voit nyt kirjautua sovellukseen { $app } { $brand } -tililläsi.
# Followed by a line with the application's address.
mail-access-sign-in-at = Voit nyt kirjautua sovellukseen { $app } { $brand } -tililläsi:
mail-access-again = Voit lähettää uuden pyynnön osoitteessa { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Pyyntösi: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = { $brand } -koodi: { $code }. Voimassa { $minutes } min. Älä kerro koodia kenellekään.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Tätä QR-koodia ei tunnisteta. Skannaa QR-koodi, joka näytetään, kun lisäät mobiililaitteen { menu-my-account } -sivulla.
app-token-not-valid = Tämä QR-koodi on jo käytetty, vanhentunut tai mitätöity virheellisten PIN-koodien vuoksi. Lisää laite uudelleen { menu-my-account } -sivulla.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] PIN-koodi ei ole sama kuin { menu-my-account } -sivulla valittu. 1 yritys jäljellä.
   *[other] PIN-koodi ei ole sama kuin { menu-my-account } -sivulla valittu. { $remaining } yritystä jäljellä.
}
app-unknown-device = Tätä laitetta ei ole rekisteröity, tai sen rekisteröinti on poistettu.
app-bad-signature = Laitteen allekirjoitusta ei voitu todentaa.
# $seconds: a number.
app-stale = Laitteen allekirjoitus on yli { $seconds } sekuntia vanha (tai laitteen kello on väärässä).
app-replayed = Tämä laitteen allekirjoitus on jo käytetty.
app-device-locked = Tämä laite on lukittu, koska virheellisiä PIN-koodeja syötettiin liian monta. Poista laite ja lisää se uudelleen { menu-my-account } -sivulla.
app-not-pending = Tämä pyyntö on vanhentunut, tai siihen on jo vastattu.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Virheellinen PIN-koodi. 1 yritys jäljellä, ennen kuin laite lukitaan.
   *[other] Virheellinen PIN-koodi. { $remaining } yritystä jäljellä, ennen kuin laite lukitaan.
}
app-wrong-number = Tämä ei ole verkkosivulla näytetty numero. Pyyntö peruutettiin.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Kirjautumispyyntö sovelluksesta { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Kehitystilan lähtevät viestit
outbox-hint = Vain kehitystilassa: kaikki palvelun lähettämät sähköpostit ja tekstiviestit, uusimmat ensin.
outbox-empty = Lähtevät viestit -kansio on tyhjä.
outbox-email = Sähköposti
outbox-sms = Tekstiviesti
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } vastaanottajalle { $to }, lähetetty { $when }
