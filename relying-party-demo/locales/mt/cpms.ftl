# CPMS, il-portal ta' dimostrazzjoni: it-testi tiegħu bil-Malti. Kull
# lingwa għandha eżattament l-istess identifikaturi, bl-istess varjabbli.
#
# "CPMS" (Clinical Patient Management System) u "eUROGEN" huma ismijiet: żommhom kif inhuma.
# { $provider } huwa l-isem tal-fornitur tal-identità kif isejjaħ lilu nnifsu (pereżempju
# "EU Login"); jista' jintuża f'kull messaġġ. "ECAS Mobile App" huwa l-isem tal-app mobbli
# tal-fornitur.
# It-tikketti tal-paġni tal-fornitur (bejn il-virgoletti hawn taħt) huma miktuba kif jidhru
# fil-paġni tal-fornitur bil-Malti (idp/locales/mt/access.ftl).

## Il-qafas tal-paġni (templates/base.html)

site-name = Sistema għall-Ġestjoni Klinika tal-Pazjenti
skip-to-content = Aqbeż għall-kontenut ewlieni
sign-out = Oħroġ
# Is-selettur tal-lingwa fl-intestatura: "Lingwa: Malti (mt)", li jaqrawh il-qarrejja tal-iskrin.
language-label = Lingwa
language-title = Agħżel il-lingwa tiegħek
tab-home = Paġna ewlenija
# L-abbrevjazzjoni ta' "Netwerk Ewropew ta' Referenza": l-isem ta' tab u intestatura.
tab-ern = ERN
# L-isem aċċessibbli tan-navigazzjoni fit-tab ERN (il-paġni tagħha: Preferenzi, Pannelli).
nav-ern = Paġni tal-ERN
nav-preferences = Preferenzi
nav-panels = Pannelli
footer-networks = ERN eUROGEN · Netwerks Ewropej ta' Referenza · Portal ta' dimostrazzjoni
footer-ecl = Mibni bl-Europa Component Library.
# Link għal-liċenzja tal-Europa Component Library.
footer-ecl-licence = Liċenzja (EUPL-1.2)

## Buttuni u links f'diversi paġni

sign-in-again = Idħol mill-ġdid
link-home = Mur fil-paġna ewlenija ta' CPMS

## Il-paġna tad-dħul (templates/index.html)

index-title = Merħba
index-heading = Merħba f'CPMS
index-lead = Is-Sistema għall-Ġestjoni Klinika tal-Pazjenti tan-Netwerks Ewropej ta' Referenza.
index-requirement = Biex tidħol hemm bżonn { $provider } b'awtentikazzjoni b'żewġ fatturi (password flimkien mal-mowbajl tiegħek, l-ECAS Mobile App jew ċavetta tas-sigurtà).
index-sign-in = Idħol permezz ta' { $provider }

## Il-paġna ewlenija (templates/home.html)

home-title = Paġna ewlenija
# $name huwa l-isem tal-persuna li daħlet.
home-welcome = Merħba, { $name }
home-role = Rwol professjonali
home-area = Qasam tematiku
home-access = L-aċċess tiegħek
# Il-kolonni tat-tabella tal-aċċessi mogħtija lill-persuna.
home-col-ern = ERN
home-col-centre = Ċentru
home-col-country = Pajjiż
home-col-profile = Profil
# F'ċella ta' dik it-tabella meta l-aċċess mogħti ma jgħidx.
home-not-stated = mhux speċifikat
home-ern-hint = Il-preferenzi u l-pannelli tiegħek jinsabu fit-tab ERN.
home-ern-link = Iftaħ it-tab ERN

## It-tab ERN (templates/ern.html)

ern-title = ERN
# $ern huwa l-isem tan-netwerk, pereżempju "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Ir-rwol professjonali tiegħek
ern-area = Il-qasam tematiku tiegħek
ern-change = Tista' tibdilhom fil-preferenzi tiegħek.
ern-preferences-link = Ibdel il-preferenzi tiegħek
ern-panels-link = Iftaħ il-pannelli

