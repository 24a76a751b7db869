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
label-photos = Fotos im Artikel auf der Website von Kartuzy
label-related = Weitere Artikel
label-events = Ereignisse
label-partner = Partnerstadt
label-date = Datum
label-anniversaries = Runde Jahrestage { $year }

label-distance = Entfernung von Kartuzy
distance = { $km } km { $direction }
map-km = { $km } km
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
last-year = { $date } (im vergangenen Jahr)
partner-count = { $count ->
    [one] { $count } Partnerstadt
   *[other] { $count } Partnerstädte
}
anniversary-line = { $date }: { $title } – { $years }
no-anniversaries = Im Jahr { $year } steht kein runder Jahrestag an.

timeline-only = nur { $partner }
tour-hint = Berühren Sie den Bildschirm oder drücken Sie eine Taste, um zu beginnen
idle-warning-title = Sind Sie noch da?
idle-warning = In { $seconds ->
    [one] einer Sekunde
   *[other] { $seconds } Sekunden
} kehrt der Bildschirm für die nächsten Besucher zur Startseite zurück. Berühren Sie den Bildschirm oder drücken Sie eine Taste, um fortzufahren.
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
began-contacts-since = erste Kontakte { $year }
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
event-with-partner = { $date } – { $title } (Partnerstadt: { $partner })
steps-separator = {"; "}

# Wörter, mit denen keine Zeile enden darf: im Deutschen keine (geschützte Leerzeichen stehen direkt
# in den Texten, z. B. „13. Mai“, „617 km“).
no-break-after = {""}

# Ein Fenstertitel mit dem, was es zeigt („Karte – Europa“); Aufzählungen in Meldungen.
pane-title-detail = { $title } – { $detail }
list-separator = {", "}
name-with-latin = { $name } ({ $latin })

# Sprachausgabe für Besucher, die den Bildschirm nicht sehen. Gesprochen, nicht angezeigt
# (die Bezeichnungen der Aktionen stehen in der Hilfe). Die Begrüßung nennt die Taste, die
# diese Sprache wählt.
action-speech = Sprachausgabe ein oder aus
action-speech-repeat = Ansage wiederholen
action-speech-stop = Ansage stoppen
action-louder = lauter
action-quieter = leiser
hint-swipe = zum Blättern wischen
action-contrast = hoher Kontrast
action-text-size = größere Schrift
speech-welcome = Deutsch: Drücken Sie { $key }.
speech-keys = Mit den Pfeiltasten bewegen Sie sich durch die Liste. Mit Enter hören Sie die Details. Die Taste R wiederholt die Ansage, die Taste S stoppt sie. Die Leertaste schaltet die Sprachausgabe aus.
speech-off = Sprachausgabe aus.
speech-contrast-on = Hoher Kontrast ein.
speech-contrast-off = Hoher Kontrast aus.
speech-search = Suche: { $text }. { $count ->
    [0] Keine Treffer.
    [one] Ein Treffer.
   *[other] { $count } Treffer.
}
speech-map-town = { $name }: { $distance }
speech-volume = Lautstärke { $percent } Prozent.
distance-spoken = { $km ->
    [one] ein Kilometer
   *[other] { $km } Kilometer
} { $direction }
key-down = Pfeil nach unten
key-up = Pfeil nach oben
key-left = Pfeil nach links
key-right = Pfeil nach rechts
key-page-down = Bild ab
key-page-up = Bild auf
key-home = Pos 1
key-end = Ende
key-tab = Tabulator
key-back-tab = Umschalt Tabulator
key-enter = Enter
key-esc = Escape
key-backspace = Rücktaste
key-space = Leertaste
key-question-mark = Fragezeichen
key-slash = Schrägstrich
key-plus = Plus
key-minus = Minus
key-equals = Gleichheitszeichen
key-volume-up = Lautstärke plus
key-volume-down = Lautstärke minus
key-ctrl = Steuerung { $key }
