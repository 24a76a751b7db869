//! How English dates are said: a day as an ordinal, a year before 2000 in halves.

use super::{days_before_months, each_word, number_in};

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

/// English text with each day of a date as an ordinal ("13th May", which the engine says
/// "thirteenth"; it said "thirteen May"), and a year from 1100 to 1999 in two halves ("19
/// 95", "19 oh 5", "19 hundred": it said "nineteen hundred and ninety-five"). A number
/// with a word straight after it is a count ("1540 kilometres") unless a month or "in",
/// "since", "of", "by", "from", "to" or "until" comes before it.
pub(super) fn english_dates(text: &str) -> String {
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
    each_word(&text, |words, i| {
        let (open, digits, rest) = number_in(words[i]);
        let n = (digits.len() == 4 && rest.chars().all(|c| c.is_ascii_punctuation()))
            .then(|| digits.parse::<u32>().ok())
            .flatten()
            .filter(|n| (1100..=1999).contains(n))?;
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
        if count {
            return None;
        }
        let low = match n % 100 {
            0 => "hundred".to_string(),
            l @ 1..=9 => format!("oh {l}"),
            l => l.to_string(),
        };
        Some(format!("{open}{} {low}{rest}", n / 100))
    })
}
