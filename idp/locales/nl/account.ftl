# De teksten van de aanbieder in het Nederlands (account); zie main.ftl.
# { $brand } is de naam van de dienst zoals ingesteld (bijvoorbeeld "EU Login"); die is in
# elk bericht beschikbaar. Waar { $wait } of { $when } staat, is dat al een volledige
# woordgroep in de taal van de lezer: "1 uur 5 minuten", "6 december 2026 om 08:34 UTC".

## Woorden die meerdere accountpagina's delen

account-first-name = Voornaam
account-last-name = Achternaam
account-email = E-mail
account-language = Taal
account-cancel = Annuleren
account-submit = Verzenden
account-save = Opslaan
account-delete = Verwijderen
account-sign-in = Aanmelden
account-back = Mijn account
account-wait-title = Wacht even voordat u opnieuw een aanvraag doet
account-link-invalid-title = Deze link is niet meer geldig
account-check-email-title = Controleer uw e-mail
# In de kolom "Niveau" van de sessiepagina (waar de andere "basis", "gemiddeld" of "hoog"
# tonen, login-level-*): het verificatieniveau van de sessie is niet meer geldig, het is te
# lang geleden aangetoond.
account-level-expired = verlopen
# In de kolom "Herkomst" van de sessie- en activiteitenpagina's, als het bronadres van een
# aanmelding of gebeurtenis niet bekend is.
account-ip-unknown = onbekend

## Startpagina (templates/home.html)

# $name is de naam van de gebruiker zoals die hem heeft opgegeven ("Ada LOVELACE").
account-home-welcome = Welkom, { $name }
account-home-signed-in = U bent bij { $brand } aangemeld als { $email }.
# $level is een van login-level-basic, -medium, -high.
account-home-signed-in-level = U bent bij { $brand } aangemeld als { $email } (verificatieniveau: { $level }).
account-home-change-password-hint = (in Mijn account, met uw huidige wachtwoord)
account-home-forgot-password = Wachtwoord vergeten?
account-home-sign-out = Afmelden
account-home-intro = Eén account om u aan te melden bij alle toepassingen die met { $brand } zijn verbonden.
account-home-register = Account aanmaken

## Mijn account (templates/account.html)

account-title = Mijn account
account-details-heading = Mijn accountgegevens
# Na het e-mailadres van het account: het adres wordt buiten deze dienst beheerd.
account-email-external = { $email } (extern)
account-level = Verificatieniveau van deze sessie
account-needs-second-factor = Toepassingen zoals CPMS vereisen een tweede verificatiemethode: voeg een mobiel telefoonnummer, een mobiel apparaat, een beveiligingssleutel of een authenticatie-app toe.
account-menu-change-password = Wachtwoord wijzigen
account-menu-details = Mijn persoonsgegevens wijzigen
account-menu-delete = Mijn account verwijderen
account-menu-devices = Mijn mobiele apparaten beheren
account-menu-phones = Mijn mobiele telefoonnummers beheren
account-menu-security-keys = Mijn beveiligingssleutels beheren
# Na "Mijn beveiligingssleutels beheren" als het account er minstens één heeft.
account-menu-security-keys-added = (toegevoegd)
account-menu-authenticator-apps = Mijn authenticatie-apps beheren
account-menu-sessions = Mijn sessies weergeven
account-menu-sessions-hint = U kunt de sessies bekijken die zijn geopend voor de toepassingen die u hebt bezocht.
account-menu-delete-devices = Al mijn apparaten verwijderen
account-menu-delete-devices-hint = Voor een nieuwe telefoon: verwijdert alle mobiele apparaten, beveiligingssleutels en authenticatie-apps.
account-menu-activity = Activiteit
account-menu-activity-hint = Recente beveiligingsgebeurtenissen van uw account.
account-notice-password = Uw wachtwoord is gewijzigd. Uw andere sessies zijn beëindigd.
account-notice-details = Uw persoonsgegevens zijn opgeslagen.
account-notice-devices = Al uw apparaten zijn verwijderd. U kunt nu uw nieuwe apparaat toevoegen.
account-notice-session = De sessie is beëindigd.
account-notice-sent-again = De e-mail is opnieuw onderweg.
## E-mails die de verzendwachtrij heeft opgegeven (templates/account.html)
account-undelivered-title = Sommige e-mails hebben u niet bereikt
# $email: het adres van het account.
account-undelivered = De mailserver van { $email } heeft deze e-mails geweigerd, of ze konden niet op tijd worden afgeleverd. Als uw mailbox vol was of het adres is gewijzigd, los dat dan eerst op en verstuur ze daarna opnieuw.
# $subject: het onderwerp van de e-mail; $when: wanneer die werd opgegeven.
account-undelivered-item = “{ $subject }”, { $when }
account-undelivered-send-again = Opnieuw versturen
account-undelivered-gone = Deze e-mail kan niet opnieuw worden verstuurd: hij is al verstuurd, of hij is niet van u.

