# Udbyderens tekster på dansk. Det engelske katalog er referencen: alle sprog har præcis de
# samme id'er med de samme pladsholdere (kontrolleres af `i18n::tests`).

## Siderammen (templates/base.html)

# Et link til tastaturbrugere, der vises, når det har fokus: det springer over sidehovedet.
skip-to-content = Gå til hovedindhold
account-menu = Kontomenu
menu-my-account = Min konto
menu-change-password = Skift adgangskode
menu-logout = Log ud
language-label = Sprog
language-change = Skift sprog
language-title = Vælg dit sprog

## Fejlsider (http/errors.rs)

link-home = Forside
error-invalid-request = Ugyldig anmodning
error-csrf-title = Ugyldig formular
error-csrf = Formularen er udløbet eller blev ikke sendt fra dette websted. Gå tilbage, og prøv igen.
error-not-found-title = Siden blev ikke fundet
error-not-found = Der er ingen side på denne adresse. Adressen kan være skrevet forkert, eller siden kan være flyttet.
error-method-title = Denne adresse modtager ikke denne type anmodning
error-method = Åbn siden fra et link eller adresselinjen, eller gå tilbage til den formular, du kom fra, og send den igen.
error-server-title = Noget gik galt
error-server = Noget gik galt hos os. Prøv igen om lidt.
error-unavailable-title = Midlertidigt utilgængelig
error-unavailable = Tjenesten kan ikke svare lige nu. Prøv igen om lidt.

## Datoer og tidsrum (i18n::when, i18n::duration)

# Et tidspunkt: $day og $year er tal, $month navnet på måneden, som det skrives i en dato
# (month-1 … month-12), $time ”08:34”. Tidspunkter er i UTC.
date-time = { $day }. { $month } { $year } kl. { $time } UTC
date-unknown = ukendt dato
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
duration-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}
duration-hours = { $hours ->
    [one] { $hours } time
   *[other] { $hours } timer
}
duration-hours-minutes = { $hours ->
    [one] { $hours } time
   *[other] { $hours } timer
} { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}
error-no-client-id = Anmodningen har intet client_id: den applikation, der sendte dig hertil, er forkert konfigureret.
error-unknown-client = Ukendt applikation: anmodningens client_id er ikke registreret her.
error-redirect-unregistered = Anmodningens redirect_uri er ikke registreret for denne applikation, så du kan ikke sendes tilbage til den.
error-no-redirect-uri = Anmodningen har ingen redirect_uri.
error-cross-origin-title = Anmodningen blev afvist
# $issuer er tjenestens adresse, f.eks. https://login.example.org
error-cross-origin = Denne formular blev ikke sendt fra siderne i { $brand }, så den blev ikke udført. Åbn { $brand } på { $issuer }, og prøv igen.
error-nul = Anmodningen indeholder et NUL-tegn, som ingen parameter må indeholde.
error-too-large-title = Anmodningen er for stor
error-uri-too-long = Anmodningens URI er for lang.
error-body-too-large = Anmodningens indhold er for stort.
error-redirect-target = Omdirigeringsmålet er ugyldigt.
# En webadresse på sin egen linje (i en e-mail).
link-alone = { $link }

form-errors-title = Der er et problem
