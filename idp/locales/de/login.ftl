# Die Texte des Anbieters auf Deutsch (login); siehe main.ftl.
# Die Anmeldeseiten (Kennung, Passwort, zweiter Faktor), die Abmeldung, die Seite, die zur
# Anwendung zurückführt, und die Passwortregeln.
# { $brand } ist der Name des Dienstes (zum Beispiel „EU Login“); { $client } ist der Name
# der Anwendung, bei der sich die Person anmeldet. Beides sind Namen: nie übersetzen.

## Gemeinsam für die Anmeldeseiten

# Der Titel des Browser-Tabs der ersten Anmeldeseiten („Anmelden - EU Login“).
login-title = Anmelden
login-heading = Melden Sie sich an, um fortzufahren
# Über jedem Anmeldeschritt, sobald die E-Mail-Adresse bekannt ist; $email ist die Adresse.
login-welcome = Willkommen, { $email }
# Ein Link neben login-welcome, der zum Feld der E-Mail-Adresse zurückführt.
login-not-you = (nicht Sie?)
login-submit = Anmelden
login-cancel = Abbrechen und zur Anwendung zurückkehren
login-choose-another = Andere Überprüfungsmethode wählen
# Die Vertrauensstufe, die eine Anwendung verlangt, wie in login-client-requires-factor
# und login-method-below-level angezeigt.
login-level-basic = einfach
login-level-medium = mittel
login-level-high = hoch

## Die Namen der Überprüfungsmethoden (die Liste auf der Passwortseite, Seitentitel)

login-method-password = Passwort
login-method-sms = Mobiltelefon + SMS
login-method-app-pin = Mobile App mit PIN-Code
login-method-app-qr = Mobile App mit QR-Code
login-method-webauthn = Sicherheitsschlüssel oder Plattform
login-method-totp = Authentifizierungs-App (TOTP)

## Erneute Anmeldung vor einer Änderung unter „Mein Konto“ (über dem Anmeldeformular)

login-reauth-delete-devices = Um alle Ihre Geräte zu löschen, bestätigen Sie bitte Ihre Identität, indem Sie sich erneut anmelden.
login-reauth-devices = Um ein Mobilgerät hinzuzufügen oder zu entfernen, bestätigen Sie bitte Ihre Identität, indem Sie sich erneut anmelden.
login-reauth-phones = Um eine Mobiltelefonnummer hinzuzufügen oder zu entfernen, bestätigen Sie bitte Ihre Identität, indem Sie sich erneut anmelden.
login-reauth-security-keys = Um einen Sicherheitsschlüssel hinzuzufügen oder zu entfernen, bestätigen Sie bitte Ihre Identität, indem Sie sich erneut anmelden.
login-reauth-authenticator-apps = Um eine Authentifizierungs-App hinzuzufügen oder zu entfernen, bestätigen Sie bitte Ihre Identität, indem Sie sich erneut anmelden.
login-reauth-delete-account = Um Ihr Konto zu löschen, bestätigen Sie bitte Ihre Identität, indem Sie sich erneut anmelden.
login-reauth-sessions = Um eine Sitzung zu beenden, bestätigen Sie bitte Ihre Identität, indem Sie sich erneut anmelden.
# Folgt auf einen der login-reauth-*-Sätze.
login-reauth-why = Für Änderungen an Ihren Anmeldemethoden ist immer eine kürzlich erfolgte Anmeldung erforderlich.

## Die Seite der Kennung (login_identifier.html)

login-client-uses = { $client } verwendet { $brand }, um Sie zu identifizieren.
login-email-label = Verwenden Sie Ihre E-Mail-Adresse
login-email-required = Bitte geben Sie die E-Mail-Adresse Ihres Kontos bei { $brand } ein.
login-remember = E-Mail-Adresse auf diesem Gerät speichern
login-next = Weiter
login-create-account = Konto erstellen

## Die Passwortseite (login_password.html)

