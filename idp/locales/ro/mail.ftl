# The provider's texts in Romanian (mail); see main.ftl.
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
mail-greeting = Bună ziua, { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Mesaj trimis de { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Înregistrarea dumneavoastră în { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    Înregistrarea dumneavoastră în { $brand } a fost efectuată.
    Adresa dumneavoastră de e-mail este { $email }
    {""}
    Pentru a vă crea parola, accesați linkul de mai jos:
    {""}
    { $link }
    {""}
    Aveți la dispoziție cel mult { $duration } de la momentul trimiterii acestui mesaj pentru a vă crea parola, dar vă recomandăm să o faceți imediat, dacă este posibil. După acest termen, puteți face o nouă cerere accesând același link: va trebui atunci să reintroduceți adresa de e-mail și să vă confirmați cererea.
    {""}
    Dacă linkul de mai sus nu funcționează, copiați adresa completă și lipiți-o în bara de adrese a browserului.
    {""}
    Dacă întâmpinați o problemă, nu răspundeți la acest mesaj, ci consultați informațiile de ajutor sau de contact de pe site-ul pe care ați încercat să vă înregistrați.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Parola dumneavoastră { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    S-a solicitat o parolă nouă pentru contul dumneavoastră { $brand } { $email }.
    Pentru a alege o parolă nouă, accesați linkul de mai jos:
    {""}
    { $link }
    {""}
    Linkul este valabil { $duration } și poate fi folosit o singură dată. Dacă nu ați solicitat acest lucru, ignorați acest mesaj: parola dumneavoastră nu a fost schimbată.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Încercare de înregistrare cu adresa dumneavoastră de e-mail
mail-existing-body =
    Cineva a încercat să se înregistreze în { $brand } cu adresa dumneavoastră de e-mail { $email }, pentru care există deja un cont.
    Dacă ați fost dumneavoastră și nu vă amintiți parola, puteți alege una nouă aici:
    {""}
    { $link }
    {""}
    Dacă nu ați fost dumneavoastră, ignorați acest mesaj: nu s-a modificat nimic.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: prea multe încercări eșuate de conectare
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    Au existat prea multe încercări eșuate de conectare cu parolă la contul dumneavoastră { $brand } { $email }. Pentru protejarea contului, conectarea cu parolă este blocată până la { $until }.
    {""}
    Dacă ați fost dumneavoastră și nu vă amintiți parola, alegeți una nouă aici; astfel se încheie și blocarea:
    {""}
    { $link }
    {""}
    Dacă nu ați fost dumneavoastră, este posibil ca cineva să încerce să vă ghicească parola: alegeți o parolă nouă și lungă folosind același link și verificați activitatea contului dumneavoastră în { menu-my-account }.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: contul dumneavoastră a fost modificat
# Below the sentence that says what changed.
mail-changed-advice = Dacă nu dumneavoastră ați făcut această modificare, conectați-vă la { $brand }, eliminați ceea ce nu recunoașteți în { menu-my-account }, schimbați-vă parola și contactați serviciul de asistență.
mail-change-password = Parola contului dumneavoastră { $brand } a fost schimbată.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Numărul de telefon mobil { $number } a fost adăugat în contul dumneavoastră { $brand }.
mail-change-phone-removed = Numărul de telefon mobil { $number } a fost eliminat din contul dumneavoastră { $brand }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Dispozitivul mobil „{ $name }” a fost adăugat în contul dumneavoastră { $brand }.
mail-change-device-removed = Dispozitivul mobil „{ $name }” a fost eliminat din contul dumneavoastră { $brand }.
mail-change-device-locked = Dispozitivul dumneavoastră mobil „{ $name }” a fost blocat după prea multe coduri PIN greșite. Pentru a-l folosi din nou, ștergeți-l și adăugați-l din nou în { menu-my-account }.
mail-change-security-key-added = Cheia de securitate „{ $name }” a fost adăugată în contul dumneavoastră { $brand }.
mail-change-security-key-removed = Cheia de securitate „{ $name }” a fost eliminată din contul dumneavoastră { $brand }.
mail-change-authenticator-app-added = Aplicația de autentificare „{ $name }” a fost adăugată în contul dumneavoastră { $brand }.
mail-change-authenticator-app-removed = Aplicația de autentificare „{ $name }” a fost eliminată din contul dumneavoastră { $brand }.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Toate dispozitivele contului dumneavoastră { $brand } au fost șterse (1 dispozitiv mobil, cheie de securitate sau aplicație de autentificare).
    [few] Toate dispozitivele contului dumneavoastră { $brand } au fost șterse ({ $count } dispozitive mobile, chei de securitate și aplicații de autentificare).
   *[other] Toate dispozitivele contului dumneavoastră { $brand } au fost șterse ({ $count } de dispozitive mobile, chei de securitate și aplicații de autentificare).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: contul dumneavoastră a fost șters
mail-deleted-body = Contul dumneavoastră { $brand } a fost șters la cererea dumneavoastră.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: confirmați eliminarea metodelor de verificare
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Cineva s-a conectat la contul dumneavoastră { $brand } { $email } cu parola dumneavoastră și a solicitat eliminarea tuturor metodelor de verificare ale contului (dispozitive mobile, chei de securitate, aplicații de autentificare și numere de telefon mobil), deoarece niciuna dintre ele nu mai poate fi folosită.
    {""}
    Dacă ați fost dumneavoastră, confirmați prin acest link (valabil { $duration }):
    {""}
    { $link }
    {""}
    Metodele sunt eliminate la { $wait } după confirmare; până atunci puteți anula eliminarea și veți primi o notificare prin e-mail.
    {""}
    Dacă nu ați fost dumneavoastră, nu accesați linkul și schimbați-vă parola: cineva o cunoaște.
mail-recovery-started-subject = { $brand }: metodele dumneavoastră de verificare vor fi eliminate
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Toate metodele de verificare ale contului dumneavoastră { $brand } { $email } (dispozitive mobile, chei de securitate, aplicații de autentificare și numere de telefon mobil) vor fi eliminate pe { $when }, așa cum s-a solicitat și s-a confirmat din această căsuță de e-mail.
    {""}
    Dacă nu ați solicitat acest lucru, anulați acum eliminarea prin acest link, apoi schimbați-vă parola:
    {""}
    { $link }
    {""}
    O puteți anula și din { menu-my-account } > Ștergerea tuturor dispozitivelor mele.
mail-recovery-cancelled-subject = { $brand }: eliminarea metodelor dumneavoastră de verificare a fost anulată
mail-recovery-cancelled-body = Eliminarea metodelor de verificare ale contului dumneavoastră { $brand } a fost anulată. Nu a fost eliminat nimic.
mail-recovery-done-subject = { $brand }: metodele dumneavoastră de verificare au fost eliminate
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Așa cum ați solicitat, toate metodele de verificare ale contului dumneavoastră { $brand } au fost eliminate (1 în total). Adăugați noul dispozitiv mobil, noua cheie de securitate sau noul număr de telefon în { menu-my-account }.
   *[other] Așa cum ați solicitat, toate metodele de verificare ale contului dumneavoastră { $brand } au fost eliminate ({ $count } în total). Adăugați noul dispozitiv mobil, noua cheie de securitate sau noul număr de telefon în { menu-my-account }.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Accesul dumneavoastră la { $app } a fost aprobat
mail-access-denied-subject = Cererea dumneavoastră de acces la { $app } a fost refuzată
mail-access-revoked-subject = Accesul dumneavoastră la { $app } a fost revocat
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Cererea dumneavoastră de acces la { $app } (profil de acces { $profile }, organizația { $centre }) a fost aprobată de serviciul de asistență al aplicației { $app }.
mail-access-denied = Cererea dumneavoastră de acces la { $app } (profil de acces { $profile }, organizația { $centre }) a fost refuzată de serviciul de asistență al aplicației { $app }.
mail-access-revoked = Accesul acordat în urma cererii dumneavoastră de acces la { $app } (profil de acces { $profile }, organizația { $centre }) a fost revocat de serviciul de asistență al aplicației { $app }.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Comentariul serviciului de asistență: { $comment }
mail-access-reason = Motiv: { $reason }
mail-access-sign-in = Acum vă puteți conecta la { $app } cu contul dumneavoastră { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Acum vă puteți conecta la { $app } cu contul dumneavoastră { $brand }:
mail-access-again = Puteți trimite o nouă cerere la { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Cererile dumneavoastră: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = Cod { $brand }: { $code }. Valabil { $minutes } min. Nu îl comunicați nimănui.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Acest cod QR nu este cunoscut. Scanați codul QR afișat atunci când adăugați un dispozitiv mobil în { menu-my-account }.
app-token-not-valid = Acest cod QR a fost deja folosit, a expirat sau a fost anulat din cauza unor coduri PIN greșite. Adăugați din nou dispozitivul în { menu-my-account }.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] Codul PIN nu este cel ales în { menu-my-account }. Mai aveți 1 încercare.
    [few] Codul PIN nu este cel ales în { menu-my-account }. Mai aveți { $remaining } încercări.
   *[other] Codul PIN nu este cel ales în { menu-my-account }. Mai aveți { $remaining } de încercări.
}
app-unknown-device = Acest dispozitiv nu este (sau nu mai este) înregistrat.
app-bad-signature = Semnătura dispozitivului nu poate fi verificată.
# $seconds: a number.
app-stale = Semnătura dispozitivului este mai veche de { $seconds ->
    [one] { $seconds } secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
} (sau ceasul dispozitivului este greșit).
app-replayed = Această semnătură a dispozitivului a fost deja folosită.
app-device-locked = Acest dispozitiv este blocat după prea multe coduri PIN greșite. Ștergeți-l și adăugați-l din nou în { menu-my-account }.
app-not-pending = Această cerere a expirat sau a primit deja un răspuns.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Cod PIN greșit. Mai aveți 1 încercare înainte de blocarea dispozitivului.
    [few] Cod PIN greșit. Mai aveți { $remaining } încercări înainte de blocarea dispozitivului.
   *[other] Cod PIN greșit. Mai aveți { $remaining } de încercări înainte de blocarea dispozitivului.
}
app-wrong-number = Acesta nu este numărul afișat pe pagina web. Cererea a fost anulată.
app-browser-on = { $browser } pe { $system }
app-browser = { $browser }
app-push-title = Cerere de conectare de la { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Căsuța de ieșire (dezvoltare)
outbox-hint = Numai în modul de dezvoltare: toate e-mailurile și SMS-urile trimise de furnizor, de la cele mai recente la cele mai vechi.
outbox-empty = Căsuța de ieșire este goală.
outbox-email = E-mail
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } către { $to } pe { $when }
