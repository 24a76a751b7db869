# French interface messages. Every message here must exist in every language file.
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
pane-chart = Les partenariats dans le temps
pane-help = Aide
overview-entry = Kartuzy (aperçu)
too-small = Agrandissez la fenêtre
too-small-hint = au moins { $width }×{ $height }

label-separator = {" : "}
label-native-name = Nom local
label-country = Pays
label-region = Région
label-status = Statut
label-since = Début
label-areas = Domaines de coopération
label-story = Histoire
label-people = Personnes
label-organisations = Associations
label-photos = Sur les photos
label-related = Articles liés
label-events = Événements
label-partner = Ville partenaire
label-date = Date
label-span = Années de contacts
label-anniversaries = Anniversaires ronds en { $year }

label-distance = Distance depuis Kartuzy
distance = { $km } km { $direction }
direction-n = au nord
direction-ne = au nord-est
direction-e = à l’est
direction-se = au sud-est
direction-s = au sud
direction-sw = au sud-ouest
direction-w = à l’ouest
direction-nw = au nord-ouest

status-partnership = jumelage
status-cooperation-agreement = accord de coopération
status-letter-of-intent = lettre d’intention

years = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}
ago = { $date } (il y a { $count ->
    [one] { $count } an
   *[other] { $count } ans
})
this-year = { $date } (cette année)
partner-count = { $count ->
    [one] { $count } ville partenaire
   *[other] { $count } villes partenaires
}
partner-line = { $name } ({ $country }) – { $status } depuis { $year }
anniversary-line = { $date } : { $title } – { $years }
no-anniversaries = Aucun anniversaire rond en { $year }.

timeline-only = seulement { $partner }
tour-hint = Touchez l’écran ou appuyez sur une touche pour commencer
timeline-empty = Aucun événement à afficher.
filter-prompt = Recherche
filter-empty = Rien ne correspond à « { $query } ».

help-scope-global = Toujours
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
notice-script = Ce terminal ne peut pas afficher l’écriture { $language } ; affichage en anglais.
help-mouse = Souris : un clic choisit une ligne ou un onglet, la molette fait défiler.

action-quit = quitter
action-down = descendre
action-up = monter
action-page-down = page suivante
action-page-up = page précédente
action-first = au début
action-last = à la fin
action-focus-detail = lire les détails
action-focus-list = retour à la liste
action-next-view = vue suivante
action-prev-view = vue précédente
action-view-cities = vue des villes
action-view-timeline = chronologie
action-view-map = carte
action-zoom-in = zoomer
action-zoom-out = dézoomer
action-filter = rechercher
action-filter-type = taper le texte cherché
action-filter-backspace = effacer un caractère
action-filter-keep = garder le filtre
action-filter-clear = effacer le filtre
action-language = langue
action-help = aide
action-close-help = fermer l’aide
action-partner-only = seulement ce partenaire
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
} { $month } { $year }
date-month = { $month } { $year }
date-year = { $year }

# The overview lists the first towns and events; the rest are in the list.
more-in-list = { $count ->
    [one] …et { $count } autre dans la liste
   *[other] …et { $count } autres dans la liste
}
