# It-testi tal-fornitur bil-Malti (dħul); ara main.ftl.
# Il-paġni tad-dħul (identifikatur, password, it-tieni metodu), il-ħruġ, il-paġna li
# tirritorna lejn applikazzjoni, u r-regoli tal-password.
# { $brand } huwa l-isem tas-servizz (pereżempju "EU Login"); { $client } huwa l-isem
# tal-applikazzjoni li l-utent qed jidħol fiha. It-tnejn huma ismijiet: qatt ma jiġu tradotti.

## Komuni għall-paġni tad-dħul

# It-titolu tat-tab tal-browser tal-ewwel paġni tad-dħul ("Dħul - EU Login").
login-title = Dħul
login-heading = Idħol biex tkompli
# Fuq kull pass tad-dħul ladarba l-indirizz elettroniku jkun magħruf; $email huwa l-indirizz.
login-welcome = Merħba, { $email }
# Link ħdejn login-welcome li jmur lura għall-qasam tal-indirizz elettroniku.
login-not-you = (mhux int?)
login-submit = Idħol
login-cancel = Ikkanċella u mur lura għall-applikazzjoni
login-choose-another = Agħżel metodu ieħor ta' verifika
# Il-livell ta' assigurazzjoni li teħtieġ applikazzjoni, kif jidher f'login-client-requires-factor
# u f'login-method-below-level.
login-level-basic = bażiku
login-level-medium = medju
login-level-high = għoli

## L-ismijiet tal-metodi ta' verifika (il-lista fil-paġna tal-password, it-titoli tal-paġni)

login-method-password = Password
login-method-sms = Mowbajl + SMS
login-method-app-pin = Kodiċi PIN tal-app mobbli
login-method-app-qr = Kodiċi QR tal-app mobbli
login-method-webauthn = Ċavetta tas-sigurtà jew awtentikatur integrat
login-method-totp = App tal-awtentikazzjoni (TOTP)

## Awtentikazzjoni mill-ġdid qabel bidla f'"Il-kont tiegħi" (fuq il-formola tad-dħul)

login-reauth-delete-devices = Biex tħassar l-apparati kollha tiegħek, jekk jogħġbok ikkonferma l-identità tiegħek billi tidħol mill-ġdid.
login-reauth-devices = Biex iżżid jew tneħħi apparat mobbli, jekk jogħġbok ikkonferma l-identità tiegħek billi tidħol mill-ġdid.
login-reauth-phones = Biex iżżid jew tneħħi numru tal-mowbajl, jekk jogħġbok ikkonferma l-identità tiegħek billi tidħol mill-ġdid.
login-reauth-security-keys = Biex iżżid jew tneħħi ċavetta tas-sigurtà, jekk jogħġbok ikkonferma l-identità tiegħek billi tidħol mill-ġdid.
login-reauth-authenticator-apps = Biex iżżid jew tneħħi app tal-awtentikazzjoni, jekk jogħġbok ikkonferma l-identità tiegħek billi tidħol mill-ġdid.
login-reauth-delete-account = Biex tħassar il-kont tiegħek, jekk jogħġbok ikkonferma l-identità tiegħek billi tidħol mill-ġdid.
login-reauth-sessions = Biex ittemm sessjoni, jekk jogħġbok ikkonferma l-identità tiegħek billi tidħol mill-ġdid.
# Jiġi wara waħda mis-sentenzi login-reauth-*.
login-reauth-why = Kull bidla fil-mod kif tidħol teħtieġ dħul riċenti.

## Il-paġna tal-identifikatur (login_identifier.html)

login-client-uses = { $client } juża { $brand } biex jidentifikak.
login-email-label = Uża l-indirizz elettroniku tiegħek
login-email-required = Jekk jogħġbok daħħal l-indirizz elettroniku tal-kont { $brand } tiegħek.
login-remember = Ftakar fija f'dan l-apparat
login-next = Li jmiss
login-create-account = Oħloq kont

## Il-paġna tal-password (login_password.html)

