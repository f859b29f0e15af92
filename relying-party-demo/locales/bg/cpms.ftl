# CPMS, the demo relying party: its texts in Bulgarian, translated from the reference catalogue
# (../en/cpms.ftl): the same ids, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) should be written as the
# provider's pages show them in your language: the provider's catalogue has them
# (idp/locales/<code>/access.ftl).

## The page frame (templates/base.html)

site-name = Система за клинично управление на пациенти
skip-to-content = Към основното съдържание
sign-out = Изход
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Език
language-title = Изберете език
tab-home = Начало
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Страници на ERN
nav-preferences = Предпочитания
nav-panels = Панели
footer-networks = ERN eUROGEN · Европейски референтни мрежи · Демонстрационна доверяваща се страна
footer-ecl = Създадено с Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Лиценз (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Влезте отново
link-home = Към началната страница на CPMS

## The landing page (templates/index.html)

index-title = Добре дошли
index-heading = Добре дошли в CPMS
index-lead = Системата за клинично управление на пациенти на европейските референтни мрежи.
index-requirement = За вход е необходим { $provider } с двуфакторно удостоверяване (парола плюс мобилния ви телефон, ECAS Mobile App или ключ за сигурност).
index-sign-in = Вход с { $provider }

## Home (templates/home.html)

home-title = Начало
# $name is the signed-in person's name.
home-welcome = Добре дошли, { $name }
home-role = Професионална роля
home-area = Тематична област
home-access = Вашият достъп
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Център
home-col-country = Държава
home-col-profile = Профил
# In a cell of that table when the grant does not say.
home-not-stated = не е посочено
home-ern-hint = Предпочитанията и панелите ви са в раздела ERN.
home-ern-link = Отваряне на раздела ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Вашата професионална роля
ern-area = Вашата тематична област
ern-change = Можете да ги промените в предпочитанията си.
ern-preferences-link = Промяна на предпочитанията
ern-panels-link = Отваряне на панелите

## Preferences (templates/preferences.html)

preferences-title = Предпочитания
preferences-first-heading = Добре дошли в CPMS: вашите предпочитания
preferences-first-intro = Това е първото ви влизане. Посочете професионалната си роля (тя се показва до името ви в панелите) и тематичната област на eUROGEN, за която сте поискали достъп.
preferences-role-label = Професионална роля
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Показва се до името ви в панелите, например „Детски уролог“ (най-много { $max ->
    [one] { $max } знак
   *[other] { $max } знака
}).
preferences-area-legend = Тематична област
preferences-submit = Актуализиране на предпочитанията
preferences-expired = Формулярът е изтекъл. Изпратете го отново.
preferences-role-missing = Въведете професионалната си роля.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Професионалната роля може да съдържа най-много { $max ->
    [one] { $max } знак
   *[other] { $max } знака
}.
preferences-role-control = Професионалната роля не може да съдържа управляващи знаци.
preferences-area-unknown = Изберете една от изброените тематични области.

## Panels (templates/panels.html)

panels-title = Панели
panels-no-members = Все още няма членове.

## Without access: how to request it (templates/access_request.html)

access-title = Заявяване на достъп
access-heading = Все още нямате достъп до CPMS
access-no-access = Профилът ви в { $provider } няма одобрен достъп до CPMS. Поискайте го в системата за оторизация, както следва.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Отваряне на системата за оторизация
# "Request access": the provider's button (access-request-button).
access-step-start = В системата за оторизация (там не се изисква двуфакторно удостоверяване) щракнете върху „Заявяване на достъп“.
access-step-1 = Стъпка 1: изберете приложението „CPMS“ и преминете към стъпка 2.
# “Open”: the provider's button (access-open).
access-step-2 = Стъпка 2: щракнете върху „Отваряне“ до своята ERN (например eUROGEN), след това върху „Отваряне“ до държавата на своя център и изберете центъра си. Не отбелязвайте само кръглия бутон до ERN: така се избира мрежата без вашия център и заявката ще бъде отхвърлена.
access-step-3 = Стъпка 3: изберете профила за достъп „HP“ (здравен специалист).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Стъпка 4: проверете обобщението (приложение CPMS, вашият център, профил HP), добавете коментар, ако е необходимо, и щракнете върху „Подаване на заявката за достъп“.
access-after-approval = След като бюрото за помощ на CPMS одобри заявката ви, ще получите имейл; след това влезте отново.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Изисква се двуфакторно удостоверяване
acr-required = CPMS изисква двуфакторно удостоверяване (средно ниво).
acr-password-only = Влезли сте само с паролата си.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Влезли сте само с паролата си (ниво { $level }).
acr-how = Влезте отново с паролата си и втори фактор: код чрез SMS на мобилния ви телефон, ECAS Mobile App (ПИН код или QR код) или ключ за сигурност. Ако все още нямате такъв, първо го настройте в { $provider }.

## Signing out (templates/logout.html)

logout-title = Изход
logout-question = Искате ли да излезете от CPMS и от { $provider }?
logout-submit = Изход
logout-stay = Оставане в системата
signout-refused-title = Изходът е отказан
signout-refused = Формулярът е изтекъл. Опитайте отново.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Входът е изтекъл
signin-expired-elsewhere = Този вход е изтекъл или е започнат в друг браузър. Влезте отново.
signin-expired-used = Този вход е изтекъл или вече е завършен. Влезте отново.
signin-refused-title = Входът е отказан
signin-refused-state = Отговорът от { $provider } не се отнася за този вход. Влезте отново.
signin-refused-issuer = Отговорът е от неочакван доставчик на идентичност. Влезте отново.
signin-refused-no-code = Отговорът от { $provider } не съдържа код за оторизация. Влезте отново.
signin-cancelled-title = Входът е отменен
signin-cancelled = Отменихте входа, затова не сте влезли в CPMS. Влезте отново, когато сте готови.
signin-incomplete-title = Входът не е завършен
signin-second-factor = CPMS изисква двуфакторно удостоверяване (средно ниво). Настройте втори фактор (мобилен телефон, ECAS Mobile App или ключ за сигурност) в { $provider } и след това влезте отново.
signin-incomplete = { $provider } не успя да завърши входа. Влезте отново.
signin-unverified-title = Входът не можа да бъде проверен
signin-unverified = CPMS не успя да провери отговора от { $provider }. Влезте отново.

## Error pages (http/errors.rs)

error-not-found-title = Страницата не е намерена
error-not-found = На този адрес няма страница. Ако сте го въвели ръчно, проверете го; в противен случай започнете отначало от началната страница на CPMS.
error-method-title = Този адрес не приема такъв вид заявка
error-method = Страницата съществува, но не за това, което изпрати браузърът ви. Отидете на началната страница на CPMS и продължете оттам.
error-server-title = Възникна грешка
error-server = Опитайте отново по-късно.
