# The provider's texts in Polish (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 godzinę i 5 minut", "6 grudnia 2026 r., godz. 08:34 UTC".

## Words several account pages share

account-first-name = Imię
account-last-name = Nazwisko
account-email = Adres e-mail
account-language = Język
account-cancel = Anuluj
account-submit = Wyślij
account-save = Zapisz
account-delete = Usuń
account-sign-in = Zaloguj się
account-back = Moje konto
account-wait-title = Odczekaj chwilę, zanim poprosisz ponownie
account-link-invalid-title = Ten link jest już nieważny
account-check-email-title = Sprawdź pocztę e-mail
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = wygasł
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = nieznany

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Witamy, { $name }
account-home-signed-in = Zalogowano do usługi { $brand } jako { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Zalogowano do usługi { $brand } jako { $email } (poziom weryfikacji: { $level }).
account-home-change-password-hint = (w sekcji „Moje konto”, przy użyciu obecnego hasła)
account-home-forgot-password = Nie pamiętasz hasła?
account-home-sign-out = Wyloguj się
account-home-intro = Jedno konto do logowania się we wszystkich aplikacjach połączonych z usługą { $brand }.
account-home-register = Utwórz konto

## My Account (templates/account.html)

account-title = Moje konto
account-details-heading = Dane mojego konta
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (zewnętrzny)
account-level = Poziom weryfikacji tej sesji
account-needs-second-factor = Aplikacje takie jak CPMS wymagają drugiej metody weryfikacji: dodaj numer telefonu komórkowego, urządzenie mobilne, klucz bezpieczeństwa lub aplikację uwierzytelniającą.
account-menu-change-password = Zmień hasło
account-menu-details = Zmień moje dane osobowe
account-menu-delete = Usuń moje konto
account-menu-devices = Zarządzaj moimi urządzeniami mobilnymi
account-menu-phones = Zarządzaj moimi numerami telefonów komórkowych
account-menu-security-keys = Zarządzaj moimi kluczami bezpieczeństwa
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (dodano)
account-menu-authenticator-apps = Zarządzaj moimi aplikacjami uwierzytelniającymi
account-menu-sessions = Wyświetl moje sesje
account-menu-sessions-hint = Możesz przejrzeć sesje otwarte w odwiedzonych aplikacjach.
account-menu-delete-devices = Usuń wszystkie moje urządzenia
account-menu-delete-devices-hint = W przypadku nowego telefonu: usuwa wszystkie urządzenia mobilne, klucze bezpieczeństwa i aplikacje uwierzytelniające.
account-menu-activity = Aktywność
account-menu-activity-hint = Ostatnie zdarzenia związane z bezpieczeństwem Twojego konta.
account-notice-password = Hasło zostało zmienione. Pozostałe sesje zostały zakończone.
account-notice-details = Dane osobowe zostały zapisane.
account-notice-devices = Wszystkie urządzenia zostały usunięte. Możesz teraz dodać nowe urządzenie.
account-notice-session = Sesja została zakończona.
account-notice-sent-again = E-mail jest ponownie w drodze.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Niektóre e-maile do Ciebie nie dotarły
# $email: the account's address.
account-undelivered = Serwer pocztowy adresu { $email } odrzucił te e-maile lub nie udało się ich dostarczyć na czas. Jeśli Twoja skrzynka pocztowa była pełna lub adres się zmienił, najpierw to popraw, a potem wyślij je ponownie.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }”, { $when }
account-undelivered-send-again = Wyślij ponownie
account-undelivered-gone = Tego e-maila nie można wysłać ponownie: został już wysłany lub nie należy do Ciebie.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Zmień moje dane osobowe
account-first-name-missing = Podaj imię.
account-last-name-missing = Podaj nazwisko.
account-first-name-too-long = Imię może mieć maksymalnie 100 zwykłych znaków.
account-last-name-too-long = Nazwisko może mieć maksymalnie 100 zwykłych znaków.
account-language-invalid = Wybierz język z listy.

## Change password (templates/account_password.html)

