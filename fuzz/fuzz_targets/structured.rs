//! Partners, events and texts made from structured input, so that most inputs are data
//! files the loader accepts and the fuzzer spends its time on texts, names, dates and
//! their combinations. Each input is written as a data file and taken through the same
//! path as `data_file`; and, to test the screen's own defence, handed to the views
//! directly as a data set that no validation saw.
#![no_main]

use std::collections::BTreeMap;
use std::fmt::Write;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use partner_cities::data::{
    BeganWith, Beginning, Coordinates, Dataset, Event, Home, Localized, Organisation, PartialDate,
    Partner, Person, Step, StepKind,
};

#[derive(Debug, Arbitrary)]
struct Input {
    pick: u8,
    home: Town,
    countries: Vec<(Code, Texts)>,
    partners: Vec<PartnerIn>,
    events: Vec<EventIn>,
}

/// A language or country code: usually a real one, sometimes anything.
#[derive(Debug, Arbitrary)]
enum Code {
    Known(u8),
    Any(String),
}

impl Code {
    fn language(&self) -> String {
        match self {
            Code::Known(n) => ["pl", "en", "de", "fr", "zh", "ka"][usize::from(*n) % 6].into(),
            Code::Any(s) => s.clone(),
        }
    }

    fn country(&self) -> String {
        match self {
            Code::Known(n) => ["PL", "DE", "FR", "CN", "GE"][usize::from(*n) % 5].into(),
            Code::Any(s) => s.clone(),
        }
    }
}

/// A localized text: Polish and English first (most files need them), then any others.
#[derive(Debug, Arbitrary)]
struct Texts {
    pl: String,
    en: String,
    more: Vec<(Code, String)>,
}

impl Texts {
    fn pairs(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("pl".to_string(), self.pl.clone()),
            ("en".into(), self.en.clone()),
        ];
        out.extend(self.more.iter().map(|(c, t)| (c.language(), t.clone())));
        out
    }
}

#[derive(Debug, Arbitrary)]
struct Town {
    id: String,
    name: String,
    names: Vec<(Code, String)>,
    country: Code,
    region: Texts,
    lat: i16,
    lon: i16,
    intro: Vec<Texts>,
}

#[derive(Debug, Arbitrary)]
struct PartnerIn {
    town: Town,
    native: Option<String>,
    began: Option<(bool, String)>,
    steps: Vec<(u8, String)>,
    summary: Texts,
    story: Vec<Texts>,
    areas: Vec<Texts>,
    people: Vec<(String, Vec<(Code, String)>, Texts)>,
    organisations: Vec<(String, Texts)>,
    photos: Vec<Texts>,
}

#[derive(Debug, Arbitrary)]
struct EventIn {
    date: String,
    /// Which partner: an index into the partners, or another id.
    partner: Result<u8, String>,
    title: Texts,
    description: Texts,
    jubilee: bool,
}

const KINDS: [StepKind; 5] = StepKind::ALL;

fn kind_name(kind: StepKind) -> String {
    format!("{kind:?}")
}

/// A RON string literal.
fn lit(text: &str) -> String {
    ron::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

fn map(pairs: &[(String, String)]) -> String {
    let items: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}: {}", lit(k), lit(v)))
        .collect();
    format!("{{{}}}", items.join(", "))
}

fn list(texts: &[Texts]) -> String {
    let items: Vec<String> = texts.iter().map(|t| map(&t.pairs())).collect();
    format!("[{}]", items.join(", "))
}

fn names(names: &[(Code, String)]) -> Vec<(String, String)> {
    names
        .iter()
        .map(|(c, t)| (c.language(), t.clone()))
        .collect()
}

/// A text of the data set from (language, text) pairs.
fn localized(pairs: Vec<(String, String)>) -> Localized {
    Localized(
        pairs
            .into_iter()
            .map(|(c, t)| (c.into(), t.into()))
            .collect(),
    )
}

/// Degrees from a small integer: in range, most of the time.
fn degrees(n: i16, limit: f64) -> f64 {
    f64::from(n) / 100.0 % (limit + 5.0)
}

