# The provider's texts in Bulgarian (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Система за оторизация
access-application = Приложение
access-organisation = Организация
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Профил за достъп
access-comments = Коментари
access-reason = Причина
# Table heading: when the request was sent.
access-submitted = Дата на подаване
access-status = Състояние

## Statuses of an access request

access-status-pending = В очакване
access-status-approved = Одобрена
access-status-denied = Отхвърлена
access-status-revoked = Отнета
access-status-unknown = Неизвестна

## My access requests (templates/access_home.html)

access-request-button = Заявяване на достъп
access-helpdesk-queue = Опашка на бюрото за помощ
access-my-requests = Моите заявки за достъп
# The quoted words are the name of the button access-request-button.
access-none-yet = Все още нямате заявки за достъп. Щракнете върху „{ access-request-button }“, за да поискате достъп до приложение.
access-request-submitted = Заявката ви е подадена. Бюрото за помощ на приложението ще я разгледа и ще получите имейл с решението.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Заявяване на достъп – стъпка { $step }
access-request-heading = Нова заявка за достъп до приложение
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Стъпка { $n }: { $label }
access-step-application = Избор на приложение
access-step-organisation = Избор на организация
access-step-profile = Избор на профил за достъп
access-step-recap = Обобщение и подаване
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Стъпка { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Отваряне
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Щракнете върху „{ access-open }“ до своята ERN, след това върху „{ access-open }“ до държавата на своя център и отбележете кръглия бутон до центъра си. Изборът само на ERN или на държава не е достатъчен: заявка без център би била отхвърлена.
# Caption of the table that sums the request up before it is sent.
access-summary = Обобщение
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Профил за достъп
access-submit = Подаване на заявката за достъп

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Бюро за помощ
access-helpdesk-heading = Бюро за помощ: заявки за достъп
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Приложения: { $applications }
access-pending-heading = Заявки в очакване
access-requester = Заявител
access-decision = Решение
access-deny-reason-label = Причина (задължителна при отхвърляне)
access-approve = Одобряване
access-deny = Отхвърляне
access-no-pending = Няма заявки в очакване.
access-granted-heading = Предоставен достъп
access-user = Потребител
# Table heading: when the access was approved.
access-approved-on = Дата на одобрение
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Действие
access-revoke = Отнемане
access-none-granted = Все още няма предоставен достъп.
access-done-approved = Заявката е одобрена; заявителят е уведомен по електронна поща.
access-done-denied = Заявката е отхвърлена; заявителят е уведомен по електронна поща.
access-done-revoked = Достъпът е отнет; заявителят е уведомен по електронна поща.

## Refusals: error pages and messages beside the form

access-forbidden-title = Достъпът е отказан
access-conflict-title = Не е възможно
access-unknown-step = Неизвестна стъпка от формуляра за заявка.
access-choose-decision = Изберете „{ access-approve }“ или „{ access-deny }“.
access-select-application = Изберете приложение в полето „{ access-application }“.
access-unknown-application = Неизвестно приложение.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Неизвестно приложение „{ $application }“.
access-select-profile = Изберете своя профил за достъп.
access-unknown-profile = Този профил за достъп не съществува за избраното приложение.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Вече имате заявка в очакване за { $application } като { $profile } в { $centre }.
access-already-approved = Вече имате одобрена заявка за { $application } като { $profile } в { $centre }.
access-select-centre = Изберете своя център: щракнете върху „{ access-open }“ до своята ERN, след това до държавата на своя център и отбележете кръглия бутон до центъра си.
access-unknown-organisation = Избраната организация не съществува. Изберете своя център от списъка.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Избрали сте само { $ern }. Щракнете върху „{ access-open }“ до { $ern }, след това до държавата на своя център и изберете центъра си: заявка без център би била отхвърлена.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Избрали сте само { $country } в { $ern }. Щракнете върху „{ access-open }“ до { $country } и изберете своя център: заявка без център би била отхвърлена.
# $max: the most characters allowed (2000).
access-comment-too-long = Коментарът е твърде дълъг: допускат се най-много { $max } знака.
access-reason-too-long = Причината е твърде дълга: допускат се най-много { $max } знака.
access-comment-not-allowed = Коментарът съдържа непозволени знаци.
access-reason-not-allowed = Причината съдържа непозволени знаци.
access-helpdesk-only = Тази страница е за бюрото за помощ на приложение.
access-not-helpdesk-of = Не сте член на бюрото за помощ на това приложение.
access-not-own-request = Не можете да вземате решение по собствената си заявка за достъп: това трябва да направи друг член на бюрото за помощ.
access-unknown-request = Неизвестна заявка за достъп.
access-reason-required = Посочете причината за отхвърлянето: заявителят ще я получи по електронна поща.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = По тази заявка вече е взето решение (състояние: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Може да бъде отнет само одобрен достъп; тази заявка все още е в очакване.
    [denied] Може да бъде отнет само одобрен достъп; тази заявка е отхвърлена.
    [revoked] Може да бъде отнет само одобрен достъп; този достъп вече е отнет.
   *[other] Може да бъде отнет само одобрен достъп.
}
