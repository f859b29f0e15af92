# It-testi tal-fornitur bil-Malti (posta); ara main.ftl.
#
# L-emails u l-messaġġi SMS li jibgħat il-fornitur, fil-lingwa tal-kont li jirrigwardaw
# (mail/messages.rs), il-messaġġi tal-API tal-app mobbli li l-app turi lill-utent tagħha
# (http/app_api.rs), u l-paġna tal-outbox tal-iżvilupp (templates/outbox.html).
#
# Fl-emails: $brand huwa l-isem tas-servizz ("EU Login"), $email l-indirizz elettroniku tal-kont,
# $link indirizz web. Żomm kull { $link } waħdu fuq il-linja tiegħu, kif inhu hawn: il-programmi
# tal-posta jagħmluh link. Linja li fiha biss {""} hija linja vojta bejn żewġ paragrafi: żommhom
# fejn huma.

## Kull email

# L-ewwel linja ta' kull email, segwita minn linja vojta. $first_name u $last_name huma l-isem
# u l-kunjom tar-riċevitur.
mail-greeting = Għażiż/a { $first_name } { $last_name },
# L-aħħar linja ta' kull email.
mail-signature = Mibgħut lilek minn { $brand }

## Reġistrazzjoni: il-link biex toħloq il-password (account/registration.rs)

mail-registered-subject = Ir-reġistrazzjoni tiegħek f'{ $brand }
# $duration: kemm jaħdem il-link, bil-kliem ("siegħa", "30 minuta").
mail-registered-body =
    Ir-reġistrazzjoni tiegħek f'{ $brand } saret.
    L-indirizz elettroniku tiegħek huwa { $email }
    {""}
    Biex toħloq il-password tiegħek, segwi l-link hawn taħt:
    {""}
    { $link }
    {""}
    Għandek massimu ta' { $duration }, mill-ħin li ntbagħat dan il-messaġġ, biex toħloq il-password tiegħek, iżda nħeġġuk tagħmel dan minnufih jekk possibbli. Wara dan iż-żmien, tista' tagħmel talba oħra billi ssegwi l-istess link: imbagħad ikollok terġa' ddaħħal l-indirizz elettroniku tiegħek u tikkonferma t-talba tiegħek.
    {""}
    Jekk il-link ta' hawn fuq ma jaħdimx, ikkopja l-indirizz sħiħ ta' hawn fuq u waħħlu fil-bar tal-indirizzi tal-browser tiegħek.
    {""}
    Jekk għandek xi problema, tweġibx għal dan il-messaġġ, iżda segwi l-għajnuna jew l-informazzjoni ta' kuntatt fis-sit fejn kont qed tipprova tirreġistra.

## Password mitlufa: il-link biex tagħżel waħda ġdida (account/registration.rs)

mail-reset-subject = Il-password { $brand } tiegħek
# $duration: kemm jaħdem il-link, bil-kliem ("siegħa", "30 minuta").
mail-reset-body =
    Intalbet password ġdida għall-kont { $brand } tiegħek { $email }.
    Biex tagħżel password ġdida, segwi l-link hawn taħt:
    {""}
    { $link }
    {""}
    Il-link huwa validu għal { $duration } u jista' jintuża darba biss. Jekk ma tlabtx int, injora dan il-messaġġ: il-password tiegħek ma nbidlitx.

## Reġistrazzjoni b'indirizz li diġà għandu kont: is-sid tiegħu jiġi infurmat

mail-existing-subject = Tentattiv ta' reġistrazzjoni bl-indirizz elettroniku tiegħek
mail-existing-body =
    Xi ħadd ipprova jirreġistra f'{ $brand } bl-indirizz elettroniku tiegħek { $email }, li diġà għandu kont.
    Jekk kont int u ma tiftakarx il-password tiegħek, tista' tagħżel waħda ġdida hawn:
    {""}
    { $link }
    {""}
    Jekk ma kontx int, injora dan il-messaġġ: ma nbidel xejn.

## Wisq passwords ħżiena: id-dħul bil-password huwa mblukkat għal xi żmien

mail-lockout-subject = { $brand }: wisq tentattivi ta' dħul li fallew
# $until: id-data u l-ħin meta jintemm il-blokk ("6 ta' Diċembru 2026, 08:34 UTC").
mail-lockout-body =
    Saru wisq tentattivi li fallew biex wieħed jidħol fil-kont { $brand } tiegħek { $email } bil-password. Biex jitħares il-kont tiegħek, id-dħul bil-password huwa mblukkat sa { $until }.
    {""}
    Jekk kont int u ma tiftakarx il-password tiegħek, agħżel waħda ġdida hawn; dan itemm ukoll il-blokk:
    {""}
    { $link }
    {""}
    Jekk ma kontx int, jista' jkun li xi ħadd qed jipprova jaqta' l-password tiegħek: agħżel password ġdida u twila permezz tal-istess link, u ċċekkja l-attività tal-kont tiegħek fil-paġna “{ menu-my-account }”.

