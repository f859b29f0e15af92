# CPMS, il portale dimostrativo: i suoi testi in italiano. Ogni lingua ha esattamente gli stessi
# identificativi, con le stesse variabili.
#
# «CPMS» (Clinical Patient Management System) ed «eUROGEN» sono nomi: lasciarli invariati.
# { $provider } è il nome del fornitore di identità come si presenta (ad esempio «EU Login»); può
# essere usato in ogni messaggio. «ECAS Mobile App» è il nome dell’app mobile del fornitore.
# Le etichette delle pagine del fornitore (tra virgolette qui sotto) sono scritte come le mostrano
# le pagine del fornitore in italiano (idp/locales/it/access.ftl).

## La cornice delle pagine (templates/base.html)

site-name = Sistema di gestione clinica dei pazienti
skip-to-content = Vai al contenuto principale
sign-out = Esci
# Il selettore della lingua nell’intestazione: «Lingua: italiano (it)», letto dagli screen reader.
language-label = Lingua
language-title = Scelga la lingua
tab-home = Pagina iniziale
# L’abbreviazione di «rete di riferimento europea»: il nome di una scheda e un’intestazione.
tab-ern = ERN
# Il nome accessibile della navigazione nella scheda ERN (le sue pagine: Preferenze, Panel).
nav-ern = Pagine ERN
nav-preferences = Preferenze
nav-panels = Panel
footer-networks = ERN eUROGEN · Reti di riferimento europee · Portale dimostrativo
footer-ecl = Realizzato con l’Europa Component Library.
# Un link alla licenza della Europa Component Library.
footer-ecl-licence = Licenza (EUPL-1.2)

## Pulsanti e link presenti in più pagine

sign-in-again = Accedi di nuovo
link-home = Vai alla pagina iniziale di CPMS

## La pagina di ingresso (templates/index.html)

index-title = Benvenuti
index-heading = Benvenuti in CPMS
index-lead = Il sistema di gestione clinica dei pazienti delle reti di riferimento europee.
index-requirement = Per accedere è necessario { $provider } con autenticazione a due fattori (password più il Suo cellulare, l’ECAS Mobile App o una chiave di sicurezza).
index-sign-in = Accedi con { $provider }

## Pagina iniziale (templates/home.html)

home-title = Pagina iniziale
# $name è il nome della persona che ha effettuato l’accesso.
home-welcome = Le diamo il benvenuto, { $name }
home-role = Ruolo professionale
home-area = Area tematica
home-access = I Suoi accessi
# Le colonne della tabella degli accessi concessi alla persona.
home-col-ern = ERN
home-col-centre = Centro
home-col-country = Paese
home-col-profile = Profilo
# In una cella di quella tabella quando l’accesso concesso non lo indica.
home-not-stated = non indicato
home-ern-hint = Le Sue preferenze e i Suoi panel si trovano nella scheda ERN.
home-ern-link = Apri la scheda ERN

## La scheda ERN (templates/ern.html)

ern-title = ERN
# $ern è il nome della rete, ad esempio «eUROGEN».
ern-heading = ERN { $ern }
ern-role = Il Suo ruolo professionale
ern-area = La Sua area tematica
ern-change = Può modificarli nelle Sue preferenze.
ern-preferences-link = Modifica le preferenze
ern-panels-link = Apri i panel

## Preferenze (templates/preferences.html)

preferences-title = Preferenze
preferences-first-heading = Le diamo il benvenuto in CPMS: le Sue preferenze
preferences-first-intro = Questo è il Suo primo accesso. Indichi il Suo ruolo professionale (viene mostrato accanto al Suo nome nei panel) e l’area tematica di eUROGEN per cui ha chiesto l’accesso.
preferences-role-label = Ruolo professionale
# $max è il numero massimo di caratteri ammessi (100).
preferences-role-hint = Mostrato accanto al Suo nome nei panel, ad esempio «Urologo pediatrico» (al massimo { $max ->
    [one] { $max } carattere
   *[other] { $max } caratteri
}).
preferences-area-legend = Area tematica
preferences-submit = Aggiorna le preferenze
preferences-expired = Il modulo è scaduto. Lo invii di nuovo.
preferences-role-missing = Indichi il Suo ruolo professionale.
# $max è il numero massimo di caratteri ammessi (100).
preferences-role-too-long = Il ruolo professionale può contenere al massimo { $max ->
    [one] { $max } carattere
   *[other] { $max } caratteri
}.
preferences-role-control = Il ruolo professionale non può contenere caratteri di controllo.
preferences-area-unknown = Scelga una delle aree tematiche elencate.

## Panel (templates/panels.html)

panels-title = Panel
panels-no-members = Nessun membro per il momento.

