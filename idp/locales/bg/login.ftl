# The provider's texts in Bulgarian (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Вход
login-heading = Влезте, за да продължите
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Добре дошли, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (не сте вие?)
login-submit = Вход
login-cancel = Отказ и връщане към приложението
login-choose-another = Изберете друг метод за проверка
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = основно
login-level-medium = средно
login-level-high = високо

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Парола
login-method-sms = Мобилен телефон + SMS
login-method-app-pin = ПИН код в мобилното приложение
login-method-app-qr = QR код в мобилното приложение
login-method-webauthn = Ключ за сигурност или доверена платформа
login-method-totp = Приложение за удостоверяване (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = За да изтриете всички свои устройства, потвърдете, че това сте вие, като влезете отново.
login-reauth-devices = За да добавите или премахнете мобилно устройство, потвърдете, че това сте вие, като влезете отново.
login-reauth-phones = За да добавите или премахнете номер на мобилен телефон, потвърдете, че това сте вие, като влезете отново.
login-reauth-security-keys = За да добавите или премахнете ключ за сигурност, потвърдете, че това сте вие, като влезете отново.
login-reauth-authenticator-apps = За да добавите или премахнете приложение за удостоверяване, потвърдете, че това сте вие, като влезете отново.
login-reauth-delete-account = За да изтриете профила си, потвърдете, че това сте вие, като влезете отново.
login-reauth-sessions = За да прекратите сесия, потвърдете, че това сте вие, като влезете отново.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Промените в начина на влизане винаги изискват скорошен вход.

## The identifier page (login_identifier.html)

login-client-uses = { $client } използва { $brand }, за да ви идентифицира.
login-email-label = Използвайте адреса си на електронна поща
login-email-required = Въведете адреса на електронна поща на профила си в { $brand }.
login-remember = Запомни ме на това устройство
login-next = Напред
login-create-account = Създаване на профил

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } изисква вход с втори метод за проверка (ниво „{ $level }“).
login-password-label = Парола
login-method-label = Изберете метод за проверка
login-method-hint = Номерата на мобилни телефони, мобилните устройства и ключовете за сигурност се добавят в „Моят профил“ (менюто със зъбното колело), след като влезете с паролата си.
login-lost-password = Забравена парола?
login-method-invalid = Изберете един от методите за проверка в списъка.
login-invalid-credentials = Невалиден адрес на електронна поща или парола
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Твърде много неуспешни опити за вход с този адрес на електронна поща. За защита на профила входът с парола е блокиран до { $until } (след { $wait }). Ако сте забравили паролата си, изберете нова чрез „Забравена парола?“.
# $wait is a length of time ("5 minutes").
login-throttled = Твърде много неуспешни опити за вход от вашата мрежа. Опитайте отново след { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Метод за проверка
login-password-accepted = Паролата ви е приета.
# $method is one of login-method-*.
login-method-not-added = Все още не сте добавили този метод за проверка ({ $method }) към профила си.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Методът „{ $method }“ не достига нивото, което изисква това приложение ({ $level }).
login-no-usable-method = В профила ви все още няма метод за проверка, който това приложение приема.
login-not-added-yet = Все още не са добавени към профила ви:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: влезте с паролата си и след това го добавете от „Моят профил“ (менюто със зъбното колело).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } в „Моят профил“
# $method is one of login-method-*.
login-method-not-accepted = Това приложение не приема метода „{ $method }“.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Изпращане на код за потвърждение чрез SMS на номер
login-sms-send = Изпращане на кода
login-sms-sent = На мобилния ви телефон беше изпратен код за потвърждение чрез SMS. Получаването може да отнеме до 8 минути.
# $wait is a length of time ("1 minute").
login-sms-next-code = Ако не получите код, можете да поискате нов след { $wait }.
login-sms-resend = Изпращане на нов код
login-sms-off = Тази услуга не предлага метода „Мобилен телефон + SMS“.
login-sms-limited-title = Изчакайте, преди да поискате нов код
# $wait is a length of time ("1 minute").
login-sms-limited = Преди малко беше изпратено SMS съобщение или бяха изпратени твърде много. Можете да поискате нов код след { $wait }.
login-sms-not-delivered = SMS съобщението с вашия код не можа да бъде доставено на този номер. Изпратете нов код или изберете друг метод за проверка.
login-sms-choose-phone = Изберете един от регистрираните си номера на мобилен телефон.
login-sms-wrong = Кодът за потвърждение е грешен. { $remaining ->
    [one] Остава ви { $remaining } опит.
   *[other] Остават ви { $remaining } опита.
}
login-sms-dead = Този код за потвърждение вече не е валиден (изтекъл е, заменен е или е имало твърде много грешни опити). Изпратете нов код.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Приложение за удостоверяване
login-totp-intro = Отворете приложението за удостоверяване на телефона си и въведете 6-цифрения код, който то показва за { $brand }.
login-totp-code-label = Въведете 6-цифрения код
login-totp-wrong = Кодът е грешен. Въведете 6-цифрения код, който приложението за удостоверяване показва в момента. { $remaining ->
    [one] Остава ви { $remaining } опит.
   *[other] Остават ви { $remaining } опита.
}
login-totp-reused = Този код вече е използван. Изчакайте приложението за удостоверяване да покаже нов код и го въведете. { $remaining ->
    [one] Остава ви { $remaining } опит.
   *[other] Остават ви { $remaining } опита.
}
login-totp-stopped = Въведени са твърде много грешни кодове. За ваша сигурност този вход беше прекратен: започнете отначало от приложението.
login-totp-paused-title = Твърде много грешни кодове
# $wait is a length of time ("50 minutes").
login-totp-paused = За профила ви са въведени твърде много грешни кодове от приложение за удостоверяване. Можете да го използвате отново след { $wait }; междувременно изберете друг метод за проверка.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Когато браузърът ви поиска, поставете и докоснете ключа си за сигурност или отключете компютъра или телефона си.
login-webauthn-start = Използване на ключа за сигурност
login-webauthn-off = С тази услуга не могат да се използват ключове за сигурност.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = До мобилните ви устройства беше изпратена заявка за вход в { $client }. Отворете мобилното приложение { $brand }, изберете този номер и въведете своя ПИН код:
login-app-pin-waiting = Изчаква се одобрението ви на мобилното устройство...
# A button shown only when the browser runs no script.
login-app-pin-continue = Одобрих: продължаване
login-app-pin-resend = Изпращане на нова заявка
login-app-pin-approved = Одобрено на мобилното ви устройство. Влизане...
login-app-pin-denied = Заявката беше отхвърлена на мобилното ви устройство.
login-app-pin-wrong-number = Номерът, избран на мобилното ви устройство, не е този, който е показан тук. Заявката беше отменена.
login-app-pin-expired = Заявката е изтекла. Изпратете нова заявка до мобилното си устройство.
login-app-pin-limited-title = Твърде много заявки
# $wait is a length of time ("1 minute").
login-app-pin-limited = До мобилните ви устройства бяха изпратени твърде много заявки за вход. Опитайте отново след { $wait } или изберете друг метод за проверка.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Сканирайте този QR код с мобилното приложение { $brand } и въведете своя ПИН код в приложението. Това работи и без мрежова връзка на телефона ви.
# The text alternative of the QR code image.
login-app-qr-alt = QR код за сканиране с мобилното приложение { $brand }
login-app-qr-paste = Не можете да сканирате? Поставете този текст в приложението:
login-app-qr-code-label = Код, генериран от приложението ви
login-app-qr-wrong = Кодът е грешен. { $remaining ->
    [one] Остава ви { $remaining } опит.
   *[other] Остават ви { $remaining } опита.
}
login-app-qr-dead = Този QR код вече не е валиден (изтекъл е или са въведени твърде много грешни кодове). Показан е нов QR код: сканирайте го с приложението.
login-app-qr-locked-title = Мобилното устройство е блокирано
login-app-qr-locked = Мобилното ви устройство беше блокирано след твърде много грешни кодове или ПИН кодове. Изтрийте го и го добавете отново в „Моят профил“ или изберете друг метод за проверка.

