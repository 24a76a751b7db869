//! The data set: partner towns, their events and texts, parsed and validated from RON.
//!
//! This module depends on nothing else in the crate (and only on serde and ron), because
//! `build.rs` compiles it too, to reject a broken data file at build time.
//!
//! Two models: [`file`] is the file as written (dates are still text, maps may repeat a
//! key), and the types here are the data after every rule held ([`Dataset`]), so that
//! nothing downstream can meet a date that does not exist or an event with no partner.

pub mod chars;
pub mod date;
pub mod file;
pub mod load;
pub mod locate;
pub mod problem;
pub mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use date::{Age, PartialDate};
pub use load::{DataError, load};
pub use problem::Problem;

/// Languages every human-readable text in the data must have.
pub const REQUIRED_LANGUAGES: &[&str] = &["pl", "en"];

/// Languages the content should have; a missing one is reported by `check` and falls back
/// to English, then Polish.
pub const CONTENT_LANGUAGES: &[&str] = &["pl", "en", "de", "fr", "zh", "ka"];

/// The data file compiled into the binary.
pub const EMBEDDED_NAME: &str = "data/kartuzy.ron";

/// One text in several languages, keyed by language code (`{"pl": "…", "en": "…"}`).
/// New languages are new keys: the schema does not change. A short list, not a map: a
/// text has a handful of languages, and read as written a key may appear twice, which
/// validation refuses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Localized(pub Vec<(String, String)>);

/// As a map of language to text, the shape the data file gives it (entries in file order,
/// a repeated key kept: the reader reports it).
impl Serialize for Localized {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (lang, text) in &self.0 {
            map.serialize_entry(lang, text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(LocalizedVisitor)
    }
}

struct LocalizedVisitor;

impl<'de> serde::de::Visitor<'de> for LocalizedVisitor {
    type Value = Localized;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a map of language codes to texts")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
        let mut out = Vec::new();
        while let Some(entry) = map.next_entry()? {
            out.push(entry);
        }
        Ok(Localized(out))
    }
}

impl Localized {
    /// The text in exactly `lang`, if there is one.
    pub fn text(&self, lang: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, t)| t.as_str())
    }

    /// The text in `lang`, else English, else Polish, else any; never an empty string
    /// while the text has a non-empty translation.
    pub fn get(&self, lang: &str) -> &str {
        [lang, "en", "pl"]
            .iter()
            .filter_map(|l| self.text(l))
            .chain(self.all())
            .find(|t| !t.trim().is_empty())
            .unwrap_or("")
    }

    /// Every translation, for search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, t)| t.as_str())
    }
}

/// The name to show in `lang`: its own form there, else the name in Latin script.
fn name_in<'a>(name: &'a str, names: &'a Localized, lang: &str) -> &'a str {
    names
        .text(lang)
        .filter(|n| !n.trim().is_empty())
        .unwrap_or(name)
}

impl Home {
    /// The name to show in `lang`.
    pub fn name_in(&self, lang: &str) -> &str {
        name_in(&self.name, &self.names, lang)
    }
}

/// The town whose partners these are.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Home {
    pub id: String,
    pub name: String,
    /// The name as written in languages whose script or usage differs (`"zh": "卡尔图济"`).
    #[serde(default)]
    pub names: Localized,
    pub country: String,
    pub region: Localized,
    pub coordinates: Coordinates,
    /// What partnerships mean to the town, shown on the overview.
    pub intro: Vec<Localized>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

/// How a relation began, in the source's words: cooperation, or contacts that were not
/// yet cooperation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BeganWith {
    /// Contacts began (wzajemne kontakty rozpoczęły się).
    Contacts,
    /// Cooperation began (współpraca rozpoczęła się).
    Cooperation,
}

/// How and when a relation began.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Beginning {
    pub kind: BeganWith,
    pub date: PartialDate,
}

/// A formal step in a relation: what was signed or decided, as the source names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepKind {
    /// A town partnership, where the source names no agreement (partnerstwo miast).
    Partnership,
    /// A partnership agreement signed (porozumienie partnerskie).
    PartnershipAgreement,
    /// A cooperation agreement signed (umowa o współpracy).
    CooperationAgreement,
    /// A letter of intent signed (list intencyjny).
    LetterOfIntent,
    /// The home town's council consented to its mayor signing a cooperation agreement
    /// (zgoda Rady Miejskiej); the signing itself is a later step, if the source has it.
    CouncilConsent,
}

impl StepKind {
    pub const ALL: [StepKind; 5] = [
        StepKind::Partnership,
        StepKind::PartnershipAgreement,
        StepKind::CooperationAgreement,
        StepKind::LetterOfIntent,
        StepKind::CouncilConsent,
    ];
}

