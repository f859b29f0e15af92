# The provider's texts in English: the reference catalogue. Every other language has exactly
# these ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Skip to main content
account-menu = Account menu
menu-my-account = My Account
menu-change-password = Change password
menu-logout = Logout
language-label = Language
language-change = Change language
language-title = Choose your language

## Error pages (http/errors.rs)

link-home = Home page
error-invalid-request = Invalid request
error-csrf-title = Invalid form
error-csrf = The form has expired or was not sent by this site. Please go back and try again.
error-not-found-title = Page not found
error-not-found = There is no page at this address. It may have been mistyped, or the page may have moved.
error-method-title = This address does not take this kind of request
error-method = Open the page from a link or the address bar, or go back to the form you came from and send it again.
error-server-title = Something went wrong
error-server = Something went wrong on our side. Please try again in a moment.
error-unavailable-title = Briefly unavailable
error-unavailable = The service cannot answer right now. Please try again in a moment.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
date-time = { $day } { $month } { $year }, { $time } UTC
date-unknown = unknown date
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
duration-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
duration-hours-minutes = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
error-no-client-id = The request has no client_id: the application that sent you here is misconfigured.
error-unknown-client = Unknown application: the client_id of this request is not registered here.
error-redirect-unregistered = The redirect_uri of this request is not registered for this application, so you cannot be sent back to it.
error-no-redirect-uri = The request has no redirect_uri.
error-cross-origin-title = Request refused
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = This form was not sent from { $brand }'s own pages, so it was not carried out. Please open { $brand } at { $issuer } and try again.
error-nul = The request contains a NUL character, which no parameter may contain.
error-too-large-title = Request too large
error-uri-too-long = The request URI is too long.
error-body-too-large = The request body is too large.
error-redirect-target = The redirect target is not valid.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

# Above a refused form: the heading of the list of what to correct (each item links to its field).
form-errors-title = There is a problem
