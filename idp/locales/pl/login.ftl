# The provider's texts in Polish (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Logowanie
login-heading = Zaloguj się, aby kontynuować
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Witamy, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (to nie Ty?)
login-submit = Zaloguj się
login-cancel = Anuluj i wróć do aplikacji
login-choose-another = Wybierz inną metodę weryfikacji
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = podstawowy
login-level-medium = średni
login-level-high = wysoki

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Hasło
login-method-sms = Telefon komórkowy + SMS
login-method-app-pin = Kod PIN w aplikacji mobilnej
login-method-app-qr = Kod QR w aplikacji mobilnej
login-method-webauthn = Klucz bezpieczeństwa lub platforma zaufana
login-method-totp = Aplikacja uwierzytelniająca (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Aby usunąć wszystkie urządzenia, potwierdź swoją tożsamość, logując się ponownie.
login-reauth-devices = Aby dodać lub usunąć urządzenie mobilne, potwierdź swoją tożsamość, logując się ponownie.
login-reauth-phones = Aby dodać lub usunąć numer telefonu komórkowego, potwierdź swoją tożsamość, logując się ponownie.
login-reauth-security-keys = Aby dodać lub usunąć klucz bezpieczeństwa, potwierdź swoją tożsamość, logując się ponownie.
login-reauth-authenticator-apps = Aby dodać lub usunąć aplikację uwierzytelniającą, potwierdź swoją tożsamość, logując się ponownie.
login-reauth-delete-account = Aby usunąć konto, potwierdź swoją tożsamość, logując się ponownie.
login-reauth-sessions = Aby zakończyć sesję, potwierdź swoją tożsamość, logując się ponownie.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Zmiana sposobu logowania zawsze wymaga niedawnego zalogowania się.

## The identifier page (login_identifier.html)

login-client-uses = { $client } korzysta z usługi { $brand } do potwierdzenia Twojej tożsamości.
login-email-label = Użyj swojego adresu e-mail
login-email-required = Podaj adres e-mail swojego konta { $brand }.
login-remember = Zapamiętaj mnie na tym urządzeniu
login-next = Dalej
login-create-account = Utwórz konto

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } wymaga logowania z użyciem drugiej metody weryfikacji (poziom „{ $level }”).
login-password-label = Hasło
login-method-label = Wybierz metodę weryfikacji
login-method-hint = Numery telefonów komórkowych, urządzenia mobilne i klucze bezpieczeństwa dodaje się w sekcji „Moje konto” (menu z ikoną koła zębatego) po zalogowaniu się hasłem.
login-lost-password = Nie pamiętasz hasła?
login-method-invalid = Wybierz jedną z metod weryfikacji z listy.
login-invalid-credentials = Nieprawidłowy adres e-mail lub hasło
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Zbyt wiele nieudanych prób logowania przy użyciu tego adresu e-mail. W celu ochrony konta logowanie hasłem jest zablokowane do { $until } (za { $wait }). Jeśli nie pamiętasz hasła, ustaw nowe za pomocą linku „Nie pamiętasz hasła?”.
# $wait is a length of time ("5 minutes").
login-throttled = Zbyt wiele nieudanych prób logowania z Twojej sieci. Spróbuj ponownie za { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Metoda weryfikacji
login-password-accepted = Hasło zostało zaakceptowane.
# $method is one of login-method-*.
login-method-not-added = Ta metoda weryfikacji ({ $method }) nie została jeszcze dodana do Twojego konta.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Metoda „{ $method }” nie zapewnia poziomu wymaganego przez tę aplikację ({ $level }).
login-no-usable-method = Twoje konto nie ma jeszcze żadnej metody weryfikacji akceptowanej przez tę aplikację.
login-not-added-yet = Jeszcze niedodane do Twojego konta:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: zaloguj się hasłem, a następnie dodaj tę metodę w sekcji „Moje konto” (menu z ikoną koła zębatego).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } w sekcji „Moje konto”
# $method is one of login-method-*.
login-method-not-accepted = Ta aplikacja nie akceptuje metody „{ $method }”.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Wyślij kod weryfikacyjny SMS-em na numer
login-sms-send = Wyślij kod
login-sms-sent = Kod weryfikacyjny został wysłany SMS-em na Twój telefon komórkowy. Jego dostarczenie może potrwać do 8 minut.
# $wait is a length of time ("1 minute").
login-sms-next-code = Jeśli kod nie dotrze, możesz poprosić o nowy za { $wait }.
login-sms-resend = Wyślij nowy kod
login-sms-off = Ta usługa nie oferuje metody „Telefon komórkowy + SMS”.
login-sms-limited-title = Odczekaj chwilę, zanim poprosisz o nowy kod
# $wait is a length of time ("1 minute").
login-sms-limited = SMS został wysłany przed chwilą lub wysłano ich zbyt wiele. O nowy kod możesz poprosić za { $wait }.
login-sms-not-delivered = Nie udało się dostarczyć SMS-a z Twoim kodem na ten numer. Wyślij nowy kod lub wybierz inną metodę weryfikacji.
login-sms-choose-phone = Wybierz jeden z zarejestrowanych numerów telefonów komórkowych.
login-sms-wrong = Kod weryfikacyjny jest nieprawidłowy. { $remaining ->
    [one] Pozostała { $remaining } próba.
    [few] Pozostały { $remaining } próby.
    [many] Pozostało { $remaining } prób.
   *[other] Pozostało { $remaining } próby.
}
login-sms-dead = Ten kod weryfikacyjny utracił ważność (wygasł, został zastąpiony nowym lub wprowadzono zbyt wiele błędnych kodów). Wyślij nowy kod.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Aplikacja uwierzytelniająca
login-totp-intro = Otwórz aplikację uwierzytelniającą na telefonie i wpisz wyświetlany w niej 6-cyfrowy kod dla usługi { $brand }.
login-totp-code-label = Wpisz 6-cyfrowy kod
login-totp-wrong = Kod jest nieprawidłowy. Wpisz 6-cyfrowy kod, który aplikacja uwierzytelniająca wyświetla w tej chwili. { $remaining ->
    [one] Pozostała { $remaining } próba.
    [few] Pozostały { $remaining } próby.
    [many] Pozostało { $remaining } prób.
   *[other] Pozostało { $remaining } próby.
}
login-totp-reused = Ten kod został już użyty. Poczekaj, aż aplikacja uwierzytelniająca wyświetli nowy kod, i wpisz go. { $remaining ->
    [one] Pozostała { $remaining } próba.
    [few] Pozostały { $remaining } próby.
    [many] Pozostało { $remaining } prób.
   *[other] Pozostało { $remaining } próby.
}
login-totp-stopped = Wprowadzono zbyt wiele błędnych kodów. Ze względów bezpieczeństwa logowanie zostało przerwane: rozpocznij je ponownie w aplikacji.
login-totp-paused-title = Zbyt wiele błędnych kodów
# $wait is a length of time ("50 minutes").
login-totp-paused = Dla Twojego konta wprowadzono zbyt wiele błędnych kodów z aplikacji uwierzytelniającej. Możesz znów z niej skorzystać za { $wait }; w międzyczasie wybierz inną metodę weryfikacji.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Gdy przeglądarka o to poprosi, włóż klucz bezpieczeństwa i dotknij go albo odblokuj komputer lub telefon.
login-webauthn-start = Użyj klucza bezpieczeństwa
login-webauthn-off = W tej usłudze nie można używać kluczy bezpieczeństwa.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Na Twoje urządzenia mobilne wysłano prośbę o zalogowanie do aplikacji { $client }. Otwórz aplikację mobilną { $brand }, wybierz tę liczbę i wpisz kod PIN:
login-app-pin-waiting = Oczekiwanie na zatwierdzenie na urządzeniu mobilnym...
# A button shown only when the browser runs no script.
login-app-pin-continue = Kontynuuj po zatwierdzeniu
login-app-pin-resend = Wyślij nową prośbę
login-app-pin-approved = Zatwierdzono na urządzeniu mobilnym. Trwa logowanie...
login-app-pin-denied = Prośba została odrzucona na urządzeniu mobilnym.
login-app-pin-wrong-number = Liczba wybrana na urządzeniu mobilnym nie jest tą, która jest wyświetlana tutaj. Prośba została anulowana.
login-app-pin-expired = Prośba wygasła. Wyślij nową prośbę na urządzenie mobilne.
login-app-pin-limited-title = Zbyt wiele próśb
# $wait is a length of time ("1 minute").
login-app-pin-limited = Na Twoje urządzenia mobilne wysłano zbyt wiele próśb o zalogowanie. Spróbuj ponownie za { $wait } lub wybierz inną metodę weryfikacji.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Zeskanuj ten kod QR w aplikacji mobilnej { $brand } i wpisz w niej kod PIN. Telefon nie musi mieć dostępu do sieci.
# The text alternative of the QR code image.
login-app-qr-alt = Kod QR do zeskanowania w aplikacji mobilnej { $brand }
login-app-qr-paste = Nie możesz zeskanować kodu? Wklej ten tekst w aplikacji:
login-app-qr-code-label = Kod wygenerowany przez aplikację
login-app-qr-wrong = Kod jest nieprawidłowy. { $remaining ->
    [one] Pozostała { $remaining } próba.
    [few] Pozostały { $remaining } próby.
    [many] Pozostało { $remaining } prób.
   *[other] Pozostało { $remaining } próby.
}
login-app-qr-dead = Ten kod QR utracił ważność (wygasł lub wprowadzono zbyt wiele błędnych kodów). Wyświetlono nowy kod QR: zeskanuj go w aplikacji.
login-app-qr-locked-title = Urządzenie mobilne zablokowane
login-app-qr-locked = Twoje urządzenie mobilne zostało zablokowane po wprowadzeniu zbyt wielu błędnych kodów lub kodów PIN. Usuń je i dodaj ponownie w sekcji „Moje konto” albo wybierz inną metodę weryfikacji.

