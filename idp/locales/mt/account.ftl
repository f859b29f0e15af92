# It-testi tal-fornitur bil-Malti (kont); ara main.ftl.
# { $brand } huwa l-isem tas-servizz kif ikkonfigurat (pereżempju "EU Login"); jista' jintuża
# f'kull messaġġ. Kull fejn jidhru { $wait } jew { $when }, huma diġà frażi sħiħa fil-lingwa
# tal-qarrej: "siegħa u 5 minuti", "6 ta' Diċembru 2026, 08:34 UTC".

## Kliem komuni għal diversi paġni tal-kont

account-first-name = Isem
account-last-name = Kunjom
account-email = Indirizz elettroniku
account-language = Lingwa
account-cancel = Ikkanċella
account-submit = Ibgħat
account-save = Issejvja
account-delete = Ħassar
account-sign-in = Idħol
account-back = Il-kont tiegħi
account-wait-title = Jekk jogħġbok stenna qabel ma terġa' titlob
account-link-invalid-title = Dan il-link m'għadux validu
account-check-email-title = Jekk jogħġbok iċċekkja l-posta elettronika tiegħek
# Fil-kolonna "Livell" tal-paġna tas-sessjonijiet (fejn il-valuri l-oħra huma "bażiku", "medju"
# jew "għoli", login-level-*): il-livell ta' verifika tas-sessjoni m'għadux validu, għax ġie
# ppruvat wisq żmien ilu.
account-level-expired = skadut
# Fil-kolonna "Oriġini" tal-paġni tas-sessjonijiet u tal-attività, meta l-indirizz ta' oriġini
# ta' dħul jew ta' avveniment mhuwiex magħruf.
account-ip-unknown = mhux magħruf

## Il-paġna ewlenija (templates/home.html)

