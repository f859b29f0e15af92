# Die Texte des Anbieters auf Deutsch (access); siehe main.ftl.
#
# Das Berechtigungssystem: Personen beantragen Zugang zu einer Anwendung (zum Beispiel CPMS)
# mit einem Zugangsprofil (zum Beispiel HP) für ihr Zentrum, ein Krankenhaus in einem
# Europäischen Referenznetzwerk (ERN); der Helpdesk der Anwendung genehmigt oder lehnt den
# Antrag ab. Namen von Anwendungen, Profilen, ERN, Ländern und Zentren stammen aus der
# Datenbank und stehen nie in dieser Datei.

## Wörter auf mehreren Zugangsseiten (Tabellenüberschriften, Feldbezeichnungen)

# Der Name des gesamten Dienstes für Zugangsanträge (Seitentitel, Überschrift, Zurück-Link).
access-title = Berechtigungssystem
access-application = Anwendung
access-organisation = Organisation
# Ein Zugangsprofil ist die Rolle, die die Person in der Anwendung beantragt (zum Beispiel „HP“).
access-profile = Zugangsprofil
access-comments = Kommentare
access-reason = Grund
# Tabellenüberschrift: wann der Antrag gesendet wurde.
access-submitted = Eingereicht
access-status = Status

## Status eines Zugangsantrags

access-status-pending = Ausstehend
access-status-approved = Genehmigt
access-status-denied = Abgelehnt
access-status-revoked = Widerrufen
access-status-unknown = Unbekannt

## Meine Zugangsanträge (templates/access_home.html)

access-request-button = Zugang beantragen
access-helpdesk-queue = Helpdesk-Warteschlange
access-my-requests = Meine Zugangsanträge
# Die Wörter in Anführungszeichen sind der Name der Schaltfläche access-request-button.
access-none-yet = Sie haben noch keine Zugangsanträge. Klicken Sie auf „{ access-request-button }“, um Zugang zu einer Anwendung zu beantragen.
access-request-submitted = Ihr Antrag wurde eingereicht. Der Helpdesk der Anwendung prüft ihn; Sie erhalten die Entscheidung per E-Mail.

## Neuer Antrag in vier Schritten (templates/access_request.html)

# Titel des Browser-Tabs; $step ist die Nummer des Schritts, 1 bis 4.
access-request-title = Zugang beantragen – Schritt { $step }
access-request-heading = Neuer Antrag auf Zugang zu einer Anwendung
# Ein Schritt in der Liste der Schritte und als Überschrift eines Schritts: $n ist seine
# Nummer (1 bis 4), $label der Name des Schritts (access-step-application ... access-step-recap).
access-step-numbered = Schritt { $n }: { $label }
access-step-application = Anwendung auswählen
access-step-organisation = Organisation auswählen
access-step-profile = Zugangsprofil auswählen
access-step-recap = Zusammenfassung und Einreichung
# Schaltfläche, die zu Schritt $n (1 bis 4) führt.
access-step-button = Schritt { $n }
# Schaltfläche bei einem ERN oder einem Land im Organisationsbaum: zeigt, was darin enthalten ist.
access-open = Öffnen
# Hilfe über dem Organisationsbaum (ERN, dann Land, dann Zentrum). Das Wort in
# Anführungszeichen ist der Name der Schaltfläche access-open.
access-organisation-hint = Klicken Sie neben Ihrem ERN auf „{ access-open }“, dann neben dem Land Ihres Zentrums auf „{ access-open }“, und markieren Sie das runde Optionsfeld neben Ihrem Zentrum. Nur ein ERN oder ein Land auszuwählen, genügt nicht: Ein Antrag ohne Zentrum würde abgelehnt.
# Beschriftung der Tabelle, die den Antrag vor dem Absenden zusammenfasst.
access-summary = Zusammenfassung
# Zeilenüberschrift in der Zusammenfassung von Schritt 4.
access-summary-profile = Zugangsprofil
access-submit = Zugangsantrag einreichen

## Helpdesk (templates/access_helpdesk.html)

# Titel des Browser-Tabs und Überschrift der Helpdesk-Seite.
access-helpdesk-title = Helpdesk
access-helpdesk-heading = Helpdesk: Zugangsanträge
# $applications: die Kurznamen der Anwendungen, für die dieses Helpdesk-Mitglied zuständig
# ist, durch Kommas getrennt („cpms, other“).
access-helpdesk-applications = Anwendungen: { $applications }
access-pending-heading = Ausstehende Anträge
access-requester = Antragsteller
access-decision = Entscheidung
access-deny-reason-label = Grund (für eine Ablehnung erforderlich)
access-approve = Genehmigen
access-deny = Ablehnen
access-no-pending = Keine ausstehenden Anträge.
access-granted-heading = Gewährte Zugänge
access-user = Benutzer
# Tabellenüberschrift: wann der Zugang genehmigt wurde.
access-approved-on = Genehmigt
# Verborgene Überschrift der Spalte mit den Schaltflächen „Widerrufen“, für Screenreader.
access-action = Aktion
access-revoke = Widerrufen
access-none-granted = Noch keine Zugänge gewährt.
access-done-approved = Der Antrag wurde genehmigt; der Antragsteller wurde per E-Mail informiert.
access-done-denied = Der Antrag wurde abgelehnt; der Antragsteller wurde per E-Mail informiert.
access-done-revoked = Der Zugang wurde widerrufen; der Antragsteller wurde per E-Mail informiert.

