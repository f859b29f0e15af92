# CPMS, the demo relying party: its texts in Polish. Every other language has exactly these
# ids, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.

## The page frame (templates/base.html)

site-name = Kliniczny system zarządzania pacjentami
skip-to-content = Przejdź do treści głównej
sign-out = Wyloguj się
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Język
language-title = Wybierz język
tab-home = Strona główna
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Strony ERN
nav-preferences = Preferencje
nav-panels = Panele
footer-networks = ERN eUROGEN · Europejskie sieci referencyjne · Demonstracyjna aplikacja korzystająca z logowania
footer-ecl = Zbudowano przy użyciu biblioteki Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licencja (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Zaloguj się ponownie
link-home = Przejdź do strony głównej CPMS

## The landing page (templates/index.html)

index-title = Witamy
index-heading = Witamy w CPMS
index-lead = Kliniczny system zarządzania pacjentami europejskich sieci referencyjnych.
index-requirement = Do zalogowania się potrzebne jest konto { $provider } z uwierzytelnianiem dwuskładnikowym (hasło oraz telefon komórkowy, aplikacja ECAS Mobile App lub klucz bezpieczeństwa).
index-sign-in = Zaloguj się przez { $provider }

## Home (templates/home.html)

home-title = Strona główna
# $name is the signed-in person's name.
home-welcome = Witamy, { $name }
home-role = Rola zawodowa
home-area = Obszar tematyczny
home-access = Twój dostęp
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Ośrodek
home-col-country = Kraj
home-col-profile = Profil
# In a cell of that table when the grant does not say.
home-not-stated = nie podano
home-ern-hint = Twoje preferencje i panele znajdują się w zakładce ERN.
home-ern-link = Otwórz zakładkę ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Twoja rola zawodowa
ern-area = Twój obszar tematyczny
ern-change = Możesz je zmienić w preferencjach.
ern-preferences-link = Zmień preferencje
ern-panels-link = Otwórz panele

## Preferences (templates/preferences.html)

preferences-title = Preferencje
preferences-first-heading = Witamy w CPMS: Twoje preferencje
preferences-first-intro = Logujesz się po raz pierwszy. Podaj swoją rolę zawodową (jest wyświetlana obok Twojego nazwiska w panelach) oraz obszar tematyczny eUROGEN, którego dotyczy Twój wniosek o dostęp.
preferences-role-label = Rola zawodowa
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Wyświetlana obok Twojego nazwiska w panelach, np. „urolog dziecięcy” (maksymalnie { $max } { $max ->
    [one] znak
    [few] znaki
    [many] znaków
   *[other] znaku
}).
preferences-area-legend = Obszar tematyczny
preferences-submit = Zaktualizuj preferencje
preferences-expired = Formularz wygasł. Wyślij go ponownie.
preferences-role-missing = Wpisz swoją rolę zawodową.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Rola zawodowa może mieć maksymalnie { $max } { $max ->
    [one] znak
    [few] znaki
    [many] znaków
   *[other] znaku
}.
preferences-role-control = Rola zawodowa nie może zawierać znaków sterujących.
preferences-area-unknown = Wybierz jeden z wymienionych obszarów tematycznych.

## Panels (templates/panels.html)

panels-title = Panele
panels-no-members = Brak członków.

## Without access: how to request it (templates/access_request.html)

access-title = Wniosek o dostęp
access-heading = Nie masz jeszcze dostępu do CPMS
access-no-access = Twoje konto { $provider } nie ma zatwierdzonego dostępu do CPMS. Złóż wniosek w systemie autoryzacji w sposób opisany poniżej.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Otwórz system autoryzacji
# "Request access": the provider's button (access-request-button).
access-step-start = W systemie autoryzacji (uwierzytelnianie dwuskładnikowe nie jest tam wymagane) kliknij „Poproś o dostęp”.
access-step-1 = Krok 1: wybierz aplikację „CPMS”, a następnie przejdź do kroku 2.
# “Open”: the provider's button (access-open).
access-step-2 = Krok 2: kliknij „Otwórz” obok swojej sieci ERN (np. eUROGEN), następnie „Otwórz” obok kraju, w którym znajduje się Twój ośrodek, i wybierz swój ośrodek. Nie zaznaczaj jedynie okrągłego przycisku obok sieci ERN: w ten sposób wybierasz sieć bez ośrodka, a wniosek zostanie odrzucony.
access-step-3 = Krok 3: wybierz profil dostępu „HP” (pracownik ochrony zdrowia).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Krok 4: sprawdź podsumowanie (aplikacja CPMS, Twój ośrodek, profil HP), w razie potrzeby dodaj komentarz i kliknij „Wyślij wniosek o dostęp”.
access-after-approval = Po zatwierdzeniu wniosku przez pomoc techniczną CPMS otrzymasz e-mail; wtedy zaloguj się ponownie.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Wymagane uwierzytelnianie dwuskładnikowe
acr-required = CPMS wymaga uwierzytelniania dwuskładnikowego (poziom średni).
acr-password-only = Zalogowano się tylko za pomocą hasła.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Zalogowano się tylko za pomocą hasła (poziom { $level }).
acr-how = Zaloguj się ponownie, używając hasła i drugiego składnika: kodu SMS wysłanego na telefon komórkowy, aplikacji ECAS Mobile App (kod PIN lub kod QR) albo klucza bezpieczeństwa. Jeśli nie masz jeszcze żadnego z nich, najpierw skonfiguruj go w usłudze { $provider }.

## Signing out (templates/logout.html)

logout-title = Wylogowanie
logout-question = Wylogować się z CPMS i z usługi { $provider }?
logout-submit = Wyloguj się
logout-stay = Nie wylogowuj
signout-refused-title = Odmowa wylogowania
signout-refused = Formularz wygasł. Spróbuj ponownie.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Logowanie wygasło
signin-expired-elsewhere = To logowanie wygasło lub zostało rozpoczęte w innej przeglądarce. Zaloguj się ponownie.
signin-expired-used = To logowanie wygasło lub zostało już zakończone. Zaloguj się ponownie.
signin-refused-title = Odmowa logowania
signin-refused-state = Odpowiedź usługi { $provider } nie dotyczy tego logowania. Zaloguj się ponownie.
signin-refused-issuer = Odpowiedź pochodzi od nieoczekiwanego dostawcy tożsamości. Zaloguj się ponownie.
signin-refused-no-code = Odpowiedź usługi { $provider } nie zawiera kodu autoryzacji. Zaloguj się ponownie.
signin-cancelled-title = Logowanie anulowane
signin-cancelled = Logowanie zostało anulowane, więc nie zalogowano Cię do CPMS. Możesz zalogować się ponownie w dowolnej chwili.
signin-incomplete-title = Logowanie niezakończone
signin-second-factor = CPMS wymaga uwierzytelniania dwuskładnikowego (poziom średni). Skonfiguruj drugi składnik (telefon komórkowy, aplikację ECAS Mobile App lub klucz bezpieczeństwa) w usłudze { $provider }, a następnie zaloguj się ponownie.
signin-incomplete = Usługa { $provider } nie mogła zakończyć logowania. Zaloguj się ponownie.
signin-unverified-title = Nie udało się zweryfikować logowania
signin-unverified = System CPMS nie mógł zweryfikować odpowiedzi usługi { $provider }. Zaloguj się ponownie.

## Error pages (http/errors.rs)

error-not-found-title = Nie znaleziono strony
error-not-found = Pod tym adresem nie ma żadnej strony. Jeśli adres został wpisany ręcznie, sprawdź go; w przeciwnym razie zacznij od strony głównej CPMS.
error-method-title = Ten adres nie obsługuje tego rodzaju żądań
error-method = Strona istnieje, ale nie obsługuje żądania wysłanego przez przeglądarkę. Przejdź do strony głównej CPMS i kontynuuj stamtąd.
error-server-title = Coś poszło nie tak
error-server = Spróbuj ponownie później.
