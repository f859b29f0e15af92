# I testi del fornitore in italiano (e-mail); vedere main.ftl.
#
# Le e-mail e gli SMS che il fornitore invia, nella lingua dell’account a cui si riferiscono
# (mail/messages.rs), i messaggi dell’API dell’app mobile che l’app mostra al suo utente
# (http/app_api.rs) e la pagina della posta in uscita di sviluppo (templates/outbox.html).
#
# Nelle e-mail: $brand è il nome del servizio («EU Login»), $email l’indirizzo e-mail
# dell’account, $link un indirizzo web. Lasciare ogni { $link } da solo sulla propria riga: i
# programmi di posta lo trasformano in un link. Una riga contenente solo {""} è una riga vuota tra
# due paragrafi: lasciarle dove sono.

## Tutte le e-mail

# La prima riga di ogni e-mail, seguita da una riga vuota. $first_name e $last_name sono il nome
# e il cognome del destinatario.
mail-greeting = Gentile { $first_name } { $last_name },
# L’ultima riga di ogni e-mail.
mail-signature = Messaggio inviato da { $brand }

## Registrazione: il link per creare la password (account/registration.rs)

mail-registered-subject = Registrazione in { $brand }
# $duration: per quanto tempo funziona il link, in parole («1 ora», «30 minuti»).
mail-registered-body =
    La Sua registrazione in { $brand } è stata effettuata.
    Il Suo indirizzo e-mail è { $email }
    {""}
    Per creare la password, apra il link seguente:
    {""}
    { $link }
    {""}
    Dispone di un massimo di { $duration }, a partire dall’invio di questo messaggio, per creare la password, ma La invitiamo a farlo subito, se possibile. Trascorso questo termine, potrà presentare una nuova richiesta tramite lo stesso link: dovrà allora inserire di nuovo il Suo indirizzo e-mail e confermare la richiesta.
    {""}
    Se il link qui sopra non funziona, copi l’indirizzo completo e lo incolli nella barra degli indirizzi del browser.
    {""}
    In caso di problemi, non risponda a questo messaggio, ma consulti la guida o i recapiti indicati sul sito in cui stava cercando di registrarsi.

## Password dimenticata: il link per sceglierne una nuova (account/registration.rs)

mail-reset-subject = La Sua password { $brand }
# $duration: per quanto tempo funziona il link, in parole («1 ora», «30 minuti»).
mail-reset-body =
    È stata richiesta una nuova password per il Suo account { $brand } { $email }.
    Per scegliere una nuova password, apra il link seguente:
    {""}
    { $link }
    {""}
    Il link è valido per { $duration } e può essere utilizzato una sola volta. Se non ha fatto questa richiesta, ignori questo messaggio: la Sua password non è stata modificata.

## Una registrazione con un indirizzo che ha già un account: il titolare viene informato

mail-existing-subject = Tentativo di registrazione con il Suo indirizzo e-mail
mail-existing-body =
    Qualcuno ha tentato di registrarsi in { $brand } con il Suo indirizzo e-mail { $email }, al quale è già associato un account.
    Se è stato Lei e non ricorda la password, può sceglierne una nuova qui:
    {""}
    { $link }
    {""}
    Se non è stato Lei, ignori questo messaggio: non è cambiato nulla.

## Troppe password errate: l’accesso con password è bloccato per un certo tempo

mail-lockout-subject = { $brand }: troppi tentativi di accesso non riusciti
# $until: la data e l’ora in cui termina il blocco («6 dicembre 2026, ore 08:34 UTC»).
mail-lockout-body =
    Ci sono stati troppi tentativi non riusciti di accedere con password al Suo account { $brand } { $email }. Per proteggere l’account, l’accesso con password è bloccato fino al giorno { $until }.
    {""}
    Se è stato Lei e non ricorda la password, ne scelga una nuova qui; in questo modo termina anche il blocco:
    {""}
    { $link }
    {""}
    Se non è stato Lei, qualcuno potrebbe cercare di indovinare la Sua password: scelga una nuova password lunga tramite lo stesso link e controlli l’attività del Suo account in «{ menu-my-account }».

## Una modifica dell’account: l’avviso e una frase per ogni tipo di modifica