## Ablehnungen: Fehlerseiten und Meldungen neben dem Formular

access-forbidden-title = Zugriff verweigert
access-conflict-title = Nicht möglich
access-unknown-step = Unbekannter Schritt des Antragsformulars.
access-choose-decision = Bitte wählen Sie „{ access-approve }“ oder „{ access-deny }“.
access-select-application = Bitte wählen Sie im Feld „{ access-application }“ eine Anwendung aus.
access-unknown-application = Unbekannte Anwendung.
# $application: der gesendete Kurzname, zum Beispiel „cpms“.
access-unknown-application-named = Unbekannte Anwendung „{ $application }“.
access-select-profile = Bitte wählen Sie Ihr Zugangsprofil aus.
access-unknown-profile = Dieses Zugangsprofil gibt es für die ausgewählte Anwendung nicht.
# Die Person beantragt erneut, was sie bereits beantragt hat: $application ist der Name der
# Anwendung, $profile der Kurzcode des Zugangsprofils (HP), $centre der Name des Krankenhauses.
access-already-pending = Sie haben bereits einen ausstehenden Antrag für { $application } als { $profile } bei { $centre }.
access-already-approved = Sie haben bereits einen genehmigten Antrag für { $application } als { $profile } bei { $centre }.
access-select-centre = Bitte wählen Sie Ihr Zentrum aus: Klicken Sie neben Ihrem ERN auf „{ access-open }“, dann neben dem Land Ihres Zentrums, und markieren Sie das runde Optionsfeld neben Ihrem Zentrum.
access-unknown-organisation = Die ausgewählte Organisation existiert nicht. Bitte wählen Sie Ihr Zentrum in der Liste aus.
# $ern: der Kurzname eines ERN, zum Beispiel „eUROGEN“.
access-only-ern = Sie haben nur { $ern } ausgewählt. Bitte klicken Sie neben { $ern } auf „{ access-open }“, dann neben dem Land Ihres Zentrums, und wählen Sie Ihr Zentrum aus: Ein Antrag ohne Zentrum würde abgelehnt.
# $country: der Name eines Landes, $ern der Kurzname eines ERN („Niederlande“, „eUROGEN“).
access-only-country = Sie haben nur { $country } in { $ern } ausgewählt. Bitte klicken Sie neben { $country } auf „{ access-open }“ und wählen Sie Ihr Zentrum aus: Ein Antrag ohne Zentrum würde abgelehnt.
# $max: die größte erlaubte Zahl von Zeichen (2000).
access-comment-too-long = Der Kommentar ist zu lang: bitte höchstens { $max } Zeichen.
access-reason-too-long = Der Grund ist zu lang: bitte höchstens { $max } Zeichen.
access-comment-not-allowed = Der Kommentar enthält unzulässige Zeichen.
access-reason-not-allowed = Der Grund enthält unzulässige Zeichen.
access-helpdesk-only = Diese Seite ist dem Helpdesk einer Anwendung vorbehalten.
access-not-helpdesk-of = Sie gehören nicht zum Helpdesk dieser Anwendung.
access-not-own-request = Sie können nicht über Ihren eigenen Zugangsantrag entscheiden: Dies muss ein anderes Mitglied des Helpdesks tun.
access-unknown-request = Unbekannter Zugangsantrag.
access-reason-required = Bitte geben Sie den Grund für die Ablehnung an: Der Antragsteller erhält ihn per E-Mail.
# $status: der Status des Antrags, wie er in der Tabelle angezeigt wird (access-status-approved, ...).
access-already-decided = Über diesen Antrag wurde bereits entschieden (Status: { $status }).
# Der Helpdesk wollte einen Antrag widerrufen, der nicht genehmigt ist; $status ist sein Status
# (pending, denied oder revoked).
access-revoke-not-approved = { $status ->
    [pending] Nur ein genehmigter Zugang kann widerrufen werden; über diesen Antrag wurde noch nicht entschieden.
    [denied] Nur ein genehmigter Zugang kann widerrufen werden; dieser Antrag wurde abgelehnt.
    [revoked] Nur ein genehmigter Zugang kann widerrufen werden; dieser Zugang wurde bereits widerrufen.
   *[other] Nur ein genehmigter Zugang kann widerrufen werden.
}
