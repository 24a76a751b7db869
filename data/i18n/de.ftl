# German interface messages. Every message here must exist in every language file.
language-name = Deutsch
language-name-english = German
app-title = Partnerstädte von Kartuzy
view-cities = Städte
view-timeline = Zeitleiste
view-map = Karte
zoom-region = Europa
zoom-world = Welt
pane-cities = Städte
pane-detail = Details
pane-events = Ereignisse
pane-event = Ereignis
pane-chart = Partnerschaften im Lauf der Zeit
pane-help = Hilfe
overview-entry = Kartuzy (Überblick)
too-small = Fenster vergrößern
too-small-hint = mindestens { $width }×{ $height } nötig

label-separator = {": "}
label-native-name = Name in Landessprache
label-country = Land
label-region = Region
label-areas = Bereiche der Zusammenarbeit
label-story = Geschichte
label-people = Personen
label-organisations = Vereine
label-photos = Auf den Fotos
label-related = Weitere Artikel
label-events = Ereignisse
label-partner = Partnerstadt
label-date = Datum
label-anniversaries = Runde Jubiläen { $year }

label-distance = Entfernung von Kartuzy
distance = { $km } km { $direction }
direction-n = nördlich
direction-ne = nordöstlich
direction-e = östlich
direction-se = südöstlich
direction-s = südlich
direction-sw = südwestlich
direction-w = westlich
direction-nw = nordwestlich


years = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
ago = { $date } (vor { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahren
})
this-year = { $date } (in diesem Jahr)
partner-count = { $count ->
    [one] { $count } Partnerstadt
   *[other] { $count } Partnerstädte
}
anniversary-line = { $date }: { $title } – { $years }
no-anniversaries = { $year } gibt es kein rundes Jubiläum.

timeline-only = nur { $partner }
tour-hint = Bildschirm berühren oder eine Taste drücken, um zu beginnen
timeline-empty = Keine Ereignisse.
filter-prompt = Suche
filter-empty = Nichts passt zu „{ $query }“.

help-scope-global = Immer
help-scope-browse = Blättern
help-scope-list = Liste
help-scope-cities-list = Städteliste
help-scope-timeline = Zeitleiste
help-scope-timeline-list = Ereignisliste
help-scope-map = Karte
help-scope-detail = Detailbereich
help-scope-filter = Suche
help-scope-help = Hilfefenster
pane-language = Sprache
help-scope-picker = Sprachauswahl
action-choose = auswählen
action-close = schließen
notice-script = Dieses Terminal kann keine Schrift für { $language } darstellen; die Anzeige ist auf Englisch.
help-mouse = Maus: Ein Klick wählt eine Zeile oder einen Reiter, das Mausrad blättert.

action-quit = beenden
action-down = nach unten
action-up = nach oben
action-page-down = Seite nach unten
action-page-up = Seite nach oben
action-first = zum Anfang
action-last = zum Ende
action-focus-detail = Details lesen
action-focus-list = zurück zur Liste
action-next-view = nächste Ansicht
action-prev-view = vorige Ansicht
action-view-cities = Städteansicht
action-view-timeline = Zeitleiste
action-view-map = Karte
action-zoom-in = vergrößern
action-zoom-out = verkleinern
action-filter = suchen
action-filter-type = Suchtext eingeben
action-filter-backspace = Zeichen löschen
action-filter-keep = Filter behalten
action-filter-clear = Filter löschen
action-language = Sprache
action-help = Hilfe
action-close-help = Hilfe schließen
action-partner-only = nur diese Partnerstadt
action-open-partner = Stadt zeigen

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-of-1 = Januar
month-of-2 = Februar
month-of-3 = März
month-of-4 = April
month-of-5 = Mai
month-of-6 = Juni
month-of-7 = Juli
month-of-8 = August
month-of-9 = September
month-of-10 = Oktober
month-of-11 = November
month-of-12 = Dezember
date-day = { $day }. { $month } { $year }
date-month = { $month } { $year }
date-year = { $year }

# The overview lists the first towns and events; the rest are in the list.
more-in-list = { $count ->
    [one] …und { $count } weiterer in der Liste
   *[other] …und { $count } weitere in der Liste
}

# Wie eine Beziehung begann und was unterzeichnet oder beschlossen wurde.
label-partners-since = Partnerstädte seit
partners-since = { $year } ({ $name })
began-contacts = Beginn der Kontakte
began-cooperation = Beginn der Zusammenarbeit
began-contacts-since = Kontakte seit { $year }
began-cooperation-since = Zusammenarbeit seit { $year }
step-partnership = Städtepartnerschaft
step-partnership-name = Städtepartnerschaft
step-partnership-agreement = Partnerschaftsvertrag
step-partnership-agreement-name = Partnerschaftsvertrag
step-cooperation-agreement = Kooperationsvereinbarung
step-cooperation-agreement-name = Kooperationsvereinbarung
step-letter-of-intent = Absichtserklärung
step-letter-of-intent-name = Absichtserklärung
step-council-consent = Zustimmung des Stadtrats von Kartuzy zu einer Kooperationsvereinbarung
step-council-consent-name = Zustimmung des Stadtrats von Kartuzy zu einer Kooperationsvereinbarung
step-on-date = { $step } ({ $date })
partner-line = { $name } ({ $country }) – { $relation }

