# The provider's texts in Croatian (mail); see main.ftl.
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
mail-greeting = Dobar dan, { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Poslala vam je usluga { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Registrirani ste u usluzi { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    Registrirani ste u usluzi { $brand }.
    Vaša adresa e-pošte je { $email }
    {""}
    Za izradu lozinke otvorite sljedeću poveznicu:
    {""}
    { $link }
    {""}
    Za izradu lozinke imate najviše { $duration } od trenutka slanja ove poruke, no preporučujemo da to učinite odmah ako je moguće. Nakon isteka tog roka možete podnijeti novi zahtjev putem iste poveznice: tada ćete morati ponovno unijeti svoju adresu e-pošte i potvrditi zahtjev.
    {""}
    Ako gornja poveznica ne funkcionira, kopirajte cijelu gornju adresu i zalijepite je u adresnu traku preglednika.
    {""}
    Ako imate problem, nemojte odgovarati na ovu poruku, nego se poslužite pomoći ili podacima za kontakt na stranici na kojoj ste se pokušali registrirati.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Vaša lozinka za { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    Zatražena je nova lozinka za vaš račun { $email } za { $brand }.
    Za odabir nove lozinke otvorite sljedeću poveznicu:
    {""}
    { $link }
    {""}
    Poveznica vrijedi { $duration } i može se upotrijebiti samo jednom. Ako to niste zatražili, zanemarite ovu poruku: vaša lozinka nije promijenjena.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Pokušaj registracije s vašom adresom e-pošte
mail-existing-body =
    Netko se pokušao registrirati u usluzi { $brand } s vašom adresom e-pošte { $email }, za koju već postoji račun.
    Ako ste to bili vi i ne sjećate se lozinke, novu možete odabrati ovdje:
    {""}
    { $link }
    {""}
    Ako to niste bili vi, zanemarite ovu poruku: ništa nije promijenjeno.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: previše neuspjelih pokušaja prijave
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    Zabilježeno je previše neuspjelih pokušaja prijave lozinkom u vaš račun { $email } za { $brand }. Radi zaštite vašeg računa prijava lozinkom blokirana je do { $until }.
    {""}
    Ako ste to bili vi i ne sjećate se lozinke, ovdje odaberite novu; time se ujedno ukida blokada:
    {""}
    { $link }
    {""}
    Ako to niste bili vi, netko možda pokušava pogoditi vašu lozinku: putem iste poveznice odaberite novu, dugačku lozinku i provjerite aktivnost svojeg računa u odjeljku „{ menu-my-account }”.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: vaš je račun promijenjen
# Below the sentence that says what changed.
mail-changed-advice = Ako to niste učinili vi, prijavite se u uslugu { $brand }, u odjeljku „{ menu-my-account }” uklonite ono što ne prepoznajete, promijenite lozinku i obratite se službi za podršku.
mail-change-password = Lozinka vašeg računa za { $brand } promijenjena je.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Broj mobilnog telefona { $number } dodan je vašem računu za { $brand }.
mail-change-phone-removed = Broj mobilnog telefona { $number } uklonjen je iz vašeg računa za { $brand }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Mobilni uređaj „{ $name }” dodan je vašem računu za { $brand }.
mail-change-device-removed = Mobilni uređaj „{ $name }” uklonjen je iz vašeg računa za { $brand }.
mail-change-device-locked = Vaš mobilni uređaj „{ $name }” zaključan je nakon previše pogrešnih PIN-ova. Da biste ga mogli upotrebljavati, izbrišite ga i ponovno dodajte u odjeljku „{ menu-my-account }”.
mail-change-security-key-added = Sigurnosni ključ „{ $name }” dodan je vašem računu za { $brand }.
mail-change-security-key-removed = Sigurnosni ključ „{ $name }” uklonjen je iz vašeg računa za { $brand }.
mail-change-authenticator-app-added = Aplikacija za autentifikaciju „{ $name }” dodana je vašem računu za { $brand }.
mail-change-authenticator-app-removed = Aplikacija za autentifikaciju „{ $name }” uklonjena je iz vašeg računa za { $brand }.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [1] Svi uređaji vašeg računa za { $brand } izbrisani su (1 mobilni uređaj, sigurnosni ključ ili aplikacija za autentifikaciju).
   *[other] Svi uređaji vašeg računa za { $brand } izbrisani su (mobilni uređaji, sigurnosni ključevi i aplikacije za autentifikaciju – ukupno { $count }).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: vaš je račun izbrisan
mail-deleted-body = Vaš račun za { $brand } izbrisan je na vaš zahtjev.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: potvrdite uklanjanje svojih metoda provjere
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Netko se vašom lozinkom prijavio u vaš račun { $email } za { $brand } i zatražio uklanjanje svih metoda provjere računa (mobilnih uređaja, sigurnosnih ključeva, aplikacija za autentifikaciju i brojeva mobilnih telefona) jer se nijedna od njih više ne može upotrijebiti.
    {""}
    Ako ste to bili vi, potvrdite putem ove poveznice (vrijedi { $duration }):
    {""}
    { $link }
    {""}
    Metode se uklanjaju { $wait } nakon vaše potvrde; do tada možete otkazati uklanjanje, a o svemu ćete biti obaviješteni e-poštom.
    {""}
    Ako to niste bili vi, nemojte otvarati poveznicu i promijenite lozinku: netko je zna.
mail-recovery-started-subject = { $brand }: vaše će metode provjere biti uklonjene
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Sve metode provjere vašeg računa { $email } za { $brand } (mobilni uređaji, sigurnosni ključevi, aplikacije za autentifikaciju i brojevi mobilnih telefona) bit će uklonjene { $when }, kako je zatraženo i potvrđeno iz ovog poštanskog sandučića.
    {""}
    Ako to niste zatražili, odmah otkažite uklanjanje putem ove poveznice, a zatim promijenite lozinku:
    {""}
    { $link }
    {""}
    Uklanjanje možete otkazati i u odjeljku „{ menu-my-account }” > „Brisanje svih mojih uređaja”.
mail-recovery-cancelled-subject = { $brand }: uklanjanje vaših metoda provjere je otkazano
mail-recovery-cancelled-body = Uklanjanje metoda provjere vašeg računa za { $brand } je otkazano. Ništa nije uklonjeno.
mail-recovery-done-subject = { $brand }: vaše su metode provjere uklonjene
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Na vaš zahtjev uklonjene su sve metode provjere vašeg računa za { $brand } (ukupno { $count }). Dodajte novi mobilni uređaj, sigurnosni ključ ili broj telefona u odjeljku „{ menu-my-account }”.
   *[other] Na vaš zahtjev uklonjene su sve metode provjere vašeg računa za { $brand } (ukupno { $count }). Dodajte novi mobilni uređaj, sigurnosni ključ ili broj telefona u odjeljku „{ menu-my-account }”.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Vaš pristup aplikaciji { $app } je odobren
mail-access-denied-subject = Vaš zahtjev za pristup aplikaciji { $app } je odbijen
mail-access-revoked-subject = Vaš pristup aplikaciji { $app } je opozvan
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Služba za podršku aplikacije { $app } odobrila je vaš zahtjev za pristup aplikaciji { $app } (profil pristupa { $profile }, organizacija { $centre }).
mail-access-denied = Služba za podršku aplikacije { $app } odbila je vaš zahtjev za pristup aplikaciji { $app } (profil pristupa { $profile }, organizacija { $centre }).
mail-access-revoked = Služba za podršku aplikacije { $app } opozvala je pristup odobren na temelju vašeg zahtjeva za pristup aplikaciji { $app } (profil pristupa { $profile }, organizacija { $centre }).
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Komentar službe za podršku: { $comment }
mail-access-reason = Razlog: { $reason }
mail-access-sign-in = Sada se u aplikaciju { $app } možete prijaviti svojim računom za { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Sada se u aplikaciju { $app } možete prijaviti svojim računom za { $brand }:
mail-access-again = Novi zahtjev možete podnijeti na adresi { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Vaši zahtjevi: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = Kod za { $brand }: { $code }. Vrijedi { $minutes } min. Nikome ga ne otkrivajte.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Ovaj QR kôd nije poznat. Skenirajte QR kôd koji se prikazuje kada dodajete mobilni uređaj u odjeljku „{ menu-my-account }”.
app-token-not-valid = Ovaj je QR kôd već upotrijebljen, istekao je ili je poništen zbog pogrešnih PIN-ova. Ponovno dodajte uređaj u odjeljku „{ menu-my-account }”.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] PIN nije onaj odabran u odjeljku „{ menu-my-account }”. Preostao vam je još { $remaining } pokušaj.
    [few] PIN nije onaj odabran u odjeljku „{ menu-my-account }”. Preostala su vam još { $remaining } pokušaja.
   *[other] PIN nije onaj odabran u odjeljku „{ menu-my-account }”. Preostalo vam je još { $remaining } pokušaja.
}
app-unknown-device = Ovaj uređaj nije (ili više nije) registriran.
app-bad-signature = Potpis uređaja nije moguće provjeriti.
# $seconds: a number.
app-stale = { $seconds ->
    [one] Potpis uređaja stariji je od { $seconds } sekunde (ili sat uređaja nije točan).
    [few] Potpis uređaja stariji je od { $seconds } sekunde (ili sat uređaja nije točan).
   *[other] Potpis uređaja stariji je od { $seconds } sekundi (ili sat uređaja nije točan).
}
app-replayed = Ovaj je potpis uređaja već upotrijebljen.
app-device-locked = Ovaj je uređaj zaključan nakon previše pogrešnih PIN-ova. Izbrišite ga i ponovno dodajte u odjeljku „{ menu-my-account }”.
app-not-pending = Ovaj je zahtjev istekao ili je na njega već odgovoreno.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Pogrešan PIN. Preostao vam je još { $remaining } pokušaj prije zaključavanja uređaja.
    [few] Pogrešan PIN. Preostala su vam još { $remaining } pokušaja prije zaključavanja uređaja.
   *[other] Pogrešan PIN. Preostalo vam je još { $remaining } pokušaja prije zaključavanja uređaja.
}
app-wrong-number = Ovo nije broj prikazan na web-stranici. Zahtjev je otkazan.
app-browser-on = { $browser } ({ $system })
app-browser = { $browser }
app-push-title = Zahtjev za prijavu iz aplikacije { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Razvojni izlazni pretinac
outbox-hint = Samo u razvojnom načinu: sve e-poruke i SMS poruke koje je pružatelj poslao, od najnovije.
outbox-empty = Izlazni pretinac je prazan.
outbox-email = E-poruka
outbox-sms = SMS poruka
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } za { $to }, { $when }
