# CPMS, demo-applikationen, der bygger på udbyderen: dens tekster på dansk. Det engelske
# katalog er referencen: alle sprog har præcis de samme id'er med de samme pladsholdere
# (kontrolleres af `i18n::tests`).
#
# ”CPMS” (Clinical Patient Management System) og ”eUROGEN” er navne: lad dem stå uændret.
# { $provider } er identitetsudbyderens navn, som den selv kalder sig (f.eks. ”EU Login”); det
# kan bruges i alle meddelelser. ”ECAS Mobile App” er navnet på udbyderens mobilapp.
# Betegnelser fra udbyderens sider (i anførselstegn nedenfor) skrives, som udbyderens sider
# viser dem på dansk (idp/locales/da/access.ftl).

## Siderammen (templates/base.html)

site-name = Klinisk patientstyringssystem
skip-to-content = Gå til hovedindhold
sign-out = Log ud
# Sprogvælgeren i sidehovedet: ”Sprog: dansk (da)”, læses op af skærmlæsere.
language-label = Sprog
language-title = Vælg dit sprog
tab-home = Forside
# Forkortelsen for ”europæisk referencenetværk”: navnet på en fane og en overskrift.
tab-ern = ERN
# Det tilgængelige navn på navigationen under fanen ERN (dens sider: Præferencer, Paneler).
nav-ern = ERN-sider
nav-preferences = Præferencer
nav-panels = Paneler
footer-networks = ERN eUROGEN · Europæiske referencenetværk · Demo-applikation
footer-ecl = Bygget med Europa Component Library.
# Et link til licensen for Europa Component Library.
footer-ecl-licence = Licens (EUPL-1.2)

## Knapper og links på flere sider

sign-in-again = Log ind igen
link-home = Gå til forsiden af CPMS

## Startsiden (templates/index.html)

index-title = Velkommen
index-heading = Velkommen til CPMS
index-lead = De europæiske referencenetværks kliniske patientstyringssystem.
index-requirement = Login kræver { $provider } med totrinsbekræftelse (adgangskode plus din mobiltelefon, ECAS Mobile App eller en sikkerhedsnøgle).
index-sign-in = Log ind med { $provider }

## Forside (templates/home.html)

home-title = Forside
# $name er navnet på den person, der er logget ind.
home-welcome = Velkommen, { $name }
home-role = Faglig rolle
home-area = Tematisk område
home-access = Din adgang
# Kolonnerne i tabellen over personens adgangstilladelser.
home-col-ern = ERN
home-col-centre = Center
home-col-country = Land
home-col-profile = Profil
# I en celle i den tabel, når tilladelsen ikke angiver det.
home-not-stated = ikke angivet
home-ern-hint = Dine præferencer og paneler finder du under fanen ERN.
home-ern-link = Åbn fanen ERN

## Fanen ERN (templates/ern.html)

ern-title = ERN
# $ern er netværkets navn, f.eks. ”eUROGEN”.
ern-heading = ERN { $ern }
ern-role = Din faglige rolle
ern-area = Dit tematiske område
ern-change = Du kan ændre dem i dine præferencer.
ern-preferences-link = Skift dine præferencer
ern-panels-link = Åbn panelerne

## Præferencer (templates/preferences.html)

preferences-title = Præferencer
preferences-first-heading = Velkommen til CPMS: dine præferencer
preferences-first-intro = Det er første gang, du logger ind. Angiv din faglige rolle (den vises ved siden af dit navn i paneler) og det tematiske område af eUROGEN, som du har anmodet om adgang til.
preferences-role-label = Faglig rolle
# $max er det største tilladte antal tegn (100).
preferences-role-hint = Vises ved siden af dit navn i paneler, f.eks. ”Pædiatrisk urolog” (højst { $max ->
    [one] { $max } tegn
   *[other] { $max } tegn
}).
preferences-area-legend = Tematisk område
preferences-submit = Opdater præferencer
preferences-expired = Formularen er udløbet. Send den igen.
preferences-role-missing = Skriv din faglige rolle.
# $max er det største tilladte antal tegn (100).
preferences-role-too-long = Den faglige rolle må højst være på { $max ->
    [one] { $max } tegn
   *[other] { $max } tegn
}.
preferences-role-control = Den faglige rolle må ikke indeholde kontroltegn.
preferences-area-unknown = Vælg et af de viste tematiske områder.

## Paneler (templates/panels.html)

panels-title = Paneler
panels-no-members = Ingen medlemmer endnu.

