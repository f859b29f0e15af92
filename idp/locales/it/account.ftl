# I testi del fornitore in italiano (account); vedere main.ftl.
# { $brand } è il nome del servizio come configurato (ad esempio «EU Login»); è disponibile in
# ogni messaggio. Dove compaiono { $wait } o { $when }, si tratta già di un’espressione completa
# nella lingua del lettore: «1 ora e 5 minuti», «6 dicembre 2026, ore 08:34 UTC».

## Parole comuni a più pagine dell’account

account-first-name = Nome
account-last-name = Cognome
account-email = Indirizzo e-mail
account-language = Lingua
account-cancel = Annulla
account-submit = Invia
account-save = Salva
account-delete = Elimina
account-sign-in = Accedi
account-back = Il mio account
account-wait-title = Attenda prima di presentare una nuova richiesta
account-link-invalid-title = Questo link non è più valido
account-check-email-title = Controlli la Sua casella di posta elettronica
# Nella colonna «Livello» della pagina delle sessioni (dove gli altri valori sono «base», «medio»
# o «elevato», login-level-*): il livello di verifica della sessione non è più valido, perché è
# stato dimostrato troppo tempo fa.
account-level-expired = scaduto
# Nella colonna «Provenienza» delle pagine delle sessioni e delle attività, quando l’indirizzo di
# provenienza di un accesso o di un evento non è noto.
account-ip-unknown = sconosciuta

## Pagina iniziale (templates/home.html)

# $name è il nome dell’utente come lo ha indicato («Ada LOVELACE»).
account-home-welcome = Le diamo il benvenuto, { $name }
account-home-signed-in = Ha effettuato l’accesso a { $brand } come { $email }.
# $level è uno dei login-level-basic, -medium, -high.
account-home-signed-in-level = Ha effettuato l’accesso a { $brand } come { $email } (livello di verifica: { $level }).
account-home-change-password-hint = (in «Il mio account», con la password attuale)
account-home-forgot-password = Password dimenticata?
account-home-sign-out = Esci
account-home-intro = Un unico account per accedere a tutte le applicazioni collegate a { $brand }.
account-home-register = Crea un account

## Il mio account (templates/account.html)

account-title = Il mio account
account-details-heading = I dati del mio account
# Dopo l’indirizzo e-mail dell’account: l’indirizzo è gestito al di fuori di questo servizio.
account-email-external = { $email } (esterno)
account-level = Livello di verifica di questa sessione
account-needs-second-factor = Alcune applicazioni, come CPMS, richiedono un secondo metodo di verifica: aggiunga un numero di cellulare, un dispositivo mobile, una chiave di sicurezza o un’app di autenticazione.
account-menu-change-password = Modifica password
account-menu-details = Modifica i miei dati personali
account-menu-delete = Elimina il mio account
account-menu-devices = Gestisci i miei dispositivi mobili
account-menu-phones = Gestisci i miei numeri di cellulare
account-menu-security-keys = Gestisci le mie chiavi di sicurezza
# Dopo «Gestisci le mie chiavi di sicurezza» quando l’account ne ha almeno una.
account-menu-security-keys-added = (chiave aggiunta)
account-menu-authenticator-apps = Gestisci le mie app di autenticazione
account-menu-sessions = Visualizza le mie sessioni
account-menu-sessions-hint = Può consultare le sessioni aperte per le applicazioni visitate.
account-menu-delete-devices = Elimina tutti i miei dispositivi
account-menu-delete-devices-hint = Per un nuovo telefono: rimuove tutti i dispositivi mobili, le chiavi di sicurezza e le app di autenticazione.
account-menu-activity = Attività
account-menu-activity-hint = Eventi recenti relativi alla sicurezza del Suo account.
account-notice-password = La password è stata modificata. Le altre sessioni sono state chiuse.
account-notice-details = I Suoi dati personali sono stati salvati.
account-notice-devices = Tutti i Suoi dispositivi sono stati eliminati. Ora può aggiungere il nuovo dispositivo.
account-notice-session = La sessione è stata chiusa.
account-notice-sent-again = L’e-mail è di nuovo in arrivo.
## E-mail abbandonate dalla coda di invio (templates/account.html)
account-undelivered-title = Alcune e-mail non Le sono arrivate
# $email: l’indirizzo dell’account.
account-undelivered = Il server di posta di { $email } ha rifiutato queste e-mail, oppure non è stato possibile consegnarle in tempo. Se la Sua casella di posta era piena o l’indirizzo è cambiato, risolva prima il problema, poi le invii di nuovo.
# $subject: l’oggetto dell’e-mail; $when: quando è stata abbandonata.
account-undelivered-item = «{ $subject }», { $when }
account-undelivered-send-again = Invia di nuovo
account-undelivered-gone = Questa e-mail non può essere inviata di nuovo: è già stata inviata oppure non è tra le Sue.

