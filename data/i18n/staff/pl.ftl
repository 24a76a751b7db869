# The staff's messages: check, problems in a data file, the command line, the build's
# check of the embedded file. The screens' messages are in ../pl.ftl.

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
data-read-not-a-file = to nie jest zwykły plik, lecz na przykład urządzenie lub potok; podaj plik z danymi
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
cli-data-folder-gone = { $folder }: katalogu z plikiem danych już nie ma; ekran zachowuje dotychczasowe dane, a zmiany w pliku będą znów śledzone, gdy katalog pojawi się ponownie
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
speech-not-started = mowa: nie udało się uruchomić polecenia mowy ({ $reason }); ekran działa dalej, ale bez dźwięku (czy espeak-ng jest zainstalowany?)
speech-failed = mowa: polecenie mowy zakończyło się błędem ({ $status }); ekran działa dalej (czy karta dźwiękowa jest dostępna i czy użytkownik należy do grupy audio?)
speech-hung = mowa: polecenie mowy nie zakończyło się na żądanie, więc zostało przerwane siłą; ekran działa dalej
