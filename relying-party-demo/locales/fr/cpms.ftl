# CPMS, le portail de démonstration : ses textes en français. Chaque langue a exactement les
# mêmes identifiants, avec les mêmes variables.
#
# « CPMS » (Clinical Patient Management System) et « eUROGEN » sont des noms : les garder tels
# quels. { $provider } est le nom du fournisseur d’identité tel qu’il se désigne (par exemple
# « EU Login ») ; il peut être utilisé dans chaque message. « ECAS Mobile App » est le nom de
# l’application mobile du fournisseur.
# Les libellés des pages du fournisseur (entre guillemets ci-dessous) sont écrits comme les
# pages du fournisseur les affichent en français (idp/locales/fr/access.ftl).

## Le cadre des pages (templates/base.html)

site-name = Système de gestion clinique des patients
skip-to-content = Aller au contenu principal
sign-out = Se déconnecter
# Le sélecteur de langue de l’en-tête : « Langue : français (fr) », lu par les lecteurs d’écran.
language-label = Langue
language-title = Choisissez votre langue
tab-home = Accueil
# L’abréviation de « réseau européen de référence » : le nom d’un onglet et un titre.
tab-ern = ERN
# Le nom accessible de la navigation dans l’onglet ERN (ses pages : Préférences, Panels).
nav-ern = Pages ERN
nav-preferences = Préférences
nav-panels = Panels
footer-networks = ERN eUROGEN · Réseaux européens de référence · Portail de démonstration
footer-ecl = Réalisé avec l’Europa Component Library.
# Un lien vers la licence de l’Europa Component Library.
footer-ecl-licence = Licence (EUPL-1.2)

## Boutons et liens présents sur plusieurs pages

sign-in-again = Se reconnecter
link-home = Aller à la page d’accueil de CPMS

## La page d’entrée (templates/index.html)

index-title = Bienvenue
index-heading = Bienvenue sur CPMS
index-lead = Le système de gestion clinique des patients des réseaux européens de référence.
index-requirement = La connexion exige { $provider } avec une authentification à deux facteurs (mot de passe et votre téléphone mobile, l’application ECAS Mobile App ou une clé de sécurité).
index-sign-in = Se connecter avec { $provider }

## Accueil (templates/home.html)

home-title = Accueil
# $name est le nom de la personne connectée.
home-welcome = Bienvenue, { $name }
home-role = Fonction professionnelle
home-area = Domaine thématique
home-access = Vos accès
# Les colonnes du tableau des accès accordés à la personne.
home-col-ern = ERN
home-col-centre = Centre
home-col-country = Pays
home-col-profile = Profil
# Dans une cellule de ce tableau lorsque l’accès accordé ne le précise pas.
home-not-stated = non précisé
home-ern-hint = Vos préférences et vos panels se trouvent dans l’onglet ERN.
home-ern-link = Ouvrir l’onglet ERN

## L’onglet ERN (templates/ern.html)

ern-title = ERN
# $ern est le nom du réseau, par exemple « eUROGEN ».
ern-heading = ERN { $ern }
ern-role = Votre fonction professionnelle
ern-area = Votre domaine thématique
ern-change = Vous pouvez les modifier dans vos préférences.
ern-preferences-link = Modifier vos préférences
ern-panels-link = Ouvrir les panels

## Préférences (templates/preferences.html)

preferences-title = Préférences
preferences-first-heading = Bienvenue sur CPMS : vos préférences
preferences-first-intro = C’est votre première connexion. Veuillez indiquer votre fonction professionnelle (elle s’affiche à côté de votre nom dans les panels) et le domaine thématique d’eUROGEN pour lequel vous avez demandé l’accès.
preferences-role-label = Fonction professionnelle
# $max est le nombre maximal de caractères autorisés (100).
preferences-role-hint = Affichée à côté de votre nom dans les panels, par exemple « Urologue pédiatrique » ({ $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
} au maximum).
preferences-area-legend = Domaine thématique
preferences-submit = Mettre à jour les préférences
preferences-expired = Le formulaire a expiré. Veuillez l’envoyer à nouveau.
preferences-role-missing = Veuillez indiquer votre fonction professionnelle.
# $max est le nombre maximal de caractères autorisés (100).
preferences-role-too-long = La fonction professionnelle ne peut pas dépasser { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
}.
preferences-role-control = La fonction professionnelle ne peut pas contenir de caractères de contrôle.
preferences-area-unknown = Veuillez choisir l’un des domaines thématiques proposés.

## Panels (templates/panels.html)

panels-title = Panels
panels-no-members = Aucun membre pour le moment.

## Sans accès : comment le demander (templates/access_request.html)

