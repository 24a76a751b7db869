//! Text for the ear: what reaches the engine is the program's checked text only, split into
//! parts of one script each, so that no engine has to guess a language inside a text.

use crate::data::chars;

use super::Part;

/// Which writing a letter belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Han,
    Georgian,
    /// Digits, spaces, punctuation: they go with the letters around them.
    Neutral,
}

fn script(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => Script::Latin,
        '\u{10a0}'..='\u{10ff}' | '\u{1c90}'..='\u{1cbf}' | '\u{2d00}'..='\u{2d2f}' => {
            Script::Georgian
        }
        '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' => Script::Han,
        c if c.is_alphabetic() => Script::Latin,
        _ => Script::Neutral,
    }
}

/// The language whose voice reads a run of `script` inside a text in `lang`.
fn voice_for(lang: &'static str, script: Script, run: &str) -> &'static str {
    match script {
        Script::Han => "zh",
        Script::Georgian => "ka",
        Script::Latin if matches!(lang, "zh" | "ka") => {
            // Latin inside Chinese or Georgian: a key or a code ("F12", "r") in English,
            // as keyboards name them; anything longer is a name from the article, which
            // is Polish.
            if run.chars().filter(|c| !c.is_whitespace()).count() <= 3 && !run.contains(' ') {
                "en"
            } else {
                "pl"
            }
        }
        _ => lang,
    }
}

/// Whether a bracket holds only a Latin form of what comes before it: in Chinese and
/// Georgian, "杜德施塔特（Duderstadt）" is heard as 杜德施塔特 alone.
fn latin_only(inside: &str) -> bool {
    inside.chars().any(|c| script(c) == Script::Latin)
        && inside
            .chars()
            .all(|c| matches!(script(c), Script::Latin | Script::Neutral))
}

/// `text` without its Latin-only brackets (see [`latin_only`]).
fn without_latin_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['(', '（']) {
        let after = &rest[open..];
        let width = after.chars().next().map_or(1, char::len_utf8);
        let close = after.find([')', '）']);
        match close {
            Some(close) if latin_only(&after[width..close]) => {
                out.push_str(rest[..open].trim_end_matches(' '));
                let closing = after[close..].chars().next().map_or(1, char::len_utf8);
                rest = &after[close + closing..];
            }
            _ => {
                out.push_str(&rest[..open + width]);
                rest = &after[width..];
            }
        }
    }
    out.push_str(rest);
    out
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// `n` (below 100 000 000) in Chinese numerals as they are said: 六百一十七, 一百零五,
/// 七千零六十八, 十三 (not 一十三), 三万零二十, 两千三百四十一 (not 二千).
fn chinese_number(n: u32) -> String {
    fn below_10000(n: u32, leading: bool) -> String {
        let mut out = String::new();
        let mut zero = false;
        for (unit, value) in [("千", 1000), ("百", 100), ("十", 10), ("", 1)] {
            let digit = (n / value % 10) as usize;
            if digit == 0 {
                zero = !out.is_empty() || !leading;
                continue;
            }
            if zero && (!out.is_empty() || !leading) {
                out.push('零');
            }
            zero = false;
            // "十三", not "一十三", when ten leads the number; "两千", not "二千", when two
            // thousand does.
            let first = out.is_empty() && leading;
            if digit == 2 && value == 1000 && first {
                out.push('两');
            } else if !(digit == 1 && value == 10 && first) {
                out.push(DIGITS[digit]);
            }
            out.push_str(unit);
        }
        out
    }
    if n == 0 {
        return "零".to_string();
    }
    let (high, low) = (n / 10_000, n % 10_000);
    if high == 0 {
        return below_10000(low, true);
    }
    // "两万", as "两千".
    let high = match below_10000(high, true).as_str() {
        "二" => "两".to_string(),
        other => other.to_string(),
    };
    let mut out = high + "万";
    if low > 0 {
        if low < 1000 {
            out.push('零');
        }
        out.push_str(below_10000(low, false).trim_start_matches('零'));
    }
    out
}