# $level huwa wieħed minn login-level-*.
login-client-requires-factor = { $client } jeħtieġ dħul bi tieni metodu ta' verifika (livell “{ $level }”).
login-password-label = Password
login-method-label = Agħżel il-metodu ta' verifika tiegħek
login-method-hint = In-numri tal-mowbajl, l-apparati mobbli u ċ-ċwievet tas-sigurtà jiżdiedu fil-paġna “Il-kont tiegħi” (il-menu bl-ikona tal-ingranaġġ) wara li tidħol bil-password tiegħek.
login-lost-password = Insejt il-password?
login-method-invalid = Jekk jogħġbok agħżel wieħed mill-metodi ta' verifika fil-lista.
login-invalid-credentials = Indirizz elettroniku jew password invalidi
# $until hija data u ħin ("6 ta' Diċembru 2026, 08:34 UTC"), $wait tul ta' żmien
# ("siegħa u 5 minuti"). "Insejt il-password?" huwa l-link login-lost-password.
login-locked = Saru wisq tentattivi ta' dħul li fallew b'dan l-indirizz elettroniku. Biex jitħares il-kont, id-dħul bil-password huwa mblukkat sa { $until } (jiġifieri għal { $wait }). Jekk insejt il-password tiegħek, agħżel waħda ġdida permezz ta' “Insejt il-password?”.
# $wait huwa tul ta' żmien ("5 minuti").
login-throttled = Saru wisq tentattivi ta' dħul li fallew min-netwerk tiegħek. Jekk jogħġbok erġa' pprova wara { $wait }.

## L-għażla tat-tieni metodu ta' verifika (login_second_factor.html)

login-second-factor-title = Metodu ta' verifika
login-password-accepted = Il-password tiegħek ġiet aċċettata.
# $method huwa wieħed minn login-method-*.
login-method-not-added = Għadek ma żidtx dan il-metodu ta' verifika ({ $method }) mal-kont tiegħek.
# $method huwa wieħed minn login-method-*, $level wieħed minn login-level-*.
login-method-below-level = { $method } ma jilħaqx il-livell li teħtieġ din l-applikazzjoni ({ $level }).
login-no-usable-method = Il-kont tiegħek għad m'għandu l-ebda metodu ta' verifika li din l-applikazzjoni taċċetta.
login-not-added-yet = Metodi li għadhom ma żdidux mal-kont tiegħek:
# Linja għal kull metodu li l-utent ma żiedx; warajha jiġi l-link login-method-missing-link.
login-method-missing = { $method }: idħol bil-password tiegħek, imbagħad żid dan il-metodu mill-paġna “Il-kont tiegħi” (il-menu bl-ikona tal-ingranaġġ).
# Link għall-paġna ta' "Il-kont tiegħi" fejn jiżdied il-metodu.
login-method-missing-link = { $method } fil-paġna “Il-kont tiegħi”
# $method huwa wieħed minn login-method-*.
login-method-not-accepted = Din l-applikazzjoni ma taċċettax il-metodu “{ $method }”.

## Mowbajl + SMS (login_sms.html)

login-sms-send-to = Ibgħat kodiċi ta' verifika bl-SMS lin-numru
login-sms-send = Ibgħat il-kodiċi
login-sms-sent = Intbagħat kodiċi ta' verifika bl-SMS fuq il-mowbajl tiegħek. Jista' jieħu sa 8 minuti biex jasal.
# $wait huwa tul ta' żmien ("minuta").
login-sms-next-code = Jekk ma jasal l-ebda kodiċi, tista' titlob wieħed ġdid wara { $wait }.
login-sms-resend = Ibgħat kodiċi ġdid
login-sms-off = Il-metodu “Mowbajl + SMS” mhuwiex offrut minn dan is-servizz.
login-sms-limited-title = Jekk jogħġbok stenna qabel ma titlob kodiċi ġdid
# $wait huwa tul ta' żmien ("minuta").
login-sms-limited = Intbagħat SMS ftit ilu, jew intbagħtu wisq. Tista' titlob kodiċi ġdid wara { $wait }.
login-sms-not-delivered = L-SMS bil-kodiċi tiegħek ma setax jitwassal lil dan in-numru. Ibgħat kodiċi ġdid, jew agħżel metodu ieħor ta' verifika.
login-sms-choose-phone = Jekk jogħġbok agħżel wieħed min-numri tal-mowbajl irreġistrati tiegħek.
login-sms-wrong = Il-kodiċi ta' verifika mhuwiex korrett. { $remaining ->
    [one] Fadallek { $remaining } tentattiv.
    [two] Fadallek { $remaining } tentattivi.
    [few] Fadallek { $remaining } tentattivi.
    [many] Fadallek { $remaining }-il tentattiv.
   *[other] Fadallek { $remaining } tentattiv.
}
login-sms-dead = Dan il-kodiċi ta' verifika m'għadux validu (skada, ġie sostitwit, jew saru wisq tentattivi ħżiena). Ibgħat kodiċi ġdid.

