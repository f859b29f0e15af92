# Les textes du fournisseur en français (méthodes de vérification) ; voir main.ftl.
# Les seconds facteurs qu’un utilisateur ajoute et gère dans Mon compte : numéros de téléphone
# mobile (SMS), appareils mobiles avec l’application, clés de sécurité et applications
# d’authentification.

## Mots communs aux pages de ce fichier

factors-cancel = Annuler
factors-add = Ajouter
# En-tête de colonne d’une liste de seconds facteurs : son nom.
factors-name = Nom
# En-tête de colonne : la date d’ajout d’un second facteur.
factors-added = Date d’ajout
# En-tête de colonne : la date de la dernière connexion avec un second facteur.
factors-last-used = Dernière utilisation
# Dans la colonne « Dernière utilisation », pour un second facteur jamais utilisé pour se connecter.
factors-never = jamais
# En-tête de colonne, lu uniquement par les lecteurs d’écran, de la colonne des boutons de suppression.
factors-action = Action

## Les champs de code communs à plusieurs pages (templates/fields.html)

factors-sms-code-label = Code de vérification reçu par SMS
# Le code comporte 8 caractères en deux groupes de 4, séparés par un trait d’union ; X représente une lettre ou un chiffre.
factors-sms-code-hint = 8 lettres et chiffres, par exemple XXXX-XXXX
# Texte indicatif du champ du code : la forme du code (X représente une lettre ou un chiffre).
factors-sms-code-placeholder = XXXX-XXXX

## Gérer mes numéros de téléphone mobile (templates/phones.html)

factors-phones-title = Gérer mes numéros de téléphone mobile
factors-phones-number = Numéro de téléphone mobile
factors-phones-delete = Supprimer un numéro de téléphone mobile
factors-phones-none = Aucun numéro de téléphone mobile n’est enregistré sur votre compte.
factors-phones-add = Ajouter un numéro de téléphone mobile
factors-phones-hint = L’acheminement des SMS dépend d’accords entre opérateurs de téléphonie mobile et n’est pas toujours garanti ; l’application mobile { $brand } ou une clé de sécurité sont plus fiables.
# $number est le numéro de téléphone au format international, par exemple +32470123456.
factors-phones-added = Votre numéro de téléphone mobile { $number } a bien été ajouté.
factors-phones-deleted = Le numéro de téléphone mobile a été supprimé.
factors-phones-unknown = Numéro de téléphone mobile inconnu.

## Ajouter un numéro de téléphone mobile (templates/phone_add.html)

factors-phone-add-title = Ajouter un numéro de téléphone mobile
# $example est un numéro de mobile belge au format international, par exemple +32 470 12 34 56.
factors-phone-add-hint = Format international avec l’indicatif du pays, par exemple pour la Belgique : { $example }
# $number est le numéro de téléphone au format international, par exemple +32470123456.
factors-phone-already-registered = Le numéro de téléphone mobile { $number } est déjà enregistré sur votre compte.

## Motifs de refus d’un numéro saisi (authn/sms.rs) ; $example est un numéro de mobile belge
## au format international, par exemple +32 470 12 34 56

factors-phone-missing = Veuillez saisir votre numéro de téléphone mobile au format international, avec l’indicatif du pays, par exemple pour la Belgique : { $example }
factors-phone-no-plus = Le numéro doit commencer par le signe plus et l’indicatif du pays, par exemple pour la Belgique : { $example }
factors-phone-not-digits = Un numéro de téléphone ne contient que des chiffres après le signe plus (les espaces sont autorisés), par exemple { $example }
factors-phone-invalid = Ce numéro de téléphone international n’est pas valide. Exemple pour la Belgique : { $example }
factors-phone-not-in-plan = Ce numéro de téléphone international n’est pas valide (indicatif de pays inconnu, ou numéro inexistant dans le plan de numérotation de ce pays). Exemple pour la Belgique : { $example }
factors-phone-not-mobile = Ce numéro n’est pas un numéro de téléphone mobile et ne peut donc pas recevoir de SMS. Veuillez saisir un numéro de mobile, par exemple pour la Belgique : { $example }

## Confirmer un nouveau numéro de téléphone mobile avec le code reçu (templates/phone_finalise.html)

# Le titre de l’onglet du navigateur.
factors-phone-finalise-title = Code de vérification
factors-phone-finalise-heading = Code de vérification envoyé par SMS pour l’ajout d’un numéro de téléphone mobile
factors-phone-finalise-intro = Veuillez saisir le code de vérification envoyé par SMS sur votre téléphone mobile.
factors-phone-finalise-delay = Le message peut mettre jusqu’à 8 minutes pour arriver sur votre téléphone mobile.
# $wait est une durée, par exemple « 5 minutes » ou « 1 heure et 5 minutes ».
factors-phone-finalise-resend = Si vous ne recevez aucun code, vous pourrez en demander un nouveau dans { $wait } en ajoutant de nouveau le numéro.
factors-phone-finalise-number = Numéro de téléphone mobile
factors-phone-finalise-submit = Valider
factors-phone-code-dead = Ce code de vérification n’est plus valide (il a expiré, a été remplacé par un code plus récent ou a fait l’objet de trop d’essais erronés). Ajoutez de nouveau le numéro pour recevoir un nouveau code.
# $remaining est le nombre d’essais restants avant que le code ne cesse de fonctionner.
factors-phone-code-wrong = Le code de vérification est incorrect. { $remaining ->
    [one] Il vous reste { $remaining } essai.
   *[other] Il vous reste { $remaining } essais.
}