/// Words that count something, after which two is 两.
const CHINESE_MEASURES: [&str; 12] = [
    "公里", "个", "位", "座", "名", "次", "家", "项", "种", "周年", "年前", "年",
];

/// Chinese text with its numbers as they are said: espeak-ng's Mandarin reads "2015年" as
/// 二千十五年 and "105" as 一百五, dropping every 零. A year (four digits before 年) is said
/// digit by digit (二零一五年), any other number as a number (一百零五); a number too long or
/// with a leading zero, digit by digit.
fn chinese_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_ascii_digit() {
            out.push(c);
            continue;
        }
        let mut end = start + 1;
        while let Some(&(i, d)) = chars.peek() {
            if !d.is_ascii_digit() {
                break;
            }
            end = i + 1;
            chars.next();
        }
        let run = &text[start..end];
        // A year, or a number with a leading zero (a code), is said digit by digit.
        let by_digit = (run.len() == 4 && text[end..].starts_with('年'))
            || (run.len() > 1 && run.starts_with('0'));
        match run.parse::<u32>() {
            // Two of something is 两: 约两公里, 两个; the second of a month, an ordinal
            // (第二名) and a decimal (1.2公里) stay 二.
            Ok(2)
                if CHINESE_MEASURES.iter().any(|m| text[end..].starts_with(m))
                    && !text[..start].ends_with(['第', '.', '．']) =>
            {
                out.push('两');
            }
            Ok(n) if !by_digit && n < 100_000_000 => {
                out.push_str(&chinese_number(n));
            }
            _ => out.extend(run.bytes().map(|b| DIGITS[usize::from(b - b'0')])),
        }
    }
    out
}

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
fn german_dates(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let is_month = |word: &str| {
        GERMAN_MONTHS.iter().any(|m| {
            word.strip_prefix(m)
                .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
        })
    };
    // A word's number of `len` digits and what follows them ("1995" and ")").
    fn digits_of(w: &str, len: std::ops::RangeInclusive<usize>) -> Option<(u32, &str)> {
        let d = w.trim_end_matches(|c: char| !c.is_ascii_digit());
        if !len.contains(&d.len()) || !d.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((d.parse().ok()?, &w[d.len()..]))
    }
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    // The ending of the last date in this clause, for the dates joined to it.
    let mut clause_ending: Option<&'static str> = None;
    for (i, &whole) in words.iter().enumerate() {
        // A bracket may open before the number: "(13. Mai", "(1995)".
        let (open, word) = whole.split_at(whole.len() - whole.trim_start_matches('(').len());
        let before = i.checked_sub(1).map(|b| words[b]);
        let next = words.get(i + 1).copied();
        let day = digits_of(word, 1..=2)
            .filter(|(_, rest)| *rest == ".")
            .filter(|_| next.is_some_and(is_month))
            .and_then(|(d, _)| german_ordinal(d));
        let year = digits_of(word, 4..=4).filter(|&(n, rest)| {
            let dated = before.is_some_and(|b| {
                is_month(b)
                    || matches!(b.to_lowercase().as_str(), "seit" | "im" | "jahr" | "jahres")
            });
            let count = rest.is_empty()
                && next.is_some_and(|w| w.starts_with(char::is_uppercase))
                && !dated;
            (1100..=1999).contains(&n) && !count
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
            format!("{open}{stem}{ending}")
        } else if let Some((n, rest)) = year {
            let tail = if n.is_multiple_of(100) {
                String::new()
            } else {
                german_below_100(n % 100)
            };
            format!("{open}{}hundert{tail}{rest}", german_below_100(n / 100))
        } else {
            whole.to_string()
        };
        if whole.ends_with(['.', '!', '?', ':', ';']) && !is_day {
            clause_ending = None;
        }
        out.push(said);
    }
    out.join(" ")
}

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

/// English months, for [`english_dates`].
const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

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
fn polish_dates(text: &str) -> String {
    let text = days_before_months(text, &POLISH_MONTHS, |d| {
        (1..=31).contains(&d).then(|| polish_ordinal(d)).flatten()
    });
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, &whole) in words.iter().enumerate() {
        let (open, word) = whole.split_at(whole.len() - whole.trim_start_matches('(').len());
        let digits = word.trim_end_matches(|c: char| !c.is_ascii_digit());
        let rest = &word[digits.len()..];
        let number = (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse::<u32>().ok())
            .flatten();
        let before = i.checked_sub(1).map(|b| words[b]);
        let next = words.get(i + 1).copied();
        let said = match number {
            Some(year) if digits.len() == 4 => {
                let before_roku = rest.is_empty()
                    && next.is_some_and(|n| {
                        n.trim_end_matches(|c: char| !c.is_alphabetic()) == "roku"
                    });
                let after_month = before.is_some_and(|b| POLISH_MONTHS.contains(&b));
                let locative =
                    before_roku && before.is_some_and(|b| matches!(b, "w" | "W" | "we" | "We"));
                (before_roku || after_month)
                    .then(|| polish_year(year, locative))
                    .flatten()
                    .map(|y| format!("{open}{y}{rest}"))
            }
            Some(n) => rest
                .strip_prefix("-lec")
                .and_then(|ending| Some(format!("{open}{}lec{ending}", polish_compound(n)?))),
            None => None,
        };
        out.push(said.unwrap_or_else(|| whole.to_string()));
    }
    out.join(" ")
}