## Uden adgang: sådan anmoder du om den (templates/access_request.html)

access-title = Anmod om adgang
access-heading = Du har endnu ikke adgang til CPMS
access-no-access = Din konto i { $provider } har ingen godkendt adgang til CPMS. Anmod om den i autorisationssystemet på følgende måde.
# Linket til udbyderens autorisationssystem (et særskilt websted hos udbyderen).
access-open-link = Åbn autorisationssystemet
# ”Anmod om adgang”: udbyderens knap (access-request-button).
access-step-start = Klik på ”Anmod om adgang” i autorisationssystemet (der kræves ikke totrinsbekræftelse der).
access-step-1 = Trin 1: vælg applikationen ”CPMS”, og gå derefter videre til trin 2.
# ”Åbn”: udbyderens knap (access-open).
access-step-2 = Trin 2: klik på ”Åbn” ud for dit ERN (f.eks. eUROGEN), derefter på ”Åbn” ud for dit centers land, og vælg dit center. Markér ikke kun den runde knap ud for dit ERN: så vælger du netværket uden dit center, og anmodningen bliver afvist.
access-step-3 = Trin 3: vælg adgangsprofilen ”HP” (sundhedsperson).
# ”Indsend adgangsanmodning”: udbyderens knap (access-submit).
access-step-4 = Trin 4: tjek oversigten (applikation CPMS, dit center, profil HP), tilføj en kommentar om nødvendigt, og klik på ”Indsend adgangsanmodning”.
access-after-approval = Når CPMS' helpdesk har godkendt din anmodning, får du en e-mail; log så ind igen.

## Totrinsbekræftelse påkrævet (templates/acr_refused.html)

acr-title = Totrinsbekræftelse påkrævet
acr-required = CPMS kræver totrinsbekræftelse (middel niveau).
acr-password-only = Du loggede kun ind med din adgangskode.
# $level er det godkendelsesniveau, udbyderen har oplyst, en webadresse.
acr-password-only-level = Du loggede kun ind med din adgangskode (niveau { $level }).
acr-how = Log ind igen med din adgangskode og en anden faktor: en sms-kode til din mobiltelefon, ECAS Mobile App (pinkode eller QR-kode) eller en sikkerhedsnøgle. Hvis du endnu ikke har nogen, så opret først en i { $provider }.

## Log ud (templates/logout.html)

logout-title = Log ud
logout-question = Vil du logge ud af CPMS og af { $provider }?
logout-submit = Log ud
logout-stay = Forbliv logget ind
signout-refused-title = Udlogning afvist
signout-refused = Formularen er udløbet. Prøv igen.

## Afslutningen af et login (http/auth.rs, vist i templates/message.html)

signin-expired-title = Login udløbet
signin-expired-elsewhere = Dette login er udløbet eller blev startet i en anden browser. Log ind igen.
signin-expired-used = Dette login er udløbet eller allerede gennemført. Log ind igen.
signin-refused-title = Login afvist
signin-refused-state = Svaret fra { $provider } hører ikke til dette login. Log ind igen.
signin-refused-issuer = Svaret kom fra en uventet identitetsudbyder. Log ind igen.
signin-refused-no-code = Svaret fra { $provider } indeholder ingen autorisationskode. Log ind igen.
signin-cancelled-title = Login annulleret
signin-cancelled = Du annullerede login, så du er ikke logget ind på CPMS. Log ind igen, når du er klar.
signin-incomplete-title = Login ikke gennemført
signin-second-factor = CPMS kræver totrinsbekræftelse (middel niveau). Opret en anden faktor (mobiltelefon, ECAS Mobile App eller en sikkerhedsnøgle) i { $provider }, og log derefter ind igen.
signin-incomplete = { $provider } kunne ikke gennemføre login. Log ind igen.
signin-unverified-title = Login kunne ikke verificeres
signin-unverified = CPMS kunne ikke verificere svaret fra { $provider }. Log ind igen.

## Fejlsider (http/errors.rs)

error-not-found-title = Siden blev ikke fundet
error-not-found = Der er ingen side på denne adresse. Hvis du har skrevet den, så kontrollér den; ellers start forfra fra forsiden af CPMS.
error-method-title = Denne adresse accepterer ikke denne type anmodning
error-method = Siden findes, men ikke til det, som din browser sendte. Gå til forsiden af CPMS, og fortsæt derfra.
error-server-title = Noget gik galt
error-server = Prøv igen senere.
