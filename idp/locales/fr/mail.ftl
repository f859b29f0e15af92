# Les textes du fournisseur en français (courriels) ; voir main.ftl.
#
# Les courriels et SMS envoyés par le fournisseur, dans la langue du compte concerné
# (mail/messages.rs), les messages de l’API de l’application mobile que celle-ci affiche à son
# utilisateur (http/app_api.rs), et la page de la boîte d’envoi de développement (templates/outbox.html).
#
# Dans les courriels : $brand est le nom du service (« EU Login »), $email l’adresse électronique
# du compte, $link une adresse web. Garder chaque { $link } seul sur sa ligne : les logiciels de
# messagerie en font un lien. Une ligne ne contenant que {""} est une ligne vide entre deux
# paragraphes : les garder à leur place.

## Tous les courriels

# La première ligne de chaque courriel, suivie d’une ligne vide. $first_name et $last_name sont
# le prénom et le nom du destinataire.
mail-greeting = Bonjour { $first_name } { $last_name },
# La dernière ligne de chaque courriel.
mail-signature = Message envoyé par { $brand }

## Inscription : le lien pour créer le mot de passe (account/registration.rs)

mail-registered-subject = Votre inscription à { $brand }
# $duration : la durée de validité du lien, en toutes lettres (« 1 heure », « 30 minutes »).
mail-registered-body =
    Votre inscription à { $brand } a été enregistrée.
    Votre adresse électronique est { $email }
    {""}
    Pour créer votre mot de passe, suivez le lien ci-dessous :
    {""}
    { $link }
    {""}
    Vous disposez d’un délai maximal de { $duration }, à compter de l’envoi de ce message, pour créer votre mot de passe, mais nous vous invitons à le faire immédiatement si possible. Passé ce délai, vous pourrez faire une nouvelle demande en suivant le même lien : vous devrez alors saisir à nouveau votre adresse électronique et confirmer votre demande.
    {""}
    Si le lien ci-dessus ne fonctionne pas, copiez l’adresse complète ci-dessus et collez-la dans la barre d’adresse de votre navigateur.
    {""}
    En cas de problème, ne répondez pas à ce message : consultez plutôt l’aide ou les coordonnées de contact du site sur lequel vous tentiez de vous inscrire.

## Mot de passe oublié : le lien pour en choisir un nouveau (account/registration.rs)

mail-reset-subject = Votre mot de passe { $brand }
# $duration : la durée de validité du lien, en toutes lettres (« 1 heure », « 30 minutes »).
mail-reset-body =
    Un nouveau mot de passe a été demandé pour votre compte { $brand } { $email }.
    Pour choisir un nouveau mot de passe, suivez le lien ci-dessous :
    {""}
    { $link }
    {""}
    Le lien est valable { $duration } et ne peut être utilisé qu’une seule fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe n’a pas été modifié.

## Une inscription avec une adresse qui a déjà un compte : son titulaire en est informé

mail-existing-subject = Tentative d’inscription avec votre adresse électronique
mail-existing-body =
    Quelqu’un a tenté de s’inscrire à { $brand } avec votre adresse électronique { $email }, qui est déjà associée à un compte.
    Si c’était vous et que vous ne vous souvenez plus de votre mot de passe, vous pouvez en choisir un nouveau ici :
    {""}
    { $link }
    {""}
    Si ce n’était pas vous, ignorez ce message : rien n’a été modifié.

## Trop de mots de passe erronés : la connexion par mot de passe est bloquée pendant un certain temps

mail-lockout-subject = { $brand } : trop de tentatives de connexion infructueuses
# $until : la date et l’heure de fin du blocage (« 6 décembre 2026 à 08:34 UTC »).
mail-lockout-body =
    Trop de tentatives de connexion par mot de passe à votre compte { $brand } { $email } ont échoué. Pour protéger votre compte, la connexion par mot de passe est bloquée jusqu’au { $until }.
    {""}
    Si c’était vous et que vous ne vous souvenez plus de votre mot de passe, choisissez-en un nouveau ici ; cela met également fin au blocage :
    {""}
    { $link }
    {""}
    Si ce n’était pas vous, quelqu’un tente peut-être de deviner votre mot de passe : choisissez un nouveau mot de passe long au moyen du même lien et vérifiez l’activité de votre compte dans { menu-my-account }.

## Une modification du compte : l’avis, et une phrase par type de modification