## Gérer mes appareils mobiles (templates/device_list.html)

factors-devices-title = Gérer mes appareils mobiles
factors-devices-name = Nom de l’appareil
factors-devices-status = Statut
factors-devices-locked = Verrouillé (trop de codes PIN erronés) : supprimez-le et ajoutez-le de nouveau
factors-devices-active = Actif
factors-devices-delete = Supprimer un appareil mobile
factors-devices-none = Aucun appareil mobile n’est enregistré sur votre compte.
factors-devices-add = Ajouter un appareil mobile
factors-devices-hint = Installez l’application mobile { $brand } sur votre téléphone ou votre tablette, puis ajoutez l’appareil ici en scannant le code QR avec l’application.
factors-devices-deleted = L’appareil mobile a été supprimé.
factors-devices-unknown = Appareil mobile inconnu.

## Ajouter un appareil mobile : son nom et son code PIN (templates/device_add.html)

factors-device-add-title = Ajouter un appareil mobile
factors-device-add-intro = Veuillez indiquer un nom permettant d’identifier votre appareil mobile et un code PIN à utiliser avec celui-ci.
factors-device-add-name = Nom de votre appareil
factors-device-add-pin = Votre code PIN à 4 chiffres
factors-device-add-pin-hint = Évitez les codes PIN trop simples comme 0000, 1111 ou 1234 : ils sont refusés.
factors-device-add-pin-confirm = Confirmez votre code PIN
factors-device-add-submit = Envoyer
# $max est la longueur maximale du nom, en caractères (50).
factors-device-name-invalid = Veuillez donner à votre appareil mobile un nom de 1 à { $max } caractères.
factors-pin-not-four-digits = Votre code PIN doit comporter exactement 4 chiffres.
factors-pin-mismatch = Les deux codes PIN ne sont pas identiques.
factors-pin-too-easy = Ce code PIN est trop facile à deviner (comme 0000, 1234 ou 1111). Veuillez en choisir un autre.

## Ajouter un appareil mobile : le code QR que l’application scanne (templates/device_enrol.html)

# $name est le nom donné à l’appareil par l’utilisateur, par exemple « Mon téléphone ».
factors-device-enrol-instructions = Ouvrez l’application mobile { $brand } sur « { $name } », choisissez d’ajouter ce compte et scannez ce code QR. L’application vous demandera ensuite le code PIN que vous venez de choisir.
factors-device-enrol-qr-alt = Code QR à scanner avec l’application mobile { $brand }
factors-device-enrol-paste = Impossible de scanner ? Collez ce texte dans l’application :
factors-device-enrol-validity = { $minutes ->
    [one] Le code QR est valable { $minutes } minute et ne peut être utilisé qu’une seule fois.
   *[other] Le code QR est valable { $minutes } minutes et ne peut être utilisé qu’une seule fois.
}
factors-device-enrol-waiting = En attente de votre appareil mobile…
# Affiché sur la page d’attente une fois que l’application a ajouté l’appareil.
factors-device-enrolled = Un appareil a été ajouté
factors-device-enrol-expired = Le code QR a expiré. Veuillez ajouter l’appareil de nouveau.

## Gérer mes clés de sécurité (templates/security_keys.html)

factors-keys-title = Gérer mes clés de sécurité
# En-tête de colonne : le niveau de vérification qu’atteint une clé de sécurité (de base, moyen ou élevé).
factors-keys-level = Niveau
factors-keys-delete = Supprimer une clé de sécurité
factors-keys-none = Aucune clé de sécurité n’est enregistrée sur votre compte.
# Un authentificateur de plateforme est celui qui est intégré à un ordinateur ou à un téléphone (empreinte digitale, visage, verrouillage de l’écran).
factors-keys-add = Ajouter une clé de sécurité ou un authentificateur intégré
factors-keys-hint = Une clé de sécurité (par exemple une clé USB ou NFC) ou l’authentificateur intégré à votre ordinateur ou à votre téléphone (empreinte digitale, reconnaissance faciale ou verrouillage de l’écran). Une clé qui conserve son secret dans l’appareil et qui est protégée par un code PIN ou une empreinte digitale atteint le niveau de vérification le plus élevé.
# $name est le nom donné à la clé par l’utilisateur, par exemple « YubiKey 5 NFC ».
factors-keys-added = Votre clé de sécurité « { $name } » a bien été ajoutée.
factors-keys-deleted = La clé de sécurité a été supprimée.
factors-keys-unknown = Clé de sécurité inconnue.

