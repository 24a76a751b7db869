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
label-photos = Sur les photos
label-related = À lire aussi
label-events = Événements
label-partner = Ville partenaire
label-date = Date
label-anniversaries = Anniversaires marquants en { $year }

label-distance = Distance depuis Kartuzy
distance = { $km } km { $direction }
map-km = { $km } km
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
partner-count = { $count ->
    [one] { $count } ville partenaire
   *[other] { $count } villes partenaires
}
anniversary-line = { $date } – { $title } ({ $years })
no-anniversaries = Aucun anniversaire marquant en { $year }.

timeline-only = { $partner } uniquement
tour-hint = Touchez l’écran ou appuyez sur une touche pour commencer
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
event-with-partner = { $date } – { $partner } – { $title }
steps-separator = {"\u00A0; "}

# Mots après lesquels une ligne ne peut pas se couper : aucun en français (les espaces
# insécables nécessaires sont écrites directement dans les messages et les textes).
no-break-after = {""}

# Titre d’un panneau avec ce qu’il montre (« Carte – Europe ») ; séparateur des éléments d’une liste.
pane-title-detail = { $title } – { $detail }
list-separator = {", "}
name-with-latin = { $name } ({ $latin })

## Staff
# Pour le personnel de la mairie : la commande `check`, les erreurs dans un fichier de données,
# les erreurs de ligne de commande. Les noms de champs (began, steps, countries) et de types
# (LetterOfIntent) sont les mots du fichier de données lui-même : ils restent tels quels.
# Vocabulaire : fichier de données, champ, groupe de champs ( ), liste [ ], dictionnaire { }
# (jamais « carte » : c’est le nom de la vue Carte), clé, identifiant, texte, traduction,
# message d’interface, ville partenaire (jamais « ville jumelée »).
check-valid = { $file } : fichier valide ({ $partners ->
    [one] { $partners } ville partenaire
   *[other] { $partners } villes partenaires
}, { $events ->
    [one] { $events } événement
   *[other] { $events } événements
})
check-complete = { $lang } : complet
check-complete-required = { $lang } : complet (obligatoire)
check-missing = { $lang } : { $texts ->
    [one] { $texts } texte manquant
   *[other] { $texts } textes manquants
} dans le fichier de données, { $messages ->
    [one] { $messages } message d’interface manquant
   *[other] { $messages } messages d’interface manquants
} ; la version anglaise s’affiche à leur place
check-missing-message = message d’interface { $id }

data-at-path = dans le champ { $path }
data-cannot-read = impossible de lire le fichier ({ $reason })
data-read-not-found = ce fichier n’existe pas
data-read-permission = accès refusé
data-read-directory = il s’agit d’un dossier, et non d’un fichier
data-too-big = le fichier fait { $bytes } octets ; un fichier de données ne peut pas dépasser { $max } octets
data-not-utf8 = à cet endroit, le fichier n’est pas en UTF-8 valide ; enregistrez-le avec l’encodage UTF-8

