# The provider's texts in Greek (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Σύστημα εξουσιοδότησης
access-application = Εφαρμογή
access-organisation = Οργανισμός
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Προφίλ πρόσβασης
access-comments = Σχόλια
access-reason = Αιτιολογία
# Table heading: when the request was sent.
access-submitted = Υποβολή
access-status = Κατάσταση

## Statuses of an access request

access-status-pending = Σε εκκρεμότητα
access-status-approved = Εγκρίθηκε
access-status-denied = Απορρίφθηκε
access-status-revoked = Ανακλήθηκε
access-status-unknown = Άγνωστη

## My access requests (templates/access_home.html)

access-request-button = Αίτηση πρόσβασης
access-helpdesk-queue = Αιτήσεις προς το γραφείο υποστήριξης
access-my-requests = Οι αιτήσεις πρόσβασής μου
# The quoted words are the name of the button access-request-button.
access-none-yet = Δεν έχετε ακόμη αιτήσεις πρόσβασης. Πατήστε «{ access-request-button }» για να ζητήσετε πρόσβαση σε μια εφαρμογή.
access-request-submitted = Η αίτησή σας υποβλήθηκε. Το γραφείο υποστήριξης της εφαρμογής θα την εξετάσει· θα λάβετε e-mail με την απόφασή του.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Αίτηση πρόσβασης – Βήμα { $step }
access-request-heading = Νέα αίτηση πρόσβασης σε εφαρμογή
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Βήμα { $n }: { $label }
access-step-application = Επιλογή εφαρμογής
access-step-organisation = Επιλογή οργανισμού
access-step-profile = Επιλογή προφίλ πρόσβασης
access-step-recap = Σύνοψη και υποβολή
# Button that goes to step $n (1 to 4).
access-step-button = Βήμα { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Άνοιγμα
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Πατήστε «{ access-open }» δίπλα στο ERN σας, έπειτα «{ access-open }» δίπλα στη χώρα του κέντρου σας και επιλέξτε το στρογγυλό κουμπί δίπλα στο κέντρο σας. Δεν αρκεί να επιλέξετε μόνο ένα ERN ή μια χώρα: μια αίτηση χωρίς κέντρο θα απορριφθεί.
# Caption of the table that sums the request up before it is sent.
access-summary = Σύνοψη
# Row heading in the summary of step 4.
access-summary-profile = Προφίλ πρόσβασης
access-submit = Υποβολή αίτησης πρόσβασης

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Γραφείο υποστήριξης
access-helpdesk-heading = Γραφείο υποστήριξης: αιτήσεις πρόσβασης
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Εφαρμογές: { $applications }
access-pending-heading = Εκκρεμείς αιτήσεις
access-requester = Αιτών
access-decision = Απόφαση
access-deny-reason-label = Αιτιολογία (υποχρεωτική για απόρριψη)
access-approve = Έγκριση
access-deny = Απόρριψη
access-no-pending = Δεν υπάρχουν εκκρεμείς αιτήσεις.
access-granted-heading = Παραχωρημένες προσβάσεις
access-user = Χρήστης
# Table heading: when the access was approved.
access-approved-on = Έγκριση
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Ενέργεια
access-revoke = Ανάκληση
access-none-granted = Δεν έχει παραχωρηθεί ακόμη πρόσβαση.
access-done-approved = Η αίτηση εγκρίθηκε· ο αιτών ενημερώθηκε μέσω e-mail.
access-done-denied = Η αίτηση απορρίφθηκε· ο αιτών ενημερώθηκε μέσω e-mail.
access-done-revoked = Η πρόσβαση ανακλήθηκε· ο αιτών ενημερώθηκε μέσω e-mail.

## Refusals: error pages and messages beside the form

access-forbidden-title = Άρνηση πρόσβασης
access-conflict-title = Δεν είναι δυνατό
access-unknown-step = Άγνωστο βήμα της φόρμας αίτησης.
access-choose-decision = Επιλέξτε «{ access-approve }» ή «{ access-deny }».
access-select-application = Επιλέξτε μια εφαρμογή στο πεδίο «{ access-application }».
access-unknown-application = Άγνωστη εφαρμογή.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Άγνωστη εφαρμογή «{ $application }».
access-select-profile = Επιλέξτε το προφίλ πρόσβασής σας.
access-unknown-profile = Αυτό το προφίλ πρόσβασης δεν υπάρχει για την εφαρμογή που επιλέξατε.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Έχετε ήδη εκκρεμή αίτηση για την εφαρμογή { $application } με προφίλ { $profile } στο κέντρο { $centre }.
access-already-approved = Έχετε ήδη εγκεκριμένη αίτηση για την εφαρμογή { $application } με προφίλ { $profile } στο κέντρο { $centre }.
access-select-centre = Επιλέξτε το κέντρο σας: πατήστε «{ access-open }» δίπλα στο ERN σας, έπειτα δίπλα στη χώρα του κέντρου σας και επιλέξτε το στρογγυλό κουμπί δίπλα στο κέντρο σας.
access-unknown-organisation = Ο οργανισμός που επιλέξατε δεν υπάρχει. Επιλέξτε το κέντρο σας από τη λίστα.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Επιλέξατε μόνο το { $ern }. Πατήστε «{ access-open }» δίπλα στο { $ern }, έπειτα δίπλα στη χώρα του κέντρου σας και επιλέξτε το κέντρο σας: μια αίτηση χωρίς κέντρο θα απορριφθεί.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Επιλέξατε μόνο τη χώρα { $country } στο { $ern }. Πατήστε «{ access-open }» δίπλα στη χώρα { $country } και επιλέξτε το κέντρο σας: μια αίτηση χωρίς κέντρο θα απορριφθεί.
# $max: the most characters allowed (2000).
access-comment-too-long = Το σχόλιο είναι πολύ μεγάλο: επιτρέπονται έως { $max } χαρακτήρες.
access-reason-too-long = Η αιτιολογία είναι πολύ μεγάλη: επιτρέπονται έως { $max } χαρακτήρες.
access-comment-not-allowed = Το σχόλιο περιέχει μη επιτρεπόμενους χαρακτήρες.
access-reason-not-allowed = Η αιτιολογία περιέχει μη επιτρεπόμενους χαρακτήρες.
access-helpdesk-only = Αυτή η σελίδα προορίζεται για το γραφείο υποστήριξης μιας εφαρμογής.
access-not-helpdesk-of = Δεν ανήκετε στο γραφείο υποστήριξης αυτής της εφαρμογής.
access-not-own-request = Δεν μπορείτε να αποφασίσετε για τη δική σας αίτηση πρόσβασης: πρέπει να το κάνει άλλο μέλος του γραφείου υποστήριξης.
access-unknown-request = Άγνωστη αίτηση πρόσβασης.
access-reason-required = Αναφέρετε την αιτιολογία της απόρριψης: ο αιτών τη λαμβάνει μέσω e-mail.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Έχει ήδη ληφθεί απόφαση για αυτή την αίτηση (κατάσταση: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Μόνο μια εγκεκριμένη πρόσβαση μπορεί να ανακληθεί· αυτή η αίτηση εκκρεμεί ακόμη.
    [denied] Μόνο μια εγκεκριμένη πρόσβαση μπορεί να ανακληθεί· αυτή η αίτηση απορρίφθηκε.
    [revoked] Μόνο μια εγκεκριμένη πρόσβαση μπορεί να ανακληθεί· αυτή η πρόσβαση έχει ήδη ανακληθεί.
   *[other] Μόνο μια εγκεκριμένη πρόσβαση μπορεί να ανακληθεί.
}
