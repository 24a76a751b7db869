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

use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use smallvec::SmallVec;

pub use date::PartialDate;
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
/// text has a handful of languages, and a data file hundreds of thousands of texts.
/// Read as written, a key may appear twice; validation refuses that. The codes are kept
/// inline (up to 24 bytes), not each in an allocation of its own: reading the embedded
/// data makes 519 fewer, and looking a text up by language compares without following a
/// pointer per entry. The texts are `CompactString`s too: up to 24 bytes inline, and read
/// from the embedded data (see [`from_static`]) they point into it instead of being copied.
///
/// Up to two translations are kept in the text itself, without an allocation of their
/// own: a data set with only the two required languages (a large import) is read with one
/// allocation less per text (the generated 20k set: 280,005 fewer; its peak memory 89.6
/// -> 85.1 MB).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Localized(pub SmallVec<[(CompactString, CompactString); 2]>);

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
        // A text has a handful of languages; the hint is never trusted beyond that.
        let mut out = SmallVec::with_capacity(map.size_hint().unwrap_or(2).min(16));
        while let Some(lang) = map.next_key::<CompactString>()? {
            let Text(text) = map.next_value()?;
            out.push((lang, text));
        }
        Ok(Localized(out))
    }
}

/// A text of a [`Localized`]: in the binary form (postcard: the embedded data, the cache),
/// read as bytes and checked to be UTF-8 by `simdutf8`, which is several times faster than
/// the standard check on text that is mostly Chinese and Georgian (that check was about
/// 40% of decoding the embedded data at start-up). Postcard writes a string and bytes
/// alike, a length and the bytes; a test reads the embedded data back both ways.
struct Text(CompactString);

thread_local! {
    /// Where the bytes [`from_static`] is reading lie (start and end address), if it is
    /// reading: a text borrowed from within them lives as long as the program.
    static STATIC_INPUT: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

/// Reads the binary form from bytes that live as long as the program (the embedded data,
/// compiled in): its texts are kept as references into `bytes` (longer than 24 bytes; the
/// shorter are kept inline), not copied each into an allocation of its own.
pub fn from_static<T: Deserialize<'static>>(bytes: &'static [u8]) -> postcard::Result<T> {
    let start = bytes.as_ptr() as usize;
    STATIC_INPUT.with(|input| input.set((start, start + bytes.len())));
    let read = postcard::from_bytes(bytes);
    STATIC_INPUT.with(|input| input.set((0, 0)));
    read
}

/// `bytes` as bytes that live as long as the program, if they lie within what
/// [`from_static`] is reading.
fn as_static(bytes: &[u8]) -> Option<&'static [u8]> {
    let (start, end) = STATIC_INPUT.with(std::cell::Cell::get);
    let at = bytes.as_ptr() as usize;
    if start < end && start <= at && at.checked_add(bytes.len())? <= end {
        // SAFETY: `bytes` lies within a `&'static [u8]` (what `from_static` was given and
        // is reading now), so it is valid, and unchanged, for as long as the program runs.
        Some(unsafe { std::slice::from_raw_parts(bytes.as_ptr(), bytes.len()) })
    } else {
        None
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            CompactString::deserialize(d).map(Text)
        } else {
            d.deserialize_bytes(TextVisitor)
        }
    }
}

struct TextVisitor;