## Modifica i miei dati personali (templates/account_details.html, account/profile.rs)

account-details-title = Modifica i miei dati personali
account-first-name-missing = Inserisca il Suo nome.
account-last-name-missing = Inserisca il Suo cognome.
account-first-name-too-long = Il nome non può superare 100 caratteri ordinari.
account-last-name-too-long = Il cognome non può superare 100 caratteri ordinari.
account-language-invalid = Scelga una lingua dall’elenco.

## Modifica password (templates/account_password.html)

account-password-title = Modifica password
account-password-wait = Per motivi di sicurezza deve attendere prima di poter modificare di nuovo la password (tempo rimanente: { $wait }). In caso di urgenza, contatti il servizio di assistenza.
account-password-rules = La nuova password deve rispettare queste regole:
account-password-current = Password attuale
account-password-new = Nuova password
account-password-confirm = Conferma la nuova password
account-password-too-long = La password è troppo lunga.
account-password-wrong-current = La password attuale non è corretta.
account-password-too-soon = Per motivi di sicurezza deve attendere prima di modificare di nuovo la password (tempo rimanente: { $wait }). In caso di urgenza, contatti il servizio di assistenza.
account-password-mismatch = Le due nuove password non coincidono.

## Elimina il mio account (templates/account_delete.html)

account-delete-title = Elimina il mio account
account-delete-warning = Il Suo account { $brand }, con i relativi numeri di telefono, dispositivi e chiavi di sicurezza, sarà eliminato e tutte le applicazioni a cui ha effettuato l’accesso ne saranno informate. L’operazione è irreversibile.
account-delete-confirm = Desidero eliminare il mio account { $brand }
account-delete-unconfirmed = Selezioni la casella per confermare che il Suo account deve essere eliminato.
account-deleted-title = Il Suo account è stato eliminato
account-deleted = Il Suo account { $brand } e tutto ciò che vi era collegato sono stati eliminati.

## Elimina tutti i miei dispositivi (templates/account_delete_devices.html)

account-delete-devices-title = Elimina tutti i miei dispositivi
account-delete-devices-pending = Tutti i metodi di verifica del Suo account saranno rimossi il giorno { $when }, come da Lei richiesto via e-mail.
account-delete-devices-none = Il Suo account non ha dispositivi mobili, chiavi di sicurezza né app di autenticazione. Può aggiungerne uno in «Il mio account».
account-delete-devices-now = Utilizzi questa funzione se ha un nuovo telefono: tutti i dispositivi mobili, le chiavi di sicurezza e le app di autenticazione del Suo account vengono rimossi. Aggiunga poi il nuovo dispositivo da «Gestisci i miei dispositivi mobili». I Suoi numeri di cellulare vengono mantenuti.
account-delete-devices-why = Per proteggere il Suo account, la sola password non consente di rimuovere i metodi di verifica: altrimenti chiunque la conoscesse potrebbe aggiungere i propri.
account-delete-devices-can-use = Posso ancora usarne uno
account-delete-devices-can-use-text = Acceda di nuovo con il vecchio telefono, la chiave di sicurezza o l’app di autenticazione, poi li elimini tutti in una volta.
account-delete-devices-reauth = Accedi con un metodo di verifica
account-delete-devices-cannot-use = Non posso usarne nessuno
# $wait è il periodo di attesa di un ripristino («24 ore»).
account-delete-devices-recovery = Le invieremo un link al Suo indirizzo e-mail. Dopo la Sua conferma tramite il link, tutti i metodi di verifica del Suo account (dispositivi mobili, chiavi di sicurezza, app di autenticazione e numeri di cellulare) saranno rimossi dopo { $wait }. Riceverà subito una notifica via e-mail e potrà annullare l’operazione fino ad allora.
account-delete-devices-send-link = Inviami il link

