# The provider's texts in English (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Kirjaudu sisään
login-heading = Kirjaudu sisään jatkaaksesi
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Tervetuloa, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (etkö ole sinä?)
login-submit = Kirjaudu sisään
login-cancel = Peruuta ja palaa sovellukseen
login-choose-another = Valitse toinen todentamistapa
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = perustaso
login-level-medium = keskitaso
login-level-high = korkea taso

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Salasana
login-method-sms = Matkapuhelin + tekstiviesti
login-method-app-pin = Mobiilisovelluksen PIN-koodi
login-method-app-qr = Mobiilisovelluksen QR-koodi
login-method-webauthn = Suojausavain tai laitteen todentaja
login-method-totp = Todennussovellus (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Jos haluat poistaa kaikki laitteesi, vahvista henkilöllisyytesi kirjautumalla uudelleen.
login-reauth-devices = Jos haluat lisätä tai poistaa mobiililaitteen, vahvista henkilöllisyytesi kirjautumalla uudelleen.
login-reauth-phones = Jos haluat lisätä tai poistaa matkapuhelinnumeron, vahvista henkilöllisyytesi kirjautumalla uudelleen.
login-reauth-security-keys = Jos haluat lisätä tai poistaa suojausavaimen, vahvista henkilöllisyytesi kirjautumalla uudelleen.
login-reauth-authenticator-apps = Jos haluat lisätä tai poistaa todennussovelluksen, vahvista henkilöllisyytesi kirjautumalla uudelleen.
login-reauth-delete-account = Jos haluat poistaa tilisi, vahvista henkilöllisyytesi kirjautumalla uudelleen.
login-reauth-sessions = Jos haluat lopettaa istunnon, vahvista henkilöllisyytesi kirjautumalla uudelleen.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Kirjautumistapojen muuttaminen edellyttää aina tuoretta kirjautumista.

## The identifier page (login_identifier.html)

login-client-uses = { $client } käyttää { $brand } -palvelua tunnistaakseen sinut.
login-email-label = Sähköpostiosoitteesi
login-email-required = Anna { $brand } -tilisi sähköpostiosoite.
login-remember = Muista minut tällä laitteella
login-next = Seuraava
login-create-account = Luo tili

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } edellyttää kirjautumista toisella todentamistavalla (todentamistaso: { $level }).
login-password-label = Salasana
login-method-label = Valitse todentamistapa
login-method-hint = Matkapuhelinnumerot, mobiililaitteet ja suojausavaimet lisätään Oma tili -sivulla (rataskuvakkeen valikko), kun olet kirjautunut salasanallasi.
login-lost-password = Unohditko salasanasi?
login-method-invalid = Valitse jokin luettelon todentamistavoista.
login-invalid-credentials = Virheellinen sähköpostiosoite tai salasana
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Tällä sähköpostiosoitteella on tehty liian monta epäonnistunutta kirjautumisyritystä. Tilin suojaamiseksi salasanalla kirjautuminen on estetty { $until } asti (jäljellä { $wait }). Jos olet unohtanut salasanasi, valitse uusi linkistä ”Unohditko salasanasi?”.
# $wait is a length of time ("5 minutes").
login-throttled = Verkostasi on tehty liian monta epäonnistunutta kirjautumisyritystä. Yritä uudelleen, kun { $wait } on kulunut.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Todentamistapa
login-password-accepted = Salasanasi on hyväksytty.
# $method is one of login-method-*.
login-method-not-added = Et ole vielä lisännyt tätä todentamistapaa ({ $method }) tiliisi.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = { $method } ei täytä tämän sovelluksen edellyttämää todentamistasoa ({ $level }).
login-no-usable-method = Tililläsi ei ole vielä yhtään todentamistapaa, jonka tämä sovellus hyväksyy.
login-not-added-yet = Ei vielä lisätty tiliisi:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: kirjaudu salasanallasi ja lisää se sitten Oma tili -sivulla (rataskuvakkeen valikko).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } Oma tili -sivulla
# $method is one of login-method-*.
login-method-not-accepted = Tämä sovellus ei hyväksy todentamistapaa { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Lähetä vahvistuskoodi tekstiviestinä numeroon
login-sms-send = Lähetä koodi
login-sms-sent = Vahvistuskoodi lähetettiin tekstiviestinä matkapuhelimeesi. Viestin saapuminen voi kestää jopa 8 minuuttia.
# $wait is a length of time ("1 minute").
login-sms-next-code = Jos koodia ei tule, voit pyytää uuden, kun { $wait } on kulunut.
login-sms-resend = Lähetä uusi koodi
login-sms-off = Todentamistapa Matkapuhelin + tekstiviesti ei ole käytettävissä tässä palvelussa.
login-sms-limited-title = Odota ennen kuin pyydät uutta koodia
# $wait is a length of time ("1 minute").
login-sms-limited = Tekstiviesti lähetettiin hetki sitten, tai viestejä on lähetetty liian monta. Voit pyytää uuden koodin, kun { $wait } on kulunut.
login-sms-not-delivered = Koodisi sisältävää tekstiviestiä ei voitu toimittaa tähän numeroon. Lähetä uusi koodi tai valitse toinen todentamistapa.
login-sms-choose-phone = Valitse jokin rekisteröidyistä matkapuhelinnumeroistasi.
login-sms-wrong = Vahvistuskoodi on virheellinen. { $remaining ->
    [one] { $remaining } yritys jäljellä.
   *[other] { $remaining } yritystä jäljellä.
}
login-sms-dead = Tämä vahvistuskoodi ei ole enää voimassa (se on vanhentunut tai korvattu uudella, tai virheellisiä yrityksiä on ollut liian monta). Lähetä uusi koodi.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Todennussovellus
login-totp-intro = Avaa puhelimesi todennussovellus ja syötä { $brand } -palvelun 6-numeroinen koodi, jonka sovellus näyttää.
login-totp-code-label = Syötä 6-numeroinen koodi
login-totp-wrong = Koodi on virheellinen. Syötä 6-numeroinen koodi, jonka todennussovelluksesi näyttää nyt. { $remaining ->
    [one] { $remaining } yritys jäljellä.
   *[other] { $remaining } yritystä jäljellä.
}
login-totp-reused = Tämä koodi on jo käytetty. Odota, kunnes todennussovelluksesi näyttää uuden koodin, ja syötä se. { $remaining ->
    [one] { $remaining } yritys jäljellä.
   *[other] { $remaining } yritystä jäljellä.
}
login-totp-stopped = Virheellisiä koodeja syötettiin liian monta. Turvallisuutesi vuoksi tämä kirjautuminen keskeytettiin: aloita alusta sovelluksesta.
login-totp-paused-title = Liian monta virheellistä koodia
# $wait is a length of time ("50 minutes").
login-totp-paused = Tilillesi on syötetty liian monta virheellistä todennussovelluksen koodia. Voit käyttää sovellusta uudelleen, kun { $wait } on kulunut. Valitse sillä välin toinen todentamistapa.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Kun selain pyytää, aseta suojausavain paikalleen ja kosketa sitä tai avaa tietokoneesi tai puhelimesi lukitus.
login-webauthn-start = Käytä suojausavaintani
login-webauthn-off = Suojausavaimia ei voi käyttää tässä palvelussa.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Mobiililaitteisiisi lähetettiin pyyntö kirjautua sovellukseen { $client }. Avaa { $brand } -mobiilisovellus, valitse tämä numero ja syötä PIN-koodisi:
login-app-pin-waiting = Odotetaan hyväksyntääsi mobiililaitteella…
# A button shown only when the browser runs no script.
login-app-pin-continue = Olen hyväksynyt: jatka
login-app-pin-resend = Lähetä uusi pyyntö
login-app-pin-approved = Hyväksytty mobiililaitteellasi. Sinut kirjataan sisään…
login-app-pin-denied = Pyyntö hylättiin mobiililaitteellasi.
login-app-pin-wrong-number = Mobiililaitteellasi valittu numero ei ollut sama kuin tässä näytetty. Pyyntö peruutettiin.
login-app-pin-expired = Pyyntö on vanhentunut. Lähetä mobiililaitteeseesi uusi pyyntö.
login-app-pin-limited-title = Liian monta pyyntöä
# $wait is a length of time ("1 minute").
login-app-pin-limited = Mobiililaitteisiisi on lähetetty liian monta kirjautumispyyntöä. Yritä uudelleen, kun { $wait } on kulunut, tai valitse toinen todentamistapa.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Skannaa tämä QR-koodi { $brand } -mobiilisovelluksella ja syötä PIN-koodisi sovellukseen. Tämä toimii, vaikka puhelimessasi ei olisi verkkoyhteyttä.
# The text alternative of the QR code image.
login-app-qr-alt = QR-koodi, joka skannataan { $brand } -mobiilisovelluksella
login-app-qr-paste = Etkö voi skannata? Liitä tämä teksti sovellukseen:
login-app-qr-code-label = Sovelluksesi luoma koodi
login-app-qr-wrong = Koodi on virheellinen. { $remaining ->
    [one] { $remaining } yritys jäljellä.
   *[other] { $remaining } yritystä jäljellä.
}
login-app-qr-dead = Tämä QR-koodi ei ole enää voimassa (se on vanhentunut, tai virheellisiä koodeja on syötetty liian monta). Näytössä on uusi QR-koodi: skannaa se sovelluksellasi.
login-app-qr-locked-title = Mobiililaite lukittu
login-app-qr-locked = Mobiililaitteesi lukittiin, koska virheellisiä koodeja tai PIN-koodeja syötettiin liian monta. Poista laite ja lisää se uudelleen Oma tili -sivulla, tai valitse toinen todentamistapa.

## Refusals of any sign-in step

login-expired-title = Tämä kirjautumissivu on vanhentunut
login-expired = Kirjautumissivut ovat voimassa rajoitetun ajan, ja niitä voi käyttää vain kerran. Jos olit kirjautumassa sovellukseen, palaa siihen ja kirjaudu uudelleen; muussa tapauksessa aloita etusivulta.
login-form-incomplete = Lomaketta ei täytetty kokonaan. Palaa takaisin ja yritä uudelleen.
login-request-invalid = Sovelluksen lähettämä pyyntö ei ole kelvollinen, joten sitä ei voida käsitellä. Palaa sovellukseen ja yritä uudelleen.
login-already-completed = Tämä kirjautuminen on jo suoritettu.
login-redirect-invalid = Rekisteröity uudelleenohjausosoite ei ole kelvollinen.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Vahvempi todentamistapa vaaditaan
# $level is one of login-level-*.
login-step-up-needed = { $client } edellyttää kirjautumista, jonka todentamistaso on { $level } (salasana ja toinen todentamistapa, kuten matkapuhelin tai suojausavain). Tililläsi ei ole vielä sellaista todentamistapaa.
login-step-up-hint = Lisää matkapuhelinnumero, mobiililaite tai suojausavain Oma tili -sivulla ja palaa sitten tänne.
login-step-up-account = Lisää todentamistapa Oma tili -sivulla
login-return-to-app = Palaa sovellukseen

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Palataan sovellukseen
login-form-post-noscript = JavaScript ei ole käytössä: jatka painamalla painiketta.
login-continue = Jatka

## Signing out (logout.html)

login-logout-title = Kirjaudu ulos
# $email is the address of the signed-in account.
login-logout-question-as = Haluatko kirjautua ulos { $brand } -palvelusta käyttäjänä { $email }?
login-logout-question = Haluatko kirjautua ulos { $brand } -palvelusta?
login-logout-apps = Sinut kirjataan ulos myös sovelluksista, joita käytit tämän istunnon aikana.
login-logout-submit = Kirjaudu ulos
login-signed-out-title = Olet kirjautunut ulos
login-signed-out = Olet kirjautunut ulos { $brand } -palvelusta.
login-sign-in-again = Kirjaudu uudelleen
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = id_token_hint ei ole tämän palvelun myöntämä ID-tunniste.
login-logout-client-mismatch = client_id ei vastaa id_token_hint-arvoa.
login-logout-uri-unregistered = post_logout_redirect_uri-osoitetta ei ole rekisteröity tälle sovellukselle.
login-logout-uri-invalid = post_logout_redirect_uri-osoite ei ole kelvollinen.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Vähintään { $min } merkkiä (enintään { $max }); muutama toisiinsa liittymätön sana on hyvä salasana
login-policy-rule-any = Välilyönnit ja kaikki merkit ovat sallittuja; eri merkkityyppejä ei tarvitse yhdistellä
login-policy-rule-common = Ei yleisesti käytetty tai vuotanut salasana eikä helposti arvattava (ei toistuvia sanoja, näppäinrivejä tai merkkisarjoja)
login-policy-rule-personal = Ei saa sisältää nimeäsi tai sähköpostiosoitettasi
# $length and $min are numbers of characters.
login-policy-too-short = Salasana on liian lyhyt: { $length ->
    [one] { $length } merkki
   *[other] { $length } merkkiä
}, vaaditaan vähintään { $min }.
# $max is a number of characters.
login-policy-too-long = Salasana on liian pitkä: enintään { $max } merkkiä.
login-policy-personal = Salasana ei saa sisältää nimeäsi tai sähköpostiosoitettasi.
login-policy-common = Tämä salasana on liian yleinen: se esiintyy vuotaneiden salasanojen luetteloissa.
login-policy-guessable = Tämä salasana on liian helppo arvata. Kokeile muutamaa toisiinsa liittymätöntä sanaa, esimerkiksi lyhyttä lausetta, jonka vain sinä kirjoittaisit.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Tämä salasana on liian helppo arvata: { $reason } Kokeile muutamaa toisiinsa liittymätöntä sanaa, esimerkiksi lyhyttä lausetta, jonka vain sinä kirjoittaisit.
login-policy-why-keyboard-rows = suorat näppäinrivit on helppo arvata.
login-policy-why-keyboard-patterns = lyhyet näppäimistökuviot on helppo arvata.
login-policy-why-repeats = toistot, kuten ”aaa”, on helppo arvata.
login-policy-why-repeated-words = toistot, kuten ”abcabcabc”, ovat vain vähän vaikeampia arvata kuin ”abc”.
login-policy-why-top-10 = tämä on yksi 10 yleisimmästä salasanasta.
login-policy-why-top-100 = tämä on yksi 100 yleisimmästä salasanasta.
login-policy-why-common = tämä on hyvin yleinen salasana.
login-policy-why-similar = tämä muistuttaa yleisesti käytettyä salasanaa.
login-policy-why-sequences = merkkisarjat, kuten abc tai 6543, on helppo arvata.
login-policy-why-years = viimeaikaiset vuosiluvut on helppo arvata.
login-policy-why-word = yksittäinen sana on helppo arvata.
login-policy-why-dates = päivämäärät on usein helppo arvata.
login-policy-why-names = etu- ja sukunimet sellaisinaan on helppo arvata.
login-policy-why-common-names = yleiset etu- ja sukunimet on helppo arvata.