## Refusals of any sign-in step

login-expired-title = Ta strona logowania wygasła
login-expired = Strony logowania są ważne przez ograniczony czas i można z nich skorzystać tylko raz. Jeśli logowanie dotyczyło aplikacji, wróć do niej i zaloguj się ponownie; w przeciwnym razie zacznij od strony głównej.
login-form-incomplete = Formularz nie został wypełniony w całości. Wróć i spróbuj ponownie.
login-request-invalid = Żądanie wysłane przez aplikację jest nieprawidłowe, dlatego nie może zostać zrealizowane. Wróć do aplikacji i spróbuj ponownie.
login-already-completed = To logowanie zostało już zakończone.
login-redirect-invalid = Zarejestrowany adres URI przekierowania jest nieprawidłowy.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Wymagana silniejsza metoda weryfikacji
# $level is one of login-level-*.
login-step-up-needed = { $client } wymaga logowania na poziomie „{ $level }” (hasło i druga metoda weryfikacji, np. telefon komórkowy lub klucz bezpieczeństwa). Twoje konto nie ma jeszcze takiej metody.
login-step-up-hint = Dodaj numer telefonu komórkowego, urządzenie mobilne lub klucz bezpieczeństwa w sekcji „Moje konto”, a następnie wróć tutaj.
login-step-up-account = Dodaj metodę weryfikacji w sekcji „Moje konto”
login-return-to-app = Wróć do aplikacji

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Powrót do aplikacji
login-form-post-noscript = JavaScript jest wyłączony: naciśnij przycisk, aby kontynuować.
login-continue = Kontynuuj