## Preferenzi (templates/preferences.html)

preferences-title = Preferenzi
preferences-first-heading = Merħba f'CPMS: il-preferenzi tiegħek
preferences-first-intro = Din hija l-ewwel darba li qed tidħol. Jekk jogħġbok għidilna r-rwol professjonali tiegħek (jidher ħdejn ismek fil-pannelli) u l-qasam tematiku ta' eUROGEN li għalih tlabt aċċess.
preferences-role-label = Rwol professjonali
# $max huwa l-ikbar numru ta' karattri permessi (100).
preferences-role-hint = Jidher ħdejn ismek fil-pannelli, pereżempju “Uroloġista pedjatriku” (mhux aktar minn { $max ->
    [one] { $max } karattru
    [two] { $max } karattri
    [few] { $max } karattri
    [many] { $max }-il karattru
   *[other] { $max } karattru
}).
preferences-area-legend = Qasam tematiku
preferences-submit = Aġġorna l-preferenzi
preferences-expired = Il-formola skadiet. Jekk jogħġbok ibgħatha mill-ġdid.
preferences-role-missing = Jekk jogħġbok ikteb ir-rwol professjonali tiegħek.
# $max huwa l-ikbar numru ta' karattri permessi (100).
preferences-role-too-long = Ir-rwol professjonali jista' jkun twil mhux aktar minn { $max ->
    [one] { $max } karattru
    [two] { $max } karattri
    [few] { $max } karattri
    [many] { $max }-il karattru
   *[other] { $max } karattru
}.
preferences-role-control = Ir-rwol professjonali ma jistax ikun fih karattri ta' kontroll.
preferences-area-unknown = Jekk jogħġbok agħżel wieħed mill-oqsma tematiċi elenkati.

## Panels (templates/panels.html)

panels-title = Pannelli
panels-no-members = Għad m'hemm l-ebda membru.

## Mingħajr aċċess: kif titolbu (templates/access_request.html)

access-title = Itlob aċċess
access-heading = Għad m'għandekx aċċess għal CPMS
access-no-access = Il-kont { $provider } tiegħek m'għandu l-ebda aċċess approvat għal CPMS. Itolbu fis-sistema ta' awtorizzazzjoni, kif ġej.
# Il-link għas-sistema ta' awtorizzazzjoni tal-fornitur (sit separat tal-fornitur).
access-open-link = Iftaħ is-sistema ta' awtorizzazzjoni
# “Itlob aċċess”: il-buttuna tal-fornitur (access-request-button).
access-step-start = Fis-sistema ta' awtorizzazzjoni (hemmhekk l-awtentikazzjoni b'żewġ fatturi mhix meħtieġa), ikklikkja fuq “Itlob aċċess”.
access-step-1 = Pass 1: agħżel l-applikazzjoni “CPMS”, imbagħad kompli għall-Pass 2.
# “Iftaħ”: il-buttuna tal-fornitur (access-open).
access-step-2 = Pass 2: ikklikkja fuq “Iftaħ” ħdejn l-ERN tiegħek (pereżempju eUROGEN), imbagħad fuq “Iftaħ” ħdejn il-pajjiż taċ-ċentru tiegħek, u agħżel iċ-ċentru tiegħek. Timmarkax biss il-buttuna tonda ħdejn l-ERN: b'hekk tagħżel in-netwerk mingħajr iċ-ċentru tiegħek, u t-talba tiġi miċħuda.
access-step-3 = Pass 3: agħżel il-profil tal-aċċess “HP” (professjonist tas-saħħa).
# “Ibgħat it-talba għall-aċċess”: il-buttuna tal-fornitur (access-submit).
access-step-4 = Pass 4: iċċekkja s-sommarju (applikazzjoni CPMS, iċ-ċentru tiegħek, profil HP), żid kumment jekk meħtieġ u kklikkja fuq “Ibgħat it-talba għall-aċċess”.
access-after-approval = Ladarba s-servizz ta' assistenza ta' CPMS japprova t-talba tiegħek, tirċievi email; imbagħad idħol mill-ġdid.

