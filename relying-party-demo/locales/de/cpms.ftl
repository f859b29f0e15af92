# CPMS, die Demo-Anwendung, die sich auf den Anbieter stützt: ihre Texte auf Deutsch.
# Referenz ist der englische Katalog: jede Sprache hat genau dieselben IDs mit denselben
# Platzhaltern (geprüft von `i18n::tests`).
#
# „CPMS“ (das Clinical Patient Management System) und „eUROGEN“ sind Namen: unverändert
# lassen. { $provider } ist der Name, den sich der Identitätsanbieter gibt (zum Beispiel
# „EU Login“); er steht in jeder Nachricht zur Verfügung. „ECAS Mobile App“ ist der Name der
# mobilen App des Anbieters.
# Bezeichnungen der Seiten des Anbieters (unten in Anführungszeichen) werden so geschrieben,
# wie die Seiten des Anbieters sie auf Deutsch anzeigen (idp/locales/de/access.ftl).

## Der Seitenrahmen (templates/base.html)

site-name = Klinisches Patientenmanagementsystem
skip-to-content = Direkt zum Inhalt
sign-out = Abmelden
# Die Sprachauswahl in der Kopfzeile: „Sprache: Deutsch (de)“, von Screenreadern vorgelesen.
language-label = Sprache
language-title = Sprache wählen
tab-home = Startseite
# Die Abkürzung von „Europäisches Referenznetzwerk“: Name einer Registerkarte und eine Überschrift.
tab-ern = ERN
# Der zugängliche Name der Navigation innerhalb der Registerkarte ERN (ihre Seiten: Einstellungen, Panels).
nav-ern = ERN-Seiten
nav-preferences = Einstellungen
nav-panels = Panels
footer-networks = ERN eUROGEN · Europäische Referenznetzwerke · Demo-Anwendung
footer-ecl = Erstellt mit der Europa Component Library.
# Ein Link zur Lizenz der Europa Component Library.
footer-ecl-licence = Lizenz (EUPL-1.2)

## Schaltflächen und Links auf mehreren Seiten

sign-in-again = Erneut anmelden
link-home = Zur Startseite von CPMS

## Die Einstiegsseite (templates/index.html)

index-title = Willkommen
index-heading = Willkommen bei CPMS
index-lead = Das klinische Patientenmanagementsystem der Europäischen Referenznetzwerke.
index-requirement = Für die Anmeldung ist { $provider } mit Zwei-Faktor-Authentifizierung erforderlich (Passwort und Ihr Mobiltelefon, die ECAS Mobile App oder ein Sicherheitsschlüssel).
index-sign-in = Mit { $provider } anmelden

## Startseite (templates/home.html)

home-title = Startseite
# $name ist der Name der angemeldeten Person.
home-welcome = Willkommen, { $name }
home-role = Berufliche Rolle
home-area = Themenbereich
home-access = Ihr Zugang
# Die Spalten der Tabelle mit den Zugangsberechtigungen der Person.
home-col-ern = ERN
home-col-centre = Zentrum
home-col-country = Land
home-col-profile = Profil
# In einer Zelle dieser Tabelle, wenn die Berechtigung keine Angabe enthält.
home-not-stated = nicht angegeben
home-ern-hint = Ihre Einstellungen und Panels finden Sie auf der Registerkarte ERN.
home-ern-link = Registerkarte ERN öffnen

## Die Registerkarte ERN (templates/ern.html)

ern-title = ERN
# $ern ist der Name des Netzwerks, zum Beispiel „eUROGEN“.
ern-heading = ERN { $ern }
ern-role = Ihre berufliche Rolle
ern-area = Ihr Themenbereich
ern-change = Sie können beides in Ihren Einstellungen ändern.
ern-preferences-link = Einstellungen ändern
ern-panels-link = Panels öffnen

## Einstellungen (templates/preferences.html)

preferences-title = Einstellungen
preferences-first-heading = Willkommen bei CPMS: Ihre Einstellungen
preferences-first-intro = Dies ist Ihre erste Anmeldung. Bitte geben Sie Ihre berufliche Rolle an (sie wird in Panels neben Ihrem Namen angezeigt) sowie den Themenbereich von eUROGEN, für den Sie Zugang beantragt haben.
preferences-role-label = Berufliche Rolle
# $max ist die größte erlaubte Zahl von Zeichen (100).
preferences-role-hint = Wird in Panels neben Ihrem Namen angezeigt, zum Beispiel „Kinderurologin“ (höchstens { $max ->
    [one] { $max } Zeichen
   *[other] { $max } Zeichen
}).
preferences-area-legend = Themenbereich
preferences-submit = Einstellungen speichern
preferences-expired = Das Formular ist abgelaufen. Bitte senden Sie es erneut ab.
preferences-role-missing = Bitte geben Sie Ihre berufliche Rolle ein.
# $max ist die größte erlaubte Zahl von Zeichen (100).
preferences-role-too-long = Die berufliche Rolle darf höchstens { $max ->
    [one] { $max } Zeichen
   *[other] { $max } Zeichen
} lang sein.
preferences-role-control = Die berufliche Rolle darf keine Steuerzeichen enthalten.
preferences-area-unknown = Bitte wählen Sie einen der aufgeführten Themenbereiche.

## Panels (templates/panels.html)

panels-title = Panels
panels-no-members = Noch keine Mitglieder.

## Ohne Zugang: wie man ihn beantragt (templates/access_request.html)

