# De teksten van de aanbieder in het Nederlands (factors); zie main.ftl.
# De tweede factoren die een gebruiker in Mijn account toevoegt en beheert: mobiele
# telefoonnummers (sms), mobiele apparaten met de app, beveiligingssleutels en authenticatie-apps.

## Woorden die de pagina's van dit bestand delen

factors-cancel = Annuleren
factors-add = Toevoegen
# Kolomkop van een lijst tweede factoren: de naam ervan.
factors-name = Naam
# Kolomkop: de datum waarop een tweede factor is toegevoegd.
factors-added = Toegevoegd
# Kolomkop: de datum waarop een tweede factor het laatst is gebruikt om aan te melden.
factors-last-used = Laatst gebruikt
# In de kolom "Laatst gebruikt", voor een tweede factor die nog nooit is gebruikt.
factors-never = nooit
# Kolomkop, alleen voor schermlezers, van de kolom met de verwijderknoppen.
factors-action = Actie

## De codevelden die meerdere pagina's delen (templates/fields.html)

factors-sms-code-label = Controlecode uit de sms
# De code heeft 8 tekens in twee groepen van 4, met een koppelteken; X staat voor een letter of cijfer.
factors-sms-code-hint = 8 letters en cijfers, bijvoorbeeld XXXX-XXXX
# Placeholder in het codeveld: de vorm van de code (X staat voor een letter of cijfer).
factors-sms-code-placeholder = XXXX-XXXX

## Mijn mobiele telefoonnummers beheren (templates/phones.html)

factors-phones-title = Mijn mobiele telefoonnummers beheren
factors-phones-number = Mobiel telefoonnummer
factors-phones-delete = Een mobiel telefoonnummer verwijderen
factors-phones-none = Er is geen mobiel telefoonnummer geregistreerd in uw account.
factors-phones-add = Een mobiel telefoonnummer toevoegen
factors-phones-hint = Sms-berichten zijn afhankelijk van afspraken tussen mobiele operatoren en komen niet altijd aan; de mobiele app van { $brand } of een beveiligingssleutel is betrouwbaarder.
# $number is het telefoonnummer in internationaal formaat, bv. +32470123456.
factors-phones-added = Uw mobiele telefoonnummer { $number } is toegevoegd.
factors-phones-deleted = Het mobiele telefoonnummer is verwijderd.
factors-phones-unknown = Onbekend mobiel telefoonnummer.

## Een mobiel telefoonnummer toevoegen (templates/phone_add.html)

factors-phone-add-title = Een mobiel telefoonnummer toevoegen
# $example is een Belgisch mobiel nummer in internationaal formaat, bv. +32 470 12 34 56.
factors-phone-add-hint = Internationaal formaat met landcode, bijvoorbeeld voor België: { $example }
# $number is het telefoonnummer in internationaal formaat, bv. +32470123456.
factors-phone-already-registered = Het mobiele telefoonnummer { $number } is al geregistreerd in uw account.

## Waarom een getypt telefoonnummer wordt geweigerd (authn/sms.rs); $example is een Belgisch
## mobiel nummer in internationaal formaat, bv. +32 470 12 34 56

factors-phone-missing = Voer uw mobiele telefoonnummer in internationaal formaat in, met de landcode, bijvoorbeeld voor België: { $example }
factors-phone-no-plus = Het nummer moet beginnen met een plusteken en de landcode, bijvoorbeeld voor België: { $example }
factors-phone-not-digits = Een telefoonnummer bevat na het plusteken alleen cijfers (spaties zijn toegestaan), bijvoorbeeld { $example }
factors-phone-invalid = Dit is geen geldig internationaal telefoonnummer. Voorbeeld voor België: { $example }
factors-phone-not-in-plan = Dit is geen geldig internationaal telefoonnummer (onbekende landcode, of een nummer dat niet bestaat in het nummerplan van dat land). Voorbeeld voor België: { $example }
factors-phone-not-mobile = Dit nummer is geen mobiel telefoonnummer en kan dus geen sms ontvangen. Voer een mobiel nummer in, bijvoorbeeld voor België: { $example }

## Een nieuw mobiel telefoonnummer bevestigen met de ontvangen code (templates/phone_finalise.html)

# De titel van het browsertabblad.
factors-phone-finalise-title = Controlecode
factors-phone-finalise-heading = Controlecode per sms voor het toevoegen van een mobiel telefoonnummer
factors-phone-finalise-intro = Voer de controlecode in die per sms naar uw mobiele telefoon is gestuurd.
factors-phone-finalise-delay = Het kan tot 8 minuten duren voordat de sms uw mobiele telefoon bereikt.
# $wait is een tijdsduur, bv. "5 minuten" of "1 uur 5 minuten".
factors-phone-finalise-resend = Als er geen code aankomt, kunt u over { $wait } een nieuwe aanvragen door het nummer opnieuw toe te voegen.
factors-phone-finalise-number = Mobiel telefoonnummer
factors-phone-finalise-submit = Voltooien
factors-phone-code-dead = Deze controlecode is niet meer geldig (verlopen, vervangen door een nieuwere of te veel onjuiste pogingen). Voeg het nummer opnieuw toe om een nieuwe code te ontvangen.
# $remaining is het aantal pogingen dat overblijft voordat de code niet meer werkt.
factors-phone-code-wrong = De controlecode is niet juist. { $remaining ->
    [one] Nog { $remaining } poging.
   *[other] Nog { $remaining } pogingen.
}

