# Georgian interface messages. Every message here must exist in every language file.
language-name = ქართული
language-name-english = Georgian
app-title = კარტუზის პარტნიორი ქალაქები
view-cities = ქალაქები
view-timeline = ქრონოლოგია
view-map = რუკა
zoom-region = ევროპა
zoom-world = მსოფლიო
pane-cities = ქალაქები
pane-detail = დეტალები
pane-events = მოვლენები
pane-event = მოვლენა
pane-chart = თანამშრომლობა დროთა განმავლობაში
pane-help = დახმარება
overview-entry = კარტუზი (მიმოხილვა)
too-small = გაადიდეთ ფანჯარა
too-small-hint = საჭიროა სულ მცირე { $width }×{ $height }

label-separator = {": "}
label-native-name = სახელწოდება ორიგინალში
label-country = ქვეყანა
label-region = რეგიონი
label-areas = თანამშრომლობის სფეროები
label-story = ისტორია
label-people = პიროვნებები
label-organisations = საზოგადოებები
label-photos = ფოტოები კარტუზის ვებგვერდის სტატიაში
label-related = სტატიები ამავე თემაზე
label-events = მოვლენები
label-partner = პარტნიორი ქალაქი
label-date = თარიღი
label-anniversaries = { $year } წლის მრგვალი თარიღები

label-distance = მანძილი კარტუზიდან
distance = { $km } კმ { $direction }
map-km = { $km } კმ
map-legend-title = მანძილი კარტუზიდან
direction-n = ჩრდილოეთით
direction-ne = ჩრდილო-აღმოსავლეთით
direction-e = აღმოსავლეთით
direction-se = სამხრეთ-აღმოსავლეთით
direction-s = სამხრეთით
direction-sw = სამხრეთ-დასავლეთით
direction-w = დასავლეთით
direction-nw = ჩრდილო-დასავლეთით


years = { $count } წელი
ago = { $date } ({ $count } წლის წინ)
this-year = { $date } (წელს)
last-year = { $date } (შარშან)
partner-count = { $count } პარტნიორი ქალაქი
anniversary-line = { $date }: { $title } – { $count } წლისთავი
no-anniversaries = { $year } წელს მრგვალი თარიღები არ არის.

timeline-only = მხოლოდ { $partner }
tour-hint = დასაწყებად შეეხეთ ეკრანს ან დააჭირეთ ნებისმიერ კლავიშს
idle-warning-title = ისევ აქ ხართ?
idle-warning = { $seconds } წამის შემდეგ ეკრანი საწყის გვერდზე დაბრუნდება მომდევნო ვიზიტორისთვის. გასაგრძელებლად შეეხეთ ეკრანს ან დააჭირეთ ნებისმიერ კლავიშს.
timeline-empty = საჩვენებელი მოვლენები არ არის.
filter-prompt = ძიება
filter-empty = მოთხოვნით „{ $query }“ ვერაფერი მოიძებნა.

help-scope-global = ყოველთვის
help-scope-browse = დათვალიერება
help-scope-list = სია
help-scope-cities-list = ქალაქების სია
help-scope-timeline = ქრონოლოგია
help-scope-timeline-list = მოვლენების სია
help-scope-map = რუკა
help-scope-detail = დეტალების პანელი
help-scope-filter = ძიება
help-scope-help = დახმარების ფანჯარა
pane-language = ენა
help-scope-picker = ენის არჩევა
action-choose = არჩევა
action-close = დახურვა
notice-script = ეს ტერმინალი ვერ აჩვენებს ამ ენის დამწერლობას ({ $language }); ამიტომ ტექსტი ინგლისურ ენაზეა.
help-mouse = მაუსი: დაწკაპუნებით აირჩევთ სტრიქონს ან ჩანართს, ბორბლით კი ტექსტს გადაახვევთ.
help-credit-map = რუკა: სანაპირო ხაზებისა და საზღვრების წყარო – Natural Earth (naturalearthdata.com); მონაცემები საზოგადოებრივ საკუთრებაშია.

action-quit = გასვლა
action-down = ქვემოთ
action-up = ზემოთ
action-page-down = შემდეგი გვერდი
action-page-up = წინა გვერდი
action-first = დასაწყისში
action-last = ბოლოში
action-focus-detail = დეტალების წაკითხვა
action-focus-list = სიაში დაბრუნება
action-next-view = შემდეგი ხედი
action-prev-view = წინა ხედი
action-view-cities = ქალაქების ხედი
action-view-timeline = ქრონოლოგია
action-view-map = რუკა
action-zoom-in = გადიდება
action-zoom-out = შემცირება
action-filter = ძიება
action-filter-type = ჩაწერეთ საძიებო ტექსტი
action-filter-backspace = სიმბოლოს წაშლა
action-filter-keep = ფილტრის შენახვა
action-filter-clear = ფილტრის გასუფთავება
action-language = ენა
action-help = დახმარება
action-close-help = დახმარების დახურვა
action-partner-only = მხოლოდ ეს ქალაქი
action-open-partner = ქალაქის ჩვენება

