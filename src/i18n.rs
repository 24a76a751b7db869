//! Interface messages in every language (Fluent), with plural rules and date formats.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::data::PartialDate;
use crate::data::date::Precision;
use crate::glyphs::{GlyphMode, is_basic};

/// Interface languages, in the order `L` cycles through them; the first is the default.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("pl", include_str!("../data/i18n/pl.ftl")),
    ("en", include_str!("../data/i18n/en.ftl")),
    ("de", include_str!("../data/i18n/de.ftl")),
    ("fr", include_str!("../data/i18n/fr.ftl")),
    ("zh", include_str!("../data/i18n/zh.ftl")),
    ("ka", include_str!("../data/i18n/ka.ftl")),
];

fn empty_bundle(code: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks (U+2068/U+2069) would reach the terminal as invisible characters
    // and break width computations.
    bundle.set_use_isolating(false);
    bundle
}

/// The line where a message file's staff messages begin (`check`, problems in a data
/// file, the command line). The screens never ask for one (a test holds them to that), so
/// only the part before it is looked through for a screen's message.
const STAFF: &str = "## Staff";

/// One entry of a message file: a message (or term) from its id to the next entry.
#[derive(Debug)]
struct Entry {
    id: &'static str,
    /// The entry's Fluent source: its first line and every line that continues it.
    text: &'static str,
    /// Whether it has been read: taken as it is ([`Entry::plain`]), or parsed into the
    /// language's bundle (unless it did not parse).
    read: std::cell::Cell<bool>,
}

/// The entries of a Fluent source in file order, up to a line `stop` if there is one;
/// and the source after that line. An entry starts on a line that begins with a letter
/// (a message) or `-` (a term), and ends where the next line begins with a letter, `-`
/// or `#` (a comment): indented lines, blank lines and lines beginning with `}`, `[`,
/// `*` or `.` (a select's or an attribute's own) continue it. The Fluent parser starts
/// entries where it resumes after an error, so each text is the entry exactly.
fn entries(source: &'static str, stop: Option<&str>) -> (Vec<Entry>, &'static str) {
    let mut list = Vec::with_capacity(160);
    let mut open: Option<(usize, &'static str)> = None;
    let mut at = 0;
    let mut rest = "";
    for line in source.split_inclusive('\n') {
        if stop.is_some_and(|stop| line.trim_end() == stop) {
            rest = &source[at + line.len()..];
            break;
        }
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            if let Some((start, id)) = open.take() {
                list.push(Entry::new(id, &source[start..at]));
            }
            if !line.starts_with('#') {
                let id = line.split([' ', '=', '\n']).next().unwrap_or_default();
                open = Some((at, id));
            }
        }
        at += line.len();
    }
    if let Some((start, id)) = open {
        list.push(Entry::new(id, &source[start..at]));
    }
    (list, rest)
}

impl Entry {
    fn new(id: &'static str, text: &'static str) -> Self {
        Entry {
            id,
            text,
            read: std::cell::Cell::new(false),
        }
    }

    /// The message's text, if it is plain: one line, `id = text`, with no placeable (no
    /// `{` or `}`). Fluent would give just that text; taking it as it is spares parsing
    /// it and the language's bundle: most messages of a screen are plain (labels, titles,
    /// the footer's hints), and parsing them was most of what the first screen's messages
    /// cost. A test holds every plain entry of every file to what Fluent makes of it.
    fn plain(&self) -> Option<&'static str> {
        if self.id.starts_with('-') {
            return None;
        }
        let line = self.text.trim_end();
        let (id, value) = line.split_once('=')?;
        let value = value.trim_start_matches(' ');
        let plain =
            id.trim_end() == self.id && !value.is_empty() && !value.contains(['\n', '{', '}']);
        plain.then_some(value)
    }
}

