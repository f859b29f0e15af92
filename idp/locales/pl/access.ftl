# The provider's texts in Polish (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = System autoryzacji
access-application = Aplikacja
access-organisation = Organizacja
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Profil dostępu
access-comments = Komentarze
access-reason = Powód
# Table heading: when the request was sent.
access-submitted = Data złożenia
access-status = Status

## Statuses of an access request

access-status-pending = Oczekujący
access-status-approved = Zatwierdzony
access-status-denied = Odrzucony
access-status-revoked = Cofnięty
access-status-unknown = Nieznany

## My access requests (templates/access_home.html)

access-request-button = Poproś o dostęp
access-helpdesk-queue = Kolejka pomocy technicznej
access-my-requests = Moje wnioski o dostęp
# The quoted words are the name of the button access-request-button.
access-none-yet = Nie masz jeszcze żadnych wniosków o dostęp. Kliknij „{ access-request-button }”, aby poprosić o dostęp do aplikacji.
access-request-submitted = Wniosek został złożony. Rozpatrzy go pomoc techniczna aplikacji; o decyzji poinformujemy Cię e-mailem.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Wniosek o dostęp – krok { $step }
access-request-heading = Nowy wniosek o dostęp do aplikacji
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Krok { $n }: { $label }
access-step-application = Wybierz aplikację
access-step-organisation = Wybierz organizację
access-step-profile = Wybierz profil dostępu
access-step-recap = Podsumowanie i wysłanie
# Button that goes to step $n (1 to 4).
access-step-button = Krok { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Otwórz
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Kliknij „{ access-open }” obok swojej sieci ERN, następnie „{ access-open }” obok kraju, w którym znajduje się Twój ośrodek, i zaznacz okrągły przycisk obok swojego ośrodka. Nie wystarczy wybrać samej sieci ERN ani samego kraju: wniosek bez wskazania ośrodka zostałby odrzucony.
# Caption of the table that sums the request up before it is sent.
access-summary = Podsumowanie
# Row heading in the summary of step 4.
access-summary-profile = Profil dostępu
access-submit = Wyślij wniosek o dostęp

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Pomoc techniczna
access-helpdesk-heading = Pomoc techniczna: wnioski o dostęp
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Aplikacje: { $applications }
access-pending-heading = Oczekujące wnioski
access-requester = Wnioskodawca
access-decision = Decyzja
access-deny-reason-label = Powód (wymagany w przypadku odrzucenia)
access-approve = Zatwierdź
access-deny = Odrzuć
access-no-pending = Brak oczekujących wniosków.
access-granted-heading = Przyznany dostęp
access-user = Użytkownik
# Table heading: when the access was approved.
access-approved-on = Data zatwierdzenia
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Działanie
access-revoke = Cofnij
access-none-granted = Nie przyznano jeszcze żadnego dostępu.
access-done-approved = Wniosek został zatwierdzony; wnioskodawca otrzymał powiadomienie e-mailem.
access-done-denied = Wniosek został odrzucony; wnioskodawca otrzymał powiadomienie e-mailem.
access-done-revoked = Dostęp został cofnięty; wnioskodawca otrzymał powiadomienie e-mailem.

## Refusals: error pages and messages beside the form

access-forbidden-title = Odmowa dostępu
access-conflict-title = Operacja niemożliwa
access-unknown-step = Nieznany krok formularza wniosku.
access-choose-decision = Wybierz „{ access-approve }” lub „{ access-deny }”.
access-select-application = Wybierz aplikację w polu „{ access-application }”.
access-unknown-application = Nieznana aplikacja.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Nieznana aplikacja „{ $application }”.
access-select-profile = Wybierz profil dostępu.
access-unknown-profile = Ten profil dostępu nie istnieje dla wybranej aplikacji.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Masz już oczekujący wniosek o dostęp do aplikacji { $application } z profilem { $profile } w ośrodku { $centre }.
access-already-approved = Masz już zatwierdzony wniosek o dostęp do aplikacji { $application } z profilem { $profile } w ośrodku { $centre }.
access-select-centre = Wybierz swój ośrodek: kliknij „{ access-open }” obok swojej sieci ERN, następnie obok kraju, w którym znajduje się Twój ośrodek, i zaznacz okrągły przycisk obok swojego ośrodka.
access-unknown-organisation = Wybrana organizacja nie istnieje. Wybierz swój ośrodek z listy.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Wybrano tylko sieć { $ern }. Kliknij „{ access-open }” obok sieci { $ern }, następnie obok kraju, w którym znajduje się Twój ośrodek, i wybierz swój ośrodek: wniosek bez wskazania ośrodka zostałby odrzucony.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Wybrano tylko kraj „{ $country }” w sieci { $ern }. Kliknij „{ access-open }” obok pozycji „{ $country }” i wybierz swój ośrodek: wniosek bez wskazania ośrodka zostałby odrzucony.
# $max: the most characters allowed (2000).
access-comment-too-long = Komentarz jest za długi: może mieć maksymalnie { $max } znaków.
access-reason-too-long = Powód jest za długi: może mieć maksymalnie { $max } znaków.
access-comment-not-allowed = Komentarz zawiera niedozwolone znaki.
access-reason-not-allowed = Powód zawiera niedozwolone znaki.
access-helpdesk-only = Ta strona jest przeznaczona dla pomocy technicznej aplikacji.
access-not-helpdesk-of = Nie należysz do zespołu pomocy technicznej tej aplikacji.
access-not-own-request = Nie możesz rozpatrzyć własnego wniosku o dostęp: musi to zrobić inny członek zespołu pomocy technicznej.
access-unknown-request = Nieznany wniosek o dostęp.
access-reason-required = Podaj powód odrzucenia: wnioskodawca otrzyma go e-mailem.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Ten wniosek został już rozpatrzony (status: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Cofnąć można tylko zatwierdzony dostęp; ten wniosek nadal oczekuje na rozpatrzenie.
    [denied] Cofnąć można tylko zatwierdzony dostęp; ten wniosek został odrzucony.
    [revoked] Cofnąć można tylko zatwierdzony dostęp; ten dostęp został już cofnięty.
   *[other] Cofnąć można tylko zatwierdzony dostęp.
}
