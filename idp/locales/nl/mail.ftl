# De teksten van de aanbieder in het Nederlands (mail); zie main.ftl.
#
# De e-mails en sms'jes die de aanbieder verstuurt, in de taal van het account waarover ze
# gaan (mail/messages.rs), de berichten van de API van de mobiele app die de app aan de
# gebruiker toont (http/app_api.rs), en de ontwikkelpagina met de uitgaande berichten
# (templates/outbox.html).
#
# In de e-mails: $brand is de naam van de dienst ("EU Login"), $email het e-mailadres van het
# account, $link een webadres. Laat elke { $link } alleen op een eigen regel staan, zoals hier:
# e-mailprogramma's maken er een link van. Een regel met alleen {""} is een lege regel tussen
# twee alinea's (het HTML-deel van de e-mail maakt van elke alinea een blok): laat die staan.

## Elke e-mail

# De eerste regel van elke e-mail, gevolgd door een lege regel. $first_name en $last_name zijn
# de namen van de ontvanger (de achternaam staat soms in hoofdletters).
mail-greeting = Beste { $first_name } { $last_name },
# De laatste regel van elke e-mail.
mail-signature = Verzonden door { $brand }

## Registratie: de link om het wachtwoord aan te maken (account/registration.rs)

mail-registered-subject = U bent geregistreerd bij { $brand }
# $duration: hoe lang de link werkt, in woorden ("1 uur", "30 minuten").
mail-registered-body =
    U bent geregistreerd bij { $brand }.
    Uw e-mailadres is { $email }
    {""}
    Volg de onderstaande link om uw wachtwoord aan te maken:
    {""}
    { $link }
    {""}
    U hebt vanaf het moment waarop dit bericht is verzonden maximaal { $duration } om uw wachtwoord aan te maken, maar we raden u aan dit indien mogelijk meteen te doen. Na die tijd kunt u via dezelfde link een nieuwe aanvraag doen: u moet dan uw e-mailadres opnieuw invoeren en uw aanvraag bevestigen.
    {""}
    Als de bovenstaande link niet werkt, kopieer dan het volledige adres hierboven en plak het in de adresbalk van uw browser.
    {""}
    Antwoord niet op dit bericht; hebt u een probleem, gebruik dan de hulp- of contactgegevens op de website waar u zich wilde registreren.

## Wachtwoord vergeten: de link om een nieuw te kiezen (account/registration.rs)

mail-reset-subject = Uw wachtwoord voor { $brand }
# $duration: hoe lang de link werkt, in woorden ("1 uur", "30 minuten").
mail-reset-body =
    Er is een nieuw wachtwoord aangevraagd voor uw { $brand }-account { $email }.
    Volg de onderstaande link om een nieuw wachtwoord te kiezen:
    {""}
    { $link }
    {""}
    De link is { $duration } geldig en kan één keer worden gebruikt. Als u hier niet om hebt gevraagd, negeer dit bericht dan: uw wachtwoord is niet gewijzigd.

## Een registratie met een adres dat al een account heeft: de eigenaar wordt ingelicht

mail-existing-subject = Registratiepoging met uw e-mailadres
mail-existing-body =
    Iemand heeft geprobeerd zich bij { $brand } te registreren met uw e-mailadres { $email }, waarvoor al een account bestaat.
    Als u dat was en u uw wachtwoord niet meer weet, kunt u hier een nieuw wachtwoord kiezen:
    {""}
    { $link }
    {""}
    Als u dat niet was, negeer dit bericht dan: er is niets gewijzigd.

## Te veel onjuiste wachtwoorden: aanmelden met een wachtwoord is een tijd geblokkeerd

mail-lockout-subject = { $brand }: te veel mislukte aanmeldpogingen
# $until: de datum en tijd waarop de blokkering eindigt ("6 december 2026 om 08:34 UTC").
mail-lockout-body =
    Er zijn te veel mislukte pogingen gedaan om u met een wachtwoord aan te melden bij uw { $brand }-account { $email }. Ter bescherming van uw account is aanmelden met een wachtwoord geblokkeerd tot { $until }.
    {""}
    Als u dat was en u uw wachtwoord niet meer weet, kies dan hier een nieuw wachtwoord; daarmee wordt de blokkering ook opgeheven:
    {""}
    { $link }
    {""}
    Als u dat niet was, probeert iemand misschien uw wachtwoord te raden: kies via dezelfde link een nieuw, lang wachtwoord en controleer de activiteit van uw account in { menu-my-account }.

## Er is iets gewijzigd aan het account: de melding, en één zin voor elk soort wijziging

