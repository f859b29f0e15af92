# Die Texte des Anbieters auf Deutsch (factors); siehe main.ftl.
# Die zweiten Faktoren, die eine Person unter „Mein Konto“ hinzufügt und verwaltet:
# Mobiltelefonnummern (SMS), Mobilgeräte mit der App, Sicherheitsschlüssel und
# Authentifizierungs-Apps.

## Wörter, die die Seiten dieser Datei gemeinsam haben

factors-cancel = Abbrechen
factors-add = Hinzufügen
# Spaltenüberschrift einer Liste zweiter Faktoren: ihr Name.
factors-name = Name
# Spaltenüberschrift: das Datum, an dem ein zweiter Faktor hinzugefügt wurde.
factors-added = Hinzugefügt
# Spaltenüberschrift: das Datum, an dem ein zweiter Faktor zuletzt zur Anmeldung verwendet wurde.
factors-last-used = Zuletzt verwendet
# In der Spalte „Zuletzt verwendet“, für einen zweiten Faktor, der noch nie verwendet wurde.
factors-never = nie
# Spaltenüberschrift, nur für Screenreader, der Spalte mit den Löschschaltflächen.
factors-action = Aktion

## Die Codefelder mehrerer Seiten (templates/fields.html)

factors-sms-code-label = Bestätigungscode aus der SMS
# Der Code hat 8 Zeichen in zwei Vierergruppen mit Bindestrich; X steht für einen Buchstaben oder eine Ziffer.
factors-sms-code-hint = 8 Buchstaben und Ziffern, zum Beispiel XXXX-XXXX
# Platzhalter im Codefeld: die Form des Codes (X steht für einen Buchstaben oder eine Ziffer).
factors-sms-code-placeholder = XXXX-XXXX

## Meine Mobiltelefonnummern verwalten (templates/phones.html)

factors-phones-title = Meine Mobiltelefonnummern verwalten
factors-phones-number = Mobiltelefonnummer
factors-phones-delete = Mobiltelefonnummer löschen
factors-phones-none = In Ihrem Konto ist keine Mobiltelefonnummer registriert.
factors-phones-add = Mobiltelefonnummer hinzufügen
factors-phones-hint = Die Zustellung von SMS hängt von Vereinbarungen zwischen Mobilfunkbetreibern ab und ist nicht immer gewährleistet; die mobile App von { $brand } oder ein Sicherheitsschlüssel sind zuverlässiger.
# $number ist die Telefonnummer im internationalen Format, z. B. +32470123456.
factors-phones-added = Ihre Mobiltelefonnummer { $number } wurde erfolgreich hinzugefügt.
factors-phones-deleted = Die Mobiltelefonnummer wurde gelöscht.
factors-phones-unknown = Unbekannte Mobiltelefonnummer.

## Mobiltelefonnummer hinzufügen (templates/phone_add.html)

factors-phone-add-title = Mobiltelefonnummer hinzufügen
# $example ist eine belgische Mobilnummer im internationalen Format, z. B. +32 470 12 34 56.
factors-phone-add-hint = Internationales Format mit Ländervorwahl, z. B. für Belgien: { $example }
# $number ist die Telefonnummer im internationalen Format, z. B. +32470123456.
factors-phone-already-registered = Die Mobiltelefonnummer { $number } ist in Ihrem Konto bereits registriert.

## Warum eine eingegebene Telefonnummer abgelehnt wird (authn/sms.rs); $example ist eine
## belgische Mobilnummer im internationalen Format, z. B. +32 470 12 34 56

factors-phone-missing = Bitte geben Sie Ihre Mobiltelefonnummer im internationalen Format mit Ländervorwahl ein, z. B. für Belgien: { $example }
factors-phone-no-plus = Die Nummer muss mit einem Pluszeichen und der Ländervorwahl beginnen, z. B. für Belgien: { $example }
factors-phone-not-digits = Eine Telefonnummer enthält nach dem Pluszeichen nur Ziffern (Leerzeichen sind erlaubt), z. B. { $example }
factors-phone-invalid = Dies ist keine gültige internationale Telefonnummer. Beispiel für Belgien: { $example }
factors-phone-not-in-plan = Dies ist keine gültige internationale Telefonnummer (unbekannte Ländervorwahl oder eine Nummer, die im Nummernplan dieses Landes nicht existiert). Beispiel für Belgien: { $example }
factors-phone-not-mobile = Diese Nummer ist keine Mobiltelefonnummer und kann daher keine SMS empfangen. Bitte geben Sie eine Mobilnummer ein, z. B. für Belgien: { $example }

