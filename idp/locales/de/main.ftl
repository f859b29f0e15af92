# Die Texte des Anbieters auf Deutsch. Referenz ist der englische Katalog: jede Sprache hat
# genau dieselben IDs mit denselben Platzhaltern (geprüft von `i18n::tests`).

## Der Seitenrahmen (templates/base.html)

# Ein Link für Tastaturnutzer, sichtbar, wenn er den Fokus hat: Er springt über die Kopfzeile.
skip-to-content = Direkt zum Inhalt
account-menu = Kontomenü
menu-my-account = Mein Konto
menu-change-password = Passwort ändern
menu-logout = Abmelden
language-label = Sprache
language-change = Sprache ändern
language-title = Sprache wählen

## Fehlerseiten (http/errors.rs)

link-home = Startseite
error-invalid-request = Ungültige Anfrage
error-csrf-title = Ungültiges Formular
error-csrf = Das Formular ist abgelaufen oder wurde nicht von dieser Website gesendet. Bitte gehen Sie zurück und versuchen Sie es erneut.
error-not-found-title = Seite nicht gefunden
error-not-found = Unter dieser Adresse gibt es keine Seite. Möglicherweise wurde sie falsch eingegeben oder die Seite wurde verschoben.
error-method-title = Diese Art von Anfrage ist unter dieser Adresse nicht möglich
error-method = Öffnen Sie die Seite über einen Link oder die Adressleiste, oder kehren Sie zum vorherigen Formular zurück und senden Sie es erneut.
error-server-title = Ein Fehler ist aufgetreten
error-server = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es in Kürze erneut.
error-unavailable-title = Vorübergehend nicht verfügbar
error-unavailable = Der Dienst kann gerade nicht antworten. Bitte versuchen Sie es in Kürze erneut.

## Datumsangaben und Zeitspannen (i18n::when, i18n::duration)

# Ein Zeitpunkt: $day und $year sind Zahlen, $month der Monatsname, wie er in einem Datum
# steht (month-1 … month-12), $time „08:34“. Die Zeiten sind in UTC.
date-time = { $day }. { $month } { $year }, { $time } UTC
date-unknown = unbekanntes Datum
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
duration-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
duration-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
duration-hours-minutes = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
} { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
error-no-client-id = Die Anfrage enthält keine client_id: Die Anwendung, die Sie hierher geleitet hat, ist falsch konfiguriert.
error-unknown-client = Unbekannte Anwendung: Die client_id dieser Anfrage ist hier nicht registriert.
error-redirect-unregistered = Die redirect_uri dieser Anfrage ist für diese Anwendung nicht registriert, daher können Sie nicht dorthin zurückgeleitet werden.
error-no-redirect-uri = Die Anfrage enthält keine redirect_uri.
error-cross-origin-title = Anfrage abgelehnt
# $issuer ist die Adresse des Dienstes, z. B. https://login.example.org
error-cross-origin = Dieses Formular wurde nicht von den Seiten von { $brand } gesendet und wurde daher nicht ausgeführt. Bitte öffnen Sie { $brand } unter { $issuer } und versuchen Sie es erneut.
error-nul = Die Anfrage enthält ein NUL-Zeichen, das in keinem Parameter vorkommen darf.
error-too-large-title = Anfrage zu groß
error-uri-too-long = Die Anfrage-URI ist zu lang.
error-body-too-large = Der Inhalt der Anfrage ist zu groß.
error-redirect-target = Das Weiterleitungsziel ist ungültig.
# Eine Webadresse in einer eigenen Zeile (in einer E-Mail).
link-alone = { $link }

form-errors-title = Es gibt ein Problem
