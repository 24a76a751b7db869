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
label-photos = In the photos
label-related = Related articles
label-events = Events
label-partner = Partner town
label-date = Date
label-anniversaries = Milestone anniversaries in { $year }

label-distance = Distance from Kartuzy
distance = { $km } km { $direction }
map-km = { $km } km
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
partner-count = { $count ->
    [one] { $count } partner town
   *[other] { $count } partner towns
}
anniversary-line = { $date }: { $title } – { $years }
no-anniversaries = No milestone anniversary falls in { $year }.

timeline-only = only { $partner }
tour-hint = Touch the screen or press any key to start
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
began-contacts-since = in contact since { $year }
began-cooperation-since = cooperating since { $year }
step-partnership = Town partnership
step-partnership-name = town partnership
step-partnership-agreement = Partnership agreement
step-partnership-agreement-name = partnership agreement
step-cooperation-agreement = Cooperation agreement
step-cooperation-agreement-name = cooperation agreement
step-letter-of-intent = Letter of intent
step-letter-of-intent-name = letter of intent
step-council-consent = Kartuzy Town Council's consent to signing a cooperation agreement
step-council-consent-name = Kartuzy Town Council's consent to signing a cooperation agreement
step-on-date = { $step } ({ $date })
partner-line = { $name } ({ $country }) – { $relation }

# How pieces of a line join.
region-and-country = { $region }, { $country }
country-and-code = { $country } ({ $code })
town-and-country = { $name } ({ $country })
title-and-town = { $title } ({ $town })
person-and-role = { $name } – { $role }
event-with-date = { $date } – { $title }
event-with-partner = { $date } – { $partner }: { $title }
steps-separator = {"; "}

# Words a line may not end with (none in this language).
no-break-after = {""}

# A pane title with what it shows ("Map – Europe"); items of a list in a message.
pane-title-detail = { $title } – { $detail }
list-separator = {", "}
name-with-latin = { $name } ({ $latin })

## Staff
# For the staff: `check`, problems in a data file, mistakes on the command line.
# Field names (began, steps, countries) and kinds (LetterOfIntent) are the data file's own
# words and stay as they are.
check-valid = { $file }: valid; partners: { $partners }, events: { $events }
check-complete = { $lang }: complete
check-complete-required = { $lang } (required): complete
check-missing = { $lang }: content texts missing: { $texts }, interface messages missing: { $messages }; English is shown in their place
check-missing-message = message { $id }

data-at-path = at { $path }
data-cannot-read = cannot read the file: { $reason }
data-read-not-found = there is no such file
data-read-permission = permission denied
data-read-directory = this is a folder, not a file
data-too-big = the file has { $bytes } bytes; a data file may have at most { $max }
data-not-utf8 = the file is not valid UTF-8 here; save it as UTF-8