/// English text with each day of a date as an ordinal ("13th May", which the engine says
/// "thirteenth"; it said "thirteen May"), and a year from 1100 to 1999 in two halves ("19
/// 95", "19 oh 5", "19 hundred": it said "nineteen hundred and ninety-five"). A number
/// with a word straight after it is a count ("1540 kilometres") unless a month or "in",
/// "since", "of", "by", "from", "to" or "until" comes before it.
fn english_dates(text: &str) -> String {
    fn day(n: u32) -> Option<String> {
        let suffix = match (n % 10, n % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        (1..=31).contains(&n).then(|| format!("{n}{suffix}"))
    }
    let text = days_before_months(text, &ENGLISH_MONTHS, day);
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, &whole) in words.iter().enumerate() {
        let (open, word) = whole.split_at(whole.len() - whole.trim_start_matches('(').len());
        let digits = word.trim_end_matches(|c: char| !c.is_ascii_digit());
        let rest = &word[digits.len()..];
        let year = (digits.len() == 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && rest.chars().all(|c| c.is_ascii_punctuation()))
        .then(|| digits.parse::<u32>().ok())
        .flatten()
        .filter(|n| (1100..=1999).contains(n));
        let dated = i.checked_sub(1).is_some_and(|b| {
            let before = words[b].trim_end_matches(',');
            ENGLISH_MONTHS.contains(&before)
                || matches!(
                    before.to_lowercase().as_str(),
                    "in" | "since" | "of" | "by" | "from" | "to" | "until"
                )
        });
        let count = words
            .get(i + 1)
            .is_some_and(|w| w.starts_with(char::is_alphabetic))
            && !dated;
        let said = match year.filter(|_| !count) {
            Some(n) => {
                let low = match n % 100 {
                    0 => "hundred".to_string(),
                    l @ 1..=9 => format!("oh {l}"),
                    l => l.to_string(),
                };
                format!("{open}{} {low}{rest}", n / 100)
            }
            None => whole.to_string(),
        };
        out.push(said);
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
        out.push(format!("{unit}{rest}"));
    }
    out.join(" ")
}

/// Georgian months in the nominative, for [`georgian_spoken`].
const GEORGIAN_MONTHS: [&str; 12] = [
    "იანვარი",
    "თებერვალი",
    "მარტი",
    "აპრილი",
    "მაისი",
    "ივნისი",
    "ივლისი",
    "აგვისტო",
    "სექტემბერი",
    "ოქტომბერი",
    "ნოემბერი",
    "დეკემბერი",
];