mail-changed-subject = { $brand }: uw account is gewijzigd
# Onder de zin die zegt wat er is gewijzigd.
mail-changed-advice = Als u dit niet zelf hebt gedaan, meld u dan aan bij { $brand }, verwijder in { menu-my-account } wat u niet herkent, wijzig uw wachtwoord en neem contact op met de helpdesk.
mail-change-password = Het wachtwoord van uw { $brand }-account is gewijzigd.
# $number: een telefoonnummer ("+32470123456").
mail-change-phone-added = Het mobiele telefoonnummer { $number } is toegevoegd aan uw { $brand }-account.
mail-change-phone-removed = Het mobiele telefoonnummer { $number } is verwijderd uit uw { $brand }-account.
# $name: de naam die de gebruiker aan het apparaat, de sleutel of de app gaf ("Mijn telefoon").
mail-change-device-added = Het mobiele apparaat “{ $name }” is toegevoegd aan uw { $brand }-account.
mail-change-device-removed = Het mobiele apparaat “{ $name }” is verwijderd uit uw { $brand }-account.
mail-change-device-locked = Uw mobiele apparaat “{ $name }” is geblokkeerd na te veel onjuiste pincodes. Verwijder het in { menu-my-account } en voeg het opnieuw toe om het te gebruiken.
mail-change-security-key-added = De beveiligingssleutel “{ $name }” is toegevoegd aan uw { $brand }-account.
mail-change-security-key-removed = De beveiligingssleutel “{ $name }” is verwijderd uit uw { $brand }-account.
mail-change-authenticator-app-added = De authenticatie-app “{ $name }” is toegevoegd aan uw { $brand }-account.
mail-change-authenticator-app-removed = De authenticatie-app “{ $name }” is verwijderd uit uw { $brand }-account.
# $count: hoeveel er zijn verwijderd, alle soorten samen.
mail-change-all-devices-deleted = { $count ->
    [one] Alle apparaten van uw { $brand }-account zijn verwijderd (1 mobiel apparaat, beveiligingssleutel of authenticatie-app).
   *[other] Alle apparaten van uw { $brand }-account zijn verwijderd ({ $count } mobiele apparaten, beveiligingssleutels en authenticatie-apps).
}

## Het account is verwijderd (verstuurd na de verwijdering)

mail-deleted-subject = { $brand }: uw account is verwijderd
mail-deleted-body = Uw { $brand }-account is op uw verzoek verwijderd.

## Herstel: alle verificatiemethoden verwijderen als er geen meer kan worden gebruikt

mail-recovery-link-subject = { $brand }: bevestig het verwijderen van uw verificatiemethoden
# $duration: hoe lang de link werkt; $wait: hoe lang na de bevestiging de methoden worden
# verwijderd; beide in woorden ("30 minuten", "72 uur").
mail-recovery-link-body =
    Iemand heeft zich met uw wachtwoord aangemeld bij uw { $brand }-account { $email } en gevraagd om alle verificatiemethoden van het account te verwijderen (mobiele apparaten, beveiligingssleutels, authenticatie-apps en mobiele telefoonnummers), omdat geen ervan nog kan worden gebruikt.
    {""}
    Als u dat was, bevestig dan met deze link ({ $duration } geldig):
    {""}
    { $link }
    {""}
    De methoden worden { $wait } na uw bevestiging verwijderd; tot dan kunt u annuleren, en u krijgt hierover een e-mail.
    {""}
    Als u dat niet was, volg de link dan niet en wijzig uw wachtwoord: iemand kent het.
mail-recovery-started-subject = { $brand }: uw verificatiemethoden worden verwijderd
# $when: de datum en tijd van de verwijdering ("6 december 2026 om 08:34 UTC"). De laatste zin
# noemt een pagina van Mijn account bij haar titel.
mail-recovery-started-body =
    Alle verificatiemethoden van uw { $brand }-account { $email } (mobiele apparaten, beveiligingssleutels, authenticatie-apps en mobiele telefoonnummers) worden op { $when } verwijderd, zoals vanuit deze mailbox is gevraagd en bevestigd.
    {""}
    Als u hier niet om hebt gevraagd, annuleer het dan nu met deze link en wijzig daarna uw wachtwoord:
    {""}
    { $link }
    {""}
    U kunt het ook annuleren in { menu-my-account } > Al mijn apparaten verwijderen.
mail-recovery-cancelled-subject = { $brand }: het verwijderen van uw verificatiemethoden is geannuleerd
mail-recovery-cancelled-body = Het verwijderen van de verificatiemethoden van uw { $brand }-account is geannuleerd. Er is niets verwijderd.
mail-recovery-done-subject = { $brand }: uw verificatiemethoden zijn verwijderd
# $count: hoeveel methoden er zijn verwijderd.
mail-recovery-done-body = { $count ->
    [one] Zoals gevraagd zijn alle verificatiemethoden van uw { $brand }-account verwijderd (1 in totaal). Voeg uw nieuwe mobiele apparaat, beveiligingssleutel of telefoonnummer toe in { menu-my-account }.
   *[other] Zoals gevraagd zijn alle verificatiemethoden van uw { $brand }-account verwijderd ({ $count } in totaal). Voeg uw nieuwe mobiele apparaat, beveiligingssleutel of telefoonnummer toe in { menu-my-account }.
}

