# Les textes du fournisseur en français (connexion) ; voir main.ftl.
# Les pages de connexion (identifiant, mot de passe, seconde méthode), la déconnexion, la page
# qui renvoie à une application, et les règles relatives aux mots de passe.
# { $brand } est le nom du service (par exemple « EU Login ») ; { $client } est le nom de
# l’application à laquelle l’utilisateur se connecte. Ce sont des noms : ne jamais les traduire.

## Commun aux pages de connexion

# Titre de l’onglet du navigateur des premières pages de connexion (« Connexion - EU Login »).
login-title = Connexion
login-heading = Connectez-vous pour continuer
# Au-dessus de chaque étape de connexion une fois l’adresse connue ; $email est l’adresse.
login-welcome = Bienvenue, { $email }
# Lien à côté de login-welcome qui ramène au champ de l’adresse électronique.
login-not-you = (ce n’est pas vous ?)
login-submit = Se connecter
login-cancel = Annuler et revenir à l’application
login-choose-another = Choisir une autre méthode de vérification
# Le niveau de garantie exigé par une application, tel qu’il apparaît dans
# login-client-requires-factor et login-method-below-level.
login-level-basic = de base
login-level-medium = moyen
login-level-high = élevé

## Les noms des méthodes de vérification (liste de la page du mot de passe, titres de page)

login-method-password = Mot de passe
login-method-sms = Téléphone mobile + SMS
login-method-app-pin = Code PIN de l’application mobile
login-method-app-qr = Code QR de l’application mobile
login-method-webauthn = Clé de sécurité ou authentificateur intégré
login-method-totp = Application d’authentification (TOTP)

## Nouvelle authentification avant une modification dans Mon compte (au-dessus du formulaire)

login-reauth-delete-devices = Pour supprimer tous vos appareils, veuillez confirmer votre identité en vous connectant à nouveau.
login-reauth-devices = Pour ajouter ou supprimer un appareil mobile, veuillez confirmer votre identité en vous connectant à nouveau.
login-reauth-phones = Pour ajouter ou supprimer un numéro de téléphone mobile, veuillez confirmer votre identité en vous connectant à nouveau.
login-reauth-security-keys = Pour ajouter ou supprimer une clé de sécurité, veuillez confirmer votre identité en vous connectant à nouveau.
login-reauth-authenticator-apps = Pour ajouter ou supprimer une application d’authentification, veuillez confirmer votre identité en vous connectant à nouveau.
login-reauth-delete-account = Pour supprimer votre compte, veuillez confirmer votre identité en vous connectant à nouveau.
login-reauth-sessions = Pour mettre fin à une session, veuillez confirmer votre identité en vous connectant à nouveau.
# Suit l’une des phrases login-reauth-*.
login-reauth-why = Toute modification de vos moyens de connexion exige une connexion récente.

## La page de l’identifiant (login_identifier.html)

login-client-uses = { $client } utilise { $brand } pour vous identifier.
login-email-label = Utilisez votre adresse électronique
login-email-required = Veuillez saisir l’adresse électronique de votre compte { $brand }.
login-remember = Se souvenir de moi sur cet appareil
login-next = Suivant
login-create-account = Créer un compte

## La page du mot de passe (login_password.html)

# $level est l’un des login-level-*.
login-client-requires-factor = { $client } exige une connexion avec une seconde méthode de vérification (niveau « { $level } »).
login-password-label = Mot de passe
login-method-label = Choisissez votre méthode de vérification
login-method-hint = Les numéros de téléphone mobile, les appareils mobiles et les clés de sécurité s’ajoutent dans Mon compte (menu en forme de roue dentée), après une connexion avec votre mot de passe.
login-lost-password = Mot de passe oublié ?
login-method-invalid = Veuillez choisir l’une des méthodes de vérification de la liste.
login-invalid-credentials = Adresse électronique ou mot de passe non valide
# $until est une date et une heure (« 6 décembre 2026 à 08:34 UTC »), $wait une durée
# (« 1 heure et 5 minutes »). « Mot de passe oublié ? » est le lien login-lost-password.
login-locked = Trop de tentatives de connexion ont échoué avec cette adresse électronique. Pour protéger le compte, la connexion par mot de passe est bloquée jusqu’au { $until } (dans { $wait }). Si vous avez oublié votre mot de passe, choisissez-en un nouveau au moyen du lien « Mot de passe oublié ? ».
# $wait est une durée (« 5 minutes »).
login-throttled = Trop de tentatives de connexion ont échoué depuis votre réseau. Veuillez réessayer dans { $wait }.

