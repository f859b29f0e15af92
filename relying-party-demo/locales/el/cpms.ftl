# CPMS, the demo relying party: its texts in Greek. Every language has exactly the ids of
# the English reference catalogue, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) are written as the provider's
# pages show them in Greek (idp/locales/el/access.ftl).

## The page frame (templates/base.html)

site-name = Σύστημα κλινικής διαχείρισης ασθενών
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
sign-out = Αποσύνδεση
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Γλώσσα
language-title = Επιλέξτε τη γλώσσα σας
tab-home = Αρχική
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Σελίδες ERN
nav-preferences = Προτιμήσεις
nav-panels = Πάνελ
footer-networks = ERN eUROGEN · Ευρωπαϊκά δίκτυα αναφοράς · Εφαρμογή επίδειξης (βασιζόμενο μέρος)
footer-ecl = Δημιουργήθηκε με τη Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Άδεια χρήσης (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Νέα σύνδεση
link-home = Μετάβαση στην αρχική σελίδα του CPMS

## The landing page (templates/index.html)

index-title = Καλώς ορίσατε
index-heading = Καλώς ορίσατε στο CPMS
index-lead = Το σύστημα κλινικής διαχείρισης ασθενών των ευρωπαϊκών δικτύων αναφοράς.
index-requirement = Για τη σύνδεση απαιτείται το { $provider } με έλεγχο ταυτότητας δύο παραγόντων (κωδικός πρόσβασης και το κινητό σας τηλέφωνο, η εφαρμογή ECAS Mobile App ή ένα κλειδί ασφαλείας).
index-sign-in = Σύνδεση μέσω { $provider }

## Home (templates/home.html)

home-title = Αρχική
# $name is the signed-in person's name.
home-welcome = Καλώς ορίσατε, { $name }
home-role = Επαγγελματικός ρόλος
home-area = Θεματικός τομέας
home-access = Η πρόσβασή σας
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Κέντρο
home-col-country = Χώρα
home-col-profile = Προφίλ
# In a cell of that table when the grant does not say.
home-not-stated = δεν αναφέρεται
home-ern-hint = Οι προτιμήσεις και τα πάνελ σας βρίσκονται στην καρτέλα ERN.
home-ern-link = Άνοιγμα της καρτέλας ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Ο επαγγελματικός σας ρόλος
ern-area = Ο θεματικός σας τομέας
ern-change = Μπορείτε να τα αλλάξετε στις προτιμήσεις σας.
ern-preferences-link = Αλλαγή των προτιμήσεών σας
ern-panels-link = Άνοιγμα των πάνελ

## Preferences (templates/preferences.html)

preferences-title = Προτιμήσεις
preferences-first-heading = Καλώς ορίσατε στο CPMS: οι προτιμήσεις σας
preferences-first-intro = Αυτή είναι η πρώτη σας σύνδεση. Δηλώστε τον επαγγελματικό σας ρόλο (εμφανίζεται δίπλα στο όνομά σας στα πάνελ) και τον θεματικό τομέα του eUROGEN για τον οποίο ζητήσατε πρόσβαση.
preferences-role-label = Επαγγελματικός ρόλος
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Εμφανίζεται δίπλα στο όνομά σας στα πάνελ, για παράδειγμα «Παιδοουρολόγος» (έως { $max ->
    [one] { $max } χαρακτήρα
   *[other] { $max } χαρακτήρες
}).
preferences-area-legend = Θεματικός τομέας
preferences-submit = Ενημέρωση προτιμήσεων
preferences-expired = Η φόρμα έχει λήξει. Υποβάλετέ την ξανά.
preferences-role-missing = Πληκτρολογήστε τον επαγγελματικό σας ρόλο.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = Ο επαγγελματικός ρόλος μπορεί να έχει έως { $max ->
    [one] { $max } χαρακτήρα
   *[other] { $max } χαρακτήρες
}.
preferences-role-control = Ο επαγγελματικός ρόλος δεν μπορεί να περιέχει χαρακτήρες ελέγχου.
preferences-area-unknown = Επιλέξτε έναν από τους θεματικούς τομείς της λίστας.

## Panels (templates/panels.html)

panels-title = Πάνελ
panels-no-members = Δεν υπάρχουν ακόμη μέλη.

## Without access: how to request it (templates/access_request.html)

access-title = Αίτηση πρόσβασης
access-heading = Δεν έχετε ακόμη πρόσβαση στο CPMS
access-no-access = Ο λογαριασμός σας { $provider } δεν έχει εγκεκριμένη πρόσβαση στο CPMS. Υποβάλετε αίτηση στο σύστημα εξουσιοδότησης ως εξής.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Άνοιγμα του συστήματος εξουσιοδότησης
# «Αίτηση πρόσβασης»: the provider's button (access-request-button).
access-step-start = Στο σύστημα εξουσιοδότησης (όπου δεν απαιτείται έλεγχος ταυτότητας δύο παραγόντων), πατήστε «Αίτηση πρόσβασης».
access-step-1 = Βήμα 1: επιλέξτε την εφαρμογή «CPMS» και, στη συνέχεια, προχωρήστε στο Βήμα 2.
# «Άνοιγμα»: the provider's button (access-open).
access-step-2 = Βήμα 2: πατήστε «Άνοιγμα» δίπλα στο ERN σας (για παράδειγμα eUROGEN), έπειτα «Άνοιγμα» δίπλα στη χώρα του κέντρου σας και επιλέξτε το κέντρο σας. Μην επιλέξετε μόνο το στρογγυλό κουμπί δίπλα στο ERN: έτσι επιλέγεται το δίκτυο χωρίς το κέντρο σας και η αίτηση θα απορριφθεί.
access-step-3 = Βήμα 3: επιλέξτε το προφίλ πρόσβασης «HP» (επαγγελματίας υγείας).
# «Υποβολή αίτησης πρόσβασης»: the provider's button (access-submit).
access-step-4 = Βήμα 4: ελέγξτε τη σύνοψη (εφαρμογή CPMS, το κέντρο σας, προφίλ HP), προσθέστε σχόλιο αν χρειάζεται και πατήστε «Υποβολή αίτησης πρόσβασης».
access-after-approval = Μόλις το γραφείο υποστήριξης του CPMS εγκρίνει την αίτησή σας, θα λάβετε e-mail· στη συνέχεια, συνδεθείτε ξανά.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Απαιτείται έλεγχος ταυτότητας δύο παραγόντων
acr-required = Το CPMS απαιτεί έλεγχο ταυτότητας δύο παραγόντων (μεσαίο επίπεδο).
acr-password-only = Συνδεθήκατε μόνο με τον κωδικό πρόσβασής σας.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Συνδεθήκατε μόνο με τον κωδικό πρόσβασής σας (επίπεδο { $level }).
acr-how = Συνδεθείτε ξανά με τον κωδικό πρόσβασής σας και έναν δεύτερο παράγοντα: κωδικό μέσω SMS στο κινητό σας τηλέφωνο, την εφαρμογή ECAS Mobile App (κωδικός PIN ή κωδικός QR) ή κλειδί ασφαλείας. Αν δεν διαθέτετε ακόμη κανέναν, ρυθμίστε πρώτα έναν στο { $provider }.

## Signing out (templates/logout.html)

logout-title = Αποσύνδεση
logout-question = Να γίνει αποσύνδεση από το CPMS και από το { $provider };
logout-submit = Αποσύνδεση
logout-stay = Παραμονή σε σύνδεση
signout-refused-title = Η αποσύνδεση απορρίφθηκε
signout-refused = Η φόρμα έχει λήξει. Δοκιμάστε ξανά.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Η σύνδεση έληξε
signin-expired-elsewhere = Αυτή η σύνδεση έληξε ή ξεκίνησε σε άλλο πρόγραμμα περιήγησης. Συνδεθείτε ξανά.
signin-expired-used = Αυτή η σύνδεση έληξε ή έχει ήδη ολοκληρωθεί. Συνδεθείτε ξανά.
signin-refused-title = Η σύνδεση απορρίφθηκε
signin-refused-state = Η απάντηση του { $provider } δεν αντιστοιχεί σε αυτή τη σύνδεση. Συνδεθείτε ξανά.
signin-refused-issuer = Η απάντηση προήλθε από μη αναμενόμενο πάροχο ταυτότητας. Συνδεθείτε ξανά.
signin-refused-no-code = Η απάντηση του { $provider } δεν περιέχει κωδικό εξουσιοδότησης. Συνδεθείτε ξανά.
signin-cancelled-title = Η σύνδεση ακυρώθηκε
signin-cancelled = Ακυρώσατε τη σύνδεση, επομένως δεν είστε συνδεδεμένοι στο CPMS. Συνδεθείτε ξανά όταν είστε έτοιμοι.
signin-incomplete-title = Η σύνδεση δεν ολοκληρώθηκε
signin-second-factor = Το CPMS απαιτεί έλεγχο ταυτότητας δύο παραγόντων (μεσαίο επίπεδο). Ρυθμίστε έναν δεύτερο παράγοντα (κινητό τηλέφωνο, ECAS Mobile App ή κλειδί ασφαλείας) στο { $provider } και, στη συνέχεια, συνδεθείτε ξανά.
signin-incomplete = Το { $provider } δεν μπόρεσε να ολοκληρώσει τη σύνδεση. Συνδεθείτε ξανά.
signin-unverified-title = Δεν ήταν δυνατή η επαλήθευση της σύνδεσης
signin-unverified = Το CPMS δεν μπόρεσε να επαληθεύσει την απάντηση του { $provider }. Συνδεθείτε ξανά.

## Error pages (http/errors.rs)

error-not-found-title = Η σελίδα δεν βρέθηκε
error-not-found = Δεν υπάρχει σελίδα σε αυτή τη διεύθυνση. Αν την πληκτρολογήσατε, ελέγξτε την· διαφορετικά, ξεκινήστε ξανά από την αρχική σελίδα του CPMS.
error-method-title = Αυτή η διεύθυνση δεν δέχεται αυτό το είδος αιτήματος
error-method = Η σελίδα υπάρχει, αλλά όχι για το αίτημα που έστειλε το πρόγραμμα περιήγησής σας. Μεταβείτε στην αρχική σελίδα του CPMS και συνεχίστε από εκεί.
error-server-title = Κάτι πήγε στραβά
error-server = Δοκιμάστε ξανά αργότερα.