/// A formal step and when it was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub kind: StepKind,
    pub date: PartialDate,
}

/// A partner town, checked: its dates exist and its steps are oldest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Partner {
    /// Stable identifier: lowercase ASCII letters, digits and hyphens.
    pub id: String,
    /// The name in Latin script.
    pub name: String,
    /// The name as written in languages whose script or usage differs (`"zh": "杜德施塔特"`).
    pub names: Localized,
    /// The name in its own script, where that differs (凯里市, გორი).
    pub native_name: Option<String>,
    /// ISO 3166-1 alpha-2 code, a key of the data's countries.
    pub country: String,
    pub region: Localized,
    pub coordinates: Coordinates,
    /// How and when the relation began, if the source dates it.
    pub began: Option<Beginning>,
    /// What was signed or decided, and when; oldest first.
    pub steps: Vec<Step>,
    pub summary: Localized,
    /// Paragraphs.
    pub story: Vec<Localized>,
    pub areas: Vec<Localized>,
    pub people: Vec<Person>,
    /// Societies and bodies behind the relation.
    pub organisations: Vec<Organisation>,
    /// What each photo in the source shows.
    pub photos: Vec<Localized>,
    /// Other articles the source points to.
    pub related: Vec<Localized>,
}

impl Partner {
    /// The name to show in `lang`.
    pub fn name_in(&self, lang: &str) -> &str {
        name_in(&self.name, &self.names, lang)
    }

    /// The earliest date known for the relation: its beginning or its first step.
    /// Validation guarantees a partner has at least one of them.
    pub fn start(&self) -> PartialDate {
        self.began
            .map(|b| b.date)
            .into_iter()
            .chain(self.steps.iter().map(|s| s.date))
            .min()
            .unwrap_or(PartialDate::MIN)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// As the person writes it, in Latin script.
    pub name: String,
    /// The name as written in languages whose script differs (`"zh": "沃尔夫冈·诺尔特"`).
    #[serde(default)]
    pub names: Localized,
    pub role: Localized,
}

impl Person {
    /// The name to show in `lang`.
    pub fn name_in(&self, lang: &str) -> &str {
        name_in(&self.name, &self.names, lang)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The official name; not translated.
    pub name: String,
    pub role: Localized,
}

/// A dated event of one partner's relation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub date: PartialDate,
    /// The index of its partner in [`Dataset::partners`].
    pub partner: usize,
    pub title: Localized,
    pub description: Localized,
    /// The event is itself an anniversary: it has no round anniversaries of its own.
    pub jubilee: bool,
}

/// A data file that passed every rule, with events in date order.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Dataset {
    pub home: Home,
    /// Country names by ISO 3166-1 alpha-2 code.
    pub countries: BTreeMap<String, Localized>,
    pub partners: Vec<Partner>,
    /// Oldest first; events on the same date keep their file order.
    pub events: Vec<Event>,
}

impl Dataset {
    pub fn partner_of(&self, event: usize) -> usize {
        self.events[event].partner
    }

    /// Indices of the events of one partner, oldest first.
    pub fn events_of(&self, partner: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.events.len()).filter(move |&e| self.events[e].partner == partner)
    }

    pub fn country_name(&self, code: &str, lang: &str) -> String {
        self.countries
            .get(code)
            .map_or_else(|| code.to_string(), |name| name.get(lang).to_string())
    }

    /// The partner whose relation began first, if there is one.
    pub fn first_partner(&self) -> Option<usize> {
        (0..self.partners.len()).min_by_key(|&i| self.partners[i].start())
    }

    /// Events whose year lies a positive multiple of five years before `year`, with the count.
    pub fn round_anniversaries(&self, year: u16) -> Vec<(usize, u16)> {
        self.events
            .iter()
            .enumerate()
            // An anniversary of an anniversary ("25 years of partnership – 5 years") is
            // no milestone.
            .filter(|(_, e)| !e.jubilee)
            .filter_map(|(i, e)| {
                let age = year.checked_sub(e.date.year())?;
                (age > 0 && age % 5 == 0).then_some((i, age))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every translation is kept in the order written, a repeated language too (for
    /// validation to refuse), and written back as it was read.
    #[test]
    fn translations_are_kept_as_written() {
        let t: Localized =
            ron::from_str(r#"{"pl": "a", "zh": "凯里", "ka": "გორი", "pl": "d"}"#).expect("reads");
        let langs: Vec<&str> = t.0.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(langs, ["pl", "zh", "ka", "pl"]);
        let again: Localized = ron::from_str(&ron::to_string(&t).expect("writes")).expect("reads");
        assert_eq!(again, t);
    }
}
