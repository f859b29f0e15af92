# Die Texte des Anbieters auf Deutsch (mail); siehe main.ftl.
#
# Die E-Mails und SMS, die der Anbieter in der Sprache des betroffenen Kontos sendet
# (mail/messages.rs), die Meldungen der API der mobilen App, die die App ihren Nutzern
# anzeigt (http/app_api.rs), und die Postausgangsseite für die Entwicklung (templates/outbox.html).
#
# In den E-Mails: $brand ist der Name des Dienstes („EU Login“), $email die E-Mail-Adresse des
# Kontos, $link eine Webadresse. Jedes { $link } steht allein in seiner Zeile, wie hier:
# E-Mail-Programme machen daraus einen Link. Eine Zeile, die nur {""} enthält, ist eine
# Leerzeile zwischen zwei Absätzen (der HTML-Teil der E-Mail macht aus jedem Absatz einen
# Block): an ihrer Stelle lassen.

## Jede E-Mail

# Die erste Zeile jeder E-Mail, gefolgt von einer Leerzeile. $first_name und $last_name sind
# die Namen der Empfängerin oder des Empfängers (der Nachname steht manchmal in Großbuchstaben).
mail-greeting = Guten Tag { $first_name } { $last_name },
# Die letzte Zeile jeder E-Mail.
mail-signature = Gesendet von { $brand }

## Registrierung: der Link zum Erstellen des Passworts (account/registration.rs)

mail-registered-subject = Sie wurden bei { $brand } registriert
# $duration: wie lange der Link gilt, in Worten („1 Stunde“, „30 Minuten“).
mail-registered-body =
    Sie wurden bei { $brand } registriert.
    Ihre E-Mail-Adresse lautet { $email }
    {""}
    Um Ihr Passwort zu erstellen, folgen Sie bitte diesem Link:
    {""}
    { $link }
    {""}
    Ab dem Versand dieser Nachricht haben Sie höchstens { $duration } Zeit, um Ihr Passwort zu erstellen; wir empfehlen Ihnen jedoch, dies möglichst sofort zu tun. Nach Ablauf dieser Frist können Sie über denselben Link eine neue Anfrage stellen: Sie müssen dann Ihre E-Mail-Adresse erneut eingeben und Ihre Anfrage bestätigen.
    {""}
    Falls der obige Link nicht funktioniert, kopieren Sie die vollständige Adresse und fügen Sie sie in die Adressleiste Ihres Browsers ein.
    {""}
    Bitte antworten Sie nicht auf diese Nachricht. Wenn Sie ein Problem haben, nutzen Sie die Hilfe- oder Kontaktangaben auf der Website, auf der Sie sich registrieren wollten.

## Passwort vergessen: der Link zum Wählen eines neuen (account/registration.rs)

mail-reset-subject = Ihr Passwort für { $brand }
# $duration: wie lange der Link gilt, in Worten („1 Stunde“, „30 Minuten“).
mail-reset-body =
    Für Ihr Konto { $email } bei { $brand } wurde ein neues Passwort angefordert.
    Um ein neues Passwort zu wählen, folgen Sie diesem Link:
    {""}
    { $link }
    {""}
    Der Link ist { $duration } gültig und kann einmal verwendet werden. Falls Sie dies nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort wurde nicht geändert.

## Eine Registrierung mit einer Adresse, für die bereits ein Konto besteht: Die Inhaberin oder der Inhaber wird informiert

mail-existing-subject = Registrierungsversuch mit Ihrer E-Mail-Adresse
mail-existing-body =
    Jemand hat versucht, sich mit Ihrer E-Mail-Adresse { $email }, für die bereits ein Konto besteht, bei { $brand } zu registrieren.
    Falls Sie es waren und sich nicht an Ihr Passwort erinnern, können Sie hier ein neues wählen:
    {""}
    { $link }
    {""}
    Falls Sie es nicht waren, ignorieren Sie diese Nachricht: Es wurde nichts geändert.

## Zu viele falsche Passwörter: Die Anmeldung mit Passwort ist eine Zeit lang gesperrt

