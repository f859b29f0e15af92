# The provider's texts in English: the reference catalogue. Every other language has exactly
# these ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Gå till huvudinnehållet
account-menu = Kontomeny
menu-my-account = Mitt konto
menu-change-password = Byt lösenord
menu-logout = Logga ut
language-label = Språk
language-change = Byt språk
language-title = Välj språk

## Error pages (http/errors.rs)

link-home = Startsida
error-invalid-request = Ogiltig begäran
error-csrf-title = Ogiltigt formulär
error-csrf = Formuläret har gått ut eller skickades inte från den här webbplatsen. Gå tillbaka och försök igen.
error-not-found-title = Sidan hittades inte
error-not-found = Det finns ingen sida på den här adressen. Adressen kan vara felskriven, eller så har sidan flyttats.
error-method-title = Den här adressen tar inte emot den här typen av begäran
error-method = Öppna sidan via en länk eller adressfältet, eller gå tillbaka till formuläret du kom från och skicka det igen.
error-server-title = Något gick fel
error-server = Något gick fel hos oss. Försök igen om en stund.
error-unavailable-title = Tillfälligt otillgänglig
error-unavailable = Tjänsten kan inte svara just nu. Försök igen om en stund.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
date-time = { $day } { $month } { $year } kl. { $time } UTC
date-unknown = okänt datum
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
duration-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}
duration-hours = { $hours ->
    [one] { $hours } timme
   *[other] { $hours } timmar
}
duration-hours-minutes = { $hours ->
    [one] { $hours } timme
   *[other] { $hours } timmar
} { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}
error-no-client-id = Begäran saknar client_id: applikationen som skickade dig hit är felkonfigurerad.
error-unknown-client = Okänd applikation: den här begärans client_id är inte registrerat här.
error-redirect-unregistered = Den här begärans redirect_uri är inte registrerad för applikationen, så du kan inte skickas tillbaka dit.
error-no-redirect-uri = Begäran saknar redirect_uri.
error-cross-origin-title = Begäran avvisades
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Formuläret skickades inte från sidor som hör till { $brand }, så det behandlades inte. Öppna { $brand } på { $issuer } och försök igen.
error-nul = Begäran innehåller ett NUL-tecken, vilket ingen parameter får innehålla.
error-too-large-title = Begäran är för stor
error-uri-too-long = Begärans URI är för lång.
error-body-too-large = Begärans innehåll är för stort.
error-redirect-target = Omdirigeringsmålet är ogiltigt.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Det finns ett problem
