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

/// `text` with each day of a date, a number of one or two digits before one of `months`
/// (after an opening bracket, perhaps), replaced by `say(day)`.
fn days_before_months(text: &str, months: &[&str], say: fn(u32) -> Option<String>) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let month_follows = |i: usize| {
        words.get(i + 1).is_some_and(|next| {
            months.iter().any(|m| {
                next.strip_prefix(m)
                    .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
            })
        })
    };
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, &whole) in words.iter().enumerate() {
        let (open, word) = whole.split_at(whole.len() - whole.trim_start_matches('(').len());
        let said = (1..=2)
            .contains(&word.len())
            .then_some(word)
            .filter(|w| w.bytes().all(|b| b.is_ascii_digit()) && month_follows(i))
            .and_then(|w| w.parse().ok())
            .and_then(say);
        out.push(match said {
            Some(day) => format!("{open}{day}"),
            None => whole.to_string(),
        });
    }
    out.join(" ")
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
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, &word) in words.iter().enumerate() {
        let number = i
            .checked_sub(1)
            .map(|b| words[b])
            .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|w| w.parse::<u32>().ok());
        let rest = word
            .strip_prefix("km")
            .filter(|rest| rest.chars().all(|c| c.is_ascii_punctuation()));
        let (Some(n), Some(rest)) = (number, rest) else {
            out.push(word.to_string());
            continue;
        };
        let about = i >= 2 && matches!(words[i - 2], "około" | "ok.");
        let unit = match lang {
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
        if lang == "pl"
            && about
            && let Some(said) = POLISH_GENITIVE.get(n as usize)
        {
            out.pop();
            out.push((*said).to_string());
        }
        // German one before a noun is "ein" (the engine says "eins").
        if lang == "de" && n == 1 {
            out.pop();
            out.push("ein".to_string());
        }
        out.push(format!("{unit}{rest}"));
    }
    out.join(" ")
}