account-password-title = Zmień hasło
account-password-wait = Ze względów bezpieczeństwa przed ponowną zmianą hasła musisz odczekać jeszcze { $wait }. W pilnych przypadkach skontaktuj się z pomocą techniczną.
account-password-rules = Nowe hasło musi spełniać następujące zasady:
account-password-current = Obecne hasło
account-password-new = Nowe hasło
account-password-confirm = Potwierdź nowe hasło
account-password-too-long = Hasło jest za długie.
account-password-wrong-current = Obecne hasło jest nieprawidłowe.
account-password-too-soon = Ze względów bezpieczeństwa przed ponowną zmianą hasła musisz odczekać jeszcze { $wait }. W pilnych przypadkach skontaktuj się z pomocą techniczną.
account-password-mismatch = Wpisane nowe hasła nie są identyczne.

## Delete my account (templates/account_delete.html)

account-delete-title = Usuń moje konto
account-delete-warning = Twoje konto { $brand } wraz z numerami telefonów, urządzeniami i kluczami bezpieczeństwa zostanie usunięte, a wszystkie aplikacje, do których zalogowano się za jego pomocą, zostaną o tym powiadomione. Tej operacji nie można cofnąć.
account-delete-confirm = Chcę usunąć moje konto { $brand }
account-delete-unconfirmed = Zaznacz pole wyboru, aby potwierdzić, że konto ma zostać usunięte.
account-deleted-title = Konto zostało usunięte
account-deleted = Twoje konto { $brand } i wszystkie powiązane z nim dane zostały usunięte.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Usuń wszystkie moje urządzenia
account-delete-devices-pending = Zgodnie z prośbą potwierdzoną e-mailem wszystkie metody weryfikacji Twojego konta zostaną usunięte { $when }.
account-delete-devices-none = Twoje konto nie ma żadnego urządzenia mobilnego, klucza bezpieczeństwa ani aplikacji uwierzytelniającej. Możesz je dodać w sekcji „Moje konto”.
account-delete-devices-now = Użyj tej opcji, jeśli masz nowy telefon: wszystkie urządzenia mobilne, klucze bezpieczeństwa i aplikacje uwierzytelniające Twojego konta zostaną usunięte. Następnie dodaj nowe urządzenie na stronie „Zarządzaj moimi urządzeniami mobilnymi”. Numery telefonów komórkowych zostaną zachowane.
account-delete-devices-why = W celu ochrony konta samo hasło nie wystarczy do usunięcia metod weryfikacji: każdy, kto by je poznał, mógłby wtedy dodać własne.
account-delete-devices-can-use = Nadal mogę użyć jednej z nich
account-delete-devices-can-use-text = Zaloguj się ponownie, używając starego telefonu, klucza bezpieczeństwa lub aplikacji uwierzytelniającej, a następnie usuń je wszystkie naraz.
account-delete-devices-reauth = Zaloguj się, używając metody weryfikacji
account-delete-devices-cannot-use = Nie mogę użyć żadnej z nich
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Wyślemy link na Twój adres e-mail. Po potwierdzeniu za jego pomocą wszystkie metody weryfikacji Twojego konta (urządzenia mobilne, klucze bezpieczeństwa, aplikacje uwierzytelniające i numery telefonów komórkowych) zostaną usunięte { $wait } później. Od razu otrzymasz powiadomienie e-mailem i do tego czasu możesz anulować usunięcie.
account-delete-devices-send-link = Wyślij mi link

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Usuń wszystkie metody weryfikacji
# $minutes: how long the link can be used.
account-recovery-sent = Link został wysłany na adres { $email }. Jest ważny przez { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}.
account-recovery-sent-next = Kliknij go, aby potwierdzić. Metody weryfikacji zostaną usunięte { $wait } po potwierdzeniu; do tego czasu możesz anulować usunięcie.
account-recovery-confirm-text = Wszystkie urządzenia mobilne, klucze bezpieczeństwa, aplikacje uwierzytelniające i numery telefonów komórkowych konta { $brand } { $email } zostaną usunięte { $wait } po potwierdzeniu. Otrzymasz powiadomienie e-mailem z linkiem umożliwiającym anulowanie.
account-recovery-confirm = Potwierdź
account-recovery-started-title = Usunięcie potwierdzone
account-recovery-started = Wszystkie metody weryfikacji Twojego konta zostaną usunięte { $when }.
account-recovery-started-next = Wysłaliśmy do Ciebie e-mail z linkiem umożliwiającym anulowanie. Po tym terminie zaloguj się hasłem i dodaj nowe urządzenie w sekcji „Moje konto”.
account-recovery-cancel-title = Anuluj usunięcie metod weryfikacji
account-recovery-due = Wszystkie metody weryfikacji Twojego konta mają zostać usunięte { $when }.
account-recovery-cancel = Anuluj usunięcie
account-recovery-cancel-hint = Jeśli ta prośba nie pochodzi od Ciebie, zmień również hasło: ktoś je zna.
account-recovery-cancelled-title = Usunięcie anulowane
account-recovery-cancelled = Nic nie zostało usunięte. Metody weryfikacji pozostają bez zmian.
account-recovery-nothing-title = Nie ma czego anulować
account-recovery-nothing = Usunięcie metod weryfikacji nie było zaplanowane.
account-recovery-invalid = Ten link wygasł, został już użyty lub zastąpiony nowszym.
account-recovery-start-again = Zacznij od nowa na stronie „Usuń wszystkie moje urządzenia”
account-recovery-paced = Przed chwilą wysłaliśmy e-mail z linkiem. O nowy możesz poprosić za { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Wyświetl moje sesje
account-sessions-title = Moje sesje
account-sessions-started = Rozpoczęcie
account-sessions-last-seen = Ostatnia aktywność
account-sessions-level = Poziom
account-sessions-from = Skąd
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Działanie
account-sessions-current = Ta sesja
account-sessions-end = Zakończ tę sesję
account-sessions-not-yours = Ta sesja nie należy do Ciebie lub została już zakończona.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Aktywność
account-activity-intro = Ostatnie zdarzenia związane z bezpieczeństwem Twojego konta.
account-activity-when = Kiedy
account-activity-what = Co
account-activity-from = Skąd
account-activity-details = Szczegóły
account-event-signin-success = Zalogowano
account-event-signin-failure = Nieudane logowanie
account-event-signed-out = Wylogowano
account-event-account-registered = Utworzono konto
account-event-account-locked = Zablokowano logowanie hasłem po zbyt wielu nieudanych próbach
account-event-password-set = Ustawiono lub zmieniono hasło
account-event-factor-added = Dodano metodę weryfikacji
account-event-factor-removed = Usunięto metodę weryfikacji
account-event-sms-sent = Wysłano SMS
account-event-device-locked = Zablokowano urządzenie mobilne (błędne kody PIN)
account-event-push-denied = Odrzucono prośbę o zalogowanie na urządzeniu mobilnym
account-event-push-wrong-number = Wybrano błędną liczbę na urządzeniu mobilnym
account-event-token-revoked = Aplikacja cofnęła dostęp
account-event-code-replayed = Kod logowania został użyty dwukrotnie: przyznany dzięki niemu dostęp został cofnięty
account-event-refresh-reused = Ponownie użyto starego tokenu dostępu: dostęp, do którego należał, został cofnięty
account-event-recovery-link-sent = Poproszono o usunięcie wszystkich metod weryfikacji (wysłano link e-mailem)
account-event-recovery-started = Potwierdzono usunięcie wszystkich metod weryfikacji (okres oczekiwania)
account-event-recovery-cancelled = Anulowano usunięcie wszystkich metod weryfikacji
account-event-access-requested = Złożono wniosek o dostęp
account-event-access-approved = Zatwierdzono wniosek o dostęp
account-event-access-denied = Odrzucono wniosek o dostęp
account-event-access-revoked = Cofnięto dostęp
account-event-message-undelivered = Nie dostarczono e-maila lub SMS-a
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "metoda: Telefon komórkowy + SMS, poziom średni, aplikacja: CPMS".
account-activity-factor-phone = numer telefonu komórkowego
account-activity-factor-mobile-device = urządzenie mobilne
account-activity-factor-security-key = klucz bezpieczeństwa
account-activity-factor-authenticator-app = aplikacja uwierzytelniająca
account-activity-factor-count = { $count ->
    [one] { $count } metoda weryfikacji
    [few] { $count } metody weryfikacji
    [many] { $count } metod weryfikacji
   *[other] { $count } metody weryfikacji
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }”
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }”
# $method is the verification method used (one of login-method-*).
account-activity-method = metoda: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = poziom { $level }
# $client is the name of the application signed in to.
account-activity-client = aplikacja: { $client }
account-activity-via-my-account = w sekcji „Moje konto”
account-activity-via-set-password = za pomocą linku z e-maila rejestracyjnego
account-activity-via-reset = za pomocą linku „Nie pamiętasz hasła?”
account-activity-via-recovery = po odzyskaniu konta
account-activity-purpose-sms-enrol = w celu potwierdzenia nowego numeru
account-activity-purpose-sms-login = w celu zalogowania
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = na numer { $phone }
account-activity-pin-failures = po { $count ->
    [one] { $count } błędnym kodzie PIN
    [few] { $count } błędnych kodach PIN
    [many] { $count } błędnych kodach PIN
   *[other] { $count } błędnych kodach PIN
}
account-activity-until = do { $when }
account-activity-on = dnia { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = profil dostępu { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = decyzja: { $name }
account-activity-by-helpdesk = decyzja: pomoc techniczna
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = powód: { $reason }
account-activity-reason-wrong-password = błędne hasło
account-activity-reason-no-password = nie ustawiono hasła
account-activity-reason-unknown-account = nieznane konto
account-activity-reason-locked = blokada
account-activity-reason-wrong-code = błędny kod
account-activity-reason-code-reused = ponownie użyty kod
account-activity-reason-too-many-codes = zbyt wiele kodów
account-activity-reason-too-many-codes-hour = zbyt wiele kodów w ciągu godziny
account-activity-reason-device-locked = urządzenie zablokowane
account-activity-reason-expired = prośba wygasła
account-activity-reason-not-verified = nie zweryfikowano odpowiedzi
account-activity-reason-already-registered = już zarejestrowano
account-activity-token-access = token dostępu
account-activity-token-refresh = token odświeżania
account-activity-grant-revoked = cofnięto uprawnienie
account-activity-family-revoked = cofnięto całą rodzinę tokenów

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Utwórz konto
account-register-intro = Zalecamy podanie służbowego adresu e-mail, którego używasz w swojej instytucji. Otrzymasz e-mail z linkiem do utworzenia hasła.
account-register-email-confirm = Potwierdź adres e-mail
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Język wiadomości e-mail
account-register-submit = Utwórz konto
account-register-sign-in = Masz już konto? Zaloguj się
account-register-thanks = Dziękujemy za rejestrację.
# $minutes: how long the link can be used.
account-register-sent = Na adres { $email } jest w drodze e-mail z linkiem do utworzenia hasła. Link jest ważny przez { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}. Wiadomość może dotrzeć dopiero po kilku minutach; sprawdź też folder ze spamem.
account-register-first-name-invalid = Imię jest za długie lub zawiera niedozwolone znaki.
account-register-last-name-invalid = Nazwisko jest za długie lub zawiera niedozwolone znaki.
account-register-email-invalid = Podaj prawidłowy adres e-mail, np. nazwa@szpital.eu.
account-register-email-mismatch = Wpisane adresy e-mail nie są identyczne.
account-register-throttled = Na ten adres niedawno wysłano e-mail lub z Twojej sieci wysłano zbyt wiele próśb. Możesz spróbować ponownie za { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Utwórz hasło
# $email is the address of the account whose password is being created.
account-set-password-account = Konto: { $email }
account-set-password-rules = Hasło musi spełniać następujące zasady:
account-set-password-new = Nowe hasło
account-set-password-confirm = Potwierdź nowe hasło
account-set-password-mismatch = Wpisane hasła nie są identyczne.
account-set-password-done-title = Hasło zostało ustawione
account-set-password-done = Hasło zostało zapisane. Możesz teraz zalogować się, używając adresu e-mail i tego hasła.
account-password-recent-title = Hasło zostało niedawno zmienione
account-password-recent = Ze względów bezpieczeństwa przed ponowną zmianą hasła musisz odczekać. Możesz je zmienić ponownie za { $wait }.
account-password-urgent = W pilnych przypadkach skontaktuj się z pomocą techniczną.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Nie pamiętasz hasła?
# $minutes: how long a link can be used.
account-forgot-expired = Ten link wygasł lub został już użyty. Linki są ważne przez { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
} i można ich użyć tylko raz.
account-forgot-again = Wpisz ponownie adres e-mail, aby otrzymać nowy link.
account-forgot-intro = Podaj adres e-mail swojego konta { $brand }. Wyślemy Ci link do ustawienia nowego hasła, ważny przez { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}.
account-forgot-submit = Wyślij mi link
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Jeśli z adresem { $email } jest powiązane konto { $brand }, wysłaliśmy na ten adres e-mail z linkiem do ustawienia hasła. Link jest ważny przez { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}. Jeśli wiadomość nie dotrze, możesz poprosić o nowy link za { $wait }.
