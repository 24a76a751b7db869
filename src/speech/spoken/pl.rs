//! How Polish dates are said: a day and a year in a date as ordinals, an anniversary's
//! number as a compound.

use super::{days_before_months, each_word, number_in};

/// Polish months in the genitive, as a date writes them ("13 maja"), for [`polish_dates`].
const POLISH_MONTHS: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];

/// Polish ordinals below 100 in the genitive ("dziewięćdziesiątego piątego").
fn polish_ordinal(n: u32) -> Option<String> {
    const OWN: [&str; 20] = [
        "",
        "pierwszego",
        "drugiego",
        "trzeciego",
        "czwartego",
        "piątego",
        "szóstego",
        "siódmego",
        "ósmego",
        "dziewiątego",
        "dziesiątego",
        "jedenastego",
        "dwunastego",
        "trzynastego",
        "czternastego",
        "piętnastego",
        "szesnastego",
        "siedemnastego",
        "osiemnastego",
        "dziewiętnastego",
    ];
    const TENS: [&str; 10] = [
        "",
        "",
        "dwudziestego",
        "trzydziestego",
        "czterdziestego",
        "pięćdziesiątego",
        "sześćdziesiątego",
        "siedemdziesiątego",
        "osiemdziesiątego",
        "dziewięćdziesiątego",
    ];
    match n {
        1..=19 => Some(OWN[n as usize].to_string()),
        20..=99 if n.is_multiple_of(10) => Some(TENS[(n / 10) as usize].to_string()),
        20..=99 => Some(format!(
            "{} {}",
            TENS[(n / 10) as usize],
            OWN[(n % 10) as usize]
        )),
        _ => None,
    }
}

/// A year as a Polish ordinal, in the genitive ("tysiąc dziewięćset dziewięćdziesiątego
/// piątego") or the locative ("dwa tysiące dziewiętnastym"); the thousands and hundreds
/// stay cardinal. None for a year ending in 00 (its ordinal is a word of its own).
fn polish_year(year: u32, locative: bool) -> Option<String> {
    const HUNDREDS: [&str; 10] = [
        "",
        "sto",
        "dwieście",
        "trzysta",
        "czterysta",
        "pięćset",
        "sześćset",
        "siedemset",
        "osiemset",
        "dziewięćset",
    ];
    let thousands = match year / 1000 {
        1 => "tysiąc",
        2 => "dwa tysiące",
        _ => return None,
    };
    let mut ordinal = polish_ordinal(year % 100)?;
    if locative {
        ordinal = ordinal
            .split(' ')
            .map(|w| {
                let stem = w.strip_suffix("ego").unwrap_or(w);
                if stem.ends_with('i') {
                    format!("{stem}m")
                } else {
                    format!("{stem}ym")
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
    let hundreds = HUNDREDS[(year / 100 % 10) as usize];
    Some(
        [thousands, hundreds, &ordinal]
            .into_iter()
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The first part of a Polish compound of a number ("dwudziestopięcio-" of
/// "dwudziestopięciolecie").
fn polish_compound(n: u32) -> Option<String> {
    const OWN: [&str; 20] = [
        "",
        "jedno",
        "dwu",
        "trzy",
        "cztero",
        "pięcio",
        "sześcio",
        "siedmio",
        "ośmio",
        "dziewięcio",
        "dziesięcio",
        "jedenasto",
        "dwunasto",
        "trzynasto",
        "czternasto",
        "piętnasto",
        "szesnasto",
        "siedemnasto",
        "osiemnasto",
        "dziewiętnasto",
    ];
    const TENS: [&str; 10] = [
        "",
        "",
        "dwudziesto",
        "trzydziesto",
        "czterdziesto",
        "pięćdziesięcio",
        "sześćdziesięcio",
        "siedemdziesięcio",
        "osiemdziesięcio",
        "dziewięćdziesięcio",
    ];
    match n {
        1..=19 => Some(OWN[n as usize].to_string()),
        20..=99 => Some(format!(
            "{}{}",
            TENS[(n / 10) as usize],
            OWN[(n % 10) as usize]
        )),
        100 => Some("stu".to_string()),
        _ => None,
    }
}

/// Polish text with its dates as they are said; espeak-ng says every number as a plain
/// cardinal. A date's day is a genitive ordinal ("trzynastego maja"); a year after a
/// date's month or before "roku" an ordinal, in the locative after "w" ("w dwa tysiące
/// dziewiętnastym roku"), in the genitive elsewhere ("od … dziewięćdziesiątego czwartego
/// roku"); a year alone or after a month alone ("listopad 2015") stays, as it is said so
/// too. "25-lecie" is "dwudziestopięciolecie" (the engine said "dwadzieścia pięćlecie").
pub(super) fn polish_dates(text: &str) -> String {
    let text = days_before_months(text, &POLISH_MONTHS, |d| {
        (1..=31).contains(&d).then(|| polish_ordinal(d)).flatten()
    });
    each_word(&text, |words, i| {
        let (open, digits, rest) = number_in(words[i]);
        let number = digits.parse::<u32>().ok()?;
        if digits.len() != 4 {
            let ending = rest.strip_prefix("-lec")?;
            return Some(format!("{open}{}lec{ending}", polish_compound(number)?));
        }
        let before = i.checked_sub(1).map(|b| words[b]);
        let before_roku = rest.is_empty()
            && words
                .get(i + 1)
                .is_some_and(|n| n.trim_end_matches(|c: char| !c.is_alphabetic()) == "roku");
        let after_month = before.is_some_and(|b| POLISH_MONTHS.contains(&b));
        let locative = before_roku && before.is_some_and(|b| matches!(b, "w" | "W" | "we" | "We"));
        if !(before_roku || after_month) {
            return None;
        }
        Some(format!("{open}{}{rest}", polish_year(number, locative)?))
    })
}
