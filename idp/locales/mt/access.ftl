# It-testi tal-fornitur bil-Malti (aċċess); ara main.ftl.
#
# Is-sistema ta' awtorizzazzjoni: l-utenti jitolbu aċċess għal applikazzjoni (pereżempju CPMS)
# bi profil tal-aċċess (pereżempju HP) għaċ-ċentru tagħhom, sptar f'Netwerk Ewropew ta'
# Referenza (ERN); is-servizz ta' assistenza tal-applikazzjoni japprova jew jiċħad it-talba.
# L-ismijiet tal-applikazzjonijiet, tal-profili, tal-ERNs, tal-pajjiżi u taċ-ċentri ġejjin
# mid-database u qatt ma jinsabu f'dan il-fajl.

## Kliem użat f'diversi paġni tal-aċċess (intestaturi tat-tabelli, tikketti tal-oqsma)

# L-isem tas-servizz kollu għat-talbiet għall-aċċess (titolu tal-paġna, intestatura, link lura).
access-title = Sistema ta' awtorizzazzjoni
access-application = Applikazzjoni
access-organisation = Organizzazzjoni
# Profil tal-aċċess huwa r-rwol li l-utent jitlob fl-applikazzjoni (pereżempju "HP").
access-profile = Profil tal-aċċess
access-comments = Kummenti
access-reason = Raġuni
# Intestatura tat-tabella: meta ntbagħtet it-talba.
access-submitted = Data tat-talba
access-status = Status

## L-istatus ta' talba għall-aċċess

access-status-pending = Pendenti
access-status-approved = Approvata
access-status-denied = Miċħuda
access-status-revoked = Revokata
access-status-unknown = Mhux magħrufa

## It-talbiet tiegħi għall-aċċess (templates/access_home.html)

access-request-button = Itlob aċċess
access-helpdesk-queue = Kju tas-servizz ta' assistenza
access-my-requests = It-talbiet tiegħi għall-aċċess
# Il-kliem bejn il-virgoletti huwa l-isem tal-buttuna access-request-button.
access-none-yet = Għad m'għandek l-ebda talba għall-aċċess. Ikklikkja fuq “{ access-request-button }” biex titlob aċċess għal applikazzjoni.
access-request-submitted = It-talba tiegħek intbagħtet. Is-servizz ta' assistenza tal-applikazzjoni se jeżaminaha; se tirċievi email bid-deċiżjoni.

## Talba ġdida, f'erba' passi (templates/access_request.html)

# It-titolu tat-tab tal-browser; $step huwa n-numru tal-pass, minn 1 sa 4.
access-request-title = Itlob aċċess - Pass { $step }
access-request-heading = Talba ġdida għall-aċċess għal applikazzjoni
# Pass fil-lista tal-passi u bħala intestatura ta' pass: $n huwa n-numru tiegħu (1 sa 4),
# $label l-isem tal-pass (access-step-application ... access-step-recap).
access-step-numbered = Pass { $n }: { $label }
access-step-application = Agħżel l-applikazzjoni
access-step-organisation = Agħżel l-organizzazzjoni
access-step-profile = Agħżel il-profil tal-aċċess
access-step-recap = Sommarju u sottomissjoni
# Buttuna li tmur għall-pass $n (1 sa 4). Bl-Ingliż tinkiteb mingħajr spazju ("Step2"), kif
# jagħmel il-gwida għall-utent; bil-Malti bi spazju.
access-step-button = Pass { $n }
# Buttuna fuq ERN jew pajjiż fis-siġra tal-organizzazzjonijiet: turi x'hemm fih.
access-open = Iftaħ
# Għajnuna fuq is-siġra tal-organizzazzjonijiet (ERN, imbagħad pajjiż, imbagħad ċentru). Il-kelma
# bejn il-virgoletti hija l-isem tal-buttuna access-open.
access-organisation-hint = Ikklikkja fuq “{ access-open }” ħdejn l-ERN tiegħek, imbagħad fuq “{ access-open }” ħdejn il-pajjiż taċ-ċentru tiegħek, u mmarka l-buttuna tonda ħdejn iċ-ċentru tiegħek. Mhux biżżejjed li tagħżel ERN jew pajjiż biss: talba mingħajr ċentru tiġi miċħuda.
# Id-deskrizzjoni tat-tabella li tiġbor fil-qosor it-talba qabel ma tintbagħat.
access-summary = Sommarju
# Intestatura ta' ringiela fis-sommarju tal-pass 4.
access-summary-profile = Profil tal-aċċess
access-submit = Ibgħat it-talba għall-aċċess

## Servizz ta' assistenza (templates/access_helpdesk.html)

# It-titolu tat-tab tal-browser u l-intestatura tal-paġna tas-servizz ta' assistenza.
access-helpdesk-title = Servizz ta' assistenza
access-helpdesk-heading = Servizz ta' assistenza: talbiet għall-aċċess
# $applications: l-ismijiet qosra tal-applikazzjonijiet li dan l-utent tas-servizz ta' assistenza
# huwa responsabbli għalihom, separati b'virgoli ("cpms, other").
access-helpdesk-applications = Applikazzjonijiet: { $applications }
access-pending-heading = Talbiet pendenti
access-requester = Applikant
access-decision = Deċiżjoni
access-deny-reason-label = Raġuni (meħtieġa biex tiċħad)
access-approve = Approva
access-deny = Iċħad
access-no-pending = L-ebda talba pendenti.
access-granted-heading = Aċċess mogħti
access-user = Utent
# Intestatura tat-tabella: meta ġie approvat l-aċċess.
access-approved-on = Data tal-approvazzjoni
# Intestatura moħbija tal-kolonna tal-buttuni "Irrevoka", li jaqrawha l-qarrejja tal-iskrin.
access-action = Azzjoni
access-revoke = Irrevoka
access-none-granted = Għadu ma ngħata l-ebda aċċess.
access-done-approved = It-talba ġiet approvata; l-applikant ġie infurmat bl-email.
access-done-denied = It-talba ġiet miċħuda; l-applikant ġie infurmat bl-email.
access-done-revoked = L-aċċess ġie revokat; l-applikant ġie infurmat bl-email.