# $name huwa l-isem tal-utent kif tah hu stess ("Ada LOVELACE").
account-home-welcome = Merħba, { $name }
account-home-signed-in = Dħalt fis-servizz { $brand } bħala { $email }.
# $level huwa wieħed minn login-level-basic, -medium, -high.
account-home-signed-in-level = Dħalt fis-servizz { $brand } bħala { $email } (livell ta' verifika: { $level }).
account-home-change-password-hint = (fil-paġna “Il-kont tiegħi”, bil-password attwali tiegħek)
account-home-forgot-password = Insejt il-password?
account-home-sign-out = Oħroġ
account-home-intro = Kont wieħed biex tidħol f'kull applikazzjoni konnessa ma' { $brand }.
account-home-register = Oħloq kont

## Il-kont tiegħi (templates/account.html)

account-title = Il-kont tiegħi
account-details-heading = Id-dettalji tal-kont tiegħi
# Wara l-indirizz elettroniku tal-kont: l-indirizz huwa ġestit barra minn dan is-servizz.
account-email-external = { $email } (estern)
account-level = Livell ta' verifika ta' din is-sessjoni
account-needs-second-factor = Applikazzjonijiet bħal CPMS jeħtieġu tieni metodu ta' verifika: żid numru tal-mowbajl, apparat mobbli, ċavetta tas-sigurtà jew app tal-awtentikazzjoni.
account-menu-change-password = Ibdel il-password
account-menu-details = Immodifika d-data personali tiegħi
account-menu-delete = Ħassar il-kont tiegħi
account-menu-devices = Immaniġġja l-apparati mobbli tiegħi
account-menu-phones = Immaniġġja n-numri tal-mowbajl tiegħi
account-menu-security-keys = Immaniġġja ċ-ċwievet tas-sigurtà tiegħi
# Wara "Immaniġġja ċ-ċwievet tas-sigurtà tiegħi" meta l-kont ikollu mill-inqas waħda.
account-menu-security-keys-added = (ċavetta miżjuda)
account-menu-authenticator-apps = Immaniġġja l-apps tal-awtentikazzjoni tiegħi
account-menu-sessions = Uri s-sessjonijiet tiegħi
account-menu-sessions-hint = Tista' tara s-sessjonijiet miftuħa għall-applikazzjonijiet li żort.
account-menu-delete-devices = Ħassar l-apparati kollha tiegħi
account-menu-delete-devices-hint = Għal telefon ġdid: ineħħi kull apparat mobbli, ċavetta tas-sigurtà u app tal-awtentikazzjoni.
account-menu-activity = Attività
account-menu-activity-hint = Avvenimenti riċenti ta' sigurtà fil-kont tiegħek.
account-notice-password = Il-password tiegħek inbidlet. Is-sessjonijiet l-oħra tiegħek ingħalqu.
account-notice-details = Id-data personali tiegħek ġiet issejvjata.
account-notice-devices = L-apparati kollha tiegħek tħassru. Issa tista' żżid l-apparat il-ġdid tiegħek.
account-notice-session = Is-sessjoni ngħalqet.
account-notice-sent-again = L-email qiegħda fi triqitha mill-ġdid.
## Emails li l-kaxxa tal-ħruġ ma rnexxilhiex tibgħat (templates/account.html)
account-undelivered-title = Xi emails ma waslux għandek
# $email: l-indirizz tal-kont.
account-undelivered = Is-server tal-posta ta' { $email } irrifjuta dawn l-emails, jew ma setgħux jitwasslu fil-ħin. Jekk il-kaxxa postali tiegħek kienet mimlija jew l-indirizz inbidel, l-ewwel irranġa dan, imbagħad ibgħathom mill-ġdid.
# $subject: is-suġġett tal-email; $when: meta ġiet abbandunata.
account-undelivered-item = “{ $subject }”, { $when }
account-undelivered-send-again = Ibgħat mill-ġdid
account-undelivered-gone = Din l-email ma tistax terġa' tintbagħat: diġà ntbagħtet, jew mhijiex tiegħek.

## Immodifika d-data personali tiegħi (templates/account_details.html, account/profile.rs)

account-details-title = Immodifika d-data personali tiegħi
account-first-name-missing = Jekk jogħġbok daħħal ismek.
account-last-name-missing = Jekk jogħġbok daħħal kunjomek.
account-first-name-too-long = L-isem irid ikun ta' mhux aktar minn 100 karattru ordinarju.
account-last-name-too-long = Il-kunjom irid ikun ta' mhux aktar minn 100 karattru ordinarju.
account-language-invalid = Jekk jogħġbok agħżel lingwa mil-lista.

## Ibdel il-password (templates/account_password.html)

account-password-title = Ibdel il-password
account-password-wait = Għal raġunijiet ta' sigurtà, trid tistenna qabel ma tkun tista' terġa' tibdel il-password tiegħek: fadal { $wait }. F'każijiet urġenti, jekk jogħġbok ikkuntattja s-servizz ta' assistenza.
account-password-rules = Il-password il-ġdida tiegħek trid tirrispetta dawn ir-regoli:
account-password-current = Password attwali
account-password-new = Password ġdida
account-password-confirm = Ikkonferma l-password il-ġdida
account-password-too-long = Il-password hija twila wisq.
account-password-wrong-current = Il-password attwali tiegħek mhijiex korretta.
account-password-too-soon = Għal raġunijiet ta' sigurtà, trid tistenna qabel ma terġa' tibdel il-password tiegħek: fadal { $wait }. F'każijiet urġenti, jekk jogħġbok ikkuntattja s-servizz ta' assistenza.
account-password-mismatch = Iż-żewġ passwords il-ġodda mhumiex l-istess.

## Ħassar il-kont tiegħi (templates/account_delete.html)

account-delete-title = Ħassar il-kont tiegħi
account-delete-warning = Il-kont { $brand } tiegħek, flimkien man-numri tal-mowbajl, l-apparati u ċ-ċwievet tas-sigurtà tiegħu, se jitħassar, u kull applikazzjoni li dħalt fiha se tiġi infurmata. Din l-azzjoni ma tistax titreġġa' lura.
account-delete-confirm = Irrid inħassar il-kont { $brand } tiegħi
account-delete-unconfirmed = Jekk jogħġbok immarka l-kaxxa biex tikkonferma li l-kont tiegħek għandu jitħassar.
account-deleted-title = Il-kont tiegħek tħassar
account-deleted = Il-kont { $brand } tiegħek u dak kollu marbut miegħu tħassru.

## Ħassar l-apparati kollha tiegħi (templates/account_delete_devices.html)

account-delete-devices-title = Ħassar l-apparati kollha tiegħi
account-delete-devices-pending = Il-metodi kollha ta' verifika tal-kont tiegħek se jitneħħew, kif tlabt bl-email. Data tat-tneħħija: { $when }.
account-delete-devices-none = Il-kont tiegħek m'għandu l-ebda apparat mobbli, ċavetta tas-sigurtà jew app tal-awtentikazzjoni. Żid wieħed mill-paġna “Il-kont tiegħi”.
account-delete-devices-now = Uża din l-għażla meta jkollok telefon ġdid: kull apparat mobbli, ċavetta tas-sigurtà u app tal-awtentikazzjoni tal-kont tiegħek jitneħħew. Wara, żid l-apparat il-ġdid tiegħek minn “Immaniġġja l-apparati mobbli tiegħi”. In-numri tal-mowbajl tiegħek jinżammu.
account-delete-devices-why = Biex jitħares il-kont tiegħek, il-password waħedha ma tistax tneħħi l-metodi ta' verifika tiegħek: inkella kull min ikun sar jafha jkun jista' jżid il-metodi tiegħu.
account-delete-devices-can-use = Għadni nista' nuża wieħed minnhom
account-delete-devices-can-use-text = Idħol mill-ġdid bit-telefon il-qadim, biċ-ċavetta tas-sigurtà jew bl-app tal-awtentikazzjoni tiegħek, imbagħad ħassarhom kollha f'daqqa.
account-delete-devices-reauth = Idħol b'metodu ta' verifika
account-delete-devices-cannot-use = Ma nista' nuża l-ebda wieħed minnhom
# $wait huwa l-perjodu ta' stennija ta' rkupru ("24 siegħa").
account-delete-devices-recovery = Nibagħtu link lill-indirizz elettroniku tiegħek. Wara li tikkonferma permezz tiegħu, kull metodu ta' verifika tal-kont tiegħek (apparati mobbli, ċwievet tas-sigurtà, apps tal-awtentikazzjoni u numri tal-mowbajl) jitneħħa wara { $wait }. Tirċievi email minnufih u tista' tikkanċella sa dak iż-żmien.
account-delete-devices-send-link = Ibgħatli l-link

## It-tneħħija tal-metodi kollha ta' verifika permezz tal-email (templates/account_recovery.html)

account-recovery-title = Neħħi l-metodi kollha ta' verifika
# $minutes: kemm jista' jintuża l-link.
account-recovery-sent = Intbagħat link lil { $email }. Huwa validu għal { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
}.
account-recovery-sent-next = Segwih biex tikkonferma. Il-metodi ta' verifika tiegħek jitneħħew { $wait } wara li tikkonferma, u tista' tikkanċella sa dak iż-żmien.
account-recovery-confirm-text = Kull apparat mobbli, ċavetta tas-sigurtà, app tal-awtentikazzjoni u numru tal-mowbajl tal-kont { $brand } { $email } se jitneħħa { $wait } wara li tikkonferma. Tirċievi email b'link biex tikkanċella.
account-recovery-confirm = Ikkonferma
account-recovery-started-title = It-tneħħija ġiet ikkonfermata
account-recovery-started = Il-metodi kollha ta' verifika tal-kont tiegħek se jitneħħew. Data tat-tneħħija: { $when }.
account-recovery-started-next = Intbagħtitlek email b'link biex tikkanċella. Wara dak iż-żmien, idħol bil-password tiegħek u żid l-apparat il-ġdid tiegħek fil-paġna “Il-kont tiegħi”.
account-recovery-cancel-title = Ikkanċella t-tneħħija tal-metodi ta' verifika tiegħek
account-recovery-due = Il-metodi kollha ta' verifika tal-kont tiegħek huma skedati li jitneħħew. Data tat-tneħħija: { $when }.
account-recovery-cancel = Ikkanċella t-tneħħija
account-recovery-cancel-hint = Jekk ma tlabtiex int, ibdel il-password tiegħek ukoll: xi ħadd jafha.
account-recovery-cancelled-title = It-tneħħija ġiet ikkanċellata
account-recovery-cancelled = Ma tneħħa xejn. Il-metodi ta' verifika tiegħek jibqgħu kif inhuma.
account-recovery-nothing-title = M'hemm xejn x'tikkanċella
account-recovery-nothing = Ma kien hemm l-ebda tneħħija pendenti tal-metodi ta' verifika tiegħek.
account-recovery-invalid = Il-link li segwejt skada, diġà ntuża, jew ġie sostitwit b'wieħed aktar riċenti.
account-recovery-start-again = Ibda mill-ġdid minn “Ħassar l-apparati kollha tiegħi”
account-recovery-paced = Ftit ilu ntbagħtet email b'link. Tista' titlob waħda oħra wara { $wait }.

## Is-sessjonijiet tiegħi (templates/account_sessions.html)

account-sessions-page-title = Uri s-sessjonijiet tiegħi
account-sessions-title = Is-sessjonijiet tiegħi
account-sessions-started = Bidu
account-sessions-last-seen = L-aħħar attività
account-sessions-level = Livell
account-sessions-from = Oriġini
# L-intestatura tal-kolonna tal-buttuni, li jaqrawha l-qarrejja tal-iskrin biss.
account-sessions-action = Azzjoni
account-sessions-current = Din is-sessjoni
account-sessions-end = Agħlaq din is-sessjoni
account-sessions-not-yours = Din is-sessjoni mhijiex tiegħek, jew diġà ngħalqet.

## Attività (templates/account_activity.html, account/activity.rs)

account-activity-title = Attività
account-activity-intro = L-aktar avvenimenti riċenti ta' sigurtà fil-kont tiegħek.
account-activity-when = Meta
account-activity-what = Avveniment
account-activity-from = Oriġini
account-activity-details = Dettalji
account-event-signin-success = Dħul
account-event-signin-failure = Dħul li falla
account-event-signed-out = Ħruġ
account-event-account-registered = Kont maħluq
account-event-account-locked = Dħul bil-password imblukkat wara wisq tentattivi li fallew
account-event-password-set = Password issettjata jew mibdula
account-event-factor-added = Metodu ta' verifika miżjud
account-event-factor-removed = Metodu ta' verifika mneħħi
account-event-sms-sent = SMS mibgħut
account-event-device-locked = Apparat mobbli msakkar (kodiċijiet PIN ħżiena)
account-event-push-denied = Talba ta' dħul miċħuda fuq apparat mobbli
account-event-push-wrong-number = Numru ħażin magħżul fuq apparat mobbli
account-event-token-revoked = Aċċess revokat minn applikazzjoni
account-event-code-replayed = Kodiċi tad-dħul intuża darbtejn: l-aċċess li ta ġie revokat
account-event-refresh-reused = Token tal-aċċess qadim intuża mill-ġdid: l-aċċess li kien jagħmel parti minnu ġie revokat
account-event-recovery-link-sent = Intalbet it-tneħħija tal-metodi kollha ta' verifika (intbagħat link bl-email)
account-event-recovery-started = Ġiet ikkonfermata t-tneħħija tal-metodi kollha ta' verifika (perjodu ta' stennija)
account-event-recovery-cancelled = Ġiet ikkanċellata t-tneħħija tal-metodi kollha ta' verifika
account-event-access-requested = Aċċess mitlub
account-event-access-approved = Talba għall-aċċess approvata
account-event-access-denied = Talba għall-aċċess miċħuda
account-event-access-revoked = Aċċess revokat
account-event-message-undelivered = Email jew SMS ma twasslux
# Valur maħżun ma' avveniment, muri kif inhu: l-isem ta' applikazzjoni, raġuni miktuba mis-servizz
# ta' assistenza, jew l-isem intern ta' avveniment li din il-verżjoni m'għandhiex kliem għalih.
account-activity-data = { $value }
# Id-dettalji ta' avveniment huma frażijiet qosra magħquda b'virgoli, pereżempju:
# "b'Mowbajl + SMS, livell medju, għal CPMS" jew "ċavetta tas-sigurtà “YubiKey”, livell għoli".
account-activity-factor-phone = numru tal-mowbajl
account-activity-factor-mobile-device = apparat mobbli
account-activity-factor-security-key = ċavetta tas-sigurtà
account-activity-factor-authenticator-app = app tal-awtentikazzjoni
account-activity-factor-count = { $count ->
    [one] { $count } metodu ta' verifika
    [two] { $count } metodi ta' verifika
    [few] { $count } metodi ta' verifika
    [many] { $count }-il metodu ta' verifika
   *[other] { $count } metodu ta' verifika
}
# $factor hija waħda mill-frażijiet account-activity-factor-*; $name l-isem li tah is-sid tiegħu.
account-activity-factor-named = { $factor } “{ $name }”
# $factor huwa "numru tal-mowbajl"; $phone in-numru, parzjalment moħbi (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = “{ $name }”
# $method huwa l-metodu ta' verifika użat (wieħed minn login-method-*).
account-activity-method = b'{ $method }
# $level huwa wieħed minn login-level-basic, -medium, -high.
account-activity-level = livell { $level }
# $client huwa l-isem tal-applikazzjoni li l-utent daħal fiha.
account-activity-client = għal { $client }
account-activity-via-my-account = fil-paġna “Il-kont tiegħi”
account-activity-via-set-password = bil-link tal-email tar-reġistrazzjoni
account-activity-via-reset = b'link “Insejt il-password?”
account-activity-via-recovery = wara rkupru tal-kont
account-activity-purpose-sms-enrol = biex jiġi kkonfermat numru ġdid
account-activity-purpose-sms-login = għad-dħul
# $phone huwa numru tal-mowbajl, parzjalment moħbi (+32******456).
account-activity-to = lin-numru { $phone }
account-activity-pin-failures = wara { $count ->
    [one] { $count } kodiċi PIN ħażin
    [two] { $count } kodiċijiet PIN ħżiena
    [few] { $count } kodiċijiet PIN ħżiena
    [many] { $count }-il kodiċi PIN ħażin
   *[other] { $count } kodiċi PIN ħażin
}
account-activity-until = sa { $when }
account-activity-on = data effettiva: { $when }
# $profile huwa l-kodiċi ta' profil tal-aċċess ta' applikazzjoni (CPMS_USER).
account-activity-profile = profil tal-aċċess { $profile }
# $name huwa l-isem tal-membru tas-servizz ta' assistenza li ddeċieda.
account-activity-by = minn { $name }
account-activity-by-helpdesk = mis-servizz ta' assistenza
# $reason hija waħda mill-frażijiet account-activity-reason-*, jew raġuni miktuba mis-servizz ta' assistenza.
account-activity-reason = raġuni: { $reason }
account-activity-reason-wrong-password = password ħażina
account-activity-reason-no-password = l-ebda password issettjata
account-activity-reason-unknown-account = kont mhux magħruf
account-activity-reason-locked = imblukkat
account-activity-reason-wrong-code = kodiċi ħażin
account-activity-reason-code-reused = kodiċi użat mill-ġdid
account-activity-reason-too-many-codes = wisq kodiċijiet
account-activity-reason-too-many-codes-hour = wisq kodiċijiet f'din is-siegħa
account-activity-reason-device-locked = apparat imsakkar
account-activity-reason-expired = talba skaduta
account-activity-reason-not-verified = tweġiba mhux ivverifikata
account-activity-reason-already-registered = diġà rreġistrat
account-activity-token-access = token tal-aċċess
account-activity-token-refresh = token tal-aġġornament
account-activity-grant-revoked = awtorizzazzjoni revokata
account-activity-family-revoked = familja ta' tokens revokata

