# Les textes du fournisseur en français (compte) ; voir main.ftl.
# { $brand } est le nom du service tel qu’il est configuré (par exemple « EU Login ») ; il est
# disponible dans chaque message. Là où figure { $wait } ou { $when }, il s’agit déjà d’une
# expression complète dans la langue du lecteur : « 1 heure et 5 minutes », « 6 décembre 2026 à 08:34 UTC ».

## Mots communs à plusieurs pages du compte

account-first-name = Prénom
account-last-name = Nom
account-email = Adresse électronique
account-language = Langue
account-cancel = Annuler
account-submit = Envoyer
account-save = Enregistrer
account-delete = Supprimer
account-sign-in = Se connecter
account-back = Mon compte
account-wait-title = Veuillez patienter avant de faire une nouvelle demande
account-link-invalid-title = Ce lien n’est plus valide
account-check-email-title = Veuillez consulter votre messagerie
# Dans la colonne « Niveau » de la page des sessions (où les autres valeurs sont « de base »,
# « moyen » ou « élevé », login-level-*) : le niveau de vérification de la session n’est
# plus valable, il a été prouvé il y a trop longtemps.
account-level-expired = expiré
# Dans la colonne « Origine » des pages des sessions et de l’activité, lorsque l’adresse
# d’origine d’une connexion ou d’un événement est inconnue.
account-ip-unknown = inconnue

## Page d’accueil (templates/home.html)

# $name est le nom de l’utilisateur tel qu’il l’a indiqué (« Ada LOVELACE »).
account-home-welcome = Bienvenue, { $name }
account-home-signed-in = Vous êtes connecté à { $brand } en tant que { $email }.
# $level est l’un des login-level-basic, -medium, -high.
account-home-signed-in-level = Vous êtes connecté à { $brand } en tant que { $email } (niveau de vérification : { $level }).
account-home-change-password-hint = (dans Mon compte, avec votre mot de passe actuel)
account-home-forgot-password = Mot de passe oublié ?
account-home-sign-out = Se déconnecter
account-home-intro = Un seul compte pour vous connecter à toutes les applications reliées à { $brand }.
account-home-register = Créer un compte

## Mon compte (templates/account.html)

account-title = Mon compte
account-details-heading = Les données de mon compte
# Après l’adresse électronique du compte : l’adresse est gérée en dehors de ce service.
account-email-external = { $email } (externe)
account-level = Niveau de vérification de cette session
account-needs-second-factor = Certaines applications, comme CPMS, exigent une seconde méthode de vérification : ajoutez un numéro de téléphone mobile, un appareil mobile, une clé de sécurité ou une application d’authentification.
account-menu-change-password = Modifier le mot de passe
account-menu-details = Modifier mes données personnelles
account-menu-delete = Supprimer mon compte
account-menu-devices = Gérer mes appareils mobiles
account-menu-phones = Gérer mes numéros de téléphone mobile
account-menu-security-keys = Gérer mes clés de sécurité
# Après « Gérer mes clés de sécurité » lorsque le compte en a au moins une.
account-menu-security-keys-added = (clé ajoutée)
account-menu-authenticator-apps = Gérer mes applications d’authentification
account-menu-sessions = Afficher mes sessions
account-menu-sessions-hint = Vous pouvez consulter les sessions ouvertes pour les applications visitées.
account-menu-delete-devices = Supprimer tous mes appareils
account-menu-delete-devices-hint = Pour un nouveau téléphone : supprime tous les appareils mobiles, clés de sécurité et applications d’authentification.
account-menu-activity = Activité
account-menu-activity-hint = Événements récents liés à la sécurité de votre compte.
account-notice-password = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.
account-notice-details = Vos données personnelles ont été enregistrées.
account-notice-devices = Tous vos appareils ont été supprimés. Vous pouvez maintenant ajouter votre nouvel appareil.
account-notice-session = La session a été fermée.
account-notice-sent-again = Le courriel est de nouveau en cours d’envoi.
## Courriels abandonnés par la file d’envoi (templates/account.html)
account-undelivered-title = Certains courriels ne vous sont pas parvenus
# $email : l’adresse du compte.
account-undelivered = Le serveur de messagerie de { $email } a refusé ces courriels, ou ils n’ont pas pu être remis à temps. Si votre boîte aux lettres était pleine ou si l’adresse a changé, corrigez d’abord ce problème, puis renvoyez-les.
# $subject : l’objet du courriel ; $when : le moment où il a été abandonné.
account-undelivered-item = « { $subject } », { $when }
account-undelivered-send-again = Renvoyer
account-undelivered-gone = Ce courriel ne peut pas être renvoyé : il a déjà été envoyé, ou il ne vous appartient pas.

