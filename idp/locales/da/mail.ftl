# Udbyderens tekster på dansk (mail); se main.ftl.
#
# De e-mails og sms'er, som udbyderen sender, på sproget for den konto, de drejer sig om
# (mail/messages.rs), meddelelserne fra mobilappens API, som appen viser sin bruger
# (http/app_api.rs), og udviklingssiden med udbakken (templates/outbox.html).
#
# I e-mailene: $brand er tjenestens navn (”EU Login”), $email kontoens e-mailadresse, $link en
# webadresse. Lad hvert { $link } stå alene på sin linje som her: mailprogrammer gør det til
# et link. En linje, der kun indeholder {""}, er en tom linje mellem to afsnit (e-mailens
# HTML-del gør hvert afsnit til en blok): lad dem stå, hvor de står.

## Alle e-mails

# Den første linje i alle e-mails, efterfulgt af en tom linje. $first_name og $last_name er
# modtagerens navne (efternavnet står undertiden med store bogstaver).
mail-greeting = Kære { $first_name } { $last_name },
# Den sidste linje i alle e-mails.
mail-signature = Sendt til dig af { $brand }

## Registrering: linket til at oprette adgangskoden (account/registration.rs)

mail-registered-subject = Du er blevet registreret i { $brand }
# $duration: hvor længe linket virker, i ord (”1 time”, ”30 minutter”).
mail-registered-body =
    Du er blevet registreret i { $brand }.
    Din e-mailadresse er { $email }
    {""}
    Følg linket nedenfor for at oprette din adgangskode:
    {""}
    { $link }
    {""}
    Du har højst { $duration } fra det tidspunkt, hvor denne meddelelse blev sendt, til at oprette din adgangskode, men vi opfordrer dig til at gøre det med det samme, hvis det er muligt. Efter dette tidsrum kan du fremsætte en ny anmodning ved at følge det samme link: du skal så indtaste din e-mailadresse igen og bekræfte din anmodning.
    {""}
    Hvis linket ovenfor ikke virker, så kopiér hele adressen ovenfor, og indsæt den i din browsers adresselinje.
    {""}
    Svar ikke på denne meddelelse; hvis du har et problem, så brug hjælpen eller kontaktoplysningerne på det websted, hvor du forsøgte at registrere dig.

## Glemt adgangskode: linket til at vælge en ny (account/registration.rs)

mail-reset-subject = Din adgangskode til { $brand }
# $duration: hvor længe linket virker, i ord (”1 time”, ”30 minutter”).
mail-reset-body =
    Der er anmodet om en ny adgangskode til din konto { $email } i { $brand }.
    Følg linket nedenfor for at vælge en ny adgangskode:
    {""}
    { $link }
    {""}
    Linket er gyldigt i { $duration } og kan bruges én gang. Hvis du ikke har bedt om dette, kan du se bort fra denne meddelelse: din adgangskode er ikke blevet ændret.

## En registrering med en adresse, der allerede har en konto: ejeren får besked

mail-existing-subject = Forsøg på registrering med din e-mailadresse
mail-existing-body =
    Nogen har forsøgt at registrere sig i { $brand } med din e-mailadresse { $email }, som allerede har en konto.
    Hvis det var dig, og du ikke kan huske din adgangskode, kan du vælge en ny her:
    {""}
    { $link }
    {""}
    Hvis det ikke var dig, kan du se bort fra denne meddelelse: intet er ændret.

## For mange forkerte adgangskoder: login med adgangskode er spærret et stykke tid

mail-lockout-subject = { $brand }: for mange mislykkede loginforsøg
# $until: dato og klokkeslæt, hvor spærringen ophører (”6. december 2026 kl. 08:34 UTC”).
mail-lockout-body =
    Der har været for mange mislykkede forsøg på at logge ind på din konto { $email } i { $brand } med en adgangskode. For at beskytte din konto er login med adgangskode spærret indtil { $until }.
    {""}
    Hvis det var dig, og du ikke kan huske din adgangskode, så vælg en ny her; det ophæver også spærringen:
    {""}
    { $link }
    {""}
    Hvis det ikke var dig, forsøger nogen måske at gætte din adgangskode: vælg en ny, lang adgangskode via det samme link, og tjek aktiviteten på din konto i { menu-my-account }.

## Noget er ændret på kontoen: meddelelsen og én sætning for hver type ændring