## Mijn persoonsgegevens wijzigen (templates/account_details.html, account/profile.rs)

account-details-title = Mijn persoonsgegevens wijzigen
account-first-name-missing = Voer uw voornaam in.
account-last-name-missing = Voer uw achternaam in.
account-first-name-too-long = De voornaam mag uit maximaal 100 gewone tekens bestaan.
account-last-name-too-long = De achternaam mag uit maximaal 100 gewone tekens bestaan.
account-language-invalid = Kies een taal uit de lijst.

## Wachtwoord wijzigen (templates/account_password.html)

account-password-title = Wachtwoord wijzigen
account-password-wait = Om veiligheidsredenen moet u wachten voordat u uw wachtwoord opnieuw kunt wijzigen: nog { $wait }. Neem in dringende gevallen contact op met de helpdesk.
account-password-rules = Uw nieuwe wachtwoord moet aan deze regels voldoen:
account-password-current = Huidig wachtwoord
account-password-new = Nieuw wachtwoord
account-password-confirm = Bevestig het nieuwe wachtwoord
account-password-too-long = Het wachtwoord is te lang.
account-password-wrong-current = Uw huidige wachtwoord is niet juist.
account-password-too-soon = Om veiligheidsredenen moet u wachten voordat u uw wachtwoord opnieuw wijzigt: nog { $wait }. Neem in dringende gevallen contact op met de helpdesk.
account-password-mismatch = De twee nieuwe wachtwoorden komen niet overeen.

## Mijn account verwijderen (templates/account_delete.html)

account-delete-title = Mijn account verwijderen
account-delete-warning = Uw { $brand }-account, met de telefoonnummers, apparaten en beveiligingssleutels ervan, wordt verwijderd, en alle toepassingen waarbij u bent aangemeld, worden op de hoogte gebracht. Dit kan niet ongedaan worden gemaakt.
account-delete-confirm = Ik wil mijn { $brand }-account verwijderen
account-delete-unconfirmed = Vink het vakje aan om te bevestigen dat uw account moet worden verwijderd.
account-deleted-title = Uw account is verwijderd
account-deleted = Uw { $brand }-account en alles wat eraan gekoppeld was, zijn verwijderd.

## Al mijn apparaten verwijderen (templates/account_delete_devices.html)

account-delete-devices-title = Al mijn apparaten verwijderen
account-delete-devices-pending = Alle verificatiemethoden van uw account worden op { $when } verwijderd, zoals u per e-mail hebt gevraagd.
account-delete-devices-none = Uw account heeft geen mobiel apparaat, geen beveiligingssleutel en geen authenticatie-app. Voeg er een toe in Mijn account.
account-delete-devices-now = Gebruik dit als u een nieuwe telefoon hebt: alle mobiele apparaten, beveiligingssleutels en authenticatie-apps van uw account worden verwijderd. Voeg daarna uw nieuwe apparaat toe via “Mijn mobiele apparaten beheren”. Uw mobiele telefoonnummers blijven behouden.
account-delete-devices-why = Ter bescherming van uw account is uw wachtwoord alleen niet genoeg om uw verificatiemethoden te verwijderen: wie het te weten is gekomen, zou anders zijn eigen methoden kunnen toevoegen.
account-delete-devices-can-use = Ik kan er nog één van gebruiken
account-delete-devices-can-use-text = Meld u opnieuw aan met uw oude telefoon, beveiligingssleutel of authenticatie-app en verwijder ze dan allemaal tegelijk.
account-delete-devices-reauth = Aanmelden met een verificatiemethode
account-delete-devices-cannot-use = Ik kan er geen enkele gebruiken
# $wait is de wachttijd van een herstel ("24 uur").
account-delete-devices-recovery = We sturen een link naar uw e-mailadres. Nadat u met die link hebt bevestigd, worden alle verificatiemethoden van uw account (mobiele apparaten, beveiligingssleutels, authenticatie-apps en mobiele telefoonnummers) { $wait } later verwijderd. U krijgt meteen een e-mail en kunt tot dan annuleren.
account-delete-devices-send-link = Stuur mij de link