## Modifier mes données personnelles (templates/account_details.html, account/profile.rs)

account-details-title = Modifier mes données personnelles
account-first-name-missing = Veuillez saisir votre prénom.
account-last-name-missing = Veuillez saisir votre nom.
account-first-name-too-long = Le prénom ne doit pas dépasser 100 caractères ordinaires.
account-last-name-too-long = Le nom ne doit pas dépasser 100 caractères ordinaires.
account-language-invalid = Veuillez choisir une langue dans la liste.

## Modifier le mot de passe (templates/account_password.html)

account-password-title = Modifier le mot de passe
account-password-wait = Pour des raisons de sécurité, vous devez attendre avant de pouvoir modifier à nouveau votre mot de passe (temps restant : { $wait }). En cas d’urgence, veuillez contacter le service d’assistance.
account-password-rules = Votre nouveau mot de passe doit respecter les règles suivantes :
account-password-current = Mot de passe actuel
account-password-new = Nouveau mot de passe
account-password-confirm = Confirmer le nouveau mot de passe
account-password-too-long = Le mot de passe est trop long.
account-password-wrong-current = Votre mot de passe actuel est incorrect.
account-password-too-soon = Pour des raisons de sécurité, vous devez attendre avant de modifier à nouveau votre mot de passe (temps restant : { $wait }). En cas d’urgence, veuillez contacter le service d’assistance.
account-password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.

## Supprimer mon compte (templates/account_delete.html)

account-delete-title = Supprimer mon compte
account-delete-warning = Votre compte { $brand }, ses numéros de téléphone, ses appareils et ses clés de sécurité seront supprimés, et toutes les applications auxquelles vous êtes connecté en seront informées. Cette opération est irréversible.
account-delete-confirm = Je souhaite supprimer mon compte { $brand }
account-delete-unconfirmed = Veuillez cocher la case pour confirmer que votre compte doit être supprimé.
account-deleted-title = Votre compte a été supprimé
account-deleted = Votre compte { $brand } et tout ce qui y était rattaché ont été supprimés.

## Supprimer tous mes appareils (templates/account_delete_devices.html)

account-delete-devices-title = Supprimer tous mes appareils
account-delete-devices-pending = Toutes les méthodes de vérification de votre compte seront supprimées le { $when }, comme vous l’avez demandé par courriel.
account-delete-devices-none = Votre compte ne comporte aucun appareil mobile, aucune clé de sécurité ni aucune application d’authentification. Ajoutez-en un dans Mon compte.
account-delete-devices-now = Utilisez cette option si vous avez un nouveau téléphone : tous les appareils mobiles, clés de sécurité et applications d’authentification de votre compte sont supprimés. Ajoutez ensuite votre nouvel appareil dans « Gérer mes appareils mobiles ». Vos numéros de téléphone mobile sont conservés.
account-delete-devices-why = Pour protéger votre compte, votre mot de passe seul ne permet pas de supprimer vos méthodes de vérification : sinon, toute personne qui le connaîtrait pourrait ajouter les siennes.
account-delete-devices-can-use = Je peux encore utiliser l’un d’eux
account-delete-devices-can-use-text = Connectez-vous à nouveau avec votre ancien téléphone, votre clé de sécurité ou votre application d’authentification, puis supprimez-les tous en une seule fois.
account-delete-devices-reauth = Se connecter avec une méthode de vérification
account-delete-devices-cannot-use = Je ne peux utiliser aucun d’entre eux
# $wait est le délai d’attente d’une récupération (« 24 heures »).
account-delete-devices-recovery = Nous envoyons un lien à votre adresse électronique. Une fois que vous avez confirmé au moyen de ce lien, toutes les méthodes de vérification de votre compte (appareils mobiles, clés de sécurité, applications d’authentification et numéros de téléphone mobile) sont supprimées { $wait } plus tard. Vous en êtes immédiatement informé par courriel et pouvez annuler d’ici là.
account-delete-devices-send-link = M’envoyer le lien

