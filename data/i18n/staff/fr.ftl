# The staff's messages: check, problems in a data file, the command line, the build's
# check of the embedded file. The screens' messages are in ../fr.ftl.

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
data-read-not-a-file = ce n’est pas un fichier ordinaire, mais par exemple un périphérique ou un tube ; indiquez un fichier de données
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
cli-data-folder-gone = { $folder } : le dossier du fichier de données a disparu ; l’écran garde ses données, et les modifications du fichier seront de nouveau suivies dès que le dossier réapparaîtra
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
speech-not-started = voix : la commande de synthèse vocale n’a pas pu être lancée ({ $reason }) ; l’écran fonctionne comme avant, sans son (espeak-ng est-il installé ?)
speech-failed = voix : la commande de synthèse vocale s’est terminée par une erreur ({ $status }) ; l’écran fonctionne comme avant (y a-t-il une carte son, et l’utilisateur appartient-il au groupe audio ?)
speech-hung = voix : une commande de synthèse vocale ne s’est pas arrêtée quand on le lui a demandé et a été tuée ; l’écran fonctionne comme avant