## Oħloq kont (templates/register.html, account/registration.rs)

account-register-title = Oħloq kont
account-register-intro = Huwa preferibbli li tuża l-indirizz elettroniku istituzzjonali tiegħek. Tirċievi email b'link biex toħloq il-password tiegħek.
account-register-email-confirm = Ikkonferma l-indirizz elettroniku
# Il-lingwa tal-kont: il-lingwa tal-emails tiegħu, u tal-paġni tiegħu sakemm ma tintgħażilx oħra.
account-register-language = Lingwa tal-posta elettronika
account-register-submit = Oħloq kont
account-register-sign-in = Diġà għandek kont? Idħol
account-register-thanks = Grazzi talli rreġistrajt.
# $minutes: kemm jista' jintuża l-link.
account-register-sent = Email b'link biex toħloq il-password tiegħek qiegħda fi triqitha lejn { $email }. Il-link huwa validu għal { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
}. Tista' tieħu ftit minuti biex tasal; iċċekkja wkoll il-folder tal-ispam.
account-register-first-name-invalid = L-isem tiegħek huwa twil wisq jew fih karattri mhux permessi.
account-register-last-name-invalid = Il-kunjom tiegħek huwa twil wisq jew fih karattri mhux permessi.
account-register-email-invalid = Jekk jogħġbok daħħal indirizz elettroniku validu, pereżempju isem@sptar.eu.
account-register-email-mismatch = Iż-żewġ indirizzi elettroniċi mhumiex l-istess.
account-register-throttled = Ftit ilu ntbagħtet email f'dan l-indirizz, jew intalbu wisq min-netwerk tiegħek. Tista' terġa' titlob wara { $wait }.

