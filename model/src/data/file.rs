//! The data file's shape, as written: what serde reads before any rule is checked. Dates
//! are still text here and a map may repeat a key, so that validation can report every
//! such mistake with its position, all at once, instead of stopping at the first.

use serde::Deserialize;

use super::{BeganWith, Coordinates, Home, Localized, Organisation, Person, StepKind};

/// The file as a whole.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataFile {
    pub home: Home,
    /// Country names by ISO 3166-1 alpha-2 code, in file order.
    #[serde(deserialize_with = "entries")]
    pub countries: Vec<(String, Localized)>,
    pub partners: Vec<PartnerEntry>,
    pub events: Vec<EventEntry>,
}

/// A partner as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Partner")]
pub struct PartnerEntry {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub names: Localized,
    #[serde(default)]
    pub native_name: Option<String>,
    pub country: String,
    pub region: Localized,
    pub coordinates: Coordinates,
    #[serde(default)]
    pub began: Option<BeginningEntry>,
    #[serde(default)]
    pub steps: Vec<StepEntry>,
    pub summary: Localized,
    pub story: Vec<Localized>,
    #[serde(default)]
    pub areas: Vec<Localized>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub photos: Vec<Localized>,
    #[serde(default)]
    pub related: Vec<Localized>,
}

/// How a relation began, as written: `(kind: Cooperation, date: "1994")`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Beginning")]
pub struct BeginningEntry {
    pub kind: BeganWith,
    /// `"1994"`, `"1990-10"` or `"1995-05-13"`.
    pub date: String,
}

/// A formal step as written: `(kind: LetterOfIntent, date: "2016-10-01")`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Step")]
pub struct StepEntry {
    pub kind: StepKind,
    pub date: String,
}

/// An event as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Event")]
pub struct EventEntry {
    pub date: String,
    /// The `id` of the partner this event belongs to.
    pub partner: String,
    pub title: Localized,
    pub description: Localized,
    /// The event is itself an anniversary (`jubilee: true`, "25 years of partnership"):
    /// the overview lists no round anniversary of it.
    #[serde(default)]
    pub jubilee: bool,
}

/// Reads a map's entries in file order, repeated keys included (validation reports them).
pub fn entries<'de, D, K, V>(d: D) -> Result<Vec<(K, V)>, D::Error>
where
    D: serde::Deserializer<'de>,
    K: Deserialize<'de>,
    V: Deserialize<'de>,
{
    d.deserialize_map(Entries(std::marker::PhantomData))
}

struct Entries<K, V>(std::marker::PhantomData<(K, V)>);

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> serde::de::Visitor<'de> for Entries<K, V> {
    type Value = Vec<(K, V)>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a map with string keys")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // A text has a handful of languages; the hint is never trusted beyond that.
        let mut out = Vec::with_capacity(map.size_hint().unwrap_or(2).min(16));
        while let Some(key) = map.next_key::<K>()? {
            out.push((key, map.next_value()?));
        }
        Ok(out)
    }
}
