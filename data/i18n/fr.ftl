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
label-areas = Domaines de coopération
label-story = Histoire
label-people = Personnes
label-organisations = Associations
label-photos = Sur les photos
label-related = Articles liés
label-events = Événements
label-partner = Ville partenaire
label-date = Date
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

# Comment une relation a commencé, et ce qui a été signé ou décidé.
label-partners-since = Villes partenaires depuis
partners-since = { $year } ({ $name })
began-contacts = Début des contacts
began-cooperation = Début de la coopération
began-contacts-since = contacts depuis { $year }
began-cooperation-since = coopération depuis { $year }
step-partnership = Jumelage
step-partnership-name = jumelage
step-partnership-agreement = Accord de partenariat
step-partnership-agreement-name = accord de partenariat
step-cooperation-agreement = Accord de coopération
step-cooperation-agreement-name = accord de coopération
step-letter-of-intent = Lettre d’intention
step-letter-of-intent-name = lettre d’intention
step-council-consent = Feu vert du conseil municipal de Kartuzy à un accord de coopération
step-council-consent-name = feu vert du conseil municipal de Kartuzy à un accord de coopération
step-on-date = { $step } ({ $date })
partner-line = { $name } ({ $country }) – { $relation }

# Pour le personnel : `check`, erreurs dans un fichier de données, erreurs de ligne de commande.
# Les noms de champs (began, steps, countries) et de types (LetterOfIntent) sont les mots
# du fichier de données lui-même et restent tels quels.
check-valid = { $file } : valide ; partenaires : { $partners }, événements : { $events }
check-complete = { $lang } : complet
check-complete-required = { $lang } : complet (obligatoire)
check-missing = { $lang } : textes manquants : { $texts }, messages d’interface manquants : { $messages } ; l’anglais s’affiche à leur place
check-missing-message = message { $id }

data-at-path = dans le champ { $path }
data-cannot-read = impossible de lire le fichier : { $reason }
data-read-not-found = ce fichier n’existe pas
data-read-permission = accès refusé
data-read-directory = c’est un dossier, pas un fichier
data-too-big = taille du fichier : { $bytes } octets ; un fichier de données ne peut dépasser { $max } octets
data-not-utf8 = à cet endroit, le fichier n’est pas en UTF-8 valide ; enregistrez-le en UTF-8

