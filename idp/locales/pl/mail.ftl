# The provider's texts in Polish (mail); see main.ftl.
#
# The e-mails and SMS the provider sends, in the language of the account they are about
# (mail/messages.rs), the messages of the mobile app's API that the app shows its user
# (http/app_api.rs), and the development outbox page (templates/outbox.html).
#
# In the e-mails: $brand is the name of the service ("EU Login"), $email the e-mail address of
# the account, $link a web address. Keep every { $link } alone on its line, as here: mail
# programs make it a link. A line holding only {""} is a blank line between two paragraphs
# (the HTML part of the mail makes each paragraph a block): keep them where they are.

## Every e-mail

# The first line of every e-mail, followed by a blank line. $first_name and $last_name are the
# recipient's names.
mail-greeting = Dzień dobry, { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Wiadomość wysłana przez usługę { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Zarejestrowano Cię w usłudze { $brand }
# $duration: how long the link works, in words ("1 godzinę", "30 minut").
mail-registered-body =
    Zarejestrowano Cię w usłudze { $brand }.
    Twój adres e-mail to { $email }
    {""}
    Aby utworzyć hasło, kliknij poniższy link:
    {""}
    { $link }
    {""}
    Na utworzenie hasła masz maksymalnie { $duration } od chwili wysłania tej wiadomości, ale zalecamy zrobić to od razu, jeśli to możliwe. Po upływie tego czasu możesz ponownie skorzystać z tego samego linku, aby złożyć nową prośbę: trzeba będzie wtedy jeszcze raz wpisać adres e-mail i potwierdzić prośbę.
    {""}
    Jeśli powyższy link nie działa, skopiuj cały adres i wklej go w pasku adresu przeglądarki.
    {""}
    W razie problemów nie odpowiadaj na tę wiadomość, lecz skorzystaj z pomocy lub danych kontaktowych podanych w serwisie, w którym odbywała się rejestracja.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Twoje hasło w usłudze { $brand }
# $duration: how long the link works, in words ("1 godzinę", "30 minut").
mail-reset-body =
    Poproszono o nowe hasło do Twojego konta { $brand } o adresie { $email }.
    Aby ustawić nowe hasło, kliknij poniższy link:
    {""}
    { $link }
    {""}
    Link jest ważny przez { $duration } i można go użyć tylko raz. Jeśli ta prośba nie pochodzi od Ciebie, zignoruj tę wiadomość: hasło nie zostało zmienione.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Próba rejestracji przy użyciu Twojego adresu e-mail
mail-existing-body =
    Ktoś próbował zarejestrować się w usłudze { $brand }, podając Twój adres e-mail { $email }, do którego jest już przypisane konto.
    Jeśli to Ty i nie pamiętasz hasła, możesz ustawić nowe tutaj:
    {""}
    { $link }
    {""}
    Jeśli to nie Ty, zignoruj tę wiadomość: nic nie zostało zmienione.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: zbyt wiele nieudanych prób logowania
# $until: the date and time the block ends ("6 grudnia 2026 r., godz. 08:34 UTC").
mail-lockout-body =
    Odnotowano zbyt wiele nieudanych prób zalogowania się hasłem do Twojego konta { $brand } o adresie { $email }. W celu ochrony konta logowanie hasłem jest zablokowane do { $until }.
    {""}
    Jeśli to Ty i nie pamiętasz hasła, ustaw nowe tutaj; spowoduje to również zniesienie blokady:
    {""}
    { $link }
    {""}
    Jeśli to nie Ty, ktoś może próbować odgadnąć Twoje hasło: ustaw nowe, długie hasło za pomocą tego samego linku i sprawdź aktywność konta w sekcji „{ menu-my-account }”.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: zmiana na Twoim koncie
# Below the sentence that says what changed.
mail-changed-advice = Jeśli ta zmiana nie pochodzi od Ciebie, zaloguj się do usługi { $brand }, usuń w sekcji „{ menu-my-account }” wszystko, czego nie rozpoznajesz, zmień hasło i skontaktuj się z pomocą techniczną.
mail-change-password = Hasło do Twojego konta { $brand } zostało zmienione.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Do Twojego konta { $brand } dodano numer telefonu komórkowego { $number }.
mail-change-phone-removed = Z Twojego konta { $brand } usunięto numer telefonu komórkowego { $number }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Do Twojego konta { $brand } dodano urządzenie mobilne „{ $name }”.
mail-change-device-removed = Z Twojego konta { $brand } usunięto urządzenie mobilne „{ $name }”.
mail-change-device-locked = Twoje urządzenie mobilne „{ $name }” zostało zablokowane po wprowadzeniu zbyt wielu błędnych kodów PIN. Aby móc z niego korzystać, usuń je i dodaj ponownie w sekcji „{ menu-my-account }”.
mail-change-security-key-added = Do Twojego konta { $brand } dodano klucz bezpieczeństwa „{ $name }”.
mail-change-security-key-removed = Z Twojego konta { $brand } usunięto klucz bezpieczeństwa „{ $name }”.
mail-change-authenticator-app-added = Do Twojego konta { $brand } dodano aplikację uwierzytelniającą „{ $name }”.
mail-change-authenticator-app-removed = Z Twojego konta { $brand } usunięto aplikację uwierzytelniającą „{ $name }”.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Z Twojego konta { $brand } usunięto wszystkie urządzenia (1 urządzenie mobilne, klucz bezpieczeństwa lub aplikację uwierzytelniającą).
   *[other] Z Twojego konta { $brand } usunięto wszystkie urządzenia (urządzenia mobilne, klucze bezpieczeństwa i aplikacje uwierzytelniające – łącznie { $count }).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: Twoje konto zostało usunięte
mail-deleted-body = Zgodnie z Twoją prośbą Twoje konto { $brand } zostało usunięte.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: potwierdź usunięcie metod weryfikacji
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minut", "72 godziny").
mail-recovery-link-body =
    Ktoś zalogował się hasłem do Twojego konta { $brand } o adresie { $email } i poprosił o usunięcie wszystkich metod weryfikacji konta (urządzeń mobilnych, kluczy bezpieczeństwa, aplikacji uwierzytelniających i numerów telefonów komórkowych), ponieważ nie można już użyć żadnej z nich.
    {""}
    Jeśli to Ty, potwierdź prośbę za pomocą tego linku (ważnego przez { $duration }):
    {""}
    { $link }
    {""}
    Metody zostaną usunięte { $wait } po potwierdzeniu; do tego czasu możesz anulować usunięcie, a o wszystkim poinformujemy Cię e-mailem.
    {""}
    Jeśli to nie Ty, nie klikaj linku i zmień hasło: ktoś je zna.
mail-recovery-started-subject = { $brand }: Twoje metody weryfikacji zostaną usunięte
# $when: the date and time of the removal ("6 grudnia 2026 r., godz. 08:34 UTC").
mail-recovery-started-body =
    Wszystkie metody weryfikacji Twojego konta { $brand } o adresie { $email } (urządzenia mobilne, klucze bezpieczeństwa, aplikacje uwierzytelniające i numery telefonów komórkowych) zostaną usunięte { $when } zgodnie z prośbą złożoną i potwierdzoną z tej skrzynki pocztowej.
    {""}
    Jeśli ta prośba nie pochodzi od Ciebie, anuluj usunięcie teraz za pomocą tego linku, a następnie zmień hasło:
    {""}
    { $link }
    {""}
    Możesz je również anulować w sekcji „{ menu-my-account }” > „Usuń wszystkie moje urządzenia”.
mail-recovery-cancelled-subject = { $brand }: anulowano usunięcie Twoich metod weryfikacji
mail-recovery-cancelled-body = Usunięcie metod weryfikacji Twojego konta { $brand } zostało anulowane. Nic nie zostało usunięte.
mail-recovery-done-subject = { $brand }: Twoje metody weryfikacji zostały usunięte
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Zgodnie z Twoją prośbą usunięto wszystkie metody weryfikacji Twojego konta { $brand } (łącznie 1). Dodaj nowe urządzenie mobilne, klucz bezpieczeństwa lub numer telefonu w sekcji „{ menu-my-account }”.
   *[other] Zgodnie z Twoją prośbą usunięto wszystkie metody weryfikacji Twojego konta { $brand } (łącznie { $count }). Dodaj nowe urządzenie mobilne, klucz bezpieczeństwa lub numer telefonu w sekcji „{ menu-my-account }”.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Zatwierdzono Twój dostęp do aplikacji { $app }
mail-access-denied-subject = Odrzucono Twój wniosek o dostęp do aplikacji { $app }
mail-access-revoked-subject = Cofnięto Twój dostęp do aplikacji { $app }
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Twój wniosek o dostęp do aplikacji { $app } (profil dostępu { $profile }, organizacja { $centre }) został zatwierdzony przez pomoc techniczną aplikacji { $app }.
mail-access-denied = Twój wniosek o dostęp do aplikacji { $app } (profil dostępu { $profile }, organizacja { $centre }) został odrzucony przez pomoc techniczną aplikacji { $app }.
mail-access-revoked = Dostęp przyznany na podstawie Twojego wniosku o dostęp do aplikacji { $app } (profil dostępu { $profile }, organizacja { $centre }) został cofnięty przez pomoc techniczną aplikacji { $app }.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Komentarz pomocy technicznej: { $comment }
mail-access-reason = Powód: { $reason }
mail-access-sign-in = Możesz teraz logować się do aplikacji { $app } za pomocą konta { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Możesz teraz logować się do aplikacji { $app } za pomocą konta { $brand }:
mail-access-again = Nowy wniosek możesz złożyć na stronie { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Twoje wnioski: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it): with Polish letters the whole SMS holds 134 characters, of which the service's name
# and the code take up to 45. $code looks like "ABCD-EFGH": keep a space or a full stop on
# each side of it. $minutes is a number.
sms-code = Kod { $brand }: { $code }. Ważny { $minutes } min. Nie podawaj go nikomu.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Ten kod QR jest nieznany. Zeskanuj kod QR wyświetlany podczas dodawania urządzenia mobilnego w sekcji „{ menu-my-account }”.
app-token-not-valid = Ten kod QR został już użyty, wygasł lub został unieważniony z powodu błędnych kodów PIN. Dodaj urządzenie ponownie w sekcji „{ menu-my-account }”.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] Kod PIN różni się od wybranego w sekcji „{ menu-my-account }”. Pozostała 1 próba.
    [few] Kod PIN różni się od wybranego w sekcji „{ menu-my-account }”. Pozostały { $remaining } próby.
    [many] Kod PIN różni się od wybranego w sekcji „{ menu-my-account }”. Pozostało { $remaining } prób.
   *[other] Kod PIN różni się od wybranego w sekcji „{ menu-my-account }”. Pozostało { $remaining } próby.
}
app-unknown-device = To urządzenie nie jest (lub już nie jest) zarejestrowane.
app-bad-signature = Nie można zweryfikować podpisu urządzenia.
# $seconds: a number.
app-stale = Podpis urządzenia jest starszy niż { $seconds } s (lub zegar urządzenia jest źle ustawiony).
app-replayed = Ten podpis urządzenia został już użyty.
app-device-locked = To urządzenie zostało zablokowane po wprowadzeniu zbyt wielu błędnych kodów PIN. Usuń je i dodaj ponownie w sekcji „{ menu-my-account }”.
app-not-pending = Ta prośba wygasła lub została już obsłużona.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Błędny kod PIN. Pozostała 1 próba przed zablokowaniem urządzenia.
    [few] Błędny kod PIN. Pozostały { $remaining } próby przed zablokowaniem urządzenia.
    [many] Błędny kod PIN. Pozostało { $remaining } prób przed zablokowaniem urządzenia.
   *[other] Błędny kod PIN. Pozostało { $remaining } próby przed zablokowaniem urządzenia.
}
app-wrong-number = To nie jest liczba wyświetlana na stronie internetowej. Prośba została anulowana.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Prośba o zalogowanie z aplikacji { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Skrzynka nadawcza (tryb deweloperski)
outbox-hint = Tylko w trybie deweloperskim: wszystkie e-maile i SMS-y wysłane przez dostawcę tożsamości, od najnowszych.
outbox-empty = Skrzynka nadawcza jest pusta.
outbox-email = E-mail
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } do { $to }, wysłano { $when }
