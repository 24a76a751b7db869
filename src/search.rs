//! Search keys: text folded so that case, diacritics and script do not matter
//! (`zdroj` finds Polanica-Zdrój, `lodz` finds Łódź, `凯里` and `kaili` find 凯里市).

use deunicode::deunicode_char;

/// Transliterates to ASCII, lowercases, and keeps only letters and digits. One pass, one
/// allocation: it runs over every name and title of the data at start.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut keep = |c: char| {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            keep(c);
        } else if let Some(ascii) = deunicode_char(c) {
            ascii.chars().for_each(&mut keep);
        }
    }
    out
}

/// Whether folded `haystack` contains folded `query` (an empty query matches everything).
pub fn matches(folded_haystack: &str, folded_query: &str) -> bool {
    folded_haystack.contains(folded_query)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_case_diacritics_and_punctuation() {
        assert!(matches(&fold("Polanica-Zdrój"), &fold("zdroj")));
        assert!(matches(&fold("Polanica-Zdrój"), &fold("POLANICA ZDRÓJ")));
        assert!(matches(&fold("Łódź"), &fold("lodz")));
        assert!(matches(&fold("Gołuński"), &fold("golunski")));
        assert!(!matches(&fold("Kartuzy"), &fold("gori")));
    }

    #[test]
    fn finds_chinese_names_by_pinyin_and_by_characters() {
        let key = fold("Kaili 凯里市");
        assert!(matches(&key, &fold("kaili")));
        assert!(matches(&key, &fold("凯里")));
    }

    #[test]
    fn empty_query_matches_all() {
        assert!(matches(&fold("Gori"), &fold("")));
        assert!(matches(&fold("Gori"), &fold("-- ")));
    }
}