/// What follows a Georgian month's stem in `word` (its case ending and any punctuation), if
/// `word` is a month: the nominative's stem, or the shortened one of the cases that drop a
/// vowel (ოქტომბრის).
fn georgian_month_ending(word: &str) -> Option<&str> {
    const SHORT: [&str; 6] = [
        "იანვრ",
        "თებერვლ",
        "სექტემბრ",
        "ოქტომბრ",
        "ნოემბრ",
        "დეკემბრ",
    ];
    GEORGIAN_MONTHS
        .iter()
        .map(|m| m.strip_suffix('ი').unwrap_or(m))
        .chain(SHORT)
        .find_map(|stem| word.strip_prefix(stem))
}

/// Georgian text with what espeak-ng misreads said in full: the year's "წ." after a year
/// as "წელი" (the program writes it only in the nominative; with an ending it stays), "კმ"
/// after a number as "კილომეტრი" ("კმ-ში" as "კილომეტრში"), and the first of a month as
/// the ordinal it is said as ("პირველი ოქტომბერი", "პირველ ოქტომბერს"), not "ერთი".
fn georgian_spoken(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let after_number = |i: usize| {
        i.checked_sub(1)
            .is_some_and(|b| words[b].ends_with(|c: char| c.is_ascii_digit()))
    };
    // What is left of `word` after `prefix` when that is only punctuation.
    fn bare<'a>(word: &'a str, prefix: &str) -> Option<&'a str> {
        word.strip_prefix(prefix)
            .filter(|rest| !rest.starts_with(|c: char| c.is_alphabetic() || c == '-'))
    }
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, &word) in words.iter().enumerate() {
        let said = if let Some(rest) = bare(word, "წ.").filter(|_| after_number(i)) {
            format!("წელი{rest}")
        } else if let Some(rest) = bare(word, "კმ").filter(|_| after_number(i)) {
            format!("კილომეტრი{rest}")
        } else if let Some(rest) = word.strip_prefix("კმ-ში").filter(|_| after_number(i)) {
            format!("კილომეტრში{rest}")
        } else if word.trim_start_matches('(') == "1"
            && let Some(ending) = words.get(i + 1).and_then(|m| georgian_month_ending(m))
        {
            let open = &word[..word.len() - 1];
            // The ordinal keeps its -ი before the nominative, the genitive and the
            // instrumental (-ი, -ის, -ით, -იდან), and drops it before the dative (-ს, -ში,
            // -ამდე); for აგვისტო, whose stem keeps its vowel, after -თი and -დან too.
            let full = ending.starts_with('ი')
                || !ending.starts_with(char::is_alphabetic)
                || ending.starts_with("თი")
                || ending.starts_with("დან");
            if full {
                format!("{open}პირველი")
            } else {
                format!("{open}პირველ")
            }
        } else {
            word.to_string()
        };
        out.push(said);
    }
    out.join(" ")
}

/// Chinese text with a pause before each bracket: espeak-ng's Mandarin runs "荣誉市民（伙伴城市"
/// together; a comma before the bracket makes it pause as a reader does.
fn chinese_pauses(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '（' && out.chars().next_back().is_some_and(char::is_alphanumeric) {
            out.push('，');
        }
        out.push(c);
    }
    out
}