mail-lockout-subject = { $brand }: zu viele fehlgeschlagene Anmeldeversuche
# $until: Datum und Uhrzeit, zu denen die Sperre endet („6. Dezember 2026, 08:34 UTC“).
mail-lockout-body =
    Es gab zu viele fehlgeschlagene Versuche, sich mit dem Konto { $email } per Passwort bei { $brand } anzumelden. Zum Schutz Ihres Kontos ist die Anmeldung mit Passwort bis zum { $until } gesperrt.
    {""}
    Falls Sie es waren und sich nicht an Ihr Passwort erinnern, wählen Sie hier ein neues; damit wird auch die Sperre aufgehoben:
    {""}
    { $link }
    {""}
    Falls Sie es nicht waren, versucht möglicherweise jemand, Ihr Passwort zu erraten: Wählen Sie über denselben Link ein neues, langes Passwort und prüfen Sie die Aktivität Ihres Kontos unter „{ menu-my-account }“.

## Am Konto wurde etwas geändert: die Mitteilung und ein Satz für jede Art von Änderung

mail-changed-subject = { $brand }: Ihr Konto wurde geändert
# Unter dem Satz, der die Änderung nennt.
mail-changed-advice = Falls Sie das nicht waren, melden Sie sich bei { $brand } an, entfernen Sie unter „{ menu-my-account }“ alles, was Sie nicht kennen, ändern Sie Ihr Passwort und wenden Sie sich an den Helpdesk.
mail-change-password = Das Passwort Ihres Kontos bei { $brand } wurde geändert.
# $number: eine Telefonnummer („+32470123456“).
mail-change-phone-added = Die Mobiltelefonnummer { $number } wurde Ihrem Konto bei { $brand } hinzugefügt.
mail-change-phone-removed = Die Mobiltelefonnummer { $number } wurde aus Ihrem Konto bei { $brand } entfernt.
# $name: der Name, den die Person dem Gerät, dem Schlüssel oder der App gegeben hat („Mein Telefon“).
mail-change-device-added = Das Mobilgerät „{ $name }“ wurde Ihrem Konto bei { $brand } hinzugefügt.
mail-change-device-removed = Das Mobilgerät „{ $name }“ wurde aus Ihrem Konto bei { $brand } entfernt.
mail-change-device-locked = Ihr Mobilgerät „{ $name }“ wurde nach zu vielen falschen PIN-Codes gesperrt. Um es zu verwenden, löschen Sie es unter „{ menu-my-account }“ und fügen Sie es erneut hinzu.
mail-change-security-key-added = Der Sicherheitsschlüssel „{ $name }“ wurde Ihrem Konto bei { $brand } hinzugefügt.
mail-change-security-key-removed = Der Sicherheitsschlüssel „{ $name }“ wurde aus Ihrem Konto bei { $brand } entfernt.
mail-change-authenticator-app-added = Die Authentifizierungs-App „{ $name }“ wurde Ihrem Konto bei { $brand } hinzugefügt.
mail-change-authenticator-app-removed = Die Authentifizierungs-App „{ $name }“ wurde aus Ihrem Konto bei { $brand } entfernt.
# $count: wie viele gelöscht wurden, alle Arten zusammen.
mail-change-all-devices-deleted = { $count ->
    [one] Alle Geräte Ihres Kontos bei { $brand } wurden gelöscht (1 Mobilgerät, Sicherheitsschlüssel oder Authentifizierungs-App).
   *[other] Alle Geräte Ihres Kontos bei { $brand } wurden gelöscht ({ $count } Mobilgeräte, Sicherheitsschlüssel und Authentifizierungs-Apps).
}

## Das Konto wurde gelöscht (nach der Löschung gesendet)

mail-deleted-subject = { $brand }: Ihr Konto wurde gelöscht
mail-deleted-body = Ihr Konto bei { $brand } wurde auf Ihren Wunsch gelöscht.

## Wiederherstellung: alle Überprüfungsmethoden entfernen, wenn keine mehr verwendet werden kann