## Een toegangsaanvraag waarover de helpdesk van de toepassing heeft beslist, of ingetrokken toegang (access/helpdesk.rs)

# $app: de naam van de toepassing ("CPMS").
mail-access-approved-subject = Uw toegang tot { $app } is goedgekeurd
mail-access-denied-subject = Uw toegangsaanvraag voor { $app } is afgewezen
mail-access-revoked-subject = Uw toegang tot { $app } is ingetrokken
# $profile: de code van het toegangsprofiel ("HP"); $centre: de organisatie waarvoor de toegang
# geldt (een ziekenhuis of een zorgaanbieder, met plaats en land).
mail-access-approved = Uw aanvraag voor toegang tot { $app } (toegangsprofiel { $profile }, organisatie { $centre }) is goedgekeurd door de helpdesk van { $app }.
mail-access-denied = Uw aanvraag voor toegang tot { $app } (toegangsprofiel { $profile }, organisatie { $centre }) is afgewezen door de helpdesk van { $app }.
mail-access-revoked = De toegang tot { $app } die op uw aanvraag was verleend (toegangsprofiel { $profile }, organisatie { $centre }), is ingetrokken door de helpdesk van { $app }.
# $comment en $reason: de eigen woorden van de helpdesk.
mail-access-comment = Opmerking van de helpdesk: { $comment }
mail-access-reason = Reden: { $reason }
mail-access-sign-in = U kunt zich nu bij { $app } aanmelden met uw { $brand }-account.
# Gevolgd door een regel met het adres van de toepassing.
mail-access-sign-in-at = U kunt zich nu bij { $app } aanmelden met uw { $brand }-account:
mail-access-again = U kunt een nieuwe aanvraag indienen op { $link }
# $link: de pagina met de toegangsaanvragen van de gebruiker.
mail-access-requests = Uw aanvragen: { $link }

## Sms

# De sms met een aanmeld- of bevestigingscode. Die moet in twee sms-segmenten passen (een test
# controleert dat), dus houd hem zo kort als hier. $code ziet eruit als "ABCD-EFGH": laat aan
# beide kanten een spatie of een punt staan. $minutes is een getal.
sms-code = Code voor { $brand }: { $code }. { $minutes } min. geldig. Deel hem nooit.

## Berichten van de API van de mobiele app, door de app aan de gebruiker getoond (http/app_api.rs)

app-unknown-token = Deze QR-code is onbekend. Scan de QR-code die wordt getoond wanneer u in { menu-my-account } een mobiel apparaat toevoegt.
app-token-not-valid = Deze QR-code is al gebruikt, is verlopen of is ongeldig geworden door onjuiste pincodes. Voeg het apparaat opnieuw toe in { menu-my-account }.
# $remaining: hoeveel pogingen er nog zijn toegestaan (een getal).
app-enrol-wrong-pin = { $remaining ->
    [one] De pincode is niet de pincode die in { menu-my-account } is gekozen. Nog 1 poging.
   *[other] De pincode is niet de pincode die in { menu-my-account } is gekozen. Nog { $remaining } pogingen.
}
app-unknown-device = Dit apparaat is niet (of niet meer) geregistreerd.
app-bad-signature = De handtekening van het apparaat kan niet worden geverifieerd.
# $seconds: een getal.
app-stale = De handtekening van het apparaat is ouder dan { $seconds } seconden (of de klok van het apparaat loopt verkeerd).
app-replayed = Deze handtekening van het apparaat is al gebruikt.
app-device-locked = Dit apparaat is geblokkeerd na te veel onjuiste pincodes. Verwijder het in { menu-my-account } en voeg het opnieuw toe.
app-not-pending = Dit verzoek is verlopen of al beantwoord.
# $remaining: hoeveel pogingen er nog zijn toegestaan (een getal).
app-wrong-pin = { $remaining ->
    [one] Onjuiste pincode. Nog 1 poging voordat het apparaat wordt geblokkeerd.
   *[other] Onjuiste pincode. Nog { $remaining } pogingen voordat het apparaat wordt geblokkeerd.
}
app-wrong-number = Dit is niet het getal dat op de webpagina wordt getoond. Het verzoek is geannuleerd.
app-browser-on = { $browser } op { $system }
app-browser = { $browser }
app-push-title = Aanmeldverzoek van { $client }

## De ontwikkelpagina met de uitgaande berichten (templates/outbox.html, alleen in ontwikkelmodus)

outbox-title = Uitgaande berichten (ontwikkeling)
outbox-hint = Alleen in ontwikkelmodus: alle e-mails en sms-berichten die de aanbieder heeft verstuurd, de nieuwste eerst.
outbox-empty = Er zijn geen uitgaande berichten.
outbox-email = E-mail
outbox-sms = Sms
# $channel: outbox-email of outbox-sms; $to: een e-mailadres of een telefoonnummer; $when: de
# datum en tijd van verzending.
outbox-sent = { $channel } aan { $to } op { $when }
