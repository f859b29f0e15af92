# I testi del fornitore in italiano (metodi di verifica); vedere main.ftl.
# I secondi fattori che un utente aggiunge e gestisce in «Il mio account»: numeri di cellulare
# (SMS), dispositivi mobili con l’app, chiavi di sicurezza e app di autenticazione.

## Parole comuni alle pagine di questo file

factors-cancel = Annulla
factors-add = Aggiungi
# Intestazione di colonna di un elenco di secondi fattori: il nome.
factors-name = Nome
# Intestazione di colonna: la data in cui è stato aggiunto un secondo fattore.
factors-added = Data di aggiunta
# Intestazione di colonna: la data dell’ultimo accesso con un secondo fattore.
factors-last-used = Ultimo utilizzo
# Nella colonna «Ultimo utilizzo», per un secondo fattore mai usato per accedere.
factors-never = mai
# Intestazione di colonna, letta solo dagli screen reader, della colonna dei pulsanti di eliminazione.
factors-action = Azione

## I campi del codice comuni a più pagine (templates/fields.html)

factors-sms-code-label = Codice di verifica ricevuto via SMS
# Il codice ha 8 caratteri, in due gruppi di 4 separati da un trattino; X sta per una lettera o una cifra.
factors-sms-code-hint = 8 lettere e cifre, ad esempio XXXX-XXXX
# Segnaposto nel campo del codice: la forma del codice (X sta per una lettera o una cifra).
factors-sms-code-placeholder = XXXX-XXXX

## Gestisci i miei numeri di cellulare (templates/phones.html)

factors-phones-title = Gestisci i miei numeri di cellulare
factors-phones-number = Numero di cellulare
factors-phones-delete = Elimina un numero di cellulare
factors-phones-none = Nessun numero di cellulare registrato nel Suo account.
factors-phones-add = Aggiungi un numero di cellulare
factors-phones-hint = La consegna degli SMS dipende dagli accordi tra operatori di telefonia mobile e non è sempre garantita; l’app mobile { $brand } o una chiave di sicurezza sono più affidabili.
# $number è il numero di telefono in formato internazionale, ad es. +32470123456.
factors-phones-added = Il numero di cellulare { $number } è stato aggiunto correttamente.
factors-phones-deleted = Il numero di cellulare è stato eliminato.
factors-phones-unknown = Numero di cellulare sconosciuto.

## Aggiungi un numero di cellulare (templates/phone_add.html)

factors-phone-add-title = Aggiungi un numero di cellulare
# $example è un numero di cellulare belga in formato internazionale, ad es. +32 470 12 34 56.
factors-phone-add-hint = Formato internazionale con prefisso del paese, ad esempio per il Belgio: { $example }
# $number è il numero di telefono in formato internazionale, ad es. +32470123456.
factors-phone-already-registered = Il numero di cellulare { $number } è già registrato nel Suo account.

## Perché un numero inserito viene rifiutato (authn/sms.rs); $example è un numero di cellulare
## belga in formato internazionale, ad es. +32 470 12 34 56

factors-phone-missing = Inserisca il Suo numero di cellulare in formato internazionale, con il prefisso del paese, ad esempio per il Belgio: { $example }
factors-phone-no-plus = Il numero deve iniziare con il segno più seguito dal prefisso del paese, ad esempio per il Belgio: { $example }
factors-phone-not-digits = Dopo il segno più un numero di telefono contiene solo cifre (gli spazi sono ammessi), ad esempio { $example }
factors-phone-invalid = Questo non è un numero di telefono internazionale valido. Esempio per il Belgio: { $example }
factors-phone-not-in-plan = Questo non è un numero di telefono internazionale valido (prefisso del paese sconosciuto o numero inesistente nel piano di numerazione di quel paese). Esempio per il Belgio: { $example }
factors-phone-not-mobile = Questo numero non è un numero di cellulare e quindi non può ricevere SMS. Inserisca un numero di cellulare, ad esempio per il Belgio: { $example }

## Conferma di un nuovo numero di cellulare con il codice ricevuto (templates/phone_finalise.html)

# Il titolo della scheda del browser.
factors-phone-finalise-title = Codice di verifica
factors-phone-finalise-heading = Codice di verifica inviato via SMS per l’aggiunta di un numero di cellulare
factors-phone-finalise-intro = Inserisca il codice di verifica inviato via SMS al Suo cellulare.
factors-phone-finalise-delay = Potrebbero essere necessari fino a 8 minuti perché il messaggio arrivi sul Suo cellulare.
# $wait è una durata, ad es. «5 minuti» o «1 ora e 5 minuti».
factors-phone-finalise-resend = Se non riceve alcun codice, potrà richiederne uno nuovo tra { $wait } aggiungendo di nuovo il numero.
factors-phone-finalise-number = Numero di cellulare
factors-phone-finalise-submit = Conferma
factors-phone-code-dead = Questo codice di verifica non è più valido (scaduto, sostituito da uno più recente o troppi tentativi errati). Aggiunga di nuovo il numero per ricevere un nuovo codice.
# $remaining è il numero di tentativi rimasti prima che il codice smetta di funzionare.
factors-phone-code-wrong = Il codice di verifica non è corretto. { $remaining ->
    [one] Resta { $remaining } tentativo.
   *[other] Restano { $remaining } tentativi.
}

