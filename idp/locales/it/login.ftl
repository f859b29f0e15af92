# I testi del fornitore in italiano (accesso); vedere main.ftl.
# Le pagine di accesso (identificativo, password, secondo fattore), l’uscita, la pagina che
# riporta a un’applicazione e le regole per la password.
# { $brand } è il nome del servizio (ad esempio «EU Login»); { $client } è il nome
# dell’applicazione a cui l’utente accede. Entrambi sono nomi: non tradurli mai.

## Comuni alle pagine di accesso

# Il titolo della scheda del browser delle prime pagine di accesso («Accesso - EU Login»).
login-title = Accesso
login-heading = Acceda per continuare
# Sopra ogni passaggio dell’accesso, una volta noto l’indirizzo e-mail; $email è l’indirizzo.
login-welcome = Le diamo il benvenuto, { $email }
# Un link accanto a login-welcome che riporta al campo dell’indirizzo e-mail.
login-not-you = (non è Lei?)
login-submit = Accedi
login-cancel = Annulla e torna all’applicazione
login-choose-another = Scegli un altro metodo di verifica
# Il livello di garanzia richiesto da un’applicazione, come appare in
# login-client-requires-factor e login-method-below-level.
login-level-basic = base
login-level-medium = medio
login-level-high = elevato

## I nomi dei metodi di verifica (l’elenco della pagina della password, i titoli delle pagine)

login-method-password = Password
login-method-sms = Cellulare + SMS
login-method-app-pin = Codice PIN dell’app mobile
login-method-app-qr = Codice QR dell’app mobile
login-method-webauthn = Chiave di sicurezza o autenticatore integrato
login-method-totp = App di autenticazione (TOTP)

## Nuova autenticazione prima di una modifica in «Il mio account» (sopra il modulo di accesso)

login-reauth-delete-devices = Per eliminare tutti i Suoi dispositivi, confermi la Sua identità accedendo di nuovo.
login-reauth-devices = Per aggiungere o rimuovere un dispositivo mobile, confermi la Sua identità accedendo di nuovo.
login-reauth-phones = Per aggiungere o rimuovere un numero di cellulare, confermi la Sua identità accedendo di nuovo.
login-reauth-security-keys = Per aggiungere o rimuovere una chiave di sicurezza, confermi la Sua identità accedendo di nuovo.
login-reauth-authenticator-apps = Per aggiungere o rimuovere un’app di autenticazione, confermi la Sua identità accedendo di nuovo.
login-reauth-delete-account = Per eliminare il Suo account, confermi la Sua identità accedendo di nuovo.
login-reauth-sessions = Per chiudere una sessione, confermi la Sua identità accedendo di nuovo.
# Segue una delle frasi login-reauth-*.
login-reauth-why = Qualsiasi modifica alle modalità di accesso richiede un accesso recente.

## La pagina dell’identificativo (login_identifier.html)

login-client-uses = { $client } utilizza { $brand } per identificarLa.
login-email-label = Utilizzi il Suo indirizzo e-mail
login-email-required = Inserisca l’indirizzo e-mail del Suo account { $brand }.
login-remember = Ricordami su questo dispositivo
login-next = Avanti
login-create-account = Crea un account

## La pagina della password (login_password.html)

# $level è uno dei login-level-*.
login-client-requires-factor = { $client } richiede un accesso con un secondo metodo di verifica (livello «{ $level }»).
login-password-label = Password
login-method-label = Scelga il metodo di verifica
login-method-hint = I numeri di cellulare, i dispositivi mobili e le chiavi di sicurezza si aggiungono in «Il mio account» (menu con l’icona a ingranaggio) dopo aver effettuato l’accesso con la password.
login-lost-password = Password dimenticata?
login-method-invalid = Scelga uno dei metodi di verifica dell’elenco.
login-invalid-credentials = Indirizzo e-mail o password non validi
# $until è una data con l’ora («6 dicembre 2026, ore 08:34 UTC»), $wait una durata
# («1 ora e 5 minuti»). «Password dimenticata?» è il link login-lost-password.
login-locked = Troppi tentativi di accesso non riusciti con questo indirizzo e-mail. Per proteggere l’account, l’accesso con password è bloccato fino al giorno { $until } (tra { $wait }). Se ha dimenticato la password, ne scelga una nuova tramite «Password dimenticata?».
# $wait è una durata («5 minuti»).
login-throttled = Troppi tentativi di accesso non riusciti dalla Sua rete. Riprovi tra { $wait }.

