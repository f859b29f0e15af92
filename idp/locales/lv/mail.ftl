# The provider's texts in Latvian (mail); see main.ftl.
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
mail-greeting = Labdien, { $first_name } { $last_name }!
# The last line of every e-mail.
mail-signature = Šo ziņojumu jums nosūtīja { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = { $brand }: jūsu reģistrācija
# $duration: how long the link works, in words ("1 stunda", "30 minūtes"), nominative.
mail-registered-body =
    Jums ir izveidots { $brand } konts.
    Jūsu e-pasta adrese: { $email }
    {""}
    Lai izveidotu paroli, atveriet šo saiti:
    {""}
    { $link }
    {""}
    Saites derīguma laiks ir { $duration } no šī ziņojuma nosūtīšanas brīža, taču ieteicams paroli izveidot nekavējoties. Kad šis laiks būs pagājis, varēsiet iesniegt jaunu pieprasījumu, atverot to pašu saiti: tad būs atkārtoti jāievada e-pasta adrese un jāapstiprina pieprasījums.
    {""}
    Ja saite nedarbojas, nokopējiet visu iepriekš norādīto adresi un ielīmējiet to pārlūkprogrammas adreses joslā.
    {""}
    Ja jums rodas problēmas, neatbildiet uz šo ziņojumu, bet izmantojiet palīdzības vai kontaktinformāciju tajā vietnē, kurā mēģinājāt reģistrēties.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Jūsu { $brand } parole
# $duration: how long the link works, in words ("1 stunda", "30 minūtes"), nominative.
mail-reset-body =
    Jūsu { $brand } kontam { $email } tika pieprasīta jauna parole.
    Lai izvēlētos jaunu paroli, atveriet šo saiti:
    {""}
    { $link }
    {""}
    Saites derīguma laiks ir { $duration }, un to var izmantot vienu reizi. Ja jūs to nepieprasījāt, neņemiet vērā šo ziņojumu: jūsu parole nav mainīta.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Reģistrācijas mēģinājums ar jūsu e-pasta adresi
mail-existing-body =
    Kāds mēģināja reģistrēties sistēmā { $brand } ar jūsu e-pasta adresi { $email }, kurai jau ir konts.
    Ja tas bijāt jūs un neatceraties paroli, varat izvēlēties jaunu šeit:
    {""}
    { $link }
    {""}
    Ja tas nebijāt jūs, neņemiet vērā šo ziņojumu: nekas nav mainīts.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: pārāk daudz neveiksmīgu pieteikšanās mēģinājumu
# $until: the date and time the block ends ("2026. gada 6. decembrī plkst. 08:34 UTC", locative).
mail-lockout-body =
    Ir veikts pārāk daudz neveiksmīgu mēģinājumu pieteikties jūsu { $brand } kontā { $email } ar paroli. Lai aizsargātu jūsu kontu, pieteikšanās ar paroli ir bloķēta; bloķēšana beigsies { $until }.
    {""}
    Ja tas bijāt jūs un neatceraties paroli, izvēlieties jaunu šeit; tādējādi tiks atcelta arī bloķēšana:
    {""}
    { $link }
    {""}
    Ja tas nebijāt jūs, iespējams, kāds mēģina uzminēt jūsu paroli: izmantojot to pašu saiti, izvēlieties jaunu, garu paroli un pārbaudiet sava konta darbības sadaļā „{ menu-my-account }”.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: jūsu kontā veiktas izmaiņas
# Below the sentence that says what changed.
mail-changed-advice = Ja to neizdarījāt jūs, piesakieties sistēmā { $brand }, sadaļā „{ menu-my-account }” noņemiet to, ko neatpazīstat, nomainiet paroli un sazinieties ar palīdzības dienestu.
mail-change-password = Jūsu { $brand } konta parole ir nomainīta.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Jūsu { $brand } kontam ir pievienots mobilā tālruņa numurs { $number }.
mail-change-phone-removed = No jūsu { $brand } konta ir noņemts mobilā tālruņa numurs { $number }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Jūsu { $brand } kontam ir pievienota mobilā ierīce „{ $name }”.
mail-change-device-removed = No jūsu { $brand } konta ir noņemta mobilā ierīce „{ $name }”.
mail-change-device-locked = Jūsu mobilā ierīce „{ $name }” ir bloķēta, jo pārāk daudz reižu ievadīts nepareizs PIN kods. Lai to izmantotu, dzēsiet to un pievienojiet vēlreiz sadaļā „{ menu-my-account }”.
mail-change-security-key-added = Jūsu { $brand } kontam ir pievienota drošības atslēga „{ $name }”.
mail-change-security-key-removed = No jūsu { $brand } konta ir noņemta drošības atslēga „{ $name }”.
mail-change-authenticator-app-added = Jūsu { $brand } kontam ir pievienota autentifikatora lietotne „{ $name }”.
mail-change-authenticator-app-removed = No jūsu { $brand } konta ir noņemta autentifikatora lietotne „{ $name }”.
# $count: how many were deleted, all kinds together. [1] matches exactly one.
mail-change-all-devices-deleted = { $count ->
    [1] Visas jūsu { $brand } konta ierīces ir dzēstas (1 mobilā ierīce, drošības atslēga vai autentifikatora lietotne).
   *[other] Visas jūsu { $brand } konta ierīces ir dzēstas: mobilās ierīces, drošības atslēgas un autentifikatora lietotnes (kopā { $count }).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: jūsu konts ir dzēsts
mail-deleted-body = Jūsu { $brand } konts ir dzēsts pēc jūsu pieprasījuma.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: apstipriniet verifikācijas metožu noņemšanu
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words, nominative ("30 minūtes", "72 stundas").
mail-recovery-link-body =
    Kāds pieteicās jūsu { $brand } kontā { $email } ar jūsu paroli un pieprasīja noņemt visas konta verifikācijas metodes (mobilās ierīces, drošības atslēgas, autentifikatora lietotnes un mobilā tālruņa numurus), jo nevienu no tām vairs nevar izmantot.
    {""}
    Ja tas bijāt jūs, apstipriniet to ar šo saiti (derīguma laiks – { $duration }):
    {""}
    { $link }
    {""}
    Metodes tiks noņemtas, kad pēc apstiprināšanas beigsies gaidīšanas laiks ({ $wait }); līdz tam noņemšanu varēsiet atcelt, un par to jūs saņemsiet paziņojumu e-pastā.
    {""}
    Ja tas nebijāt jūs, neatveriet saiti un nomainiet paroli: kāds to zina.
mail-recovery-started-subject = { $brand }: jūsu verifikācijas metodes tiks noņemtas
# $when: the date and time of the removal ("2026. gada 6. decembrī plkst. 08:34 UTC", locative).
# The last sentence names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Visas jūsu { $brand } konta { $email } verifikācijas metodes (mobilās ierīces, drošības atslēgas, autentifikatora lietotnes un mobilā tālruņa numuri) tiks noņemtas { $when }, kā tika pieprasīts un apstiprināts no šīs pastkastes.
    {""}
    Ja jūs to nepieprasījāt, nekavējoties atceliet noņemšanu ar šo saiti un pēc tam nomainiet paroli:
    {""}
    { $link }
    {""}
    Noņemšanu varat atcelt arī sadaļā „{ menu-my-account }” > „Dzēst visas ierīces”.
mail-recovery-cancelled-subject = { $brand }: verifikācijas metožu noņemšana ir atcelta
mail-recovery-cancelled-body = Jūsu { $brand } konta verifikācijas metožu noņemšana ir atcelta. Nekas netika noņemts.
mail-recovery-done-subject = { $brand }: jūsu verifikācijas metodes ir noņemtas
# $count: how many methods were removed.
mail-recovery-done-body = Kā pieprasīts, visas jūsu { $brand } konta verifikācijas metodes ir noņemtas (kopā { $count }). Pievienojiet jauno mobilo ierīci, drošības atslēgu vai tālruņa numuru sadaļā „{ menu-my-account }”.

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Jūsu piekļuve lietojumprogrammai { $app } ir apstiprināta
mail-access-denied-subject = Jūsu piekļuves pieprasījums lietojumprogrammai { $app } ir noraidīts
mail-access-revoked-subject = Jūsu piekļuve lietojumprogrammai { $app } ir atsaukta
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = { $app } palīdzības dienests apstiprināja jūsu pieprasījumu piekļūt lietojumprogrammai { $app } (piekļuves profils { $profile }, organizācija { $centre }).
mail-access-denied = { $app } palīdzības dienests noraidīja jūsu pieprasījumu piekļūt lietojumprogrammai { $app } (piekļuves profils { $profile }, organizācija { $centre }).
mail-access-revoked = { $app } palīdzības dienests atsauca pēc jūsu pieprasījuma piešķirto piekļuvi lietojumprogrammai { $app } (piekļuves profils { $profile }, organizācija { $centre }).
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Palīdzības dienesta komentārs: { $comment }
mail-access-reason = Iemesls: { $reason }
mail-access-sign-in = Tagad varat pieteikties lietojumprogrammā { $app } ar savu { $brand } kontu.
# Followed by a line with the application's address.
mail-access-sign-in-at = Tagad varat pieteikties lietojumprogrammā { $app } ar savu { $brand } kontu:
mail-access-again = Jaunu pieprasījumu varat iesniegt šeit: { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Jūsu pieprasījumi: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. "ī" is outside the GSM alphabet: the whole SMS must then
# hold in 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = { $brand } kods: { $code }. Derīgs { $minutes } min. Nevienam to neizpaudiet.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Šis QR kods nav zināms. Noskenējiet QR kodu, kas tiek parādīts, pievienojot mobilo ierīci sadaļā „{ menu-my-account }”.
app-token-not-valid = Šis QR kods jau ir izmantots, tā derīguma termiņš ir beidzies vai tas ir anulēts nepareizu PIN kodu dēļ. Pievienojiet ierīci vēlreiz sadaļā „{ menu-my-account }”.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [zero] PIN kods nesakrīt ar to, kas izvēlēts sadaļā „{ menu-my-account }”. Atlikuši { $remaining } mēģinājumi.
    [one] PIN kods nesakrīt ar to, kas izvēlēts sadaļā „{ menu-my-account }”. Atlicis { $remaining } mēģinājums.
   *[other] PIN kods nesakrīt ar to, kas izvēlēts sadaļā „{ menu-my-account }”. Atlikuši { $remaining } mēģinājumi.
}
app-unknown-device = Šī ierīce nav reģistrēta (vai vairs nav reģistrēta).
app-bad-signature = Ierīces parakstu nevar verificēt.
# $seconds: a number.
app-stale = Ierīces paraksts ir vecāks par { $seconds ->
    [one] { $seconds } sekundi
   *[other] { $seconds } sekundēm
} (vai arī ierīces pulkstenis ir nepareizs).
app-replayed = Šis ierīces paraksts jau ir izmantots.
app-device-locked = Šī ierīce ir bloķēta, jo pārāk daudz reižu ievadīts nepareizs PIN kods. Dzēsiet to un pievienojiet vēlreiz sadaļā „{ menu-my-account }”.
app-not-pending = Šī pieprasījuma derīguma termiņš ir beidzies, vai arī uz to jau ir atbildēts.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [zero] Nepareizs PIN kods. Atlikuši { $remaining } mēģinājumi, pirms ierīce tiks bloķēta.
    [one] Nepareizs PIN kods. Atlicis { $remaining } mēģinājums, pirms ierīce tiks bloķēta.
   *[other] Nepareizs PIN kods. Atlikuši { $remaining } mēģinājumi, pirms ierīce tiks bloķēta.
}
app-wrong-number = Šis nav tīmekļa lapā redzamais skaitlis. Pieprasījums ir atcelts.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Pieteikšanās pieprasījums no lietojumprogrammas { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Izstrādes izsūtne
outbox-hint = Tikai izstrādes režīmā: visi pakalpojuma nosūtītie e-pasta ziņojumi un īsziņas, jaunākie augšā.
outbox-empty = Izsūtne ir tukša.
outbox-email = E-pasts
outbox-sms = Īsziņa
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } adresātam { $to }, { $when }