## Supprimer toutes les méthodes de vérification par courriel (templates/account_recovery.html)

account-recovery-title = Supprimer toutes les méthodes de vérification
# $minutes : la durée pendant laquelle le lien peut être utilisé.
account-recovery-sent = Un lien a été envoyé à { $email }. Il est valable { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
account-recovery-sent-next = Suivez-le pour confirmer. Vos méthodes de vérification seront supprimées { $wait } après votre confirmation ; vous pourrez annuler d’ici là.
account-recovery-confirm-text = Tous les appareils mobiles, clés de sécurité, applications d’authentification et numéros de téléphone mobile du compte { $brand } { $email } seront supprimés { $wait } après votre confirmation. Vous en serez informé par courriel, avec un lien pour annuler.
account-recovery-confirm = Confirmer
account-recovery-started-title = Suppression confirmée
account-recovery-started = Toutes les méthodes de vérification de votre compte seront supprimées le { $when }.
account-recovery-started-next = Un courriel contenant un lien d’annulation vous a été envoyé. Passé ce délai, connectez-vous avec votre mot de passe et ajoutez votre nouvel appareil dans Mon compte.
account-recovery-cancel-title = Annuler la suppression de vos méthodes de vérification
account-recovery-due = La suppression de toutes les méthodes de vérification de votre compte est prévue le { $when }.
account-recovery-cancel = Annuler la suppression
account-recovery-cancel-hint = Si vous n’êtes pas à l’origine de cette demande, changez aussi votre mot de passe : quelqu’un le connaît.
account-recovery-cancelled-title = Suppression annulée
account-recovery-cancelled = Rien n’a été supprimé. Vos méthodes de vérification restent inchangées.
account-recovery-nothing-title = Rien à annuler
account-recovery-nothing = Aucune suppression de vos méthodes de vérification n’était en attente.
account-recovery-invalid = Le lien que vous avez suivi a expiré, a déjà été utilisé ou a été remplacé par un lien plus récent.
account-recovery-start-again = Recommencer depuis « Supprimer tous mes appareils »
account-recovery-paced = Un courriel contenant un lien a été envoyé il y a peu. Vous pourrez en demander un nouveau dans { $wait }.

## Mes sessions (templates/account_sessions.html)

account-sessions-page-title = Afficher mes sessions
account-sessions-title = Mes sessions
account-sessions-started = Début
account-sessions-last-seen = Dernière activité
account-sessions-level = Niveau
account-sessions-from = Origine
# En-tête de la colonne des boutons, lu uniquement par les lecteurs d’écran.
account-sessions-action = Action
account-sessions-current = Cette session
account-sessions-end = Fermer cette session
account-sessions-not-yours = Cette session ne vous appartient pas, ou elle est déjà terminée.

## Activité (templates/account_activity.html, account/activity.rs)

account-activity-title = Activité
account-activity-intro = Les événements les plus récents liés à la sécurité de votre compte.
account-activity-when = Date
account-activity-what = Événement
account-activity-from = Origine
account-activity-details = Détails
account-event-signin-success = Connexion
account-event-signin-failure = Échec de la connexion
account-event-signed-out = Déconnexion
account-event-account-registered = Compte créé
account-event-account-locked = Connexion par mot de passe bloquée après trop de tentatives infructueuses
account-event-password-set = Mot de passe créé ou modifié
account-event-factor-added = Méthode de vérification ajoutée
account-event-factor-removed = Méthode de vérification supprimée
account-event-sms-sent = SMS envoyé
account-event-device-locked = Appareil mobile verrouillé (codes PIN erronés)
account-event-push-denied = Demande de connexion refusée sur un appareil mobile
account-event-push-wrong-number = Mauvais nombre choisi sur un appareil mobile
account-event-token-revoked = Accès révoqué par une application
account-event-code-replayed = Un code de connexion a été utilisé deux fois : l’accès qu’il avait donné a été révoqué
account-event-refresh-reused = Un ancien jeton d’accès a été réutilisé : l’accès auquel il appartenait a été révoqué
account-event-recovery-link-sent = Suppression de toutes les méthodes de vérification demandée (lien envoyé par courriel)
account-event-recovery-started = Suppression de toutes les méthodes de vérification confirmée (délai d’attente)
account-event-recovery-cancelled = Suppression de toutes les méthodes de vérification annulée
account-event-access-requested = Accès demandé
account-event-access-approved = Demande d’accès approuvée
account-event-access-denied = Demande d’accès refusée
account-event-access-revoked = Accès révoqué
account-event-message-undelivered = Courriel ou SMS non remis
# Une valeur enregistrée avec un événement, affichée telle quelle : le nom d’une application,
# un motif rédigé par le service d’assistance, ou le nom interne d’un événement sans libellé.
account-activity-data = { $value }
# Les détails d’un événement sont de courtes expressions séparées par des virgules, par exemple :
# « avec Téléphone mobile + SMS, niveau moyen, pour CPMS » ou « clé de sécurité « YubiKey », niveau élevé ».
account-activity-factor-phone = numéro de téléphone mobile
account-activity-factor-mobile-device = appareil mobile
account-activity-factor-security-key = clé de sécurité
account-activity-factor-authenticator-app = application d’authentification
account-activity-factor-count = { $count ->
    [one] { $count } méthode de vérification
   *[other] { $count } méthodes de vérification
}
# $factor est l’une des expressions account-activity-factor-* ; $name le nom que lui a donné son titulaire.
account-activity-factor-named = { $factor } « { $name } »
# $factor est « numéro de téléphone mobile » ; $phone le numéro, partiellement masqué (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = « { $name } »
# $method est la méthode de vérification utilisée (l’un des login-method-*).
account-activity-method = avec { $method }
# $level est l’un des login-level-basic, -medium, -high.
account-activity-level = niveau { $level }
# $client est le nom de l’application à laquelle l’utilisateur s’est connecté.
account-activity-client = pour { $client }
account-activity-via-my-account = dans Mon compte
account-activity-via-set-password = au moyen du lien du courriel d’inscription
account-activity-via-reset = au moyen d’un lien « Mot de passe oublié ? »
account-activity-via-recovery = après une récupération de compte
account-activity-purpose-sms-enrol = pour confirmer un nouveau numéro
account-activity-purpose-sms-login = pour se connecter
# $phone est un numéro de téléphone mobile, partiellement masqué (+32******456).
account-activity-to = au { $phone }
account-activity-pin-failures = après { $count ->
    [one] { $count } code PIN erroné
   *[other] { $count } codes PIN erronés
}
account-activity-until = jusqu’au { $when }
account-activity-on = le { $when }
# $profile est le code d’un profil d’accès d’une application (CPMS_USER).
account-activity-profile = profil d’accès { $profile }
# $name est le nom du membre du service d’assistance qui a pris la décision.
account-activity-by = par { $name }
account-activity-by-helpdesk = par le service d’assistance
# $reason est l’une des expressions account-activity-reason-*, ou un motif rédigé par le service d’assistance.
account-activity-reason = motif : { $reason }
account-activity-reason-wrong-password = mot de passe erroné
account-activity-reason-no-password = aucun mot de passe défini
account-activity-reason-unknown-account = compte inconnu
account-activity-reason-locked = bloqué
account-activity-reason-wrong-code = code erroné
account-activity-reason-code-reused = code réutilisé
account-activity-reason-too-many-codes = trop de codes
account-activity-reason-too-many-codes-hour = trop de codes au cours de la dernière heure
account-activity-reason-device-locked = appareil verrouillé
account-activity-reason-expired = demande expirée
account-activity-reason-not-verified = réponse non vérifiée
account-activity-reason-already-registered = déjà enregistré
account-activity-token-access = jeton d’accès
account-activity-token-refresh = jeton d’actualisation
account-activity-grant-revoked = autorisation révoquée
account-activity-family-revoked = famille de jetons révoquée

## Créer un compte (templates/register.html, account/registration.rs)

account-register-title = Créer un compte
account-register-intro = L’utilisation de votre adresse électronique professionnelle (celle de votre établissement) est recommandée. Vous recevrez un courriel contenant un lien pour créer votre mot de passe.
account-register-email-confirm = Confirmer l’adresse électronique
# La langue du compte : celle de ses courriels, et de ses pages si aucune autre n’est choisie.
account-register-language = Langue des courriels
account-register-submit = Créer un compte
account-register-sign-in = Vous avez déjà un compte ? Connectez-vous
account-register-thanks = Merci de votre inscription.
# $minutes : la durée pendant laquelle le lien peut être utilisé.
account-register-sent = Un courriel contenant un lien pour créer votre mot de passe est en cours d’envoi à { $email }. Le lien est valable { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. Son arrivée peut prendre quelques minutes ; vérifiez aussi votre dossier de courrier indésirable.
account-register-first-name-invalid = Votre prénom est trop long ou contient des caractères non autorisés.
account-register-last-name-invalid = Votre nom est trop long ou contient des caractères non autorisés.
account-register-email-invalid = Veuillez saisir une adresse électronique valide, par exemple nom@hopital.eu.
account-register-email-mismatch = Les deux adresses électroniques ne sont pas identiques.
account-register-throttled = Un courriel a été envoyé à cette adresse il y a peu, ou trop de demandes ont été faites depuis votre réseau. Vous pourrez réessayer dans { $wait }.

## Créer votre mot de passe (templates/set_password.html, account/links.rs)

account-set-password-title = Créer votre mot de passe
# $email est l’adresse du compte dont le mot de passe est en cours de création.
account-set-password-account = Compte : { $email }
account-set-password-rules = Votre mot de passe doit respecter les règles suivantes :
account-set-password-new = Nouveau mot de passe
account-set-password-confirm = Confirmer le nouveau mot de passe
account-set-password-mismatch = Les deux mots de passe ne sont pas identiques.
account-set-password-done-title = Votre mot de passe a été créé
account-set-password-done = Votre mot de passe a été enregistré. Vous pouvez maintenant vous connecter avec votre adresse électronique et ce mot de passe.
account-password-recent-title = Vous avez modifié votre mot de passe récemment
account-password-recent = Pour des raisons de sécurité, vous devez attendre avant de modifier à nouveau votre mot de passe. Vous pourrez le modifier dans { $wait }.
account-password-urgent = En cas d’urgence, veuillez contacter le service d’assistance.

## Mot de passe oublié ? (templates/forgot_password.html)

account-forgot-title = Mot de passe oublié ?
# $minutes : la durée pendant laquelle un lien peut être utilisé.
account-forgot-expired = Le lien que vous avez suivi a expiré ou a déjà été utilisé. Les liens sont valables { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} et ne peuvent être utilisés qu’une seule fois.
account-forgot-again = Saisissez à nouveau votre adresse électronique pour recevoir un nouveau lien.
account-forgot-intro = Saisissez l’adresse électronique de votre compte { $brand }. Nous vous enverrons un lien, valable { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}, pour choisir un nouveau mot de passe.
account-forgot-submit = M’envoyer un lien
# $email est l’adresse saisie ; $wait le délai avant de pouvoir demander un autre lien.
account-forgot-sent = Si un compte { $brand } existe pour { $email }, un courriel contenant un lien pour choisir un mot de passe est en cours d’envoi. Le lien est valable { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. Si vous ne le recevez pas, vous pourrez en demander un nouveau dans { $wait }.
