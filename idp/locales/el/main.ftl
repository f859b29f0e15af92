# Τα κείμενα της υπηρεσίας στα ελληνικά (main). Αγγλικά: ο κατάλογος αναφοράς· κάθε άλλη
# γλώσσα έχει ακριβώς τα ίδια αναγνωριστικά, με τις ίδιες μεταβλητές (ελέγχεται από `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
account-menu = Μενού λογαριασμού
menu-my-account = Ο λογαριασμός μου
menu-change-password = Αλλαγή κωδικού πρόσβασης
menu-logout = Αποσύνδεση
language-label = Γλώσσα
language-change = Αλλαγή γλώσσας
language-title = Επιλέξτε τη γλώσσα σας

## Error pages (http/errors.rs)

link-home = Αρχική σελίδα
error-invalid-request = Μη έγκυρο αίτημα
error-csrf-title = Μη έγκυρη φόρμα
error-csrf = Η φόρμα έχει λήξει ή δεν στάλθηκε από αυτόν τον ιστότοπο. Επιστρέψτε και δοκιμάστε ξανά.
error-not-found-title = Η σελίδα δεν βρέθηκε
error-not-found = Δεν υπάρχει σελίδα σε αυτή τη διεύθυνση. Ίσως πληκτρολογήθηκε λάθος ή η σελίδα έχει μετακινηθεί.
error-method-title = Αυτή η διεύθυνση δεν δέχεται αυτό το είδος αιτήματος
error-method = Ανοίξτε τη σελίδα από έναν σύνδεσμο ή από τη γραμμή διευθύνσεων ή επιστρέψτε στη φόρμα από την οποία ήρθατε και υποβάλετέ την ξανά.
error-server-title = Κάτι πήγε στραβά
error-server = Παρουσιάστηκε πρόβλημα από την πλευρά μας. Δοκιμάστε ξανά σε λίγο.
error-unavailable-title = Προσωρινή μη διαθεσιμότητα
error-unavailable = Η υπηρεσία δεν μπορεί να απαντήσει αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12, in the genitive), $time "08:34". Times are in UTC.
date-time = { $day } { $month } { $year }, { $time } UTC
date-unknown = άγνωστη ημερομηνία
month-1 = Ιανουαρίου
month-2 = Φεβρουαρίου
month-3 = Μαρτίου
month-4 = Απριλίου
month-5 = Μαΐου
month-6 = Ιουνίου
month-7 = Ιουλίου
month-8 = Αυγούστου
month-9 = Σεπτεμβρίου
month-10 = Οκτωβρίου
month-11 = Νοεμβρίου
month-12 = Δεκεμβρίου
duration-minutes = { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}
duration-hours = { $hours ->
    [one] { $hours } ώρα
   *[other] { $hours } ώρες
}
duration-hours-minutes = { $hours ->
    [one] { $hours } ώρα
   *[other] { $hours } ώρες
} και { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}
error-no-client-id = Το αίτημα δεν περιέχει client_id: η εφαρμογή που σας έστειλε εδώ δεν έχει ρυθμιστεί σωστά.
error-unknown-client = Άγνωστη εφαρμογή: το client_id αυτού του αιτήματος δεν είναι καταχωρισμένο εδώ.
error-redirect-unregistered = Το redirect_uri αυτού του αιτήματος δεν είναι καταχωρισμένο για αυτή την εφαρμογή και, επομένως, δεν είναι δυνατή η επιστροφή σας σε αυτήν.
error-no-redirect-uri = Το αίτημα δεν περιέχει redirect_uri.
error-cross-origin-title = Το αίτημα απορρίφθηκε
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Αυτή η φόρμα δεν στάλθηκε από τις σελίδες του { $brand } και, επομένως, δεν εκτελέστηκε. Ανοίξτε το { $brand } στη διεύθυνση { $issuer } και δοκιμάστε ξανά.
error-nul = Το αίτημα περιέχει χαρακτήρα NUL, τον οποίο δεν επιτρέπεται να περιέχει καμία παράμετρος.
error-too-large-title = Πολύ μεγάλο αίτημα
error-uri-too-long = Το URI του αιτήματος είναι πολύ μεγάλο.
error-body-too-large = Το σώμα του αιτήματος είναι πολύ μεγάλο.
error-redirect-target = Ο προορισμός ανακατεύθυνσης δεν είναι έγκυρος.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Υπάρχει πρόβλημα