## Eine neue Mobiltelefonnummer mit dem erhaltenen Code bestätigen (templates/phone_finalise.html)

# Der Titel des Browser-Tabs.
factors-phone-finalise-title = Bestätigungscode
factors-phone-finalise-heading = Bestätigungscode per SMS zum Hinzufügen einer Mobiltelefonnummer
factors-phone-finalise-intro = Bitte geben Sie den Bestätigungscode ein, der per SMS an Ihr Mobiltelefon gesendet wurde.
factors-phone-finalise-delay = Die Zustellung der SMS an Ihr Mobiltelefon kann bis zu 8 Minuten dauern.
# $wait ist eine Zeitspanne, z. B. „5 Minuten“ oder „1 Stunde 5 Minuten“.
factors-phone-finalise-resend = Falls kein Code ankommt, können Sie in { $wait } einen neuen anfordern, indem Sie die Nummer erneut hinzufügen.
factors-phone-finalise-number = Mobiltelefonnummer
factors-phone-finalise-submit = Abschließen
factors-phone-code-dead = Dieser Bestätigungscode ist nicht mehr gültig (abgelaufen, durch einen neueren ersetzt oder zu viele Fehlversuche). Fügen Sie die Nummer erneut hinzu, um einen neuen Code zu erhalten.
# $remaining ist die Zahl der verbleibenden Versuche, bevor der Code ungültig wird.
factors-phone-code-wrong = Der Bestätigungscode ist nicht korrekt. { $remaining ->
    [one] Noch { $remaining } Versuch.
   *[other] Noch { $remaining } Versuche.
}

## Meine Mobilgeräte verwalten (templates/device_list.html)

factors-devices-title = Meine Mobilgeräte verwalten
factors-devices-name = Gerätename
factors-devices-status = Status
factors-devices-locked = Gesperrt (zu viele falsche PIN-Codes): Löschen Sie das Gerät und fügen Sie es erneut hinzu
factors-devices-active = Aktiv
factors-devices-delete = Mobilgerät löschen
factors-devices-none = In Ihrem Konto ist kein Mobilgerät registriert.
factors-devices-add = Mobilgerät hinzufügen
factors-devices-hint = Installieren Sie die mobile App von { $brand } auf Ihrem Telefon oder Tablet und fügen Sie das Gerät dann hier hinzu, indem Sie den QR-Code mit der App scannen.
factors-devices-deleted = Das Mobilgerät wurde gelöscht.
factors-devices-unknown = Unbekanntes Mobilgerät.

## Mobilgerät hinzufügen: Name und PIN-Code (templates/device_add.html)

factors-device-add-title = Mobilgerät hinzufügen
factors-device-add-intro = Bitte geben Sie einen Namen an, an dem Sie Ihr Mobilgerät erkennen, und einen PIN-Code, den Sie dafür verwenden möchten.
factors-device-add-name = Name Ihres Geräts
factors-device-add-pin = Ihr 4-stelliger PIN-Code
factors-device-add-pin-hint = Vermeiden Sie einfache PIN-Codes wie 0000, 1111 oder 1234: Diese werden abgelehnt.
factors-device-add-pin-confirm = PIN-Code bestätigen
factors-device-add-submit = Absenden
# $max ist die größte erlaubte Länge des Namens in Zeichen (50).
factors-device-name-invalid = Bitte geben Sie Ihrem Mobilgerät einen Namen mit 1 bis { $max } Zeichen.
factors-pin-not-four-digits = Ihr PIN-Code muss aus genau 4 Ziffern bestehen.
factors-pin-mismatch = Die beiden PIN-Codes stimmen nicht überein.
factors-pin-too-easy = Dieser PIN-Code ist zu leicht zu erraten (wie 0000, 1234 oder 1111). Bitte wählen Sie einen anderen.

## Mobilgerät hinzufügen: der QR-Code, den die App scannt (templates/device_enrol.html)