syntax-in-text = { $message } ; un texte d’une ligne précédente n’a peut-être pas de guillemet fermant : dans ce cas, tout ce qui se trouve entre ce texte et cet endroit aura été lu comme en faisant partie
syntax-end-of-file = le fichier se termine trop tôt : une parenthèse, un crochet, une accolade ou un guillemet ouvert plus haut n’est jamais fermé
syntax-comma = il manque une virgule ici ; les éléments sont séparés par des virgules
syntax-colon = il manque un deux-points ici, après la clé
syntax-open-list = une liste est attendue ici, ouverte par [
syntax-close-list = la liste devrait être fermée ici par ] (ou bien il manque une virgule avant l’élément suivant)
syntax-open-map = un dictionnaire (des paires comme "pl": "…") est attendu ici, ouvert par {"{"}
syntax-close-map = le dictionnaire (des paires comme "pl": "…") devrait être fermé ici par {"}"} (ou bien il manque une virgule avant l’élément suivant)
syntax-open-group = un groupe de champs est attendu ici, ouvert par (
syntax-close-group = le groupe de champs devrait être fermé ici par ) (ou bien il manque une virgule avant le champ suivant)
syntax-text = un texte entre guillemets droits (") est attendu ici
syntax-text-end = ce texte n’a pas de guillemet fermant
syntax-number = un nombre est attendu ici, avec un point comme séparateur décimal (p. ex. 54.335)
syntax-name = un nom est attendu ici : un nom de champ ou un nom de type, p. ex. LetterOfIntent
syntax-escape = cette barre oblique inverse ne commence aucune séquence d’échappement connue : écrivez \\ pour une barre oblique inverse et \" pour un guillemet
syntax-unexpected-char = le caractère « { $char } » n’est pas autorisé ici
syntax-trailing = il reste du texte après la fin des données ; supprimez-le
syntax-too-deep = les parenthèses, crochets ou accolades sont imbriqués trop profondément ici
syntax-comment = un commentaire ouvert par /* n’est jamais fermé par */
syntax-other = impossible de lire le fichier à cet endroit (message de l’analyseur : { $details })

data-unknown-field = champ inconnu « { $field } » { $record } ; supprimez-le ou corrigez son nom (champs autorisés : { $expected })
data-missing-field = le champ « { $field } » manque { $record } ; ajoutez-le
data-field-twice = le champ « { $field } » figure deux fois { $record } ; n’en gardez qu’un
record-file = au premier niveau du fichier
record-home = dans la description de Kartuzy (home)
record-coordinates = dans les coordonnées
record-partner = dans la description de cette ville partenaire (partners)
record-beginning = dans la description du début de la relation (began)
record-step = dans la description de cette étape (steps)
record-person = dans la description de cette personne (people)
record-organisation = dans la description de cette association (organisations)
record-event = dans la description de cet événement (events)
record-other = dans { $name }
data-unknown-kind = « { $found } » n’est pas un type connu ; types possibles : { $expected }
data-wrong-value = cette valeur n’est pas du bon type (selon l’analyseur, attendu : { $expected } ; trouvé : { $found })
data-too-many-partners = { $count } villes partenaires ; un fichier de données ne peut pas en contenir plus de { $max }
data-too-many-events = { $count } événements ; un fichier de données ne peut pas en contenir plus de { $max }
data-bad-id = l’identifiant « { $id } » doit compter de 1 à { $max } caractères et ne contenir que des lettres minuscules sans accent (de a à z), des chiffres et des traits d’union (p. ex. « polanica-zdroj »)
data-id-twice = l’identifiant « { $id } » est déjà utilisé (première occurrence : { $first }) ; chaque identifiant doit être unique
data-unknown-partner = aucune ville partenaire n’a l’identifiant « { $id } » ; identifiants existants : { $known }
data-bad-country-code = « { $code } » n’est pas un code de pays : écrivez deux lettres majuscules (ISO 3166-1, p. ex. « PL »)
data-unknown-country = le pays « { $code } » ne figure pas dans countries ; ajoutez-y ses noms (pays présents : { $known })
data-latitude = la latitude { $value } n’est pas comprise entre -90 et 90
data-longitude = la longitude { $value } n’est pas comprise entre -180 et 180
data-empty = ce texte est vide ; rédigez-le
data-no-paragraph = il faut au moins un paragraphe
data-no-date = cette ville partenaire n’a aucune date : renseignez began ou au moins une étape dans steps
data-missing-translation = la traduction « { $lang } » manque ; ajoutez "{ $lang }": "…"
data-empty-translation = la traduction « { $lang } » est vide ; rédigez-la
data-bad-language = « { $code } » n’est pas un code de langue : écrivez deux ou trois lettres minuscules (p. ex. « pl », « en »)
data-key-twice = la clé « { $key } » figure deux fois dans ce dictionnaire ; n’en gardez qu’une
data-too-long = ce texte compte { $chars } caractères, pour un maximum de { $max } ; raccourcissez-le ou découpez-le en paragraphes
data-bad-char = le caractère n° { $index } de ce texte ({ $code }) est { $class } ; supprimez-le
char-control = un caractère de contrôle
char-bidi = un caractère qui modifie le sens de l’écriture
char-format = un caractère de mise en forme invisible
char-separator = un séparateur de lignes ou de paragraphes
char-private-use = un caractère à usage privé, sans signification convenue
char-noncharacter = un non-caractère, qui n’est jamais destiné à être affiché
char-unassigned = un point de code auquel Unicode n’attribue aucun caractère
char-ignorable = un caractère invisible destiné à être ignoré
data-too-many-marks = le caractère n° { $index } de ce texte est un signe diacritique combinant de trop : une lettre peut en porter au plus { $max } ; supprimez-le
data-lone-mark = le caractère n° { $index } de ce texte est un signe diacritique combinant qu’aucune lettre ne précède ; supprimez-le

date-error-format = « { $text } » n’est pas une date au bon format ; écrivez AAAA, AAAA-MM ou AAAA-MM-JJ (p. ex. 1994, 1990-10, 1995-05-13)
date-error-year = « { $text } » ne contient pas d’année valide ; l’année doit aller de 0001 à 9999
date-error-month = le mois { $month } n’existe pas ; écrivez un mois de 01 à 12
date-error-day = le jour { $day } n’existe pas dans le mois { $month } (ce mois compte { $days } jours)

cli-unknown-language = langue inconnue « { $code } » ; langues disponibles : { $codes }
cli-today = --today : { $problem }
cli-today-day = il manque le jour dans « { $text } » ; écrivez AAAA-MM-JJ
cli-clock = l’horloge du système indique une date hors des années 1 à 9999 ; indiquez la date avec --today
cli-not-a-terminal = la sortie standard n’est pas un terminal : l’interface plein écran ne peut pas s’afficher.
    En mode texte : partner-cities print cities (ou : print timeline)
cli-cannot-write = impossible d’écrire le fichier { $file } : { $reason }
cli-cannot-write-out = impossible d’écrire la sortie : { $reason }
cli-terminal = erreur du terminal : { $reason }
cli-cannot-watch = { $file } : impossible de suivre les modifications de ce fichier ({ $reason }) ; les données affichées restent jusqu’au redémarrage du programme
cli-no-touchscreen = --touch : aucun écran tactile lisible par cet utilisateur n’a été trouvé (il doit appartenir au groupe input) ; les appuis sur l’écran ne parviendront pas au programme
shot-extension = { $file } : le nom du fichier doit se terminer par .svg (image) ou .txt (texte brut)
shot-size = « { $text } » n’est pas une taille : écrivez colonnes x lignes, p. ex. 100x30
shot-side = chaque dimension doit être comprise entre 1 et { $max } cellules
shot-no-town = aucune ville n’a l’identifiant « { $id } » ; identifiants existants : { $ids }
shot-home-timeline = « { $id } » désigne Kartuzy elle-même ; dans la chronologie, seuls les événements des villes partenaires peuvent être sélectionnés
shot-home-map = « { $id } » désigne Kartuzy elle-même ; sur la carte, seules les villes partenaires peuvent être sélectionnées
shot-no-events = « { $id } » n’a aucun événement dans la chronologie
shot-not-selectable = « { $id } » ne peut pas être sélectionné dans cette vue

build-data-invalid = Le fichier de données intégré contient des erreurs ; corrigez-le, puis recompilez le programme (partner-cities check signale les mêmes problèmes) :