## Alle verificatiemethoden verwijderen via e-mail (templates/account_recovery.html)

account-recovery-title = Alle verificatiemethoden verwijderen
# $minutes: hoe lang de link kan worden gebruikt.
account-recovery-sent = Er is een link gestuurd naar { $email }. Die is { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
} geldig.
account-recovery-sent-next = Volg de link om te bevestigen. Uw verificatiemethoden worden { $wait } na uw bevestiging verwijderd, en tot dan kunt u annuleren.
account-recovery-confirm-text = Alle mobiele apparaten, beveiligingssleutels, authenticatie-apps en mobiele telefoonnummers van het { $brand }-account { $email } worden { $wait } na uw bevestiging verwijderd. U krijgt hierover een e-mail, met een link om te annuleren.
account-recovery-confirm = Bevestigen
account-recovery-started-title = Verwijdering bevestigd
account-recovery-started = Alle verificatiemethoden van uw account worden op { $when } verwijderd.
account-recovery-started-next = Er is u een e-mail gestuurd met een link om te annuleren. Meld u na dat tijdstip aan met uw wachtwoord en voeg uw nieuwe apparaat toe in Mijn account.
account-recovery-cancel-title = Verwijdering van uw verificatiemethoden annuleren
account-recovery-due = Alle verificatiemethoden van uw account worden volgens planning op { $when } verwijderd.
account-recovery-cancel = Verwijdering annuleren
account-recovery-cancel-hint = Als u hier niet om hebt gevraagd, wijzig dan ook uw wachtwoord: iemand kent het.
account-recovery-cancelled-title = Verwijdering geannuleerd
account-recovery-cancelled = Er is niets verwijderd. Uw verificatiemethoden blijven zoals ze zijn.
account-recovery-nothing-title = Niets te annuleren
account-recovery-nothing = Er stond geen verwijdering van uw verificatiemethoden gepland.
account-recovery-invalid = De link die u hebt gevolgd, is verlopen, is al gebruikt of is vervangen door een nieuwere.
account-recovery-start-again = Opnieuw beginnen via “Al mijn apparaten verwijderen”
account-recovery-paced = Er is kort geleden al een e-mail met een link verstuurd. U kunt over { $wait } een nieuwe aanvragen.

## Mijn sessies (templates/account_sessions.html)

account-sessions-page-title = Mijn sessies weergeven
account-sessions-title = Mijn sessies
account-sessions-started = Gestart
account-sessions-last-seen = Laatst actief
account-sessions-level = Niveau
account-sessions-from = Herkomst
# De kop van de kolom met knoppen, alleen voor schermlezers.
account-sessions-action = Actie
account-sessions-current = Deze sessie
account-sessions-end = Deze sessie beëindigen
account-sessions-not-yours = Deze sessie is niet van u, of is al beëindigd.

## Activiteit (templates/account_activity.html, account/activity.rs)