mail-recovery-link-subject = { $brand }: Bestätigen Sie die Entfernung Ihrer Überprüfungsmethoden
# $duration: wie lange der Link gilt; $wait: wie lange nach der Bestätigung die Methoden
# entfernt werden; beides in Worten („30 Minuten“, „72 Stunden“).
mail-recovery-link-body =
    Jemand hat sich mit Ihrem Konto { $email } und Ihrem Passwort bei { $brand } angemeldet und beantragt, alle Überprüfungsmethoden des Kontos (Mobilgeräte, Sicherheitsschlüssel, Authentifizierungs-Apps und Mobiltelefonnummern) zu entfernen, weil keine davon mehr verwendet werden kann.
    {""}
    Falls Sie es waren, bestätigen Sie dies mit diesem Link ({ $duration } gültig):
    {""}
    { $link }
    {""}
    Die Methoden werden { $wait } nach Ihrer Bestätigung entfernt; bis dahin können Sie den Vorgang abbrechen, und Sie werden per E-Mail benachrichtigt.
    {""}
    Falls Sie es nicht waren, folgen Sie dem Link nicht und ändern Sie Ihr Passwort: Jemand kennt es.
mail-recovery-started-subject = { $brand }: Ihre Überprüfungsmethoden werden entfernt
# $when: Datum und Uhrzeit der Entfernung („6. Dezember 2026, 08:34 UTC“). Der letzte Satz
# nennt eine Seite von „Mein Konto“ mit ihrem Titel.
mail-recovery-started-body =
    Alle Überprüfungsmethoden Ihres Kontos { $email } bei { $brand } (Mobilgeräte, Sicherheitsschlüssel, Authentifizierungs-Apps und Mobiltelefonnummern) werden am { $when } entfernt, wie von diesem Postfach aus beantragt und bestätigt.
    {""}
    Falls Sie dies nicht beantragt haben, brechen Sie den Vorgang jetzt über diesen Link ab und ändern Sie dann Ihr Passwort:
    {""}
    { $link }
    {""}
    Sie können ihn auch unter „{ menu-my-account }“ > „Alle meine Geräte löschen“ abbrechen.
mail-recovery-cancelled-subject = { $brand }: Die Entfernung Ihrer Überprüfungsmethoden wurde abgebrochen
mail-recovery-cancelled-body = Die Entfernung der Überprüfungsmethoden Ihres Kontos bei { $brand } wurde abgebrochen. Es wurde nichts entfernt.
mail-recovery-done-subject = { $brand }: Ihre Überprüfungsmethoden wurden entfernt
# $count: wie viele Methoden entfernt wurden.
mail-recovery-done-body = { $count ->
    [one] Wie beantragt, wurden alle Überprüfungsmethoden Ihres Kontos bei { $brand } entfernt (insgesamt 1). Fügen Sie Ihr neues Mobilgerät, Ihren neuen Sicherheitsschlüssel oder Ihre neue Telefonnummer unter „{ menu-my-account }“ hinzu.
   *[other] Wie beantragt, wurden alle Überprüfungsmethoden Ihres Kontos bei { $brand } entfernt (insgesamt { $count }). Fügen Sie Ihr neues Mobilgerät, Ihren neuen Sicherheitsschlüssel oder Ihre neue Telefonnummer unter „{ menu-my-account }“ hinzu.
}

## Ein Zugangsantrag, über den der Helpdesk der Anwendung entschieden hat, oder ein widerrufener Zugang (access/helpdesk.rs)

# $app: der Name der Anwendung („CPMS“).
mail-access-approved-subject = Ihr Zugang zu { $app } wurde genehmigt
mail-access-denied-subject = Ihr Zugangsantrag für { $app } wurde abgelehnt
mail-access-revoked-subject = Ihr Zugang zu { $app } wurde widerrufen
# $profile: der Code des Zugangsprofils („HP“); $centre: die Organisation, für die der Zugang
# gilt (ein Krankenhaus oder ein Gesundheitsdienstleister, mit Ort und Land).
mail-access-approved = Ihr Antrag auf Zugang zu { $app } (Zugangsprofil { $profile }, Organisation { $centre }) wurde vom Helpdesk von { $app } genehmigt.
mail-access-denied = Ihr Antrag auf Zugang zu { $app } (Zugangsprofil { $profile }, Organisation { $centre }) wurde vom Helpdesk von { $app } abgelehnt.
mail-access-revoked = Der auf Ihren Antrag hin gewährte Zugang zu { $app } (Zugangsprofil { $profile }, Organisation { $centre }) wurde vom Helpdesk von { $app } widerrufen.
# $comment und $reason: die eigenen Worte des Helpdesks.
mail-access-comment = Kommentar des Helpdesks: { $comment }
mail-access-reason = Grund: { $reason }
mail-access-sign-in = Sie können sich jetzt über { $brand } bei { $app } anmelden.
# Gefolgt von einer Zeile mit der Adresse der Anwendung.
mail-access-sign-in-at = Sie können sich jetzt über { $brand } bei { $app } anmelden:
mail-access-again = Einen neuen Antrag können Sie hier stellen: { $link }
# $link: die Seite mit den Zugangsanträgen der Person.
mail-access-requests = Ihre Anträge: { $link }

