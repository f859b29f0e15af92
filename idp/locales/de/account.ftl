# Die Texte des Anbieters auf Deutsch (account); siehe main.ftl.
# { $brand } ist der konfigurierte Name des Dienstes (zum Beispiel „EU Login“); er steht in
# jeder Nachricht zur Verfügung. Wo { $wait } oder { $when } steht, ist es bereits eine ganze
# Wendung in der Sprache der Person: „1 Stunde 5 Minuten“, „6. Dezember 2026, 08:34 UTC“.

## Wörter, die mehrere Kontoseiten gemeinsam haben

account-first-name = Vorname
account-last-name = Nachname
account-email = E-Mail
account-language = Sprache
account-cancel = Abbrechen
account-submit = Absenden
account-save = Speichern
account-delete = Löschen
account-sign-in = Anmelden
account-back = Mein Konto
account-wait-title = Bitte warten Sie vor einer erneuten Anforderung
account-link-invalid-title = Dieser Link ist nicht mehr gültig
account-check-email-title = Bitte prüfen Sie Ihre E-Mails
# In der Spalte „Stufe“ der Sitzungsseite (wo sonst „einfach“, „mittel“ oder „hoch“ steht,
# login-level-*): Die Überprüfungsstufe der Sitzung ist nicht mehr gültig, sie wurde vor zu
# langer Zeit nachgewiesen.
account-level-expired = abgelaufen
# In der Spalte „Herkunft“ der Sitzungs- und Aktivitätsseiten, wenn die Quelladresse einer
# Anmeldung oder eines Ereignisses nicht bekannt ist.
account-ip-unknown = unbekannt

## Startseite (templates/home.html)

# $name ist der Name der Person, wie sie ihn angegeben hat („Ada LOVELACE“).
account-home-welcome = Willkommen, { $name }
account-home-signed-in = Sie sind bei { $brand } als { $email } angemeldet.
# $level ist einer der Werte login-level-basic, -medium, -high.
account-home-signed-in-level = Sie sind bei { $brand } als { $email } angemeldet (Überprüfungsstufe: { $level }).
account-home-change-password-hint = (unter „Mein Konto“, mit Ihrem aktuellen Passwort)
account-home-forgot-password = Passwort vergessen?
account-home-sign-out = Abmelden
account-home-intro = Ein einziges Konto für die Anmeldung bei allen Anwendungen, die mit { $brand } verbunden sind.
account-home-register = Konto erstellen

## Mein Konto (templates/account.html)

account-title = Mein Konto
account-details-heading = Meine Kontodaten
# Nach der E-Mail-Adresse des Kontos: Die Adresse wird außerhalb dieses Dienstes verwaltet.
account-email-external = { $email } (extern)
account-level = Überprüfungsstufe dieser Sitzung
account-needs-second-factor = Anwendungen wie CPMS verlangen eine zweite Überprüfungsmethode: Fügen Sie eine Mobiltelefonnummer, ein Mobilgerät, einen Sicherheitsschlüssel oder eine Authentifizierungs-App hinzu.
account-menu-change-password = Passwort ändern
account-menu-details = Meine persönlichen Daten ändern
account-menu-delete = Mein Konto löschen
account-menu-devices = Meine Mobilgeräte verwalten
account-menu-phones = Meine Mobiltelefonnummern verwalten
account-menu-security-keys = Meine Sicherheitsschlüssel verwalten
# Nach „Meine Sicherheitsschlüssel verwalten“, wenn das Konto mindestens einen hat.
account-menu-security-keys-added = (hinzugefügt)
account-menu-authenticator-apps = Meine Authentifizierungs-Apps verwalten
account-menu-sessions = Meine Sitzungen anzeigen
account-menu-sessions-hint = Sie können die Sitzungen einsehen, die für besuchte Anwendungen geöffnet wurden.
account-menu-delete-devices = Alle meine Geräte löschen
account-menu-delete-devices-hint = Bei einem neuen Telefon: entfernt alle Mobilgeräte, Sicherheitsschlüssel und Authentifizierungs-Apps.
account-menu-activity = Aktivität
account-menu-activity-hint = Die letzten Sicherheitsereignisse Ihres Kontos.
account-notice-password = Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden beendet.
account-notice-details = Ihre persönlichen Daten wurden gespeichert.
account-notice-devices = Alle Ihre Geräte wurden gelöscht. Sie können jetzt Ihr neues Gerät hinzufügen.
account-notice-session = Die Sitzung wurde beendet.
account-notice-sent-again = Die E-Mail ist erneut unterwegs.
## E-Mails, die der Postausgang aufgegeben hat (templates/account.html)
account-undelivered-title = Einige E-Mails haben Sie nicht erreicht
# $email: die Adresse des Kontos.
account-undelivered = Der Mailserver von { $email } hat diese E-Mails abgelehnt, oder sie konnten nicht rechtzeitig zugestellt werden. Falls Ihr Postfach voll war oder sich die Adresse geändert hat, beheben Sie das zuerst und senden Sie sie dann erneut.
# $subject: der Betreff der E-Mail; $when: wann sie aufgegeben wurde.
account-undelivered-item = „{ $subject }“, { $when }
account-undelivered-send-again = Erneut senden
account-undelivered-gone = Diese E-Mail kann nicht erneut gesendet werden, weil sie bereits gesendet wurde oder nicht zu Ihrem Konto gehört.

