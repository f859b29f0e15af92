# Teksty dostawcy tożsamości po polsku (main). Identyfikatory i zmienne jak w katalogu
# angielskim (sprawdzane przez `i18n::tests`).

## Ramka strony (templates/base.html)

# Link dla użytkowników klawiatury, widoczny po uzyskaniu fokusu: przeskakuje nagłówek.
skip-to-content = Przejdź do treści głównej
account-menu = Menu konta
menu-my-account = Moje konto
menu-change-password = Zmień hasło
menu-logout = Wyloguj się
language-label = Język
language-change = Zmień język
language-title = Wybierz język

## Strony błędów (http/errors.rs)

link-home = Strona główna
error-invalid-request = Nieprawidłowe żądanie
error-csrf-title = Nieprawidłowy formularz
error-csrf = Formularz wygasł lub nie został wysłany z tej witryny. Wróć i spróbuj ponownie.
error-not-found-title = Nie znaleziono strony
error-not-found = Pod tym adresem nie ma żadnej strony. Adres mógł zostać błędnie wpisany lub strona została przeniesiona.
error-method-title = Ten adres nie obsługuje tego rodzaju żądań
error-method = Otwórz stronę za pomocą linku lub paska adresu albo wróć do formularza, z którego korzystasz, i wyślij go ponownie.
error-server-title = Coś poszło nie tak
error-server = Wystąpił błąd po naszej stronie. Spróbuj ponownie za chwilę.
error-unavailable-title = Chwilowo niedostępne
error-unavailable = Usługa nie może teraz odpowiedzieć. Spróbuj ponownie za chwilę.

## Daty i okresy (i18n::when, i18n::duration)

# Data: „6 grudnia 2026 r., godz. 08:34 UTC”. Nazwy miesięcy w dopełniaczu.
date-time = { $day } { $month } { $year } r., godz. { $time } UTC
date-unknown = nieznana data
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
# Okresy w bierniku: występują w zdaniach typu „za 1 godzinę”, „ważny przez 1 minutę”.
duration-minutes = { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
duration-hours = { $hours ->
    [one] { $hours } godzinę
    [few] { $hours } godziny
    [many] { $hours } godzin
   *[other] { $hours } godziny
}
duration-hours-minutes = { $hours ->
    [one] { $hours } godzinę
    [few] { $hours } godziny
    [many] { $hours } godzin
   *[other] { $hours } godziny
} i { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
error-no-client-id = Żądanie nie zawiera parametru client_id: aplikacja, która Cię tu przekierowała, jest nieprawidłowo skonfigurowana.
error-unknown-client = Nieznana aplikacja: parametr client_id tego żądania nie jest tu zarejestrowany.
error-redirect-unregistered = Parametr redirect_uri tego żądania nie jest zarejestrowany dla tej aplikacji, dlatego nie można Cię do niej przekierować.
error-no-redirect-uri = Żądanie nie zawiera parametru redirect_uri.
error-cross-origin-title = Odrzucono żądanie
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Ten formularz nie został wysłany ze stron usługi { $brand }, dlatego nie został przetworzony. Otwórz usługę { $brand } pod adresem { $issuer } i spróbuj ponownie.
error-nul = Żądanie zawiera znak NUL, którego nie może zawierać żaden parametr.
error-too-large-title = Zbyt duże żądanie
error-uri-too-long = Identyfikator URI żądania jest za długi.
error-body-too-large = Treść żądania jest zbyt duża.
error-redirect-target = Docelowy adres przekierowania jest nieprawidłowy.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Wystąpił problem