account-activity-title = Activiteit
account-activity-intro = De meest recente beveiligingsgebeurtenissen van uw account.
account-activity-when = Wanneer
account-activity-what = Wat
account-activity-from = Herkomst
account-activity-details = Details
account-event-signin-success = Aangemeld
account-event-signin-failure = Mislukte aanmelding
account-event-signed-out = Afgemeld
account-event-account-registered = Account aangemaakt
account-event-account-locked = Aanmelden met wachtwoord geblokkeerd na te veel mislukte pogingen
account-event-password-set = Wachtwoord ingesteld of gewijzigd
account-event-factor-added = Verificatiemethode toegevoegd
account-event-factor-removed = Verificatiemethode verwijderd
account-event-sms-sent = Sms verzonden
account-event-device-locked = Mobiel apparaat geblokkeerd (onjuiste pincodes)
account-event-push-denied = Aanmeldverzoek geweigerd op een mobiel apparaat
account-event-push-wrong-number = Verkeerd getal gekozen op een mobiel apparaat
account-event-token-revoked = Toegang ingetrokken door een toepassing
account-event-code-replayed = Een aanmeldcode is twee keer gebruikt: de toegang die ermee was verleend, is ingetrokken
account-event-refresh-reused = Een oud toegangstoken is opnieuw gebruikt: de bijbehorende toegang is ingetrokken
account-event-recovery-link-sent = Verwijdering van alle verificatiemethoden gevraagd (link per e-mail verstuurd)
account-event-recovery-started = Verwijdering van alle verificatiemethoden bevestigd (wachttijd loopt)
account-event-recovery-cancelled = Verwijdering van alle verificatiemethoden geannuleerd
account-event-access-requested = Toegang aangevraagd
account-event-access-approved = Toegangsaanvraag goedgekeurd
account-event-access-denied = Toegangsaanvraag afgewezen
account-event-access-revoked = Toegang ingetrokken
account-event-message-undelivered = E-mail of sms niet afgeleverd
# Een waarde die bij een gebeurtenis is opgeslagen, getoond zoals ze is: de naam van een
# toepassing, een reden die de helpdesk heeft geschreven, of de interne naam van een
# gebeurtenis waarvoor deze versie geen woorden heeft.
account-activity-data = { $value }
# De details van een gebeurtenis zijn korte woordgroepen gescheiden door komma's, bijvoorbeeld:
# "met Mobiele telefoon + sms, niveau gemiddeld, voor CPMS" of "beveiligingssleutel “YubiKey”, niveau hoog".
account-activity-factor-phone = mobiel telefoonnummer
account-activity-factor-mobile-device = mobiel apparaat
account-activity-factor-security-key = beveiligingssleutel
account-activity-factor-authenticator-app = authenticatie-app
account-activity-factor-count = { $count ->
    [one] { $count } verificatiemethode
   *[other] { $count } verificatiemethoden
}
# $factor is een van de woordgroepen account-activity-factor-*; $name de naam die de eigenaar eraan gaf.
account-activity-factor-named = { $factor } “{ $name }”
# $factor is "mobiel telefoonnummer"; $phone het nummer, deels verborgen (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = “{ $name }”
# $method is de gebruikte verificatiemethode (een van login-method-*).
account-activity-method = met { $method }
# $level is een van login-level-basic, -medium, -high.
account-activity-level = niveau { $level }
# $client is de naam van de toepassing waarbij is aangemeld.
account-activity-client = voor { $client }
account-activity-via-my-account = in Mijn account
account-activity-via-set-password = met de link uit de registratie-e-mail
account-activity-via-reset = met een link “Wachtwoord vergeten?”
account-activity-via-recovery = na een accountherstel
account-activity-purpose-sms-enrol = om een nieuw nummer te bevestigen
account-activity-purpose-sms-login = om u aan te melden
# $phone is een mobiel telefoonnummer, deels verborgen (+32******456).
account-activity-to = naar { $phone }
account-activity-pin-failures = na { $count ->
    [one] { $count } onjuiste pincode
   *[other] { $count } onjuiste pincodes
}
account-activity-until = tot { $when }
account-activity-on = op { $when }
# $profile is de code van een toegangsprofiel van een toepassing (CPMS_USER).
account-activity-profile = toegangsprofiel { $profile }
# $name is de naam van de helpdeskmedewerker die heeft beslist.
account-activity-by = door { $name }
account-activity-by-helpdesk = door de helpdesk
# $reason is een van de woordgroepen account-activity-reason-*, of een reden die de helpdesk heeft geschreven.
account-activity-reason = reden: { $reason }
account-activity-reason-wrong-password = onjuist wachtwoord
account-activity-reason-no-password = geen wachtwoord ingesteld
account-activity-reason-unknown-account = onbekend account
account-activity-reason-locked = geblokkeerd
account-activity-reason-wrong-code = onjuiste code
account-activity-reason-code-reused = code opnieuw gebruikt
account-activity-reason-too-many-codes = te veel codes
account-activity-reason-too-many-codes-hour = te veel codes dit uur
account-activity-reason-device-locked = apparaat geblokkeerd
account-activity-reason-expired = verzoek verlopen
account-activity-reason-not-verified = antwoord niet geverifieerd
account-activity-reason-already-registered = al geregistreerd
account-activity-token-access = toegangstoken
account-activity-token-refresh = vernieuwingstoken
account-activity-grant-revoked = machtiging ingetrokken
account-activity-family-revoked = tokenfamilie ingetrokken

