//! The rules a data file must follow beyond its shape: ids, references, languages, characters.

use std::collections::BTreeMap;

use super::locate::FieldPath;
use super::{CONTENT_LANGUAGES, Coordinates, DataFile, Localized, REQUIRED_LANGUAGES};

/// One broken rule, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: FieldPath,
    pub message: String,
}

/// A text that lacks a translation it should have but need not (it falls back to English,
/// then Polish).
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub lang: &'static str,
    pub path: FieldPath,
}

/// Every rule the file breaks, in file order as far as the walk allows.
pub fn validate(file: &DataFile) -> Vec<Problem> {
    let mut v = Validator::default();
    v.check(file);
    v.problems
}

/// Every rule the file breaks, and every translation it lacks in the languages beyond the
/// required ones (for `check`'s report; the program itself never needs them).
pub fn validate_with_gaps(file: &DataFile) -> (Vec<Problem>, Vec<Gap>) {
    let mut v = Validator {
        gaps: Some(Vec::new()),
        ..Validator::default()
    };
    v.check(file);
    (v.problems, v.gaps.unwrap_or_default())
}

/// Characters that would let a text change the terminal or its own direction of writing:
/// C0 and C1 controls (ESC among them), bidirectional overrides and isolates, zero-width marks.
pub fn forbidden_char(c: char) -> Option<&'static str> {
    match c {
        '\u{0}'..='\u{1f}' | '\u{7f}' => Some("a control character (C0)"),
        '\u{80}'..='\u{9f}' => Some("a control character (C1)"),
        '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Some("a bidirectional control character")
        }
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => Some("a zero-width character"),
        _ => None,
    }
}

/// Most partners a data file may hold: far beyond any real twinning list (a country's
/// has tens of thousands), so a runaway file is refused with a message, not a slow kiosk.
pub const MAX_PARTNERS: usize = 50_000;
/// Most events a data file may hold.
pub const MAX_EVENTS: usize = 500_000;
/// Longest id.
pub const MAX_ID_BYTES: usize = 64;
/// Longest text (one translation, a name, a paragraph), in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// A path into the data built on the stack as the walk goes down, turned into a
/// [`FieldPath`] only for a problem to report: the walk over a large file allocates nothing
/// for the fields that are fine.
#[derive(Clone, Copy)]
struct P<'a> {
    parent: Option<&'a P<'a>>,
    step: Option<Step<'a>>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Field(&'static str),
    Index(usize),
    Key(&'a str),
}

impl<'a> P<'a> {
    fn root() -> P<'static> {
        P {
            parent: None,
            step: None,
        }
    }

    fn with(&'a self, step: Step<'a>) -> P<'a> {
        P {
            parent: Some(self),
            step: Some(step),
        }
    }

    fn field(&'a self, name: &'static str) -> P<'a> {
        self.with(Step::Field(name))
    }

    fn index(&'a self, i: usize) -> P<'a> {
        self.with(Step::Index(i))
    }

    fn key(&'a self, key: &'a str) -> P<'a> {
        self.with(Step::Key(key))
    }

    fn full(&self) -> FieldPath {
        let mut steps = Vec::new();
        let mut at = Some(self);
        while let Some(p) = at {
            steps.extend(p.step);
            at = p.parent;
        }
        steps.reverse();
        let mut path = FieldPath::root();
        for step in steps {
            path = match step {
                Step::Field(name) => path.field(name),
                Step::Index(i) => path.index(i),
                Step::Key(k) => path.key(k),
            };
        }
        path
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
    /// Collected only when asked for.
    gaps: Option<Vec<Gap>>,
}

impl Validator {
    fn report(&mut self, path: FieldPath, message: impl Into<String>) {
        self.problems.push(Problem {
            path,
            message: message.into(),
        });
    }