## Xi ħaġa nbidlet fil-kont: l-avviż, u sentenza waħda għal kull tip ta' bidla

mail-changed-subject = { $brand }: il-kont tiegħek inbidel
# Taħt is-sentenza li tgħid x'inbidel.
mail-changed-advice = Jekk ma għamiltx dan int, idħol f'{ $brand }, neħħi dak li ma tagħrafx fil-paġna “{ menu-my-account }”, ibdel il-password tiegħek, u kkuntattja s-servizz ta' assistenza.
mail-change-password = Il-password tal-kont { $brand } tiegħek inbidlet.
# $number: numru tat-telefon ("+32470123456").
mail-change-phone-added = In-numru tal-mowbajl { $number } żdied mal-kont { $brand } tiegħek.
mail-change-phone-removed = In-numru tal-mowbajl { $number } tneħħa mill-kont { $brand } tiegħek.
# $name: l-isem li l-utent ta lill-apparat, liċ-ċavetta jew lill-app ("It-telefon tiegħi").
mail-change-device-added = L-apparat mobbli “{ $name }” żdied mal-kont { $brand } tiegħek.
mail-change-device-removed = L-apparat mobbli “{ $name }” tneħħa mill-kont { $brand } tiegħek.
mail-change-device-locked = L-apparat mobbli tiegħek “{ $name }” issakkar wara wisq kodiċijiet PIN ħżiena. Biex terġa' tużah, ħassru u żidu mill-ġdid fil-paġna “{ menu-my-account }”.
mail-change-security-key-added = Iċ-ċavetta tas-sigurtà “{ $name }” żdiedet mal-kont { $brand } tiegħek.
mail-change-security-key-removed = Iċ-ċavetta tas-sigurtà “{ $name }” tneħħiet mill-kont { $brand } tiegħek.
mail-change-authenticator-app-added = L-app tal-awtentikazzjoni “{ $name }” żdiedet mal-kont { $brand } tiegħek.
mail-change-authenticator-app-removed = L-app tal-awtentikazzjoni “{ $name }” tneħħiet mill-kont { $brand } tiegħek.
# $count: kemm tħassru, it-tipi kollha flimkien.
mail-change-all-devices-deleted = { $count ->
    [one] L-apparati kollha tal-kont { $brand } tiegħek tħassru (apparat mobbli, ċavetta tas-sigurtà jew app tal-awtentikazzjoni waħda).
    [two] L-apparati kollha tal-kont { $brand } tiegħek tħassru ({ $count } b'kollox, bejn apparati mobbli, ċwievet tas-sigurtà u apps tal-awtentikazzjoni).
    [few] L-apparati kollha tal-kont { $brand } tiegħek tħassru ({ $count } b'kollox, bejn apparati mobbli, ċwievet tas-sigurtà u apps tal-awtentikazzjoni).
   *[other] L-apparati kollha tal-kont { $brand } tiegħek tħassru ({ $count } b'kollox, bejn apparati mobbli, ċwievet tas-sigurtà u apps tal-awtentikazzjoni).
}

## Il-kont tħassar (mibgħut wara t-tħassir)

mail-deleted-subject = { $brand }: il-kont tiegħek tħassar
mail-deleted-body = Il-kont { $brand } tiegħek tħassar fuq talba tiegħek.

## Irkupru: it-tneħħija ta' kull metodu ta' verifika meta ma jkun jista' jintuża l-ebda wieħed

mail-recovery-link-subject = { $brand }: ikkonferma t-tneħħija tal-metodi ta' verifika tiegħek
# $duration: kemm jaħdem il-link; $wait: kemm wara l-konferma jitneħħew il-metodi; it-tnejn
# bil-kliem ("30 minuta", "72 siegħa").
mail-recovery-link-body =
    Xi ħadd daħal fil-kont { $brand } tiegħek { $email } bil-password tiegħek u talab li jitneħħa kull metodu ta' verifika tal-kont (apparati mobbli, ċwievet tas-sigurtà, apps tal-awtentikazzjoni u numri tal-mowbajl), għax l-ebda wieħed minnhom ma jista' jintuża aktar.
    {""}
    Jekk kont int, ikkonferma b'dan il-link (validu għal { $duration }):
    {""}
    { $link }
    {""}
    Il-metodi jitneħħew { $wait } wara li tikkonferma; sa dak iż-żmien tista' tikkanċella, u tirċievi email dwar dan.
    {""}
    Jekk ma kontx int, issegwix il-link, u ibdel il-password tiegħek: xi ħadd jafha.
mail-recovery-started-subject = { $brand }: il-metodi ta' verifika tiegħek se jitneħħew
# $when: id-data u l-ħin tat-tneħħija ("6 ta' Diċembru 2026, 08:34 UTC"). L-aħħar sentenza
# issemmi paġna ta' "Il-kont tiegħi": uża t-titolu tagħha bil-Malti.
mail-recovery-started-body =
    Kull metodu ta' verifika tal-kont { $brand } tiegħek { $email } (apparati mobbli, ċwievet tas-sigurtà, apps tal-awtentikazzjoni u numri tal-mowbajl) se jitneħħa, kif intalab u ġie kkonfermat minn din il-kaxxa postali. Data tat-tneħħija: { $when }.
    {""}
    Jekk ma tlabtx int, ikkanċella issa b'dan il-link, imbagħad ibdel il-password tiegħek:
    {""}
    { $link }
    {""}
    Tista' tikkanċella wkoll f'“{ menu-my-account }” > “Ħassar l-apparati kollha tiegħi”.
mail-recovery-cancelled-subject = { $brand }: it-tneħħija tal-metodi ta' verifika tiegħek ġiet ikkanċellata
mail-recovery-cancelled-body = It-tneħħija tal-metodi ta' verifika tal-kont { $brand } tiegħek ġiet ikkanċellata. Ma tneħħa xejn.
mail-recovery-done-subject = { $brand }: il-metodi ta' verifika tiegħek tneħħew
# $count: kemm tneħħew metodi.
mail-recovery-done-body = { $count ->
    [one] Kif intalab, kull metodu ta' verifika tal-kont { $brand } tiegħek tneħħa (wieħed b'kollox). Żid l-apparat mobbli, iċ-ċavetta tas-sigurtà jew in-numru tat-telefon il-ġdid tiegħek fil-paġna “{ menu-my-account }”.
   *[other] Kif intalab, kull metodu ta' verifika tal-kont { $brand } tiegħek tneħħa ({ $count } b'kollox). Żid l-apparat mobbli, iċ-ċavetta tas-sigurtà jew in-numru tat-telefon il-ġdid tiegħek fil-paġna “{ menu-my-account }”.
}

## Talba għall-aċċess deċiża jew revokata mis-servizz ta' assistenza tal-applikazzjoni (access/helpdesk.rs)

# $app: l-isem tal-applikazzjoni ("CPMS").
mail-access-approved-subject = L-aċċess tiegħek għal { $app } ġie approvat
mail-access-denied-subject = It-talba tiegħek għall-aċċess għal { $app } ġiet miċħuda
mail-access-revoked-subject = L-aċċess tiegħek għal { $app } ġie revokat
# $profile: il-kodiċi tal-profil tal-aċċess ("HP"); $centre: l-organizzazzjoni li għaliha huwa
# l-aċċess (sptar jew fornitur tal-kura tas-saħħa, bil-belt u l-pajjiż tiegħu).
mail-access-approved = It-talba tiegħek għall-aċċess għal { $app } (profil tal-aċċess { $profile }, organizzazzjoni { $centre }) ġiet approvata mis-servizz ta' assistenza ta' { $app }.
mail-access-denied = It-talba tiegħek għall-aċċess għal { $app } (profil tal-aċċess { $profile }, organizzazzjoni { $centre }) ġiet miċħuda mis-servizz ta' assistenza ta' { $app }.
mail-access-revoked = L-aċċess mogħti fuq it-talba tiegħek għall-aċċess għal { $app } (profil tal-aċċess { $profile }, organizzazzjoni { $centre }) ġie revokat mis-servizz ta' assistenza ta' { $app }.
# $comment u $reason: il-kliem tas-servizz ta' assistenza stess.
mail-access-comment = Kumment tas-servizz ta' assistenza: { $comment }
mail-access-reason = Raġuni: { $reason }
mail-access-sign-in = Issa tista' tidħol f'{ $app } bil-kont { $brand } tiegħek.
# Segwit minn linja bl-indirizz tal-applikazzjoni.
mail-access-sign-in-at = Issa tista' tidħol f'{ $app } bil-kont { $brand } tiegħek:
mail-access-again = Tista' tibgħat talba ġdida fuq { $link }
# $link: il-paġna li telenka t-talbiet għall-aċċess tal-utent.
mail-access-requests = It-talbiet tiegħek: { $link }

## SMS

# L-SMS b'kodiċi tad-dħul jew tal-konferma. Irid jidħol f'żewġ segmenti SMS (test jiċċekkjah).
# L-ittri ċ, ġ, ħ, ż mhumiex fl-alfabet GSM: l-SMS kollu jsir UCS-2 u jesa' biss 134 karattru,
# għalhekk żommu qasir kif inhu. $code jidher bħal "ABCD-EFGH": żomm spazju jew punt fuq kull
# naħa tiegħu. $minutes huwa numru.
sms-code = Kodiċi { $brand }: { $code }. Validu { $minutes } min. La tgħidu lil ħadd.

## Messaġġi tal-API tal-app mobbli, murija mill-app lill-utent tagħha (http/app_api.rs)

app-unknown-token = Dan il-kodiċi QR mhuwiex magħruf. Skennja l-kodiċi QR li jidher meta żżid apparat mobbli fil-paġna “{ menu-my-account }”.
app-token-not-valid = Dan il-kodiċi QR diġà ntuża, skada, jew ġie invalidat minħabba kodiċijiet PIN ħżiena. Żid l-apparat mill-ġdid fil-paġna “{ menu-my-account }”.
# $remaining: kemm għad hemm tentattivi permessi (numru).
app-enrol-wrong-pin = { $remaining ->
    [one] Il-kodiċi PIN mhuwiex dak magħżul fil-paġna “{ menu-my-account }”. Fadallek tentattiv wieħed.
    [two] Il-kodiċi PIN mhuwiex dak magħżul fil-paġna “{ menu-my-account }”. Fadallek { $remaining } tentattivi.
    [few] Il-kodiċi PIN mhuwiex dak magħżul fil-paġna “{ menu-my-account }”. Fadallek { $remaining } tentattivi.
    [many] Il-kodiċi PIN mhuwiex dak magħżul fil-paġna “{ menu-my-account }”. Fadallek { $remaining }-il tentattiv.
   *[other] Il-kodiċi PIN mhuwiex dak magħżul fil-paġna “{ menu-my-account }”. Fadallek { $remaining } tentattiv.
}
app-unknown-device = Dan l-apparat mhuwiex (jew m'għadux) irreġistrat.
app-bad-signature = Il-firma tal-apparat ma setgħetx tiġi vverifikata.
# $seconds: numru.
app-stale = Il-firma tal-apparat hija eqdem minn { $seconds ->
    [one] { $seconds } sekonda
    [two] { $seconds } sekondi
    [few] { $seconds } sekondi
    [many] { $seconds }-il sekonda
   *[other] { $seconds } sekonda
} (jew l-arloġġ tal-apparat mhuwiex korrett).
app-replayed = Din il-firma tal-apparat diġà ntużat.
app-device-locked = Dan l-apparat huwa msakkar wara wisq kodiċijiet PIN ħżiena. Ħassru u żidu mill-ġdid fil-paġna “{ menu-my-account }”.
app-not-pending = Din it-talba skadiet jew diġà ngħatat tweġiba.
# $remaining: kemm għad hemm tentattivi permessi (numru).
app-wrong-pin = { $remaining ->
    [one] Kodiċi PIN ħażin. Fadallek tentattiv wieħed qabel ma l-apparat jissakkar.
    [two] Kodiċi PIN ħażin. Fadallek { $remaining } tentattivi qabel ma l-apparat jissakkar.
    [few] Kodiċi PIN ħażin. Fadallek { $remaining } tentattivi qabel ma l-apparat jissakkar.
    [many] Kodiċi PIN ħażin. Fadallek { $remaining }-il tentattiv qabel ma l-apparat jissakkar.
   *[other] Kodiċi PIN ħażin. Fadallek { $remaining } tentattiv qabel ma l-apparat jissakkar.
}
app-wrong-number = Dan mhuwiex in-numru muri fil-paġna web. It-talba ġiet ikkanċellata.
app-browser-on = { $browser } fuq { $system }
app-browser = { $browser }
app-push-title = Talba ta' dħul minn { $client }

## Il-paġna tal-outbox tal-iżvilupp (templates/outbox.html, fil-modalità tal-iżvilupp biss)

outbox-title = Posta ħierġa (żvilupp)
outbox-hint = Fil-modalità tal-iżvilupp biss: kull email u SMS li bagħat il-fornitur, mill-aktar riċenti.
outbox-empty = Il-posta ħierġa hija vojta.
outbox-email = Email
outbox-sms = SMS
# $channel: outbox-email jew outbox-sms; $to: indirizz elettroniku jew numru tat-telefon; $when:
# id-data u l-ħin meta ntbagħat.
outbox-sent = { $channel } lil { $to }, { $when }
