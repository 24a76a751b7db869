//! Interface messages in every language (Fluent), with plural rules and date formats.

use std::cell::OnceCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::data::date::Precision;
use crate::data::{Age, PartialDate};
use crate::glyphs::{GlyphMode, is_basic};

/// A language's messages: its code, the screens' file and the staff's (`check`, problems
/// in a data file, the command line). The screens never need the staff's file, which is
/// parsed only when one of its messages is asked for.
pub struct Language {
    pub code: &'static str,
    pub screens: &'static str,
    pub staff: &'static str,
}

macro_rules! language {
    ($code:literal) => {
        Language {
            code: $code,
            screens: include_str!(concat!("../../data/i18n/", $code, ".ftl")),
            staff: include_str!(concat!("../../data/i18n/staff/", $code, ".ftl")),
        }
    };
}

/// Interface languages, in the order `L` cycles through them; the first is the default.
pub const LANGUAGES: &[Language] = &[
    language!("pl"),
    language!("en"),
    language!("de"),
    language!("fr"),
    language!("zh"),
    language!("ka"),
];

impl Language {
    /// Both files.
    pub fn sources(&self) -> [&'static str; 2] {
        [self.screens, self.staff]
    }
}

/// One of a language's files in a Fluent bundle.
fn bundle(code: &str, source: &'static str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks (U+2068/U+2069) would reach the terminal as invisible characters
    // and break width computations.
    bundle.set_use_isolating(false);
    // The shipped files parse without errors (a unit test holds them to it); were one not
    // to, the entries that did parse are kept, and the others fall back to English.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Where a message missing in one language is looked for next.
const FALLBACK: &[&str] = &["en", "pl"];

/// An argument to a message: numbers select plural forms, text is inserted as is.
pub enum Arg<'a> {
    Num(i64),
    Text(&'a str),
}

/// Every language's messages. Each file is parsed the first time a message is looked for
/// in it: a session usually shows one or two of the six languages, and the screens never
/// look in the staff's files.
pub struct I18n {
    /// The screens' and the staff's bundle for each of [`LANGUAGES`], in the same order.
    bundles: Vec<[OnceCell<FluentBundle<FluentResource>>; 2]>,
    /// Languages whose letters the Linux console can draw (see `glyphs`): worked out the
    /// first time basic glyphs ask, as it reads every message of every language.
    basic: OnceCell<Vec<&'static str>>,
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
    pub fn new() -> Self {
        I18n {
            bundles: LANGUAGES.iter().map(|_| Default::default()).collect(),
            basic: OnceCell::new(),
        }
    }

    /// Whether the Linux console can draw `code`: every letter of its messages is basic.
    fn is_basic(&self, code: &str) -> bool {
        self.basic
            .get_or_init(|| {
                LANGUAGES
                    .iter()
                    .filter(|l| {
                        l.sources()
                            .iter()
                            .flat_map(|s| s.chars())
                            .filter(|c| c.is_alphabetic())
                            .all(is_basic)
                    })
                    .map(|l| l.code)
                    .collect()
            })
            .contains(&code)
    }

    pub fn codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        LANGUAGES.iter().map(|l| l.code)
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

    /// The bundle of language `code` that has message `id`: the screens', else the
    /// staff's; `None` when `code` is not one of ours or has no such message.
    fn bundle(&self, code: &str, id: &str) -> Option<&FluentBundle<FluentResource>> {
        let i = LANGUAGES.iter().position(|l| l.code == code)?;
        let language = &LANGUAGES[i];
        self.bundles[i]
            .iter()
            .zip(language.sources())
            .map(|(cell, source)| cell.get_or_init(|| bundle(language.code, source)))
            .find(|b| b.has_message(id))
    }

    /// Interface messages English has and `lang` lacks (shown in English instead).
    pub fn missing_messages(&self, lang: &str) -> Vec<String> {
        LANGUAGES
            .iter()
            .filter(|l| l.code == "en")
            .flat_map(|l| l.sources())
            .flat_map(message_ids)
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

    /// A date with how long ago it was, as precisely as the date allows (see
    /// [`PartialDate::age`]): "maj 1995 (31 lat temu)", "2025 (w zeszłym roku)", "1994".
    pub fn date_with_age(&self, lang: &str, date: &PartialDate, today: &PartialDate) -> String {
        let shown = self.date(lang, date);
        let date_arg = ("date", Arg::Text(&shown));
        match date.age(today) {
            Some(Age::ThisYear) => self.tr_args(lang, "this-year", &[date_arg]),
            Some(Age::LastYear) => self.tr_args(lang, "last-year", &[date_arg]),
            Some(Age::Years(n)) => {
                self.tr_args(lang, "ago", &[date_arg, ("count", Arg::Num(n.into()))])
            }
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
        for l in LANGUAGES {
            for source in l.sources() {
                assert!(
                    FluentResource::try_new(source.to_string()).is_ok(),
                    "{} parses without errors",
                    l.code
                );
            }
            let (screens, staff) = (message_ids(l.screens), message_ids(l.staff));
            assert!(screens.len() > 100, "{} has its messages", l.code);
            assert!(staff.len() > 50, "{} has its staff's messages", l.code);
            let both: Vec<&String> = screens.iter().filter(|id| staff.contains(id)).collect();
            assert!(both.is_empty(), "{}: in both files: {both:?}", l.code);
        }
        let codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
        assert_eq!(codes, crate::data::CONTENT_LANGUAGES);
        let i = i18n();
        for code in i.codes() {
            assert!(i.missing_messages(code).is_empty(), "{code}");
        }
    }

    #[test]
    fn every_message_exists_in_every_language() {
        let i18n = i18n();
        for l in LANGUAGES {
            for id in l.sources().into_iter().flat_map(message_ids) {
                for other in i18n.codes() {
                    assert!(
                        i18n.has(other, &id),
                        "{id} (from {}) is missing in {other}",
                        l.code
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
            ("de", "1994-05", "Mai 1994 (vor 32~Jahren)"),
            ("fr", "2025-01", "janvier 2025 (il~y~a 1~an)"),
            ("fr", "1994-05", "mai 1994 (il~y~a 32~ans)"),
            ("zh", "1994-05", "1994年5月（32年前）"),
            ("ka", "1994-05", "1994~წლის მაისი (32~წლის წინ)"),
            ("pl", "2025-01", "styczeń 2025 (rok temu)"),
            ("pl", "2004-05", "maj 2004 (22 lata temu)"),
            ("pl", "2025", "2025 (w zeszłym roku)"),
            ("en", "2025-12", "December 2025 (last year)"),
            ("de", "2025", "2025 (im vergangenen Jahr)"),
            ("fr", "2025", "2025 (l’an dernier)"),
            ("zh", "2025", "2025年（去年）"),
            ("ka", "2025", "2025~წ. (შარშან)"),
            // A year-only date further back: no count it cannot be sure of.
            ("pl", "2004", "2004"),
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
        assert_eq!(i.date_with_age("pl", &d("1994"), &today), "1994");
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