## Refusals of any sign-in step

login-expired-title = Страницата за вход е изтекла
login-expired = Страниците за вход са валидни ограничено време и само веднъж. Ако сте влизали в приложение, върнете се към него и влезте отново; в противен случай започнете от началната страница.
login-form-incomplete = Формулярът не е попълнен изцяло. Върнете се назад и опитайте отново.
login-request-invalid = Заявката, изпратена от приложението, не е валидна и не може да бъде изпълнена. Върнете се към приложението и опитайте отново.
login-already-completed = Този вход вече е завършен.
login-redirect-invalid = Регистрираният URI адрес за пренасочване не е валиден.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Изисква се по-сигурен метод за проверка
# $level is one of login-level-*.
login-step-up-needed = { $client } изисква вход на ниво „{ $level }“ (парола и втори метод за проверка, например мобилен телефон или ключ за сигурност). В профила ви все още няма такъв метод.
login-step-up-hint = Добавете номер на мобилен телефон, мобилно устройство или ключ за сигурност в „Моят профил“ и след това се върнете.
login-step-up-account = Към „Моят профил“ за добавяне на метод за проверка
login-return-to-app = Връщане към приложението

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Връщане към приложението
login-form-post-noscript = JavaScript е изключен: натиснете бутона, за да продължите.
login-continue = Продължаване