syntax-in-text = { $message }; a text on an earlier line may be missing its closing quote, which makes the reader take everything up to here as part of that text
syntax-end-of-file = the file ends too early: a bracket or a quote opened before is never closed
syntax-comma = a comma is missing here; entries are separated by commas
syntax-colon = a colon is missing here, after the key
syntax-open-list = a list is expected here, opening with [
syntax-close-list = the list should close here with ] (or a comma is missing before the next entry)
syntax-open-map = a map is expected here, opening with {"{"}
syntax-close-map = the map should close here with {"}"} (or a comma is missing before the next entry)
syntax-open-group = a group of fields is expected here, opening with (
syntax-close-group = the group of fields should close here with ) (or a comma is missing before the next field)
syntax-text = a text in straight double quotes (") is expected here
syntax-text-end = this text has no closing double quote
syntax-number = a number is expected here, such as 54.335
syntax-name = a name is expected here: a field name, or a kind such as LetterOfIntent
syntax-escape = this backslash begins no known escape: write \\ for a backslash and \" for a double quote
syntax-unexpected-char = the character “{ $char }” cannot stand here
syntax-trailing = there is more text after the end of the data; remove it
syntax-too-deep = the brackets are nested too deeply here
syntax-comment = a comment opened with /* is never closed with */
syntax-other = the file cannot be read here (the reader says: { $details })

data-unknown-field = unknown field “{ $field }” { $record }: remove it or correct its name; the fields allowed are: { $expected }
data-missing-field = the field “{ $field }” is missing { $record }; add it
data-field-twice = the field “{ $field }” is given twice { $record }; keep one
record-file = at the top level of the file
record-home = in the home town (home)
record-coordinates = in the coordinates
record-partner = in this partner (partners)
record-beginning = in this beginning (began)
record-step = in this step (steps)
record-person = in this person (people)
record-organisation = in this society (organisations)
record-event = in this event (events)
record-other = in { $name }
data-unknown-kind = “{ $found }” is not one of the kinds: { $expected }
data-wrong-value = this value has the wrong type: expected { $expected }, found { $found }
data-too-many-partners = { $count } partners; a data file may hold at most { $max }
data-too-many-events = { $count } events; a data file may hold at most { $max }
data-bad-id = the id “{ $id }” must be 1 to { $max } lowercase ASCII letters, digits and hyphens (e.g. “polanica-zdroj”)
data-id-twice = the id “{ $id }” is already used (first at { $first }); ids must be unique
data-unknown-partner = no partner has the id “{ $id }”; known ids: { $known }
data-bad-country-code = “{ $code }” is not a country code: write two capital letters (ISO 3166-1, e.g. “PL”)
data-unknown-country = the country “{ $code }” is not in countries; add its names there (there are: { $known })
data-latitude = latitude { $value } is outside -90 to 90
data-longitude = longitude { $value } is outside -180 to 180
data-empty = this text is empty; write it
data-no-paragraph = at least one paragraph is required
data-no-date = this partner has no date: give began or at least one step in steps
data-missing-translation = the “{ $lang }” translation is missing; add "{ $lang }": "…"
data-empty-translation = the “{ $lang }” translation is empty; write it
data-bad-language = “{ $code }” is not a language code: write two or three lowercase letters (e.g. “pl”, “en”)
data-key-twice = the key “{ $key }” is given again in this map; keep one
data-too-long = this text has { $chars } characters; the limit is { $max }: shorten it or split it into paragraphs
data-bad-char = character { $index } of this text ({ $code }) is { $class }; remove it
char-control = a control character
char-bidi = a character that changes the direction of writing
char-format = an invisible formatting character
char-separator = a line or paragraph separator
char-private-use = a private-use character, which has no agreed meaning
char-noncharacter = a noncharacter, which is never meant to be shown
char-unassigned = a code point to which Unicode assigns no character
char-ignorable = an invisible character meant to be ignored
data-too-many-marks = character { $index } of this text is one combining mark too many: a letter may carry at most { $max }; remove it
data-lone-mark = character { $index } of this text is a combining mark with no letter before it; remove it

date-error-format = “{ $text }” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1994, 1990-10, 1995-05-13)
date-error-year = “{ $text }” has no valid year: use 0001 to 9999
date-error-month = month { $month } does not exist: use 01 to 12
date-error-day = day { $day } does not exist in { $month } (that month has { $days } days)

cli-unknown-language = unknown language “{ $code }”; available: { $codes }
cli-today = --today: { $problem }
cli-today-day = “{ $text }” has no day: write YYYY-MM-DD
cli-clock = the system clock shows a date outside the years 1 to 9999; give the date with --today
cli-not-a-terminal = standard output is not a terminal, so the browser cannot be drawn.
    For text, use: partner-cities print cities (or: print timeline)
cli-cannot-write = cannot write { $file }: { $reason }
cli-cannot-write-out = cannot write the output: { $reason }
cli-terminal = terminal error: { $reason }
cli-cannot-watch = { $file }: cannot follow changes to this file ({ $reason }); the data shown stays until the program is restarted
cli-no-touchscreen = --touch: no touch screen this user may read was found (the user must be in the group input); taps will not reach the program
shot-extension = { $file }: the file name must end in .svg (a picture) or .txt (plain text)
shot-size = “{ $text }” is not a size; write columns x rows, e.g. 100x30
shot-side = each side must be 1 to { $max } cells
shot-no-town = no town has the id “{ $id }”; the ids are: { $ids }
shot-home-timeline = “{ $id }” is Kartuzy itself; the timeline selects the partners' events
shot-home-map = “{ $id }” is Kartuzy itself; the map selects partners
shot-no-events = “{ $id }” has no events in the timeline
shot-not-selectable = “{ $id }” cannot be selected in this view

build-data-invalid = The embedded data file is invalid; mend it and build again (partner-cities check explains the same problems):
