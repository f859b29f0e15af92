# De teksten van de aanbieder in het Nederlands. De Engelse catalogus is de referentie: elke
# taal heeft precies dezelfde id's, met dezelfde placeholders (gecontroleerd door `i18n::tests`).

## Het paginakader (templates/base.html)

# Een link voor toetsenbordgebruikers, zichtbaar als hij de focus heeft: hij springt over de kop.
skip-to-content = Naar de hoofdinhoud
account-menu = Accountmenu
menu-my-account = Mijn account
menu-change-password = Wachtwoord wijzigen
menu-logout = Afmelden
language-label = Taal
language-change = Taal wijzigen
language-title = Kies uw taal

## Foutpagina's (http/errors.rs)

link-home = Startpagina
error-invalid-request = Ongeldig verzoek
error-csrf-title = Ongeldig formulier
error-csrf = Het formulier is verlopen of is niet door deze website verzonden. Ga terug en probeer het opnieuw.
error-not-found-title = Pagina niet gevonden
error-not-found = Op dit adres staat geen pagina. Misschien is het adres verkeerd getypt, of is de pagina verplaatst.
error-method-title = Dit adres aanvaardt dit soort verzoek niet
error-method = Open de pagina via een link of de adresbalk, of ga terug naar het formulier waar u vandaan kwam en verzend het opnieuw.
error-server-title = Er is iets misgegaan
error-server = Er is bij ons iets misgegaan. Probeer het over enkele ogenblikken opnieuw.
error-unavailable-title = Tijdelijk niet beschikbaar
error-unavailable = De dienst kan nu niet antwoorden. Probeer het over enkele ogenblikken opnieuw.

## Datums en tijdsduur (i18n::when, i18n::duration)

# Een tijdstip: $day en $year zijn getallen, $month de naam van de maand zoals in een datum
# (month-1 … month-12), $time "08:34". Tijden zijn in UTC.
date-time = { $day } { $month } { $year } om { $time } UTC
date-unknown = onbekende datum
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
duration-minutes = { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}
duration-hours = { $hours ->
    [one] { $hours } uur
   *[other] { $hours } uur
}
duration-hours-minutes = { $hours ->
    [one] { $hours } uur
   *[other] { $hours } uur
} { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}
error-no-client-id = Het verzoek bevat geen client_id: de toepassing die u hierheen heeft gestuurd, is verkeerd geconfigureerd.
error-unknown-client = Onbekende toepassing: de client_id van dit verzoek is hier niet geregistreerd.
error-redirect-unregistered = De redirect_uri van dit verzoek is niet geregistreerd voor deze toepassing, dus u kunt er niet naar worden teruggestuurd.
error-no-redirect-uri = Het verzoek bevat geen redirect_uri.
error-cross-origin-title = Verzoek geweigerd
# $issuer is het adres van de dienst, bv. https://login.example.org
error-cross-origin = Dit formulier is niet verzonden vanaf de pagina's van { $brand } en is daarom niet uitgevoerd. Open { $brand } op { $issuer } en probeer het opnieuw.
error-nul = Het verzoek bevat een NUL-teken, dat in geen enkele parameter mag voorkomen.
error-too-large-title = Verzoek te groot
error-uri-too-long = De URI van het verzoek is te lang.
error-body-too-large = De inhoud van het verzoek is te groot.
error-redirect-target = Het doel van de doorverwijzing is ongeldig.
# Een webadres op een eigen regel (in een e-mail).
link-alone = { $link }

form-errors-title = Er is een probleem
