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
label-status = Status
label-since = Beginn
label-areas = Bereiche der Zusammenarbeit
label-story = Geschichte
label-people = Personen
label-organisations = Vereine
label-photos = Auf den Fotos
label-related = Weitere Artikel
label-events = Ereignisse
label-partner = Partnerstadt
label-date = Datum
label-span = Jahre der Kontakte
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

status-partnership = Städtepartnerschaft
status-cooperation-agreement = Kooperationsvereinbarung
status-letter-of-intent = Absichtserklärung

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
partner-line = { $name } ({ $country }) – { $status } seit { $year }
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