## Mijn mobiele apparaten beheren (templates/device_list.html)

factors-devices-title = Mijn mobiele apparaten beheren
factors-devices-name = Naam van het apparaat
factors-devices-status = Status
factors-devices-locked = Geblokkeerd (te veel onjuiste pincodes): verwijder het en voeg het opnieuw toe
factors-devices-active = Actief
factors-devices-delete = Een mobiel apparaat verwijderen
factors-devices-none = Er is geen mobiel apparaat geregistreerd in uw account.
factors-devices-add = Een mobiel apparaat toevoegen
factors-devices-hint = Installeer de mobiele app van { $brand } op uw telefoon of tablet en voeg het apparaat hier toe door de QR-code met de app te scannen.
factors-devices-deleted = Het mobiele apparaat is verwijderd.
factors-devices-unknown = Onbekend mobiel apparaat.

## Een mobiel apparaat toevoegen: naam en pincode (templates/device_add.html)

factors-device-add-title = Een mobiel apparaat toevoegen
factors-device-add-intro = Geef een naam op waaraan u uw mobiele apparaat herkent en een pincode die u ermee wilt gebruiken.
factors-device-add-name = Naam van uw apparaat
factors-device-add-pin = Uw pincode van 4 cijfers
factors-device-add-pin-hint = Vermijd eenvoudige pincodes zoals 0000, 1111 of 1234: die worden geweigerd.
factors-device-add-pin-confirm = Bevestig uw pincode
factors-device-add-submit = Verzenden
# $max is de maximaal toegestane lengte van de naam, in tekens (50).
factors-device-name-invalid = Geef uw mobiele apparaat een naam van 1 tot { $max } tekens.
factors-pin-not-four-digits = Uw pincode moet uit precies 4 cijfers bestaan.
factors-pin-mismatch = De twee pincodes komen niet overeen.
factors-pin-too-easy = Deze pincode is te gemakkelijk te raden (zoals 0000, 1234 of 1111). Kies een andere.

## Een mobiel apparaat toevoegen: de QR-code die de app scant (templates/device_enrol.html)

# $name is de naam die de gebruiker aan het apparaat gaf, bv. "Mijn telefoon".
factors-device-enrol-instructions = Open de mobiele app van { $brand } op “{ $name }”, kies ervoor dit account toe te voegen en scan deze QR-code. De app vraagt dan om de pincode die u zojuist hebt gekozen.
factors-device-enrol-qr-alt = QR-code om te scannen met de mobiele app van { $brand }
factors-device-enrol-paste = Lukt scannen niet? Plak deze tekst in de app:
factors-device-enrol-validity = { $minutes ->
    [one] De QR-code is { $minutes } minuut geldig en kan één keer worden gebruikt.
   *[other] De QR-code is { $minutes } minuten geldig en kan één keer worden gebruikt.
}
factors-device-enrol-waiting = Wachten op uw mobiele apparaat…
# Getoond op de wachtpagina zodra de app het apparaat heeft toegevoegd.
factors-device-enrolled = Er is een apparaat toegevoegd
factors-device-enrol-expired = De QR-code is verlopen. Voeg het apparaat opnieuw toe.

## Mijn beveiligingssleutels beheren (templates/security_keys.html)

factors-keys-title = Mijn beveiligingssleutels beheren
# Kolomkop: het verificatieniveau dat een beveiligingssleutel haalt (basis, gemiddeld of hoog).
factors-keys-level = Niveau
factors-keys-delete = Een beveiligingssleutel verwijderen
factors-keys-none = Er is geen beveiligingssleutel geregistreerd in uw account.
# Een platformauthenticator is de authenticator die in een computer of telefoon is ingebouwd (vingerafdruk, gezicht, schermvergrendeling).
factors-keys-add = Een beveiligingssleutel of platformauthenticator toevoegen
factors-keys-hint = Een beveiligingssleutel (bijvoorbeeld een USB- of NFC-sleutel) of de authenticator die in uw computer of telefoon is ingebouwd (vingerafdruk, gezichtsherkenning of schermvergrendeling). Met een pincode of vingerafdruk op een sleutel die zijn geheim op het apparaat bewaart, wordt het hoogste verificatieniveau gehaald.
# $name is de naam die de gebruiker aan de sleutel gaf, bv. "YubiKey 5 NFC".
factors-keys-added = Uw beveiligingssleutel “{ $name }” is toegevoegd.
factors-keys-deleted = De beveiligingssleutel is verwijderd.
factors-keys-unknown = Onbekende beveiligingssleutel.

