# The provider's texts in Polish (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Anuluj
factors-add = Dodaj
# Column header of a list of second factors: its name.
factors-name = Nazwa
# Column header: the date a second factor was added.
factors-added = Dodano
# Column header: the date a second factor was last used to sign in.
factors-last-used = Ostatnie użycie
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = nigdy
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Działanie

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Kod weryfikacyjny z SMS-a
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 liter i cyfr, np. XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Zarządzaj moimi numerami telefonów komórkowych
factors-phones-number = Numer telefonu komórkowego
factors-phones-delete = Usuń numer telefonu komórkowego
factors-phones-none = Na Twoim koncie nie zarejestrowano żadnego numeru telefonu komórkowego.
factors-phones-add = Dodaj numer telefonu komórkowego
factors-phones-hint = Dostarczanie SMS-ów zależy od umów między operatorami komórkowymi, więc wiadomości nie zawsze docierają; aplikacja mobilna { $brand } i klucz bezpieczeństwa są bardziej niezawodne.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Numer telefonu komórkowego { $number } został dodany.
factors-phones-deleted = Numer telefonu komórkowego został usunięty.
factors-phones-unknown = Nieznany numer telefonu komórkowego.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Dodaj numer telefonu komórkowego
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Format międzynarodowy z numerem kierunkowym kraju, np. dla Belgii: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Numer telefonu komórkowego { $number } jest już zarejestrowany na Twoim koncie.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Podaj numer telefonu komórkowego w formacie międzynarodowym z numerem kierunkowym kraju, np. dla Belgii: { $example }
factors-phone-no-plus = Numer musi zaczynać się od znaku plus i numeru kierunkowego kraju, np. dla Belgii: { $example }
factors-phone-not-digits = Po znaku plus numer telefonu może zawierać wyłącznie cyfry (dozwolone są spacje), np. { $example }
factors-phone-invalid = To nie jest prawidłowy międzynarodowy numer telefonu. Przykład dla Belgii: { $example }
factors-phone-not-in-plan = To nie jest prawidłowy międzynarodowy numer telefonu (nieznany numer kierunkowy kraju lub numer, który nie istnieje w planie numeracji tego kraju). Przykład dla Belgii: { $example }
factors-phone-not-mobile = Ten numer nie jest numerem telefonu komórkowego, więc nie może odbierać SMS-ów. Podaj numer telefonu komórkowego, np. dla Belgii: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Kod weryfikacyjny
factors-phone-finalise-heading = Kod weryfikacyjny wysłany SMS-em w celu dodania numeru telefonu komórkowego
factors-phone-finalise-intro = Wpisz kod weryfikacyjny wysłany SMS-em na Twój telefon komórkowy.
factors-phone-finalise-delay = Dostarczenie wiadomości na Twój telefon komórkowy może potrwać do 8 minut.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Jeśli kod nie dotrze, możesz za { $wait } poprosić o nowy, dodając numer ponownie.
factors-phone-finalise-number = Numer telefonu komórkowego
factors-phone-finalise-submit = Zakończ
factors-phone-code-dead = Ten kod weryfikacyjny utracił ważność (wygasł, został zastąpiony nowszym lub wprowadzono zbyt wiele błędnych kodów). Dodaj numer ponownie, aby otrzymać nowy kod.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Kod weryfikacyjny jest nieprawidłowy. { $remaining ->
    [one] Pozostała { $remaining } próba.
    [few] Pozostały { $remaining } próby.
    [many] Pozostało { $remaining } prób.
   *[other] Pozostało { $remaining } próby.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Zarządzaj moimi urządzeniami mobilnymi
factors-devices-name = Nazwa urządzenia
factors-devices-status = Stan
factors-devices-locked = Zablokowane (zbyt wiele błędnych kodów PIN): usuń je i dodaj ponownie
factors-devices-active = Aktywne
factors-devices-delete = Usuń urządzenie mobilne
factors-devices-none = Na Twoim koncie nie zarejestrowano żadnego urządzenia mobilnego.
factors-devices-add = Dodaj urządzenie mobilne
factors-devices-hint = Zainstaluj aplikację mobilną { $brand } na telefonie lub tablecie, a następnie dodaj urządzenie tutaj, skanując kod QR w aplikacji.
factors-devices-deleted = Urządzenie mobilne zostało usunięte.
factors-devices-unknown = Nieznane urządzenie mobilne.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Dodaj urządzenie mobilne
factors-device-add-intro = Nadaj urządzeniu mobilnemu nazwę, która pozwoli je rozpoznać, i ustaw kod PIN, którego będziesz na nim używać.
factors-device-add-name = Nazwa urządzenia
factors-device-add-pin = 4-cyfrowy kod PIN
factors-device-add-pin-hint = Unikaj prostych kodów PIN, takich jak 0000, 1111 czy 1234: nie są akceptowane.
factors-device-add-pin-confirm = Potwierdź kod PIN
factors-device-add-submit = Wyślij
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Nadaj urządzeniu mobilnemu nazwę o długości od 1 do { $max } znaków.
factors-pin-not-four-digits = Kod PIN musi składać się z dokładnie 4 cyfr.
factors-pin-mismatch = Wpisane kody PIN nie są identyczne.
factors-pin-too-easy = Ten kod PIN jest zbyt łatwy do odgadnięcia (np. 0000, 1234 lub 1111). Wybierz inny.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Otwórz aplikację mobilną { $brand } na urządzeniu „{ $name }”, wybierz opcję dodania konta i zeskanuj ten kod QR. Aplikacja poprosi następnie o wybrany przed chwilą kod PIN.
factors-device-enrol-qr-alt = Kod QR do zeskanowania w aplikacji mobilnej { $brand }
factors-device-enrol-paste = Nie możesz zeskanować kodu? Wklej ten tekst w aplikacji:
factors-device-enrol-validity = { $minutes ->
    [one] Kod QR jest ważny przez { $minutes } minutę i można go użyć tylko raz.
    [few] Kod QR jest ważny przez { $minutes } minuty i można go użyć tylko raz.
    [many] Kod QR jest ważny przez { $minutes } minut i można go użyć tylko raz.
   *[other] Kod QR jest ważny przez { $minutes } minuty i można go użyć tylko raz.
}
factors-device-enrol-waiting = Oczekiwanie na urządzenie mobilne...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Urządzenie zostało dodane
factors-device-enrol-expired = Kod QR wygasł. Dodaj urządzenie ponownie.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Zarządzaj moimi kluczami bezpieczeństwa
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Poziom
factors-keys-delete = Usuń klucz bezpieczeństwa
factors-keys-none = Na Twoim koncie nie zarejestrowano żadnego klucza bezpieczeństwa.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Dodaj klucz bezpieczeństwa lub platformę zaufaną
factors-keys-hint = Klucz bezpieczeństwa (np. klucz USB lub NFC) albo mechanizm uwierzytelniania wbudowany w komputer lub telefon (odcisk palca, rozpoznawanie twarzy lub blokada ekranu). Klucz z kodem PIN lub czytnikiem odcisku palca, który przechowuje swój sekret na urządzeniu, zapewnia najwyższy poziom weryfikacji.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Klucz bezpieczeństwa „{ $name }” został dodany.
factors-keys-deleted = Klucz bezpieczeństwa został usunięty.
factors-keys-unknown = Nieznany klucz bezpieczeństwa.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Dodaj klucz bezpieczeństwa
factors-key-add-heading = Dodaj klucz bezpieczeństwa lub platformę zaufaną
factors-key-add-intro = Nadaj kluczowi bezpieczeństwa nazwę, a następnie postępuj zgodnie z instrukcjami przeglądarki: włóż klucz i dotknij go albo odblokuj komputer lub telefon.
factors-key-add-name = Nazwa klucza bezpieczeństwa
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Nadaj kluczowi bezpieczeństwa nazwę o długości od 1 do { $max } znaków.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = To żądanie wygasło lub zostało już wykorzystane. Spróbuj ponownie.
factors-webauthn-not-verified = Nie udało się zweryfikować klucza bezpieczeństwa ani platformy zaufanej. Spróbuj ponownie lub wybierz inną metodę weryfikacji.
factors-webauthn-already-registered = Ten klucz bezpieczeństwa jest już zarejestrowany.
factors-webauthn-unsupported = Ta przeglądarka nie obsługuje kluczy bezpieczeństwa. Użyj innej metody weryfikacji.
factors-webauthn-follow = Postępuj zgodnie z instrukcjami przeglądarki: dotknij klucza bezpieczeństwa lub odblokuj urządzenie.
factors-webauthn-no-answer = Klucz bezpieczeństwa nie odpowiedział. Spróbuj ponownie lub wybierz inną metodę weryfikacji.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Zarządzaj moimi aplikacjami uwierzytelniającymi
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Aplikacja uwierzytelniająca na telefonie (np. FreeOTP, Google Authenticator, Microsoft Authenticator lub Aegis) co 30 sekund wyświetla nowy 6-cyfrowy kod. Możesz jej używać jako metody weryfikacji podczas logowania.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Usuń
factors-totp-none = Na Twoim koncie nie zarejestrowano żadnej aplikacji uwierzytelniającej.
factors-totp-add = Dodaj aplikację uwierzytelniającą
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Aplikacja uwierzytelniająca „{ $name }” została dodana. Możesz jej teraz używać do logowania.
factors-totp-deleted = Aplikacja uwierzytelniająca została usunięta.
factors-totp-unknown = Nieznana aplikacja uwierzytelniająca.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Dodaj aplikację uwierzytelniającą
factors-totp-add-intro = Nadaj tej aplikacji uwierzytelniającej nazwę, która pozwoli ją rozpoznać, np. nazwę telefonu.
factors-totp-add-name = Nazwa aplikacji uwierzytelniającej
factors-totp-add-next = Dalej
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Nadaj aplikacji uwierzytelniającej nazwę o długości od 1 do { $max } znaków.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Otwórz aplikację uwierzytelniającą na telefonie, dodaj konto i zeskanuj ten kod QR. Kod jest ważny przez { $minutes } minutę.
    [few] Otwórz aplikację uwierzytelniającą na telefonie, dodaj konto i zeskanuj ten kod QR. Kod jest ważny przez { $minutes } minuty.
    [many] Otwórz aplikację uwierzytelniającą na telefonie, dodaj konto i zeskanuj ten kod QR. Kod jest ważny przez { $minutes } minut.
   *[other] Otwórz aplikację uwierzytelniającą na telefonie, dodaj konto i zeskanuj ten kod QR. Kod jest ważny przez { $minutes } minuty.
}
factors-totp-enrol-qr-alt = Kod QR do zeskanowania w aplikacji uwierzytelniającej
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Nie możesz zeskanować kodu? Wpisz ten klucz w aplikacji ręcznie (oparty na czasie, 6 cyfr, co 30 sekund) dla konta { $account } w usłudze { $issuer }:
factors-totp-enrol-uri = Pokaż link zapisany w kodzie QR
factors-totp-code-label = Wpisz 6-cyfrowy kod
factors-totp-confirm = Potwierdź
factors-totp-enrol-gone = Ta aplikacja uwierzytelniająca nie oczekuje już na potwierdzenie (upłynął termin, została już potwierdzona lub wprowadzono zbyt wiele błędnych kodów). Dodaj ją ponownie.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Kod jest nieprawidłowy. Sprawdź, czy czas w telefonie jest ustawiony prawidłowo, i wpisz kod, który aplikacja wyświetla w tej chwili. { $remaining ->
    [one] Pozostała { $remaining } próba.
    [few] Pozostały { $remaining } próby.
    [many] Pozostało { $remaining } prób.
   *[other] Pozostało { $remaining } próby.
}