## Meine persönlichen Daten ändern (templates/account_details.html, account/profile.rs)

account-details-title = Meine persönlichen Daten ändern
account-first-name-missing = Bitte geben Sie Ihren Vornamen ein.
account-last-name-missing = Bitte geben Sie Ihren Nachnamen ein.
account-first-name-too-long = Der Vorname darf höchstens 100 gewöhnliche Zeichen lang sein.
account-last-name-too-long = Der Nachname darf höchstens 100 gewöhnliche Zeichen lang sein.
account-language-invalid = Bitte wählen Sie eine Sprache aus der Liste.

## Passwort ändern (templates/account_password.html)

account-password-title = Passwort ändern
account-password-wait = Aus Sicherheitsgründen müssen Sie warten, bevor Sie Ihr Passwort erneut ändern können: noch { $wait }. Wenden Sie sich in dringenden Fällen bitte an den Helpdesk.
account-password-rules = Ihr neues Passwort muss diese Regeln erfüllen:
account-password-current = Aktuelles Passwort
account-password-new = Neues Passwort
account-password-confirm = Neues Passwort bestätigen
account-password-too-long = Das Passwort ist zu lang.
account-password-wrong-current = Ihr aktuelles Passwort ist nicht korrekt.
account-password-too-soon = Aus Sicherheitsgründen müssen Sie warten, bevor Sie Ihr Passwort erneut ändern: noch { $wait }. Wenden Sie sich in dringenden Fällen bitte an den Helpdesk.
account-password-mismatch = Die beiden neuen Passwörter stimmen nicht überein.

## Mein Konto löschen (templates/account_delete.html)

account-delete-title = Mein Konto löschen
account-delete-warning = Ihr Konto bei { $brand } wird mit seinen Telefonnummern, Geräten und Sicherheitsschlüsseln gelöscht, und alle Anwendungen, bei denen Sie angemeldet sind, werden benachrichtigt. Dies kann nicht rückgängig gemacht werden.
account-delete-confirm = Ich möchte mein Konto bei { $brand } löschen
account-delete-unconfirmed = Bitte kreuzen Sie das Kästchen an, um zu bestätigen, dass Ihr Konto gelöscht werden soll.
account-deleted-title = Ihr Konto wurde gelöscht
account-deleted = Ihr Konto bei { $brand } und alle damit verbundenen Daten wurden gelöscht.

## Alle meine Geräte löschen (templates/account_delete_devices.html)

account-delete-devices-title = Alle meine Geräte löschen
account-delete-devices-pending = Alle Überprüfungsmethoden Ihres Kontos werden am { $when } entfernt, wie Sie es per E-Mail angefordert haben.
account-delete-devices-none = Ihr Konto hat kein Mobilgerät, keinen Sicherheitsschlüssel und keine Authentifizierungs-App. Fügen Sie unter „Mein Konto“ eine Überprüfungsmethode hinzu.
account-delete-devices-now = Verwenden Sie dies, wenn Sie ein neues Telefon haben: Alle Mobilgeräte, Sicherheitsschlüssel und Authentifizierungs-Apps Ihres Kontos werden entfernt. Fügen Sie danach Ihr neues Gerät über „Meine Mobilgeräte verwalten“ hinzu. Ihre Mobiltelefonnummern bleiben erhalten.
account-delete-devices-why = Zum Schutz Ihres Kontos genügt Ihr Passwort allein nicht, um Ihre Überprüfungsmethoden zu entfernen: Wer es in Erfahrung gebracht hat, könnte sonst seine eigenen hinzufügen.
account-delete-devices-can-use = Ich kann noch eine davon verwenden
account-delete-devices-can-use-text = Melden Sie sich erneut mit Ihrem alten Telefon, Ihrem Sicherheitsschlüssel oder Ihrer Authentifizierungs-App an und löschen Sie dann alle auf einmal.
account-delete-devices-reauth = Mit einer Überprüfungsmethode anmelden
account-delete-devices-cannot-use = Ich kann keine davon verwenden
# $wait ist die Wartezeit einer Wiederherstellung („24 Stunden“).
account-delete-devices-recovery = Wir senden einen Link an Ihre E-Mail-Adresse. Nachdem Sie mit diesem Link bestätigt haben, werden alle Überprüfungsmethoden Ihres Kontos (Mobilgeräte, Sicherheitsschlüssel, Authentifizierungs-Apps und Mobiltelefonnummern) { $wait } später entfernt. Sie werden sofort per E-Mail benachrichtigt und können bis dahin abbrechen.
account-delete-devices-send-link = Link zusenden