## Oħloq il-password tiegħek (templates/set_password.html, account/links.rs)

account-set-password-title = Oħloq il-password tiegħek
# $email huwa l-indirizz tal-kont li qed tinħoloq il-password tiegħu.
account-set-password-account = Kont: { $email }
account-set-password-rules = Il-password tiegħek trid tirrispetta dawn ir-regoli:
account-set-password-new = Password ġdida
account-set-password-confirm = Ikkonferma l-password il-ġdida
account-set-password-mismatch = Iż-żewġ passwords mhumiex l-istess.
account-set-password-done-title = Il-password tiegħek ġiet issettjata
account-set-password-done = Il-password tiegħek ġiet issejvjata. Issa tista' tidħol bl-indirizz elettroniku tiegħek u b'din il-password.
account-password-recent-title = Bdilt il-password tiegħek riċentement
account-password-recent = Għal raġunijiet ta' sigurtà, trid tistenna qabel ma terġa' tibdel il-password tiegħek. Tista' terġa' tibdilha wara { $wait }.
account-password-urgent = F'każijiet urġenti, jekk jogħġbok ikkuntattja s-servizz ta' assistenza.

## Insejt il-password? (templates/forgot_password.html)

account-forgot-title = Insejt il-password?
# $minutes: kemm jista' jintuża link.
account-forgot-expired = Il-link li segwejt skada jew diġà ntuża. Il-links huma validi għal { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
} u jistgħu jintużaw darba biss.
account-forgot-again = Erġa' daħħal l-indirizz elettroniku tiegħek biex tirċievi link ġdid.
account-forgot-intro = Daħħal l-indirizz elettroniku tal-kont { $brand } tiegħek. Nibagħtulek link biex tagħżel password ġdida, validu għal { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
}.
account-forgot-submit = Ibgħatli link
# $email huwa l-indirizz iddaħħal; $wait kemm għandu jgħaddi żmien qabel ma jkun jista' jintalab link ieħor.
account-forgot-sent = Jekk jeżisti kont { $brand } għal { $email }, email b'link biex tagħżel password qiegħda fi triqitha. Il-link huwa validu għal { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
}. Jekk ma tasalx, tista' titlob link ġdid wara { $wait }.