## Rimozione di tutti i metodi di verifica via e-mail (templates/account_recovery.html)

account-recovery-title = Rimuovi tutti i metodi di verifica
# $minutes: per quanto tempo può essere usato il link.
account-recovery-sent = È stato inviato un link a { $email }. È valido per { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}.
account-recovery-sent-next = Lo apra per confermare. I Suoi metodi di verifica saranno rimossi { $wait } dopo la conferma e fino ad allora potrà annullare l’operazione.
account-recovery-confirm-text = Tutti i dispositivi mobili, le chiavi di sicurezza, le app di autenticazione e i numeri di cellulare dell’account { $brand } { $email } saranno rimossi { $wait } dopo la Sua conferma. Ne riceverà notifica via e-mail, con un link per annullare.
account-recovery-confirm = Conferma
account-recovery-started-title = Rimozione confermata
account-recovery-started = Tutti i metodi di verifica del Suo account saranno rimossi il giorno { $when }.
account-recovery-started-next = Le è stata inviata un’e-mail con un link per annullare. Trascorso tale termine, acceda con la password e aggiunga il nuovo dispositivo in «Il mio account».
account-recovery-cancel-title = Annullamento della rimozione dei metodi di verifica
account-recovery-due = La rimozione di tutti i metodi di verifica del Suo account è prevista per il giorno { $when }.
account-recovery-cancel = Annulla la rimozione
account-recovery-cancel-hint = Se non è stato Lei a richiederla, modifichi anche la password: qualcuno la conosce.
account-recovery-cancelled-title = Rimozione annullata
account-recovery-cancelled = Non è stato rimosso nulla. I Suoi metodi di verifica restano invariati.
account-recovery-nothing-title = Nulla da annullare
account-recovery-nothing = Non era in attesa alcuna rimozione dei Suoi metodi di verifica.
account-recovery-invalid = Il link che ha aperto è scaduto, è già stato utilizzato o è stato sostituito da uno più recente.
account-recovery-start-again = Ricomincia da «Elimina tutti i miei dispositivi»
account-recovery-paced = Poco fa è stata inviata un’e-mail con un link. Potrà richiederne uno nuovo tra { $wait }.

## Le mie sessioni (templates/account_sessions.html)

account-sessions-page-title = Visualizza le mie sessioni
account-sessions-title = Le mie sessioni
account-sessions-started = Inizio
account-sessions-last-seen = Ultima attività
account-sessions-level = Livello
account-sessions-from = Provenienza
# L’intestazione della colonna dei pulsanti, letta solo dagli screen reader.
account-sessions-action = Azione
account-sessions-current = Questa sessione
account-sessions-end = Chiudi questa sessione
account-sessions-not-yours = Questa sessione non è tra le Sue oppure è già terminata.

## Attività (templates/account_activity.html, account/activity.rs)

