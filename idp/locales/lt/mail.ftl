# The provider's texts in Lithuanian (mail); see main.ftl.
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
mail-greeting = Gerb. { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Šį laišką jums atsiuntė { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = { $brand }: jūsų registracija
# $duration: how long the link works, in words ("1 valanda", "30 minučių"), nominative.
mail-registered-body =
    Jūsų { $brand } paskyra sukurta.
    Jūsų el. pašto adresas: { $email }
    {""}
    Norėdami sukurti slaptažodį, atidarykite šią nuorodą:
    {""}
    { $link }
    {""}
    Nuoroda galioja ribotą laiką – { $duration } nuo šio laiško išsiuntimo, tačiau rekomenduojame slaptažodį sukurti iš karto. Šiam laikui praėjus, galėsite pateikti naują prašymą atidarę tą pačią nuorodą: tada reikės dar kartą įvesti el. pašto adresą ir patvirtinti prašymą.
    {""}
    Jei nuoroda neveikia, nukopijuokite visą pirmiau pateiktą adresą ir įklijuokite jį į naršyklės adreso juostą.
    {""}
    Jei kyla problemų, neatsakykite į šį laišką, o pasinaudokite pagalbos ar kontaktine informacija svetainėje, kurioje bandėte užsiregistruoti.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Jūsų { $brand } slaptažodis
# $duration: how long the link works, in words ("1 valanda", "30 minučių"), nominative.
mail-reset-body =
    Paprašyta naujo slaptažodžio jūsų { $brand } paskyrai { $email }.
    Norėdami nustatyti naują slaptažodį, atidarykite šią nuorodą:
    {""}
    { $link }
    {""}
    Nuorodos galiojimo laikas – { $duration }; ją galima panaudoti tik vieną kartą. Jei to neprašėte, į šį laišką nekreipkite dėmesio: jūsų slaptažodis nepakeistas.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Bandymas užsiregistruoti jūsų el. pašto adresu
mail-existing-body =
    Kažkas bandė užsiregistruoti sistemoje { $brand } naudodamas jūsų el. pašto adresą { $email }, tačiau šiuo adresu paskyra jau sukurta.
    Jei tai buvote jūs ir neprisimenate slaptažodžio, naują galite nustatyti čia:
    {""}
    { $link }
    {""}
    Jei tai buvote ne jūs, į šį laišką nekreipkite dėmesio: niekas nepakeista.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: per daug nesėkmingų bandymų prisijungti
# $until: the date and time the block ends ("2026 m. gruodžio 6 d. 08:34 UTC").
mail-lockout-body =
    Buvo per daug nesėkmingų bandymų prisijungti prie jūsų { $brand } paskyros { $email } slaptažodžiu. Siekiant apsaugoti paskyrą, prisijungti slaptažodžiu neleidžiama iki { $until }.
    {""}
    Jei tai buvote jūs ir neprisimenate slaptažodžio, nustatykite naują čia; tai taip pat panaikins blokavimą:
    {""}
    { $link }
    {""}
    Jei tai buvote ne jūs, gali būti, kad kažkas bando atspėti jūsų slaptažodį: ta pačia nuoroda nustatykite naują, ilgą slaptažodį ir patikrinkite savo paskyros veiklą skiltyje „{ menu-my-account }“.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: jūsų paskyroje atlikta pakeitimų
# Below the sentence that says what changed.
mail-changed-advice = Jei to nedarėte, prisijunkite prie { $brand }, skiltyje „{ menu-my-account }“ pašalinkite tai, ko neatpažįstate, pakeiskite slaptažodį ir kreipkitės į pagalbos tarnybą.
mail-change-password = Jūsų { $brand } paskyros slaptažodis pakeistas.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Prie jūsų { $brand } paskyros pridėtas mobiliojo telefono numeris { $number }.
mail-change-phone-removed = Iš jūsų { $brand } paskyros pašalintas mobiliojo telefono numeris { $number }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Prie jūsų { $brand } paskyros pridėtas mobilusis įrenginys „{ $name }“.
mail-change-device-removed = Iš jūsų { $brand } paskyros pašalintas mobilusis įrenginys „{ $name }“.
mail-change-device-locked = Jūsų mobilusis įrenginys „{ $name }“ užblokuotas, nes per daug kartų įvestas neteisingas PIN kodas. Norėdami jį naudoti, ištrinkite jį ir vėl pridėkite skiltyje „{ menu-my-account }“.
mail-change-security-key-added = Prie jūsų { $brand } paskyros pridėtas saugos raktas „{ $name }“.
mail-change-security-key-removed = Iš jūsų { $brand } paskyros pašalintas saugos raktas „{ $name }“.
mail-change-authenticator-app-added = Prie jūsų { $brand } paskyros pridėta autentifikavimo programėlė „{ $name }“.
mail-change-authenticator-app-removed = Iš jūsų { $brand } paskyros pašalinta autentifikavimo programėlė „{ $name }“.
# $count: how many were deleted, all kinds together. [1] matches exactly one.
mail-change-all-devices-deleted = { $count ->
    [1] Ištrinti visi jūsų { $brand } paskyros įrenginiai (1 mobilusis įrenginys, saugos raktas arba autentifikavimo programėlė).
   *[other] Ištrinti visi jūsų { $brand } paskyros įrenginiai: mobilieji įrenginiai, saugos raktai ir autentifikavimo programėlės (iš viso { $count }).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: jūsų paskyra ištrinta
mail-deleted-body = Jūsų prašymu jūsų { $brand } paskyra ištrinta.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: ar tikrai norite pašalinti patvirtinimo būdus?
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words, nominative ("30 minučių", "72 valandos").
mail-recovery-link-body =
    Kažkas prisijungė prie jūsų { $brand } paskyros { $email } jūsų slaptažodžiu ir paprašė pašalinti visus paskyros patvirtinimo būdus (mobiliuosius įrenginius, saugos raktus, autentifikavimo programėles ir mobiliojo telefono numerius), nes nė vieno iš jų nebegalima naudoti.
    {""}
    Jei tai buvote jūs, patvirtinkite šia nuoroda (jos galiojimo laikas – { $duration }):
    {""}
    { $link }
    {""}
    Patvirtinimo būdai bus pašalinti, kai nuo patvirtinimo praeis { $wait }; iki tol pašalinimą galėsite atšaukti, o apie viską jums bus pranešta el. paštu.
    {""}
    Jei tai buvote ne jūs, nuorodos neatidarykite ir pakeiskite slaptažodį: kažkas jį žino.
mail-recovery-started-subject = { $brand }: jūsų patvirtinimo būdai bus pašalinti
# $when: the date and time of the removal ("2026 m. gruodžio 6 d. 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Visi jūsų { $brand } paskyros { $email } patvirtinimo būdai (mobilieji įrenginiai, saugos raktai, autentifikavimo programėlės ir mobiliojo telefono numeriai) bus pašalinti { $when }, kaip buvo paprašyta ir patvirtinta iš šios pašto dėžutės.
    {""}
    Jei to neprašėte, nedelsdami atšaukite pašalinimą šia nuoroda, tada pakeiskite slaptažodį:
    {""}
    { $link }
    {""}
    Pašalinimą taip pat galite atšaukti skiltyje „{ menu-my-account }“ > „Ištrinti visus įrenginius“.
mail-recovery-cancelled-subject = { $brand }: patvirtinimo būdų pašalinimas atšauktas
mail-recovery-cancelled-body = Jūsų { $brand } paskyros patvirtinimo būdų pašalinimas atšauktas. Niekas nepašalinta.
mail-recovery-done-subject = { $brand }: jūsų patvirtinimo būdai pašalinti
# $count: how many methods were removed.
mail-recovery-done-body = Kaip prašėte, visi jūsų { $brand } paskyros patvirtinimo būdai pašalinti (iš viso { $count }). Naują mobilųjį įrenginį, saugos raktą ar telefono numerį pridėkite skiltyje „{ menu-my-account }“.

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Jūsų prieiga prie { $app } patvirtinta
mail-access-denied-subject = Jūsų prieigos prie { $app } prašymas atmestas
mail-access-revoked-subject = Jūsų prieiga prie { $app } atšaukta
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Jūsų prašymą suteikti prieigą prie { $app } (prieigos profilis { $profile }, organizacija { $centre }) patvirtino { $app } pagalbos tarnyba.
mail-access-denied = Jūsų prašymą suteikti prieigą prie { $app } (prieigos profilis { $profile }, organizacija { $centre }) atmetė { $app } pagalbos tarnyba.
mail-access-revoked = Prieigą prie { $app }, suteiktą pagal jūsų prašymą (prieigos profilis { $profile }, organizacija { $centre }), atšaukė { $app } pagalbos tarnyba.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Pagalbos tarnybos komentaras: { $comment }
mail-access-reason = Priežastis: { $reason }
mail-access-sign-in = Dabar galite prisijungti prie { $app } naudodami savo { $brand } paskyrą.
# Followed by a line with the application's address.
mail-access-sign-in-at = Dabar galite prisijungti prie { $app } naudodami savo { $brand } paskyrą:
mail-access-again = Naują prašymą galite pateikti adresu { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Jūsų prašymai: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Written without Lithuanian letters on purpose: it stays
# in the GSM alphabet. $code looks like "ABCD-EFGH": keep a space or a full stop on each side
# of it. $minutes is a number.
sms-code = { $brand } kodas: { $code }. Galioja { $minutes } min. Niekam jo neatskleiskite.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Šis QR kodas nežinomas. Nuskaitykite QR kodą, kuris rodomas pridedant mobilųjį įrenginį skiltyje „{ menu-my-account }“.
app-token-not-valid = Šis QR kodas jau panaudotas, jo galiojimas baigėsi arba jis panaikintas dėl neteisingų PIN kodų. Dar kartą pridėkite įrenginį skiltyje „{ menu-my-account }“.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] PIN kodas nesutampa su pasirinktuoju skiltyje „{ menu-my-account }“. Liko { $remaining } bandymas.
    [few] PIN kodas nesutampa su pasirinktuoju skiltyje „{ menu-my-account }“. Liko { $remaining } bandymai.
    [many] PIN kodas nesutampa su pasirinktuoju skiltyje „{ menu-my-account }“. Liko { $remaining } bandymo.
   *[other] PIN kodas nesutampa su pasirinktuoju skiltyje „{ menu-my-account }“. Liko { $remaining } bandymų.
}
app-unknown-device = Šis įrenginys neužregistruotas (arba jau išregistruotas).
app-bad-signature = Įrenginio parašo patikrinti nepavyko.
# $seconds: a number.
app-stale = Įrenginio parašas senesnis nei { $seconds } sek. (arba neteisingai nustatytas įrenginio laikrodis).
app-replayed = Šis įrenginio parašas jau panaudotas.
app-device-locked = Šis įrenginys užblokuotas, nes per daug kartų įvestas neteisingas PIN kodas. Ištrinkite jį ir vėl pridėkite skiltyje „{ menu-my-account }“.
app-not-pending = Šio prašymo galiojimas baigėsi arba į jį jau atsakyta.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Neteisingas PIN kodas. Liko { $remaining } bandymas, po to įrenginys bus užblokuotas.
    [few] Neteisingas PIN kodas. Liko { $remaining } bandymai, po to įrenginys bus užblokuotas.
    [many] Neteisingas PIN kodas. Liko { $remaining } bandymo, po to įrenginys bus užblokuotas.
   *[other] Neteisingas PIN kodas. Liko { $remaining } bandymų, po to įrenginys bus užblokuotas.
}
app-wrong-number = Tai ne tas skaičius, kuris rodomas tinklalapyje. Prašymas atšauktas.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Prašymas prisijungti: { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Kūrimo režimo siunčiamieji
outbox-hint = Tik kūrimo režimu: visi teikėjo išsiųsti el. laiškai ir SMS žinutės, naujausi viršuje.
outbox-empty = Siunčiamųjų aplankas tuščias.
outbox-email = El. laiškas
outbox-sms = SMS žinutė
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } gavėjui { $to }, { $when }