## Gestisci i miei dispositivi mobili (templates/device_list.html)

factors-devices-title = Gestisci i miei dispositivi mobili
factors-devices-name = Nome del dispositivo
factors-devices-status = Stato
factors-devices-locked = Bloccato (troppi codici PIN errati): lo elimini e lo aggiunga di nuovo
factors-devices-active = Attivo
factors-devices-delete = Elimina un dispositivo mobile
factors-devices-none = Nessun dispositivo mobile registrato nel Suo account.
factors-devices-add = Aggiungi un dispositivo mobile
factors-devices-hint = Installi l’app mobile { $brand } sul Suo telefono o tablet, quindi lo aggiunga qui scansionando il codice QR con l’app.
factors-devices-deleted = Il dispositivo mobile è stato eliminato.
factors-devices-unknown = Dispositivo mobile sconosciuto.

## Aggiungi un dispositivo mobile: nome e codice PIN (templates/device_add.html)

factors-device-add-title = Aggiungi un dispositivo mobile
factors-device-add-intro = Indichi un nome per identificare il Suo dispositivo mobile e un codice PIN da utilizzare con esso.
factors-device-add-name = Nome del dispositivo
factors-device-add-pin = Codice PIN di 4 cifre
factors-device-add-pin-hint = Eviti codici PIN semplici come 0000, 1111 o 1234: vengono rifiutati.
factors-device-add-pin-confirm = Conferma il codice PIN
factors-device-add-submit = Invia
# $max è la lunghezza massima del nome, in caratteri (50).
factors-device-name-invalid = Assegni al Suo dispositivo mobile un nome da 1 a { $max } caratteri.
factors-pin-not-four-digits = Il codice PIN deve essere composto esattamente da 4 cifre.
factors-pin-mismatch = I due codici PIN non coincidono.
factors-pin-too-easy = Questo codice PIN è troppo facile da indovinare (come 0000, 1234 o 1111). Ne scelga un altro.

## Aggiungi un dispositivo mobile: il codice QR che l’app scansiona (templates/device_enrol.html)

# $name è il nome che l’utente ha dato al dispositivo, ad es. «Il mio telefono».
factors-device-enrol-instructions = Apra l’app mobile { $brand } su «{ $name }», scelga di aggiungere questo account e scansioni questo codice QR. L’app Le chiederà poi il codice PIN appena scelto.
factors-device-enrol-qr-alt = Codice QR da scansionare con l’app mobile { $brand }
factors-device-enrol-paste = Non riesce a scansionare? Incolli questo testo nell’app:
factors-device-enrol-validity = { $minutes ->
    [one] Il codice QR è valido per { $minutes } minuto e può essere utilizzato una sola volta.
   *[other] Il codice QR è valido per { $minutes } minuti e può essere utilizzato una sola volta.
}
factors-device-enrol-waiting = In attesa del Suo dispositivo mobile...
# Mostrato nella pagina di attesa quando l’app ha aggiunto il dispositivo.
factors-device-enrolled = È stato aggiunto un dispositivo
factors-device-enrol-expired = Il codice QR è scaduto. Aggiunga di nuovo il dispositivo.

## Gestisci le mie chiavi di sicurezza (templates/security_keys.html)

factors-keys-title = Gestisci le mie chiavi di sicurezza
# Intestazione di colonna: il livello di verifica che raggiunge una chiave di sicurezza (base, medio o elevato).
factors-keys-level = Livello
factors-keys-delete = Elimina una chiave di sicurezza
factors-keys-none = Nessuna chiave di sicurezza registrata nel Suo account.
# Un autenticatore di piattaforma è quello integrato in un computer o in un telefono (impronta digitale, volto, blocco schermo).
factors-keys-add = Aggiungi una chiave di sicurezza o un autenticatore integrato
factors-keys-hint = Una chiave di sicurezza (ad esempio una chiave USB o NFC) o l’autenticatore integrato nel Suo computer o telefono (impronta digitale, riconoscimento del volto o blocco schermo). Con un PIN o un’impronta digitale su una chiave che conserva il proprio segreto sul dispositivo, si raggiunge il livello di verifica più elevato.
# $name è il nome che l’utente ha dato alla chiave, ad es. «YubiKey 5 NFC».
factors-keys-added = La chiave di sicurezza «{ $name }» è stata aggiunta correttamente.
factors-keys-deleted = La chiave di sicurezza è stata eliminata.
factors-keys-unknown = Chiave di sicurezza sconosciuta.