## App tal-awtentikazzjoni (login_totp.html)

# It-titolu tat-tab tal-browser tal-paġna tal-app tal-awtentikazzjoni.
login-totp-title = App tal-awtentikazzjoni
login-totp-intro = Iftaħ l-app tal-awtentikazzjoni fuq it-telefon tiegħek u daħħal il-kodiċi ta' 6 ċifri li turi għal { $brand }.
login-totp-code-label = Daħħal il-kodiċi ta' 6 ċifri
login-totp-wrong = Il-kodiċi mhuwiex korrett. Daħħal il-kodiċi ta' 6 ċifri li qed turi issa l-app tal-awtentikazzjoni tiegħek. { $remaining ->
    [one] Fadallek { $remaining } tentattiv.
    [two] Fadallek { $remaining } tentattivi.
    [few] Fadallek { $remaining } tentattivi.
    [many] Fadallek { $remaining }-il tentattiv.
   *[other] Fadallek { $remaining } tentattiv.
}
login-totp-reused = Dan il-kodiċi diġà ntuża. Stenna sakemm l-app tal-awtentikazzjoni tiegħek turi kodiċi ġdid, imbagħad daħħlu. { $remaining ->
    [one] Fadallek { $remaining } tentattiv.
    [two] Fadallek { $remaining } tentattivi.
    [few] Fadallek { $remaining } tentattivi.
    [many] Fadallek { $remaining }-il tentattiv.
   *[other] Fadallek { $remaining } tentattiv.
}
login-totp-stopped = Iddaħħlu wisq kodiċijiet ħżiena. Għas-sigurtà tiegħek, dan id-dħul twaqqaf: jekk jogħġbok ibda mill-ġdid mill-applikazzjoni.
login-totp-paused-title = Wisq kodiċijiet ħżiena
# $wait huwa tul ta' żmien ("50 minuta").
login-totp-paused = Iddaħħlu wisq kodiċijiet ħżiena minn app tal-awtentikazzjoni għall-kont tiegħek. Tista' terġa' tużaha wara { $wait }; sadanittant, agħżel metodu ieħor ta' verifika.

## Ċavetta tas-sigurtà jew awtentikatur integrat (login_webauthn.html)

login-webauthn-intro = Meta l-browser jitolbok, daħħal u mess iċ-ċavetta tas-sigurtà tiegħek, jew iftaħ il-kompjuter jew it-telefon tiegħek.
login-webauthn-start = Uża ċ-ċavetta tas-sigurtà tiegħi
login-webauthn-off = Iċ-ċwievet tas-sigurtà ma jistgħux jintużaw ma' dan is-servizz.

## Kodiċi PIN tal-app mobbli (login_app_pin.html)

login-app-pin-intro = Intbagħtet talba ta' dħul għal { $client } lill-apparati mobbli tiegħek. Iftaħ l-app mobbli { $brand }, agħżel dan in-numru u daħħal il-kodiċi PIN tiegħek:
login-app-pin-waiting = Qed nistennew l-approvazzjoni tiegħek fuq l-apparat mobbli...
# Buttuna li tidher biss meta l-browser ma jħaddem l-ebda skript.
login-app-pin-continue = Approvajt: kompli
login-app-pin-resend = Ibgħat talba ġdida
login-app-pin-approved = Approvat fuq l-apparat mobbli tiegħek. Qed tidħol...
login-app-pin-denied = It-talba ġiet miċħuda fuq l-apparat mobbli tiegħek.
login-app-pin-wrong-number = In-numru li għażilt fuq l-apparat mobbli tiegħek ma kienx dak muri hawn. It-talba ġiet ikkanċellata.
login-app-pin-expired = It-talba skadiet. Ibgħat talba ġdida lill-apparat mobbli tiegħek.
login-app-pin-limited-title = Wisq talbiet
# $wait huwa tul ta' żmien ("minuta").
login-app-pin-limited = Intbagħtu wisq talbiet ta' dħul lill-apparati mobbli tiegħek. Jekk jogħġbok erġa' pprova wara { $wait }, jew agħżel metodu ieħor ta' verifika.

## Kodiċi QR tal-app mobbli (login_app_qr.html)