## SMS

# Die SMS mit einem Anmelde- oder Bestätigungscode. Sie muss in zwei SMS-Segmente passen (ein
# Test prüft das), also nicht länger als diese. $code sieht aus wie „ABCD-EFGH“: auf jeder
# Seite ein Leerzeichen oder einen Punkt lassen. $minutes ist eine Zahl.
sms-code = Code für { $brand }: { $code }. { $minutes } Min. gültig. Niemals weitergeben.

## Meldungen der API der mobilen App, von der App ihren Nutzern angezeigt (http/app_api.rs)

app-unknown-token = Dieser QR-Code ist unbekannt. Scannen Sie den QR-Code, der angezeigt wird, wenn Sie unter „{ menu-my-account }“ ein Mobilgerät hinzufügen.
app-token-not-valid = Dieser QR-Code wurde bereits verwendet, ist abgelaufen oder wurde durch falsche PIN-Codes ungültig. Fügen Sie das Gerät unter „{ menu-my-account }“ erneut hinzu.
# $remaining: wie viele Versuche noch erlaubt sind (eine Zahl).
app-enrol-wrong-pin = { $remaining ->
    [one] Der PIN-Code ist nicht der unter „{ menu-my-account }“ gewählte. Noch 1 Versuch.
   *[other] Der PIN-Code ist nicht der unter „{ menu-my-account }“ gewählte. Noch { $remaining } Versuche.
}
app-unknown-device = Dieses Gerät ist nicht (mehr) registriert.
app-bad-signature = Die Signatur des Geräts konnte nicht verifiziert werden.
# $seconds: eine Zahl.
app-stale = Die Signatur des Geräts ist älter als { $seconds } Sekunden (oder die Uhr des Geräts geht falsch).
app-replayed = Diese Signatur des Geräts wurde bereits verwendet.
app-device-locked = Dieses Gerät ist nach zu vielen falschen PIN-Codes gesperrt. Löschen Sie es unter „{ menu-my-account }“ und fügen Sie es erneut hinzu.
app-not-pending = Diese Anfrage ist abgelaufen oder wurde bereits beantwortet.
# $remaining: wie viele Versuche noch erlaubt sind (eine Zahl).
app-wrong-pin = { $remaining ->
    [one] Falscher PIN-Code. Noch 1 Versuch, bevor das Gerät gesperrt wird.
   *[other] Falscher PIN-Code. Noch { $remaining } Versuche, bevor das Gerät gesperrt wird.
}
app-wrong-number = Dies ist nicht die auf der Webseite angezeigte Zahl. Die Anfrage wurde abgebrochen.
app-browser-on = { $browser } auf { $system }
app-browser = { $browser }
app-push-title = Anmeldeanfrage von { $client }

## Die Postausgangsseite für die Entwicklung (templates/outbox.html, nur im Entwicklungsmodus)

outbox-title = Postausgang (Entwicklung)
outbox-hint = Nur im Entwicklungsmodus: alle E-Mails und SMS, die der Anbieter gesendet hat, die neuesten zuerst.
outbox-empty = Der Postausgang ist leer.
outbox-email = E-Mail
outbox-sms = SMS
# $channel: outbox-email oder outbox-sms; $to: eine E-Mail-Adresse oder eine Telefonnummer;
# $when: Datum und Uhrzeit des Versands.
outbox-sent = { $channel } an { $to } am { $when }