syntax-in-text = { $message } ; il manque peut-être le guillemet fermant d’un texte sur une ligne précédente, si bien que tout, jusqu’ici, a été lu comme faisant partie de ce texte
syntax-end-of-file = le fichier se termine trop tôt : une parenthèse, un crochet ou un guillemet ouvert plus haut n’est jamais fermé
syntax-comma = il manque une virgule ici ; les entrées sont séparées par des virgules
syntax-colon = il manque ici un deux-points après la clé
syntax-open-list = une liste est attendue ici, commençant par [
syntax-close-list = la liste devrait se fermer ici par ] (ou il manque une virgule avant l’entrée suivante)
syntax-open-map = un dictionnaire est attendu ici, commençant par {"{"}
syntax-close-map = le dictionnaire devrait se fermer ici par {"}"} (ou il manque une virgule avant l’entrée suivante)
syntax-open-group = un groupe de champs est attendu ici, commençant par (
syntax-close-group = le groupe de champs devrait se fermer ici par ) (ou il manque une virgule avant le champ suivant)
syntax-text = un texte entre guillemets droits (") est attendu ici
syntax-text-end = ce texte n’a pas de guillemet fermant
syntax-number = un nombre est attendu ici, par exemple 54.335
syntax-name = un nom est attendu ici : un nom de champ ou un type comme LetterOfIntent
syntax-escape = cette barre oblique inverse ne commence aucune séquence connue : écrivez \\ pour une barre oblique inverse et \" pour un guillemet
syntax-unexpected-char = le caractère « { $char } » ne peut pas figurer ici
syntax-trailing = il reste du texte après la fin des données ; supprimez-le
syntax-too-deep = les parenthèses sont imbriquées trop profondément ici
syntax-comment = un commentaire ouvert par /* n’est jamais fermé par */
syntax-other = le fichier ne peut pas être lu ici (message du lecteur : { $details })

data-unknown-field = il n’y a pas de champ « { $field } » { $record } ; les champs sont : { $expected }
data-missing-field = le champ « { $field } » manque { $record } ; ajoutez-le
data-field-twice = le champ « { $field } » figure deux fois { $record } ; n’en gardez qu’un
record-file = au premier niveau du fichier
record-home = dans la description de Kartuzy (home)
record-coordinates = dans les coordonnées
record-partner = dans ce partenaire (partners)
record-beginning = dans le début de la relation (began)
record-step = dans cette étape (steps)
record-person = dans cette personne (people)
record-organisation = dans cette association (organisations)
record-event = dans cet événement (events)
record-other = dans { $name }
data-unknown-kind = « { $found } » n’est aucun des types connus : { $expected }
data-wrong-value = cette valeur n’a pas le bon type : attendu { $expected }, trouvé { $found }
data-too-many-partners = { $count } partenaires ; un fichier de données peut en contenir au plus { $max }
data-too-many-events = { $count } événements ; un fichier de données peut en contenir au plus { $max }
data-bad-id = l’identifiant « { $id } » doit compter de 1 à { $max } caractères : lettres minuscules ASCII, chiffres et traits d’union (p. ex. « polanica-zdroj »)
data-id-twice = l’identifiant « { $id } » est déjà utilisé (d’abord dans { $first }) ; les identifiants doivent être uniques
data-unknown-partner = aucun partenaire n’a l’identifiant « { $id } » ; identifiants connus : { $known }
data-bad-country-code = « { $code } » n’est pas un code de pays : écrivez deux lettres majuscules (ISO 3166-1, p. ex. « PL »)
data-unknown-country = le pays « { $code } » ne figure pas dans countries ; ajoutez-y ses noms (présents : { $known })
data-latitude = la latitude { $value } n’est pas comprise entre -90 et 90
data-longitude = la longitude { $value } n’est pas comprise entre -180 et 180
data-empty = ce texte est vide ; rédigez-le
data-no-paragraph = il faut au moins un paragraphe
data-no-date = ce partenaire n’a aucune date : indiquez began ou au moins une étape dans steps
data-missing-translation = la traduction « { $lang } » manque ; ajoutez "{ $lang }": "…"
data-empty-translation = la traduction « { $lang } » est vide ; rédigez-la
data-bad-language = « { $code } » n’est pas un code de langue : écrivez deux ou trois lettres minuscules (p. ex. « pl », « en »)
data-key-twice = la clé « { $key } » apparaît de nouveau dans ce dictionnaire ; n’en gardez qu’une
data-too-long = ce texte compte { $chars } caractères ; la limite est de { $max } : raccourcissez-le ou découpez-le en paragraphes
data-bad-char = le caractère { $index } de ce texte ({ $code }) est { $class } ; supprimez-le
char-control = un caractère de contrôle
char-bidi = un caractère qui change le sens d’écriture
char-zero-width = un caractère invisible de largeur nulle

date-error-format = « { $text } » n’est pas une date : écrivez AAAA, AAAA-MM ou AAAA-MM-JJ (p. ex. 1994, 1990-10, 1995-05-13)
date-error-year = « { $text } » ne contient pas d’année valide : utilisez 0001 à 9999
date-error-month = le mois { $month } n’existe pas : utilisez 01 à 12
date-error-day = le jour { $day } n’existe pas en { $month } (ce mois compte { $days } jours)

cli-unknown-language = langue inconnue « { $code } » ; disponibles : { $codes }
cli-today = --today : { $problem }
cli-today-day = il manque le jour dans « { $text } » : écrivez AAAA-MM-JJ
cli-clock = l’horloge du système indique une date hors des années 1 à 9999 ; indiquez la date avec --today
cli-not-a-terminal = la sortie standard n’est pas un terminal : le navigateur ne peut pas s’afficher.
    En texte : partner-cities print cities (ou : print timeline)
cli-cannot-write = impossible d’écrire { $file } : { $reason }
cli-cannot-write-out = impossible d’écrire la sortie : { $reason }
cli-terminal = erreur du terminal : { $reason }
shot-extension = { $file } : le nom du fichier doit se terminer par .svg (une image) ou .txt (du texte brut)
shot-size = « { $text } » n’est pas une taille ; écrivez colonnes x lignes, p. ex. 100x30
shot-side = chaque côté doit mesurer de 1 à { $max } cellules
shot-no-town = aucune ville n’a l’identifiant « { $id } » ; les identifiants sont : { $ids }
shot-home-timeline = « { $id } » désigne Kartuzy même ; la chronologie sélectionne les événements des partenaires
shot-home-map = « { $id } » désigne Kartuzy même ; la carte sélectionne des partenaires
shot-no-events = « { $id } » n’a aucun événement dans la chronologie
shot-not-selectable = « { $id } » ne peut pas être sélectionné dans cette vue

name-with-latin = { $name } ({ $latin })
build-data-invalid = Le fichier de données intégré contient des erreurs ; corrigez-le puis recompilez (partner-cities check décrit les mêmes problèmes) :