## Choix de la seconde méthode de vérification (login_second_factor.html)

login-second-factor-title = Méthode de vérification
login-password-accepted = Votre mot de passe a été accepté.
# $method est l’un des login-method-*.
login-method-not-added = Vous n’avez pas encore ajouté cette méthode de vérification ({ $method }) à votre compte.
# $method est l’un des login-method-*, $level l’un des login-level-*.
login-method-below-level = { $method } n’atteint pas le niveau exigé par cette application ({ $level }).
login-no-usable-method = Votre compte ne comporte encore aucune méthode de vérification acceptée par cette application.
login-not-added-yet = Méthodes non encore ajoutées à votre compte :
# Une ligne par méthode non ajoutée ; suivie du lien login-method-missing-link.
login-method-missing = { $method } : connectez-vous avec votre mot de passe, puis ajoutez cette méthode dans Mon compte (menu en forme de roue dentée).
# Lien vers la page de Mon compte où la méthode s’ajoute.
login-method-missing-link = { $method } dans Mon compte
# $method est l’un des login-method-*.
login-method-not-accepted = Cette application n’accepte pas la méthode « { $method } ».

## Téléphone mobile + SMS (login_sms.html)

login-sms-send-to = Envoyer un code de vérification par SMS au numéro
login-sms-send = Envoyer le code
login-sms-sent = Un code de vérification a été envoyé par SMS sur votre téléphone mobile. Son arrivée peut prendre jusqu’à 8 minutes.
# $wait est une durée (« 1 minute »).
login-sms-next-code = Si vous ne recevez aucun code, vous pourrez en demander un nouveau dans { $wait }.
login-sms-resend = Envoyer un nouveau code
login-sms-off = La méthode « Téléphone mobile + SMS » n’est pas proposée par ce service.
login-sms-limited-title = Veuillez patienter avant de demander un nouveau code
# $wait est une durée (« 1 minute »).
login-sms-limited = Un SMS a été envoyé il y a peu, ou trop de SMS ont été envoyés. Vous pourrez demander un nouveau code dans { $wait }.
login-sms-not-delivered = Le SMS contenant votre code n’a pas pu être remis à ce numéro. Envoyez un nouveau code, ou choisissez une autre méthode de vérification.
login-sms-choose-phone = Veuillez choisir l’un de vos numéros de téléphone mobile enregistrés.
login-sms-wrong = Le code de vérification est incorrect. { $remaining ->
    [one] Il vous reste { $remaining } essai.
   *[other] Il vous reste { $remaining } essais.
}
login-sms-dead = Ce code de vérification n’est plus valide (il a expiré, a été remplacé ou a fait l’objet de trop d’essais erronés). Envoyez un nouveau code.

## Application d’authentification (login_totp.html)

# Titre de l’onglet du navigateur de la page de l’application d’authentification.
login-totp-title = Application d’authentification
login-totp-intro = Ouvrez l’application d’authentification sur votre téléphone et saisissez le code à 6 chiffres qu’elle affiche pour { $brand }.
login-totp-code-label = Saisissez le code à 6 chiffres
login-totp-wrong = Le code est incorrect. Saisissez le code à 6 chiffres que votre application d’authentification affiche maintenant. { $remaining ->
    [one] Il vous reste { $remaining } essai.
   *[other] Il vous reste { $remaining } essais.
}
login-totp-reused = Ce code a déjà été utilisé. Attendez que votre application d’authentification affiche un nouveau code, puis saisissez-le. { $remaining ->
    [one] Il vous reste { $remaining } essai.
   *[other] Il vous reste { $remaining } essais.
}
login-totp-stopped = Trop de codes erronés ont été saisis. Pour votre sécurité, cette connexion a été interrompue : veuillez recommencer depuis l’application.
login-totp-paused-title = Trop de codes erronés
# $wait est une durée (« 50 minutes »).
login-totp-paused = Trop de codes erronés provenant d’une application d’authentification ont été saisis pour votre compte. Vous pourrez de nouveau l’utiliser dans { $wait } ; en attendant, choisissez une autre méthode de vérification.