## Scelta del secondo metodo di verifica (login_second_factor.html)

login-second-factor-title = Metodo di verifica
login-password-accepted = La password è stata accettata.
# $method è uno dei login-method-*.
login-method-not-added = Non ha ancora aggiunto questo metodo di verifica ({ $method }) al Suo account.
# $method è uno dei login-method-*, $level uno dei login-level-*.
login-method-below-level = { $method } non raggiunge il livello richiesto da questa applicazione ({ $level }).
login-no-usable-method = Il Suo account non dispone ancora di un metodo di verifica accettato da questa applicazione.
login-not-added-yet = Metodi non ancora aggiunti al Suo account:
# Una riga per ogni metodo non aggiunto; seguita dal link login-method-missing-link.
login-method-missing = { $method }: acceda con la password, poi aggiunga questo metodo da «Il mio account» (menu con l’icona a ingranaggio).
# Un link alla pagina di «Il mio account» in cui si aggiunge il metodo.
login-method-missing-link = { $method } in «Il mio account»
# $method è uno dei login-method-*.
login-method-not-accepted = Questa applicazione non accetta il metodo «{ $method }».

## Cellulare + SMS (login_sms.html)

login-sms-send-to = Invia un codice di verifica tramite SMS al numero
login-sms-send = Invia il codice
login-sms-sent = Un codice di verifica è stato inviato tramite SMS al Suo cellulare. Potrebbero essere necessari fino a 8 minuti per riceverlo.
# $wait è una durata («1 minuto»).
login-sms-next-code = Se non riceve alcun codice, potrà richiederne uno nuovo tra { $wait }.
login-sms-resend = Invia un nuovo codice
login-sms-off = Il metodo «Cellulare + SMS» non è offerto da questo servizio.
login-sms-limited-title = Attenda prima di richiedere un nuovo codice
# $wait è una durata («1 minuto»).
login-sms-limited = Un SMS è stato inviato poco fa, oppure ne sono stati inviati troppi. Potrà richiedere un nuovo codice tra { $wait }.
login-sms-not-delivered = Non è stato possibile consegnare a questo numero l’SMS con il Suo codice. Invii un nuovo codice oppure scelga un altro metodo di verifica.
login-sms-choose-phone = Scelga uno dei Suoi numeri di cellulare registrati.
login-sms-wrong = Il codice di verifica non è corretto. { $remaining ->
    [one] Resta { $remaining } tentativo.
   *[other] Restano { $remaining } tentativi.
}
login-sms-dead = Questo codice di verifica non è più valido (scaduto, sostituito o troppi tentativi errati). Invii un nuovo codice.

## App di autenticazione (login_totp.html)

# Il titolo della scheda del browser della pagina dell’app di autenticazione.
login-totp-title = App di autenticazione
login-totp-intro = Apra l’app di autenticazione sul Suo telefono e inserisca il codice di 6 cifre visualizzato per { $brand }.
login-totp-code-label = Inserisca il codice di 6 cifre
login-totp-wrong = Il codice non è corretto. Inserisca il codice di 6 cifre che l’app di autenticazione visualizza in questo momento. { $remaining ->
    [one] Resta { $remaining } tentativo.
   *[other] Restano { $remaining } tentativi.
}
login-totp-reused = Questo codice è già stato utilizzato. Attenda che l’app di autenticazione visualizzi un nuovo codice, quindi lo inserisca. { $remaining ->
    [one] Resta { $remaining } tentativo.
   *[other] Restano { $remaining } tentativi.
}
login-totp-stopped = Sono stati inseriti troppi codici errati. Per la Sua sicurezza, questo accesso è stato interrotto: ricominci dall’applicazione.
login-totp-paused-title = Troppi codici errati
# $wait è una durata («50 minuti»).
login-totp-paused = Per il Suo account sono stati inseriti troppi codici errati provenienti da un’app di autenticazione. Potrà utilizzarla di nuovo tra { $wait }; nel frattempo, scelga un altro metodo di verifica.

