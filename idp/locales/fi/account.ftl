# The provider's texts in English (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Etunimi
account-last-name = Sukunimi
account-email = Sähköposti
account-language = Kieli
account-cancel = Peruuta
account-submit = Lähetä
account-save = Tallenna
account-delete = Poista
account-sign-in = Kirjaudu sisään
account-back = Oma tili
account-wait-title = Odota ennen kuin pyydät uudelleen
account-link-invalid-title = Tämä linkki ei ole enää voimassa
account-check-email-title = Tarkista sähköpostisi
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = vanhentunut
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = tuntematon

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Tervetuloa, { $name }
account-home-signed-in = Olet kirjautunut { $brand } -palveluun käyttäjänä { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Olet kirjautunut { $brand } -palveluun käyttäjänä { $email } (todentamistaso: { $level }).
account-home-change-password-hint = (Oma tili -sivulla nykyisellä salasanallasi)
account-home-forgot-password = Unohditko salasanasi?
account-home-sign-out = Kirjaudu ulos
account-home-intro = Yksi tili, jolla kirjaudut kaikkiin { $brand } -palveluun liitettyihin sovelluksiin.
account-home-register = Luo tili

## My Account (templates/account.html)

account-title = Oma tili
account-details-heading = Tilini tiedot
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (ulkoinen)
account-level = Tämän istunnon todentamistaso
account-needs-second-factor = CPMS:n kaltaiset sovellukset edellyttävät toista todentamistapaa: lisää matkapuhelinnumero, mobiililaite, suojausavain tai todennussovellus.
account-menu-change-password = Vaihda salasana
account-menu-details = Muokkaa henkilötietojani
account-menu-delete = Poista tilini
account-menu-devices = Hallinnoi mobiililaitteitani
account-menu-phones = Hallinnoi matkapuhelinnumeroitani
account-menu-security-keys = Hallinnoi suojausavaimiani
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (lisätty)
account-menu-authenticator-apps = Hallinnoi todennussovelluksiani
account-menu-sessions = Näytä istuntoni
account-menu-sessions-hint = Voit tarkastella istuntoja, jotka on avattu käyttämiisi sovelluksiin.
account-menu-delete-devices = Poista kaikki laitteeni
account-menu-delete-devices-hint = Uutta puhelinta varten: poistaa kaikki mobiililaitteet, suojausavaimet ja todennussovellukset.
account-menu-activity = Tapahtumat
account-menu-activity-hint = Tilisi viimeaikaiset tietoturvatapahtumat.
account-notice-password = Salasanasi vaihdettiin. Muut istuntosi lopetettiin.
account-notice-details = Henkilötietosi tallennettiin.
account-notice-devices = Kaikki laitteesi poistettiin. Voit nyt lisätä uuden laitteesi.
account-notice-session = Istunto lopetettiin.
account-notice-sent-again = Sähköpostiviesti on taas matkalla.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Osa sähköpostiviesteistä ei tavoittanut sinua
# $email: the account's address.
account-undelivered = Osoitteen { $email } postipalvelin hylkäsi nämä sähköpostiviestit, tai niitä ei voitu toimittaa ajoissa. Jos postilaatikkosi oli täynnä tai osoite on muuttunut, korjaa se ensin ja lähetä viestit sitten uudelleen.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = ”{ $subject }”, { $when }
account-undelivered-send-again = Lähetä uudelleen
account-undelivered-gone = Tätä sähköpostiviestiä ei voi lähettää uudelleen: se on jo lähetetty, tai se ei ole sinun.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Muokkaa henkilötietojani
account-first-name-missing = Anna etunimesi.
account-last-name-missing = Anna sukunimesi.
account-first-name-too-long = Etunimessä saa olla enintään 100 tavallista merkkiä.
account-last-name-too-long = Sukunimessä saa olla enintään 100 tavallista merkkiä.
account-language-invalid = Valitse kieli luettelosta.

## Change password (templates/account_password.html)

account-password-title = Vaihda salasana
account-password-wait = Turvallisuussyistä sinun on odotettava, ennen kuin voit vaihtaa salasanasi uudelleen: jäljellä { $wait }. Kiireellisissä tapauksissa ota yhteyttä tukipalveluun.
account-password-rules = Uuden salasanasi on noudatettava seuraavia sääntöjä:
account-password-current = Nykyinen salasana
account-password-new = Uusi salasana
account-password-confirm = Vahvista uusi salasana
account-password-too-long = Salasana on liian pitkä.
account-password-wrong-current = Nykyinen salasanasi on virheellinen.
account-password-too-soon = Turvallisuussyistä sinun on odotettava, ennen kuin vaihdat salasanasi uudelleen: jäljellä { $wait }. Kiireellisissä tapauksissa ota yhteyttä tukipalveluun.
account-password-mismatch = Uudet salasanat eivät ole samat.

## Delete my account (templates/account_delete.html)

account-delete-title = Poista tilini
account-delete-warning = { $brand } -tilisi sekä sen puhelinnumerot, laitteet ja suojausavaimet poistetaan, ja kaikille sovelluksille, joihin olet kirjautunut, ilmoitetaan asiasta. Poistoa ei voi perua.
account-delete-confirm = Haluan poistaa { $brand } -tilini
account-delete-unconfirmed = Vahvista tilisi poistaminen valitsemalla valintaruutu.
account-deleted-title = Tilisi poistettiin
account-deleted = { $brand } -tilisi ja kaikki siihen liitetyt tiedot poistettiin.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Poista kaikki laitteeni
account-delete-devices-pending = Kaikki tilisi todentamistavat poistetaan { $when }, kuten pyysit sähköpostitse.
account-delete-devices-none = Tililläsi ei ole mobiililaitetta, suojausavainta eikä todennussovellusta. Lisää sellainen Oma tili -sivulla.
account-delete-devices-now = Käytä tätä, kun sinulla on uusi puhelin: kaikki tilisi mobiililaitteet, suojausavaimet ja todennussovellukset poistetaan. Lisää sen jälkeen uusi laitteesi kohdassa ”Hallinnoi mobiililaitteitani”. Matkapuhelinnumerosi säilyvät.
account-delete-devices-why = Tilisi suojaamiseksi pelkällä salasanalla ei voi poistaa todentamistapoja: muuten kuka tahansa salasanasi saanut voisi lisätä tilalle omansa.
account-delete-devices-can-use = Voin vielä käyttää jotakin niistä
account-delete-devices-can-use-text = Kirjaudu uudelleen vanhalla puhelimellasi, suojausavaimellasi tai todennussovelluksellasi ja poista ne sitten kaikki kerralla.
account-delete-devices-reauth = Kirjaudu todentamistavalla
account-delete-devices-cannot-use = En voi käyttää yhtäkään niistä
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Lähetämme linkin sähköpostiosoitteeseesi. Kun olet vahvistanut poiston linkin kautta, kaikki tilisi todentamistavat (mobiililaitteet, suojausavaimet, todennussovellukset ja matkapuhelinnumerot) poistetaan, kun { $wait } on kulunut. Saat heti ilmoituksen sähköpostitse ja voit perua poiston siihen asti.
account-delete-devices-send-link = Lähetä minulle linkki

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Poista kaikki todentamistavat
# $minutes: how long the link can be used.
account-recovery-sent = Linkki lähetettiin osoitteeseen { $email }. Se on voimassa { $minutes ->
    [one] { $minutes } minuutin
   *[other] { $minutes } minuuttia
}.
account-recovery-sent-next = Vahvista poisto linkin kautta. Todentamistapasi poistetaan, kun vahvistuksesta on kulunut { $wait }, ja voit perua poiston siihen asti.
account-recovery-confirm-text = Kaikki { $brand } -tilin { $email } mobiililaitteet, suojausavaimet, todennussovellukset ja matkapuhelinnumerot poistetaan, kun vahvistuksestasi on kulunut { $wait }. Saat ilmoituksen sähköpostitse, ja viestissä on linkki poiston perumiseen.
account-recovery-confirm = Vahvista
account-recovery-started-title = Poisto vahvistettu
account-recovery-started = Kaikki tilisi todentamistavat poistetaan { $when }.
account-recovery-started-next = Sinulle lähetettiin sähköpostiviesti, jossa on linkki poiston perumiseen. Kun poisto on tehty, kirjaudu salasanallasi ja lisää uusi laitteesi Oma tili -sivulla.
account-recovery-cancel-title = Peru todentamistapojesi poisto
account-recovery-due = Kaikki tilisi todentamistavat on määrä poistaa { $when }.
account-recovery-cancel = Peru poisto
account-recovery-cancel-hint = Jos et itse pyytänyt poistoa, vaihda myös salasanasi: joku tietää sen.
account-recovery-cancelled-title = Poisto peruttu
account-recovery-cancelled = Mitään ei poistettu. Todentamistapasi säilyvät ennallaan.
account-recovery-nothing-title = Ei peruttavaa
account-recovery-nothing = Todentamistapojesi poistoa ei ollut odottamassa.
account-recovery-invalid = Avaamasi linkki on vanhentunut, se on jo käytetty tai se on korvattu uudemmalla.
account-recovery-start-again = Aloita alusta kohdasta ”Poista kaikki laitteeni”
account-recovery-paced = Linkin sisältävä sähköpostiviesti lähetettiin hetki sitten. Voit pyytää uuden, kun { $wait } on kulunut.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Näytä istuntoni
account-sessions-title = Istuntoni
account-sessions-started = Aloitettu
account-sessions-last-seen = Viimeksi aktiivinen
account-sessions-level = Taso
account-sessions-from = Lähde
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Toiminto
account-sessions-current = Tämä istunto
account-sessions-end = Lopeta tämä istunto
account-sessions-not-yours = Tämä istunto ei ole sinun, tai se on jo päättynyt.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Tapahtumat
account-activity-intro = Tilisi viimeisimmät tietoturvatapahtumat.
account-activity-when = Aika
account-activity-what = Tapahtuma
account-activity-from = Lähde
account-activity-details = Tiedot
account-event-signin-success = Kirjautuminen onnistui
account-event-signin-failure = Kirjautuminen epäonnistui
account-event-signed-out = Uloskirjautuminen
account-event-account-registered = Tili luotu
account-event-account-locked = Salasanalla kirjautuminen estetty liian monen epäonnistuneen yrityksen jälkeen
account-event-password-set = Salasana asetettu tai vaihdettu
account-event-factor-added = Todentamistapa lisätty
account-event-factor-removed = Todentamistapa poistettu
account-event-sms-sent = Tekstiviesti lähetetty
account-event-device-locked = Mobiililaite lukittu (virheelliset PIN-koodit)
account-event-push-denied = Kirjautumispyyntö hylätty mobiililaitteella
account-event-push-wrong-number = Mobiililaitteella valittu väärä numero
account-event-token-revoked = Sovellus perui pääsyn
account-event-code-replayed = Kirjautumiskoodia käytettiin kahdesti: sillä saatu pääsy peruttiin
account-event-refresh-reused = Vanhaa pääsytunnusta käytettiin uudelleen: siihen liittyvä pääsy peruttiin
account-event-recovery-link-sent = Kaikkien todentamistapojen poistoa pyydetty (linkki lähetetty sähköpostitse)
account-event-recovery-started = Kaikkien todentamistapojen poisto vahvistettu (odotusaika)
account-event-recovery-cancelled = Kaikkien todentamistapojen poisto peruttu
account-event-access-requested = Käyttöoikeutta pyydetty
account-event-access-approved = Käyttöoikeuspyyntö hyväksytty
account-event-access-denied = Käyttöoikeuspyyntö hylätty
account-event-access-revoked = Käyttöoikeus peruttu
account-event-message-undelivered = Sähköposti- tai tekstiviestiä ei toimitettu
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = matkapuhelinnumero
account-activity-factor-mobile-device = mobiililaite
account-activity-factor-security-key = suojausavain
account-activity-factor-authenticator-app = todennussovellus
account-activity-factor-count = { $count ->
    [one] { $count } todentamistapa
   *[other] { $count } todentamistapaa
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } ”{ $name }”
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = ”{ $name }”
# $method is the verification method used (one of login-method-*).
account-activity-method = todentamistapa: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = { $level }
# $client is the name of the application signed in to.
account-activity-client = sovellus: { $client }
account-activity-via-my-account = Oma tili -sivulla
account-activity-via-set-password = rekisteröitymisviestin linkillä
account-activity-via-reset = ”Unohditko salasanasi?” -linkillä
account-activity-via-recovery = tilin palauttamisen jälkeen
account-activity-purpose-sms-enrol = uuden numeron vahvistamiseksi
account-activity-purpose-sms-login = kirjautumista varten
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = numeroon { $phone }
account-activity-pin-failures = { $count ->
    [one] { $count } virheellisen PIN-koodin jälkeen
   *[other] { $count } virheellisen PIN-koodin jälkeen
}
account-activity-until = { $when } asti
account-activity-on = ajankohta: { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = käyttöoikeusprofiili { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = käsittelijä: { $name }
account-activity-by-helpdesk = käsittelijä: tukipalvelu
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = syy: { $reason }
account-activity-reason-wrong-password = väärä salasana
account-activity-reason-no-password = salasanaa ei ole asetettu
account-activity-reason-unknown-account = tuntematon tili
account-activity-reason-locked = lukittu
account-activity-reason-wrong-code = väärä koodi
account-activity-reason-code-reused = koodi käytetty uudelleen
account-activity-reason-too-many-codes = liian monta koodia
account-activity-reason-too-many-codes-hour = liian monta koodia tämän tunnin aikana
account-activity-reason-device-locked = laite lukittu
account-activity-reason-expired = pyyntö vanhentunut
account-activity-reason-not-verified = vastausta ei voitu todentaa
account-activity-reason-already-registered = jo rekisteröity
account-activity-token-access = pääsytunnus
account-activity-token-refresh = päivitystunnus
account-activity-grant-revoked = myönnetty oikeus peruttu
account-activity-family-revoked = tunnusketju peruttu

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Luo tili
account-register-intro = Käytä mieluiten organisaatiosi sähköpostiosoitetta. Saat sähköpostiviestin, jossa on linkki salasanan luomiseen.
account-register-email-confirm = Vahvista sähköpostiosoite
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Sähköpostien kieli
account-register-submit = Luo tili
account-register-sign-in = Onko sinulla jo tili? Kirjaudu sisään
account-register-thanks = Kiitos rekisteröitymisestä.
# $minutes: how long the link can be used.
account-register-sent = Osoitteeseen { $email } on matkalla sähköpostiviesti, jossa on linkki salasanan luomiseen. Linkki on voimassa { $minutes ->
    [one] { $minutes } minuutin
   *[other] { $minutes } minuuttia
}. Viestin saapuminen voi kestää muutaman minuutin; tarkista myös roskapostikansio.
account-register-first-name-invalid = Etunimesi on liian pitkä tai sisältää merkkejä, jotka eivät ole sallittuja.
account-register-last-name-invalid = Sukunimesi on liian pitkä tai sisältää merkkejä, jotka eivät ole sallittuja.
account-register-email-invalid = Anna kelvollinen sähköpostiosoite, esimerkiksi nimi@sairaala.eu.
account-register-email-mismatch = Sähköpostiosoitteet eivät ole samat.
account-register-throttled = Tähän osoitteeseen lähetettiin sähköpostiviesti hetki sitten, tai verkostasi on pyydetty liian monta viestiä. Voit pyytää uudelleen, kun { $wait } on kulunut.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Luo salasana
# $email is the address of the account whose password is being created.
account-set-password-account = Tili: { $email }
account-set-password-rules = Salasanasi on noudatettava seuraavia sääntöjä:
account-set-password-new = Uusi salasana
account-set-password-confirm = Vahvista uusi salasana
account-set-password-mismatch = Salasanat eivät ole samat.
account-set-password-done-title = Salasanasi on asetettu
account-set-password-done = Salasanasi on tallennettu. Voit nyt kirjautua sisään sähköpostiosoitteellasi ja tällä salasanalla.
account-password-recent-title = Vaihdoit salasanasi äskettäin
account-password-recent = Turvallisuussyistä sinun on odotettava, ennen kuin vaihdat salasanasi uudelleen. Voit vaihtaa sen uudelleen, kun { $wait } on kulunut.
account-password-urgent = Kiireellisissä tapauksissa ota yhteyttä tukipalveluun.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Unohditko salasanasi?
# $minutes: how long a link can be used.
account-forgot-expired = Avaamasi linkki on vanhentunut, tai se on jo käytetty. Linkit ovat voimassa { $minutes ->
    [one] { $minutes } minuutin
   *[other] { $minutes } minuuttia
}, ja niitä voi käyttää vain kerran.
account-forgot-again = Anna sähköpostiosoitteesi uudelleen, niin saat uuden linkin.
account-forgot-intro = Anna { $brand } -tilisi sähköpostiosoite. Lähetämme sinulle linkin uuden salasanan valitsemista varten. Linkki on voimassa { $minutes ->
    [one] { $minutes } minuutin
   *[other] { $minutes } minuuttia
}.
account-forgot-submit = Lähetä minulle linkki
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Jos osoitteella { $email } on { $brand } -tili, sinulle on lähetetty sähköpostiviesti, jossa on linkki salasanan valitsemiseen. Linkki on voimassa { $minutes ->
    [one] { $minutes } minuutin
   *[other] { $minutes } minuuttia
}. Jos viestiä ei tule, voit pyytää uuden, kun { $wait } on kulunut.