mail-changed-subject = { $brand }: il Suo account è stato modificato
# Sotto la frase che indica che cosa è cambiato.
mail-changed-advice = Se non è stato Lei, acceda a { $brand }, rimuova in «{ menu-my-account }» ciò che non riconosce, modifichi la password e contatti il servizio di assistenza.
mail-change-password = La password del Suo account { $brand } è stata modificata.
# $number: un numero di telefono («+32470123456»).
mail-change-phone-added = Il numero di cellulare { $number } è stato aggiunto al Suo account { $brand }.
mail-change-phone-removed = Il numero di cellulare { $number } è stato rimosso dal Suo account { $brand }.
# $name: il nome che l’utente ha dato al dispositivo, alla chiave o all’app («Il mio telefono»).
mail-change-device-added = Il dispositivo mobile «{ $name }» è stato aggiunto al Suo account { $brand }.
mail-change-device-removed = Il dispositivo mobile «{ $name }» è stato rimosso dal Suo account { $brand }.
mail-change-device-locked = Il Suo dispositivo mobile «{ $name }» è stato bloccato dopo troppi codici PIN errati. Per utilizzarlo, lo elimini e lo aggiunga di nuovo in «{ menu-my-account }».
mail-change-security-key-added = La chiave di sicurezza «{ $name }» è stata aggiunta al Suo account { $brand }.
mail-change-security-key-removed = La chiave di sicurezza «{ $name }» è stata rimossa dal Suo account { $brand }.
mail-change-authenticator-app-added = L’app di autenticazione «{ $name }» è stata aggiunta al Suo account { $brand }.
mail-change-authenticator-app-removed = L’app di autenticazione «{ $name }» è stata rimossa dal Suo account { $brand }.
# $count: quanti elementi sono stati eliminati, di tutti i tipi.
mail-change-all-devices-deleted = { $count ->
    [one] Tutti i dispositivi del Suo account { $brand } sono stati eliminati (1 dispositivo mobile, chiave di sicurezza o app di autenticazione).
   *[other] Tutti i dispositivi del Suo account { $brand } sono stati eliminati ({ $count } tra dispositivi mobili, chiavi di sicurezza e app di autenticazione).
}

## L’account è stato eliminato (inviato dopo l’eliminazione)

mail-deleted-subject = { $brand }: il Suo account è stato eliminato
mail-deleted-body = Il Suo account { $brand } è stato eliminato su Sua richiesta.

## Ripristino: rimozione di tutti i metodi di verifica quando nessuno è più utilizzabile

mail-recovery-link-subject = { $brand }: confermi la rimozione dei Suoi metodi di verifica
# $duration: per quanto tempo funziona il link; $wait: quanto tempo dopo la conferma i metodi
# vengono rimossi; entrambi in parole («30 minuti», «72 ore»).
mail-recovery-link-body =
    Qualcuno ha effettuato l’accesso al Suo account { $brand } { $email } con la Sua password e ha chiesto di rimuovere tutti i metodi di verifica dell’account (dispositivi mobili, chiavi di sicurezza, app di autenticazione e numeri di cellulare), perché nessuno di essi è più utilizzabile.
    {""}
    Se è stato Lei, confermi tramite questo link (valido per { $duration }):
    {""}
    { $link }
    {""}
    I metodi saranno rimossi { $wait } dopo la conferma; fino ad allora potrà annullare l’operazione e ne riceverà notifica via e-mail.
    {""}
    Se non è stato Lei, non apra il link e modifichi la password: qualcuno la conosce.
mail-recovery-started-subject = { $brand }: i Suoi metodi di verifica saranno rimossi
# $when: la data e l’ora della rimozione («6 dicembre 2026, ore 08:34 UTC»). L’ultima frase
# nomina una pagina di «Il mio account»: usarne il titolo in italiano.
mail-recovery-started-body =
    Tutti i metodi di verifica del Suo account { $brand } { $email } (dispositivi mobili, chiavi di sicurezza, app di autenticazione e numeri di cellulare) saranno rimossi il giorno { $when }, come richiesto e confermato da questa casella di posta.
    {""}
    Se non ha fatto questa richiesta, la annulli subito tramite questo link e poi modifichi la password:
    {""}
    { $link }
    {""}
    Può anche annullarla in «{ menu-my-account }» > «Elimina tutti i miei dispositivi».
mail-recovery-cancelled-subject = { $brand }: la rimozione dei Suoi metodi di verifica è stata annullata
mail-recovery-cancelled-body = La rimozione dei metodi di verifica del Suo account { $brand } è stata annullata. Non è stato rimosso nulla.
mail-recovery-done-subject = { $brand }: i Suoi metodi di verifica sono stati rimossi
# $count: quanti metodi sono stati rimossi.
mail-recovery-done-body = { $count ->
    [one] Come richiesto, tutti i metodi di verifica del Suo account { $brand } sono stati rimossi (1 in totale). Aggiunga il nuovo dispositivo mobile, la nuova chiave di sicurezza o il nuovo numero di telefono in «{ menu-my-account }».
   *[other] Come richiesto, tutti i metodi di verifica del Suo account { $brand } sono stati rimossi ({ $count } in totale). Aggiunga il nuovo dispositivo mobile, la nuova chiave di sicurezza o il nuovo numero di telefono in «{ menu-my-account }».
}

## Una richiesta di accesso decisa o revocata dal servizio di assistenza dell’applicazione (access/helpdesk.rs)

