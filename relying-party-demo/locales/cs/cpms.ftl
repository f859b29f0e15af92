# CPMS, the demo relying party: its texts in Czech. Every other language has exactly these
# ids, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.

## The page frame (templates/base.html)

site-name = Klinický systém pro správu pacientů
skip-to-content = Přejít na hlavní obsah
sign-out = Odhlásit se
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Jazyk
language-title = Zvolte jazyk
tab-home = Úvod
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Stránky ERN
nav-preferences = Předvolby
nav-panels = Panely
footer-networks = ERN eUROGEN · Evropské referenční sítě · Ukázková aplikace napojená na přihlašování
footer-ecl = Vytvořeno pomocí knihovny Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licence (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Znovu se přihlásit
link-home = Přejít na úvodní stránku CPMS

## The landing page (templates/index.html)

index-title = Vítejte
index-heading = Vítejte v CPMS
index-lead = Klinický systém pro správu pacientů evropských referenčních sítí.
index-requirement = K přihlášení potřebujete účet { $provider } s dvoufázovým ověřením (heslo a k tomu mobilní telefon, aplikace ECAS Mobile App nebo bezpečnostní klíč).
index-sign-in = Přihlásit se přes { $provider }

## Home (templates/home.html)

home-title = Úvod
# $name is the signed-in person's name.
home-welcome = Vítejte, { $name }
home-role = Profesní role
home-area = Tematická oblast
home-access = Váš přístup
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Pracoviště
home-col-country = Země
home-col-profile = Profil
# In a cell of that table when the grant does not say.
home-not-stated = neuvedeno
home-ern-hint = Vaše předvolby a panely najdete na kartě ERN.
home-ern-link = Otevřít kartu ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Vaše profesní role
ern-area = Vaše tematická oblast
ern-change = Můžete je změnit ve svých předvolbách.
ern-preferences-link = Změnit předvolby
ern-panels-link = Otevřít panely

## Preferences (templates/preferences.html)

preferences-title = Předvolby
preferences-first-heading = Vítejte v CPMS: vaše předvolby
preferences-first-intro = Přihlašujete se poprvé. Uveďte prosím svou profesní roli (zobrazuje se v panelech vedle vašeho jména) a tematickou oblast sítě eUROGEN, pro kterou jste žádali o přístup.
preferences-role-label = Profesní role
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Zobrazuje se v panelech vedle vašeho jména, například „dětský urolog“ (nejvýše { $max } { $max ->
    [one] znak
    [few] znaky
    [many] znaku
   *[other] znaků
}).
preferences-area-legend = Tematická oblast
preferences-submit = Uložit předvolby
preferences-expired = Platnost formuláře vypršela. Odešlete jej prosím znovu.
preferences-role-missing = Zadejte prosím svou profesní roli.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Profesní role smí mít nejvýše { $max } { $max ->
    [one] znak
    [few] znaky
    [many] znaku
   *[other] znaků
}.
preferences-role-control = Profesní role nesmí obsahovat řídicí znaky.
preferences-area-unknown = Zvolte prosím jednu z uvedených tematických oblastí.

## Panels (templates/panels.html)

panels-title = Panely
panels-no-members = Zatím žádní členové.

## Without access: how to request it (templates/access_request.html)

access-title = Žádost o přístup
access-heading = Do CPMS zatím nemáte přístup
access-no-access = Váš účet { $provider } nemá schválený přístup do CPMS. Požádejte o něj v autorizačním systému následujícím způsobem.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Otevřít autorizační systém
# "Request access": the provider's button (access-request-button).
access-step-start = V autorizačním systému (dvoufázové ověření tam není vyžadováno) klikněte na „Požádat o přístup“.
access-step-1 = Krok 1: vyberte aplikaci „CPMS“ a pokračujte krokem 2.
# “Open”: the provider's button (access-open).
access-step-2 = Krok 2: klikněte na „Otevřít“ vedle své sítě ERN (například eUROGEN), poté na „Otevřít“ vedle země svého pracoviště a vyberte své pracoviště. Nezaškrtávejte pouze kulaté tlačítko vedle sítě ERN: tím vyberete síť bez svého pracoviště a žádost bude zamítnuta.
access-step-3 = Krok 3: vyberte přístupový profil „HP“ (zdravotnický pracovník).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Krok 4: zkontrolujte shrnutí (aplikace CPMS, vaše pracoviště, profil HP), v případě potřeby přidejte komentář a klikněte na „Odeslat žádost o přístup“.
access-after-approval = Jakmile podpora CPMS vaši žádost schválí, obdržíte e-mail; pak se znovu přihlaste.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Vyžaduje se dvoufázové ověření
acr-required = CPMS vyžaduje dvoufázové ověření (střední úroveň).
acr-password-only = Přihlásili jste se pouze heslem.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Přihlásili jste se pouze heslem (úroveň { $level }).
acr-how = Přihlaste se znovu heslem a druhým faktorem: kódem zaslaným v SMS na váš mobilní telefon, aplikací ECAS Mobile App (kód PIN nebo kód QR) nebo bezpečnostním klíčem. Pokud zatím žádný nemáte, nejprve si jej nastavte ve službě { $provider }.

## Signing out (templates/logout.html)

logout-title = Odhlášení
logout-question = Odhlásit se z CPMS a ze služby { $provider }?
logout-submit = Odhlásit se
logout-stay = Neodhlašovat
signout-refused-title = Odhlášení odmítnuto
signout-refused = Platnost formuláře vypršela. Zkuste to prosím znovu.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Platnost přihlášení vypršela
signin-expired-elsewhere = Platnost tohoto přihlášení vypršela nebo bylo zahájeno v jiném prohlížeči. Přihlaste se prosím znovu.
signin-expired-used = Platnost tohoto přihlášení vypršela nebo již bylo dokončeno. Přihlaste se prosím znovu.
signin-refused-title = Přihlášení odmítnuto
signin-refused-state = Odpověď služby { $provider } nepatří k tomuto přihlášení. Přihlaste se prosím znovu.
signin-refused-issuer = Odpověď přišla od neočekávaného poskytovatele identity. Přihlaste se prosím znovu.
signin-refused-no-code = Odpověď služby { $provider } neobsahuje autorizační kód. Přihlaste se prosím znovu.
signin-cancelled-title = Přihlášení zrušeno
signin-cancelled = Přihlášení jste zrušili, takže do CPMS nejste přihlášeni. Až budete připraveni, přihlaste se znovu.
signin-incomplete-title = Přihlášení nebylo dokončeno
signin-second-factor = CPMS vyžaduje dvoufázové ověření (střední úroveň). Nastavte si ve službě { $provider } druhý faktor (mobilní telefon, aplikaci ECAS Mobile App nebo bezpečnostní klíč) a poté se znovu přihlaste.
signin-incomplete = Službě { $provider } se nepodařilo přihlášení dokončit. Přihlaste se prosím znovu.
signin-unverified-title = Přihlášení nelze ověřit
signin-unverified = Systému CPMS se nepodařilo ověřit odpověď služby { $provider }. Přihlaste se prosím znovu.

## Error pages (http/errors.rs)

error-not-found-title = Stránka nenalezena
error-not-found = Na této adrese žádná stránka není. Pokud jste adresu zadávali ručně, zkontrolujte ji; jinak začněte znovu na úvodní stránce CPMS.
error-method-title = Tato adresa tento typ požadavku nepřijímá
error-method = Stránka existuje, ale ne pro to, co váš prohlížeč odeslal. Přejděte na úvodní stránku CPMS a pokračujte odtud.
error-server-title = Něco se pokazilo
error-server = Zkuste to prosím později.