login-app-qr-intro = Skennja dan il-kodiċi QR bl-app mobbli { $brand } u daħħal il-kodiċi PIN tiegħek fl-app. Jaħdem anki jekk it-telefon tiegħek ma jkunx konness man-netwerk.
# It-test alternattiv tal-immaġni tal-kodiċi QR.
login-app-qr-alt = Kodiċi QR biex tiskennjah bl-app mobbli { $brand }
login-app-qr-paste = Ma tistax tiskennja? Waħħal dan it-test fl-app:
login-app-qr-code-label = Kodiċi ġġenerat mill-app tiegħek
login-app-qr-wrong = Il-kodiċi mhuwiex korrett. { $remaining ->
    [one] Fadallek { $remaining } tentattiv.
    [two] Fadallek { $remaining } tentattivi.
    [few] Fadallek { $remaining } tentattivi.
    [many] Fadallek { $remaining }-il tentattiv.
   *[other] Fadallek { $remaining } tentattiv.
}
login-app-qr-dead = Dan il-kodiċi QR m'għadux validu (skada jew iddaħħlu wisq kodiċijiet ħżiena). Qed jintwera kodiċi QR ġdid: skennjah bl-app tiegħek.
login-app-qr-locked-title = Apparat mobbli msakkar
login-app-qr-locked = L-apparat mobbli tiegħek issakkar wara wisq kodiċijiet jew kodiċijiet PIN ħżiena. Ħassru u żidu mill-ġdid fil-paġna “Il-kont tiegħi”, jew agħżel metodu ieħor ta' verifika.

## Rifjuti fi kwalunkwe pass tad-dħul

login-expired-title = Din il-paġna tad-dħul skadiet
login-expired = Il-paġni tad-dħul huma validi għal żmien limitat u darba biss. Jekk kont qed tidħol f'applikazzjoni, mur lura għaliha u idħol mill-ġdid; inkella ibda mill-paġna ewlenija.
login-form-incomplete = Il-formola ma mtlietx kollha. Jekk jogħġbok mur lura u erġa' pprova.
login-request-invalid = It-talba mibgħuta mill-applikazzjoni mhijiex valida, għalhekk ma tistax titwettaq. Jekk jogħġbok mur lura għall-applikazzjoni u erġa' pprova.
login-already-completed = Dan id-dħul diġà tlesta.
login-redirect-invalid = L-URI ta' ridirezzjoni rreġistrat mhuwiex validu.

## Meħtieġ metodu ta' verifika aktar b'saħħtu (applikazzjoni teħtieġ livell ogħla)

