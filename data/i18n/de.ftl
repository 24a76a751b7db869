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
pane-chart = Partnerstädte im Lauf der Zeit
pane-help = Hilfe
overview-entry = Kartuzy (Überblick)
too-small = Bitte vergrößern Sie das Fenster
too-small-hint = mindestens { $width } Spalten × { $height } Zeilen nötig

label-separator = {": "}
label-native-name = Name in der Landessprache
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
label-anniversaries = Runde Jahrestage { $year }

label-distance = Entfernung von Kartuzy
distance = { $km } km { $direction }
map-km = { $km } km
map-legend-title = Entfernung von Kartuzy
direction-n = nördlich
direction-ne = nordöstlich
direction-e = östlich
direction-se = südöstlich
direction-s = südlich
direction-sw = südwestlich
direction-w = westlich
direction-nw = nordwestlich


years = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
ago = { $date } (vor { $count ->
    [one] einem Jahr
   *[other] { $count } Jahren
})
this-year = { $date } (in diesem Jahr)
partner-count = { $count ->
    [one] { $count } Partnerstadt
   *[other] { $count } Partnerstädte
}
anniversary-line = { $date }: { $title } – { $years }
no-anniversaries = Im Jahr { $year } steht kein runder Jahrestag an.

timeline-only = nur { $partner }
tour-hint = Berühren Sie den Bildschirm oder drücken Sie eine Taste, um zu beginnen
timeline-empty = Keine Ereignisse vorhanden.
filter-prompt = Suche
filter-empty = Keine Treffer für „{ $query }“.

help-scope-global = Überall
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
notice-script = Dieses Terminal kann die Schrift der Sprache { $language } nicht darstellen; die Anzeige erfolgt auf Englisch.
help-mouse = Maus: Mit einem Klick wählen Sie eine Zeile oder einen Reiter aus, mit dem Mausrad blättern Sie.
help-credit-map = Karte: Küstenlinien und Grenzen aus Natural Earth (naturalearthdata.com), gemeinfrei.

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
action-filter-type = Suchbegriff eingeben
action-filter-backspace = Zeichen löschen
action-filter-keep = Filter beibehalten
action-filter-clear = Filter aufheben
action-language = Sprache wählen
action-help = Hilfe
action-close-help = Hilfe schließen
action-partner-only = nur diese Stadt
action-open-partner = Stadt anzeigen

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
date-day = { $day }. { $month } { $year }
date-month = { $month } { $year }
date-year = { $year }

# The overview lists the first towns and events; the rest are in the list.
more-in-list = { $count ->
    [one] … und noch { $count } Eintrag in der Liste
   *[other] … und noch { $count } Einträge in der Liste
}

# Wie eine Beziehung begann und was unterzeichnet oder beschlossen wurde: in den Details und im Überblick.
# „porozumienie partnerskie“ = Partnerschaftsvereinbarung, „umowa o współpracy“ = Kooperationsvereinbarung
# (siehe i18n/de-glossary.md).
label-partners-since = Erste Partnerschaft
partners-since = { $year } ({ $name })
began-contacts = Beginn der Kontakte
began-cooperation = Beginn der Zusammenarbeit
began-contacts-since = Kontakte seit { $year }
began-cooperation-since = Zusammenarbeit seit { $year }
step-partnership = Städtepartnerschaft
step-partnership-name = Städtepartnerschaft
step-partnership-agreement = Partnerschaftsvereinbarung
step-partnership-agreement-name = Partnerschaftsvereinbarung
step-cooperation-agreement = Kooperationsvereinbarung
step-cooperation-agreement-name = Kooperationsvereinbarung
step-letter-of-intent = Absichtserklärung
step-letter-of-intent-name = Absichtserklärung
step-council-consent = Zustimmung des Stadtrats von Kartuzy zur Unterzeichnung einer Kooperationsvereinbarung
step-council-consent-name = Zustimmung des Stadtrats von Kartuzy zur Unterzeichnung einer Kooperationsvereinbarung
step-on-date = { $step } ({ $date })
partner-line = { $name } ({ $country }) – { $relation }

