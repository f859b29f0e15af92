# The provider's texts in Romanian (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Conectare
login-heading = Conectați-vă pentru a continua
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Bun venit, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (nu sunteți dumneavoastră?)
login-submit = Conectare
login-cancel = Anulați și reveniți la aplicație
login-choose-another = Alegeți o altă metodă de verificare
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = de bază
login-level-medium = mediu
login-level-high = ridicat

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Parolă
login-method-sms = Telefon mobil + SMS
login-method-app-pin = Cod PIN din aplicația mobilă
login-method-app-qr = Cod QR din aplicația mobilă
login-method-webauthn = Cheie de securitate sau platformă
login-method-totp = Aplicație de autentificare (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Pentru a șterge toate dispozitivele dumneavoastră, confirmați-vă identitatea conectându-vă din nou.
login-reauth-devices = Pentru a adăuga sau a elimina un dispozitiv mobil, confirmați-vă identitatea conectându-vă din nou.
login-reauth-phones = Pentru a adăuga sau a elimina un număr de telefon mobil, confirmați-vă identitatea conectându-vă din nou.
login-reauth-security-keys = Pentru a adăuga sau a elimina o cheie de securitate, confirmați-vă identitatea conectându-vă din nou.
login-reauth-authenticator-apps = Pentru a adăuga sau a elimina o aplicație de autentificare, confirmați-vă identitatea conectându-vă din nou.
login-reauth-delete-account = Pentru a vă șterge contul, confirmați-vă identitatea conectându-vă din nou.
login-reauth-sessions = Pentru a închide o sesiune, confirmați-vă identitatea conectându-vă din nou.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Orice modificare a modului în care vă conectați necesită întotdeauna o conectare recentă.

## The identifier page (login_identifier.html)

login-client-uses = { $client } folosește { $brand } pentru a vă identifica.
login-email-label = Folosiți adresa dumneavoastră de e-mail
login-email-required = Introduceți adresa de e-mail a contului dumneavoastră { $brand }.
login-remember = Ține-mă minte pe acest dispozitiv
login-next = Înainte
login-create-account = Creați un cont

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } necesită conectarea cu o a doua metodă de verificare (nivelul „{ $level }”).
login-password-label = Parolă
login-method-label = Alegeți metoda de verificare
login-method-hint = Numerele de telefon mobil, dispozitivele mobile și cheile de securitate se adaugă în Contul meu (meniul cu rotiță) după ce vă conectați cu parola.
login-lost-password = Ați uitat parola?
login-method-invalid = Alegeți una dintre metodele de verificare din listă.
login-invalid-credentials = Adresă de e-mail sau parolă incorectă
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Au existat prea multe încercări eșuate de conectare cu această adresă de e-mail. Pentru protejarea contului, conectarea cu parolă este blocată până la { $until } (peste { $wait }). Dacă ați uitat parola, alegeți una nouă folosind „Ați uitat parola?”.
# $wait is a length of time ("5 minutes").
login-throttled = Au existat prea multe încercări eșuate de conectare din rețeaua dumneavoastră. Încercați din nou peste { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Metodă de verificare
login-password-accepted = Parola dumneavoastră a fost acceptată.
# $method is one of login-method-*.
login-method-not-added = Nu ați adăugat încă această metodă de verificare ({ $method }) în contul dumneavoastră.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Metoda „{ $method }” nu atinge nivelul cerut de această aplicație ({ $level }).
login-no-usable-method = Contul dumneavoastră nu are încă nicio metodă de verificare acceptată de această aplicație.
login-not-added-yet = Neadăugate încă în contul dumneavoastră:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: conectați-vă cu parola, apoi adăugați metoda din Contul meu (meniul cu rotiță).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } în Contul meu
# $method is one of login-method-*.
login-method-not-accepted = Această aplicație nu acceptă metoda „{ $method }”.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Trimiteți un cod de verificare prin SMS la numărul
login-sms-send = Trimiteți codul
login-sms-sent = Un cod de verificare a fost trimis prin SMS pe telefonul dumneavoastră mobil. Poate dura până la 8 minute să ajungă.
# $wait is a length of time ("1 minute").
login-sms-next-code = Dacă nu primiți niciun cod, puteți solicita unul nou peste { $wait }.
login-sms-resend = Trimiteți un cod nou
login-sms-off = Acest serviciu nu oferă metoda „Telefon mobil + SMS”.
login-sms-limited-title = Așteptați înainte de a solicita un cod nou
# $wait is a length of time ("1 minute").
login-sms-limited = Un SMS a fost trimis cu puțin timp în urmă sau au fost trimise prea multe. Puteți solicita un cod nou peste { $wait }.
login-sms-not-delivered = SMS-ul cu codul dumneavoastră nu a putut fi livrat la acest număr. Trimiteți un cod nou sau alegeți o altă metodă de verificare.
login-sms-choose-phone = Alegeți unul dintre numerele de telefon mobil înregistrate.
login-sms-wrong = Codul de verificare nu este corect. { $remaining ->
    [one] Mai aveți { $remaining } încercare.
    [few] Mai aveți { $remaining } încercări.
   *[other] Mai aveți { $remaining } de încercări.
}
login-sms-dead = Acest cod de verificare nu mai este valabil (a expirat, a fost înlocuit sau au existat prea multe încercări greșite). Trimiteți un cod nou.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Aplicație de autentificare
login-totp-intro = Deschideți aplicația de autentificare de pe telefon și introduceți codul din 6 cifre afișat pentru { $brand }.
login-totp-code-label = Introduceți codul din 6 cifre
login-totp-wrong = Codul nu este corect. Introduceți codul din 6 cifre afișat acum de aplicația de autentificare. { $remaining ->
    [one] Mai aveți { $remaining } încercare.
    [few] Mai aveți { $remaining } încercări.
   *[other] Mai aveți { $remaining } de încercări.
}
login-totp-reused = Acest cod a fost deja folosit. Așteptați până când aplicația de autentificare afișează un cod nou, apoi introduceți-l. { $remaining ->
    [one] Mai aveți { $remaining } încercare.
    [few] Mai aveți { $remaining } încercări.
   *[other] Mai aveți { $remaining } de încercări.
}
login-totp-stopped = Au fost introduse prea multe coduri greșite. Pentru siguranța dumneavoastră, această conectare a fost oprită: reluați procesul din aplicație.
login-totp-paused-title = Prea multe coduri greșite
# $wait is a length of time ("50 minutes").
login-totp-paused = Au fost introduse prea multe coduri greșite dintr-o aplicație de autentificare pentru contul dumneavoastră. O puteți folosi din nou peste { $wait }; între timp, alegeți o altă metodă de verificare.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Când browserul vă solicită, introduceți și atingeți cheia de securitate sau deblocați computerul ori telefonul.
login-webauthn-start = Folosiți cheia de securitate
login-webauthn-off = Cheile de securitate nu pot fi folosite cu acest serviciu.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = O cerere de conectare la { $client } a fost trimisă pe dispozitivele dumneavoastră mobile. Deschideți aplicația mobilă { $brand }, alegeți acest număr și introduceți codul PIN:
login-app-pin-waiting = Se așteaptă aprobarea dumneavoastră pe dispozitivul mobil...
# A button shown only when the browser runs no script.
login-app-pin-continue = Am aprobat: continuare
login-app-pin-resend = Trimiteți o cerere nouă
login-app-pin-approved = Aprobat pe dispozitivul mobil. Conectare în curs...
login-app-pin-denied = Cererea a fost refuzată pe dispozitivul mobil.
login-app-pin-wrong-number = Numărul ales pe dispozitivul mobil nu a fost cel afișat aici. Cererea a fost anulată.
login-app-pin-expired = Cererea a expirat. Trimiteți o cerere nouă pe dispozitivul mobil.
login-app-pin-limited-title = Prea multe cereri
# $wait is a length of time ("1 minute").
login-app-pin-limited = Au fost trimise prea multe cereri de conectare pe dispozitivele dumneavoastră mobile. Încercați din nou peste { $wait } sau alegeți o altă metodă de verificare.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Scanați acest cod QR cu aplicația mobilă { $brand } și introduceți codul PIN în aplicație. Funcționează și fără conexiune la rețea pe telefon.
# The text alternative of the QR code image.
login-app-qr-alt = Cod QR de scanat cu aplicația mobilă { $brand }
login-app-qr-paste = Nu puteți scana? Lipiți acest text în aplicație:
login-app-qr-code-label = Codul generat de aplicație
login-app-qr-wrong = Codul nu este corect. { $remaining ->
    [one] Mai aveți { $remaining } încercare.
    [few] Mai aveți { $remaining } încercări.
   *[other] Mai aveți { $remaining } de încercări.
}
login-app-qr-dead = Acest cod QR nu mai este valabil (a expirat sau au fost introduse prea multe coduri greșite). Este afișat un nou cod QR: scanați-l cu aplicația.
login-app-qr-locked-title = Dispozitiv mobil blocat
login-app-qr-locked = Dispozitivul dumneavoastră mobil a fost blocat după prea multe coduri sau coduri PIN greșite. Ștergeți-l și adăugați-l din nou în Contul meu sau alegeți o altă metodă de verificare.