# $level ist einer der Werte login-level-*.
login-client-requires-factor = { $client } verlangt eine Anmeldung mit einer zweiten Überprüfungsmethode (Stufe „{ $level }“).
login-password-label = Passwort
login-method-label = Wählen Sie Ihre Überprüfungsmethode
login-method-hint = Mobiltelefonnummern, Mobilgeräte und Sicherheitsschlüssel fügen Sie unter „Mein Konto“ (Zahnradmenü) hinzu, nachdem Sie sich mit Ihrem Passwort angemeldet haben.
login-lost-password = Passwort vergessen?
login-method-invalid = Bitte wählen Sie eine der Überprüfungsmethoden aus der Liste.
login-invalid-credentials = E-Mail-Adresse oder Passwort ungültig
# $until ist ein Datum mit Uhrzeit („6. Dezember 2026, 08:34 UTC“), $wait eine Zeitspanne
# („1 Stunde 5 Minuten“). „Passwort vergessen?“ ist der Link login-lost-password.
login-locked = Zu viele fehlgeschlagene Anmeldeversuche mit dieser E-Mail-Adresse. Zum Schutz des Kontos ist die Anmeldung mit Passwort bis zum { $until } gesperrt (noch { $wait }). Falls Sie Ihr Passwort vergessen haben, wählen Sie über „Passwort vergessen?“ ein neues.
# $wait ist eine Zeitspanne („5 Minuten“).
login-throttled = Zu viele fehlgeschlagene Anmeldeversuche aus Ihrem Netzwerk. Bitte versuchen Sie es in { $wait } erneut.

## Wahl der zweiten Überprüfungsmethode (login_second_factor.html)

login-second-factor-title = Überprüfungsmethode
login-password-accepted = Ihr Passwort wurde akzeptiert.
# $method ist einer der Werte login-method-*.
login-method-not-added = Sie haben diese Überprüfungsmethode ({ $method }) Ihrem Konto noch nicht hinzugefügt.
# $method ist einer der Werte login-method-*, $level einer der Werte login-level-*.
login-method-below-level = { $method } erreicht nicht die Stufe, die diese Anwendung verlangt ({ $level }).
login-no-usable-method = Ihr Konto hat noch keine Überprüfungsmethode, die diese Anwendung akzeptiert.
login-not-added-yet = Ihrem Konto noch nicht hinzugefügt:
# Eine Zeile je Methode, die noch nicht hinzugefügt wurde; gefolgt vom Link login-method-missing-link.
login-method-missing = { $method }: Melden Sie sich mit Ihrem Passwort an und fügen Sie die Methode dann unter „Mein Konto“ (Zahnradmenü) hinzu.
# Ein Link zu der Seite unter „Mein Konto“, auf der die Methode hinzugefügt wird.
login-method-missing-link = { $method } unter „Mein Konto“
# $method ist einer der Werte login-method-*.
login-method-not-accepted = Diese Anwendung akzeptiert { $method } nicht.

## Mobiltelefon + SMS (login_sms.html)

login-sms-send-to = Bestätigungscode per SMS senden an
login-sms-send = Code senden
login-sms-sent = Ein Bestätigungscode wurde per SMS an Ihr Mobiltelefon gesendet. Die Zustellung kann bis zu 8 Minuten dauern.
# $wait ist eine Zeitspanne („1 Minute“).
login-sms-next-code = Falls kein Code ankommt, können Sie in { $wait } einen neuen anfordern.
login-sms-resend = Neuen Code senden
login-sms-off = Mobiltelefon + SMS wird von diesem Dienst nicht angeboten.
login-sms-limited-title = Bitte warten Sie, bevor Sie einen neuen Code anfordern
# $wait ist eine Zeitspanne („1 Minute“).
login-sms-limited = Vor Kurzem wurde bereits eine SMS gesendet, oder es wurden zu viele gesendet. Sie können in { $wait } einen neuen Code anfordern.
login-sms-not-delivered = Die SMS mit Ihrem Code konnte nicht an diese Nummer zugestellt werden. Senden Sie einen neuen Code oder wählen Sie eine andere Überprüfungsmethode.
login-sms-choose-phone = Bitte wählen Sie eine Ihrer registrierten Mobiltelefonnummern.
login-sms-wrong = Der Bestätigungscode ist nicht korrekt. { $remaining ->
    [one] Noch { $remaining } Versuch.
   *[other] Noch { $remaining } Versuche.
}
login-sms-dead = Dieser Bestätigungscode ist nicht mehr gültig (abgelaufen, ersetzt oder zu viele Fehlversuche). Fordern Sie einen neuen Code an.