## Alle Überprüfungsmethoden per E-Mail entfernen (templates/account_recovery.html)

account-recovery-title = Alle Überprüfungsmethoden entfernen
# $minutes: wie lange der Link verwendet werden kann.
account-recovery-sent = Ein Link wurde an { $email } gesendet. Er ist { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} gültig.
account-recovery-sent-next = Folgen Sie ihm, um zu bestätigen. Ihre Überprüfungsmethoden werden { $wait } nach Ihrer Bestätigung entfernt; bis dahin können Sie abbrechen.
account-recovery-confirm-text = Alle Mobilgeräte, Sicherheitsschlüssel, Authentifizierungs-Apps und Mobiltelefonnummern des Kontos { $email } bei { $brand } werden { $wait } nach Ihrer Bestätigung entfernt. Sie werden per E-Mail benachrichtigt und erhalten einen Link zum Abbrechen.
account-recovery-confirm = Bestätigen
account-recovery-started-title = Entfernung bestätigt
account-recovery-started = Alle Überprüfungsmethoden Ihres Kontos werden am { $when } entfernt.
account-recovery-started-next = Eine E-Mail mit einem Link zum Abbrechen wurde an Sie gesendet. Melden Sie sich nach diesem Zeitpunkt mit Ihrem Passwort an und fügen Sie Ihr neues Gerät unter „Mein Konto“ hinzu.
account-recovery-cancel-title = Entfernung Ihrer Überprüfungsmethoden abbrechen
account-recovery-due = Alle Überprüfungsmethoden Ihres Kontos sollen am { $when } entfernt werden.
account-recovery-cancel = Entfernung abbrechen
account-recovery-cancel-hint = Falls Sie dies nicht angefordert haben, ändern Sie auch Ihr Passwort: Jemand kennt es.
account-recovery-cancelled-title = Entfernung abgebrochen
account-recovery-cancelled = Es wurde nichts entfernt. Ihre Überprüfungsmethoden bleiben unverändert.
account-recovery-nothing-title = Nichts abzubrechen
account-recovery-nothing = Es war keine Entfernung Ihrer Überprüfungsmethoden vorgesehen.
account-recovery-invalid = Der Link, den Sie aufgerufen haben, ist abgelaufen, wurde bereits verwendet oder wurde durch einen neueren ersetzt.
account-recovery-start-again = Erneut mit „Alle meine Geräte löschen“ beginnen
account-recovery-paced = Vor Kurzem wurde bereits eine E-Mail mit einem Link gesendet. Sie können in { $wait } einen neuen anfordern.

## Meine Sitzungen (templates/account_sessions.html)

account-sessions-page-title = Meine Sitzungen anzeigen
account-sessions-title = Meine Sitzungen
account-sessions-started = Begonnen
account-sessions-last-seen = Zuletzt aktiv
account-sessions-level = Stufe
account-sessions-from = Herkunft
# Die Überschrift der Spalte mit Schaltflächen, nur für Screenreader.
account-sessions-action = Aktion
account-sessions-current = Diese Sitzung
account-sessions-end = Diese Sitzung beenden
account-sessions-not-yours = Diese Sitzung gehört nicht Ihnen oder wurde bereits beendet.

## Aktivität (templates/account_activity.html, account/activity.rs)