## Clé de sécurité ou authentificateur intégré (login_webauthn.html)

login-webauthn-intro = Lorsque votre navigateur vous le demande, insérez et touchez votre clé de sécurité, ou déverrouillez votre ordinateur ou votre téléphone.
login-webauthn-start = Utiliser ma clé de sécurité
login-webauthn-off = Les clés de sécurité ne peuvent pas être utilisées avec ce service.

## Code PIN de l’application mobile (login_app_pin.html)

login-app-pin-intro = Une demande de connexion à { $client } a été envoyée à vos appareils mobiles. Ouvrez l’application mobile { $brand }, choisissez ce nombre et saisissez votre code PIN :
login-app-pin-waiting = En attente de votre approbation sur votre appareil mobile…
# Bouton affiché uniquement lorsque le navigateur n’exécute aucun script.
login-app-pin-continue = J’ai approuvé : continuer
login-app-pin-resend = Envoyer une nouvelle demande
login-app-pin-approved = Demande approuvée sur votre appareil mobile. Connexion en cours…
login-app-pin-denied = La demande a été refusée sur votre appareil mobile.
login-app-pin-wrong-number = Le nombre choisi sur votre appareil mobile n’était pas celui affiché ici. La demande a été annulée.
login-app-pin-expired = La demande a expiré. Envoyez une nouvelle demande à votre appareil mobile.
login-app-pin-limited-title = Trop de demandes
# $wait est une durée (« 1 minute »).
login-app-pin-limited = Trop de demandes de connexion ont été envoyées à vos appareils mobiles. Veuillez réessayer dans { $wait }, ou choisissez une autre méthode de vérification.

## Code QR de l’application mobile (login_app_qr.html)

login-app-qr-intro = Scannez ce code QR avec l’application mobile { $brand } et saisissez votre code PIN dans l’application. Votre téléphone n’a pas besoin de connexion réseau.
# Texte de remplacement de l’image du code QR.
login-app-qr-alt = Code QR à scanner avec l’application mobile { $brand }
login-app-qr-paste = Impossible de scanner ? Collez ce texte dans l’application :
login-app-qr-code-label = Code généré par votre application
login-app-qr-wrong = Le code est incorrect. { $remaining ->
    [one] Il vous reste { $remaining } essai.
   *[other] Il vous reste { $remaining } essais.
}
login-app-qr-dead = Ce code QR n’est plus valide (il a expiré ou trop de codes erronés ont été saisis). Un nouveau code QR s’affiche : scannez-le avec votre application.
login-app-qr-locked-title = Appareil mobile verrouillé
login-app-qr-locked = Votre appareil mobile a été verrouillé après trop de codes ou de codes PIN erronés. Supprimez-le et ajoutez-le de nouveau dans Mon compte, ou choisissez une autre méthode de vérification.

## Refus à une étape quelconque de la connexion

login-expired-title = Cette page de connexion a expiré
login-expired = Les pages de connexion ne sont valables que pendant une durée limitée et une seule fois. Si vous vous connectiez à une application, revenez-y et connectez-vous à nouveau ; sinon, recommencez depuis la page d’accueil.
login-form-incomplete = Le formulaire n’a pas été entièrement rempli. Veuillez revenir en arrière et réessayer.
login-request-invalid = La requête envoyée par l’application n’est pas valide et ne peut donc pas être traitée. Veuillez revenir à l’application et réessayer.
login-already-completed = Cette connexion a déjà été effectuée.
login-redirect-invalid = L’adresse de redirection (URI) enregistrée n’est pas valide.

## Une méthode de vérification plus forte est requise (une application exige un niveau supérieur)

login-step-up-title = Une méthode de vérification plus forte est requise
# $level est l’un des login-level-*.
login-step-up-needed = { $client } exige une connexion de niveau « { $level } » (mot de passe et seconde méthode de vérification, par exemple un téléphone mobile ou une clé de sécurité). Votre compte ne comporte encore aucune méthode de ce type.
login-step-up-hint = Ajoutez un numéro de téléphone mobile, un appareil mobile ou une clé de sécurité dans Mon compte, puis revenez.
login-step-up-account = Aller dans Mon compte pour ajouter une méthode de vérification
login-return-to-app = Revenir à l’application

