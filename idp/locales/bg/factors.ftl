# The provider's texts in Bulgarian (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Отказ
factors-add = Добавяне
# Column header of a list of second factors: its name.
factors-name = Име
# Column header: the date a second factor was added.
factors-added = Дата на добавяне
# Column header: the date a second factor was last used to sign in.
factors-last-used = Последно използване
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = никога
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Действие

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Код за потвърждение от SMS
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 букви и цифри, например XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Управление на моите номера на мобилни телефони
factors-phones-number = Номер на мобилен телефон
factors-phones-delete = Изтриване на номер на мобилен телефон
factors-phones-none = В профила ви няма регистриран номер на мобилен телефон.
factors-phones-add = Добавяне на номер на мобилен телефон
factors-phones-hint = SMS съобщенията зависят от споразуменията между мобилните оператори и невинаги пристигат; мобилното приложение { $brand } или ключ за сигурност са по-надеждни.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Номерът на мобилен телефон { $number } беше добавен успешно.
factors-phones-deleted = Номерът на мобилен телефон беше изтрит.
factors-phones-unknown = Неизвестен номер на мобилен телефон.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Добавяне на номер на мобилен телефон
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = В международен формат с кода на държавата, например за Белгия: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Номерът на мобилен телефон { $number } вече е регистриран в профила ви.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Въведете номера на мобилния си телефон в международен формат с кода на държавата, например за Белгия: { $example }
factors-phone-no-plus = Номерът трябва да започва със знак плюс и кода на държавата, например за Белгия: { $example }
factors-phone-not-digits = След знака плюс телефонният номер съдържа само цифри (интервалите са разрешени), например { $example }
factors-phone-invalid = Това не е валиден международен телефонен номер. Пример за Белгия: { $example }
factors-phone-not-in-plan = Това не е валиден международен телефонен номер (неизвестен код на държава или номер, който не съществува в номерационния план на тази държава). Пример за Белгия: { $example }
factors-phone-not-mobile = Този номер не е номер на мобилен телефон и не може да получава SMS съобщения. Въведете мобилен номер, например за Белгия: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Код за потвърждение
factors-phone-finalise-heading = Код за потвърждение за добавяне на номер на мобилен телефон, изпратен чрез SMS
factors-phone-finalise-intro = Въведете кода за потвърждение, изпратен чрез SMS на мобилния ви телефон.
factors-phone-finalise-delay = Може да отнеме до 8 минути, докато съобщението пристигне на мобилния ви телефон.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Ако не получите код, можете да поискате нов след { $wait }, като добавите номера отново.
factors-phone-finalise-number = Номер на мобилен телефон
factors-phone-finalise-submit = Завършване
factors-phone-code-dead = Този код за потвърждение вече не е валиден (изтекъл е, заменен е с по-нов или е имало твърде много грешни опити). Добавете номера отново, за да получите нов код.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Кодът за потвърждение е грешен. { $remaining ->
    [one] Остава ви { $remaining } опит.
   *[other] Остават ви { $remaining } опита.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Управление на моите мобилни устройства
factors-devices-name = Име на устройството
factors-devices-status = Състояние
factors-devices-locked = Блокирано (твърде много грешни ПИН кодове): изтрийте го и го добавете отново
factors-devices-active = Активно
factors-devices-delete = Изтриване на мобилно устройство
factors-devices-none = В профила ви няма регистрирано мобилно устройство.
factors-devices-add = Добавяне на мобилно устройство
factors-devices-hint = Инсталирайте мобилното приложение { $brand } на телефона или таблета си и след това го добавете тук, като сканирате QR кода с приложението.
factors-devices-deleted = Мобилното устройство беше изтрито.
factors-devices-unknown = Неизвестно мобилно устройство.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Добавяне на мобилно устройство
factors-device-add-intro = Дайте име, по което да разпознавате мобилното си устройство, и ПИН код, който да използвате за него.
factors-device-add-name = Име на устройството
factors-device-add-pin = 4-цифрен ПИН код
factors-device-add-pin-hint = Избягвайте лесни ПИН кодове като 0000, 1111 или 1234: те се отхвърлят.
factors-device-add-pin-confirm = Потвърдете ПИН кода
factors-device-add-submit = Изпращане
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Дайте на мобилното си устройство име с дължина от 1 до { $max } знака.
factors-pin-not-four-digits = ПИН кодът трябва да се състои от точно 4 цифри.
factors-pin-mismatch = Двата ПИН кода не съвпадат.
factors-pin-too-easy = Този ПИН код е твърде лесен за отгатване (например 0000, 1234 или 1111). Изберете друг.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Отворете мобилното приложение { $brand } на „{ $name }“, изберете добавяне на този профил и сканирайте този QR код. След това приложението ще поиска ПИН кода, който току-що избрахте.
factors-device-enrol-qr-alt = QR код за сканиране с мобилното приложение { $brand }
factors-device-enrol-paste = Не можете да сканирате? Поставете този текст в приложението:
factors-device-enrol-validity = { $minutes ->
    [one] QR кодът е валиден { $minutes } минута и може да се използва само веднъж.
   *[other] QR кодът е валиден { $minutes } минути и може да се използва само веднъж.
}
factors-device-enrol-waiting = Изчаква се мобилното ви устройство...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Устройството е добавено
factors-device-enrol-expired = QR кодът е изтекъл. Добавете устройството отново.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Управление на моите ключове за сигурност
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Ниво
factors-keys-delete = Изтриване на ключ за сигурност
factors-keys-none = В профила ви няма регистриран ключ за сигурност.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Добавяне на ключ за сигурност или доверена платформа
factors-keys-hint = Ключ за сигурност (например USB или NFC ключ) или вграденото в компютъра или телефона ви средство за удостоверяване (пръстов отпечатък, лице или заключване на екрана). С ПИН код или пръстов отпечатък на ключ, който пази тайната си в самото устройство, се достига най-високото ниво на проверка.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Ключът ви за сигурност „{ $name }“ беше добавен успешно.
factors-keys-deleted = Ключът за сигурност беше изтрит.
factors-keys-unknown = Неизвестен ключ за сигурност.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Добавяне на ключ за сигурност
factors-key-add-heading = Добавяне на ключ за сигурност или доверена платформа
factors-key-add-intro = Дайте име на ключа си за сигурност и следвайте указанията на браузъра: поставете и докоснете ключа или отключете компютъра или телефона си.
factors-key-add-name = Име на ключа за сигурност
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Дайте на ключа за сигурност име с дължина от 1 до { $max } знака.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Тази заявка е изтекла или вече е използвана. Опитайте отново.
factors-webauthn-not-verified = Ключът ви за сигурност или доверената платформа не можаха да бъдат проверени. Опитайте отново или изберете друг метод за проверка.
factors-webauthn-already-registered = Този ключ за сигурност вече е регистриран.
factors-webauthn-unsupported = Този браузър не поддържа ключове за сигурност. Използвайте друг метод за проверка.
factors-webauthn-follow = Следвайте указанията на браузъра и докоснете или отключете ключа си за сигурност.
factors-webauthn-no-answer = Ключът ви за сигурност не отговори. Опитайте отново или изберете друг метод за проверка.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Управление на моите приложения за удостоверяване
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Приложението за удостоверяване на телефона ви (например FreeOTP, Google Authenticator, Microsoft Authenticator или Aegis) показва нов 6-цифрен код на всеки 30 секунди. Можете да го използвате като метод за проверка при вход.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Изтриване
factors-totp-none = В профила ви няма регистрирано приложение за удостоверяване.
factors-totp-add = Добавяне на приложение за удостоверяване
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Приложението ви за удостоверяване „{ $name }“ беше добавено успешно. Вече можете да го използвате за вход.
factors-totp-deleted = Приложението за удостоверяване беше изтрито.
factors-totp-unknown = Неизвестно приложение за удостоверяване.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Добавяне на приложение за удостоверяване
factors-totp-add-intro = Дайте име, по което да разпознавате това приложение за удостоверяване, например името на телефона си.
factors-totp-add-name = Име на приложението за удостоверяване
factors-totp-add-next = Напред
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Дайте на приложението си за удостоверяване име с дължина от 1 до { $max } знака.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Отворете приложението за удостоверяване на телефона си, добавете профил и сканирайте този QR код. Той е валиден { $minutes } минута.
   *[other] Отворете приложението за удостоверяване на телефона си, добавете профил и сканирайте този QR код. Той е валиден { $minutes } минути.
}
factors-totp-enrol-qr-alt = QR код за сканиране с приложението за удостоверяване
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Не можете да сканирате? Въведете ръчно този ключ в приложението (базиран на времето, 6 цифри, на всеки 30 секунди) за профила { $account } в { $issuer }:
factors-totp-enrol-uri = Показване на връзката зад QR кода
factors-totp-code-label = Въведете 6-цифрения код
factors-totp-confirm = Потвърждаване
factors-totp-enrol-gone = Това приложение за удостоверяване вече не очаква потвърждение (срокът е изтекъл, вече е потвърдено или е получило твърде много грешни кодове). Добавете го отново.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Кодът е грешен. Проверете дали часът на телефона ви е верен и въведете кода, който приложението показва в момента. { $remaining ->
    [one] Остава ви { $remaining } опит.
   *[other] Остават ви { $remaining } опита.
}