    fn check(&mut self, file: &DataFile) {
        let root = P::root();
        for (field, count, max) in [
            ("partners", file.partners.len(), MAX_PARTNERS),
            ("events", file.events.len(), MAX_EVENTS),
        ] {
            if count > max {
                self.report(
                    root.field(field).full(),
                    format!("{count} {field}; a data file may hold at most {max}"),
                );
            }
        }
        let home = root.field("home");
        let mut ids: BTreeMap<&str, FieldPath> = BTreeMap::new();

        self.id(&home.field("id"), &file.home.id, &mut ids);
        self.name(&home.field("name"), &file.home.name);
        self.country(&home.field("country"), &file.home.country, file);
        self.text(&home.field("region"), &file.home.region);
        self.coordinates(&home.field("coordinates"), file.home.coordinates);
        self.paragraphs(&home.field("intro"), &file.home.intro);

        let countries = root.field("countries");
        for (code, name) in &file.countries {
            let path = countries.key(code);
            if !is_country_code(code) {
                self.report(
                    path.full(),
                    format!("\"{code}\" is not a country code: use two capital letters (ISO 3166-1, e.g. \"PL\")"),
                );
            }
            self.text(&path, name);
        }

        let partners = root.field("partners");
        for (i, partner) in file.partners.iter().enumerate() {
            let p = partners.index(i);
            self.id(&p.field("id"), &partner.id, &mut ids);
            self.name(&p.field("name"), &partner.name);
            if let Some(native) = &partner.native_name {
                self.name(&p.field("native_name"), native);
            }
            self.country(&p.field("country"), &partner.country, file);
            self.text(&p.field("region"), &partner.region);
            self.coordinates(&p.field("coordinates"), partner.coordinates);
            self.text(&p.field("summary"), &partner.summary);
            self.paragraphs(&p.field("story"), &partner.story);
            self.texts(&p.field("areas"), &partner.areas);
            let people = p.field("people");
            for (j, person) in partner.people.iter().enumerate() {
                let path = people.index(j);
                self.name(&path.field("name"), &person.name);
                self.text(&path.field("role"), &person.role);
            }
            let organisations = p.field("organisations");
            for (j, org) in partner.organisations.iter().enumerate() {
                let path = organisations.index(j);
                self.name(&path.field("name"), &org.name);
                self.text(&path.field("role"), &org.role);
            }
            self.texts(&p.field("photos"), &partner.photos);
            self.texts(&p.field("related"), &partner.related);
        }

        let partner_ids: std::collections::HashSet<&str> =
            file.partners.iter().map(|p| p.id.as_str()).collect();
        let events = root.field("events");
        for (i, event) in file.events.iter().enumerate() {
            let e = events.index(i);
            if !partner_ids.contains(event.partner.as_str()) {
                let known: Vec<&str> = file
                    .partners
                    .iter()
                    .map(|p| p.id.as_str())
                    .take(10)
                    .collect();
                let more = if file.partners.len() > known.len() {
                    ", …"
                } else {
                    ""
                };
                self.report(
                    e.field("partner").full(),
                    format!(
                        "no partner has the id \"{}\"; known ids: {}{more}",
                        printable(&event.partner),
                        known.join(", ")
                    ),
                );
            }
            self.text(&e.field("title"), &event.title);
            self.text(&e.field("description"), &event.description);
        }
    }

