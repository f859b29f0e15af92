# It-testi tal-fornitur bil-Malti (metodi ta' verifika); ara main.ftl.
# It-tieni fatturi li utent iżid u jimmaniġġja f'"Il-kont tiegħi": numri tal-mowbajl (SMS),
# apparati mobbli bl-app, ċwievet tas-sigurtà u apps tal-awtentikazzjoni.

## Kliem komuni għall-paġni ta' dan il-fajl

factors-cancel = Ikkanċella
factors-add = Żid
# Intestatura ta' kolonna ta' lista ta' tieni fatturi: l-isem.
factors-name = Isem
# Intestatura ta' kolonna: id-data meta żdied it-tieni fattur.
factors-added = Data taż-żieda
# Intestatura ta' kolonna: id-data tal-aħħar dħul b'tieni fattur.
factors-last-used = L-aħħar użu
# Fil-kolonna "L-aħħar użu", għal tieni fattur li qatt ma ntuża għad-dħul.
factors-never = qatt
# Intestatura ta' kolonna, li jaqrawha l-qarrejja tal-iskrin biss, tal-kolonna tal-buttuni tat-tħassir.
factors-action = Azzjoni

## Il-qasam tal-kodiċi komuni għal diversi paġni (templates/fields.html)

factors-sms-code-label = Kodiċi ta' verifika bl-SMS
# Il-kodiċi għandu 8 karattri f'żewġ gruppi ta' 4, b'sing bejniethom; X tfisser ittra jew ċifra.
factors-sms-code-hint = 8 ittri u ċifri, pereżempju XXXX-XXXX
# Test fil-qasam tal-kodiċi: il-forma tal-kodiċi (X tfisser ittra jew ċifra).
factors-sms-code-placeholder = XXXX-XXXX

## Immaniġġja n-numri tal-mowbajl tiegħi (templates/phones.html)

factors-phones-title = Immaniġġja n-numri tal-mowbajl tiegħi
factors-phones-number = Numru tal-mowbajl
factors-phones-delete = Ħassar numru tal-mowbajl
factors-phones-none = M'hemm l-ebda numru tal-mowbajl irreġistrat fil-kont tiegħek.
factors-phones-add = Żid numru tal-mowbajl
factors-phones-hint = Il-messaġġi SMS jiddependu fuq ftehimiet bejn l-operaturi tal-mowbajl u jista' jkun li mhux dejjem jaslu; l-app mobbli { $brand } jew ċavetta tas-sigurtà huma aktar affidabbli.
# $number huwa n-numru tat-telefon f'format internazzjonali, eż. +32470123456.
factors-phones-added = In-numru tal-mowbajl tiegħek { $number } żdied b'suċċess.
factors-phones-deleted = In-numru tal-mowbajl tħassar.
factors-phones-unknown = Numru tal-mowbajl mhux magħruf.

## Żid numru tal-mowbajl (templates/phone_add.html)

factors-phone-add-title = Żid numru tal-mowbajl
# $example huwa numru tal-mowbajl Belġjan f'format internazzjonali, eż. +32 470 12 34 56.
factors-phone-add-hint = Format internazzjonali inkluż il-kodiċi tal-pajjiż, pereżempju għall-Belġju: { $example }
# $number huwa n-numru tat-telefon f'format internazzjonali, eż. +32470123456.
factors-phone-already-registered = In-numru tal-mowbajl { $number } diġà rreġistrat fil-kont tiegħek.

## Għaliex numru tat-telefon imdaħħal jiġi miċħud (authn/sms.rs); $example huwa numru tal-mowbajl
## Belġjan f'format internazzjonali, eż. +32 470 12 34 56