mail-changed-subject = { $brand } : votre compte a été modifié
# Sous la phrase qui indique ce qui a été modifié.
mail-changed-advice = Si vous n’êtes pas à l’origine de cette opération, connectez-vous à { $brand }, supprimez dans { menu-my-account } ce que vous ne reconnaissez pas, changez votre mot de passe et contactez le service d’assistance.
mail-change-password = Le mot de passe de votre compte { $brand } a été modifié.
# $number : un numéro de téléphone (« +32470123456 »).
mail-change-phone-added = Le numéro de téléphone mobile { $number } a été ajouté à votre compte { $brand }.
mail-change-phone-removed = Le numéro de téléphone mobile { $number } a été supprimé de votre compte { $brand }.
# $name : le nom donné par l’utilisateur à l’appareil, à la clé ou à l’application (« Mon téléphone »).
mail-change-device-added = L’appareil mobile « { $name } » a été ajouté à votre compte { $brand }.
mail-change-device-removed = L’appareil mobile « { $name } » a été supprimé de votre compte { $brand }.
mail-change-device-locked = Votre appareil mobile « { $name } » a été verrouillé après trop de codes PIN erronés. Pour l’utiliser, supprimez-le et ajoutez-le de nouveau dans { menu-my-account }.
mail-change-security-key-added = La clé de sécurité « { $name } » a été ajoutée à votre compte { $brand }.
mail-change-security-key-removed = La clé de sécurité « { $name } » a été supprimée de votre compte { $brand }.
mail-change-authenticator-app-added = L’application d’authentification « { $name } » a été ajoutée à votre compte { $brand }.
mail-change-authenticator-app-removed = L’application d’authentification « { $name } » a été supprimée de votre compte { $brand }.
# $count : le nombre d’éléments supprimés, tous types confondus.
mail-change-all-devices-deleted = { $count ->
    [one] Tous les appareils de votre compte { $brand } ont été supprimés ({ $count } appareil mobile, clé de sécurité ou application d’authentification).
   *[other] Tous les appareils de votre compte { $brand } ont été supprimés ({ $count } appareils mobiles, clés de sécurité et applications d’authentification).
}

## Le compte a été supprimé (envoyé après la suppression)

mail-deleted-subject = { $brand } : votre compte a été supprimé
mail-deleted-body = Votre compte { $brand } a été supprimé à votre demande.

## Récupération : suppression de toutes les méthodes de vérification lorsqu’aucune n’est plus utilisable

mail-recovery-link-subject = { $brand } : confirmez la suppression de vos méthodes de vérification
# $duration : la durée de validité du lien ; $wait : le délai entre la confirmation et la
# suppression ; tous deux en toutes lettres (« 30 minutes », « 72 heures »).
mail-recovery-link-body =
    Quelqu’un s’est connecté à votre compte { $brand } { $email } avec votre mot de passe et a demandé la suppression de toutes les méthodes de vérification du compte (appareils mobiles, clés de sécurité, applications d’authentification et numéros de téléphone mobile), car aucune d’entre elles n’est plus utilisable.
    {""}
    Si c’était vous, confirmez au moyen de ce lien (valable { $duration }) :
    {""}
    { $link }
    {""}
    Les méthodes seront supprimées { $wait } après votre confirmation ; d’ici là, vous pourrez annuler, et vous en serez informé par courriel.
    {""}
    Si ce n’était pas vous, ne suivez pas le lien et changez votre mot de passe : quelqu’un le connaît.
mail-recovery-started-subject = { $brand } : vos méthodes de vérification vont être supprimées
# $when : la date et l’heure de la suppression (« 6 décembre 2026 à 08:34 UTC »). La dernière
# phrase nomme une page de Mon compte : utiliser son titre en français.
mail-recovery-started-body =
    Toutes les méthodes de vérification de votre compte { $brand } { $email } (appareils mobiles, clés de sécurité, applications d’authentification et numéros de téléphone mobile) seront supprimées le { $when }, comme cela a été demandé et confirmé depuis cette adresse électronique.
    {""}
    Si vous n’êtes pas à l’origine de cette demande, annulez-la dès maintenant au moyen de ce lien, puis changez votre mot de passe :
    {""}
    { $link }
    {""}
    Vous pouvez également l’annuler dans { menu-my-account } > Supprimer tous mes appareils.
mail-recovery-cancelled-subject = { $brand } : la suppression de vos méthodes de vérification a été annulée
mail-recovery-cancelled-body = La suppression des méthodes de vérification de votre compte { $brand } a été annulée. Rien n’a été supprimé.
mail-recovery-done-subject = { $brand } : vos méthodes de vérification ont été supprimées
# $count : le nombre de méthodes supprimées.
mail-recovery-done-body = { $count ->
    [one] Comme demandé, toutes les méthodes de vérification de votre compte { $brand } ont été supprimées ({ $count } au total). Ajoutez votre nouvel appareil mobile, votre clé de sécurité ou votre numéro de téléphone dans { menu-my-account }.
   *[other] Comme demandé, toutes les méthodes de vérification de votre compte { $brand } ont été supprimées ({ $count } au total). Ajoutez votre nouvel appareil mobile, votre clé de sécurité ou votre numéro de téléphone dans { menu-my-account }.
}