impl Input {
    /// The input as a data file.
    fn to_ron(&self) -> String {
        let h = &self.home;
        let mut out = String::new();
        let _ = write!(
            out,
            "(home: (id: {}, name: {}, names: {}, country: {}, region: {}, coordinates: (lat: {}, lon: {}), intro: {}),",
            lit(&h.id),
            lit(&h.name),
            map(&names(&h.names)),
            lit(&h.country.country()),
            map(&h.region.pairs()),
            degrees(h.lat, 90.0),
            degrees(h.lon, 180.0),
            list(&h.intro)
        );
        let items: Vec<String> = self
            .countries
            .iter()
            .map(|(c, t)| format!("{}: {}", lit(&c.country()), map(&t.pairs())))
            .collect();
        let _ = write!(out, "countries: {{{}}}, partners: [", items.join(", "));
        for p in &self.partners {
            let t = &p.town;
            let _ = write!(
                out,
                "(id: {}, name: {}, names: {}, country: {}, region: {}, coordinates: (lat: {}, lon: {}),",
                lit(&t.id),
                lit(&t.name),
                map(&names(&t.names)),
                lit(&t.country.country()),
                map(&t.region.pairs()),
                degrees(t.lat, 90.0),
                degrees(t.lon, 180.0)
            );
            if let Some(native) = &p.native {
                let _ = write!(out, "native_name: {},", lit(native));
            }
            if let Some((cooperation, date)) = &p.began {
                let kind = if *cooperation {
                    "Cooperation"
                } else {
                    "Contacts"
                };
                let _ = write!(out, "began: (kind: {kind}, date: {}),", lit(date));
            }
            let steps: Vec<String> = p
                .steps
                .iter()
                .map(|(k, d)| {
                    format!(
                        "(kind: {}, date: {})",
                        kind_name(KINDS[usize::from(*k) % KINDS.len()]),
                        lit(d)
                    )
                })
                .collect();
            let people: Vec<String> = p
                .people
                .iter()
                .map(|(n, ns, r)| {
                    format!(
                        "(name: {}, names: {}, role: {})",
                        lit(n),
                        map(&names(ns)),
                        map(&r.pairs())
                    )
                })
                .collect();
            let orgs: Vec<String> = p
                .organisations
                .iter()
                .map(|(n, r)| format!("(name: {}, role: {})", lit(n), map(&r.pairs())))
                .collect();
            let _ = write!(
                out,
                "steps: [{}], summary: {}, story: {}, areas: {}, people: [{}], organisations: [{}], photos: {}),",
                steps.join(", "),
                map(&p.summary.pairs()),
                list(&p.story),
                list(&p.areas),
                people.join(", "),
                orgs.join(", "),
                list(&p.photos)
            );
        }
        out.push_str("], events: [");
        for e in &self.events {
            let partner = match &e.partner {
                Ok(i) if !self.partners.is_empty() => self.partners
                    [usize::from(*i) % self.partners.len()]
                .town
                .id
                .clone(),
                Ok(_) => String::new(),
                Err(id) => id.clone(),
            };
            let _ = write!(
                out,
                "(date: {}, partner: {}, title: {}, description: {}, jubilee: {}),",
                lit(&e.date),
                lit(&partner),
                map(&e.title.pairs()),
                map(&e.description.pairs()),
                e.jubilee
            );
        }
        out.push_str("])");
        out
    }

    /// The input as a data set, with no rule checked but the ones the views assume about
    /// structure (an event's partner exists, events are in date order, coordinates are in
    /// range): the texts are whatever the fuzzer made.
    fn to_dataset(&self) -> Dataset {
        let loc = |t: &Texts| localized(t.pairs());
        let date = |s: &str| s.parse::<PartialDate>().unwrap_or(PartialDate::MIN);
        let coordinates = |t: &Town| Coordinates {
            lat: degrees(t.lat, 85.0).clamp(-90.0, 90.0),
            lon: degrees(t.lon, 175.0).clamp(-180.0, 180.0),
        };
        let h = &self.home;
        let home = Home {
            id: h.id.clone(),
            name: h.name.clone(),
            names: localized(names(&h.names)),
            country: h.country.country(),
            region: loc(&h.region),
            coordinates: coordinates(h),
            intro: h.intro.iter().map(loc).collect(),
        };
        let countries: BTreeMap<String, Localized> = self
            .countries
            .iter()
            .map(|(c, t)| (c.country(), loc(t)))
            .collect();
        let partners: Vec<Partner> = self
            .partners
            .iter()
            .map(|p| {
                let mut steps: Vec<Step> = p
                    .steps
                    .iter()
                    .map(|(k, d)| Step {
                        kind: KINDS[usize::from(*k) % KINDS.len()],
                        date: date(d),
                    })
                    .collect();
                steps.sort_by_key(|s| s.date);
                Partner {
                    id: p.town.id.clone(),
                    name: p.town.name.clone(),
                    names: localized(names(&p.town.names)),
                    native_name: p.native.clone(),
                    country: p.town.country.country(),
                    region: loc(&p.town.region),
                    coordinates: coordinates(&p.town),
                    began: p.began.as_ref().map(|(c, d)| Beginning {
                        kind: if *c {
                            BeganWith::Cooperation
                        } else {
                            BeganWith::Contacts
                        },
                        date: date(d),
                    }),
                    steps,
                    summary: loc(&p.summary),
                    story: p.story.iter().map(loc).collect(),
                    areas: p.areas.iter().map(loc).collect(),
                    people: p
                        .people
                        .iter()
                        .map(|(n, ns, r)| Person {
                            name: n.clone(),
                            names: localized(names(ns)),
                            role: loc(r),
                        })
                        .collect(),
                    organisations: p
                        .organisations
                        .iter()
                        .map(|(n, r)| Organisation {
                            name: n.clone(),
                            role: loc(r),
                        })
                        .collect(),
                    photos: p.photos.iter().map(loc).collect(),
                    related: Vec::new(),
                }
            })
            .collect();
        let mut events: Vec<Event> = if partners.is_empty() {
            Vec::new()
        } else {
            self.events
                .iter()
                .map(|e| Event {
                    date: date(&e.date),
                    partner: match &e.partner {
                        Ok(i) => usize::from(*i) % partners.len(),
                        Err(_) => 0,
                    },
                    title: loc(&e.title),
                    description: loc(&e.description),
                    jubilee: e.jubilee,
                })
                .collect()
        };
        events.sort_by_key(|e| e.date);
        Dataset {
            home,
            countries,
            partners,
            events,
        }
    }
}

fuzz_target!(|input: Input| {
    let file = input.to_ron();
    partner_cities_fuzz::exercise(file.as_bytes(), input.pick);
    let lang = partner_cities_fuzz::LANGS[usize::from(input.pick) % 6];
    partner_cities_fuzz::show(input.to_dataset(), lang, input.pick);
});