access-title = Demander l’accès
access-heading = Vous n’avez pas encore accès à CPMS
access-no-access = Votre compte { $provider } ne dispose d’aucun accès approuvé à CPMS. Demandez-le dans le système d’autorisation, comme suit.
# Le lien vers le système d’autorisation du fournisseur (un site distinct du fournisseur).
access-open-link = Ouvrir le système d’autorisation
# « Demander l’accès » : le bouton du fournisseur (access-request-button).
access-step-start = Dans le système d’autorisation (l’authentification à deux facteurs n’y est pas requise), cliquez sur « Demander l’accès ».
access-step-1 = Étape 1 : sélectionnez l’application « CPMS », puis passez à l’étape 2.
# « Ouvrir » : le bouton du fournisseur (access-open).
access-step-2 = Étape 2 : cliquez sur « Ouvrir » à côté de votre ERN (par exemple eUROGEN), puis sur « Ouvrir » à côté du pays de votre centre, et sélectionnez votre centre. Ne cochez pas seulement le bouton rond à côté de l’ERN : cela sélectionne le réseau sans votre centre, et la demande sera refusée.
access-step-3 = Étape 3 : sélectionnez le profil d’accès « HP » (professionnel de santé).
# « Envoyer la demande d’accès » : le bouton du fournisseur (access-submit).
access-step-4 = Étape 4 : vérifiez le récapitulatif (application CPMS, votre centre, profil HP), ajoutez un commentaire si nécessaire et cliquez sur « Envoyer la demande d’accès ».
access-after-approval = Une fois votre demande approuvée par le service d’assistance de CPMS, vous recevrez un courriel ; connectez-vous alors à nouveau.

## Authentification à deux facteurs requise (templates/acr_refused.html)

acr-title = Authentification à deux facteurs requise
acr-required = CPMS exige une authentification à deux facteurs (niveau moyen).
acr-password-only = Vous vous êtes connecté avec votre mot de passe uniquement.
# $level est le niveau d’authentification indiqué par le fournisseur, une adresse web.
acr-password-only-level = Vous vous êtes connecté avec votre mot de passe uniquement (niveau { $level }).
acr-how = Connectez-vous à nouveau avec votre mot de passe et un second facteur : un code reçu par SMS sur votre téléphone mobile, l’application ECAS Mobile App (code PIN ou code QR) ou une clé de sécurité. Si vous n’en avez pas encore, configurez-en un d’abord dans { $provider }.

## Déconnexion (templates/logout.html)

logout-title = Déconnexion
logout-question = Se déconnecter de CPMS et de { $provider } ?
logout-submit = Se déconnecter
logout-stay = Rester connecté
signout-refused-title = Déconnexion refusée
signout-refused = Le formulaire a expiré. Veuillez réessayer.

## La fin d’une connexion (http/auth.rs, affichée dans templates/message.html)

signin-expired-title = Connexion expirée
signin-expired-elsewhere = Cette connexion a expiré ou a été commencée dans un autre navigateur. Veuillez vous reconnecter.
signin-expired-used = Cette connexion a expiré ou a déjà été effectuée. Veuillez vous reconnecter.
signin-refused-title = Connexion refusée
signin-refused-state = La réponse de { $provider } ne correspond pas à cette connexion. Veuillez vous reconnecter.
signin-refused-issuer = La réponse provient d’un fournisseur d’identité inattendu. Veuillez vous reconnecter.
signin-refused-no-code = La réponse de { $provider } ne contient pas de code d’autorisation. Veuillez vous reconnecter.
signin-cancelled-title = Connexion annulée
signin-cancelled = Vous avez annulé la connexion : vous n’êtes donc pas connecté à CPMS. Reconnectez-vous lorsque vous serez prêt.
signin-incomplete-title = Connexion non aboutie
signin-second-factor = CPMS exige une authentification à deux facteurs (niveau moyen). Configurez un second facteur (téléphone mobile, ECAS Mobile App ou clé de sécurité) dans { $provider }, puis reconnectez-vous.
signin-incomplete = { $provider } n’a pas pu mener la connexion à son terme. Veuillez vous reconnecter.
signin-unverified-title = La connexion n’a pas pu être vérifiée
signin-unverified = CPMS n’a pas pu vérifier la réponse de { $provider }. Veuillez vous reconnecter.

## Pages d’erreur (http/errors.rs)

error-not-found-title = Page introuvable
error-not-found = Il n’existe aucune page à cette adresse. Si vous l’avez saisie vous-même, vérifiez-la ; sinon, recommencez depuis la page d’accueil de CPMS.
error-method-title = Cette adresse n’accepte pas ce type de requête
error-method = La page existe, mais pas pour ce que votre navigateur a envoyé. Allez à la page d’accueil de CPMS et poursuivez à partir de là.
error-server-title = Une erreur s’est produite
error-server = Veuillez réessayer plus tard.