impl serde::de::Visitor<'_> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a text in UTF-8")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text(text.into()))
    }

    fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Text, E> {
        match simdutf8::basic::from_utf8(bytes) {
            Ok(text) => Ok(Text(text.into())),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(bytes), &self)),
        }
    }

    fn visit_borrowed_bytes<E: serde::de::Error>(self, bytes: &'_ [u8]) -> Result<Text, E> {
        let Some(bytes) = as_static(bytes) else {
            return self.visit_bytes(bytes);
        };
        match simdutf8::basic::from_utf8(bytes) {
            Ok(text) => Ok(Text(CompactString::const_new(text))),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(bytes), &self)),
        }
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

    fn text(pairs: &[(&str, &str)]) -> Localized {
        Localized(
            pairs
                .iter()
                .map(|(l, t)| (CompactString::from(*l), CompactString::from(*t)))
                .collect(),
        )
    }

    /// The binary form reads texts as bytes checked to be UTF-8: every script round-trips.
    #[test]
    fn texts_round_trip_through_the_binary_form() {
        let t = text(&[
            ("pl", "Kartuzy, Polanica-Zdrój"),
            ("zh", "凯里市"),
            ("ka", "გორი"),
            ("fr", ""),
        ]);
        let bytes = postcard::to_stdvec(&t).expect("encodes");
        assert_eq!(
            postcard::from_bytes::<Localized>(&bytes).expect("decodes"),
            t
        );
    }

    /// Two translations are read into the text itself; more, into an allocation, all kept
    /// in the order written (a repeated language too, for validation to refuse).
    #[test]
    fn two_translations_stay_in_the_text_and_more_are_kept_as_well() {
        for pairs in [
            &[("pl", "Kartuzy"), ("en", "Kartuzy")][..],
            &[("pl", "a"), ("en", "b"), ("de", "c"), ("pl", "d")][..],
        ] {
            let t = text(pairs);
            let bytes = postcard::to_stdvec(&t).expect("encodes");
            let read: Localized = postcard::from_bytes(&bytes).expect("decodes");
            assert_eq!(read, t);
            assert_eq!(read.0.spilled(), pairs.len() > 2, "{pairs:?}");
            let from_ron: Localized =
                ron::from_str(&ron::to_string(&t).expect("writes")).expect("reads");
            assert_eq!(from_ron, t);
        }
    }

    /// Read with `from_static`, a text longer than 24 bytes points into the bytes read;
    /// the same bytes read from a copy of them give the same texts, each its own.
    #[test]
    fn texts_read_from_static_bytes_point_into_them() {
        static BYTES: std::sync::OnceLock<&'static [u8]> = std::sync::OnceLock::new();
        let long = "Partnerstwa miast służą Kartuzom przede wszystkim";
        let t = text(&[("pl", long), ("zh", "凯里")]);
        let bytes: &'static [u8] =
            BYTES.get_or_init(|| postcard::to_stdvec(&t).expect("encodes").leak());
        let read: Localized = from_static(bytes).expect("decodes");
        assert_eq!(read, t);
        let kept = read.0[0].1.as_static_str().expect("kept by reference");
        let within = bytes.as_ptr_range();
        assert!(
            within.contains(&kept.as_ptr()),
            "points into the bytes read"
        );
        assert_eq!(read.0[1].1.as_static_str(), None, "short: inline");
        let elsewhere = bytes.to_vec();
        let copy: Localized = postcard::from_bytes(&elsewhere).expect("decodes");
        assert_eq!(copy, t);
        assert_eq!(
            copy.0[0].1.as_static_str(),
            None,
            "a copy's texts are copied"
        );
    }

    /// Bytes that are not UTF-8 are refused read with `from_static` too.
    #[test]
    fn a_text_that_is_not_utf8_is_refused_from_static_bytes() {
        static GOOD: [u8; 7] = [1, 2, b'p', b'l', 2, b'h', b'i'];
        static BAD: [u8; 7] = [1, 2, b'p', b'l', 2, 0xff, 0xfe];
        assert_eq!(
            from_static::<Localized>(&GOOD).expect("decodes"),
            text(&[("pl", "hi")])
        );
        assert!(from_static::<Localized>(&BAD).is_err());
    }

    /// Bytes that are not UTF-8 are an error, never a text.
    #[test]
    fn a_text_that_is_not_utf8_is_refused() {
        // One entry: "pl" (2 bytes), then a text of 2 bytes: "hi", two bytes that are
        // never UTF-8, the first two of a three-byte character.
        let good = [1, 2, b'p', b'l', 2, b'h', b'i'];
        assert_eq!(
            postcard::from_bytes::<Localized>(&good).expect("decodes"),
            text(&[("pl", "hi")])
        );
        let bad = [1, 2, b'p', b'l', 2, 0xff, 0xfe];
        assert!(postcard::from_bytes::<Localized>(&bad).is_err());
        let cut = [1, 2, b'p', b'l', 2, 0xe5, 0x87];
        assert!(postcard::from_bytes::<Localized>(&cut).is_err());
    }
}