    fn id<'a>(&mut self, path: &P, id: &'a str, seen: &mut BTreeMap<&'a str, FieldPath>) {
        let well_formed = !id.is_empty()
            && id.len() <= MAX_ID_BYTES
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            self.report(
                path.full(),
                format!("id \"{}\" must be 1 to {MAX_ID_BYTES} lowercase ASCII letters, digits and hyphens (e.g. \"polanica-zdroj\")", printable(id)),
            );
        } else if let Some(first) = seen.get(id) {
            self.report(
                path.full(),
                format!("id \"{id}\" is used twice (first at {first}); ids must be unique"),
            );
        } else {
            seen.insert(id, path.full());
        }
    }

    fn country(&mut self, path: &P, code: &str, file: &DataFile) {
        if !file.countries.contains_key(code) {
            let known: Vec<&str> = file.countries.keys().map(String::as_str).collect();
            self.report(
                path.full(),
                format!(
                    "country \"{}\" is not in `countries`; add its names there (known: {})",
                    printable(code),
                    known.join(", ")
                ),
            );
        }
    }

    fn coordinates(&mut self, path: &P, c: Coordinates) {
        if !(c.lat.is_finite() && (-90.0..=90.0).contains(&c.lat)) {
            self.report(
                path.field("lat").full(),
                format!("latitude {} is outside -90..90", c.lat),
            );
        }
        if !(c.lon.is_finite() && (-180.0..=180.0).contains(&c.lon)) {
            self.report(
                path.field("lon").full(),
                format!("longitude {} is outside -180..180", c.lon),
            );
        }
    }

    /// A name or other untranslated text: required and clean.
    fn name(&mut self, path: &P, text: &str) {
        if text.trim().is_empty() {
            self.report(path.full(), "this text is empty; write it");
        }
        self.chars(path, text);
    }

    fn chars(&mut self, path: &P, text: &str) {
        if let Some(message) = text_problem(text) {
            self.report(path.full(), message);
        }
    }

    fn text(&mut self, path: &P, text: &Localized) {
        if let Some(gaps) = &mut self.gaps {
            for lang in CONTENT_LANGUAGES
                .iter()
                .filter(|l| !REQUIRED_LANGUAGES.contains(l))
            {
                if text.text(lang).is_none_or(|t| t.trim().is_empty()) {
                    gaps.push(Gap {
                        lang,
                        path: path.full(),
                    });
                }
            }
        }
        for lang in REQUIRED_LANGUAGES {
            match text.text(lang) {
                None => self.report(
                    path.full(),
                    format!("the \"{lang}\" translation is missing; add \"{lang}\": \"…\""),
                ),
                Some(t) if t.trim().is_empty() => self.report(
                    path.key(lang).full(),
                    format!("the \"{lang}\" translation is empty; write it"),
                ),
                Some(_) => {}
            }
        }
        for (lang, t) in &text.0 {
            let valid_code =
                (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
            if !valid_code {
                self.report(
                    path.key(lang).full(),
                    format!("\"{}\" is not a language code: use two or three lowercase letters (e.g. \"pl\", \"en\")", printable(lang)),
                );
            }
            // The path is built only for a text that breaks a rule.
            if let Some(message) = text_problem(t) {
                self.report(path.key(lang).full(), message);
            }
        }
    }

    fn texts(&mut self, path: &P, texts: &[Localized]) {
        for (i, t) in texts.iter().enumerate() {
            self.text(&path.index(i), t);
        }
    }

    fn paragraphs(&mut self, path: &P, texts: &[Localized]) {
        if texts.is_empty() {
            self.report(path.full(), "at least one paragraph is required");
        }
        self.texts(path, texts);
    }
}

/// What is wrong with a text's characters or length, if anything.
fn text_problem(text: &str) -> Option<String> {
    // Bytes first: cheap, and never fewer than the characters.
    if text.len() > MAX_TEXT_CHARS {
        let count = text.chars().count();
        if count > MAX_TEXT_CHARS {
            return Some(format!(
                "this text is {count} characters long; the limit is {MAX_TEXT_CHARS}: shorten it or split it into paragraphs"
            ));
        }
    }
    let (n, c, what) = text
        .chars()
        .enumerate()
        .find_map(|(n, c)| forbidden_char(c).map(|what| (n, c, what)))?;
    Some(format!(
        "character {} of this text (U+{:04X}) is {what}; remove it",
        n + 1,
        u32::from(c)
    ))
}

fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// A text safe to quote in an error message: forbidden characters shown as `\u{…}`.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match forbidden_char(c) {
            Some(_) => format!("\\u{{{:04x}}}", u32::from(c)),
            None => c.to_string(),
        })
        .collect()
}