## Chiave di sicurezza o autenticatore integrato (login_webauthn.html)

login-webauthn-intro = Quando il browser lo richiede, inserisca e tocchi la chiave di sicurezza, oppure sblocchi il computer o il telefono.
login-webauthn-start = Usa la mia chiave di sicurezza
login-webauthn-off = Con questo servizio non è possibile utilizzare chiavi di sicurezza.

## Codice PIN dell’app mobile (login_app_pin.html)

login-app-pin-intro = Una richiesta di accesso a { $client } è stata inviata ai Suoi dispositivi mobili. Apra l’app mobile { $brand }, scelga questo numero e inserisca il Suo codice PIN:
login-app-pin-waiting = In attesa della Sua approvazione sul dispositivo mobile...
# Un pulsante mostrato solo quando il browser non esegue script.
login-app-pin-continue = Ho approvato: continua
login-app-pin-resend = Invia una nuova richiesta
login-app-pin-approved = Approvato sul dispositivo mobile. Accesso in corso...
login-app-pin-denied = La richiesta è stata rifiutata sul dispositivo mobile.
login-app-pin-wrong-number = Il numero scelto sul dispositivo mobile non corrisponde a quello mostrato qui. La richiesta è stata annullata.
login-app-pin-expired = La richiesta è scaduta. Invii una nuova richiesta al Suo dispositivo mobile.
login-app-pin-limited-title = Troppe richieste
# $wait è una durata («1 minuto»).
login-app-pin-limited = Sono state inviate troppe richieste di accesso ai Suoi dispositivi mobili. Riprovi tra { $wait } oppure scelga un altro metodo di verifica.

## Codice QR dell’app mobile (login_app_qr.html)

login-app-qr-intro = Scansioni questo codice QR con l’app mobile { $brand } e inserisca il codice PIN nell’app. Funziona anche se il telefono non è connesso alla rete.
# Il testo alternativo dell’immagine del codice QR.
login-app-qr-alt = Codice QR da scansionare con l’app mobile { $brand }
login-app-qr-paste = Non riesce a scansionare? Incolli questo testo nell’app:
login-app-qr-code-label = Codice generato dall’app
login-app-qr-wrong = Il codice non è corretto. { $remaining ->
    [one] Resta { $remaining } tentativo.
   *[other] Restano { $remaining } tentativi.
}
login-app-qr-dead = Questo codice QR non è più valido (scaduto o troppi codici errati). Viene ora visualizzato un nuovo codice QR: lo scansioni con l’app.
login-app-qr-locked-title = Dispositivo mobile bloccato
login-app-qr-locked = Il Suo dispositivo mobile è stato bloccato dopo troppi codici o codici PIN errati. Lo elimini e lo aggiunga di nuovo in «Il mio account», oppure scelga un altro metodo di verifica.

## Rifiuti in qualsiasi passaggio dell’accesso

login-expired-title = Questa pagina di accesso è scaduta
login-expired = Le pagine di accesso sono valide per un tempo limitato e una sola volta. Se stava accedendo a un’applicazione, torni all’applicazione e acceda di nuovo; altrimenti ricominci dalla pagina iniziale.
login-form-incomplete = Il modulo non è stato compilato completamente. Torni indietro e riprovi.
login-request-invalid = La richiesta inviata dall’applicazione non è valida e non può quindi essere eseguita. Torni all’applicazione e riprovi.
login-already-completed = Questo accesso è già stato completato.
login-redirect-invalid = L’URI di reindirizzamento registrato non è valido.

## È richiesto un metodo di verifica più sicuro (un’applicazione richiede un livello superiore)

login-step-up-title = È richiesto un metodo di verifica più sicuro
# $level è uno dei login-level-*.
login-step-up-needed = { $client } richiede un accesso di livello «{ $level }» (password e un secondo metodo di verifica, ad esempio un cellulare o una chiave di sicurezza). Il Suo account non dispone ancora di un metodo di questo tipo.
login-step-up-hint = Aggiunga un numero di cellulare, un dispositivo mobile o una chiave di sicurezza in «Il mio account», poi torni qui.
login-step-up-account = Vai a «Il mio account» per aggiungere un metodo di verifica
login-return-to-app = Torna all’applicazione

