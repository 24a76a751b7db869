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
pane-chart = Współpraca w czasie
pane-help = Pomoc
overview-entry = Kartuzy (przegląd)
too-small = Powiększ okno
too-small-hint = potrzeba co najmniej { $width }×{ $height }

label-separator = {": "}
label-native-name = Nazwa miejscowa
label-country = Kraj
label-region = Region
label-areas = Dziedziny współpracy
label-story = Historia
label-people = Osoby
label-organisations = Stowarzyszenia
label-photos = Zdjęcia w artykule na stronie Kartuz
label-related = Powiązane artykuły
label-events = Wydarzenia
label-partner = Miasto partnerskie
label-date = Data
label-anniversaries = Okrągłe rocznice w { $year } roku

label-distance = Odległość od Kartuz
distance = { $km } km na { $direction }
map-km = { $km } km
map-legend-title = Odległość od Kartuz
direction-n = północ
direction-ne = północny wschód
direction-e = wschód
direction-se = południowy wschód
direction-s = południe
direction-sw = południowy zachód
direction-w = zachód
direction-nw = północny zachód

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
last-year = { $date } (w zeszłym roku)
partner-count = { $count ->
    [one] { $count } miasto partnerskie
    [few] { $count } miasta partnerskie
   *[many] { $count } miast partnerskich
}
anniversary-line = { $date } – { $title } ({ $years })
no-anniversaries = W { $year } roku nie przypada żadna okrągła rocznica.

timeline-only = tylko { $partner }
tour-hint = Dotknij ekranu albo naciśnij dowolny klawisz, aby zacząć
idle-warning-title = Czy jeszcze tu jesteś?
idle-warning = Za { $seconds ->
    [one] sekundę
    [few] { $seconds } sekundy
   *[many] { $seconds } sekund
} ekran wróci do strony startowej dla następnej osoby. Dotknij ekranu albo naciśnij dowolny klawisz, aby kontynuować.
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
help-credit-map = Mapa: linie brzegowe i granice z Natural Earth (naturalearthdata.com), w domenie publicznej.

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
action-partner-only = tylko to miasto
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
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
date-year = { $year }

# The overview lists the first towns and events; the rest are in the list.
more-in-list = { $count ->
    [one] …i jeszcze { $count } na liście obok
    [few] …i jeszcze { $count } na liście obok
   *[other] …i jeszcze { $count } na liście obok
}

# Jak zaczęła się relacja i co podpisano lub postanowiono: w szczegółach i w przeglądzie.
label-partners-since = Pierwsze partnerstwo
partners-since = { $year } ({ $name })
began-contacts = Początek kontaktów
began-cooperation = Początek współpracy
began-contacts-since = kontakty nawiązane w { $year } roku
began-cooperation-since = współpraca od { $year } roku
step-partnership = Partnerstwo miast
step-partnership-name = partnerstwo miast
step-partnership-agreement = Porozumienie partnerskie
step-partnership-agreement-name = porozumienie partnerskie
step-cooperation-agreement = Umowa o współpracy
step-cooperation-agreement-name = umowa o współpracy
step-letter-of-intent = List intencyjny
step-letter-of-intent-name = list intencyjny
step-council-consent = Zgoda Rady Miejskiej w Kartuzach na podpisanie umowy o współpracy
step-council-consent-name = zgoda Rady Miejskiej w Kartuzach na podpisanie umowy o współpracy
step-on-date = { $step } ({ $date })
partner-line = { $name } ({ $country }) – { $relation }

# Jak łączą się części wiersza.
region-and-country = { $region }, { $country }
country-and-code = { $country } ({ $code })
town-and-country = { $name } ({ $country })
title-and-town = { $title } ({ $town })
person-and-role = { $name } – { $role }
event-with-date = { $date } – { $title }
event-with-partner = { $date } – { $title } (miasto partnerskie: { $partner })
steps-separator = {"; "}

# Words a line may not end with: the space after them does not break.
no-break-after = a i o u w z A I O U W Z

# A pane title with what it shows ("Map – Europe"); items of a list in a message.
pane-title-detail = { $title } – { $detail }
list-separator = {", "}
name-with-latin = { $name } ({ $latin })

# Mowa, dla zwiedzających, którzy nie widzą ekranu. Wypowiadane, nie wyświetlane (etykiety
# działań są w pomocy). Powitanie podaje klawisz, który wybiera ten język.
action-speech = włącz lub wyłącz mowę
action-speech-repeat = powtórz
action-speech-stop = przerwij mowę
action-louder = głośniej
action-quieter = ciszej
hint-swipe = przesuń palcem, aby przewinąć
action-contrast = wysoki kontrast
action-text-size = większy tekst
speech-welcome = Polski: naciśnij { $key }.
speech-keys = Strzałkami poruszasz się po liście. Enter odczytuje szczegóły. Klawisz R powtarza, klawisz S przerywa, a spacja wyłącza mowę.
speech-off = Mowa wyłączona.
speech-contrast-on = Wysoki kontrast włączony.
speech-contrast-off = Wysoki kontrast wyłączony.
speech-search = Szukaj: { $text }. { $count ->
    [0] Nic nie pasuje.
    [one] Jeden wynik.
    [few] { $count } wyniki.
   *[many] { $count } wyników.
}
speech-map-town = { $name }: { $distance }
speech-volume = Głośność { $percent } procent.
distance-spoken = { $km ->
    [one] { $km } kilometr
    [few] { $km } kilometry
   *[many] { $km } kilometrów
} na { $direction }
key-down = strzałka w dół
key-up = strzałka w górę
key-left = strzałka w lewo
key-right = strzałka w prawo
key-page-down = Page Down
key-page-up = Page Up
key-home = Home
key-end = End
key-tab = Tab
key-back-tab = Shift Tab
key-enter = Enter
key-esc = Escape
key-backspace = Backspace
key-space = spacja
key-question-mark = znak zapytania
key-slash = ukośnik
key-plus = plus
key-minus = minus
key-equals = znak równości
key-volume-up = klawisz zwiększania głośności
key-volume-down = klawisz zmniejszania głośności
key-ctrl = Control { $key }