## Signing out (logout.html)

login-logout-title = Изход
# $email is the address of the signed-in account.
login-logout-question-as = Искате ли да излезете от { $brand } като { $email }?
login-logout-question = Искате ли да излезете от { $brand }?
login-logout-apps = Ще излезете и от приложенията, които сте използвали в тази сесия.
login-logout-submit = Изход
login-signed-out-title = Излязохте
login-signed-out = Излязохте от { $brand }.
login-sign-in-again = Влезте отново
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = id_token_hint не е ID токен, издаден от този доставчик.
login-logout-client-mismatch = client_id не съответства на id_token_hint.
login-logout-uri-unregistered = post_logout_redirect_uri не е регистриран за това приложение.
login-logout-uri-invalid = post_logout_redirect_uri не е валиден.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Поне { $min } знака (най-много { $max }); няколко несвързани помежду си думи са добра парола
login-policy-rule-any = Разрешени са интервали и всякакви знаци; не се изисква комбинация от различни видове знаци
login-policy-rule-common = Да не е често използвана или компрометирана парола и да не е лесна за отгатване (без повтарящи се думи, редове от клавиатурата или последователности)
login-policy-rule-personal = Да не съдържа вашето име или адрес на електронна поща
# $length and $min are numbers of characters.
login-policy-too-short = Паролата е твърде кратка: { $length ->
    [one] { $length } знак
   *[other] { $length } знака
}, а са необходими поне { $min }.
# $max is a number of characters.
login-policy-too-long = Паролата е твърде дълга: допускат се най-много { $max } знака.
login-policy-personal = Паролата не трябва да съдържа вашето име или адрес на електронна поща.
login-policy-common = Тази парола е твърде разпространена: тя фигурира в списъци с компрометирани пароли.
login-policy-guessable = Тази парола е твърде лесна за отгатване. Опитайте с няколко несвързани думи, например кратко изречение, което само вие бихте написали.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Тази парола е твърде лесна за отгатване: { $reason } Опитайте с няколко несвързани думи, например кратко изречение, което само вие бихте написали.
login-policy-why-keyboard-rows = поредните клавиши от един ред се отгатват лесно.
login-policy-why-keyboard-patterns = кратките фигури от клавиатурата се отгатват лесно.
login-policy-why-repeats = повторения като „aaa“ се отгатват лесно.
login-policy-why-repeated-words = повторения като „abcabcabc“ се отгатват само малко по-трудно от „abc“.
login-policy-why-top-10 = това е една от 10-те най-често използвани пароли.
login-policy-why-top-100 = това е една от 100-те най-често използвани пароли.
login-policy-why-common = това е много често използвана парола.
login-policy-why-similar = тя прилича на често използвана парола.
login-policy-why-sequences = последователности като abc или 6543 се отгатват лесно.
login-policy-why-years = последните години се отгатват лесно.
login-policy-why-word = една-единствена дума се отгатва лесно.
login-policy-why-dates = датите често се отгатват лесно.
login-policy-why-names = самостоятелните имена и фамилии се отгатват лесно.
login-policy-why-common-names = разпространените имена и фамилии се отгатват лесно.