## Ajouter une clé de sécurité (templates/security_key_add.html)

# Le titre de l’onglet du navigateur.
factors-key-add-title = Ajouter une clé de sécurité
factors-key-add-heading = Ajouter une clé de sécurité ou un authentificateur intégré
factors-key-add-intro = Donnez un nom à votre clé de sécurité, puis suivez les instructions de votre navigateur : insérez et touchez la clé, ou déverrouillez votre ordinateur ou votre téléphone.
factors-key-add-name = Nom de la clé de sécurité
# $max est la longueur maximale du nom, en caractères (50).
factors-key-name-invalid = Veuillez donner à la clé de sécurité un nom de 1 à { $max } caractères.

## Résultat de la boîte de dialogue de clé de sécurité du navigateur (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Cette demande a expiré ou a déjà été utilisée. Veuillez réessayer.
factors-webauthn-not-verified = Votre clé de sécurité ou votre authentificateur intégré n’a pas pu être vérifié. Veuillez réessayer, ou choisissez une autre méthode de vérification.
factors-webauthn-already-registered = Cette clé de sécurité est déjà enregistrée.
factors-webauthn-unsupported = Ce navigateur ne prend pas en charge les clés de sécurité. Veuillez utiliser une autre méthode de vérification.
factors-webauthn-follow = Suivez les instructions de votre navigateur et touchez ou déverrouillez votre clé de sécurité.
factors-webauthn-no-answer = Votre clé de sécurité n’a pas répondu. Veuillez réessayer, ou choisissez une autre méthode de vérification.

## Gérer mes applications d’authentification (templates/totp_list.html)

factors-totp-title = Gérer mes applications d’authentification
# FreeOTP, Google Authenticator, Microsoft Authenticator et Aegis sont des noms d’applications : les garder.
factors-totp-intro = Une application d’authentification installée sur votre téléphone (par exemple FreeOTP, Google Authenticator, Microsoft Authenticator ou Aegis) affiche un nouveau code à 6 chiffres toutes les 30 secondes. Vous pouvez l’utiliser comme méthode de vérification lors de la connexion.
# Le bouton qui supprime une application d’authentification de la liste.
factors-totp-delete = Supprimer
factors-totp-none = Aucune application d’authentification n’est enregistrée sur votre compte.
factors-totp-add = Ajouter une application d’authentification
# $name est le nom donné à l’application par l’utilisateur, par exemple « Pixel 8 ».
factors-totp-added = Votre application d’authentification « { $name } » a bien été ajoutée. Vous pouvez maintenant l’utiliser pour vous connecter.
factors-totp-deleted = L’application d’authentification a été supprimée.
factors-totp-unknown = Application d’authentification inconnue.

## Ajouter une application d’authentification : son nom (templates/totp_add.html)

factors-totp-add-title = Ajouter une application d’authentification
factors-totp-add-intro = Veuillez indiquer un nom permettant d’identifier cette application d’authentification, par exemple le nom de votre téléphone.
factors-totp-add-name = Nom de l’application d’authentification
factors-totp-add-next = Suivant
# $max est la longueur maximale du nom, en caractères (50).
factors-totp-name-invalid = Veuillez donner à votre application d’authentification un nom de 1 à { $max } caractères.

## Ajouter une application d’authentification : le code QR et le premier code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Ouvrez l’application d’authentification sur votre téléphone, ajoutez un compte et scannez ce code QR. Il est valable { $minutes } minute.
   *[other] Ouvrez l’application d’authentification sur votre téléphone, ajoutez un compte et scannez ce code QR. Il est valable { $minutes } minutes.
}
factors-totp-enrol-qr-alt = Code QR à scanner avec votre application d’authentification
# $account est l’adresse électronique de l’utilisateur, $issuer le nom du service tel que l’application l’affiche.
factors-totp-enrol-manual = Impossible de scanner ? Saisissez manuellement cette clé dans l’application (basée sur l’heure, 6 chiffres, toutes les 30 secondes), avec le compte { $account } de { $issuer } :
factors-totp-enrol-uri = Afficher le lien contenu dans le code QR
factors-totp-code-label = Saisissez le code à 6 chiffres
factors-totp-confirm = Confirmer
factors-totp-enrol-gone = Cette application d’authentification n’est plus en attente de confirmation (elle a expiré, a été confirmée ou a reçu trop de codes erronés). Veuillez l’ajouter de nouveau.
# $remaining est le nombre de codes qui peuvent encore être essayés.
factors-totp-code-wrong = Le code est incorrect. Vérifiez que l’heure de votre téléphone est exacte et saisissez le code que votre application affiche maintenant. { $remaining ->
    [one] Il vous reste { $remaining } essai.
   *[other] Il vous reste { $remaining } essais.
}