# $app: il nome dell’applicazione («CPMS»).
mail-access-approved-subject = Il Suo accesso a { $app } è stato approvato
mail-access-denied-subject = La Sua richiesta di accesso a { $app } è stata respinta
mail-access-revoked-subject = Il Suo accesso a { $app } è stato revocato
# $profile: il codice del profilo di accesso («HP»); $centre: l’organizzazione per cui è
# l’accesso (un ospedale o un prestatore di assistenza sanitaria, con città e paese).
mail-access-approved = La Sua richiesta di accesso a { $app } (profilo di accesso { $profile }, organizzazione { $centre }) è stata approvata dal servizio di assistenza di { $app }.
mail-access-denied = La Sua richiesta di accesso a { $app } (profilo di accesso { $profile }, organizzazione { $centre }) è stata respinta dal servizio di assistenza di { $app }.
mail-access-revoked = L’accesso concesso in seguito alla Sua richiesta di accesso a { $app } (profilo di accesso { $profile }, organizzazione { $centre }) è stato revocato dal servizio di assistenza di { $app }.
# $comment e $reason: le parole del servizio di assistenza.
mail-access-comment = Commento del servizio di assistenza: { $comment }
mail-access-reason = Motivo: { $reason }
mail-access-sign-in = Ora può accedere a { $app } con il Suo account { $brand }.
# Seguito da una riga con l’indirizzo dell’applicazione.
mail-access-sign-in-at = Ora può accedere a { $app } con il Suo account { $brand }:
mail-access-again = Può presentare una nuova richiesta all’indirizzo { $link }
# $link: la pagina che elenca le richieste di accesso dell’utente.
mail-access-requests = Le Sue richieste: { $link }

## SMS

# L’SMS con un codice di accesso o di conferma. Deve stare in due segmenti SMS (un test lo
# verifica): usare solo caratteri dell’alfabeto GSM (niente apostrofo tipografico). $code ha la
# forma «ABCD-EFGH»: lasciare uno spazio o un punto su ciascun lato. $minutes è un numero.
sms-code = Codice { $brand }: { $code }. Valido { $minutes } min. Non lo comunichi a nessuno.

## Messaggi dell’API dell’app mobile, mostrati dall’app al suo utente (http/app_api.rs)

app-unknown-token = Questo codice QR non è riconosciuto. Scansioni il codice QR mostrato quando aggiunge un dispositivo mobile in «{ menu-my-account }».
app-token-not-valid = Questo codice QR è già stato utilizzato, è scaduto o è stato annullato a causa di codici PIN errati. Aggiunga di nuovo il dispositivo in «{ menu-my-account }».
# $remaining: quanti tentativi sono ancora consentiti (un numero).
app-enrol-wrong-pin = { $remaining ->
    [one] Il codice PIN non è quello scelto in «{ menu-my-account }». Resta 1 tentativo.
   *[other] Il codice PIN non è quello scelto in «{ menu-my-account }». Restano { $remaining } tentativi.
}
app-unknown-device = Questo dispositivo non è (o non è più) registrato.
app-bad-signature = Non è stato possibile verificare la firma del dispositivo.
# $seconds: un numero.
app-stale = La firma del dispositivo risale a più di { $seconds } secondi fa (oppure l’orologio del dispositivo non è corretto).
app-replayed = Questa firma del dispositivo è già stata utilizzata.
app-device-locked = Questo dispositivo è bloccato dopo troppi codici PIN errati. Lo elimini e lo aggiunga di nuovo in «{ menu-my-account }».
app-not-pending = Questa richiesta è scaduta o ha già ricevuto una risposta.
# $remaining: quanti tentativi sono ancora consentiti (un numero).
app-wrong-pin = { $remaining ->
    [one] Codice PIN errato. Resta 1 tentativo prima del blocco del dispositivo.
   *[other] Codice PIN errato. Restano { $remaining } tentativi prima del blocco del dispositivo.
}
app-wrong-number = Non è il numero mostrato nella pagina web. La richiesta è stata annullata.
app-browser-on = { $browser } su { $system }
app-browser = { $browser }
app-push-title = Richiesta di accesso da { $client }

## La pagina della posta in uscita di sviluppo (templates/outbox.html, solo in modalità sviluppo)

outbox-title = Posta in uscita (sviluppo)
outbox-hint = Solo in modalità sviluppo: tutte le e-mail e gli SMS inviati dal fornitore, dal più recente.
outbox-empty = La posta in uscita è vuota.
outbox-email = E-mail
outbox-sms = SMS
# $channel: outbox-email o outbox-sms; $to: un indirizzo e-mail o un numero di telefono; $when: la
# data e l’ora di invio.
outbox-sent = { $channel } a { $to } il giorno { $when }
