//! The rules a data file must follow beyond its shape (ids, references, dates, languages,
//! characters), checked while the file is turned into a [`Dataset`]: the data set exists
//! only when no rule is broken.

use std::collections::{BTreeMap, HashMap};

use super::chars::{self, CharProblem};
use super::file::{DataFile, EventEntry, PartnerEntry};
use super::locate::FieldPath;
use super::problem::{Many, Problem};
use super::{
    Beginning, CONTENT_LANGUAGES, Coordinates, Dataset, Event, Localized, PartialDate, Partner,
    REQUIRED_LANGUAGES, Step,
};

/// One broken rule, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub path: FieldPath,
    pub problem: Problem,
}

/// A text that lacks a translation it should have but need not (it falls back to English,
/// then Polish).
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub lang: &'static str,
    pub path: FieldPath,
}

/// The data set `file` describes, or every rule it breaks, in file order as far as the
/// walk allows. With `gaps`, also every translation it lacks beyond the required languages
/// (for `check`'s report; the program itself never needs them).
pub fn build(file: DataFile, gaps: bool) -> (Result<Dataset, Vec<Finding>>, Vec<Gap>) {
    let mut v = Validator {
        findings: Vec::new(),
        gaps: gaps.then(Vec::new),
    };
    let data = v.file(file);
    let gaps = v.gaps.unwrap_or_default();
    if v.findings.is_empty() {
        (Ok(data), gaps)
    } else {
        (Err(v.findings), gaps)
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
    step: Option<Seg<'a>>,
}

#[derive(Clone, Copy)]
enum Seg<'a> {
    Field(&'static str),
    Index(usize),
    Key(&'a str),
    /// The `n`th time (from 0) a key appears in its map.
    Repeat(&'a str, usize),
}

impl<'a> P<'a> {
    fn root() -> P<'static> {
        P {
            parent: None,
            step: None,
        }
    }

    fn with(&'a self, step: Seg<'a>) -> P<'a> {
        P {
            parent: Some(self),
            step: Some(step),
        }
    }

    fn field(&'a self, name: &'static str) -> P<'a> {
        self.with(Seg::Field(name))
    }

    fn index(&'a self, i: usize) -> P<'a> {
        self.with(Seg::Index(i))
    }

    fn key(&'a self, key: &'a str) -> P<'a> {
        self.with(Seg::Key(key))
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
                Seg::Field(name) => path.field(name),
                Seg::Index(i) => path.index(i),
                Seg::Key(k) => path.key(k),
                Seg::Repeat(k, n) => path.repeat(k, n),
            };
        }
        path
    }
}

struct Validator {
    findings: Vec<Finding>,
    /// Collected only when asked for.
    gaps: Option<Vec<Gap>>,
}

impl Validator {
    fn report(&mut self, path: &P, problem: Problem) {
        self.findings.push(Finding {
            path: path.full(),
            problem,
        });
    }

    fn file(&mut self, file: DataFile) -> Dataset {
        let root = P::root();
        for (field, what, count, max) in [
            (
                "partners",
                Many::Partners,
                file.partners.len(),
                MAX_PARTNERS,
            ),
            ("events", Many::Events, file.events.len(), MAX_EVENTS),
        ] {
            if count > max {
                self.report(&root.field(field), Problem::TooMany { what, count, max });
            }
        }
        let DataFile {
            home,
            countries,
            partners,
            events,
        } = file;

        let countries_path = root.field("countries");
        let mut country_names: BTreeMap<String, Localized> = BTreeMap::new();
        let mut times_seen: HashMap<String, usize> = HashMap::new();
        for (code, name) in countries {
            let path = countries_path.key(&code);
            if !is_country_code(&code) {
                self.report(&path, Problem::BadCountryCode { code: code.clone() });
            }
            self.text(&path, &name);
            let seen = times_seen.entry(code.clone()).or_default();
            if *seen > 0 {
                self.report(
                    &countries_path.with(Seg::Repeat(&code, *seen)),
                    Problem::KeyTwice { key: code.clone() },
                );
            }
            *seen += 1;
            country_names.entry(code).or_insert(name);
        }

        let home_path = root.field("home");
        let mut ids: HashMap<String, FieldPath> = HashMap::new();
        self.id(&home_path.field("id"), &home.id, &mut ids);
        self.name(&home_path.field("name"), &home.name);
        self.names(&home_path.field("names"), &home.names);
        self.country(&home_path.field("country"), &home.country, &country_names);
        self.text(&home_path.field("region"), &home.region);
        self.coordinates(&home_path.field("coordinates"), home.coordinates);
        self.paragraphs(&home_path.field("intro"), &home.intro);

        let partners_path = root.field("partners");
        let partners: Vec<Partner> = partners
            .into_iter()
            .enumerate()
            .map(|(i, p)| self.partner(&partners_path.index(i), p, &mut ids, &country_names))
            .collect();

        // Index by id, for the events; a repeated id keeps its first partner.
        let mut index: HashMap<&str, usize> = HashMap::with_capacity(partners.len());
        for (i, p) in partners.iter().enumerate() {
            index.entry(p.id.as_str()).or_insert(i);
        }
        let events_path = root.field("events");
        let mut events: Vec<Event> = events
            .into_iter()
            .enumerate()
            .map(|(i, e)| self.event(&events_path.index(i), e, &index, &partners))
            .collect();
        // Oldest first; a stable sort keeps the file's order within a date.
        events.sort_by_key(|e| e.date);

        Dataset {
            home,
            countries: country_names,
            partners,
            events,
        }
    }