login-step-up-title = Meħtieġ metodu ta' verifika aktar b'saħħtu
# $level huwa wieħed minn login-level-*.
login-step-up-needed = { $client } jeħtieġ dħul fil-livell “{ $level }” (password u tieni metodu ta' verifika, bħal mowbajl jew ċavetta tas-sigurtà). Il-kont tiegħek għad m'għandu l-ebda metodu bħal dan.
login-step-up-hint = Żid numru tal-mowbajl, apparat mobbli jew ċavetta tas-sigurtà fil-paġna “Il-kont tiegħi”, imbagħad erġa' lura hawn.
login-step-up-account = Mur fil-paġna “Il-kont tiegħi” biex iżżid metodu ta' verifika
login-return-to-app = Mur lura għall-applikazzjoni

## Ir-ritorn lejn l-applikazzjoni (form_post.html, meta l-browser ma jħaddem l-ebda skript)

login-form-post-title = Ritorn lejn l-applikazzjoni
login-form-post-noscript = JavaScript mhuwiex attivat: agħfas il-buttuna biex tkompli.
login-continue = Kompli

## Ħruġ (logout.html)

login-logout-title = Ħruġ
# $email huwa l-indirizz tal-kont li daħal.
login-logout-question-as = Trid toħroġ minn { $brand } bħala { $email }?
login-logout-question = Trid toħroġ minn { $brand }?
login-logout-apps = Se toħroġ ukoll mill-applikazzjonijiet li użajt f'din is-sessjoni.
login-logout-submit = Oħroġ
login-signed-out-title = Ħriġt
login-signed-out = Ħriġt minn { $brand }.
login-sign-in-again = Idħol mill-ġdid
# id_token_hint, client_id u post_logout_redirect_uri huma ismijiet ta' parametri tal-protokoll:
# iżommhom kif inhuma.
login-logout-bad-hint = Il-parametru id_token_hint mhuwiex token tal-identità (ID token) maħruġ minn dan il-fornitur.
login-logout-client-mismatch = Il-parametru client_id ma jaqbilx ma' id_token_hint.
login-logout-uri-unregistered = Il-parametru post_logout_redirect_uri mhuwiex irreġistrat għal din l-applikazzjoni.
login-logout-uri-invalid = Il-parametru post_logout_redirect_uri mhuwiex validu.

## Ir-regoli tal-password (il-paġni tal-ħolqien tal-password, tar-reġistrazzjoni u ta' "Il-kont tiegħi")

# $min u $max huma numri ta' karattri.
login-policy-rule-length = Mill-inqas { $min ->
    [one] { $min } karattru
    [two] { $min } karattri
    [few] { $min } karattri
    [many] { $min }-il karattru
   *[other] { $min } karattru
} (sa { $max }); ftit kliem mingħajr rabta bejniethom jagħmlu password tajba
login-policy-rule-any = L-ispazji u kull karattru huma permessi; mhix meħtieġa taħlita ta' tipi ta' karattri
login-policy-rule-common = Mhux password użata ħafna jew li nkixfet f'ksur tad-data, u mhux faċli biex wieħed jaqtagħha (l-ebda kliem ripetut, ringieli ta' tasti jew sekwenzi)
login-policy-rule-personal = M'għandux ikun fiha ismek jew l-indirizz elettroniku tiegħek
# $length u $min huma numri ta' karattri.
login-policy-too-short = Il-password hija qasira wisq: { $length ->
    [one] { $length } karattru
    [two] { $length } karattri
    [few] { $length } karattri
    [many] { $length }-il karattru
   *[other] { $length } karattru
}, iridu jkunu mill-inqas { $min }.
# $max huwa numru ta' karattri.
login-policy-too-long = Il-password hija twila wisq: mhux aktar minn { $max ->
    [one] { $max } karattru
    [two] { $max } karattri
    [few] { $max } karattri
    [many] { $max }-il karattru
   *[other] { $max } karattru
}.
login-policy-personal = Il-password m'għandux ikun fiha ismek jew l-indirizz elettroniku tiegħek.
login-policy-common = Din il-password hija komuni wisq: tidher f'listi ta' passwords li nkixfu.
login-policy-guessable = Din il-password hija faċli wisq biex wieħed jaqtagħha. Ipprova ftit kliem mingħajr rabta bejniethom, bħal sentenza qasira li tikteb int biss.
# $reason huwa wieħed minn login-policy-why-*: għaliex hija faċli biex wieħed jaqtagħha.
login-policy-guessable-because = Din il-password hija faċli wisq biex wieħed jaqtagħha: { $reason } Ipprova ftit kliem mingħajr rabta bejniethom, bħal sentenza qasira li tikteb int biss.
login-policy-why-keyboard-rows = ringieli dritti ta' tasti huma faċli biex wieħed jaqtagħhom.
login-policy-why-keyboard-patterns = disinji qosra fuq it-tastiera huma faċli biex wieħed jaqtagħhom.
login-policy-why-repeats = ripetizzjonijiet bħal “aaa” huma faċli biex wieħed jaqtagħhom.
login-policy-why-repeated-words = ripetizzjonijiet bħal “abcabcabc” huma ftit biss aktar diffiċli biex wieħed jaqtagħhom minn “abc”.
login-policy-why-top-10 = din hija waħda mill-10 passwords l-aktar komuni.
login-policy-why-top-100 = din hija waħda mill-100 password l-aktar komuni.
login-policy-why-common = din hija password komuni ħafna.
login-policy-why-similar = din tixbah password użata ħafna.
login-policy-why-sequences = sekwenzi bħal abc jew 6543 huma faċli biex wieħed jaqtagħhom.
login-policy-why-years = is-snin riċenti huma faċli biex wieħed jaqtagħhom.
login-policy-why-word = kelma waħedha hija faċli biex wieħed jaqtagħha.
login-policy-why-dates = id-dati spiss ikunu faċli biex wieħed jaqtagħhom.
login-policy-why-names = l-ismijiet u l-kunjomijiet waħedhom huma faċli biex wieħed jaqtagħhom.
login-policy-why-common-names = l-ismijiet u l-kunjomijiet komuni huma faċli biex wieħed jaqtagħhom.