# Wie die Teile einer Zeile verbunden werden.
region-and-country = { $region }, { $country }
country-and-code = { $country } ({ $code })
town-and-country = { $name } ({ $country })
title-and-town = { $title } ({ $town })
person-and-role = { $name } – { $role }
event-with-date = { $date } – { $title }
event-with-partner = { $date } – { $partner }: { $title }
steps-separator = {"; "}

# Wörter, mit denen keine Zeile enden darf: im Deutschen keine (geschützte Leerzeichen stehen direkt
# in den Texten, z. B. „13. Mai“, „617 km“).
no-break-after = {""}

# Ein Fenstertitel mit dem, was es zeigt („Karte – Europa“); Aufzählungen in Meldungen.
pane-title-detail = { $title } – { $detail }
list-separator = {", "}
name-with-latin = { $name } ({ $latin })

## Staff
# Für die Mitarbeiterinnen und Mitarbeiter der Stadtverwaltung: `check`, Fehler in einer
# Datendatei, Fehler in der Befehlszeile. Feste Begriffe: Datendatei (data file), Feld (field),
# Kennung (id), Zuordnung (RON-Map { … }; nie „Karte“, so heißt die Kartenansicht), Liste ([ … ]),
# Feldgruppe (( … )), Schlüssel (key), Eintrag (entry), Art (kind, immer mit „(kind)“),
# Partnerstadt (partner), Inhaltstext (Text der Datendatei), Oberflächentext (Meldung der
# .ftl-Dateien). Feldnamen (began, steps, countries) und Arten (LetterOfIntent) sind Wörter der
# Datendatei selbst und bleiben unübersetzt; Namen, die die Meldung aus der Datei einsetzt,
# stehen in „…“. Ein unbekanntes Feld („entfernen oder korrigieren“) ist etwas anderes als ein
# fehlendes Feld („ergänzen“).
check-valid = { $file }: gültig; Partnerstädte: { $partners }, Ereignisse: { $events }
check-complete = { $lang }: vollständig
check-complete-required = { $lang }: vollständig (Pflichtsprache)
check-missing = { $lang }: fehlende Inhaltstexte: { $texts }, fehlende Oberflächentexte: { $messages }; an ihrer Stelle wird der englische Text angezeigt
check-missing-message = Oberflächentext { $id }

data-at-path = im Feld { $path }
data-cannot-read = die Datei kann nicht gelesen werden: { $reason }
data-read-not-found = sie ist nicht vorhanden
data-read-permission = keine Leseberechtigung
data-read-directory = es handelt sich um einen Ordner
data-too-big = die Datei ist { $bytes } Byte groß; eine Datendatei darf höchstens { $max } Byte groß sein
data-not-utf8 = die Datei enthält an dieser Stelle kein gültiges UTF-8; speichern Sie sie in der Kodierung UTF-8