access-title = Zugang beantragen
access-heading = Sie haben noch keinen Zugang zu CPMS
access-no-access = Ihr Konto bei { $provider } hat keinen genehmigten Zugang zu CPMS. Beantragen Sie ihn wie folgt im Berechtigungssystem.
# Der Link zum Berechtigungssystem des Anbieters (eine eigene Website des Anbieters).
access-open-link = Berechtigungssystem öffnen
# „Zugang beantragen“: die Schaltfläche des Anbieters (access-request-button).
access-step-start = Klicken Sie im Berechtigungssystem (dort ist keine Zwei-Faktor-Authentifizierung erforderlich) auf „Zugang beantragen“.
access-step-1 = Schritt 1: Wählen Sie die Anwendung „CPMS“ aus und gehen Sie dann weiter zu Schritt 2.
# „Öffnen“: die Schaltfläche des Anbieters (access-open).
access-step-2 = Schritt 2: Klicken Sie neben Ihrem ERN (zum Beispiel eUROGEN) auf „Öffnen“, dann neben dem Land Ihres Zentrums auf „Öffnen“, und wählen Sie Ihr Zentrum aus. Markieren Sie nicht nur das runde Optionsfeld neben dem ERN: Damit wählen Sie das Netzwerk ohne Ihr Zentrum aus, und der Antrag wird abgelehnt.
access-step-3 = Schritt 3: Wählen Sie das Zugangsprofil „HP“ (Gesundheitsfachkraft) aus.
# „Zugangsantrag einreichen“: die Schaltfläche des Anbieters (access-submit).
access-step-4 = Schritt 4: Prüfen Sie die Zusammenfassung (Anwendung CPMS, Ihr Zentrum, Profil HP), fügen Sie bei Bedarf einen Kommentar hinzu und klicken Sie auf „Zugangsantrag einreichen“.
access-after-approval = Sobald der Helpdesk von CPMS Ihren Antrag genehmigt hat, erhalten Sie eine E-Mail; melden Sie sich dann erneut an.

## Zwei-Faktor-Authentifizierung erforderlich (templates/acr_refused.html)

acr-title = Zwei-Faktor-Authentifizierung erforderlich
acr-required = CPMS verlangt eine Zwei-Faktor-Authentifizierung (mittlere Stufe).
acr-password-only = Sie haben sich nur mit Ihrem Passwort angemeldet.
# $level ist die vom Anbieter gemeldete Authentifizierungsstufe, eine Webadresse.
acr-password-only-level = Sie haben sich nur mit Ihrem Passwort angemeldet (Stufe { $level }).
acr-how = Melden Sie sich erneut mit Ihrem Passwort und einem zweiten Faktor an: einem SMS-Code an Ihr Mobiltelefon, der ECAS Mobile App (PIN-Code oder QR-Code) oder einem Sicherheitsschlüssel. Falls Sie noch keinen zweiten Faktor haben, richten Sie zuerst einen bei { $provider } ein.

## Abmelden (templates/logout.html)

logout-title = Abmelden
logout-question = Von CPMS und von { $provider } abmelden?
logout-submit = Abmelden
logout-stay = Angemeldet bleiben
signout-refused-title = Abmeldung abgelehnt
signout-refused = Das Formular ist abgelaufen. Bitte versuchen Sie es erneut.

## Das Ende einer Anmeldung (http/auth.rs, angezeigt in templates/message.html)

signin-expired-title = Anmeldung abgelaufen
signin-expired-elsewhere = Diese Anmeldung ist abgelaufen oder wurde in einem anderen Browser begonnen. Bitte melden Sie sich erneut an.
signin-expired-used = Diese Anmeldung ist abgelaufen oder wurde bereits abgeschlossen. Bitte melden Sie sich erneut an.
signin-refused-title = Anmeldung abgelehnt
signin-refused-state = Die Antwort von { $provider } gehört nicht zu dieser Anmeldung. Bitte melden Sie sich erneut an.
signin-refused-issuer = Die Antwort kam von einem unerwarteten Identitätsanbieter. Bitte melden Sie sich erneut an.
signin-refused-no-code = Die Antwort von { $provider } enthält keinen Autorisierungscode. Bitte melden Sie sich erneut an.
signin-cancelled-title = Anmeldung abgebrochen
signin-cancelled = Sie haben die Anmeldung abgebrochen und sind daher nicht bei CPMS angemeldet. Melden Sie sich erneut an, sobald Sie bereit sind.
signin-incomplete-title = Anmeldung nicht abgeschlossen
signin-second-factor = CPMS verlangt eine Zwei-Faktor-Authentifizierung (mittlere Stufe). Richten Sie bei { $provider } einen zweiten Faktor ein (Mobiltelefon, ECAS Mobile App oder Sicherheitsschlüssel) und melden Sie sich dann erneut an.
signin-incomplete = { $provider } konnte die Anmeldung nicht abschließen. Bitte melden Sie sich erneut an.
signin-unverified-title = Anmeldung konnte nicht überprüft werden
signin-unverified = CPMS konnte die Antwort von { $provider } nicht überprüfen. Bitte melden Sie sich erneut an.

## Fehlerseiten (http/errors.rs)

error-not-found-title = Seite nicht gefunden
error-not-found = Unter dieser Adresse gibt es keine Seite. Wenn Sie die Adresse eingegeben haben, prüfen Sie sie; beginnen Sie andernfalls erneut auf der Startseite von CPMS.
error-method-title = Diese Adresse akzeptiert diese Art von Anfrage nicht
error-method = Die Seite existiert, aber nicht für das, was Ihr Browser gesendet hat. Gehen Sie zur Startseite von CPMS und fahren Sie von dort aus fort.
error-server-title = Ein Fehler ist aufgetreten
error-server = Bitte versuchen Sie es später erneut.
