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
label-photos = Na zdjęciach
label-related = Powiązane artykuły
label-events = Wydarzenia
label-partner = Miasto partnerskie
label-date = Data
label-anniversaries = Okrągłe rocznice w { $year } roku

label-distance = Odległość od Kartuz
distance = { $km } km na { $direction }
map-km = { $km } km
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
partner-count = { $count ->
    [one] { $count } miasto partnerskie
    [few] { $count } miasta partnerskie
   *[many] { $count } miast partnerskich
}
anniversary-line = { $date } – { $title } ({ $years })
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
began-contacts-since = kontakty od { $year } roku
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
event-with-partner = { $date }, { $partner } – { $title }
steps-separator = {"; "}

# Words a line may not end with: the space after them does not break.
no-break-after = a i o u w z A I O U W Z

# A pane title with what it shows ("Map – Europe"); items of a list in a message.
pane-title-detail = { $title } – { $detail }
list-separator = {", "}
name-with-latin = { $name } ({ $latin })

## Staff
# Dla pracowników urzędu: `check`, błędy w pliku z danymi, błędy w wierszu poleceń.
# Nazwy pól (began, steps, countries) i rodzajów (LetterOfIntent) to słowa samego pliku
# z danymi; zostają bez zmian.
check-valid = { $file }: plik poprawny; partnerzy: { $partners }, wydarzenia: { $events }
check-complete = { $lang }: komplet
check-complete-required = { $lang } (wymagany): komplet
check-missing = { $lang }: brakujące teksty: { $texts }, brakujące komunikaty interfejsu: { $messages }; w ich miejscu widać wersję angielską
check-missing-message = komunikat { $id }

data-at-path = w polu { $path }
data-cannot-read = nie można odczytać pliku: { $reason }
data-read-not-found = nie ma takiego pliku
data-read-permission = brak uprawnień
data-read-directory = to jest katalog, a nie plik
data-too-big = rozmiar pliku: { $bytes } B; plik z danymi może mieć najwyżej { $max } B
data-not-utf8 = w tym miejscu plik nie jest zapisany w UTF-8; zapisz go w kodowaniu UTF-8