/// One language's messages, each parsed the first time it is asked for: the first screen
/// needs 44 of the 131 its language has for screens.
struct Messages {
    code: &'static str,
    source: &'static str,
    /// The screens' entries, and the source of the staff's: found the first time a
    /// message is asked for.
    screens: std::cell::OnceCell<(Vec<Entry>, &'static str)>,
    /// The staff's entries: found the first time a message is not among the screens'.
    staff: std::cell::OnceCell<Vec<Entry>>,
    /// The messages parsed so far.
    bundle: std::cell::OnceCell<std::cell::RefCell<FluentBundle<FluentResource>>>,
}

impl Messages {
    fn new(code: &'static str, source: &'static str) -> Self {
        Messages {
            code,
            source,
            screens: std::cell::OnceCell::new(),
            staff: std::cell::OnceCell::new(),
            bundle: std::cell::OnceCell::new(),
        }
    }

    /// The entry of message `id`, if the file has one.
    fn entry(&self, id: &str) -> Option<&Entry> {
        let (screens, rest) = self
            .screens
            .get_or_init(|| entries(self.source, Some(STAFF)));
        let find = |list: &'_ [Entry]| list.iter().position(|e| e.id == id);
        match find(screens) {
            Some(i) => Some(&screens[i]),
            None => {
                let staff = self.staff.get_or_init(|| entries(rest, None).0);
                find(staff).map(|i| &staff[i])
            }
        }
    }

    /// The bundle, with message `id` in it if this language has it: parsed now if it
    /// was not yet. A message that does not parse is left out (the shipped files parse:
    /// a unit test parses each); it is then asked for in the next language.
    fn with(&self, id: &str) -> Option<std::cell::Ref<'_, FluentBundle<FluentResource>>> {
        let bundle = self
            .bundle
            .get_or_init(|| std::cell::RefCell::new(empty_bundle(self.code)));
        if !bundle.borrow().has_message(id) {
            let entry = self.entry(id)?;
            if entry.read.replace(true) {
                return None;
            }
            let resource = FluentResource::try_new(entry.text.to_string()).ok()?;
            bundle.borrow_mut().add_resource(resource).ok()?;
        }
        let bundle = bundle.borrow();
        bundle.has_message(id).then_some(bundle)
    }

    /// Whether a staff message has been read (taken as it is or parsed).
    fn staff_parsed(&self) -> bool {
        self.staff
            .get()
            .is_some_and(|list| list.iter().any(|e| e.read.get()))
    }
}

/// Where a message missing in one language is looked for next.
const FALLBACK: &[&str] = &["en", "pl"];

/// An argument to a message: numbers select plural forms, text is inserted as is.
pub enum Arg<'a> {
    Num(i64),
    Text(&'a str),
}

/// Every language's messages, each parsed the first time it is asked for.
pub struct I18n {
    /// One per entry of [`LANGUAGES`], in the same order.
    languages: Vec<Messages>,
    /// Languages whose letters the Linux console can draw (see `glyphs`): worked out the
    /// first time basic glyphs ask, as it reads every message of every language (0.2 ms
    /// of a 2 ms start that, with Unicode glyphs, never needs it).
    basic: std::cell::OnceCell<Vec<&'static str>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let codes: Vec<&str> = self.codes().collect();
        f.debug_struct("I18n").field("languages", &codes).finish()
    }
}

impl Default for I18n {
    fn default() -> Self {
        Self::new()
    }
}

impl I18n {
    /// The embedded message files, each parsed when first needed.
    pub fn new() -> Self {
        let languages = LANGUAGES
            .iter()
            .map(|(code, source)| Messages::new(code, source))
            .collect();
        I18n {
            languages,
            basic: std::cell::OnceCell::new(),
        }
    }

    /// Whether the Linux console can draw `code`: every letter of its messages is basic.
    fn is_basic(&self, code: &str) -> bool {
        self.basic
            .get_or_init(|| {
                LANGUAGES
                    .iter()
                    .filter(|(_, source)| {
                        source.chars().filter(|c| c.is_alphabetic()).all(is_basic)
                    })
                    .map(|(code, _)| *code)
                    .collect()
            })
            .contains(&code)
    }