mail-changed-subject = { $brand }: din konto er blevet ændret
# Under den sætning, der fortæller, hvad der er ændret.
mail-changed-advice = Hvis det ikke var dig, så log ind på { $brand }, fjern det, du ikke genkender, i { menu-my-account }, skift din adgangskode, og kontakt helpdesken.
mail-change-password = Adgangskoden til din konto i { $brand } er blevet ændret.
# $number: et telefonnummer (”+32470123456”).
mail-change-phone-added = Mobilnummeret { $number } er blevet tilføjet til din konto i { $brand }.
mail-change-phone-removed = Mobilnummeret { $number } er blevet fjernet fra din konto i { $brand }.
# $name: det navn, brugeren har givet enheden, nøglen eller appen (”Min telefon”).
mail-change-device-added = Mobilenheden ”{ $name }” er blevet tilføjet til din konto i { $brand }.
mail-change-device-removed = Mobilenheden ”{ $name }” er blevet fjernet fra din konto i { $brand }.
mail-change-device-locked = Din mobilenhed ”{ $name }” er blevet spærret efter for mange forkerte pinkoder. Slet den, og tilføj den igen i { menu-my-account } for at bruge den.
mail-change-security-key-added = Sikkerhedsnøglen ”{ $name }” er blevet tilføjet til din konto i { $brand }.
mail-change-security-key-removed = Sikkerhedsnøglen ”{ $name }” er blevet fjernet fra din konto i { $brand }.
mail-change-authenticator-app-added = Godkendelsesappen ”{ $name }” er blevet tilføjet til din konto i { $brand }.
mail-change-authenticator-app-removed = Godkendelsesappen ”{ $name }” er blevet fjernet fra din konto i { $brand }.
# $count: hvor mange der blev slettet, alle typer tilsammen.
mail-change-all-devices-deleted = { $count ->
    [one] Alle enheder på din konto i { $brand } er blevet slettet (1 mobilenhed, sikkerhedsnøgle eller godkendelsesapp).
   *[other] Alle enheder på din konto i { $brand } er blevet slettet ({ $count } mobilenheder, sikkerhedsnøgler og godkendelsesapps).
}

## Kontoen er slettet (sendes efter sletningen)

mail-deleted-subject = { $brand }: din konto er blevet slettet
mail-deleted-body = Din konto i { $brand } er blevet slettet efter din anmodning.

## Gendannelse: fjernelse af alle verifikationsmetoder, når ingen af dem kan bruges længere

mail-recovery-link-subject = { $brand }: bekræft fjernelsen af dine verifikationsmetoder
# $duration: hvor længe linket virker; $wait: hvor længe efter bekræftelsen metoderne
# fjernes; begge i ord (”30 minutter”, ”72 timer”).
mail-recovery-link-body =
    Nogen har logget ind på din konto { $email } i { $brand } med din adgangskode og bedt om at fjerne alle kontoens verifikationsmetoder (mobilenheder, sikkerhedsnøgler, godkendelsesapps og mobilnumre), fordi ingen af dem kan bruges længere.
    {""}
    Hvis det var dig, så bekræft med dette link (gyldigt i { $duration }):
    {""}
    { $link }
    {""}
    Metoderne fjernes { $wait } efter din bekræftelse; indtil da kan du annullere, og du får besked pr. e-mail.
    {""}
    Hvis det ikke var dig, så følg ikke linket, og skift din adgangskode: nogen kender den.
mail-recovery-started-subject = { $brand }: dine verifikationsmetoder bliver fjernet
# $when: dato og klokkeslæt for fjernelsen (”6. december 2026 kl. 08:34 UTC”). Den sidste
# sætning nævner en side i Min konto ved dens titel.
mail-recovery-started-body =
    Alle verifikationsmetoder på din konto { $email } i { $brand } (mobilenheder, sikkerhedsnøgler, godkendelsesapps og mobilnumre) bliver fjernet den { $when }, som der er anmodet om og bekræftet fra denne postkasse.
    {""}
    Hvis du ikke har bedt om dette, så annuller det nu med dette link, og skift derefter din adgangskode:
    {""}
    { $link }
    {""}
    Du kan også annullere det i { menu-my-account } > Slet alle mine enheder.
mail-recovery-cancelled-subject = { $brand }: fjernelsen af dine verifikationsmetoder er annulleret
mail-recovery-cancelled-body = Fjernelsen af verifikationsmetoderne på din konto i { $brand } er annulleret. Intet er blevet fjernet.
mail-recovery-done-subject = { $brand }: dine verifikationsmetoder er blevet fjernet
# $count: hvor mange metoder der blev fjernet.
mail-recovery-done-body = { $count ->
    [one] Som ønsket er alle verifikationsmetoder på din konto i { $brand } blevet fjernet (1 i alt). Tilføj din nye mobilenhed, sikkerhedsnøgle eller dit nye telefonnummer i { menu-my-account }.
   *[other] Som ønsket er alle verifikationsmetoder på din konto i { $brand } blevet fjernet ({ $count } i alt). Tilføj din nye mobilenhed, sikkerhedsnøgle eller dit nye telefonnummer i { menu-my-account }.
}