account-activity-title = Attività
account-activity-intro = Gli eventi più recenti relativi alla sicurezza del Suo account.
account-activity-when = Data
account-activity-what = Evento
account-activity-from = Provenienza
account-activity-details = Dettagli
account-event-signin-success = Accesso effettuato
account-event-signin-failure = Accesso non riuscito
account-event-signed-out = Uscita effettuata
account-event-account-registered = Account creato
account-event-account-locked = Accesso con password bloccato dopo troppi tentativi non riusciti
account-event-password-set = Password creata o modificata
account-event-factor-added = Metodo di verifica aggiunto
account-event-factor-removed = Metodo di verifica rimosso
account-event-sms-sent = SMS inviato
account-event-device-locked = Dispositivo mobile bloccato (PIN errati)
account-event-push-denied = Richiesta di accesso rifiutata su un dispositivo mobile
account-event-push-wrong-number = Numero errato scelto su un dispositivo mobile
account-event-token-revoked = Accesso revocato da un’applicazione
account-event-code-replayed = Un codice di accesso è stato utilizzato due volte: l’accesso concesso è stato revocato
account-event-refresh-reused = È stato riutilizzato un vecchio token di accesso: l’accesso a cui apparteneva è stato revocato
account-event-recovery-link-sent = Richiesta la rimozione di tutti i metodi di verifica (link inviato via e-mail)
account-event-recovery-started = Confermata la rimozione di tutti i metodi di verifica (periodo di attesa)
account-event-recovery-cancelled = Annullata la rimozione di tutti i metodi di verifica
account-event-access-requested = Richiesta di accesso inviata
account-event-access-approved = Richiesta di accesso approvata
account-event-access-denied = Richiesta di accesso respinta
account-event-access-revoked = Accesso revocato
account-event-message-undelivered = E-mail o SMS non consegnato
# Un valore registrato con un evento, mostrato così com’è: il nome di un’applicazione, un motivo
# scritto dal servizio di assistenza o il nome interno di un evento per cui non esiste un testo.
account-activity-data = { $value }
# I dettagli di un evento sono brevi espressioni separate da virgole, ad esempio:
# «con Cellulare + SMS, livello medio, per CPMS» oppure «chiave di sicurezza «YubiKey», livello elevato».
account-activity-factor-phone = numero di cellulare
account-activity-factor-mobile-device = dispositivo mobile
account-activity-factor-security-key = chiave di sicurezza
account-activity-factor-authenticator-app = app di autenticazione
account-activity-factor-count = { $count ->
    [one] { $count } metodo di verifica
   *[other] { $count } metodi di verifica
}
# $factor è una delle espressioni account-activity-factor-*; $name il nome che gli ha dato il titolare.
account-activity-factor-named = { $factor } «{ $name }»
# $factor è «numero di cellulare»; $phone il numero, in parte nascosto (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = «{ $name }»
# $method è il metodo di verifica utilizzato (uno dei login-method-*).
account-activity-method = con { $method }
# $level è uno dei login-level-basic, -medium, -high.
account-activity-level = livello { $level }
# $client è il nome dell’applicazione a cui è stato effettuato l’accesso.
account-activity-client = per { $client }
account-activity-via-my-account = in «Il mio account»
account-activity-via-set-password = con il link dell’e-mail di registrazione
account-activity-via-reset = con un link «Password dimenticata?»
account-activity-via-recovery = dopo un ripristino dell’account
account-activity-purpose-sms-enrol = per confermare un nuovo numero
account-activity-purpose-sms-login = per accedere
# $phone è un numero di cellulare, in parte nascosto (+32******456).
account-activity-to = al numero { $phone }
account-activity-pin-failures = dopo { $count ->
    [one] { $count } codice PIN errato
   *[other] { $count } codici PIN errati
}
account-activity-until = fino al giorno { $when }
account-activity-on = il giorno { $when }
# $profile è il codice di un profilo di accesso di un’applicazione (CPMS_USER).
account-activity-profile = profilo di accesso { $profile }
# $name è il nome del membro del servizio di assistenza che ha deciso.
account-activity-by = da { $name }
account-activity-by-helpdesk = dal servizio di assistenza
# $reason è una delle espressioni account-activity-reason-* o un motivo scritto dal servizio di assistenza.
account-activity-reason = motivo: { $reason }
account-activity-reason-wrong-password = password errata
account-activity-reason-no-password = nessuna password impostata
account-activity-reason-unknown-account = account sconosciuto
account-activity-reason-locked = bloccato
account-activity-reason-wrong-code = codice errato
account-activity-reason-code-reused = codice riutilizzato
account-activity-reason-too-many-codes = troppi codici
account-activity-reason-too-many-codes-hour = troppi codici nell’ultima ora
account-activity-reason-device-locked = dispositivo bloccato
account-activity-reason-expired = richiesta scaduta
account-activity-reason-not-verified = risposta non verificata
account-activity-reason-already-registered = già registrato
account-activity-token-access = token di accesso
account-activity-token-refresh = token di aggiornamento
account-activity-grant-revoked = autorizzazione revocata
account-activity-family-revoked = famiglia di token revocata

