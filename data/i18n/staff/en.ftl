# The staff's messages: check, problems in a data file, the command line, the build's
# check of the embedded file. The screens' messages are in ../en.ftl.

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
data-read-not-a-file = this is not a regular file but a device, a pipe or similar; give the path of a data file
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
cli-data-folder-gone = { $folder }: the data file’s folder has disappeared; the screen keeps showing the data it has and will follow changes to the file again once the folder is back
cli-no-touchscreen = --touch: no touch screen this user may read was found (the user must be in the input group); taps will not reach the program
shot-extension = { $file }: the file name must end in .svg (a picture) or .txt (plain text)
shot-size = “{ $text }” is not a size; write columns x rows, e.g. 100x30
shot-side = each side must be 1 to { $max } cells
shot-no-town = no town has the id “{ $id }”; the ids are: { $ids }
shot-home-timeline = “{ $id }” is Kartuzy itself; the timeline selects the partners’ events
shot-home-map = “{ $id }” is Kartuzy itself; the map selects partners
shot-no-events = “{ $id }” has no events in the timeline
shot-not-selectable = “{ $id }” cannot be selected in this view

build-data-invalid = The embedded data file is invalid; mend it and build again (partner-cities check explains the same problems):
speech-not-started = speech: the speech command could not be started ({ $reason }); the screen works as before, without sound (is espeak-ng installed?)
speech-failed = speech: the speech command ended with an error ({ $status }); the screen works as before (is there a sound card, and is the user in the audio group?)
speech-hung = speech: a speech command did not end when asked to and was killed; the screen works as before