# $name ist der Name, den die Person dem Gerät gegeben hat, z. B. „Mein Telefon“.
factors-device-enrol-instructions = Öffnen Sie die mobile App von { $brand } auf „{ $name }“, wählen Sie die Option zum Hinzufügen dieses Kontos und scannen Sie diesen QR-Code. Die App fragt dann nach dem PIN-Code, den Sie gerade gewählt haben.
factors-device-enrol-qr-alt = QR-Code zum Scannen mit der mobilen App von { $brand }
factors-device-enrol-paste = Scannen nicht möglich? Fügen Sie diesen Text in die App ein:
factors-device-enrol-validity = { $minutes ->
    [one] Der QR-Code ist { $minutes } Minute gültig und kann einmal verwendet werden.
   *[other] Der QR-Code ist { $minutes } Minuten gültig und kann einmal verwendet werden.
}
factors-device-enrol-waiting = Warten auf Ihr Mobilgerät …
# Auf der Warteseite angezeigt, sobald die App das Gerät hinzugefügt hat.
factors-device-enrolled = Ein Gerät wurde hinzugefügt
factors-device-enrol-expired = Der QR-Code ist abgelaufen. Bitte fügen Sie das Gerät erneut hinzu.

## Meine Sicherheitsschlüssel verwalten (templates/security_keys.html)

factors-keys-title = Meine Sicherheitsschlüssel verwalten
# Spaltenüberschrift: die Überprüfungsstufe, die ein Sicherheitsschlüssel erreicht (einfach, mittel oder hoch).
factors-keys-level = Stufe
factors-keys-delete = Sicherheitsschlüssel löschen
factors-keys-none = In Ihrem Konto ist kein Sicherheitsschlüssel registriert.
# Ein Plattform-Authentifikator ist der in einen Computer oder ein Telefon eingebaute (Fingerabdruck, Gesicht, Bildschirmsperre).
factors-keys-add = Sicherheitsschlüssel oder Plattform-Authentifikator hinzufügen
factors-keys-hint = Ein Sicherheitsschlüssel (zum Beispiel ein USB- oder NFC-Schlüssel) oder der in Ihren Computer oder Ihr Telefon eingebaute Authentifikator (Fingerabdruck, Gesichtserkennung oder Bildschirmsperre). Mit einer PIN oder einem Fingerabdruck auf einem Schlüssel, der sein Geheimnis auf dem Gerät behält, wird die höchste Überprüfungsstufe erreicht.
# $name ist der Name, den die Person dem Schlüssel gegeben hat, z. B. „YubiKey 5 NFC“.
factors-keys-added = Ihr Sicherheitsschlüssel „{ $name }“ wurde erfolgreich hinzugefügt.
factors-keys-deleted = Der Sicherheitsschlüssel wurde gelöscht.
factors-keys-unknown = Unbekannter Sicherheitsschlüssel.

## Sicherheitsschlüssel hinzufügen (templates/security_key_add.html)

# Der Titel des Browser-Tabs.
factors-key-add-title = Sicherheitsschlüssel hinzufügen
factors-key-add-heading = Sicherheitsschlüssel oder Plattform-Authentifikator hinzufügen
factors-key-add-intro = Geben Sie Ihrem Sicherheitsschlüssel einen Namen und folgen Sie dann den Anweisungen Ihres Browsers: Stecken Sie den Schlüssel ein und berühren Sie ihn, oder entsperren Sie Ihren Computer oder Ihr Telefon.
factors-key-add-name = Name des Sicherheitsschlüssels
# $max ist die größte erlaubte Länge des Namens in Zeichen (50).
factors-key-name-invalid = Bitte geben Sie dem Sicherheitsschlüssel einen Namen mit 1 bis { $max } Zeichen.

## Was der Sicherheitsschlüssel-Dialog des Browsers ergeben hat (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Diese Anfrage ist abgelaufen oder wurde bereits verwendet. Bitte versuchen Sie es erneut.
factors-webauthn-not-verified = Ihr Sicherheitsschlüssel oder Plattform-Authentifikator konnte nicht überprüft werden. Bitte versuchen Sie es erneut oder wählen Sie eine andere Überprüfungsmethode.
factors-webauthn-already-registered = Dieser Sicherheitsschlüssel ist bereits registriert.
factors-webauthn-unsupported = Dieser Browser unterstützt keine Sicherheitsschlüssel. Bitte verwenden Sie eine andere Überprüfungsmethode.
factors-webauthn-follow = Folgen Sie den Anweisungen Ihres Browsers und berühren oder entsperren Sie Ihren Sicherheitsschlüssel.
factors-webauthn-no-answer = Ihr Sicherheitsschlüssel hat nicht geantwortet. Bitte versuchen Sie es erneut oder wählen Sie eine andere Überprüfungsmethode.