syntax-in-text = { $message }; vielleicht ist ein Text in einer früheren Zeile nicht mit einem Anführungszeichen abgeschlossen, sodass alles bis hierher als Teil dieses Textes gelesen wurde
syntax-end-of-file = die Datei endet zu früh: eine zuvor geöffnete Klammer oder ein Anführungszeichen wird nicht geschlossen
syntax-comma = hier fehlt ein Komma; Einträge werden durch Kommas getrennt
syntax-colon = hier fehlt nach dem Schlüssel ein Doppelpunkt
syntax-open-list = hier wird eine Liste erwartet, die mit [ beginnt
syntax-close-list = hier müsste die Liste mit ] enden (oder vor dem nächsten Eintrag fehlt ein Komma)
syntax-open-map = hier wird eine Zuordnung erwartet (Paare wie "pl": "…"), die mit {"{"} beginnt
syntax-close-map = hier müsste die Zuordnung mit {"}"} enden (oder vor dem nächsten Eintrag fehlt ein Komma)
syntax-open-group = hier wird eine Feldgruppe erwartet, die mit ( beginnt
syntax-close-group = hier müsste die Feldgruppe mit ) enden (oder vor dem nächsten Feld fehlt ein Komma)
syntax-text = hier wird ein Text in geraden doppelten Anführungszeichen (") erwartet
syntax-text-end = diesem Text fehlt das schließende Anführungszeichen
syntax-number = hier wird eine Zahl erwartet, z. B. 54.335 (mit Punkt, nicht mit Komma)
syntax-name = hier wird ein Name ohne Anführungszeichen erwartet: ein Feldname oder eine Art wie LetterOfIntent
syntax-escape = dieser Backslash leitet keine bekannte Escape-Sequenz ein: schreiben Sie \\ für einen Backslash und \" für ein Anführungszeichen
syntax-unexpected-char = das Zeichen „{ $char }“ darf hier nicht stehen
syntax-trailing = nach dem Ende der Daten folgt noch Text; entfernen Sie ihn
syntax-too-deep = die Klammern sind hier zu tief verschachtelt
syntax-comment = ein mit /* begonnener Kommentar wird nirgends mit */ geschlossen
syntax-other = die Datei kann hier nicht gelesen werden (Meldung des RON-Parsers, auf Englisch: { $details })

data-unknown-field = unbekanntes Feld „{ $field }“ { $record }: entfernen Sie es oder korrigieren Sie seinen Namen; zulässige Felder: { $expected }
data-missing-field = das Feld „{ $field }“ fehlt { $record }; ergänzen Sie es
data-field-twice = das Feld „{ $field }“ steht { $record } zweimal; behalten Sie nur eines
record-file = auf der obersten Ebene der Datei
record-home = in der Beschreibung von Kartuzy (home)
record-coordinates = in den Koordinaten (coordinates)
record-partner = im Eintrag dieser Partnerstadt (partners)
record-beginning = in der Angabe zum Beginn der Beziehung (began)
record-step = im Eintrag dieses Schritts (steps)
record-person = im Eintrag dieser Person (people)
record-organisation = im Eintrag dieses Vereins (organisations)
record-event = im Eintrag dieses Ereignisses (events)
record-other = im Abschnitt { $name }
data-unknown-kind = „{ $found }“ ist keine zulässige Art (kind); möglich sind: { $expected }
data-wrong-value = dieser Wert hat den falschen Typ (erwartet: { $expected }; gefunden: { $found })
data-too-many-partners = { $count } Partnerstädte; eine Datendatei darf höchstens { $max } enthalten
data-too-many-events = { $count } Ereignisse; eine Datendatei darf höchstens { $max } enthalten
data-bad-id = die Kennung „{ $id }“ muss aus 1 bis { $max } Zeichen bestehen, und zwar nur aus Kleinbuchstaben a–z (ohne Umlaute und ß), Ziffern und Bindestrichen (z. B. „polanica-zdroj“)
data-id-twice = die Kennung „{ $id }“ ist bereits vergeben (zuerst im Feld { $first }); jede Kennung darf nur einmal vorkommen
data-unknown-partner = keine Partnerstadt hat die Kennung „{ $id }“; vorhandene Kennungen: { $known }
data-bad-country-code = „{ $code }“ ist kein Ländercode: geben Sie zwei Großbuchstaben an (ISO 3166-1, z. B. „PL“)
data-unknown-country = der Ländercode „{ $code }“ fehlt im Feld countries; tragen Sie das Land dort mit seinen Namen ein (vorhanden: { $known })
data-latitude = die geografische Breite { $value } liegt nicht zwischen -90 und 90
data-longitude = die geografische Länge { $value } liegt nicht zwischen -180 und 180
data-empty = dieser Text ist leer; ergänzen Sie ihn
data-no-paragraph = mindestens ein Absatz ist erforderlich
data-no-date = für diese Partnerstadt ist kein Datum angegeben: geben Sie das Feld began oder mindestens einen Schritt unter steps an
data-missing-translation = die Übersetzung „{ $lang }“ fehlt; fügen Sie "{ $lang }": "…" hinzu
data-empty-translation = die Übersetzung „{ $lang }“ ist leer; ergänzen Sie sie
data-bad-language = „{ $code }“ ist kein Sprachcode: geben Sie zwei oder drei Kleinbuchstaben an (z. B. „pl“, „en“)
data-key-twice = der Schlüssel „{ $key }“ kommt in dieser Zuordnung zweimal vor; behalten Sie nur einen
data-too-long = dieser Text hat { $chars } Zeichen, erlaubt sind höchstens { $max }: kürzen Sie ihn oder teilen Sie ihn in mehrere Absätze auf
data-bad-char = Zeichen Nr. { $index } dieses Textes ({ $code }) ist { $class }; entfernen Sie es
char-control = ein Steuerzeichen
char-bidi = ein Steuerzeichen für die Schreibrichtung
char-format = ein unsichtbares Formatierungszeichen
char-separator = ein Zeilen- oder Absatztrenner
char-private-use = ein Zeichen für den privaten Gebrauch ohne festgelegte Bedeutung
char-noncharacter = ein Nichtzeichen, das nie angezeigt werden soll
char-unassigned = ein Codepunkt, dem Unicode kein Zeichen zuweist
char-ignorable = ein unsichtbares Zeichen, das übergangen werden soll
data-too-many-marks = Zeichen Nr. { $index } dieses Textes ist ein kombinierendes diakritisches Zeichen zu viel: ein Buchstabe darf höchstens { $max } tragen; entfernen Sie es
data-lone-mark = Zeichen Nr. { $index } dieses Textes ist ein kombinierendes diakritisches Zeichen ohne vorangehenden Buchstaben; entfernen Sie es

date-error-format = „{ $text }“ ist kein gültiges Datum: schreiben Sie JJJJ, JJJJ-MM oder JJJJ-MM-TT (z. B. 1994, 1990-10, 1995-05-13)
date-error-year = „{ $text }“ enthält kein gültiges Jahr: zulässig sind 0001 bis 9999
date-error-month = es gibt keinen Monat { $month }: zulässig sind 01 bis 12
date-error-day = im Monat { $month } gibt es keinen Tag { $day } (dieser Monat hat { $days } Tage)

cli-unknown-language = unbekannte Sprache „{ $code }“; verfügbar: { $codes }
cli-today = --today: { $problem }
cli-today-day = in „{ $text }“ fehlt der Tag: geben Sie das Datum als JJJJ-MM-TT an
cli-clock = die Systemuhr zeigt ein Datum außerhalb der Jahre 1 bis 9999; geben Sie das Datum mit --today an
cli-not-a-terminal = die Standardausgabe ist kein Terminal, daher kann die Vollbildansicht nicht angezeigt werden.
    Als Text: partner-cities print cities (oder: partner-cities print timeline)
cli-cannot-write = { $file } kann nicht geschrieben werden: { $reason }
cli-cannot-write-out = die Ausgabe kann nicht geschrieben werden: { $reason }
cli-terminal = Terminalfehler: { $reason }
cli-cannot-watch = { $file }: Änderungen an dieser Datei können nicht verfolgt werden ({ $reason }); die angezeigten Daten bleiben bis zum Neustart des Programms
cli-no-touchscreen = --touch: kein Touchscreen gefunden, den dieser Benutzer lesen darf (er muss zur Gruppe input gehören); Touch-Eingaben erreichen das Programm nicht
shot-extension = { $file }: der Dateiname muss auf .svg (Bild) oder .txt (reiner Text) enden
shot-size = „{ $text }“ ist keine gültige Größe; geben Sie Spalten x Zeilen an, z. B. 100x30
shot-side = Breite und Höhe müssen jeweils 1 bis { $max } Zeichen betragen
shot-no-town = keine Stadt hat die Kennung „{ $id }“; vorhandene Kennungen: { $ids }
shot-home-timeline = „{ $id }“ ist Kartuzy selbst; in der Zeitleiste lassen sich nur Ereignisse der Partnerstädte auswählen
shot-home-map = „{ $id }“ ist Kartuzy selbst; auf der Karte lassen sich nur Partnerstädte auswählen
shot-no-events = zu „{ $id }“ gibt es keine Ereignisse in der Zeitleiste
shot-not-selectable = „{ $id }“ kann in dieser Ansicht nicht ausgewählt werden

build-data-invalid = Die eingebaute Datendatei ist fehlerhaft. Korrigieren Sie sie und erstellen Sie das Programm neu (partner-cities check meldet dieselben Fehler):