factors-phone-missing = Jekk jogħġbok daħħal in-numru tal-mowbajl tiegħek f'format internazzjonali inkluż il-kodiċi tal-pajjiż, pereżempju għall-Belġju: { $example }
factors-phone-no-plus = In-numru għandu jibda bis-sinjal plus u l-kodiċi tal-pajjiż, pereżempju għall-Belġju: { $example }
factors-phone-not-digits = Numru tat-telefon fih ċifri biss wara s-sinjal plus (l-ispazji huma permessi), pereżempju { $example }
factors-phone-invalid = Dan mhuwiex numru tat-telefon internazzjonali validu. Eżempju għall-Belġju: { $example }
factors-phone-not-in-plan = Dan mhuwiex numru tat-telefon internazzjonali validu (kodiċi tal-pajjiż mhux magħruf, jew numru li ma jeżistix fil-pjan tan-numerazzjoni ta' dak il-pajjiż). Eżempju għall-Belġju: { $example }
factors-phone-not-mobile = Dan in-numru mhuwiex numru tal-mowbajl, għalhekk ma jistax jirċievi messaġġi SMS. Jekk jogħġbok daħħal numru tal-mowbajl, pereżempju għall-Belġju: { $example }

## Ikkonferma numru tal-mowbajl ġdid bil-kodiċi li rċieva (templates/phone_finalise.html)

# It-titolu tat-tab tal-browser.
factors-phone-finalise-title = Kodiċi ta' verifika
factors-phone-finalise-heading = Kodiċi ta' verifika biex iżżid numru tal-mowbajl, mibgħut bl-SMS
factors-phone-finalise-intro = Jekk jogħġbok daħħal il-kodiċi ta' verifika li ntbagħat bl-SMS fuq il-mowbajl tiegħek.
factors-phone-finalise-delay = Il-messaġġ jista' jieħu sa 8 minuti biex jasal fuq il-mowbajl tiegħek.
# $wait huwa tul ta' żmien, eż. "5 minuti" jew "siegħa u 5 minuti".
factors-phone-finalise-resend = Jekk ma jasal l-ebda kodiċi, tista' titlob wieħed ġdid wara { $wait } billi żżid in-numru mill-ġdid.
factors-phone-finalise-number = Numru tal-mowbajl
factors-phone-finalise-submit = Ikkonferma
factors-phone-code-dead = Dan il-kodiċi ta' verifika m'għadux validu (skada, ġie sostitwit b'wieħed aktar riċenti, jew saru wisq tentattivi ħżiena). Żid in-numru mill-ġdid biex tirċievi kodiċi ġdid.
# $remaining huwa n-numru ta' tentattivi li fadal qabel ma l-kodiċi jieqaf jaħdem.
factors-phone-code-wrong = Il-kodiċi ta' verifika mhuwiex korrett. { $remaining ->
    [one] Fadallek { $remaining } tentattiv.
    [two] Fadallek { $remaining } tentattivi.
    [few] Fadallek { $remaining } tentattivi.
    [many] Fadallek { $remaining }-il tentattiv.
   *[other] Fadallek { $remaining } tentattiv.
}

## Immaniġġja l-apparati mobbli tiegħi (templates/device_list.html)

factors-devices-title = Immaniġġja l-apparati mobbli tiegħi
factors-devices-name = Isem l-apparat
factors-devices-status = Status
factors-devices-locked = Imsakkar (wisq kodiċijiet PIN ħżiena): ħassru u żidu mill-ġdid
factors-devices-active = Attiv
factors-devices-delete = Ħassar apparat mobbli
factors-devices-none = M'hemm l-ebda apparat mobbli rreġistrat fil-kont tiegħek.
factors-devices-add = Żid apparat mobbli
factors-devices-hint = Installa l-app mobbli { $brand } fuq it-telefon jew it-tablet tiegħek, imbagħad żidu hawn billi tiskennja l-kodiċi QR bl-app.
factors-devices-deleted = L-apparat mobbli tħassar.
factors-devices-unknown = Apparat mobbli mhux magħruf.

## Żid apparat mobbli: l-isem u l-kodiċi PIN tiegħu (templates/device_add.html)

factors-device-add-title = Żid apparat mobbli
factors-device-add-intro = Jekk jogħġbok agħti isem biex tidentifika l-apparat mobbli tiegħek u kodiċi PIN biex tużah miegħu.
factors-device-add-name = Isem l-apparat tiegħek
factors-device-add-pin = Il-kodiċi PIN tiegħek ta' 4 ċifri
factors-device-add-pin-hint = Evita kodiċijiet PIN faċli bħal 0000, 1111 jew 1234: jiġu miċħuda.
factors-device-add-pin-confirm = Ikkonferma l-kodiċi PIN tiegħek
factors-device-add-submit = Ibgħat
# $max huwa l-itwal isem permess, f'karattri (50).
factors-device-name-invalid = Jekk jogħġbok agħti lill-apparat mobbli tiegħek isem ta' bejn 1 u { $max ->
    [one] { $max } karattru
    [two] { $max } karattri
    [few] { $max } karattri
    [many] { $max }-il karattru
   *[other] { $max } karattru
}.
factors-pin-not-four-digits = Il-kodiċi PIN tiegħek irid ikun ta' 4 ċifri eżatt.
factors-pin-mismatch = Iż-żewġ kodiċijiet PIN mhumiex l-istess.
factors-pin-too-easy = Dan il-kodiċi PIN huwa faċli wisq biex wieħed jaqtgħu (bħal 0000, 1234 jew 1111). Jekk jogħġbok agħżel ieħor.

