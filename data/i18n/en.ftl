# English interface messages. Every message here must exist in every language file.
language-name = English
language-name-english = English
app-title = Partner towns of Kartuzy
view-cities = Towns
view-timeline = Timeline
view-map = Map
zoom-region = Europe
zoom-world = World
pane-cities = Towns
pane-detail = Details
pane-events = Events
pane-event = Event
pane-chart = Partner towns over time
pane-help = Help
overview-entry = Kartuzy (overview)
too-small = Enlarge the window
too-small-hint = at least { $width }×{ $height } needed

label-separator = {": "}
label-native-name = Native name
label-country = Country
label-region = Region
label-areas = Areas of cooperation
label-story = Story
label-people = People
label-organisations = Societies
label-photos = Photos in the article on the Kartuzy website
label-related = Related articles
label-events = Events
label-partner = Partner town
label-date = Date
label-anniversaries = Milestone anniversaries in { $year }

label-distance = Distance from Kartuzy
distance = { $km } km { $direction }
map-km = { $km } km
map-legend-title = Distance from Kartuzy
direction-n = north
direction-ne = north-east
direction-e = east
direction-se = south-east
direction-s = south
direction-sw = south-west
direction-w = west
direction-nw = north-west

years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
ago = { $date } ({ $count ->
    [one] { $count } year
   *[other] { $count } years
} ago)
this-year = { $date } (this year)
last-year = { $date } (last year)
partner-count = { $count ->
    [one] { $count } partner town
   *[other] { $count } partner towns
}
anniversary-line = { $date }: { $title } – { $years }
no-anniversaries = No milestone anniversary falls in { $year }.

timeline-only = only { $partner }
tour-hint = Touch the screen or press any key to start
idle-warning-title = Are you still there?
idle-warning = In { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
}, the screen will return to the start page for the next visitor. Touch the screen or press any key to continue.
timeline-empty = No events to show.
filter-prompt = Search
filter-empty = Nothing matches “{ $query }”.

help-scope-global = Always
help-scope-browse = Browsing
help-scope-list = List
help-scope-cities-list = Town list
help-scope-timeline = Timeline
help-scope-timeline-list = Event list
help-scope-map = Map
help-scope-detail = Detail pane
help-scope-filter = Search
help-scope-help = Help window
pane-language = Language
help-scope-picker = Language choice
action-choose = choose
action-close = close
notice-script = This terminal cannot draw { $language } script; showing English instead.
help-mouse = Mouse: a click selects a row or a tab, the wheel scrolls.
help-credit-map = Map: coastlines and borders from Natural Earth (naturalearthdata.com), in the public domain.

action-quit = quit
action-down = down
action-up = up
action-page-down = page down
action-page-up = page up
action-first = to the top
action-last = to the end
action-focus-detail = read details
action-focus-list = back to the list
action-next-view = next view
action-prev-view = previous view
action-view-cities = towns view
action-view-timeline = timeline
action-view-map = map
action-zoom-in = zoom in
action-zoom-out = zoom out
action-filter = search
action-filter-type = type what to find
action-filter-backspace = delete a character
action-filter-keep = keep the filter
action-filter-clear = clear the filter
action-language = language
action-help = help
action-close-help = close help
action-partner-only = only this town
action-open-partner = show the town

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-of-1 = January
month-of-2 = February
month-of-3 = March
month-of-4 = April
month-of-5 = May
month-of-6 = June
month-of-7 = July
month-of-8 = August
month-of-9 = September
month-of-10 = October
month-of-11 = November
month-of-12 = December
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
date-year = { $year }

# The overview lists the first towns and events; the rest are in the list.
more-in-list = { $count ->
    [one] …and { $count } more in the list
   *[other] …and { $count } more in the list
}

# How a relation began and what was signed or decided, in the details and the overview.
label-partners-since = First partnership
partners-since = { $year } ({ $name })
began-contacts = Contacts began
began-cooperation = Cooperation began
began-contacts-since = contacts began in { $year }
began-cooperation-since = cooperating since { $year }
step-partnership = Town partnership
step-partnership-name = town partnership
step-partnership-agreement = Partnership agreement
step-partnership-agreement-name = partnership agreement
step-cooperation-agreement = Cooperation agreement
step-cooperation-agreement-name = cooperation agreement
step-letter-of-intent = Letter of intent
step-letter-of-intent-name = letter of intent
step-council-consent = Kartuzy Town Council’s consent to signing a cooperation agreement
step-council-consent-name = Kartuzy Town Council’s consent to signing a cooperation agreement
step-on-date = { $step } ({ $date })
partner-line = { $name } ({ $country }) – { $relation }

# How pieces of a line join.
region-and-country = { $region }, { $country }
country-and-code = { $country } ({ $code })
town-and-country = { $name } ({ $country })
title-and-town = { $title } ({ $town })
person-and-role = { $name } – { $role }
event-with-date = { $date } – { $title }
event-with-partner = { $date } – { $title } (partner town: { $partner })
steps-separator = {"; "}

# Words a line may not end with (none in this language).
no-break-after = {""}

# A pane title with what it shows ("Map – Europe"); items of a list in a message.
pane-title-detail = { $title } – { $detail }
list-separator = {", "}
name-with-latin = { $name } ({ $latin })

# Speech, for visitors who cannot see the screen. Said, not shown (the action labels are
# shown in the help). The welcome names the key that chooses this language.
action-speech = speech on or off
action-speech-repeat = say it again
action-speech-stop = stop speaking
action-louder = louder
action-quieter = quieter
hint-swipe = swipe to scroll
action-contrast = high contrast
action-text-size = larger text
speech-welcome = For English, press { $key }.
speech-keys = Use the arrow keys to move through the list. Press Enter to hear the details. Press R to repeat, S to stop, and the space bar to turn speech off.
speech-off = Speech off.
speech-contrast-on = High contrast on.
speech-contrast-off = High contrast off.
speech-search = Search: { $text }. { $count ->
    [0] Nothing matches.
    [one] One match.
   *[other] { $count } matches.
}
speech-map-town = { $name }: { $distance }
speech-volume = Volume { $percent } per cent.
distance-spoken = { $km ->
    [one] { $km } kilometre
   *[other] { $km } kilometres
} { $direction }
key-down = down arrow
key-up = up arrow
key-left = left arrow
key-right = right arrow
key-page-down = Page Down
key-page-up = Page Up
key-home = Home
key-end = End
key-tab = Tab
key-back-tab = Shift Tab
key-enter = Enter
key-esc = Escape
key-backspace = Backspace
key-space = Space
key-question-mark = question mark
key-slash = slash
key-plus = plus
key-minus = minus
key-equals = equals sign
key-volume-up = volume up
key-volume-down = volume down
key-ctrl = Control { $key }
