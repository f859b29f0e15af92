# The provider's texts in Bulgarian (mail); see main.ftl.
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
# recipient's names (the last name is sometimes written in capitals); put them in the order
# your language uses in a formal letter.
mail-greeting = Здравейте, { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Изпратено от { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Регистрирани сте в { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    Регистрирани сте в { $brand }.
    Вашият адрес на електронна поща е { $email }
    {""}
    За да създадете паролата си, последвайте връзката по-долу:
    {""}
    { $link }
    {""}
    Разполагате с най-много { $duration } от изпращането на това съобщение, за да създадете паролата си, но ви препоръчваме да го направите веднага, ако е възможно. След изтичането на този срок можете да подадете нова заявка чрез същата връзка: тогава ще трябва да въведете отново адреса си на електронна поща и да потвърдите заявката си.
    {""}
    Ако връзката по-горе не работи, копирайте целия адрес и го поставете в адресната лента на браузъра си.
    {""}
    Ако имате проблем, не отговаряйте на това съобщение, а използвайте помощната информация или данните за контакт на сайта, на който сте се опитвали да се регистрирате.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Вашата парола за { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    Поискана е нова парола за профила { $email } в { $brand }.
    За да изберете нова парола, последвайте връзката по-долу:
    {""}
    { $link }
    {""}
    Връзката е валидна { $duration } и може да се използва само веднъж. Ако не сте поискали това, не обръщайте внимание на съобщението: паролата ви не е променена.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Опит за регистрация с вашия адрес на електронна поща
mail-existing-body =
    Някой се е опитал да се регистрира в { $brand } с вашия адрес на електронна поща { $email }, за който вече има профил.
    Ако сте били вие и не помните паролата си, можете да изберете нова тук:
    {""}
    { $link }
    {""}
    Ако не сте били вие, не обръщайте внимание на това съобщение: нищо не е променено.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: твърде много неуспешни опити за вход
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    Имаше твърде много неуспешни опити за вход с парола в профила ви { $email } в { $brand }. За защита на профила ви входът с парола е блокиран до { $until }.
    {""}
    Ако сте били вие и не помните паролата си, изберете нова тук; това прекратява и блокирането:
    {""}
    { $link }
    {""}
    Ако не сте били вие, възможно е някой да се опитва да отгатне паролата ви: изберете нова, дълга парола чрез същата връзка и проверете активността на профила си в „{ menu-my-account }“.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: профилът ви е променен
# Below the sentence that says what changed.
mail-changed-advice = Ако не сте направили това вие, влезте в { $brand }, премахнете в „{ menu-my-account }“ всичко, което не разпознавате, сменете паролата си и се свържете с бюрото за помощ.
mail-change-password = Паролата за профила ви в { $brand } беше променена.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Номерът на мобилен телефон { $number } беше добавен към профила ви в { $brand }.
mail-change-phone-removed = Номерът на мобилен телефон { $number } беше премахнат от профила ви в { $brand }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Мобилното устройство „{ $name }“ беше добавено към профила ви в { $brand }.
mail-change-device-removed = Мобилното устройство „{ $name }“ беше премахнато от профила ви в { $brand }.
mail-change-device-locked = Мобилното ви устройство „{ $name }“ беше блокирано след твърде много грешни ПИН кодове. За да го използвате, изтрийте го и го добавете отново в „{ menu-my-account }“.
mail-change-security-key-added = Ключът за сигурност „{ $name }“ беше добавен към профила ви в { $brand }.
mail-change-security-key-removed = Ключът за сигурност „{ $name }“ беше премахнат от профила ви в { $brand }.
mail-change-authenticator-app-added = Приложението за удостоверяване „{ $name }“ беше добавено към профила ви в { $brand }.
mail-change-authenticator-app-removed = Приложението за удостоверяване „{ $name }“ беше премахнато от профила ви в { $brand }.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Всички устройства на профила ви в { $brand } бяха изтрити ({ $count } мобилно устройство, ключ за сигурност или приложение за удостоверяване).
   *[other] Всички устройства на профила ви в { $brand } бяха изтрити ({ $count } мобилни устройства, ключове за сигурност и приложения за удостоверяване).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: профилът ви е изтрит
mail-deleted-body = Профилът ви в { $brand } беше изтрит по ваше искане.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: потвърдете премахването на методите си за проверка
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Някой е влязъл в профила ви { $email } в { $brand } с вашата парола и е поискал да бъдат премахнати всички методи за проверка на профила (мобилни устройства, ключове за сигурност, приложения за удостоверяване и номера на мобилни телефони), тъй като нито един от тях вече не може да се използва.
    {""}
    Ако сте били вие, потвърдете чрез тази връзка (валидна { $duration }):
    {""}
    { $link }
    {""}
    Методите ще бъдат премахнати { $wait } след потвърждението ви; дотогава можете да отмените премахването и ще бъдете уведомени по електронна поща.
    {""}
    Ако не сте били вие, не следвайте връзката и сменете паролата си: някой я знае.
mail-recovery-started-subject = { $brand }: методите ви за проверка ще бъдат премахнати
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Всички методи за проверка на профила ви { $email } в { $brand } (мобилни устройства, ключове за сигурност, приложения за удостоверяване и номера на мобилни телефони) ще бъдат премахнати на { $when }, както беше поискано и потвърдено от тази пощенска кутия.
    {""}
    Ако не сте поискали това, отменете го сега чрез тази връзка и след това сменете паролата си:
    {""}
    { $link }
    {""}
    Можете да го отмените и от „{ menu-my-account }“ > „Изтриване на всички мои устройства“.
mail-recovery-cancelled-subject = { $brand }: премахването на методите ви за проверка е отменено
mail-recovery-cancelled-body = Премахването на методите за проверка на профила ви в { $brand } беше отменено. Нищо не е премахнато.
mail-recovery-done-subject = { $brand }: методите ви за проверка са премахнати
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Съгласно искането ви всички методи за проверка на профила ви в { $brand } бяха премахнати (общо { $count }). Добавете новото си мобилно устройство, ключ за сигурност или телефонен номер в „{ menu-my-account }“.
   *[other] Съгласно искането ви всички методи за проверка на профила ви в { $brand } бяха премахнати (общо { $count }). Добавете новото си мобилно устройство, ключ за сигурност или телефонен номер в „{ menu-my-account }“.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Достъпът ви до { $app } е одобрен
mail-access-denied-subject = Заявката ви за достъп до { $app } е отхвърлена
mail-access-revoked-subject = Достъпът ви до { $app } е отнет
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Заявката ви за достъп до { $app } (профил за достъп { $profile }, организация { $centre }) беше одобрена от бюрото за помощ на { $app }.
mail-access-denied = Заявката ви за достъп до { $app } (профил за достъп { $profile }, организация { $centre }) беше отхвърлена от бюрото за помощ на { $app }.
mail-access-revoked = Достъпът, предоставен по заявката ви за достъп до { $app } (профил за достъп { $profile }, организация { $centre }), беше отнет от бюрото за помощ на { $app }.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Коментар на бюрото за помощ: { $comment }
mail-access-reason = Причина: { $reason }
mail-access-sign-in = Вече можете да влезете в { $app } с профила си в { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Вече можете да влезете в { $app } с профила си в { $brand }:
mail-access-again = Можете да подадете нова заявка на адрес { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Вашите заявки: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = Код за { $brand }: { $code }. Валиден { $minutes } мин. Не го споделяйте.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Този QR код не е известен. Сканирайте QR кода, който се показва при добавяне на мобилно устройство в „{ menu-my-account }“.
app-token-not-valid = Този QR код вече е използван, изтекъл е или е анулиран поради грешни ПИН кодове. Добавете устройството отново в „{ menu-my-account }“.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] ПИН кодът не е този, който е избран в „{ menu-my-account }“. Остава ви { $remaining } опит.
   *[other] ПИН кодът не е този, който е избран в „{ menu-my-account }“. Остават ви { $remaining } опита.
}
app-unknown-device = Това устройство не е регистрирано (или вече не е).
app-bad-signature = Подписът на устройството не може да бъде потвърден.
# $seconds: a number.
app-stale = { $seconds ->
    [one] Подписът на устройството е по-стар от { $seconds } секунда (или часовникът на устройството е грешен).
   *[other] Подписът на устройството е по-стар от { $seconds } секунди (или часовникът на устройството е грешен).
}
app-replayed = Този подпис на устройството вече е използван.
app-device-locked = Това устройство е блокирано след твърде много грешни ПИН кодове. Изтрийте го и го добавете отново в „{ menu-my-account }“.
app-not-pending = Тази заявка е изтекла или вече е получила отговор.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Грешен ПИН код. Остава ви { $remaining } опит, преди устройството да бъде блокирано.
   *[other] Грешен ПИН код. Остават ви { $remaining } опита, преди устройството да бъде блокирано.
}
app-wrong-number = Това не е номерът, показан на уеб страницата. Заявката беше отменена.
app-browser-on = { $browser } на { $system }
app-browser = { $browser }
app-push-title = Заявка за вход от { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Изходяща поща (разработка)
outbox-hint = Само в режим на разработка: всички имейли и SMS съобщения, изпратени от доставчика, като най-новите са първи.
outbox-empty = Изходящата поща е празна.
outbox-email = Имейл
outbox-sms = SMS съобщение
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } до { $to }, { $when }
