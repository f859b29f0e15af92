# The provider's texts in Bulgarian, translated from the reference catalogue
# (../en/main.ftl): the same ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Към основното съдържание
account-menu = Меню на профила
menu-my-account = Моят профил
menu-change-password = Промяна на паролата
menu-logout = Изход
language-label = Език
language-change = Промяна на езика
language-title = Изберете език

## Error pages (http/errors.rs)

link-home = Начална страница
error-invalid-request = Невалидна заявка
error-csrf-title = Невалиден формуляр
error-csrf = Формулярът е изтекъл или не е изпратен от този сайт. Върнете се назад и опитайте отново.
error-not-found-title = Страницата не е намерена
error-not-found = На този адрес няма страница. Възможно е адресът да е въведен грешно или страницата да е преместена.
error-method-title = Този адрес не приема такъв вид заявка
error-method = Отворете страницата чрез връзка или от адресната лента или се върнете към формуляра, от който сте дошли, и го изпратете отново.
error-server-title = Възникна грешка
error-server = Възникна грешка от наша страна. Моля, опитайте отново след малко.
error-unavailable-title = Временно недостъпно
error-unavailable = Услугата не може да отговори в момента. Моля, опитайте отново след малко.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
date-time = { $day } { $month } { $year } г., { $time } UTC
date-unknown = неизвестна дата
month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември
duration-minutes = { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}
duration-hours = { $hours ->
    [one] { $hours } час
   *[other] { $hours } часа
}
duration-hours-minutes = { $hours ->
    [one] { $hours } час
   *[other] { $hours } часа
} и { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}
error-no-client-id = Заявката не съдържа client_id: приложението, което ви е изпратило тук, е конфигурирано неправилно.
error-unknown-client = Неизвестно приложение: client_id на тази заявка не е регистриран тук.
error-redirect-unregistered = redirect_uri на тази заявка не е регистриран за това приложение, затова не можете да бъдете върнати към него.
error-no-redirect-uri = Заявката не съдържа redirect_uri.
error-cross-origin-title = Заявката е отказана
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Този формуляр не е изпратен от страниците на { $brand } и затова не е изпълнен. Отворете { $brand } на адрес { $issuer } и опитайте отново.
error-nul = Заявката съдържа знак NUL, какъвто не може да съдържа нито един параметър.
error-too-large-title = Твърде голяма заявка
error-uri-too-long = URI адресът на заявката е твърде дълъг.
error-body-too-large = Тялото на заявката е твърде голямо.
error-redirect-target = Целевият адрес за пренасочване не е валиден.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Има проблем