## Une demande d’accès traitée ou révoquée par le service d’assistance de l’application (access/helpdesk.rs)

# $app : le nom de l’application (« CPMS »).
mail-access-approved-subject = Votre accès à { $app } a été approuvé
mail-access-denied-subject = Votre demande d’accès à { $app } a été refusée
mail-access-revoked-subject = Votre accès à { $app } a été révoqué
# $profile : le code du profil d’accès (« HP ») ; $centre : l’organisation pour laquelle l’accès
# est demandé (un hôpital ou un prestataire de soins, avec sa ville et son pays).
mail-access-approved = Votre demande d’accès à { $app } (profil d’accès { $profile }, organisation { $centre }) a été approuvée par le service d’assistance de { $app }.
mail-access-denied = Votre demande d’accès à { $app } (profil d’accès { $profile }, organisation { $centre }) a été refusée par le service d’assistance de { $app }.
mail-access-revoked = L’accès accordé à la suite de votre demande d’accès à { $app } (profil d’accès { $profile }, organisation { $centre }) a été révoqué par le service d’assistance de { $app }.
# $comment et $reason : les propres mots du service d’assistance.
mail-access-comment = Commentaire du service d’assistance : { $comment }
mail-access-reason = Motif : { $reason }
mail-access-sign-in = Vous pouvez maintenant vous connecter à { $app } avec votre compte { $brand }.
# Suivi d’une ligne contenant l’adresse de l’application.
mail-access-sign-in-at = Vous pouvez maintenant vous connecter à { $app } avec votre compte { $brand } :
mail-access-again = Vous pouvez envoyer une nouvelle demande à l’adresse { $link }
# $link : la page qui énumère les demandes d’accès de l’utilisateur.
mail-access-requests = Vos demandes : { $link }

## SMS

# Le SMS contenant un code de connexion ou de confirmation. Il doit tenir en deux segments SMS
# (un test le vérifie) : n’utiliser que des caractères de l’alphabet GSM (pas d’espace
# insécable, pas d’apostrophe typographique). $code ressemble à « ABCD-EFGH » : garder une
# espace ou un point de chaque côté. $minutes est un nombre.
sms-code = Code { $brand } : { $code }. Valable { $minutes } min. Ne le communiquez jamais.

## Messages de l’API de l’application mobile, affichés par l’application à son utilisateur (http/app_api.rs)

app-unknown-token = Ce code QR est inconnu. Scannez le code QR affiché lorsque vous ajoutez un appareil mobile dans { menu-my-account }.
app-token-not-valid = Ce code QR a déjà été utilisé, a expiré ou a été invalidé par des codes PIN erronés. Ajoutez de nouveau l’appareil dans { menu-my-account }.
# $remaining : le nombre d’essais encore autorisés (un nombre).
app-enrol-wrong-pin = { $remaining ->
    [one] Le code PIN ne correspond pas à celui choisi dans { menu-my-account }. Il vous reste { $remaining } essai.
   *[other] Le code PIN ne correspond pas à celui choisi dans { menu-my-account }. Il vous reste { $remaining } essais.
}
app-unknown-device = Cet appareil n’est pas (ou plus) enregistré.
app-bad-signature = La signature de l’appareil n’a pas pu être vérifiée.
# $seconds : un nombre.
app-stale = La signature de l’appareil date de plus de { $seconds } secondes (ou l’horloge de l’appareil est déréglée).
app-replayed = Cette signature de l’appareil a déjà été utilisée.
app-device-locked = Cet appareil est verrouillé après trop de codes PIN erronés. Supprimez-le et ajoutez-le de nouveau dans { menu-my-account }.
app-not-pending = Cette demande a expiré ou a déjà reçu une réponse.
# $remaining : le nombre d’essais encore autorisés (un nombre).
app-wrong-pin = { $remaining ->
    [one] Code PIN erroné. Il vous reste { $remaining } essai avant le verrouillage de l’appareil.
   *[other] Code PIN erroné. Il vous reste { $remaining } essais avant le verrouillage de l’appareil.
}
app-wrong-number = Ce n’est pas le nombre affiché sur la page web. La demande a été annulée.
app-browser-on = { $browser } sur { $system }
app-browser = { $browser }
app-push-title = Demande de connexion depuis { $client }

## La page de la boîte d’envoi de développement (templates/outbox.html, mode développement uniquement)

outbox-title = Boîte d’envoi (développement)
outbox-hint = Mode développement uniquement : tous les courriels et SMS envoyés par le fournisseur, du plus récent au plus ancien.
outbox-empty = La boîte d’envoi est vide.
outbox-email = Courriel
outbox-sms = SMS
# $channel : outbox-email ou outbox-sms ; $to : une adresse électronique ou un numéro de
# téléphone ; $when : la date et l’heure d’envoi.
outbox-sent = { $channel } à { $to } le { $when }