## Meħtieġa awtentikazzjoni b'żewġ fatturi (templates/acr_refused.html)

acr-title = Meħtieġa awtentikazzjoni b'żewġ fatturi
acr-required = CPMS teħtieġ awtentikazzjoni b'żewġ fatturi (livell medju).
acr-password-only = Dħalt bil-password tiegħek biss.
# $level huwa l-livell ta' awtentikazzjoni rrappurtat mill-fornitur, indirizz web.
acr-password-only-level = Dħalt bil-password tiegħek biss (livell { $level }).
acr-how = Idħol mill-ġdid bil-password tiegħek u b'tieni fattur: kodiċi bl-SMS fuq il-mowbajl tiegħek, l-ECAS Mobile App (kodiċi PIN jew kodiċi QR) jew ċavetta tas-sigurtà. Jekk għad m'għandek l-ebda wieħed, l-ewwel issettja wieħed f'{ $provider }.

## Ħruġ (templates/logout.html)

logout-title = Ħruġ
logout-question = Toħroġ minn CPMS u minn { $provider }?
logout-submit = Oħroġ
logout-stay = Ibqa' ġewwa
signout-refused-title = Ħruġ miċħud
signout-refused = Il-formola skadiet. Jekk jogħġbok erġa' pprova.

## It-tmiem ta' dħul (http/auth.rs, muri f'templates/message.html)

signin-expired-title = Id-dħul skada
signin-expired-elsewhere = Dan id-dħul skada jew inbeda f'browser ieħor. Jekk jogħġbok idħol mill-ġdid.
signin-expired-used = Dan id-dħul skada jew diġà tlesta. Jekk jogħġbok idħol mill-ġdid.
signin-refused-title = Dħul miċħud
signin-refused-state = It-tweġiba ta' { $provider } ma tappartjenix għal dan id-dħul. Jekk jogħġbok idħol mill-ġdid.
signin-refused-issuer = It-tweġiba waslet minn fornitur tal-identità mhux mistenni. Jekk jogħġbok idħol mill-ġdid.
signin-refused-no-code = It-tweġiba ta' { $provider } m'għandhiex kodiċi ta' awtorizzazzjoni. Jekk jogħġbok idħol mill-ġdid.
signin-cancelled-title = Dħul ikkanċellat
signin-cancelled = Ikkanċellajt id-dħul, għalhekk m'intix ġewwa CPMS. Idħol mill-ġdid meta trid.
signin-incomplete-title = Id-dħul ma tlestiex
signin-second-factor = CPMS teħtieġ awtentikazzjoni b'żewġ fatturi (livell medju). Issettja tieni fattur (mowbajl, ECAS Mobile App jew ċavetta tas-sigurtà) f'{ $provider }, imbagħad idħol mill-ġdid.
signin-incomplete = { $provider } ma setax ilesti d-dħul. Jekk jogħġbok idħol mill-ġdid.
signin-unverified-title = Id-dħul ma setax jiġi vverifikat
signin-unverified = CPMS ma setgħetx tivverifika t-tweġiba ta' { $provider }. Jekk jogħġbok idħol mill-ġdid.

## Paġni ta' żball (http/errors.rs)

error-not-found-title = Il-paġna ma nstabitx
error-not-found = M'hemm l-ebda paġna f'dan l-indirizz. Jekk ittajpjajtu int, iċċekkjah; inkella ibda mill-ġdid mill-paġna ewlenija ta' CPMS.
error-method-title = Dan l-indirizz ma jaċċettax dan it-tip ta' talba
error-method = Il-paġna teżisti, iżda mhux għal dak li bagħat il-browser tiegħek. Mur fil-paġna ewlenija ta' CPMS u kompli minn hemm.
error-server-title = Inqalgħet problema
error-server = Jekk jogħġbok erġa' pprova aktar tard.