    pub fn codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        LANGUAGES.iter().map(|(code, _)| *code)
    }

    /// The language code `code` names, if it is one of ours.
    pub fn find(&self, code: &str) -> Option<&'static str> {
        self.codes().find(|c| c.eq_ignore_ascii_case(code))
    }

    /// The languages that can be shown with `glyphs`, in cycle order.
    pub fn usable(&self, glyphs: GlyphMode) -> Vec<&'static str> {
        self.codes()
            .filter(|c| glyphs == GlyphMode::Unicode || self.is_basic(c))
            .collect()
    }

    /// The language to show for `lang` with `glyphs`: `lang` itself, or, when its script
    /// cannot be drawn (Chinese or Georgian on the Linux console), English and a notice
    /// saying why.
    pub fn shown(&self, lang: &'static str, glyphs: GlyphMode) -> (&'static str, Option<String>) {
        if self.usable(glyphs).contains(&lang) {
            return (lang, None);
        }
        let name = self.tr(lang, "language-name-english");
        let notice = self.tr_args("en", "notice-script", &[("language", Arg::Text(&name))]);
        ("en", Some(notice))
    }

    /// The language after `lang` in the cycle, skipping those `glyphs` cannot draw.
    pub fn next(&self, lang: &str, glyphs: GlyphMode) -> &'static str {
        let codes = self.usable(glyphs);
        let i = codes
            .iter()
            .position(|c| *c == lang)
            .unwrap_or(codes.len() - 1);
        codes[(i + 1) % codes.len()]
    }

    /// The bundle of `code`, with message `id` in it, if `code` has that message.
    fn bundle(
        &self,
        code: &str,
        id: &str,
    ) -> Option<std::cell::Ref<'_, FluentBundle<FluentResource>>> {
        self.messages(code)?.with(id)
    }

    /// The messages of language `code`, if it is one of ours.
    fn messages(&self, code: &str) -> Option<&Messages> {
        let i = LANGUAGES.iter().position(|(c, _)| *c == code)?;
        self.languages.get(i)
    }

    /// Whether any language's staff messages have been read, plain or parsed (the screens
    /// never need them; a test holds them to that).
    pub fn staff_parsed(&self) -> bool {
        self.languages.iter().any(Messages::staff_parsed)
    }

    /// Interface messages English has and `lang` lacks (shown in English instead).
    pub fn missing_messages(&self, lang: &str) -> Vec<String> {
        let english = LANGUAGES
            .iter()
            .find(|(c, _)| *c == "en")
            .map_or("", |(_, s)| s);
        message_ids(english)
            .into_iter()
            .filter(|id| !self.has(lang, id))
            .collect()
    }

    /// Whether `lang` itself has message `id` (no fallback).
    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.bundle(lang, id).is_some()
    }

    /// Message `id` in `lang`, falling back to English, then Polish, then the id itself.
    pub fn tr(&self, lang: &str, id: &str) -> String {
        self.tr_args(lang, id, &[])
    }

    pub fn tr_args(&self, lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
        // A plain message is its text, whatever the arguments; only where the first
        // language that has the message has it in a plain form.
        let first = std::iter::once(lang)
            .chain(FALLBACK.iter().copied())
            .filter_map(|code| self.messages(code)?.entry(id))
            .next();
        if let Some(entry) = first
            && let Some(text) = entry.plain()
        {
            entry.read.set(true);
            return text.to_string();
        }
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Text(t) => FluentValue::from(*t),
            };
            fluent_args.set(*name, value);
        }
        std::iter::once(lang)
            .chain(FALLBACK.iter().copied())
            .filter_map(|code| self.bundle(code, id))
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                Some(text.into_owned())
            })
            .unwrap_or_else(|| id.to_string())
    }

    /// "5 lat", "22 lata", "1 year": a count of years with the language's plural rules.
    pub fn years(&self, lang: &str, count: u16) -> String {
        self.tr_args(lang, "years", &[("count", Arg::Num(count.into()))])
    }

    /// A date at its own precision: "13 maja 1995", "październik 1990", "1994".
    pub fn date(&self, lang: &str, date: &PartialDate) -> String {
        let year = date.year().to_string();
        let month = date.month().unwrap_or(1);
        let day = i64::from(date.day().unwrap_or(1));
        let month_num = month.to_string();
        match date.precision() {
            Precision::Year => self.tr_args(lang, "date-year", &[("year", Arg::Text(&year))]),
            Precision::Month => {
                let name = self.tr(lang, &format!("month-{month}"));
                self.tr_args(
                    lang,
                    "date-month",
                    &[
                        ("month", Arg::Text(&name)),
                        ("m", Arg::Text(&month_num)),
                        ("year", Arg::Text(&year)),
                    ],
                )
            }
            Precision::Day => {
                let name = self.tr(lang, &format!("month-of-{month}"));
                self.tr_args(
                    lang,
                    "date-day",
                    &[
                        ("day", Arg::Num(day)),
                        ("month", Arg::Text(&name)),
                        ("m", Arg::Text(&month_num)),
                        ("year", Arg::Text(&year)),
                    ],
                )
            }
        }
    }

    /// A start date with how long ago it was: "1994 (32 lata temu)".
    pub fn date_with_age(&self, lang: &str, date: &PartialDate, today: &PartialDate) -> String {
        let shown = self.date(lang, date);
        match date.whole_years_until(today) {
            Some(0) => self.tr_args(lang, "this-year", &[("date", Arg::Text(&shown))]),
            Some(n) => self.tr_args(
                lang,
                "ago",
                &[("date", Arg::Text(&shown)), ("count", Arg::Num(n.into()))],
            ),
            None => shown,
        }
    }
}