month-1 = იანვარი
month-2 = თებერვალი
month-3 = მარტი
month-4 = აპრილი
month-5 = მაისი
month-6 = ივნისი
month-7 = ივლისი
month-8 = აგვისტო
month-9 = სექტემბერი
month-10 = ოქტომბერი
month-11 = ნოემბერი
month-12 = დეკემბერი
month-of-1 = იანვარი
month-of-2 = თებერვალი
month-of-3 = მარტი
month-of-4 = აპრილი
month-of-5 = მაისი
month-of-6 = ივნისი
month-of-7 = ივლისი
month-of-8 = აგვისტო
month-of-9 = სექტემბერი
month-of-10 = ოქტომბერი
month-of-11 = ნოემბერი
month-of-12 = დეკემბერი
date-day = { $year } წლის { $day } { $month }
date-month = { $year } წლის { $month }
date-year = { $year } წ.

# The overview lists the first towns and events; the rest are in the list.
more-in-list = …და კიდევ { $count } სიაში

# როგორ დაიწყო ურთიერთობა და რას მოეწერა ხელი ან რა გადაწყდა: დეტალებსა და მიმოხილვაში.
name-with-latin = { $name } ({ $latin })
label-partners-since = პირველი პარტნიორობა
partners-since = { $year } წ. ({ $name })
began-contacts = კონტაქტების დასაწყისი
began-cooperation = თანამშრომლობის დასაწყისი
began-contacts-since = კონტაქტები { $year } წელს დაიწყო
began-cooperation-since = თანამშრომლობა { $year } წლიდან
step-partnership = ქალაქების დაძმობილება
step-partnership-name = ქალაქების დაძმობილება
step-partnership-agreement = პარტნიორობის შეთანხმება
step-partnership-agreement-name = პარტნიორობის შეთანხმება
step-cooperation-agreement = თანამშრომლობის ხელშეკრულება
step-cooperation-agreement-name = თანამშრომლობის ხელშეკრულება
step-letter-of-intent = განზრახვის წერილი
step-letter-of-intent-name = განზრახვის წერილი
step-council-consent = კარტუზის საქალაქო საბჭოს თანხმობა თანამშრომლობის ხელშეკრულების ხელმოწერაზე
step-council-consent-name = კარტუზის საქალაქო საბჭოს თანხმობა თანამშრომლობის ხელშეკრულების ხელმოწერაზე
step-on-date = { $step } ({ $date })
partner-line = { $name } ({ $country }) – { $relation }

# როგორ უერთდება ერთმანეთს სტრიქონის ნაწილები.
region-and-country = { $region }, { $country }
country-and-code = { $country } ({ $code })
town-and-country = { $name } ({ $country })
title-and-town = { $title } ({ $town })
person-and-role = { $name } – { $role }
event-with-date = { $date } – { $title }
event-with-partner = { $date } – { $title } (პარტნიორი ქალაქი: { $partner })
steps-separator = {"; "}

# Words a line may not end with (none in this language).
no-break-after = {""}

# პანელის სათაური იმის მითითებით, რას აჩვენებს („რუკა – ევროპა“); შეტყობინებაში ჩამოთვლილი ელემენტების გამყოფი.
pane-title-detail = { $title } – { $detail }
list-separator = {", "}

# მეტყველება — ვიზიტორებისთვის, რომლებიც ეკრანს ვერ ხედავენ. წარმოითქმის, არ ჩანს
# (მოქმედებების სახელები დახმარებაშია). მისალმება ასახელებს ღილაკს, რომელიც ამ ენას ირჩევს.
action-speech = გახმოვანების ჩართვა ან გამორთვა
action-speech-repeat = გამეორება
action-speech-stop = კითხვის შეწყვეტა
action-louder = უფრო ხმამაღლა
action-quieter = უფრო ჩუმად
hint-swipe = ტექსტის გადასახვევად გადაუსვით თითი
action-contrast = მაღალი კონტრასტი
action-text-size = უფრო დიდი ტექსტი
speech-welcome = ქართული: დააჭირეთ { $key ->
    [1] ერთს
    [2] ორს
    [3] სამს
    [4] ოთხს
    [5] ხუთს
    [6] ექვსს
   *[other] { $key }-ს
}.
speech-keys = ისრებით სიაში გადაადგილდებით. Enter დეტალებს წაიკითხავს, R გაიმეორებს, S კითხვას შეწყვეტს, ჰარის კლავიში კი გახმოვანებას გამორთავს.
speech-off = გახმოვანება გამორთულია.
speech-contrast-on = მაღალი კონტრასტი ჩართულია.
speech-contrast-off = მაღალი კონტრასტი გამორთულია.
speech-search = ძიება: { $text }. { $count ->
    [0] ვერაფერი მოიძებნა.
   *[other] მოიძებნა { $count } შედეგი.
}
speech-map-town = { $name }: { $distance }
speech-volume = ხმა { $percent } პროცენტი.
distance-spoken = { $km } კილომეტრი { $direction }
key-down = ქვედა ისარი
key-up = ზედა ისარი
key-left = მარცხენა ისარი
key-right = მარჯვენა ისარი
key-page-down = Page Down
key-page-up = Page Up
key-home = Home
key-end = End
key-tab = Tab
key-back-tab = Shift Tab
key-enter = Enter
key-esc = Escape
key-backspace = Backspace
key-space = ჰარის კლავიში
key-question-mark = კითხვის ნიშანი
key-slash = დახრილი ხაზი
key-plus = პლიუსი
key-minus = მინუსი
key-equals = ტოლობის ნიშანი
key-volume-up = ხმის აწევა
key-volume-down = ხმის დაწევა
key-ctrl = კონტროლი { $key }