account-activity-title = Aktivität
account-activity-intro = Die letzten Sicherheitsereignisse Ihres Kontos.
account-activity-when = Zeitpunkt
account-activity-what = Ereignis
account-activity-from = Herkunft
account-activity-details = Details
account-event-signin-success = Angemeldet
account-event-signin-failure = Fehlgeschlagene Anmeldung
account-event-signed-out = Abgemeldet
account-event-account-registered = Konto erstellt
account-event-account-locked = Anmeldung mit Passwort nach zu vielen Fehlversuchen gesperrt
account-event-password-set = Passwort festgelegt oder geändert
account-event-factor-added = Überprüfungsmethode hinzugefügt
account-event-factor-removed = Überprüfungsmethode entfernt
account-event-sms-sent = SMS gesendet
account-event-device-locked = Mobilgerät gesperrt (falsche PIN-Codes)
account-event-push-denied = Anmeldeanfrage auf einem Mobilgerät abgelehnt
account-event-push-wrong-number = Falsche Zahl auf einem Mobilgerät gewählt
account-event-token-revoked = Zugriff von einer Anwendung widerrufen
account-event-code-replayed = Ein Anmeldecode wurde zweimal verwendet: Der damit gewährte Zugriff wurde widerrufen
account-event-refresh-reused = Ein altes Zugriffstoken wurde erneut verwendet: Der zugehörige Zugriff wurde widerrufen
account-event-recovery-link-sent = Entfernung aller Überprüfungsmethoden angefordert (Link per E-Mail gesendet)
account-event-recovery-started = Entfernung aller Überprüfungsmethoden bestätigt (Wartezeit läuft)
account-event-recovery-cancelled = Entfernung aller Überprüfungsmethoden abgebrochen
account-event-access-requested = Zugang beantragt
account-event-access-approved = Zugangsantrag genehmigt
account-event-access-denied = Zugangsantrag abgelehnt
account-event-access-revoked = Zugang widerrufen
account-event-message-undelivered = E-Mail oder SMS nicht zugestellt
# Ein mit einem Ereignis gespeicherter Wert, unverändert angezeigt: der Name einer Anwendung,
# ein vom Helpdesk geschriebener Grund oder der interne Name eines Ereignisses, für das diese
# Version keine Worte hat.
account-activity-data = { $value }
# Die Details eines Ereignisses sind kurze, durch Kommas getrennte Wendungen, zum Beispiel:
# „mit Mobiltelefon + SMS, Stufe mittel, für CPMS“ oder „Sicherheitsschlüssel „YubiKey“, Stufe hoch“.
account-activity-factor-phone = Mobiltelefonnummer
account-activity-factor-mobile-device = Mobilgerät
account-activity-factor-security-key = Sicherheitsschlüssel
account-activity-factor-authenticator-app = Authentifizierungs-App
account-activity-factor-count = { $count ->
    [one] { $count } Überprüfungsmethode
   *[other] { $count } Überprüfungsmethoden
}
# $factor ist eine der Wendungen account-activity-factor-*; $name der Name, den die Person vergeben hat.
account-activity-factor-named = { $factor } „{ $name }“
# $factor ist „Mobiltelefonnummer“; $phone die teilweise verdeckte Nummer (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }“
# $method ist die verwendete Überprüfungsmethode (einer der Werte login-method-*).
account-activity-method = mit { $method }
# $level ist einer der Werte login-level-basic, -medium, -high.
account-activity-level = Stufe { $level }
# $client ist der Name der Anwendung, bei der die Anmeldung erfolgte.
account-activity-client = für { $client }
account-activity-via-my-account = unter „Mein Konto“
account-activity-via-set-password = über den Link der Registrierungs-E-Mail
account-activity-via-reset = über einen Link „Passwort vergessen?“
account-activity-via-recovery = nach einer Kontowiederherstellung
account-activity-purpose-sms-enrol = zur Bestätigung einer neuen Nummer
account-activity-purpose-sms-login = zur Anmeldung
# $phone ist eine teilweise verdeckte Mobiltelefonnummer (+32******456).
account-activity-to = an { $phone }
account-activity-pin-failures = nach { $count ->
    [one] { $count } falschen PIN-Code
   *[other] { $count } falschen PIN-Codes
}
account-activity-until = bis zum { $when }
account-activity-on = am { $when }
# $profile ist der Code eines Zugangsprofils einer Anwendung (CPMS_USER).
account-activity-profile = Zugangsprofil { $profile }
# $name ist der Name des Helpdesk-Mitglieds, das entschieden hat.
account-activity-by = von { $name }
account-activity-by-helpdesk = vom Helpdesk
# $reason ist eine der Wendungen account-activity-reason-* oder ein vom Helpdesk geschriebener Grund.
account-activity-reason = Grund: { $reason }
account-activity-reason-wrong-password = falsches Passwort
account-activity-reason-no-password = kein Passwort festgelegt
account-activity-reason-unknown-account = unbekanntes Konto
account-activity-reason-locked = gesperrt
account-activity-reason-wrong-code = falscher Code
account-activity-reason-code-reused = Code wiederverwendet
account-activity-reason-too-many-codes = zu viele Codes
account-activity-reason-too-many-codes-hour = zu viele Codes in dieser Stunde
account-activity-reason-device-locked = Gerät gesperrt
account-activity-reason-expired = Anfrage abgelaufen
account-activity-reason-not-verified = Antwort nicht überprüft
account-activity-reason-already-registered = bereits registriert
account-activity-token-access = Zugriffstoken
account-activity-token-refresh = Aktualisierungstoken
account-activity-grant-revoked = Berechtigung widerrufen
account-activity-family-revoked = Token-Familie widerrufen

