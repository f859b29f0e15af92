# The provider's texts in Bulgarian (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Собствено име
account-last-name = Фамилия
account-email = Електронна поща
account-language = Език
account-cancel = Отказ
account-submit = Изпращане
account-save = Запазване
account-delete = Изтриване
account-sign-in = Вход
account-back = Моят профил
account-wait-title = Изчакайте, преди да опитате отново
account-link-invalid-title = Тази връзка вече не е валидна
account-check-email-title = Проверете електронната си поща
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = изтекло
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = неизвестно

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Добре дошли, { $name }
account-home-signed-in = Влезли сте в { $brand } като { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Влезли сте в { $brand } като { $email } (ниво на проверка: { $level }).
account-home-change-password-hint = (в „Моят профил“, с текущата ви парола)
account-home-forgot-password = Забравена парола?
account-home-sign-out = Изход
account-home-intro = Един профил за вход във всички приложения, свързани с { $brand }.
account-home-register = Създаване на профил

## My Account (templates/account.html)

account-title = Моят профил
account-details-heading = Данни на моя профил
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (външен)
account-level = Ниво на проверка на тази сесия
account-needs-second-factor = Приложения като CPMS изискват втори метод за проверка: добавете номер на мобилен телефон, мобилно устройство, ключ за сигурност или приложение за удостоверяване.
account-menu-change-password = Промяна на паролата
account-menu-details = Промяна на личните ми данни
account-menu-delete = Изтриване на моя профил
account-menu-devices = Управление на моите мобилни устройства
account-menu-phones = Управление на моите номера на мобилни телефони
account-menu-security-keys = Управление на моите ключове за сигурност
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (добавени)
account-menu-authenticator-apps = Управление на моите приложения за удостоверяване
account-menu-sessions = Преглед на моите сесии
account-menu-sessions-hint = Можете да видите сесиите, отворени за посетените приложения.
account-menu-delete-devices = Изтриване на всички мои устройства
account-menu-delete-devices-hint = При нов телефон: премахва всички мобилни устройства, ключове за сигурност и приложения за удостоверяване.
account-menu-activity = Активност
account-menu-activity-hint = Скорошни събития, свързани със сигурността на профила ви.
account-notice-password = Паролата ви беше променена. Другите ви сесии бяха прекратени.
account-notice-details = Личните ви данни бяха запазени.
account-notice-devices = Всички ваши устройства бяха изтрити. Сега можете да добавите новото си устройство.
account-notice-session = Сесията беше прекратена.
account-notice-sent-again = Имейлът отново е на път.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Някои имейли не са достигнали до вас
# $email: the account's address.
account-undelivered = Пощенският сървър на { $email } отказа тези имейли или те не можаха да бъдат доставени навреме. Ако пощенската ви кутия е била пълна или адресът е променен, първо отстранете проблема, след това ги изпратете отново.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = „{ $subject }“, { $when }
account-undelivered-send-again = Изпращане отново
account-undelivered-gone = Този имейл не може да бъде изпратен отново: вече е изпратен или не е ваш.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Промяна на личните ми данни
account-first-name-missing = Въведете собственото си име.
account-last-name-missing = Въведете фамилията си.
account-first-name-too-long = Собственото име трябва да съдържа най-много 100 обикновени знака.
account-last-name-too-long = Фамилията трябва да съдържа най-много 100 обикновени знака.
account-language-invalid = Изберете език от списъка.

## Change password (templates/account_password.html)

account-password-title = Промяна на паролата
account-password-wait = От съображения за сигурност трябва да изчакате, преди да можете да промените паролата си отново (оставащо време: { $wait }). При спешност се свържете с бюрото за помощ.
account-password-rules = Новата ви парола трябва да отговаря на следните правила:
account-password-current = Текуща парола
account-password-new = Нова парола
account-password-confirm = Потвърдете новата парола
account-password-too-long = Паролата е твърде дълга.
account-password-wrong-current = Текущата ви парола е грешна.
account-password-too-soon = От съображения за сигурност трябва да изчакате, преди да промените паролата си отново (оставащо време: { $wait }). При спешност се свържете с бюрото за помощ.
account-password-mismatch = Двете нови пароли не съвпадат.

## Delete my account (templates/account_delete.html)

account-delete-title = Изтриване на моя профил
account-delete-warning = Профилът ви в { $brand } заедно с телефонните номера, устройствата и ключовете за сигурност към него ще бъде изтрит, а всички приложения, в които сте влезли, ще бъдат уведомени. Това действие е необратимо.
account-delete-confirm = Искам да изтрия профила си в { $brand }
account-delete-unconfirmed = Отбележете полето, за да потвърдите, че профилът ви трябва да бъде изтрит.
account-deleted-title = Профилът ви беше изтрит
account-deleted = Профилът ви в { $brand } и всичко, свързано с него, бяха изтрити.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Изтриване на всички мои устройства
account-delete-devices-pending = Всички методи за проверка на профила ви ще бъдат премахнати на { $when }, както поискахте по електронна поща.
account-delete-devices-none = В профила ви няма мобилно устройство, ключ за сигурност или приложение за удостоверяване. Добавете такова от „Моят профил“.
account-delete-devices-now = Използвайте тази възможност, когато имате нов телефон: всички мобилни устройства, ключове за сигурност и приложения за удостоверяване на профила ви се премахват. След това добавете новото си устройство от „Управление на моите мобилни устройства“. Номерата на мобилните ви телефони се запазват.
account-delete-devices-why = За да е защитен профилът ви, само с паролата не можете да премахнете методите си за проверка: всеки, който я е научил, би могъл след това да добави свои.
account-delete-devices-can-use = Все още мога да използвам някое от тях
account-delete-devices-can-use-text = Влезте отново със стария си телефон, ключ за сигурност или приложение за удостоверяване и след това ги изтрийте всички наведнъж.
account-delete-devices-reauth = Вход с метод за проверка
account-delete-devices-cannot-use = Не мога да използвам нито едно от тях
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Ще изпратим връзка на адреса ви на електронна поща. След като потвърдите чрез нея, всички методи за проверка на профила ви (мобилни устройства, ключове за сигурност, приложения за удостоверяване и номера на мобилни телефони) ще бъдат премахнати { $wait } по-късно. Веднага ще бъдете уведомени по електронна поща и дотогава можете да отмените премахването.
account-delete-devices-send-link = Изпратете ми връзката

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Премахване на всички методи за проверка
# $minutes: how long the link can be used.
account-recovery-sent = На { $email } беше изпратена връзка. Тя е валидна { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}.
account-recovery-sent-next = Последвайте я, за да потвърдите. Методите ви за проверка ще бъдат премахнати { $wait } след потвърждението и дотогава можете да отмените премахването.
account-recovery-confirm-text = Всички мобилни устройства, ключове за сигурност, приложения за удостоверяване и номера на мобилни телефони на профила { $email } в { $brand } ще бъдат премахнати { $wait } след потвърждението ви. Ще бъдете уведомени по електронна поща с връзка за отмяна.
account-recovery-confirm = Потвърждаване
account-recovery-started-title = Премахването е потвърдено
account-recovery-started = Всички методи за проверка на профила ви ще бъдат премахнати на { $when }.
account-recovery-started-next = Изпратен ви е имейл с връзка за отмяна. След този момент влезте с паролата си и добавете новото си устройство в „Моят профил“.
account-recovery-cancel-title = Отмяна на премахването на методите ви за проверка
account-recovery-due = Всички методи за проверка на профила ви ще бъдат премахнати на { $when }.
account-recovery-cancel = Отмяна на премахването
account-recovery-cancel-hint = Ако не сте поискали това, сменете и паролата си: някой я знае.
account-recovery-cancelled-title = Премахването е отменено
account-recovery-cancelled = Нищо не е премахнато. Методите ви за проверка остават непроменени.
account-recovery-nothing-title = Няма какво да бъде отменено
account-recovery-nothing = Не е имало предстоящо премахване на методите ви за проверка.
account-recovery-invalid = Връзката, която последвахте, е изтекла, вече е използвана или е заменена с по-нова.
account-recovery-start-again = Започнете отначало от „Изтриване на всички мои устройства“
account-recovery-paced = Преди малко беше изпратен имейл с връзка. Можете да поискате нов след { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Преглед на моите сесии
account-sessions-title = Моите сесии
account-sessions-started = Начало
account-sessions-last-seen = Последна активност
account-sessions-level = Ниво
account-sessions-from = От
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Действие
account-sessions-current = Тази сесия
account-sessions-end = Прекратяване на сесията
account-sessions-not-yours = Тази сесия не е ваша или вече е прекратена.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Активност
account-activity-intro = Най-скорошните събития, свързани със сигурността на профила ви.
account-activity-when = Кога
account-activity-what = Какво
account-activity-from = От
account-activity-details = Подробности
account-event-signin-success = Успешен вход
account-event-signin-failure = Неуспешен вход
account-event-signed-out = Изход
account-event-account-registered = Създаден профил
account-event-account-locked = Блокиран вход с парола след твърде много неуспешни опити
account-event-password-set = Зададена или променена парола
account-event-factor-added = Добавен метод за проверка
account-event-factor-removed = Премахнат метод за проверка
account-event-sms-sent = Изпратено SMS съобщение
account-event-device-locked = Блокирано мобилно устройство (грешни ПИН кодове)
account-event-push-denied = Отхвърлена заявка за вход на мобилно устройство
account-event-push-wrong-number = Избран грешен номер на мобилно устройство
account-event-token-revoked = Достъпът е отнет от приложение
account-event-code-replayed = Код за вход е използван два пъти: предоставеният с него достъп е отнет
account-event-refresh-reused = Повторно използван стар токен за достъп: достъпът, към който принадлежи, е отнет
account-event-recovery-link-sent = Поискано премахване на всички методи за проверка (изпратена връзка по електронна поща)
account-event-recovery-started = Потвърдено премахване на всички методи за проверка (период на изчакване)
account-event-recovery-cancelled = Отменено премахване на всички методи за проверка
account-event-access-requested = Поискан достъп
account-event-access-approved = Одобрена заявка за достъп
account-event-access-denied = Отхвърлена заявка за достъп
account-event-access-revoked = Отнет достъп
account-event-message-undelivered = Недоставен имейл или SMS съобщение
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = номер на мобилен телефон
account-activity-factor-mobile-device = мобилно устройство
account-activity-factor-security-key = ключ за сигурност
account-activity-factor-authenticator-app = приложение за удостоверяване
account-activity-factor-count = { $count ->
    [one] { $count } метод за проверка
   *[other] { $count } метода за проверка
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } „{ $name }“
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = „{ $name }“
# $method is the verification method used (one of login-method-*).
account-activity-method = метод: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = ниво: { $level }
# $client is the name of the application signed in to.
account-activity-client = за { $client }
account-activity-via-my-account = в „Моят профил“
account-activity-via-set-password = чрез връзката от имейла за регистрация
account-activity-via-reset = чрез връзка от „Забравена парола?“
account-activity-via-recovery = след възстановяване на профила
account-activity-purpose-sms-enrol = за потвърждаване на нов номер
account-activity-purpose-sms-login = за вход
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = на { $phone }
account-activity-pin-failures = след { $count ->
    [one] { $count } грешен ПИН код
   *[other] { $count } грешни ПИН кода
}
account-activity-until = до { $when }
account-activity-on = на { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = профил за достъп { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = от { $name }
account-activity-by-helpdesk = от бюрото за помощ
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = причина: { $reason }
account-activity-reason-wrong-password = грешна парола
account-activity-reason-no-password = няма зададена парола
account-activity-reason-unknown-account = неизвестен профил
account-activity-reason-locked = блокиран
account-activity-reason-wrong-code = грешен код
account-activity-reason-code-reused = повторно използван код
account-activity-reason-too-many-codes = твърде много кодове
account-activity-reason-too-many-codes-hour = твърде много кодове през този час
account-activity-reason-device-locked = блокирано устройство
account-activity-reason-expired = изтекла заявка
account-activity-reason-not-verified = отговорът не е проверен
account-activity-reason-already-registered = вече е регистриран
account-activity-token-access = токен за достъп
account-activity-token-refresh = токен за опресняване
account-activity-grant-revoked = отнето разрешение
account-activity-family-revoked = отнета верига от токени

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Създаване на профил
account-register-intro = За предпочитане е да използвате институционалния си адрес на електронна поща. Ще получите имейл с връзка за създаване на парола.
account-register-email-confirm = Потвърдете адреса на електронна поща
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Език на имейлите
account-register-submit = Създаване на профил
account-register-sign-in = Вече имате профил? Влезте
account-register-thanks = Благодарим ви за регистрацията.
# $minutes: how long the link can be used.
account-register-sent = Имейл с връзка за създаване на парола е на път към { $email }. Връзката е валидна { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}. Получаването може да отнеме няколко минути; проверете и папката за нежелана поща.
account-register-first-name-invalid = Собственото ви име е твърде дълго или съдържа непозволени знаци.
account-register-last-name-invalid = Фамилията ви е твърде дълга или съдържа непозволени знаци.
account-register-email-invalid = Въведете валиден адрес на електронна поща, например name@hospital.eu.
account-register-email-mismatch = Двата адреса на електронна поща не съвпадат.
account-register-throttled = Преди малко на този адрес беше изпратен имейл или от вашата мрежа бяха поискани твърде много. Можете да опитате отново след { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Създаване на парола
# $email is the address of the account whose password is being created.
account-set-password-account = Профил: { $email }
account-set-password-rules = Паролата ви трябва да отговаря на следните правила:
account-set-password-new = Нова парола
account-set-password-confirm = Потвърдете новата парола
account-set-password-mismatch = Двете пароли не съвпадат.
account-set-password-done-title = Паролата ви е зададена
account-set-password-done = Паролата ви е запазена. Вече можете да влезете с адреса си на електронна поща и тази парола.
account-password-recent-title = Наскоро сте променили паролата си
account-password-recent = От съображения за сигурност трябва да изчакате, преди да промените паролата си отново. Можете да я промените отново след { $wait }.
account-password-urgent = При спешност се свържете с бюрото за помощ.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Забравена парола?
# $minutes: how long a link can be used.
account-forgot-expired = Връзката, която последвахте, е изтекла или вече е използвана. Връзките са валидни { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
} и могат да се използват само веднъж.
account-forgot-again = Въведете отново адреса си на електронна поща, за да получите нова връзка.
account-forgot-intro = Въведете адреса на електронна поща на профила си в { $brand }. Ще ви изпратим връзка за избор на нова парола, валидна { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}.
account-forgot-submit = Изпратете ми връзка
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Ако за { $email } съществува профил в { $brand }, на този адрес е изпратен имейл с връзка за избор на парола. Връзката е валидна { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}. Ако не го получите, можете да поискате нов след { $wait }.