## Authentifizierungs-App (login_totp.html)

# Der Titel des Browser-Tabs der Seite der Authentifizierungs-App.
login-totp-title = Authentifizierungs-App
login-totp-intro = Öffnen Sie die Authentifizierungs-App auf Ihrem Telefon und geben Sie den 6-stelligen Code ein, den sie für { $brand } anzeigt.
login-totp-code-label = 6-stelligen Code eingeben
login-totp-wrong = Der Code ist nicht korrekt. Geben Sie den 6-stelligen Code ein, den Ihre Authentifizierungs-App jetzt anzeigt. { $remaining ->
    [one] Noch { $remaining } Versuch.
   *[other] Noch { $remaining } Versuche.
}
login-totp-reused = Dieser Code wurde bereits verwendet. Warten Sie, bis Ihre Authentifizierungs-App einen neuen Code anzeigt, und geben Sie diesen ein. { $remaining ->
    [one] Noch { $remaining } Versuch.
   *[other] Noch { $remaining } Versuche.
}
login-totp-stopped = Es wurden zu viele falsche Codes eingegeben. Zu Ihrer Sicherheit wurde diese Anmeldung abgebrochen: Bitte beginnen Sie erneut in der Anwendung.
login-totp-paused-title = Zu viele falsche Codes
# $wait ist eine Zeitspanne („50 Minuten“).
login-totp-paused = Für Ihr Konto wurden zu viele falsche Codes einer Authentifizierungs-App eingegeben. Sie können sie in { $wait } wieder verwenden; wählen Sie bis dahin eine andere Überprüfungsmethode.

## Sicherheitsschlüssel oder Plattform (login_webauthn.html)

login-webauthn-intro = Stecken Sie Ihren Sicherheitsschlüssel ein und berühren Sie ihn, oder entsperren Sie Ihren Computer oder Ihr Telefon, sobald Ihr Browser Sie dazu auffordert.
login-webauthn-start = Meinen Sicherheitsschlüssel verwenden
login-webauthn-off = Sicherheitsschlüssel können mit diesem Dienst nicht verwendet werden.

## Mobile App mit PIN-Code (login_app_pin.html)

login-app-pin-intro = Eine Anfrage zur Anmeldung bei { $client } wurde an Ihre Mobilgeräte gesendet. Öffnen Sie die mobile App von { $brand }, wählen Sie diese Zahl und geben Sie Ihren PIN-Code ein:
login-app-pin-waiting = Warten auf Bestätigung über Ihr Mobilgerät …
# Eine Schaltfläche, die nur erscheint, wenn der Browser keine Skripte ausführt.
login-app-pin-continue = Ich habe bestätigt: weiter
login-app-pin-resend = Neue Anfrage senden
login-app-pin-approved = Auf Ihrem Mobilgerät bestätigt. Sie werden angemeldet …
login-app-pin-denied = Die Anfrage wurde auf Ihrem Mobilgerät abgelehnt.
login-app-pin-wrong-number = Die auf Ihrem Mobilgerät gewählte Zahl war nicht die hier angezeigte. Die Anfrage wurde abgebrochen.
login-app-pin-expired = Die Anfrage ist abgelaufen. Senden Sie eine neue Anfrage an Ihr Mobilgerät.
login-app-pin-limited-title = Zu viele Anfragen
# $wait ist eine Zeitspanne („1 Minute“).
login-app-pin-limited = Es wurden zu viele Anmeldeanfragen an Ihre Mobilgeräte gesendet. Bitte versuchen Sie es in { $wait } erneut oder wählen Sie eine andere Überprüfungsmethode.