## Crea un account (templates/register.html, account/registration.rs)

account-register-title = Crea un account
account-register-intro = È preferibile utilizzare l’indirizzo e-mail istituzionale. Riceverà un’e-mail con un link per creare la password.
account-register-email-confirm = Conferma l’indirizzo e-mail
# La lingua dell’account: la lingua delle sue e-mail e delle sue pagine, se non ne viene scelta un’altra.
account-register-language = Lingua delle e-mail
account-register-submit = Crea un account
account-register-sign-in = Ha già un account? Acceda
account-register-thanks = Grazie per la registrazione.
# $minutes: per quanto tempo può essere usato il link.
account-register-sent = È in arrivo a { $email } un’e-mail con un link per creare la password. Il link è valido per { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}. Potrebbero essere necessari alcuni minuti per riceverla; controlli anche la cartella della posta indesiderata.
account-register-first-name-invalid = Il nome è troppo lungo o contiene caratteri non ammessi.
account-register-last-name-invalid = Il cognome è troppo lungo o contiene caratteri non ammessi.
account-register-email-invalid = Inserisca un indirizzo e-mail valido, ad esempio nome@ospedale.eu.
account-register-email-mismatch = I due indirizzi e-mail non coincidono.
account-register-throttled = Poco fa è stata inviata un’e-mail a questo indirizzo, oppure dalla Sua rete ne sono state richieste troppe. Potrà riprovare tra { $wait }.

## Creazione della password (templates/set_password.html, account/links.rs)

account-set-password-title = Creazione della password
# $email è l’indirizzo dell’account di cui si sta creando la password.
account-set-password-account = Account: { $email }
account-set-password-rules = La password deve rispettare queste regole:
account-set-password-new = Nuova password
account-set-password-confirm = Conferma la nuova password
account-set-password-mismatch = Le due password non coincidono.
account-set-password-done-title = La password è stata impostata
account-set-password-done = La password è stata salvata. Ora può accedere con il Suo indirizzo e-mail e questa password.
account-password-recent-title = Ha modificato la password di recente
account-password-recent = Per motivi di sicurezza deve attendere prima di modificare di nuovo la password. Potrà modificarla di nuovo tra { $wait }.
account-password-urgent = In caso di urgenza, contatti il servizio di assistenza.

## Password dimenticata? (templates/forgot_password.html)

account-forgot-title = Password dimenticata?
# $minutes: per quanto tempo può essere usato un link.
account-forgot-expired = Il link che ha aperto è scaduto o è già stato utilizzato. I link sono validi per { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
} e possono essere utilizzati una sola volta.
account-forgot-again = Inserisca di nuovo il Suo indirizzo e-mail per ricevere un nuovo link.
account-forgot-intro = Inserisca l’indirizzo e-mail del Suo account { $brand }. Le invieremo un link per scegliere una nuova password, valido per { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}.
account-forgot-submit = Inviami un link
# $email è l’indirizzo inserito; $wait il tempo che deve trascorrere prima di poter richiedere un altro link.
account-forgot-sent = Se esiste un account { $brand } per { $email }, è in arrivo un’e-mail con un link per scegliere una password. Il link è valido per { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}. Se non dovesse arrivare, potrà richiederne uno nuovo tra { $wait }.