    fn partner(
        &mut self,
        p: &P,
        entry: PartnerEntry,
        ids: &mut HashMap<String, FieldPath>,
        countries: &BTreeMap<String, Localized>,
    ) -> Partner {
        self.id(&p.field("id"), &entry.id, ids);
        self.name(&p.field("name"), &entry.name);
        self.names(&p.field("names"), &entry.names);
        if let Some(native) = &entry.native_name {
            self.name(&p.field("native_name"), native);
        }
        self.country(&p.field("country"), &entry.country, countries);
        self.text(&p.field("region"), &entry.region);
        self.coordinates(&p.field("coordinates"), entry.coordinates);
        let began = entry.began.as_ref().map(|b| Beginning {
            kind: b.kind,
            date: self.date(&p.field("began").field("date"), &b.date),
        });
        let steps_path = p.field("steps");
        let mut steps: Vec<Step> = entry
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| Step {
                kind: s.kind,
                date: self.date(&steps_path.index(i).field("date"), &s.date),
            })
            .collect();
        steps.sort_by_key(|s| s.date);
        if began.is_none() && steps.is_empty() {
            self.report(&p.field("id"), Problem::NoDate);
        }
        self.text(&p.field("summary"), &entry.summary);
        self.paragraphs(&p.field("story"), &entry.story);
        self.texts(&p.field("areas"), &entry.areas);
        let people = p.field("people");
        for (j, person) in entry.people.iter().enumerate() {
            let path = people.index(j);
            self.name(&path.field("name"), &person.name);
            self.names(&path.field("names"), &person.names);
            self.text(&path.field("role"), &person.role);
        }
        let organisations = p.field("organisations");
        for (j, org) in entry.organisations.iter().enumerate() {
            let path = organisations.index(j);
            self.name(&path.field("name"), &org.name);
            self.text(&path.field("role"), &org.role);
        }
        self.texts(&p.field("photos"), &entry.photos);
        self.texts(&p.field("related"), &entry.related);
        Partner {
            id: entry.id,
            name: entry.name,
            names: entry.names,
            native_name: entry.native_name,
            country: entry.country,
            region: entry.region,
            coordinates: entry.coordinates,
            began,
            steps,
            summary: entry.summary,
            story: entry.story,
            areas: entry.areas,
            people: entry.people,
            organisations: entry.organisations,
            photos: entry.photos,
            related: entry.related,
        }
    }

    fn event(
        &mut self,
        e: &P,
        entry: EventEntry,
        index: &HashMap<&str, usize>,
        partners: &[Partner],
    ) -> Event {
        let date = self.date(&e.field("date"), &entry.date);
        let partner = match index.get(entry.partner.as_str()) {
            Some(&i) => i,
            None => {
                const SHOWN: usize = 10;
                let known = partners.iter().take(SHOWN).map(|p| p.id.clone()).collect();
                self.report(
                    &e.field("partner"),
                    Problem::UnknownPartner {
                        id: entry.partner.clone(),
                        known,
                        more: partners.len() > SHOWN,
                    },
                );
                // Never used: a finding means there is no data set.
                0
            }
        };
        self.text(&e.field("title"), &entry.title);
        self.text(&e.field("description"), &entry.description);
        Event {
            date,
            partner,
            title: entry.title,
            description: entry.description,
            jubilee: entry.jubilee,
        }
    }

    /// The date `text` names; after a finding, a stand-in that is never used.
    fn date(&mut self, path: &P, text: &str) -> PartialDate {
        text.parse().unwrap_or_else(|e| {
            self.report(path, Problem::Date(e));
            PartialDate::MIN
        })
    }

    fn id(&mut self, path: &P, id: &str, seen: &mut HashMap<String, FieldPath>) {
        let well_formed = !id.is_empty()
            && id.len() <= MAX_ID_BYTES
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            self.report(
                path,
                Problem::BadId {
                    id: id.to_string(),
                    max: MAX_ID_BYTES,
                },
            );
        } else if let Some(first) = seen.get(id) {
            let first = first.clone();
            self.report(
                path,
                Problem::IdTwice {
                    id: id.to_string(),
                    first,
                },
            );
        } else {
            seen.insert(id.to_string(), path.full());
        }
    }

    fn country(&mut self, path: &P, code: &str, countries: &BTreeMap<String, Localized>) {
        if !countries.contains_key(code) {
            self.report(
                path,
                Problem::UnknownCountry {
                    code: code.to_string(),
                    known: countries.keys().cloned().collect(),
                },
            );
        }
    }

    fn coordinates(&mut self, path: &P, c: Coordinates) {
        if !(c.lat.is_finite() && (-90.0..=90.0).contains(&c.lat)) {
            self.report(&path.field("lat"), Problem::Latitude { value: c.lat });
        }
        if !(c.lon.is_finite() && (-180.0..=180.0).contains(&c.lon)) {
            self.report(&path.field("lon"), Problem::Longitude { value: c.lon });
        }
    }

    /// A name or other untranslated text: required and clean.
    fn name(&mut self, path: &P, text: &str) {
        if text.trim().is_empty() {
            self.report(path, Problem::Empty);
        }
        if let Some(problem) = text_problem(text) {
            self.report(path, problem);
        }
    }

    /// A name in other languages: optional in each, clean where given.
    fn names(&mut self, path: &P, names: &Localized) {
        for (lang, name) in &names.0 {
            if name.trim().is_empty() {
                self.report(&path.key(lang), Problem::Empty);
            }
        }
        self.translations(path, names);
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
                None => self.report(path, Problem::MissingTranslation { lang }),
                Some(t) if t.trim().is_empty() => {
                    self.report(&path.key(lang), Problem::EmptyTranslation { lang });
                }
                Some(_) => {}
            }
        }
        self.translations(path, text);
    }

    /// Each translation's language code, repetition and characters.
    fn translations(&mut self, path: &P, text: &Localized) {
        for (i, (lang, t)) in text.0.iter().enumerate() {
            let valid_code =
                (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
            if !valid_code {
                self.report(
                    &path.key(lang),
                    Problem::BadLanguageCode {
                        code: lang.to_string(),
                    },
                );
            }
            let before = text.0[..i].iter().filter(|(l, _)| l == lang).count();
            if before > 0 {
                self.report(
                    &path.with(Seg::Repeat(lang, before)),
                    Problem::KeyTwice {
                        key: lang.to_string(),
                    },
                );
            }
            // The path is built only for a text that breaks a rule.
            if let Some(problem) = text_problem(t) {
                self.report(&path.key(lang), problem);
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
            self.report(path, Problem::NoParagraph);
        }
        self.texts(path, texts);
    }
}

/// What is wrong with a text's characters or length, if anything.
fn text_problem(text: &str) -> Option<Problem> {
    // Bytes first: cheap, and never fewer than the characters.
    if text.len() > MAX_TEXT_CHARS {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Some(Problem::TooLong {
                chars,
                max: MAX_TEXT_CHARS,
            });
        }
    }
    let (n, problem) = chars::first_problem(text)?;
    let index = n + 1;
    Some(match problem {
        CharProblem::Refused(ch, why) => Problem::BadChar { index, ch, why },
        CharProblem::TooManyMarks => Problem::TooManyMarks {
            index,
            max: chars::MAX_MARKS,
        },
        CharProblem::LoneMark => Problem::LoneMark { index },
    })
}

fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}
