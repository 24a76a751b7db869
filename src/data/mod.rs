//! The data set: partner towns, their events and texts, parsed and validated from RON.
//!
//! This module depends on nothing else in the crate (and only on serde and ron), because
//! `build.rs` compiles it too, to reject a broken data file at build time.

pub mod date;
pub mod load;
pub mod locate;
pub mod validate;

use std::collections::BTreeMap;

use serde::Deserialize;

pub use date::PartialDate;
pub use load::{DataError, Dataset, load};

/// Languages every human-readable text in the data must have.
pub const REQUIRED_LANGUAGES: &[&str] = &["pl", "en"];

/// Languages the content should have; a missing one is reported by `check` and falls back
/// to English, then Polish.
pub const CONTENT_LANGUAGES: &[&str] = &["pl", "en", "de", "fr", "zh", "ka"];

/// The data file compiled into the binary.
pub const EMBEDDED_NAME: &str = "data/kartuzy.ron";

/// One text in several languages, keyed by language code (`{"pl": "…", "en": "…"}`).
/// New languages are new keys: the schema does not change.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<String, String>);

impl Localized {
    /// The text in `lang`, else English, else Polish, else any; never an empty string
    /// while the text has a non-empty translation.
    pub fn get(&self, lang: &str) -> &str {
        [lang, "en", "pl"]
            .iter()
            .filter_map(|l| self.0.get(*l))
            .chain(self.0.values())
            .find(|t| !t.trim().is_empty())
            .map_or("", String::as_str)
    }

    /// Every translation, for search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }
}

/// The file as a whole.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataFile {
    pub home: Home,
    /// Country names by ISO 3166-1 alpha-2 code.
    pub countries: BTreeMap<String, Localized>,
    pub partners: Vec<Partner>,
    pub events: Vec<Event>,
}

/// The town whose partners these are.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Home {
    pub id: String,
    pub name: String,
    pub country: String,
    pub region: Localized,
    pub coordinates: Coordinates,
    /// What partnerships mean to the town, shown on the overview.
    pub intro: Vec<Localized>,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

/// The kind of relation, as the source names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Status {
    /// A formal town partnership (partnerstwo miast).
    Partnership,
    /// A cooperation agreement (umowa o współpracy).
    CooperationAgreement,
    /// A letter of intent (list intencyjny).
    LetterOfIntent,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Stable identifier: lowercase ASCII letters, digits and hyphens.
    pub id: String,
    /// The name in Latin script.
    pub name: String,
    /// The name in its own script, where that differs (凯里市, გორი).
    #[serde(default)]
    pub native_name: Option<String>,
    /// ISO 3166-1 alpha-2 code, a key of `countries`.
    pub country: String,
    pub region: Localized,
    pub coordinates: Coordinates,
    pub status: Status,
    /// When the relation began, as precisely as the source says.
    pub since: PartialDate,
    pub summary: Localized,
    /// Paragraphs.
    pub story: Vec<Localized>,
    #[serde(default)]
    pub areas: Vec<Localized>,
    #[serde(default)]
    pub people: Vec<Person>,
    /// Societies and bodies behind the relation.
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    /// What each photo in the source shows.
    #[serde(default)]
    pub photos: Vec<Localized>,
    /// Other articles the source points to.
    #[serde(default)]
    pub related: Vec<Localized>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// As the person writes it; not translated.
    pub name: String,
    pub role: Localized,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The official name; not translated.
    pub name: String,
    pub role: Localized,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: PartialDate,
    /// The `id` of the partner this event belongs to.
    pub partner: String,
    pub title: Localized,
    pub description: Localized,
}
