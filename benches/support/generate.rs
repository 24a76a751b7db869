//! A deterministic, schema-valid data file of any size, for benchmarks, shaped like a large
//! import (a country's twinnings from Wikidata): partners with names in Latin script with
//! Polish, German and French letters (a fifth with a native name in Chinese or Georgian),
//! short texts in the two required languages, events spread over 1950–2026. The same
//! counts always give the same bytes.

use std::fmt::Write;

/// A small deterministic generator (xorshift64).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "rtu", "zy", "du", "der", "stadt", "cai", "ssar", "gues", "go", "ri", "po", "la", "ni",
    "ca", "zdrój", "łó", "dź", "grü", "nau", "bé", "ziers", "wie", "lič", "ko", "mar", "sée",
    "berg", "ów", "ice", "ville", "heim",
];
const NATIVE: &[&str] = &["凯里", "贵阳", "გორი", "თბილისი", "杭州", "ქუთაისი"];
const COUNTRIES: &[&str] = &["PL", "DE", "FR", "CN", "GE"];
const LANGS: &[&str] = &["pl", "en"];
const WORDS: &[&str] = &[
    "cooperation",
    "friendship",
    "visit",
    "delegation",
    "school",
    "exchange",
    "music",
    "festival",
    "sport",
    "culture",
    "agreement",
    "council",
    "youth",
    "tourism",
    "choir",
];

fn name(rng: &mut Rng) -> String {
    let mut name = String::new();
    for _ in 0..2 + rng.below(3) {
        name.push_str(rng.pick(SYLLABLES));
    }
    let mut chars = name.chars();
    let first = chars
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    format!("{first}{}", chars.as_str())
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(rng.pick(WORDS));
    }
    out.push('.');
    out
}

/// `{"pl": "…", "en": "…", …}` with a text of `words` words in each language.
fn localized(rng: &mut Rng, words: usize) -> String {
    let text = sentence(rng, words);
    let entries: Vec<String> = LANGS
        .iter()
        .map(|l| format!("\"{l}\": \"{text}\""))
        .collect();
    format!("{{{}}}", entries.join(", "))
}

/// A data file with `partners` partner towns and `events` events.
pub fn generate(partners: usize, events: usize) -> String {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut out = String::with_capacity(partners * 600 + events * 300);
    out.push_str("(\n    home: (\n        id: \"kartuzy\",\n        name: \"Kartuzy\",\n");
    let _ = writeln!(
        out,
        "        country: \"PL\",\n        region: {},",
        localized(&mut rng, 3)
    );
    out.push_str("        coordinates: (lat: 54.335, lon: 18.2014),\n");
    let _ = writeln!(out, "        intro: [{}],\n    ),", localized(&mut rng, 20));
    out.push_str("    countries: {\n");
    for code in COUNTRIES {
        let _ = writeln!(out, "        \"{code}\": {},", localized(&mut rng, 1));
    }
    out.push_str("    },\n    partners: [\n");
    for i in 0..partners {
        let native = if rng.below(5) == 0 {
            format!("native_name: \"{}\", ", rng.pick(NATIVE))
        } else {
            String::new()
        };
        let lat = rng.below(14_000) as f64 / 100.0 - 60.0;
        let lon = rng.below(36_000) as f64 / 100.0 - 180.0;
        let step = ["Partnership", "CooperationAgreement", "LetterOfIntent"][rng.below(3) as usize];
        let since = 1950 + rng.below(77);
        let _ = writeln!(
            out,
            "        (id: \"p{i}\", name: \"{}\", {native}country: \"{}\", region: {}, \
             coordinates: (lat: {lat}, lon: {lon}), began: (kind: Contacts, date: \"{since}\"), \
             steps: [(kind: {step}, date: \"{since}\")], \
             summary: {}, story: [{}], areas: [{}]),",
            name(&mut rng),
            rng.pick(COUNTRIES),
            localized(&mut rng, 2),
            localized(&mut rng, 6),
            localized(&mut rng, 12),
            localized(&mut rng, 1),
        );
    }
    out.push_str("    ],\n    events: [\n");
    for _ in 0..events {
        let year = 1950 + rng.below(77);
        let date = match rng.below(3) {
            0 => format!("{year}"),
            1 => format!("{year}-{:02}", 1 + rng.below(12)),
            _ => format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
        };
        let _ = writeln!(
            out,
            "        (date: \"{date}\", partner: \"p{}\", title: {}, description: {}),",
            rng.below(partners.max(1) as u64),
            localized(&mut rng, 3),
            localized(&mut rng, 6),
        );
    }
    out.push_str("    ],\n)\n");
    out
}
