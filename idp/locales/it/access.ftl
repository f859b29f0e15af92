# I testi del fornitore in italiano (accessi); vedere main.ftl.
#
# Il sistema di autorizzazione: gli utenti chiedono l’accesso a un’applicazione (ad esempio CPMS)
# con un profilo di accesso (ad esempio HP) per il proprio centro, un ospedale di una rete di
# riferimento europea (ERN); il servizio di assistenza dell’applicazione approva o respinge la
# richiesta. I nomi di applicazioni, profili, ERN, paesi e centri provengono dalla banca dati e
# non compaiono mai in questo file.

## Parole usate in più pagine degli accessi (intestazioni di tabella, etichette dei campi)

# Il nome dell’intero servizio per le richieste di accesso (titolo della pagina, intestazione, link di ritorno).
access-title = Sistema di autorizzazione
access-application = Applicazione
access-organisation = Organizzazione
# Un profilo di accesso è il ruolo che l’utente chiede nell’applicazione (ad esempio «HP»).
access-profile = Profilo di accesso
access-comments = Commenti
access-reason = Motivo
# Intestazione di tabella: quando è stata inviata la richiesta.
access-submitted = Inviata il
access-status = Stato

## Stati di una richiesta di accesso

access-status-pending = In attesa
access-status-approved = Approvata
access-status-denied = Respinta
access-status-revoked = Revocata
access-status-unknown = Sconosciuta

## Le mie richieste di accesso (templates/access_home.html)

access-request-button = Richiedi l’accesso
access-helpdesk-queue = Coda del servizio di assistenza
access-my-requests = Le mie richieste di accesso
# Le parole tra virgolette sono il nome del pulsante access-request-button.
access-none-yet = Non ha ancora richieste di accesso. Faccia clic su «{ access-request-button }» per chiedere l’accesso a un’applicazione.
access-request-submitted = La Sua richiesta è stata inviata. Il servizio di assistenza dell’applicazione la esaminerà; riceverà un’e-mail con la decisione.

## Nuova richiesta, in quattro passaggi (templates/access_request.html)

# Titolo della scheda del browser; $step è il numero del passaggio, da 1 a 4.
access-request-title = Richiesta di accesso - Passaggio { $step }
access-request-heading = Nuova richiesta di accesso a un’applicazione
# Un passaggio nell’elenco dei passaggi e come intestazione di un passaggio: $n è il suo numero
# (da 1 a 4), $label il nome del passaggio (access-step-application ... access-step-recap).
access-step-numbered = Passaggio { $n }: { $label }
access-step-application = Seleziona l’applicazione
access-step-organisation = Seleziona l’organizzazione
access-step-profile = Seleziona il profilo di accesso
access-step-recap = Riepilogo e invio
# Pulsante che porta al passaggio $n (da 1 a 4). In inglese è scritto senza spazio («Step2»),
# come nella guida per l’utente; in italiano con lo spazio.
access-step-button = Passaggio { $n }
# Pulsante su una ERN o un paese nell’albero delle organizzazioni: mostra ciò che contiene.
access-open = Apri
# Aiuto sopra l’albero delle organizzazioni (ERN, poi paese, poi centro). La parola tra
# virgolette è il nome del pulsante access-open.
access-organisation-hint = Faccia clic su «{ access-open }» accanto alla Sua ERN, poi su «{ access-open }» accanto al paese del Suo centro e selezioni il pulsante rotondo accanto al Suo centro. Non basta selezionare solo una ERN o un paese: una richiesta senza centro verrebbe respinta.
# Didascalia della tabella che riassume la richiesta prima dell’invio.
access-summary = Riepilogo
# Intestazione di riga nel riepilogo del passaggio 4.
access-summary-profile = Profilo di accesso
access-submit = Invia la richiesta di accesso

## Servizio di assistenza (templates/access_helpdesk.html)

