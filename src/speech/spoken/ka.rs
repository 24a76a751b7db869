//! How Georgian abbreviations and dates are said: the year's "წ.", "კმ", the first of a
//! month.

use super::each_word;

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
pub(super) fn georgian_spoken(text: &str) -> String {
    // What is left of `word` after `prefix` when that is only punctuation.
    fn bare<'a>(word: &'a str, prefix: &str) -> Option<&'a str> {
        word.strip_prefix(prefix)
            .filter(|rest| !rest.starts_with(|c: char| c.is_alphabetic() || c == '-'))
    }
    each_word(text, |words, i| {
        let word = words[i];
        let after_number = i
            .checked_sub(1)
            .is_some_and(|b| words[b].ends_with(|c: char| c.is_ascii_digit()));
        if after_number {
            if let Some(rest) = bare(word, "წ.") {
                return Some(format!("წელი{rest}"));
            }
            if let Some(rest) = bare(word, "კმ") {
                return Some(format!("კილომეტრი{rest}"));
            }
            if let Some(rest) = word.strip_prefix("კმ-ში") {
                return Some(format!("კილომეტრში{rest}"));
            }
        }
        if word.trim_start_matches('(') != "1" {
            return None;
        }
        let ending = georgian_month_ending(words.get(i + 1)?)?;
        let open = &word[..word.len() - 1];
        // The ordinal keeps its -ი before the nominative, the genitive and the
        // instrumental (-ი, -ის, -ით, -იდან), and drops it before the dative (-ს, -ში,
        // -ამდე); for აგვისტო, whose stem keeps its vowel, after -თი and -დან too.
        let full = ending.starts_with('ი')
            || !ending.starts_with(char::is_alphabetic)
            || ending.starts_with("თი")
            || ending.starts_with("დან");
        Some(if full {
            format!("{open}პირველი")
        } else {
            format!("{open}პირველ")
        })
    })
}