## Account aanmaken (templates/register.html, account/registration.rs)

account-register-title = Account aanmaken
account-register-intro = Gebruik bij voorkeur het e-mailadres van uw instelling. U ontvangt een e-mail met een link om uw wachtwoord aan te maken.
account-register-email-confirm = Bevestig e-mailadres
# De taal van het account: de taal van de e-mails, en van de pagina's tenzij een andere wordt gekozen.
account-register-language = Taal van e-mails
account-register-submit = Account aanmaken
account-register-sign-in = Hebt u al een account? Aanmelden
account-register-thanks = Bedankt voor uw registratie.
# $minutes: hoe lang de link kan worden gebruikt.
account-register-sent = Er is een e-mail naar { $email } onderweg met een link om uw wachtwoord aan te maken. De link is { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
} geldig. Het kan enkele minuten duren voordat de e-mail aankomt; kijk ook in uw spammap.
account-register-first-name-invalid = Uw voornaam is te lang of bevat tekens die niet zijn toegestaan.
account-register-last-name-invalid = Uw achternaam is te lang of bevat tekens die niet zijn toegestaan.
account-register-email-invalid = Voer een geldig e-mailadres in, bijvoorbeeld naam@hospital.eu.
account-register-email-mismatch = De twee e-mailadressen komen niet overeen.
account-register-throttled = Er is kort geleden al een e-mail naar dit adres gestuurd, of er zijn er te veel aangevraagd vanaf uw netwerk. U kunt het over { $wait } opnieuw proberen.

## Uw wachtwoord aanmaken (templates/set_password.html, account/links.rs)

account-set-password-title = Uw wachtwoord aanmaken
# $email is het adres van het account waarvoor het wachtwoord wordt aangemaakt.
account-set-password-account = Account: { $email }
account-set-password-rules = Uw wachtwoord moet aan deze regels voldoen:
account-set-password-new = Nieuw wachtwoord
account-set-password-confirm = Bevestig het nieuwe wachtwoord
account-set-password-mismatch = De twee wachtwoorden komen niet overeen.
account-set-password-done-title = Uw wachtwoord is ingesteld
account-set-password-done = Uw wachtwoord is opgeslagen. U kunt zich nu aanmelden met uw e-mailadres en dit wachtwoord.
account-password-recent-title = U hebt uw wachtwoord onlangs gewijzigd
account-password-recent = Om veiligheidsredenen moet u wachten voordat u uw wachtwoord opnieuw wijzigt. U kunt het over { $wait } weer wijzigen.
account-password-urgent = Neem in dringende gevallen contact op met de helpdesk.

## Wachtwoord vergeten? (templates/forgot_password.html)

account-forgot-title = Wachtwoord vergeten?
# $minutes: hoe lang een link kan worden gebruikt.
account-forgot-expired = De link die u hebt gevolgd, is verlopen of is al gebruikt. Links zijn { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
} geldig en kunnen één keer worden gebruikt.
account-forgot-again = Voer uw e-mailadres opnieuw in om een nieuwe link te ontvangen.
account-forgot-intro = Voer het e-mailadres van uw { $brand }-account in. We sturen u een link om een nieuw wachtwoord te kiezen, die { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
} geldig is.
account-forgot-submit = Stuur mij een link
# $email is het getypte adres; $wait hoe lang het duurt voordat een nieuwe link kan worden aangevraagd.
account-forgot-sent = Als er voor { $email } een { $brand }-account bestaat, is er een e-mail onderweg met een link om een wachtwoord te kiezen. De link is { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
} geldig. Als de e-mail niet aankomt, kunt u over { $wait } een nieuwe link aanvragen.
