# Messages de l’interface en français. Chaque message doit exister dans tous les fichiers de langue.
# Typographie : espace insécable (U+00A0) avant « : ; ? ! »,
# à l’intérieur des guillemets « … », entre un nombre et son unité ou le nom compté (617 km,
# 64 caractères), entre le jour et le mois (13 mai, 1er octobre) et dans « il y a ». Pas d’espace fine
# (U+202F) : la console Linux ne sait pas l’afficher. Apostrophe typographique ’.
language-name = Français
language-name-english = French
app-title = Villes partenaires de Kartuzy
view-cities = Villes
view-timeline = Chronologie
view-map = Carte
zoom-region = Europe
zoom-world = Monde
pane-cities = Villes
pane-detail = Détails
pane-events = Événements
pane-event = Événement
pane-chart = Villes partenaires au fil du temps
pane-help = Aide
overview-entry = Kartuzy (vue d’ensemble)
too-small = Agrandissez la fenêtre
too-small-hint = taille minimale : { $width }×{ $height }

label-separator = {"\u00A0: "}
label-native-name = Nom local
label-country = Pays
label-region = Région
label-areas = Domaines de coopération
label-story = Historique
label-people = Personnalités
label-organisations = Associations
label-photos = Photos de l’article du site de Kartuzy
label-related = À lire aussi
label-events = Événements
label-partner = Ville partenaire
label-date = Date
label-anniversaries = Anniversaires marquants en { $year }

label-distance = Distance depuis Kartuzy
distance = { $km } km { $direction }
map-km = { $km } km
map-legend-title = Distance depuis Kartuzy
direction-n = au nord
direction-ne = au nord-est
direction-e = à l’est
direction-se = au sud-est
direction-s = au sud
direction-sw = au sud-ouest
direction-w = à l’ouest
direction-nw = au nord-ouest


years = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}
ago = { $date } (il y a { $count ->
    [one] { $count } an
   *[other] { $count } ans
})
this-year = { $date } (cette année)
last-year = { $date } (l’an dernier)
partner-count = { $count ->
    [one] { $count } ville partenaire
   *[other] { $count } villes partenaires
}
anniversary-line = { $date } – { $title } ({ $years })
no-anniversaries = Aucun anniversaire marquant en { $year }.

timeline-only = { $partner } uniquement
tour-hint = Touchez l’écran ou appuyez sur une touche pour commencer
idle-warning-title = Êtes-vous toujours là ?
idle-warning = Dans { $seconds ->
    [one] une seconde
   *[other] { $seconds } secondes
}, l’écran reviendra à la page d’accueil pour le visiteur suivant. Touchez l’écran ou appuyez sur une touche pour continuer.
timeline-empty = Aucun événement à afficher.
filter-prompt = Recherche
filter-empty = Aucun résultat pour « { $query } ».

help-scope-global = À tout moment
help-scope-browse = Navigation
help-scope-list = Liste
help-scope-cities-list = Liste des villes
help-scope-timeline = Chronologie
help-scope-timeline-list = Liste des événements
help-scope-map = Carte
help-scope-detail = Panneau de détails
help-scope-filter = Recherche
help-scope-help = Fenêtre d’aide
pane-language = Langue
help-scope-picker = Choix de la langue
action-choose = choisir
action-close = fermer
notice-script = Ce terminal ne peut pas afficher l’écriture de cette langue ({ $language }) ; le texte s’affiche en anglais.
help-mouse = Souris : un clic sélectionne une ligne ou un onglet ; la molette fait défiler le texte.
help-credit-map = Carte : côtes et frontières issues de Natural Earth (naturalearthdata.com), dans le domaine public.

action-quit = quitter
action-down = descendre
action-up = monter
action-page-down = page suivante
action-page-up = page précédente
action-first = aller au début
action-last = aller à la fin
action-focus-detail = lire les détails
action-focus-list = retour à la liste
action-next-view = vue suivante
action-prev-view = vue précédente
action-view-cities = villes
action-view-timeline = chronologie
action-view-map = carte
action-zoom-in = zoom avant
action-zoom-out = zoom arrière
action-filter = rechercher
action-filter-type = saisir le texte à rechercher
action-filter-backspace = effacer un caractère
action-filter-keep = garder le filtre
action-filter-clear = effacer le filtre
action-language = langue
action-help = aide
action-close-help = fermer l’aide
action-partner-only = cette ville uniquement
action-open-partner = voir la ville

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
month-of-1 = janvier
month-of-2 = février
month-of-3 = mars
month-of-4 = avril
month-of-5 = mai
month-of-6 = juin
month-of-7 = juillet
month-of-8 = août
month-of-9 = septembre
month-of-10 = octobre
month-of-11 = novembre
month-of-12 = décembre
date-day = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-month = { $month } { $year }
date-year = { $year }