## Mobile App mit QR-Code (login_app_qr.html)

login-app-qr-intro = Scannen Sie diesen QR-Code mit der mobilen App von { $brand } und geben Sie Ihren PIN-Code in der App ein. Ihr Telefon braucht dafür keine Netzverbindung.
# Der Alternativtext des QR-Code-Bildes.
login-app-qr-alt = QR-Code zum Scannen mit der mobilen App von { $brand }
login-app-qr-paste = Scannen nicht möglich? Fügen Sie diesen Text in die App ein:
login-app-qr-code-label = Von Ihrer App erzeugter Code
login-app-qr-wrong = Der Code ist nicht korrekt. { $remaining ->
    [one] Noch { $remaining } Versuch.
   *[other] Noch { $remaining } Versuche.
}
login-app-qr-dead = Dieser QR-Code ist nicht mehr gültig (abgelaufen oder zu viele falsche Codes). Ein neuer QR-Code wird angezeigt: Scannen Sie ihn mit Ihrer App.
login-app-qr-locked-title = Mobilgerät gesperrt
login-app-qr-locked = Ihr Mobilgerät wurde nach zu vielen falschen Codes oder PIN-Codes gesperrt. Löschen Sie es unter „Mein Konto“ und fügen Sie es erneut hinzu, oder wählen Sie eine andere Überprüfungsmethode.

## Ablehnungen in einem beliebigen Anmeldeschritt

login-expired-title = Diese Anmeldeseite ist abgelaufen
login-expired = Anmeldeseiten sind nur begrenzte Zeit und nur einmal gültig. Wenn Sie sich gerade bei einer Anwendung anmelden wollten, kehren Sie zu ihr zurück und melden Sie sich erneut an; beginnen Sie andernfalls auf der Startseite.
login-form-incomplete = Das Formular wurde nicht vollständig ausgefüllt. Bitte gehen Sie zurück und versuchen Sie es erneut.
login-request-invalid = Die von der Anwendung gesendete Anfrage ist ungültig und kann daher nicht ausgeführt werden. Bitte kehren Sie zur Anwendung zurück und versuchen Sie es erneut.
login-already-completed = Diese Anmeldung wurde bereits abgeschlossen.
login-redirect-invalid = Die registrierte Weiterleitungs-URI ist ungültig.

## Eine stärkere Überprüfungsmethode ist erforderlich (eine Anwendung verlangt eine höhere Stufe)

login-step-up-title = Eine stärkere Überprüfungsmethode ist erforderlich
# $level ist einer der Werte login-level-*.
login-step-up-needed = { $client } verlangt eine Anmeldung der Stufe „{ $level }“ (Passwort und eine zweite Überprüfungsmethode, etwa ein Mobiltelefon oder ein Sicherheitsschlüssel). Ihr Konto hat noch keine solche Methode.
login-step-up-hint = Fügen Sie unter „Mein Konto“ eine Mobiltelefonnummer, ein Mobilgerät oder einen Sicherheitsschlüssel hinzu und kehren Sie dann hierher zurück.
login-step-up-account = Zu „Mein Konto“, um eine Überprüfungsmethode hinzuzufügen
login-return-to-app = Zurück zur Anwendung

## Rückkehr zur Anwendung (form_post.html, wenn der Browser keine Skripte ausführt)

login-form-post-title = Rückkehr zur Anwendung
login-form-post-noscript = JavaScript ist deaktiviert: Klicken Sie auf die Schaltfläche, um fortzufahren.
login-continue = Weiter

## Abmelden (logout.html)