# Für die Mitarbeiter: `check`, Fehler in einer Datendatei, Fehler auf der Befehlszeile.
# Feldnamen (began, steps, countries) und Arten (LetterOfIntent) sind Wörter der
# Datendatei selbst und bleiben unübersetzt.
check-valid = { $file }: gültig; Partner: { $partners }, Ereignisse: { $events }
check-complete = { $lang }: vollständig
check-complete-required = { $lang }: vollständig (erforderlich)
check-missing = { $lang }: fehlende Texte: { $texts }, fehlende Oberflächenmeldungen: { $messages }; an ihrer Stelle erscheint Englisch
check-missing-message = Meldung { $id }

data-at-path = im Feld { $path }
data-cannot-read = die Datei kann nicht gelesen werden: { $reason }
data-read-not-found = diese Datei gibt es nicht
data-read-permission = keine Berechtigung
data-read-directory = das ist ein Ordner, keine Datei
data-too-big = Dateigröße: { $bytes } Byte; eine Datendatei darf höchstens { $max } Byte groß sein
data-not-utf8 = die Datei ist an dieser Stelle kein gültiges UTF-8; speichern Sie sie als UTF-8

syntax-in-text = { $message }; vielleicht fehlt einem Text in einer früheren Zeile das schließende Anführungszeichen, sodass alles bis hierher als Teil dieses Textes gelesen wurde
syntax-end-of-file = die Datei endet zu früh: eine vorher geöffnete Klammer oder ein Anführungszeichen wird nie geschlossen
syntax-comma = hier fehlt ein Komma; Einträge werden durch Kommas getrennt
syntax-colon = hier fehlt nach dem Schlüssel ein Doppelpunkt
syntax-open-list = hier wird eine Liste erwartet, die mit [ beginnt
syntax-close-list = hier sollte die Liste mit ] enden (oder vor dem nächsten Eintrag fehlt ein Komma)
syntax-open-map = hier wird eine Zuordnung erwartet, die mit {"{"} beginnt
syntax-close-map = hier sollte die Zuordnung mit {"}"} enden (oder vor dem nächsten Eintrag fehlt ein Komma)
syntax-open-group = hier wird eine Gruppe von Feldern erwartet, die mit ( beginnt
syntax-close-group = hier sollte die Gruppe von Feldern mit ) enden (oder vor dem nächsten Feld fehlt ein Komma)
syntax-text = hier wird ein Text in geraden doppelten Anführungszeichen (") erwartet
syntax-text-end = diesem Text fehlt das schließende Anführungszeichen
syntax-number = hier wird eine Zahl erwartet, etwa 54.335
syntax-name = hier wird ein Name erwartet: ein Feldname oder eine Art wie LetterOfIntent
syntax-escape = dieser Backslash leitet keine bekannte Escape-Sequenz ein: schreiben Sie \\ für einen Backslash und \" für ein Anführungszeichen
syntax-unexpected-char = das Zeichen „{ $char }“ darf hier nicht stehen
syntax-trailing = nach dem Ende der Daten folgt noch Text; entfernen Sie ihn
syntax-too-deep = die Klammern sind hier zu tief verschachtelt
syntax-comment = ein mit /* begonnener Kommentar wird nie mit */ geschlossen
syntax-other = die Datei kann hier nicht gelesen werden (Meldung des Lesers: { $details })

data-unknown-field = es gibt kein Feld „{ $field }“ { $record }; die Felder sind: { $expected }
data-missing-field = das Feld „{ $field }“ fehlt { $record }; fügen Sie es hinzu
data-field-twice = das Feld „{ $field }“ steht zweimal { $record }; behalten Sie eines
record-file = auf der obersten Ebene der Datei
record-home = in der Beschreibung von Kartuzy (home)
record-coordinates = in den Koordinaten
record-partner = in diesem Partner (partners)
record-beginning = im Beginn der Beziehung (began)
record-step = in diesem Schritt (steps)
record-person = in dieser Person (people)
record-organisation = in diesem Verein (organisations)
record-event = in diesem Ereignis (events)
record-other = in { $name }
data-unknown-kind = „{ $found }“ ist keine der bekannten Arten: { $expected }
data-wrong-value = dieser Wert hat den falschen Typ: erwartet { $expected }, gefunden { $found }
data-too-many-partners = { $count } Partner; eine Datendatei darf höchstens { $max } enthalten
data-too-many-events = { $count } Ereignisse; eine Datendatei darf höchstens { $max } enthalten
data-bad-id = die Kennung „{ $id }“ muss aus 1 bis { $max } Zeichen bestehen: ASCII-Kleinbuchstaben, Ziffern und Bindestriche (z. B. „polanica-zdroj“)
data-id-twice = die Kennung „{ $id }“ ist bereits vergeben (zuerst in { $first }); Kennungen müssen eindeutig sein
data-unknown-partner = kein Partner hat die Kennung „{ $id }“; bekannte Kennungen: { $known }
data-bad-country-code = „{ $code }“ ist kein Ländercode: schreiben Sie zwei Großbuchstaben (ISO 3166-1, z. B. „PL“)
data-unknown-country = das Land „{ $code }“ steht nicht in countries; tragen Sie dort seine Namen ein (vorhanden: { $known })
data-latitude = die Breite { $value } liegt außerhalb von -90 bis 90
data-longitude = die Länge { $value } liegt außerhalb von -180 bis 180
data-empty = dieser Text ist leer; füllen Sie ihn aus
data-no-paragraph = mindestens ein Absatz ist erforderlich
data-no-date = dieser Partner hat kein Datum: geben Sie began oder mindestens einen Schritt in steps an
data-missing-translation = die Übersetzung „{ $lang }“ fehlt; fügen Sie "{ $lang }": "…" hinzu
data-empty-translation = die Übersetzung „{ $lang }“ ist leer; füllen Sie sie aus
data-bad-language = „{ $code }“ ist kein Sprachcode: schreiben Sie zwei oder drei Kleinbuchstaben (z. B. „pl“, „en“)
data-key-twice = der Schlüssel „{ $key }“ kommt in dieser Zuordnung noch einmal vor; behalten Sie einen
data-too-long = dieser Text hat { $chars } Zeichen; erlaubt sind höchstens { $max }: kürzen Sie ihn oder teilen Sie ihn in Absätze
data-bad-char = Zeichen { $index } dieses Textes ({ $code }) ist { $class }; entfernen Sie es
char-control = ein Steuerzeichen
char-bidi = ein Zeichen, das die Schreibrichtung ändert
char-zero-width = ein unsichtbares Zeichen ohne Breite

date-error-format = „{ $text }“ ist kein Datum: schreiben Sie JJJJ, JJJJ-MM oder JJJJ-MM-TT (z. B. 1994, 1990-10, 1995-05-13)
date-error-year = „{ $text }“ enthält kein gültiges Jahr: verwenden Sie 0001 bis 9999
date-error-month = den Monat { $month } gibt es nicht: verwenden Sie 01 bis 12
date-error-day = den Tag { $day } gibt es in { $month } nicht (dieser Monat hat { $days } Tage)

cli-unknown-language = unbekannte Sprache „{ $code }“; verfügbar: { $codes }
cli-today = --today: { $problem }
cli-today-day = „{ $text }“ fehlt der Tag: schreiben Sie JJJJ-MM-TT
cli-clock = die Systemuhr zeigt ein Datum außerhalb der Jahre 1 bis 9999; geben Sie das Datum mit --today an
cli-not-a-terminal = die Standardausgabe ist kein Terminal, daher kann der Browser nicht gezeichnet werden.
    Als Text: partner-cities print cities (oder: print timeline)
cli-cannot-write = { $file } kann nicht geschrieben werden: { $reason }
cli-cannot-write-out = die Ausgabe kann nicht geschrieben werden: { $reason }
cli-terminal = Terminalfehler: { $reason }
shot-extension = { $file }: der Dateiname muss auf .svg (Bild) oder .txt (reiner Text) enden
shot-size = „{ $text }“ ist keine Größe; schreiben Sie Spalten x Zeilen, z. B. 100x30
shot-side = jede Seite muss 1 bis { $max } Zellen groß sein
shot-no-town = keine Stadt hat die Kennung „{ $id }“; die Kennungen sind: { $ids }
shot-home-timeline = „{ $id }“ ist Kartuzy selbst; in der Zeitleiste werden Ereignisse der Partner ausgewählt
shot-home-map = „{ $id }“ ist Kartuzy selbst; auf der Karte werden Partner ausgewählt
shot-no-events = „{ $id }“ hat keine Ereignisse in der Zeitleiste
shot-not-selectable = „{ $id }“ kann in dieser Ansicht nicht ausgewählt werden

name-with-latin = { $name } ({ $latin })
build-data-invalid = Die eingebaute Datendatei ist fehlerhaft; korrigieren Sie sie und bauen Sie erneut (partner-cities check beschreibt dieselben Fehler):