## En adgangsanmodning, som applikationens helpdesk har truffet afgørelse om eller tilbagekaldt (access/helpdesk.rs)

# $app: applikationens navn (”CPMS”).
mail-access-approved-subject = Din adgang til { $app } er godkendt
mail-access-denied-subject = Din anmodning om adgang til { $app } er afvist
mail-access-revoked-subject = Din adgang til { $app } er tilbagekaldt
# $profile: adgangsprofilens kode (”HP”); $centre: den organisation, adgangen gælder for (et
# hospital eller en sundhedstjenesteyder med by og land).
mail-access-approved = Din anmodning om adgang til { $app } (adgangsprofil { $profile }, organisation { $centre }) er blevet godkendt af helpdesken for { $app }.
mail-access-denied = Din anmodning om adgang til { $app } (adgangsprofil { $profile }, organisation { $centre }) er blevet afvist af helpdesken for { $app }.
mail-access-revoked = Den adgang til { $app }, du fik tildelt efter din anmodning (adgangsprofil { $profile }, organisation { $centre }), er blevet tilbagekaldt af helpdesken for { $app }.
# $comment og $reason: helpdeskens egne ord.
mail-access-comment = Helpdeskens kommentar: { $comment }
mail-access-reason = Begrundelse: { $reason }
mail-access-sign-in = Du kan nu logge ind på { $app } med din konto i { $brand }.
# Efterfulgt af en linje med applikationens adresse.
mail-access-sign-in-at = Du kan nu logge ind på { $app } med din konto i { $brand }:
mail-access-again = Du kan indsende en ny anmodning på { $link }
# $link: den side, der viser brugerens adgangsanmodninger.
mail-access-requests = Dine anmodninger: { $link }

## Sms

# Sms'en med en login- eller bekræftelseskode. Den skal kunne være i to sms-segmenter (en test
# kontrollerer det), så hold den lige så kort som denne. $code ser ud som ”ABCD-EFGH”: lad
# der stå et mellemrum eller et punktum på hver side af den. $minutes er et tal.
sms-code = Kode til { $brand }: { $code }. Gyldig i { $minutes } min. Del den aldrig.

## Meddelelser fra mobilappens API, som appen viser sin bruger (http/app_api.rs)

app-unknown-token = Denne QR-kode er ukendt. Scan den QR-kode, der vises, når du tilføjer en mobilenhed i { menu-my-account }.
app-token-not-valid = Denne QR-kode er allerede brugt, er udløbet eller er blevet ugyldig på grund af forkerte pinkoder. Tilføj enheden igen i { menu-my-account }.
# $remaining: hvor mange forsøg der stadig er tilladt (et tal).
app-enrol-wrong-pin = { $remaining ->
    [one] Pinkoden er ikke den, der blev valgt i { menu-my-account }. 1 forsøg tilbage.
   *[other] Pinkoden er ikke den, der blev valgt i { menu-my-account }. { $remaining } forsøg tilbage.
}
app-unknown-device = Denne enhed er ikke (eller ikke længere) registreret.
app-bad-signature = Enhedens signatur kan ikke verificeres.
# $seconds: et tal.
app-stale = Enhedens signatur er ældre end { $seconds } sekunder (eller enhedens ur går forkert).
app-replayed = Denne signatur fra enheden er allerede brugt.
app-device-locked = Denne enhed er spærret efter for mange forkerte pinkoder. Slet den, og tilføj den igen i { menu-my-account }.
app-not-pending = Denne anmodning er udløbet eller allerede besvaret.
# $remaining: hvor mange forsøg der stadig er tilladt (et tal).
app-wrong-pin = { $remaining ->
    [one] Forkert pinkode. 1 forsøg tilbage, før enheden spærres.
   *[other] Forkert pinkode. { $remaining } forsøg tilbage, før enheden spærres.
}
app-wrong-number = Dette er ikke det tal, der vises på websiden. Anmodningen er annulleret.
app-browser-on = { $browser } på { $system }
app-browser = { $browser }
app-push-title = Anmodning om at logge ind fra { $client }

## Udviklingssiden med udbakken (templates/outbox.html, kun i udviklingstilstand)

outbox-title = Udbakke (udvikling)
outbox-hint = Kun i udviklingstilstand: alle e-mails og sms'er, som udbyderen har sendt, nyeste først.
outbox-empty = Udbakken er tom.
outbox-email = E-mail
outbox-sms = Sms
# $channel: outbox-email eller outbox-sms; $to: en e-mailadresse eller et telefonnummer;
# $when: dato og klokkeslæt for afsendelsen.
outbox-sent = { $channel } til { $to } den { $when }