## Senza accesso: come richiederlo (templates/access_request.html)

access-title = Richiedi l’accesso
access-heading = Non ha ancora accesso a CPMS
access-no-access = Il Suo account { $provider } non ha alcun accesso approvato a CPMS. Lo richieda nel sistema di autorizzazione, come segue.
# Il link al sistema di autorizzazione del fornitore (un sito separato del fornitore).
access-open-link = Apri il sistema di autorizzazione
# «Richiedi l’accesso»: il pulsante del fornitore (access-request-button).
access-step-start = Nel sistema di autorizzazione (in cui l’autenticazione a due fattori non è richiesta), faccia clic su «Richiedi l’accesso».
access-step-1 = Passaggio 1: selezioni l’applicazione «CPMS», poi vada al passaggio 2.
# «Apri»: il pulsante del fornitore (access-open).
access-step-2 = Passaggio 2: faccia clic su «Apri» accanto alla Sua ERN (ad esempio eUROGEN), poi su «Apri» accanto al paese del Suo centro, e selezioni il Suo centro. Non selezioni solo il pulsante rotondo accanto alla ERN: in questo modo selezionerebbe la rete senza il Suo centro e la richiesta verrebbe respinta.
access-step-3 = Passaggio 3: selezioni il profilo di accesso «HP» (professionista sanitario).
# «Invia la richiesta di accesso»: il pulsante del fornitore (access-submit).
access-step-4 = Passaggio 4: controlli il riepilogo (applicazione CPMS, il Suo centro, profilo HP), aggiunga un commento se necessario e faccia clic su «Invia la richiesta di accesso».
access-after-approval = Quando il servizio di assistenza di CPMS avrà approvato la Sua richiesta, riceverà un’e-mail; acceda quindi di nuovo.

## Autenticazione a due fattori richiesta (templates/acr_refused.html)

acr-title = Autenticazione a due fattori richiesta
acr-required = CPMS richiede l’autenticazione a due fattori (livello medio).
acr-password-only = Ha effettuato l’accesso solo con la password.
# $level è il livello di autenticazione comunicato dal fornitore, un indirizzo web.
acr-password-only-level = Ha effettuato l’accesso solo con la password (livello { $level }).
acr-how = Acceda di nuovo con la password e un secondo fattore: un codice via SMS sul Suo cellulare, l’ECAS Mobile App (codice PIN o codice QR) o una chiave di sicurezza. Se non ne ha ancora nessuno, ne configuri prima uno in { $provider }.

## Uscita (templates/logout.html)

logout-title = Esci
logout-question = Uscire da CPMS e da { $provider }?
logout-submit = Esci
logout-stay = Non uscire
signout-refused-title = Uscita rifiutata
signout-refused = Il modulo è scaduto. Riprovi.

## La fine di un accesso (http/auth.rs, mostrata in templates/message.html)

signin-expired-title = Accesso scaduto
signin-expired-elsewhere = Questo accesso è scaduto oppure è stato avviato in un altro browser. Acceda di nuovo.
signin-expired-used = Questo accesso è scaduto oppure è già stato completato. Acceda di nuovo.
signin-refused-title = Accesso rifiutato
signin-refused-state = La risposta di { $provider } non appartiene a questo accesso. Acceda di nuovo.
signin-refused-issuer = La risposta proviene da un fornitore di identità inatteso. Acceda di nuovo.
signin-refused-no-code = La risposta di { $provider } non contiene alcun codice di autorizzazione. Acceda di nuovo.
signin-cancelled-title = Accesso annullato
signin-cancelled = Ha annullato la procedura di accesso a CPMS. Acceda di nuovo quando lo desidera.
signin-incomplete-title = Accesso non completato
signin-second-factor = CPMS richiede l’autenticazione a due fattori (livello medio). Configuri un secondo fattore (cellulare, ECAS Mobile App o chiave di sicurezza) in { $provider }, poi acceda di nuovo.
signin-incomplete = { $provider } non è riuscito a completare l’accesso. Acceda di nuovo.
signin-unverified-title = Non è stato possibile verificare l’accesso
signin-unverified = CPMS non è riuscito a verificare la risposta di { $provider }. Acceda di nuovo.

## Pagine di errore (http/errors.rs)

error-not-found-title = Pagina non trovata
error-not-found = A questo indirizzo non esiste alcuna pagina. Se lo ha digitato, lo controlli; altrimenti ricominci dalla pagina iniziale di CPMS.
error-method-title = Questo indirizzo non accetta questo tipo di richiesta
error-method = La pagina esiste, ma non per ciò che il browser ha inviato. Vada alla pagina iniziale di CPMS e prosegua da lì.
error-server-title = Si è verificato un errore
error-server = Riprovi più tardi.