syntax-in-text = { $message }; być może tekstowi w jednym z wcześniejszych wierszy brakuje cudzysłowu zamykającego i dlatego wszystko aż do tego miejsca zostało wczytane jako jego część
syntax-end-of-file = plik kończy się za wcześnie: któryś z otwartych wcześniej nawiasów lub cudzysłowów nie został zamknięty
syntax-comma = brakuje tu przecinka; kolejne pozycje oddziela się przecinkami
syntax-colon = brakuje tu dwukropka po kluczu
syntax-open-list = w tym miejscu powinna zaczynać się lista, od znaku [
syntax-close-list = tu powinna kończyć się lista, znakiem ] (albo brakuje przecinka przed kolejną pozycją)
syntax-open-map = w tym miejscu powinien zaczynać się słownik, od znaku {"{"}
syntax-close-map = tu powinien kończyć się słownik, znakiem {"}"} (albo brakuje przecinka przed kolejną pozycją)
syntax-open-group = w tym miejscu powinna zaczynać się grupa pól, od znaku (
syntax-close-group = tu powinna kończyć się grupa pól, znakiem ) (albo brakuje przecinka przed kolejnym polem)
syntax-text = w tym miejscu powinien być tekst w prostym cudzysłowie (")
syntax-text-end = ten tekst nie ma cudzysłowu zamykającego
syntax-number = w tym miejscu powinna być liczba, np. 54.335
syntax-name = w tym miejscu powinna być nazwa: nazwa pola albo rodzaj, np. LetterOfIntent
syntax-escape = ten ukośnik wsteczny nie zaczyna żadnej znanej sekwencji: ukośnik zapisuje się jako \\, a cudzysłów jako \"
syntax-unexpected-char = znak „{ $char }” nie może się tu znaleźć
syntax-trailing = po końcu danych jest jeszcze tekst; usuń go
syntax-too-deep = nawiasy są tu zagnieżdżone zbyt głęboko
syntax-comment = komentarz otwarty przez /* nie jest nigdzie zamknięty przez */
syntax-other = w tym miejscu nie da się odczytać pliku (szczegóły techniczne: { $details })

data-unknown-field = nieznane pole „{ $field }” { $record }: usuń je albo popraw jego nazwę; dozwolone pola: { $expected }
data-missing-field = brakuje pola „{ $field }” { $record }; dodaj je
data-field-twice = pole „{ $field }” występuje dwa razy { $record }; zostaw jedno
record-file = na najwyższym poziomie pliku
record-home = w opisie Kartuz (home)
record-coordinates = we współrzędnych
record-partner = w opisie tego miasta partnerskiego (partners)
record-beginning = w opisie początku relacji (began)
record-step = w opisie tego kroku (steps)
record-person = w opisie tej osoby (people)
record-organisation = w opisie tego stowarzyszenia (organisations)
record-event = w opisie tego wydarzenia (events)
record-other = w { $name }
data-unknown-kind = „{ $found }” nie jest żadnym ze znanych rodzajów: { $expected }
data-wrong-value = ta wartość ma niewłaściwy typ: oczekiwano { $expected }, a jest { $found }
data-too-many-partners = liczba miast partnerskich: { $count }; plik z danymi może ich mieć najwyżej { $max }
data-too-many-events = liczba wydarzeń: { $count }; plik z danymi może ich mieć najwyżej { $max }
data-bad-id = identyfikator „{ $id }” musi się składać z 1–{ $max } znaków: małych liter ASCII, cyfr i łączników (np. „polanica-zdroj”)
data-id-twice = identyfikator „{ $id }” jest już użyty (po raz pierwszy w { $first }); identyfikatory nie mogą się powtarzać
data-unknown-partner = żadne miasto partnerskie nie ma identyfikatora „{ $id }”; znane identyfikatory: { $known }
data-bad-country-code = „{ $code }” nie jest kodem kraju: wpisz dwie wielkie litery (ISO 3166-1, np. „PL”)
data-unknown-country = kraju „{ $code }” nie ma w countries; dodaj tam jego nazwy (obecnie są tam: { $known })
data-latitude = szerokość geograficzna { $value } wykracza poza zakres od -90 do 90
data-longitude = długość geograficzna { $value } wykracza poza zakres od -180 do 180
data-empty = ten tekst jest pusty; uzupełnij go
data-no-paragraph = potrzebny jest co najmniej jeden akapit
data-no-date = to miasto partnerskie nie ma żadnej daty: podaj began albo co najmniej jeden krok w steps
data-missing-translation = brakuje tłumaczenia „{ $lang }”; dodaj "{ $lang }": "…"
data-empty-translation = tłumaczenie „{ $lang }” jest puste; uzupełnij je
data-bad-language = „{ $code }” nie jest kodem języka: wpisz dwie lub trzy małe litery (np. „pl”, „en”)
data-key-twice = klucz „{ $key }” powtarza się w tym słowniku; zostaw jeden
data-too-long = liczba znaków w tym tekście: { $chars } (dozwolone najwyżej { $max }); skróć go albo podziel na akapity
data-bad-char = znak nr { $index } w tym tekście ({ $code }) to { $class }; usuń go
char-control = znak sterujący
char-bidi = znak zmieniający kierunek pisma
char-format = niewidoczny znak formatujący
char-separator = separator wierszy lub akapitów
char-private-use = znak do użytku prywatnego, bez ustalonego znaczenia
char-noncharacter = kod zarezerwowany jako „nie-znak”, nieprzeznaczony do wyświetlania
char-unassigned = kod, któremu Unicode nie przypisał żadnego znaku
char-ignorable = niewidoczny znak przeznaczony do pomijania
data-too-many-marks = znak nr { $index } w tym tekście to o jeden łączący znak diakrytyczny za dużo: litera może mieć ich najwyżej { $max }; usuń go
data-lone-mark = znak nr { $index } w tym tekście to łączący znak diakrytyczny, przed którym nie ma litery; usuń go

date-error-format = „{ $text }” to niepoprawny zapis daty: wpisz RRRR, RRRR-MM albo RRRR-MM-DD (np. 1994, 1990-10, 1995-05-13)
date-error-year = „{ $text }” to niepoprawny rok: wpisz rok od 0001 do 9999
date-error-month = miesiąc { $month } nie istnieje: wpisz miesiąc od 01 do 12
date-error-day = dzień { $day } nie istnieje w miesiącu { $month } (ten miesiąc ma { $days } dni)

cli-unknown-language = nieznany język „{ $code }”; dostępne: { $codes }
cli-today = --today: { $problem }
cli-today-day = w „{ $text }” brakuje dnia: wpisz RRRR-MM-DD
cli-clock = zegar systemowy pokazuje datę spoza lat 1–9999; podaj datę w --today
cli-not-a-terminal = standardowe wyjście nie jest terminalem, więc przeglądarki nie da się wyświetlić.
    Wersja tekstowa: partner-cities print cities (albo: print timeline)
cli-cannot-write = nie można zapisać pliku { $file }: { $reason }
cli-cannot-write-out = nie można wypisać wyniku: { $reason }
cli-terminal = błąd terminala: { $reason }
cli-cannot-watch = { $file }: nie można śledzić zmian w tym pliku ({ $reason }); widoczne dane pozostaną do ponownego uruchomienia programu
cli-no-touchscreen = --touch: nie znaleziono ekranu dotykowego, który ten użytkownik może odczytać (musi należeć do grupy input); dotknięcia nie dotrą do programu
shot-extension = { $file }: nazwa pliku musi się kończyć na .svg (obraz) albo .txt (zwykły tekst)
shot-size = „{ $text }” nie jest rozmiarem; wpisz kolumny x wiersze, np. 100x30
shot-side = każdy wymiar musi mieć od 1 do { $max } komórek
shot-no-town = żadne miasto nie ma identyfikatora „{ $id }”; są: { $ids }
shot-home-timeline = „{ $id }” to same Kartuzy; na osi czasu wybiera się wydarzenia partnerów
shot-home-map = „{ $id }” to same Kartuzy; na mapie wybiera się partnerów
shot-no-events = „{ $id }” nie ma wydarzeń na osi czasu
shot-not-selectable = „{ $id }” nie da się wybrać w tym widoku

build-data-invalid = Wbudowany plik z danymi zawiera błędy; popraw go i zbuduj program ponownie (partner-cities check opisuje te same problemy):