## Een beveiligingssleutel toevoegen (templates/security_key_add.html)

# De titel van het browsertabblad.
factors-key-add-title = Beveiligingssleutel toevoegen
factors-key-add-heading = Een beveiligingssleutel of platformauthenticator toevoegen
factors-key-add-intro = Geef uw beveiligingssleutel een naam en volg dan de instructies van uw browser: steek de sleutel in en raak die aan, of ontgrendel uw computer of telefoon.
factors-key-add-name = Naam van de beveiligingssleutel
# $max is de maximaal toegestane lengte van de naam, in tekens (50).
factors-key-name-invalid = Geef de beveiligingssleutel een naam van 1 tot { $max } tekens.

## Wat het beveiligingssleutelvenster van de browser heeft opgeleverd (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Dit verzoek is verlopen of is al gebruikt. Probeer het opnieuw.
factors-webauthn-not-verified = Uw beveiligingssleutel of platformauthenticator kon niet worden geverifieerd. Probeer het opnieuw, of kies een andere verificatiemethode.
factors-webauthn-already-registered = Deze beveiligingssleutel is al geregistreerd.
factors-webauthn-unsupported = Deze browser ondersteunt geen beveiligingssleutels. Gebruik een andere verificatiemethode.
factors-webauthn-follow = Volg de instructies van uw browser en raak uw beveiligingssleutel aan of ontgrendel die.
factors-webauthn-no-answer = Uw beveiligingssleutel heeft niet geantwoord. Probeer het opnieuw, of kies een andere verificatiemethode.

## Mijn authenticatie-apps beheren (templates/totp_list.html)

factors-totp-title = Mijn authenticatie-apps beheren
# FreeOTP, Google Authenticator, Microsoft Authenticator en Aegis zijn namen van apps: ongewijzigd laten.
factors-totp-intro = Een authenticatie-app op uw telefoon (bijvoorbeeld FreeOTP, Google Authenticator, Microsoft Authenticator of Aegis) toont elke 30 seconden een nieuwe 6-cijferige code. U kunt die app als verificatiemethode gebruiken wanneer u zich aanmeldt.
# De knop die één authenticatie-app uit de lijst verwijdert.
factors-totp-delete = Verwijderen
factors-totp-none = Er is geen authenticatie-app geregistreerd in uw account.
factors-totp-add = Een authenticatie-app toevoegen
# $name is de naam die de gebruiker aan de app gaf, bv. "Pixel 8".
factors-totp-added = Uw authenticatie-app “{ $name }” is toegevoegd. U kunt die nu gebruiken om u aan te melden.
factors-totp-deleted = De authenticatie-app is verwijderd.
factors-totp-unknown = Onbekende authenticatie-app.

## Een authenticatie-app toevoegen: de naam ervan (templates/totp_add.html)

factors-totp-add-title = Een authenticatie-app toevoegen
factors-totp-add-intro = Geef een naam op waaraan u deze authenticatie-app herkent, bijvoorbeeld de naam van uw telefoon.
factors-totp-add-name = Naam van de authenticatie-app
factors-totp-add-next = Volgende
# $max is de maximaal toegestane lengte van de naam, in tekens (50).
factors-totp-name-invalid = Geef uw authenticatie-app een naam van 1 tot { $max } tekens.

## Een authenticatie-app toevoegen: de QR-code en de eerste code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Open de authenticatie-app op uw telefoon, voeg een account toe en scan deze QR-code. De code is { $minutes } minuut geldig.
   *[other] Open de authenticatie-app op uw telefoon, voeg een account toe en scan deze QR-code. De code is { $minutes } minuten geldig.
}
factors-totp-enrol-qr-alt = QR-code om te scannen met uw authenticatie-app
# $account is het e-mailadres van de gebruiker, $issuer de naam van de dienst zoals de app die toont.
factors-totp-enrol-manual = Lukt scannen niet? Voer deze sleutel handmatig in de app in (tijdgebaseerd, 6 cijfers, elke 30 seconden), met het account { $account } van { $issuer }:
factors-totp-enrol-uri = De link achter de QR-code tonen
factors-totp-code-label = Voer de 6-cijferige code in
factors-totp-confirm = Bevestigen
factors-totp-enrol-gone = Deze authenticatie-app wacht niet meer op bevestiging (het toevoegen is verlopen of al bevestigd, of er zijn te veel onjuiste codes ingevoerd). Voeg de app opnieuw toe.
# $remaining is het aantal codes dat nog kan worden geprobeerd.
factors-totp-code-wrong = De code is niet juist. Controleer of de tijd op uw telefoon klopt en voer de code in die uw app nu toont. { $remaining ->
    [one] Nog { $remaining } poging.
   *[other] Nog { $remaining } pogingen.
}
