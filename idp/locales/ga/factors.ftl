# The provider's texts in Irish (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Cealaigh
factors-add = Cuir leis
# Column header of a list of second factors: its name.
factors-name = Ainm
# Column header: the date a second factor was added.
factors-added = Curtha leis
# Column header: the date a second factor was last used to sign in.
factors-last-used = Úsáidte go deireanach
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = níor úsáideadh fós
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Gníomh

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Cód fíoraithe ón teachtaireacht téacs
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 gcarachtar (litreacha agus digití), mar shampla XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Bainistigh m’uimhreacha fóin phóca
factors-phones-number = Uimhir fóin phóca
factors-phones-delete = Scrios uimhir fóin phóca
factors-phones-none = Níl aon uimhir fóin phóca cláraithe ar do chuntas.
factors-phones-add = Cuir uimhir fóin phóca leis
factors-phones-hint = Braitheann teachtaireachtaí téacs ar chomhaontuithe idir oibreoirí soghluaiste agus ní thagann siad i gcónaí; tá aip mhóibíleach { $brand } nó eochair slándála níos iontaofa.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Cuireadh d’uimhir fóin phóca { $number } leis go rathúil.
factors-phones-deleted = Scriosadh an uimhir fóin phóca.
factors-phones-unknown = Uimhir fóin phóca anaithnid.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Cuir uimhir fóin phóca leis
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Formáid idirnáisiúnta, cód tíre san áireamh, m.sh. don Bheilg: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Tá an uimhir fóin phóca { $number } cláraithe ar do chuntas cheana.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Cuir isteach d’uimhir fóin phóca i bhformáid idirnáisiúnta, cód tíre san áireamh, m.sh. don Bheilg: { $example }
factors-phone-no-plus = Ní mór don uimhir tosú le comhartha móide agus cód na tíre, m.sh. don Bheilg: { $example }
factors-phone-not-digits = Níl ach digití in uimhir theileafóin i ndiaidh an chomhartha móide (ceadaítear spásanna), m.sh. { $example }
factors-phone-invalid = Ní uimhir theileafóin idirnáisiúnta bhailí í seo. Sampla don Bheilg: { $example }
factors-phone-not-in-plan = Ní uimhir theileafóin idirnáisiúnta bhailí í seo (cód tíre anaithnid, nó uimhir nach bhfuil ann i bplean uimhrithe na tíre sin). Sampla don Bheilg: { $example }
factors-phone-not-mobile = Ní uimhir fóin phóca í seo, mar sin ní féidir léi teachtaireachtaí téacs a fháil. Cuir isteach uimhir fóin phóca, m.sh. don Bheilg: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Cód fíoraithe
factors-phone-finalise-heading = Cód fíoraithe chun uimhir fóin phóca a chur leis, seolta i dteachtaireacht téacs
factors-phone-finalise-intro = Cuir isteach an cód fíoraithe a seoladh i dteachtaireacht téacs chuig d’fhón póca.
factors-phone-finalise-delay = D’fhéadfadh sé suas le 8 nóiméad a thógáil don teachtaireacht d’fhón póca a shroicheadh.
# $wait is a length of time, e.g. "5 nóiméad" or "1 uair an chloig agus 5 nóiméad".
factors-phone-finalise-resend = Mura dtagann aon chód, is féidir leat ceann nua a iarraidh i gceann { $wait } tríd an uimhir a chur leis arís.
factors-phone-finalise-number = Uimhir fóin phóca
factors-phone-finalise-submit = Críochnaigh
factors-phone-code-dead = Níl an cód fíoraithe seo bailí a thuilleadh (imithe in éag, curtha ar ceal ag cód níos nuaí, nó an iomarca iarrachtaí míchearta). Cuir an uimhir leis arís chun cód nua a fháil.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Níl an cód fíoraithe ceart. { $remaining ->
    [one] { $remaining } iarracht fágtha.
    [two] { $remaining } iarracht fágtha.
    [few] { $remaining } iarracht fágtha.
    [many] { $remaining } n-iarracht fágtha.
   *[other] { $remaining } iarracht fágtha.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Bainistigh mo ghléasanna soghluaiste
factors-devices-name = Ainm an ghléis
factors-devices-status = Stádas
factors-devices-locked = Faoi ghlas (an iomarca cód PIN mícheart): scrios é agus cuir leis arís é
factors-devices-active = Gníomhach
factors-devices-delete = Scrios gléas soghluaiste
factors-devices-none = Níl aon ghléas soghluaiste cláraithe ar do chuntas.
factors-devices-add = Cuir gléas soghluaiste leis
factors-devices-hint = Suiteáil aip mhóibíleach { $brand } ar d’fhón nó ar do tháibléad, ansin cuir an gléas leis anseo tríd an gcód QR a scanadh leis an aip.
factors-devices-deleted = Scriosadh an gléas soghluaiste.
factors-devices-unknown = Gléas soghluaiste anaithnid.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Cuir gléas soghluaiste leis
factors-device-add-intro = Tabhair ainm ar do ghléas soghluaiste chun é a shainaithint, agus roghnaigh cód PIN le húsáid leis.
factors-device-add-name = Ainm do ghléis
factors-device-add-pin = Do chód PIN 4 dhigit
factors-device-add-pin-hint = Seachain cóid PIN éasca amhail 0000, 1111 nó 1234: diúltaítear dóibh.
factors-device-add-pin-confirm = Deimhnigh do chód PIN
factors-device-add-submit = Seol
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Tabhair ainm idir 1 agus { $max } carachtar ar do ghléas soghluaiste.
factors-pin-not-four-digits = Ní mór do do chód PIN a bheith díreach 4 dhigit.
factors-pin-mismatch = Níl an dá chód PIN mar an gcéanna.
factors-pin-too-easy = Tá an cód PIN seo ró-éasca a thomhas (amhail 0000, 1234 nó 1111). Roghnaigh ceann eile.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "M’fhón".
factors-device-enrol-instructions = Oscail aip mhóibíleach { $brand } ar an ngléas "{ $name }", roghnaigh an cuntas seo a chur leis agus scan an cód QR seo. Iarrfaidh an aip ort ansin an cód PIN a roghnaigh tú díreach anois.
factors-device-enrol-qr-alt = Cód QR le scanadh le haip mhóibíleach { $brand }
factors-device-enrol-paste = Ní féidir leat é a scanadh? Greamaigh an téacs seo san aip:
factors-device-enrol-validity = Tá an cód QR bailí ar feadh { $minutes } nóiméad agus ní féidir é a úsáid ach uair amháin.
factors-device-enrol-waiting = Ag fanacht le do ghléas soghluaiste...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Cuireadh gléas leis
factors-device-enrol-expired = Tá an cód QR imithe in éag. Cuir an gléas leis arís.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Bainistigh m’eochracha slándála
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Leibhéal
factors-keys-delete = Scrios eochair slándála
factors-keys-none = Níl aon eochair slándála cláraithe ar do chuntas.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Cuir eochair slándála nó ardán iontaofa leis
factors-keys-hint = Eochair slándála (mar shampla eochair USB nó NFC) nó an fíordheimhneoir atá ionsuite i do ríomhaire nó i d’fhón (méarlorg, aghaidh nó glas scáileáin). Le PIN nó méarlorg, ar eochair a choinníonn a rún ar an ngléas féin, sroichtear an leibhéal fíoraithe is airde.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Cuireadh d’eochair slándála "{ $name }" leis go rathúil.
factors-keys-deleted = Scriosadh an eochair slándála.
factors-keys-unknown = Eochair slándála anaithnid.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Cuir eochair slándála leis
factors-key-add-heading = Cuir eochair slándála nó ardán iontaofa leis
factors-key-add-intro = Tabhair ainm ar d’eochair slándála, ansin lean treoracha do bhrabhsálaí: cuir isteach an eochair agus bain léi, nó díghlasáil do ríomhaire nó d’fhón.
factors-key-add-name = Ainm na heochrach slándála
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Tabhair ainm idir 1 agus { $max } carachtar ar an eochair slándála.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Tá an t-iarratas seo imithe in éag, nó úsáideadh cheana é. Bain triail eile as.
factors-webauthn-not-verified = Níorbh fhéidir d’eochair slándála nó d’ardán iontaofa a fhíorú. Bain triail eile as, nó roghnaigh modh fíoraithe eile.
factors-webauthn-already-registered = Tá an eochair slándála seo cláraithe cheana.
factors-webauthn-unsupported = Ní thacaíonn an brabhsálaí seo le heochracha slándála. Úsáid modh fíoraithe eile.
factors-webauthn-follow = Lean treoracha do bhrabhsálaí, agus bain le d’eochair slándála nó díghlasáil í.
factors-webauthn-no-answer = Níor fhreagair d’eochair slándála. Bain triail eile as, nó roghnaigh modh fíoraithe eile.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Bainistigh m’aipeanna fíordheimhnithe
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Taispeánann aip fíordheimhnithe ar d’fhón (mar shampla FreeOTP, Google Authenticator, Microsoft Authenticator nó Aegis) cód nua 6 dhigit gach 30 soicind. Is féidir leat í a úsáid mar mhodh fíoraithe nuair a logálann tú isteach.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Scrios
factors-totp-none = Níl aon aip fíordheimhnithe cláraithe ar do chuntas.
factors-totp-add = Cuir aip fíordheimhnithe leis
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Cuireadh d’aip fíordheimhnithe "{ $name }" leis go rathúil. Is féidir leat í a úsáid anois chun logáil isteach.
factors-totp-deleted = Scriosadh an aip fíordheimhnithe.
factors-totp-unknown = Aip fíordheimhnithe anaithnid.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Cuir aip fíordheimhnithe leis
factors-totp-add-intro = Tabhair ainm ar an aip fíordheimhnithe seo chun í a shainaithint, mar shampla ainm d’fhóin.
factors-totp-add-name = Ainm na haipe fíordheimhnithe
factors-totp-add-next = Ar aghaidh
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Tabhair ainm idir 1 agus { $max } carachtar ar d’aip fíordheimhnithe.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = Oscail an aip fíordheimhnithe ar d’fhón, cuir cuntas leis agus scan an cód QR seo. Tá sé bailí ar feadh { $minutes } nóiméad.
factors-totp-enrol-qr-alt = Cód QR le scanadh le d’aip fíordheimhnithe
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Ní féidir leat é a scanadh? Cuir isteach an eochair seo san aip de láimh (bunaithe ar am, 6 dhigit, gach 30 soicind), leis an gcuntas { $account } ó { $issuer }:
factors-totp-enrol-uri = Taispeáin an nasc atá taobh thiar den chód QR
factors-totp-code-label = Cuir isteach an cód 6 dhigit
factors-totp-confirm = Deimhnigh
factors-totp-enrol-gone = Níl an aip fíordheimhnithe seo ag fanacht le deimhniú a thuilleadh (d’imigh sí in éag, deimhníodh cheana í, nó fuair sí an iomarca cód mícheart). Cuir leis arís í.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Níl an cód ceart. Seiceáil go bhfuil an t-am ceart ar d’fhón, agus cuir isteach an cód atá á thaispeáint ag d’aip anois. { $remaining ->
    [one] { $remaining } iarracht fágtha.
    [two] { $remaining } iarracht fágtha.
    [few] { $remaining } iarracht fágtha.
    [many] { $remaining } n-iarracht fágtha.
   *[other] { $remaining } iarracht fágtha.
}
