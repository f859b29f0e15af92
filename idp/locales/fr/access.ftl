# Les textes du fournisseur en français (accès) ; voir main.ftl.
#
# Le système d’autorisation : les utilisateurs demandent l’accès à une application (par exemple
# CPMS) avec un profil d’accès (par exemple HP) pour leur centre, un hôpital d’un réseau
# européen de référence (ERN) ; le service d’assistance de l’application approuve ou refuse la
# demande. Les noms des applications, profils, ERN, pays et centres proviennent de la base de
# données et ne figurent jamais dans ce fichier.

## Mots utilisés sur plusieurs pages d’accès (en-têtes de tableau, libellés de champ)

# Le nom de l’ensemble du service de demande d’accès (titre de page, titre, lien de retour).
access-title = Système d’autorisation
access-application = Application
access-organisation = Organisation
# Un profil d’accès est le rôle que l’utilisateur demande dans l’application (par exemple « HP »).
access-profile = Profil d’accès
access-comments = Commentaires
access-reason = Motif
# En-tête de tableau : la date d’envoi de la demande.
access-submitted = Envoyée le
access-status = Statut

## Statuts d’une demande d’accès

access-status-pending = En attente
access-status-approved = Approuvée
access-status-denied = Refusée
access-status-revoked = Révoquée
access-status-unknown = Inconnue

## Mes demandes d’accès (templates/access_home.html)

access-request-button = Demander l’accès
access-helpdesk-queue = File d’attente du service d’assistance
access-my-requests = Mes demandes d’accès
# Les mots entre guillemets sont le nom du bouton access-request-button.
access-none-yet = Vous n’avez encore aucune demande d’accès. Cliquez sur « { access-request-button } » pour demander l’accès à une application.
access-request-submitted = Votre demande a été envoyée. Le service d’assistance de l’application va l’examiner ; vous recevrez un courriel vous informant de sa décision.

## Nouvelle demande, en quatre étapes (templates/access_request.html)

# Titre de l’onglet du navigateur ; $step est le numéro de l’étape, de 1 à 4.
access-request-title = Demande d’accès - Étape { $step }
access-request-heading = Nouvelle demande d’accès à une application
# Une étape dans la liste des étapes et comme titre d’une étape : $n est son numéro (1 à 4),
# $label le nom de l’étape (access-step-application ... access-step-recap).
access-step-numbered = Étape { $n } : { $label }
access-step-application = Sélectionner l’application
access-step-organisation = Sélectionner l’organisation
access-step-profile = Sélectionner le profil d’accès
access-step-recap = Récapitulatif et envoi
# Bouton qui mène à l’étape $n (1 à 4). Écrit sans espace en anglais (« Step2 ») comme dans le
# guide de l’utilisateur ; en français, avec une espace.
access-step-button = Étape { $n }
# Bouton sur un ERN ou un pays dans l’arborescence des organisations : affiche son contenu.
access-open = Ouvrir
# Aide au-dessus de l’arborescence des organisations (ERN, puis pays, puis centre). Le mot entre
# guillemets est le nom du bouton access-open.
access-organisation-hint = Cliquez sur « { access-open } » à côté de votre ERN, puis sur « { access-open } » à côté du pays de votre centre, et cochez le bouton rond à côté de votre centre. Il ne suffit pas de sélectionner un ERN ou un pays : une demande sans centre serait refusée.
# Légende du tableau qui récapitule la demande avant son envoi.
access-summary = Récapitulatif
# En-tête de ligne dans le récapitulatif de l’étape 4.
access-summary-profile = Profil d’accès
access-submit = Envoyer la demande d’accès

## Service d’assistance (templates/access_helpdesk.html)