## Refusals of any sign-in step

login-expired-title = Această pagină de conectare a expirat
login-expired = Paginile de conectare sunt valabile o perioadă limitată și o singură dată. Dacă vă conectați la o aplicație, reveniți la aceasta și conectați-vă din nou; în caz contrar, porniți de la pagina principală.
login-form-incomplete = Formularul nu a fost completat integral. Reveniți la pagina anterioară și încercați din nou.
login-request-invalid = Cererea trimisă de aplicație nu este validă, așa că nu poate fi executată. Reveniți la aplicație și încercați din nou.
login-already-completed = Această conectare a fost deja finalizată.
login-redirect-invalid = URI-ul de redirecționare înregistrat nu este valid.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Este necesară o metodă de verificare mai puternică
# $level is one of login-level-*.
login-step-up-needed = { $client } necesită conectarea la nivelul „{ $level }” (parolă și o a doua metodă de verificare, cum ar fi un telefon mobil sau o cheie de securitate). Contul dumneavoastră nu are încă o astfel de metodă.
login-step-up-hint = Adăugați un număr de telefon mobil, un dispozitiv mobil sau o cheie de securitate în Contul meu, apoi reveniți.
login-step-up-account = Accesați Contul meu pentru a adăuga o metodă de verificare
login-return-to-app = Reveniți la aplicație

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Revenire la aplicație
login-form-post-noscript = JavaScript este dezactivat: apăsați butonul pentru a continua.
login-continue = Continuați

