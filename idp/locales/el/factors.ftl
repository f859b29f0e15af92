# The provider's texts in Greek (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Ακύρωση
factors-add = Προσθήκη
# Column header of a list of second factors: its name.
factors-name = Όνομα
# Column header: the date a second factor was added.
factors-added = Προστέθηκε
# Column header: the date a second factor was last used to sign in.
factors-last-used = Τελευταία χρήση
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = ποτέ
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Ενέργεια

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Κωδικός επαλήθευσης από SMS
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 γράμματα και ψηφία, για παράδειγμα XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Διαχείριση των αριθμών κινητού τηλεφώνου μου
factors-phones-number = Αριθμός κινητού τηλεφώνου
factors-phones-delete = Διαγραφή αριθμού κινητού τηλεφώνου
factors-phones-none = Δεν έχει καταχωριστεί αριθμός κινητού τηλεφώνου στον λογαριασμό σας.
factors-phones-add = Προσθήκη αριθμού κινητού τηλεφώνου
factors-phones-hint = Τα SMS εξαρτώνται από συμφωνίες μεταξύ των παρόχων κινητής τηλεφωνίας και ενδέχεται να μη φτάνουν πάντα· η εφαρμογή για κινητά { $brand } ή ένα κλειδί ασφαλείας είναι πιο αξιόπιστα.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Ο αριθμός κινητού τηλεφώνου σας { $number } προστέθηκε με επιτυχία.
factors-phones-deleted = Ο αριθμός κινητού τηλεφώνου διαγράφηκε.
factors-phones-unknown = Άγνωστος αριθμός κινητού τηλεφώνου.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Προσθήκη αριθμού κινητού τηλεφώνου
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Διεθνής μορφή με τον κωδικό χώρας, π.χ. για το Βέλγιο: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = Ο αριθμός κινητού τηλεφώνου { $number } είναι ήδη καταχωρισμένος στον λογαριασμό σας.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Εισαγάγετε τον αριθμό κινητού τηλεφώνου σας σε διεθνή μορφή με τον κωδικό χώρας, π.χ. για το Βέλγιο: { $example }
factors-phone-no-plus = Ο αριθμός πρέπει να αρχίζει με το σύμβολο συν και τον κωδικό χώρας, π.χ. για το Βέλγιο: { $example }
factors-phone-not-digits = Ένας αριθμός τηλεφώνου περιέχει μόνο ψηφία μετά το σύμβολο συν (επιτρέπονται κενά), π.χ. { $example }
factors-phone-invalid = Αυτός δεν είναι έγκυρος διεθνής αριθμός τηλεφώνου. Παράδειγμα για το Βέλγιο: { $example }
factors-phone-not-in-plan = Αυτός δεν είναι έγκυρος διεθνής αριθμός τηλεφώνου (άγνωστος κωδικός χώρας ή αριθμός που δεν υπάρχει στο σχέδιο αριθμοδότησης της χώρας). Παράδειγμα για το Βέλγιο: { $example }
factors-phone-not-mobile = Αυτός ο αριθμός δεν είναι αριθμός κινητού τηλεφώνου και, επομένως, δεν μπορεί να λάβει SMS. Εισαγάγετε αριθμό κινητού, π.χ. για το Βέλγιο: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Κωδικός επαλήθευσης
factors-phone-finalise-heading = Κωδικός επαλήθευσης για την προσθήκη αριθμού κινητού τηλεφώνου, σταλμένος με SMS
factors-phone-finalise-intro = Εισαγάγετε τον κωδικό επαλήθευσης που στάλθηκε με SMS στο κινητό σας τηλέφωνο.
factors-phone-finalise-delay = Μπορεί να χρειαστούν έως 8 λεπτά για να φτάσει το μήνυμα στο κινητό σας τηλέφωνο.
# $wait is a length of time, e.g. "5 λεπτά" or "1 ώρα και 5 λεπτά".
factors-phone-finalise-resend = Αν δεν λάβετε κωδικό, μπορείτε να ζητήσετε νέο σε { $wait }, προσθέτοντας ξανά τον αριθμό.
factors-phone-finalise-number = Αριθμός κινητού τηλεφώνου
factors-phone-finalise-submit = Ολοκλήρωση
factors-phone-code-dead = Αυτός ο κωδικός επαλήθευσης δεν ισχύει πλέον (έληξε, αντικαταστάθηκε από νεότερο ή έγιναν πάρα πολλές λανθασμένες προσπάθειες). Προσθέστε ξανά τον αριθμό για να λάβετε νέο κωδικό.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = Ο κωδικός επαλήθευσης δεν είναι σωστός. { $remaining ->
    [one] Απομένει { $remaining } προσπάθεια.
   *[other] Απομένουν { $remaining } προσπάθειες.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Διαχείριση των κινητών συσκευών μου
factors-devices-name = Όνομα συσκευής
factors-devices-status = Κατάσταση
factors-devices-locked = Κλειδωμένη (πάρα πολλοί λανθασμένοι κωδικοί PIN): διαγράψτε την και προσθέστε την ξανά
factors-devices-active = Ενεργή
factors-devices-delete = Διαγραφή κινητής συσκευής
factors-devices-none = Δεν έχει καταχωριστεί κινητή συσκευή στον λογαριασμό σας.
factors-devices-add = Προσθήκη κινητής συσκευής
factors-devices-hint = Εγκαταστήστε την εφαρμογή για κινητά { $brand } στο τηλέφωνο ή στον υπολογιστή ταμπλέτα σας και, στη συνέχεια, προσθέστε τη συσκευή εδώ σαρώνοντας τον κωδικό QR με την εφαρμογή.
factors-devices-deleted = Η κινητή συσκευή διαγράφηκε.
factors-devices-unknown = Άγνωστη κινητή συσκευή.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Προσθήκη κινητής συσκευής
factors-device-add-intro = Δώστε ένα όνομα για την αναγνώριση της κινητής συσκευής σας και έναν κωδικό PIN για τη χρήση της.
factors-device-add-name = Όνομα της συσκευής σας
factors-device-add-pin = Ο τετραψήφιος κωδικός PIN σας
factors-device-add-pin-hint = Αποφύγετε εύκολους κωδικούς PIN όπως 0000, 1111 ή 1234: απορρίπτονται.
factors-device-add-pin-confirm = Επιβεβαίωση του κωδικού PIN
factors-device-add-submit = Υποβολή
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Δώστε στην κινητή συσκευή σας ένα όνομα από 1 έως { $max } χαρακτήρες.
factors-pin-not-four-digits = Ο κωδικός PIN πρέπει να αποτελείται από ακριβώς 4 ψηφία.
factors-pin-mismatch = Οι δύο κωδικοί PIN δεν είναι ίδιοι.
factors-pin-too-easy = Αυτός ο κωδικός PIN μαντεύεται πολύ εύκολα (όπως 0000, 1234 ή 1111). Επιλέξτε άλλον.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "Το κινητό μου".
factors-device-enrol-instructions = Ανοίξτε την εφαρμογή για κινητά { $brand } στη συσκευή «{ $name }», επιλέξτε την προσθήκη αυτού του λογαριασμού και σαρώστε αυτόν τον κωδικό QR. Στη συνέχεια, η εφαρμογή θα σας ζητήσει τον κωδικό PIN που μόλις επιλέξατε.
factors-device-enrol-qr-alt = Κωδικός QR για σάρωση με την εφαρμογή για κινητά { $brand }
factors-device-enrol-paste = Δεν μπορείτε να τον σαρώσετε; Επικολλήστε αυτό το κείμενο στην εφαρμογή:
factors-device-enrol-validity = { $minutes ->
    [one] Ο κωδικός QR ισχύει για { $minutes } λεπτό και μπορεί να χρησιμοποιηθεί μία φορά.
   *[other] Ο κωδικός QR ισχύει για { $minutes } λεπτά και μπορεί να χρησιμοποιηθεί μία φορά.
}
factors-device-enrol-waiting = Αναμονή για την κινητή συσκευή σας...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Η συσκευή προστέθηκε
factors-device-enrol-expired = Ο κωδικός QR έληξε. Προσθέστε ξανά τη συσκευή.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Διαχείριση των κλειδιών ασφαλείας μου
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Επίπεδο
factors-keys-delete = Διαγραφή κλειδιού ασφαλείας
factors-keys-none = Δεν έχει καταχωριστεί κλειδί ασφαλείας στον λογαριασμό σας.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Προσθήκη κλειδιού ασφαλείας ή αξιόπιστης πλατφόρμας
factors-keys-hint = Ένα κλειδί ασφαλείας (για παράδειγμα κλειδί USB ή NFC) ή ο ενσωματωμένος μηχανισμός ελέγχου ταυτότητας του υπολογιστή ή του τηλεφώνου σας (δακτυλικό αποτύπωμα, αναγνώριση προσώπου ή κλείδωμα οθόνης). Με PIN ή δακτυλικό αποτύπωμα, σε κλειδί που φυλάσσει το μυστικό του στη συσκευή, επιτυγχάνεται το υψηλότερο επίπεδο επαλήθευσης.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Το κλειδί ασφαλείας σας «{ $name }» προστέθηκε με επιτυχία.
factors-keys-deleted = Το κλειδί ασφαλείας διαγράφηκε.
factors-keys-unknown = Άγνωστο κλειδί ασφαλείας.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Προσθήκη κλειδιού ασφαλείας
factors-key-add-heading = Προσθήκη κλειδιού ασφαλείας ή αξιόπιστης πλατφόρμας
factors-key-add-intro = Δώστε ένα όνομα στο κλειδί ασφαλείας σας και ακολουθήστε τις οδηγίες του προγράμματος περιήγησης: τοποθετήστε και αγγίξτε το κλειδί ή ξεκλειδώστε τον υπολογιστή ή το τηλέφωνό σας.
factors-key-add-name = Όνομα κλειδιού ασφαλείας
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Δώστε στο κλειδί ασφαλείας ένα όνομα από 1 έως { $max } χαρακτήρες.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Αυτό το αίτημα έληξε ή έχει ήδη χρησιμοποιηθεί. Δοκιμάστε ξανά.
factors-webauthn-not-verified = Δεν ήταν δυνατή η επαλήθευση του κλειδιού ασφαλείας ή της αξιόπιστης πλατφόρμας σας. Δοκιμάστε ξανά ή επιλέξτε άλλη μέθοδο επαλήθευσης.
factors-webauthn-already-registered = Αυτό το κλειδί ασφαλείας είναι ήδη καταχωρισμένο.
factors-webauthn-unsupported = Αυτό το πρόγραμμα περιήγησης δεν υποστηρίζει κλειδιά ασφαλείας. Χρησιμοποιήστε άλλη μέθοδο επαλήθευσης.
factors-webauthn-follow = Ακολουθήστε τις οδηγίες του προγράμματος περιήγησης και αγγίξτε ή ξεκλειδώστε το κλειδί ασφαλείας σας.
factors-webauthn-no-answer = Το κλειδί ασφαλείας σας δεν απάντησε. Δοκιμάστε ξανά ή επιλέξτε άλλη μέθοδο επαλήθευσης.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Διαχείριση των εφαρμογών ελέγχου ταυτότητάς μου
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Μια εφαρμογή ελέγχου ταυτότητας στο τηλέφωνό σας (για παράδειγμα FreeOTP, Google Authenticator, Microsoft Authenticator ή Aegis) εμφανίζει νέο εξαψήφιο κωδικό κάθε 30 δευτερόλεπτα. Μπορείτε να τη χρησιμοποιείτε ως μέθοδο επαλήθευσης κατά τη σύνδεση.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Διαγραφή
factors-totp-none = Δεν έχει καταχωριστεί εφαρμογή ελέγχου ταυτότητας στον λογαριασμό σας.
factors-totp-add = Προσθήκη εφαρμογής ελέγχου ταυτότητας
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Η εφαρμογή ελέγχου ταυτότητας «{ $name }» προστέθηκε με επιτυχία. Μπορείτε πλέον να τη χρησιμοποιείτε για σύνδεση.
factors-totp-deleted = Η εφαρμογή ελέγχου ταυτότητας διαγράφηκε.
factors-totp-unknown = Άγνωστη εφαρμογή ελέγχου ταυτότητας.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Προσθήκη εφαρμογής ελέγχου ταυτότητας
factors-totp-add-intro = Δώστε ένα όνομα για την αναγνώριση αυτής της εφαρμογής ελέγχου ταυτότητας, για παράδειγμα το όνομα του τηλεφώνου σας.
factors-totp-add-name = Όνομα της εφαρμογής ελέγχου ταυτότητας
factors-totp-add-next = Επόμενο
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Δώστε στην εφαρμογή ελέγχου ταυτότητας ένα όνομα από 1 έως { $max } χαρακτήρες.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Ανοίξτε την εφαρμογή ελέγχου ταυτότητας στο τηλέφωνό σας, προσθέστε λογαριασμό και σαρώστε αυτόν τον κωδικό QR. Ισχύει για { $minutes } λεπτό.
   *[other] Ανοίξτε την εφαρμογή ελέγχου ταυτότητας στο τηλέφωνό σας, προσθέστε λογαριασμό και σαρώστε αυτόν τον κωδικό QR. Ισχύει για { $minutes } λεπτά.
}
factors-totp-enrol-qr-alt = Κωδικός QR για σάρωση με την εφαρμογή ελέγχου ταυτότητας
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Δεν μπορείτε να τον σαρώσετε; Εισαγάγετε αυτό το κλειδί χειροκίνητα στην εφαρμογή (βάσει χρόνου, 6 ψηφία, κάθε 30 δευτερόλεπτα), με τον λογαριασμό { $account } του { $issuer }:
factors-totp-enrol-uri = Εμφάνιση του συνδέσμου πίσω από τον κωδικό QR
factors-totp-code-label = Εισαγάγετε τον εξαψήφιο κωδικό
factors-totp-confirm = Επιβεβαίωση
factors-totp-enrol-gone = Αυτή η εφαρμογή ελέγχου ταυτότητας δεν αναμένει πλέον επιβεβαίωση (έληξε, επιβεβαιώθηκε ήδη ή έλαβε πάρα πολλούς λανθασμένους κωδικούς). Προσθέστε την ξανά.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = Ο κωδικός δεν είναι σωστός. Ελέγξτε ότι η ώρα του τηλεφώνου σας είναι σωστή και εισαγάγετε τον κωδικό που εμφανίζει τώρα η εφαρμογή σας. { $remaining ->
    [one] Απομένει { $remaining } προσπάθεια.
   *[other] Απομένουν { $remaining } προσπάθειες.
}