/// `text` in `lang` as parts to be spoken: only characters the screen may show, no-break
/// spaces as spaces, abbreviations the engine misreads in full, and each run of another script in a part of its own, in that
/// script's voice. Nothing is left of a text with no letter or digit.
pub fn parts(lang: &'static str, text: &str) -> Vec<Part> {
    let clean = chars::sanitize(text, &[]).replace(['\u{a0}', '\u{202f}'], " ");
    let clean = match lang {
        "zh" => chinese_pauses(&without_latin_brackets(&clean)),
        "ka" => georgian_spoken(&without_latin_brackets(&clean)),
        "de" => kilometres(lang, &german_dates(&clean)),
        "pl" => kilometres(lang, &polish_dates(&clean)),
        "en" => kilometres(lang, &english_dates(&clean)),
        _ => clean,
    };
    let home = match lang {
        "zh" => Script::Han,
        "ka" => Script::Georgian,
        _ => Script::Latin,
    };
    // Runs of one script; neutral characters join the run they follow.
    let mut runs: Vec<(Script, String)> = Vec::new();
    for c in clean.chars() {
        let s = match script(c) {
            Script::Neutral => None,
            s => Some(s),
        };
        match (runs.last_mut(), s) {
            (Some((_, run)), None) => run.push(c),
            (Some((current, run)), Some(s)) if *current == s => run.push(c),
            (None, None) => runs.push((home, c.to_string())),
            // Digits right before Chinese or Georgian belong to it ("Liu Yuanyuan：2014年"
            // is 二零一四年 in Mandarin, not a Polish number and then 年).
            (Some((_, run)), Some(s @ (Script::Han | Script::Georgian))) => {
                let before = run.trim_end_matches(|d: char| d.is_ascii_digit());
                // A number of its own, not the end of a key's or a code's name ("F12键").
                let own = !before.ends_with(char::is_alphanumeric);
                let moved = run.split_off(if own { before.len() } else { run.len() });
                if run.is_empty() {
                    runs.pop();
                }
                runs.push((s, moved + &c.to_string()));
            }
            (_, Some(s)) => runs.push((s, c.to_string())),
        }
    }
    let mut out: Vec<Part> = Vec::new();
    for (s, run) in runs {
        let voice = voice_for(lang, s, run.trim());
        let said;
        let text = if voice == "zh" {
            said = chinese_numbers(run.trim());
            said.as_str()
        } else {
            run.trim()
        };
        if !text.chars().any(char::is_alphanumeric) {
            // Punctuation alone ("）", "：") says nothing: it ends the part before.
            if let Some(last) = out.last_mut() {
                last.text.push_str(text);
            }
            continue;
        }
        match out.last_mut() {
            Some(last) if last.lang == voice => {
                last.text.push(' ');
                last.text.push_str(text);
            }
            _ => out.push(Part {
                lang: voice,
                text: text.to_string(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(lang: &'static str, text: &str) -> Vec<(&'static str, String)> {
        parts(lang, text)
            .into_iter()
            .map(|p| (p.lang, p.text))
            .collect()
    }

    #[test]
    fn a_german_date_s_day_is_said_as_an_ordinal_in_the_case_around_it() {
        let de = |text: &str| said("de", text)[0].1.clone();
        assert_eq!(
            de("Partnerschaftsvereinbarung: 13.\u{a0}Mai 1995 (vor 31 Jahren)"),
            "Partnerschaftsvereinbarung: dreizehnter Mai neunzehnhundertfünfundneunzig (vor 31 \
             Jahren)"
        );
        assert_eq!(
            de("Am 4. September 1995 bestätigt."),
            "Am vierten September neunzehnhundertfünfundneunzig bestätigt."
        );
        assert_eq!(de("der 1. Juli"), "der erste Juli");
        assert_eq!(de("(21. März 2020)"), "(einundzwanzigster März 2020)");
        assert_eq!(
            de("vom 30. April, 31. Dezember"),
            "vom dreißigsten April, einunddreißigsten Dezember"
        );
        assert_eq!(
            de("am 13. Mai und 4. September. 4. Juli"),
            "am dreizehnten Mai und vierten September. vierter Juli"
        );
        assert_eq!(
            de("seit 1. Oktober, bis 7. März"),
            "seit erstem Oktober, bis siebten März"
        );
        assert_eq!(
            de("der 8. Juni, des 20. Juni"),
            "der achte Juni, des zwanzigsten Juni"
        );
        // Not a date: a number before another word, a day that cannot be, no month.
        for same in ["Platz 3. Reihe", "32. Mai", "13. Maifeier", "Seite 13."] {
            assert_eq!(de(same), same);
        }
        // Only German is read so.
        assert_eq!(said("en", "13. Mai")[0].1, "13. Mai");
    }

    #[test]
    fn a_german_year_before_2000_is_said_in_hundreds_and_a_count_is_not() {
        let de = |text: &str| said("de", text)[0].1.clone();
        assert_eq!(
            de("Oktober 1990 (36 Jahre), seit 1994 und (1995)."),
            "Oktober neunzehnhundertneunzig (36 Jahre), seit neunzehnhundertvierundneunzig und \
             (neunzehnhundertfünfundneunzig)."
        );
        assert_eq!(de("1901 – 1100"), "neunzehnhunderteins – elfhundert");
        assert_eq!(
            de("Mai 1981 Kartuzy"),
            "Mai neunzehnhunderteinundachtzig Kartuzy"
        );
        assert_eq!(
            de("im Jahr 1995 Ehrenbürger"),
            "im Jahr neunzehnhundertfünfundneunzig Ehrenbürger"
        );
        assert_eq!(
            de("seit 1994; Partnerschaft"),
            "seit neunzehnhundertvierundneunzig; Partnerschaft"
        );
        // Counts, and years the engine says right, stay.
        for same in ["1540 Kilometer südwestlich", "2015 – 2020", "1099", "12345"] {
            assert_eq!(de(same), same);
        }
    }

    #[test]
    fn a_number_before_chinese_is_said_in_chinese() {
        assert_eq!(
            said("zh", "Liu Yuanyuan：2014年时任总领事"),
            [
                ("pl", "Liu Yuanyuan：".into()),
                ("zh", "二零一四年时任总领事".into())
            ]
        );
        // A number that ends a key's name stays with it.
        assert_eq!(
            said("zh", "按F12键"),
            [
                ("zh", "按".into()),
                ("en", "F12".into()),
                ("zh", "键".into())
            ]
        );
    }

    #[test]
    fn a_chinese_bracket_is_heard_as_a_pause() {
        assert_eq!(
            said("zh", "荣誉市民（伙伴城市：杜德施塔特）"),
            [("zh", "荣誉市民，（伙伴城市：杜德施塔特）".into())]
        );
        // Where a pause is there already, or the text begins with the bracket, no comma.
        assert_eq!(said("zh", "市民：（一）")[0].1, "市民：（一）");
        assert_eq!(said("zh", "（一）")[0].1, "（一）");
    }

    #[test]
    fn a_polish_or_english_date_s_day_is_said_as_an_ordinal() {
        let pl = |text: &str| said("pl", text)[0].1.clone();
        assert_eq!(
            pl("Porozumienie: 13\u{a0}maja (31 lat temu)"),
            "Porozumienie: trzynastego maja (31 lat temu)"
        );
        assert_eq!(
            pl("(1 października), 21 czerwca, 30 listopada"),
            "(pierwszego października), dwudziestego pierwszego czerwca, trzydziestego listopada"
        );
        let en = |text: &str| said("en", text)[0].1.clone();
        assert_eq!(
            en("Signed on 13\u{a0}May 1995, 1 October, 22 June, 3 March, 11 July."),
            "Signed on 13th May 19 95, 1st October, 22nd June, 3rd March, 11th July."
        );
        // Not a date: no month after it, a day that cannot be, a count.
        for same in ["5 partnerów", "32 maja", "2 kilometry"] {
            assert_eq!(pl(same), same);
        }
        assert_eq!(en("32 May, 5 towns, Mayor"), "32 May, 5 towns, Mayor");
        for (written, spoken) in [
            (
                "Partnership agreement: 13 May 1995 (31 years ago)",
                "Partnership agreement: 13th May 19 95 (31 years ago)",
            ),
            (
                "began in 1994 and was signed on 13 May 1995.",
                "began in 19 94 and was signed on 13th May 19 95.",
            ),
            (
                "First partnership: 1990 (Caissargues)",
                "First partnership: 19 90 (Caissargues)",
            ),
            ("1901 – 1100", "19 oh 1 – 11 hundred"),
            ("(1990), 1994;", "(19 90), 19 94;"),
        ] {
            assert_eq!(en(written), spoken);
        }
        for same in [
            "Distance from Kartuzy: 1540 kilometres south-west",
            "2015 – 2020",
            "1099",
            "12345",
        ] {
            assert_eq!(en(same), same);
        }
        assert_eq!(en("3 Mayors"), "3 Mayors");
    }

    #[test]
    fn a_polish_year_in_a_date_or_before_roku_is_an_ordinal() {
        let pl = |text: &str| said("pl", text)[0].1.clone();
        for (written, spoken) in [
            ("w 2019 roku", "w dwa tysiące dziewiętnastym roku"),
            (
                "od 1994 roku",
                "od tysiąc dziewięćset dziewięćdziesiątego czwartego roku",
            ),
            ("W lutym 2016 roku", "W lutym dwa tysiące szesnastego roku"),
            (
                "13 maja 1995 (31 lat temu)",
                "trzynastego maja tysiąc dziewięćset dziewięćdziesiątego piątego (31 lat temu)",
            ),
            ("w 2026 roku.", "w dwa tysiące dwudziestym szóstym roku."),
            ("w 2002 roku", "w dwa tysiące drugim roku"),
            ("w 2013 roku", "w dwa tysiące trzynastym roku"),
            (
                "(1 października 2016)",
                "(pierwszego października dwa tysiące szesnastego)",
            ),
            (
                "25-lecie, 25-lecia, 30-leciu",
                "dwudziestopięciolecie, dwudziestopięciolecia, trzydziestoleciu",
            ),
        ] {
            assert_eq!(pl(written), spoken);
        }
        // A year alone, after a month alone, ending in 00, and counts stay.
        for same in [
            "1994 – Początek",
            "listopad 2015",
            "w 2000 roku",
            "1540 kilometrów",
            "25 lat",
        ] {
            assert_eq!(pl(same), same);
        }
    }

    #[test]
    fn kilometres_are_said_as_a_word_in_the_form_the_number_asks_for() {
        let say = |lang: &'static str, text: &str| said(lang, text)[0].1.clone();
        for (lang, written, spoken) in [
            (
                "en",
                "about 2\u{a0}km from Nîmes",
                "about 2 kilometres from Nîmes",
            ),
            ("en", "1 km.", "1 kilometre."),
            ("de", "etwa 2 km von Nîmes", "etwa 2 Kilometer von Nîmes"),
            (
                "pl",
                "około 2 km od Nîmes",
                "około dwóch kilometrów od Nîmes",
            ),
            ("pl", "ok. 1 km", "ok. jednego kilometra"),
            (
                "pl",
                "2 km, 5 km, 12 km, 22 km, 1 km",
                "2 kilometry, 5 kilometrów, 12 kilometrów, 22 kilometry, 1 kilometr",
            ),
        ] {
            assert_eq!(say(lang, written), spoken, "{lang}");
        }
        // Not after a number, or part of a word: as written.
        assert_eq!(say("en", "km kmh 2 kmh"), "km kmh 2 kmh");
    }

    #[test]
    fn a_georgian_year_s_abbreviation_is_said_in_full() {
        assert_eq!(
            said("ka", "2015 წ. (11 წლის წინ)"),
            [("ka", "2015 წელი (11 წლის წინ)".into())]
        );
        // Only after a year, and with no ending after it (the nominative is all it can be).
        assert_eq!(said("ka", "ა წ. ბ")[0].1, "ა წ. ბ");
        assert_eq!(said("ka", "2015 წ.-ში")[0].1, "2015 წ.-ში");
    }

    #[test]
    fn georgian_kilometres_and_the_first_of_a_month_are_said_in_full() {
        let ka = |text: &str| said("ka", text)[0].1.clone();
        assert_eq!(
            ka("ნიმიდან დაახლოებით 2 კმ-ში"),
            "ნიმიდან დაახლოებით 2 კილომეტრში"
        );
        assert_eq!(ka("2341 კმ სამხრეთით"), "2341 კილომეტრი სამხრეთით");
        assert_eq!(
            ka("2016 წლის 1 ოქტომბერი (10 წლის წინ)"),
            "2016 წლის პირველი ოქტომბერი (10 წლის წინ)"
        );
        assert_eq!(
            ka("2016 წლის 1 ოქტომბერს მოეწერა."),
            "2016 წლის პირველ ოქტომბერს მოეწერა."
        );
        assert_eq!(ka("(1 აგვისტო)"), "(პირველი აგვისტო)");
        for (case, said) in [
            ("1 მაისის", "პირველი მაისის"),
            ("1 ოქტომბრის", "პირველი ოქტომბრის"),
            ("1 სექტემბრიდან", "პირველი სექტემბრიდან"),
            ("1 ივნისით", "პირველი ივნისით"),
            ("1 მაისამდე", "პირველ მაისამდე"),
            ("1 აგვისტოს", "პირველ აგვისტოს"),
            ("1 აგვისტოდან", "პირველი აგვისტოდან"),
        ] {
            assert_eq!(ka(case), said);
        }
        // Any other day is a cardinal, said right; a 1 before another word stays.
        for same in ["13 მაისი", "1 კაცი", "11 ოქტომბერი", "კმ"]
        {
            assert_eq!(ka(same), same);
        }
    }

    #[test]
    fn a_latin_name_in_brackets_after_a_chinese_or_georgian_one_is_not_said() {
        assert_eq!(
            said("zh", "杜德施塔特（Duderstadt）"),
            [("zh", "杜德施塔特".into())]
        );
        assert_eq!(said("ka", "გორი (Gori)"), [("ka", "გორი".into())]);
        // A bracket that says something in the language itself stays; the Polish title
        // before it is read by the Polish voice.
        assert_eq!(
            said("zh", "《Umowa》（意为“协议”）"),
            [("pl", "Umowa》（".into()), ("zh", "意为“协议”）".into())]
        );
    }

    #[test]
    fn latin_inside_chinese_or_georgian_is_a_part_of_its_own() {
        assert_eq!(
            said("zh", "时任总领事Liu Yuanyuan女士倡议合作。"),
            [
                ("zh", "时任总领事".into()),
                ("pl", "Liu Yuanyuan".into()),
                ("zh", "女士倡议合作。".into())
            ]
        );
        assert_eq!(
            said("zh", "按 F12 键"),
            [
                ("zh", "按".into()),
                ("en", "F12".into()),
                ("zh", "键".into())
            ]
        );
    }

    #[test]
    fn latin_languages_keep_their_text_in_one_part() {
        assert_eq!(
            said("pl", "617\u{a0}km na południowy zachód"),
            [("pl", "617 kilometrów na południowy zachód".into())]
        );
        assert_eq!(
            said("en", "Gori (გორი)"),
            [("en", "Gori (".into()), ("ka", "გორი)".into())]
        );
    }

    #[test]
    fn chinese_numbers_are_said_with_every_zero_and_years_digit_by_digit() {
        for (n, said) in [
            (0, "零"),
            (7, "七"),
            (10, "十"),
            (13, "十三"),
            (31, "三十一"),
            (100, "一百"),
            (105, "一百零五"),
            (110, "一百一十"),
            (617, "六百一十七"),
            (1001, "一千零一"),
            (7068, "七千零六十八"),
            (10_000, "一万"),
            (30_020, "三万零二十"),
            (120_500, "十二万零五百"),
            (2341, "两千三百四十一"),
            (20_000, "两万"),
            (220, "二百二十"),
            (12_000, "一万二千"),
        ] {
            assert_eq!(chinese_number(n), said, "{n}");
        }
        assert_eq!(
            chinese_numbers("1995年5月13日，617公里，2005年，百分之50，007"),
            "一九九五年五月十三日，六百一十七公里，二零零五年，百分之五十，零零七"
        );
        assert_eq!(
            said("zh", "距卡尔图济：617公里"),
            [("zh", "距卡尔图济：六百一十七公里".into())]
        );
        // Two of something is 两; a date's two, a year's and a count's tens are not.
        assert_eq!(
            chinese_numbers("约2公里，2个，2年前，2月2日，2022年，22公里"),
            "约两公里，两个，两年前，二月二日，二零二二年，二十二公里"
        );
        assert_eq!(chinese_numbers("第2名"), "第二名");
        assert!(!chinese_numbers("1.2公里").contains('两'));
    }

    #[test]
    fn control_characters_never_reach_the_engine() {
        let spoken = said("en", "Duder\u{1b}[31mstadt\u{7}");
        assert!(
            spoken
                .iter()
                .all(|(_, t)| t.chars().all(|c| !c.is_control())),
            "{spoken:?}"
        );
    }
}
