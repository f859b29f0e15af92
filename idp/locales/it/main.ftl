# I testi del fornitore in italiano (tradotti dal catalogo di riferimento inglese).
# Ogni lingua ha esattamente gli stessi identificativi, con le stesse variabili.

## La cornice delle pagine (templates/base.html)

# Un link per chi usa la tastiera, visibile quando ha il focus: salta l’intestazione.
skip-to-content = Vai al contenuto principale
account-menu = Menu dell’account
menu-my-account = Il mio account
menu-change-password = Modifica password
menu-logout = Esci
language-label = Lingua
language-change = Cambia lingua
language-title = Scelga la lingua

## Pagine di errore (http/errors.rs)

link-home = Pagina iniziale
error-invalid-request = Richiesta non valida
error-csrf-title = Modulo non valido
error-csrf = Il modulo è scaduto o non è stato inviato da questo sito. Torni indietro e riprovi.
error-not-found-title = Pagina non trovata
error-not-found = A questo indirizzo non esiste alcuna pagina. L’indirizzo potrebbe contenere un errore di battitura, oppure la pagina potrebbe essere stata spostata.
error-method-title = Questo indirizzo non accetta questo tipo di richiesta
error-method = Apra la pagina da un link o dalla barra degli indirizzi, oppure torni al modulo da cui proviene e lo invii di nuovo.
error-server-title = Si è verificato un errore
error-server = Si è verificato un errore da parte nostra. Riprovi tra qualche istante.
error-unavailable-title = Temporaneamente non disponibile
error-unavailable = Il servizio non può rispondere in questo momento. Riprovi tra qualche istante.

## Date e durate (i18n::when, i18n::duration)

# Un momento: $day e $year sono numeri, $month il nome del mese come si scrive in una data
# (month-1 … month-12), $time «08:34». Gli orari sono in UTC.
date-time = { $day ->
    [1] 1º
   *[other] { $day }
} { $month } { $year }, ore { $time } UTC
date-unknown = data sconosciuta
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}
duration-hours = { $hours ->
    [one] { $hours } ora
   *[other] { $hours } ore
}
duration-hours-minutes = { $hours ->
    [one] { $hours } ora
   *[other] { $hours } ore
} e { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}
error-no-client-id = La richiesta non contiene alcun client_id: l’applicazione da cui proviene non è configurata correttamente.
error-unknown-client = Applicazione sconosciuta: il client_id di questa richiesta non è registrato qui.
error-redirect-unregistered = Il redirect_uri di questa richiesta non è registrato per questa applicazione, pertanto non è possibile tornare all’applicazione.
error-no-redirect-uri = La richiesta non contiene alcun redirect_uri.
error-cross-origin-title = Richiesta rifiutata
# $issuer è l’indirizzo del servizio, ad es. https://login.example.org
error-cross-origin = Questo modulo non è stato inviato dalle pagine di { $brand } e pertanto non è stato elaborato. Apra { $brand } all’indirizzo { $issuer } e riprovi.
error-nul = La richiesta contiene un carattere NUL, che nessun parametro può contenere.
error-too-large-title = Richiesta troppo grande
error-uri-too-long = L’URI della richiesta è troppo lungo.
error-body-too-large = Il corpo della richiesta è troppo grande.
error-redirect-target = La destinazione del reindirizzamento non è valida.
# Un indirizzo web su una riga a sé (in un’e-mail).
link-alone = { $link }

form-errors-title = Si è verificato un problema