## Signing out (logout.html)

login-logout-title = Wylogowanie
# $email is the address of the signed-in account.
login-logout-question-as = Czy chcesz wylogować się z usługi { $brand } jako { $email }?
login-logout-question = Czy chcesz wylogować się z usługi { $brand }?
login-logout-apps = Nastąpi również wylogowanie z aplikacji używanych w tej sesji.
login-logout-submit = Wyloguj się
login-signed-out-title = Wylogowano
login-signed-out = Wylogowano z usługi { $brand }.
login-sign-in-again = Zaloguj się ponownie
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = Parametr id_token_hint nie jest tokenem ID wydanym przez tego dostawcę tożsamości.
login-logout-client-mismatch = Parametr client_id nie odpowiada parametrowi id_token_hint.
login-logout-uri-unregistered = Adres post_logout_redirect_uri nie jest zarejestrowany dla tej aplikacji.
login-logout-uri-invalid = Adres post_logout_redirect_uri jest nieprawidłowy.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Co najmniej { $min } { $min ->
    [one] znak
    [few] znaki
    [many] znaków
   *[other] znaku
} (maksymalnie { $max }); dobre hasło to kilka niezwiązanych ze sobą słów
login-policy-rule-any = Dozwolone są spacje i dowolne znaki; nie trzeba łączyć różnych rodzajów znaków
login-policy-rule-common = Nie może to być hasło powszechnie używane ani takie, które wyciekło, ani łatwe do odgadnięcia (bez powtarzanych słów, rzędów klawiszy czy sekwencji)
login-policy-rule-personal = Nie może zawierać Twojego imienia, nazwiska ani adresu e-mail
# $length and $min are numbers of characters.
login-policy-too-short = Hasło jest za krótkie: { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaku
}, a wymagane jest co najmniej { $min }.
# $max is a number of characters.
login-policy-too-long = Hasło jest za długie: może mieć maksymalnie { $max } { $max ->
    [one] znak
    [few] znaki
    [many] znaków
   *[other] znaku
}.
login-policy-personal = Hasło nie może zawierać Twojego imienia, nazwiska ani adresu e-mail.
login-policy-common = To hasło jest zbyt popularne: występuje na listach haseł, które wyciekły.
login-policy-guessable = To hasło jest zbyt łatwe do odgadnięcia. Użyj kilku niezwiązanych ze sobą słów, np. krótkiego zdania, na które nikt inny by nie wpadł.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = To hasło jest zbyt łatwe do odgadnięcia: { $reason } Użyj kilku niezwiązanych ze sobą słów, np. krótkiego zdania, na które nikt inny by nie wpadł.
login-policy-why-keyboard-rows = rzędy sąsiednich klawiszy są łatwe do odgadnięcia.
login-policy-why-keyboard-patterns = krótkie wzory na klawiaturze są łatwe do odgadnięcia.
login-policy-why-repeats = powtórzenia typu „aaa” są łatwe do odgadnięcia.
login-policy-why-repeated-words = powtórzenia typu „abcabcabc” są tylko nieznacznie trudniejsze do odgadnięcia niż „abc”.
login-policy-why-top-10 = to jedno z 10 najpopularniejszych haseł.
login-policy-why-top-100 = to jedno ze 100 najpopularniejszych haseł.
login-policy-why-common = to bardzo popularne hasło.
login-policy-why-similar = jest podobne do często używanego hasła.
login-policy-why-sequences = sekwencje typu abc lub 6543 są łatwe do odgadnięcia.
login-policy-why-years = liczby oznaczające niedawne lata są łatwe do odgadnięcia.
login-policy-why-word = pojedyncze słowo jest łatwe do odgadnięcia.
login-policy-why-dates = daty są często łatwe do odgadnięcia.
login-policy-why-names = same imiona i nazwiska są łatwe do odgadnięcia.
login-policy-why-common-names = popularne imiona i nazwiska są łatwe do odgadnięcia.
