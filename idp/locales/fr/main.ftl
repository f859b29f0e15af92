# Les textes du fournisseur en français (traduits du catalogue de référence anglais).
# Chaque langue a exactement les mêmes identifiants, avec les mêmes variables.

## Le cadre des pages (templates/base.html)

# Lien pour les utilisateurs du clavier, visible lorsqu’il a le focus : il saute l’en-tête.
skip-to-content = Aller au contenu principal
account-menu = Menu du compte
menu-my-account = Mon compte
menu-change-password = Modifier le mot de passe
menu-logout = Se déconnecter
language-label = Langue
language-change = Changer de langue
language-title = Choisissez votre langue

## Pages d’erreur (http/errors.rs)

link-home = Page d’accueil
error-invalid-request = Requête non valide
error-csrf-title = Formulaire non valide
error-csrf = Le formulaire a expiré ou n’a pas été envoyé par ce site. Veuillez revenir en arrière et réessayer.
error-not-found-title = Page introuvable
error-not-found = Il n’existe aucune page à cette adresse. L’adresse a peut-être été mal saisie, ou la page a été déplacée.
error-method-title = Cette adresse n’accepte pas ce type de requête
error-method = Ouvrez la page à partir d’un lien ou de la barre d’adresse, ou revenez au formulaire d’origine et envoyez-le à nouveau.
error-server-title = Une erreur s’est produite
error-server = Une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.
error-unavailable-title = Temporairement indisponible
error-unavailable = Le service ne peut pas répondre pour le moment. Veuillez réessayer dans un instant.

## Dates et durées (i18n::when, i18n::duration)

# Un moment : $day et $year sont des nombres, $month le nom du mois tel qu’il s’écrit dans
# une date (month-1 … month-12), $time « 08:34 ». Les heures sont en UTC.
date-time = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year } à { $time } UTC
date-unknown = date inconnue
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
duration-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
duration-hours-minutes = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
} et { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
error-no-client-id = La requête ne comporte pas de client_id : l’application qui vous a dirigé ici est mal configurée.
error-unknown-client = Application inconnue : le client_id de cette requête n’est pas enregistré ici.
error-redirect-unregistered = Le redirect_uri de cette requête n’est pas enregistré pour cette application ; vous ne pouvez donc pas y être renvoyé.
error-no-redirect-uri = La requête ne comporte pas de redirect_uri.
error-cross-origin-title = Requête refusée
# $issuer est l’adresse du service, par exemple https://login.example.org
error-cross-origin = Ce formulaire n’a pas été envoyé depuis les pages de { $brand } : il n’a donc pas été traité. Veuillez ouvrir { $brand } à l’adresse { $issuer } et réessayer.
error-nul = La requête contient un caractère NUL, qu’aucun paramètre ne peut contenir.
error-too-large-title = Requête trop volumineuse
error-uri-too-long = L’URI de la requête est trop long.
error-body-too-large = Le corps de la requête est trop volumineux.
error-redirect-target = La cible de la redirection n’est pas valide.
# Une adresse web seule sur sa ligne (dans un courriel).
link-alone = { $link }

form-errors-title = Il y a un problème