## Aggiungi una chiave di sicurezza (templates/security_key_add.html)

# Il titolo della scheda del browser.
factors-key-add-title = Aggiungi una chiave di sicurezza
factors-key-add-heading = Aggiungi una chiave di sicurezza o un autenticatore integrato
factors-key-add-intro = Assegni un nome alla chiave di sicurezza, poi segua le istruzioni del browser: inserisca e tocchi la chiave, oppure sblocchi il computer o il telefono.
factors-key-add-name = Nome della chiave di sicurezza
# $max è la lunghezza massima del nome, in caratteri (50).
factors-key-name-invalid = Assegni alla chiave di sicurezza un nome da 1 a { $max } caratteri.

## L’esito della finestra di dialogo del browser per la chiave di sicurezza (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Questa richiesta è scaduta o è già stata utilizzata. Riprovi.
factors-webauthn-not-verified = Non è stato possibile verificare la chiave di sicurezza o l’autenticatore integrato. Riprovi oppure scelga un altro metodo di verifica.
factors-webauthn-already-registered = Questa chiave di sicurezza è già registrata.
factors-webauthn-unsupported = Questo browser non supporta le chiavi di sicurezza. Utilizzi un altro metodo di verifica.
factors-webauthn-follow = Segua le istruzioni del browser e tocchi o sblocchi la chiave di sicurezza.
factors-webauthn-no-answer = La chiave di sicurezza non ha risposto. Riprovi oppure scelga un altro metodo di verifica.

## Gestisci le mie app di autenticazione (templates/totp_list.html)

factors-totp-title = Gestisci le mie app di autenticazione
# FreeOTP, Google Authenticator, Microsoft Authenticator e Aegis sono nomi di app: lasciarli invariati.
factors-totp-intro = Un’app di autenticazione sul Suo telefono (ad esempio FreeOTP, Google Authenticator, Microsoft Authenticator o Aegis) visualizza un nuovo codice di 6 cifre ogni 30 secondi. Può utilizzarla come metodo di verifica quando accede.
# Il pulsante che elimina un’app di autenticazione dall’elenco.
factors-totp-delete = Elimina
factors-totp-none = Nessuna app di autenticazione registrata nel Suo account.
factors-totp-add = Aggiungi un’app di autenticazione
# $name è il nome che l’utente ha dato all’app, ad es. «Pixel 8».
factors-totp-added = L’app di autenticazione «{ $name }» è stata aggiunta correttamente. Ora può utilizzarla per accedere.
factors-totp-deleted = L’app di autenticazione è stata eliminata.
factors-totp-unknown = App di autenticazione sconosciuta.

## Aggiungi un’app di autenticazione: il nome (templates/totp_add.html)

factors-totp-add-title = Aggiungi un’app di autenticazione
factors-totp-add-intro = Indichi un nome per identificare questa app di autenticazione, ad esempio il nome del Suo telefono.
factors-totp-add-name = Nome dell’app di autenticazione
factors-totp-add-next = Avanti
# $max è la lunghezza massima del nome, in caratteri (50).
factors-totp-name-invalid = Assegni alla Sua app di autenticazione un nome da 1 a { $max } caratteri.

## Aggiungi un’app di autenticazione: il codice QR e il primo codice (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Apra l’app di autenticazione sul Suo telefono, aggiunga un account e scansioni questo codice QR. È valido per { $minutes } minuto.
   *[other] Apra l’app di autenticazione sul Suo telefono, aggiunga un account e scansioni questo codice QR. È valido per { $minutes } minuti.
}
factors-totp-enrol-qr-alt = Codice QR da scansionare con l’app di autenticazione
# $account è l’indirizzo e-mail dell’utente, $issuer il nome del servizio come lo mostra l’app.
factors-totp-enrol-manual = Non riesce a scansionare? Inserisca manualmente questa chiave nell’app (basata sull’ora, 6 cifre, ogni 30 secondi), con l’account { $account } di { $issuer }:
factors-totp-enrol-uri = Mostra il link contenuto nel codice QR
factors-totp-code-label = Inserisca il codice di 6 cifre
factors-totp-confirm = Conferma
factors-totp-enrol-gone = Questa app di autenticazione non è più in attesa di conferma (è scaduta, è stata confermata o ha ricevuto troppi codici errati). La aggiunga di nuovo.
# $remaining è il numero di codici che possono ancora essere provati.
factors-totp-code-wrong = Il codice non è corretto. Verifichi che l’ora del Suo telefono sia esatta e inserisca il codice che l’app visualizza in questo momento. { $remaining ->
    [one] Resta { $remaining } tentativo.
   *[other] Restano { $remaining } tentativi.
}
