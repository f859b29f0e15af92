# The provider's texts in Greek (mail); see main.ftl.
#
# The e-mails and SMS the provider sends, in the language of the account they are about
# (mail/messages.rs), the messages of the mobile app's API that the app shows its user
# (http/app_api.rs), and the development outbox page (templates/outbox.html).
#
# In the e-mails: $brand is the name of the service ("EU Login"), $email the e-mail address of
# the account, $link a web address. Keep every { $link } alone on its line, as here: mail
# programs make it a link. A line holding only {""} is a blank line between two paragraphs
# (the HTML part of the mail makes each paragraph a block): keep them where they are.

## Every e-mail

# The first line of every e-mail, followed by a blank line. $first_name and $last_name are the
# recipient's names; in Greek the first name comes first.
mail-greeting = Αγαπητέ/ή { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Το μήνυμα αυτό σας στάλθηκε από το { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Έχετε εγγραφεί στο { $brand }
# $duration: how long the link works, in words ("1 ώρα", "30 λεπτά").
mail-registered-body =
    Έχετε εγγραφεί στο { $brand }.
    Η διεύθυνση e-mail σας είναι { $email }
    {""}
    Για να δημιουργήσετε τον κωδικό πρόσβασής σας, ακολουθήστε τον παρακάτω σύνδεσμο:
    {""}
    { $link }
    {""}
    Έχετε στη διάθεσή σας το πολύ { $duration } από τη στιγμή της αποστολής αυτού του μηνύματος για να δημιουργήσετε τον κωδικό πρόσβασής σας, αλλά σας συνιστούμε να το κάνετε αμέσως, αν είναι δυνατόν. Μετά την πάροδο αυτού του χρόνου, μπορείτε να υποβάλετε νέο αίτημα ακολουθώντας τον ίδιο σύνδεσμο: θα πρέπει τότε να εισαγάγετε ξανά τη διεύθυνση e-mail σας και να επιβεβαιώσετε το αίτημά σας.
    {""}
    Αν ο παραπάνω σύνδεσμος δεν λειτουργεί, αντιγράψτε ολόκληρη τη διεύθυνση και επικολλήστε την στη γραμμή διευθύνσεων του προγράμματος περιήγησής σας.
    {""}
    Αν αντιμετωπίζετε κάποιο πρόβλημα, μην απαντήσετε σε αυτό το μήνυμα· ακολουθήστε τις πληροφορίες βοήθειας ή επικοινωνίας του ιστότοπου στον οποίο προσπαθούσατε να εγγραφείτε.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Ο κωδικός πρόσβασής σας στο { $brand }
# $duration: how long the link works, in words ("1 ώρα", "30 λεπτά").
mail-reset-body =
    Ζητήθηκε νέος κωδικός πρόσβασης για τον λογαριασμό σας { $brand } { $email }.
    Για να επιλέξετε νέο κωδικό πρόσβασης, ακολουθήστε τον παρακάτω σύνδεσμο:
    {""}
    { $link }
    {""}
    Ο σύνδεσμος ισχύει για { $duration } και μπορεί να χρησιμοποιηθεί μία φορά. Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: ο κωδικός πρόσβασής σας δεν έχει αλλάξει.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Απόπειρα εγγραφής με τη διεύθυνση e-mail σας
mail-existing-body =
    Κάποιος προσπάθησε να εγγραφεί στο { $brand } με τη διεύθυνση e-mail σας { $email }, για την οποία υπάρχει ήδη λογαριασμός.
    Αν ήσασταν εσείς και δεν θυμάστε τον κωδικό πρόσβασής σας, μπορείτε να επιλέξετε νέο εδώ:
    {""}
    { $link }
    {""}
    Αν δεν ήσασταν εσείς, αγνοήστε αυτό το μήνυμα: δεν άλλαξε τίποτα.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: πάρα πολλές αποτυχημένες προσπάθειες σύνδεσης
# $until: the date and time the block ends ("6 Δεκεμβρίου 2026, 08:34 UTC").
mail-lockout-body =
    Έγιναν πάρα πολλές αποτυχημένες προσπάθειες σύνδεσης με κωδικό πρόσβασης στον λογαριασμό σας { $brand } { $email }. Για την προστασία του λογαριασμού σας, η σύνδεση με κωδικό πρόσβασης έχει αποκλειστεί έως τις { $until }.
    {""}
    Αν ήσασταν εσείς και δεν θυμάστε τον κωδικό πρόσβασής σας, επιλέξτε νέο εδώ· έτσι αίρεται και ο αποκλεισμός:
    {""}
    { $link }
    {""}
    Αν δεν ήσασταν εσείς, κάποιος ίσως προσπαθεί να μαντέψει τον κωδικό πρόσβασής σας: επιλέξτε νέο, μεγάλο κωδικό πρόσβασης από τον ίδιο σύνδεσμο και ελέγξτε τη δραστηριότητα του λογαριασμού σας στη σελίδα «{ menu-my-account }».

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: ο λογαριασμός σας τροποποιήθηκε
# Below the sentence that says what changed.
mail-changed-advice = Αν δεν το κάνατε εσείς, συνδεθείτε στο { $brand }, αφαιρέστε ό,τι δεν αναγνωρίζετε στη σελίδα «{ menu-my-account }», αλλάξτε τον κωδικό πρόσβασής σας και επικοινωνήστε με το γραφείο υποστήριξης.
mail-change-password = Ο κωδικός πρόσβασης του λογαριασμού σας { $brand } άλλαξε.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Ο αριθμός κινητού τηλεφώνου { $number } προστέθηκε στον λογαριασμό σας { $brand }.
mail-change-phone-removed = Ο αριθμός κινητού τηλεφώνου { $number } αφαιρέθηκε από τον λογαριασμό σας { $brand }.
# $name: the name the user gave the device, key or app ("Το κινητό μου").
mail-change-device-added = Η κινητή συσκευή «{ $name }» προστέθηκε στον λογαριασμό σας { $brand }.
mail-change-device-removed = Η κινητή συσκευή «{ $name }» αφαιρέθηκε από τον λογαριασμό σας { $brand }.
mail-change-device-locked = Η κινητή συσκευή σας «{ $name }» κλειδώθηκε μετά από πάρα πολλούς λανθασμένους κωδικούς PIN. Για να τη χρησιμοποιήσετε, διαγράψτε την και προσθέστε την ξανά στη σελίδα «{ menu-my-account }».
mail-change-security-key-added = Το κλειδί ασφαλείας «{ $name }» προστέθηκε στον λογαριασμό σας { $brand }.
mail-change-security-key-removed = Το κλειδί ασφαλείας «{ $name }» αφαιρέθηκε από τον λογαριασμό σας { $brand }.
mail-change-authenticator-app-added = Η εφαρμογή ελέγχου ταυτότητας «{ $name }» προστέθηκε στον λογαριασμό σας { $brand }.
mail-change-authenticator-app-removed = Η εφαρμογή ελέγχου ταυτότητας «{ $name }» αφαιρέθηκε από τον λογαριασμό σας { $brand }.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Όλες οι συσκευές του λογαριασμού σας { $brand } διαγράφηκαν (1 κινητή συσκευή, κλειδί ασφαλείας ή εφαρμογή ελέγχου ταυτότητας).
   *[other] Όλες οι συσκευές του λογαριασμού σας { $brand } διαγράφηκαν (συνολικά { $count } κινητές συσκευές, κλειδιά ασφαλείας και εφαρμογές ελέγχου ταυτότητας).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: ο λογαριασμός σας διαγράφηκε
mail-deleted-body = Ο λογαριασμός σας { $brand } διαγράφηκε κατόπιν αιτήματός σας.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: επιβεβαιώστε την αφαίρεση των μεθόδων επαλήθευσής σας
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 λεπτά", "72 ώρες").
mail-recovery-link-body =
    Κάποιος συνδέθηκε στον λογαριασμό σας { $brand } { $email } με τον κωδικό πρόσβασής σας και ζήτησε την αφαίρεση όλων των μεθόδων επαλήθευσης του λογαριασμού (κινητές συσκευές, κλειδιά ασφαλείας, εφαρμογές ελέγχου ταυτότητας και αριθμοί κινητού τηλεφώνου), επειδή καμία από αυτές δεν μπορεί πλέον να χρησιμοποιηθεί.
    {""}
    Αν ήσασταν εσείς, επιβεβαιώστε μέσω αυτού του συνδέσμου (ισχύει για { $duration }):
    {""}
    { $link }
    {""}
    Οι μέθοδοι αφαιρούνται { $wait } μετά την επιβεβαίωσή σας· έως τότε μπορείτε να ακυρώσετε την αφαίρεση και θα ενημερωθείτε μέσω e-mail.
    {""}
    Αν δεν ήσασταν εσείς, μην ακολουθήσετε τον σύνδεσμο και αλλάξτε τον κωδικό πρόσβασής σας: κάποιος τον γνωρίζει.
mail-recovery-started-subject = { $brand }: οι μέθοδοι επαλήθευσής σας θα αφαιρεθούν
# $when: the date and time of the removal ("6 Δεκεμβρίου 2026, 08:34 UTC"). The last sentence
# names a page of My Account by its title.
mail-recovery-started-body =
    Όλες οι μέθοδοι επαλήθευσης του λογαριασμού σας { $brand } { $email } (κινητές συσκευές, κλειδιά ασφαλείας, εφαρμογές ελέγχου ταυτότητας και αριθμοί κινητού τηλεφώνου) θα αφαιρεθούν στις { $when }, όπως ζητήθηκε και επιβεβαιώθηκε από αυτή τη θυρίδα e-mail.
    {""}
    Αν δεν το ζητήσατε εσείς, ακυρώστε την αφαίρεση τώρα μέσω αυτού του συνδέσμου και, στη συνέχεια, αλλάξτε τον κωδικό πρόσβασής σας:
    {""}
    { $link }
    {""}
    Μπορείτε επίσης να την ακυρώσετε στη σελίδα «{ menu-my-account }» > «Διαγραφή όλων των συσκευών μου».
mail-recovery-cancelled-subject = { $brand }: η αφαίρεση των μεθόδων επαλήθευσής σας ακυρώθηκε
mail-recovery-cancelled-body = Η αφαίρεση των μεθόδων επαλήθευσης του λογαριασμού σας { $brand } ακυρώθηκε. Δεν αφαιρέθηκε τίποτα.
mail-recovery-done-subject = { $brand }: οι μέθοδοι επαλήθευσής σας αφαιρέθηκαν
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Όπως ζητήσατε, αφαιρέθηκε η μοναδική μέθοδος επαλήθευσης του λογαριασμού σας { $brand }. Προσθέστε νέα κινητή συσκευή, κλειδί ασφαλείας ή αριθμό τηλεφώνου στη σελίδα «{ menu-my-account }».
   *[other] Όπως ζητήσατε, αφαιρέθηκαν όλες οι μέθοδοι επαλήθευσης του λογαριασμού σας { $brand } ({ $count } συνολικά). Προσθέστε νέα κινητή συσκευή, κλειδί ασφαλείας ή αριθμό τηλεφώνου στη σελίδα «{ menu-my-account }».
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Η πρόσβασή σας στην εφαρμογή { $app } εγκρίθηκε
mail-access-denied-subject = Η αίτηση πρόσβασής σας στην εφαρμογή { $app } απορρίφθηκε
mail-access-revoked-subject = Η πρόσβασή σας στην εφαρμογή { $app } ανακλήθηκε
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = Η αίτησή σας για πρόσβαση στην εφαρμογή { $app } (προφίλ πρόσβασης { $profile }, οργανισμός { $centre }) εγκρίθηκε από το γραφείο υποστήριξης της εφαρμογής { $app }.
mail-access-denied = Η αίτησή σας για πρόσβαση στην εφαρμογή { $app } (προφίλ πρόσβασης { $profile }, οργανισμός { $centre }) απορρίφθηκε από το γραφείο υποστήριξης της εφαρμογής { $app }.
mail-access-revoked = Η πρόσβαση που σας παραχωρήθηκε κατόπιν της αίτησής σας για πρόσβαση στην εφαρμογή { $app } (προφίλ πρόσβασης { $profile }, οργανισμός { $centre }) ανακλήθηκε από το γραφείο υποστήριξης της εφαρμογής { $app }.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Σχόλιο του γραφείου υποστήριξης: { $comment }
mail-access-reason = Αιτιολογία: { $reason }
mail-access-sign-in = Μπορείτε πλέον να συνδέεστε στην εφαρμογή { $app } με τον λογαριασμό σας { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Μπορείτε πλέον να συνδέεστε στην εφαρμογή { $app } με τον λογαριασμό σας { $brand }:
mail-access-again = Μπορείτε να υποβάλετε νέα αίτηση στη διεύθυνση { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Οι αιτήσεις σας: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it): Greek letters make it UCS-2, so the whole SMS holds 134 characters, of which the
# service's name and the code take up to 45. $code looks like "ABCD-EFGH": keep a space or a
# full stop on each side of it. $minutes is a number.
sms-code = Κωδικός { $brand }: { $code }. Ισχύει { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}. Μην τον δίνετε σε κανέναν.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Αυτός ο κωδικός QR δεν είναι γνωστός. Σαρώστε τον κωδικό QR που εμφανίζεται κατά την προσθήκη κινητής συσκευής στη σελίδα «{ menu-my-account }».
app-token-not-valid = Αυτός ο κωδικός QR έχει ήδη χρησιμοποιηθεί, έχει λήξει ή ακυρώθηκε λόγω λανθασμένων κωδικών PIN. Προσθέστε ξανά τη συσκευή στη σελίδα «{ menu-my-account }».
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] Ο κωδικός PIN δεν είναι αυτός που επιλέχθηκε στη σελίδα «{ menu-my-account }». Απομένει 1 προσπάθεια.
   *[other] Ο κωδικός PIN δεν είναι αυτός που επιλέχθηκε στη σελίδα «{ menu-my-account }». Απομένουν { $remaining } προσπάθειες.
}
app-unknown-device = Αυτή η συσκευή δεν είναι (ή δεν είναι πλέον) εγγεγραμμένη.
app-bad-signature = Η υπογραφή της συσκευής δεν επαληθεύεται.
# $seconds: a number.
app-stale = Η υπογραφή της συσκευής είναι παλαιότερη από { $seconds } δευτερόλεπτα (ή το ρολόι της συσκευής δεν είναι σωστό).
app-replayed = Αυτή η υπογραφή συσκευής έχει ήδη χρησιμοποιηθεί.
app-device-locked = Αυτή η συσκευή κλειδώθηκε μετά από πάρα πολλούς λανθασμένους κωδικούς PIN. Διαγράψτε την και προσθέστε την ξανά στη σελίδα «{ menu-my-account }».
app-not-pending = Αυτό το αίτημα έληξε ή έχει ήδη απαντηθεί.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Λανθασμένος κωδικός PIN. Απομένει 1 προσπάθεια πριν κλειδωθεί η συσκευή.
   *[other] Λανθασμένος κωδικός PIN. Απομένουν { $remaining } προσπάθειες πριν κλειδωθεί η συσκευή.
}
app-wrong-number = Αυτός δεν είναι ο αριθμός που εμφανίζεται στην ιστοσελίδα. Το αίτημα ακυρώθηκε.
app-browser-on = { $browser } σε { $system }
app-browser = { $browser }
app-push-title = Αίτημα σύνδεσης από { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Εξερχόμενα (ανάπτυξη)
outbox-hint = Μόνο σε λειτουργία ανάπτυξης: όλα τα e-mail και τα SMS που έστειλε ο πάροχος, με τα νεότερα πρώτα.
outbox-empty = Δεν υπάρχουν εξερχόμενα μηνύματα.
outbox-email = E-mail
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } προς { $to } στις { $when }
