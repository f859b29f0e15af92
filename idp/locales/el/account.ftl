# The provider's texts in Greek (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 ώρα και 5 λεπτά", "6 Δεκεμβρίου 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Όνομα
account-last-name = Επώνυμο
account-email = E-mail
account-language = Γλώσσα
account-cancel = Ακύρωση
account-submit = Υποβολή
account-save = Αποθήκευση
account-delete = Διαγραφή
account-sign-in = Σύνδεση
account-back = Ο λογαριασμός μου
account-wait-title = Περιμένετε πριν το ζητήσετε ξανά
account-link-invalid-title = Αυτός ο σύνδεσμος δεν ισχύει πλέον
account-check-email-title = Ελέγξτε το e-mail σας
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = έληξε
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = άγνωστη

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Καλώς ορίσατε, { $name }
account-home-signed-in = Έχετε συνδεθεί στο { $brand } ως { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Έχετε συνδεθεί στο { $brand } ως { $email } (επίπεδο επαλήθευσης: { $level }).
account-home-change-password-hint = (στη σελίδα «Ο λογαριασμός μου», με τον τρέχοντα κωδικό πρόσβασής σας)
account-home-forgot-password = Ξεχάσατε τον κωδικό πρόσβασής σας;
account-home-sign-out = Αποσύνδεση
account-home-intro = Ένας λογαριασμός για σύνδεση σε όλες τις εφαρμογές που συνδέονται με το { $brand }.
account-home-register = Δημιουργία λογαριασμού

## My Account (templates/account.html)

account-title = Ο λογαριασμός μου
account-details-heading = Τα στοιχεία του λογαριασμού μου
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (εξωτερική)
account-level = Επίπεδο επαλήθευσης αυτής της συνεδρίας
account-needs-second-factor = Εφαρμογές όπως το CPMS απαιτούν δεύτερη μέθοδο επαλήθευσης: προσθέστε αριθμό κινητού τηλεφώνου, κινητή συσκευή, κλειδί ασφαλείας ή εφαρμογή ελέγχου ταυτότητας.
account-menu-change-password = Αλλαγή κωδικού πρόσβασης
account-menu-details = Τροποποίηση των προσωπικών μου στοιχείων
account-menu-delete = Διαγραφή του λογαριασμού μου
account-menu-devices = Διαχείριση των κινητών συσκευών μου
account-menu-phones = Διαχείριση των αριθμών κινητού τηλεφώνου μου
account-menu-security-keys = Διαχείριση των κλειδιών ασφαλείας μου
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (έχουν προστεθεί)
account-menu-authenticator-apps = Διαχείριση των εφαρμογών ελέγχου ταυτότητάς μου
account-menu-sessions = Προβολή των συνεδριών μου
account-menu-sessions-hint = Μπορείτε να δείτε τις συνεδρίες που άνοιξαν για τις εφαρμογές που επισκεφθήκατε.
account-menu-delete-devices = Διαγραφή όλων των συσκευών μου
account-menu-delete-devices-hint = Για νέο τηλέφωνο: αφαιρεί κάθε κινητή συσκευή, κλειδί ασφαλείας και εφαρμογή ελέγχου ταυτότητας.
account-menu-activity = Δραστηριότητα
account-menu-activity-hint = Πρόσφατα συμβάντα ασφαλείας του λογαριασμού σας.
account-notice-password = Ο κωδικός πρόσβασής σας άλλαξε. Οι άλλες συνεδρίες σας τερματίστηκαν.
account-notice-details = Τα προσωπικά σας στοιχεία αποθηκεύτηκαν.
account-notice-devices = Όλες οι συσκευές σας διαγράφηκαν. Μπορείτε τώρα να προσθέσετε τη νέα σας συσκευή.
account-notice-session = Η συνεδρία τερματίστηκε.
account-notice-sent-again = Το e-mail αποστέλλεται ξανά.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Ορισμένα e-mail δεν σας έφτασαν
# $email: the account's address.
account-undelivered = Ο διακομιστής αλληλογραφίας του { $email } απέρριψε αυτά τα e-mail ή δεν ήταν δυνατό να παραδοθούν εγκαίρως. Αν το γραμματοκιβώτιό σας ήταν γεμάτο ή η διεύθυνση έχει αλλάξει, διορθώστε πρώτα αυτό και, στη συνέχεια, στείλτε τα ξανά.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = «{ $subject }», { $when }
account-undelivered-send-again = Νέα αποστολή
account-undelivered-gone = Αυτό το e-mail δεν μπορεί να σταλεί ξανά: έχει ήδη σταλεί ή δεν είναι δικό σας.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Τροποποίηση των προσωπικών μου στοιχείων
account-first-name-missing = Εισαγάγετε το όνομά σας.
account-last-name-missing = Εισαγάγετε το επώνυμό σας.
account-first-name-too-long = Το όνομα μπορεί να έχει έως 100 συνήθεις χαρακτήρες.
account-last-name-too-long = Το επώνυμο μπορεί να έχει έως 100 συνήθεις χαρακτήρες.
account-language-invalid = Επιλέξτε μια γλώσσα από τη λίστα.

## Change password (templates/account_password.html)

account-password-title = Αλλαγή κωδικού πρόσβασης
account-password-wait = Για λόγους ασφαλείας πρέπει να περιμένετε πριν αλλάξετε ξανά τον κωδικό πρόσβασής σας (υπολειπόμενος χρόνος: { $wait }). Σε επείγουσες περιπτώσεις, επικοινωνήστε με το γραφείο υποστήριξης.
account-password-rules = Ο νέος κωδικός πρόσβασής σας πρέπει να τηρεί τους εξής κανόνες:
account-password-current = Τρέχων κωδικός πρόσβασης
account-password-new = Νέος κωδικός πρόσβασης
account-password-confirm = Επιβεβαίωση του νέου κωδικού πρόσβασης
account-password-too-long = Ο κωδικός πρόσβασης είναι πολύ μεγάλος.
account-password-wrong-current = Ο τρέχων κωδικός πρόσβασής σας δεν είναι σωστός.
account-password-too-soon = Για λόγους ασφαλείας πρέπει να περιμένετε πριν αλλάξετε ξανά τον κωδικό πρόσβασής σας (υπολειπόμενος χρόνος: { $wait }). Σε επείγουσες περιπτώσεις, επικοινωνήστε με το γραφείο υποστήριξης.
account-password-mismatch = Οι δύο νέοι κωδικοί πρόσβασης δεν είναι ίδιοι.

## Delete my account (templates/account_delete.html)

account-delete-title = Διαγραφή του λογαριασμού μου
account-delete-warning = Ο λογαριασμός σας { $brand }, οι αριθμοί τηλεφώνου, οι συσκευές και τα κλειδιά ασφαλείας του θα διαγραφούν και κάθε εφαρμογή στην οποία είστε συνδεδεμένοι θα ενημερωθεί. Η ενέργεια αυτή δεν μπορεί να αναιρεθεί.
account-delete-confirm = Θέλω να διαγραφεί ο λογαριασμός μου { $brand }
account-delete-unconfirmed = Επιλέξτε το πλαίσιο για να επιβεβαιώσετε ότι ο λογαριασμός σας πρέπει να διαγραφεί.
account-deleted-title = Ο λογαριασμός σας διαγράφηκε
account-deleted = Ο λογαριασμός σας { $brand } και όλα όσα συνδέονταν με αυτόν διαγράφηκαν.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Διαγραφή όλων των συσκευών μου
account-delete-devices-pending = Όλες οι μέθοδοι επαλήθευσης του λογαριασμού σας θα αφαιρεθούν στις { $when }, όπως ζητήσατε μέσω e-mail.
account-delete-devices-none = Ο λογαριασμός σας δεν έχει κινητή συσκευή, κλειδί ασφαλείας ή εφαρμογή ελέγχου ταυτότητας. Προσθέστε μία από τη σελίδα «Ο λογαριασμός μου».
account-delete-devices-now = Χρησιμοποιήστε αυτή την επιλογή όταν έχετε νέο τηλέφωνο: αφαιρούνται όλες οι κινητές συσκευές, τα κλειδιά ασφαλείας και οι εφαρμογές ελέγχου ταυτότητας του λογαριασμού σας. Στη συνέχεια, προσθέστε τη νέα σας συσκευή από τη σελίδα «Διαχείριση των κινητών συσκευών μου». Οι αριθμοί κινητού τηλεφώνου σας διατηρούνται.
account-delete-devices-why = Για την προστασία του λογαριασμού σας, ο κωδικός πρόσβασης από μόνος του δεν αρκεί για την αφαίρεση των μεθόδων επαλήθευσης: όποιος τον μάθαινε θα μπορούσε στη συνέχεια να προσθέσει τις δικές του.
account-delete-devices-can-use = Μπορώ ακόμη να χρησιμοποιήσω μία από αυτές
account-delete-devices-can-use-text = Συνδεθείτε ξανά με το παλιό σας τηλέφωνο, κλειδί ασφαλείας ή εφαρμογή ελέγχου ταυτότητας και, στη συνέχεια, διαγράψτε τα όλα μαζί.
account-delete-devices-reauth = Σύνδεση με μέθοδο επαλήθευσης
account-delete-devices-cannot-use = Δεν μπορώ να χρησιμοποιήσω καμία από αυτές
# $wait is the waiting period of a recovery ("24 ώρες").
account-delete-devices-recovery = Θα σας στείλουμε έναν σύνδεσμο στη διεύθυνση e-mail σας. Αφού επιβεβαιώσετε μέσω αυτού, όλες οι μέθοδοι επαλήθευσης του λογαριασμού σας (κινητές συσκευές, κλειδιά ασφαλείας, εφαρμογές ελέγχου ταυτότητας και αριθμοί κινητού τηλεφώνου) αφαιρούνται { $wait } αργότερα. Ενημερώνεστε αμέσως μέσω e-mail και μπορείτε να ακυρώσετε την αφαίρεση έως τότε.
account-delete-devices-send-link = Αποστολή του συνδέσμου

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Αφαίρεση όλων των μεθόδων επαλήθευσης
# $minutes: how long the link can be used.
account-recovery-sent = Στάλθηκε σύνδεσμος στη διεύθυνση { $email }. Ισχύει για { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}.
account-recovery-sent-next = Ακολουθήστε τον για επιβεβαίωση. Οι μέθοδοι επαλήθευσης αφαιρούνται { $wait } μετά την επιβεβαίωση και μπορείτε να ακυρώσετε την αφαίρεση έως τότε.
account-recovery-confirm-text = Όλες οι κινητές συσκευές, τα κλειδιά ασφαλείας, οι εφαρμογές ελέγχου ταυτότητας και οι αριθμοί κινητού τηλεφώνου του λογαριασμού { $brand } { $email } θα αφαιρεθούν { $wait } μετά την επιβεβαίωσή σας. Θα ενημερωθείτε μέσω e-mail, με σύνδεσμο για ακύρωση.
account-recovery-confirm = Επιβεβαίωση
account-recovery-started-title = Η αφαίρεση επιβεβαιώθηκε
account-recovery-started = Όλες οι μέθοδοι επαλήθευσης του λογαριασμού σας θα αφαιρεθούν στις { $when }.
account-recovery-started-next = Σας στάλθηκε e-mail με σύνδεσμο ακύρωσης. Μετά από αυτό το χρονικό σημείο, συνδεθείτε με τον κωδικό πρόσβασής σας και προσθέστε τη νέα σας συσκευή στη σελίδα «Ο λογαριασμός μου».
account-recovery-cancel-title = Ακύρωση της αφαίρεσης των μεθόδων επαλήθευσης
account-recovery-due = Όλες οι μέθοδοι επαλήθευσης του λογαριασμού σας πρόκειται να αφαιρεθούν στις { $when }.
account-recovery-cancel = Ακύρωση της αφαίρεσης
account-recovery-cancel-hint = Αν δεν το ζητήσατε εσείς, αλλάξτε επίσης τον κωδικό πρόσβασής σας: κάποιος τον γνωρίζει.
account-recovery-cancelled-title = Η αφαίρεση ακυρώθηκε
account-recovery-cancelled = Δεν αφαιρέθηκε τίποτα. Οι μέθοδοι επαλήθευσης παραμένουν ως έχουν.
account-recovery-nothing-title = Δεν υπάρχει κάτι προς ακύρωση
account-recovery-nothing = Δεν εκκρεμούσε αφαίρεση των μεθόδων επαλήθευσής σας.
account-recovery-invalid = Ο σύνδεσμος που ακολουθήσατε έχει λήξει, έχει ήδη χρησιμοποιηθεί ή έχει αντικατασταθεί από νεότερο.
account-recovery-start-again = Ξεκινήστε ξανά από τη σελίδα «Διαγραφή όλων των συσκευών μου»
account-recovery-paced = Στάλθηκε πριν από λίγο e-mail με σύνδεσμο. Μπορείτε να ζητήσετε νέο σε { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Προβολή των συνεδριών μου
account-sessions-title = Οι συνεδρίες μου
account-sessions-started = Έναρξη
account-sessions-last-seen = Τελευταία δραστηριότητα
account-sessions-level = Επίπεδο
account-sessions-from = Από
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Ενέργεια
account-sessions-current = Αυτή η συνεδρία
account-sessions-end = Τερματισμός της συνεδρίας
account-sessions-not-yours = Αυτή η συνεδρία δεν είναι δική σας ή έχει ήδη τερματιστεί.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Δραστηριότητα
account-activity-intro = Τα πιο πρόσφατα συμβάντα ασφαλείας του λογαριασμού σας.
account-activity-when = Πότε
account-activity-what = Τι
account-activity-from = Από
account-activity-details = Λεπτομέρειες
account-event-signin-success = Σύνδεση
account-event-signin-failure = Αποτυχημένη σύνδεση
account-event-signed-out = Αποσύνδεση
account-event-account-registered = Δημιουργία λογαριασμού
account-event-account-locked = Αποκλεισμός σύνδεσης με κωδικό πρόσβασης μετά από πάρα πολλές αποτυχημένες προσπάθειες
account-event-password-set = Ορισμός ή αλλαγή κωδικού πρόσβασης
account-event-factor-added = Προσθήκη μεθόδου επαλήθευσης
account-event-factor-removed = Αφαίρεση μεθόδου επαλήθευσης
account-event-sms-sent = Αποστολή SMS
account-event-device-locked = Κλείδωμα κινητής συσκευής (λανθασμένοι κωδικοί PIN)
account-event-push-denied = Απόρριψη αιτήματος σύνδεσης σε κινητή συσκευή
account-event-push-wrong-number = Επιλογή λανθασμένου αριθμού σε κινητή συσκευή
account-event-token-revoked = Ανάκληση πρόσβασης από εφαρμογή
account-event-code-replayed = Ένας κωδικός σύνδεσης χρησιμοποιήθηκε δύο φορές: η πρόσβαση που παρείχε ανακλήθηκε
account-event-refresh-reused = Επαναχρησιμοποιήθηκε παλιό διακριτικό πρόσβασης: η πρόσβαση στην οποία ανήκε ανακλήθηκε
account-event-recovery-link-sent = Αίτημα αφαίρεσης όλων των μεθόδων επαλήθευσης (στάλθηκε σύνδεσμος με e-mail)
account-event-recovery-started = Επιβεβαίωση αφαίρεσης όλων των μεθόδων επαλήθευσης (περίοδος αναμονής)
account-event-recovery-cancelled = Ακύρωση αφαίρεσης όλων των μεθόδων επαλήθευσης
account-event-access-requested = Αίτηση πρόσβασης
account-event-access-approved = Έγκριση αίτησης πρόσβασης
account-event-access-denied = Απόρριψη αίτησης πρόσβασης
account-event-access-revoked = Ανάκληση πρόσβασης
account-event-message-undelivered = Μη παράδοση e-mail ή SMS
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "με Κινητό + SMS, επίπεδο μεσαίο, για CPMS" or "κλειδί ασφαλείας «YubiKey», επίπεδο υψηλό".
account-activity-factor-phone = αριθμός κινητού τηλεφώνου
account-activity-factor-mobile-device = κινητή συσκευή
account-activity-factor-security-key = κλειδί ασφαλείας
account-activity-factor-authenticator-app = εφαρμογή ελέγχου ταυτότητας
account-activity-factor-count = { $count ->
    [one] { $count } μέθοδος επαλήθευσης
   *[other] { $count } μέθοδοι επαλήθευσης
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } «{ $name }»
# $factor is "αριθμός κινητού τηλεφώνου"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = «{ $name }»
# $method is the verification method used (one of login-method-*).
account-activity-method = μέθοδος: { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = επίπεδο { $level }
# $client is the name of the application signed in to.
account-activity-client = για { $client }
account-activity-via-my-account = στη σελίδα «Ο λογαριασμός μου»
account-activity-via-set-password = με τον σύνδεσμο του e-mail εγγραφής
account-activity-via-reset = με σύνδεσμο «Ξεχάσατε τον κωδικό πρόσβασής σας;»
account-activity-via-recovery = μετά από ανάκτηση λογαριασμού
account-activity-purpose-sms-enrol = για επιβεβαίωση νέου αριθμού
account-activity-purpose-sms-login = για σύνδεση
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = προς { $phone }
account-activity-pin-failures = μετά από { $count ->
    [one] { $count } λανθασμένο κωδικό PIN
   *[other] { $count } λανθασμένους κωδικούς PIN
}
account-activity-until = έως τις { $when }
account-activity-on = στις { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = προφίλ πρόσβασης { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = από { $name }
account-activity-by-helpdesk = από το γραφείο υποστήριξης
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = αιτία: { $reason }
account-activity-reason-wrong-password = λανθασμένος κωδικός πρόσβασης
account-activity-reason-no-password = δεν έχει οριστεί κωδικός πρόσβασης
account-activity-reason-unknown-account = άγνωστος λογαριασμός
account-activity-reason-locked = αποκλεισμός
account-activity-reason-wrong-code = λανθασμένος κωδικός
account-activity-reason-code-reused = επαναχρησιμοποίηση κωδικού
account-activity-reason-too-many-codes = πάρα πολλοί κωδικοί
account-activity-reason-too-many-codes-hour = πάρα πολλοί κωδικοί αυτή την ώρα
account-activity-reason-device-locked = κλειδωμένη συσκευή
account-activity-reason-expired = το αίτημα έληξε
account-activity-reason-not-verified = η απάντηση δεν επαληθεύτηκε
account-activity-reason-already-registered = ήδη καταχωρισμένο
account-activity-token-access = διακριτικό πρόσβασης
account-activity-token-refresh = διακριτικό ανανέωσης
account-activity-grant-revoked = η εξουσιοδότηση ανακλήθηκε
account-activity-family-revoked = η οικογένεια διακριτικών ανακλήθηκε

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Δημιουργία λογαριασμού
account-register-intro = Προτιμάται η χρήση της επαγγελματικής διεύθυνσης e-mail του οργανισμού σας. Θα λάβετε e-mail με σύνδεσμο για τη δημιουργία του κωδικού πρόσβασής σας.
account-register-email-confirm = Επιβεβαίωση e-mail
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Γλώσσα των e-mail
account-register-submit = Δημιουργία λογαριασμού
account-register-sign-in = Έχετε ήδη λογαριασμό; Συνδεθείτε
account-register-thanks = Σας ευχαριστούμε για την εγγραφή σας.
# $minutes: how long the link can be used.
account-register-sent = Αποστέλλεται e-mail στη διεύθυνση { $email } με σύνδεσμο για τη δημιουργία του κωδικού πρόσβασής σας. Ο σύνδεσμος ισχύει για { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}. Μπορεί να χρειαστούν μερικά λεπτά για να φτάσει· ελέγξτε και τον φάκελο ανεπιθύμητης αλληλογραφίας.
account-register-first-name-invalid = Το όνομά σας είναι πολύ μεγάλο ή περιέχει μη επιτρεπόμενους χαρακτήρες.
account-register-last-name-invalid = Το επώνυμό σας είναι πολύ μεγάλο ή περιέχει μη επιτρεπόμενους χαρακτήρες.
account-register-email-invalid = Εισαγάγετε έγκυρη διεύθυνση e-mail, για παράδειγμα name@hospital.eu.
account-register-email-mismatch = Οι δύο διευθύνσεις e-mail δεν είναι ίδιες.
account-register-throttled = Στάλθηκε πριν από λίγο e-mail σε αυτή τη διεύθυνση ή ζητήθηκαν πάρα πολλά από το δίκτυό σας. Μπορείτε να το ζητήσετε ξανά σε { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Δημιουργία του κωδικού πρόσβασής σας
# $email is the address of the account whose password is being created.
account-set-password-account = Λογαριασμός: { $email }
account-set-password-rules = Ο κωδικός πρόσβασής σας πρέπει να τηρεί τους εξής κανόνες:
account-set-password-new = Νέος κωδικός πρόσβασης
account-set-password-confirm = Επιβεβαίωση του νέου κωδικού πρόσβασης
account-set-password-mismatch = Οι δύο κωδικοί πρόσβασης δεν είναι ίδιοι.
account-set-password-done-title = Ο κωδικός πρόσβασής σας ορίστηκε
account-set-password-done = Ο κωδικός πρόσβασής σας αποθηκεύτηκε. Μπορείτε τώρα να συνδεθείτε με τη διεύθυνση e-mail σας και αυτόν τον κωδικό πρόσβασης.
account-password-recent-title = Αλλάξατε πρόσφατα τον κωδικό πρόσβασής σας
account-password-recent = Για λόγους ασφαλείας πρέπει να περιμένετε πριν αλλάξετε ξανά τον κωδικό πρόσβασής σας. Μπορείτε να τον αλλάξετε ξανά σε { $wait }.
account-password-urgent = Σε επείγουσες περιπτώσεις, επικοινωνήστε με το γραφείο υποστήριξης.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Ξεχάσατε τον κωδικό πρόσβασής σας;
# $minutes: how long a link can be used.
account-forgot-expired = Ο σύνδεσμος που ακολουθήσατε έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Οι σύνδεσμοι ισχύουν για { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
} και μπορούν να χρησιμοποιηθούν μία φορά.
account-forgot-again = Εισαγάγετε ξανά τη διεύθυνση e-mail σας για να λάβετε νέο σύνδεσμο.
account-forgot-intro = Εισαγάγετε τη διεύθυνση e-mail του λογαριασμού σας { $brand }. Θα σας στείλουμε σύνδεσμο για να επιλέξετε νέο κωδικό πρόσβασης, ο οποίος θα ισχύει για { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}.
account-forgot-submit = Αποστολή συνδέσμου
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Αν υπάρχει λογαριασμός { $brand } για τη διεύθυνση { $email }, έχει σταλεί e-mail με σύνδεσμο για την επιλογή κωδικού πρόσβασης. Ο σύνδεσμος ισχύει για { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}. Αν δεν τον λάβετε, μπορείτε να ζητήσετε νέο σε { $wait }.