## Meine Authentifizierungs-Apps verwalten (templates/totp_list.html)

factors-totp-title = Meine Authentifizierungs-Apps verwalten
# FreeOTP, Google Authenticator, Microsoft Authenticator und Aegis sind App-Namen: unverändert lassen.
factors-totp-intro = Eine Authentifizierungs-App auf Ihrem Telefon (zum Beispiel FreeOTP, Google Authenticator, Microsoft Authenticator oder Aegis) zeigt alle 30 Sekunden einen neuen 6-stelligen Code an. Sie können sie bei der Anmeldung als Überprüfungsmethode verwenden.
# Die Schaltfläche, die eine Authentifizierungs-App aus der Liste löscht.
factors-totp-delete = Löschen
factors-totp-none = In Ihrem Konto ist keine Authentifizierungs-App registriert.
factors-totp-add = Authentifizierungs-App hinzufügen
# $name ist der Name, den die Person der App gegeben hat, z. B. „Pixel 8“.
factors-totp-added = Ihre Authentifizierungs-App „{ $name }“ wurde erfolgreich hinzugefügt. Sie können sie jetzt zur Anmeldung verwenden.
factors-totp-deleted = Die Authentifizierungs-App wurde gelöscht.
factors-totp-unknown = Unbekannte Authentifizierungs-App.

## Authentifizierungs-App hinzufügen: ihr Name (templates/totp_add.html)

factors-totp-add-title = Authentifizierungs-App hinzufügen
factors-totp-add-intro = Bitte geben Sie einen Namen an, an dem Sie diese Authentifizierungs-App erkennen, zum Beispiel den Namen Ihres Telefons.
factors-totp-add-name = Name der Authentifizierungs-App
factors-totp-add-next = Weiter
# $max ist die größte erlaubte Länge des Namens in Zeichen (50).
factors-totp-name-invalid = Bitte geben Sie Ihrer Authentifizierungs-App einen Namen mit 1 bis { $max } Zeichen.

## Authentifizierungs-App hinzufügen: der QR-Code und der erste Code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Öffnen Sie die Authentifizierungs-App auf Ihrem Telefon, fügen Sie ein Konto hinzu und scannen Sie diesen QR-Code. Er ist { $minutes } Minute gültig.
   *[other] Öffnen Sie die Authentifizierungs-App auf Ihrem Telefon, fügen Sie ein Konto hinzu und scannen Sie diesen QR-Code. Er ist { $minutes } Minuten gültig.
}
factors-totp-enrol-qr-alt = QR-Code zum Scannen mit Ihrer Authentifizierungs-App
# $account ist die E-Mail-Adresse der Person, $issuer der Name des Dienstes, wie die App ihn anzeigt.
factors-totp-enrol-manual = Scannen nicht möglich? Geben Sie diesen Schlüssel von Hand in die App ein (zeitbasiert, 6 Ziffern, alle 30 Sekunden), mit dem Konto { $account } von { $issuer }:
factors-totp-enrol-uri = Link hinter dem QR-Code anzeigen
factors-totp-code-label = 6-stelligen Code eingeben
factors-totp-confirm = Bestätigen
factors-totp-enrol-gone = Diese Authentifizierungs-App wartet nicht mehr auf eine Bestätigung (sie ist abgelaufen, wurde bestätigt oder hat zu viele falsche Codes erhalten). Bitte fügen Sie sie erneut hinzu.
# $remaining ist die Zahl der Codes, die noch versucht werden können.
factors-totp-code-wrong = Der Code ist nicht korrekt. Prüfen Sie, ob die Uhrzeit Ihres Telefons stimmt, und geben Sie den Code ein, den Ihre App jetzt anzeigt. { $remaining ->
    [one] Noch { $remaining } Versuch.
   *[other] Noch { $remaining } Versuche.
}