# La vue d’ensemble montre les premières villes et les premiers anniversaires ; le reste est dans la liste.
more-in-list = { $count ->
    [one] … et { $count } autre dans la liste
   *[other] … et { $count } autres dans la liste
}

# Comment une relation a commencé, et ce qui a été signé ou décidé : dans les détails et la vue d’ensemble.
label-partners-since = Premier partenariat
partners-since = { $year } ({ $name })
began-contacts = Début des contacts
began-cooperation = Début de la coopération
began-contacts-since = premiers contacts en { $year }
began-cooperation-since = coopération depuis { $year }
step-partnership = Jumelage
step-partnership-name = jumelage
step-partnership-agreement = Accord de partenariat
step-partnership-agreement-name = accord de partenariat
step-cooperation-agreement = Accord de coopération
step-cooperation-agreement-name = accord de coopération
step-letter-of-intent = Lettre d’intention
step-letter-of-intent-name = lettre d’intention
step-council-consent = Délibération du conseil municipal de Kartuzy autorisant la signature d’un accord de coopération
step-council-consent-name = délibération du conseil municipal de Kartuzy autorisant la signature d’un accord de coopération
step-on-date = { $step } ({ $date })
partner-line = { $name } ({ $country }) – { $relation }

# Comment se joignent les éléments d’une ligne.
region-and-country = { $region }, { $country }
country-and-code = { $country } ({ $code })
town-and-country = { $name } ({ $country })
title-and-town = { $title } ({ $town })
person-and-role = { $name } – { $role }
event-with-date = { $date } – { $title }
event-with-partner = { $date } – { $title } (ville partenaire : { $partner })
steps-separator = {"\u00A0; "}

# Mots après lesquels une ligne ne peut pas se couper : aucun en français (les espaces
# insécables nécessaires sont écrites directement dans les messages et les textes).
no-break-after = {""}

# Titre d’un panneau avec ce qu’il montre (« Carte – Europe ») ; séparateur des éléments d’une liste.
pane-title-detail = { $title } – { $detail }
list-separator = {", "}
name-with-latin = { $name } ({ $latin })

# Synthèse vocale, pour les visiteurs qui ne voient pas l’écran. Dit, jamais affiché (les
# libellés des actions figurent dans l’aide). L’accueil donne la touche qui choisit cette
# langue.
action-speech = activer ou couper la voix
action-speech-repeat = répéter
action-speech-stop = arrêter la lecture
action-louder = plus fort
action-quieter = moins fort
hint-swipe = faites glisser pour faire défiler
action-contrast = contraste élevé
action-text-size = texte plus grand
speech-welcome = Français : appuyez sur { $key }.
speech-keys = Utilisez les flèches pour parcourir la liste. Appuyez sur Entrée pour écouter les détails. Appuyez sur R pour répéter, sur S pour arrêter la lecture, et sur la barre d’espace pour couper la voix.
speech-off = Voix coupée.
speech-contrast-on = Contraste élevé activé.
speech-contrast-off = Contraste élevé désactivé.
speech-search = Recherche : { $text }. { $count ->
    [0] Aucun résultat.
    [one] Un résultat.
   *[other] { $count } résultats.
}
speech-map-town = { $name }, à { $distance }
speech-volume = Volume { $percent } pour cent.
distance-spoken = { $km ->
    [one] { $km } kilomètre
   *[other] { $km } kilomètres
} { $direction }
key-down = flèche bas
key-up = flèche haut
key-left = flèche gauche
key-right = flèche droite
key-page-down = Page suivante
key-page-up = Page précédente
key-home = Début
key-end = Fin
key-tab = Tabulation
key-back-tab = Maj Tabulation
key-enter = Entrée
key-esc = Échap
key-backspace = Retour arrière
key-space = Espace
key-question-mark = point d’interrogation
key-slash = barre oblique
key-plus = plus
key-minus = moins
key-equals = signe égal
key-volume-up = volume plus
key-volume-down = volume moins
key-ctrl = Contrôle { $key }
