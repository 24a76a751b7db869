# Polish interface messages. Every message here must exist in every language file.
language-name = Polski
language-name-english = Polish
app-title = Miasta partnerskie Kartuz
view-cities = Miasta
view-timeline = Oś czasu
view-map = Mapa
zoom-region = Europa
zoom-world = Świat
pane-cities = Miasta
pane-detail = Szczegóły
pane-events = Wydarzenia
pane-event = Wydarzenie
pane-chart = Partnerstwa w czasie
pane-help = Pomoc
overview-entry = Kartuzy (przegląd)
too-small = Powiększ okno
too-small-hint = potrzeba co najmniej { $width }×{ $height }

label-separator = {": "}
label-native-name = Nazwa w oryginale
label-country = Kraj
label-region = Region
label-status = Status
label-since = Początek
label-areas = Dziedziny współpracy
label-story = Historia
label-people = Osoby
label-organisations = Stowarzyszenia
label-photos = Na zdjęciach
label-related = Powiązane artykuły
label-events = Wydarzenia
label-partner = Miasto partnerskie
label-date = Data
label-span = Lata kontaktów
label-anniversaries = Okrągłe rocznice w { $year }

label-distance = Odległość od Kartuz
distance = { $km } km na { $direction }
direction-n = północ
direction-ne = północny wschód
direction-e = wschód
direction-se = południowy wschód
direction-s = południe
direction-sw = południowy zachód
direction-w = zachód
direction-nw = północny zachód

status-partnership = partnerstwo miast
status-cooperation-agreement = umowa o współpracy
status-letter-of-intent = list intencyjny

years = { $count ->
    [one] { $count } rok
    [few] { $count } lata
   *[many] { $count } lat
}
ago = { $date } ({ $count ->
    [one] rok
    [few] { $count } lata
   *[many] { $count } lat
} temu)
this-year = { $date } (w tym roku)
partner-count = { $count ->
    [one] { $count } miasto partnerskie
    [few] { $count } miasta partnerskie
   *[many] { $count } miast partnerskich
}
partner-line = { $name } ({ $country }) – { $status } od { $year }
anniversary-line = { $date }: { $title } – { $years }
no-anniversaries = W { $year } roku nie przypada żadna okrągła rocznica.

timeline-only = tylko { $partner }
tour-hint = Dotknij ekranu albo naciśnij dowolny klawisz, aby zacząć
timeline-empty = Brak wydarzeń do pokazania.
filter-prompt = Szukaj
filter-empty = Nic nie pasuje do „{ $query }”.

help-scope-global = Zawsze
help-scope-browse = Przeglądanie
help-scope-list = Lista
help-scope-cities-list = Lista miast
help-scope-timeline = Oś czasu
help-scope-timeline-list = Lista wydarzeń
help-scope-map = Mapa
help-scope-detail = Panel szczegółów
help-scope-filter = Wyszukiwanie
help-scope-help = Okno pomocy
pane-language = Język
help-scope-picker = Wybór języka
action-choose = wybierz
action-close = zamknij
notice-script = Ten terminal nie potrafi wyświetlić pisma: { $language }; tekst jest po angielsku.
help-mouse = Mysz: kliknięcie wybiera wiersz lub kartę, kółko przewija.

action-quit = wyjście
action-down = w dół
action-up = w górę
action-page-down = strona w dół
action-page-up = strona w górę
action-first = na początek
action-last = na koniec
action-focus-detail = czytaj szczegóły
action-focus-list = wróć do listy
action-next-view = następny widok
action-prev-view = poprzedni widok
action-view-cities = widok miast
action-view-timeline = oś czasu
action-view-map = mapa
action-zoom-in = przybliż
action-zoom-out = oddal
action-filter = szukaj
action-filter-type = wpisz szukany tekst
action-filter-backspace = usuń znak
action-filter-keep = zachowaj filtr
action-filter-clear = wyczyść filtr
action-language = język
action-help = pomoc
action-close-help = zamknij pomoc
action-partner-only = tylko ten partner
action-open-partner = pokaż miasto

month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień
month-of-1 = stycznia
month-of-2 = lutego
month-of-3 = marca
month-of-4 = kwietnia
month-of-5 = maja
month-of-6 = czerwca
month-of-7 = lipca
month-of-8 = sierpnia
month-of-9 = września
month-of-10 = października
month-of-11 = listopada
month-of-12 = grudnia
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
date-year = { $year }

# The overview lists the first towns and events; the rest are in the list.
more-in-list = { $count ->
    [one] …i jeszcze { $count } na liście obok
    [few] …i jeszcze { $count } na liście obok
   *[other] …i jeszcze { $count } na liście obok
}