## Signing out (logout.html)

login-logout-title = Deconectare
# $email is the address of the signed-in account.
login-logout-question-as = Doriți să vă deconectați de la contul { $brand } { $email }?
login-logout-question = Doriți să vă deconectați de la { $brand }?
login-logout-apps = Vă veți deconecta și de la aplicațiile pe care le-ați folosit în această sesiune.
login-logout-submit = Deconectare
login-signed-out-title = V-ați deconectat
login-signed-out = V-ați deconectat de la { $brand }.
login-sign-in-again = Conectați-vă din nou
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = id_token_hint nu este un token ID emis de acest furnizor.
login-logout-client-mismatch = client_id nu corespunde cu id_token_hint.
login-logout-uri-unregistered = post_logout_redirect_uri nu este înregistrat pentru această aplicație.
login-logout-uri-invalid = post_logout_redirect_uri nu este valid.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Cel puțin { $min ->
    [one] { $min } caracter
    [few] { $min } caractere
   *[other] { $min } de caractere
} (maximum { $max }); câteva cuvinte fără legătură între ele formează o parolă bună
login-policy-rule-any = Sunt permise spații și orice caractere; nu este necesară combinarea diferitelor tipuri de caractere
login-policy-rule-common = Nu trebuie să fie o parolă folosită frecvent sau compromisă și nici ușor de ghicit (fără cuvinte repetate, rânduri de taste sau secvențe)
login-policy-rule-personal = Nu trebuie să conțină numele sau adresa dumneavoastră de e-mail
# $length and $min are numbers of characters.
login-policy-too-short = Parola este prea scurtă: { $length ->
    [one] { $length } caracter
    [few] { $length } caractere
   *[other] { $length } de caractere
}; sunt necesare cel puțin { $min }.
# $max is a number of characters.
login-policy-too-long = Parola este prea lungă: cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
login-policy-personal = Parola nu trebuie să conțină numele sau adresa dumneavoastră de e-mail.
login-policy-common = Această parolă este prea comună: apare în listele de parole compromise.
login-policy-guessable = Această parolă este prea ușor de ghicit. Încercați câteva cuvinte fără legătură între ele, de exemplu o propoziție scurtă pe care numai dumneavoastră ați scrie-o.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Această parolă este prea ușor de ghicit: { $reason } Încercați câteva cuvinte fără legătură între ele, de exemplu o propoziție scurtă pe care numai dumneavoastră ați scrie-o.
login-policy-why-keyboard-rows = rândurile drepte de taste sunt ușor de ghicit.
login-policy-why-keyboard-patterns = modelele scurte de pe tastatură sunt ușor de ghicit.
login-policy-why-repeats = repetițiile precum „aaa” sunt ușor de ghicit.
login-policy-why-repeated-words = repetițiile precum „abcabcabc” sunt doar puțin mai greu de ghicit decât „abc”.
login-policy-why-top-10 = aceasta este una dintre cele mai comune 10 parole.
login-policy-why-top-100 = aceasta este una dintre cele mai comune 100 de parole.
login-policy-why-common = aceasta este o parolă foarte comună.
login-policy-why-similar = aceasta seamănă cu o parolă folosită frecvent.
login-policy-why-sequences = secvențele precum abc sau 6543 sunt ușor de ghicit.
login-policy-why-years = anii recenți sunt ușor de ghicit.
login-policy-why-word = un cuvânt singur este ușor de ghicit.
login-policy-why-dates = datele calendaristice sunt adesea ușor de ghicit.
login-policy-why-names = numele și prenumele luate singure sunt ușor de ghicit.
login-policy-why-common-names = numele și prenumele comune sunt ușor de ghicit.
