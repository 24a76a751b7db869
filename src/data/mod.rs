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
/// New languages are new keys: the schema does not change. A short list, not a map: a
/// text has a handful of languages, and a data file hundreds of thousands of texts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Localized(pub Vec<(String, String)>);

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(UniqueEntries(std::marker::PhantomData))
            .map(Localized)
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

/// A map whose keys must differ: a second `"en"` (or `"DE"`) is an error, where a plain
/// map would silently keep only the last.
fn unique_map<'de, D, V>(d: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    d.deserialize_map(UniqueEntries(std::marker::PhantomData))
        .map(|entries| entries.into_iter().collect())
}

/// Reads a map's entries in order, refusing a key given twice.
struct UniqueEntries<V>(std::marker::PhantomData<V>);

impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for UniqueEntries<V> {
    type Value = Vec<(String, V)>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a map with string keys")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out: Vec<(String, V)> = Vec::with_capacity(map.size_hint().unwrap_or(2).min(16));
        // Few keys (a text's languages): a look along the list; many: a set.
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let twice = if out.len() < 16 {
                out.iter().any(|(k, _)| *k == key)
            } else {
                if seen.is_empty() {
                    seen.extend(out.iter().map(|(k, _)| k.clone()));
                }
                !seen.insert(key.clone())
            };
            if twice {
                return Err(serde::de::Error::custom(format!(
                    "the key \"{}\" is given twice in this map; keep one",
                    validate::printable(&key)
                )));
            }
            let value = map.next_value()?;
            out.push((key, value));
        }
        Ok(out)
    }
}

/// The file as a whole.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataFile {
    pub home: Home,
    /// Country names by ISO 3166-1 alpha-2 code.
    #[serde(deserialize_with = "unique_map")]
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