/// The ids of the messages in a Fluent source.
fn message_ids(source: &str) -> Vec<String> {
    let Ok(resource) = FluentResource::try_new(source.to_string()) else {
        return Vec::new();
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i18n() -> I18n {
        I18n::new()
    }

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    /// `text` with each `~` a no-break space, as dates and ages use them.
    fn nb(text: &str) -> String {
        text.replace('~', "\u{a0}")
    }

    #[test]
    fn every_language_file_parses_and_covers_the_content_languages() {
        for (code, source) in LANGUAGES {
            assert!(
                FluentResource::try_new(source.to_string()).is_ok(),
                "{code} parses without errors"
            );
            let at = source.find("\n## Staff\n").expect("a staff part");
            let (screens, staff) = source.split_at(at);
            assert!(message_ids(screens).len() > 100, "{code} has its messages");
            assert!(
                message_ids(staff).len() > 50,
                "{code} has its staff's messages"
            );
        }
        let codes: Vec<&str> = LANGUAGES.iter().map(|(c, _)| *c).collect();
        assert_eq!(codes, crate::data::CONTENT_LANGUAGES);
        let i = i18n();
        for code in i.codes() {
            assert!(i.missing_messages(code).is_empty(), "{code}");
        }
    }

    /// Each message parsed on its own is the message the whole file holds: the same
    /// value and attributes, nothing left over (the entries are cut where the parser
    /// starts them), and every message of the file found.
    #[test]
    fn each_entry_parses_alone_as_in_the_whole_file() {
        use fluent_syntax::ast;
        let messages = |r: &FluentResource| -> Vec<String> {
            r.entries()
                .map(|e| match e {
                    ast::Entry::Message(m) => {
                        format!("{} {:?} {:?}", m.id.name, m.value, m.attributes)
                    }
                    other => format!("{other:?}"),
                })
                .filter(|e| !e.starts_with("Comment") && !e.starts_with("GroupComment"))
                .collect()
        };
        for (code, source) in LANGUAGES {
            let whole = FluentResource::try_new(source.to_string()).expect("parses");
            let (screens, rest) = entries(source, Some(STAFF));
            let (staff, _) = entries(rest, None);
            let one_by_one: Vec<String> = screens
                .iter()
                .chain(&staff)
                .flat_map(|e| {
                    let alone = FluentResource::try_new(e.text.to_string())
                        .unwrap_or_else(|_| panic!("{code} {} parses alone", e.id));
                    let found = messages(&alone);
                    assert_eq!(found.len(), 1, "{code} {}: {found:?}", e.id);
                    assert!(found[0].starts_with(&format!("{} ", e.id)), "{found:?}");
                    found
                })
                .collect();
            assert_eq!(one_by_one, messages(&whole), "{code}");
        }
    }

    /// A plain entry, taken as it is, is what Fluent makes of it, in every file; and the
    /// check finds plain entries (most are) and leaves the others to Fluent.
    #[test]
    fn a_plain_entry_is_what_fluent_makes_of_it() {
        let mut plain = 0;
        for (code, source) in LANGUAGES {
            let (screens, rest) = entries(source, Some(STAFF));
            let (staff, _) = entries(rest, None);
            for e in screens.iter().chain(&staff) {
                let Some(text) = e.plain() else {
                    continue;
                };
                plain += 1;
                let mut bundle = empty_bundle(code);
                let resource = FluentResource::try_new(e.text.to_string()).expect("parses");
                bundle.add_resource(resource).expect("one message");
                let pattern = bundle
                    .get_message(e.id)
                    .and_then(|m| m.value())
                    .unwrap_or_else(|| panic!("{code} {} is a message", e.id));
                let mut errors = Vec::new();
                let fluent = bundle.format_pattern(pattern, None, &mut errors);
                assert!(errors.is_empty(), "{code} {}: {errors:?}", e.id);
                assert_eq!(text, fluent, "{code} {}", e.id);
            }
        }
        assert!(plain > 100 * LANGUAGES.len(), "only {plain} plain entries");
        let not_plain = |text: &'static str| Entry::new("m", text).plain();
        assert_eq!(not_plain("m = { $n } km\n"), None);
        assert_eq!(not_plain("m =\n    two\n    lines\n"), None);
        assert_eq!(not_plain("m = a\n    .title = b\n"), None);
        assert_eq!(Entry::new("-term", "-term = a\n").plain(), None);
        assert_eq!(not_plain("m =   Karte  \n\n"), Some("Karte"));
    }

    /// A message is parsed when it is first asked for, and only it.
    #[test]
    fn messages_are_parsed_one_at_a_time() {
        let i = i18n();
        let parsed = |i: &I18n| -> Vec<(&str, &str)> {
            i.languages
                .iter()
                .flat_map(|m| {
                    let screens = m.screens.get().into_iter().flat_map(|(list, _)| list);
                    screens
                        .chain(m.staff.get().into_iter().flatten())
                        .filter(|e| e.read.get())
                        .map(|e| (m.code, e.id))
                })
                .collect()
        };
        assert!(parsed(&i).is_empty());
        assert_eq!(i.tr("de", "view-map"), "Karte");
        assert_eq!(i.tr("de", "view-map"), "Karte");
        assert_eq!(parsed(&i), [("de", "view-map")]);
        assert!(!i.staff_parsed());
        let _ = i.tr("de", "cli-clock");
        assert!(i.staff_parsed());
        assert_eq!(parsed(&i), [("de", "view-map"), ("de", "cli-clock")]);
    }

    #[test]
    fn every_message_exists_in_every_language() {
        let i18n = i18n();
        for (code, source) in LANGUAGES {
            for id in message_ids(source) {
                for other in i18n.codes() {
                    assert!(
                        i18n.has(other, &id),
                        "{id} (from {code}) is missing in {other}"
                    );
                }
            }
        }
    }

    #[test]
    fn formats_polish_dates_with_case() {
        let i = i18n();
        assert_eq!(i.date("pl", &d("1995-05-13")), nb("13~maja 1995"));
        assert_eq!(i.date("pl", &d("1990-10")), nb("październik 1990"));
        assert_eq!(i.date("pl", &d("1994")), nb("1994"));
        assert_eq!(i.date("pl", &d("2016-10-01")), nb("1~października 2016"));
    }

    #[test]
    fn formats_english_dates() {
        let i = i18n();
        assert_eq!(i.date("en", &d("1995-05-13")), nb("13~May 1995"));
        assert_eq!(i.date("en", &d("1990-10")), nb("October 1990"));
        assert_eq!(i.date("en", &d("1994")), nb("1994"));
    }

    #[test]
    fn formats_dates_in_every_language() {
        let i = i18n();
        let cases = [
            ("de", "1995-05-13", "13.~Mai 1995"),
            ("de", "1990-10", "Oktober 1990"),
            ("fr", "1995-05-13", "13~mai 1995"),
            ("fr", "2016-10-01", "1er~octobre 2016"),
            ("fr", "1990-10", "octobre 1990"),
            ("zh", "1995-05-13", "1995年5月13日"),
            ("zh", "1990-10", "1990年10月"),
            ("zh", "1994", "1994年"),
            ("ka", "1995-05-13", "1995~წლის 13~მაისი"),
            ("ka", "1990-10", "1990~წლის ოქტომბერი"),
        ];
        for (lang, date, expected) in cases {
            assert_eq!(i.date(lang, &d(date)), nb(expected), "{lang}");
        }
    }

    #[test]
    fn ages_use_each_languages_plural_rules() {
        let i = i18n();
        let today = d("2026-11-23");
        let cases = [
            ("de", "2025-01", "Januar 2025 (vor einem Jahr)"),
            ("de", "1994", "1994 (vor 32~Jahren)"),
            ("fr", "2025-01", "janvier 2025 (il~y~a 1~an)"),
            ("fr", "1994", "1994 (il~y~a 32~ans)"),
            ("zh", "1994", "1994年（32年前）"),
            ("ka", "1994", "1994~წ. (32~წლის წინ)"),
            ("pl", "2025-01", "styczeń 2025 (rok temu)"),
            ("pl", "2004", "2004 (22 lata temu)"),
        ];
        for (lang, date, expected) in cases {
            assert_eq!(
                i.date_with_age(lang, &d(date), &today),
                nb(expected),
                "{lang}"
            );
        }
    }

    #[test]
    fn polish_plural_forms_of_years() {
        let i = i18n();
        let cases = [
            (1, "1 rok"),
            (2, "2 lata"),
            (4, "4 lata"),
            (5, "5 lat"),
            (12, "12 lat"),
            (14, "14 lat"),
            (22, "22 lata"),
            (25, "25 lat"),
            (31, "31 lat"),
            (32, "32 lata"),
            (0, "0 lat"),
        ];
        for (n, expected) in cases {
            assert_eq!(i.years("pl", n), expected);
        }
    }

    #[test]
    fn english_plural_forms_of_years() {
        let i = i18n();
        assert_eq!(i.years("en", 1), "1 year");
        assert_eq!(i.years("en", 2), "2 years");
        assert_eq!(i.years("en", 31), "31 years");
    }

    #[test]
    fn ages_are_computed_from_today() {
        let i = i18n();
        let today = d("2026-11-23");
        assert_eq!(
            i.date_with_age("pl", &d("1994"), &today),
            "1994 (32 lata temu)"
        );
        assert_eq!(
            i.date_with_age("en", &d("1995-05-13"), &today),
            nb("13~May 1995 (31 years ago)")
        );
        assert_eq!(
            i.date_with_age("en", &d("2026-03"), &today),
            "March 2026 (this year)"
        );
    }

    #[test]
    fn output_has_no_isolation_marks_and_falls_back() {
        let i = i18n();
        let text = i.tr_args("pl", "timeline-only", &[("partner", Arg::Text("Gori"))]);
        assert_eq!(text, "tylko Gori");
        assert_eq!(i.tr("xx", "view-timeline"), "Timeline");
        assert_eq!(i.tr("pl", "no-such-message"), "no-such-message");
    }

    #[test]
    fn cycles_languages() {
        let i = i18n();
        let all: Vec<&str> = i.codes().collect();
        assert_eq!(all, ["pl", "en", "de", "fr", "zh", "ka"]);
        assert_eq!(i.next("pl", GlyphMode::Unicode), "en");
        assert_eq!(i.next("ka", GlyphMode::Unicode), "pl");
        assert_eq!(i.next("fr", GlyphMode::Unicode), "zh");
        assert_eq!(
            i.next("fr", GlyphMode::Basic),
            "pl",
            "zh and ka need more than the console"
        );
        assert_eq!(i.usable(GlyphMode::Basic), ["pl", "en", "de", "fr"]);
        assert_eq!(i.find("EN"), Some("en"));
        assert_eq!(i.find("xx"), None);
    }
}