## Retour à l’application (form_post.html, lorsque le navigateur n’exécute aucun script)

login-form-post-title = Retour à l’application
login-form-post-noscript = JavaScript est désactivé : appuyez sur le bouton pour continuer.
login-continue = Continuer

## Déconnexion (logout.html)

login-logout-title = Déconnexion
# $email est l’adresse du compte connecté.
login-logout-question-as = Voulez-vous vous déconnecter de { $brand } en tant que { $email } ?
login-logout-question = Voulez-vous vous déconnecter de { $brand } ?
login-logout-apps = Vous serez également déconnecté des applications utilisées au cours de cette session.
login-logout-submit = Se déconnecter
login-signed-out-title = Déconnexion effectuée
login-signed-out = Votre déconnexion de { $brand } a bien été effectuée.
login-sign-in-again = Se reconnecter
# id_token_hint, client_id et post_logout_redirect_uri sont des noms de paramètres du
# protocole : les garder tels quels.
login-logout-bad-hint = Le paramètre id_token_hint n’est pas un jeton d’identité (ID token) émis par ce fournisseur.
login-logout-client-mismatch = Le paramètre client_id ne correspond pas à id_token_hint.
login-logout-uri-unregistered = Le paramètre post_logout_redirect_uri n’est pas enregistré pour cette application.
login-logout-uri-invalid = Le paramètre post_logout_redirect_uri n’est pas valide.

## Les règles relatives aux mots de passe (pages de création, d’inscription et de Mon compte)

# $min et $max sont des nombres de caractères.
login-policy-rule-length = Au moins { $min } caractères (jusqu’à { $max }) ; quelques mots sans rapport entre eux font un bon mot de passe
login-policy-rule-any = Les espaces et tous les caractères sont autorisés ; aucun mélange de types de caractères n’est exigé
login-policy-rule-common = Pas de mot de passe courant ou divulgué lors d’une fuite de données, ni facile à deviner (pas de mots répétés, de rangées de touches ni de suites)
login-policy-rule-personal = Ne doit contenir ni votre nom ni votre adresse électronique
# $length et $min sont des nombres de caractères.
login-policy-too-short = Le mot de passe est trop court : { $length ->
    [one] { $length } caractère
   *[other] { $length } caractères
}, il en faut au moins { $min }.
# $max est un nombre de caractères.
login-policy-too-long = Le mot de passe est trop long : { $max } caractères au maximum.
login-policy-personal = Le mot de passe ne doit contenir ni votre nom ni votre adresse électronique.
login-policy-common = Ce mot de passe est trop courant : il figure dans des listes de mots de passe divulgués.
login-policy-guessable = Ce mot de passe est trop facile à deviner. Essayez quelques mots sans rapport entre eux, par exemple une courte phrase que personne d’autre que vous n’écrirait.
# $reason est l’un des login-policy-why-* : la raison pour laquelle il est facile à deviner.
login-policy-guessable-because = Ce mot de passe est trop facile à deviner : { $reason } Essayez quelques mots sans rapport entre eux, par exemple une courte phrase que personne d’autre que vous n’écrirait.
login-policy-why-keyboard-rows = les rangées de touches consécutives sont faciles à deviner.
login-policy-why-keyboard-patterns = les petites combinaisons de touches voisines sont faciles à deviner.
login-policy-why-repeats = les répétitions comme « aaa » sont faciles à deviner.
login-policy-why-repeated-words = les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
login-policy-why-top-10 = il fait partie des 10 mots de passe les plus courants.
login-policy-why-top-100 = il fait partie des 100 mots de passe les plus courants.
login-policy-why-common = c’est un mot de passe très courant.
login-policy-why-similar = il ressemble à un mot de passe couramment utilisé.
login-policy-why-sequences = les suites comme abc ou 6543 sont faciles à deviner.
login-policy-why-years = les années récentes sont faciles à deviner.
login-policy-why-word = un mot seul est facile à deviner.
login-policy-why-dates = les dates sont souvent faciles à deviner.
login-policy-why-names = les prénoms et les noms de famille seuls sont faciles à deviner.
login-policy-why-common-names = les prénoms et les noms de famille courants sont faciles à deviner.