## Rifjuti: paġni ta' żball u messaġġi ħdejn il-formola

access-forbidden-title = Aċċess miċħud
access-conflict-title = Mhux possibbli
access-unknown-step = Pass mhux magħruf tal-formola tat-talba.
access-choose-decision = Jekk jogħġbok agħżel “{ access-approve }” jew “{ access-deny }”.
access-select-application = Jekk jogħġbok agħżel applikazzjoni fil-kaxxa “{ access-application }”.
access-unknown-application = Applikazzjoni mhux magħrufa.
# $application: l-isem qasir li ntbagħat, pereżempju "cpms".
access-unknown-application-named = Applikazzjoni mhux magħrufa: “{ $application }”.
access-select-profile = Jekk jogħġbok agħżel il-profil tal-aċċess tiegħek.
access-unknown-profile = Dan il-profil tal-aċċess ma jeżistix għall-applikazzjoni li għażilt.
# L-utent jerġa' jitlob dak li diġà talab: $application huwa l-isem tal-applikazzjoni,
# $profile il-kodiċi qasir tal-profil tal-aċċess (HP), $centre l-isem tal-isptar.
access-already-pending = Diġà għandek talba pendenti għal { $application } (profil { $profile }, ċentru: { $centre }).
access-already-approved = Diġà għandek talba approvata għal { $application } (profil { $profile }, ċentru: { $centre }).
access-select-centre = Jekk jogħġbok agħżel iċ-ċentru tiegħek: ikklikkja fuq “{ access-open }” ħdejn l-ERN tiegħek, imbagħad ħdejn il-pajjiż taċ-ċentru tiegħek, u mmarka l-buttuna tonda ħdejn iċ-ċentru tiegħek.
access-unknown-organisation = L-organizzazzjoni li għażilt ma teżistix. Jekk jogħġbok agħżel iċ-ċentru tiegħek mil-lista.
# $ern: l-isem qasir ta' ERN, pereżempju "eUROGEN".
access-only-ern = Għażilt { $ern } biss. Jekk jogħġbok ikklikkja fuq “{ access-open }” ħdejn { $ern }, imbagħad ħdejn il-pajjiż taċ-ċentru tiegħek, u agħżel iċ-ċentru tiegħek: talba mingħajr ċentru tiġi miċħuda.
# $country: l-isem ta' pajjiż, $ern l-isem qasir ta' ERN ("Netherlands", "eUROGEN").
access-only-country = Għażilt biss { $country } fl-ERN { $ern }. Jekk jogħġbok ikklikkja fuq “{ access-open }” ħdejn { $country } u agħżel iċ-ċentru tiegħek: talba mingħajr ċentru tiġi miċħuda.
# $max: l-ikbar numru ta' karattri permessi (2000).
access-comment-too-long = Il-kumment huwa twil wisq: jekk jogħġbok mhux aktar minn { $max ->
    [one] { $max } karattru
    [two] { $max } karattri
    [few] { $max } karattri
    [many] { $max }-il karattru
   *[other] { $max } karattru
}.
access-reason-too-long = Ir-raġuni hija twila wisq: jekk jogħġbok mhux aktar minn { $max ->
    [one] { $max } karattru
    [two] { $max } karattri
    [few] { $max } karattri
    [many] { $max }-il karattru
   *[other] { $max } karattru
}.
access-comment-not-allowed = Il-kumment fih karattri mhux permessi.
access-reason-not-allowed = Ir-raġuni fiha karattri mhux permessi.
access-helpdesk-only = Din il-paġna hija għas-servizz ta' assistenza ta' applikazzjoni.
access-not-helpdesk-of = M'intix parti mis-servizz ta' assistenza ta' din l-applikazzjoni.
access-not-own-request = Ma tistax tiddeċiedi dwar it-talba għall-aċċess tiegħek stess: irid jagħmel dan membru ieħor tas-servizz ta' assistenza.
access-unknown-request = Talba għall-aċċess mhux magħrufa.
access-reason-required = Jekk jogħġbok agħti r-raġuni taċ-ċaħda: l-applikant jirċeviha bl-email.
# $status: l-istatus tat-talba kif jidher fit-tabella (access-status-approved, ...).
access-already-decided = Din it-talba diġà ġiet deċiża (status: { $status }).
# Is-servizz ta' assistenza pprova jirrevoka talba li mhijiex approvata; $status huwa l-istatus
# tagħha (pending, denied jew revoked).
access-revoke-not-approved = { $status ->
    [pending] Aċċess approvat biss jista' jiġi revokat; din it-talba għadha pendenti.
    [denied] Aċċess approvat biss jista' jiġi revokat; din it-talba ġiet miċħuda.
    [revoked] Aċċess approvat biss jista' jiġi revokat; dan l-aċċess diġà ġie revokat.
   *[other] Aċċess approvat biss jista' jiġi revokat.
}
