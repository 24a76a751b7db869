//! Text as it is said: what espeak-ng misreads in each language (a date's day, a year, an
//! abbreviation, a unit) rewritten as a speaker says it, before the text is split into
//! parts by script (`super::text`). The screen is never changed; each rule has its unit
//! tests in `super::text` and a test over everything said on the real data
//! (`tests/speech.rs`).

mod de;
mod en;
mod ka;
mod pl;
pub(in crate::speech) mod zh;

/// `text` in `lang` with what the engine misreads written as it is said.
pub(super) fn as_said(lang: &str, text: &str) -> String {
    match lang {
        "zh" => zh::chinese_pauses(text),
        "ka" => ka::georgian_spoken(text),
        "de" => kilometres(lang, &de::german_dates(text)),
        "pl" => kilometres(lang, &pl::polish_dates(text)),
        "en" => kilometres(lang, &en::english_dates(text)),
        _ => text.to_string(),
    }
}

/// A word as an opening bracket, the digits it begins with and what follows them: "(1995),"
/// is ("(", "1995", "),"); the digits are empty where the word does not begin with one.
fn number_in(word: &str) -> (&str, &str, &str) {
    let (open, word) = word.split_at(word.len() - word.trim_start_matches('(').len());
    let end = word
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(word.len());
    (open, &word[..end], &word[end..])
}

/// `text` with each word (between spaces) replaced by what `say` makes of it, given all
/// the words and its place among them, or kept where `say` gives nothing.
fn each_word(text: &str, mut say: impl FnMut(&[&str], usize) -> Option<String>) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let said: Vec<String> = (0..words.len())
        .map(|i| say(&words, i).unwrap_or_else(|| words[i].to_string()))
        .collect();
    said.join(" ")
}

/// Whether `word` is one of `months`, perhaps with punctuation after it ("Mai,").
fn is_month(word: &str, months: &[&str]) -> bool {
    months.iter().any(|m| {
        word.strip_prefix(m)
            .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
    })
}

/// `text` with each day of a date, a number of one or two digits before one of `months`
/// (after an opening bracket, perhaps), replaced by `say(day)`.
fn days_before_months(text: &str, months: &[&str], say: fn(u32) -> Option<String>) -> String {
    each_word(text, |words, i| {
        let (open, day, rest) = number_in(words[i]);
        let month_follows = words.get(i + 1).is_some_and(|next| is_month(next, months));
        if !(1..=2).contains(&day.len()) || !rest.is_empty() || !month_follows {
            return None;
        }
        Some(format!("{open}{}", say(day.parse().ok()?)?))
    })
}

/// `text` with "km" after a number said as the word in `lang` (espeak-ng says "ka em" in
/// English, German and Polish), in the form the number asks for: "2 kilometres", "2
/// Kilometer", "2 kilometry", and after Polish "około" the genitive of both ("około dwóch
/// kilometrów"), as "około" asks.
fn kilometres(lang: &str, text: &str) -> String {
    const POLISH_GENITIVE: [&str; 21] = [
        "",
        "jednego",
        "dwóch",
        "trzech",
        "czterech",
        "pięciu",
        "sześciu",
        "siedmiu",
        "ośmiu",
        "dziewięciu",
        "dziesięciu",
        "jedenastu",
        "dwunastu",
        "trzynastu",
        "czternastu",
        "piętnastu",
        "szesnastu",
        "siedemnastu",
        "osiemnastu",
        "dziewiętnastu",
        "dwudziestu",
    ];
    // "km" with nothing but punctuation after it, and a number of digits alone.
    let unit = |w: &str| {
        w.strip_prefix("km")
            .filter(|rest| rest.chars().all(|c| c.is_ascii_punctuation()))
            .map(str::to_string)
    };
    let number = |w: &str| {
        (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    each_word(text, |words, i| {
        let about = |at: usize| {
            at.checked_sub(1)
                .is_some_and(|b| matches!(words[b], "około" | "ok."))
        };
        // The number before "km", in the form the unit after it asks for.
        if let Some(n) = number(words[i])
            && words.get(i + 1).is_some_and(|w| unit(w).is_some())
        {
            return match lang {
                "pl" if about(i) => POLISH_GENITIVE.get(n as usize).map(|w| (*w).to_string()),
                // German one before a noun is "ein" (the engine says "eins").
                "de" if n == 1 => Some("ein".to_string()),
                _ => None,
            };
        }
        let rest = unit(words[i])?;
        let n = number(words[i.checked_sub(1)?])?;
        let about = about(i - 1);
        let word = match lang {
            "en" if n == 1 => "kilometre",
            "en" => "kilometres",
            "de" => "Kilometer",
            "pl" if about && n == 1 => "kilometra",
            "pl" if about => "kilometrów",
            "pl" if n == 1 => "kilometr",
            "pl" if matches!(n % 10, 2..=4) && !matches!(n % 100, 12..=14) => "kilometry",
            "pl" => "kilometrów",
            _ => "km",
        };
        Some(format!("{word}{rest}"))
    })
}