## Konto erstellen (templates/register.html, account/registration.rs)

account-register-title = Konto erstellen
account-register-intro = Bitte verwenden Sie vorzugsweise Ihre dienstliche E-Mail-Adresse. Sie erhalten eine E-Mail mit einem Link, um Ihr Passwort zu erstellen.
account-register-email-confirm = E-Mail-Adresse bestätigen
# Die Sprache des Kontos: die Sprache seiner E-Mails und seiner Seiten, sofern keine andere gewählt wird.
account-register-language = Sprache der E-Mails
account-register-submit = Konto erstellen
account-register-sign-in = Sie haben bereits ein Konto? Anmelden
account-register-thanks = Vielen Dank für Ihre Registrierung.
# $minutes: wie lange der Link verwendet werden kann.
account-register-sent = Eine E-Mail mit einem Link zum Erstellen Ihres Passworts ist an { $email } unterwegs. Der Link ist { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} gültig. Die Zustellung kann einige Minuten dauern; prüfen Sie auch Ihren Spam-Ordner.
account-register-first-name-invalid = Ihr Vorname ist zu lang oder enthält unzulässige Zeichen.
account-register-last-name-invalid = Ihr Nachname ist zu lang oder enthält unzulässige Zeichen.
account-register-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@hospital.eu.
account-register-email-mismatch = Die beiden E-Mail-Adressen stimmen nicht überein.
account-register-throttled = Vor Kurzem wurde bereits eine E-Mail an diese Adresse gesendet, oder aus Ihrem Netzwerk wurden zu viele angefordert. Sie können es in { $wait } erneut versuchen.

## Passwort erstellen (templates/set_password.html, account/links.rs)

account-set-password-title = Passwort erstellen
# $email ist die Adresse des Kontos, dessen Passwort erstellt wird.
account-set-password-account = Konto: { $email }
account-set-password-rules = Ihr Passwort muss diese Regeln erfüllen:
account-set-password-new = Neues Passwort
account-set-password-confirm = Neues Passwort bestätigen
account-set-password-mismatch = Die beiden Passwörter stimmen nicht überein.
account-set-password-done-title = Ihr Passwort wurde festgelegt
account-set-password-done = Ihr Passwort wurde gespeichert. Sie können sich jetzt mit Ihrer E-Mail-Adresse und diesem Passwort anmelden.
account-password-recent-title = Sie haben Ihr Passwort vor Kurzem geändert
account-password-recent = Aus Sicherheitsgründen müssen Sie warten, bevor Sie Ihr Passwort erneut ändern. Sie können es in { $wait } wieder ändern.
account-password-urgent = Wenden Sie sich in dringenden Fällen bitte an den Helpdesk.

## Passwort vergessen? (templates/forgot_password.html)

account-forgot-title = Passwort vergessen?
# $minutes: wie lange ein Link verwendet werden kann.
account-forgot-expired = Der Link, den Sie aufgerufen haben, ist abgelaufen oder wurde bereits verwendet. Links sind { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} gültig und können einmal verwendet werden.
account-forgot-again = Geben Sie Ihre E-Mail-Adresse erneut ein, um einen neuen Link zu erhalten.
account-forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos bei { $brand } ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können; er ist { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} gültig.
account-forgot-submit = Link zusenden
# $email ist die eingegebene Adresse; $wait, wie lange es dauert, bis ein weiterer Link angefordert werden kann.
account-forgot-sent = Falls für { $email } ein Konto bei { $brand } besteht, ist eine E-Mail mit einem Link zum Wählen eines Passworts unterwegs. Der Link ist { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} gültig. Falls sie nicht ankommt, können Sie in { $wait } einen neuen Link anfordern.