## Żid apparat mobbli: il-kodiċi QR li tiskennja l-app (templates/device_enrol.html)

# $name huwa l-isem li l-utent ta lill-apparat, eż. "It-telefon tiegħi".
factors-device-enrol-instructions = Iftaħ l-app mobbli { $brand } fuq “{ $name }”, agħżel li żżid dan il-kont u skennja dan il-kodiċi QR. Imbagħad l-app titolbok il-kodiċi PIN li għadek kif għażilt.
factors-device-enrol-qr-alt = Kodiċi QR biex tiskennjah bl-app mobbli { $brand }
factors-device-enrol-paste = Ma tistax tiskennja? Waħħal dan it-test fl-app:
factors-device-enrol-validity = Il-kodiċi QR huwa validu għal { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
} u jista' jintuża darba biss.
factors-device-enrol-waiting = Qed nistennew l-apparat mobbli tiegħek...
# Jidher fil-paġna tal-istennija ladarba l-app tkun żiedet l-apparat.
factors-device-enrolled = Żdied apparat
factors-device-enrol-expired = Il-kodiċi QR skada. Jekk jogħġbok żid l-apparat mill-ġdid.

## Immaniġġja ċ-ċwievet tas-sigurtà tiegħi (templates/security_keys.html)

factors-keys-title = Immaniġġja ċ-ċwievet tas-sigurtà tiegħi
# Intestatura ta' kolonna: il-livell ta' verifika li tilħaq ċavetta tas-sigurtà (bażiku, medju jew għoli).
factors-keys-level = Livell
factors-keys-delete = Ħassar ċavetta tas-sigurtà
factors-keys-none = M'hemm l-ebda ċavetta tas-sigurtà rreġistrata fil-kont tiegħek.
# Awtentikatur tal-pjattaforma huwa dak integrat f'kompjuter jew f'telefon (marka tas-swaba', wiċċ, lock tal-iskrin).
factors-keys-add = Żid ċavetta tas-sigurtà jew awtentikatur integrat
factors-keys-hint = Ċavetta tas-sigurtà (pereżempju ċavetta USB jew NFC) jew l-awtentikatur integrat fil-kompjuter jew fit-telefon tiegħek (marka tas-swaba', rikonoxximent tal-wiċċ jew qfil tal-iskrin). B'PIN jew b'marka tas-swaba' fuq ċavetta li żżomm is-sigriet tagħha fuq l-apparat, tilħaq l-ogħla livell ta' verifika.
# $name huwa l-isem li l-utent ta liċ-ċavetta, eż. "YubiKey 5 NFC".
factors-keys-added = Iċ-ċavetta tas-sigurtà tiegħek “{ $name }” żdiedet b'suċċess.
factors-keys-deleted = Iċ-ċavetta tas-sigurtà tħassret.
factors-keys-unknown = Ċavetta tas-sigurtà mhux magħrufa.

## Żid ċavetta tas-sigurtà (templates/security_key_add.html)

# It-titolu tat-tab tal-browser.
factors-key-add-title = Żid ċavetta tas-sigurtà
factors-key-add-heading = Żid ċavetta tas-sigurtà jew awtentikatur integrat
factors-key-add-intro = Agħti isem liċ-ċavetta tas-sigurtà tiegħek, imbagħad segwi l-istruzzjonijiet tal-browser tiegħek: daħħal u mess iċ-ċavetta, jew iftaħ il-kompjuter jew it-telefon tiegħek.
factors-key-add-name = Isem iċ-ċavetta tas-sigurtà
# $max huwa l-itwal isem permess, f'karattri (50).
factors-key-name-invalid = Jekk jogħġbok agħti liċ-ċavetta tas-sigurtà isem ta' bejn 1 u { $max ->
    [one] { $max } karattru
    [two] { $max } karattri
    [few] { $max } karattri
    [many] { $max }-il karattru
   *[other] { $max } karattru
}.

## X'irriżulta mit-tieqa taċ-ċavetta tas-sigurtà tal-browser (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Din it-talba skadiet jew diġà ntużat. Jekk jogħġbok erġa' pprova.
factors-webauthn-not-verified = Iċ-ċavetta tas-sigurtà jew l-awtentikatur integrat tiegħek ma setgħux jiġu vverifikati. Jekk jogħġbok erġa' pprova, jew agħżel metodu ieħor ta' verifika.
factors-webauthn-already-registered = Din iċ-ċavetta tas-sigurtà diġà rreġistrata.
factors-webauthn-unsupported = Dan il-browser ma jappoġġax iċ-ċwievet tas-sigurtà. Jekk jogħġbok uża metodu ieħor ta' verifika.
factors-webauthn-follow = Segwi l-istruzzjonijiet tal-browser tiegħek u mess jew iftaħ iċ-ċavetta tas-sigurtà tiegħek.
factors-webauthn-no-answer = Iċ-ċavetta tas-sigurtà tiegħek ma wieġbitx. Jekk jogħġbok erġa' pprova, jew agħżel metodu ieħor ta' verifika.

