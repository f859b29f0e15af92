# CPMS, the demo relying party: its texts in Slovak. Every other language has exactly these
# ids, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.

## The page frame (templates/base.html)

site-name = Klinický systém na správu pacientov
skip-to-content = Prejsť na hlavný obsah
sign-out = Odhlásiť sa
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Jazyk
language-title = Vyberte jazyk
tab-home = Úvod
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Stránky ERN
nav-preferences = Predvoľby
nav-panels = Panely
footer-networks = ERN eUROGEN · Európske referenčné siete · Ukážková aplikácia napojená na prihlasovanie
footer-ecl = Vytvorené pomocou knižnice Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licencia (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Znova sa prihlásiť
link-home = Prejsť na úvodnú stránku CPMS

## The landing page (templates/index.html)

index-title = Vitajte
index-heading = Vitajte v CPMS
index-lead = Klinický systém na správu pacientov európskych referenčných sietí.
index-requirement = Na prihlásenie potrebujete účet { $provider } s dvojfaktorovým overením (heslo a k tomu mobilný telefón, aplikácia ECAS Mobile App alebo bezpečnostný kľúč).
index-sign-in = Prihlásiť sa cez { $provider }

## Home (templates/home.html)

home-title = Úvod
# $name is the signed-in person's name.
home-welcome = Vitajte, { $name }
home-role = Profesijná rola
home-area = Tematická oblasť
home-access = Váš prístup
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Pracovisko
home-col-country = Krajina
home-col-profile = Profil
# In a cell of that table when the grant does not say.
home-not-stated = neuvedené
home-ern-hint = Vaše predvoľby a panely nájdete na karte ERN.
home-ern-link = Otvoriť kartu ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Vaša profesijná rola
ern-area = Vaša tematická oblasť
ern-change = Môžete ich zmeniť vo svojich predvoľbách.
ern-preferences-link = Zmeniť predvoľby
ern-panels-link = Otvoriť panely

## Preferences (templates/preferences.html)

preferences-title = Predvoľby
preferences-first-heading = Vitajte v CPMS: vaše predvoľby
preferences-first-intro = Prihlasujete sa prvýkrát. Uveďte svoju profesijnú rolu (zobrazuje sa v paneloch vedľa vášho mena) a tematickú oblasť siete eUROGEN, pre ktorú ste žiadali o prístup.
preferences-role-label = Profesijná rola
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Zobrazuje sa v paneloch vedľa vášho mena, napríklad „detský urológ“ (najviac { $max } { $max ->
    [one] znak
    [few] znaky
    [many] znaku
   *[other] znakov
}).
preferences-area-legend = Tematická oblasť
preferences-submit = Uložiť predvoľby
preferences-expired = Platnosť formulára vypršala. Odošlite ho znova.
preferences-role-missing = Zadajte svoju profesijnú rolu.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Profesijná rola môže mať najviac { $max } { $max ->
    [one] znak
    [few] znaky
    [many] znaku
   *[other] znakov
}.
preferences-role-control = Profesijná rola nesmie obsahovať riadiace znaky.
preferences-area-unknown = Vyberte jednu z uvedených tematických oblastí.

## Panels (templates/panels.html)

panels-title = Panely
panels-no-members = Zatiaľ žiadni členovia.

## Without access: how to request it (templates/access_request.html)

access-title = Žiadosť o prístup
access-heading = Do CPMS zatiaľ nemáte prístup
access-no-access = Váš účet { $provider } nemá schválený prístup do CPMS. Požiadajte oň v autorizačnom systéme takto.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Otvoriť autorizačný systém
# "Request access": the provider's button (access-request-button).
access-step-start = V autorizačnom systéme (dvojfaktorové overenie sa tam nevyžaduje) kliknite na „Požiadať o prístup“.
access-step-1 = Krok 1: vyberte aplikáciu „CPMS“ a pokračujte krokom 2.
# “Open”: the provider's button (access-open).
access-step-2 = Krok 2: kliknite na „Otvoriť“ vedľa svojej siete ERN (napríklad eUROGEN), potom na „Otvoriť“ vedľa krajiny svojho pracoviska a vyberte svoje pracovisko. Nezačiarkujte iba okrúhle tlačidlo vedľa siete ERN: tým vyberiete sieť bez svojho pracoviska a žiadosť bude zamietnutá.
access-step-3 = Krok 3: vyberte prístupový profil „HP“ (zdravotnícky pracovník).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Krok 4: skontrolujte zhrnutie (aplikácia CPMS, vaše pracovisko, profil HP), v prípade potreby pridajte komentár a kliknite na „Odoslať žiadosť o prístup“.
access-after-approval = Keď podpora CPMS vašu žiadosť schváli, dostanete e-mail; potom sa znova prihláste.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Vyžaduje sa dvojfaktorové overenie
acr-required = CPMS vyžaduje dvojfaktorové overenie (stredná úroveň).
acr-password-only = Prihlásili ste sa iba heslom.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Prihlásili ste sa iba heslom (úroveň { $level }).
acr-how = Prihláste sa znova heslom a druhým faktorom: kódom poslaným v SMS na váš mobilný telefón, aplikáciou ECAS Mobile App (kód PIN alebo kód QR) alebo bezpečnostným kľúčom. Ak zatiaľ žiadny nemáte, najprv si ho nastavte v službe { $provider }.

## Signing out (templates/logout.html)

logout-title = Odhlásenie
logout-question = Odhlásiť sa z CPMS a zo služby { $provider }?
logout-submit = Odhlásiť sa
logout-stay = Neodhlasovať
signout-refused-title = Odhlásenie odmietnuté
signout-refused = Platnosť formulára vypršala. Skúste to znova.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Platnosť prihlásenia vypršala
signin-expired-elsewhere = Platnosť tohto prihlásenia vypršala alebo bolo začaté v inom prehliadači. Prihláste sa znova.
signin-expired-used = Platnosť tohto prihlásenia vypršala alebo už bolo dokončené. Prihláste sa znova.
signin-refused-title = Prihlásenie odmietnuté
signin-refused-state = Odpoveď služby { $provider } nepatrí k tomuto prihláseniu. Prihláste sa znova.
signin-refused-issuer = Odpoveď prišla od neočakávaného poskytovateľa identity. Prihláste sa znova.
signin-refused-no-code = Odpoveď služby { $provider } neobsahuje autorizačný kód. Prihláste sa znova.
signin-cancelled-title = Prihlásenie zrušené
signin-cancelled = Prihlásenie ste zrušili, takže do CPMS nie ste prihlásení. Keď budete pripravení, prihláste sa znova.
signin-incomplete-title = Prihlásenie nebolo dokončené
signin-second-factor = CPMS vyžaduje dvojfaktorové overenie (stredná úroveň). Nastavte si v službe { $provider } druhý faktor (mobilný telefón, aplikáciu ECAS Mobile App alebo bezpečnostný kľúč) a potom sa znova prihláste.
signin-incomplete = Službe { $provider } sa nepodarilo dokončiť prihlásenie. Prihláste sa znova.
signin-unverified-title = Prihlásenie nemožno overiť
signin-unverified = Systému CPMS sa nepodarilo overiť odpoveď služby { $provider }. Prihláste sa znova.

## Error pages (http/errors.rs)

error-not-found-title = Stránka sa nenašla
error-not-found = Na tejto adrese sa nenachádza žiadna stránka. Ak ste adresu zadávali ručne, skontrolujte ju; inak začnite znova na úvodnej stránke CPMS.
error-method-title = Táto adresa neprijíma tento typ požiadavky
error-method = Stránka existuje, ale nie pre to, čo odoslal váš prehliadač. Prejdite na úvodnú stránku CPMS a pokračujte odtiaľ.
error-server-title = Niečo sa pokazilo
error-server = Skúste to znova neskôr.