login-logout-title = Abmelden
# $email ist die Adresse des angemeldeten Kontos.
login-logout-question-as = Möchten Sie sich als { $email } von { $brand } abmelden?
login-logout-question = Möchten Sie sich von { $brand } abmelden?
login-logout-apps = Sie werden von den Anwendungen abgemeldet, die Sie in dieser Sitzung verwendet haben.
login-logout-submit = Abmelden
login-signed-out-title = Sie wurden abgemeldet
login-signed-out = Sie wurden von { $brand } abgemeldet.
login-sign-in-again = Erneut anmelden
# id_token_hint, client_id und post_logout_redirect_uri sind Namen von Protokollparametern:
# unverändert lassen.
login-logout-bad-hint = Der id_token_hint ist kein von diesem Anbieter ausgestelltes ID-Token.
login-logout-client-mismatch = Die client_id passt nicht zum id_token_hint.
login-logout-uri-unregistered = Die post_logout_redirect_uri ist für diese Anwendung nicht registriert.
login-logout-uri-invalid = Die post_logout_redirect_uri ist ungültig.

## Die Passwortregeln (Seiten zum Festlegen des Passworts, Registrierung und „Mein Konto“)

# $min und $max sind Zeichenzahlen.
login-policy-rule-length = Mindestens { $min } Zeichen (höchstens { $max }); einige voneinander unabhängige Wörter ergeben ein gutes Passwort
login-policy-rule-any = Leerzeichen und alle Zeichen sind erlaubt; eine Mischung von Zeichenarten ist nicht erforderlich
login-policy-rule-common = Kein häufig verwendetes oder geleaktes Passwort und nicht leicht zu erraten (keine wiederholten Wörter, Tastenreihen oder Zeichenfolgen)
login-policy-rule-personal = Darf weder Ihren Namen noch Ihre E-Mail-Adresse enthalten
# $length und $min sind Zeichenzahlen.
login-policy-too-short = Das Passwort ist zu kurz: { $length ->
    [one] { $length } Zeichen
   *[other] { $length } Zeichen
}, mindestens { $min } sind erforderlich.
# $max ist eine Zeichenzahl.
login-policy-too-long = Das Passwort ist zu lang: höchstens { $max } Zeichen.
login-policy-personal = Das Passwort darf weder Ihren Namen noch Ihre E-Mail-Adresse enthalten.
login-policy-common = Dieses Passwort ist zu häufig: Es steht in Listen geleakter Passwörter.
login-policy-guessable = Dieses Passwort ist zu leicht zu erraten. Versuchen Sie es mit einigen voneinander unabhängigen Wörtern, etwa einem kurzen Satz, den nur Sie so schreiben würden.
# $reason ist einer der Sätze login-policy-why-*: warum das Passwort leicht zu erraten ist.
login-policy-guessable-because = Dieses Passwort ist zu leicht zu erraten: { $reason } Versuchen Sie es mit einigen voneinander unabhängigen Wörtern, etwa einem kurzen Satz, den nur Sie so schreiben würden.
login-policy-why-keyboard-rows = Gerade Tastenreihen sind leicht zu erraten.
login-policy-why-keyboard-patterns = Kurze Tastaturmuster sind leicht zu erraten.
login-policy-why-repeats = Wiederholungen wie „aaa“ sind leicht zu erraten.
login-policy-why-repeated-words = Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.
login-policy-why-top-10 = Dies ist eines der 10 häufigsten Passwörter.
login-policy-why-top-100 = Dies ist eines der 100 häufigsten Passwörter.
login-policy-why-common = Dies ist ein sehr häufiges Passwort.
login-policy-why-similar = Dies ähnelt einem häufig verwendeten Passwort.
login-policy-why-sequences = Folgen wie abc oder 6543 sind leicht zu erraten.
login-policy-why-years = Jahreszahlen der letzten Jahre sind leicht zu erraten.
login-policy-why-word = Ein einzelnes Wort ist leicht zu erraten.
login-policy-why-dates = Datumsangaben sind oft leicht zu erraten.
login-policy-why-names = Vor- und Nachnamen allein sind leicht zu erraten.
login-policy-why-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
