# The staff's messages: check, problems in a data file, the command line, the build's
# check of the embedded file. The screens' messages are in ../de.ftl.

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
data-read-not-a-file = es handelt sich nicht um eine reguläre Datei, sondern z. B. um ein Gerät oder eine Pipe; geben Sie eine Datendatei an
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
cli-data-folder-gone = { $folder }: der Ordner der Datendatei ist nicht mehr vorhanden; die angezeigten Daten bleiben erhalten, und sobald wieder ein Ordner mit diesem Namen vorhanden ist, werden Änderungen an der Datei erneut verfolgt
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
speech-not-started = Sprachausgabe: der Befehl für die Sprachausgabe ließ sich nicht starten ({ $reason }); der Bildschirm funktioniert weiter, nur ohne Ton (ist espeak-ng installiert?)
speech-failed = Sprachausgabe: der Befehl für die Sprachausgabe endete mit einem Fehler ({ $status }); der Bildschirm funktioniert weiter (gibt es eine Soundkarte, und gehört der Benutzer zur Gruppe audio?)
speech-hung = Sprachausgabe: ein Befehl für die Sprachausgabe reagierte nicht auf die Aufforderung, sich zu beenden, und wurde zwangsweise beendet; der Bildschirm funktioniert weiter
