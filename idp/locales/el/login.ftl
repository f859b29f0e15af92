# The provider's texts in Greek (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Σύνδεση
login-heading = Συνδεθείτε για να συνεχίσετε
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Καλώς ορίσατε, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (δεν είστε εσείς;)
login-submit = Σύνδεση
login-cancel = Ακύρωση και επιστροφή στην εφαρμογή
login-choose-another = Επιλέξτε άλλη μέθοδο επαλήθευσης
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level (neuter: it agrees with "επίπεδο").
login-level-basic = βασικό
login-level-medium = μεσαίο
login-level-high = υψηλό

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Κωδικός πρόσβασης
login-method-sms = Κινητό + SMS
login-method-app-pin = Κωδικός PIN εφαρμογής για κινητά
login-method-app-qr = Κωδικός QR εφαρμογής για κινητά
login-method-webauthn = Κλειδί ασφαλείας ή αξιόπιστη πλατφόρμα
login-method-totp = Εφαρμογή ελέγχου ταυτότητας (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Για να διαγράψετε όλες τις συσκευές σας, συνδεθείτε ξανά ώστε να επιβεβαιώσετε ότι είστε εσείς.
login-reauth-devices = Για να προσθέσετε ή να αφαιρέσετε μια κινητή συσκευή, συνδεθείτε ξανά ώστε να επιβεβαιώσετε ότι είστε εσείς.
login-reauth-phones = Για να προσθέσετε ή να αφαιρέσετε έναν αριθμό κινητού τηλεφώνου, συνδεθείτε ξανά ώστε να επιβεβαιώσετε ότι είστε εσείς.
login-reauth-security-keys = Για να προσθέσετε ή να αφαιρέσετε ένα κλειδί ασφαλείας, συνδεθείτε ξανά ώστε να επιβεβαιώσετε ότι είστε εσείς.
login-reauth-authenticator-apps = Για να προσθέσετε ή να αφαιρέσετε μια εφαρμογή ελέγχου ταυτότητας, συνδεθείτε ξανά ώστε να επιβεβαιώσετε ότι είστε εσείς.
login-reauth-delete-account = Για να διαγράψετε τον λογαριασμό σας, συνδεθείτε ξανά ώστε να επιβεβαιώσετε ότι είστε εσείς.
login-reauth-sessions = Για να τερματίσετε μια συνεδρία, συνδεθείτε ξανά ώστε να επιβεβαιώσετε ότι είστε εσείς.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Κάθε αλλαγή στον τρόπο σύνδεσής σας απαιτεί πρόσφατη σύνδεση.

## The identifier page (login_identifier.html)

login-client-uses = Η εφαρμογή { $client } χρησιμοποιεί το { $brand } για την ταυτοποίησή σας.
login-email-label = Χρησιμοποιήστε τη διεύθυνση e-mail σας
login-email-required = Εισαγάγετε τη διεύθυνση e-mail του λογαριασμού σας { $brand }.
login-remember = Να με θυμάσαι σε αυτή τη συσκευή
login-next = Επόμενο
login-create-account = Δημιουργία λογαριασμού

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = Η εφαρμογή { $client } απαιτεί σύνδεση με δεύτερη μέθοδο επαλήθευσης (επίπεδο «{ $level }»).
login-password-label = Κωδικός πρόσβασης
login-method-label = Επιλέξτε τη μέθοδο επαλήθευσης
login-method-hint = Οι αριθμοί κινητού τηλεφώνου, οι κινητές συσκευές και τα κλειδιά ασφαλείας προστίθενται στη σελίδα «Ο λογαριασμός μου» (μενού με το γρανάζι), αφού συνδεθείτε με τον κωδικό πρόσβασής σας.
login-lost-password = Ξεχάσατε τον κωδικό πρόσβασής σας;
login-method-invalid = Επιλέξτε μία από τις μεθόδους επαλήθευσης της λίστας.
login-invalid-credentials = Λανθασμένη διεύθυνση e-mail ή κωδικός πρόσβασης
# $until is a date and time ("6 Δεκεμβρίου 2026, 08:34 UTC"), $wait a length of time
# ("1 ώρα και 5 λεπτά"). The quoted words are the link login-lost-password.
login-locked = Έγιναν πάρα πολλές αποτυχημένες προσπάθειες σύνδεσης με αυτή τη διεύθυνση e-mail. Για την προστασία του λογαριασμού, η σύνδεση με κωδικό πρόσβασης έχει αποκλειστεί έως τις { $until } (σε { $wait }). Αν έχετε ξεχάσει τον κωδικό πρόσβασής σας, ορίστε νέο μέσω του συνδέσμου «Ξεχάσατε τον κωδικό πρόσβασής σας;».
# $wait is a length of time ("5 λεπτά").
login-throttled = Έγιναν πάρα πολλές αποτυχημένες προσπάθειες σύνδεσης από το δίκτυό σας. Δοκιμάστε ξανά σε { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Μέθοδος επαλήθευσης
login-password-accepted = Ο κωδικός πρόσβασής σας έγινε δεκτός.
# $method is one of login-method-*.
login-method-not-added = Δεν έχετε προσθέσει ακόμη αυτή τη μέθοδο επαλήθευσης ({ $method }) στον λογαριασμό σας.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = Η μέθοδος «{ $method }» δεν φτάνει το επίπεδο που απαιτεί αυτή η εφαρμογή ({ $level }).
login-no-usable-method = Ο λογαριασμός σας δεν διαθέτει ακόμη μέθοδο επαλήθευσης που να δέχεται αυτή η εφαρμογή.
login-not-added-yet = Δεν έχουν προστεθεί ακόμη στον λογαριασμό σας:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: συνδεθείτε με τον κωδικό πρόσβασής σας και, στη συνέχεια, προσθέστε τη μέθοδο από τη σελίδα «Ο λογαριασμός μου» (μενού με το γρανάζι).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } στη σελίδα «Ο λογαριασμός μου»
# $method is one of login-method-*.
login-method-not-accepted = Αυτή η εφαρμογή δεν δέχεται τη μέθοδο «{ $method }».

## Mobile + SMS (login_sms.html)

login-sms-send-to = Αποστολή κωδικού επαλήθευσης με SMS στον αριθμό
login-sms-send = Αποστολή κωδικού
login-sms-sent = Στάλθηκε κωδικός επαλήθευσης με SMS στο κινητό σας τηλέφωνο. Μπορεί να χρειαστούν έως 8 λεπτά για να φτάσει.
# $wait is a length of time ("1 λεπτό").
login-sms-next-code = Αν δεν λάβετε κωδικό, μπορείτε να ζητήσετε νέο σε { $wait }.
login-sms-resend = Αποστολή νέου κωδικού
login-sms-off = Η μέθοδος «Κινητό + SMS» δεν προσφέρεται από αυτή την υπηρεσία.
login-sms-limited-title = Περιμένετε πριν ζητήσετε νέο κωδικό
# $wait is a length of time ("1 λεπτό").
login-sms-limited = Στάλθηκε SMS πριν από λίγο ή έχουν σταλεί πάρα πολλά. Μπορείτε να ζητήσετε νέο κωδικό σε { $wait }.
login-sms-not-delivered = Δεν ήταν δυνατή η παράδοση του SMS με τον κωδικό σας σε αυτόν τον αριθμό. Στείλτε νέο κωδικό ή επιλέξτε άλλη μέθοδο επαλήθευσης.
login-sms-choose-phone = Επιλέξτε έναν από τους καταχωρισμένους αριθμούς κινητού τηλεφώνου σας.
login-sms-wrong = Ο κωδικός επαλήθευσης δεν είναι σωστός. { $remaining ->
    [one] Απομένει { $remaining } προσπάθεια.
   *[other] Απομένουν { $remaining } προσπάθειες.
}
login-sms-dead = Αυτός ο κωδικός επαλήθευσης δεν ισχύει πλέον (έληξε, αντικαταστάθηκε ή έγιναν πάρα πολλές λανθασμένες προσπάθειες). Ζητήστε νέο κωδικό.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Εφαρμογή ελέγχου ταυτότητας
login-totp-intro = Ανοίξτε την εφαρμογή ελέγχου ταυτότητας στο τηλέφωνό σας και εισαγάγετε τον εξαψήφιο κωδικό που εμφανίζει για το { $brand }.
login-totp-code-label = Εισαγάγετε τον εξαψήφιο κωδικό
login-totp-wrong = Ο κωδικός δεν είναι σωστός. Εισαγάγετε τον εξαψήφιο κωδικό που εμφανίζει τώρα η εφαρμογή ελέγχου ταυτότητας. { $remaining ->
    [one] Απομένει { $remaining } προσπάθεια.
   *[other] Απομένουν { $remaining } προσπάθειες.
}
login-totp-reused = Αυτός ο κωδικός έχει ήδη χρησιμοποιηθεί. Περιμένετε να εμφανιστεί νέος κωδικός στην εφαρμογή ελέγχου ταυτότητας και εισαγάγετέ τον. { $remaining ->
    [one] Απομένει { $remaining } προσπάθεια.
   *[other] Απομένουν { $remaining } προσπάθειες.
}
login-totp-stopped = Εισαγάγατε πάρα πολλούς λανθασμένους κωδικούς. Για την ασφάλειά σας, η σύνδεση διακόπηκε: ξεκινήστε ξανά από την εφαρμογή.
login-totp-paused-title = Πάρα πολλοί λανθασμένοι κωδικοί
# $wait is a length of time ("50 λεπτά").
login-totp-paused = Εισήχθησαν πάρα πολλοί λανθασμένοι κωδικοί εφαρμογής ελέγχου ταυτότητας για τον λογαριασμό σας. Μπορείτε να τη χρησιμοποιήσετε ξανά σε { $wait }· στο μεταξύ, επιλέξτε άλλη μέθοδο επαλήθευσης.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Όταν σας το ζητήσει το πρόγραμμα περιήγησης, τοποθετήστε και αγγίξτε το κλειδί ασφαλείας σας ή ξεκλειδώστε τον υπολογιστή ή το τηλέφωνό σας.
login-webauthn-start = Χρήση του κλειδιού ασφαλείας μου
login-webauthn-off = Τα κλειδιά ασφαλείας δεν μπορούν να χρησιμοποιηθούν σε αυτή την υπηρεσία.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Στις κινητές συσκευές σας στάλθηκε αίτημα για σύνδεση στην εφαρμογή { $client }. Ανοίξτε την εφαρμογή για κινητά { $brand }, επιλέξτε αυτόν τον αριθμό και εισαγάγετε τον κωδικό PIN σας:
login-app-pin-waiting = Αναμονή για την έγκρισή σας στην κινητή συσκευή σας...
# A button shown only when the browser runs no script.
login-app-pin-continue = Το ενέκρινα: συνέχεια
login-app-pin-resend = Αποστολή νέου αιτήματος
login-app-pin-approved = Εγκρίθηκε στην κινητή συσκευή σας. Σύνδεση σε εξέλιξη...
login-app-pin-denied = Το αίτημα απορρίφθηκε στην κινητή συσκευή σας.
login-app-pin-wrong-number = Ο αριθμός που επιλέχθηκε στην κινητή συσκευή σας δεν ήταν αυτός που εμφανίζεται εδώ. Το αίτημα ακυρώθηκε.
login-app-pin-expired = Το αίτημα έληξε. Στείλτε νέο αίτημα στην κινητή συσκευή σας.
login-app-pin-limited-title = Πάρα πολλά αιτήματα
# $wait is a length of time ("1 λεπτό").
login-app-pin-limited = Στάλθηκαν πάρα πολλά αιτήματα σύνδεσης στις κινητές συσκευές σας. Δοκιμάστε ξανά σε { $wait } ή επιλέξτε άλλη μέθοδο επαλήθευσης.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Σαρώστε αυτόν τον κωδικό QR με την εφαρμογή για κινητά { $brand } και εισαγάγετε τον κωδικό PIN σας στην εφαρμογή. Λειτουργεί ακόμη και χωρίς σύνδεση δικτύου στο τηλέφωνό σας.
# The text alternative of the QR code image.
login-app-qr-alt = Κωδικός QR για σάρωση με την εφαρμογή για κινητά { $brand }
login-app-qr-paste = Δεν μπορείτε να τον σαρώσετε; Επικολλήστε αυτό το κείμενο στην εφαρμογή:
login-app-qr-code-label = Κωδικός που δημιούργησε η εφαρμογή σας
login-app-qr-wrong = Ο κωδικός δεν είναι σωστός. { $remaining ->
    [one] Απομένει { $remaining } προσπάθεια.
   *[other] Απομένουν { $remaining } προσπάθειες.
}
login-app-qr-dead = Αυτός ο κωδικός QR δεν ισχύει πλέον (έληξε ή εισήχθησαν πάρα πολλοί λανθασμένοι κωδικοί). Εμφανίζεται νέος κωδικός QR: σαρώστε τον με την εφαρμογή σας.
login-app-qr-locked-title = Η κινητή συσκευή κλειδώθηκε
login-app-qr-locked = Η κινητή συσκευή σας κλειδώθηκε μετά από πάρα πολλούς λανθασμένους κωδικούς ή κωδικούς PIN. Διαγράψτε την και προσθέστε την ξανά στη σελίδα «Ο λογαριασμός μου» ή επιλέξτε άλλη μέθοδο επαλήθευσης.

## Refusals of any sign-in step

login-expired-title = Η σελίδα σύνδεσης έχει λήξει
login-expired = Οι σελίδες σύνδεσης ισχύουν για περιορισμένο χρόνο και μόνο μία φορά. Αν συνδεόσασταν σε μια εφαρμογή, επιστρέψτε σε αυτήν και συνδεθείτε ξανά· διαφορετικά, ξεκινήστε από την αρχική σελίδα.
login-form-incomplete = Η φόρμα δεν συμπληρώθηκε πλήρως. Επιστρέψτε και δοκιμάστε ξανά.
login-request-invalid = Το αίτημα που έστειλε η εφαρμογή δεν είναι έγκυρο και, ως εκ τούτου, δεν μπορεί να εκτελεστεί. Επιστρέψτε στην εφαρμογή και δοκιμάστε ξανά.
login-already-completed = Αυτή η σύνδεση έχει ήδη ολοκληρωθεί.
login-redirect-invalid = Το καταχωρισμένο URI ανακατεύθυνσης δεν είναι έγκυρο.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Απαιτείται ισχυρότερη μέθοδος επαλήθευσης
# $level is one of login-level-*.
login-step-up-needed = Η εφαρμογή { $client } απαιτεί σύνδεση σε επίπεδο «{ $level }» (κωδικός πρόσβασης και δεύτερη μέθοδος επαλήθευσης, όπως κινητό τηλέφωνο ή κλειδί ασφαλείας). Ο λογαριασμός σας δεν διαθέτει ακόμη τέτοια μέθοδο.
login-step-up-hint = Προσθέστε αριθμό κινητού τηλεφώνου, κινητή συσκευή ή κλειδί ασφαλείας στη σελίδα «Ο λογαριασμός μου» και, στη συνέχεια, επιστρέψτε εδώ.
login-step-up-account = Προσθήκη μεθόδου επαλήθευσης στη σελίδα «Ο λογαριασμός μου»
login-return-to-app = Επιστροφή στην εφαρμογή

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Επιστροφή στην εφαρμογή
login-form-post-noscript = Η JavaScript είναι απενεργοποιημένη: πατήστε το κουμπί για να συνεχίσετε.
login-continue = Συνέχεια

## Signing out (logout.html)

login-logout-title = Αποσύνδεση
# $email is the address of the signed-in account.
login-logout-question-as = Θέλετε να αποσυνδεθείτε από το { $brand } ως { $email };
login-logout-question = Θέλετε να αποσυνδεθείτε από το { $brand };
login-logout-apps = Θα αποσυνδεθείτε επίσης από τις εφαρμογές που χρησιμοποιήσατε σε αυτή τη συνεδρία.
login-logout-submit = Αποσύνδεση
login-signed-out-title = Έχετε αποσυνδεθεί
login-signed-out = Έχετε αποσυνδεθεί από το { $brand }.
login-sign-in-again = Νέα σύνδεση
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = Το id_token_hint δεν είναι διακριτικό ταυτότητας (ID token) που έχει εκδοθεί από αυτόν τον πάροχο.
login-logout-client-mismatch = Το client_id δεν αντιστοιχεί στο id_token_hint.
login-logout-uri-unregistered = Το post_logout_redirect_uri δεν είναι καταχωρισμένο για αυτή την εφαρμογή.
login-logout-uri-invalid = Το post_logout_redirect_uri δεν είναι έγκυρο.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Τουλάχιστον { $min } χαρακτήρες (έως { $max })· μερικές άσχετες μεταξύ τους λέξεις αποτελούν καλό κωδικό πρόσβασης
login-policy-rule-any = Επιτρέπονται κενά και οποιοιδήποτε χαρακτήρες· δεν απαιτείται συνδυασμός διαφορετικών τύπων χαρακτήρων
login-policy-rule-common = Να μην είναι κωδικός πρόσβασης που χρησιμοποιείται συχνά ή έχει διαρρεύσει και να μην μαντεύεται εύκολα (όχι επαναλαμβανόμενες λέξεις, σειρές πλήκτρων ή ακολουθίες)
login-policy-rule-personal = Να μην περιέχει το όνομά σας ή τη διεύθυνση e-mail σας
# $length and $min are numbers of characters.
login-policy-too-short = Ο κωδικός πρόσβασης είναι πολύ σύντομος: { $length ->
    [one] { $length } χαρακτήρας
   *[other] { $length } χαρακτήρες
}, ενώ απαιτούνται τουλάχιστον { $min }.
# $max is a number of characters.
login-policy-too-long = Ο κωδικός πρόσβασης είναι πολύ μεγάλος: επιτρέπονται έως { $max } χαρακτήρες.
login-policy-personal = Ο κωδικός πρόσβασης δεν πρέπει να περιέχει το όνομά σας ή τη διεύθυνση e-mail σας.
login-policy-common = Αυτός ο κωδικός πρόσβασης είναι πολύ κοινός: εμφανίζεται σε λίστες κωδικών που έχουν διαρρεύσει.
login-policy-guessable = Αυτός ο κωδικός πρόσβασης μαντεύεται πολύ εύκολα. Δοκιμάστε μερικές άσχετες μεταξύ τους λέξεις, π.χ. μια σύντομη φράση που μόνο εσείς θα γράφατε.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Αυτός ο κωδικός πρόσβασης μαντεύεται πολύ εύκολα: { $reason } Δοκιμάστε μερικές άσχετες μεταξύ τους λέξεις, π.χ. μια σύντομη φράση που μόνο εσείς θα γράφατε.
login-policy-why-keyboard-rows = οι συνεχόμενες σειρές πλήκτρων μαντεύονται εύκολα.
login-policy-why-keyboard-patterns = τα σύντομα μοτίβα πληκτρολογίου μαντεύονται εύκολα.
login-policy-why-repeats = οι επαναλήψεις όπως «aaa» μαντεύονται εύκολα.
login-policy-why-repeated-words = οι επαναλήψεις όπως «abcabcabc» μαντεύονται ελάχιστα δυσκολότερα από το «abc».
login-policy-why-top-10 = είναι ένας από τους 10 πιο συνηθισμένους κωδικούς πρόσβασης.
login-policy-why-top-100 = είναι ένας από τους 100 πιο συνηθισμένους κωδικούς πρόσβασης.
login-policy-why-common = είναι πολύ συνηθισμένος κωδικός πρόσβασης.
login-policy-why-similar = μοιάζει με έναν συχνά χρησιμοποιούμενο κωδικό πρόσβασης.
login-policy-why-sequences = οι ακολουθίες όπως abc ή 6543 μαντεύονται εύκολα.
login-policy-why-years = τα πρόσφατα έτη μαντεύονται εύκολα.
login-policy-why-word = μια μεμονωμένη λέξη μαντεύεται εύκολα.
login-policy-why-dates = οι ημερομηνίες συχνά μαντεύονται εύκολα.
login-policy-why-names = τα ονόματα και τα επώνυμα από μόνα τους μαντεύονται εύκολα.
login-policy-why-common-names = τα συνηθισμένα ονόματα και επώνυμα μαντεύονται εύκολα.