## Ritorno all’applicazione (form_post.html, quando il browser non esegue script)

login-form-post-title = Ritorno all’applicazione
login-form-post-noscript = JavaScript è disattivato: prema il pulsante per continuare.
login-continue = Continua

## Uscita (logout.html)

login-logout-title = Esci
# $email è l’indirizzo dell’account con cui è stato effettuato l’accesso.
login-logout-question-as = Desidera uscire da { $brand } come { $email }?
login-logout-question = Desidera uscire da { $brand }?
login-logout-apps = Uscirà anche dalle applicazioni utilizzate in questa sessione.
login-logout-submit = Esci
login-signed-out-title = Uscita effettuata
login-signed-out = L’uscita da { $brand } è stata effettuata.
login-sign-in-again = Accedi di nuovo
# id_token_hint, client_id e post_logout_redirect_uri sono nomi di parametri del protocollo:
# lasciarli invariati.
login-logout-bad-hint = Il parametro id_token_hint non è un token ID emesso da questo fornitore.
login-logout-client-mismatch = Il parametro client_id non corrisponde a id_token_hint.
login-logout-uri-unregistered = Il parametro post_logout_redirect_uri non è registrato per questa applicazione.
login-logout-uri-invalid = Il parametro post_logout_redirect_uri non è valido.

## Le regole per la password (pagine di creazione della password, di registrazione e di «Il mio account»)

# $min e $max sono numeri di caratteri.
login-policy-rule-length = Almeno { $min } caratteri (fino a { $max }); alcune parole senza legame tra loro formano una buona password
login-policy-rule-any = Sono ammessi spazi e qualsiasi carattere; non è necessario combinare tipi di caratteri diversi
login-policy-rule-common = Non deve essere una password di uso comune o già violata, né facile da indovinare (niente parole ripetute, file di tasti o sequenze)
login-policy-rule-personal = Non deve contenere il Suo nome né il Suo indirizzo e-mail
# $length e $min sono numeri di caratteri.
login-policy-too-short = La password è troppo corta: { $length ->
    [one] { $length } carattere
   *[other] { $length } caratteri
}, ne servono almeno { $min }.
# $max è un numero di caratteri.
login-policy-too-long = La password è troppo lunga: al massimo { $max } caratteri.
login-policy-personal = La password non deve contenere il Suo nome né il Suo indirizzo e-mail.
login-policy-common = Questa password è troppo comune: compare negli elenchi di password violate.
login-policy-guessable = Questa password è troppo facile da indovinare. Provi con alcune parole senza legame tra loro, ad esempio una breve frase che solo Lei scriverebbe.
# $reason è uno dei login-policy-why-*: il motivo per cui è facile da indovinare.
login-policy-guessable-because = Questa password è troppo facile da indovinare: { $reason } Provi con alcune parole senza legame tra loro, ad esempio una breve frase che solo Lei scriverebbe.
login-policy-why-keyboard-rows = le file di tasti consecutivi sono facili da indovinare.
login-policy-why-keyboard-patterns = le brevi combinazioni di tasti vicini sono facili da indovinare.
login-policy-why-repeats = le ripetizioni come «aaa» sono facili da indovinare.
login-policy-why-repeated-words = le ripetizioni come «abcabcabc» sono solo leggermente più difficili da indovinare di «abc».
login-policy-why-top-10 = è una delle 10 password più comuni.
login-policy-why-top-100 = è una delle 100 password più comuni.
login-policy-why-common = è una password molto comune.
login-policy-why-similar = è simile a una password di uso comune.
login-policy-why-sequences = le sequenze come abc o 6543 sono facili da indovinare.
login-policy-why-years = gli anni recenti sono facili da indovinare.
login-policy-why-word = una parola da sola è facile da indovinare.
login-policy-why-dates = le date sono spesso facili da indovinare.
login-policy-why-names = nomi e cognomi da soli sono facili da indovinare.
login-policy-why-common-names = i nomi e i cognomi comuni sono facili da indovinare.
