# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_partner_cities_global_optspecs
    string join \n data= lang= today= kiosk idle= tour-step= tour watch touch speech speech-command= text-size= resume= repeat-delay= repeat-interval= glyphs= theme= h/help V/version
end

function __fish_partner_cities_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_partner_cities_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_partner_cities_using_subcommand
    set -l cmd (__fish_partner_cities_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c partner-cities -n "__fish_partner_cities_needs_command" -l data -d 'Read this data file instead of the embedded one (RON, see README)' -r -F
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l lang -d 'Language of the screen and of every message: pl, en, de, fr, zh, ka. Default: the locale (LC_ALL, LC_MESSAGES, LANG), or Polish. (zh and ka need a Unicode terminal; with basic glyphs the screen falls back to English.)' -r
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l today -d 'Date to count anniversaries and durations from, instead of the local date' -r
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l idle -d 'Seconds without input before a warning that counts down 20 seconds, then the return to the home screen; 0 never. Default: 60 in kiosk mode, never otherwise' -r
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l tour-step -d 'Seconds per step of the attract tour (overview, each partner, timeline, map)' -r
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l speech-command -d 'Speak with this command instead of espeak-ng: for each utterance, `sh -c CMD` with the text (UTF-8) on standard input, the language (pl, en, de, fr, zh, ka) in SPEECH_LANG and the volume (10 to 100 percent) in SPEECH_VOLUME. When something new is to be said, the command\'s process group gets SIGTERM (and SIGKILL half a second later if it is still there)' -r
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l text-size -d 'The text size the kiosk\'s terminal was started at, for a session that can start it again at the other (`deploy/kiosk-session`): the screen then offers larger text (key T, the "A+" button), and to change it the program ends with status 10 (start me at the large size) or 11 (at the normal size), having written the visitor\'s place to --resume. An idle reset at the large size ends with 11' -r -f -a "normal\t''
large\t''"
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l resume -d 'Where the visitor\'s place (language, view, selection, contrast, speech) is kept across such a restart: read (and removed) at the start if it is there, written before ending with 10 or 11' -r -F
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l repeat-delay -d 'Milliseconds a key must be held before it repeats (moving and scrolling; what toggles never repeats). Where the terminal tells repeats apart (foot, kitty and others with the kitty keyboard protocol). 2000 with --repeat-interval 2000 meets EN 301 549 5.7, as the graphical kiosk is set. Default: as the terminal repeats' -r
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l repeat-interval -d 'Milliseconds between two repeats of a held key, at least (see --repeat-delay)' -r
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l glyphs -d 'Characters to draw with: basic suits the Linux console (no arrows, CJK or Georgian). Default: basic when TERM is linux or vt100-like, unicode otherwise' -r -f -a "unicode\t''
basic\t''"
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l theme -d 'Colours: auto follows NO_COLOR, COLORTERM and TERM' -r -f -a "auto\t''
dark\t''
light\t''
contrast\t'High contrast, for low vision'
mono\t'No colour; selection shown by reverse video and markers'"
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l kiosk -d 'Unattended kiosk: no key quits (only SIGTERM/SIGHUP from a supervisor end it), idle visitors are followed by a reset and the attract tour'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l tour -d 'Start the attract tour at once (for demos); any key stops it'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l watch -d 'Follow the --data file: when it changes and validates, show it without a restart; when it does not validate, keep the screen and log why. Always on with --kiosk'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l touch -d 'Read taps and swipes from the touch screen itself, for a full-screen kiosk whose terminal passes touches on to nobody (the Linux console; foot before 1.16)'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -l speech -d 'Start with speech on (otherwise Space turns it on, and in kiosk mode so do headphones plugged in). Each idle reset returns to this'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -s V -l version -d 'Print version'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -f -a "check" -d 'Validate a data file (the embedded one without FILE) and summarize it'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -f -a "print" -d 'Write the towns or the timeline as plain UTF-8 text to standard output'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -f -a "screenshot" -d 'Draw one screen into a file, through the same code as the live screen'
complete -c partner-cities -n "__fish_partner_cities_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partner-cities -n "__fish_partner_cities_using_subcommand check" -l data -d 'Read this data file instead of the embedded one (RON, see README)' -r -F
complete -c partner-cities -n "__fish_partner_cities_using_subcommand check" -l lang -d 'Language of the screen and of every message: pl, en, de, fr, zh, ka. Default: the locale (LC_ALL, LC_MESSAGES, LANG), or Polish. (zh and ka need a Unicode terminal; with basic glyphs the screen falls back to English.)' -r
complete -c partner-cities -n "__fish_partner_cities_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partner-cities -n "__fish_partner_cities_using_subcommand print" -l today -d 'Date to count anniversaries and durations from, instead of the local date' -r
complete -c partner-cities -n "__fish_partner_cities_using_subcommand print" -l data -d 'Read this data file instead of the embedded one (RON, see README)' -r -F
complete -c partner-cities -n "__fish_partner_cities_using_subcommand print" -l lang -d 'Language of the screen and of every message: pl, en, de, fr, zh, ka. Default: the locale (LC_ALL, LC_MESSAGES, LANG), or Polish. (zh and ka need a Unicode terminal; with basic glyphs the screen falls back to English.)' -r
complete -c partner-cities -n "__fish_partner_cities_using_subcommand print" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -s o -l output -d 'The file to write (.svg or .txt)' -r -F
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -l view -d 'What to show' -r -f -a "cities\t''
timeline\t''
map\t''
help\t'The key help, over the town list'"
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -l select -d 'Select this town by its id in the data file (kartuzy, duderstadt, kaili, ...); in the timeline, that partner\'s first event' -r
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -l zoom -d 'Map zoom. Default: region, or world when the selected town lies outside it' -r -f -a "region\t'The home town\'s neighbourhood (for Kartuzy: Europe)'
world\t''"
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -l size -d 'Screen size in columns and rows' -r
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -l today -d 'Date to count anniversaries and durations from, instead of the local date' -r
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -l glyphs -d 'Characters to draw with: basic as on the Linux console' -r -f -a "unicode\t''
basic\t''"
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -l theme -d 'Colours, as the browser\'s --theme but never auto: a screenshot reads nothing from the environment (light is drawn on a white background)' -r -f -a "dark\t''
light\t''
contrast\t'High contrast, for low vision'
mono\t'No colour; selection shown by reverse video and markers'"
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -l data -d 'Read this data file instead of the embedded one (RON, see README)' -r -F
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -l lang -d 'Language of the screen and of every message: pl, en, de, fr, zh, ka. Default: the locale (LC_ALL, LC_MESSAGES, LANG), or Polish. (zh and ka need a Unicode terminal; with basic glyphs the screen falls back to English.)' -r
complete -c partner-cities -n "__fish_partner_cities_using_subcommand screenshot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partner-cities -n "__fish_partner_cities_using_subcommand help; and not __fish_seen_subcommand_from check print screenshot help" -f -a "check" -d 'Validate a data file (the embedded one without FILE) and summarize it'
complete -c partner-cities -n "__fish_partner_cities_using_subcommand help; and not __fish_seen_subcommand_from check print screenshot help" -f -a "print" -d 'Write the towns or the timeline as plain UTF-8 text to standard output'
complete -c partner-cities -n "__fish_partner_cities_using_subcommand help; and not __fish_seen_subcommand_from check print screenshot help" -f -a "screenshot" -d 'Draw one screen into a file, through the same code as the live screen'
complete -c partner-cities -n "__fish_partner_cities_using_subcommand help; and not __fish_seen_subcommand_from check print screenshot help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
