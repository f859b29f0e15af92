# The provider's texts in Lithuanian (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Prisijungimas
login-heading = Prisijunkite, kad galėtumėte tęsti
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Sveiki, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (ne jūs?)
login-submit = Prisijungti
login-cancel = Atšaukti ir grįžti į programą
login-choose-another = Pasirinkti kitą patvirtinimo būdą
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level (agrees with "lygis", masculine).
login-level-basic = pagrindinis
login-level-medium = vidutinis
login-level-high = aukštas

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Slaptažodis
login-method-sms = Mobilusis telefonas + SMS
login-method-app-pin = Mobiliosios programėlės PIN kodas
login-method-app-qr = Mobiliosios programėlės QR kodas
login-method-webauthn = Saugos raktas arba platforma
login-method-totp = Autentifikavimo programėlė (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Norėdami ištrinti visus savo įrenginius, patvirtinkite savo tapatybę prisijungdami dar kartą.
login-reauth-devices = Norėdami pridėti arba pašalinti mobilųjį įrenginį, patvirtinkite savo tapatybę prisijungdami dar kartą.
login-reauth-phones = Norėdami pridėti arba pašalinti mobiliojo telefono numerį, patvirtinkite savo tapatybę prisijungdami dar kartą.
login-reauth-security-keys = Norėdami pridėti arba pašalinti saugos raktą, patvirtinkite savo tapatybę prisijungdami dar kartą.
login-reauth-authenticator-apps = Norėdami pridėti arba pašalinti autentifikavimo programėlę, patvirtinkite savo tapatybę prisijungdami dar kartą.
login-reauth-delete-account = Norėdami ištrinti savo paskyrą, patvirtinkite savo tapatybę prisijungdami dar kartą.
login-reauth-sessions = Norėdami baigti seansą, patvirtinkite savo tapatybę prisijungdami dar kartą.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Prisijungimo būdus keisti galima tik neseniai prisijungus.

## The identifier page (login_identifier.html)

login-client-uses = { $client } naudoja { $brand } jūsų tapatybei nustatyti.
login-email-label = Naudokite savo el. pašto adresą
login-email-required = Įveskite savo { $brand } paskyros el. pašto adresą.
login-remember = Įsiminti mane šiame įrenginyje
login-next = Toliau
login-create-account = Sukurti paskyrą

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } reikalauja prisijungti naudojant antrą patvirtinimo būdą (lygis „{ $level }“).
login-password-label = Slaptažodis
login-method-label = Pasirinkite patvirtinimo būdą
login-method-hint = Mobiliojo telefono numerius, mobiliuosius įrenginius ir saugos raktus galima pridėti skiltyje „Mano paskyra“ (krumpliaračio meniu), kai prisijungiate slaptažodžiu.
login-lost-password = Pamiršote slaptažodį?
login-method-invalid = Pasirinkite vieną iš sąraše pateiktų patvirtinimo būdų.
login-invalid-credentials = Neteisingas el. pašto adresas arba slaptažodis
# $until is a date and time ("2026 m. gruodžio 6 d. 08:34 UTC"), $wait a length of time
# in the nominative ("1 valanda 5 minutės"). „Pamiršote slaptažodį?“ is the link
# login-lost-password.
login-locked = Per daug nesėkmingų bandymų prisijungti su šiuo el. pašto adresu. Siekiant apsaugoti paskyrą, prisijungti slaptažodžiu neleidžiama iki { $until } (liko { $wait }). Jei pamiršote slaptažodį, nustatykite naują paspaudę „Pamiršote slaptažodį?“.
# $wait is a length of time ("5 minutės").
login-throttled = Per daug nesėkmingų bandymų prisijungti iš jūsų tinklo. Bandykite dar kartą, kai praeis { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Patvirtinimo būdas
login-password-accepted = Jūsų slaptažodis priimtas.
# $method is one of login-method-*.
login-method-not-added = Šis patvirtinimo būdas ({ $method }) prie jūsų paskyros dar nepridėtas.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = { $method } neatitinka šios programos reikalaujamo lygio ({ $level }).
login-no-usable-method = Jūsų paskyroje dar nėra patvirtinimo būdo, kurį priimtų ši programa.
login-not-added-yet = Prie jūsų paskyros dar nepridėta:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: prisijunkite slaptažodžiu, tada pridėkite šį būdą skiltyje „Mano paskyra“ (krumpliaračio meniu).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } skiltyje „Mano paskyra“
# $method is one of login-method-*.
login-method-not-accepted = Ši programa nepriima šio patvirtinimo būdo: { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Patvirtinimo kodą SMS žinute siųsti numeriu
login-sms-send = Siųsti kodą
login-sms-sent = Patvirtinimo kodas išsiųstas SMS žinute į jūsų mobilųjį telefoną. Žinutės gali tekti palaukti iki 8 minučių.
# $wait is a length of time in the nominative ("1 minutė").
login-sms-next-code = Jei kodas neateis, naujo galėsite paprašyti, kai praeis { $wait }.
login-sms-resend = Siųsti naują kodą
login-sms-off = Būdas „Mobilusis telefonas + SMS“ šioje paslaugoje nesiūlomas.
login-sms-limited-title = Prieš prašydami naujo kodo, palaukite
# $wait is a length of time in the nominative ("1 minutė").
login-sms-limited = SMS žinutė buvo išsiųsta visai neseniai arba jų išsiųsta per daug. Naujo kodo galėsite paprašyti, kai praeis { $wait }.
login-sms-not-delivered = SMS žinutės su jūsų kodu nepavyko pristatyti šiuo numeriu. Siųskite naują kodą arba pasirinkite kitą patvirtinimo būdą.
login-sms-choose-phone = Pasirinkite vieną iš savo užregistruotų mobiliojo telefono numerių.
login-sms-wrong = Patvirtinimo kodas neteisingas. { $remaining ->
    [one] Liko { $remaining } bandymas.
    [few] Liko { $remaining } bandymai.
    [many] Liko { $remaining } bandymo.
   *[other] Liko { $remaining } bandymų.
}
login-sms-dead = Šis patvirtinimo kodas nebegalioja (baigėsi jo galiojimas, jis pakeistas naujesniu arba per daug kartų įvestas neteisingai). Išsiųskite naują kodą.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Autentifikavimo programėlė
login-totp-intro = Atidarykite telefone autentifikavimo programėlę ir įveskite joje rodomą { $brand } 6 skaitmenų kodą.
login-totp-code-label = Įveskite 6 skaitmenų kodą
login-totp-wrong = Kodas neteisingas. Įveskite 6 skaitmenų kodą, kurį autentifikavimo programėlė rodo dabar. { $remaining ->
    [one] Liko { $remaining } bandymas.
    [few] Liko { $remaining } bandymai.
    [many] Liko { $remaining } bandymo.
   *[other] Liko { $remaining } bandymų.
}
login-totp-reused = Šis kodas jau panaudotas. Palaukite, kol autentifikavimo programėlė parodys naują kodą, ir jį įveskite. { $remaining ->
    [one] Liko { $remaining } bandymas.
    [few] Liko { $remaining } bandymai.
    [many] Liko { $remaining } bandymo.
   *[other] Liko { $remaining } bandymų.
}
login-totp-stopped = Įvesta per daug neteisingų kodų. Jūsų saugumui šis prisijungimas nutrauktas: grįžkite į programą ir pradėkite iš naujo.
login-totp-paused-title = Per daug neteisingų kodų
# $wait is a length of time in the nominative ("50 minučių").
login-totp-paused = Jūsų paskyrai įvesta per daug neteisingų autentifikavimo programėlės kodų. Ją vėl galėsite naudoti, kai praeis { $wait }; kol kas pasirinkite kitą patvirtinimo būdą.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Kai naršyklė paprašys, įkiškite ir palieskite saugos raktą arba atrakinkite kompiuterį ar telefoną.
login-webauthn-start = Naudoti saugos raktą
login-webauthn-off = Šioje paslaugoje saugos raktų naudoti negalima.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Prašymas prisijungti prie { $client } išsiųstas į jūsų mobiliuosius įrenginius. Atidarykite { $brand } mobiliąją programėlę, pasirinkite šį skaičių ir įveskite PIN kodą:
login-app-pin-waiting = Laukiama patvirtinimo jūsų mobiliajame įrenginyje...
# A button shown only when the browser runs no script.
login-app-pin-continue = Patvirtinau – tęsti
login-app-pin-resend = Siųsti naują prašymą
login-app-pin-approved = Patvirtinta jūsų mobiliajame įrenginyje. Jungiamasi...
login-app-pin-denied = Prašymas atmestas jūsų mobiliajame įrenginyje.
login-app-pin-wrong-number = Mobiliajame įrenginyje pasirinktas skaičius nesutampa su čia rodomu. Prašymas atšauktas.
login-app-pin-expired = Prašymo galiojimas baigėsi. Išsiųskite naują prašymą į mobilųjį įrenginį.
login-app-pin-limited-title = Per daug prašymų
# $wait is a length of time in the nominative ("1 minutė").
login-app-pin-limited = Į jūsų mobiliuosius įrenginius išsiųsta per daug prisijungimo prašymų. Bandykite dar kartą, kai praeis { $wait }, arba pasirinkite kitą patvirtinimo būdą.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Nuskaitykite šį QR kodą { $brand } mobiliąja programėle ir programėlėje įveskite PIN kodą. Telefonui interneto ryšio nereikia.
# The text alternative of the QR code image.
login-app-qr-alt = QR kodas, kurį reikia nuskaityti { $brand } mobiliąja programėle
login-app-qr-paste = Nepavyksta nuskaityti? Įklijuokite šį tekstą programėlėje:
login-app-qr-code-label = Programėlės sugeneruotas kodas
login-app-qr-wrong = Kodas neteisingas. { $remaining ->
    [one] Liko { $remaining } bandymas.
    [few] Liko { $remaining } bandymai.
    [many] Liko { $remaining } bandymo.
   *[other] Liko { $remaining } bandymų.
}
login-app-qr-dead = Šis QR kodas nebegalioja (baigėsi jo galiojimas arba įvesta per daug neteisingų kodų). Rodomas naujas QR kodas: nuskaitykite jį programėle.
login-app-qr-locked-title = Mobilusis įrenginys užblokuotas
login-app-qr-locked = Jūsų mobilusis įrenginys užblokuotas, nes per daug kartų įvestas neteisingas kodas arba PIN kodas. Ištrinkite jį ir vėl pridėkite skiltyje „Mano paskyra“ arba pasirinkite kitą patvirtinimo būdą.

## Refusals of any sign-in step

login-expired-title = Šio prisijungimo puslapio galiojimas baigėsi
login-expired = Prisijungimo puslapiai galioja ribotą laiką ir tik vieną kartą. Jei jungėtės prie programos, grįžkite į ją ir prisijunkite dar kartą; kitu atveju pradėkite nuo pagrindinio puslapio.
login-form-incomplete = Forma užpildyta ne iki galo. Grįžkite atgal ir bandykite dar kartą.
login-request-invalid = Programos atsiųsta užklausa netinkama, todėl jos įvykdyti negalima. Grįžkite į programą ir bandykite dar kartą.
login-already-completed = Šis prisijungimas jau užbaigtas.
login-redirect-invalid = Užregistruotas peradresavimo URI netinkamas.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Reikalingas stipresnis patvirtinimo būdas
# $level is one of login-level-*.
login-step-up-needed = { $client } reikalauja prisijungimo, kurio lygis – „{ $level }“ (slaptažodis ir antras patvirtinimo būdas, pavyzdžiui, mobilusis telefonas arba saugos raktas). Jūsų paskyroje tokio būdo dar nėra.
login-step-up-hint = Pridėkite mobiliojo telefono numerį, mobilųjį įrenginį arba saugos raktą skiltyje „Mano paskyra“ ir grįžkite.
login-step-up-account = Pridėti patvirtinimo būdą skiltyje „Mano paskyra“
login-return-to-app = Grįžti į programą

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Grįžtama į programą
login-form-post-noscript = JavaScript išjungtas: norėdami tęsti, paspauskite mygtuką.
login-continue = Tęsti

## Signing out (logout.html)

login-logout-title = Atsijungimas
# $email is the address of the signed-in account.
login-logout-question-as = Ar norite atsijungti nuo { $brand } kaip { $email }?
login-logout-question = Ar norite atsijungti nuo { $brand }?
login-logout-apps = Taip pat atsijungsite nuo programų, kuriomis naudojotės šio seanso metu.
login-logout-submit = Atsijungti
login-signed-out-title = Jūs atsijungėte
login-signed-out = Jūs atsijungėte nuo { $brand }.
login-sign-in-again = Prisijungti dar kartą
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = id_token_hint nėra šio teikėjo išduotas ID žetonas.
login-logout-client-mismatch = client_id neatitinka id_token_hint.
login-logout-uri-unregistered = Šiai programai post_logout_redirect_uri neužregistruotas.
login-logout-uri-invalid = post_logout_redirect_uri netinkamas.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Nuo { $min } iki { $max ->
    [one] { $max } simbolio
   *[other] { $max } simbolių
}; geras slaptažodis – keli tarpusavyje nesusiję žodžiai
login-policy-rule-any = Leidžiami tarpai ir bet kokie simboliai; skirtingų rūšių simbolių derinti nereikia
login-policy-rule-common = Negali būti dažnai naudojamas ar nutekėjęs slaptažodis ir neturi būti lengvai atspėjamas (jokių pasikartojančių žodžių, klavišų eilių ar sekų)
login-policy-rule-personal = Neturi būti jūsų vardo, pavardės ar el. pašto adreso
# $length and $min are numbers of characters.
login-policy-too-short = Slaptažodis per trumpas: { $length ->
    [one] { $length } simbolis
    [few] { $length } simboliai
    [many] { $length } simbolio
   *[other] { $length } simbolių
}, o reikia ne mažiau kaip { $min }.
# $max is a number of characters.
login-policy-too-long = Slaptažodis per ilgas: leidžiama iki { $max ->
    [one] { $max } simbolio
   *[other] { $max } simbolių
}.
login-policy-personal = Slaptažodyje neturi būti jūsų vardo, pavardės ar el. pašto adreso.
login-policy-common = Šis slaptažodis per daug paplitęs: jis yra nutekėjusių slaptažodžių sąrašuose.
login-policy-guessable = Šį slaptažodį per lengva atspėti. Pabandykite kelis tarpusavyje nesusijusius žodžius, pavyzdžiui, trumpą sakinį, kurį parašytumėte tik jūs.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Šį slaptažodį per lengva atspėti: { $reason } Pabandykite kelis tarpusavyje nesusijusius žodžius, pavyzdžiui, trumpą sakinį, kurį parašytumėte tik jūs.
login-policy-why-keyboard-rows = tiesias klavišų eiles lengva atspėti.
login-policy-why-keyboard-patterns = trumpus klavišų derinius lengva atspėti.
login-policy-why-repeats = pasikartojimus, tokius kaip „aaa“, lengva atspėti.
login-policy-why-repeated-words = pasikartojimus, tokius kaip „abcabcabc“, atspėti tik šiek tiek sunkiau nei „abc“.
login-policy-why-top-10 = tai vienas iš 10 dažniausiai naudojamų slaptažodžių.
login-policy-why-top-100 = tai vienas iš 100 dažniausiai naudojamų slaptažodžių.
login-policy-why-common = tai labai dažnai naudojamas slaptažodis.
login-policy-why-similar = jis panašus į dažnai naudojamą slaptažodį.
login-policy-why-sequences = sekas, tokias kaip abc ar 6543, lengva atspėti.
login-policy-why-years = pastaruosius metus lengva atspėti.
login-policy-why-word = vieną žodį lengva atspėti.
login-policy-why-dates = datas dažnai lengva atspėti.
login-policy-why-names = vien vardus ir pavardes lengva atspėti.
login-policy-why-common-names = dažnus vardus ir pavardes lengva atspėti.
