//! How German dates are said: a day as an ordinal in its case, a year before 2000 in
//! hundreds.

use super::{each_word, is_month, number_in};

/// German months, for [`german_dates`].
const GERMAN_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// German numbers below 100 as words ("vierundneunzig"); 1 is "eins" alone, "ein" before
/// "und".
fn german_below_100(n: u32) -> String {
    const OWN: [&str; 20] = [
        "",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ];
    const TENS: [&str; 10] = [
        "", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig",
    ];
    match n {
        0..=19 => OWN[n as usize].to_string(),
        _ if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        _ => {
            let ones = if n % 10 == 1 {
                "ein"
            } else {
                OWN[(n % 10) as usize]
            };
            format!("{ones}und{}", TENS[(n / 10) as usize])
        }
    }
}

/// The German ordinal of a day of the month, without its ending ("dreizehnt").
fn german_ordinal(day: u32) -> Option<String> {
    let irregular = match day {
        1 => "erst",
        3 => "dritt",
        7 => "siebt",
        8 => "acht",
        _ => "",
    };
    match day {
        _ if !irregular.is_empty() => Some(irregular.to_string()),
        1..=19 => Some(german_below_100(day) + "t"),
        20..=31 => Some(german_below_100(day) + "st"),
        _ => None,
    }
}

/// The ending of a day's ordinal after `before`, the word in front of it: "am
/// dreizehnten", "seit erstem", "der dreizehnte", alone "dreizehnter".
fn german_ending(before: &str) -> &'static str {
    match before {
        "am" | "vom" | "zum" | "beim" | "im" | "dem" | "den" | "des" | "einem" | "seinem"
        | "ihrem" | "diesem" | "bis" | "für" | "um" | "gegen" | "über" | "ab" => "en",
        "seit" | "von" | "vor" | "nach" | "mit" | "zu" | "bei" => "em",
        "der" | "die" | "das" => "e",
        _ => "er",
    }
}

/// German text with dates as they are said: espeak-ng reads "13. Mai" as the number
/// thirteen and a full stop, and "1995" as "eintausendneunhundert…". A day becomes the
/// ordinal with the ending the word before it asks for (a second date joined by "und",
/// "oder" or a comma takes the first one's); a year from 1100 to 1999 becomes
/// "neunzehnhundertfünfundneunzig". A number followed straight by a noun ("1540
/// Kilometer") is a count, not a year, and stays, unless a month, "seit", "im" or "Jahr"
/// comes before it.
pub(super) fn german_dates(text: &str) -> String {
    let is_month = |word: &str| is_month(word, &GERMAN_MONTHS);
    // The ending of the last date in this clause, for the dates joined to it.
    let mut clause_ending: Option<&'static str> = None;
    each_word(text, |words, i| {
        let whole = words[i];
        // A bracket may open before the number: "(13. Mai", "(1995)".
        let (open, digits, rest) = number_in(whole);
        let number = digits.parse::<u32>().ok();
        let before = i.checked_sub(1).map(|b| words[b]);
        let next = words.get(i + 1).copied();
        let day = number
            .filter(|_| (1..=2).contains(&digits.len()) && rest == ".")
            .filter(|_| next.is_some_and(is_month))
            .and_then(german_ordinal);
        let year = number.filter(|&n| {
            let dated = before.is_some_and(|b| {
                is_month(b)
                    || matches!(b.to_lowercase().as_str(), "seit" | "im" | "jahr" | "jahres")
            });
            let count = rest.is_empty()
                && next.is_some_and(|w| w.starts_with(char::is_uppercase))
                && !dated;
            digits.len() == 4 && (1100..=1999).contains(&n) && !count
        });
        let is_day = day.is_some();
        let said = if let Some(stem) = day {
            let before = before.map(|b| b.trim_start_matches('(').to_lowercase());
            let joined = before
                .as_deref()
                .is_some_and(|b| matches!(b, "und" | "oder") || b.ends_with(','));
            let ending = match clause_ending.filter(|_| joined) {
                Some(ending) => ending,
                None => german_ending(before.as_deref().unwrap_or("")),
            };
            clause_ending = Some(ending);
            Some(format!("{open}{stem}{ending}"))
        } else {
            year.map(|n| {
                let tail = if n.is_multiple_of(100) {
                    String::new()
                } else {
                    german_below_100(n % 100)
                };
                format!("{open}{}hundert{tail}{rest}", german_below_100(n / 100))
            })
        };
        if whole.ends_with(['.', '!', '?', ':', ';']) && !is_day {
            clause_ending = None;
        }
        said
    })
}