# Titolo della scheda del browser e intestazione della pagina del servizio di assistenza.
access-helpdesk-title = Servizio di assistenza
access-helpdesk-heading = Servizio di assistenza: richieste di accesso
# $applications: i nomi brevi delle applicazioni di cui si occupa questo utente del servizio di
# assistenza, separati da virgole («cpms, other»).
access-helpdesk-applications = Applicazioni: { $applications }
access-pending-heading = Richieste in attesa
access-requester = Richiedente
access-decision = Decisione
access-deny-reason-label = Motivo (obbligatorio per respingere)
access-approve = Approva
access-deny = Respingi
access-no-pending = Nessuna richiesta in attesa.
access-granted-heading = Accessi concessi
access-user = Utente
# Intestazione di tabella: quando è stato approvato l’accesso.
access-approved-on = Approvato il
# Intestazione nascosta della colonna dei pulsanti «Revoca», letta dagli screen reader.
access-action = Azione
access-revoke = Revoca
access-none-granted = Nessun accesso ancora concesso.
access-done-approved = La richiesta è stata approvata; il richiedente è stato informato via e-mail.
access-done-denied = La richiesta è stata respinta; il richiedente è stato informato via e-mail.
access-done-revoked = L’accesso è stato revocato; il richiedente è stato informato via e-mail.

## Rifiuti: pagine di errore e messaggi accanto al modulo

access-forbidden-title = Accesso negato
access-conflict-title = Operazione non possibile
access-unknown-step = Passaggio del modulo di richiesta sconosciuto.
access-choose-decision = Scelga «{ access-approve }» o «{ access-deny }».
access-select-application = Selezioni un’applicazione nel campo «{ access-application }».
access-unknown-application = Applicazione sconosciuta.
# $application: il nome breve inviato, ad esempio «cpms».
access-unknown-application-named = Applicazione «{ $application }» sconosciuta.
access-select-profile = Selezioni il Suo profilo di accesso.
access-unknown-profile = Questo profilo di accesso non esiste per l’applicazione selezionata.
# L’utente chiede di nuovo ciò che ha già chiesto: $application è il nome dell’applicazione,
# $profile il codice breve del profilo di accesso (HP), $centre il nome dell’ospedale.
access-already-pending = Ha già una richiesta in attesa per { $application } (profilo { $profile }, centro: { $centre }).
access-already-approved = Ha già una richiesta approvata per { $application } (profilo { $profile }, centro: { $centre }).
access-select-centre = Selezioni il Suo centro: faccia clic su «{ access-open }» accanto alla Sua ERN, poi accanto al paese del Suo centro, e selezioni il pulsante rotondo accanto al Suo centro.
access-unknown-organisation = L’organizzazione selezionata non esiste. Selezioni il Suo centro nell’elenco.
# $ern: il nome breve di una ERN, ad esempio «eUROGEN».
access-only-ern = Ha selezionato solo { $ern }. Faccia clic su «{ access-open }» accanto a { $ern }, poi accanto al paese del Suo centro, e selezioni il Suo centro: una richiesta senza centro verrebbe respinta.
# $country: il nome di un paese, $ern il nome breve di una ERN («Netherlands», «eUROGEN»).
access-only-country = Ha selezionato solo { $country } in { $ern }. Faccia clic su «{ access-open }» accanto a { $country } e selezioni il Suo centro: una richiesta senza centro verrebbe respinta.
# $max: il numero massimo di caratteri ammessi (2000).
access-comment-too-long = Il commento è troppo lungo: al massimo { $max } caratteri.
access-reason-too-long = Il motivo è troppo lungo: al massimo { $max } caratteri.
access-comment-not-allowed = Il commento contiene caratteri non ammessi.
access-reason-not-allowed = Il motivo contiene caratteri non ammessi.
access-helpdesk-only = Questa pagina è riservata al servizio di assistenza di un’applicazione.
access-not-helpdesk-of = Non fa parte del servizio di assistenza di questa applicazione.
access-not-own-request = Non può decidere sulla propria richiesta di accesso: deve farlo un altro membro del servizio di assistenza.
access-unknown-request = Richiesta di accesso sconosciuta.
access-reason-required = Indichi il motivo del rifiuto: il richiedente lo riceverà via e-mail.
# $status: lo stato della richiesta come appare nella tabella (access-status-approved, ...).
access-already-decided = Su questa richiesta è già stata presa una decisione (stato: { $status }).
# Il servizio di assistenza ha tentato di revocare una richiesta non approvata; $status è il suo
# stato (pending, denied o revoked).
access-revoke-not-approved = { $status ->
    [pending] Si può revocare solo un accesso approvato; questa richiesta è ancora in attesa.
    [denied] Si può revocare solo un accesso approvato; questa richiesta è stata respinta.
    [revoked] Si può revocare solo un accesso approvato; questo accesso è già stato revocato.
   *[other] Si può revocare solo un accesso approvato.
}