## Immaniġġja l-apps tal-awtentikazzjoni tiegħi (templates/totp_list.html)

factors-totp-title = Immaniġġja l-apps tal-awtentikazzjoni tiegħi
# FreeOTP, Google Authenticator, Microsoft Authenticator u Aegis huma ismijiet ta' apps: żommhom.
factors-totp-intro = App tal-awtentikazzjoni fuq it-telefon tiegħek (pereżempju FreeOTP, Google Authenticator, Microsoft Authenticator jew Aegis) turi kodiċi ġdid ta' 6 ċifri kull 30 sekonda. Tista' tużaha bħala metodu ta' verifika meta tidħol.
# Il-buttuna li tħassar app tal-awtentikazzjoni waħda mil-lista.
factors-totp-delete = Ħassar
factors-totp-none = M'hemm l-ebda app tal-awtentikazzjoni rreġistrata fil-kont tiegħek.
factors-totp-add = Żid app tal-awtentikazzjoni
# $name huwa l-isem li l-utent ta lill-app, eż. "Pixel 8".
factors-totp-added = L-app tal-awtentikazzjoni tiegħek “{ $name }” żdiedet b'suċċess. Issa tista' tużaha biex tidħol.
factors-totp-deleted = L-app tal-awtentikazzjoni tħassret.
factors-totp-unknown = App tal-awtentikazzjoni mhux magħrufa.

## Żid app tal-awtentikazzjoni: l-isem tagħha (templates/totp_add.html)

factors-totp-add-title = Żid app tal-awtentikazzjoni
factors-totp-add-intro = Jekk jogħġbok agħti isem biex tidentifika din l-app tal-awtentikazzjoni, pereżempju l-isem tat-telefon tiegħek.
factors-totp-add-name = Isem l-app tal-awtentikazzjoni
factors-totp-add-next = Li jmiss
# $max huwa l-itwal isem permess, f'karattri (50).
factors-totp-name-invalid = Jekk jogħġbok agħti lill-app tal-awtentikazzjoni tiegħek isem ta' bejn 1 u { $max ->
    [one] { $max } karattru
    [two] { $max } karattri
    [few] { $max } karattri
    [many] { $max }-il karattru
   *[other] { $max } karattru
}.

## Żid app tal-awtentikazzjoni: il-kodiċi QR u l-ewwel kodiċi (templates/totp_enrol.html)

factors-totp-enrol-scan = Iftaħ l-app tal-awtentikazzjoni fuq it-telefon tiegħek, żid kont u skennja dan il-kodiċi QR. Huwa validu għal { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
}.
factors-totp-enrol-qr-alt = Kodiċi QR biex tiskennjah bl-app tal-awtentikazzjoni tiegħek
# $account huwa l-indirizz elettroniku tal-utent, $issuer l-isem tas-servizz kif jurih l-app.
factors-totp-enrol-manual = Ma tistax tiskennja? Daħħal din iċ-ċavetta fl-app manwalment (ibbażata fuq il-ħin, 6 ċifri, kull 30 sekonda), bil-kont { $account } ta' { $issuer }:
factors-totp-enrol-uri = Uri l-link wara l-kodiċi QR
factors-totp-code-label = Daħħal il-kodiċi ta' 6 ċifri
factors-totp-confirm = Ikkonferma
factors-totp-enrol-gone = Din l-app tal-awtentikazzjoni m'għadhiex qed tistenna konferma (skadiet, ġiet ikkonfermata, jew irċeviet wisq kodiċijiet ħżiena). Jekk jogħġbok żidha mill-ġdid.
# $remaining huwa n-numru ta' kodiċijiet li għad jistgħu jiġu pprovati.
factors-totp-code-wrong = Il-kodiċi mhuwiex korrett. Iċċekkja li l-ħin tat-telefon tiegħek huwa korrett u daħħal il-kodiċi li qed turi l-app tiegħek issa. { $remaining ->
    [one] Fadallek { $remaining } tentattiv.
    [two] Fadallek { $remaining } tentattivi.
    [few] Fadallek { $remaining } tentattivi.
    [many] Fadallek { $remaining }-il tentattiv.
   *[other] Fadallek { $remaining } tentattiv.
}