# Titre de l’onglet du navigateur et titre de la page du service d’assistance.
access-helpdesk-title = Service d’assistance
access-helpdesk-heading = Service d’assistance : demandes d’accès
# $applications : les noms courts des applications dont cet utilisateur du service d’assistance
# est chargé, séparés par des virgules (« cpms, other »).
access-helpdesk-applications = Applications : { $applications }
access-pending-heading = Demandes en attente
access-requester = Demandeur
access-decision = Décision
access-deny-reason-label = Motif (obligatoire en cas de refus)
access-approve = Approuver
access-deny = Refuser
access-no-pending = Aucune demande en attente.
access-granted-heading = Accès accordés
access-user = Utilisateur
# En-tête de tableau : la date d’approbation de l’accès.
access-approved-on = Approuvé le
# En-tête masqué de la colonne des boutons « Révoquer », lu par les lecteurs d’écran.
access-action = Action
access-revoke = Révoquer
access-none-granted = Aucun accès accordé pour le moment.
access-done-approved = La demande a été approuvée ; le demandeur en a été informé par courriel.
access-done-denied = La demande a été refusée ; le demandeur en a été informé par courriel.
access-done-revoked = L’accès a été révoqué ; le demandeur en a été informé par courriel.

## Refus : pages d’erreur et messages à côté du formulaire

access-forbidden-title = Accès refusé
access-conflict-title = Opération impossible
access-unknown-step = Étape inconnue du formulaire de demande.
access-choose-decision = Veuillez choisir « { access-approve } » ou « { access-deny } ».
access-select-application = Veuillez sélectionner une application dans la liste « { access-application } ».
access-unknown-application = Application inconnue.
# $application : le nom court qui a été envoyé, par exemple « cpms ».
access-unknown-application-named = Application « { $application } » inconnue.
access-select-profile = Veuillez sélectionner votre profil d’accès.
access-unknown-profile = Ce profil d’accès n’existe pas pour l’application que vous avez sélectionnée.
# L’utilisateur demande à nouveau ce qu’il a déjà demandé : $application est le nom de
# l’application, $profile le code court du profil d’accès (HP), $centre le nom de l’hôpital.
access-already-pending = Vous avez déjà une demande en attente pour { $application } (profil { $profile }, centre : { $centre }).
access-already-approved = Vous avez déjà une demande approuvée pour { $application } (profil { $profile }, centre : { $centre }).
access-select-centre = Veuillez sélectionner votre centre : cliquez sur « { access-open } » à côté de votre ERN, puis à côté du pays de votre centre, et cochez le bouton rond à côté de votre centre.
access-unknown-organisation = L’organisation que vous avez sélectionnée n’existe pas. Veuillez sélectionner votre centre dans la liste.
# $ern : le nom court d’un ERN, par exemple « eUROGEN ».
access-only-ern = Vous avez sélectionné uniquement { $ern }. Veuillez cliquer sur « { access-open } » à côté de { $ern }, puis à côté du pays de votre centre, et sélectionner votre centre : une demande sans centre serait refusée.
# $country : le nom d’un pays, $ern le nom court d’un ERN (« Netherlands », « eUROGEN »).
access-only-country = Vous avez sélectionné uniquement { $country } dans { $ern }. Veuillez cliquer sur « { access-open } » à côté de { $country } et sélectionner votre centre : une demande sans centre serait refusée.
# $max : le nombre maximal de caractères autorisés (2000).
access-comment-too-long = Le commentaire est trop long : { $max } caractères au maximum.
access-reason-too-long = Le motif est trop long : { $max } caractères au maximum.
access-comment-not-allowed = Le commentaire contient des caractères non autorisés.
access-reason-not-allowed = Le motif contient des caractères non autorisés.
access-helpdesk-only = Cette page est réservée au service d’assistance d’une application.
access-not-helpdesk-of = Vous ne faites pas partie du service d’assistance de cette application.
access-not-own-request = Vous ne pouvez pas statuer sur votre propre demande d’accès : un autre membre du service d’assistance doit le faire.
access-unknown-request = Demande d’accès inconnue.
access-reason-required = Veuillez indiquer le motif du refus : le demandeur le recevra par courriel.
# $status : le statut de la demande tel qu’il apparaît dans le tableau (access-status-approved, ...).
access-already-decided = Une décision a déjà été prise sur cette demande (statut : { $status }).
# Le service d’assistance a tenté de révoquer une demande qui n’est pas approuvée ; $status est
# son statut (pending, denied ou revoked).
access-revoke-not-approved = { $status ->
    [pending] Seul un accès approuvé peut être révoqué ; cette demande est encore en attente.
    [denied] Seul un accès approuvé peut être révoqué ; cette demande a été refusée.
    [revoked] Seul un accès approuvé peut être révoqué ; cet accès est déjà révoqué.
   *[other] Seul un accès approuvé peut être révoqué.
}
